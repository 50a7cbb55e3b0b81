#include "TierPendingWriter.h"

#include "TrainingRecordIo.h"
#include "common/Uuid.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"

#include <QVariantMap>

namespace ChannelDesk {

namespace {

using TierSql::Statement;

/// A reference column's value as RecordWriter binds and reports it: 16 raw bytes, or a null blob.
QVariant reference(const QByteArray& id)
{
    return id.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(id);
}

/// A stored text column's value as read back (Sql::columnValue): a QString, or an invalid QVariant for NULL.
QVariant storedText(const QByteArray& utf8, bool null)
{
    return null ? QVariant() : QVariant(QString::fromUtf8(utf8));
}

/// The bytes must outlive the statement's run (they are the Prepared's).
void bindText(Statement& statement, int index, const QByteArray& utf8)
{
    statement.bindTextInPlace(index, utf8.isNull() ? QByteArrayView("") : QByteArrayView(utf8));
}

/// NULL for a null QByteArray (pending_since), else the text.
void bindOptionalText(Statement& statement, int index, const QByteArray& utf8)
{
    if (utf8.isNull())
        statement.bindNull(index);
    else
        statement.bindTextInPlace(index, utf8);
}

} // namespace

TierPendingWriter::Prepared TierPendingWriter::prepare(const Before& before, const Change& change,
                                                      const QString& nowUtc)
{
    Prepared p;
    p.before = before;
    p.pendingLevelId = change.pendingLevelId;
    p.pendingKind = change.pendingKind.toUtf8();
    p.pendingReasons = change.pendingReasons.toUtf8();
    p.now = nowUtc.toUtf8();
    p.pendingSince = change.clearSince ? QByteArray() : p.now;

    // The member's entry: the pending columns that changed, compared as RecordWriter compares them.
    QVariantMap fields;
    QVariantMap old;
    if (change.pendingLevelId != before.pendingLevelId) {
        fields.insert(QStringLiteral("pending_level_id"), reference(change.pendingLevelId));
        old.insert(QStringLiteral("pending_level_id"), reference(before.pendingLevelId));
    }
    if (p.pendingKind != before.pendingKind) {
        fields.insert(QStringLiteral("pending_kind"), change.pendingKind);
        old.insert(QStringLiteral("pending_kind"), storedText(before.pendingKind, false));
    }
    if (p.pendingReasons != before.pendingReasons) {
        fields.insert(QStringLiteral("pending_reasons"), change.pendingReasons);
        old.insert(QStringLiteral("pending_reasons"), storedText(before.pendingReasons, false));
    }
    if (p.pendingSince.isNull() != before.pendingSince.isNull() || p.pendingSince != before.pendingSince) {
        fields.insert(QStringLiteral("pending_since"),
                      p.pendingSince.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(nowUtc));
        old.insert(QStringLiteral("pending_since"), storedText(before.pendingSince, before.pendingSince.isNull()));
    }
    if (!fields.isEmpty()) {
        p.memberFields = RecordWriter::outboxJson(fields).toUtf8();
        p.memberBaseValues = RecordWriter::outboxJson(old).toUtf8();
        p.memberIdemKey = Uuid::createV7();
    }

    p.eventId = Uuid::createV7();
    p.eventIdemKey = Uuid::createV7();
    const auto notNull = [](const QString& text) { return text.isNull() ? QStringLiteral("") : text; };
    // Its entry holds every synced column (tierEventFields), as RecordWriter::insert writes it.
    const QVariantMap event {
        { QStringLiteral("partner_id"), reference(before.partnerId) },
        { QStringLiteral("program_id"), reference(before.programId) },
        { QStringLiteral("at"), nowUtc },
        { QStringLiteral("actor"), notNull(change.actor) },
        { QStringLiteral("action"), notNull(change.action) },
        { QStringLiteral("from_level_id"), reference(change.fromLevelId) },
        { QStringLiteral("to_level_id"), reference(change.toLevelId) },
        { QStringLiteral("reason"), notNull(change.reason) },
        { QStringLiteral("detail"), notNull(change.detail) },
    };
    p.eventFields = RecordWriter::outboxJson(event).toUtf8();
    p.actor = change.actor.toUtf8();
    p.action = change.action.toUtf8();
    p.fromLevelId = change.fromLevelId;
    p.toLevelId = change.toLevelId;
    p.reason = change.reason.toUtf8();
    p.detail = change.detail.toUtf8();
    return p;
}

TierPendingWriter::TierPendingWriter(Database& db)
    : m_handle(db.handle())
    , m_update(m_handle, QStringLiteral(
          "UPDATE program_member SET pending_level_id = ?1, pending_kind = ?2, pending_reasons = ?3, "
          "pending_since = ?4, updated_at = ?5 WHERE id = ?6 AND deleted_at IS NULL AND level_id IS ?7 "
          "AND pending_level_id IS ?8 AND pending_kind = ?9 AND pending_reasons = ?10 AND pending_since IS ?11 "
          "AND server_version IS ?12"))
    , m_event(m_handle, QStringLiteral(
          "INSERT INTO tier_event (id, created_at, updated_at, partner_id, program_id, at, actor, action, "
          "from_level_id, to_level_id, reason, detail) VALUES (?1, ?2, ?2, ?3, ?4, ?2, ?5, ?6, ?7, ?8, ?9, ?10)"))
    , m_outbox(m_handle, QStringLiteral(
          "INSERT INTO sync_outbox (idem_key, entity, row_id, op, fields, base_values, base_version, schema_version, "
          "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"))
{
}

Result<bool> TierPendingWriter::write(const Prepared& p)
{
    for (const Statement* statement : { &m_update, &m_event, &m_outbox }) {
        if (statement->failed())
            return statement->error();
    }
    const Before& before = p.before;
    m_update.bindInPlace(1, QByteArrayView(p.pendingLevelId));
    bindText(m_update, 2, p.pendingKind);
    bindText(m_update, 3, p.pendingReasons);
    bindOptionalText(m_update, 4, p.pendingSince);
    m_update.bindTextInPlace(5, p.now);
    m_update.bindInPlace(6, QByteArrayView(before.id));
    m_update.bindInPlace(7, QByteArrayView(before.levelId));
    m_update.bindInPlace(8, QByteArrayView(before.pendingLevelId));
    bindText(m_update, 9, before.pendingKind);
    bindText(m_update, 10, before.pendingReasons);
    bindOptionalText(m_update, 11, before.pendingSince);
    if (before.hasServerVersion)
        m_update.bind(12, before.serverVersion);
    else
        m_update.bindNull(12);
    if (!m_update.run())
        return m_update.error();
    if (sqlite3_changes(m_handle) == 0)
        return false; // decided, synced or removed since the run read it
    if (Status status = RecordWriter::injectedFault("after-row-write"); !status)
        return status.error();
    if (!p.memberFields.isEmpty()) {
        if (Status status = appendOutbox(TrainingRecordIo::MemberEntity.name, p.memberIdemKey, before.id, "update",
                                         p.memberFields, p.memberBaseValues, &before, p.now);
            !status)
            return status.error();
    }

    m_event.bindInPlace(1, QByteArrayView(p.eventId));
    m_event.bindTextInPlace(2, p.now);
    m_event.bindInPlace(3, QByteArrayView(before.partnerId));
    m_event.bindInPlace(4, QByteArrayView(before.programId));
    bindText(m_event, 5, p.actor);
    bindText(m_event, 6, p.action);
    m_event.bindInPlace(7, QByteArrayView(p.fromLevelId));
    m_event.bindInPlace(8, QByteArrayView(p.toLevelId));
    bindText(m_event, 9, p.reason);
    bindText(m_event, 10, p.detail);
    if (!m_event.run())
        return m_event.error();
    if (Status status = RecordWriter::injectedFault("after-row-write"); !status)
        return status.error();
    if (Status status = appendOutbox(TrainingRecordIo::TierEventEntity.name, p.eventIdemKey, p.eventId, "create",
                                     p.eventFields, QByteArrayLiteral("{}"), nullptr, p.now);
        !status)
        return status.error();
    return true;
}

Status TierPendingWriter::appendOutbox(const QString& entity, const QByteArray& idemKey, const QByteArray& rowId,
                                       const char* op, const QByteArray& fields, const QByteArray& baseValues,
                                       const Before* base, const QByteArray& nowUtf8)
{
    m_outbox.bindInPlace(1, QByteArrayView(idemKey));
    m_outbox.bindText(2, entity.toUtf8());
    m_outbox.bindInPlace(3, QByteArrayView(rowId));
    m_outbox.bindTextInPlace(4, QByteArrayView(op));
    m_outbox.bindTextInPlace(5, fields);
    m_outbox.bindTextInPlace(6, baseValues);
    if (base && base->hasServerVersion)
        m_outbox.bind(7, base->serverVersion);
    else
        m_outbox.bindNull(7);
    m_outbox.bind(8, qint64(Database::currentSchemaVersion()));
    m_outbox.bindTextInPlace(9, nowUtf8);
    if (!m_outbox.run())
        return m_outbox.error();
    return {};
}

} // namespace ChannelDesk
