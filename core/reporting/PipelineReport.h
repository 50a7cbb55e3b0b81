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
    QList<PipelineBucket> byStage;      ///< open deals per sales stage, in stage order
    QList<PipelineBucket> byPartner;    ///< top N partners by open amount
    QList<PipelineBucket> byTier;
    QList<PipelineBucket> byCountry;    ///< partner country
    QList<PipelineBucket> byQuarter;    ///< expected close quarter: won vs weighted open vs target
    PipelineBucket pastClose;           ///< open deals whose expected close has passed
    PipelineBucket stalled;             ///< open deals unchanged for stalledDays
    PipelineBucket fromRegistrations;   ///< opportunities converted from registrations
    qint64 registrationsDecided = 0;    ///< approved + rejected + duplicate (denominator of the conversion rate)
    qint64 registrationsConverted = 0;
    double conversionRate = 0.0;        ///< converted / decided, 0…1
    double averageApprovalHours = 0.0;  ///< submitted → decided over approved registrations (DR-13)
    qint64 approvalSamples = 0;
    QList<UsedRate> ratesUsed;
    QStringList unconvertedCurrencies;  ///< currencies with no rate at the deal's date: left out and named, never added raw
    qint64 unconvertedDeals = 0;
};

struct PipelineOptions
{
    DealFilter filter;     ///< date range (expected close), partner, tier, region/country, CAM
    QString baseCurrency = QStringLiteral("USD");
    int topPartners = 10;
    int stalledDays = 30;
    QDate today;           ///< invalid = local today
};

/// Computes the dashboard. Loading reads every live deal once into a compact in-memory table (a few dozen bytes per
/// deal, on the caller's thread: the UI runs it on a worker); compute() then answers any filter from memory, so a
/// filter change does not touch SQLite. refresh() re-reads only deals changed since the last load.
class PipelineReport final
{
public:
    PipelineReport();
    ~PipelineReport();

    /// `progress(done, total)` may return false to cancel (Error::Code::Cancelled).
    Status load(Database& db, const std::function<bool(qint64, qint64)>& progress = {});
    Status refresh(Database& db);
    PipelineDashboard compute(const PipelineOptions& options) const;
    qint64 dealCount() const;

private:
    struct Data;
    std::unique_ptr<Data> m_data;
};

} // namespace ChannelDesk
