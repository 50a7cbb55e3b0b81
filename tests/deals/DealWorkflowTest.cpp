// The DR state table (prm-domain-rules.md §4, DR-01) and the opportunity's won/lost: every status × action pair is
// checked against an expected table written out independently of DealWorkflow's own.
#include "deals/DealWorkflow.h"
#include "domain/Deal.h"
#include "support/CatchQt.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QSet>

using namespace ChannelDesk;

namespace {

struct Expected
{
    QString to;
    QString closure;
};

// kind|status|action -> where it leads. Anything absent must be refused.
QHash<QString, Expected> expectedTable()
{
    const QString reg = QStringLiteral("registration|");
    const QString opp = QStringLiteral("opportunity|");
    return {
        { reg + u"draft|submit", { QStringLiteral("submitted"), {} } },
        { reg + u"submitted|start_review", { QStringLiteral("under_review"), {} } },
        { reg + u"submitted|cancel", { QStringLiteral("canceled"), {} } },
        { reg + u"under_review|send_for_approval", { QStringLiteral("pending_approval"), {} } },
        { reg + u"under_review|reject", { QStringLiteral("closed"), QStringLiteral("rejected") } },
        { reg + u"under_review|mark_duplicate", { QStringLiteral("closed"), QStringLiteral("duplicate") } },
        { reg + u"under_review|cancel", { QStringLiteral("canceled"), {} } },
        { reg + u"pending_approval|approve", { QStringLiteral("approved"), {} } },
        { reg + u"pending_approval|reject", { QStringLiteral("closed"), QStringLiteral("rejected") } },
        // DR-03: an approver returns it for information.
        { reg + u"pending_approval|return", { QStringLiteral("under_review"), {} } },
        { reg + u"approved|convert", { QStringLiteral("closed"), QStringLiteral("converted") } },
        { reg + u"approved|close_inactive", { QStringLiteral("closed"), QStringLiteral("inactive") } },
        { reg + u"approved|expire", { QStringLiteral("closed"), QStringLiteral("expired") } },
        { reg + u"approved|cancel", { QStringLiteral("canceled"), {} } },
        // DR-02: a pending submission is recalled to draft or withdrawn; an approved one is neither.
        { reg + u"submitted|recall", { QStringLiteral("draft"), {} } },
        { reg + u"under_review|recall", { QStringLiteral("draft"), {} } },
        { reg + u"pending_approval|recall", { QStringLiteral("draft"), {} } },
        { reg + u"submitted|withdraw", { QStringLiteral("closed"), QStringLiteral("withdrawn") } },
        { reg + u"under_review|withdraw", { QStringLiteral("closed"), QStringLiteral("withdrawn") } },
        { reg + u"pending_approval|withdraw", { QStringLiteral("closed"), QStringLiteral("withdrawn") } },
        { opp + u"open|mark_won", { QStringLiteral("won"), {} } },
        { opp + u"open|mark_lost", { QStringLiteral("lost"), {} } },
        { opp + u"won|reopen", { QStringLiteral("open"), {} } },
        { opp + u"lost|reopen", { QStringLiteral("open"), {} } },
    };
}

Deal deal(const QString& kind, const QString& status, const QString& closure = {})
{
    Deal d;
    d.kind = kind;
    d.status = status;
    d.closureCode = closure;
    return d;
}

const QStringList registrationStatusCodes { QStringLiteral("draft"), QStringLiteral("submitted"),
                                            QStringLiteral("under_review"), QStringLiteral("pending_approval"),
                                            QStringLiteral("approved"), QStringLiteral("closed"), QStringLiteral("canceled") };
const QStringList opportunityStatusCodes { QStringLiteral("open"), QStringLiteral("won"), QStringLiteral("lost") };

} // namespace

TEST_CASE("DR-01 every status x action pair is allowed or refused exactly as the state table says", "[deals][workflow]")
{
    const QHash<QString, Expected> table = expectedTable();
    int allowed = 0;
    int refused = 0;
    QSet<QString> seen;
    for (const QString& kind : { QStringLiteral("registration"), QStringLiteral("opportunity") }) {
        const QStringList& statuses = kind == QLatin1String("registration") ? registrationStatusCodes : opportunityStatusCodes;
        for (const QString& status : statuses) {
            for (DealAction action : DealWorkflow::allActions()) {
                const QString key = kind + QLatin1Char('|') + status + QLatin1Char('|') + DealWorkflow::code(action);
                INFO(key.toStdString());
                const Deal d = deal(kind, status, status == QLatin1String("closed") ? QStringLiteral("duplicate") : QString());
                const Status result = DealWorkflow::check(d, action);
                if (table.contains(key)) {
                    seen.insert(key);
                    ++allowed;
                    CHECK(result.ok());
                    CHECK(DealWorkflow::targetStatus(d, action) == table[key].to);
                    CHECK(DealWorkflow::targetClosureCode(action) == table[key].closure);
                    CHECK(DealWorkflow::available(d).contains(action));
                } else {
                    ++refused;
                    CHECK_FALSE(result.ok());
                    CHECK(result.error().code == Error::Code::Validation);
                    CHECK_FALSE(result.error().message.isEmpty());
                    CHECK(DealWorkflow::targetStatus(d, action).isEmpty());
                    CHECK_FALSE(DealWorkflow::available(d).contains(action));
                }
            }
        }
    }
    CHECK(seen.size() == table.size()); // every expected row was reached
    CHECK(allowed == 24);
    CHECK(refused == 10 * 16 - 24);
}

TEST_CASE("DR-01 refusals say why - read-only states name themselves", "[deals][workflow]")
{
    const Deal pending = deal(QStringLiteral("registration"), QStringLiteral("pending_approval"));
    CHECK(DealWorkflow::check(pending, DealAction::Cancel).error().message
          == QStringLiteral("A registration in Pending approval is read-only: approve or reject it first."));
    CHECK(DealWorkflow::check(pending, DealAction::Submit).error().message
          == QStringLiteral("A registration in Pending approval is read-only: approve or reject it first."));
    CHECK(DealWorkflow::checkEditable(pending).error().message
          == QStringLiteral("A registration in Pending approval is read-only: approve or reject it first."));

    const Deal rejected = deal(QStringLiteral("registration"), QStringLiteral("closed"), QStringLiteral("rejected"));
    CHECK(DealWorkflow::check(rejected, DealAction::Approve).error().message
          == QStringLiteral("A registration rejected once cannot be approved (DR-01)."));
    CHECK(DealWorkflow::check(rejected, DealAction::Submit).error().message.contains(QStringLiteral("rejected")));
    CHECK(DealWorkflow::check(rejected, DealAction::Convert).error().message
          == QStringLiteral("This registration is closed (Rejected) and read-only."));

    // DR-02: a withdrawn registration is never submitted again; an approved one cannot be withdrawn.
    const Deal withdrawn = deal(QStringLiteral("registration"), QStringLiteral("closed"), QStringLiteral("withdrawn"));
    CHECK(DealWorkflow::check(withdrawn, DealAction::Submit).error().message
          == QStringLiteral("A withdrawn registration cannot be submitted again (DR-02); create a new registration "
                            "instead."));
    CHECK(DealWorkflow::check(withdrawn, DealAction::Recall).error().message
          == QStringLiteral("This registration is closed (Withdrawn) and read-only."));
    const Deal approved = deal(QStringLiteral("registration"), QStringLiteral("approved"));
    CHECK(DealWorkflow::check(approved, DealAction::Withdraw).error().message
          == QStringLiteral("An approved registration cannot be withdrawn (DR-02); cancel it instead."));
    CHECK(DealWorkflow::check(approved, DealAction::Recall).error().message.contains(QStringLiteral("Approved")));

    const Deal canceled = deal(QStringLiteral("registration"), QStringLiteral("canceled"));
    CHECK(DealWorkflow::check(canceled, DealAction::Submit).error().message
          == QStringLiteral("This registration was canceled and is read-only."));

    const Deal draft = deal(QStringLiteral("registration"), QStringLiteral("draft"));
    CHECK(DealWorkflow::check(draft, DealAction::Approve).error().message
          == QStringLiteral("Only a registration pending approval can be approved; this one is Draft."));
    CHECK(DealWorkflow::check(draft, DealAction::MarkWon).error().message
          == QStringLiteral("\"Mark as won\" applies to opportunities, and this is a registration."));

    const Deal submitted = deal(QStringLiteral("registration"), QStringLiteral("submitted"));
    CHECK(DealWorkflow::check(submitted, DealAction::Convert).error().message
          == QStringLiteral("Only an approved registration can be converted to an opportunity; this one is Submitted."));

    const Deal won = deal(QStringLiteral("opportunity"), QStringLiteral("won"));
    CHECK(DealWorkflow::check(won, DealAction::MarkLost).error().message
          == QStringLiteral("A won opportunity is read-only: reopen it to change it."));
    CHECK(DealWorkflow::check(won, DealAction::Approve).error().message
          == QStringLiteral("\"Approve\" applies to deal registrations, and this is an opportunity."));

    Deal deleted = draft;
    deleted.deletedAt = QDateTime::currentDateTimeUtc();
    CHECK(DealWorkflow::check(deleted, DealAction::Submit).error().code == Error::Code::NotFound);

    const Deal unknown = deal(QStringLiteral("registration"), QStringLiteral("archived"));
    CHECK(DealWorkflow::check(unknown, DealAction::Submit).error().message.contains(QStringLiteral("archived")));
}

TEST_CASE("DR table: only a draft is deletable - pending approval and closed records are read-only", "[deals][workflow]")
{
    for (const QString& status : registrationStatusCodes) {
        INFO(status.toStdString());
        const Deal d = deal(QStringLiteral("registration"), status);
        CHECK(DealWorkflow::isDeletable(d) == (status == QLatin1String("draft")));
        CHECK(DealWorkflow::checkDeletable(d).ok() == (status == QLatin1String("draft")));
        const bool editable = status == QLatin1String("draft") || status == QLatin1String("submitted")
            || status == QLatin1String("under_review") || status == QLatin1String("approved");
        CHECK(DealWorkflow::isEditable(d) == editable);
        CHECK(DealWorkflow::checkEditable(d).ok() == editable);
    }
    CHECK(DealWorkflow::checkDeletable(deal(QStringLiteral("registration"), QStringLiteral("submitted"))).error().message
          == QStringLiteral("Only a draft registration can be deleted."));
    for (const QString& status : opportunityStatusCodes) {
        const Deal d = deal(QStringLiteral("opportunity"), status);
        CHECK_FALSE(DealWorkflow::isDeletable(d));
        CHECK(DealWorkflow::isEditable(d) == (status == QLatin1String("open")));
    }
}

TEST_CASE("DR workflow: reasons - codes - labels", "[deals][workflow]")
{
    const QList<DealAction> withReason { DealAction::Reject, DealAction::Return, DealAction::MarkDuplicate, DealAction::Cancel,
                                        DealAction::Withdraw, DealAction::CloseInactive, DealAction::MarkLost,
                                        DealAction::Reopen };
    QSet<QString> codes;
    QSet<QString> labels;
    for (DealAction action : DealWorkflow::allActions()) {
        CHECK(DealWorkflow::needsReason(action) == withReason.contains(action));
        const QString code = DealWorkflow::code(action);
        CHECK(DealWorkflow::fromCode(code) == action);
        codes.insert(code);
        labels.insert(DealWorkflow::label(action));
    }
    CHECK(codes.size() == 16);
    CHECK(labels.size() == 16);
    CHECK_FALSE(DealWorkflow::fromCode(QStringLiteral("approve_all")).has_value());
    // Stored in deal_event.action: these strings never change.
    CHECK(DealWorkflow::code(DealAction::StartReview) == QStringLiteral("start_review"));
    CHECK(DealWorkflow::code(DealAction::MarkDuplicate) == QStringLiteral("mark_duplicate"));
    CHECK(DealWorkflow::code(DealAction::Recall) == QStringLiteral("recall"));
    CHECK(DealWorkflow::code(DealAction::Withdraw) == QStringLiteral("withdraw"));
    CHECK(DealWorkflow::label(DealAction::StartReview) == QStringLiteral("Assign to me"));
}

TEST_CASE("DR-04 active registrations and PIPE-01 open deals", "[deals][workflow]")
{
    const QDate today(2026, 6, 10);
    for (const QString& status : registrationStatusCodes) {
        Deal d = deal(QStringLiteral("registration"), status);
        const bool active = status == QLatin1String("submitted") || status == QLatin1String("under_review")
            || status == QLatin1String("pending_approval") || status == QLatin1String("approved");
        CHECK(DealWorkflow::isActiveRegistration(d, today) == active);
        CHECK(DealWorkflow::isOpen(d) == active);
    }
    Deal approved = deal(QStringLiteral("registration"), QStringLiteral("approved"));
    approved.expiresOn = today; // protected through the expiry day
    CHECK(DealWorkflow::isActiveRegistration(approved, today));
    approved.expiresOn = today.addDays(-1);
    CHECK_FALSE(DealWorkflow::isActiveRegistration(approved, today));
    CHECK(DealWorkflow::isOpen(deal(QStringLiteral("opportunity"), QStringLiteral("open"))));
    CHECK_FALSE(DealWorkflow::isOpen(deal(QStringLiteral("opportunity"), QStringLiteral("won"))));
    CHECK_FALSE(DealWorkflow::isActiveRegistration(deal(QStringLiteral("opportunity"), QStringLiteral("open")), today));
}
