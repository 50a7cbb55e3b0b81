#pragma once

#include "common/Result.h"

#include <QDate>
#include <QtGlobal>

#include <functional>

namespace ChannelDesk {

class Database;

/// Realistic deal registrations and opportunities with line items for the partners already in a database, for
/// demos and benchmarks (`channeldesk-cli generate --deals N`).
///
/// - End customers are companies made by DataGenerator (Vietnamese, English, German and French legal names with
///   their legal forms, domains, cities and contacts), mostly in the registering partner's country; a customer
///   usually has several deals, sometimes written by its trading name instead of its legal name.
/// - Line items (1–4) come from the product catalogue (DealSettings::ensureSampleCatalogue fills an empty one);
///   amount = Σ line items; currencies mostly USD, also EUR, VND and GBP by the partner's country.
/// - Registrations cover every status of the DR state table (closure codes included) and about half the
///   opportunities are converted from an approved registration (registration_id links both ways, DR-10); the rest
///   are direct. Opportunities are open, won or lost. Submission, decision and expiry dates agree with the status
///   (an approved registration is unexpired on the reference day; the protection period is the program's).
/// - About 4 % of the active registrations deliberately repeat another partner's customer and one of its products,
///   so conflict detection (DR-04) has work to do; duplicates (closure code) are such repeats too.
/// - CAM = the partner's owner; partner contact = one of the partner's contacts when it has any.
///
/// Deterministic: the same seed, reference day, partners and catalogue give the same rows (ids and numbers
/// included). Running it again on the same database adds new deals (numbers continue).
///
/// Rows are written with prepared SQLite statements in one transaction (like BulkLoader), made and encoded on a
/// worker thread while the calling thread (which owns the connection) inserts them. The local columns are
/// DealRepository::localColumns(); deal_product gets exactly the rows its insert trigger would derive, inserted
/// directly (the trigger is set aside for the load: it cost 2.3x the writer's time). By default no outbox entries
/// and no history events are written (generated data is for demos and benchmarks). A big load defers the deal
/// tables' random-order indexes, uses a page cache of up to 1 GiB, and is written with a rollback journal when the
/// connection has the file to itself (see generate() in the .cpp for the measurements).
class DealGenerator final
{
public:
    DealGenerator(Database& db, quint64 seed);
    ~DealGenerator();
    DealGenerator(const DealGenerator&) = delete;
    DealGenerator& operator=(const DealGenerator&) = delete;

    /// The day the data is generated around ("today"): expected close dates from a year before to 18 months after,
    /// approved registrations unexpired on it. Invalid (default) = the local date when generate() runs.
    void setReferenceDay(const QDate& day) { m_referenceDay = day; }
    /// Whether every deal (and event) also gets its 'create' outbox entry, as DealRepository::create would write
    /// (default off, like `generate --with-outbox` for partners).
    void setRecordOutbox(bool record) { m_recordOutbox = record; }
    /// Whether each deal gets its history in deal_event: "create" and every transition up to its status (default
    /// off: about four events per deal).
    void setWithEvents(bool events) { m_withEvents = events; }
    /// Drops the deal tables' explicit indexes whose keys arrive in random order for the load and rebuilds them
    /// before committing. Default: when the load is at least as large as the deal table already is.
    void setDeferIndexes(bool defer) { m_deferIndexes = defer ? 1 : 0; }
    /// `progress(done, total)` after every few thousand deals; returning false cancels (nothing is kept).
    void setProgress(std::function<bool(qint64, qint64)> progress) { m_progress = std::move(progress); }

    /// Adds `count` deals in one transaction; on error or cancellation nothing is kept. Needs at least one live
    /// partner (Error::Code::NotFound otherwise).
    Status generate(qint64 count);

    qint64 dealsAdded() const { return m_deals; }
    qint64 registrationsAdded() const { return m_registrations; }
    qint64 opportunitiesAdded() const { return m_deals - m_registrations; }
    qint64 eventsAdded() const { return m_events; }
    /// Registrations written as deliberate repeats of another partner's customer and product (DR-04 test data).
    qint64 conflictsPlanted() const { return m_conflicts; }
    /// Where the time went, milliseconds: preparing (partners, catalogue, customers), making and inserting rows,
    /// rebuilding deferred indexes, committing.
    qint64 prepareMs() const { return m_prepareMs; }
    qint64 insertMs() const { return m_insertMs; }
    qint64 indexMs() const { return m_indexMs; }
    qint64 commitMs() const { return m_commitMs; }

private:
    struct Impl;

    Database& m_db;
    quint64 m_seed;
    QDate m_referenceDay;
    bool m_recordOutbox = false;
    bool m_withEvents = false;
    int m_deferIndexes = -1; ///< -1 automatic
    std::function<bool(qint64, qint64)> m_progress;

    qint64 m_deals = 0;
    qint64 m_registrations = 0;
    qint64 m_events = 0;
    qint64 m_conflicts = 0;
    qint64 m_prepareMs = 0;
    qint64 m_insertMs = 0;
    qint64 m_indexMs = 0;
    qint64 m_commitMs = 0;
};

} // namespace ChannelDesk
