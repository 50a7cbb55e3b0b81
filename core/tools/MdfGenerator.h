#pragma once

#include "common/Result.h"

#include <QDate>
#include <QtGlobal>

#include <functional>

namespace ChannelDesk {

class Database;

/// Realistic market development funds for the partners already in a database, for demos and benchmarks
/// (`channeldesk-cli generate --mdf-requests N [--claims-per-request K]`, issue 5).
///
/// - Budgets: for the reference year and the year before, per region (Vietnam in VND; Europe in EUR; the Americas and
///   Asia-Pacific in USD), a "Partner Marketing" budget allocated per quarter and a "Co-op" budget allocated per year
///   (the Vietnamese co-op budget allows a negative balance, and a few of its allocations are overdrawn). A budget's
///   amount is Σ its allocations plus 5–25 % headroom (MDF-01); owner = the region's CAM lead.
/// - Allocations (MDF-03, one per budget, partner and period) for about one partner in 40 requests, preferring active,
///   higher-tier partners; an allocation's amount covers what its requests hold plus headroom (MDF-02), a few future
///   ones are not yet authorised.
/// - Requests with 1–4 lines in statuses that fit their dates: future activities mostly draft, submitted or approved;
///   running ones approved or partially approved (per-line decisions, MDF-06); those whose claim window is over
///   mostly closed. Dates, submission and decision times, claim deadline (end + claim days, MDF-10), vendor share
///   (MDF-07) agree with the status; a few submitted ones are escalated to a director (MDF-05).
/// - Claims (exactly round(N × K) when there are requests to claim against) only on approved, partially approved or
///   closed requests whose activity has started (MDF-08); Σ claims of a request ≤ approved × vendor share (MDF-09);
///   titles unique (MDF-09); statuses from draft to paid; paid and partially paid ones have 1–3 payments, never more
///   than approved (MDF-11).
/// - Totals (claimed, committed, paid…) are left to the schema's triggers, as for any other write.
///
/// Deterministic: the same seed, reference day and partners give the same rows (ids and numbers included). Running it
/// again adds new budgets (numbers continue). Rows are written with prepared SQLite statements in one transaction, as
/// the repositories would store them (through the field tables of domain/Mdf.h); by default no outbox entries and no
/// history events (generated data is for demos and benchmarks).
class MdfGenerator final
{
public:
    MdfGenerator(Database& db, quint64 seed);
    ~MdfGenerator();
    MdfGenerator(const MdfGenerator&) = delete;
    MdfGenerator& operator=(const MdfGenerator&) = delete;

    /// The day the data is generated around ("today"). Invalid (default) = the local date when generate() runs.
    void setReferenceDay(const QDate& day) { m_referenceDay = day; }
    /// Claims per request on average (default 3): round(requests × K) claims in all.
    void setClaimsPerRequest(double claimsPerRequest) { m_claimsPerRequest = claimsPerRequest; }
    /// Whether every row also gets its 'create' outbox entry, as the repositories would write (default off).
    void setRecordOutbox(bool record) { m_recordOutbox = record; }
    /// Whether requests, claims and payments get their history in mdf_event (default off; about four per record).
    void setWithEvents(bool events) { m_withEvents = events; }
    /// `progress(done, total)` in requests, every few thousand; returning false cancels (nothing is kept).
    void setProgress(std::function<bool(qint64, qint64)> progress) { m_progress = std::move(progress); }

    /// Adds `requests` fund requests with their budgets, allocations, claims and payments, in one transaction; on
    /// error or cancellation nothing is kept. Needs at least one live partner (Error::Code::NotFound otherwise).
    Status generate(qint64 requests);

    qint64 budgetsAdded() const { return m_budgets; }
    qint64 allocationsAdded() const { return m_allocations; }
    qint64 requestsAdded() const { return m_requests; }
    qint64 claimsAdded() const { return m_claims; }
    qint64 paymentsAdded() const { return m_payments; }
    qint64 eventsAdded() const { return m_events; }
    /// Where the time went, milliseconds: planning, inserting rows (with the totals triggers), committing.
    qint64 prepareMs() const { return m_prepareMs; }
    qint64 insertMs() const { return m_insertMs; }
    qint64 commitMs() const { return m_commitMs; }

private:
    struct Impl;
    void resetCounts();

    Database& m_db;
    quint64 m_seed;
    QDate m_referenceDay;
    double m_claimsPerRequest = 3.0;
    bool m_recordOutbox = false;
    bool m_withEvents = false;
    std::function<bool(qint64, qint64)> m_progress;

    qint64 m_budgets = 0;
    qint64 m_allocations = 0;
    qint64 m_requests = 0;
    qint64 m_claims = 0;
    qint64 m_payments = 0;
    qint64 m_events = 0;
    qint64 m_prepareMs = 0;
    qint64 m_insertMs = 0;
    qint64 m_commitMs = 0;
};

} // namespace ChannelDesk
