// DR-11 tasks on deal registrations through DealTaskRepository and the DealRepository cascades: tasks exist only in
// the active states, a registration leaving them cancels its open tasks, archiving or deleting it takes them along
// and bringing it back restores them; every change is a row and its outbox entry.
#include "DealTestSupport.h"
#include "common/Uuid.h"
#include "deals/DealTaskRepository.h"
#include "deals/DealWorkflow.h"
#include "support/TempDatabase.h"
#include "sync/SyncSchema.h"

#include <catch2/catch.hpp>

using namespace ChannelDesk;
using namespace ChannelDesk::Test;

namespace {

DealTask taskFor(const Deal& deal, const QString& title, const QDate& due = {})
{
    DealTask task;
    task.dealId = deal.id;
    task.title = title;
    task.assignee = QStringLiteral("pat");
    task.dueOn = due;
    return task;
}

// A registration of `partner` for `customer`, moved on to `status`.
Deal registrationAt(DealRepository& repo, const QByteArray& partner, const QString& status, const QString& customer)
{
    const Result<Deal> created = repo.create(registration(partner, customer), QStringLiteral("pat"));
    REQUIRE(created.ok());
    return advance(repo, created->id, status);
}

qint64 outboxCount(Database& db)
{
    return countRows(db, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE entity = 'deal_task'"));
}

} // namespace

TEST_CASE("DR-11 tasks exist only while the registration is submitted - under review - pending approval or approved",
          "[deals][tasks]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("pat"));
    DealRepository repo(temp.db());
    DealTaskRepository tasks(temp.db());
    const Deal draft = repo.create(registration(partner, QStringLiteral("Acme")), QStringLiteral("pat")).value();

    // Draft: refused with the rule, nothing written.
    const Result<DealTask> onDraft = tasks.create(taskFor(draft, QStringLiteral("Call the buyer")));
    REQUIRE_FALSE(onDraft.ok());
    CHECK(onDraft.error().message.contains(QStringLiteral("DR-11")));
    CHECK(outboxCount(temp.db()) == 0);

    for (const char* status : { "submitted", "under_review", "pending_approval", "approved" }) {
        DYNAMIC_SECTION(status)
        {
            const Deal deal = registrationAt(repo, partner, QString::fromLatin1(status), QStringLiteral("Globex"));
            const Result<DealTask> created = tasks.create(taskFor(deal, QStringLiteral("  Check the partner's certification  "),
                                                                  QDate(2026, 12, 1)));
            INFO((created.ok() ? QString() : created.error().message).toStdString());
            REQUIRE(created.ok());
            CHECK(created->title == QStringLiteral("Check the partner's certification"));
            CHECK(created->status == QStringLiteral("open"));
            CHECK(created->partnerId == partner); // the deal's scope
            CHECK(outboxCount(temp.db()) == 1);
        }
    }

    // An opportunity takes no tasks; a title is required and bounded.
    const Deal submitted = registrationAt(repo, partner, QStringLiteral("submitted"), QStringLiteral("Initech"));
    CHECK(tasks.create(taskFor(submitted, QStringLiteral("   "))).error().field == QStringLiteral("title"));
    CHECK(tasks.create(taskFor(submitted, QString(DealTaskRepository::MaxTitleLength + 1, QLatin1Char('x'))))
              .error().field == QStringLiteral("title"));
    Deal opportunity;
    opportunity.kind = QStringLiteral("opportunity");
    opportunity.status = QStringLiteral("open");
    CHECK_FALSE(DealWorkflow::allowsTasks(opportunity));
    CHECK(DealWorkflow::checkTasksAllowed(opportunity).error().message.contains(QStringLiteral("opportunities")));
}

TEST_CASE("DR-11 done and reopened tasks - edits - deletion - each one change with its outbox entry", "[deals][tasks]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("pat"));
    DealRepository repo(temp.db());
    DealTaskRepository tasks(temp.db());
    const Deal deal = registrationAt(repo, partner, QStringLiteral("under_review"), QStringLiteral("Acme"));
    const DealTask first = tasks.create(taskFor(deal, QStringLiteral("Call the buyer"), QDate(2026, 12, 20))).value();
    const DealTask second = tasks.create(taskFor(deal, QStringLiteral("Ask for the BOM"), QDate(2026, 12, 5))).value();
    const DealTask third = tasks.create(taskFor(deal, QStringLiteral("Visit"))).value();
    REQUIRE(outboxCount(temp.db()) == 3);

    // Open first, by due date, undated last.
    QList<DealTask> list = tasks.tasksOf(deal.id).value();
    REQUIRE(list.size() == 3);
    CHECK(list[0].id == second.id);
    CHECK(list[1].id == first.id);
    CHECK(list[2].id == third.id);

    const DealTask done = tasks.setDone(second.id, true, utc(2026, 12, 4, 9)).value();
    CHECK(done.status == QStringLiteral("done"));
    CHECK(done.completedAt == utc(2026, 12, 4, 9));
    CHECK(tasks.tasksOf(deal.id)->last().id == second.id); // done ones after the open ones
    const DealTask reopened = tasks.setDone(second.id, false).value();
    CHECK(reopened.isOpen());
    CHECK_FALSE(reopened.completedAt.isValid());

    DealTask edited = first;
    edited.title = QStringLiteral("Call the buyer again");
    edited.assignee = QStringLiteral("lan");
    edited.status = QStringLiteral("done"); // not an edit's business: ignored
    CHECK(tasks.update(edited).value());
    CHECK(tasks.get(first.id)->title == QStringLiteral("Call the buyer again"));
    CHECK(tasks.get(first.id)->isOpen());
    CHECK_FALSE(tasks.update(edited).value()); // nothing changed: no outbox entry
    const qint64 entries = outboxCount(temp.db());
    REQUIRE(tasks.remove(third.id).ok());
    CHECK(outboxCount(temp.db()) == entries + 1);
    CHECK(tasks.tasksOf(deal.id)->size() == 2);
    CHECK(tasks.get(third.id)->meta.isDeleted());
}

TEST_CASE("DR-11 a registration leaving the active states cancels its open tasks - done ones stay done", "[deals][tasks]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("pat"));
    DealRepository repo(temp.db());
    DealTaskRepository tasks(temp.db());

    SECTION("rejected")
    {
        const Deal deal = registrationAt(repo, partner, QStringLiteral("under_review"), QStringLiteral("Acme"));
        const DealTask open = tasks.create(taskFor(deal, QStringLiteral("Call the buyer"))).value();
        const DealTask done = tasks.create(taskFor(deal, QStringLiteral("Check the BOM"))).value();
        REQUIRE(tasks.setDone(done.id, true).ok());
        REQUIRE(repo.transition(deal.id, DealAction::Reject, by(QStringLiteral("pat"), onDay(1), QStringLiteral("No budget"))).ok());
        CHECK(tasks.get(open.id)->status == QStringLiteral("canceled"));
        CHECK(tasks.get(done.id)->status == QStringLiteral("done"));
        // Closed: nothing more, and a canceled task stays canceled.
        CHECK_FALSE(tasks.create(taskFor(repo.get(deal.id).value(), QStringLiteral("Late"))).ok());
        CHECK_FALSE(tasks.setDone(open.id, true).ok());
    }
    SECTION("recalled to draft")
    {
        const Deal deal = registrationAt(repo, partner, QStringLiteral("submitted"), QStringLiteral("Acme"));
        const DealTask open = tasks.create(taskFor(deal, QStringLiteral("Call the buyer"))).value();
        REQUIRE(repo.transition(deal.id, DealAction::Recall, by(QStringLiteral("pat"), onDay(1))).ok());
        CHECK(tasks.get(open.id)->status == QStringLiteral("canceled"));
    }
    SECTION("expired by the scheduled job")
    {
        const Deal deal = registrationAt(repo, partner, QStringLiteral("approved"), QStringLiteral("Acme"));
        const DealTask open = tasks.create(taskFor(deal, QStringLiteral("Chase the PO"))).value();
        REQUIRE(repo.expireDue(deal.expiresOn.addDays(1)).value() == 1);
        CHECK(tasks.get(open.id)->status == QStringLiteral("canceled"));
    }
    SECTION("converted")
    {
        const Deal deal = registrationAt(repo, partner, QStringLiteral("approved"), QStringLiteral("Acme"));
        const DealTask open = tasks.create(taskFor(deal, QStringLiteral("Chase the PO"))).value();
        REQUIRE(repo.convert(deal.id, by(QStringLiteral("pat"), onDay(1))).ok());
        CHECK(tasks.get(open.id)->status == QStringLiteral("canceled"));
    }
    SECTION("an edit of an active registration leaves its tasks alone")
    {
        const Deal deal = registrationAt(repo, partner, QStringLiteral("approved"), QStringLiteral("Acme"));
        const DealTask open = tasks.create(taskFor(deal, QStringLiteral("Chase the PO"))).value();
        Deal edited = repo.get(deal.id).value();
        edited.description = QStringLiteral("Bigger scope");
        REQUIRE(repo.update(edited, QStringLiteral("pat")).ok());
        CHECK(tasks.get(open.id)->isOpen());
    }
}

TEST_CASE("DR-11 DR-12 archiving a registration takes its tasks along and restoring it brings exactly those back",
          "[deals][tasks][archive]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("pat"));
    DealRepository repo(temp.db());
    DealTaskRepository tasks(temp.db());
    const Deal deal = registrationAt(repo, partner, QStringLiteral("approved"), QStringLiteral("Acme"));
    const DealTask kept = tasks.create(taskFor(deal, QStringLiteral("Chase the PO"))).value();
    const DealTask deletedBefore = tasks.create(taskFor(deal, QStringLiteral("Old idea"))).value();
    REQUIRE(tasks.remove(deletedBefore.id).ok());

    REQUIRE(repo.archive(deal.id, by(QStringLiteral("boss"), onDay(1), QStringLiteral("Test data"))).ok());
    CHECK(tasks.get(kept.id)->meta.isDeleted());
    CHECK(tasks.tasksOf(deal.id)->isEmpty());
    CHECK(countRows(temp.db(), QStringLiteral("SELECT count(*) FROM sync_outbox WHERE entity = 'deal_task' AND op = 'delete'"))
          == 2);
    CHECK(repo.history(deal.id)->last().detail.contains(Uuid::toString(kept.id)));

    REQUIRE(repo.unarchive(deal.id, by(QStringLiteral("boss"), onDay(2))).ok());
    CHECK_FALSE(tasks.get(kept.id)->meta.isDeleted());
    CHECK(tasks.get(deletedBefore.id)->meta.isDeleted()); // deleted on its own before: stays deleted
    CHECK(tasks.tasksOf(deal.id)->size() == 1);
}

TEST_CASE("DR-11 deal_task is a synced entity in the partner's scope", "[deals][tasks][sync]")
{
    const SyncEntity* entity = SyncSchema::find(QStringLiteral("deal_task"));
    REQUIRE(entity);
    CHECK(entity->parentField == QStringLiteral("partner_id"));
    CHECK(entity->rank > SyncSchema::find(QStringLiteral("deal"))->rank);
    CHECK(entity->field(QStringLiteral("deal_id"))->kind == SyncFieldKind::Reference);
    CHECK(entity->field(QStringLiteral("due_on"))->kind == SyncFieldKind::OptionalText);
    CHECK(entity->field(QStringLiteral("completed_at"))->kind == SyncFieldKind::OptionalText);
    CHECK(entity->field(QStringLiteral("deleted_at")));
}
