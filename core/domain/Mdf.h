#pragma once

#include "common/Money.h"
#include "domain/Partner.h" // Choice
#include "domain/Record.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace ChannelDesk {

// Market development funds (issue 5, MDF-01…12): Budget → Allocation (per partner per period) → Fund request →
// Claim → Payment, plus claim attachments and one history table for all of them. Plain data; rules live in
// core/mdf (MdfWorkflow, MdfValidator, MdfRepository). Every amount is integer minor units in one currency: a
// budget's currency is its allocations', requests', claims' and payments' currency (MDF-01), so no MDF sum ever
// mixes currencies. To add a field: a member here, a row in the entity's field table (Mdf.cpp), a migration, its
// sync kind in SyncSchema.cpp if it is not plain text, its rule in MdfValidator and its widget in ui/mdf.

/// Bookkeeping shared by every synced MDF record, maintained by the repository.
using MdfRecordMeta = RecordMeta;

/// A fund (MDF-01): a program's money for a period, owned by one CAM (the sync scope root, like a partner).
struct MdfBudget
{
    QByteArray id;
    QString name;
    QString program;          ///< e.g. "Partner Marketing FY27"
    QDate periodStart;
    QDate periodEnd;
    Money amount;             ///< the budget's currency is every child's currency
    QString owner;            ///< CAM user name (sync scope owner)
    bool allowNegative = false; ///< MDF-02: approvals may overdraw an allocation (never the budget's Σ allocations)
    int vendorShareBp = 5000; ///< MDF-07 default vendor share for new requests, basis points (5000 = 50 %)
    int claimDays = 90;       ///< MDF-10: claim deadline = activity end + claimDays, fixed at approval
    QString notes;
    MdfRecordMeta meta;
};

/// A budget's money set aside for one partner for one period (MDF-03: one per budget, partner and period).
struct MdfAllocation
{
    QByteArray id;
    QByteArray budgetId;
    QByteArray partnerId;     ///< sync scope
    QString period;           ///< "2027", "2027-H1", "2027-Q1" or "2027-03"; inside the budget's dates
    Money amount;             ///< currency = the budget's
    bool authorized = true;   ///< MDF-03 (Zift): requests draw only on authorised allocations
    QString notes;
    MdfRecordMeta meta;
};

/// One line of a fund request's cost plan, decided one by one (MDF-06 per-line partial approval).
struct MdfRequestLine
{
    QString key;              ///< stable within the request (short random text), so a decision names its line
    QString description;
    qint64 requestedMinor = 0;
    std::optional<qint64> approvedMinor; ///< set by the decision: = requested (accepted), less (changed), 0 (denied)
    QString decision = QStringLiteral("pending"); ///< pending | accepted | changed | denied
    QString note;             ///< the approver's comment on this line

    bool operator==(const MdfRequestLine&) const = default;
};

/// A partner's request for funds for one activity (MDF-05…08, MDF-12).
struct MdfRequest
{
    QByteArray id;
    QString number;           ///< "MDF-2611-7KQ3MZ", unique, assigned at creation
    QByteArray allocationId;
    QByteArray partnerId;     ///< sync scope; = the allocation's partner
    QString title;
    QString activityType;     ///< a code from mdfActivityTypes()
    QString campaign;
    QString description;
    QDate startDate;
    QDate endDate;
    QString expectedOutcome;
    QList<MdfRequestLine> lines;
    Money requested;          ///< Σ lines' requested; currency = the allocation's
    std::optional<qint64> approvedMinor; ///< Σ lines' approved once decided (MDF-06: kept apart from requested)
    int vendorShareBp = 5000; ///< MDF-07: claims may reach approved × vendor share (rounded down)
    QList<QByteArray> linkedDealIds; ///< MDF-12: opportunities this activity sources
    QString status = QStringLiteral("draft"); ///< mdfRequestStatuses()
    QString approver;         ///< who must decide now (empty = the budget owner); set by escalation (MDF-05)
    QDateTime submittedAt;
    QDateTime decidedAt;
    QDate claimDeadline;      ///< MDF-10, set at approval: endDate + budget.claimDays
    // Local, derived by triggers from claims and payments (never synced, never written by the repository):
    qint64 claimedMinor = 0;        ///< Σ claim exposure (submitted/returned: amount; approved…paid: approved)
    qint64 claimsApprovedMinor = 0; ///< Σ approved amounts of approved, partially paid and paid claims
    qint64 paidMinor = 0;           ///< Σ payments of its claims
    MdfRecordMeta meta;

    qint64 linesRequestedMinor() const;
    /// What the vendor reimburses at most: approved × vendorShareBp / 10000, rounded down (never above the share).
    qint64 claimCapMinor() const;
};

/// One expense line of a claim, with its receipts (attachment ids).
struct MdfClaimLine
{
    QString description;
    qint64 amountMinor = 0;
    QDate spentOn;
    QList<QByteArray> attachmentIds;

    bool operator==(const MdfClaimLine&) const = default;
};

/// A claim for reimbursement against one approved request (MDF-08/09).
struct MdfClaim
{
    QByteArray id;
    QString number;           ///< "CLM-2611-…", unique
    QByteArray requestId;
    QByteArray partnerId;     ///< sync scope
    QString title;            ///< unique among live claims (MDF-09)
    QList<MdfClaimLine> lines;
    Money amount;             ///< Σ lines; currency = the request's
    std::optional<qint64> approvedMinor; ///< set at approval, ≤ amount
    QString status = QStringLiteral("draft"); ///< mdfClaimStatuses()
    QString approver;
    QDateTime submittedAt;
    QDateTime decidedAt;
    qint64 paidMinor = 0;     ///< local, derived by triggers from live payments
    MdfRecordMeta meta;

    qint64 linesTotalMinor() const;
};

/// A payment against an approved claim (MDF-11); several make a partial or total reimbursement. A wrong payment is
/// voided (tombstoned, with a reason in the history), never edited.
struct MdfPayment
{
    QByteArray id;
    QByteArray claimId;
    QByteArray partnerId;     ///< sync scope
    Money amount;
    QDate paidOn;
    QString method;           ///< mdfPaymentMethods()
    QString reference;        ///< bank or credit-note reference
    QString note;
    MdfRecordMeta meta;
};

/// A receipt, photo or PDF proving a claim (MDF-09). The record (name, type, size, SHA-256) syncs; the bytes live in
/// the local content-addressed table `mdf_blob` keyed by their SHA-256, so the same file is stored once and a
/// damaged copy is detected.
struct MdfAttachment
{
    QByteArray id;
    QByteArray claimId;
    QByteArray partnerId;     ///< sync scope
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString sha256;           ///< lower-case hex of the content
    QString kind = QStringLiteral("receipt"); ///< receipt | proof | other
    QString note;
    MdfRecordMeta meta;
};

/// A row of any MDF record's history: who, when, from, to, why (created once, never changed).
struct MdfEvent
{
    QByteArray id;
    QByteArray scopeRef;      ///< sync scope: the partner's id, or the budget's for budget events
    QString entity;           ///< budget | allocation | request | claim | payment | attachment
    QByteArray recordId;
    QDateTime at;             ///< UTC
    QString actor;
    QString action;           ///< create, edit, delete, restore, submit, approve, escalate, pay, void…
    QString fromStatus;
    QString toStatus;
    QString reason;
    QString detail;           ///< JSON text with specifics (amounts before/after, line decisions, escalated to…)
};

/// A synced column of an MDF table and how to read and write it on the struct. Column names are wire names.
template <class T>
using MdfFieldDef = FieldDef<T>;

const QList<MdfFieldDef<MdfBudget>>& mdfBudgetFields();
const QList<MdfFieldDef<MdfAllocation>>& mdfAllocationFields();
const QList<MdfFieldDef<MdfRequest>>& mdfRequestFields();
const QList<MdfFieldDef<MdfClaim>>& mdfClaimFields();
const QList<MdfFieldDef<MdfPayment>>& mdfPaymentFields();
const QList<MdfFieldDef<MdfAttachment>>& mdfAttachmentFields();
const QList<MdfFieldDef<MdfEvent>>& mdfEventFields();

/// JSON text of the list columns (compact arrays; ids as UUID text).
QString mdfRequestLinesToJson(const QList<MdfRequestLine>& lines);
QList<MdfRequestLine> mdfRequestLinesFromJson(const QString& json);
QString mdfClaimLinesToJson(const QList<MdfClaimLine>& lines);
QList<MdfClaimLine> mdfClaimLinesFromJson(const QString& json);
QString mdfIdListToJson(const QList<QByteArray>& ids);
QList<QByteArray> mdfIdListFromJson(const QString& json);

QList<Choice> mdfRequestStatuses();  ///< draft, submitted, need_info, approved, partially_approved, rejected, declined, closed, canceled
QList<Choice> mdfClaimStatuses();    ///< draft, submitted, returned, approved, rejected, partially_paid, paid, canceled
QList<Choice> mdfActivityTypes();    ///< event, webinar, digital, advertising, content, training, trade_show, telemarketing, other
QList<Choice> mdfPaymentMethods();   ///< bank_transfer, credit_note, check, other
QList<Choice> mdfLineDecisions();    ///< pending, accepted, changed, denied
QList<Choice> mdfAttachmentKinds();  ///< receipt, proof, other
QString mdfRequestStatusLabel(const QString& status);
QString mdfClaimStatusLabel(const QString& status);

/// The share of an amount: minor × basisPoints / 10000, rounded down (toward zero for the non-negative amounts MDF
/// uses), exact for 0 ≤ basisPoints ≤ 10000. The vendor never reimburses more than its share (docs/architecture.md).
qint64 mdfShareOf(qint64 minor, int basisPoints);

/// The two balance definitions the schema's triggers apply (core/storage/Migrations.cpp, addMdf), for code that
/// reasons about one record: the server's re-checks and the repositories. Keep the three in step.
/// Committed: what a request holds of its allocation — its approved amount while approved or partially approved,
/// what its claims were approved for once closed (`closedClaimsMinor`), nothing otherwise.
qint64 mdfCommittedMinor(const QString& requestStatus, std::optional<qint64> approvedMinor, qint64 closedClaimsMinor);
/// Whether a claim in `status` has been approved (approved, partially paid, paid): its approved amount counts.
bool mdfClaimIsDecided(const QString& status);
/// Exposure: what a claim holds of its request's cap — its amount while submitted or returned, its approved amount
/// once decided, nothing otherwise.
qint64 mdfClaimExposureMinor(const QString& status, qint64 amountMinor, std::optional<qint64> approvedMinor);

} // namespace ChannelDesk
