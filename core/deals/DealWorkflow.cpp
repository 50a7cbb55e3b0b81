#include "DealWorkflow.h"

#include "domain/Deal.h"

#include <QCoreApplication>

namespace ChannelDesk::DealWorkflow {

namespace {

struct WorkflowTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::DealWorkflow)
};

struct Step
{
    DealAction action;
    const char* code;
    bool registration;       ///< a registration action (else an opportunity action)
    QList<const char*> from; ///< statuses it is allowed from
    const char* to;
    const char* closure;     ///< closure code it sets, "" when none
    bool reason;
};

// The DR state table of prm-domain-rules.md §4 plus the opportunity's won/lost, in toolbar order. Nothing else in
// ChannelDesk decides which step is allowed.
const QList<Step>& steps()
{
    static const QList<Step> table {
        { DealAction::Submit, "submit", true, { "draft" }, "submitted", "", false },
        { DealAction::StartReview, "start_review", true, { "submitted" }, "under_review", "", false },
        { DealAction::SendForApproval, "send_for_approval", true, { "under_review" }, "pending_approval", "", false },
        { DealAction::Approve, "approve", true, { "pending_approval" }, "approved", "", false },
        { DealAction::Convert, "convert", true, { "approved" }, "closed", "converted", false },
        { DealAction::Reject, "reject", true, { "under_review", "pending_approval" }, "closed", "rejected", true },
        // DR-03: an approver sends it back for information; it is sent for approval again, with a new chain.
        { DealAction::Return, "return", true, { "pending_approval" }, "under_review", "", true },
        { DealAction::MarkDuplicate, "mark_duplicate", true, { "under_review" }, "closed", "duplicate", true },
        { DealAction::CloseInactive, "close_inactive", true, { "approved" }, "closed", "inactive", true },
        { DealAction::Expire, "expire", true, { "approved" }, "closed", "expired", false },
        { DealAction::Cancel, "cancel", true, { "submitted", "under_review", "approved" }, "canceled", "", true },
        // DR-02, the partner's side: a pending submission is recalled to draft (and submitted again) or withdrawn for
        // good; an approved one is neither.
        { DealAction::Recall, "recall", true, { "submitted", "under_review", "pending_approval" }, "draft", "", false },
        { DealAction::Withdraw, "withdraw", true, { "submitted", "under_review", "pending_approval" }, "closed",
          "withdrawn", true },
        { DealAction::MarkWon, "mark_won", false, { "open" }, "won", "", false },
        { DealAction::MarkLost, "mark_lost", false, { "open" }, "lost", "", true },
        { DealAction::Reopen, "reopen", false, { "won", "lost" }, "open", "", true },
    };
    return table;
}

const Step& step(DealAction action)
{
    for (const Step& s : steps()) {
        if (s.action == action)
            return s;
    }
    Q_UNREACHABLE();
}

bool allowedFrom(const Step& s, const QString& status)
{
    for (const char* from : s.from) {
        if (status == QLatin1String(from))
            return true;
    }
    return false;
}

bool isKnownStatus(const Deal& deal)
{
    for (const Choice& choice : deal.isRegistration() ? registrationStatuses() : opportunityStatuses()) {
        if (choice.code == deal.status)
            return true;
    }
    return false;
}

QString statusName(const Deal& deal)
{
    if (deal.status == QLatin1String("closed") && !deal.closureCode.isEmpty()) {
        for (const Choice& choice : closureCodes()) {
            if (choice.code == deal.closureCode)
                return WorkflowTr::tr("%1 (%2)", "status (closure code)").arg(dealStatusLabel(deal.status), choice.label);
        }
    }
    return dealStatusLabel(deal.status);
}

Error refused(const QString& message)
{
    return Error::validation(QStringLiteral("status"), message);
}

// Why a registration in this status accepts no change at all, or an empty text when it is not read-only.
QString readOnlyReason(const Deal& deal)
{
    const QString& s = deal.status;
    if (deal.isRegistration()) {
        if (s == QLatin1String("pending_approval"))
            return WorkflowTr::tr("A registration in Pending approval is read-only: approve or reject it first.");
        if (s == QLatin1String("closed")) {
            for (const Choice& choice : closureCodes()) {
                if (choice.code == deal.closureCode)
                    return WorkflowTr::tr("This registration is closed (%1) and read-only.").arg(choice.label);
            }
            return WorkflowTr::tr("This registration is closed and read-only.");
        }
        if (s == QLatin1String("canceled"))
            return WorkflowTr::tr("This registration was canceled and is read-only.");
        return {};
    }
    if (s == QLatin1String("won"))
        return WorkflowTr::tr("A won opportunity is read-only: reopen it to change it.");
    if (s == QLatin1String("lost"))
        return WorkflowTr::tr("A lost opportunity is read-only: reopen it to change it.");
    return {};
}

// The specific refusal for an action whose table row does not allow the deal's status.
QString notAllowedMessage(const Deal& deal, DealAction action)
{
    const QString status = statusName(deal);
    switch (action) {
    case DealAction::Submit:
        if (deal.status == QLatin1String("closed") && deal.closureCode == QLatin1String("rejected"))
            return WorkflowTr::tr("A rejected registration cannot be submitted again; create a new registration instead.");
        if (deal.status == QLatin1String("closed") && deal.closureCode == QLatin1String("withdrawn"))
            return WorkflowTr::tr("A withdrawn registration cannot be submitted again (DR-02); create a new registration "
                                  "instead.");
        return WorkflowTr::tr("Only a draft can be submitted; this registration is %1.").arg(status);
    case DealAction::StartReview:
        return WorkflowTr::tr("Only a submitted registration can be taken for review; this one is %1.").arg(status);
    case DealAction::SendForApproval:
        return WorkflowTr::tr("Only a registration under review can be sent for approval; this one is %1.").arg(status);
    case DealAction::Approve:
        if (deal.status == QLatin1String("closed") && deal.closureCode == QLatin1String("rejected"))
            return WorkflowTr::tr("A registration rejected once cannot be approved (DR-01).");
        return WorkflowTr::tr("Only a registration pending approval can be approved; this one is %1.").arg(status);
    case DealAction::Reject:
        return WorkflowTr::tr("Only a registration under review or pending approval can be rejected; this one is %1.")
            .arg(status);
    case DealAction::Return:
        return WorkflowTr::tr("Only a registration pending approval can be returned for information; this one is %1.")
            .arg(status);
    case DealAction::MarkDuplicate:
        return WorkflowTr::tr("Only a registration under review can be marked as a duplicate; this one is %1.").arg(status);
    case DealAction::Cancel:
        return WorkflowTr::tr("Only a submitted, under review or approved registration can be canceled; this one is %1.")
            .arg(status);
    case DealAction::Recall:
        return WorkflowTr::tr("Only a submission not yet decided (submitted, under review or pending approval) can be "
                              "recalled; this registration is %1.")
            .arg(status);
    case DealAction::Withdraw:
        if (deal.status == QLatin1String("approved"))
            return WorkflowTr::tr("An approved registration cannot be withdrawn (DR-02); cancel it instead.");
        return WorkflowTr::tr("Only a submission not yet decided (submitted, under review or pending approval) can be "
                              "withdrawn; this registration is %1.")
            .arg(status);
    case DealAction::CloseInactive:
        return WorkflowTr::tr("Only an approved registration can be closed for inactivity; this one is %1.").arg(status);
    case DealAction::Expire:
        return WorkflowTr::tr("Only an approved registration can expire; this one is %1.").arg(status);
    case DealAction::Convert:
        return WorkflowTr::tr("Only an approved registration can be converted to an opportunity; this one is %1.")
            .arg(status);
    case DealAction::MarkWon:
        return WorkflowTr::tr("Only an open opportunity can be marked as won; this one is %1.").arg(status);
    case DealAction::MarkLost:
        return WorkflowTr::tr("Only an open opportunity can be marked as lost; this one is %1.").arg(status);
    case DealAction::Reopen:
        return WorkflowTr::tr("Only a won or lost opportunity can be reopened; this one is %1.").arg(status);
    }
    return {};
}

} // namespace

QString code(DealAction action)
{
    return QString::fromLatin1(step(action).code);
}

std::optional<DealAction> fromCode(const QString& code)
{
    for (const Step& s : steps()) {
        if (code == QLatin1String(s.code))
            return s.action;
    }
    return std::nullopt;
}

QString label(DealAction action)
{
    switch (action) {
    case DealAction::Submit: return WorkflowTr::tr("Submit");
    case DealAction::StartReview: return WorkflowTr::tr("Assign to me");
    case DealAction::SendForApproval: return WorkflowTr::tr("Send for approval");
    case DealAction::Approve: return WorkflowTr::tr("Approve");
    case DealAction::Reject: return WorkflowTr::tr("Reject");
    case DealAction::Return: return WorkflowTr::tr("Return for information");
    case DealAction::MarkDuplicate: return WorkflowTr::tr("Mark as duplicate");
    case DealAction::Cancel: return WorkflowTr::tr("Cancel registration");
    case DealAction::Recall: return WorkflowTr::tr("Recall to draft");
    case DealAction::Withdraw: return WorkflowTr::tr("Withdraw");
    case DealAction::CloseInactive: return WorkflowTr::tr("Close for inactivity");
    case DealAction::Expire: return WorkflowTr::tr("Expire");
    case DealAction::Convert: return WorkflowTr::tr("Convert to opportunity");
    case DealAction::MarkWon: return WorkflowTr::tr("Mark as won");
    case DealAction::MarkLost: return WorkflowTr::tr("Mark as lost");
    case DealAction::Reopen: return WorkflowTr::tr("Reopen");
    }
    return {};
}

QList<DealAction> allActions()
{
    QList<DealAction> actions;
    for (const Step& s : steps())
        actions.append(s.action);
    return actions;
}

QList<DealAction> available(const Deal& deal)
{
    QList<DealAction> actions;
    for (const Step& s : steps()) {
        if (check(deal, s.action))
            actions.append(s.action);
    }
    return actions;
}

Status check(const Deal& deal, DealAction action)
{
    if (deal.isDeleted())
        return Error::notFound(
            WorkflowTr::tr("This deal is archived (deleted); restore it from the Archived view first."));
    if (!isKnownStatus(deal))
        return refused(WorkflowTr::tr("The status \"%1\" is unknown to this version of ChannelDesk.").arg(deal.status));
    const Step& s = step(action);
    if (s.registration != deal.isRegistration()) {
        return refused(s.registration
                           ? WorkflowTr::tr("\"%1\" applies to deal registrations, and this is an opportunity.").arg(label(action))
                           : WorkflowTr::tr("\"%1\" applies to opportunities, and this is a registration.").arg(label(action)));
    }
    if (allowedFrom(s, deal.status))
        return {};
    // A read-only record says so first (that is the reason for every refusal there), except when the action is
    // a different step from that very status (Reopen of a won opportunity is allowed above).
    if (const QString readOnly = readOnlyReason(deal); !readOnly.isEmpty()) {
        // Submit/Approve of a rejected registration keep their sharper DR-01 message, Submit of a withdrawn one and
        // Withdraw of an approved one their DR-02 message.
        const bool rejected = deal.closureCode == QLatin1String("rejected")
            && (action == DealAction::Submit || action == DealAction::Approve);
        const bool withdrawn = deal.closureCode == QLatin1String("withdrawn") && action == DealAction::Submit;
        if (!rejected && !withdrawn)
            return refused(readOnly);
    }
    return refused(notAllowedMessage(deal, action));
}

QString targetStatus(const Deal& deal, DealAction action)
{
    const Step& s = step(action);
    if (s.registration != deal.isRegistration() || !allowedFrom(s, deal.status))
        return {};
    return QString::fromLatin1(s.to);
}

QString targetClosureCode(DealAction action)
{
    return QString::fromLatin1(step(action).closure);
}

bool needsReason(DealAction action)
{
    return step(action).reason;
}

bool isEditable(const Deal& deal)
{
    if (deal.isDeleted())
        return false;
    if (deal.isRegistration()) {
        return deal.status == QLatin1String("draft") || deal.status == QLatin1String("submitted")
            || deal.status == QLatin1String("under_review") || deal.status == QLatin1String("approved");
    }
    return deal.status == QLatin1String("open");
}

bool isDeletable(const Deal& deal)
{
    return !deal.isDeleted() && deal.isRegistration() && deal.status == QLatin1String("draft");
}

Status checkEditable(const Deal& deal)
{
    if (deal.isDeleted())
        return Error::notFound(
            WorkflowTr::tr("This deal is archived (deleted); restore it from the Archived view first."));
    if (isEditable(deal))
        return {};
    if (const QString readOnly = readOnlyReason(deal); !readOnly.isEmpty())
        return refused(readOnly);
    return refused(WorkflowTr::tr("A deal in status %1 cannot be edited.").arg(statusName(deal)));
}

Status checkDeletable(const Deal& deal)
{
    if (deal.isDeleted())
        return Error::notFound(WorkflowTr::tr("This deal is already deleted."));
    if (!deal.isRegistration())
        return refused(WorkflowTr::tr("An opportunity cannot be deleted; mark it as lost instead."));
    if (!isDeletable(deal))
        return refused(WorkflowTr::tr("Only a draft registration can be deleted."));
    return {};
}

bool isActiveRegistration(const Deal& deal, const QDate& today)
{
    if (!deal.isRegistration() || deal.isDeleted())
        return false;
    const QString& s = deal.status;
    if (s == QLatin1String("submitted") || s == QLatin1String("under_review") || s == QLatin1String("pending_approval"))
        return true;
    // Protected through the expiry day itself (DR-06).
    return s == QLatin1String("approved") && (!deal.expiresOn.isValid() || deal.expiresOn >= today);
}

Status checkTasksAllowed(const Deal& deal)
{
    if (deal.isDeleted())
        return Error::notFound(
            WorkflowTr::tr("This deal is archived (deleted); restore it from the Archived view first."));
    if (!deal.isRegistration())
        return refused(WorkflowTr::tr("Tasks belong to deal registrations, not to opportunities (DR-11)."));
    if (deal.status == QLatin1String("draft"))
        return refused(WorkflowTr::tr("Tasks can be added once the registration is submitted (DR-11)."));
    if (deal.status == QLatin1String("closed") || deal.status == QLatin1String("canceled"))
        return refused(WorkflowTr::tr("This registration is closed or canceled: it takes no more tasks (DR-11)."));
    if (!isKnownStatus(deal))
        return refused(WorkflowTr::tr("The status \"%1\" is unknown to this version of ChannelDesk.").arg(deal.status));
    return {};
}

bool allowsTasks(const Deal& deal)
{
    return checkTasksAllowed(deal).ok();
}

bool isOpen(const Deal& deal)
{
    if (deal.isDeleted())
        return false;
    const QString& s = deal.status;
    if (deal.isRegistration()) {
        return s == QLatin1String("submitted") || s == QLatin1String("under_review")
            || s == QLatin1String("pending_approval") || s == QLatin1String("approved");
    }
    return s == QLatin1String("open");
}

} // namespace ChannelDesk::DealWorkflow
