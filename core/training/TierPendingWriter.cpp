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

void bindText(Statement& statement, int index, const QByteArray& utf8)
{
    statement.bindText(index, utf8.isNull() ? QByteArrayView("") : QByteArrayView(utf8));
}

/// NULL for a null QByteArray (pending_since), else the text.
void bindOptionalText(Statement& statement, int index, const QByteArray& utf8)
{
    if (utf8.isNull())
        statement.bindNull(index);
    else
        statement.bindText(index, utf8);
}

} // namespace

TierPendingWriter::TierPendingWriter(Database& db)
    : m_db(db)
    , m_update(db.handle(),
          QStringLiteral(
              "UPDATE program_member SET pending_level_id = ?1, pending_kind = ?2, pending_reasons = ?3, "
              "pending_since = ?4, updated_at = ?5 WHERE id = ?6 AND deleted_at IS NULL AND level_id IS ?7 "
              "AND pending_level_id IS ?8 AND pending_kind = ?9 AND pending_reasons = ?10 AND pending_since IS ?11 "
              "AND server_version IS ?12"))
    , m_event(db.handle(),
          QStringLiteral(
              "INSERT INTO tier_event (id, created_at, updated_at, partner_id, program_id, at, actor, action, "
              "from_level_id, to_level_id, reason, detail) VALUES (?1, ?2, ?2, ?3, ?4, ?2, ?5, ?6, ?7, ?8, ?9, ?10)"))
    , m_outbox(db.handle(),
          QStringLiteral("INSERT INTO sync_outbox (idem_key, entity, row_id, op, fields, base_values, base_version, "
                         "schema_version, "
                         "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"))
{
}

Result<bool> TierPendingWriter::write(const Before& before, const Change& change, const QString& nowUtc)
{
    for (const Statement* statement : { &m_update, &m_event, &m_outbox }) {
        if (statement->failed())
            return statement->error();
    }
    const QByteArray now = nowUtc.toUtf8();
    const QByteArray kind = change.pendingKind.toUtf8();
    const QByteArray reasons = change.pendingReasons.toUtf8();
    const QByteArray since = change.clearSince ? QByteArray() : now;

    m_update.bind(1, QByteArrayView(change.pendingLevelId));
    bindText(m_update, 2, kind);
    bindText(m_update, 3, reasons);
    bindOptionalText(m_update, 4, since);
    m_update.bindText(5, now);
    m_update.bind(6, QByteArrayView(before.id));
    m_update.bind(7, QByteArrayView(before.levelId));
    m_update.bind(8, QByteArrayView(before.pendingLevelId));
    bindText(m_update, 9, before.pendingKind);
    bindText(m_update, 10, before.pendingReasons);
    bindOptionalText(m_update, 11, before.pendingSince);
    if (before.hasServerVersion)
        m_update.bind(12, before.serverVersion);
    else
        m_update.bindNull(12);
    if (!m_update.run())
        return m_update.error();
    if (sqlite3_changes(m_db.handle()) == 0)
        return false; // decided, synced or removed since the run read it
    if (Status status = RecordWriter::injectedFault("after-row-write"); !status)
        return status.error();

    // The member's entry: the pending columns that changed, compared as RecordWriter compares them.
    QVariantMap fields;
    QVariantMap old;
    if (change.pendingLevelId != before.pendingLevelId) {
        fields.insert(QStringLiteral("pending_level_id"), reference(change.pendingLevelId));
        old.insert(QStringLiteral("pending_level_id"), reference(before.pendingLevelId));
    }
    if (kind != before.pendingKind) {
        fields.insert(QStringLiteral("pending_kind"), change.pendingKind);
        old.insert(QStringLiteral("pending_kind"), storedText(before.pendingKind, false));
    }
    if (reasons != before.pendingReasons) {
        fields.insert(QStringLiteral("pending_reasons"), change.pendingReasons);
        old.insert(QStringLiteral("pending_reasons"), storedText(before.pendingReasons, false));
    }
    if (since.isNull() != before.pendingSince.isNull() || since != before.pendingSince) {
        fields.insert(QStringLiteral("pending_since"),
            since.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(nowUtc));
        old.insert(QStringLiteral("pending_since"), storedText(before.pendingSince, before.pendingSince.isNull()));
    }
    if (!fields.isEmpty()) {
        if (Status status = appendOutbox(TrainingRecordIo::MemberEntity.name, before.id, "update",
                RecordWriter::outboxJson(fields), RecordWriter::outboxJson(old), &before, now);
            !status)
            return status.error();
    }

    const QByteArray eventId = Uuid::createV7();
    m_event.bind(1, QByteArrayView(eventId));
    m_event.bindText(2, now);
    m_event.bind(3, QByteArrayView(before.partnerId));
    m_event.bind(4, QByteArrayView(before.programId));
    m_event.bindText(5, change.actor.toUtf8());
    m_event.bindText(6, change.action.toUtf8());
    m_event.bind(7, QByteArrayView(change.fromLevelId));
    m_event.bind(8, QByteArrayView(change.toLevelId));
    m_event.bindText(9, change.reason.toUtf8());
    m_event.bindText(10, change.detail.toUtf8());
    if (!m_event.run())
        return m_event.error();
    if (Status status = RecordWriter::injectedFault("after-row-write"); !status)
        return status.error();
    // Its entry holds every synced column (tierEventFields), as RecordWriter::insert writes it.
    const QVariantMap event {
        { QStringLiteral("partner_id"), reference(before.partnerId) },
        { QStringLiteral("program_id"), reference(before.programId) },
        { QStringLiteral("at"), nowUtc },
        { QStringLiteral("actor"), change.actor.isNull() ? QStringLiteral("") : change.actor },
        { QStringLiteral("action"), change.action.isNull() ? QStringLiteral("") : change.action },
        { QStringLiteral("from_level_id"), reference(change.fromLevelId) },
        { QStringLiteral("to_level_id"), reference(change.toLevelId) },
        { QStringLiteral("reason"), change.reason.isNull() ? QStringLiteral("") : change.reason },
        { QStringLiteral("detail"), change.detail.isNull() ? QStringLiteral("") : change.detail },
    };
    if (Status status = appendOutbox(TrainingRecordIo::TierEventEntity.name, eventId, "create",
            RecordWriter::outboxJson(event), RecordWriter::outboxJson({}), nullptr, now);
        !status)
        return status.error();
    return true;
}

Status TierPendingWriter::appendOutbox(const QString& entity, const QByteArray& rowId, const char* op,
    const QString& fields, const QString& baseValues, const Before* base, const QByteArray& nowUtf8)
{
    const QByteArray idemKey = Uuid::createV7();
    m_outbox.bind(1, QByteArrayView(idemKey));
    m_outbox.bindText(2, entity.toUtf8());
    m_outbox.bind(3, QByteArrayView(rowId));
    m_outbox.bindText(4, QByteArrayView(op));
    m_outbox.bindText(5, fields.toUtf8());
    m_outbox.bindText(6, baseValues.toUtf8());
    if (base && base->hasServerVersion)
        m_outbox.bind(7, base->serverVersion);
    else
        m_outbox.bindNull(7);
    m_outbox.bind(8, qint64(Database::currentSchemaVersion()));
    m_outbox.bindText(9, nowUtf8);
    if (!m_outbox.run())
        return m_outbox.error();
    return {};
}

} // namespace ChannelDesk
