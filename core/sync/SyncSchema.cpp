#include "SyncSchema.h"

#include "common/Uuid.h"
#include "domain/Contact.h"
#include "domain/Deal.h"
#include "domain/Mdf.h"
#include "domain/Partner.h"

#include <QSet>

namespace ChannelDesk {

namespace {

constexpr int ShortText = 500;
constexpr int LongText = 20000; // notes, addresses

QList<SyncField> partnerSyncFields()
{
    static const QSet<QString> optional { QStringLiteral("partnership_start"), QStringLiteral("partnership_end"),
                                          QStringLiteral("next_review"), QStringLiteral("revenue_currency") };
    static const QSet<QString> longText { QStringLiteral("notes"), QStringLiteral("address") };
    QList<SyncField> fields;
    for (const PartnerFieldDef& def : partnerFields()) {
        const QString name = QString::fromLatin1(def.column);
        SyncFieldKind kind = SyncFieldKind::Text;
        if (name == QLatin1String("revenue_minor"))
            kind = SyncFieldKind::Integer;
        else if (optional.contains(name))
            kind = SyncFieldKind::OptionalText;
        fields.append({ name, kind, longText.contains(name) ? LongText : ShortText });
    }
    fields.append({ QStringLiteral("deleted_at"), SyncFieldKind::OptionalText, 40 });
    return fields;
}

QList<SyncField> contactSyncFields()
{
    QList<SyncField> fields;
    for (const ContactFieldDef& def : contactFields()) {
        const QString name = QString::fromLatin1(def.column);
        fields.append({ name, name == QLatin1String("partner_id") ? SyncFieldKind::Reference : SyncFieldKind::Text,
                        ShortText });
    }
    fields.append({ QStringLiteral("deleted_at"), SyncFieldKind::OptionalText, 40 });
    return fields;
}

QList<SyncField> dealSyncFields()
{
    static const QSet<QString> references { QStringLiteral("partner_id"), QStringLiteral("partner_contact_id"),
                                            QStringLiteral("registration_id") };
    static const QSet<QString> integers { QStringLiteral("amount_minor"), QStringLiteral("probability"),
                                          QStringLiteral("extensions") };
    static const QSet<QString> optional { QStringLiteral("expected_close"), QStringLiteral("submitted_at"),
                                          QStringLiteral("decided_at"), QStringLiteral("expires_on"),
                                          QStringLiteral("extension_requested_to") };
    static const QSet<QString> longText { QStringLiteral("line_items"), QStringLiteral("description") };
    QList<SyncField> fields;
    for (const DealFieldDef& def : dealFields()) {
        const QString name = QString::fromLatin1(def.column);
        SyncFieldKind kind = SyncFieldKind::Text;
        if (references.contains(name))
            kind = SyncFieldKind::Reference;
        else if (integers.contains(name))
            kind = SyncFieldKind::Integer;
        else if (optional.contains(name))
            kind = SyncFieldKind::OptionalText;
        fields.append({ name, kind, longText.contains(name) ? LongText : ShortText });
    }
    fields.append({ QStringLiteral("deleted_at"), SyncFieldKind::OptionalText, 40 });
    return fields;
}

QList<SyncField> dealEventSyncFields()
{
    QList<SyncField> fields;
    for (const DealEventFieldDef& def : dealEventFields()) {
        const QString name = QString::fromLatin1(def.column);
        const bool reference = name == QLatin1String("partner_id") || name == QLatin1String("deal_id");
        fields.append({ name, reference ? SyncFieldKind::Reference : SyncFieldKind::Text,
                        name == QLatin1String("reason") || name == QLatin1String("detail") ? LongText : ShortText });
    }
    fields.append({ QStringLiteral("deleted_at"), SyncFieldKind::OptionalText, 40 });
    return fields;
}


// One MDF entity's synced fields from its field table: ids are references, the listed columns integers or optional
// text (dates, times, nullable amounts), the listed long columns up to LongText, the rest text.
template <class T>
QList<SyncField> mdfSyncFields(const QList<MdfFieldDef<T>>& defs, const QSet<QString>& optional = {},
                               const QSet<QString>& longText = {})
{
    static const QSet<QString> references { QStringLiteral("budget_id"), QStringLiteral("partner_id"),
                                            QStringLiteral("allocation_id"), QStringLiteral("request_id"),
                                            QStringLiteral("claim_id"), QStringLiteral("scope_ref"),
                                            QStringLiteral("record_id") };
    static const QSet<QString> integers { QStringLiteral("amount_minor"), QStringLiteral("requested_minor"),
                                          QStringLiteral("approved_minor"), QStringLiteral("allow_negative"),
                                          QStringLiteral("vendor_share_bp"), QStringLiteral("claim_days"),
                                          QStringLiteral("authorized"), QStringLiteral("size_bytes") };
    QList<SyncField> fields;
    for (const MdfFieldDef<T>& def : defs) {
        const QString name = QString::fromLatin1(def.column);
        SyncFieldKind kind = SyncFieldKind::Text;
        if (references.contains(name))
            kind = SyncFieldKind::Reference;
        else if (integers.contains(name))
            kind = SyncFieldKind::Integer;
        else if (optional.contains(name) || name == QLatin1String("currency"))
            kind = SyncFieldKind::OptionalText;
        fields.append({ name, kind, longText.contains(name) ? LongText : ShortText });
    }
    fields.append({ QStringLiteral("deleted_at"), SyncFieldKind::OptionalText, 40 });
    return fields;
}

} // namespace

const SyncField* SyncEntity::field(const QString& fieldName) const
{
    for (const SyncField& f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

namespace SyncSchema {

const QList<SyncEntity>& entities()
{
    static const QList<SyncEntity> all {
        { QStringLiteral("partner"), QStringLiteral("partner"), 1, QString(), QStringLiteral("owner"), partnerSyncFields(),
          { { QStringLiteral("revenue_minor"), QStringLiteral("revenue_currency") } } },
        { QStringLiteral("contact"), QStringLiteral("contact"), 2, QStringLiteral("partner_id"), QString(),
          contactSyncFields() },
        // A deal's line items, amount and currency change together: one merge unit.
        { QStringLiteral("deal"), QStringLiteral("deal"), 3, QStringLiteral("partner_id"), QString(), dealSyncFields(),
          { { QStringLiteral("line_items"), QStringLiteral("amount_minor"), QStringLiteral("currency") },
            { QStringLiteral("status"), QStringLiteral("closure_code"), QStringLiteral("decided_at"),
              QStringLiteral("expires_on"), QStringLiteral("approver") } } },
        { QStringLiteral("deal_event"), QStringLiteral("deal_event"), 4, QStringLiteral("partner_id"), QString(),
          dealEventSyncFields() },
        // MDF (issue 5). A budget is a scope root owned by its CAM, like a partner; allocations, requests, claims,
        // payments and attachments are in their partner's scope; an MDF event is in its record's scope (scope_ref).
        // Amounts merge as one unit with their currency and, for requests and claims, with the decision.
        { QStringLiteral("mdf_budget"), QStringLiteral("mdf_budget"), 5, QString(), QStringLiteral("owner"),
          mdfSyncFields(mdfBudgetFields(), { QStringLiteral("period_start"), QStringLiteral("period_end") },
                        { QStringLiteral("notes") }),
          { { QStringLiteral("amount_minor"), QStringLiteral("currency") } } },
        { QStringLiteral("mdf_allocation"), QStringLiteral("mdf_allocation"), 6, QStringLiteral("partner_id"), QString(),
          mdfSyncFields(mdfAllocationFields(), {}, { QStringLiteral("notes") }),
          { { QStringLiteral("amount_minor"), QStringLiteral("currency") } } },
        { QStringLiteral("mdf_request"), QStringLiteral("mdf_request"), 7, QStringLiteral("partner_id"), QString(),
          mdfSyncFields(mdfRequestFields(),
                        { QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("submitted_at"),
                          QStringLiteral("decided_at"), QStringLiteral("claim_deadline") },
                        { QStringLiteral("description"), QStringLiteral("expected_outcome"),
                          QStringLiteral("line_items"), QStringLiteral("linked_deals") }),
          { { QStringLiteral("line_items"), QStringLiteral("requested_minor"), QStringLiteral("approved_minor"),
              QStringLiteral("currency"), QStringLiteral("status"), QStringLiteral("approver"),
              QStringLiteral("decided_at"), QStringLiteral("claim_deadline") } } },
        { QStringLiteral("mdf_claim"), QStringLiteral("mdf_claim"), 8, QStringLiteral("partner_id"), QString(),
          mdfSyncFields(mdfClaimFields(), { QStringLiteral("submitted_at"), QStringLiteral("decided_at") },
                        { QStringLiteral("line_items") }),
          { { QStringLiteral("line_items"), QStringLiteral("amount_minor"), QStringLiteral("approved_minor"),
              QStringLiteral("currency"), QStringLiteral("status"), QStringLiteral("approver"),
              QStringLiteral("decided_at") } } },
        { QStringLiteral("mdf_payment"), QStringLiteral("mdf_payment"), 9, QStringLiteral("partner_id"), QString(),
          mdfSyncFields(mdfPaymentFields(), { QStringLiteral("paid_on") }, { QStringLiteral("note") }),
          { { QStringLiteral("amount_minor"), QStringLiteral("currency") } } },
        { QStringLiteral("mdf_attachment"), QStringLiteral("mdf_attachment"), 9, QStringLiteral("partner_id"), QString(),
          mdfSyncFields(mdfAttachmentFields(), {}, { QStringLiteral("note") }) },
        { QStringLiteral("mdf_event"), QStringLiteral("mdf_event"), 10, QStringLiteral("scope_ref"), QString(),
          mdfSyncFields(mdfEventFields(), {}, { QStringLiteral("reason"), QStringLiteral("detail") }) },
    };
    return all;
}

const SyncEntity* find(const QString& name)
{
    for (const SyncEntity& entity : entities()) {
        if (entity.name == name)
            return &entity;
    }
    return nullptr;
}

QJsonValue toJson(const SyncField& field, const QVariant& stored)
{
    const bool null = stored.isNull() || !stored.isValid();
    switch (field.kind) {
    case SyncFieldKind::Text:
        return null ? QString() : stored.toString();
    case SyncFieldKind::OptionalText:
        return null ? QJsonValue(QJsonValue::Null) : QJsonValue(stored.toString());
    case SyncFieldKind::Integer:
        return null ? QJsonValue(QJsonValue::Null) : QJsonValue(stored.toLongLong());
    case SyncFieldKind::Reference:
        if (null)
            return QJsonValue::Null;
        // Stored as 16 raw bytes; outbox JSON already carries UUID text.
        return stored.typeId() == QMetaType::QByteArray && stored.toByteArray().size() == 16
            ? QJsonValue(Uuid::toString(stored.toByteArray()))
            : QJsonValue(stored.toString());
    }
    return QJsonValue::Null;
}

QVariant fromJson(const SyncField& field, const QJsonValue& value)
{
    switch (field.kind) {
    case SyncFieldKind::Text:
        return value.isString() ? value.toString() : QStringLiteral("");
    case SyncFieldKind::OptionalText:
        return value.isString() ? QVariant(value.toString()) : QVariant(QMetaType(QMetaType::QString));
    case SyncFieldKind::Integer:
        return value.isDouble() ? QVariant(value.toInteger()) : QVariant(QMetaType(QMetaType::LongLong));
    case SyncFieldKind::Reference:
        return value.isString() ? QVariant(Uuid::fromString(value.toString())) : QVariant(QMetaType(QMetaType::QByteArray));
    }
    return {};
}

bool accepts(const SyncField& field, const QJsonValue& value, QString* why)
{
    auto fail = [&](const QString& text) {
        if (why)
            *why = QStringLiteral("%1: %2").arg(field.name, text);
        return false;
    };
    switch (field.kind) {
    case SyncFieldKind::Text:
        if (!value.isString())
            return fail(QStringLiteral("expected a string"));
        break;
    case SyncFieldKind::OptionalText:
        if (!value.isString() && !value.isNull())
            return fail(QStringLiteral("expected a string or null"));
        break;
    case SyncFieldKind::Integer:
        if (value.isNull())
            return true;
        // JSON numbers are doubles; money must be an exact integer within the 2^53 range doubles hold exactly.
        if (!value.isDouble() || value.toDouble() != static_cast<double>(value.toInteger())
            || qAbs(value.toDouble()) > 9007199254740991.0)
            return fail(QStringLiteral("expected an integer"));
        return true;
    case SyncFieldKind::Reference:
        if (!value.isString() || Uuid::fromString(value.toString()).size() != 16)
            return fail(QStringLiteral("expected a UUID"));
        return true;
    }
    if (value.isString() && value.toString().size() > field.maxLength)
        return fail(QStringLiteral("longer than %1 characters").arg(field.maxLength));
    return true;
}

QJsonValue defaultValue(const SyncField& field)
{
    return field.kind == SyncFieldKind::Text ? QJsonValue(QString()) : QJsonValue(QJsonValue::Null);
}

} // namespace SyncSchema

} // namespace ChannelDesk
