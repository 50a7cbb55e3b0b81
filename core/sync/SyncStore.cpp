#include "SyncStore.h"

#include "SyncRowWriter.h"
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
#include <QCryptographicHash>
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

// States whose fields still belong to the user: the server has not (knowingly) taken them yet.
const QString OpenStates = QStringLiteral("'pending', 'inflight', 'conflict', 'rejected', 'blocked'");

bool& rebaseDisabled()
{
    static bool disabled = false;
    return disabled;
}

// Replaces the values of `values`' fields that carry an unsent local edit with their local values (wire JSON): pulls
// leave those alone, so the local value is the latest edit. Other fields keep the values given.
Status currentValues(Database& db, const SyncEntity& entity, const QByteArray& id, QJsonObject& values)
{
    QSqlQuery open(db.connection());
    open.prepare(QStringLiteral("SELECT fields FROM sync_outbox WHERE entity = ? AND row_id = ? AND state IN (%1)")
                     .arg(OpenStates));
    open.addBindValue(entity.name);
    open.addBindValue(id);
    if (Status status = Sql::exec(open); !status)
        return status;
    QSet<QString> edited;
    while (open.next()) {
        const QJsonObject fields = parseObject(open.value(0).toString());
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            edited.insert(it.key());
    }
    open.finish();
    QStringList columns;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (edited.contains(it.key()) && entity.field(it.key()))
            columns.append(it.key()); // names from the entity's field table, never from input
    }
    if (columns.isEmpty())
        return {};
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QLatin1Char(',')), entity.table));
    query.addBindValue(id);
    if (Status status = Sql::exec(query); !status)
        return status;
    if (query.next()) {
        for (int i = 0; i < columns.size(); ++i)
            values.insert(columns[i], SyncSchema::toJson(*entity.field(columns[i]), query.value(i)));
    }
    return {};
}

// A pull leaves fields with open local edits alone, so the open conflicts on the row are the only place the client
// can keep the server's current values of those fields: TakeTheirs writes `theirs`, KeepMine bases its resend on
// `theirs_version`. Without this, both would act on the server's state at the time of the conflict.
Status refreshOpenConflicts(Database& db, const QString& entity, const QByteArray& id, const QJsonObject& row,
                            qint64 version)
{
    QSqlQuery open(db.connection());
    open.prepare(QStringLiteral("SELECT conflict_id, kind, fields, mine, theirs FROM sync_conflict "
                                "WHERE entity = ? AND row_id = ? AND resolved_at IS NULL"));
    open.addBindValue(entity);
    open.addBindValue(id);
    if (Status status = Sql::exec(open); !status)
        return status;
    QList<QPair<qint64, QJsonObject>> refreshed;
    while (open.next()) {
        QStringList names = parseObject(open.value(3).toString()).keys();
        for (const QJsonValue& field : QJsonDocument::fromJson(open.value(2).toString().toUtf8()).array())
            names.append(field.toString());
        const QString kind = open.value(1).toString();
        if (kind == QLatin1String("update_vs_delete") || kind == QLatin1String("delete_vs_update"))
            names.append(QStringLiteral("deleted_at"));
        QJsonObject theirs = parseObject(open.value(4).toString());
        for (const QString& name : names) {
            if (row.contains(name))
                theirs.insert(name, row.value(name));
        }
        refreshed.append({ open.value(0).toLongLong(), theirs });
    }
    open.finish();
    QSqlQuery update(db.connection());
    update.prepare(QStringLiteral("UPDATE sync_conflict SET theirs = ?, theirs_version = ? WHERE conflict_id = ?"));
    for (const auto& [conflictId, theirs] : refreshed) {
        update.addBindValue(compact(theirs));
        update.addBindValue(version);
        update.addBindValue(conflictId);
        if (Status status = Sql::exec(update); !status)
            return status;
    }
    return {};
}

} // namespace

SyncStore::SyncStore(Database& db)
    : m_db(db)
{
}

SyncStore::~SyncStore() = default;

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
    // Another account's role is not this one's: unknown until its first sign-in.
    if (moved) {
        if (Status status = setState(QStringLiteral("account.role"), QStringLiteral("")); !status)
            return status;
    }
    return transaction.commit();
}

QString SyncStore::role() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT v FROM sync_state WHERE k = 'account.role'")) || !query.next())
        return {};
    return query.value(0).toString();
}

Status SyncStore::setRole(const QString& role)
{
    return setState(QStringLiteral("account.role"), role.isNull() ? QStringLiteral("") : role);
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
        // The first two terms repeat sync_outbox_open's condition so SQLite uses that index: acknowledged entries
        // stay in the outbox, and scanning them all made a no-change sync cost ~15 ms after 50,000 edits.
        "FROM sync_outbox WHERE state <> 'acked' AND state <> 'resolved' AND state IN ('pending', 'inflight') "
        "ORDER BY mutation_id LIMIT ?"));
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
        // An edit that collided with a delete is kept whole (the conflict is on deleted_at, not on the edited
        // fields): keep mine restores the record with the edit, keep the server's puts the edited fields back.
        const bool wholeEdit = conflict.value(QStringLiteral("kind")).toString() == QLatin1String("update_vs_delete");
        record.addBindValue(compact(QJsonArray::fromStringList(fields)));
        record.addBindValue(compact(wholeEdit ? base : subset(base, fields)));
        QJsonObject mineShown = isConflict && !wholeEdit ? subset(mine, fields) : mine;
        if (isConflict) {
            // A conflict can name fields this edit did not touch (the rest of an all-or-nothing group such as amount
            // and currency): this device's values for them are its current ones, so "keep mine" keeps the whole group.
            const SyncEntity* syncEntity = SyncSchema::find(entry.entity);
            QStringList missing;
            for (const QString& field : std::as_const(fields)) {
                if (!mineShown.contains(field) && syncEntity && syncEntity->field(field))
                    missing.append(field);
            }
            if (!missing.isEmpty()) {
                QSqlQuery current(m_db.connection());
                current.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                    .arg(missing.join(QLatin1Char(',')), syncEntity->table));
                current.addBindValue(entry.rowId);
                if (Status s = Sql::exec(current); !s)
                    return s.error();
                if (current.next()) {
                    for (int i = 0; i < missing.size(); ++i)
                        mineShown.insert(missing[i], SyncSchema::toJson(*syncEntity->field(missing[i]), current.value(i)));
                }
            }
        }
        record.addBindValue(compact(mineShown));
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

Result<QSet<QString>> SyncStore::protectedFields(SyncRowWriter& writer, const QString& entity, const QByteArray& id,
                                                 qint64 incomingVersion) const
{
    if (rebaseDisabled())
        return QSet<QString>();
    // A field with a local edit the server has not yet folded into `incomingVersion` keeps its local value (rebase):
    // open entries, and acknowledged ones whose write is newer than the state being applied (write checkpoint).
    // Through the page's prepared statement: a pull of remote changes asks this for every row it updates.
    const Result<QStringList> entries = writer.texts(
        QStringLiteral("SELECT fields FROM sync_outbox WHERE entity = ? AND row_id = ? AND "
                       "(state IN (%1) OR (state = 'acked' AND applied_seq > ?))")
            .arg(OpenStates),
        { entity, id, incomingVersion });
    if (!entries)
        return entries.error();
    QSet<QString> fields;
    for (const QString& text : entries.value()) {
        const QJsonObject object = parseObject(text);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            fields.insert(it.key());
    }
    return fields;
}

Status SyncStore::writeLocal(const SyncEntity& entity, const QByteArray& id, const QJsonObject& values,
                             const QVariant& serverVersion, bool insert)
{
    SyncRowWriter writer(m_db);
    if (!insert)
        return writer.update(entity, id, values, serverVersion);
    if (Status status = writer.insert(entity, id, values, serverVersion); !status)
        return status;
    return writer.flush();
}

Status SyncStore::upsertRow(SyncRowWriter& writer, const SyncEntity& entity, const QJsonObject& item,
                            PullOutcome& outcome)
{
    const QByteArray id = Uuid::fromString(item.value(QStringLiteral("id")).toString());
    const qint64 version = item.value(QStringLiteral("version")).toInteger();
    const QJsonObject row = item.value(QStringLiteral("row")).toObject();
    if (id.size() != 16)
        return Error::storage(SyncTr::tr("The server sent a record without a valid id."), QString());

    const Result<SyncRowWriter::LocalRow> local = writer.localRow(entity, id);
    if (!local)
        return local.error();
    if (!local->exists) {
        if (Status status = writer.insert(entity, id, row, version); !status)
            return status;
        ++outcome.applied;
        outcome.entities.insert(entity.name);
        return {};
    }
    const QVariant localVersion = local->serverVersion;
    if (!localVersion.isNull() && localVersion.toLongLong() >= version) {
        ++outcome.skipped; // already applied (a page fetched again after a crash)
        return {};
    }
    const Result<QSet<QString>> keep = protectedFields(writer, entity.name, id, version);
    if (!keep)
        return keep.error();
    QSet<QString> kept = keep.value();
    if (!kept.isEmpty()) {
        if (Status status = refreshOpenConflicts(m_db, entity.name, id, row, version); !status)
            return status;
    }
    const QString deletedAt = QStringLiteral("deleted_at");
    if (kept.contains(deletedAt) && row.value(deletedAt).isString()) {
        // Deleted here and there: the local delete is done, and the tombstone time is the server's. Kept, it would
        // stay different for good, since resending the delete changes nothing on the server.
        QSqlQuery tombstone(m_db.connection());
        tombstone.prepare(QStringLiteral("SELECT deleted_at IS NOT NULL FROM %1 WHERE id = ?").arg(entity.table));
        tombstone.addBindValue(id);
        if (Status status = Sql::exec(tombstone); !status)
            return status;
        if (tombstone.next() && tombstone.value(0).toBool())
            kept.remove(deletedAt);
    }
    QJsonObject values;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (!kept.contains(it.key()))
            values.insert(it.key(), it.value());
    }
    if (Status status = writer.update(entity, id, values, version); !status)
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
    if (!m_writer)
        m_writer = std::make_unique<SyncRowWriter>(m_db);
    SyncRowWriter& writer = *m_writer; // new rows are written in batches, through statements prepared once
    writer.discardQueued();             // what a failed page left behind was rolled back with it
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        const QString op = item.value(QStringLiteral("op")).toString();
        if (op == QLatin1String("revoke")) {
            if (Status status = writer.flush(); !status)
                return status.error();
            if (Status status = revokeScope(item.value(QStringLiteral("scope_id")).toString(), outcome); !status)
                return status.error();
            continue;
        }
        const SyncEntity* entity = SyncSchema::find(item.value(QStringLiteral("entity")).toString());
        if (!entity) {
            qCWarning(lcSync) << "skipping unknown entity" << item.value(QStringLiteral("entity")).toString();
            continue;
        }
        if (Status status = upsertRow(writer, *entity, item, outcome); !status)
            return status.error();
    }
    if (Status status = writer.flush(); !status)
        return status.error();
    if (Status status = setState(QStringLiteral("cursor"), nextCursor); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return outcome;
}

Result<QByteArray> SyncStore::blob(const QString& sha256) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT data FROM mdf_blob WHERE sha256 = ?"));
    query.addBindValue(sha256);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    if (!query.next())
        return Error::notFound(SyncTr::tr("The content %1 is not stored on this computer.").arg(sha256));
    return query.value(0).toByteArray();
}

const QList<BlobReference>& SyncStore::blobReferences()
{
    static const QList<BlobReference> references {
        { QStringLiteral("mdf_attachment"), QStringLiteral("sha256") },
        { QStringLiteral("certification"), QStringLiteral("evidence_sha256") },
    };
    return references;
}

const BlobReference* SyncStore::blobReference(const QString& entity)
{
    for (const BlobReference& reference : blobReferences()) {
        if (reference.entity == entity)
            return &reference;
    }
    return nullptr;
}

Result<QStringList> SyncStore::missingBlobs(int limit) const
{
    // One SELECT per referencing table, merged without duplicates: the same content named twice is fetched once. The
    // terms are written as the partial index certification_evidence is, so the large table is read from the index.
    QStringList named;
    for (const BlobReference& reference : blobReferences()) {
        const SyncEntity* entity = SyncSchema::find(reference.entity);
        if (!entity)
            continue;
        named.append(QStringLiteral("SELECT %1 AS sha256 FROM %2 WHERE deleted_at IS NULL AND %1 <> ''")
                         .arg(reference.field, entity->table));
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT n.sha256 FROM (%1) n WHERE NOT EXISTS (SELECT 1 FROM mdf_blob b WHERE "
                                 "b.sha256 = n.sha256) ORDER BY n.sha256 LIMIT ?")
                      .arg(named.join(QStringLiteral(" UNION "))));
    query.addBindValue(limit);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    QStringList hashes;
    while (query.next())
        hashes.append(query.value(0).toString());
    return hashes;
}

Status SyncStore::storeBlob(const QString& sha256, const QByteArray& content)
{
    // Content is trusted only for the hash it has: a damaged download is refused, never stored under the name.
    const QString actual = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    if (actual != sha256)
        return Error { Error::Code::InvalidArgument,
                       SyncTr::tr("The downloaded attachment content does not match its SHA-256."),
                       QStringLiteral("expected %1, got %2").arg(sha256, actual), QStringLiteral("sha256") };
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO mdf_blob (sha256, size_bytes, data) VALUES (?, ?, ?)"));
    insert.addBindValue(sha256);
    insert.addBindValue(qint64(content.size()));
    insert.addBindValue(content);
    if (Status status = Sql::exec(insert); !status)
        return status;
    return transaction.commit();
}

int SyncStore::pendingCount() const
{
    QSqlQuery query(m_db.connection());
    // The first two terms repeat the partial index's condition so SQLite uses it: the UI asks this after every sync,
    // and a scan of an outbox holding a million acknowledged entries would stall the UI thread.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state <> 'acked' AND state <> 'resolved' "
                                   "AND state IN ('pending', 'inflight', 'blocked')"))
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
        if (rowExists && c.kind != QLatin1String("delete_vs_update")) {
            // Mine is what this device shows now: a later local edit of the same field, not the older conflicting one.
            if (Status status = currentValues(m_db, *entity, c.rowId, fields); !status)
                return status;
        }
        if (c.kind == QLatin1String("delete_vs_update")) {
            // A delete changes only the tombstone: the conflict's other fields must not be held back from pulls.
            op = QStringLiteral("delete");
            fields = QJsonObject { { QStringLiteral("deleted_at"), Timestamp::nowUtc() } };
        } else if (c.kind == QLatin1String("update_vs_delete"))
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
        if (c.kind == QLatin1String("delete_vs_update")) {
            // The server's values (kept fresh by pulls) and its tombstone state: live unless deleted there since.
            values = c.theirs;
            if (!values.value(QStringLiteral("deleted_at")).isString())
                values.insert(QStringLiteral("deleted_at"), QJsonValue::Null);
        }
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

Status SyncStore::deferSortIndexes()
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM partner) OR EXISTS (SELECT 1 FROM sync_state "
                                   "WHERE k = 'deferred_indexes')")))
        return Sql::errorFrom(query);
    if (!query.next() || query.value(0).toBool())
        return {};
    // Explicit indexes only (sql IS NOT NULL): the one behind UNIQUE(id) checks every row, and the snapshot comes
    // in id order, so it grows at its end anyway.
    if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'partner' "
                                   "AND sql IS NOT NULL ORDER BY name")))
        return Sql::errorFrom(query);
    QStringList names;
    QJsonArray definitions;
    while (query.next()) {
        names.append(query.value(0).toString());
        definitions.append(query.value(1).toString());
    }
    query.finish();
    if (names.isEmpty())
        return {};
    if (Status status = setState(QStringLiteral("deferred_indexes"), compact(definitions)); !status)
        return status;
    for (QString name : std::as_const(names)) {
        // Names come from sqlite_master, not from input; quoted all the same.
        if (Status status = Sql::exec(m_db.connection(),
                                      QStringLiteral("DROP INDEX \"%1\"").arg(name.replace(QLatin1Char('"'), QStringLiteral("\"\""))));
            !status)
            return status;
    }
    return transaction.commit();
}

Status SyncStore::restoreSortIndexes()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT v FROM sync_state WHERE k = 'deferred_indexes'")))
        return Sql::errorFrom(query);
    if (!query.next())
        return {};
    const QJsonArray definitions = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).array();
    query.finish();
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    for (const QJsonValue& definition : definitions) {
        if (Status status = Sql::exec(m_db.connection(), definition.toString()); !status)
            return status;
    }
    QSqlQuery done(m_db.connection());
    if (!done.exec(QStringLiteral("DELETE FROM sync_state WHERE k = 'deferred_indexes'")))
        return Sql::errorFrom(done);
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
    // A run a minute adds up: keep the latest thousand, which is what the Sync Log shows anyway.
    QSqlQuery prune(m_db.connection());
    prune.prepare(QStringLiteral("DELETE FROM sync_log WHERE run_id <= ?"));
    prune.addBindValue(runId - 1000);
    if (Status status = Sql::exec(prune); !status)
        qCWarning(lcSync) << "sync log prune failed:" << status.error().toLogString();
}

} // namespace ChannelDesk
