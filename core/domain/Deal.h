#pragma once

#include "common/Money.h"
#include "domain/Partner.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace ChannelDesk {

/// One product line of a deal (DR line items, copied to the opportunity on conversion, DR-10).
struct DealLineItem
{
    QString product;         ///< product code from the catalogue (table `product`)
    QString name;            ///< product name when the line was written (the catalogue may change later)
    qint64 quantity = 1;
    qint64 unitPriceMinor = 0; ///< in the deal's currency, integer minor units

    qint64 totalMinor() const { return quantity * unitPriceMinor; }
    bool operator==(const DealLineItem&) const = default;
};

/// One stage of a registration's approval chain (DR-03): who must approve, and who already has. A stage is done
/// when every one of its approvers approved (a parallel stage has several, in any order); stages run in order.
struct ApprovalStage
{
    QStringList approvers; ///< user names, in the order the rule lists them
    QStringList approved;  ///< those of them who approved
    QString rule;          ///< the routing rule that asked for this stage; empty = the CAM by default

    bool isDone() const;
    QStringList pending() const; ///< approvers who have not approved yet
    bool operator==(const ApprovalStage&) const = default;
};

/// A deal: either a partner's deal registration (kind "registration", the DR state machine of DealWorkflow) or an
/// opportunity (kind "opportunity": open / won / lost), usually created by converting an approved registration
/// (DR-10). One table holds both so the pipeline and the deals list read one place. Plain data; rules live in
/// DealWorkflow and DealValidator, storage in DealRepository. To add a field: a member here, a row in dealFields()
/// (Deal.cpp), a migration, and the editor in ui/deals/DealEditor.
struct Deal
{
    QByteArray id;               ///< UUIDv7, 16 raw bytes
    QString kind = QStringLiteral("registration"); ///< "registration" | "opportunity"
    QString number;              ///< human-readable, unique: "DR-2611-7KQ3MZ" / "OP-2611-…" (DealRepository)
    QByteArray partnerId;        ///< the registering partner (sync scope)
    QByteArray partnerContactId; ///< submitting partner contact; empty when none
    QString cam;                 ///< channel account manager; defaults to the partner's owner
    QString approver;            ///< who must decide now, space-separated when a parallel stage waits for several
                                 ///< (empty = the CAM); set by the approval chain and by escalation (DR-03)
    QList<ApprovalStage> approvalChain; ///< DR-03: computed when sent for approval, advanced by each approval

    QString customerName;        ///< end customer legal name
    QString customerDomain;      ///< website or e-mail domain of the end customer
    QString customerCountry;     ///< ISO 3166-1 alpha-2
    QString customerCity;
    QString customerContactName;
    QString customerContactEmail;
    QString customerContactPhone;

    QList<DealLineItem> lineItems;
    Money amount;                ///< Σ line items when there are any (DealValidator checks), else entered
    QDate expectedClose;
    QString salesStage = QStringLiteral("qualification"); ///< a code from salesStages()
    std::optional<int> probability; ///< per-deal override in percent; empty = the stage's default (PIPE-01)
    QString description;
    QString competitor;

    QString status = QStringLiteral("draft"); ///< registrations: dealStatuses(); opportunities: open | won | lost
    QString closureCode;         ///< for status closed: converted | rejected | duplicate | expired | inactive (DR-01)
    QDateTime submittedAt;       ///< first submission (DR-05 tie-break, DR-13 SLA)
    QDateTime decidedAt;         ///< approval, rejection or duplicate decision (DR-13)
    QDate expiresOn;             ///< end of the protection period (DR-06), set at approval
    int extensions = 0;          ///< extensions granted (DR-09 cap)
    QDate extensionRequestedTo;  ///< pending extension request (DR-09); invalid when none
    QString extensionReason;
    QByteArray registrationId;   ///< opportunity: the registration it was converted from; registration: its opportunity

    // Bookkeeping, maintained by the repository.
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;
    std::optional<qint64> serverVersion;

    bool isRegistration() const { return kind == QLatin1String("registration"); }
    bool isDeleted() const { return deletedAt.isValid(); }
    /// The probability used for weighting: the override, else the stage default; 100 for won, 0 for lost.
    int effectiveProbability() const;
    qint64 lineItemsTotalMinor() const;
};

/// A row of a deal's history (DR-03/DR-12 audit; "who, when, from, to and why"). Synced as its own entity
/// (`deal_event`), created once and never changed, so two devices' histories merge without conflicts.
struct DealEvent
{
    QByteArray id;
    QByteArray partnerId;  ///< sync scope, same as the deal's
    QByteArray dealId;
    QDateTime at;          ///< UTC
    QString actor;         ///< user name, or "system" for scheduled expiry
    QString action;        ///< a DealAction code (submit, approve, escalate, extend_request…) or "create"/"edit"
    QString fromStatus;
    QString toStatus;
    QString reason;
    QString detail;        ///< JSON text with action specifics (new expiry, escalated to, opportunity id…)
};

struct DealFieldDef
{
    const char* column;
    QVariant (*get)(const Deal&);
    void (*set)(Deal&, const QVariant&);
};
/// The synced columns of the deal table (see partnerFields()). Column names are wire names: never rename one.
const QList<DealFieldDef>& dealFields();

struct DealEventFieldDef
{
    const char* column;
    QVariant (*get)(const DealEvent&);
    void (*set)(DealEvent&, const QVariant&);
};
const QList<DealEventFieldDef>& dealEventFields();

/// Line items as stored in the `line_items` column: compact JSON array of {product, name, quantity, unit_price}.
QString lineItemsToJson(const QList<DealLineItem>& items);
QList<DealLineItem> lineItemsFromJson(const QString& json);
/// The approval chain as stored in `approval_chain`: compact JSON array of {approvers, approved, rule}; "" when empty.
QString approvalChainToJson(const QList<ApprovalStage>& chain);
QList<ApprovalStage> approvalChainFromJson(const QString& json);

/// A sales stage with its default probability (DR-14: few partner-visible stages, each with a probability).
struct SalesStage
{
    QString code;
    QString label;
    int probability;
};
const QList<SalesStage>& salesStages();
int stageProbability(const QString& stageCode); ///< 0 for an unknown code

QList<Choice> registrationStatuses(); ///< draft … canceled, in workflow order
QList<Choice> opportunityStatuses();  ///< open, won, lost
QList<Choice> closureCodes();         ///< DR-01
QString dealStatusLabel(const QString& status);

} // namespace ChannelDesk
