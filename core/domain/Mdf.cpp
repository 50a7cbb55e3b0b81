#include "Mdf.h"

#include "domain/FieldValues.h"

#include "common/Timestamp.h"
#include "common/Uuid.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ChannelDesk {

using namespace FieldValues;

namespace {

struct MdfTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::Mdf)
};

} // namespace

qint64 MdfRequest::linesRequestedMinor() const
{
    qint64 total = 0;
    for (const MdfRequestLine& line : lines)
        total += line.requestedMinor;
    return total;
}

qint64 MdfRequest::claimCapMinor() const
{
    return mdfShareOf(approvedMinor.value_or(0), vendorShareBp);
}

qint64 MdfClaim::linesTotalMinor() const
{
    qint64 total = 0;
    for (const MdfClaimLine& line : lines)
        total += line.amountMinor;
    return total;
}

qint64 mdfShareOf(qint64 minor, int basisPoints)
{
    // Split so nothing overflows for shares up to 100 % (minor / 10000 × bp ≤ minor; the rest < 10^8), exact and
    // without compiler extensions. Integer division truncates: rounded down for the non-negative amounts MDF uses.
    return (minor / 10000) * basisPoints + (minor % 10000) * basisPoints / 10000;
}

qint64 mdfCommittedMinor(const QString& requestStatus, std::optional<qint64> approvedMinor, qint64 closedClaimsMinor)
{
    if (requestStatus == QLatin1String("approved") || requestStatus == QLatin1String("partially_approved"))
        return approvedMinor.value_or(0);
    return requestStatus == QLatin1String("closed") ? closedClaimsMinor : 0;
}

bool mdfClaimIsDecided(const QString& status)
{
    return status == QLatin1String("approved") || status == QLatin1String("partially_paid")
        || status == QLatin1String("paid");
}

qint64 mdfClaimExposureMinor(const QString& status, qint64 amountMinor, std::optional<qint64> approvedMinor)
{
    if (status == QLatin1String("submitted") || status == QLatin1String("returned"))
        return amountMinor;
    return mdfClaimIsDecided(status) ? approvedMinor.value_or(0) : 0;
}

QString mdfRequestLinesToJson(const QList<MdfRequestLine>& lines)
{
    QJsonArray array;
    for (const MdfRequestLine& line : lines) {
        array.append(QJsonObject { { QStringLiteral("key"), line.key },
                                   { QStringLiteral("description"), line.description },
                                   { QStringLiteral("requested"), line.requestedMinor },
                                   { QStringLiteral("approved"), jsonMinor(line.approvedMinor) },
                                   { QStringLiteral("decision"), line.decision },
                                   { QStringLiteral("note"), line.note } });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<MdfRequestLine> mdfRequestLinesFromJson(const QString& json)
{
    QList<MdfRequestLine> lines;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        MdfRequestLine line;
        line.key = object.value(QStringLiteral("key")).toString();
        line.description = object.value(QStringLiteral("description")).toString();
        line.requestedMinor = object.value(QStringLiteral("requested")).toInteger();
        const QJsonValue approved = object.value(QStringLiteral("approved"));
        if (approved.isDouble())
            line.approvedMinor = approved.toInteger();
        line.decision = object.value(QStringLiteral("decision")).toString(QStringLiteral("pending"));
        line.note = object.value(QStringLiteral("note")).toString();
        lines.append(line);
    }
    return lines;
}

QString mdfIdListToJson(const QList<QByteArray>& ids)
{
    return Uuid::listToJson(ids);
}

QList<QByteArray> mdfIdListFromJson(const QString& json)
{
    return Uuid::listFromJson(json);
}

QString mdfClaimLinesToJson(const QList<MdfClaimLine>& lines)
{
    QJsonArray array;
    for (const MdfClaimLine& line : lines) {
        QJsonArray attachments;
        for (const QByteArray& id : line.attachmentIds)
            attachments.append(Uuid::toString(id));
        array.append(QJsonObject { { QStringLiteral("description"), line.description },
                                   { QStringLiteral("amount"), line.amountMinor },
                                   { QStringLiteral("spent_on"), line.spentOn.isValid()
                                                                     ? QJsonValue(Timestamp::dateToStorage(line.spentOn))
                                                                     : QJsonValue(QJsonValue::Null) },
                                   { QStringLiteral("attachments"), attachments } });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<MdfClaimLine> mdfClaimLinesFromJson(const QString& json)
{
    QList<MdfClaimLine> lines;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        MdfClaimLine line;
        line.description = object.value(QStringLiteral("description")).toString();
        line.amountMinor = object.value(QStringLiteral("amount")).toInteger();
        const QJsonValue spent = object.value(QStringLiteral("spent_on"));
        if (spent.isString())
            line.spentOn = Timestamp::dateFromStorage(spent.toString());
        for (const QJsonValue& id : object.value(QStringLiteral("attachments")).toArray()) {
            const QByteArray bytes = Uuid::fromString(id.toString());
            if (bytes.size() == 16)
                line.attachmentIds.append(bytes);
        }
        lines.append(line);
    }
    return lines;
}

// Column names are the outbox and wire names: never rename one.
const QList<MdfFieldDef<MdfBudget>>& mdfBudgetFields()
{
    using T = MdfBudget;
    static const QList<MdfFieldDef<T>> fields {
        FIELD_TEXT(T, "name", name),
        FIELD_TEXT(T, "program", program),
        FIELD_DATE(T, "period_start", periodStart),
        FIELD_DATE(T, "period_end", periodEnd),
        FIELD_MONEY(T, amount),
        FIELD_TEXT(T, "owner", owner),
        { "allow_negative", [](const T& r) { return QVariant(qint64(r.allowNegative ? 1 : 0)); },
          [](T& r, const QVariant& v) { r.allowNegative = v.toLongLong() != 0; } },
        FIELD_INT(T, "vendor_share_bp", vendorShareBp),
        FIELD_INT(T, "claim_days", claimDays),
        FIELD_TEXT(T, "notes", notes),
    };
    return fields;
}

const QList<MdfFieldDef<MdfAllocation>>& mdfAllocationFields()
{
    using T = MdfAllocation;
    static const QList<MdfFieldDef<T>> fields {
        FIELD_ID(T, "budget_id", budgetId),
        FIELD_ID(T, "partner_id", partnerId),
        FIELD_TEXT(T, "period", period),
        FIELD_MONEY(T, amount),
        { "authorized", [](const T& r) { return QVariant(qint64(r.authorized ? 1 : 0)); },
          [](T& r, const QVariant& v) { r.authorized = v.isNull() || v.toLongLong() != 0; } },
        FIELD_TEXT(T, "notes", notes),
    };
    return fields;
}

const QList<MdfFieldDef<MdfRequest>>& mdfRequestFields()
{
    using T = MdfRequest;
    static const QList<MdfFieldDef<T>> fields {
        FIELD_TEXT(T, "number", number),
        FIELD_ID(T, "allocation_id", allocationId),
        FIELD_ID(T, "partner_id", partnerId),
        FIELD_TEXT(T, "title", title),
        FIELD_TEXT(T, "activity_type", activityType),
        FIELD_TEXT(T, "campaign", campaign),
        FIELD_TEXT(T, "description", description),
        FIELD_DATE(T, "start_date", startDate),
        FIELD_DATE(T, "end_date", endDate),
        FIELD_TEXT(T, "expected_outcome", expectedOutcome),
        { "line_items", [](const T& r) { return QVariant(mdfRequestLinesToJson(r.lines)); },
          [](T& r, const QVariant& v) { r.lines = mdfRequestLinesFromJson(v.toString()); } },
        { "requested_minor", [](const T& r) { return QVariant(r.requested.minor); },
          [](T& r, const QVariant& v) { r.requested.minor = v.toLongLong(); } },
        { "approved_minor", [](const T& r) { return optionalMinor(r.approvedMinor); },
          [](T& r, const QVariant& v) { r.approvedMinor = toOptionalMinor(v); } },
        { "currency", [](const T& r) { return text(r.requested.currency); },
          [](T& r, const QVariant& v) { r.requested.currency = v.toString(); } },
        FIELD_INT(T, "vendor_share_bp", vendorShareBp),
        { "linked_deals", [](const T& r) { return QVariant(mdfIdListToJson(r.linkedDealIds)); },
          [](T& r, const QVariant& v) { r.linkedDealIds = mdfIdListFromJson(v.toString()); } },
        FIELD_TEXT(T, "status", status),
        FIELD_TEXT(T, "approver", approver),
        FIELD_TIME(T, "submitted_at", submittedAt),
        FIELD_TIME(T, "decided_at", decidedAt),
        FIELD_DATE(T, "claim_deadline", claimDeadline),
    };
    return fields;
}

const QList<MdfFieldDef<MdfClaim>>& mdfClaimFields()
{
    using T = MdfClaim;
    static const QList<MdfFieldDef<T>> fields {
        FIELD_TEXT(T, "number", number),
        FIELD_ID(T, "request_id", requestId),
        FIELD_ID(T, "partner_id", partnerId),
        FIELD_TEXT(T, "title", title),
        { "line_items", [](const T& r) { return QVariant(mdfClaimLinesToJson(r.lines)); },
          [](T& r, const QVariant& v) { r.lines = mdfClaimLinesFromJson(v.toString()); } },
        FIELD_MONEY(T, amount),
        { "approved_minor", [](const T& r) { return optionalMinor(r.approvedMinor); },
          [](T& r, const QVariant& v) { r.approvedMinor = toOptionalMinor(v); } },
        FIELD_TEXT(T, "status", status),
        FIELD_TEXT(T, "approver", approver),
        FIELD_TIME(T, "submitted_at", submittedAt),
        FIELD_TIME(T, "decided_at", decidedAt),
    };
    return fields;
}

const QList<MdfFieldDef<MdfPayment>>& mdfPaymentFields()
{
    using T = MdfPayment;
    static const QList<MdfFieldDef<T>> fields {
        FIELD_ID(T, "claim_id", claimId),
        FIELD_ID(T, "partner_id", partnerId),
        FIELD_MONEY(T, amount),
        FIELD_DATE(T, "paid_on", paidOn),
        FIELD_TEXT(T, "method", method),
        FIELD_TEXT(T, "reference", reference),
        FIELD_TEXT(T, "note", note),
    };
    return fields;
}

const QList<MdfFieldDef<MdfAttachment>>& mdfAttachmentFields()
{
    using T = MdfAttachment;
    static const QList<MdfFieldDef<T>> fields {
        FIELD_ID(T, "claim_id", claimId),
        FIELD_ID(T, "partner_id", partnerId),
        FIELD_TEXT(T, "file_name", fileName),
        FIELD_TEXT(T, "mime_type", mimeType),
        FIELD_INT(T, "size_bytes", sizeBytes),
        FIELD_TEXT(T, "sha256", sha256),
        FIELD_TEXT(T, "kind", kind),
        FIELD_TEXT(T, "note", note),
    };
    return fields;
}

const QList<MdfFieldDef<MdfEvent>>& mdfEventFields()
{
    using T = MdfEvent;
    static const QList<MdfFieldDef<T>> fields {
        FIELD_ID(T, "scope_ref", scopeRef),
        FIELD_TEXT(T, "entity", entity),
        FIELD_ID(T, "record_id", recordId),
        { "at", [](const T& r) { return QVariant(Timestamp::toStorage(r.at)); }, [](T& r, const QVariant& v) { r.at = toTime(v); } },
        FIELD_TEXT(T, "actor", actor),
        FIELD_TEXT(T, "action", action),
        FIELD_TEXT(T, "from_status", fromStatus),
        FIELD_TEXT(T, "to_status", toStatus),
        FIELD_TEXT(T, "reason", reason),
        FIELD_TEXT(T, "detail", detail),
    };
    return fields;
}

#undef FIELD_TEXT
#undef FIELD_DATE
#undef FIELD_TIME
#undef FIELD_ID
#undef FIELD_INT
#undef FIELD_MONEY

QList<Choice> mdfRequestStatuses()
{
    return {
        { QStringLiteral("draft"), MdfTr::tr("Draft") },
        { QStringLiteral("submitted"), MdfTr::tr("Submitted") },
        { QStringLiteral("need_info"), MdfTr::tr("Need more information") },
        { QStringLiteral("approved"), MdfTr::tr("Approved") },
        { QStringLiteral("partially_approved"), MdfTr::tr("Partially approved") },
        { QStringLiteral("rejected"), MdfTr::tr("Rejected") },
        { QStringLiteral("declined"), MdfTr::tr("Declined") },
        { QStringLiteral("closed"), MdfTr::tr("Closed") },
        { QStringLiteral("canceled"), MdfTr::tr("Canceled") },
    };
}

QList<Choice> mdfClaimStatuses()
{
    return {
        { QStringLiteral("draft"), MdfTr::tr("Draft") },
        { QStringLiteral("submitted"), MdfTr::tr("Submitted") },
        { QStringLiteral("returned"), MdfTr::tr("Returned") },
        { QStringLiteral("approved"), MdfTr::tr("Approved") },
        { QStringLiteral("rejected"), MdfTr::tr("Rejected") },
        { QStringLiteral("partially_paid"), MdfTr::tr("Partially paid") },
        { QStringLiteral("paid"), MdfTr::tr("Paid") },
        { QStringLiteral("canceled"), MdfTr::tr("Canceled") },
    };
}

QList<Choice> mdfActivityTypes()
{
    return {
        { QStringLiteral("event"), MdfTr::tr("Event") },
        { QStringLiteral("webinar"), MdfTr::tr("Webinar") },
        { QStringLiteral("digital"), MdfTr::tr("Digital campaign") },
        { QStringLiteral("advertising"), MdfTr::tr("Advertising") },
        { QStringLiteral("content"), MdfTr::tr("Content and collateral") },
        { QStringLiteral("training"), MdfTr::tr("Sales training") },
        { QStringLiteral("trade_show"), MdfTr::tr("Trade show") },
        { QStringLiteral("telemarketing"), MdfTr::tr("Telemarketing") },
        { QStringLiteral("other"), MdfTr::tr("Other") },
    };
}

QList<Choice> mdfPaymentMethods()
{
    return {
        { QStringLiteral("bank_transfer"), MdfTr::tr("Bank transfer") },
        { QStringLiteral("credit_note"), MdfTr::tr("Credit note") },
        { QStringLiteral("check"), MdfTr::tr("Cheque") },
        { QStringLiteral("other"), MdfTr::tr("Other") },
    };
}

QList<Choice> mdfLineDecisions()
{
    return {
        { QStringLiteral("pending"), MdfTr::tr("Pending") },
        { QStringLiteral("accepted"), MdfTr::tr("Accepted as is") },
        { QStringLiteral("changed"), MdfTr::tr("Accepted with changes") },
        { QStringLiteral("denied"), MdfTr::tr("Denied") },
    };
}

QList<Choice> mdfAttachmentKinds()
{
    return {
        { QStringLiteral("receipt"), MdfTr::tr("Receipt or invoice") },
        { QStringLiteral("proof"), MdfTr::tr("Proof of performance") },
        { QStringLiteral("other"), MdfTr::tr("Other") },
    };
}

QString mdfRequestStatusLabel(const QString& status)
{
    return labelOf(mdfRequestStatuses(), status);
}

QString mdfClaimStatusLabel(const QString& status)
{
    return labelOf(mdfClaimStatuses(), status);
}

} // namespace ChannelDesk
