// Deals end to end (issue 4): the real channeldesk-server over HTTPS against client engines whose deals are written by
// the real repositories. A registration's approval chain (DR-03) and tasks (DR-11) reach the other device, the
// server accepts each approval as the clients write it, and an administrator's archive (DR-12) reaches the CAM with
// the deal's tasks and the notice.
#include "deals/ApprovalRouting.h"
#include "deals/DealTaskRepository.h"
#include "deals/DealTestSupport.h"
#include "EndToEndSupport.h"
#include "support/TestServer.h"
#include "sync/SyncStore.h"

using namespace ChannelDesk;
using namespace ChannelDesk::Test;

namespace {

// Syncs and checks that the server accepted everything as the client wrote it.
void syncAccepted(Client& client)
{
    const SyncReport report = client.sync();
    INFO(client.problems().toStdString());
    CHECK(report.rejected == 0);
    CHECK(client.problems().isEmpty());
}

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
    syncAccepted(lan);

    // The administrator's device gets the registration in its chain's second stage, and its task.
    Client boss(QStringLiteral("boss"));
    syncAccepted(boss);
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
    syncAccepted(boss);
    syncAccepted(lan);
    CHECK(lanDeals.get(created.id)->status == QStringLiteral("approved"));

    // An administrator archives it (the sign-in said "admin"); the CAM's device gets the tombstone, the task's too,
    // and the notice; the CAM could not have done it.
    CHECK(SyncStore(boss.db.db()).role() == QStringLiteral("admin"));
    CHECK_FALSE(lanDeals.canArchive());
    byBoss.reason = QStringLiteral("Entered twice");
    REQUIRE(bossDeals.archive(created.id, byBoss).ok());
    syncAccepted(boss);
    syncAccepted(lan);
    CHECK(lanDeals.get(created.id)->isDeleted());
    CHECK(DealTaskRepository(lan.db.db()).get(added.id)->meta.isDeleted());
    CHECK(lanDeals.archivedForOwner(QStringLiteral("lan"), {})->count == 1);
    CHECK(lanDeals.history(created.id)->last().reason == QStringLiteral("Entered twice"));
}
