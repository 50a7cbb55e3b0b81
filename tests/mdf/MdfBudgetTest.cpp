// Budgets and allocations through MdfBudgetRepository: MDF-01 (Σ allocations ≤ budget, amounts never below what is
// used, one currency), MDF-02 (allow_negative), MDF-03 (one allocation per budget, partner and period), outbox and
// history for every change, nothing left by a failed transaction.
#include "MdfTestSupport.h"
#include "deals/DealSettings.h"
#include "mdf/MdfEventLog.h"
#include "storage/RecordWriter.h"
#include "support/TempDatabase.h"

#include <QLocale>

using namespace ChannelDesk;
using namespace ChannelDesk::Test;

namespace {

QString fmt(qint64 minor, const QString& currency = QStringLiteral("USD"))
{
    return Money {minor, currency}.format(QLocale());
}

/// The record's history as its actions in order, space-separated (a QString: CHECK on a QStringList trips GCC's
/// -Wrestrict false positive).
QString actionsOf(Database& db, const QByteArray& id)
{
    const Result<QList<MdfEvent>> events = MdfEventLog(db).history(id);
    REQUIRE(events.ok());
    QStringList actions;
    for (const MdfEvent& e : *events)
        actions.append(e.action);
    return actions.join(QLatin1Char(' '));
}

/// Fails every RecordWriter change at its fault point while alive.
struct FailingWrites
{
    FailingWrites()
    {
        RecordWriter::setFaultHook([](const char*) { return Status(Error::storage(QStringLiteral("injected"), {})); });
    }
    ~FailingWrites() { RecordWriter::setFaultHook({}); }
};

qint64 rows(Database& db, const char* table)
{
    return mdfCountRows(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table)));
}

} // namespace

TEST_CASE("MDF-01 a budget is created with its owner - outbox entry - and history", "[mdf-budget]")
{
    TempDatabase temp;
    Database& db = temp.db();
    DealProgram program;
    program.currentUser = QStringLiteral("carol");
    REQUIRE(DealSettings(db).setProgram(program).ok());

    MdfBudget draft = mdfBudgetDraft(10'000'000);
    draft.owner.clear();
    const MdfBudget budget = mdfSaveBudget(db, draft);
    CHECK(budget.owner == QStringLiteral("carol")); // MdfSettings::me()
    CHECK(budget.id.size() == 16);
    CHECK(budget.amount == Money {10'000'000, QStringLiteral("USD")});
    CHECK(mdfOutboxCount(db, QStringLiteral("mdf_budget"), budget.id) == 1);

    const Result<QList<MdfEvent>> events = MdfEventLog(db).history(budget.id);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 1);
    CHECK(events->first().action == QStringLiteral("create"));
    CHECK(events->first().entity == QStringLiteral("budget"));
    CHECK(events->first().scopeRef == budget.id);
    CHECK(events->first().at == mdfDay());
    // The event itself is a synced record.
    CHECK(mdfOutboxCount(db, QStringLiteral("mdf_event"), events->first().id) == 1);

    MdfBudget invalid = mdfBudgetDraft(100);
    invalid.periodEnd = QDate(2026, 1, 1);
    const Result<MdfBudget> refused = MdfBudgetRepository(db).createBudget(invalid, mdfBy());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("period_end"));
}

TEST_CASE("MDF-01 allocations up to the budget exactly - one minor unit more is refused", "[mdf-budget]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const QByteArray a = mdfPartner(db, QStringLiteral("Alpha"));
    const QByteArray b = mdfPartner(db, QStringLiteral("Beta"));
    const MdfBudget budget = mdfCreateBudget(db, 100'000'00);
    mdfCreateAllocation(db, budget, a, 60'000'00);

    MdfBudgetRepository repo(db);
    const Result<MdfAllocation> over = repo.createAllocation(mdfAllocationDraft(budget, b, 40'000'01), mdfBy());
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().field == QStringLiteral("amount_minor"));
    CHECK(over.error().message
        == QStringLiteral("Allocations would exceed the budget: %1 allocated of %2 (MDF-01).")
               .arg(fmt(100'000'01), fmt(100'000'00)));
    CHECK(over.error().message.contains(QStringLiteral("$100,000.01")));
    CHECK(mdfCountRows(db, QStringLiteral("SELECT COUNT(*) FROM mdf_allocation")) == 1);

    const MdfAllocation exact = mdfCreateAllocation(db, budget, b, 40'000'00);
    CHECK(exact.amount.minor == 40'000'00);
    CHECK(mdfAuditText(db).isEmpty());

    // Raising one allocation now needs room in the budget (MDF-01), lowering it is fine.
    MdfAllocation raised = exact;
    raised.amount.minor += 1;
    const Result<bool> refused = repo.updateAllocation(raised, mdfBy());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("(MDF-01)")));
    MdfAllocation lowered = exact;
    lowered.amount.minor -= 1;
    REQUIRE(repo.updateAllocation(lowered, mdfBy()).ok());
    raised.amount.minor = 40'000'00;
    CHECK(*repo.updateAllocation(raised, mdfBy()) == true);
}

TEST_CASE("MDF-01 a budget cannot drop below its allocations - exactly equal is allowed", "[mdf-budget]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db, 10'000'000, 6'000'000);
    MdfBudgetRepository repo(db);
    MdfBudget edited = s.budget;
    edited.amount.minor = 5'999'999;
    const Result<bool> refused = repo.updateBudget(edited, mdfBy());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("amount_minor"));
    CHECK(refused.error().message
        == QStringLiteral(
            "The budget cannot be less than what is allocated from it: %1 allocated, %2 budgeted (MDF-01).")
               .arg(fmt(6'000'000), fmt(5'999'999)));
    edited.amount.minor = 6'000'000;
    const Result<bool> equal = repo.updateBudget(edited, mdfBy());
    REQUIRE(equal.ok());
    CHECK(*equal);
    CHECK(repo.budget(s.budget.id)->amount.minor == 6'000'000);
    // Nothing changed: no write, no event.
    const qint64 outbox = mdfCountRows(db, QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
    CHECK(*repo.updateBudget(edited, mdfBy()) == false);
    CHECK(mdfCountRows(db, QStringLiteral("SELECT COUNT(*) FROM sync_outbox")) == outbox);
    CHECK(actionsOf(db, s.budget.id) == QStringLiteral("create edit"));
    CHECK(mdfOutboxCount(db, QStringLiteral("mdf_budget"), s.budget.id) == 2);
}

TEST_CASE("MDF-01 the currency of a budget is fixed once it has allocations", "[mdf-budget]")
{
    TempDatabase temp;
    Database& db = temp.db();
    MdfBudgetRepository repo(db);
    MdfBudget empty = mdfCreateBudget(db, 5'000'000, QStringLiteral("EUR"));
    empty.amount.currency = QStringLiteral("USD");
    REQUIRE(repo.updateBudget(empty, mdfBy()).ok());

    const MdfSetup s = mdfSetup(db);
    MdfBudget edited = s.budget;
    edited.amount.currency = QStringLiteral("EUR");
    const Result<bool> refused = repo.updateBudget(edited, mdfBy());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("currency"));
    CHECK(refused.error().message.contains(QStringLiteral("USD")));

    // An allocation is always in its budget's currency, whatever the caller says.
    const QByteArray other = mdfPartner(db, QStringLiteral("Gamma"));
    MdfAllocation draft = mdfAllocationDraft(s.budget, other, 1000);
    draft.amount.currency = QStringLiteral("JPY");
    const Result<MdfAllocation> created = repo.createAllocation(draft, mdfBy());
    REQUIRE(created.ok());
    CHECK(created->amount.currency == QStringLiteral("USD"));
}

TEST_CASE("MDF-03 one allocation per budget partner and period - inside the budget's dates", "[mdf-budget]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db, 10'000'000, 1'000'000); // period "2027"
    MdfBudgetRepository repo(db);
    const Result<MdfAllocation> twice = repo.createAllocation(mdfAllocationDraft(s.budget, s.partnerId, 1000), mdfBy());
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().field == QStringLiteral("period"));
    CHECK(twice.error().message.contains(QStringLiteral("(MDF-03)")));

    // Overlapping periods are the same money twice: "2027-Q2" lies inside the partner's "2027".
    const Result<MdfAllocation> overlapping
        = repo.createAllocation(mdfAllocationDraft(s.budget, s.partnerId, 1000, QStringLiteral("2027-Q2")), mdfBy());
    REQUIRE_FALSE(overlapping.ok());
    CHECK(overlapping.error().field == QStringLiteral("period"));
    CHECK(overlapping.error().message.contains(QStringLiteral("overlaps 2027-Q2 (MDF-03)")));
    const Result<MdfAllocation> outside
        = repo.createAllocation(mdfAllocationDraft(s.budget, s.partnerId, 1000, QStringLiteral("2028-Q1")), mdfBy());
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.error().field == QStringLiteral("period"));
    CHECK(outside.error().message.contains(QStringLiteral("outside the budget's dates")));

    // The budget's dates cannot shrink past an allocation's period.
    MdfBudget shorter = s.budget;
    shorter.periodEnd = QDate(2027, 6, 30);
    const Result<bool> refused = repo.updateBudget(shorter, mdfBy());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("period_end"));

    // A deleted allocation frees its period; restoring it re-checks MDF-03.
    REQUIRE(repo.removeAllocation(s.allocation.id, mdfBy()).ok());
    const MdfAllocation again = mdfCreateAllocation(db, s.budget, s.partnerId, 1000);
    const Status restore = repo.restoreAllocation(s.allocation.id, mdfBy());
    REQUIRE_FALSE(restore.ok());
    CHECK(restore.error().message.contains(QStringLiteral("(MDF-03)")));
    REQUIRE(repo.removeAllocation(again.id, mdfBy()).ok());
    CHECK(repo.restoreAllocation(s.allocation.id, mdfBy()).ok());
    CHECK(actionsOf(db, s.allocation.id) == QStringLiteral("create delete restore"));
    CHECK(mdfOutboxCount(db, QStringLiteral("mdf_allocation"), s.allocation.id) == 3);
}

TEST_CASE("MDF-01 restoring an allocation re-checks the budget", "[mdf-budget]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db, 1'000'000, 600'000);
    MdfBudgetRepository repo(db);
    REQUIRE(repo.removeAllocation(s.allocation.id, mdfBy()).ok());
    const QByteArray other = mdfPartner(db, QStringLiteral("Delta"));
    mdfCreateAllocation(db, s.budget, other, 500'000);
    const Status restore = repo.restoreAllocation(s.allocation.id, mdfBy());
    REQUIRE_FALSE(restore.ok());
    CHECK(restore.error().message
        == QStringLiteral("Allocations would exceed the budget: %1 allocated of %2 (MDF-01).")
               .arg(fmt(1'100'000), fmt(1'000'000)));
    CHECK(repo.allocation(s.allocation.id)->meta.isDeleted());
}

TEST_CASE("MDF-01 an allocation cannot drop below what approved requests hold", "[mdf-budget]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db, 10'000'000, 1'000'000);
    mdfApprovedRequest(db, s.allocation, {300'000, 100'000});
    MdfBudgetRepository repo(db);
    MdfAllocation edited = *repo.allocation(s.allocation.id);
    edited.amount.minor = 399'999;
    const Result<bool> refused = repo.updateAllocation(edited, mdfBy());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message
        == QStringLiteral("The allocation cannot be less than what approved requests hold: %1 committed, %2 "
                          "allocated (MDF-01).")
               .arg(fmt(400'000), fmt(399'999)));
    edited.amount.minor = 400'000;
    CHECK(*repo.updateAllocation(edited, mdfBy()) == true);
    CHECK(mdfAuditText(db).isEmpty());

    // Deleting the allocation or its budget while something draws on it is refused.
    const Status removeAllocation = repo.removeAllocation(s.allocation.id, mdfBy());
    REQUIRE_FALSE(removeAllocation.ok());
    CHECK(removeAllocation.error().message.contains(QStringLiteral("1 fund request")));
    const Status removeBudget = repo.removeBudget(s.budget.id, mdfBy());
    REQUIRE_FALSE(removeBudget.ok());
    CHECK(removeBudget.error().message.contains(QStringLiteral("1 allocation")));
}

TEST_CASE(
    "MDF-02 with allow_negative an allocation may drop below what is committed - never the budget", "[mdf-budget]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db, 2'000'000, 1'000'000, QStringLiteral("USD"), true);
    mdfApprovedRequest(db, s.allocation, {800'000});
    MdfBudgetRepository repo(db);
    MdfAllocation edited = *repo.allocation(s.allocation.id);
    edited.amount.minor = 500'000;
    CHECK(*repo.updateAllocation(edited, mdfBy()) == true);
    CHECK(mdfAuditText(db).isEmpty()); // MDF-02 is relaxed for this budget

    // Σ allocations ≤ budget still holds (MDF-01 is never relaxed).
    edited.amount.minor = 2'000'001;
    const Result<bool> refused = repo.updateAllocation(edited, mdfBy());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("(MDF-01)")));
}

TEST_CASE("MDF-01 VND and JPY budgets have no minor digits in messages", "[mdf-budget]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const QByteArray partner = mdfPartner(db);
    MdfBudgetRepository repo(db);
    const MdfBudget vnd = mdfCreateBudget(db, 500'000'000, QStringLiteral("VND")); // 500 million đồng
    mdfCreateAllocation(db, vnd, partner, 500'000'000);
    const QByteArray other = mdfPartner(db, QStringLiteral("Công ty Đông Á"));
    const Result<MdfAllocation> over = repo.createAllocation(mdfAllocationDraft(vnd, other, 1), mdfBy());
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().message.contains(QStringLiteral("500,000,001")));
    CHECK_FALSE(over.error().message.contains(QStringLiteral(".00")));

    const MdfBudget jpy = mdfCreateBudget(db, 1'000'000, QStringLiteral("JPY"));
    mdfCreateAllocation(db, jpy, partner, 999'999);
    const Result<MdfAllocation> jpyOver = repo.createAllocation(mdfAllocationDraft(jpy, other, 2), mdfBy());
    REQUIRE_FALSE(jpyOver.ok());
    CHECK(jpyOver.error().message
        == QStringLiteral("Allocations would exceed the budget: %1 allocated of %2 (MDF-01).")
               .arg(fmt(1'000'001, QStringLiteral("JPY")), fmt(1'000'000, QStringLiteral("JPY"))));
    CHECK(jpyOver.error().message.contains(QStringLiteral("1,000,001")));
    CHECK(repo.createAllocation(mdfAllocationDraft(jpy, other, 1), mdfBy()).ok());
}

TEST_CASE("MDF-03 the request picker lists live authorised allocations newest period first", "[mdf-budget]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db, 10'000'000, 1'000'000); // "2027"
    MdfBudgetRepository repo(db);
    REQUIRE(repo.removeAllocation(s.allocation.id, mdfBy()).ok()); // frees the year for shorter periods
    const MdfAllocation q3 = mdfCreateAllocation(db, s.budget, s.partnerId, 1000, QStringLiteral("2027-Q3"));
    MdfAllocation unauthorised = mdfAllocationDraft(s.budget, s.partnerId, 1000, QStringLiteral("2027-Q4"));
    unauthorised.authorized = false;
    REQUIRE(repo.createAllocation(unauthorised, mdfBy()).ok());
    const MdfAllocation q1 = mdfCreateAllocation(db, s.budget, s.partnerId, 1000, QStringLiteral("2027-Q1"));
    REQUIRE(repo.removeAllocation(q1.id, mdfBy()).ok());
    const MdfAllocation h1 = mdfCreateAllocation(db, s.budget, s.partnerId, 1000, QStringLiteral("2027-H1"));

    const Result<QList<MdfAllocation>> picker = repo.allocationsOfPartner(s.partnerId);
    REQUIRE(picker.ok());
    REQUIRE(picker->size() == 2);
    CHECK(picker->at(0).id == q3.id);
    CHECK(picker->at(1).id == h1.id);
    CHECK(repo.allocations(s.budget.id)->size() == 3);
    CHECK(repo.budgets()->size() == 1);
}

TEST_CASE("MDF-01 a failed write leaves no budget - allocation - outbox entry or event", "[mdf-budget]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db);
    const QByteArray other = mdfPartner(db, QStringLiteral("Epsilon"));
    const qint64 outbox = rows(db, "sync_outbox");
    const qint64 events = rows(db, "mdf_event");
    MdfBudgetRepository repo(db);
    MdfAllocation edited = s.allocation;
    edited.amount.minor -= 1;
    {
        FailingWrites failing;
        CHECK_FALSE(repo.createBudget(mdfBudgetDraft(100), mdfBy()).ok());
        CHECK_FALSE(repo.createAllocation(mdfAllocationDraft(s.budget, other, 1000), mdfBy()).ok());
        CHECK_FALSE(repo.updateAllocation(edited, mdfBy()).ok());
        CHECK_FALSE(repo.removeAllocation(s.allocation.id, mdfBy()).ok());
    }
    CHECK(rows(db, "mdf_budget") == 1);
    CHECK(rows(db, "mdf_allocation") == 1);
    CHECK(rows(db, "sync_outbox") == outbox);
    CHECK(rows(db, "mdf_event") == events);
    CHECK(repo.allocation(s.allocation.id)->amount.minor == s.allocation.amount.minor);
    CHECK_FALSE(repo.allocation(s.allocation.id)->meta.isDeleted());

    // The event is the last write of a change: failing only there still leaves nothing.
    RecordWriter::setFaultHook([&db](const char*) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM mdf_allocation WHERE partner_id IS NOT NULL"));
        q.next();
        return q.value(0).toLongLong() > 1 ? Status(Error::storage(QStringLiteral("injected"), {})) : Status();
    });
    const Result<MdfAllocation> created = repo.createAllocation(mdfAllocationDraft(s.budget, other, 1000), mdfBy());
    RecordWriter::setFaultHook({});
    CHECK_FALSE(created.ok());
    CHECK(rows(db, "mdf_allocation") == 1);
    CHECK(rows(db, "sync_outbox") == outbox);
    CHECK(rows(db, "mdf_event") == events);
}
