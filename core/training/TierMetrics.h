#pragma once

#include "common/Result.h"
#include "domain/Training.h"

#include <QDate>
#include <QHash>

#include <functional>

namespace ChannelDesk {

class Database;

/// What one partner has achieved, measured against a program (TIER-02 inputs).
struct PartnerMetrics
{
    qint64 revenueMinor = 0;        ///< closed-won opportunities, close date in the trailing 12 months, program currency
    int certifiedPeople = 0;        ///< distinct contacts with at least one counting certification
    QHash<QString, int> certifiedByTrack; ///< distinct contacts per definition track
    int approvedRegistrations = 0;  ///< deal registrations approved (decided) in the trailing 12 months
    int closedWon = 0;              ///< opportunities won, close date in the trailing 12 months
    qint64 points = 0;              ///< TIER-04: points earned on or before the day and not expired

    bool operator==(const PartnerMetrics&) const = default;
};

/// Measures every partner at once with a handful of grouped, indexed queries (not one query per partner), so a
/// whole program of 100,000 partners and 1,000,000 certifications is measured in well under the 2 s budget.
/// The trailing 12 months of `asOf` are (asOf − 12 months, asOf]. Revenue in other currencies is converted through
/// the currency_rate table at each deal's close date (reporting/CurrencyConverter); a deal without a rate is left
/// out and counted in `unconvertedDeals`.
class TierMetrics final
{
public:
    struct Options
    {
        QDate asOf;               ///< the local day evaluated
        QDate certificationsOn;   ///< the day certifications are counted on (asOf, or asOf + horizon for "at risk")
        QString currency;         ///< the program's currency
        QByteArray programId;     ///< points are per program
    };

    explicit TierMetrics(Database& db);

    /// Metrics of every live partner that has anything to count (absent partners have all-zero metrics).
    /// `cancelled` is polled between queries; returning true stops with Error::Code::Cancelled.
    Result<QHash<QByteArray, PartnerMetrics>> measureAll(const Options& options,
                                                         const std::function<bool()>& cancelled = {});
    /// The same for one partner (the detail panel and tests).
    Result<PartnerMetrics> measure(const QByteArray& partnerId, const Options& options);
    /// Won deals left out of the last measurement for want of a currency rate.
    int unconvertedDeals() const { return m_unconverted; }

private:
    Database& m_db;
    int m_unconverted = 0;
};

} // namespace ChannelDesk
