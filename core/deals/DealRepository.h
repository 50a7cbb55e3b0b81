#pragma once

#include "common/Result.h"
#include "deals/DealWorkflow.h"
#include "domain/Deal.h"

#include <QDateTime>
#include <QList>
#include <QJsonObject>
#include <QVariantMap>

#include <functional>

namespace ChannelDesk {

class Database;

/// What a transition needs besides the deal: who does it, why, and action-specific values.
struct TransitionInput
{
    QString actor;           ///< user name; "system" for the expiry job
    QString reason;          ///< required by DealWorkflow::needsReason()
    QDate expiresOn;         ///< Approve: overrides approval date + protection days (DR-06, editable)
    QDateTime at;            ///< when; invalid = now (tests pass fixed times)
};

/// Another registration that looks like the same opportunity (DR-04), for the "Similar registrations" panel.
struct SimilarDeal
{
    QByteArray id;
    QString number;
    QString partnerName;
    QString customerName;
    QString status;
    QDateTime submittedAt;
    QDate expiresOn;
    QStringList commonProducts;  ///< product codes both have
    QString matchedOn;           ///< "name" | "domain" (which key matched)
    bool sameLegalEntity = true; ///< false when only the folded base name matches (Acme Inc vs Acme GmbH): shown, never merged
    bool blocksApproval = false; ///< DR-05: approved, unexpired, and in conflict
};

/// Reads and writes deals and their history. Every change validates first, then writes the deal row and a
/// deal_event row through RecordWriter, all in one transaction (row + outbox entries). Transition rules come from
/// DealWorkflow; DR-05 (one approved registration per opportunity), approval limits with escalation (DR-03),
/// protection period (DR-06), extensions (DR-09) and conversion (DR-10) are enforced here because they need the
/// database.
class DealRepository final
{
public:
    explicit DealRepository(Database& db);

    Result<Deal> get(const QByteArray& id) const;
    Result<Deal> byNumber(const QString& number) const;
    /// Creates a deal (status draft for a registration, open for an opportunity); fills id, number, CAM (the
    /// partner's owner when empty) and amount (Σ line items when there are any). Records a "create" event, stamped
    /// with `deal.createdAt` when valid (sample data, imports), else now.
    Result<Deal> create(Deal deal, const QString& actor);
    /// DR-02: resubmits an approved or rejected registration as a new draft with its customer, products and amounts
    /// (the original keeps its decision: DR-01), capped by the program's maxResubmissions per opportunity; a withdrawn
    /// one is refused. A "resubmit" event on the original names the new draft.
    Result<Deal> resubmit(const QByteArray& id, const TransitionInput& input);
    /// Saves the changed fields; refused when the deal is read-only (pending approval, closed, canceled, won/lost).
    /// Returns false when nothing changed.
    Result<bool> update(const Deal& deal, const QString& actor);
    /// Tombstones a draft registration (the only deletable state); restore() brings it back (undo).
    Status remove(const QByteArray& id, const QString& actor);
    Status restore(const QByteArray& id, const QString& actor);

    /// DR-12 administrator's deletion: any deal, in any status, is tombstoned (never hard-deleted) with a required
    /// reason, and listed in the Archived view (DealFilter::archived) with its history. Refused unless
    /// canArchive(), and for a deal already archived. An "archive" event records who, when and why; the deal's CAM
    /// is told (archivedForOwner).
    Status archive(const QByteArray& id, const TransitionInput& input);
    /// Brings an archived deal back, in the status it had ("unarchive" event, reason optional). Administrators
    /// only, except a deleted draft registration, which its CAM may restore as well.
    Status unarchive(const QByteArray& id, const TransitionInput& input);
    /// Whether this desk acts as an administrator: the role its sync account last signed in with is admin, or it
    /// has no sync account and no role (a desk of its own is its own administrator). The server checks again.
    bool canArchive() const;
    /// DR-12 notice for the owner: how many of `cam`'s deals someone else archived after `since` (invalid = ever),
    /// and when the latest of them was archived.
    struct ArchivedNotice
    {
        int count = 0;
        QDateTime latest;
    };
    Result<ArchivedNotice> archivedForOwner(const QString& cam, const QDateTime& since) const;

    /// Applies `action`. SendForApproval builds the DR-03 approval chain from the routing rules (previewChain()).
    /// Approve records the actor's approval in the current stage; the registration is approved only when every stage
    /// is done (until then an "approve_step" event, and it waits for the next stage). Above the actor's limit the
    /// approval escalates instead: their place in the stage goes to the next approver ("escalate" event). Approve is
    /// refused when DR-05 blocks it. Approve, Return, and Reject of a pending_approval registration are refused unless
    /// `input.actor` is one the chain waits for (ApprovalRouting::waitingFor); a rejection ends the chain, a Return
    /// sends it back to review and drops it. Convert creates the opportunity and returns the closed registration.
    Result<Deal> transition(const QByteArray& id, DealAction action, const TransitionInput& input);
    /// Convert (DR-10): the opportunity created from an approved registration (line items copied).
    Result<Deal> convert(const QByteArray& id, const TransitionInput& input);

    /// DR-03: the approval chain `deal` would get if it were sent for approval on `day` (the routing rules it meets,
    /// in order; its CAM alone when none). Refused when a rule has a minimum amount and there is no rate to convert.
    Result<QList<ApprovalStage>> previewChain(const Deal& deal, const QDate& day) const;

    /// DR-09: asks for a new expiry; refused past the program's cap or when not approved.
    Result<Deal> requestExtension(const QByteArray& id, const QDate& newExpiry, const TransitionInput& input);
    /// Grants (expiry moves, extensions + 1) or refuses the pending request; both recorded.
    Result<Deal> decideExtension(const QByteArray& id, bool grant, const TransitionInput& input);

    /// DR-06/07: closes as Expired every approved registration whose expiry is before `today` (local date of the
    /// user), one transaction; returns how many. Won/lost deals are opportunities and never expire.
    Result<int> expireDue(const QDate& today, const QString& actor = QStringLiteral("system"));

    /// DR-04 similar registrations of `deal` (saved or not; its line items as passed), excluding itself: same
    /// customer key or host, a product in common, active on `today`. Different legal entities (Acme Inc vs Acme
    /// GmbH) are listed with sameLegalEntity = false, never merged; an approved, unexpired one blocks approval
    /// (DR-05) whatever its legal form, as the server's check does. Index lookups only (similarSql()).
    Result<QList<SimilarDeal>> similar(const Deal& deal, const QDate& today) const;
    /// The statement similar() runs, for EXPLAIN QUERY PLAN in tests.
    static QString similarSql();

    /// The deal's history, oldest first.
    Result<QList<DealEvent>> history(const QByteArray& dealId) const;

    /// Local, never-synced columns derived from a deal: customer_key (DR-04 name key: CompanyName::key, the name
    /// without legal form and punctuation), customer_host (customerHost()) and search_text (folded words of number,
    /// customer name, `partnerName` and city). The sync row writer calls this for pulled deals.
    static QVariantMap localColumns(const Deal& deal, const QString& partnerName = {});
    static QVariantMap syncedColumns(const Deal& deal);
    /// The DR-04 domain key: the host of the customer's website, else of the contact's e-mail; empty for public
    /// webmail hosts (gmail.com…), which say nothing about the customer.
    static QString customerHost(const Deal& deal);

private:
    /// DR-05 (no approval while a similar registration is approved and unexpired, or an earlier-submitted one is
    /// undecided) and who may decide.
    Status checkApproval(const Deal& deal, const QString& actor, const QDate& today) const;
    Result<Deal> createWith(Deal deal, const QString& actor, const QJsonObject& detail);
    /// The deal's amount in the base currency at `day`; an error names the missing rate.
    Result<std::optional<qint64>> amountInBase(const Deal& deal, const QDate& day) const;
    /// Tombstones (`deleted`) or restores a deal with a history event, after `allowed` accepted the stored deal.
    Status setDeleted(const QByteArray& id, bool deleted, const QString& action, const TransitionInput& input,
                      const std::function<Status(const Deal&)>& allowed);
    /// DR-11: the tasks the deal's latest delete or archive tombstoned with it (named in that event's detail).
    Result<QList<QByteArray>> tasksTakenWith(const QByteArray& dealId) const;

    Database& m_db;
};

} // namespace ChannelDesk
