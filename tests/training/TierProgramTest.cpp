// TierProgramRepository (TIER-01/02/04): program and level validation, rank uniqueness, removal refused while in
// use, enrolment (starting level from the partner's tier, one member per partner, joinAll in batches), leaving,
// points, and TrainingSettings ranges.
#include "TierTestHelpers.h"

#include "support/TempDatabase.h"
#include "training/TrainingSettings.h"

using namespace ChannelDesk;
using namespace ChannelDesk::TierTest;

namespace {

TierProgram draftProgram(const QString& name = QStringLiteral("Partner Program"), const QString& currency = QStringLiteral("EUR"))
{
    TierProgram p;
    p.name = name;
    p.currency = currency;
    return p;
}

} // namespace

TEST_CASE("TIER-01 programs need a name and an ISO 4217 currency", "[tier-program]")
{
    Test::TempDatabase temp;
    TierProgramRepository repo(temp.db());
    CHECK(repo.createProgram(draftProgram(QStringLiteral("  "))).error().field == QStringLiteral("name"));
    CHECK(repo.createProgram(draftProgram(QStringLiteral("P"), QStringLiteral("EURO"))).error().field
          == QStringLiteral("currency"));
    const TierProgram created = requireOk(repo.createProgram(draftProgram(QStringLiteral("  Partner Program "),
                                                                          QStringLiteral("eur"))));
    CHECK(created.name == QStringLiteral("Partner Program"));
    CHECK(created.currency == QStringLiteral("EUR"));
    CHECK(outboxCount(temp.db(), QStringLiteral("tier_program")) == 1);

    TierProgram edited = created;
    edited.autoUpgrade = true;
    CHECK(requireOk(repo.updateProgram(edited)));
    CHECK_FALSE(requireOk(repo.updateProgram(edited))); // unchanged: no outbox entry
    CHECK(outboxCount(temp.db(), QStringLiteral("tier_program")) == 2);
    CHECK(requireOk(repo.program(created.id)).autoUpgrade);

    edited.active = false;
    requireOk(repo.updateProgram(edited));
    CHECK(requireOk(repo.programs()).size() == 1);
    CHECK(requireOk(repo.programs(false)).isEmpty());
}

TEST_CASE("TIER-01 level validation: rank lead weight criteria tracks and code", "[tier-program]")
{
    Test::TempDatabase temp;
    TierProgramRepository repo(temp.db());
    const TierProgram p = requireOk(repo.createProgram(draftProgram()));
    const auto draft = [&](int rank) {
        TierLevel l;
        l.programId = p.id;
        l.rank = rank;
        l.name = QStringLiteral("Level %1").arg(rank);
        l.code = QStringLiteral("silver");
        return l;
    };
    TierLevel l = draft(0);
    CHECK(repo.createLevel(l).error().field == QStringLiteral("rank"));
    l = draft(1);
    l.name.clear();
    CHECK(repo.createLevel(l).error().field == QStringLiteral("name"));
    l = draft(1);
    l.leadWeight = 101;
    CHECK(repo.createLevel(l).error().field == QStringLiteral("lead_weight"));
    l.leadWeight = -1;
    CHECK(repo.createLevel(l).error().field == QStringLiteral("lead_weight"));
    l = draft(1);
    l.minRevenueMinor = -1;
    CHECK(repo.createLevel(l).error().field == QStringLiteral("min_revenue_minor"));
    l = draft(1);
    l.minCertifiedPeople = -1;
    CHECK(repo.createLevel(l).error().field == QStringLiteral("min_certified"));
    l = draft(1);
    l.minPoints = -5;
    CHECK(repo.createLevel(l).error().field == QStringLiteral("min_points"));
    l = draft(1);
    l.trackRequirements = { { QStringLiteral(" "), 2 } };
    CHECK(repo.createLevel(l).error().field == QStringLiteral("track_requirements"));
    l.trackRequirements = { { QStringLiteral("Security"), 0 } };
    CHECK(repo.createLevel(l).error().field == QStringLiteral("track_requirements"));
    l.trackRequirements = { { QStringLiteral("Security"), 1 }, { QStringLiteral("security "), 2 } };
    CHECK(repo.createLevel(l).error().field == QStringLiteral("track_requirements"));
    l = draft(1);
    l.code = QStringLiteral("diamond");
    CHECK(repo.createLevel(l).error().field == QStringLiteral("code"));
    l = draft(1);
    l.programId = QByteArray(16, 'x');
    CHECK(repo.createLevel(l).error().field == QStringLiteral("program_id"));

    l = draft(1);
    l.minRevenueMinor = 0; // zero is a valid threshold
    l.trackRequirements = { { QStringLiteral("Security"), 1 } };
    const TierLevel first = requireOk(repo.createLevel(l));
    CHECK(first.minRevenueMinor == std::optional<qint64>(0));
    CHECK(first.trackRequirements == QList<TrackRequirement> { { QStringLiteral("Security"), 1 } });
    CHECK(repo.createLevel(draft(1)).error().field == QStringLiteral("rank")); // rank taken
    const TierLevel second = requireOk(repo.createLevel(draft(2)));

    TierLevel moved = second;
    moved.rank = 1;
    CHECK(repo.updateLevel(moved).error().field == QStringLiteral("rank"));
    moved = second;
    moved.programId = requireOk(repo.createProgram(draftProgram(QStringLiteral("Other")))).id;
    CHECK(repo.updateLevel(moved).error().field == QStringLiteral("program_id"));
    moved = second;
    moved.rank = 5;
    CHECK(requireOk(repo.updateLevel(moved)));
    const QList<TierLevel> levels = requireOk(repo.levels(p.id));
    REQUIRE(levels.size() == 2);
    CHECK(levels.at(0).id == first.id);
    CHECK(levels.at(1).rank == 5);

    SECTION("a removed level's rank is free again")
    {
        requireOk(repo.removeLevel(first.id));
        CHECK(requireOk(repo.levels(p.id)).size() == 1);
        requireOk(repo.createLevel(draft(1)));
    }
}

TEST_CASE("TIER-01 levels and programs in use cannot be removed", "[tier-program]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    const Ladder ladder = program(db);
    const QByteArray partner = TrainingTest::partner(db);
    const ProgramMember m = member(db, partner, ladder.program.id, ladder.levels.at(1).id);
    TierProgramRepository repo(db);
    CHECK_FALSE(repo.removeLevel(ladder.levels.at(1).id).ok());
    CHECK_FALSE(repo.removeProgram(ladder.program.id).ok());
    requireOk(repo.removeLevel(ladder.levels.at(3).id));

    requireOk(repo.leave(m.id, because(QStringLiteral("Contract ended"))));
    requireOk(repo.removeProgram(ladder.program.id));
    CHECK(requireOk(repo.programs()).isEmpty());
    CHECK(requireOk(repo.levels(ladder.program.id)).isEmpty()); // the levels went with it
}

TEST_CASE("TIER-01 join places the partner at the level matching its tier and records the event", "[tier-program]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    const Ladder ladder = program(db);
    const QByteArray gold = TrainingTest::partner(db, QStringLiteral("Gold partner"));
    setPartnerTier(db, gold, QStringLiteral("gold"));
    const QByteArray plain = TrainingTest::partner(db, QStringLiteral("Untiered"));
    TierProgramRepository repo(db);

    const ProgramMember joined = requireOk(repo.join(gold, ladder.program.id, by(actor(), at(2027, 3, 15, 23), QStringLiteral("Kick-off"))));
    CHECK(joined.levelId == ladder.levels.at(2).id);
    CHECK(joined.leadWeight == 30);
    CHECK(joined.joinedOn.isValid());
    CHECK(events(db, gold, QStringLiteral("joined")) == 1);
    CHECK(repo.join(gold, ladder.program.id, by()).error().field == QStringLiteral("program_id")); // one member only

    const ProgramMember unplaced = requireOk(repo.join(plain, ladder.program.id, by()));
    CHECK(unplaced.levelId.isEmpty());
    CHECK(requireOk(repo.membersOf(plain)).size() == 1);
    CHECK(requireOk(repo.memberOf(plain, ladder.program.id)).id == unplaced.id);

    SECTION("deleted partners and inactive programs are refused")
    {
        const QByteArray gone = TrainingTest::partner(db, QStringLiteral("Gone"));
        requireOk(PartnerRepository(db).remove(gone));
        CHECK(repo.join(gone, ladder.program.id, by()).error().field == QStringLiteral("partner_id"));
        TierProgram inactive = ladder.program;
        inactive.active = false;
        requireOk(repo.updateProgram(inactive));
        const QByteArray late = TrainingTest::partner(db, QStringLiteral("Late"));
        CHECK(repo.join(late, ladder.program.id, by()).error().field == QStringLiteral("program_id"));
    }
    SECTION("leaving tombstones the member, records it and drops the standing")
    {
        requireOk(repo.leave(joined.id, because(QStringLiteral("Terminated"))));
        CHECK(requireOk(repo.membersOf(gold)).isEmpty());
        CHECK(events(db, gold, QStringLiteral("left")) == 1);
        CHECK(repo.memberOf(gold, ladder.program.id).error().code == Error::Code::NotFound);
        requireOk(repo.join(gold, ladder.program.id, by())); // may join again
    }
}

TEST_CASE("TIER-01 joinAll enrols every live partner not yet a member", "[tier-program]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    const Ladder ladder = program(db);
    QList<QByteArray> partners;
    for (int i = 0; i < 12; ++i)
        partners.append(TrainingTest::partner(db, QStringLiteral("Partner %1").arg(i)));
    setPartnerTier(db, partners.at(0), QStringLiteral("silver"));
    requireOk(PartnerRepository(db).remove(partners.at(11)));
    TierProgramRepository repo(db);
    requireOk(repo.join(partners.at(1), ladder.program.id, by()));

    CHECK(requireOk(repo.joinAll(ladder.program.id, by())) == 10);
    CHECK(rowCount(db, QStringLiteral("program_member"), QStringLiteral("deleted_at IS NULL")) == 11);
    CHECK(rowCount(db, QStringLiteral("tier_event"), QStringLiteral("action = 'joined'")) == 11);
    CHECK(requireOk(repo.memberOf(partners.at(0), ladder.program.id)).levelId == ladder.levels.at(1).id);
    CHECK(requireOk(repo.membersOf(partners.at(11))).isEmpty());
    CHECK(requireOk(repo.joinAll(ladder.program.id, by())) == 0);
}

TEST_CASE("TIER-04 points need a number other than zero a day and a known activity", "[tier-program]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    const Ladder ladder = program(db);
    const QByteArray partner = TrainingTest::partner(db);
    TierProgramRepository repo(db);
    PointsEntry e;
    e.partnerId = partner;
    e.programId = ladder.program.id;
    e.activityType = QStringLiteral("event");
    e.earnedOn = QDate(2027, 3, 1);
    e.points = 0;
    CHECK(repo.addPoints(e, by()).error().field == QStringLiteral("points"));
    e.points = 100;
    e.earnedOn = {};
    CHECK(repo.addPoints(e, by()).error().field == QStringLiteral("earned_on"));
    e.earnedOn = QDate(2027, 3, 1);
    e.expiresOn = QDate(2027, 2, 28);
    CHECK(repo.addPoints(e, by()).error().field == QStringLiteral("expires_on"));
    e.expiresOn = QDate(2027, 3, 1); // expiring the day it was earned: counts that one day
    e.activityType = QStringLiteral("bribe");
    CHECK(repo.addPoints(e, by()).error().field == QStringLiteral("activity_type"));
    e.activityType = QStringLiteral("event");
    const PointsEntry added = requireOk(repo.addPoints(e, by()));
    CHECK(added.points == 100);
    CHECK(requireOk(repo.pointsOf(partner, ladder.program.id)).size() == 1);
    requireOk(repo.removePoints(added.id));
    CHECK(requireOk(repo.pointsOf(partner, ladder.program.id)).isEmpty());
}

TEST_CASE("TrainingSettings defaults and ranges", "[tier-program]")
{
    Test::TempDatabase temp;
    TrainingSettings settings(temp.db());
    CHECK(settings.atRiskHorizonDays() == 90);
    CHECK(settings.reviewSnoozeDays() == 30);
    CHECK(settings.recomputeIntervalMinutes() == 60);
    CHECK_FALSE(settings.lastRecomputeAt().isValid());
    CHECK_FALSE(settings.setAtRiskHorizonDays(0).ok());
    CHECK_FALSE(settings.setAtRiskHorizonDays(731).ok());
    requireOk(settings.setAtRiskHorizonDays(730));
    CHECK(settings.atRiskHorizonDays() == 730);
    CHECK_FALSE(settings.setReviewSnoozeDays(-1).ok());
    requireOk(settings.setReviewSnoozeDays(0));
    CHECK(settings.reviewSnoozeDays() == 0);
    CHECK_FALSE(settings.setRecomputeIntervalMinutes(4).ok());
    CHECK_FALSE(settings.setRecomputeIntervalMinutes(1441).ok());
    requireOk(settings.setRecomputeIntervalMinutes(5));
    CHECK(settings.recomputeIntervalMinutes() == 5);
    requireOk(settings.setLastRecomputeAt(at(2027, 6, 30, 8)));
    CHECK(settings.lastRecomputeAt() == at(2027, 6, 30, 8));
}
