// TierEngine (TIER-02/03/05/06): upgrades proposed (or applied with autoUpgrade), never past the next level,
// demotions only as a review, pending changes withdrawn when they no longer apply, snoozed after a CAM's "no",
// the at-risk look-ahead at the horizon's boundary, idempotent re-runs, cancel, and the standings it writes.
#include "TierTestHelpers.h"

#include "support/TempDatabase.h"
#include "training/TierEngine.h"
#include "training/TierEvaluator.h"
#include "training/TierQuery.h"
#include "training/TierReview.h"
#include "training/TrainingSettings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <sqlite3.h>

using namespace ChannelDesk;
using namespace ChannelDesk::TierTest;

namespace {

const QDate Today(2027, 6, 30);

struct Fixture
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    Ladder ladder;
    CertDefinition networking;
    CertDefinition security;

    explicit Fixture(bool autoUpgrade = false)
    {
        ladder = program(db, autoUpgrade);
        networking = definition(db, QStringLiteral("CNA"), QStringLiteral("Networking"));
        security = definition(db, QStringLiteral("SEC"), QStringLiteral("Security"));
    }

    const TierLevel& registered() const { return ladder.levels.at(0); }
    const TierLevel& silver() const { return ladder.levels.at(1); }
    const TierLevel& gold() const { return ladder.levels.at(2); }
    const TierLevel& platinum() const { return ladder.levels.at(3); }
    const QByteArray& programId() const { return ladder.program.id; }

    /// A partner (member at `levelId`) with `people` certified people and one won deal of `revenue`.
    QByteArray partnerWith(const QString& name, int people, qint64 revenue, const QByteArray& levelId = {})
    {
        const QByteArray id = TrainingTest::partner(db, name);
        certifiedPeople(db, id, networking.id, people);
        if (revenue > 0)
            wonDeal(db, id, revenue, QDate(2027, 5, 1));
        member(db, id, programId(), levelId);
        return id;
    }

    /// Everything Gold asks: 4 people (2 in Security), 500,000.00 in 3 won deals.
    void goldData(const QByteArray& partnerId)
    {
        certifiedPeople(db, partnerId, networking.id, 2, QDate(2027, 1, 10), QDate(2029, 1, 10), QStringLiteral("Net"));
        certifiedPeople(db, partnerId, security.id, 2, QDate(2027, 1, 10), QDate(2029, 1, 10), QStringLiteral("Sec"));
        wonDeal(db, partnerId, 200'000'00, QDate(2027, 2, 1));
        wonDeal(db, partnerId, 200'000'00, QDate(2027, 3, 1));
        wonDeal(db, partnerId, 100'000'00, QDate(2027, 4, 1));
    }

    TierEngine::Summary recompute(const QDate& day = Today)
    {
        TierEngine engine(db);
        return requireOk(engine.recompute(day));
    }

    ProgramMember memberOf(const QByteArray& partnerId) { return memberRow(db, partnerId, programId()); }
};

QStringList standingRow(Database& db, const QByteArray& partnerId, const QByteArray& programId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT level_id, qualifies_level_id, certified, track_counts, revenue_minor, closed_won, "
                             "at_risk, at_risk_on, at_risk_reasons, as_of FROM tier_standing "
                             "WHERE partner_id = ? AND program_id = ?"));
    q.addBindValue(partnerId);
    q.addBindValue(programId);
    REQUIRE(q.exec());
    if (!q.next())
        return {};
    QStringList row;
    for (int i = 0; i < 10; ++i)
        row.append(q.value(i).typeId() == QMetaType::QByteArray ? QString::fromLatin1(q.value(i).toByteArray().toHex())
                                                                : q.value(i).toString());
    return row;
}

QString hex(const QByteArray& id)
{
    return QString::fromLatin1(id.toHex());
}

} // namespace

TEST_CASE("TIER-02 an upgrade met exactly at the thresholds is proposed and one below is not", "[tier-engine]")
{
    Fixture f;
    const QByteArray exact = f.partnerWith(QStringLiteral("Exact"), 2, 100'000'00, f.registered().id);
    const QByteArray cent = f.partnerWith(QStringLiteral("One cent short"), 2, 99'999'99, f.registered().id);
    const QByteArray person = f.partnerWith(QStringLiteral("One person short"), 1, 100'000'00, f.registered().id);

    const TierEngine::Summary summary = f.recompute();
    CHECK(summary.members == 3);
    CHECK(summary.proposed == 1);
    CHECK(summary.applied == 0);
    CHECK(summary.unchanged == 2);

    const ProgramMember proposed = f.memberOf(exact);
    CHECK(proposed.levelId == f.registered().id); // proposed, not applied (TIER-02: a CAM approves)
    CHECK(proposed.pendingLevelId == f.silver().id);
    CHECK(proposed.pendingKind == QStringLiteral("upgrade"));
    CHECK(proposed.pendingSince.isValid());
    const QStringList reasons = reasonsFromJson(proposed.pendingReasons);
    REQUIRE(reasons.size() == 2);
    CHECK(reasons.contains(QStringLiteral("2 certified people (2 needed)")));
    CHECK(events(f.db, exact, QStringLiteral("proposed")) == 1);
    CHECK(partnerTier(f.db, exact).isEmpty());
    // The event's detail records what was measured and what the level asks, as compact JSON with sorted keys
    // (the engine writes it directly, not through QJsonDocument: it must be the same text).
    QSqlQuery detail(f.db.connection());
    detail.prepare(QStringLiteral("SELECT detail FROM tier_event WHERE partner_id = ? AND action = 'proposed'"));
    detail.addBindValue(exact);
    REQUIRE(detail.exec());
    REQUIRE(detail.next());
    const QByteArray text = detail.value(0).toString().toUtf8();
    const QJsonObject parsed = QJsonDocument::fromJson(text).object();
    CHECK(QJsonDocument(parsed).toJson(QJsonDocument::Compact) == text);
    CHECK(parsed.value(QStringLiteral("as_of")).toString() == Today.toString(Qt::ISODate));
    CHECK(parsed.value(QStringLiteral("certified")).toInt() == 2);
    CHECK(parsed.value(QStringLiteral("certified_by_track")).toObject().value(QStringLiteral("Networking")).toInt() == 2);
    CHECK(parsed.value(QStringLiteral("revenue_minor")).toInteger() == 100'000'00);
    CHECK(parsed.value(QStringLiteral("closed_won")).toInt() == 1);
    CHECK(parsed.value(QStringLiteral("criteria")).toObject().value(QStringLiteral("level")).toString() == f.silver().name);
    CHECK_FALSE(parsed.contains(QStringLiteral("replaces")));

    for (const QByteArray& other : { cent, person }) {
        const ProgramMember unchanged = f.memberOf(other);
        CHECK(unchanged.pendingKind.isEmpty());
        CHECK(events(f.db, other, QStringLiteral("proposed")) == 0);
    }
}

TEST_CASE("TIER-03 a member never skips past the next level", "[tier-engine]")
{
    Fixture f;
    const QByteArray partner = TrainingTest::partner(f.db, QStringLiteral("Everything"));
    f.goldData(partner);
    certifiedPeople(f.db, partner, f.networking.id, 4, QDate(2027, 1, 10), QDate(2029, 1, 10), QStringLiteral("More"));
    for (int i = 0; i < 5; ++i)
        approvedRegistration(f.db, partner, at(2027, 4, 1 + i), QStringLiteral("Kunde %1").arg(i));
    wonDeal(f.db, partner, 1'500'000'00, QDate(2027, 5, 15));
    points(f.db, partner, f.programId(), 1000);
    member(f.db, partner, f.programId(), f.registered().id);

    f.recompute();
    CHECK(f.memberOf(partner).pendingLevelId == f.silver().id); // meets Platinum, proposed Silver only

    SECTION("not placed yet: only the first level")
    {
        const QByteArray newcomer = TrainingTest::partner(f.db, QStringLiteral("Newcomer"));
        f.goldData(newcomer);
        member(f.db, newcomer, f.programId());
        f.recompute();
        CHECK(f.memberOf(newcomer).pendingLevelId == f.registered().id);
    }
    SECTION("the standing records the capped qualifying level")
    {
        const QStringList row = standingRow(f.db, partner, f.programId());
        REQUIRE(row.size() == 10);
        CHECK(row.at(0) == hex(f.registered().id));
        CHECK(row.at(1) == hex(f.silver().id));
        CHECK(row.at(2) == QStringLiteral("8"));
        CHECK(row.at(3) == QStringLiteral("{\"Networking\":6,\"Security\":2}"));
        CHECK(row.at(9) == QStringLiteral("2027-06-30"));
    }
}

TEST_CASE("TIER-02 with autoUpgrade the level is applied one step per run with partner tier and lead weight",
          "[tier-engine]")
{
    Fixture f(true);
    const QByteArray partner = TrainingTest::partner(f.db, QStringLiteral("Auto"));
    f.goldData(partner);
    member(f.db, partner, f.programId(), f.registered().id);

    TierEngine::Summary summary = f.recompute();
    CHECK(summary.applied == 1);
    ProgramMember m = f.memberOf(partner);
    CHECK(m.levelId == f.silver().id);
    CHECK(m.pendingKind.isEmpty());
    CHECK(m.leadWeight == 10); // TIER-06
    CHECK(partnerTier(f.db, partner) == QStringLiteral("silver"));
    CHECK(events(f.db, partner, QStringLiteral("applied")) == 1);

    summary = f.recompute();
    CHECK(summary.applied == 1);
    m = f.memberOf(partner);
    CHECK(m.levelId == f.gold().id);
    CHECK(m.leadWeight == 30);
    CHECK(partnerTier(f.db, partner) == QStringLiteral("gold"));

    summary = f.recompute(); // Platinum is not met
    CHECK(summary.applied == 0);
    CHECK(f.memberOf(partner).levelId == f.gold().id);
    CHECK(events(f.db, partner, QStringLiteral("applied")) == 2);
}

TEST_CASE("TIER-03 no silent demotion: a review with the reasons, applied only by a CAM", "[tier-engine]")
{
    for (const bool autoUpgrade : { false, true }) {
        INFO("autoUpgrade " << autoUpgrade);
        Fixture f(autoUpgrade);
        // At Gold, but only Silver's criteria are met now.
        const QByteArray partner = f.partnerWith(QStringLiteral("Slipping"), 3, 150'000'00, f.gold().id);
        setPartnerTier(f.db, partner, QStringLiteral("gold")); // as a CAM set it before the run

        const TierEngine::Summary summary = f.recompute();
        CHECK(summary.reviews == 1);
        CHECK(summary.applied == 0);
        ProgramMember m = f.memberOf(partner);
        CHECK(m.levelId == f.gold().id); // still Gold
        CHECK(m.pendingKind == QStringLiteral("demotion"));
        CHECK(m.pendingLevelId == f.silver().id);
        const QStringList reasons = reasonsFromJson(m.pendingReasons);
        CHECK(reasons.contains(QStringLiteral("3 certified people of 4 needed")));
        CHECK(reasons.contains(QStringLiteral("0 certified people in Security of 2 needed")));
        CHECK(reasons.size() == 4); // people, Security, revenue, closed-won
        CHECK(partnerTier(f.db, partner) == QStringLiteral("gold"));
        CHECK(events(f.db, partner, QStringLiteral("demotion_review")) == 1);
        CHECK(events(f.db, partner, QStringLiteral("demoted")) == 0);

        // Running again changes nothing: still only a review.
        f.recompute();
        CHECK(f.memberOf(partner).levelId == f.gold().id);
        CHECK(events(f.db, partner, QStringLiteral("demotion_review")) == 1);

        // Only confirmDemotion demotes, with a reason, and leaves a history row saying who and why.
        TierReview review(f.db);
        CHECK_FALSE(review.confirmDemotion(m.id, by(QStringLiteral("bert"), at(2027, 7, 1))).ok());
        requireOk(review.confirmDemotion(m.id, because(QStringLiteral("Two engineers left"), at(2027, 7, 1),
                                                       QStringLiteral("bert"))));
        m = f.memberOf(partner);
        CHECK(m.levelId == f.silver().id);
        CHECK(m.pendingKind.isEmpty());
        CHECK(m.leadWeight == 10);
        CHECK(partnerTier(f.db, partner) == QStringLiteral("silver"));
        const QList<TierEvent> history = requireOk(review.history(partner));
        REQUIRE_FALSE(history.isEmpty());
        CHECK(history.first().action == QStringLiteral("demoted"));
        CHECK(history.first().actor == QStringLiteral("bert"));
        CHECK(history.first().reason == QStringLiteral("Two engineers left"));
        CHECK(history.first().fromLevelId == f.gold().id);
        CHECK(history.first().toLevelId == f.silver().id);
    }
}

TEST_CASE("TIER-02 recompute is idempotent: no outbox rows no events and identical standings", "[tier-engine]")
{
    Fixture f;
    const QByteArray up = f.partnerWith(QStringLiteral("Up"), 2, 100'000'00, f.registered().id);
    const QByteArray down = f.partnerWith(QStringLiteral("Down"), 1, 0, f.silver().id);
    const QByteArray same = f.partnerWith(QStringLiteral("Same"), 2, 100'000'00, f.silver().id);
    const QByteArray risky = TrainingTest::partner(f.db, QStringLiteral("Risky"));
    certifiedPeople(f.db, risky, f.networking.id, 2, QDate(2027, 1, 10), Today.addDays(30));
    wonDeal(f.db, risky, 100'000'00, QDate(2027, 5, 1));
    member(f.db, risky, f.programId(), f.silver().id);
    Q_UNUSED(up)
    Q_UNUSED(down)
    Q_UNUSED(same)

    const TierEngine::Summary first = f.recompute();
    CHECK(first.proposed == 1);
    CHECK(first.reviews == 1);
    CHECK(first.atRisk == 1);
    CHECK(first.standingsWritten == 4);

    const int outbox = rowCount(f.db, QStringLiteral("sync_outbox"));
    const int tierEvents = rowCount(f.db, QStringLiteral("tier_event"));
    const QStringList standings = snapshot(f.db, QStringLiteral("tier_standing"), QStringLiteral("partner_id, program_id"));
    const QStringList members = snapshot(f.db, QStringLiteral("program_member"), QStringLiteral("local_id"));
    const QStringList partners = snapshot(f.db, QStringLiteral("partner"), QStringLiteral("local_id"));

    const TierEngine::Summary second = f.recompute();
    CHECK(second.members == 4);
    CHECK(second.unchanged == 4);
    CHECK(second.proposed == 0);
    CHECK(second.reviews == 0);
    CHECK(second.withdrawn == 0);
    CHECK(second.atRisk == 1);
    CHECK(second.standingsWritten == 0);
    CHECK(rowCount(f.db, QStringLiteral("sync_outbox")) == outbox);
    CHECK(rowCount(f.db, QStringLiteral("tier_event")) == tierEvents);
    CHECK(snapshot(f.db, QStringLiteral("tier_standing"), QStringLiteral("partner_id, program_id")) == standings);
    CHECK(snapshot(f.db, QStringLiteral("program_member"), QStringLiteral("local_id")) == members);
    CHECK(snapshot(f.db, QStringLiteral("partner"), QStringLiteral("local_id")) == partners);

    SECTION("a later day with nothing changed writes nothing, and the standings read as evaluated that day")
    {
        // Rewriting every standing once a day made the first hourly run of each day cost 100,000 row writes.
        const QDate tomorrow = Today.addDays(1);
        const TierEngine::Summary later = f.recompute(tomorrow);
        CHECK(later.standingsWritten == 0);
        CHECK(rowCount(f.db, QStringLiteral("sync_outbox")) == outbox);
        CHECK(snapshot(f.db, QStringLiteral("tier_standing"), QStringLiteral("partner_id, program_id")) == standings);
        CHECK(TrainingSettings(f.db).lastFullRunDay() == tomorrow);
        const QList<TierStanding> upStandings = requireOk(TierQuery(f.db).standings(same));
        REQUIRE(upStandings.size() == 1);
        CHECK(upStandings.constFirst().asOf == tomorrow);
        TierAtRiskFilter filter;
        filter.today = tomorrow;
        const QList<TierAtRiskRow> risks = requireOk(TierQuery(f.db).atRisk(filter, 10));
        REQUIRE(risks.size() == 1);
        CHECK(risks.constFirst().asOf == tomorrow);
        // A partner recomputed on its own does not move the day the full run re-checked the others.
        requireOk(TierEngine(f.db).recomputePartner(same, tomorrow.addDays(1)));
        CHECK(TrainingSettings(f.db).lastFullRunDay() == tomorrow);
    }
}

TEST_CASE("TIER-03 a pending change is withdrawn when the member qualifies for its level again", "[tier-engine]")
{
    Fixture f;
    SECTION("demotion review withdrawn when certifications come back")
    {
        const QByteArray partner = f.partnerWith(QStringLiteral("Back"), 1, 100'000'00, f.silver().id);
        f.recompute();
        REQUIRE(f.memberOf(partner).pendingKind == QStringLiteral("demotion"));
        certifiedPeople(f.db, partner, f.networking.id, 1, QDate(2027, 6, 1), QDate(2029, 6, 1), QStringLiteral("New"));
        const TierEngine::Summary summary = f.recompute();
        CHECK(summary.withdrawn == 1);
        const ProgramMember m = f.memberOf(partner);
        CHECK(m.pendingKind.isEmpty());
        CHECK(m.pendingLevelId.isEmpty());
        CHECK(m.levelId == f.silver().id);
        CHECK(events(f.db, partner, QStringLiteral("withdrawn")) == 1);
    }
    SECTION("upgrade proposal withdrawn when a certificate is revoked")
    {
        const QByteArray partner = f.partnerWith(QStringLiteral("Almost"), 2, 100'000'00, f.registered().id);
        f.recompute();
        REQUIRE(f.memberOf(partner).pendingKind == QStringLiteral("upgrade"));
        const QList<Certification> certs = requireOk(CertificationRepository(f.db).ofPartner(partner));
        requireOk(CertificationRepository(f.db).revoke(certs.first().id, because(QStringLiteral("Cheated"))));
        const TierEngine::Summary summary = f.recompute();
        CHECK(summary.withdrawn == 1);
        CHECK(f.memberOf(partner).pendingKind.isEmpty());
        CHECK(events(f.db, partner, QStringLiteral("withdrawn")) == 1);
        CHECK(f.memberOf(partner).levelId == f.registered().id);
    }
}

TEST_CASE("TIER-03 a rejected proposal is snoozed for the review snooze days", "[tier-engine]")
{
    Fixture f;
    requireOk(TrainingSettings(f.db).setReviewSnoozeDays(30));
    const QByteArray partner = TrainingTest::partner(f.db, QStringLiteral("Eager"));
    certifiedPeople(f.db, partner, f.networking.id, 2);
    wonDeal(f.db, partner, 100'000'00, QDate(2027, 6, 1));
    member(f.db, partner, f.programId(), f.registered().id);
    f.recompute();
    ProgramMember m = f.memberOf(partner);
    REQUIRE(m.pendingKind == QStringLiteral("upgrade"));
    requireOk(TierReview(f.db).rejectUpgrade(m.id, because(QStringLiteral("Not this quarter"), at(2027, 6, 30, 10))));

    f.recompute(QDate(2027, 7, 1));
    CHECK(f.memberOf(partner).pendingKind.isEmpty());
    f.recompute(QDate(2027, 7, 29)); // 29 days after: still snoozed
    CHECK(f.memberOf(partner).pendingKind.isEmpty());
    CHECK(events(f.db, partner, QStringLiteral("proposed")) == 1);
    f.recompute(QDate(2027, 7, 30)); // 30 days after: proposed again
    CHECK(f.memberOf(partner).pendingKind == QStringLiteral("upgrade"));
    CHECK(events(f.db, partner, QStringLiteral("proposed")) == 2);
}

TEST_CASE("TIER-03 a kept level is not reviewed again unless the level changed", "[tier-engine]")
{
    Fixture f;
    const QByteArray partner = f.partnerWith(QStringLiteral("Kept"), 2, 100'000'00, f.gold().id);
    f.recompute();
    ProgramMember m = f.memberOf(partner);
    REQUIRE(m.pendingKind == QStringLiteral("demotion"));
    TierReview review(f.db);
    requireOk(review.keepLevel(m.id, because(QStringLiteral("Strategic partner"), at(2027, 6, 30, 10))));
    f.recompute(QDate(2027, 7, 2));
    CHECK(f.memberOf(partner).pendingKind.isEmpty());
    CHECK(events(f.db, partner, QStringLiteral("demotion_review")) == 1);

    SECTION("a level set by hand since ends the snooze")
    {
        requireOk(review.setLevel(m.id, f.platinum().id, because(QStringLiteral("Contract"), at(2027, 7, 3))));
        f.recompute(QDate(2027, 7, 4));
        m = f.memberOf(partner);
        CHECK(m.levelId == f.platinum().id);
        CHECK(m.pendingKind == QStringLiteral("demotion"));
        CHECK(m.pendingLevelId == f.silver().id);
        CHECK(events(f.db, partner, QStringLiteral("demotion_review")) == 2);
    }
    SECTION("snooze 0 days reopens at once")
    {
        requireOk(TrainingSettings(f.db).setReviewSnoozeDays(0));
        f.recompute(QDate(2027, 7, 3));
        CHECK(f.memberOf(partner).pendingKind == QStringLiteral("demotion"));
    }
}

TEST_CASE("TIER-05 at risk when a certificate expires inside the horizon and not outside", "[tier-engine]")
{
    // Silver needs 2 people. Horizon 90 days: the horizon day is Today + 90.
    const QDate horizonDay = Today.addDays(90);
    for (const char* zone : { "UTC", "Asia/Ho_Chi_Minh" }) {
        INFO(zone);
        inTimeZone(zone, [&] {
            Fixture f;
            requireOk(TrainingSettings(f.db).setAtRiskHorizonDays(90));
            const auto silverWithExpiry = [&](const QString& name, const QDate& lastDay) {
                const QByteArray id = TrainingTest::partner(f.db, name);
                certifiedPeople(f.db, id, f.networking.id, 1, QDate(2027, 1, 10), QDate(2029, 1, 10), QStringLiteral("Stays"));
                certifiedPeople(f.db, id, f.networking.id, 1, QDate(2027, 1, 10), lastDay, QStringLiteral("Goes"));
                wonDeal(f.db, id, 100'000'00, QDate(2027, 5, 1));
                member(f.db, id, f.programId(), f.silver().id);
                return id;
            };
            const QByteArray inside = silverWithExpiry(QStringLiteral("Inside"), Today.addDays(10));
            const QByteArray boundary = silverWithExpiry(QStringLiteral("Day before horizon"), horizonDay.addDays(-1));
            const QByteArray onHorizon = silverWithExpiry(QStringLiteral("On horizon"), horizonDay);
            const QByteArray outside = silverWithExpiry(QStringLiteral("Outside"), horizonDay.addDays(1));

            const TierEngine::Summary summary = f.recompute();
            CHECK(summary.atRisk == 2);
            CHECK(summary.reviews == 0);

            QStringList row = standingRow(f.db, inside, f.programId());
            CHECK(row.at(6) == QStringLiteral("1"));
            CHECK(row.at(7) == QStringLiteral("2027-07-11")); // the first day with one person
            QStringList unmet;
            PartnerMetrics one;
            one.certifiedPeople = 1;
            one.revenueMinor = 100'000'00;
            one.currency = QStringLiteral("USD");
            (void)TierEvaluator::meets(f.silver(), one, &unmet);
            CHECK(reasonsFromJson(row.at(8)) == unmet);

            row = standingRow(f.db, boundary, f.programId());
            CHECK(row.at(6) == QStringLiteral("1"));
            CHECK(row.at(7) == Timestamp::dateToStorage(horizonDay));
            row = standingRow(f.db, onHorizon, f.programId()); // still valid on the horizon day
            CHECK(row.at(6) == QStringLiteral("0"));
            CHECK(row.at(7).isEmpty());
            row = standingRow(f.db, outside, f.programId());
            CHECK(row.at(6) == QStringLiteral("0"));
        });
    }
}

TEST_CASE("TIER-05 at risk per track takes the earliest failing criterion", "[tier-engine]")
{
    Fixture f;
    const QByteArray partner = TrainingTest::partner(f.db, QStringLiteral("Gold tracks"));
    certifiedPeople(f.db, partner, f.networking.id, 2, QDate(2027, 1, 10), QDate(2029, 1, 10), QStringLiteral("Net"));
    certifiedPeople(f.db, partner, f.security.id, 1, QDate(2027, 1, 10), QDate(2029, 1, 10), QStringLiteral("SecA"));
    certifiedPeople(f.db, partner, f.security.id, 1, QDate(2027, 1, 10), QDate(2027, 8, 15), QStringLiteral("SecB"));
    wonDeal(f.db, partner, 200'000'00, QDate(2027, 2, 1));
    wonDeal(f.db, partner, 200'000'00, QDate(2027, 3, 1));
    wonDeal(f.db, partner, 100'000'00, QDate(2027, 4, 1));
    member(f.db, partner, f.programId(), f.gold().id);
    f.recompute();
    const QStringList row = standingRow(f.db, partner, f.programId());
    CHECK(row.at(6) == QStringLiteral("1"));
    CHECK(row.at(7) == QStringLiteral("2027-08-16"));
    const QStringList reasons = reasonsFromJson(row.at(8));
    CHECK(reasons.size() == 2); // 3 people of 4, 1 in Security of 2
    CHECK(reasons.contains(QStringLiteral("3 certified people of 4 needed")));
}

TEST_CASE("TierEngine cancel mid-run keeps the earlier members consistent", "[tier-engine]")
{
    Fixture f;
    QList<QByteArray> partners;
    for (int i = 0; i < 30; ++i)
        partners.append(f.partnerWith(QStringLiteral("Partner %1").arg(i, 2, 10, QLatin1Char('0')), 2, 100'000'00,
                                      f.registered().id));
    TierEngine engine(f.db);
    QList<int> reported;
    const Result<TierEngine::Summary> stopped = engine.recompute(Today, [&](int done, int total) {
        CHECK(total == 30);
        reported.append(done);
        return done < 10;
    });
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().code == Error::Code::Cancelled);
    CHECK(reported.last() == 10);
    for (int i = 1; i < reported.size(); ++i)
        CHECK(reported.at(i) >= reported.at(i - 1));

    // Every member has a pending proposal exactly when it has its event: no half-written change.
    int pending = 0;
    for (const QByteArray& partner : partners) {
        const ProgramMember m = f.memberOf(partner);
        const int proposedEvents = events(f.db, partner, QStringLiteral("proposed"));
        CHECK(proposedEvents == (m.pendingKind.isEmpty() ? 0 : 1));
        pending += m.pendingKind.isEmpty() ? 0 : 1;
    }
    CHECK(pending == 10);
    CHECK(rowCount(f.db, QStringLiteral("tier_standing")) == 10);

    const TierEngine::Summary rest = requireOk(engine.recompute(Today));
    CHECK(rest.proposed == 20);
    CHECK(rowCount(f.db, QStringLiteral("tier_event"), QStringLiteral("action = 'proposed'")) == 30);
}

TEST_CASE("TierEngine recomputePartner touches only that partner", "[tier-engine]")
{
    Fixture f;
    const QByteArray a = f.partnerWith(QStringLiteral("A"), 2, 100'000'00, f.registered().id);
    const QByteArray b = f.partnerWith(QStringLiteral("B"), 2, 100'000'00, f.registered().id);
    TierEngine engine(f.db);
    const TierEngine::Summary summary = requireOk(engine.recomputePartner(a, Today));
    CHECK(summary.members == 1);
    CHECK(summary.proposed == 1);
    CHECK(f.memberOf(a).pendingKind == QStringLiteral("upgrade"));
    CHECK(f.memberOf(b).pendingKind.isEmpty());
    CHECK(standingRow(f.db, b, f.programId()).isEmpty());
    CHECK_FALSE(standingRow(f.db, a, f.programId()).isEmpty());
}

TEST_CASE("TierEngine skips deleted partners and inactive programs and drops their standings", "[tier-engine]")
{
    Fixture f;
    const QByteArray a = f.partnerWith(QStringLiteral("A"), 2, 100'000'00, f.registered().id);
    const QByteArray b = f.partnerWith(QStringLiteral("B"), 2, 100'000'00, f.registered().id);
    f.recompute();
    CHECK(rowCount(f.db, QStringLiteral("tier_standing")) == 2);
    requireOk(PartnerRepository(f.db).remove(b));
    TierEngine::Summary summary = f.recompute();
    CHECK(summary.members == 1);
    CHECK(rowCount(f.db, QStringLiteral("tier_standing")) == 1);

    TierProgram inactive = f.ladder.program;
    inactive.active = false;
    requireOk(TierProgramRepository(f.db).updateProgram(inactive));
    summary = f.recompute();
    CHECK(summary.members == 0);
    CHECK(rowCount(f.db, QStringLiteral("tier_standing")) == 0);
    Q_UNUSED(a)
}

TEST_CASE("TIER-02 revenue in other currencies is converted and unconverted deals are counted", "[tier-engine]")
{
    Fixture f;
    setRates(f.db, { { QStringLiteral("EUR"), QDate(2027, 1, 1), 1.25 } });
    const QByteArray partner = TrainingTest::partner(f.db, QStringLiteral("Euro"));
    certifiedPeople(f.db, partner, f.networking.id, 2);
    wonDeal(f.db, partner, 80'000'00, QDate(2027, 5, 1), QStringLiteral("EUR")); // 100,000.00 USD exactly
    wonDeal(f.db, partner, 1'000'000'00, QDate(2027, 5, 1), QStringLiteral("JPY")); // no rate: left out
    member(f.db, partner, f.programId(), f.registered().id);
    const TierEngine::Summary summary = f.recompute();
    CHECK(summary.unconvertedDeals == 1);
    CHECK(summary.proposed == 1);
    const QStringList row = standingRow(f.db, partner, f.programId());
    CHECK(row.at(4) == QStringLiteral("10000000"));
    CHECK(row.at(5) == QStringLiteral("2"));
}

namespace {

struct OutboxEntry
{
    QString entity;
    QByteArray rowId;
    QString op;
    QString fields;
    QString baseValues;
    QVariant baseVersion;
};

QList<OutboxEntry> outboxAfter(Database& db, qint64 mutationId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT entity, row_id, op, fields, base_values, base_version FROM sync_outbox "
                             "WHERE mutation_id > ? ORDER BY mutation_id"));
    q.addBindValue(mutationId);
    REQUIRE(q.exec());
    QList<OutboxEntry> entries;
    while (q.next())
        entries.append({ q.value(0).toString(), q.value(1).toByteArray(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString(), q.value(5) });
    return entries;
}

qint64 lastMutation(Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT ifnull(max(mutation_id), 0) FROM sync_outbox")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

/// The entry RecordWriter::update writes when `after`'s pending columns replace `before`'s: the columns that
/// differ, new values in fields and stored values in base_values (a NULL column reads back as an invalid QVariant).
std::pair<QString, QString> pendingUpdateJson(const ProgramMember& before, const ProgramMember& after)
{
    QVariantMap fields;
    QVariantMap old;
    for (const FieldDef<ProgramMember>& field : programMemberFields()) {
        if (qstrncmp(field.column, "pending_", 8) != 0)
            continue;
        const QVariant was = field.get(before);
        const QVariant now = field.get(after);
        if (was.isNull() == now.isNull() && was.toByteArray() == now.toByteArray())
            continue;
        fields.insert(QString::fromLatin1(field.column), now);
        old.insert(QString::fromLatin1(field.column), was.isNull() ? QVariant() : was);
    }
    return { RecordWriter::outboxJson(fields), RecordWriter::outboxJson(old) };
}

TierEvent eventRow(Database& db, const QByteArray& id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT * FROM tier_event WHERE id = ?"));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return RecordIo::fromQuery(q, tierEventFields());
}

/// Checks the two entries of one member change: the member's update, then its event's create, as RecordWriter
/// writes them for the rows now stored.
void checkChangeEntries(Database& db, const QList<OutboxEntry>& entries, const ProgramMember& before,
                        const ProgramMember& after, const QString& action)
{
    REQUIRE(entries.size() == 2);
    const OutboxEntry& member = entries.at(0);
    CHECK(member.entity == QStringLiteral("program_member"));
    CHECK(member.rowId == before.id);
    CHECK(member.op == QStringLiteral("update"));
    const auto [fields, old] = pendingUpdateJson(before, after);
    CHECK(member.fields == fields);
    CHECK(member.baseValues == old);
    CHECK(member.baseVersion.isNull());

    const OutboxEntry& event = entries.at(1);
    CHECK(event.entity == QStringLiteral("tier_event"));
    CHECK(event.op == QStringLiteral("create"));
    const TierEvent row = eventRow(db, event.rowId);
    CHECK(row.action == action);
    CHECK(event.fields == RecordWriter::outboxJson(RecordIo::columns(row, tierEventFields())));
    CHECK(event.baseValues == QStringLiteral("{}"));
    CHECK(event.baseVersion.isNull());
}

} // namespace

TEST_CASE("TierEngine outbox entries of a proposal and a withdrawal are the ones RecordWriter writes for those rows",
          "[tier-engine]")
{
    Fixture f;
    const QByteArray partner = f.partnerWith(QStringLiteral("Exact"), 2, 100'000'00, f.registered().id);
    const ProgramMember initial = f.memberOf(partner);

    qint64 mark = lastMutation(f.db);
    CHECK(f.recompute().proposed == 1);
    const ProgramMember proposed = f.memberOf(partner);
    REQUIRE(proposed.pendingKind == QStringLiteral("upgrade"));
    checkChangeEntries(f.db, outboxAfter(f.db, mark), initial, proposed, QStringLiteral("proposed"));
    const TierEvent event = eventRow(f.db, outboxAfter(f.db, mark).at(1).rowId);
    CHECK(Timestamp::toStorage(proposed.pendingSince) == Timestamp::toStorage(event.at)); // one moment for both

    // The revenue goes (the won deal tombstoned): Silver no longer qualifies, the proposal is withdrawn.
    QSqlQuery q(f.db.connection());
    q.prepare(QStringLiteral("UPDATE deal SET deleted_at = '2027-06-01T00:00:00.000Z' WHERE partner_id = ?"));
    q.addBindValue(partner);
    REQUIRE(q.exec());
    mark = lastMutation(f.db);
    CHECK(f.recompute().withdrawn == 1);
    const ProgramMember withdrawn = f.memberOf(partner);
    CHECK(withdrawn.pendingKind.isEmpty());
    CHECK_FALSE(withdrawn.pendingSince.isValid());
    checkChangeEntries(f.db, outboxAfter(f.db, mark), proposed, withdrawn, QStringLiteral("withdrawn"));
}

TEST_CASE("TierEngine a failed member write rolls its batch back whole and the next run completes it",
          "[tier-engine]")
{
    Fixture f;
    QList<QByteArray> partners;
    for (int i = 0; i < 3; ++i)
        partners.append(f.partnerWith(QStringLiteral("Partner %1").arg(i), 2, 100'000'00, f.registered().id));
    const int outbox = rowCount(f.db, QStringLiteral("sync_outbox"));
    const int standings = rowCount(f.db, QStringLiteral("tier_standing"));
    // Each proposal writes the member, then its event; the fourth write (the second member's event, after its row
    // was written) fails. The three members are in one batch (committed every 100 ms): nothing of it may stay,
    // neither the second member's row without its event nor the first member's complete change.
    int writes = 0;
    RecordWriter::setFaultHook([&writes](const char*) -> Status {
        if (++writes == 4)
            return Error::storage(QStringLiteral("Injected failure"), QStringLiteral("test"));
        return {};
    });
    const Result<TierEngine::Summary> failed = TierEngine(f.db).recompute(Today);
    RecordWriter::setFaultHook({});
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.contains(QStringLiteral("Injected failure")));

    for (const QByteArray& partner : partners) {
        CHECK(f.memberOf(partner).pendingKind.isEmpty());
        CHECK(events(f.db, partner, QStringLiteral("proposed")) == 0);
    }
    CHECK(rowCount(f.db, QStringLiteral("sync_outbox")) == outbox);
    CHECK(rowCount(f.db, QStringLiteral("tier_standing")) == standings);
    CHECK(sqlite3_get_autocommit(f.db.handle()) != 0); // no transaction left open

    const TierEngine::Summary rest = f.recompute();
    CHECK(rest.proposed == 3);
    CHECK(rowCount(f.db, QStringLiteral("tier_event"), QStringLiteral("action = 'proposed'")) == 3);
    CHECK(rowCount(f.db, QStringLiteral("sync_outbox")) == outbox + 6);
}

TEST_CASE("TierEngine leaves a member decided during the run for the next run", "[tier-engine]")
{
    Fixture f;
    QList<QByteArray> partners;
    for (int i = 0; i < 3; ++i)
        partners.append(f.partnerWith(QStringLiteral("Partner %1").arg(i), 2, 100'000'00, f.registered().id));
    const int outbox = rowCount(f.db, QStringLiteral("sync_outbox"));
    // After the first member, a CAM places the second at Silver (the engine read it at Registered), on the editor's
    // own connection: the engine's belongs to its writer thread during the member loop.
    auto opened = Database::open(f.db.path(), Database::Role::Editor);
    REQUIRE(opened.ok());
    const std::unique_ptr<Database> editor = std::move(opened).value();
    bool decided = false;
    TierEngine engine(f.db);
    const TierEngine::Summary summary = requireOk(engine.recompute(Today, [&](int done, int) {
        if (done == 1 && !decided) {
            QSqlQuery q(editor->connection());
            q.prepare(QStringLiteral("UPDATE program_member SET level_id = ? WHERE partner_id = ?"));
            q.addBindValue(f.silver().id);
            q.addBindValue(partners.at(1));
            REQUIRE(q.exec());
            decided = true;
        }
        return true;
    }));
    REQUIRE(decided);
    CHECK(summary.proposed == 2);
    CHECK(summary.unchanged == 1);
    const ProgramMember left = f.memberOf(partners.at(1));
    CHECK(left.levelId == f.silver().id);
    CHECK(left.pendingKind.isEmpty());
    CHECK(events(f.db, partners.at(1), QStringLiteral("proposed")) == 0);
    for (const QByteArray& partner : { partners.at(0), partners.at(2) }) {
        CHECK(f.memberOf(partner).pendingKind == QStringLiteral("upgrade"));
        CHECK(events(f.db, partner, QStringLiteral("proposed")) == 1);
    }
    CHECK(rowCount(f.db, QStringLiteral("sync_outbox")) == outbox + 4); // member and event entries of two proposals

    // The next run evaluates the new state: Silver is what it qualifies for, so nothing to do.
    const TierEngine::Summary next = f.recompute();
    CHECK(next.proposed == 0);
    CHECK(next.unchanged == 3);
    CHECK(rowCount(f.db, QStringLiteral("sync_outbox")) == outbox + 4);
}

TEST_CASE("TierEngine keeps its journals in memory, a larger page cache and no automatic checkpoint during a run, "
          "then restores them",
          "[tier-engine]")
{
    Fixture f;
    f.partnerWith(QStringLiteral("A"), 2, 100'000'00, f.registered().id);
    const auto pragma = [&f](const char* name) {
        QSqlQuery q(f.db.connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    const qint64 tempStore = pragma("temp_store");
    const qint64 cacheSize = pragma("cache_size");
    const qint64 autoCheckpoint = pragma("wal_autocheckpoint");
    REQUIRE(tempStore != 2);
    REQUIRE(autoCheckpoint == 1000);
    REQUIRE(cacheSize == -2000); // SQLite's default for an editor connection
    qint64 tempStoreDuring = -1;
    qint64 cacheSizeDuring = 0;
    qint64 autoCheckpointDuring = -1;
    // Read at the reports before the member loop (done = 0), while the connection is still the engine's alone: the
    // last of them comes after the run's settings are made (from the first member on, the writer thread owns it).
    const TierEngine::Summary summary = requireOk(TierEngine(f.db).recompute(Today, [&](int done, int) {
        if (done == 0) {
            tempStoreDuring = pragma("temp_store");
            cacheSizeDuring = pragma("cache_size");
            autoCheckpointDuring = pragma("wal_autocheckpoint");
        }
        return true;
    }));
    CHECK(summary.proposed == 1);
    CHECK(tempStoreDuring == 2); // MEMORY
    CHECK(cacheSizeDuring == -65536);
    CHECK(pragma("temp_store") == tempStore);
    CHECK(pragma("cache_size") == cacheSize);
    CHECK(autoCheckpointDuring == 0); // one checkpoint after the writes instead
    CHECK(pragma("wal_autocheckpoint") == autoCheckpoint);
}
