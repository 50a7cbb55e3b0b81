#include "MdfWorkflow.h"

#include "domain/Mdf.h"

#include <QCoreApplication>
#include <QLocale>

namespace ChannelDesk::MdfWorkflow {

namespace {

struct WorkflowTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::MdfWorkflow)
};

template<class Action>
struct Step
{
    Action action;
    const char* code;
    QList<const char*> from; ///< statuses it is allowed from
    const char* to; ///< "" when it depends on the record (request Approve)
    bool reason;
};

// The fund request's state table (MDF-05/06, Magentrix: a rejected request may be fixed and resubmitted, a declined
// one may not). Nothing else in ChannelDesk decides which step is allowed.
const QList<Step<MdfRequestAction>>& requestSteps()
{
    static const QList<Step<MdfRequestAction>> table {
        {MdfRequestAction::Submit, "submit", {"draft", "need_info", "rejected"}, "submitted", false},
        {MdfRequestAction::RequestInfo, "request_info", {"submitted"}, "need_info", true},
        {MdfRequestAction::Approve, "approve", {"submitted"}, "", false},
        {MdfRequestAction::Reject, "reject", {"submitted"}, "rejected", true},
        {MdfRequestAction::Decline, "decline", {"submitted"}, "declined", true},
        {MdfRequestAction::Close, "close", {"approved", "partially_approved"}, "closed", false},
        {MdfRequestAction::Cancel, "cancel",
            {"draft", "submitted", "need_info", "rejected", "approved", "partially_approved"}, "canceled", true},
    };
    return table;
}

// The claim's state table (MDF-09/11). Payments move approved → partially_paid → paid outside this table.
const QList<Step<MdfClaimAction>>& claimSteps()
{
    static const QList<Step<MdfClaimAction>> table {
        {MdfClaimAction::Submit, "submit", {"draft", "returned"}, "submitted", false},
        {MdfClaimAction::Approve, "approve", {"submitted"}, "approved", false},
        {MdfClaimAction::Reject, "reject", {"submitted"}, "rejected", true},
        {MdfClaimAction::Return, "return", {"submitted"}, "returned", true},
        {MdfClaimAction::Cancel, "cancel", {"draft", "returned"}, "canceled", true},
    };
    return table;
}

template<class Action>
const Step<Action>& stepOf(const QList<Step<Action>>& table, Action action)
{
    for (const Step<Action>& s : table) {
        if (s.action == action)
            return s;
    }
    Q_UNREACHABLE();
}

template<class Action>
bool allowedFrom(const Step<Action>& s, const QString& status)
{
    for (const char* from : s.from) {
        if (status == QLatin1String(from))
            return true;
    }
    return false;
}

bool isKnown(const QList<Choice>& choices, const QString& status)
{
    for (const Choice& choice : choices) {
        if (choice.code == status)
            return true;
    }
    return false;
}

Error refused(const QString& message)
{
    return Error::validation(QStringLiteral("status"), message);
}

bool isApproved(const QString& status)
{
    return status == QLatin1String("approved") || status == QLatin1String("partially_approved");
}

QString requestNotAllowed(const MdfRequest& request, MdfRequestAction action)
{
    const QString status = mdfRequestStatusLabel(request.status);
    if (request.status == QLatin1String("declined") && action == MdfRequestAction::Submit)
        return WorkflowTr::tr("A declined request cannot be submitted again; create a new request instead.");
    if (request.status == QLatin1String("closed"))
        return WorkflowTr::tr("This request is closed: no further step is possible.");
    if (request.status == QLatin1String("canceled"))
        return WorkflowTr::tr("This request was canceled: no further step is possible.");
    switch (action) {
    case MdfRequestAction::Submit:
        return WorkflowTr::tr("Only a draft, a request waiting for information or a rejected request can be "
                              "submitted; this one is %1.")
            .arg(status);
    case MdfRequestAction::RequestInfo:
        return WorkflowTr::tr("More information can be asked only for a submitted request; this one is %1.")
            .arg(status);
    case MdfRequestAction::Approve:
        return WorkflowTr::tr("Only a submitted request can be approved; this one is %1.").arg(status);
    case MdfRequestAction::Reject:
        return WorkflowTr::tr("Only a submitted request can be rejected; this one is %1.").arg(status);
    case MdfRequestAction::Decline:
        return WorkflowTr::tr("Only a submitted request can be declined; this one is %1.").arg(status);
    case MdfRequestAction::Close:
        return WorkflowTr::tr("Only an approved request can be closed; this one is %1.").arg(status);
    case MdfRequestAction::Cancel:
        return WorkflowTr::tr("This request is %1 and cannot be canceled.").arg(status);
    }
    return {};
}

QString claimNotAllowed(const MdfClaim& claim, MdfClaimAction action)
{
    const QString status = mdfClaimStatusLabel(claim.status);
    if (claim.status == QLatin1String("rejected"))
        return WorkflowTr::tr("This claim was rejected: no further step is possible.");
    if (claim.status == QLatin1String("canceled"))
        return WorkflowTr::tr("This claim was canceled: no further step is possible.");
    switch (action) {
    case MdfClaimAction::Submit:
        return WorkflowTr::tr("Only a draft or a returned claim can be submitted; this one is %1.").arg(status);
    case MdfClaimAction::Approve:
        return WorkflowTr::tr("Only a submitted claim can be approved; this one is %1.").arg(status);
    case MdfClaimAction::Reject:
        return WorkflowTr::tr("Only a submitted claim can be rejected; this one is %1.").arg(status);
    case MdfClaimAction::Return:
        return WorkflowTr::tr("Only a submitted claim can be returned to the partner; this one is %1.").arg(status);
    case MdfClaimAction::Cancel:
        return WorkflowTr::tr("Only a draft or a returned claim can be canceled; this one is %1.").arg(status);
    }
    return {};
}

} // namespace

QString code(MdfRequestAction action)
{
    return QString::fromLatin1(stepOf(requestSteps(), action).code);
}

QString code(MdfClaimAction action)
{
    return QString::fromLatin1(stepOf(claimSteps(), action).code);
}

std::optional<MdfRequestAction> requestActionFromCode(const QString& code)
{
    for (const auto& s : requestSteps()) {
        if (code == QLatin1String(s.code))
            return s.action;
    }
    return std::nullopt;
}

std::optional<MdfClaimAction> claimActionFromCode(const QString& code)
{
    for (const auto& s : claimSteps()) {
        if (code == QLatin1String(s.code))
            return s.action;
    }
    return std::nullopt;
}

QString label(MdfRequestAction action)
{
    switch (action) {
    case MdfRequestAction::Submit:
        return WorkflowTr::tr("Submit");
    case MdfRequestAction::RequestInfo:
        return WorkflowTr::tr("Request information");
    case MdfRequestAction::Approve:
        return WorkflowTr::tr("Approve");
    case MdfRequestAction::Reject:
        return WorkflowTr::tr("Reject");
    case MdfRequestAction::Decline:
        return WorkflowTr::tr("Decline");
    case MdfRequestAction::Close:
        return WorkflowTr::tr("Close request");
    case MdfRequestAction::Cancel:
        return WorkflowTr::tr("Cancel request");
    }
    return {};
}

QString label(MdfClaimAction action)
{
    switch (action) {
    case MdfClaimAction::Submit:
        return WorkflowTr::tr("Submit claim");
    case MdfClaimAction::Approve:
        return WorkflowTr::tr("Approve claim");
    case MdfClaimAction::Reject:
        return WorkflowTr::tr("Reject claim");
    case MdfClaimAction::Return:
        return WorkflowTr::tr("Return to partner");
    case MdfClaimAction::Cancel:
        return WorkflowTr::tr("Cancel claim");
    }
    return {};
}

QList<MdfRequestAction> allRequestActions()
{
    QList<MdfRequestAction> actions;
    for (const auto& s : requestSteps())
        actions.append(s.action);
    return actions;
}

QList<MdfClaimAction> allClaimActions()
{
    QList<MdfClaimAction> actions;
    for (const auto& s : claimSteps())
        actions.append(s.action);
    return actions;
}

QList<MdfRequestAction> available(const MdfRequest& request)
{
    QList<MdfRequestAction> actions;
    for (const auto& s : requestSteps()) {
        if (check(request, s.action))
            actions.append(s.action);
    }
    return actions;
}

QList<MdfClaimAction> available(const MdfClaim& claim)
{
    QList<MdfClaimAction> actions;
    for (const auto& s : claimSteps()) {
        if (check(claim, s.action))
            actions.append(s.action);
    }
    return actions;
}

Status check(const MdfRequest& request, MdfRequestAction action)
{
    if (request.meta.isDeleted())
        return Error::notFound(WorkflowTr::tr("This request was deleted; restore it first."));
    if (!isKnown(mdfRequestStatuses(), request.status))
        return refused(
            WorkflowTr::tr("The status \"%1\" is unknown to this version of ChannelDesk.").arg(request.status));
    const auto& s = stepOf(requestSteps(), action);
    if (!allowedFrom(s, request.status))
        return refused(requestNotAllowed(request, action));
    // Claims in progress (submitted or returned, i.e. exposure beyond what was approved) must be decided before
    // the request stops taking claims.
    const qint64 pending = request.claimedMinor - request.claimsApprovedMinor;
    if (action == MdfRequestAction::Close && pending > 0)
        return refused(WorkflowTr::tr("Claims of %1 are still waiting for a decision; approve, reject or return them "
                                      "before closing the request.")
                           .arg(Money {pending, request.requested.currency}.format(QLocale())));
    if (action == MdfRequestAction::Cancel && isApproved(request.status)
        && (request.claimedMinor > 0 || request.claimsApprovedMinor > 0 || request.paidMinor > 0))
        return refused(WorkflowTr::tr("Claims were submitted against this request, so it cannot be canceled; close "
                                      "it instead."));
    return {};
}

Status check(const MdfClaim& claim, MdfClaimAction action)
{
    if (claim.meta.isDeleted())
        return Error::notFound(WorkflowTr::tr("This claim was deleted; restore it first."));
    if (!isKnown(mdfClaimStatuses(), claim.status))
        return refused(
            WorkflowTr::tr("The status \"%1\" is unknown to this version of ChannelDesk.").arg(claim.status));
    const auto& s = stepOf(claimSteps(), action);
    if (!allowedFrom(s, claim.status))
        return refused(claimNotAllowed(claim, action));
    return {};
}

QString targetStatus(const MdfRequest& request, MdfRequestAction action)
{
    const auto& s = stepOf(requestSteps(), action);
    if (!allowedFrom(s, request.status))
        return {};
    if (action != MdfRequestAction::Approve)
        return QString::fromLatin1(s.to);
    // MDF-06: a changed or denied line makes the approval partial. Undecided lines are accepted as is.
    for (const MdfRequestLine& line : request.lines) {
        if (line.decision == QLatin1String("changed") || line.decision == QLatin1String("denied"))
            return QStringLiteral("partially_approved");
    }
    return QStringLiteral("approved");
}

QString targetStatus(const MdfClaim& claim, MdfClaimAction action)
{
    const auto& s = stepOf(claimSteps(), action);
    return allowedFrom(s, claim.status) ? QString::fromLatin1(s.to) : QString();
}

bool needsReason(MdfRequestAction action)
{
    return stepOf(requestSteps(), action).reason;
}

bool needsReason(MdfClaimAction action)
{
    return stepOf(claimSteps(), action).reason;
}

bool isEditable(const MdfRequest& request)
{
    return !request.meta.isDeleted()
        && (request.status == QLatin1String("draft") || request.status == QLatin1String("need_info")
            || request.status == QLatin1String("rejected"));
}

Status checkEditable(const MdfRequest& request)
{
    if (request.meta.isDeleted())
        return Error::notFound(WorkflowTr::tr("This request was deleted; restore it before editing."));
    if (isEditable(request))
        return {};
    if (request.status == QLatin1String("submitted"))
        return refused(WorkflowTr::tr("A submitted request is read-only while it waits for a decision; ask the "
                                      "approver to request more information if it needs changes."));
    return refused(
        WorkflowTr::tr("A request that is %1 is read-only (MDF-05).").arg(mdfRequestStatusLabel(request.status)));
}

bool isEditable(const MdfClaim& claim)
{
    return !claim.meta.isDeleted()
        && (claim.status == QLatin1String("draft") || claim.status == QLatin1String("returned"));
}

Status checkEditable(const MdfClaim& claim)
{
    if (claim.meta.isDeleted())
        return Error::notFound(WorkflowTr::tr("This claim was deleted; restore it before editing."));
    if (isEditable(claim))
        return {};
    return refused(WorkflowTr::tr("A claim that is %1 is read-only; only drafts and returned claims can be changed.")
                       .arg(mdfClaimStatusLabel(claim.status)));
}

Status checkDeletable(const MdfRequest& request)
{
    if (request.meta.isDeleted())
        return Error::notFound(WorkflowTr::tr("This request is already deleted."));
    if (request.status == QLatin1String("draft"))
        return {};
    return refused(WorkflowTr::tr("Only a draft request can be deleted; this one is %1, so cancel it instead and its "
                                  "history stays.")
                       .arg(mdfRequestStatusLabel(request.status)));
}

Status checkDeletable(const MdfClaim& claim)
{
    if (claim.meta.isDeleted())
        return Error::notFound(WorkflowTr::tr("This claim is already deleted."));
    if (claim.status == QLatin1String("draft"))
        return {};
    return refused(
        WorkflowTr::tr("Only a draft claim can be deleted; this one is %1.").arg(mdfClaimStatusLabel(claim.status)));
}

bool acceptsClaims(const MdfRequest& request)
{
    return !request.meta.isDeleted() && isApproved(request.status);
}

QString statusForPaid(qint64 approvedMinor, qint64 paidMinor)
{
    if (paidMinor <= 0)
        return QStringLiteral("approved");
    return paidMinor < approvedMinor ? QStringLiteral("partially_paid") : QStringLiteral("paid");
}

} // namespace ChannelDesk::MdfWorkflow
