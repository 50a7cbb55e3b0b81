#include "SyncStore.h"

#include "SyncSchema.h"
#include "common/Logging.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "domain/Partner.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ChannelDesk {

namespace {

struct SyncTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::SyncStore)
};

QJsonObject parseObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonObject subset(const QJsonObject& object, const QStringList& keys)
{
    QJsonObject result;
    for (const QString& key : keys) {
        if (object.contains(key))
            result.insert(key, object.value(key));
    }
    return result;
}

// Columns only this client has, derived from synced ones (search keys). Keep in step with the repositories.
QVariantMap derivedColumns(const SyncEntity& entity, const QJsonObject& values)
{
    if (entity.name != QLatin1String("partner"))
        return {};
    Partner partner;
    for (const PartnerFieldDef& def : partnerFields()) {
        const SyncField* field = entity.field(QString::fromLatin1(def.column));
        def.set(partner, SyncSchema::fromJson(*field, values.value(field->name)));
    }
    return PartnerRepository::localColumns(partner);
}

// States whose fields still belong to the user: the server has not (knowingly) taken them yet.
const QString OpenStates = QStringLiteral("'pending', 'inflight', 'conflict', 'rejected', 'blocked'");

bool& rebaseDisabled()
{
    static bool disabled = false;
    return disabled;
}

} // namespace

SyncStore::SyncStore(Database& db)
    : m_db(db)
{
}

QString SyncStore::clientId() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT v FROM sync_state WHERE k = 'client_id'")) || !query.next())
        return {};
    return Uuid::toString(query.value(0).toByteArray());
}

QString SyncStore::cursor() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT v FROM sync_state WHERE k = 'cursor'")) || !query.next())
        return {};
    return query.value(0).toString();
}

SyncAccount SyncStore::account() const
{
    SyncAccount account;
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT k, v FROM sync_state WHERE k LIKE 'account.%'")))
        return account;
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key == QLatin1String("account.server"))
            account.serverUrl = QUrl(query.value(1).toString());
        else if (key == QLatin1String("account.user"))
            account.user = query.value(1).toString();
        else if (key == QLatin1String("account.ca_file"))
            account.caFile = query.value(1).toString();
        else if (key == QLatin1String("account.pin"))
            account.pinnedKey = query.value(1).toString().toLatin1();
    }
    return account;
}

Status SyncStore::setAccount(const SyncAccount& account)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const SyncAccount previous = this->account();
    const bool moved = previous.serverUrl != account.serverUrl || previous.user != account.user;
    const QList<QPair<QString, QString>> values {
        { QStringLiteral("account.server"), account.serverUrl.toString() },
        { QStringLiteral("account.user"), account.user },
        { QStringLiteral("account.ca_file"), account.caFile },
        { QStringLiteral("account.pin"), QString::fromLatin1(account.pinnedKey) },
    };
    for (const auto& [key, value] : values) {
        if (Status status = setState(key, value.isNull() ? QStringLiteral("") : value); !status)
            return status;
    }
    // Another server's cursor means nothing here; the outbox stays and is pushed to the new server.
    if (moved && previous.isConfigured()) {
        if (Status status = resetCursor(); !status)
            return status;
    }
    return transaction.commit();
}

QDateTime SyncStore::lastSuccess() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT max(finished_at) FROM sync_log WHERE outcome = 'ok'")) || !query.next())
        return {};
    return Timestamp::fromStorage(query.value(0).toString());
}

Status SyncStore::setState(const QString& key, const QVariant& value)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO sync_state (k, v) VALUES (?, ?) ON CONFLICT(k) DO UPDATE SET v = excluded.v"));
    query.addBindValue(key);
    query.addBindValue(value);
    return Sql::exec(query);
}

Status SyncStore::resetCursor()
{
    return setState(QStringLiteral("cursor"), QString());
}

Result<QList<OutboxEntry>> SyncStore::nextBatch(int maxCount, qsizetype maxBytes)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT mutation_id, idem_key, entity, row_id, op, fields, base_values, base_version, schema_version "
        "FROM sync_outbox WHERE state IN ('pending', 'inflight') ORDER BY mutation_id LIMIT ?"));
    query.addBindValue(maxCount);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    QList<OutboxEntry> batch;
    qsizetype bytes = 0;
    while (query.next()) {
        OutboxEntry entry;
        entry.mutationId = query.value(0).toLongLong();
        entry.entity = query.value(2).toString();
        entry.rowId = query.value(3).toByteArray();
        entry.wire = QJsonObject {
            { QStringLiteral("mutation_id"), entry.mutationId },
            { QStringLiteral("idem_key"), Uuid::toString(query.value(1).toByteArray()) },
            { QStringLiteral("entity"), entry.entity },
            { QStringLiteral("id"), Uuid::toString(entry.rowId) },
            { QStringLiteral("op"), query.value(4).toString() },
            { QStringLiteral("fields"), parseObject(query.value(5).toString()) },
            { QStringLiteral("base"), parseObject(query.value(6).toString()) },
            { QStringLiteral("base_version"),
              query.value(7).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(query.value(7).toLongLong()) },
            { QStringLiteral("schema"), query.value(8).toInt() },
        };
        bytes += query.value(5).toString().size() + query.value(6).toString().size() + 200;
        if (!batch.isEmpty() && bytes > maxBytes)
            break;
        batch.append(entry);
    }
    return batch;
}

Status SyncStore::markInflight(const QList<OutboxEntry>& entries)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE sync_outbox SET state = 'inflight', attempts = attempts + 1 WHERE mutation_id = ?"));
    for (const OutboxEntry& entry : entries) {
        query.addBindValue(entry.mutationId);
        if (Status status = Sql::exec(query); !status)
            return status;
    }
    return transaction.commit();
}

Result<PushOutcome> SyncStore::applyPushResults(const QList<OutboxEntry>& sent, const QJsonArray& results)
{
    QHash<qint64, QJsonObject> byId;
    for (const QJsonValue& value : results)
        byId.insert(value.toObject().value(QStringLiteral("mutation_id")).toInteger(), value.toObject());

    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    PushOutcome outcome;
    QSqlQuery ack(m_db.connection());
    ack.prepare(QStringLiteral("UPDATE sync_outbox SET state = 'acked', applied_seq = ?, last_error = NULL "
                               "WHERE mutation_id = ?"));
    QSqlQuery fail(m_db.connection());
    fail.prepare(QStringLiteral("UPDATE sync_outbox SET state = ?, last_error = ? WHERE mutation_id = ?"));
    QSqlQuery block(m_db.connection());
    block.prepare(QStringLiteral("UPDATE sync_outbox SET state = 'blocked' WHERE entity = ? AND row_id = ? AND "
                                 "mutation_id > ? AND state IN ('pending', 'inflight')"));
    QSqlQuery record(m_db.connection());
    record.prepare(QStringLiteral("INSERT INTO sync_conflict (mutation_id, entity, row_id, kind, fields, base_values, "
                                  "mine, theirs, theirs_version, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));

    for (const OutboxEntry& entry : sent) {
        const auto it = byId.constFind(entry.mutationId);
        if (it == byId.cend())
            continue; // no answer: stays inflight and is sent again; the server dedupes
        const QString status = it->value(QStringLiteral("status")).toString();
        if (status == QLatin1String("applied") || status == QLatin1String("merged")) {
            ack.addBindValue(it->value(QStringLiteral("applied_seq")).toInteger());
            ack.addBindValue(entry.mutationId);
            if (Status s = Sql::exec(ack); !s)
                return s.error();
            ++outcome.acked;
            continue;
        }
        const bool isConflict = status == QLatin1String("conflict") || status == QLatin1String("partial");
        const QJsonObject conflict = it->value(QStringLiteral("conflict")).toObject();
        const QJsonObject mine = entry.wire.value(QStringLiteral("fields")).toObject();
        const QJsonObject base = entry.wire.value(QStringLiteral("base")).toObject();
        QStringList fields;
        for (const QJsonValue& f : conflict.value(QStringLiteral("fields")).toArray())
            fields.append(f.toString());
        if (fields.isEmpty())
            fields = mine.keys();
        // Qt Sql binds a null QString as NULL; these columns are NOT NULL text.
        const QString reason = isConflict ? QStringLiteral("") : it->value(QStringLiteral("message")).toString(QStringLiteral(""));

        fail.addBindValue(isConflict ? QStringLiteral("conflict") : QStringLiteral("rejected"));
        fail.addBindValue(isConflict ? QVariant(QMetaType(QMetaType::QString)) : QVariant(reason));
        fail.addBindValue(entry.mutationId);
        if (Status s = Sql::exec(fail); !s)
            return s.error();
        record.addBindValue(entry.mutationId);
        record.addBindValue(entry.entity);
        record.addBindValue(entry.rowId);
        record.addBindValue(isConflict ? conflict.value(QStringLiteral("kind")).toString()
                                       : (it->value(QStringLiteral("reason")).toString() == QLatin1String("not_found")
                                                  || it->value(QStringLiteral("reason")).toString()
                                                      == QLatin1String("permission")
                                              ? QStringLiteral("permission")
                                              : QStringLiteral("rejected")));
        record.addBindValue(compact(QJsonArray::fromStringList(fields)));
        record.addBindValue(compact(subset(base, fields)));
        record.addBindValue(compact(isConflict ? subset(mine, fields) : mine));
        record.addBindValue(compact(conflict.value(QStringLiteral("theirs")).toObject()));
        record.addBindValue(conflict.contains(QStringLiteral("theirs_version"))
                                ? QVariant(conflict.value(QStringLiteral("theirs_version")).toInteger())
                                : QVariant(QMetaType(QMetaType::LongLong)));
        record.addBindValue(reason);
        record.addBindValue(Timestamp::nowUtc());
        if (Status s = Sql::exec(record); !s)
            return s.error();
        // Later edits of the same record wait for the user's decision; other records carry on.
        block.addBindValue(entry.entity);
        block.addBindValue(entry.rowId);
        block.addBindValue(entry.mutationId);
        if (Status s = Sql::exec(block); !s)
            return s.error();
        if (isConflict)
            ++outcome.conflicts;
        else
            ++outcome.rejected;
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return outcome;
}

void SyncStore::setRebaseDisabledForTests(bool disabled)
{
    rebaseDisabled() = disabled;
}

Result<QSet<QString>> SyncStore::protectedFields(const QString& entity, const QByteArray& id, qint64 incomingVersion) const
{
    if (rebaseDisabled())
        return QSet<QString>();
    // A field with a local edit the server has not yet folded into `incomingVersion` keeps its local value (rebase):
    // open entries, and acknowledged ones whose write is newer than the state being applied (write checkpoint).
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT fields FROM sync_outbox WHERE entity = ? AND row_id = ? AND "
                                 "(state IN (%1) OR (state = 'acked' AND applied_seq > ?))")
                      .arg(OpenStates));
    query.addBindValue(entity);
    query.addBindValue(id);
    query.addBindValue(incomingVersion);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    QSet<QString> fields;
    while (query.next()) {
        const QJsonObject object = parseObject(query.value(0).toString());
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            fields.insert(it.key());
    }
    return fields;
}

Status SyncStore::writeLocal(const SyncEntity& entity, const QByteArray& id, const QJsonObject& values,
                             const QVariant& serverVersion, bool insert)
{
    QJsonObject full = values;
    if (!insert && entity.name == QLatin1String("partner")) {
        // Derived keys need the whole row: read the fields not being written.
        QStringList columns;
        for (const SyncField& field : entity.fields) {
            if (!values.contains(field.name))
                columns.append(field.name);
        }
        if (!columns.isEmpty()) {
            QSqlQuery current(m_db.connection());
            current.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QLatin1Char(',')), entity.table));
            current.addBindValue(id);
            if (Status status = Sql::exec(current); !status)
                return status;
            if (current.next()) {
                for (int i = 0; i < columns.size(); ++i)
                    full.insert(columns[i], SyncSchema::toJson(*entity.field(columns[i]), current.value(i)));
            }
        }
    }
    QStringList columns;
    QVariantList binds;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const SyncField* field = entity.field(it.key());
        if (!field)
            continue; // a field this client version does not know
        columns.append(field->name);
        binds.append(SyncSchema::fromJson(*field, it.value()));
    }
    const QVariantMap derived = derivedColumns(entity, full);
    for (auto it = derived.cbegin(); it != derived.cend(); ++it) {
        columns.append(it.key());
        binds.append(it.value());
    }
    const QString now = Timestamp::nowUtc();
    QSqlQuery query(m_db.connection());
    if (insert) {
        columns << QStringLiteral("id") << QStringLiteral("created_at") << QStringLiteral("updated_at")
                << QStringLiteral("server_version");
        binds << id << now << now << serverVersion;
        query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(entity.table, columns.join(QLatin1Char(',')),
                               QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    } else {
        columns << QStringLiteral("updated_at");
        binds << now;
        if (serverVersion.isValid()) {
            columns << QStringLiteral("server_version");
            binds << serverVersion;
        }
        query.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                          .arg(entity.table, columns.join(QStringLiteral(" = ?, "))));
        binds << id;
    }
    for (const QVariant& bind : binds)
        query.addBindValue(bind);
    return Sql::exec(query);
}

Status SyncStore::upsertRow(const SyncEntity& entity, const QJsonObject& item, PullOutcome& outcome)
{
    const QByteArray id = Uuid::fromString(item.value(QStringLiteral("id")).toString());
    const qint64 version = item.value(QStringLiteral("version")).toInteger();
    const QJsonObject row = item.value(QStringLiteral("row")).toObject();
    if (id.size() != 16)
        return Error::storage(SyncTr::tr("The server sent a record without a valid id."), QString());

    QSqlQuery local(m_db.connection());
    local.prepare(QStringLiteral("SELECT server_version FROM %1 WHERE id = ?").arg(entity.table));
    local.addBindValue(id);
    if (Status status = Sql::exec(local); !status)
        return status;
    if (!local.next()) {
        local.finish();
        if (Status status = writeLocal(entity, id, row, version, true); !status)
            return status;
        ++outcome.applied;
        outcome.entities.insert(entity.name);
        return {};
    }
    const QVariant localVersion = local.value(0);
    local.finish();
    if (!localVersion.isNull() && localVersion.toLongLong() >= version) {
        ++outcome.skipped; // already applied (a page fetched again after a crash)
        return {};
    }
    const Result<QSet<QString>> keep = protectedFields(entity.name, id, version);
    if (!keep)
        return keep.error();
    QJsonObject values;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (!keep->contains(it.key()))
            values.insert(it.key(), it.value());
    }
    if (Status status = writeLocal(entity, id, values, version, false); !status)
        return status;
    ++outcome.applied;
    outcome.entities.insert(entity.name);
    return {};
}

Status SyncStore::revokeScope(const QString& scopeId, PullOutcome& outcome)
{
    // The scope was handed to someone else: its rows leave this client. Unsent edits to them cannot be applied any
    // more; they become 'permission' conflicts so the user sees what did not reach the server.
    const QByteArray scope = Uuid::fromString(scopeId);
    QList<SyncEntity> order = SyncSchema::entities();
    std::sort(order.begin(), order.end(), [](const SyncEntity& a, const SyncEntity& b) { return a.rank > b.rank; });
    for (const SyncEntity& entity : order) {
        const QString where = entity.parentField.isEmpty() ? QStringLiteral("id = ?") : entity.parentField + QStringLiteral(" = ?");
        QSqlQuery outbox(m_db.connection());
        outbox.prepare(QStringLiteral("SELECT mutation_id, row_id, fields, base_values FROM sync_outbox WHERE entity = ? "
                                      "AND state IN (%1) AND row_id IN (SELECT id FROM %2 WHERE %3)")
                           .arg(OpenStates, entity.table, where));
        outbox.addBindValue(entity.name);
        outbox.addBindValue(scope);
        if (Status status = Sql::exec(outbox); !status)
            return status;
        QSqlQuery record(m_db.connection());
        record.prepare(QStringLiteral("INSERT INTO sync_conflict (mutation_id, entity, row_id, kind, fields, base_values, "
                                      "mine, theirs, reason, created_at) VALUES (?, ?, ?, 'permission', ?, ?, ?, '{}', ?, ?)"));
        QList<qint64> ids;
        while (outbox.next()) {
            ids.append(outbox.value(0).toLongLong());
            const QJsonObject mine = parseObject(outbox.value(2).toString());
            record.addBindValue(outbox.value(0));
            record.addBindValue(entity.name);
            record.addBindValue(outbox.value(1));
            record.addBindValue(compact(QJsonArray::fromStringList(mine.keys())));
            record.addBindValue(outbox.value(3).toString());
            record.addBindValue(compact(mine));
            record.addBindValue(SyncTr::tr("The partner was assigned to another owner; this change was not sent."));
            record.addBindValue(Timestamp::nowUtc());
            if (Status status = Sql::exec(record); !status)
                return status;
        }
        outbox.finish();
        QSqlQuery reject(m_db.connection());
        reject.prepare(QStringLiteral("UPDATE sync_outbox SET state = 'rejected', last_error = 'scope revoked' "
                                      "WHERE mutation_id = ?"));
        for (qint64 id : ids) {
            reject.addBindValue(id);
            if (Status status = Sql::exec(reject); !status)
                return status;
        }
        QSqlQuery remove(m_db.connection());
        remove.prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(entity.table, where));
        remove.addBindValue(scope);
        if (Status status = Sql::exec(remove); !status)
            return status;
        if (remove.numRowsAffected() > 0)
            outcome.entities.insert(entity.name);
    }
    return {};
}

Result<PullOutcome> SyncStore::applyPullPage(const QJsonArray& items, const QString& nextCursor)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    PullOutcome outcome;
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        const QString op = item.value(QStringLiteral("op")).toString();
        if (op == QLatin1String("revoke")) {
            if (Status status = revokeScope(item.value(QStringLiteral("scope_id")).toString(), outcome); !status)
                return status.error();
            continue;
        }
        const SyncEntity* entity = SyncSchema::find(item.value(QStringLiteral("entity")).toString());
        if (!entity) {
            qCWarning(lcSync) << "skipping unknown entity" << item.value(QStringLiteral("entity")).toString();
            continue;
        }
        if (Status status = upsertRow(*entity, item, outcome); !status)
            return status.error();
    }
    if (Status status = setState(QStringLiteral("cursor"), nextCursor); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return outcome;
}

int SyncStore::pendingCount() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state IN ('pending', 'inflight', 'blocked')"))
        || !query.next())
        return 0;
    return query.value(0).toInt();
}

int SyncStore::openConflictCount() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Result<QList<SyncConflict>> SyncStore::openConflicts() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT conflict_id, mutation_id, entity, row_id, kind, fields, base_values, mine, "
                                   "theirs, theirs_version, reason, created_at FROM sync_conflict "
                                   "WHERE resolved_at IS NULL ORDER BY conflict_id")))
        return Sql::errorFrom(query);
    QList<SyncConflict> conflicts;
    while (query.next()) {
        SyncConflict c;
        c.conflictId = query.value(0).toLongLong();
        c.mutationId = query.value(1).toLongLong();
        c.entity = query.value(2).toString();
        c.rowId = query.value(3).toByteArray();
        c.kind = query.value(4).toString();
        for (const QJsonValue& f : QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array())
            c.fields.append(f.toString());
        c.base = parseObject(query.value(6).toString());
        c.mine = parseObject(query.value(7).toString());
        c.theirs = parseObject(query.value(8).toString());
        c.theirsVersion = query.value(9).toLongLong();
        c.reason = query.value(10).toString();
        c.createdAt = query.value(11).toString();
        conflicts.append(c);
    }
    return conflicts;
}

Status SyncStore::unblockRow(const QString& entity, const QByteArray& rowId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE sync_outbox SET state = 'pending' WHERE entity = ? AND row_id = ? AND state = 'blocked' AND NOT EXISTS "
        "(SELECT 1 FROM sync_outbox o WHERE o.entity = ? AND o.row_id = ? AND o.state IN ('conflict', 'rejected'))"));
    query.addBindValue(entity);
    query.addBindValue(rowId);
    query.addBindValue(entity);
    query.addBindValue(rowId);
    return Sql::exec(query);
}

Status SyncStore::resolve(qint64 conflictId, Resolution resolution)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<QList<SyncConflict>> open = openConflicts();
    if (!open)
        return open.error();
    const auto found = std::find_if(open->cbegin(), open->cend(),
                                    [conflictId](const SyncConflict& c) { return c.conflictId == conflictId; });
    if (found == open->cend())
        return Error::notFound(SyncTr::tr("The conflict was already resolved."));
    const SyncConflict& c = *found;
    const SyncEntity* entity = SyncSchema::find(c.entity);
    if (!entity)
        return Error::notFound(SyncTr::tr("Unknown record type %1.").arg(c.entity));

    QSqlQuery exists(m_db.connection());
    exists.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(entity->table));
    exists.addBindValue(c.rowId);
    if (Status status = Sql::exec(exists); !status)
        return status;
    const bool rowExists = exists.next();
    exists.finish();

    if (resolution == Resolution::KeepMine && c.kind != QLatin1String("rejected") && c.kind != QLatin1String("permission")) {
        // Send my values again, based on the version I have now seen: an explicit overwrite the server accepts.
        QJsonObject fields = c.mine;
        QString op = QStringLiteral("update");
        if (c.kind == QLatin1String("delete_vs_update"))
            op = QStringLiteral("delete");
        else if (c.kind == QLatin1String("update_vs_delete"))
            fields.insert(QStringLiteral("deleted_at"), QJsonValue::Null); // bring it back, with my edit
        QSqlQuery append(m_db.connection());
        append.prepare(QStringLiteral("INSERT INTO sync_outbox (idem_key, entity, row_id, op, fields, base_values, "
                                      "base_version, schema_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        append.addBindValue(Uuid::createV7());
        append.addBindValue(c.entity);
        append.addBindValue(c.rowId);
        append.addBindValue(op);
        append.addBindValue(compact(fields));
        append.addBindValue(compact(c.theirs));
        append.addBindValue(c.theirsVersion);
        append.addBindValue(Database::currentSchemaVersion());
        append.addBindValue(Timestamp::nowUtc());
        if (Status status = Sql::exec(append); !status)
            return status;
        if (rowExists && c.kind == QLatin1String("update_vs_delete")) {
            if (Status status = writeLocal(*entity, c.rowId, QJsonObject { { QStringLiteral("deleted_at"), QJsonValue::Null } },
                                           QVariant(), false);
                !status)
                return status;
        }
    } else if (rowExists) {
        // Take the server's side: its values where known, otherwise (a rejection) the values before my edit.
        QJsonObject values = c.theirs.isEmpty() ? c.base : c.theirs;
        if (c.kind == QLatin1String("delete_vs_update"))
            values = QJsonObject { { QStringLiteral("deleted_at"), QJsonValue::Null } };
        const bool rejectedCreate = c.kind != QLatin1String("field") && c.base.isEmpty() && c.theirs.isEmpty();
        if (rejectedCreate) {
            // The server never had this record: tombstone it locally, nothing to send.
            values = QJsonObject { { QStringLiteral("deleted_at"), Timestamp::nowUtc() } };
        }
        if (!values.isEmpty()) {
            if (Status status = writeLocal(*entity, c.rowId, values, QVariant(), false); !status)
                return status;
        }
    }

    QSqlQuery done(m_db.connection());
    done.prepare(QStringLiteral("UPDATE sync_conflict SET resolved_at = ?, resolution = ? WHERE conflict_id = ?"));
    done.addBindValue(Timestamp::nowUtc());
    done.addBindValue(resolution == Resolution::KeepMine ? QStringLiteral("mine") : QStringLiteral("theirs"));
    done.addBindValue(conflictId);
    if (Status status = Sql::exec(done); !status)
        return status;
    QSqlQuery entry(m_db.connection());
    entry.prepare(QStringLiteral("UPDATE sync_outbox SET state = 'resolved' WHERE mutation_id = ? AND state IN ('conflict', 'rejected')"));
    entry.addBindValue(c.mutationId);
    if (Status status = Sql::exec(entry); !status)
        return status;
    if (Status status = unblockRow(c.entity, c.rowId); !status)
        return status;
    return transaction.commit();
}

qint64 SyncStore::beginRun()
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO sync_log (started_at) VALUES (?)"));
    query.addBindValue(Timestamp::nowUtc());
    if (!Sql::exec(query))
        return 0;
    return query.lastInsertId().toLongLong();
}

void SyncStore::finishRun(qint64 runId, int pushed, int pulled, int conflicts, int rejected, bool ok,
                          const QString& message)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE sync_log SET finished_at = ?, pushed = ?, pulled = ?, conflicts = ?, "
                                 "rejected = ?, outcome = ?, message = ? WHERE run_id = ?"));
    query.addBindValue(Timestamp::nowUtc());
    query.addBindValue(pushed);
    query.addBindValue(pulled);
    query.addBindValue(conflicts);
    query.addBindValue(rejected);
    query.addBindValue(ok ? QStringLiteral("ok") : QStringLiteral("failed"));
    query.addBindValue(message.isNull() ? QStringLiteral("") : message);
    query.addBindValue(runId);
    if (Status status = Sql::exec(query); !status)
        qCWarning(lcSync) << "sync log write failed:" << status.error().toLogString();
}

} // namespace ChannelDesk
