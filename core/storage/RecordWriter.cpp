#include "RecordWriter.h"

#include "Database.h"
#include "Sql.h"
#include "Transaction.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ChannelDesk {

namespace {

struct WriterTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::RecordWriter)
};

RecordWriter::FaultHook& faultHook()
{
    static RecordWriter::FaultHook hook;
    return hook;
}

Status fault(const char* point)
{
    const auto& hook = faultHook();
    return hook ? hook(point) : Status();
}

QJsonValue toJson(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::QByteArray) {
        const QByteArray bytes = value.toByteArray();
        // Raw 16-byte ids (parent references) travel as UUID text.
        return bytes.size() == 16 ? QJsonValue(Uuid::toString(bytes)) : QJsonValue(QString::fromLatin1(bytes.toBase64()));
    }
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return QJsonValue(value.toLongLong());
    return QJsonValue::fromVariant(value);
}

QString toJsonText(const QVariantMap& map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), toJson(it.value()));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Stored values come back as SQLite's types; compare by meaning so "" vs NULL text or 5 vs 5LL is no change.
bool sameValue(const QVariant& stored, const QVariant& incoming)
{
    const bool storedNull = stored.isNull() || !stored.isValid();
    const bool incomingNull = incoming.isNull() || !incoming.isValid();
    if (storedNull || incomingNull)
        return storedNull == incomingNull;
    if (incoming.typeId() == QMetaType::QByteArray || stored.typeId() == QMetaType::QByteArray)
        return stored.toByteArray() == incoming.toByteArray();
    if (incoming.typeId() == QMetaType::LongLong || incoming.typeId() == QMetaType::Int)
        return stored.toLongLong() == incoming.toLongLong() && stored.typeId() != QMetaType::QString;
    return stored.toString() == incoming.toString();
}

} // namespace

RecordWriter::RecordWriter(Database& db)
    : m_db(db)
{
}

QString RecordWriter::outboxJson(const QVariantMap& values)
{
    return toJsonText(values);
}

void RecordWriter::setFaultHook(FaultHook hook)
{
    faultHook() = std::move(hook);
}

Status RecordWriter::insert(const Entity& entity, const QByteArray& id, const QVariantMap& values,
                            const QVariantMap& local)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();

    const QString now = Timestamp::nowUtc();
    QStringList columns { QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at") };
    QVariantList binds { id, now, now };
    for (const QVariantMap* map : { &values, &local }) {
        for (auto it = map->cbegin(); it != map->cend(); ++it) {
            columns.append(it.key()); // column names come from the entity's field table, never from input
            binds.append(it.value());
        }
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(entity.table, columns.join(QLatin1Char(',')),
                           QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    for (const QVariant& bind : binds)
        query.addBindValue(bind);
    if (Status status = Sql::exec(query); !status)
        return status;
    if (Status status = fault("after-row-write"); !status)
        return status;
    if (Status status = appendOutbox(entity, id, QStringLiteral("create"), values, {}, QVariant(), now); !status)
        return status;
    return transaction.commit();
}

Result<bool> RecordWriter::update(const Entity& entity, const QByteArray& id, const QVariantMap& values,
                                  const QVariantMap& local)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();

    QStringList selectColumns = values.keys();
    selectColumns.append(QStringLiteral("server_version"));
    selectColumns.append(QStringLiteral("deleted_at"));
    QSqlQuery select(m_db.connection());
    select.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(selectColumns.join(QLatin1Char(',')), entity.table));
    select.addBindValue(id);
    if (Status status = Sql::exec(select); !status)
        return status.error();
    if (!select.next())
        return Error::notFound(WriterTr::tr("The record no longer exists."));
    if (!select.value(QStringLiteral("deleted_at")).isNull())
        return Error::notFound(WriterTr::tr("The record was deleted; restore it before editing."));

    QVariantMap changed;
    QVariantMap old;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QVariant stored = select.value(it.key());
        if (!sameValue(stored, it.value())) {
            changed.insert(it.key(), it.value());
            old.insert(it.key(), stored);
        }
    }
    const QVariant baseVersion = select.value(QStringLiteral("server_version"));
    select.finish();
    if (changed.isEmpty())
        return false;

    const QString now = Timestamp::nowUtc();
    QStringList assignments { QStringLiteral("updated_at = ?") };
    QVariantList binds { now };
    for (const QVariantMap* map : { static_cast<const QVariantMap*>(&changed), &local }) {
        for (auto it = map->cbegin(); it != map->cend(); ++it) {
            assignments.append(it.key() + QStringLiteral(" = ?"));
            binds.append(it.value());
        }
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(entity.table, assignments.join(QLatin1Char(','))));
    for (const QVariant& bind : binds)
        query.addBindValue(bind);
    query.addBindValue(id);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    if (Status status = fault("after-row-write"); !status)
        return status.error();
    if (Status status = appendOutbox(entity, id, QStringLiteral("update"), changed, old, baseVersion, now); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return true;
}

Result<bool> RecordWriter::setDeleted(const Entity& entity, const QByteArray& id, bool deleted)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();

    QSqlQuery select(m_db.connection());
    select.prepare(QStringLiteral("SELECT deleted_at, server_version FROM %1 WHERE id = ?").arg(entity.table));
    select.addBindValue(id);
    if (Status status = Sql::exec(select); !status)
        return status.error();
    if (!select.next())
        return Error::notFound(WriterTr::tr("The record no longer exists."));
    const QVariant oldDeletedAt = select.value(0);
    const QVariant baseVersion = select.value(1);
    select.finish();
    if (oldDeletedAt.isNull() != deleted)
        return false;

    const QString now = Timestamp::nowUtc();
    const QVariant newDeletedAt = deleted ? QVariant(now) : QVariant(QMetaType(QMetaType::QString));
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE %1 SET deleted_at = ?, updated_at = ? WHERE id = ?").arg(entity.table));
    query.addBindValue(newDeletedAt);
    query.addBindValue(now);
    query.addBindValue(id);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    if (Status status = fault("after-row-write"); !status)
        return status.error();
    const QVariantMap fields { { QStringLiteral("deleted_at"), newDeletedAt } };
    const QVariantMap base { { QStringLiteral("deleted_at"), oldDeletedAt } };
    if (Status status = appendOutbox(entity, id, deleted ? QStringLiteral("delete") : QStringLiteral("restore"), fields,
                                     base, baseVersion, now);
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return true;
}

Status RecordWriter::appendOutbox(const Entity& entity, const QByteArray& id, const QString& op,
                                  const QVariantMap& fields, const QVariantMap& baseValues, const QVariant& baseVersion,
                                  const QString& now)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO sync_outbox (idem_key, entity, row_id, op, fields, base_values, base_version, schema_version, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(Uuid::createV7());
    query.addBindValue(entity.name);
    query.addBindValue(id);
    query.addBindValue(op);
    query.addBindValue(toJsonText(fields));
    query.addBindValue(toJsonText(baseValues));
    query.addBindValue(baseVersion.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : baseVersion);
    query.addBindValue(Database::currentSchemaVersion());
    query.addBindValue(now);
    return Sql::exec(query);
}

} // namespace ChannelDesk
