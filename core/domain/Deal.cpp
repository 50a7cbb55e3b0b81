#include "Deal.h"

#include "common/Timestamp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ChannelDesk {

namespace {

struct DealTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::Deal)
};

QVariant text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value; // NOT NULL text columns: never bind a null QString
}

QVariant date(const QDate& value)
{
    return value.isValid() ? QVariant(Timestamp::dateToStorage(value)) : QVariant(QMetaType(QMetaType::QString));
}

QDate toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : Timestamp::dateFromStorage(value.toString());
}

QVariant time(const QDateTime& value)
{
    return value.isValid() ? QVariant(Timestamp::toStorage(value)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime toTime(const QVariant& value)
{
    return value.isNull() ? QDateTime() : Timestamp::fromStorage(value.toString());
}

QVariant blob(const QByteArray& value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(value);
}

} // namespace

int Deal::effectiveProbability() const
{
    if (!isRegistration()) {
        if (status == QLatin1String("won"))
            return 100;
        if (status == QLatin1String("lost"))
            return 0;
    }
    return probability ? *probability : stageProbability(salesStage);
}

qint64 Deal::lineItemsTotalMinor() const
{
    qint64 total = 0;
    for (const DealLineItem& item : lineItems)
        total += item.totalMinor();
    return total;
}

QString lineItemsToJson(const QList<DealLineItem>& items)
{
    QJsonArray array;
    for (const DealLineItem& item : items) {
        array.append(QJsonObject { { QStringLiteral("product"), item.product },
                                   { QStringLiteral("name"), item.name },
                                   { QStringLiteral("quantity"), item.quantity },
                                   { QStringLiteral("unit_price"), item.unitPriceMinor } });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

bool ApprovalStage::isDone() const
{
    return pending().isEmpty();
}

QStringList ApprovalStage::pending() const
{
    QStringList waiting;
    for (const QString& approver : approvers) {
        if (!approved.contains(approver))
            waiting.append(approver);
    }
    return waiting;
}

QString approvalChainToJson(const QList<ApprovalStage>& chain)
{
    if (chain.isEmpty())
        return QStringLiteral("");
    QJsonArray array;
    for (const ApprovalStage& stage : chain) {
        array.append(QJsonObject { { QStringLiteral("approvers"), QJsonArray::fromStringList(stage.approvers) },
                                   { QStringLiteral("approved"), QJsonArray::fromStringList(stage.approved) },
                                   { QStringLiteral("rule"), stage.rule } });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ApprovalStage> approvalChainFromJson(const QString& json)
{
    QList<ApprovalStage> chain;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        ApprovalStage stage;
        for (const QJsonValue& name : object.value(QStringLiteral("approvers")).toArray())
            stage.approvers.append(name.toString());
        for (const QJsonValue& name : object.value(QStringLiteral("approved")).toArray())
            stage.approved.append(name.toString());
        stage.rule = object.value(QStringLiteral("rule")).toString();
        chain.append(stage);
    }
    return chain;
}

QList<DealLineItem> lineItemsFromJson(const QString& json)
{
    QList<DealLineItem> items;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        items.append({ object.value(QStringLiteral("product")).toString(), object.value(QStringLiteral("name")).toString(),
                       object.value(QStringLiteral("quantity")).toInteger(1),
                       object.value(QStringLiteral("unit_price")).toInteger() });
    }
    return items;
}

const QList<DealFieldDef>& dealFields()
{
    // Column names are the outbox and wire names: never rename one.
    static const QList<DealFieldDef> fields {
        { "kind", [](const Deal& d) { return text(d.kind); }, [](Deal& d, const QVariant& v) { d.kind = v.toString(); } },
        { "number", [](const Deal& d) { return text(d.number); }, [](Deal& d, const QVariant& v) { d.number = v.toString(); } },
        { "partner_id", [](const Deal& d) { return QVariant(d.partnerId); }, [](Deal& d, const QVariant& v) { d.partnerId = v.toByteArray(); } },
        { "partner_contact_id", [](const Deal& d) { return blob(d.partnerContactId); }, [](Deal& d, const QVariant& v) { d.partnerContactId = v.toByteArray(); } },
        { "cam", [](const Deal& d) { return text(d.cam); }, [](Deal& d, const QVariant& v) { d.cam = v.toString(); } },
        { "approver", [](const Deal& d) { return text(d.approver); }, [](Deal& d, const QVariant& v) { d.approver = v.toString(); } },
        { "approval_chain", [](const Deal& d) { return QVariant(approvalChainToJson(d.approvalChain)); }, [](Deal& d, const QVariant& v) { d.approvalChain = approvalChainFromJson(v.toString()); } },
        { "customer_name", [](const Deal& d) { return text(d.customerName); }, [](Deal& d, const QVariant& v) { d.customerName = v.toString(); } },
        { "customer_domain", [](const Deal& d) { return text(d.customerDomain); }, [](Deal& d, const QVariant& v) { d.customerDomain = v.toString(); } },
        { "customer_country", [](const Deal& d) { return text(d.customerCountry); }, [](Deal& d, const QVariant& v) { d.customerCountry = v.toString(); } },
        { "customer_city", [](const Deal& d) { return text(d.customerCity); }, [](Deal& d, const QVariant& v) { d.customerCity = v.toString(); } },
        { "customer_contact_name", [](const Deal& d) { return text(d.customerContactName); }, [](Deal& d, const QVariant& v) { d.customerContactName = v.toString(); } },
        { "customer_contact_email", [](const Deal& d) { return text(d.customerContactEmail); }, [](Deal& d, const QVariant& v) { d.customerContactEmail = v.toString(); } },
        { "customer_contact_phone", [](const Deal& d) { return text(d.customerContactPhone); }, [](Deal& d, const QVariant& v) { d.customerContactPhone = v.toString(); } },
        { "line_items", [](const Deal& d) { return QVariant(lineItemsToJson(d.lineItems)); }, [](Deal& d, const QVariant& v) { d.lineItems = lineItemsFromJson(v.toString()); } },
        { "amount_minor", [](const Deal& d) { return QVariant(d.amount.minor); }, [](Deal& d, const QVariant& v) { d.amount.minor = v.toLongLong(); } },
        { "currency", [](const Deal& d) { return text(d.amount.currency); }, [](Deal& d, const QVariant& v) { d.amount.currency = v.toString(); } },
        { "expected_close", [](const Deal& d) { return date(d.expectedClose); }, [](Deal& d, const QVariant& v) { d.expectedClose = toDate(v); } },
        { "sales_stage", [](const Deal& d) { return text(d.salesStage); }, [](Deal& d, const QVariant& v) { d.salesStage = v.toString(); } },
        { "probability",
          [](const Deal& d) { return d.probability ? QVariant(qint64(*d.probability)) : QVariant(QMetaType(QMetaType::LongLong)); },
          [](Deal& d, const QVariant& v) {
              if (v.isNull())
                  d.probability.reset();
              else
                  d.probability = v.toInt();
          } },
        { "description", [](const Deal& d) { return text(d.description); }, [](Deal& d, const QVariant& v) { d.description = v.toString(); } },
        { "competitor", [](const Deal& d) { return text(d.competitor); }, [](Deal& d, const QVariant& v) { d.competitor = v.toString(); } },
        { "status", [](const Deal& d) { return text(d.status); }, [](Deal& d, const QVariant& v) { d.status = v.toString(); } },
        { "closure_code", [](const Deal& d) { return text(d.closureCode); }, [](Deal& d, const QVariant& v) { d.closureCode = v.toString(); } },
        { "submitted_at", [](const Deal& d) { return time(d.submittedAt); }, [](Deal& d, const QVariant& v) { d.submittedAt = toTime(v); } },
        { "decided_at", [](const Deal& d) { return time(d.decidedAt); }, [](Deal& d, const QVariant& v) { d.decidedAt = toTime(v); } },
        { "expires_on", [](const Deal& d) { return date(d.expiresOn); }, [](Deal& d, const QVariant& v) { d.expiresOn = toDate(v); } },
        { "extensions", [](const Deal& d) { return QVariant(qint64(d.extensions)); }, [](Deal& d, const QVariant& v) { d.extensions = v.toInt(); } },
        { "extension_requested_to", [](const Deal& d) { return date(d.extensionRequestedTo); }, [](Deal& d, const QVariant& v) { d.extensionRequestedTo = toDate(v); } },
        { "extension_reason", [](const Deal& d) { return text(d.extensionReason); }, [](Deal& d, const QVariant& v) { d.extensionReason = v.toString(); } },
        { "registration_id", [](const Deal& d) { return blob(d.registrationId); }, [](Deal& d, const QVariant& v) { d.registrationId = v.toByteArray(); } },
    };
    return fields;
}

const QList<DealEventFieldDef>& dealEventFields()
{
    static const QList<DealEventFieldDef> fields {
        { "partner_id", [](const DealEvent& e) { return QVariant(e.partnerId); }, [](DealEvent& e, const QVariant& v) { e.partnerId = v.toByteArray(); } },
        { "deal_id", [](const DealEvent& e) { return QVariant(e.dealId); }, [](DealEvent& e, const QVariant& v) { e.dealId = v.toByteArray(); } },
        { "at", [](const DealEvent& e) { return QVariant(Timestamp::toStorage(e.at)); }, [](DealEvent& e, const QVariant& v) { e.at = toTime(v); } },
        { "actor", [](const DealEvent& e) { return text(e.actor); }, [](DealEvent& e, const QVariant& v) { e.actor = v.toString(); } },
        { "action", [](const DealEvent& e) { return text(e.action); }, [](DealEvent& e, const QVariant& v) { e.action = v.toString(); } },
        { "from_status", [](const DealEvent& e) { return text(e.fromStatus); }, [](DealEvent& e, const QVariant& v) { e.fromStatus = v.toString(); } },
        { "to_status", [](const DealEvent& e) { return text(e.toStatus); }, [](DealEvent& e, const QVariant& v) { e.toStatus = v.toString(); } },
        { "reason", [](const DealEvent& e) { return text(e.reason); }, [](DealEvent& e, const QVariant& v) { e.reason = v.toString(); } },
        { "detail", [](const DealEvent& e) { return text(e.detail); }, [](DealEvent& e, const QVariant& v) { e.detail = v.toString(); } },
    };
    return fields;
}

const QList<SalesStage>& salesStages()
{
    // DR-14: a handful of partner-visible stages, each with its default probability (PIPE-01).
    static const QList<SalesStage> stages {
        { QStringLiteral("qualification"), DealTr::tr("Qualification"), 10 },
        { QStringLiteral("discovery"), DealTr::tr("Discovery"), 25 },
        { QStringLiteral("proposal"), DealTr::tr("Proposal"), 50 },
        { QStringLiteral("negotiation"), DealTr::tr("Negotiation"), 75 },
        { QStringLiteral("commit"), DealTr::tr("Commit"), 90 },
    };
    return stages;
}

int stageProbability(const QString& stageCode)
{
    for (const SalesStage& stage : salesStages()) {
        if (stage.code == stageCode)
            return stage.probability;
    }
    return 0;
}

QList<Choice> registrationStatuses()
{
    return {
        { QStringLiteral("draft"), DealTr::tr("Draft") },
        { QStringLiteral("submitted"), DealTr::tr("Submitted") },
        { QStringLiteral("under_review"), DealTr::tr("Under review") },
        { QStringLiteral("pending_approval"), DealTr::tr("Pending approval") },
        { QStringLiteral("approved"), DealTr::tr("Approved") },
        { QStringLiteral("closed"), DealTr::tr("Closed") },
        { QStringLiteral("canceled"), DealTr::tr("Canceled") },
    };
}

QList<Choice> opportunityStatuses()
{
    return {
        { QStringLiteral("open"), DealTr::tr("Open") },
        { QStringLiteral("won"), DealTr::tr("Won") },
        { QStringLiteral("lost"), DealTr::tr("Lost") },
    };
}

QList<Choice> closureCodes()
{
    return {
        { QStringLiteral("converted"), DealTr::tr("Converted") },
        { QStringLiteral("rejected"), DealTr::tr("Rejected") },
        { QStringLiteral("duplicate"), DealTr::tr("Duplicate") },
        { QStringLiteral("expired"), DealTr::tr("Expired") },
        { QStringLiteral("inactive"), DealTr::tr("Closed for inactivity") },
        { QStringLiteral("withdrawn"), DealTr::tr("Withdrawn") },
    };
}

QString dealStatusLabel(const QString& status)
{
    for (const Choice& choice : registrationStatuses() + opportunityStatuses()) {
        if (choice.code == status)
            return choice.label;
    }
    return status;
}

} // namespace ChannelDesk
