#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ChannelDesk {

struct Deal;

/// What a user (or the expiry job) can do to a deal. The DR state table of prm-domain-rules.md §4 plus the
/// opportunity's won/lost. The code strings are stored in deal_event.action: never rename one.
enum class DealAction {
    Submit,          ///< draft → submitted (also a rejected-in-review resubmission is NOT allowed: DR-01)
    StartReview,     ///< submitted → under_review ("Assign to me")
    SendForApproval, ///< under_review → pending_approval
    Approve,         ///< pending_approval → approved once every stage of the approval chain approved (DR-03); until
                     ///< then it stays pending for the next stage, or is escalated above the approver's limit
    Reject,          ///< under_review | pending_approval → closed (rejected); reason required; ends the chain
    Return,          ///< DR-03: pending_approval → under_review, sent back for information; reason required
    MarkDuplicate,   ///< under_review → closed (duplicate); reason required
    Cancel,          ///< submitted | under_review | approved → canceled; reason required
    Recall,          ///< DR-02: submitted | under_review | pending_approval → draft, to edit and submit again (capped)
    Withdraw,        ///< DR-02: submitted | under_review | pending_approval → closed (withdrawn); reason required;
                     ///< never approved, never submitted again
    CloseInactive,   ///< approved → closed (inactive); reason required
    Expire,          ///< approved → closed (expired); the scheduled job, or by hand on the expiry date
    Convert,         ///< approved → closed (converted), creating the opportunity (DR-10)
    MarkWon,         ///< opportunity open → won
    MarkLost,        ///< opportunity open → lost; reason required
    Reopen,          ///< opportunity won | lost → open; reason required
};

/// The transition table, nothing else: which action is allowed from which status, the status it leads to, whether
/// it needs a reason, and which statuses are editable or deletable. Refusals are errors with a specific message
/// ("A registration in Pending approval is read-only: approve or reject it first.").
namespace DealWorkflow {

QString code(DealAction action);                 ///< "submit", "start_review", …
std::optional<DealAction> fromCode(const QString& code);
QString label(DealAction action);                ///< translated button text ("Submit", "Assign to me", …)

/// Every action, in toolbar order.
QList<DealAction> allActions();
/// Actions offered for `deal` in its current status (kind-aware), in the order a toolbar shows them.
QList<DealAction> available(const Deal& deal);
/// Whether `action` is allowed on `deal` now; the error says why not. Does not check DR-05 or limits (the
/// repository does, because they need the database).
Status check(const Deal& deal, DealAction action);
/// Status after `action`, and the closure code it sets (empty when none).
QString targetStatus(const Deal& deal, DealAction action);
QString targetClosureCode(DealAction action);
bool needsReason(DealAction action);

bool isEditable(const Deal& deal);  ///< draft, submitted, under_review, approved registrations; open opportunities
bool isDeletable(const Deal& deal); ///< only draft registrations (DR table); opportunities never
/// isEditable() / isDeletable() with the reason when not ("A registration in Pending approval is read-only: …",
/// "Only a draft registration can be deleted.").
Status checkEditable(const Deal& deal);
Status checkDeletable(const Deal& deal);
/// Active for DR-04 conflicts: submitted, under_review, pending_approval, or approved and not expired on `today`.
bool isActiveRegistration(const Deal& deal, const QDate& today);
/// Open for the pipeline (PIPE-01): registrations submitted…approved, opportunities open.
bool isOpen(const Deal& deal);
/// DR-11: tasks exist only on a live registration in submitted, under_review, pending_approval or approved; the
/// error says why not ("Tasks can be added once the registration is submitted.").
Status checkTasksAllowed(const Deal& deal);
bool allowsTasks(const Deal& deal);

} // namespace DealWorkflow

} // namespace ChannelDesk
