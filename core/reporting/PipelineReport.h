#pragma once

#include "common/Result.h"
#include "deals/DealQuery.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace ChannelDesk {

class Database;

/// One bar, slice or row of the dashboard. Amounts are in the report's base currency, minor units.
/// `count` counts every deal behind the bucket (exactly the deals `drillDown` lists), including deals whose amount
/// could not be converted; those are left out of the sums only (PipelineDashboard::unconvertedDeals). Weighted sums
/// are Σ amount × probability / 100, rounded half away from zero once per bucket.
struct PipelineBucket
{
    QString key;          ///< stage code, partner id (UUID text), tier code, country code, quarter "2026-Q4"…
    QString label;        ///< translated / display text
    qint64 count = 0;
    qint64 amountMinor = 0;    ///< Σ amount (open deals unless the section says otherwise)
    qint64 weightedMinor = 0;  ///< Σ amount × probability (PIPE-01)
    qint64 wonMinor = 0;       ///< won deals (reported separately at 100 %)
    qint64 targetMinor = 0;    ///< quarters only (PIPE-05)
    DealFilter drillDown;      ///< the deals behind this bucket (the dashboard filter + this key)
};

/// A currency rate the report used, so the user can see what was converted with what (PIPE-06).
struct UsedRate
{
    QString currency;
    QDate validFrom;
    double rate = 1.0;
    qint64 deals = 0;
};

/// Everything the pipeline dashboard shows (PIPE-01…05), for one filter.
struct PipelineDashboard
{
    QString currency;            ///< base currency of every amount
    qint64 openCount = 0;
    qint64 openMinor = 0;
    qint64 weightedMinor = 0;    ///< Σ amount × probability over open deals; lost excluded; won separate
    qint64 wonCount = 0;
    qint64 wonMinor = 0;
    qint64 lostCount = 0;
    QList<PipelineBucket> byStage;      ///< open deals per sales stage, every stage in stage order (unknown codes last)
    QList<PipelineBucket> byPartner;    ///< top N partners by open amount (then count, then name)
    QList<PipelineBucket> byTier;       ///< open deals per partner tier, in partnerTiers() order ("" = no tier)
    QList<PipelineBucket> byCountry;    ///< open deals per partner country, largest amount first
    /// Per expected-close quarter, oldest first: count = open + won deals closing in it; amountMinor and
    /// weightedMinor = the open ones, wonMinor = the won ones, targetMinor from pipeline_target. Quarters with a
    /// target but no deals are listed too (within the filter's date range).
    QList<PipelineBucket> byQuarter;
    PipelineBucket pastClose;           ///< open deals whose expected close is before today
    PipelineBucket stalled;             ///< open deals whose updated_at is before DealQuery::stalledBefore()
    /// Opportunities converted from a registration, whatever their status: count and amountMinor over all of them,
    /// weightedMinor over the open ones, wonMinor over the won ones.
    PipelineBucket fromRegistrations;
    /// Registrations decided: "approved ever" (status approved, or closed as converted / expired / inactive) +
    /// closed as rejected + closed as duplicate. Canceled registrations are not counted (a cancel is a withdrawal,
    /// not a decision; the status no longer tells whether an approval came first). Denominator of the conversion rate.
    qint64 registrationsDecided = 0;
    qint64 registrationsConverted = 0;  ///< closed as converted (DR-10)
    double conversionRate = 0.0;        ///< converted / decided, 0…1
    /// submitted_at → decided_at averaged over "approved ever" registrations that have both (DR-13).
    double averageApprovalHours = 0.0;
    qint64 approvalSamples = 0;
    QList<UsedRate> ratesUsed;          ///< by currency, then validFrom
    /// Currencies with no rate at some deal's date: those deals are left out of every sum and named here, never
    /// added raw. Only deals whose amount a figure needs are converted (open, won, converted-from-registration);
    /// an amount of 0 needs no rate.
    QStringList unconvertedCurrencies;
    qint64 unconvertedDeals = 0;
};

struct PipelineOptions
{
    /// The dashboard filter. compute() applies closeFrom/closeTo (expected close; deals without one are then
    /// excluded), partnerIds, tiers, countries, regions and cams; the other fields are ignored and not copied into
    /// the buckets' drill-downs, so a drill-down always lists exactly the deals its bucket counts.
    DealFilter filter;
    /// Must be the currency the rate table is expressed in (DealProgram::baseCurrency): rates are read as
    /// "units of this currency per unit", there are no cross rates.
    QString baseCurrency = QStringLiteral("USD");
    int topPartners = 10;  ///< ≤ 0 = every partner with open deals
    int stalledDays = 30;  ///< DealProgram::stalledDays; pass the same value to DealQuery::build for drill-downs
    QDate today;           ///< invalid = local today; also the conversion date of deals without an expected close
};

/// Computes the dashboard. Loading reads every live deal once into a compact in-memory table (a few dozen bytes per
/// deal, on the caller's thread: the UI runs it on a worker); compute() then answers any filter from memory, so a
/// filter change does not touch SQLite. refresh() re-reads only deals changed since the last load.
///
/// Storage: one array per column (59 bytes per deal with the local-id index), strings interned (stage, status,
/// CAM, currency, partner with its tier, country and region), deals ordered by partner so that compute() adds to
/// partner totals in sequence. load() reads the partners, then the deals alone, matching them in memory (a join
/// looked a partner up per deal: five times slower on a million deals); deals without a partner row are left out,
/// as the deals list's join leaves them out.
///
/// Change detection (refresh): when nothing was committed since the last read (PRAGMA data_version and this
/// connection's change count are unchanged) it returns at once. Otherwise: every writer of deal rows stamps updated_at with the local clock — RecordWriter on
/// insert, update, tombstone and restore, SyncRowWriter on pulled inserts and updates — and writers are serialised
/// by SQLite, so a change committed after a read snapshot carries a stamp ≥ the newest stamp that snapshot saw.
/// refresh() therefore re-reads live deals with updated_at ≥ the newest stamp of the last read (equal stamps are
/// re-read, harmlessly) or local_id above the last maximum; compares the live count with its own to find
/// tombstones and hard deletes (sync scope revocation deletes rows), and then sweeps the live ids; re-reads
/// partners changed since their newest stamp (tier, country, region and name are partner columns); and reloads
/// rates and targets. It falls back to a full load() when the stamps cannot be trusted: the newest stamp lies in
/// the future, or the wall clock went back since the last read (compared with a monotonic timer).
///
/// Not thread-safe: one thread at a time may call load(), refresh() and compute() (compute() only reads). A failed
/// or cancelled load() keeps the previous data.
class PipelineReport final
{
public:
    /// What the last refresh() did (for logs and tests).
    struct RefreshInfo
    {
        qint64 reread = 0;       ///< deal rows read again (changed, added, or with the newest stamp)
        qint64 removed = 0;      ///< deals dropped (tombstoned or deleted)
        bool fullReload = false; ///< stamps could not be trusted: it ran load()
    };

    PipelineReport();
    ~PipelineReport();

    /// `progress(done, total)` may return false to cancel (Error::Code::Cancelled).
    Status load(Database& db, const std::function<bool(qint64, qint64)>& progress = {});
    Status refresh(Database& db);
    PipelineDashboard compute(const PipelineOptions& options) const;
    qint64 dealCount() const;
    RefreshInfo lastRefresh() const;

private:
    struct Data;
    std::unique_ptr<Data> m_data;
};

} // namespace ChannelDesk
