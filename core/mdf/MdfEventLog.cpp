#include "MdfEventLog.h"

#include "MdfRecordIo.h"
#include "common/Uuid.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace ChannelDesk {

MdfEventLog::MdfEventLog(Database& db)
    : m_db(db)
{
}

Status MdfEventLog::record(const QByteArray& scopeRef, const QString& entity, const QByteArray& recordId,
    const QString& actor, const QString& action, const QString& fromStatus, const QString& toStatus,
    const QString& reason, const QJsonObject& detail, const QDateTime& at)
{
    MdfEvent event;
    event.id = Uuid::createV7();
    event.scopeRef = scopeRef;
    event.entity = entity;
    event.recordId = recordId;
    event.at = MdfRecordIo::when(at);
    event.actor = actor;
    event.action = action;
    event.fromStatus = fromStatus;
    event.toStatus = toStatus;
    event.reason = reason.trimmed();
    event.detail
        = detail.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    RecordWriter writer(m_db);
    return writer.insert(MdfRecordIo::EventEntity, event.id, MdfRecordIo::columns(event, mdfEventFields()));
}

Result<QList<MdfEvent>> MdfEventLog::history(const QByteArray& recordId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT * FROM mdf_event WHERE record_id = ? AND deleted_at IS NULL ORDER BY at, local_id"));
    query.addBindValue(recordId);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    QList<MdfEvent> events;
    while (query.next()) {
        MdfEvent event;
        event.id = query.value(QStringLiteral("id")).toByteArray();
        for (const MdfFieldDef<MdfEvent>& field : mdfEventFields())
            field.set(event, query.value(QString::fromLatin1(field.column)));
        events.append(event);
    }
    return events;
}

} // namespace ChannelDesk
