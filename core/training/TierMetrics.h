#pragma once

#include "common/Result.h"
#include "domain/Training.h"

#include <QByteArrayView>
#include <QDate>
#include <QHash>

#include <functional>
#include <memory>

struct sqlite3;

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
    QString currency;               ///< the currency of revenueMinor (the program's); for the reason texts

    bool operator==(const PartnerMetrics&) const = default;
};

/// Measures every partner at once with a handful of grouped, indexed queries (not one query per partner), so a
/// whole program of 100,000 partners and 1,000,000 certifications is measured in well under the 2 s budget.
/// The trailing 12 months of `asOf` are (asOf − 12 months, asOf]. Revenue in other currencies is converted through
/// the currency_rate table at each deal's close date (reporting/CurrencyConverter); a deal without a rate is left
/// out and counted in `unconvertedDeals`.
///
/// What counts (the one definition, shared with the engine and the detail panel):
/// - certified people: distinct contacts with a live certification of a live definition, status 'active',
///   acquired on or before asOf and valid on certificationsOn (expires_on empty or ≥ that day);
/// - revenue and closed won: live opportunities with status 'won' and expected_close (the close date a won deal
///   must have) in the trailing 12 months;
/// - approved registrations: live registrations approved and never rejected (status approved, or closed as
///   converted, expired or inactive — the pipeline's "approved ever") whose decided_at falls on a local day of the
///   trailing 12 months;
/// - points: live entries of the program earned on or before asOf and not expired on asOf.
class TierMetrics final
{
public:
    struct Options
    {
        QDate asOf;               ///< the local day evaluated
        QDate certificationsOn;   ///< the day certifications are counted on (asOf, or asOf + horizon for "at risk")
        QString currency;         ///< the program's currency
        QByteArray programId;     ///< points are per program
        /// A partner id: the certifications of this partner and the ones after it (in id order) are read by a second
        /// thread on a connection of its own while this one reads the rest, on a 2-core machine nearly halving the
        /// longest scan. Full measurements only; the halves are two read snapshots taken a moment apart (each
        /// partner is measured within one of them). Empty: one scan.
        QByteArray splitAt;
    };

    explicit TierMetrics(Database& db);
    ~TierMetrics();
    TierMetrics(const TierMetrics&) = delete;
    TierMetrics& operator=(const TierMetrics&) = delete;

    /// Metrics of every live partner that has anything to count (absent partners have all-zero metrics).
    /// `cancelled` is polled between queries; returning true stops with Error::Code::Cancelled.
    Result<QHash<QByteArray, PartnerMetrics>> measureAll(const Options& options,
                                                         const std::function<bool()>& cancelled = {});
    /// measureAll without building the hash (the engine's path): look partners up with metricsOf().
    Status measureEvery(const Options& options, const std::function<bool()>& cancelled = {});
    /// The same for one partner (the detail panel and tests).
    Result<PartnerMetrics> measure(const QByteArray& partnerId, const Options& options);
    /// Measuring while the caller walks the partners in id order (TierEngine's full run): deals and points are read
    /// here, certifications as the caller advances, on read connections of the metrics' own (one snapshot, two with
    /// Options::splitAt), so the caller's connection is free for writing meanwhile. After advanceTo(p), metricsOf(p),
    /// certifiedOn(p, …) and firstDayBelow(p, …) answer as after measureEvery() (tombstoned partners aside: ask
    /// only about live ones). endStreaming() closes the scan (also done by the next measurement or the destructor).
    Status beginStreaming(const Options& options);
    Status advanceTo(QByteArrayView partnerId);
    void endStreaming();

    /// A partner's metrics from the last measurement; nullptr when it had nothing to count (all zero).
    const PartnerMetrics* metricsOf(QByteArrayView partnerId) const;
    /// Won deals left out of the last measurement for want of a currency rate.
    int unconvertedDeals() const { return m_unconverted; }

    /// The at-risk look-ahead (TIER-05) without another scan: after a measurement, the people of `partnerId`
    /// certified on asOf who are still certified on `day` (≥ asOf), overall or in `track`.
    int certifiedOn(QByteArrayView partnerId, const QDate& day, const QString& track = {}) const;
    /// The first day after asOf on which fewer than `needed` of those people are certified (overall or in
    /// `track`): the day after the needed-th latest last valid day. Invalid when that never happens (certificates
    /// without expiry) or when fewer are certified already on asOf.
    QDate firstDayBelow(QByteArrayView partnerId, int needed, const QString& track = {}) const;

private:
    struct Index; ///< partners by id, their metrics and their people's last valid days (TierMetrics.cpp)
    class CertificationScan; ///< one certification scan in partner order, taken as far as asked
    struct Stream; ///< beginStreaming()'s connections, scans and helper thread

    Status run(const Options& options, const QByteArray& partnerId, const std::function<bool()>& cancelled);
    Status scanCertifications(const Options& options, const QByteArray& partnerId);
    Status scanDeals(sqlite3* handle, const Options& options, const QByteArray& partnerId);
    Status scanPoints(sqlite3* handle, const Options& options, const QByteArray& partnerId);

    Database& m_db;
    int m_unconverted = 0;
    std::unique_ptr<Index> m_index;
    std::unique_ptr<Stream> m_stream;
};

} // namespace ChannelDesk
