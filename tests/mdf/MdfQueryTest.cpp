// MdfQuery: the request and claim lists' filters and sorts turned into SQL with bound values only (MDF-05 approvals
// queue, MDF-10 claim deadlines, MDF-11 unpaid claims), and the query plans the big lists rely on.
// Rows are written with plain SQL here so every status, approver and date can be set exactly; the last test checks
// the queue against records made through the real repositories (MdfTestSupport.h).
#include "MdfTestSupport.h"

#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "mdf/MdfClaimRepository.h"
#include "mdf/MdfExporter.h"
#include "mdf/MdfQuery.h"
#include "mdf/MdfRequestRepository.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QSqlError>
#include <QStringDecoder>
#include <QSqlQuery>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <optional>

using namespace ChannelDesk;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

const QDate Today(2027, 5, 10);
const QDateTime Now(Today, QTime(12, 0), QTimeZone::utc());

struct Req
{
    QString number;
    QString title = QStringLiteral("Activity");
    QString campaign;
    QString status = QStringLiteral("draft");
    QString approver;
    QString activity = QStringLiteral("event");
    QDate start = QDate(2027, 3, 1);
    QDate end = QDate(2027, 3, 31);
    QDate deadline;
    QDateTime submitted;
    QDateTime decided;
    qint64 requested = 100000;
    std::optional<qint64> approved;
    int shareBp = 5000;
    QString currency = QStringLiteral("USD");
    int allocation = 0; ///< index into Fixture::allocations
    bool deleted = false;
};

struct Clm
{
    QString number;
    QString title;
    int request = 0; ///< index into Fixture::requests
    QString status = QStringLiteral("draft");
    QString approver;
    qint64 amount = 10000;
    std::optional<qint64> approved;
    QDateTime submitted;
    QDateTime decided;
    bool deleted = false;
};

/// Two budgets (owners anna and bao), three partners, three allocations; requests and claims added per test.
class Fixture
{
public:
    Fixture()
    {
        partners = { partner(s("Müller Systems")), partner(s("Công ty Đông Á")), partner(s("Omega 50% Partners")) };
        budgets = { budget(s("anna")), budget(s("bao")) };
        allocations = { allocation(budgets[0], partners[0]), allocation(budgets[0], partners[1]),
                        allocation(budgets[1], partners[2]) };
    }

    QByteArray partner(const QString& name)
    {
        Partner p;
        p.name = name;
        p.country = QStringLiteral("DE");
        p.owner = QStringLiteral("anna");
        const Result<Partner> created = PartnerRepository(temp.db()).create(p);
        REQUIRE(created.ok());
        return created->id;
    }

    QByteArray budget(const QString& owner)
    {
        const QByteArray id = Uuid::createV7();
        exec(QStringLiteral("INSERT INTO mdf_budget (id, name, owner, amount_minor, currency, created_at, updated_at) "
                            "VALUES (?, 'B', ?, 100000000, 'USD', ?, ?)"),
             { id, owner, Timestamp::nowUtc(), Timestamp::nowUtc() });
        return id;
    }

    QByteArray allocation(const QByteArray& budgetId, const QByteArray& partnerId)
    {
        const QByteArray id = Uuid::createV7();
        exec(QStringLiteral("INSERT INTO mdf_allocation (id, budget_id, partner_id, period, amount_minor, currency, "
                            "created_at, updated_at) VALUES (?, ?, ?, '2027', 10000000, 'USD', ?, ?)"),
             { id, budgetId, partnerId, Timestamp::nowUtc(), Timestamp::nowUtc() });
        allocationPartner.insert(id, partnerId);
        return id;
    }

    // The search words the repositories store with a row.
    static QVariant searchText(const QString& number, const QString& title, const QString& campaign)
    {
        MdfRequest request;
        request.number = number;
        request.title = title;
        request.campaign = campaign;
        return MdfRequestRepository::localColumns(request).value(QStringLiteral("search_own"));
    }
    static QVariant searchText(const QString& number, const QString& title)
    {
        MdfClaim claim;
        claim.number = number;
        claim.title = title;
        return MdfClaimRepository::localColumns(claim).value(QStringLiteral("search_own"));
    }

    QByteArray add(const Req& r)
    {
        const QByteArray id = Uuid::createV7();
        const QByteArray allocationId = allocations.at(r.allocation);
        const QString number = r.number.isEmpty() ? QStringLiteral("MDF-%1").arg(requests.size() + 1, 4, 10, QLatin1Char('0'))
                                                  : r.number;
        exec(QStringLiteral("INSERT INTO mdf_request (id, number, allocation_id, partner_id, title, activity_type, "
                            "campaign, start_date, end_date, requested_minor, approved_minor, currency, vendor_share_bp, "
                            "status, approver, submitted_at, decided_at, claim_deadline, created_at, updated_at, "
                            "deleted_at, search_own) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             { id, number, allocationId, allocationPartner.value(allocationId), r.title, r.activity, r.campaign,
               date(r.start), date(r.end), r.requested, r.approved ? QVariant(*r.approved) : QVariant(), r.currency,
               r.shareBp,
               r.status, r.approver, instant(r.submitted), instant(r.decided), date(r.deadline),
               Timestamp::nowUtc(), Timestamp::toStorage(Now.addSecs(requests.size())),
               r.deleted ? QVariant(Timestamp::nowUtc()) : QVariant(), searchText(number, r.title, r.campaign) });
        requests.append(id);
        requestNumbers.append(number);
        return id;
    }

    QByteArray add(const Clm& c)
    {
        const QByteArray id = Uuid::createV7();
        const QByteArray requestId = requests.at(c.request);
        const QString number = c.number.isEmpty() ? QStringLiteral("CLM-%1").arg(claims.size() + 1, 4, 10, QLatin1Char('0'))
                                                  : c.number;
        exec(QStringLiteral("INSERT INTO mdf_claim (id, number, request_id, partner_id, title, amount_minor, currency, "
                            "approved_minor, status, approver, submitted_at, decided_at, created_at, updated_at, "
                            "deleted_at, search_own) SELECT ?, ?, ?, partner_id, ?, ?, currency, ?, ?, ?, ?, ?, ?, ?, ?, ? "
                            "FROM mdf_request WHERE id = ?"),
             { id, number, requestId, c.title.isEmpty() ? number : c.title, c.amount,
               c.approved ? QVariant(*c.approved) : QVariant(), c.status, c.approver, instant(c.submitted),
               instant(c.decided), Timestamp::nowUtc(), Timestamp::toStorage(Now.addSecs(claims.size())),
               c.deleted ? QVariant(Timestamp::nowUtc()) : QVariant(),
               searchText(number, c.title.isEmpty() ? number : c.title), requestId });
        claims.append(id);
        return id;
    }

    /// Numbers of the rows a query lists, in its order.
    QStringList numbers(const MdfSql& sql, const QString& alias = QStringLiteral("r"))
    {
        QSqlQuery q(temp.db().connection());
        REQUIRE(q.prepare(QStringLiteral("SELECT %1.number FROM %2 WHERE %3 ORDER BY %4")
                              .arg(alias, sql.from, sql.where, sql.orderBy)));
        for (const QVariant& value : sql.values)
            q.addBindValue(value);
        INFO(q.lastQuery().toStdString());
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec());
        QStringList result;
        while (q.next())
            result.append(q.value(0).toString());
        return result;
    }

    QStringList requestsMatching(const MdfRequestFilter& filter, MdfRequestSort sort = MdfRequestSort::Number,
                                 bool descending = false)
    {
        return numbers(MdfQuery::build(filter, sort, descending));
    }

    QStringList claimsMatching(const MdfClaimFilter& filter, MdfClaimSort sort = MdfClaimSort::Number,
                               bool descending = false)
    {
        return numbers(MdfQuery::build(filter, sort, descending), QStringLiteral("c"));
    }

    /// EXPLAIN QUERY PLAN of the first page as the list loads it.
    QString plan(const QString& alias, const QString& from, const QString& where, const MdfSql& sql)
    {
        QSqlQuery q(temp.db().connection());
        REQUIRE(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT %1.local_id, (SELECT name FROM partner WHERE "
                                         "partner.id = %1.partner_id) FROM %2 WHERE %3 ORDER BY %4 LIMIT 120")
                              .arg(alias, from, where, sql.orderBy)));
        for (const QVariant& value : sql.values)
            q.addBindValue(value);
        REQUIRE(q.exec());
        QString detail;
        while (q.next())
            detail += q.value(3).toString() + QLatin1Char('\n');
        return detail;
    }

    QString firstPagePlan(const MdfSql& sql, const QString& alias)
    {
        return sql.headFrom.isEmpty() ? plan(alias, sql.from, sql.where, sql)
                                      : plan(alias, sql.headFrom, sql.headWhere, sql);
    }

    void exec(const QString& sql, const QVariantList& values)
    {
        QSqlQuery q(temp.db().connection());
        REQUIRE(q.prepare(sql));
        for (const QVariant& value : values) {
            // A null QString would be NULL; the text columns are NOT NULL DEFAULT ''.
            const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
            q.addBindValue(nullText ? QVariant(QStringLiteral("")) : value);
        }
        const bool ok = q.exec();
        INFO(q.lastError().text().toStdString());
        REQUIRE(ok);
    }

    static QVariant date(const QDate& d) { return d.isValid() ? QVariant(Timestamp::dateToStorage(d)) : QVariant(); }
    static QVariant instant(const QDateTime& t) { return t.isValid() ? QVariant(Timestamp::toStorage(t)) : QVariant(); }

    Test::TempDatabase temp;
    QList<QByteArray> partners;
    QList<QByteArray> budgets;
    QList<QByteArray> allocations;
    QHash<QByteArray, QByteArray> allocationPartner;
    QList<QByteArray> requests;
    QStringList requestNumbers;
    QList<QByteArray> claims;
};

QStringList list(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

} // namespace

TEST_CASE("MdfQuery request filters select exactly the matching live requests", "[mdf][mdf-query]")
{
    Fixture f;
    Req r;
    r.title = s("Hội thảo Hà Nội");
    r.campaign = s("Spring 2027");
    r.allocation = 1; // Đông Á, budget of anna
    f.add(r); // MDF-0001
    r = Req {};
    r.title = s("Webinar series");
    r.activity = s("webinar");
    r.status = s("submitted");
    r.start = QDate(2027, 4, 10);
    r.end = QDate(2027, 4, 20);
    r.submitted = QDateTime(QDate(2027, 4, 1), QTime(8, 0), QTimeZone::utc());
    f.add(r); // MDF-0002, Müller
    r = Req {};
    r.title = s("Trade show 50% booth");
    r.activity = s("trade_show");
    r.allocation = 2; // Omega, budget of bao
    r.status = s("approved");
    r.start = QDate(2027, 5, 1);
    r.end = QDate(2027, 5, 3);
    f.add(r); // MDF-0003
    r = Req {};
    r.title = s("Deleted draft");
    r.deleted = true;
    f.add(r); // MDF-0004: never listed

    CHECK(f.requestsMatching({}) == list({ "MDF-0001", "MDF-0002", "MDF-0003" }));

    MdfRequestFilter filter;
    filter.statuses = { s("submitted"), s("approved") };
    CHECK(f.requestsMatching(filter) == list({ "MDF-0002", "MDF-0003" }));

    filter = {};
    filter.partnerIds = { f.partners[1] };
    CHECK(f.requestsMatching(filter) == list({ "MDF-0001" }));
    filter = {};
    filter.allocationIds = { f.allocations[0], f.allocations[2] };
    CHECK(f.requestsMatching(filter) == list({ "MDF-0002", "MDF-0003" }));
    filter = {};
    filter.budgetIds = { f.budgets[0] };
    CHECK(f.requestsMatching(filter) == list({ "MDF-0001", "MDF-0002" }));
    filter = {};
    filter.activityTypes = { s("webinar"), s("trade_show") };
    CHECK(f.requestsMatching(filter) == list({ "MDF-0002", "MDF-0003" }));

    SECTION("activity dates overlap the range, boundary days included")
    {
        filter = {};
        filter.dateField = MdfDateField::Activity;
        filter.dateFrom = QDate(2027, 3, 31); // last day of MDF-0001
        filter.dateTo = QDate(2027, 4, 10);   // first day of MDF-0002
        CHECK(f.requestsMatching(filter) == list({ "MDF-0001", "MDF-0002" }));
        filter.dateFrom = QDate(2027, 4, 21);
        filter.dateTo = QDate();
        CHECK(f.requestsMatching(filter) == list({ "MDF-0003" }));
    }
    SECTION("submitted dates are local days")
    {
        filter = {};
        filter.dateField = MdfDateField::Submitted;
        const QDate localDay = QDateTime(QDate(2027, 4, 1), QTime(8, 0), QTimeZone::utc()).toLocalTime().date();
        filter.dateFrom = localDay;
        filter.dateTo = localDay;
        CHECK(f.requestsMatching(filter) == list({ "MDF-0002" }));
        filter.dateFrom = localDay.addDays(1);
        filter.dateTo = QDate();
        CHECK(f.requestsMatching(filter).isEmpty());
    }
    SECTION("search: number, title, campaign and the folded partner name")
    {
        filter = {};
        filter.search = s("mdf-0002");
        CHECK(f.requestsMatching(filter) == list({ "MDF-0002" }));
        filter.search = s("WEBINAR");
        CHECK(f.requestsMatching(filter) == list({ "MDF-0002" }));
        filter.search = s("spring");
        CHECK(f.requestsMatching(filter) == list({ "MDF-0001" }));
        filter.search = s("hội thảo");
        CHECK(f.requestsMatching(filter) == list({ "MDF-0001" }));
        filter.search = s("dong a"); // partner "Công ty Đông Á", typed without accents
        CHECK(f.requestsMatching(filter) == list({ "MDF-0001" }));
        filter.search = s("müller webinar"); // every word must match somewhere
        CHECK(f.requestsMatching(filter) == list({ "MDF-0002" }));
        filter.search = s("müller trade");
        CHECK(f.requestsMatching(filter).isEmpty());
        filter.search = s("hoi"); // accents and case fold on both sides
        CHECK(f.requestsMatching(filter) == list({ "MDF-0001" }));
        filter.search = s("ebinar"); // words match from their start
        CHECK(f.requestsMatching(filter).isEmpty());
        // Punctuation separates words and is not searched: "50%" is the word "50", in MDF-0003's title and in
        // "Omega 50% Partners"; a text without letters or digits filters nothing.
        MdfRequestFilter other;
        other.search = s("50");
        filter.search = s("50%");
        CHECK(f.requestsMatching(filter) == f.requestsMatching(other));
        CHECK(f.requestsMatching(filter).contains(s("MDF-0003")));
        filter.search = s("_");
        CHECK(f.requestsMatching(filter) == f.requestsMatching(MdfRequestFilter()));
    }
}

TEST_CASE("MdfQuery binds every value and never puts user text in the SQL", "[mdf][mdf-query]")
{
    Fixture f;
    Req r;
    r.title = s("O'Brien's event");
    f.add(r);
    MdfRequestFilter filter;
    filter.search = s("o'brien's");
    filter.waitingFor = s("x' OR '1'='1");
    filter.statuses = { s("draft') OR 1=1 --") };
    const MdfSql sql = MdfQuery::build(filter, MdfRequestSort::Title, false);
    CHECK_FALSE(sql.where.contains(s("brien")));
    CHECK_FALSE(sql.where.contains(s("1'='1")));
    CHECK_FALSE(sql.where.contains(s("OR 1=1")));
    CHECK(f.requestsMatching(filter).isEmpty());
    filter.waitingFor.clear();
    filter.statuses.clear();
    CHECK(f.requestsMatching(filter) == list({ "MDF-0001" }));

    MdfClaimFilter claims;
    claims.search = s("'; DROP TABLE mdf_claim; --");
    CHECK_FALSE(MdfQuery::build(claims, MdfClaimSort::Number, false).where.contains(s("DROP")));
    CHECK(f.claimsMatching(claims).isEmpty());
}

TEST_CASE("MdfQuery waiting for me is the approver or else the budget owner (MDF-05)", "[mdf][mdf-query]")
{
    Fixture f;
    Req r;
    r.status = s("submitted");
    r.submitted = Now.addDays(-1);
    r.allocation = 0; // budget of anna, no approver: anna decides
    f.add(r);         // MDF-0001
    r.allocation = 2; // budget of bao, escalated to anna
    r.approver = s("anna");
    f.add(r); // MDF-0002
    r.allocation = 0; // anna's budget, escalated to carl: no longer anna's
    r.approver = s("carl");
    f.add(r); // MDF-0003
    r.approver.clear();
    r.status = s("need_info"); // not waiting for a decision
    f.add(r);                  // MDF-0004
    r.status = s("submitted");
    r.allocation = 2; // bao's budget, no approver
    f.add(r);         // MDF-0005
    r.allocation = 0;
    r.deleted = true;
    f.add(r); // MDF-0006

    MdfRequestFilter filter;
    filter.waitingFor = s("anna");
    CHECK(f.requestsMatching(filter) == list({ "MDF-0001", "MDF-0002" }));
    filter.waitingFor = s("bao");
    CHECK(f.requestsMatching(filter) == list({ "MDF-0005" }));
    filter.waitingFor = s("carl");
    CHECK(f.requestsMatching(filter) == list({ "MDF-0003" }));

    // Claims: the same rule through claim → request → allocation → budget.
    Req approved;
    approved.status = s("approved");
    approved.approved = 100000;
    approved.allocation = 2; // bao's budget
    f.add(approved);         // MDF-0007 (index 6)
    Clm c;
    c.request = 6;
    c.status = s("submitted");
    c.submitted = Now.addDays(-1);
    f.add(c); // CLM-0001: bao decides
    c.approver = s("anna");
    f.add(c); // CLM-0002: escalated to anna
    c.approver.clear();
    c.status = s("draft");
    f.add(c); // CLM-0003
    MdfClaimFilter claims;
    claims.waitingFor = s("bao");
    CHECK(f.claimsMatching(claims) == list({ "CLM-0001" }));
    claims.waitingFor = s("anna");
    CHECK(f.claimsMatching(claims) == list({ "CLM-0002" }));
}

TEST_CASE("MdfQuery deadline soon lists approved requests with money left whose claim window closes (MDF-10)",
          "[mdf][mdf-query]")
{
    Fixture f;
    Req r;
    r.status = s("approved");
    r.approved = 100000; // cap 50,000 at 50 %
    r.deadline = Today;  // the deadline day itself still counts
    f.add(r);            // MDF-0001
    r.deadline = Today.addDays(14);
    f.add(r); // MDF-0002: last day of the window
    r.deadline = Today.addDays(15);
    f.add(r); // MDF-0003: outside
    r.deadline = Today.addDays(-1);
    f.add(r); // MDF-0004: already closed
    r.deadline = Today.addDays(3);
    r.status = s("partially_approved");
    f.add(r); // MDF-0005
    r.status = s("closed");
    f.add(r); // MDF-0006: closed, no more claims
    r.status = s("approved");
    f.add(r); // MDF-0007: fully claimed below
    Clm c;
    c.request = 6;
    c.status = s("submitted");
    c.amount = 50000; // = the cap
    f.add(c);
    r.shareBp = 3333; // 100,000 × 33.33 % = 33,330 (rounded down); claim 33,329 leaves 1
    f.add(r);         // MDF-0008
    c.request = 7;
    c.amount = 33329;
    f.add(c);

    MdfRequestFilter filter;
    filter.today = Today;
    filter.deadlineWithinDays = 14;
    CHECK(f.requestsMatching(filter) == list({ "MDF-0001", "MDF-0002", "MDF-0005", "MDF-0008" }));
    filter.deadlineWithinDays = 0;
    CHECK(f.requestsMatching(filter) == list({ "MDF-0001" }));
}

TEST_CASE("MdfQuery SLA overdue lists undecided submissions older than N hours", "[mdf][mdf-query]")
{
    Fixture f;
    Req r;
    r.status = s("submitted");
    r.submitted = Now.addSecs(-48 * 3600 - 1);
    f.add(r); // MDF-0001: just past 48 h
    r.submitted = Now.addSecs(-48 * 3600);
    f.add(r); // MDF-0002: exactly 48 h: not yet
    r.submitted = Now.addDays(-10);
    r.status = s("approved");
    f.add(r); // MDF-0003: decided

    MdfRequestFilter filter;
    filter.now = Now;
    filter.overdueHours = 48;
    CHECK(f.requestsMatching(filter) == list({ "MDF-0001" }));

    Clm c;
    c.request = 2;
    c.status = s("submitted");
    c.submitted = Now.addSecs(-49 * 3600);
    f.add(c); // CLM-0001
    c.submitted = Now.addSecs(-47 * 3600);
    f.add(c); // CLM-0002
    MdfClaimFilter claims;
    claims.now = Now;
    claims.overdueHours = 48;
    CHECK(f.claimsMatching(claims) == list({ "CLM-0001" }));
}

TEST_CASE("MdfQuery claim filters: unpaid (MDF-11), request, allocation, budget, activity and search",
          "[mdf][mdf-query]")
{
    Fixture f;
    Req r;
    r.status = s("approved");
    r.approved = 1000000;
    r.title = s("Roadshow Berlin");
    r.campaign = s("Autumn push");
    r.allocation = 0; // anna's budget, Müller
    f.add(r);         // MDF-0001
    r.title = s("Webinar");
    r.campaign.clear();
    r.activity = s("webinar");
    r.allocation = 2; // bao's budget, Omega
    f.add(r);         // MDF-0002

    const QStringList statuses = list({ "draft", "submitted", "approved", "partially_paid", "paid", "rejected" });
    for (int i = 0; i < statuses.size(); ++i) {
        Clm c;
        c.request = i % 2;
        c.status = statuses.at(i);
        c.approved = statuses.at(i) == QLatin1String("draft") ? std::optional<qint64>() : std::optional<qint64>(5000);
        c.title = QStringLiteral("Claim %1").arg(i + 1);
        c.decided = QDateTime(QDate(2027, 5, 1 + i), QTime(12, 0), QTimeZone::utc());
        f.add(c); // CLM-0001…0006: odd ones on MDF-0001
    }
    Clm gone;
    gone.status = s("approved");
    gone.deleted = true;
    f.add(gone);

    MdfClaimFilter filter;
    filter.unpaidOnly = true;
    CHECK(f.claimsMatching(filter) == list({ "CLM-0003", "CLM-0004" }));
    filter = {};
    filter.requestIds = { f.requests[1] };
    CHECK(f.claimsMatching(filter) == list({ "CLM-0002", "CLM-0004", "CLM-0006" }));
    filter = {};
    filter.allocationIds = { f.allocations[0] };
    CHECK(f.claimsMatching(filter) == list({ "CLM-0001", "CLM-0003", "CLM-0005" }));
    filter = {};
    filter.budgetIds = { f.budgets[1] };
    CHECK(f.claimsMatching(filter) == list({ "CLM-0002", "CLM-0004", "CLM-0006" }));
    filter = {};
    filter.partnerIds = { f.partners[0] };
    CHECK(f.claimsMatching(filter) == list({ "CLM-0001", "CLM-0003", "CLM-0005" }));
    filter = {};
    filter.activityTypes = { s("webinar") };
    CHECK(f.claimsMatching(filter) == list({ "CLM-0002", "CLM-0004", "CLM-0006" }));
    filter = {};
    filter.statuses = { s("paid"), s("rejected") };
    CHECK(f.claimsMatching(filter) == list({ "CLM-0005", "CLM-0006" }));
    filter = {};
    filter.dateField = MdfDateField::Decided;
    filter.dateFrom = QDateTime(QDate(2027, 5, 2), QTime(12, 0), QTimeZone::utc()).toLocalTime().date();
    filter.dateTo = filter.dateFrom.addDays(1);
    CHECK(f.claimsMatching(filter) == list({ "CLM-0002", "CLM-0003" }));
    filter = {};
    filter.dateField = MdfDateField::Activity; // through the request's activity dates
    filter.dateFrom = QDate(2027, 3, 31);
    CHECK(f.claimsMatching(filter).size() == 6);
    filter.dateFrom = QDate(2027, 4, 1);
    CHECK(f.claimsMatching(filter).isEmpty());

    filter = {};
    filter.search = s("claim 3");
    CHECK(f.claimsMatching(filter) == list({ "CLM-0003" }));
    filter.search = s("autumn"); // the request's campaign
    CHECK(f.claimsMatching(filter) == list({ "CLM-0001", "CLM-0003", "CLM-0005" }));
    filter.search = s("MDF-0002"); // the request's number
    CHECK(f.claimsMatching(filter) == list({ "CLM-0002", "CLM-0004", "CLM-0006" }));
    filter.search = s("omega"); // the partner's name
    CHECK(f.claimsMatching(filter) == list({ "CLM-0002", "CLM-0004", "CLM-0006" }));
}

TEST_CASE("MdfQuery orders are total in both directions", "[mdf][mdf-query]")
{
    Fixture f;
    const qint64 amounts[] = { 300, 100, 300, 200 };
    for (qint64 amount : amounts) {
        Req r;
        r.requested = amount;
        r.allocation = int(f.requests.size() % 3);
        f.add(r);
    }
    CHECK(f.requestsMatching({}, MdfRequestSort::Requested) == list({ "MDF-0002", "MDF-0004", "MDF-0001", "MDF-0003" }));
    CHECK(f.requestsMatching({}, MdfRequestSort::Requested, true)
          == list({ "MDF-0003", "MDF-0001", "MDF-0004", "MDF-0002" }));
    // Partner name: Công ty Đông Á (allocation 1), Müller Systems (0), Omega (2); ties by local id.
    CHECK(f.requestsMatching({}, MdfRequestSort::Partner) == list({ "MDF-0002", "MDF-0001", "MDF-0004", "MDF-0003" }));
    CHECK(f.requestsMatching({}, MdfRequestSort::Partner, true)
          == list({ "MDF-0003", "MDF-0004", "MDF-0001", "MDF-0002" }));

    Clm c;
    for (int i = 0; i < 3; ++i) {
        c.request = 2 - i;
        c.title = QStringLiteral("T%1").arg(3 - i);
        f.add(c);
    }
    CHECK(f.claimsMatching({}, MdfClaimSort::Title) == list({ "CLM-0003", "CLM-0002", "CLM-0001" }));
    CHECK(f.claimsMatching({}, MdfClaimSort::Request) == list({ "CLM-0003", "CLM-0002", "CLM-0001" }));
    CHECK(f.claimsMatching({}, MdfClaimSort::Request, true) == list({ "CLM-0001", "CLM-0002", "CLM-0003" }));
}

TEST_CASE("MdfQuery first pages walk an index instead of sorting", "[mdf][mdf-query][plan]")
{
    Fixture f;
    const MdfRequestSort requestSorts[] = { MdfRequestSort::Number, MdfRequestSort::Partner, MdfRequestSort::Status,
                                            MdfRequestSort::Requested, MdfRequestSort::Start,
                                            MdfRequestSort::Submitted, MdfRequestSort::Updated, MdfRequestSort::Title,
                                            MdfRequestSort::Approved, MdfRequestSort::End,
                                            MdfRequestSort::ClaimDeadline, MdfRequestSort::Approver };
    for (const MdfRequestSort sort : requestSorts) {
        REQUIRE(MdfQuery::isIndexed(sort));
        for (const bool descending : { false, true }) {
            const MdfSql sql = MdfQuery::build(MdfRequestFilter {}, sort, descending);
            const QString detail = f.firstPagePlan(sql, QStringLiteral("r"));
            INFO(sql.orderBy.toStdString() << "\n" << detail.toStdString());
            CHECK_FALSE(detail.contains(s("TEMP B-TREE")));
            CHECK(detail.contains(s("USING INDEX")));
            CHECK_FALSE(detail.contains(s("SCAN r\n")));
        }
    }
    const MdfClaimSort claimSorts[] = { MdfClaimSort::Number, MdfClaimSort::Title, MdfClaimSort::Partner,
                                        MdfClaimSort::Status, MdfClaimSort::Claimed, MdfClaimSort::Submitted,
                                        MdfClaimSort::Updated, MdfClaimSort::Approved, MdfClaimSort::Paid,
                                        MdfClaimSort::Decided, MdfClaimSort::Approver };
    for (const MdfClaimSort sort : claimSorts) {
        REQUIRE(MdfQuery::isIndexed(sort));
        for (const bool descending : { false, true }) {
            const MdfSql sql = MdfQuery::build(MdfClaimFilter {}, sort, descending);
            const QString detail = f.firstPagePlan(sql, QStringLiteral("c"));
            INFO(sql.orderBy.toStdString() << "\n" << detail.toStdString());
            CHECK_FALSE(detail.contains(s("TEMP B-TREE")));
            CHECK(detail.contains(s("USING INDEX")));
        }
    }
    CHECK_FALSE(MdfQuery::isIndexed(MdfRequestSort::ActivityType));
    CHECK_FALSE(MdfQuery::isIndexed(MdfClaimSort::Request));
}

TEST_CASE("MdfQuery saved views seek their rows through an index", "[mdf][mdf-query][plan]")
{
    // The queues are small parts of the list: SQLite seeks them by status (or the partial *_pending index) and sorts
    // those few rows; what must never happen is a scan of every request or claim.
    Fixture f;
    auto seeks = [](const QString& detail, const QString& alias, const QStringList& indexes) {
        bool any = false;
        for (const QString& index : indexes)
            any |= detail.contains(QStringLiteral("SEARCH %1 USING INDEX %2").arg(alias, index));
        return any && !detail.contains(QStringLiteral("SCAN %1").arg(alias));
    };
    MdfRequestFilter waiting;
    waiting.waitingFor = s("anna");
    QString detail = f.firstPagePlan(MdfQuery::build(waiting, MdfRequestSort::Submitted, false), QStringLiteral("r"));
    INFO(detail.toStdString());
    CHECK(seeks(detail, s("r"), { s("mdf_request_pending"), s("mdf_request_by_status") }));

    MdfRequestFilter soon;
    soon.deadlineWithinDays = 14;
    detail = f.firstPagePlan(MdfQuery::build(soon, MdfRequestSort::Updated, true), QStringLiteral("r"));
    INFO(detail.toStdString());
    CHECK(seeks(detail, s("r"), { s("mdf_request_by_deadline"), s("mdf_request_by_status") }));

    MdfRequestFilter overdue;
    overdue.overdueHours = 48;
    detail = f.firstPagePlan(MdfQuery::build(overdue, MdfRequestSort::Number, false), QStringLiteral("r"));
    INFO(detail.toStdString());
    CHECK(seeks(detail, s("r"), { s("mdf_request_pending"), s("mdf_request_by_status"), s("mdf_request_sort_submitted") }));

    MdfClaimFilter queue;
    queue.waitingFor = s("anna");
    detail = f.firstPagePlan(MdfQuery::build(queue, MdfClaimSort::Updated, true), QStringLiteral("c"));
    INFO(detail.toStdString());
    CHECK(seeks(detail, s("c"), { s("mdf_claim_pending"), s("mdf_claim_by_status") }));

    MdfClaimFilter unpaid;
    unpaid.unpaidOnly = true;
    detail = f.firstPagePlan(MdfQuery::build(unpaid, MdfClaimSort::Submitted, false), QStringLiteral("c"));
    INFO(detail.toStdString());
    CHECK(seeks(detail, s("c"), { s("mdf_claim_by_status") }));

    MdfClaimFilter ofRequest;
    ofRequest.requestIds = { QByteArray(16, 'x') };
    detail = f.firstPagePlan(MdfQuery::build(ofRequest, MdfClaimSort::Updated, true), QStringLiteral("c"));
    INFO(detail.toStdString());
    CHECK(seeks(detail, s("c"), { s("mdf_claim_by_request") }));

    MdfRequestFilter ofAllocation;
    ofAllocation.allocationIds = { QByteArray(16, 'x') };
    detail = f.firstPagePlan(MdfQuery::build(ofAllocation, MdfRequestSort::Updated, true), QStringLiteral("r"));
    INFO(detail.toStdString());
    CHECK(seeks(detail, s("r"), { s("mdf_request_by_allocation") }));
}

TEST_CASE("MdfQuery search finds what the repositories write - an edit is found by its new words only", "[mdf][mdf-query]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    const Test::MdfSetup setup = Test::mdfSetup(db);
    const auto ids = [&db](const auto& filter, const QString& alias) {
        const MdfSql sql = MdfQuery::build(filter, {}, false);
        QSqlQuery q(db.connection());
        REQUIRE(q.prepare(QStringLiteral("SELECT %1.id FROM %2 WHERE %3").arg(alias, sql.from, sql.where)));
        for (const QVariant& value : sql.values)
            q.addBindValue(value);
        REQUIRE(q.exec());
        QList<QByteArray> found;
        while (q.next())
            found.append(q.value(0).toByteArray());
        return found;
    };
    const auto requests = [&](const QString& text) {
        MdfRequestFilter filter;
        filter.search = text;
        return ids(filter, s("r"));
    };
    const auto claims = [&](const QString& text) {
        MdfClaimFilter filter;
        filter.search = text;
        return ids(filter, s("c"));
    };
    const MdfRequest request = Test::mdfApprovedRequest(db, setup.allocation, { 100000 }, s("Hội thảo Đà Nẵng"));
    const MdfClaim claim = Test::mdfCreateClaim(db, request.id, { 10000 }, s("Quầy triển lãm"));
    CHECK(requests(s("da nang")) == QList<QByteArray> { request.id });
    CHECK(requests(request.number.toLower()) == QList<QByteArray> { request.id });
    CHECK(claims(s("trien")) == QList<QByteArray> { claim.id });
    CHECK(claims(s("hoi thao")) == QList<QByteArray> { claim.id }); // through its request
    CHECK(claims(claim.number) == QList<QByteArray> { claim.id });

    MdfClaim edited = claim;
    edited.title = s("Gian hàng Hà Nội");
    const Result<bool> saved = MdfClaimRepository(db).update(edited, Test::mdfBy(s("partner.user"), Test::mdfClaimDay()));
    INFO((saved.ok() ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.ok());
    CHECK(claims(s("ha noi")) == QList<QByteArray> { claim.id });
    CHECK(claims(s("trien")).isEmpty());

    // A new partner name is found at once: the lists look partners up in partner_fts, no words copied.
    const Result<Partner> stored = PartnerRepository(db).get(setup.partnerId);
    REQUIRE(stored.ok());
    Partner renamed = stored.value();
    renamed.name = s("Sao Việt Solutions");
    REQUIRE(PartnerRepository(db).update(renamed).ok());
    CHECK(requests(s("sao viet")) == QList<QByteArray> { request.id });
    CHECK(claims(s("sao viet")) == QList<QByteArray> { claim.id });
    CHECK(claims(s("sao hanoi")).isEmpty()); // every word must match
    CHECK(claims(s("sao ha")) == QList<QByteArray> { claim.id });
}

TEST_CASE("MdfQuery approvals queue agrees with the repository's decider (MDF-05)", "[mdf][mdf-query]")
{
    Test::TempDatabase temp;
    const Test::MdfSetup setup = Test::mdfSetup(temp.db());
    const MdfRequest draft = Test::mdfCreateRequest(temp.db(), setup.allocation, { 120000 }, s("Queue check"));
    MdfRequestFilter filter;
    filter.waitingFor = Test::mdfOwner();
    auto listed = [&temp](const MdfRequestFilter& f) {
        const MdfSql sql = MdfQuery::build(f, MdfRequestSort::Number, false);
        QSqlQuery q(temp.db().connection());
        REQUIRE(q.prepare(QStringLiteral("SELECT r.id FROM %1 WHERE %2 ORDER BY %3").arg(sql.from, sql.where, sql.orderBy)));
        for (const QVariant& value : sql.values)
            q.addBindValue(value);
        REQUIRE(q.exec());
        QList<QByteArray> ids;
        while (q.next())
            ids.append(q.value(0).toByteArray());
        return ids;
    };
    CHECK(listed(filter).isEmpty()); // a draft waits for nobody
    Test::mdfSubmitRequest(temp.db(), draft.id);
    REQUIRE(Test::mdfDecider(temp.db(), draft.id) == Test::mdfOwner());
    CHECK(listed(filter) == QList<QByteArray> { draft.id });
    filter.waitingFor = s("someone.else");
    CHECK(listed(filter).isEmpty());
    Test::mdfApproveRequest(temp.db(), draft.id);
    filter.waitingFor = Test::mdfOwner();
    CHECK(listed(filter).isEmpty());
}

namespace {

/// RFC 4180 records of a CSV text (quoted fields, doubled quotes, CRLF), for checking what the exporter wrote.
QList<QStringList> parseCsv(const QString& text, QChar delimiter = u',')
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == delimiter) {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// A record as header → value.
QHash<QString, QString> byHeader(const QStringList& headers, const QStringList& record)
{
    REQUIRE(record.size() == headers.size());
    QHash<QString, QString> values;
    for (qsizetype i = 0; i < headers.size(); ++i)
        values.insert(headers.at(i), record.at(i));
    return values;
}

} // namespace

TEST_CASE("MdfExporter writes the listed requests with plain money ISO dates and neutralised formulas",
          "[mdf][mdf-export-csv]")
{
    Fixture f;
    Req r;
    r.title = s("=HYPERLINK(\"http://evil.example\",\"Click\")");
    r.campaign = s("Spring, \"big\" push");
    r.status = s("approved");
    r.requested = 123456;
    r.approved = 100000;
    r.shareBp = 3333;
    r.deadline = QDate(2027, 6, 29);
    r.submitted = QDateTime(QDate(2027, 2, 2), QTime(12, 0), QTimeZone::utc());
    r.allocation = 1; // Công ty Đông Á
    const QByteArray first = f.add(r); // MDF-0001
    r = Req {};
    r.title = s("Webinar");
    r.campaign = s("+1 campaign");
    r.requested = 5000000;
    r.currency = s("VND");
    f.add(r); // MDF-0002: draft, nothing approved
    r.status = s("rejected");
    f.add(r); // MDF-0003: filtered out below
    r.status = s("draft");
    r.deleted = true;
    f.add(r); // never exported

    const QString path = f.temp.dirPath() + QStringLiteral("/requests.csv");
    MdfRequestExport what;
    what.filter.statuses = { s("approved"), s("draft") };
    what.sort = MdfRequestSort::Number;
    what.descending = false;
    QList<std::pair<qint64, qint64>> progress;
    const Result<MdfExportResult> exported = MdfExporter(f.temp.db()).exportRequests(
        path, what, {}, [&progress](qint64 done, qint64 total) { progress.append({ done, total }); });
    INFO((exported ? QString() : exported.error().message).toStdString());
    REQUIRE(exported.ok());
    CHECK(exported->rows == 2);
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.last() == std::pair<qint64, qint64>(2, 2));

    const QByteArray bytes = readAll(path);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF")); // Excel profile: UTF-8 with BOM
    const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
    REQUIRE(records.size() == 3);
    CHECK(records.at(0) == MdfExporter::requestHeaders());
    const QHash<QString, QString> a = byHeader(records.at(0), records.at(1));
    CHECK(a.value(s("Number")) == s("MDF-0001"));
    // The formula gets Excel's text mark; the quotes inside are kept (the field is quoted, quotes doubled).
    CHECK(a.value(s("Title")) == s("'=HYPERLINK(\"http://evil.example\",\"Click\")"));
    CHECK(a.value(s("Campaign")) == s("Spring, \"big\" push"));
    CHECK(a.value(s("Partner")) == s("Công ty Đông Á"));
    CHECK(a.value(s("Budget")) == s("B"));
    CHECK(a.value(s("Allocation period")) == s("2027"));
    CHECK(a.value(s("Status")) == s("approved"));
    CHECK(a.value(s("Activity type")) == s("event"));
    CHECK(a.value(s("Currency")) == s("USD"));
    CHECK(a.value(s("Requested")) == s("1234.56"));
    CHECK(a.value(s("Approved")) == s("1000.00"));
    CHECK(a.value(s("Vendor share %")) == s("33.33"));
    CHECK(a.value(s("Claim cap")) == s("333.30")); // 100,000 × 33.33 % rounded down (mdfShareOf)
    CHECK(a.value(s("Claimed")) == s("0.00"));
    CHECK(a.value(s("Start date")) == s("2027-03-01"));
    CHECK(a.value(s("End date")) == s("2027-03-31"));
    CHECK(a.value(s("Claim deadline")) == s("2027-06-29"));
    CHECK(a.value(s("Submitted at")) == s("2027-02-02T12:00:00.000Z"));
    CHECK(a.value(s("Decided at")).isEmpty());
    CHECK(a.value(s("ID")) == Uuid::toString(first));
    CHECK(a.value(s("Partner ID")) == Uuid::toString(f.partners[1]));
    const QHash<QString, QString> b = byHeader(records.at(0), records.at(2));
    CHECK(b.value(s("Number")) == s("MDF-0002"));
    CHECK(b.value(s("Campaign")) == s("'+1 campaign"));
    CHECK(b.value(s("Currency")) == s("VND"));
    CHECK(b.value(s("Requested")) == s("5000000")); // no minor digits in VND
    CHECK(b.value(s("Approved")).isEmpty());
    CHECK(b.value(s("Claim cap")).isEmpty());

    SECTION("without neutralisation the values are written as stored")
    {
        MdfExportFormat raw;
        raw.neutraliseFormulas = false;
        raw.profile = Csv::ExportOptions::Profile::Utf8;
        raw.delimiter = u';';
        REQUIRE(MdfExporter(f.temp.db()).exportRequests(path, what, raw).ok());
        const QByteArray plain = readAll(path);
        CHECK_FALSE(plain.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(plain), u';');
        REQUIRE(rows.size() == 3);
        CHECK(byHeader(rows.at(0), rows.at(1)).value(s("Title")) == s("=HYPERLINK(\"http://evil.example\",\"Click\")"));
    }
    SECTION("Unicode Text is UTF-16LE with a BOM and tabs")
    {
        MdfExportFormat unicode;
        unicode.profile = Csv::ExportOptions::Profile::UnicodeText;
        REQUIRE(MdfExporter(f.temp.db()).exportRequests(path, what, unicode).ok());
        const QByteArray utf16 = readAll(path);
        REQUIRE(utf16.startsWith("\xFF\xFE"));
        QStringDecoder decode(QStringDecoder::Utf16LE);
        const QString text = decode(utf16.mid(2));
        const QList<QStringList> rows = parseCsv(text, u'\t');
        REQUIRE(rows.size() == 3);
        CHECK(byHeader(rows.at(0), rows.at(1)).value(s("Partner")) == s("Công ty Đông Á"));
    }
    SECTION("a cancelled export leaves no file")
    {
        QFile::remove(path);
        std::atomic_bool cancel { true };
        const Result<MdfExportResult> cancelled = MdfExporter(f.temp.db()).exportRequests(path, what, {}, {}, &cancel);
        REQUIRE_FALSE(cancelled.ok());
        CHECK(cancelled.error().code == Error::Code::Cancelled);
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("an unknown delimiter is refused")
    {
        MdfExportFormat odd;
        odd.delimiter = u':';
        const Result<MdfExportResult> refused = MdfExporter(f.temp.db()).exportRequests(path, what, odd);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == Error::Code::InvalidArgument);
    }
}

TEST_CASE("MdfExporter writes claims with what is paid and still owed (MDF-11)", "[mdf][mdf-export-csv]")
{
    Fixture f;
    Req r;
    r.status = s("approved");
    r.approved = 1000000;
    r.title = s("Roadshow");
    f.add(r); // MDF-0001
    Clm c;
    c.title = s("@SUM(A1:A9)");
    c.status = s("approved");
    c.amount = 2500;
    c.approved = 2000;
    c.decided = QDateTime(QDate(2027, 5, 3), QTime(9, 30), QTimeZone::utc());
    const QByteArray claimId = f.add(c); // CLM-0001
    c.title = s("Draft claim");
    c.status = s("draft");
    c.approved.reset();
    c.decided = {};
    f.add(c); // CLM-0002

    const QString path = f.temp.dirPath() + QStringLiteral("/claims.csv");
    MdfClaimExport what;
    what.sort = MdfClaimSort::Number;
    what.descending = false;
    const Result<MdfExportResult> exported = MdfExporter(f.temp.db()).exportClaims(path, what);
    REQUIRE(exported.ok());
    CHECK(exported->rows == 2);
    const QList<QStringList> records = parseCsv(QString::fromUtf8(readAll(path).mid(3)));
    REQUIRE(records.size() == 3);
    CHECK(records.at(0) == MdfExporter::claimHeaders());
    const QHash<QString, QString> a = byHeader(records.at(0), records.at(1));
    CHECK(a.value(s("Number")) == s("CLM-0001"));
    CHECK(a.value(s("Title")) == s("'@SUM(A1:A9)"));
    CHECK(a.value(s("Request")) == s("MDF-0001"));
    CHECK(a.value(s("Request title")) == s("Roadshow"));
    CHECK(a.value(s("Partner")) == s("Müller Systems"));
    CHECK(a.value(s("Claimed")) == s("25.00"));
    CHECK(a.value(s("Approved")) == s("20.00"));
    CHECK(a.value(s("Paid")) == s("0.00"));
    CHECK(a.value(s("Outstanding")) == s("20.00"));
    CHECK(a.value(s("Decided at")) == s("2027-05-03T09:30:00.000Z"));
    CHECK(a.value(s("ID")) == Uuid::toString(claimId));
    CHECK(a.value(s("Request ID")) == Uuid::toString(f.requests[0]));
    const QHash<QString, QString> b = byHeader(records.at(0), records.at(2));
    CHECK(b.value(s("Status")) == s("draft"));
    CHECK(b.value(s("Approved")).isEmpty());
    CHECK(b.value(s("Outstanding")).isEmpty());

    // The list's filter applies: only unpaid approved claims.
    what.filter.unpaidOnly = true;
    REQUIRE(MdfExporter(f.temp.db()).exportClaims(path, what).ok());
    CHECK(parseCsv(QString::fromUtf8(readAll(path).mid(3))).size() == 2);
}
