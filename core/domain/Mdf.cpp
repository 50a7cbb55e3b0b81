#include "Mdf.h"

#include "common/Timestamp.h"
#include "common/Uuid.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ChannelDesk {

namespace {

struct MdfTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::Mdf)
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

QVariant optionalMinor(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> toOptionalMinor(const QVariant& value)
{
    return value.isNull() || !value.isValid() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QJsonValue jsonMinor(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString labelOf(const QList<Choice>& choices, const QString& code)
{
    for (const Choice& choice : choices) {
        if (choice.code == code)
            return choice.label;
    }
    return code;
}

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
    QJsonArray array;
    for (const QByteArray& id : ids)
        array.append(Uuid::toString(id));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QByteArray> mdfIdListFromJson(const QString& json)
{
    QList<QByteArray> ids;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& value : array) {
        const QByteArray id = Uuid::fromString(value.toString());
        if (id.size() == 16)
            ids.append(id);
    }
    return ids;
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
#define MDF_TEXT(T, column, member) \
    { column, [](const T& r) { return text(r.member); }, [](T& r, const QVariant& v) { r.member = v.toString(); } }
#define MDF_DATE(T, column, member) \
    { column, [](const T& r) { return date(r.member); }, [](T& r, const QVariant& v) { r.member = toDate(v); } }
#define MDF_TIME(T, column, member) \
    { column, [](const T& r) { return time(r.member); }, [](T& r, const QVariant& v) { r.member = toTime(v); } }
#define MDF_ID(T, column, member) \
    { column, [](const T& r) { return r.member.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(r.member); }, \
      [](T& r, const QVariant& v) { r.member = v.toByteArray(); } }
#define MDF_INT(T, column, member) \
    { column, [](const T& r) { return QVariant(qint64(r.member)); }, [](T& r, const QVariant& v) { r.member = v.toLongLong(); } }
#define MDF_MONEY(T, member) \
    { "amount_minor", [](const T& r) { return QVariant(r.member.minor); }, [](T& r, const QVariant& v) { r.member.minor = v.toLongLong(); } }, \
    { "currency", [](const T& r) { return text(r.member.currency); }, [](T& r, const QVariant& v) { r.member.currency = v.toString(); } }

const QList<MdfFieldDef<MdfBudget>>& mdfBudgetFields()
{
    using T = MdfBudget;
    static const QList<MdfFieldDef<T>> fields {
        MDF_TEXT(T, "name", name),
        MDF_TEXT(T, "program", program),
        MDF_DATE(T, "period_start", periodStart),
        MDF_DATE(T, "period_end", periodEnd),
        MDF_MONEY(T, amount),
        MDF_TEXT(T, "owner", owner),
        { "allow_negative", [](const T& r) { return QVariant(qint64(r.allowNegative ? 1 : 0)); },
          [](T& r, const QVariant& v) { r.allowNegative = v.toLongLong() != 0; } },
        MDF_INT(T, "vendor_share_bp", vendorShareBp),
        MDF_INT(T, "claim_days", claimDays),
        MDF_TEXT(T, "notes", notes),
    };
    return fields;
}

const QList<MdfFieldDef<MdfAllocation>>& mdfAllocationFields()
{
    using T = MdfAllocation;
    static const QList<MdfFieldDef<T>> fields {
        MDF_ID(T, "budget_id", budgetId),
        MDF_ID(T, "partner_id", partnerId),
        MDF_TEXT(T, "period", period),
        MDF_MONEY(T, amount),
        { "authorized", [](const T& r) { return QVariant(qint64(r.authorized ? 1 : 0)); },
          [](T& r, const QVariant& v) { r.authorized = v.isNull() || v.toLongLong() != 0; } },
        MDF_TEXT(T, "notes", notes),
    };
    return fields;
}

const QList<MdfFieldDef<MdfRequest>>& mdfRequestFields()
{
    using T = MdfRequest;
    static const QList<MdfFieldDef<T>> fields {
        MDF_TEXT(T, "number", number),
        MDF_ID(T, "allocation_id", allocationId),
        MDF_ID(T, "partner_id", partnerId),
        MDF_TEXT(T, "title", title),
        MDF_TEXT(T, "activity_type", activityType),
        MDF_TEXT(T, "campaign", campaign),
        MDF_TEXT(T, "description", description),
        MDF_DATE(T, "start_date", startDate),
        MDF_DATE(T, "end_date", endDate),
        MDF_TEXT(T, "expected_outcome", expectedOutcome),
        { "line_items", [](const T& r) { return QVariant(mdfRequestLinesToJson(r.lines)); },
          [](T& r, const QVariant& v) { r.lines = mdfRequestLinesFromJson(v.toString()); } },
        { "requested_minor", [](const T& r) { return QVariant(r.requested.minor); },
          [](T& r, const QVariant& v) { r.requested.minor = v.toLongLong(); } },
        { "approved_minor", [](const T& r) { return optionalMinor(r.approvedMinor); },
          [](T& r, const QVariant& v) { r.approvedMinor = toOptionalMinor(v); } },
        { "currency", [](const T& r) { return text(r.requested.currency); },
          [](T& r, const QVariant& v) { r.requested.currency = v.toString(); } },
        MDF_INT(T, "vendor_share_bp", vendorShareBp),
        { "linked_deals", [](const T& r) { return QVariant(mdfIdListToJson(r.linkedDealIds)); },
          [](T& r, const QVariant& v) { r.linkedDealIds = mdfIdListFromJson(v.toString()); } },
        MDF_TEXT(T, "status", status),
        MDF_TEXT(T, "approver", approver),
        MDF_TIME(T, "submitted_at", submittedAt),
        MDF_TIME(T, "decided_at", decidedAt),
        MDF_DATE(T, "claim_deadline", claimDeadline),
    };
    return fields;
}

const QList<MdfFieldDef<MdfClaim>>& mdfClaimFields()
{
    using T = MdfClaim;
    static const QList<MdfFieldDef<T>> fields {
        MDF_TEXT(T, "number", number),
        MDF_ID(T, "request_id", requestId),
        MDF_ID(T, "partner_id", partnerId),
        MDF_TEXT(T, "title", title),
        { "line_items", [](const T& r) { return QVariant(mdfClaimLinesToJson(r.lines)); },
          [](T& r, const QVariant& v) { r.lines = mdfClaimLinesFromJson(v.toString()); } },
        MDF_MONEY(T, amount),
        { "approved_minor", [](const T& r) { return optionalMinor(r.approvedMinor); },
          [](T& r, const QVariant& v) { r.approvedMinor = toOptionalMinor(v); } },
        MDF_TEXT(T, "status", status),
        MDF_TEXT(T, "approver", approver),
        MDF_TIME(T, "submitted_at", submittedAt),
        MDF_TIME(T, "decided_at", decidedAt),
    };
    return fields;
}

const QList<MdfFieldDef<MdfPayment>>& mdfPaymentFields()
{
    using T = MdfPayment;
    static const QList<MdfFieldDef<T>> fields {
        MDF_ID(T, "claim_id", claimId),
        MDF_ID(T, "partner_id", partnerId),
        MDF_MONEY(T, amount),
        MDF_DATE(T, "paid_on", paidOn),
        MDF_TEXT(T, "method", method),
        MDF_TEXT(T, "reference", reference),
        MDF_TEXT(T, "note", note),
    };
    return fields;
}

const QList<MdfFieldDef<MdfAttachment>>& mdfAttachmentFields()
{
    using T = MdfAttachment;
    static const QList<MdfFieldDef<T>> fields {
        MDF_ID(T, "claim_id", claimId),
        MDF_ID(T, "partner_id", partnerId),
        MDF_TEXT(T, "file_name", fileName),
        MDF_TEXT(T, "mime_type", mimeType),
        MDF_INT(T, "size_bytes", sizeBytes),
        MDF_TEXT(T, "sha256", sha256),
        MDF_TEXT(T, "kind", kind),
        MDF_TEXT(T, "note", note),
    };
    return fields;
}

const QList<MdfFieldDef<MdfEvent>>& mdfEventFields()
{
    using T = MdfEvent;
    static const QList<MdfFieldDef<T>> fields {
        MDF_ID(T, "scope_ref", scopeRef),
        MDF_TEXT(T, "entity", entity),
        MDF_ID(T, "record_id", recordId),
        { "at", [](const T& r) { return QVariant(Timestamp::toStorage(r.at)); }, [](T& r, const QVariant& v) { r.at = toTime(v); } },
        MDF_TEXT(T, "actor", actor),
        MDF_TEXT(T, "action", action),
        MDF_TEXT(T, "from_status", fromStatus),
        MDF_TEXT(T, "to_status", toStatus),
        MDF_TEXT(T, "reason", reason),
        MDF_TEXT(T, "detail", detail),
    };
    return fields;
}

#undef MDF_TEXT
#undef MDF_DATE
#undef MDF_TIME
#undef MDF_ID
#undef MDF_INT
#undef MDF_MONEY

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
