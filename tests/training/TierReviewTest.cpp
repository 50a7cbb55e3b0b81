// A CAM's decisions on pending tier changes (TIER-02/03, TIER-06): approve applies the level with partner tier and
// lead weight, reject/keep/demote need a reason, every decision leaves a history row, and stale decisions (the
// engine withdrew or replaced the pending change) are refused.
#include "TierTestHelpers.h"

#include "support/TempDatabase.h"
#include "training/TierEngine.h"
#include "training/TierReview.h"

using namespace ChannelDesk;
using namespace ChannelDesk::TierTest;

namespace {

const QDate Today(2027, 6, 30);

struct Fixture
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    Ladder ladder = program(db);
    CertDefinition cna = definition(db);

    /// A member at `levelId` with 2 certified people and 100,000.00 won: qualifies for Silver exactly.
    QByteArray silverPartner(const QByteArray& levelId, const QString& name = QStringLiteral("Partner"))
    {
        const QByteArray id = TrainingTest::partner(db, name);
        certifiedPeople(db, id, cna.id, 2);
        wonDeal(db, id, 100'000'00, QDate(2027, 5, 1));
        member(db, id, ladder.program.id, levelId);
        return id;
    }
    void recompute() { requireOk(TierEngine(db).recompute(Today)); }
    ProgramMember memberOf(const QByteArray& partnerId) { return memberRow(db, partnerId, ladder.program.id); }
};

} // namespace

TEST_CASE("TIER-02 approving an upgrade applies the level partner tier and lead weight", "[tier-review]")
{
    Fixture f;
    const QByteArray partner = f.silverPartner(f.ladder.levels.at(0).id);
    f.recompute();
    const ProgramMember before = f.memberOf(partner);
    REQUIRE(before.pendingKind == QStringLiteral("upgrade"));
    const int outbox = rowCount(f.db, QStringLiteral("sync_outbox"));

    TierReview review(f.db);
    requireOk(review.approveUpgrade(before.id, by(QStringLiteral("carla"), at(2027, 7, 1))));
    const ProgramMember after = f.memberOf(partner);
    CHECK(after.levelId == f.ladder.levels.at(1).id);
    CHECK(after.pendingKind.isEmpty());
    CHECK(after.pendingLevelId.isEmpty());
    CHECK_FALSE(after.pendingSince.isValid());
    CHECK(after.leadWeight == 10);
    CHECK(partnerTier(f.db, partner) == QStringLiteral("silver"));
    // Member, partner and event: three outbox entries, one transaction.
    CHECK(rowCount(f.db, QStringLiteral("sync_outbox")) == outbox + 3);

    const QList<TierEvent> history = requireOk(review.history(partner));
    REQUIRE(history.size() >= 2);
    CHECK(history.first().action == QStringLiteral("approved"));
    CHECK(history.first().actor == QStringLiteral("carla"));
    CHECK(history.first().fromLevelId == f.ladder.levels.at(0).id);
    CHECK(history.first().toLevelId == f.ladder.levels.at(1).id);
    CHECK(history.first().at == at(2027, 7, 1));
    CHECK(history.last().action == QStringLiteral("proposed"));

    SECTION("approving again is refused: nothing waits any more")
    {
        const Status again = review.approveUpgrade(before.id, by(QStringLiteral("carla")));
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == Error::Code::Conflict);
    }
}

TEST_CASE("TIER-02 rejecting an upgrade needs a reason and keeps the level", "[tier-review]")
{
    Fixture f;
    const QByteArray partner = f.silverPartner(f.ladder.levels.at(0).id);
    f.recompute();
    const ProgramMember m = f.memberOf(partner);
    TierReview review(f.db);
    const Status noReason = review.rejectUpgrade(m.id, by());
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().field == QStringLiteral("reason"));
    CHECK(f.memberOf(partner).pendingKind == QStringLiteral("upgrade"));

    requireOk(review.rejectUpgrade(m.id, because(QStringLiteral("Revenue is one-off"))));
    const ProgramMember after = f.memberOf(partner);
    CHECK(after.levelId == f.ladder.levels.at(0).id);
    CHECK(after.pendingKind.isEmpty());
    const TierEvent last = requireOk(review.history(partner)).first();
    CHECK(last.action == QStringLiteral("rejected"));
    CHECK(last.reason == QStringLiteral("Revenue is one-off"));
    CHECK(last.toLevelId == f.ladder.levels.at(1).id); // the refused level, for the snooze
}

TEST_CASE("TIER-03 demotion decisions: confirm or keep with a reason and upgrade actions refused", "[tier-review]")
{
    Fixture f;
    const QByteArray partner = f.silverPartner(f.ladder.levels.at(2).id); // at Gold, only Silver met
    f.recompute();
    const ProgramMember m = f.memberOf(partner);
    REQUIRE(m.pendingKind == QStringLiteral("demotion"));
    TierReview review(f.db);
    CHECK(review.approveUpgrade(m.id, by()).error().code == Error::Code::Conflict);
    CHECK(review.rejectUpgrade(m.id, because(QStringLiteral("x"))).error().code == Error::Code::Conflict);
    CHECK(review.keepLevel(m.id, by()).error().field == QStringLiteral("reason"));

    requireOk(review.keepLevel(m.id, because(QStringLiteral("New hires in training"))));
    const ProgramMember kept = f.memberOf(partner);
    CHECK(kept.levelId == f.ladder.levels.at(2).id);
    CHECK(kept.pendingKind.isEmpty());
    const TierEvent last = requireOk(review.history(partner)).first();
    CHECK(last.action == QStringLiteral("kept"));
    CHECK(last.fromLevelId == f.ladder.levels.at(2).id);
    CHECK(last.toLevelId == f.ladder.levels.at(1).id);
    CHECK(review.confirmDemotion(m.id, because(QStringLiteral("late"))).error().code == Error::Code::Conflict);
}

TEST_CASE("TIER-03 a decision on a withdrawn or replaced pending change is refused", "[tier-review]")
{
    Fixture f;
    const QByteArray partner = f.silverPartner(f.ladder.levels.at(0).id);
    f.recompute();
    const ProgramMember seen = f.memberOf(partner);
    REQUIRE(seen.pendingKind == QStringLiteral("upgrade"));
    TierReview review(f.db);

    SECTION("withdrawn by the engine")
    {
        const QList<Certification> certs = requireOk(CertificationRepository(f.db).ofPartner(partner));
        requireOk(CertificationRepository(f.db).revoke(certs.first().id, because(QStringLiteral("Invalid"))));
        f.recompute();
        const Status late = review.approveUpgrade(seen, by());
        REQUIRE_FALSE(late.ok());
        CHECK(late.error().code == Error::Code::Conflict);
        CHECK(review.approveUpgrade(seen.id, by()).error().code == Error::Code::Conflict);
        CHECK(f.memberOf(partner).levelId == f.ladder.levels.at(0).id);
    }
    SECTION("replaced by a newer proposal of the same kind")
    {
        // A CAM clears the proposal by hand; the next run proposes Silver again.
        requireOk(review.setLevel(seen.id, f.ladder.levels.at(0).id, because(QStringLiteral("reset"))));
        f.recompute(); // proposes Silver again, with a new pending_since
        const ProgramMember now = f.memberOf(partner);
        REQUIRE(now.pendingKind == QStringLiteral("upgrade"));
        REQUIRE(now.pendingSince != seen.pendingSince);
        const Status stale = review.approveUpgrade(seen, by());
        REQUIRE_FALSE(stale.ok());
        CHECK(stale.error().code == Error::Code::Conflict);
        requireOk(review.approveUpgrade(now, by()));
        CHECK(f.memberOf(partner).levelId == f.ladder.levels.at(1).id);
    }
}

TEST_CASE("TierReview setLevel needs a reason and a level of the member's program", "[tier-review]")
{
    Fixture f;
    const QByteArray partner = f.silverPartner(f.ladder.levels.at(0).id);
    const ProgramMember m = f.memberOf(partner);
    TierReview review(f.db);
    CHECK(review.setLevel(m.id, f.ladder.levels.at(3).id, by()).error().field == QStringLiteral("reason"));
    const Ladder other = program(f.db, false, QStringLiteral("USD"), QStringLiteral("Other"));
    CHECK(review.setLevel(m.id, other.levels.at(1).id, because(QStringLiteral("x"))).error().field
          == QStringLiteral("level_id"));
    CHECK_FALSE(review.setLevel(m.id, f.ladder.levels.at(0).id, because(QStringLiteral("same"))).ok());

    requireOk(review.setLevel(m.id, f.ladder.levels.at(3).id, because(QStringLiteral("Signed partner contract"))));
    ProgramMember after = f.memberOf(partner);
    CHECK(after.levelId == f.ladder.levels.at(3).id);
    CHECK(after.leadWeight == 60);
    CHECK(partnerTier(f.db, partner) == QStringLiteral("platinum"));
    TierEvent last = requireOk(review.history(partner)).first();
    CHECK(last.action == QStringLiteral("set"));
    CHECK(last.reason == QStringLiteral("Signed partner contract"));

    SECTION("an empty level removes the member's level and the partner's tier")
    {
        requireOk(review.setLevel(m.id, {}, because(QStringLiteral("Contract ended"))));
        after = f.memberOf(partner);
        CHECK(after.levelId.isEmpty());
        CHECK(after.leadWeight == 0);
        CHECK(partnerTier(f.db, partner).isEmpty());
    }
}
