// DR-03 approval routing: rules with conditions on the deal select approvers; the chain is sequential or parallel
// stages; all required approvers must approve and any rejection ends the chain; an approver may return the
// registration for information; the chain is previewed before sending and kept in the audit trail.
#include "DealTestSupport.h"
#include "deals/ApprovalRouting.h"
#include "deals/DealQuery.h"
#include "support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ChannelDesk;
using namespace ChannelDesk::Test;

namespace {

ApprovalRule rule(const QString& name, const QStringList& approvers, bool parallel = false, qint64 minAmount = 0,
                  const QStringList& countries = {}, const QStringList& products = {})
{
    ApprovalRule r;
    r.name = name;
    r.approvers = approvers;
    r.parallel = parallel;
    r.minAmountMinor = minAmount;
    r.countries = countries;
    r.products = products;
    return r;
}

QStringList waiting(DealRepository& repo, const QByteArray& id)
{
    return ApprovalRouting::waitingFor(repo.get(id).value());
}

QStringList waitingIds(Database& db, const QString& me)
{
    DealFilter filter;
    filter.waitingFor = me;
    const DealSql sql = DealQuery::build(filter, DealSort::Number, false);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT d.number FROM deal d JOIN partner p ON p.id = d.partner_id WHERE ") + sql.where);
    for (const QVariant& value : sql.values)
        q.addBindValue(value);
    REQUIRE(q.exec());
    QStringList numbers;
    while (q.next())
        numbers.append(q.value(0).toString());
    return numbers;
}

} // namespace

TEST_CASE("DR-03 routing rules match on amount in the base currency - country and product - and build the chain",
          "[deals][routing]")
{
    Deal deal;
    deal.cam = QStringLiteral("anna");
    deal.customerCountry = QStringLiteral("VN");
    deal.lineItems = { line(QStringLiteral("HW-STOR-20"), 1, 100) };
    const QList<ApprovalRule> rules {
        rule(QStringLiteral("Large deals"), { QStringLiteral("director"), QStringLiteral("vp") }, false, 5000000),
        rule(QStringLiteral("Vietnam"), { QStringLiteral("lan"), QStringLiteral("minh") }, true, 0, { QStringLiteral("vn") }),
        rule(QStringLiteral("Storage"), { QStringLiteral("minh"), QStringLiteral("pm.storage") }, false, 0, {},
             { QStringLiteral("HW-STOR-20") }),
        rule(QStringLiteral("Germany"), { QStringLiteral("klaus") }, false, 0, { QStringLiteral("DE") }),
    };

    // At exactly the threshold the large-deal rule applies: its approvers one after another, then the Vietnamese
    // pair together, then storage without minh, who was already asked.
    const QList<ApprovalStage> chain = ApprovalRouting::build(deal, rules, 5000000);
    REQUIRE(chain.size() == 4);
    CHECK(chain[0].approvers == QStringList { QStringLiteral("director") });
    CHECK(chain[1].approvers == QStringList { QStringLiteral("vp") });
    CHECK(chain[1].rule == QStringLiteral("Large deals"));
    CHECK(chain[2].approvers == QStringList { QStringLiteral("lan"), QStringLiteral("minh") });
    CHECK(chain[3].approvers == QStringList { QStringLiteral("pm.storage") });
    // One unit below it does not.
    CHECK(ApprovalRouting::build(deal, rules, 4999999).size() == 2);
    // Nothing matches: the CAM alone.
    Deal other = deal;
    other.customerCountry = QStringLiteral("FR");
    other.lineItems = { line(QStringLiteral("SVC-IMPL"), 1, 100) };
    const QList<ApprovalStage> plain = ApprovalRouting::build(other, rules, 100);
    REQUIRE(plain.size() == 1);
    CHECK(plain[0].approvers == QStringList { QStringLiteral("anna") });
    CHECK(ApprovalRouting::approverField(plain, QStringLiteral("anna")).isEmpty());
    CHECK(ApprovalRouting::needsAmount(rules));
    CHECK_FALSE(ApprovalRouting::needsAmount({ rules[1] }));

    // Progress: a parallel stage is done only when both approved; the field lists who is still waiting.
    QList<ApprovalStage> progress = ApprovalRouting::build(deal, rules, 0);
    REQUIRE(progress.size() == 2);
    CHECK(ApprovalRouting::approverField(progress, QStringLiteral("anna")) == QStringLiteral("lan minh"));
    progress[0].approved = { QStringLiteral("minh") };
    CHECK(ApprovalRouting::currentStage(progress) == 0);
    CHECK(ApprovalRouting::approverField(progress, QStringLiteral("anna")) == QStringLiteral("lan"));
    progress[0].approved.append(QStringLiteral("lan"));
    CHECK(ApprovalRouting::currentStage(progress) == 1);
    progress[1].approved = { QStringLiteral("pm.storage") };
    CHECK(ApprovalRouting::currentStage(progress) == -1);
    CHECK(approvalChainFromJson(approvalChainToJson(progress)) == progress);
    CHECK(approvalChainToJson({}).isEmpty());
}

TEST_CASE("DR-03 routing rules are stored in order and refused when incomplete", "[deals][routing][settings]")
{
    TempDatabase temp;
    DealSettings settings(temp.db());
    const QList<ApprovalRule> rules {
        rule(QStringLiteral("Large"), { QStringLiteral("director"), QStringLiteral("vp") }, false, 5000000),
        rule(QStringLiteral("Vietnam"), { QStringLiteral("lan, minh") }, true, 0, { QStringLiteral("vn") }),
    };
    REQUIRE(settings.setApprovalRules(rules).ok());
    const QList<ApprovalRule> stored = settings.approvalRules().value();
    REQUIRE(stored.size() == 2);
    CHECK(stored[0] == rules[0]);
    CHECK(stored[1].approvers == QStringList { QStringLiteral("lan"), QStringLiteral("minh") }); // split on commas
    CHECK(stored[1].countries == QStringList { QStringLiteral("VN") });
    CHECK(stored[1].parallel);

    CHECK(settings.setApprovalRules({ rule(QStringLiteral("Empty"), {}) }).error().field == QStringLiteral("approvers"));
    CHECK(settings.setApprovalRules({ rule(QStringLiteral("Twice"), { QStringLiteral("a"), QStringLiteral("a") }) })
              .error().field == QStringLiteral("approvers"));
    CHECK(settings.setApprovalRules({ rule(QStringLiteral("Where"), { QStringLiteral("a") }, false, 0, { QStringLiteral("XX") }) })
              .error().field == QStringLiteral("countries"));
    CHECK(settings.approvalRules()->size() == 2); // a refused set leaves the stored one
    REQUIRE(settings.setApprovalRules({}).ok());
    CHECK(settings.approvalRules()->isEmpty());
}

TEST_CASE("DR-03 every required approver must approve - stages in order - parallel in any order", "[deals][routing]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("anna"));
    DealRepository repo(temp.db());
    DealSettings settings(temp.db());
    REQUIRE(settings.setApprovalRules({ rule(QStringLiteral("Regional"), { QStringLiteral("lan"), QStringLiteral("minh") }, true),
                                        rule(QStringLiteral("Director"), { QStringLiteral("director") }) })
                .ok());
    const Deal deal = repo.create(registration(partner, QStringLiteral("Acme")), QStringLiteral("pat")).value();
    advance(repo, deal.id, QStringLiteral("under_review"));

    // The preview is what sending builds.
    const QList<ApprovalStage> preview = repo.previewChain(repo.get(deal.id).value(), onDay(0).date()).value();
    REQUIRE(preview.size() == 2);
    const Deal sent = repo.transition(deal.id, DealAction::SendForApproval, by(QStringLiteral("anna"))).value();
    CHECK(sent.approvalChain == preview);
    CHECK(sent.approver == QStringLiteral("lan minh"));
    const QJsonObject sentDetail = QJsonDocument::fromJson(repo.history(deal.id)->last().detail.toUtf8()).object();
    CHECK(sentDetail.value(QStringLiteral("chain")).toArray().size() == 2);
    CHECK(waitingIds(temp.db(), QStringLiteral("lan")) == QStringList { sent.number });
    CHECK(waitingIds(temp.db(), QStringLiteral("minh")) == QStringList { sent.number });
    CHECK(waitingIds(temp.db(), QStringLiteral("anna")).isEmpty());
    CHECK(waitingIds(temp.db(), QStringLiteral("li")).isEmpty()); // a whole name, never a part of one

    // The director cannot jump the queue; minh approves first (parallel: any order), then lan.
    CHECK(repo.transition(deal.id, DealAction::Approve, by(QStringLiteral("director"), onDay(1))).error().message
          == QStringLiteral("This registration is waiting for the decisions of lan and minh."));
    Deal step = repo.transition(deal.id, DealAction::Approve, by(QStringLiteral("minh"), onDay(1))).value();
    CHECK(step.status == QStringLiteral("pending_approval"));
    CHECK(step.approver == QStringLiteral("lan"));
    CHECK(repo.history(deal.id)->last().action == QStringLiteral("approve_step"));
    CHECK(repo.transition(deal.id, DealAction::Approve, by(QStringLiteral("minh"), onDay(1))).error().message
          == QStringLiteral("This registration is waiting for lan's decision."));
    step = repo.transition(deal.id, DealAction::Approve, by(QStringLiteral("lan"), onDay(1))).value();
    CHECK(step.status == QStringLiteral("pending_approval"));
    CHECK(waiting(repo, deal.id) == QStringList { QStringLiteral("director") });
    CHECK(waitingIds(temp.db(), QStringLiteral("director")) == QStringList { sent.number });
    CHECK_FALSE(step.decidedAt.isValid());

    // The last stage approves the registration.
    const Deal approved = repo.transition(deal.id, DealAction::Approve, by(QStringLiteral("director"), onDay(2))).value();
    CHECK(approved.status == QStringLiteral("approved"));
    CHECK(approved.decidedAt == onDay(2));
    CHECK(approved.approver.isEmpty());
    CHECK(ApprovalRouting::currentStage(approved.approvalChain) == -1);
    CHECK(approved.approvalChain[0].approved == QStringList { QStringLiteral("minh"), QStringLiteral("lan") });
}

TEST_CASE("DR-03 any rejection ends the chain - Return sends it back for information and a new chain is built",
          "[deals][routing]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("anna"));
    DealRepository repo(temp.db());
    DealSettings settings(temp.db());
    REQUIRE(settings.setApprovalRules({ rule(QStringLiteral("Two"), { QStringLiteral("lan"), QStringLiteral("minh") }) }).ok());

    const Deal rejected = repo.create(registration(partner, QStringLiteral("Acme")), QStringLiteral("pat")).value();
    advance(repo, rejected.id, QStringLiteral("under_review"));
    REQUIRE(repo.transition(rejected.id, DealAction::SendForApproval, by(QStringLiteral("anna"))).ok());
    REQUIRE(repo.transition(rejected.id, DealAction::Approve, by(QStringLiteral("lan"), onDay(1))).ok());
    CHECK_FALSE(repo.transition(rejected.id, DealAction::Reject, by(QStringLiteral("lan"), onDay(1), QStringLiteral("x"))).ok());
    const Deal closed = repo.transition(rejected.id, DealAction::Reject,
                                        by(QStringLiteral("minh"), onDay(1), QStringLiteral("No budget"))).value();
    CHECK(closed.status == QStringLiteral("closed"));
    CHECK(closed.closureCode == QStringLiteral("rejected"));
    CHECK(closed.approver.isEmpty());
    CHECK_FALSE(repo.transition(rejected.id, DealAction::Approve, by(QStringLiteral("minh"), onDay(2))).ok()); // DR-01

    const Deal returned = repo.create(registration(partner, QStringLiteral("Globex")), QStringLiteral("pat")).value();
    advance(repo, returned.id, QStringLiteral("under_review"));
    REQUIRE(repo.transition(returned.id, DealAction::SendForApproval, by(QStringLiteral("anna"))).ok());
    // Only someone the chain waits for returns it, and says what is missing.
    CHECK(repo.transition(returned.id, DealAction::Return, by(QStringLiteral("lan"), onDay(1))).error().field
          == QStringLiteral("reason"));
    CHECK(repo.transition(returned.id, DealAction::Return, by(QStringLiteral("minh"), onDay(1), QStringLiteral("Which site?")))
              .error().field == QStringLiteral("approver"));
    const Deal back = repo.transition(returned.id, DealAction::Return,
                                      by(QStringLiteral("lan"), onDay(1), QStringLiteral("Which site is it for?"))).value();
    CHECK(back.status == QStringLiteral("under_review"));
    CHECK(back.approvalChain.isEmpty());
    CHECK(back.approver.isEmpty());
    const DealEvent event = repo.history(returned.id)->last();
    CHECK(event.action == QStringLiteral("return"));
    CHECK(event.reason == QStringLiteral("Which site is it for?"));
    // Sent again under new rules: the chain is built anew.
    REQUIRE(settings.setApprovalRules({ rule(QStringLiteral("One"), { QStringLiteral("minh") }) }).ok());
    const Deal again = repo.transition(returned.id, DealAction::SendForApproval, by(QStringLiteral("anna"), onDay(2))).value();
    REQUIRE(again.approvalChain.size() == 1);
    CHECK(again.approver == QStringLiteral("minh"));
}

TEST_CASE("DR-03 an approver's limit escalates their place in the chain", "[deals][routing][limits]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("anna"));
    DealRepository repo(temp.db());
    DealSettings settings(temp.db());
    REQUIRE(settings.setApprovalLimits({ { QStringLiteral("lan"), 100000, QStringLiteral("director") } }).ok());
    REQUIRE(settings.setApprovalRules({ rule(QStringLiteral("Pair"), { QStringLiteral("lan"), QStringLiteral("minh") }, true) }).ok());
    const Deal deal = repo.create(registration(partner, QStringLiteral("Acme")), QStringLiteral("pat")).value(); // $3,600
    advance(repo, deal.id, QStringLiteral("under_review"));
    REQUIRE(repo.transition(deal.id, DealAction::SendForApproval, by(QStringLiteral("anna"))).ok());
    const Deal escalated = repo.transition(deal.id, DealAction::Approve, by(QStringLiteral("lan"), onDay(1))).value();
    CHECK(escalated.status == QStringLiteral("pending_approval"));
    CHECK(escalated.approvalChain[0].approvers == QStringList { QStringLiteral("director"), QStringLiteral("minh") });
    CHECK(escalated.approver == QStringLiteral("director minh"));
    CHECK(repo.history(deal.id)->last().action == QStringLiteral("escalate"));
    REQUIRE(repo.transition(deal.id, DealAction::Approve, by(QStringLiteral("minh"), onDay(1))).ok());
    CHECK(repo.transition(deal.id, DealAction::Approve, by(QStringLiteral("director"), onDay(2)))->status
          == QStringLiteral("approved"));
}
