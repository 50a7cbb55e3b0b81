// The budget → allocation tree with live balances (issue 5, MDF-01/02): MdfBalances reads the totals the schema's
// triggers keep. Rows are written through RecordWriter (the synced-row write path), so these tests check the
// triggers' definitions of requested, committed, claimed, approved and paid as well as the tree, its totals and its
// filters, independently of the repositories' rules.
#include "common/Uuid.h"
#include "domain/Mdf.h"
#include "mdf/MdfBalances.h"
#include "partners/PartnerRepository.h"
#include "storage/RecordWriter.h"
#include "support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace ChannelDesk;
using ChannelDesk::Test::TempDatabase;

namespace {

template <class T>
QVariantMap valuesOf(const T& record, const QList<MdfFieldDef<T>>& fields)
{
    QVariantMap values;
    for (const MdfFieldDef<T>& field : fields)
        values.insert(QString::fromLatin1(field.column), field.get(record));
    return values;
}

/// Writes MDF rows as a pulled or repository-written row would be stored (RecordWriter), without the ledger's checks:
/// the tests set up exactly the statuses and amounts whose totals they compute by hand.
class Rows
{
public:
    explicit Rows(Database& db)
        : m_db(db)
        , m_writer(db)
    {
    }

    QByteArray partner(const QString& name)
    {
        Partner p;
        p.name = name;
        p.country = QStringLiteral("DE");
        p.owner = QStringLiteral("anna");
        const Result<Partner> created = PartnerRepository(m_db).create(p);
        REQUIRE(created.ok());
        return created->id;
    }

    QByteArray budget(const QString& name, qint64 amount, const QString& owner = QStringLiteral("anna"),
                      bool allowNegative = false, const QDate& start = QDate(2027, 1, 1), const QDate& end = QDate(2027, 12, 31),
                      const QString& program = QStringLiteral("Partner Marketing"))
    {
        MdfBudget b;
        b.id = Uuid::createV7();
        b.name = name;
        b.program = program;
        b.periodStart = start;
        b.periodEnd = end;
        b.amount = { amount, QStringLiteral("USD") };
        b.owner = owner;
        b.allowNegative = allowNegative;
        REQUIRE(m_writer.insert({ QStringLiteral("mdf_budget"), QStringLiteral("mdf_budget") }, b.id,
                                valuesOf(b, mdfBudgetFields()))
                    .ok());
        return b.id;
    }

    QByteArray allocation(const QByteArray& budget, const QByteArray& partner, const QString& period, qint64 amount)
    {
        MdfAllocation a;
        a.id = Uuid::createV7();
        a.budgetId = budget;
        a.partnerId = partner;
        a.period = period;
        a.amount = { amount, QStringLiteral("USD") };
        REQUIRE(m_writer.insert({ QStringLiteral("mdf_allocation"), QStringLiteral("mdf_allocation") }, a.id,
                                valuesOf(a, mdfAllocationFields()))
                    .ok());
        m_partnerOf.insert(a.id, partner);
        return a.id;
    }

    QByteArray request(const QByteArray& allocation, const QString& status, qint64 requested,
                       std::optional<qint64> approved = std::nullopt)
    {
        MdfRequest r;
        r.id = Uuid::createV7();
        r.number = QStringLiteral("MDF-2701-%1").arg(++m_requests, 6, 10, QLatin1Char('0'));
        r.allocationId = allocation;
        r.partnerId = m_partnerOf.value(allocation);
        r.title = QStringLiteral("Activity %1").arg(m_requests);
        r.activityType = QStringLiteral("webinar");
        r.startDate = QDate(2027, 2, 1);
        r.endDate = QDate(2027, 2, 28);
        r.lines = { MdfRequestLine { QStringLiteral("k1"), QStringLiteral("Costs"), requested, approved,
                                     approved ? QStringLiteral("changed") : QStringLiteral("pending"), {} } };
        r.requested = { requested, QStringLiteral("USD") };
        r.approvedMinor = approved;
        r.status = status;
        REQUIRE(m_writer.insert({ QStringLiteral("mdf_request"), QStringLiteral("mdf_request") }, r.id,
                                valuesOf(r, mdfRequestFields()))
                    .ok());
        m_partnerOf.insert(r.id, r.partnerId);
        return r.id;
    }

    QByteArray claim(const QByteArray& request, const QString& status, qint64 amount,
                     std::optional<qint64> approved = std::nullopt)
    {
        MdfClaim c;
        c.id = Uuid::createV7();
        c.number = QStringLiteral("CLM-2701-%1").arg(++m_claims, 6, 10, QLatin1Char('0'));
        c.requestId = request;
        c.partnerId = m_partnerOf.value(request);
        c.title = QStringLiteral("Claim %1").arg(m_claims);
        c.lines = { MdfClaimLine { QStringLiteral("Invoice"), amount, QDate(2027, 3, 1), {} } };
        c.amount = { amount, QStringLiteral("USD") };
        c.approvedMinor = approved;
        c.status = status;
        REQUIRE(m_writer.insert({ QStringLiteral("mdf_claim"), QStringLiteral("mdf_claim") }, c.id,
                                valuesOf(c, mdfClaimFields()))
                    .ok());
        m_partnerOf.insert(c.id, c.partnerId);
        return c.id;
    }

    QByteArray payment(const QByteArray& claim, qint64 amount)
    {
        MdfPayment p;
        p.id = Uuid::createV7();
        p.claimId = claim;
        p.partnerId = m_partnerOf.value(claim);
        p.amount = { amount, QStringLiteral("USD") };
        p.paidOn = QDate(2027, 4, 1);
        p.method = QStringLiteral("bank_transfer");
        REQUIRE(m_writer.insert({ QStringLiteral("mdf_payment"), QStringLiteral("mdf_payment") }, p.id,
                                valuesOf(p, mdfPaymentFields()))
                    .ok());
        return p.id;
    }

    void remove(const QString& table, const QByteArray& id)
    {
        const Result<bool> removed = m_writer.setDeleted({ table, table }, id, true);
        REQUIRE(removed.ok());
        REQUIRE(removed.value());
    }

    void set(const QString& table, const QByteArray& id, const QVariantMap& values)
    {
        const Result<bool> changed = m_writer.update({ table, table }, id, values);
        REQUIRE(changed.ok());
        REQUIRE(changed.value());
    }

private:
    Database& m_db;
    RecordWriter m_writer;
    QHash<QByteArray, QByteArray> m_partnerOf; ///< record id → partner id (the sync scope every child carries)
    int m_requests = 0;
    int m_claims = 0;
};

QList<MdfBudgetNode> loadTree(Database& db, const MdfBalanceFilter& filter = {})
{
    const Result<QList<MdfBudgetNode>> tree = MdfBalances::load(db, filter);
    REQUIRE(tree.ok());
    return tree.value();
}

const MdfAllocationNode* findAllocation(const MdfBudgetNode& budget, const QByteArray& id)
{
    for (const MdfAllocationNode& a : budget.allocations) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

QStringList partnerNames(const MdfBudgetNode& budget)
{
    QStringList names;
    for (const MdfAllocationNode& a : budget.allocations)
        names.append(a.partnerName + QLatin1Char('/') + a.period);
    return names;
}

QStringList budgetNames(const QList<MdfBudgetNode>& tree)
{
    QStringList names;
    for (const MdfBudgetNode& b : tree)
        names.append(b.budget.name);
    return names;
}

} // namespace

TEST_CASE("MDF balances: totals are the hand-computed sums of requests claims and payments (MDF-01 MDF-02)",
          "[mdf-balances]")
{
    TempDatabase temp;
    Rows rows(temp.db());
    const QByteArray acme = rows.partner(QStringLiteral("Acme Networks"));
    const QByteArray bravo = rows.partner(QStringLiteral("Bravo Systems"));
    const QByteArray budget = rows.budget(QStringLiteral("Partner Marketing FY27"), 100'000'00);
    const QByteArray a = rows.allocation(budget, acme, QStringLiteral("2027-Q1"), 40'000'00);
    const QByteArray b = rows.allocation(budget, bravo, QStringLiteral("2027-Q2"), 30'000'00);
    const QByteArray gone = rows.allocation(budget, bravo, QStringLiteral("2027-Q3"), 5'000'00);
    rows.remove(QStringLiteral("mdf_allocation"), gone); // a tombstoned allocation counts nowhere

    // Allocation A.
    const QByteArray r1 = rows.request(a, QStringLiteral("approved"), 10'000'00, 8'000'00);
    rows.claim(r1, QStringLiteral("submitted"), 2'000'00);                       // exposure: its amount
    const QByteArray c2 = rows.claim(r1, QStringLiteral("paid"), 1'500'00, 1'200'00); // exposure: approved
    rows.payment(c2, 500'00);
    rows.payment(c2, 700'00);
    rows.claim(r1, QStringLiteral("draft"), 999'00);    // a draft exposes nothing
    rows.claim(r1, QStringLiteral("rejected"), 300'00); // nor does a rejected claim
    rows.request(a, QStringLiteral("submitted"), 5'000'00);  // requested, not committed
    rows.request(a, QStringLiteral("draft"), 7'000'00);      // nothing yet
    const QByteArray r4 = rows.request(a, QStringLiteral("closed"), 6'000'00, 6'000'00);
    const QByteArray c5 = rows.claim(r4, QStringLiteral("paid"), 2'500'00, 2'500'00);
    rows.payment(c5, 2'500'00);
    rows.request(a, QStringLiteral("rejected"), 4'000'00);
    rows.request(a, QStringLiteral("canceled"), 1'000'00);
    const QByteArray deletedDraft = rows.request(a, QStringLiteral("submitted"), 9'999'00);
    rows.remove(QStringLiteral("mdf_request"), deletedDraft);

    // Allocation B.
    const QByteArray r7 = rows.request(b, QStringLiteral("partially_approved"), 9'000'00, 5'000'00);
    rows.claim(r7, QStringLiteral("returned"), 1'000'00);
    rows.request(b, QStringLiteral("need_info"), 3'000'00);

    const QList<MdfBudgetNode> tree = loadTree(temp.db());
    REQUIRE(tree.size() == 1);
    const MdfBudgetNode& node = tree.first();
    CHECK(node.budget.id == budget);
    CHECK(node.budget.name == QStringLiteral("Partner Marketing FY27"));
    CHECK(node.budget.amount.currency == QStringLiteral("USD"));
    REQUIRE(node.allocations.size() == 2);

    const MdfAllocationNode* nodeA = findAllocation(node, a);
    REQUIRE(nodeA);
    CHECK(nodeA->partnerId == acme);
    CHECK(nodeA->partnerName == QStringLiteral("Acme Networks"));
    CHECK(nodeA->period == QStringLiteral("2027-Q1"));
    CHECK(nodeA->authorized);
    CHECK(nodeA->totals.amountMinor == 40'000'00);
    CHECK(nodeA->totals.allocatedMinor == 40'000'00);
    CHECK(nodeA->totals.requestedMinor == 10'000'00 + 5'000'00 + 6'000'00);
    CHECK(nodeA->totals.committedMinor == 8'000'00 + 2'500'00); // closed: what its claims were approved for
    CHECK(nodeA->totals.claimedMinor == 2'000'00 + 1'200'00 + 2'500'00);
    CHECK(nodeA->totals.claimsApprovedMinor == 1'200'00 + 2'500'00);
    CHECK(nodeA->totals.paidMinor == 1'200'00 + 2'500'00);
    CHECK(nodeA->totals.remainingMinor == 40'000'00 - 10'500'00);
    CHECK(nodeA->totals.allocatedUnusedMinor == 0); // a budget figure

    const MdfAllocationNode* nodeB = findAllocation(node, b);
    REQUIRE(nodeB);
    CHECK(nodeB->partnerName == QStringLiteral("Bravo Systems"));
    CHECK(nodeB->totals.requestedMinor == 9'000'00 + 3'000'00);
    CHECK(nodeB->totals.committedMinor == 5'000'00);
    CHECK(nodeB->totals.claimedMinor == 1'000'00);
    CHECK(nodeB->totals.claimsApprovedMinor == 0);
    CHECK(nodeB->totals.paidMinor == 0);
    CHECK(nodeB->totals.remainingMinor == 25'000'00);

    const MdfTotals& t = node.totals;
    CHECK(t.amountMinor == 100'000'00);
    CHECK(t.allocatedMinor == 70'000'00);
    CHECK(t.requestedMinor == 21'000'00 + 12'000'00);
    CHECK(t.committedMinor == 10'500'00 + 5'000'00);
    CHECK(t.claimedMinor == 5'700'00 + 1'000'00);
    CHECK(t.claimsApprovedMinor == 3'700'00);
    CHECK(t.paidMinor == 3'700'00);
    CHECK(t.remainingMinor == 30'000'00);             // what can still be allocated
    CHECK(t.allocatedUnusedMinor == 29'500'00 + 25'000'00); // allocated, not yet approved for anything

    SECTION("a later payment, approval or tombstone shows at the next load")
    {
        const QByteArray c8 = rows.claim(r7, QStringLiteral("approved"), 800'00, 800'00);
        rows.payment(c8, 300'00);
        rows.set(QStringLiteral("mdf_allocation"), b, { { QStringLiteral("amount_minor"), qint64(35'000'00) } });
        rows.remove(QStringLiteral("mdf_request"), r1);
        const QList<MdfBudgetNode> again = loadTree(temp.db());
        REQUIRE(again.size() == 1);
        const MdfAllocationNode* a2 = findAllocation(again.first(), a);
        const MdfAllocationNode* b2 = findAllocation(again.first(), b);
        REQUIRE(a2);
        REQUIRE(b2);
        CHECK(a2->totals.requestedMinor == 5'000'00 + 6'000'00);
        CHECK(a2->totals.committedMinor == 2'500'00);
        CHECK(a2->totals.claimedMinor == 2'500'00);
        CHECK(a2->totals.paidMinor == 2'500'00);
        CHECK(b2->totals.amountMinor == 35'000'00);
        CHECK(b2->totals.claimedMinor == 1'000'00 + 800'00);
        CHECK(b2->totals.claimsApprovedMinor == 800'00);
        CHECK(b2->totals.paidMinor == 300'00);
        CHECK(b2->totals.remainingMinor == 30'000'00);
        CHECK(again.first().totals.allocatedMinor == 75'000'00);
        CHECK(again.first().totals.remainingMinor == 25'000'00);
        CHECK(again.first().totals.allocatedUnusedMinor == (40'000'00 - 2'500'00) + 30'000'00);
    }
}

TEST_CASE("MDF balances: an overdrawn allocation is negative only where the budget allows it (MDF-02)", "[mdf-balances]")
{
    TempDatabase temp;
    Rows rows(temp.db());
    const QByteArray partner = rows.partner(QStringLiteral("Cường Phát"));
    const QByteArray budget = rows.budget(QStringLiteral("Co-op 2027"), 10'000'00, QStringLiteral("anna"), true);
    const QByteArray allocation = rows.allocation(budget, partner, QStringLiteral("2027"), 1'000'00);
    rows.request(allocation, QStringLiteral("approved"), 1'500'00, 1'500'00);

    const QList<MdfBudgetNode> tree = loadTree(temp.db());
    REQUIRE(tree.size() == 1);
    CHECK(tree.first().budget.allowNegative);
    REQUIRE(tree.first().allocations.size() == 1);
    const MdfTotals& t = tree.first().allocations.first().totals;
    CHECK(t.committedMinor == 1'500'00);
    CHECK(t.remainingMinor == -500'00);
    CHECK(tree.first().totals.allocatedUnusedMinor == -500'00);
    CHECK(tree.first().totals.remainingMinor == 9'000'00); // Σ allocations ≤ budget is never relaxed
}

TEST_CASE("MDF balances: allocations in partner name then period order and every filter", "[mdf-balances]")
{
    TempDatabase temp;
    Rows rows(temp.db());
    const QByteArray dong = rows.partner(QStringLiteral("Đông Á Tech"));
    const QByteArray zeta = rows.partner(QStringLiteral("zeta solutions"));
    const QByteArray alpha = rows.partner(QStringLiteral("Alpha IT"));
    const QByteArray fy26 = rows.budget(QStringLiteral("Partner Marketing FY26"), 500'000'00, QStringLiteral("anna"), false,
                                        QDate(2026, 1, 1), QDate(2026, 12, 31));
    const QByteArray fy27 = rows.budget(QStringLiteral("Partner Marketing FY27"), 500'000'00, QStringLiteral("anna"), false,
                                        QDate(2027, 1, 1), QDate(2027, 12, 31));
    const QByteArray coop = rows.budget(QStringLiteral("Vietnam co-op 2027"), 100'000'00, QStringLiteral("binh"), false,
                                        QDate(2027, 1, 1), QDate(2027, 12, 31), QStringLiteral("Co-op"));
    const QByteArray removed = rows.budget(QStringLiteral("Removed budget"), 1'000'00);
    rows.remove(QStringLiteral("mdf_budget"), removed);
    const QByteArray zetaQ2 = rows.allocation(fy27, zeta, QStringLiteral("2027-Q2"), 10'000'00);
    const QByteArray alphaQ2 = rows.allocation(fy27, alpha, QStringLiteral("2027-Q2"), 10'000'00);
    const QByteArray dongQ1 = rows.allocation(fy27, dong, QStringLiteral("2027-Q1"), 10'000'00);
    const QByteArray alphaQ1 = rows.allocation(fy27, alpha, QStringLiteral("2027-Q1"), 10'000'00);
    rows.allocation(fy26, alpha, QStringLiteral("2026"), 20'000'00);
    rows.allocation(coop, dong, QStringLiteral("2027"), 30'000'00);
    rows.request(dongQ1, QStringLiteral("approved"), 4'000'00, 4'000'00);
    (void)zetaQ2;
    (void)alphaQ2;
    (void)alphaQ1;

    SECTION("no filter: live budgets by period start then name; allocations by folded partner name then period")
    {
        const QList<MdfBudgetNode> tree = loadTree(temp.db());
        CHECK(budgetNames(tree).join(u',') == QStringLiteral("Partner Marketing FY26,Partner Marketing FY27,Vietnam co-op 2027"));
        REQUIRE(tree.size() == 3);
        CHECK(partnerNames(tree.at(1)).join(u',')
              == QStringLiteral("Alpha IT/2027-Q1,Alpha IT/2027-Q2,Đông Á Tech/2027-Q1,zeta solutions/2027-Q2"));
    }
    SECTION("owner")
    {
        const QList<MdfBudgetNode> tree = loadTree(temp.db(), MdfBalanceFilter { QStringLiteral("binh"), {}, {}, {} });
        CHECK(budgetNames(tree).join(u',') == QStringLiteral("Vietnam co-op 2027"));
    }
    SECTION("active on a date: the budget's period contains it, both ends included")
    {
        CHECK(budgetNames(loadTree(temp.db(), MdfBalanceFilter { {}, QDate(2026, 12, 31), {}, {} })).join(u',')
              == QStringLiteral("Partner Marketing FY26"));
        CHECK(budgetNames(loadTree(temp.db(), MdfBalanceFilter { {}, QDate(2027, 1, 1), {}, {} })).join(u',')
              == QStringLiteral("Partner Marketing FY27,Vietnam co-op 2027"));
        CHECK(loadTree(temp.db(), MdfBalanceFilter { {}, QDate(2028, 1, 1), {}, {} }).isEmpty());
    }
    SECTION("partner: only its allocations and budgets that have one; budget totals stay whole")
    {
        const QList<MdfBudgetNode> tree = loadTree(temp.db(), MdfBalanceFilter { {}, {}, dong, {} });
        CHECK(budgetNames(tree).join(u',') == QStringLiteral("Partner Marketing FY27,Vietnam co-op 2027"));
        REQUIRE(tree.size() == 2);
        CHECK(partnerNames(tree.first()).join(u',') == QStringLiteral("Đông Á Tech/2027-Q1"));
        CHECK(tree.first().totals.allocatedMinor == 40'000'00);
        CHECK(tree.first().totals.committedMinor == 4'000'00);
        CHECK(tree.first().totals.allocatedUnusedMinor == 36'000'00);
    }
    SECTION("search matches a budget's name or program, folded: all its allocations show")
    {
        const QList<MdfBudgetNode> tree = loadTree(temp.db(), MdfBalanceFilter { {}, {}, {}, QStringLiteral("CO-OP") });
        CHECK(budgetNames(tree).join(u',') == QStringLiteral("Vietnam co-op 2027"));
        const QList<MdfBudgetNode> byProgram = loadTree(temp.db(), MdfBalanceFilter { {}, {}, {}, QStringLiteral("marketing") });
        CHECK(budgetNames(byProgram).join(u',') == QStringLiteral("Partner Marketing FY26,Partner Marketing FY27"));
        REQUIRE(byProgram.size() == 2);
        CHECK(byProgram.at(1).allocations.size() == 4);
    }
    SECTION("search matches a partner's name without accents: only that partner's allocations")
    {
        const QList<MdfBudgetNode> tree = loadTree(temp.db(), MdfBalanceFilter { {}, {}, {}, QStringLiteral("dong a") });
        CHECK(budgetNames(tree).join(u',') == QStringLiteral("Partner Marketing FY27,Vietnam co-op 2027"));
        REQUIRE(tree.size() == 2);
        CHECK(partnerNames(tree.first()).join(u',') == QStringLiteral("Đông Á Tech/2027-Q1"));
        CHECK(tree.first().totals.allocatedMinor == 40'000'00);
        CHECK(loadTree(temp.db(), MdfBalanceFilter { {}, {}, {}, QStringLiteral("nobody") }).isEmpty());
    }
    SECTION("filters combine")
    {
        const QList<MdfBudgetNode> tree
            = loadTree(temp.db(), MdfBalanceFilter { QStringLiteral("anna"), QDate(2027, 6, 1), alpha, {} });
        REQUIRE(tree.size() == 1);
        CHECK(partnerNames(tree.first()).join(u',') == QStringLiteral("Alpha IT/2027-Q1,Alpha IT/2027-Q2"));
    }
}

TEST_CASE("MDF balances: an empty database gives an empty tree", "[mdf-balances]")
{
    TempDatabase temp;
    CHECK(loadTree(temp.db()).isEmpty());
}
