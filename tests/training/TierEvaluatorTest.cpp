// The pure tier rules (TIER-02/03): every set criterion must be met at or above its threshold (≥), unset criteria do
// not count, per-track counts, no skipping past the next level, and the reasons as translated sentences.
#include "support/CatchQt.h"

#include "training/TierEvaluator.h"

#include <QLocale>

using namespace ChannelDesk;

namespace {

TierLevel levelWith(int rank, const QString& name)
{
    TierLevel level;
    level.id = QByteArray(16, char('a' + rank));
    level.rank = rank;
    level.name = name;
    return level;
}

/// Registered (nothing) → Silver (2 people, 100,000.00) → Gold (4 people, 2 Security, 500,000.00, 3 won) →
/// Platinum (8 people, 2,000,000.00, 5 approved registrations, 1,000 points).
QList<TierLevel> ladder()
{
    TierLevel registered = levelWith(1, QStringLiteral("Registered"));
    TierLevel silver = levelWith(2, QStringLiteral("Silver"));
    silver.minCertifiedPeople = 2;
    silver.minRevenueMinor = 100'000'00;
    TierLevel gold = levelWith(3, QStringLiteral("Gold"));
    gold.minCertifiedPeople = 4;
    gold.trackRequirements = { { QStringLiteral("Security"), 2 } };
    gold.minRevenueMinor = 500'000'00;
    gold.minClosedWon = 3;
    TierLevel platinum = levelWith(4, QStringLiteral("Platinum"));
    platinum.minCertifiedPeople = 8;
    platinum.minRevenueMinor = 2'000'000'00;
    platinum.minApprovedRegistrations = 5;
    platinum.minPoints = 1000;
    return { registered, silver, gold, platinum };
}

/// Exactly what Platinum asks.
PartnerMetrics platinumExactly()
{
    PartnerMetrics m;
    m.currency = QStringLiteral("USD");
    m.revenueMinor = 2'000'000'00;
    m.certifiedPeople = 8;
    m.certifiedByTrack = { { QStringLiteral("Security"), 2 } };
    m.approvedRegistrations = 5;
    m.closedWon = 3;
    m.points = 1000;
    return m;
}

} // namespace

TEST_CASE("TIER-02 each criterion is met exactly at its threshold and not one below", "[tier-evaluator]")
{
    const QList<TierLevel> levels = ladder();
    const TierLevel& platinum = levels.at(3);
    const PartnerMetrics exact = platinumExactly();
    CHECK(TierEvaluator::meets(platinum, exact));
    CHECK(TierEvaluator::meets(levels.at(2), exact)); // Gold: 3 won, 2 in Security, 4+ people

    SECTION("revenue one minor unit below")
    {
        PartnerMetrics m = exact;
        m.revenueMinor -= 1;
        CHECK_FALSE(TierEvaluator::meets(platinum, m));
    }
    SECTION("certified people one below")
    {
        PartnerMetrics m = exact;
        m.certifiedPeople = 7;
        CHECK_FALSE(TierEvaluator::meets(platinum, m));
    }
    SECTION("approved registrations one below")
    {
        PartnerMetrics m = exact;
        m.approvedRegistrations = 4;
        CHECK_FALSE(TierEvaluator::meets(platinum, m));
    }
    SECTION("points one below")
    {
        PartnerMetrics m = exact;
        m.points = 999;
        CHECK_FALSE(TierEvaluator::meets(platinum, m));
    }
    SECTION("closed-won one below (Gold)")
    {
        PartnerMetrics m = exact;
        m.closedWon = 2;
        CHECK_FALSE(TierEvaluator::meets(levels.at(2), m));
        CHECK(TierEvaluator::meets(platinum, m)); // Platinum does not ask for closed-won deals
    }
    SECTION("per-track count one below (Gold)")
    {
        PartnerMetrics m = exact;
        m.certifiedByTrack = { { QStringLiteral("Security"), 1 }, { QStringLiteral("Networking"), 7 } };
        CHECK_FALSE(TierEvaluator::meets(levels.at(2), m));
    }
    SECTION("a track nobody holds counts as zero")
    {
        PartnerMetrics m = exact;
        m.certifiedByTrack.clear();
        CHECK_FALSE(TierEvaluator::meets(levels.at(2), m));
    }
}

TEST_CASE("TIER-02 unset criteria are ignored and a level without criteria is always met", "[tier-evaluator]")
{
    const QList<TierLevel> levels = ladder();
    const PartnerMetrics nothing;
    CHECK(TierEvaluator::meets(levels.at(0), nothing));
    TierLevel zero = levelWith(1, QStringLiteral("Zero"));
    zero.minRevenueMinor = 0; // set to 0: met by nothing at all
    zero.minPoints = 0;
    CHECK(TierEvaluator::meets(zero, nothing));
    TierLevel onlyPoints = levelWith(1, QStringLiteral("Points"));
    onlyPoints.minPoints = 10;
    PartnerMetrics rich;
    rich.revenueMinor = 9'999'999'99;
    rich.certifiedPeople = 100;
    CHECK_FALSE(TierEvaluator::meets(onlyPoints, rich));
    rich.points = 10;
    CHECK(TierEvaluator::meets(onlyPoints, rich));
}

TEST_CASE("TIER-02 reasons are sentences naming the value and the threshold", "[tier-evaluator]")
{
    const QList<TierLevel> levels = ladder();
    PartnerMetrics m;
    m.currency = QStringLiteral("USD");
    m.revenueMinor = 123'456'78;
    m.certifiedPeople = 2;
    m.certifiedByTrack = { { QStringLiteral("Security"), 3 } };
    m.approvedRegistrations = 2;
    m.closedWon = 2;
    m.points = 1500;
    QStringList unmet;
    QStringList met;
    CHECK_FALSE(TierEvaluator::meets(levels.at(3), m, &unmet, &met));
    // Platinum: revenue, people, registrations unmet; points met.
    REQUIRE(unmet.size() == 3);
    REQUIRE(met.size() == 1);
    const QLocale locale;
    const QString revenue = Money { 123'456'78, QStringLiteral("USD") }.format(locale);
    const QString needed = Money { 2'000'000'00, QStringLiteral("USD") }.format(locale);
    CHECK(unmet.at(0) == QStringLiteral("Revenue in the last 12 months %1 of %2 needed").arg(revenue, needed));
    CHECK(unmet.at(1) == QStringLiteral("2 certified people of 8 needed"));
    CHECK(unmet.at(2) == QStringLiteral("2 approved deal registrations in the last 12 months of 5 needed"));
    CHECK(met.at(0) == QStringLiteral("%1 points (%2 needed)").arg(locale.toString(1500), locale.toString(1000)));

    QStringList goldUnmet;
    CHECK_FALSE(TierEvaluator::meets(levels.at(2), m, &goldUnmet));
    CHECK(goldUnmet.contains(QStringLiteral("2 closed-won deals in the last 12 months of 3 needed")));
    QStringList goldMet;
    m.certifiedByTrack = { { QStringLiteral("Security"), 2 } };
    (void)TierEvaluator::meets(levels.at(2), m, nullptr, &goldMet);
    CHECK(goldMet.contains(QStringLiteral("2 certified people in Security (2 needed)")));

    SECTION("numbers follow the locale")
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        PartnerMetrics many;
        many.points = 12345;
        TierLevel level = levelWith(1, QStringLiteral("Points"));
        level.minPoints = 20000;
        QStringList text;
        CHECK_FALSE(TierEvaluator::meets(level, many, &text));
        QLocale::setDefault(previous);
        REQUIRE(text.size() == 1);
        CHECK(text.at(0) == QStringLiteral("12.345 points of 20.000 needed"));
    }
}

TEST_CASE("TIER-03 the highest level met wins but never past the next level", "[tier-evaluator]")
{
    const QList<TierLevel> levels = ladder();
    const PartnerMetrics all = platinumExactly(); // meets every level
    SECTION("a member without a level can only enter the first level")
    {
        CHECK(TierEvaluator::evaluate(levels, all, -1).qualifyingIndex == 0);
    }
    SECTION("one step at a time")
    {
        CHECK(TierEvaluator::evaluate(levels, all, 0).qualifyingIndex == 1);
        CHECK(TierEvaluator::evaluate(levels, all, 1).qualifyingIndex == 2);
        CHECK(TierEvaluator::evaluate(levels, all, 2).qualifyingIndex == 3);
        CHECK(TierEvaluator::evaluate(levels, all, 3).qualifyingIndex == 3);
    }
    SECTION("the upgrade's reasons are the next level's criteria met")
    {
        const TierEvaluator::Verdict verdict = TierEvaluator::evaluate(levels, all, 1);
        QStringList met;
        (void)TierEvaluator::meets(levels.at(2), all, nullptr, &met);
        CHECK(verdict.reasons == met);
        CHECK(verdict.reasons.size() == 4);
    }
}

TEST_CASE("TIER-03 a lower qualifying level is reported with the criteria no longer met", "[tier-evaluator]")
{
    const QList<TierLevel> levels = ladder();
    PartnerMetrics m = platinumExactly();
    m.certifiedPeople = 3; // Gold needs 4, Silver 2
    const TierEvaluator::Verdict verdict = TierEvaluator::evaluate(levels, m, 3);
    CHECK(verdict.qualifyingIndex == 1);
    REQUIRE(verdict.reasons.size() == 1);
    CHECK(verdict.reasons.at(0) == QStringLiteral("3 certified people of 8 needed"));

    SECTION("nothing met at all falls below the first level when it has criteria")
    {
        QList<TierLevel> strict = levels.mid(1);
        const TierEvaluator::Verdict none = TierEvaluator::evaluate(strict, PartnerMetrics {}, 0);
        CHECK(none.qualifyingIndex == -1);
        CHECK(none.reasons.size() == 2);
    }
    SECTION("unchanged level: qualifying index equals the current one")
    {
        CHECK(TierEvaluator::evaluate(levels, m, 1).qualifyingIndex == 1);
    }
}
