// DealQuery: the deals list's filter (every DealFilter field) and sort turned into SQL with bound values only
// (DR-08 expiring view, DR-13 waiting for me, PIPE-03 past close / stalled / converted, PIPE-04/06 dimensions).
#include "common/TextFold.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "deals/DealQuery.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "support/TempDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <optional>

using namespace ChannelDesk;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

const QDate Today(2026, 11, 27);

struct Row
{
    QString kind = QStringLiteral("registration");
    QString status = QStringLiteral("draft");
    QString closure;
    QByteArray partner;
    QString partnerName;
    QString cam;
    QString approver;
    QString customer = QStringLiteral("Customer");
    QString stage = QStringLiteral("qualification");
    std::optional<qint64> amount = 0;
    QDate close;
    QDate expires;
    QDateTime submitted;
    int updatedDaysAgo = 1;
    bool converted = false;
    bool deleted = false;
};

/// The deals below, by local id (1-based, insertion order).
class Fixture
{
public:
    Fixture()
    {
        p1 = partner(s("Müller Systems"), s("gold"), s("DE"), s("West"));
        p2 = partner(s("Công ty Đông Á"), s("silver"), s("VN"), s("South"));
        p3 = partner(s("Omega Partners"), QString(), s("US"), QString());
        auto now = [](int daysAgo) { return QDateTime::currentDateTimeUtc().addDays(-daysAgo); };
        Row r;
        // 1: submitted registration.
        r = base(p1, s("Müller Systems"), s("anna"));
        r.status = s("submitted");
        r.customer = s("Acme Widgets");
        r.stage = s("proposal");
        r.amount = 5000;
        r.close = QDate(2026, 12, 10);
        r.submitted = now(20);
        add(r);
        // 2: pending approval, no approver: the CAM decides. Past close, stalled.
        r = base(p2, s("Công ty Đông Á"), s("bao"));
        r.status = s("pending_approval");
        r.customer = s("Zeta 50 Corp");
        r.amount = 7000;
        r.close = QDate(2026, 10, 1);
        r.submitted = now(45);
        r.updatedDaysAgo = 40;
        add(r);
        // 3: pending approval escalated to carl; its CAM bao no longer decides.
        r = base(p1, s("Müller Systems"), s("bao"));
        r.status = s("pending_approval");
        r.approver = s("carl");
        r.amount = 300;
        r.close = QDate(2027, 1, 15);
        r.submitted = now(3);
        add(r);
        // 4: approved, expires in 10 days.
        r = base(p2, s("Công ty Đông Á"), s("carl"));
        r.status = s("approved");
        r.amount = 7000; // ties with 2 on amount
        r.close = QDate(2027, 2, 1);
        r.expires = Today.addDays(10);
        r.stage = s("commit");
        add(r);
        // 5: approved, expires in 20 days.
        r = base(p3, s("Omega Partners"), s("anna"));
        r.status = s("approved");
        r.customer = s("Xqz Labs");
        r.expires = Today.addDays(20);
        r.close = QDate(2026, 12, 31);
        add(r);
        // 6: approved, expired yesterday but not yet closed by the expiry job.
        r = base(p1, s("Müller Systems"), s("bao"));
        r.status = s("approved");
        r.expires = Today.addDays(-1);
        r.close = QDate(2026, 11, 1);
        add(r);
        // 7: draft.
        r = base(p3, s("Omega Partners"), s("anna"));
        r.amount.reset();
        add(r);
        // 8: open opportunity from a registration; stalled.
        r = base(p2, s("Công ty Đông Á"), s("bao"));
        r.kind = s("opportunity");
        r.status = s("open");
        r.stage = s("commit");
        r.amount = 12000;
        r.close = QDate(2026, 11, 30);
        r.converted = true;
        r.updatedDaysAgo = 100;
        add(r);
        // 9: won opportunity from a registration.
        r = base(p1, s("Müller Systems"), s("anna"));
        r.kind = s("opportunity");
        r.status = s("won");
        r.amount = 20000;
        r.close = QDate(2026, 8, 1);
        r.converted = true;
        add(r);
        // 10: lost opportunity.
        r = base(p3, s("Omega Partners"), s("carl"));
        r.kind = s("opportunity");
        r.status = s("lost");
        r.close = QDate(2026, 9, 9);
        add(r);
        // 11: closed as converted, with an expiry in the window (not approved any more).
        r = base(p2, s("Công ty Đông Á"), s("anna"));
        r.status = s("closed");
        r.closure = s("converted");
        r.expires = Today.addDays(5);
        add(r);
        // 12: a tombstoned approved registration: never listed.
        r = base(p1, s("Müller Systems"), s("anna"));
        r.status = s("approved");
        r.expires = Today.addDays(3);
        r.customer = s("Acme Widgets");
        r.deleted = true;
        add(r);
        // 13: open opportunity without close date and CAM.
        r = base(p1, s("Müller Systems"), QString());
        r.kind = s("opportunity");
        r.status = s("open");
        r.amount = 300; // ties with 3
        add(r);
    }

    QList<qint64> ids(const DealFilter& filter, DealSort sort = DealSort::Number, bool descending = false,
                      int stalledDays = 30)
    {
        DealFilter f = filter;
        if (!f.today.isValid())
            f.today = Today;
        const DealSql sql = DealQuery::build(f, sort, descending, stalledDays);
        QSqlQuery query(temp.db().connection());
        REQUIRE(query.prepare(QStringLiteral("SELECT d.local_id FROM deal d JOIN partner p ON p.id = d.partner_id WHERE ")
                              + sql.where + QStringLiteral(" ORDER BY ") + sql.orderBy));
        for (const QVariant& value : sql.values)
            query.addBindValue(value);
        if (!query.exec())
            FAIL(query.lastError().text().toStdString());
        QList<qint64> result;
        while (query.next())
            result.append(query.value(0).toLongLong());
        return result;
    }

    /// Ids matching, in local id order.
    QList<qint64> matching(const DealFilter& filter)
    {
        QList<qint64> result = ids(filter);
        std::sort(result.begin(), result.end());
        return result;
    }

    Test::TempDatabase temp;
    QByteArray p1, p2, p3;

private:
    QByteArray partner(const QString& name, const QString& tier, const QString& country, const QString& region)
    {
        Partner p;
        p.name = name;
        p.tier = tier;
        p.country = country;
        p.region = region;
        auto created = PartnerRepository(temp.db()).create(p);
        REQUIRE(created.ok());
        return created.value().id;
    }

    static Row base(const QByteArray& partner, const QString& partnerName, const QString& cam)
    {
        Row r;
        r.partner = partner;
        r.partnerName = partnerName;
        r.cam = cam;
        return r;
    }

    void add(const Row& r)
    {
        const QString number = QStringLiteral("DR-%1").arg(++m_count, 3, 10, QLatin1Char('0'));
        const QVariant nullText(QMetaType(QMetaType::QString));
        QSqlQuery query(temp.db().connection());
        query.prepare(QStringLiteral(
            "INSERT INTO deal (id, kind, number, partner_id, cam, approver, customer_name, amount_minor, currency, "
            "expected_close, sales_stage, status, closure_code, submitted_at, expires_on, registration_id, created_at, "
            "updated_at, deleted_at, customer_key, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'USD', ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?)"));
        const QString updated = Timestamp::toStorage(QDateTime::currentDateTimeUtc().addDays(-r.updatedDaysAgo));
        query.addBindValue(Uuid::createV7());
        query.addBindValue(r.kind);
        query.addBindValue(number);
        query.addBindValue(r.partner);
        query.addBindValue(r.cam.isNull() ? s("") : r.cam);
        query.addBindValue(r.approver.isNull() ? s("") : r.approver);
        query.addBindValue(r.customer);
        query.addBindValue(r.amount ? QVariant(*r.amount) : QVariant(QMetaType(QMetaType::LongLong)));
        query.addBindValue(r.close.isValid() ? QVariant(Timestamp::dateToStorage(r.close)) : nullText);
        query.addBindValue(r.stage);
        query.addBindValue(r.status);
        query.addBindValue(r.closure.isNull() ? s("") : r.closure);
        query.addBindValue(r.submitted.isValid() ? QVariant(Timestamp::toStorage(r.submitted)) : nullText);
        query.addBindValue(r.expires.isValid() ? QVariant(Timestamp::dateToStorage(r.expires)) : nullText);
        query.addBindValue(r.converted ? QVariant(Uuid::createV7()) : QVariant(QMetaType(QMetaType::QByteArray)));
        query.addBindValue(updated);
        query.addBindValue(updated);
        query.addBindValue(r.deleted ? QVariant(Timestamp::nowUtc()) : nullText);
        query.addBindValue(TextFold::fold(r.customer));
        // As DealRepository::localColumns writes it: folded words of number, customer, partner name.
        query.addBindValue(TextFold::words(QString(number + QLatin1Char(' ') + r.customer + QLatin1Char(' ') + r.partnerName))
                               .join(QLatin1Char(' ')));
        if (!query.exec())
            FAIL(query.lastError().text().toStdString());
    }

    int m_count = 0;
};

using Ids = QList<qint64>;

} // namespace

TEST_CASE("deal filter without conditions lists every live deal and binds values only", "[deals][query]")
{
    Fixture f;
    CHECK(f.matching({}) == Ids { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13 });
    DealFilter filter;
    filter.search = s("x'); DROP TABLE deal; --");
    filter.cams = { s("o'brien") };
    const DealSql sql = DealQuery::build(filter, DealSort::Number, false);
    CHECK_FALSE(sql.where.contains(s("DROP")));
    CHECK_FALSE(sql.where.contains(s("o'brien")));
    CHECK(sql.where.startsWith(s("d.deleted_at IS NULL")));
    CHECK(f.matching(filter).isEmpty());
}

TEST_CASE("deal filter by kind status close range partner tier country region CAM and stage", "[deals][query][PIPE-04][PIPE-06]")
{
    Fixture f;
    DealFilter kind;
    kind.kind = s("opportunity");
    CHECK(f.matching(kind) == Ids { 8, 9, 10, 13 });
    kind.kind = s("registration");
    CHECK(f.matching(kind) == Ids { 1, 2, 3, 4, 5, 6, 7, 11 });

    DealFilter statuses;
    statuses.statuses = { s("approved") };
    CHECK(f.matching(statuses) == Ids { 4, 5, 6 });
    statuses.statuses = { s("open"), s("won") };
    CHECK(f.matching(statuses) == Ids { 8, 9, 13 });

    DealFilter range;
    range.closeFrom = QDate(2026, 11, 30);
    CHECK(f.matching(range) == Ids { 1, 3, 4, 5, 8 }); // no close date: never in a range
    range.closeTo = QDate(2026, 12, 31);
    CHECK(f.matching(range) == Ids { 1, 5, 8 }); // both ends inclusive
    range.closeFrom = QDate();
    range.closeTo = QDate(2026, 10, 1);
    CHECK(f.matching(range) == Ids { 2, 9, 10 });

    DealFilter partners;
    partners.partnerIds = { f.p2 };
    CHECK(f.matching(partners) == Ids { 2, 4, 8, 11 });
    partners.partnerIds = { f.p2, f.p3 };
    CHECK(f.matching(partners) == Ids { 2, 4, 5, 7, 8, 10, 11 });

    DealFilter tiers;
    tiers.tiers = { s("gold") };
    CHECK(f.matching(tiers) == Ids { 1, 3, 6, 9, 13 });
    tiers.tiers = { s("") }; // no tier
    CHECK(f.matching(tiers) == Ids { 5, 7, 10 });
    tiers.tiers = { QString() }; // a null string means no tier too
    CHECK(f.matching(tiers) == Ids { 5, 7, 10 });

    DealFilter countries;
    countries.countries = { s("VN"), s("US") };
    CHECK(f.matching(countries) == Ids { 2, 4, 5, 7, 8, 10, 11 });
    DealFilter regions;
    regions.regions = { s("South") };
    CHECK(f.matching(regions) == Ids { 2, 4, 8, 11 });

    DealFilter cams;
    cams.cams = { s("carl") };
    CHECK(f.matching(cams) == Ids { 4, 10 });
    cams.cams = { s("") };
    CHECK(f.matching(cams) == Ids { 13 });

    DealFilter stage;
    stage.salesStage = s("commit");
    CHECK(f.matching(stage) == Ids { 4, 8 });

    DealFilter combined;
    combined.tiers = { s("gold") };
    combined.cams = { s("bao") };
    combined.kind = s("registration");
    CHECK(f.matching(combined) == Ids { 3, 6 });
}

TEST_CASE("deal filter by quarter of expected close", "[deals][query][PIPE-02]")
{
    Fixture f;
    DealFilter quarter;
    quarter.quarter = s("2026-Q4");
    CHECK(f.matching(quarter) == Ids { 1, 2, 5, 6, 8 });
    quarter.quarter = s("2027-Q1");
    CHECK(f.matching(quarter) == Ids { 3, 4 });
    quarter.quarter = s("2026-Q3");
    CHECK(f.matching(quarter) == Ids { 9, 10 });
    quarter.quarter = s("2026-Q5");
    CHECK(f.matching(quarter).isEmpty()); // malformed: nothing, not everything
    CHECK(DealQuery::quarterKey(QDate(2026, 12, 31)) == s("2026-Q4"));
    CHECK(DealQuery::quarterKey(QDate(2027, 1, 1)) == s("2027-Q1"));
    CHECK(DealQuery::quarterRange(s("2024-Q1")) == std::pair(QDate(2024, 1, 1), QDate(2024, 3, 31)));
    CHECK(DealQuery::quarterRange(s("2026-Q4")) == std::pair(QDate(2026, 10, 1), QDate(2026, 12, 31)));
    CHECK_FALSE(DealQuery::quarterRange(s("Q4 2026")).first.isValid());
}

TEST_CASE("PIPE-03 open past close stalled and converted deals", "[deals][query][PIPE-03]")
{
    Fixture f;
    DealFilter open;
    open.openOnly = true; // registrations submitted…approved and open opportunities (DealWorkflow::isOpen)
    CHECK(f.matching(open) == Ids { 1, 2, 3, 4, 5, 6, 8, 13 });

    DealFilter past;
    past.pastClose = true;
    CHECK(f.matching(past) == Ids { 2, 6 }); // 9 and 10 closed before today but are not open
    past.today = QDate(2026, 12, 31);
    CHECK(f.matching(past) == Ids { 1, 2, 6, 8 }); // closing on the reference day itself is not past

    DealFilter stalled;
    stalled.stalled = true;
    stalled.today = QDate::currentDate();
    CHECK(f.matching(stalled) == Ids { 2, 8 });
    CHECK(f.ids(stalled, DealSort::Number, false, 60) == Ids { 8 });
    CHECK(f.ids(stalled, DealSort::Number, false, 0) == Ids { 1, 2, 3, 4, 5, 6, 8, 13 });

    DealFilter converted;
    converted.convertedOnly = true;
    CHECK(f.matching(converted) == Ids { 8, 9 });
    converted.openOnly = true;
    CHECK(f.matching(converted) == Ids { 8 });
}

TEST_CASE("DR-08 expiring within N days lists approved registrations only", "[deals][query][DR-08]")
{
    Fixture f;
    DealFilter expiring;
    expiring.expiringWithinDays = 14;
    CHECK(f.matching(expiring) == Ids { 4, 6 }); // 6 is past its expiry but still approved: most urgent
    expiring.expiringWithinDays = 20;
    CHECK(f.matching(expiring) == Ids { 4, 5, 6 });
    expiring.expiringWithinDays = 0;
    CHECK(f.matching(expiring) == Ids { 6 });
    expiring.expiringWithinDays = -1; // off
    CHECK(f.matching(expiring).size() == 12);
}

TEST_CASE("DR-13 waiting for me: the approver or the CAM when there is no approver", "[deals][query][DR-13]")
{
    Fixture f;
    DealFilter waiting;
    waiting.waitingFor = s("bao");
    CHECK(f.matching(waiting) == Ids { 2 }); // not 3: escalated to carl; not 6 or 8: not pending
    waiting.waitingFor = s("carl");
    CHECK(f.matching(waiting) == Ids { 3 }); // not 4: carl's deal is approved already
    waiting.waitingFor = s("anna");
    CHECK(f.matching(waiting).isEmpty());
}

TEST_CASE("deal search matches word prefixes folded and treats LIKE wildcards as text", "[deals][query][search]")
{
    Fixture f;
    DealFilter search;
    search.search = s("acme");
    CHECK(f.matching(search) == Ids { 1 }); // 12 is tombstoned
    search.search = s("ACM wid");
    CHECK(f.matching(search) == Ids { 1 });
    search.search = s("idgets"); // not a word prefix
    CHECK(f.matching(search).isEmpty());
    search.search = s("đông");
    CHECK(f.matching(search) == Ids { 2, 4, 8, 11 });
    search.search = s("DONG a");
    CHECK(f.matching(search) == Ids { 2, 4, 8, 11 });
    search.search = s("muller dr 003");
    CHECK(f.matching(search) == Ids { 3 });
    search.search = s("dr-0");
    CHECK(f.matching(search).size() == 12);
    search.search = s("dr-00"); // DR-010, DR-011 and DR-013 have no word starting with 00
    CHECK(f.matching(search) == Ids { 1, 2, 3, 4, 5, 6, 7, 8, 9 });
    // Wildcards are never wildcards: "x_z" is the words x and z (no word of 5 starts with z); "50%" is the word 50.
    search.search = s("x_z");
    CHECK(f.matching(search).isEmpty());
    search.search = s("xq");
    CHECK(f.matching(search) == Ids { 5 });
    search.search = s("50%");
    CHECK(f.matching(search) == Ids { 2 });
    search.search = s("%");
    CHECK(f.matching(search).size() == 12); // no words: no condition
    search.search = s("_");
    CHECK(f.matching(search).size() == 12);
    // Search combines with the other conditions.
    search.search = s("dong");
    search.kind = s("opportunity");
    CHECK(f.matching(search) == Ids { 8 });
}

TEST_CASE("deal sorts order by their column with local id as tie-break in both directions", "[deals][query][sort]")
{
    Fixture f;
    CHECK(f.ids({}, DealSort::Amount) == Ids { 7, 5, 6, 10, 11, 3, 13, 1, 2, 4, 8, 9 }); // NULL first, then 0 …
    CHECK(f.ids({}, DealSort::Amount, true) == Ids { 9, 8, 4, 2, 1, 13, 3, 11, 10, 6, 5, 7 });
    CHECK(f.ids({}, DealSort::ExpectedClose) == Ids { 7, 11, 13, 9, 10, 2, 6, 8, 1, 5, 3, 4 });
    CHECK(f.ids({}, DealSort::Number) == Ids { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13 });
    CHECK(f.ids({}, DealSort::Number, true) == Ids { 13, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 });
    CHECK(f.ids({}, DealSort::Cam) == Ids { 13, 1, 5, 7, 9, 11, 2, 3, 6, 8, 4, 10 });
    CHECK(f.ids({}, DealSort::Status) == Ids { 4, 5, 6, 11, 7, 10, 8, 13, 2, 3, 1, 9 }); // status codes, alphabetical
    CHECK(f.ids({}, DealSort::Expires) == Ids { 1, 2, 3, 7, 8, 9, 10, 13, 6, 11, 4, 5 });
    CHECK(f.ids({}, DealSort::Partner).mid(0, 4) == Ids { 2, 4, 8, 11 }); // "cong ty dong a" < "muller…" < "omega…"
    CHECK(f.ids({}, DealSort::Customer).first() == 1); // "acme widgets"

    // Every sort: the rows come out ordered by the column's value, then local id, ascending and descending.
    struct Column
    {
        DealSort sort;
        const char* expression;
    };
    const Column columns[] = {
        { DealSort::Number, "d.number" }, { DealSort::Partner, "p.name_key" }, { DealSort::Customer, "d.customer_key" },
        { DealSort::Status, "d.status" }, { DealSort::Stage, "d.sales_stage" }, { DealSort::Amount, "d.amount_minor" },
        { DealSort::ExpectedClose, "d.expected_close" }, { DealSort::Expires, "d.expires_on" },
        { DealSort::Submitted, "d.submitted_at" }, { DealSort::Cam, "d.cam" }, { DealSort::Updated, "d.updated_at" },
    };
    for (const Column& column : columns) {
        for (const bool descending : { false, true }) {
            INFO("sort by " << column.expression << (descending ? " descending" : ""));
            const DealSql sql = DealQuery::build({}, column.sort, descending);
            CHECK(sql.orderBy.endsWith(descending ? s("d.local_id DESC") : s("d.local_id")));
            QSqlQuery query(f.temp.db().connection());
            // SQLite itself compares the neighbours: (value, local_id) must never go the wrong way.
            REQUIRE(query.exec(QStringLiteral("SELECT d.local_id, %1 FROM deal d JOIN partner p ON p.id = d.partner_id "
                                              "WHERE d.deleted_at IS NULL ORDER BY %2")
                                   .arg(QString::fromLatin1(column.expression), sql.orderBy)));
            QList<QPair<QVariant, qint64>> rows;
            while (query.next())
                rows.append({ query.value(1), query.value(0).toLongLong() });
            CHECK(rows.size() == 12);
            for (qsizetype i = 1; i < rows.size(); ++i) {
                QSqlQuery compare(f.temp.db().connection());
                compare.prepare(QStringLiteral("SELECT (?, ?) %1 (?, ?)").arg(descending ? s(">=") : s("<=")));
                compare.addBindValue(rows[i - 1].first);
                compare.addBindValue(rows[i - 1].second);
                compare.addBindValue(rows[i].first);
                compare.addBindValue(rows[i].second);
                REQUIRE(compare.exec());
                REQUIRE(compare.next());
                // NULLs sort first ascending (last descending); row values with NULL compare to NULL, so check apart.
                const bool nullOrder = descending ? rows[i].first.isNull() : rows[i - 1].first.isNull();
                const bool bothNull = rows[i - 1].first.isNull() && rows[i].first.isNull();
                if (bothNull)
                    CHECK((descending ? rows[i - 1].second > rows[i].second : rows[i - 1].second < rows[i].second));
                else if (!nullOrder)
                    CHECK(compare.value(0).toInt() == 1);
            }
            // Same rows as the filter path.
            CHECK(f.ids({}, column.sort, descending) == [&] {
                Ids ids;
                for (const auto& row : rows)
                    ids.append(row.second);
                return ids;
            }());
        }
    }
}

TEST_CASE("indexed deal sorts walk their index instead of sorting", "[deals][query][sort]")
{
    Fixture f;
    const DealSort indexed[] = { DealSort::Number, DealSort::Customer, DealSort::Expires, DealSort::Status,
                                 DealSort::Stage, DealSort::Amount, DealSort::ExpectedClose, DealSort::Submitted,
                                 DealSort::Cam, DealSort::Updated };
    for (const DealSort sort : indexed) {
        for (const bool descending : { false, true }) {
            const DealSql sql = DealQuery::build({}, sort, descending);
            QSqlQuery plan(f.temp.db().connection());
            REQUIRE(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT d.local_id FROM deal d JOIN partner p "
                                                "ON p.id = d.partner_id WHERE ")
                                 + sql.where + QStringLiteral(" ORDER BY ") + sql.orderBy + QStringLiteral(" LIMIT 100")));
            for (const QVariant& value : sql.values)
                plan.addBindValue(value);
            REQUIRE(plan.exec());
            QString detail;
            while (plan.next())
                detail += plan.value(3).toString() + QLatin1Char('\n');
            INFO(sql.orderBy.toStdString() << "\n" << detail.toStdString());
            CHECK_FALSE(detail.contains(s("TEMP B-TREE")));
        }
    }
}
