#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace ChannelDesk {

struct MdfClaim;
struct MdfRequest;

/// What can happen to a fund request (MDF-05/06). Codes are stored in mdf_event.action: never rename one.
enum class MdfRequestAction {
    Submit,      ///< draft | need_info | rejected → submitted (a rejected request may be fixed and resubmitted)
    RequestInfo, ///< submitted → need_info; reason required
    Approve,     ///< submitted → approved (every line accepted as is) or partially_approved (a line changed or
                 ///< denied, Σ approved > 0); may instead escalate above the approver's limit (stays submitted)
    Reject,      ///< submitted → rejected (may be resubmitted); reason required
    Decline,     ///< submitted → declined (final, cannot be resubmitted); reason required
    Close,       ///< approved | partially_approved → closed: no more claims; the unclaimed rest returns to the allocation
    Cancel,      ///< draft | submitted | need_info | rejected → canceled; approved ones too while no claim is
                 ///< submitted or decided; reason required
};

/// What can happen to a claim (MDF-08/09/11). Payments move approved → partially_paid → paid (MdfClaimRepository).
enum class MdfClaimAction {
    Submit,  ///< draft | returned → submitted (before the request's claim deadline, MDF-10)
    Approve, ///< submitted → approved, with an approved amount ≤ the claimed amount
    Reject,  ///< submitted → rejected (final); reason required
    Return,  ///< submitted → returned to the partner for correction; reason required
    Cancel,  ///< draft | returned → canceled; reason required
};

/// The request and claim state tables and nothing else (no database): allowed actions, targets, reasons,
/// editability. Refusals carry a specific, translated message.
namespace MdfWorkflow {

QString code(MdfRequestAction action); ///< "submit", "request_info", "approve", …
QString code(MdfClaimAction action);   ///< "submit", "approve", "reject", "return", "cancel"
std::optional<MdfRequestAction> requestActionFromCode(const QString& code);
std::optional<MdfClaimAction> claimActionFromCode(const QString& code);
QString label(MdfRequestAction action); ///< translated button text
QString label(MdfClaimAction action);

QList<MdfRequestAction> allRequestActions();
QList<MdfClaimAction> allClaimActions();
QList<MdfRequestAction> available(const MdfRequest& request);
QList<MdfClaimAction> available(const MdfClaim& claim);
Status check(const MdfRequest& request, MdfRequestAction action);
Status check(const MdfClaim& claim, MdfClaimAction action);
/// The status after the action. Approve of a request depends on its line decisions (approved / partially_approved).
QString targetStatus(const MdfRequest& request, MdfRequestAction action);
QString targetStatus(const MdfClaim& claim, MdfClaimAction action);
bool needsReason(MdfRequestAction action);
bool needsReason(MdfClaimAction action);

/// MDF-05: all fields of a request are editable while draft, need_info or rejected; otherwise read-only.
bool isEditable(const MdfRequest& request);
Status checkEditable(const MdfRequest& request);
/// Claims: editable while draft or returned.
bool isEditable(const MdfClaim& claim);
Status checkEditable(const MdfClaim& claim);
/// Only drafts are deleted (tombstoned); anything submitted is canceled instead, so its history stays.
Status checkDeletable(const MdfRequest& request);
Status checkDeletable(const MdfClaim& claim);
/// A request that claims may be made against (MDF-08): approved or partially approved.
bool acceptsClaims(const MdfRequest& request);
/// A claim's status for `paidMinor` of `approvedMinor` (MDF-11): approved (nothing paid), partially_paid, paid.
QString statusForPaid(qint64 approvedMinor, qint64 paidMinor);

} // namespace MdfWorkflow

} // namespace ChannelDesk
