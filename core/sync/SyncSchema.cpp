#include "SyncSchema.h"

#include "common/Uuid.h"
#include "domain/Contact.h"
#include "domain/Deal.h"
#include "domain/DealTask.h"
#include "domain/Mdf.h"
#include "domain/Partner.h"
#include "domain/Training.h"

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
    // A deal needs its partner; the submitting contact and the registration/opportunity link are often absent.
    static const QSet<QString> references { QStringLiteral("partner_id") };
    static const QSet<QString> optionalReferences { QStringLiteral("partner_contact_id"),
                                                    QStringLiteral("registration_id") };
    static const QSet<QString> integers { QStringLiteral("amount_minor"), QStringLiteral("probability"),
                                          QStringLiteral("extensions") };
    static const QSet<QString> optional { QStringLiteral("expected_close"), QStringLiteral("submitted_at"),
                                          QStringLiteral("decided_at"), QStringLiteral("expires_on"),
                                          QStringLiteral("extension_requested_to") };
    static const QSet<QString> longText { QStringLiteral("line_items"), QStringLiteral("description"),
                                          QStringLiteral("approval_chain") };
    QList<SyncField> fields;
    for (const DealFieldDef& def : dealFields()) {
        const QString name = QString::fromLatin1(def.column);
        SyncFieldKind kind = SyncFieldKind::Text;
        if (references.contains(name))
            kind = SyncFieldKind::Reference;
        else if (optionalReferences.contains(name))
            kind = SyncFieldKind::OptionalReference;
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


// One entity's synced fields from its field table (domain/Record.h): id columns are references (the listed nullable
// ones optional references), the listed columns integers or optional text (dates, times, nullable codes), the listed
// long columns up to LongText, the rest text. Column names mean the same in every table, so one classification serves.
template <class T>
QList<SyncField> tableSyncFields(const QList<FieldDef<T>>& defs, const QSet<QString>& optional = {},
                                 const QSet<QString>& longText = {})
{
    static const QSet<QString> references {
        QStringLiteral("budget_id"), QStringLiteral("partner_id"), QStringLiteral("allocation_id"), QStringLiteral("deal_id"),
        QStringLiteral("request_id"), QStringLiteral("claim_id"), QStringLiteral("scope_ref"),
        QStringLiteral("record_id"), QStringLiteral("contact_id"), QStringLiteral("course_id"),
        QStringLiteral("definition_id"), QStringLiteral("program_id"),
    };
    static const QSet<QString> optionalReferences {
        QStringLiteral("renewed_by"), QStringLiteral("level_id"), QStringLiteral("pending_level_id"),
        QStringLiteral("from_level_id"), QStringLiteral("to_level_id"),
    };
    static const QSet<QString> integers {
        QStringLiteral("amount_minor"), QStringLiteral("requested_minor"), QStringLiteral("approved_minor"),
        QStringLiteral("allow_negative"), QStringLiteral("vendor_share_bp"), QStringLiteral("claim_days"),
        QStringLiteral("authorized"), QStringLiteral("size_bytes"), QStringLiteral("duration_hours"),
        QStringLiteral("active"), QStringLiteral("validity_months"), QStringLiteral("reminder_days"),
        QStringLiteral("recert_window_days"), QStringLiteral("score"), QStringLiteral("auto_upgrade"),
        QStringLiteral("rank"), QStringLiteral("lead_weight"), QStringLiteral("min_revenue_minor"),
        QStringLiteral("min_certified"), QStringLiteral("min_approved_registrations"),
        QStringLiteral("min_closed_won"), QStringLiteral("min_points"), QStringLiteral("points"),
    };
    QList<SyncField> fields;
    for (const FieldDef<T>& def : defs) {
        const QString name = QString::fromLatin1(def.column);
        SyncFieldKind kind = SyncFieldKind::Text;
        if (references.contains(name))
            kind = SyncFieldKind::Reference;
        else if (optionalReferences.contains(name))
            kind = SyncFieldKind::OptionalReference;
        else if (integers.contains(name))
            kind = SyncFieldKind::Integer;
        else if (optional.contains(name))
            kind = SyncFieldKind::OptionalText;
        fields.append({ name, kind, longText.contains(name) ? LongText : ShortText });
    }
    fields.append({ QStringLiteral("deleted_at"), SyncFieldKind::OptionalText, 40 });
    return fields;
}

// MDF amounts' currency is nullable like the amount.
template <class T>
QList<SyncField> mdfSyncFields(const QList<FieldDef<T>>& defs, QSet<QString> optional = {},
                               const QSet<QString>& longText = {})
{
    optional.insert(QStringLiteral("currency"));
    return tableSyncFields(defs, optional, longText);
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
              QStringLiteral("expires_on"), QStringLiteral("approver"), QStringLiteral("approval_chain") } } },
        { QStringLiteral("deal_event"), QStringLiteral("deal_event"), 4, QStringLiteral("partner_id"), QString(),
          dealEventSyncFields() },
        // DR-11 tasks on a registration (schema 5): internal to the vendor, in the deal's partner's scope.
        { QStringLiteral("deal_task"), QStringLiteral("deal_task"), 4, QStringLiteral("partner_id"), QString(),
          tableSyncFields(dealTaskFields(), { QStringLiteral("due_on"), QStringLiteral("completed_at") },
                          { QStringLiteral("notes") }) },
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
        // Training and tiers (issue 6). Definitions are shared: every user reads them, only an administrator changes
        // them on the server (a level is in its program's shared scope). A person's course completions and
        // certifications, a partner's membership, points and tier history are in the partner's scope.
        { QStringLiteral("course"), QStringLiteral("course"), 11, QString(), QString(),
          tableSyncFields(courseFields(), {}, { QStringLiteral("description"), QStringLiteral("prerequisites") }), {},
          true },
        { QStringLiteral("cert_definition"), QStringLiteral("cert_definition"), 11, QString(), QString(),
          tableSyncFields(certDefinitionFields(), {}, { QStringLiteral("description"), QStringLiteral("prerequisites") }),
          {}, true },
        { QStringLiteral("tier_program"), QStringLiteral("tier_program"), 11, QString(), QString(),
          tableSyncFields(tierProgramFields(), {}, { QStringLiteral("description") }), {}, true },
        { QStringLiteral("tier_level"), QStringLiteral("tier_level"), 12, QStringLiteral("program_id"), QString(),
          tableSyncFields(tierLevelFields(), {}, { QStringLiteral("benefits"), QStringLiteral("track_requirements") }) },
        { QStringLiteral("course_completion"), QStringLiteral("course_completion"), 12, QStringLiteral("partner_id"),
          QString(), tableSyncFields(courseCompletionFields(), { QStringLiteral("completed_on") }) },
        // Status, dates and the renewal link change together when a certificate is passed, renewed or revoked.
        { QStringLiteral("certification"), QStringLiteral("certification"), 12, QStringLiteral("partner_id"), QString(),
          tableSyncFields(certificationFields(),
                          { QStringLiteral("started_on"), QStringLiteral("acquired_on"), QStringLiteral("expires_on"),
                            QStringLiteral("reminded_on") },
                          { QStringLiteral("notes") }),
          { { QStringLiteral("status"), QStringLiteral("acquired_on"), QStringLiteral("expires_on"),
              QStringLiteral("renewed_by") } } },
        // A member's level and its pending review move as one unit: a concurrent decision is a conflict.
        { QStringLiteral("program_member"), QStringLiteral("program_member"), 13, QStringLiteral("partner_id"), QString(),
          tableSyncFields(programMemberFields(), { QStringLiteral("pending_since"), QStringLiteral("joined_on") },
                          { QStringLiteral("pending_reasons") }),
          { { QStringLiteral("level_id"), QStringLiteral("pending_level_id"), QStringLiteral("pending_kind"),
              QStringLiteral("pending_reasons"), QStringLiteral("pending_since"), QStringLiteral("lead_weight") } } },
        { QStringLiteral("points_entry"), QStringLiteral("points_entry"), 13, QStringLiteral("partner_id"), QString(),
          tableSyncFields(pointsEntryFields(), { QStringLiteral("earned_on"), QStringLiteral("expires_on") },
                          { QStringLiteral("note") }) },
        { QStringLiteral("tier_event"), QStringLiteral("tier_event"), 14, QStringLiteral("partner_id"), QString(),
          tableSyncFields(tierEventFields(), {}, { QStringLiteral("reason"), QStringLiteral("detail") }) },
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
    case SyncFieldKind::OptionalReference:
        if (null || (stored.typeId() == QMetaType::QByteArray && stored.toByteArray().isEmpty()))
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
    case SyncFieldKind::OptionalReference:
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
    case SyncFieldKind::OptionalReference:
        if (value.isNull())
            return true;
        if (!value.isString() || Uuid::fromString(value.toString()).size() != 16)
            return fail(QStringLiteral("expected a UUID or null"));
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
