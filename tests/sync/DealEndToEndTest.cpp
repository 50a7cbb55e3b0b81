// Deals end to end (issue 4): the real channeldesk-server over HTTPS against client engines whose deals are written by
// the real repositories. A registration's approval chain (DR-03) and tasks (DR-11) reach the other device, the
// server accepts each approval as the clients write it, and an administrator's archive (DR-12) reaches the CAM with
// the deal's tasks and the notice.
#include "deals/ApprovalRouting.h"
#include "deals/DealTaskRepository.h"
#include "deals/DealTestSupport.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"
#include "sync/SyncEngine.h"
#include "sync/SyncStore.h"

using namespace ChannelDesk;
using namespace ChannelDesk::Test;

namespace {

TestServer& server()
{
    static TestServer instance;
    static const bool ready = [] {
        if (!instance.prepare() || !instance.start()) {
            FAIL("test server: " << instance.error().toStdString());
            return false;
        }
        return true;
    }();
    REQUIRE(ready);
    return instance;
}

struct Client
{
    explicit Client(const QString& user)
        : engine(db.path(), SyncAccount { server().url(), user, server().caFile(), {} })
    {
        REQUIRE(engine.open().ok());
        const SyncReport login = engine.signIn(QString::fromLatin1(TestServer::Password));
        INFO(login.message.toStdString());
        REQUIRE(login.outcome == SyncReport::Outcome::Ok);
    }

    void sync()
    {
        const SyncReport report = engine.runOnce();
        INFO(report.message.toStdString());
        REQUIRE(report.outcome == SyncReport::Outcome::Ok);
        const Result<QList<SyncConflict>> open = engine.store().openConflicts();
        REQUIRE(open.ok());
        QStringList lines;
        for (const SyncConflict& c : open.value())
            lines.append(QStringLiteral("%1 %2: %3").arg(c.entity, c.kind, c.reason));
        INFO(lines.join(QLatin1Char('\n')).toStdString());
        CHECK(report.rejected == 0);
        CHECK(open->isEmpty());
    }

    TempDatabase db;
    SyncEngine engine;
};

} // namespace

TEST_CASE("sync: a registration's approval chain and tasks reach the approver - an administrator's archive reaches the CAM",
          "[deals]")
{
    Client lan(QStringLiteral("lan"));
    DealRepository lanDeals(lan.db.db());
    REQUIRE(DealSettings(lan.db.db())
                .setApprovalRules({ [] {
                    ApprovalRule rule;
                    rule.name = QStringLiteral("Two steps");
                    rule.approvers = { QStringLiteral("lan"), QStringLiteral("boss") };
                    return rule;
                }() })
                .ok());
    const QByteArray partner = makePartner(lan.db.db(), QStringLiteral("Alpha Systems"), QStringLiteral("lan"));
    const Deal created = lanDeals.create(registration(partner, QStringLiteral("Acme")), QStringLiteral("lan")).value();
    advance(lanDeals, created.id, QStringLiteral("under_review"), QDateTime::currentDateTimeUtc());
    DealTask task;
    task.dealId = created.id;
    task.title = QStringLiteral("Call the buyer");
    task.assignee = QStringLiteral("lan");
    const DealTask added = DealTaskRepository(lan.db.db()).create(task).value();
    TransitionInput byLan;
    byLan.actor = QStringLiteral("lan");
    REQUIRE(lanDeals.transition(created.id, DealAction::SendForApproval, byLan).ok());
    const Deal stepped = lanDeals.transition(created.id, DealAction::Approve, byLan).value();
    REQUIRE(ApprovalRouting::waitingFor(stepped) == QStringList { QStringLiteral("boss") });
    lan.sync();

    // The administrator's device gets the registration in its chain's second stage, and its task.
    Client boss(QStringLiteral("boss"));
    boss.sync();
    DealRepository bossDeals(boss.db.db());
    const Deal pulled = bossDeals.get(created.id).value();
    CHECK(pulled.status == QStringLiteral("pending_approval"));
    CHECK(pulled.approvalChain == stepped.approvalChain);
    CHECK(ApprovalRouting::waitingFor(pulled) == QStringList { QStringLiteral("boss") });
    const QList<DealTask> tasks = DealTaskRepository(boss.db.db()).tasksOf(created.id).value();
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.first().title == QStringLiteral("Call the buyer"));
    CHECK(bossDeals.history(created.id)->size() == lanDeals.history(created.id)->size());

    // The last stage approves it; the server accepts the complete chain.
    TransitionInput byBoss;
    byBoss.actor = QStringLiteral("boss");
    REQUIRE(bossDeals.transition(created.id, DealAction::Approve, byBoss)->status == QStringLiteral("approved"));
    boss.sync();
    lan.sync();
    CHECK(lanDeals.get(created.id)->status == QStringLiteral("approved"));

    // An administrator archives it (the sign-in said "admin"); the CAM's device gets the tombstone, the task's too,
    // and the notice; the CAM could not have done it.
    CHECK(SyncStore(boss.db.db()).role() == QStringLiteral("admin"));
    CHECK_FALSE(lanDeals.canArchive());
    byBoss.reason = QStringLiteral("Entered twice");
    REQUIRE(bossDeals.archive(created.id, byBoss).ok());
    boss.sync();
    lan.sync();
    CHECK(lanDeals.get(created.id)->isDeleted());
    CHECK(DealTaskRepository(lan.db.db()).get(added.id)->meta.isDeleted());
    CHECK(lanDeals.archivedForOwner(QStringLiteral("lan"), {})->count == 1);
    CHECK(lanDeals.history(created.id)->last().reason == QStringLiteral("Entered twice"));
}
