// TierQuery: what the tier review screen reads. The review queue (TIER-02/03: pending upgrades and demotion reviews,
// oldest first, with reasons), the at-risk list (TIER-05, from the engine's tier_standing), one partner's standings
// against the next level ("what is missing", TIER-03: the next rung only) and its history (who, when, from, to, why),
// keyset paging that neither skips nor repeats a row, and the query plans the 50 ms first paint relies on.
// Memberships are written through RecordWriter (TrainingTestSupport) with their pending state set exactly, and
// tier_standing rows (local, TierEngine's) straight with SQL, so the queries are tested without running the engine.
#include "TrainingTestSupport.h"

#include "common/Money.h"
#include "common/Timestamp.h"
#include "support/TempDatabase.h"
#include "training/TierQuery.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <sqlite3.h>

using namespace ChannelDesk;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

const QDate Today(2027, 6, 15);

class Fixture
{
public:
    Fixture()
        : ladder(TrainingTest::program(temp.db()))
    {
    }

    Database& db() { return temp.db(); }

    QByteArray level(int rank) const { return ladder.levels.at(rank - 1).id; }

    /// A member of the ladder's program at `rank` (0 = not placed) with a pending change when `kind` is set.
    ProgramMember member(const QByteArray& partnerId, int rank, const QString& kind = {}, int toRank = 0,
                         const QDateTime& since = {}, const QStringList& reasons = {},
                         const QByteArray& programId = {})
    {
        ProgramMember m;
        m.partnerId = partnerId;
        m.programId = programId.isEmpty() ? ladder.program.id : programId;
        m.levelId = rank > 0 ? level(rank) : QByteArray();
        m.joinedOn = QDate(2027, 1, 1);
        m.pendingKind = kind;
        if (!kind.isEmpty()) {
            m.pendingLevelId = toRank > 0 ? level(toRank) : QByteArray();
            m.pendingSince = since;
            m.pendingReasons = reasonsToJson(reasons);
        }
        TrainingTest::writeRecord(db(), TrainingRecordIo::MemberEntity, m, programMemberFields());
        return m;
    }

    struct Standing
    {
        QByteArray partnerId {};
        QByteArray programId {};
        QByteArray levelId {};
        int certified = 0;
        bool atRisk = false;
        QDate atRiskOn {};
        QStringList reasons {};
        qint64 revenue = 0;
        QString tracks = QStringLiteral("{}");
        int approved = 0;
        int won = 0;
        qint64 points = 0;
        QByteArray qualifies {};
    };

    static Standing make(const QByteArray& partnerId, const QByteArray& programId, const QByteArray& levelId,
                         int certified, bool atRisk, const QDate& atRiskOn, const QStringList& reasons)
    {
        Standing st;
        st.partnerId = partnerId;
        st.programId = programId;
        st.levelId = levelId;
        st.certified = certified;
        st.atRisk = atRisk;
        st.atRiskOn = atRiskOn;
        st.reasons = reasons;
        return st;
    }

    void standing(const Standing& st)
    {
        QSqlQuery q(db().connection());
        q.prepare(s("INSERT OR REPLACE INTO tier_standing (partner_id, program_id, computed_at, as_of, level_id, "
                    "qualifies_level_id, revenue_minor, certified, track_counts, approved_registrations, closed_won, "
                    "points, at_risk, at_risk_on, at_risk_reasons) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(st.partnerId);
        q.addBindValue(st.programId.isEmpty() ? ladder.program.id : st.programId);
        q.addBindValue(Timestamp::toStorage(TrainingTest::at(2027, 6, 15, 8)));
        q.addBindValue(Timestamp::dateToStorage(Today));
        q.addBindValue(st.levelId.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(st.levelId));
        q.addBindValue(st.qualifies.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(st.qualifies));
        q.addBindValue(st.revenue);
        q.addBindValue(st.certified);
        q.addBindValue(st.tracks);
        q.addBindValue(st.approved);
        q.addBindValue(st.won);
        q.addBindValue(st.points);
        q.addBindValue(st.atRisk ? 1 : 0);
        q.addBindValue(st.atRiskOn.isValid() ? QVariant(Timestamp::dateToStorage(st.atRiskOn))
                                             : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(reasonsToJson(st.reasons));
        REQUIRE(q.exec());
    }

    void tombstone(const QString& table, const QByteArray& id)
    {
        QSqlQuery q(db().connection());
        q.prepare(s("UPDATE %1 SET deleted_at = ? WHERE id = ?").arg(table));
        q.addBindValue(Timestamp::toStorage(TrainingTest::at(2027, 6, 2)));
        q.addBindValue(id);
        REQUIRE(q.exec());
    }

    void event(const QByteArray& partnerId, const QDateTime& at, const QString& actor, const QString& action,
               const QByteArray& from, const QByteArray& to, const QString& reason)
    {
        TierEvent e;
        e.partnerId = partnerId;
        e.programId = ladder.program.id;
        e.at = at;
        e.actor = actor;
        e.action = action;
        e.fromLevelId = from;
        e.toLevelId = to;
        e.reason = reason;
        TrainingTest::writeRecord(db(), TrainingRecordIo::TierEventEntity, e, tierEventFields());
    }

    Test::TempDatabase temp;
    TrainingTest::Ladder ladder;
};

QList<QByteArray> memberIds(const QList<TierQueueRow>& rows)
{
    QList<QByteArray> ids;
    for (const TierQueueRow& row : rows)
        ids.append(row.memberId);
    return ids;
}

/// Every statement SQLite prepares on the connection while `body` runs.
template<class F>
QStringList statementsDuring(Database& db, F&& body)
{
    QStringList statements;
    sqlite3_trace_v2(
        db.handle(), SQLITE_TRACE_STMT,
        [](unsigned, void* context, void*, void* sql) {
            const char* text = static_cast<const char*>(sql);
            if (text && qstrncmp(text, "--", 2) != 0)
                static_cast<QStringList*>(context)->append(QString::fromUtf8(text));
            return 0;
        },
        &statements);
    body();
    sqlite3_trace_v2(db.handle(), 0, nullptr, nullptr);
    return statements;
}

QString planOf(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
    REQUIRE(q.exec());
    QStringList lines;
    while (q.next())
        lines.append(q.value(3).toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("TierQuery review queue lists pending upgrades and demotion reviews oldest first with reasons",
          "[tier-query]")
{
    // TIER-02 (upgrades wait for a CAM) and TIER-03 (demotions are a review, never silent).
    Fixture f;
    const QByteArray acme = TrainingTest::partner(f.db(), s("Acme Networks"));
    const QByteArray beta = TrainingTest::partner(f.db(), s("Beta Systems"));
    const QByteArray gamma = TrainingTest::partner(f.db(), s("Gamma Solutions"));
    const QByteArray delta = TrainingTest::partner(f.db(), s("Delta Ltd"));
    const ProgramMember up = f.member(acme, 1, s("upgrade"), 2, TrainingTest::at(2027, 6, 10, 9),
                                      { s("2 certified people of 2 needed"), s("Revenue 120,000.00 of 100,000.00") });
    const ProgramMember down = f.member(beta, 3, s("demotion"), 2, TrainingTest::at(2027, 6, 1, 9),
                                        { s("3 certified people of 4 needed") });
    f.member(gamma, 2); // nothing pending
    const ProgramMember unplaced = f.member(delta, 0, s("upgrade"), 1, TrainingTest::at(2027, 6, 14, 23, 30), { s("Entry level") });

    TierQueueFilter filter;
    filter.today = Today;
    const Result<QList<TierQueueRow>> rows = TierQuery(f.db()).reviewQueue(filter, 50);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3);
    CHECK(memberIds(*rows) == QList<QByteArray> { down.id, up.id, unplaced.id });

    const TierQueueRow& demotion = rows->at(0);
    CHECK(demotion.partnerId == beta);
    CHECK(demotion.partnerName == s("Beta Systems"));
    CHECK(demotion.programName == s("Partner Program"));
    CHECK(demotion.kind == s("demotion"));
    CHECK(demotion.levelName == s("Gold"));
    CHECK(demotion.levelRank == 3);
    CHECK(demotion.proposedLevelName == s("Silver"));
    CHECK(demotion.proposedRank == 2);
    CHECK(demotion.reasons.size() == 1);
    CHECK(demotion.reasons.value(0) == s("3 certified people of 4 needed"));
    CHECK(demotion.pendingSince == TrainingTest::at(2027, 6, 1, 9));

    const TierQueueRow& upgrade = rows->at(1);
    CHECK(upgrade.kind == s("upgrade"));
    CHECK(upgrade.levelName == s("Registered"));
    CHECK(upgrade.proposedLevelName == s("Silver"));
    CHECK(upgrade.reasons.size() == 2);
    CHECK(rows->at(2).levelId.isEmpty());
    CHECK(rows->at(2).levelName.isEmpty());

    CHECK(TierQuery(f.db()).reviewQueueCount(filter).value() == 3);
    filter.kind = s("demotion");
    CHECK(TierQuery(f.db()).reviewQueueCount(filter).value() == 1);
    CHECK(memberIds(TierQuery(f.db()).reviewQueue(filter, 50).value()) == QList<QByteArray> { down.id });
    filter.kind = s("upgrade");
    CHECK(memberIds(TierQuery(f.db()).reviewQueue(filter, 50).value()) == QList<QByteArray> { up.id, unplaced.id });

    // One member's row, and none once nothing waits for it.
    const Result<TierQueueRow> one = TierQuery(f.db()).queueRow(up.id, Today);
    REQUIRE(one.ok());
    CHECK(one->partnerName == s("Acme Networks"));
    const Result<TierQueueRow> none = TierQuery(f.db()).queueRow(f.member(TrainingTest::partner(f.db(), s("Epsilon")), 2).id);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == Error::Code::NotFound);
}

TEST_CASE("TierQuery review queue age counts the user's local days in more than one time zone", "[tier-query]")
{
    // Pending since 2027-06-14 23:30 UTC: in Berlin that is already the 15th (age 0 on the 15th), in New York it is
    // still the 14th (age 1).
    Fixture f;
    const QByteArray acme = TrainingTest::partner(f.db(), s("Acme Networks"));
    f.member(acme, 1, s("upgrade"), 2, TrainingTest::at(2027, 6, 14, 23, 30), { s("met") });
    TierQueueFilter filter;
    filter.today = Today;
    TrainingTest::inTimeZone("Europe/Berlin", [&] {
        CHECK(TierQuery(f.db()).reviewQueue(filter, 10).value().value(0).ageDays == 0);
        filter.today = Today.addDays(-1); // the day before: not negative
        CHECK(TierQuery(f.db()).reviewQueue(filter, 10).value().value(0).ageDays == 0);
        filter.today = Today.addDays(1);
        CHECK(TierQuery(f.db()).reviewQueue(filter, 10).value().value(0).ageDays == 1);
    });
    filter.today = Today;
    TrainingTest::inTimeZone("America/New_York", [&] {
        CHECK(TierQuery(f.db()).reviewQueue(filter, 10).value().value(0).ageDays == 1);
    });
}

TEST_CASE("TierQuery review queue leaves out deleted partners and members and filters by program", "[tier-query]")
{
    Fixture f;
    const TrainingTest::Ladder other = TrainingTest::program(f.db(), false, s("EUR"), s("Cloud Program"));
    const QByteArray acme = TrainingTest::partner(f.db(), s("Acme Networks"));
    const QByteArray gone = TrainingTest::partner(f.db(), s("Gone GmbH"));
    const QByteArray left = TrainingTest::partner(f.db(), s("Left Ltd"));
    const ProgramMember main = f.member(acme, 1, s("upgrade"), 2, TrainingTest::at(2027, 6, 3), { s("a") });
    ProgramMember cloud;
    cloud.partnerId = acme;
    cloud.programId = other.program.id;
    cloud.levelId = other.levels.at(0).id;
    cloud.pendingKind = s("upgrade");
    cloud.pendingLevelId = other.levels.at(1).id;
    cloud.pendingSince = TrainingTest::at(2027, 6, 4);
    TrainingTest::writeRecord(f.db(), TrainingRecordIo::MemberEntity, cloud, programMemberFields());
    f.member(gone, 1, s("upgrade"), 2, TrainingTest::at(2027, 6, 2), { s("b") });
    const ProgramMember leftMember = f.member(left, 3, s("demotion"), 2, TrainingTest::at(2027, 6, 1), { s("c") });
    f.tombstone(s("partner"), gone);
    f.tombstone(s("program_member"), leftMember.id);

    TierQueueFilter filter;
    filter.today = Today;
    CHECK(memberIds(TierQuery(f.db()).reviewQueue(filter, 50).value()) == QList<QByteArray> { main.id, cloud.id });
    // The count is the pending index's: live memberships, whatever became of their partner since.
    CHECK(TierQuery(f.db()).reviewQueueCount(filter).value() == 3);
    filter.programId = other.program.id;
    const QList<TierQueueRow> rows = TierQuery(f.db()).reviewQueue(filter, 50).value();
    CHECK(memberIds(rows) == QList<QByteArray> { cloud.id });
    CHECK(rows.value(0).programName == s("Cloud Program"));
    CHECK(TierQuery(f.db()).reviewQueueCount(filter).value() == 1);

    const QList<TierProgramChoice> programs = TierQuery(f.db()).programs().value();
    REQUIRE(programs.size() == 2);
    CHECK(programs.at(0).name == s("Cloud Program"));
    CHECK(programs.at(1).name == s("Partner Program"));
}

TEST_CASE("TierQuery review queue pages neither skip nor repeat rows with equal pending times", "[tier-query]")
{
    Fixture f;
    QList<QByteArray> expected;
    // Three share one instant, one has none (a pulled row): the keyset (pending_since, local_id) orders them all.
    const QList<QDateTime> times { TrainingTest::at(2027, 6, 5), TrainingTest::at(2027, 6, 3), TrainingTest::at(2027, 6, 3),
                                   QDateTime(), TrainingTest::at(2027, 6, 3), TrainingTest::at(2027, 6, 9),
                                   TrainingTest::at(2027, 6, 1) };
    QList<ProgramMember> members;
    for (int i = 0; i < times.size(); ++i)
        members.append(f.member(TrainingTest::partner(f.db(), s("Partner %1").arg(i)), 1, s("upgrade"), 2, times.at(i), { s("r") }));
    // Expected order: NULL first (SQLite), then by time, ties by insertion order.
    expected = { members[3].id, members[6].id, members[1].id, members[2].id, members[4].id, members[0].id, members[5].id };

    for (int pageSize : { 1, 2, 3, 7, 10 }) {
        TierQueueFilter filter;
        filter.today = Today;
        QList<QByteArray> seen;
        QList<TierQueueRow> page = TierQuery(f.db()).reviewQueue(filter, pageSize).value();
        int pages = 0;
        while (!page.isEmpty() && pages < 20) {
            ++pages;
            seen += memberIds(page);
            const TierQueueRow last = page.constLast();
            page = TierQuery(f.db()).reviewQueue(filter, pageSize, &last).value();
        }
        INFO("page size " << pageSize);
        CHECK(seen == expected);
    }
}

TEST_CASE("TierQuery at-risk list reads the engine's standings soonest first with certified now and needed",
          "[tier-query]")
{
    // TIER-05: who falls below its level's criteria when certificates expire within the horizon.
    Fixture f;
    const QByteArray acme = TrainingTest::partner(f.db(), s("Acme Networks"));
    const QByteArray beta = TrainingTest::partner(f.db(), s("Beta Systems"));
    const QByteArray gamma = TrainingTest::partner(f.db(), s("Gamma Solutions"));
    const QByteArray safe = TrainingTest::partner(f.db(), s("Safe Co"));
    f.member(acme, 2);
    f.member(beta, 3);
    f.member(gamma, 2);
    f.member(safe, 2);
    f.standing(Fixture::make(acme, {}, f.level(2), 2, true, QDate(2027, 7, 20), { s("1 certified person of 2 needed") }));
    f.standing(Fixture::make(beta, {}, f.level(3), 4, true, QDate(2027, 6, 30), { s("3 certified people of 4 needed"), s("1 in Security of 2 needed") }));
    f.standing(Fixture::make(gamma, {}, f.level(2), 3, true, QDate(2027, 9, 1), { s("1 certified person of 2 needed") }));
    f.standing(Fixture::make(safe, {}, f.level(2), 5, false, {}, {}));

    TierAtRiskFilter filter;
    filter.today = Today;
    const QList<TierAtRiskRow> rows = TierQuery(f.db()).atRisk(filter, 50).value();
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).partnerId == beta);
    CHECK(rows.at(1).partnerId == acme);
    CHECK(rows.at(2).partnerId == gamma);
    const TierAtRiskRow& first = rows.at(0);
    CHECK(first.partnerName == s("Beta Systems"));
    CHECK(first.programName == s("Partner Program"));
    CHECK(first.levelName == s("Gold"));
    CHECK(first.atRiskOn == QDate(2027, 6, 30));
    CHECK(first.daysLeft == 15);
    CHECK(first.certifiedNow == 4);
    CHECK(first.certifiedNeeded == std::optional<int>(4));
    CHECK(first.reasons.size() == 2);
    CHECK(first.asOf == Today);
    CHECK(TierQuery(f.db()).atRiskCount(filter).value() == 3);

    // The horizon boundary: a row at risk on the last day of the window is in, the day after is out.
    filter.until = QDate(2027, 7, 20);
    CHECK(TierQuery(f.db()).atRiskCount(filter).value() == 2);
    filter.until = QDate(2027, 7, 19);
    CHECK(TierQuery(f.db()).atRiskCount(filter).value() == 1);
    const QList<TierAtRiskRow> narrow = TierQuery(f.db()).atRisk(filter, 50).value();
    REQUIRE(narrow.size() == 1);
    CHECK(narrow.at(0).partnerId == beta);

    // Pages continue after the last row.
    filter.until = {};
    const QList<TierAtRiskRow> firstPage = TierQuery(f.db()).atRisk(filter, 2).value();
    REQUIRE(firstPage.size() == 2);
    const TierAtRiskRow last = firstPage.constLast();
    const QList<TierAtRiskRow> secondPage = TierQuery(f.db()).atRisk(filter, 2, &last).value();
    REQUIRE(secondPage.size() == 1);
    CHECK(secondPage.at(0).partnerId == gamma);

    // A level without a minimum of certified people has no "needed".
    const QByteArray registered = TrainingTest::partner(f.db(), s("Registered Only"));
    f.member(registered, 1);
    f.standing(Fixture::make(registered, {}, f.level(1), 0, true, QDate(2027, 8, 1), { s("points") }));
    const int row = [&] {
        const QList<TierAtRiskRow> all = TierQuery(f.db()).atRisk(filter, 50).value();
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).partnerId == registered)
                return i;
        }
        return -1;
    }();
    REQUIRE(row >= 0);
    CHECK_FALSE(TierQuery(f.db()).atRisk(filter, 50).value().at(row).certifiedNeeded.has_value());
}

TEST_CASE("TierQuery at-risk list leaves out deleted partners and members who left", "[tier-query]")
{
    Fixture f;
    const QByteArray acme = TrainingTest::partner(f.db(), s("Acme Networks"));
    const QByteArray gone = TrainingTest::partner(f.db(), s("Gone GmbH"));
    const QByteArray left = TrainingTest::partner(f.db(), s("Left Ltd"));
    f.member(acme, 2);
    f.member(gone, 2);
    const ProgramMember leftMember = f.member(left, 2);
    for (const QByteArray& partner : { acme, gone, left })
        f.standing(Fixture::make(partner, {}, f.level(2), 2, true, QDate(2027, 7, 1), { s("r") }));
    f.tombstone(s("partner"), gone);
    f.tombstone(s("program_member"), leftMember.id);
    TierAtRiskFilter filter;
    filter.today = Today;
    const QList<TierAtRiskRow> rows = TierQuery(f.db()).atRisk(filter, 50).value();
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).partnerId == acme);
    // The count is the at-risk index's, until the next engine run removes the stale standings.
    CHECK(TierQuery(f.db()).atRiskCount(filter).value() == 3);
}

TEST_CASE("TierQuery standings name what the next level still needs", "[tier-query]")
{
    // TIER-03: the next rung is the only one a member can move to, so "what is missing" is measured against it.
    Fixture f;
    const QByteArray acme = TrainingTest::partner(f.db(), s("Acme Networks"));
    const ProgramMember m = f.member(acme, 1, s("upgrade"), 2, TrainingTest::at(2027, 6, 10), { s("x") });
    Fixture::Standing st = Fixture::make(acme, {}, f.level(1), 1, false, {}, {});
    st.revenue = 150'000'00; // Silver needs 100,000.00: met
    st.qualifies = f.level(1);
    f.standing(st);

    const QList<TierStanding> standings = TierQuery(f.db()).standings(acme).value();
    REQUIRE(standings.size() == 1);
    const TierStanding& one = standings.at(0);
    CHECK(one.memberId == m.id);
    CHECK(one.programName == s("Partner Program"));
    CHECK(one.currency == s("USD"));
    REQUIRE(one.current.has_value());
    CHECK(one.current->name == s("Registered"));
    REQUIRE(one.next.has_value());
    CHECK(one.next->name == s("Silver"));
    CHECK(one.pendingKind == s("upgrade"));
    CHECK(one.pendingLevelName == s("Silver"));
    CHECK(one.qualifiesLevelName == s("Registered"));
    CHECK(one.measured);
    CHECK(one.metrics.certifiedPeople == 1);
    CHECK(one.metrics.revenueMinor == 150'000'00);
    CHECK(one.asOf == Today);
    // Silver: 2 certified people (1: missing), revenue (met).
    CHECK(one.nextMissing.size() == 1);
    REQUIRE(one.nextMet.size() == 1);
    CHECK(one.currentUnmet.isEmpty());
    // Money in the sentences is the program's currency, not a count of minor units ("15,000,000").
    CHECK(one.metrics.currency == s("USD"));
    CHECK(one.nextMet.at(0).contains(Money { 150'000'00, s("USD") }.format(QLocale())));
    CHECK(one.nextMet.at(0).contains(Money { 100'000'00, s("USD") }.format(QLocale())));

    // At the top there is no next level; criteria of the current level no longer met are named instead.
    const QByteArray top = TrainingTest::partner(f.db(), s("Top Partner"));
    f.member(top, 4);
    Fixture::Standing topStanding = Fixture::make(top, {}, f.level(4), 8, true, QDate(2027, 7, 1), { s("7 of 8") });
    topStanding.revenue = 1'000'000'00; // Platinum needs 2,000,000.00
    topStanding.approved = 5;
    topStanding.points = 1000;
    f.standing(topStanding);
    const TierStanding atTop = TierQuery(f.db()).standings(top).value().value(0);
    CHECK_FALSE(atTop.next.has_value());
    CHECK(atTop.currentUnmet.size() == 1);
    CHECK(atTop.atRisk);
    CHECK(atTop.atRiskOn == QDate(2027, 7, 1));
    CHECK(atTop.atRiskReasons == QStringList { s("7 of 8") });

    // Not evaluated yet (no standing row): nothing is claimed to be missing.
    const QByteArray fresh = TrainingTest::partner(f.db(), s("Fresh Partner"));
    f.member(fresh, 0);
    const TierStanding unmeasured = TierQuery(f.db()).standings(fresh).value().value(0);
    CHECK_FALSE(unmeasured.measured);
    CHECK_FALSE(unmeasured.current.has_value());
    REQUIRE(unmeasured.next.has_value());
    CHECK(unmeasured.next->name == s("Registered"));
    CHECK(unmeasured.nextMissing.isEmpty());

    CHECK(TierQuery(f.db()).standings(TrainingTest::partner(f.db(), s("No Program"))).value().isEmpty());
}

TEST_CASE("TierQuery history is newest first with level names even of deleted levels", "[tier-query]")
{
    Fixture f;
    const QByteArray acme = TrainingTest::partner(f.db(), s("Acme Networks"));
    f.member(acme, 2);
    f.event(acme, TrainingTest::at(2027, 1, 1), s("anna"), s("joined"), {}, f.level(1), {});
    f.event(acme, TrainingTest::at(2027, 3, 1), s("system"), s("proposed"), f.level(1), f.level(2), s("criteria met"));
    f.event(acme, TrainingTest::at(2027, 3, 2), s("anna"), s("approved"), f.level(1), f.level(2), s("Good quarter"));
    f.event(TrainingTest::partner(f.db(), s("Other")), TrainingTest::at(2027, 3, 3), s("anna"), s("joined"), {}, f.level(1), {});
    f.tombstone(s("tier_level"), f.level(1));

    const QList<TierHistoryRow> rows = TierQuery(f.db()).history(acme).value();
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).action == s("approved"));
    CHECK(rows.at(0).actor == s("anna"));
    CHECK(rows.at(0).at == TrainingTest::at(2027, 3, 2));
    CHECK(rows.at(0).fromLevelName == s("Registered"));
    CHECK(rows.at(0).toLevelName == s("Silver"));
    CHECK(rows.at(0).reason == s("Good quarter"));
    CHECK(rows.at(0).programName == s("Partner Program"));
    CHECK(rows.at(1).action == s("proposed"));
    CHECK(rows.at(1).actor == s("system"));
    CHECK(rows.at(2).action == s("joined"));
    CHECK(rows.at(2).fromLevelName.isEmpty());
}

TEST_CASE("TierQuery first pages walk partial indexes instead of sorting", "[tier-query][plan]")
{
    // The 50 ms first paint on 100,000 members: the queue's page is a walk of program_member's pending index in
    // pending_since order and the at-risk page one of tier_standing's at-risk index; neither sorts, neither scans.
    Fixture f;
    const QByteArray acme = TrainingTest::partner(f.db(), s("Acme Networks"));
    f.member(acme, 1, s("upgrade"), 2, TrainingTest::at(2027, 6, 10), { s("x") });
    f.standing(Fixture::make(acme, {}, f.level(1), 1, true, QDate(2027, 7, 1), { s("y") }));

    const auto check = [&](const QStringList& statements, const QString& index) {
        REQUIRE_FALSE(statements.isEmpty());
        for (const QString& sql : statements) {
            const QString plan = planOf(f.db(), sql);
            INFO(sql.toStdString() << "\n" << plan.toStdString());
            CHECK(plan.contains(index));
            CHECK_FALSE(plan.contains(s("TEMP B-TREE")));
            // Every table is reached through an index: a bare "SCAN t" would read the whole table.
            for (const QString& line : plan.split(QLatin1Char('\n')))
                CHECK_FALSE((line.startsWith(s("SCAN ")) && !line.contains(s(" USING "))));
        }
    };

    TierQueueFilter queue;
    queue.today = Today;
    check(statementsDuring(f.db(), [&] { (void)TierQuery(f.db()).reviewQueue(queue, 200); }),
          s("program_member_review_queue"));
    const TierQueueRow last = TierQuery(f.db()).reviewQueue(queue, 200).value().constLast();
    check(statementsDuring(f.db(), [&] { (void)TierQuery(f.db()).reviewQueue(queue, 200, &last); }),
          s("program_member_review_queue"));
    check(statementsDuring(f.db(), [&] { (void)TierQuery(f.db()).reviewQueueCount(queue); }),
          s("program_member_review_queue"));
    queue.kind = s("demotion"); // either pending index serves one kind in order
    check(statementsDuring(f.db(), [&] { (void)TierQuery(f.db()).reviewQueue(queue, 200); }), s("program_member_"));
    check(statementsDuring(f.db(), [&] { (void)TierQuery(f.db()).reviewQueue(queue, 200, &last); }), s("program_member_"));

    TierAtRiskFilter risk;
    risk.today = Today;
    risk.until = Today.addDays(90);
    check(statementsDuring(f.db(), [&] { (void)TierQuery(f.db()).atRisk(risk, 200); }), s("tier_standing_at_risk"));
    check(statementsDuring(f.db(), [&] { (void)TierQuery(f.db()).atRiskCount(risk); }), s("tier_standing_at_risk"));
}
