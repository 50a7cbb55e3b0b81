#include "TierEvaluator.h"

#include "common/Money.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace ChannelDesk {

namespace {

struct EvaluatorTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::TierEvaluator)
};

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// %n takes an int; counts of people and deals always fit, points are clamped only for the plural choice.
int pluralCount(qint64 value)
{
    return int(qBound(qint64(std::numeric_limits<int>::min()), value, qint64(std::numeric_limits<int>::max())));
}

QString money(qint64 minor, const QString& currency)
{
    if (currency.isEmpty())
        return number(minor);
    return Money { minor, currency }.format(QLocale());
}

/// Adds the sentence for one criterion to the list it belongs in. The texts are built only when asked for: the
/// engine judges every member without them (formatting money through ICU for 100,000 members costs seconds).
template<class MetText, class UnmetText>
void add(bool ok, QStringList* unmet, QStringList* met, MetText metText, UnmetText unmetText)
{
    if (ok && met)
        met->append(metText());
    else if (!ok && unmet)
        unmet->append(unmetText());
}

} // namespace

bool TierEvaluator::meets(const TierLevel& level, const PartnerMetrics& metrics, QStringList* unmet, QStringList* met)
{
    bool all = true;
    if (level.minRevenueMinor) {
        const qint64 need = *level.minRevenueMinor;
        const bool ok = metrics.revenueMinor >= need;
        all = all && ok;
        add(
            ok, unmet, met,
            [&] {
                return EvaluatorTr::tr("Revenue in the last 12 months %1 (%2 needed)")
                    .arg(money(metrics.revenueMinor, metrics.currency), money(need, metrics.currency));
            },
            [&] {
                return EvaluatorTr::tr("Revenue in the last 12 months %1 of %2 needed")
                    .arg(money(metrics.revenueMinor, metrics.currency), money(need, metrics.currency));
            });
    }
    if (level.minCertifiedPeople) {
        const int need = *level.minCertifiedPeople;
        const bool ok = metrics.certifiedPeople >= need;
        all = all && ok;
        add(
            ok, unmet, met,
            [&] {
                return EvaluatorTr::tr("%Ln certified people (%1 needed)", nullptr, metrics.certifiedPeople)
                    .arg(number(need));
            },
            [&] {
                return EvaluatorTr::tr("%Ln certified people of %1 needed", nullptr, metrics.certifiedPeople)
                    .arg(number(need));
            });
    }
    for (const TrackRequirement& requirement : level.trackRequirements) {
        if (requirement.track.isEmpty() || requirement.count <= 0)
            continue; // not a criterion (the repository refuses these; a pulled row may still carry one)
        const int have = metrics.certifiedByTrack.value(requirement.track);
        const bool ok = have >= requirement.count;
        all = all && ok;
        add(
            ok, unmet, met,
            [&] {
                return EvaluatorTr::tr("%Ln certified people in %1 (%2 needed)", nullptr, have)
                    .arg(requirement.track, number(requirement.count));
            },
            [&] {
                return EvaluatorTr::tr("%Ln certified people in %1 of %2 needed", nullptr, have)
                    .arg(requirement.track, number(requirement.count));
            });
    }
    if (level.minApprovedRegistrations) {
        const int need = *level.minApprovedRegistrations;
        const bool ok = metrics.approvedRegistrations >= need;
        all = all && ok;
        add(
            ok, unmet, met,
            [&] {
                return EvaluatorTr::tr("%Ln approved deal registrations in the last 12 months (%1 needed)", nullptr,
                                       metrics.approvedRegistrations)
                    .arg(number(need));
            },
            [&] {
                return EvaluatorTr::tr("%Ln approved deal registrations in the last 12 months of %1 needed", nullptr,
                                       metrics.approvedRegistrations)
                    .arg(number(need));
            });
    }
    if (level.minClosedWon) {
        const int need = *level.minClosedWon;
        const bool ok = metrics.closedWon >= need;
        all = all && ok;
        add(
            ok, unmet, met,
            [&] {
                return EvaluatorTr::tr("%Ln closed-won deals in the last 12 months (%1 needed)", nullptr,
                                       metrics.closedWon)
                    .arg(number(need));
            },
            [&] {
                return EvaluatorTr::tr("%Ln closed-won deals in the last 12 months of %1 needed", nullptr,
                                       metrics.closedWon)
                    .arg(number(need));
            });
    }
    if (level.minPoints) {
        const qint64 need = *level.minPoints;
        const bool ok = metrics.points >= need;
        all = all && ok;
        //: %1 = points the partner has, %2 = points the level needs; the plural follows %1
        add(
            ok, unmet, met,
            [&] {
                return EvaluatorTr::tr("%1 points (%2 needed)", nullptr, pluralCount(metrics.points))
                    .arg(number(metrics.points), number(need));
            },
            [&] {
                return EvaluatorTr::tr("%1 points of %2 needed", nullptr, pluralCount(metrics.points))
                    .arg(number(metrics.points), number(need));
            });
    }
    return all;
}

TierEvaluator::Verdict TierEvaluator::evaluate(const QList<TierLevel>& levels, const PartnerMetrics& metrics,
                                               int currentIndex)
{
    return evaluate(levels, metrics, currentIndex, true);
}

TierEvaluator::Verdict TierEvaluator::evaluate(const QList<TierLevel>& levels, const PartnerMetrics& metrics,
                                               int currentIndex, bool withReasons)
{
    Verdict verdict;
    const int current = currentIndex >= 0 && currentIndex < levels.size() ? currentIndex : -1;
    // TIER-03: the highest level met, but never past the next level above the current one (no skipping).
    const int highest = qMin(int(levels.size()) - 1, current + 1);
    for (int i = highest; i >= 0; --i) {
        if (meets(levels.at(i), metrics)) {
            verdict.qualifyingIndex = i;
            break;
        }
    }
    if (!withReasons)
        return verdict;
    if (verdict.qualifyingIndex > current) {
        meets(levels.at(verdict.qualifyingIndex), metrics, nullptr, &verdict.reasons);
    } else if (verdict.qualifyingIndex < current) {
        meets(levels.at(current), metrics, &verdict.reasons, nullptr);
    } else if (current >= 0) {
        meets(levels.at(current), metrics, nullptr, &verdict.reasons);
    }
    return verdict;
}

} // namespace ChannelDesk
