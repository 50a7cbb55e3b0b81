#include "SimulationChecker.h"

#include "common/Uuid.h"
#include "sync/SyncSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <map>

namespace ChannelDesk::Test {

namespace {

const QString OpenStates = QStringLiteral("'pending', 'inflight', 'blocked', 'conflict', 'rejected'");

bool sameValue(const QJsonValue& a, const QJsonValue& b)
{
    const bool aNull = a.isNull() || a.isUndefined();
    const bool bNull = b.isNull() || b.isUndefined();
    if (aNull || bNull)
        return aNull == bNull;
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

QString show(const QJsonValue& value)
{
    if (value.isUndefined())
        return QStringLiteral("(missing)");
    if (value.isNull())
        return QStringLiteral("null");
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

struct LocalRow
{
    QString entity;
    QJsonObject values; ///< every synced field, deleted_at included, as wire JSON
};

// Every row of the client's synced tables, by UUID text.
QHash<QString, LocalRow> localRows(const QSqlDatabase& db, QStringList& violations, const QString& label)
{
    QHash<QString, LocalRow> rows;
    for (const SyncEntity& entity : SyncSchema::entities()) {
        QStringList columns;
        for (const SyncField& field : entity.fields)
            columns.append(field.name);
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id, %1 FROM %2").arg(columns.join(QLatin1Char(',')), entity.table))) {
            violations.append(
                QStringLiteral("%1: cannot read %2: %3").arg(label, entity.table, query.lastError().text()));
            continue;
        }
        while (query.next()) {
            const QString id = Uuid::toString(query.value(0).toByteArray());
            if (rows.contains(id))
                violations.append(
                    QStringLiteral("%1: id %2 is both a %3 and a %4").arg(label, id, rows[id].entity, entity.name));
            LocalRow row { entity.name, {} };
            for (qsizetype i = 0; i < entity.fields.size(); ++i)
                row.values.insert(entity.fields[i].name, SyncSchema::toJson(entity.fields[i], query.value(int(i) + 1)));
            rows.insert(id, row);
        }
    }
    return rows;
}

struct ServerRecord
{
    QString entity;
    QString owner;
    QJsonObject data;
    bool deleted = false;
};

struct Processed
{
    QString status;
    QVariant appliedSeq;
    QJsonObject result;
};

struct LogRow
{
    qint64 seq = 0;
    QString id;
    QString op;
    QString clientId;
    qint64 mutationId = 0;
};

QStringList checkWith(const QSqlDatabase& server, const QList<CheckedClient>& clients, const SimulationLog& log)
{
    QStringList violations;
    auto read = [&](const QString& sql, const std::function<void(const QSqlQuery&)>& row) {
        QSqlQuery query(server);
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            violations.append(QStringLiteral("server: %1 failed: %2").arg(sql, query.lastError().text()));
            return;
        }
        while (query.next())
            row(query);
    };

    QHash<QString, ServerRecord> records;
    read(QStringLiteral("SELECT id, entity, owner, data, deleted_at FROM record"), [&](const QSqlQuery& q) {
        records.insert(q.value(0).toString(),
                       { q.value(1).toString(), q.value(2).toString(),
                         QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object(), !q.value(4).isNull() });
    });
    QHash<QString, Processed> processed;
    read(QStringLiteral("SELECT client_id, mutation_id, status, applied_seq, result FROM processed_mutation"),
         [&](const QSqlQuery& q) {
             processed.insert(SimulationLog::key(q.value(0).toString(), q.value(1).toLongLong()),
                              { q.value(2).toString(), q.value(3),
                                QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object() });
         });
    QList<LogRow> changes;
    read(QStringLiteral("SELECT seq, id, op, client_id, mutation_id FROM change_log ORDER BY seq"),
         [&](const QSqlQuery& q) {
             changes.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toLongLong() });
         });

    // No duplicate or unknown ids: every server record was created by a client of the simulation, as that entity.
    for (auto it = records.cbegin(); it != records.cend(); ++it) {
        const QString entity = log.created.value(it.key());
        if (entity.isEmpty())
            violations.append(
                QStringLiteral("server: %1 %2 was never created by any client").arg(it->entity, it.key()));
        else if (entity != it->entity)
            violations.append(
                QStringLiteral("server: %1 was created as a %2 but is a %3").arg(it.key(), entity, it->entity));
    }

    // At most once: one log row per (client, mutation, record) and every logged change belongs to a processed
    // mutation whose recorded sequence it carries. Revocations ('R') are bookkeeping of a reassignment.
    QHash<QString, QList<qint64>> seqsByMutation;
    QHash<QString, int> rowsPerChange;
    for (const LogRow& change : changes) {
        if (change.op == QLatin1String("R") || change.clientId.isEmpty())
            continue;
        const QString key = SimulationLog::key(change.clientId, change.mutationId);
        seqsByMutation[key].append(change.seq);
        if (++rowsPerChange[key + QLatin1Char('/') + change.id] == 2)
            violations.append(QStringLiteral("server: mutation %1 changed %2 more than once").arg(key, change.id));
        if (!processed.contains(key))
            violations.append(QStringLiteral("server: change %1 (mutation %2) has no processed_mutation row")
                                  .arg(change.seq)
                                  .arg(key));
    }
    for (auto it = seqsByMutation.cbegin(); it != seqsByMutation.cend(); ++it) {
        const QVariant applied = processed.value(it.key()).appliedSeq;
        if (!applied.isNull() && !it->contains(applied.toLongLong()))
            violations.append(QStringLiteral("server: mutation %1 answered applied_seq %2 but logged %3")
                                  .arg(it.key(), applied.toString(), QString::number(it->first())));
    }

    // No resurrection: a tombstoned record is live again only through a change the simulation licensed.
    QHash<QString, bool> deleted;
    for (const LogRow& change : changes) {
        if (change.op == QLatin1String("R"))
            continue;
        const bool nowDeleted = change.op == QLatin1String("D");
        if (deleted.value(change.id, false) && !nowDeleted) {
            const QString key = SimulationLog::key(change.clientId, change.mutationId);
            if (!log.revivals.contains(key))
                violations.append(
                    QStringLiteral("server: %1 was tombstoned and came back at seq %2 through mutation %3, "
                                   "which was neither a restore nor a KeepMine")
                        .arg(change.id)
                        .arg(change.seq)
                        .arg(key));
        }
        deleted.insert(change.id, nowDeleted);
    }

    QHash<QString, QList<LogRow>> changesById;
    for (const LogRow& change : changes) {
        if (change.op != QLatin1String("R"))
            changesById[change.id].append(change);
    }

    QSet<QString> knownClients;
    for (const CheckedClient& client : clients) {
        knownClients.insert(client.clientId);
        const QString& label = client.label;

        // One terminal outcome per mutation, and the same one on both sides.
        QSet<qint64> outbox;
        QSqlQuery entries(client.db);
        entries.setForwardOnly(true);
        if (!entries.exec(QStringLiteral("SELECT mutation_id, entity, row_id, op, state, applied_seq, last_error, "
                                         "base_version FROM sync_outbox ORDER BY mutation_id"))) {
            violations.append(QStringLiteral("%1: cannot read the outbox: %2").arg(label, entries.lastError().text()));
            continue;
        }
        while (entries.next()) {
            const qint64 mutationId = entries.value(0).toLongLong();
            outbox.insert(mutationId);
            const QString what = QStringLiteral("%1: mutation %2 (%3 %4 %5)")
                                     .arg(label)
                                     .arg(mutationId)
                                     .arg(entries.value(3).toString(), entries.value(1).toString(),
                                          Uuid::toString(entries.value(2).toByteArray()));
            const QString state = entries.value(4).toString();
            const QString key = SimulationLog::key(client.clientId, mutationId);
            const auto answer = processed.constFind(key);
            // A conflict must come from someone else's change: a client never conflicts with its own writes (an
            // edit of a record it created offline, a field it edited twice before syncing).
            if (answer != processed.cend()
                && (answer->status == QLatin1String("conflict") || answer->status == QLatin1String("partial"))) {
                const QJsonObject conflict = answer->result.value(QStringLiteral("conflict")).toObject();
                const QString kind = conflict.value(QStringLiteral("kind")).toString();
                const qint64 base
                    = entries.value(3).toString() == QLatin1String("create") ? 0 : entries.value(7).toLongLong();
                const qint64 theirs = conflict.value(QStringLiteral("theirs_version")).toInteger();
                bool others = false;
                for (const LogRow& change : changesById.value(Uuid::toString(entries.value(2).toByteArray()))) {
                    if (change.seq > base && change.seq <= theirs && change.clientId != client.clientId)
                        others = true;
                }
                if (kind != QLatin1String("update_vs_delete") && !others)
                    violations.append(what
                                      + QStringLiteral(" got a %1 conflict although nobody else changed the record "
                                                       "since its base version %2")
                                            .arg(kind)
                                            .arg(base));
            }
            if (state == QLatin1String("acked")) {
                if (answer == processed.cend())
                    violations.append(what + QStringLiteral(" is acked but the server never processed it"));
                else if (answer->status != QLatin1String("applied") && answer->status != QLatin1String("merged"))
                    violations.append(what
                                      + QStringLiteral(" is acked but the server answered %1").arg(answer->status));
                else if (answer->appliedSeq.isNull()
                         || answer->appliedSeq.toLongLong() != entries.value(5).toLongLong())
                    violations.append(what
                                      + QStringLiteral(" was acked at seq %1, the server applied it at %2")
                                            .arg(entries.value(5).toString(), answer->appliedSeq.toString()));
            } else if (state == QLatin1String("resolved")) {
                const bool revoked = entries.value(6).toString() == QLatin1String("scope revoked");
                if (answer == processed.cend() && !revoked)
                    violations.append(what + QStringLiteral(" was resolved as a conflict the server never reported"));
                else if (answer != processed.cend() && answer->status != QLatin1String("conflict")
                         && answer->status != QLatin1String("partial") && answer->status != QLatin1String("rejected"))
                    violations.append(
                        what
                        + QStringLiteral(" was resolved as a conflict but the server answered %1").arg(answer->status));
            } else {
                violations.append(what + QStringLiteral(" is still %1 after quiescence").arg(state));
            }
        }
        for (auto it = processed.cbegin(); it != processed.cend(); ++it) {
            const QString prefix = client.clientId + QLatin1Char('/');
            if (it.key().startsWith(prefix) && !outbox.contains(it.key().mid(prefix.size()).toLongLong()))
                violations.append(QStringLiteral("%1: the server processed mutation %2, which this client never made")
                                      .arg(label, it.key()));
        }
        QSqlQuery open(client.db);
        if (open.exec(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL")) && open.next()
            && open.value(0).toInt() > 0)
            violations.append(
                QStringLiteral("%1: %2 conflicts still open after quiescence").arg(label).arg(open.value(0).toInt()));

        // Convergence: the client holds exactly what the server shows this user, field by field.
        const QHash<QString, LocalRow> local = localRows(client.db, violations, label);
        for (auto it = records.cbegin(); it != records.cend(); ++it) {
            if (!client.admin && it->owner != client.user)
                continue;
            const auto mine = local.constFind(it.key());
            if (mine == local.cend()) {
                if (!it->deleted)
                    violations.append(QStringLiteral("%1: live %2 %3 is missing").arg(label, it->entity, it.key()));
                continue;
            }
            const SyncEntity* entity = SyncSchema::find(it->entity);
            if (!entity || mine->entity != it->entity) {
                violations.append(QStringLiteral("%1: %2 is a %3 here and a %4 on the server")
                                      .arg(label, it.key(), mine->entity, it->entity));
                continue;
            }
            for (const SyncField& field : entity->fields) {
                const QJsonValue theirs = it->data.value(field.name);
                const QJsonValue ours = mine->values.value(field.name);
                if (!sameValue(theirs, ours))
                    violations.append(QStringLiteral("%1: %2 %3 field %4 is %5 here but %6 on the server")
                                          .arg(label, it->entity, it.key(), field.name, show(ours), show(theirs)));
            }
        }
        for (auto it = local.cbegin(); it != local.cend(); ++it) {
            const auto there = records.constFind(it.key());
            if (there == records.cend()) {
                // Only a create the server refused may stay, and only as a local tombstone.
                if (it->values.value(QStringLiteral("deleted_at")).isNull())
                    violations.append(
                        QStringLiteral("%1: live %2 %3 does not exist on the server").arg(label, it->entity, it.key()));
            } else if (!client.admin && there->owner != client.user) {
                violations.append(
                    QStringLiteral("%1: holds %2 %3 of %4").arg(label, there->entity, it.key(), there->owner));
            }
        }
    }
    for (auto it = processed.cbegin(); it != processed.cend(); ++it) {
        if (!knownClients.contains(it.key().section(QLatin1Char('/'), 0, 0)))
            violations.append(QStringLiteral("server: processed mutation %1 of an unknown client").arg(it.key()));
    }
    return violations;
}

} // namespace

QString SimulationLog::key(const QString& clientId, qint64 mutationId)
{
    return clientId + QLatin1Char('/') + QString::number(mutationId);
}

SimulationChecker::PendingValues SimulationChecker::pendingValues(const QSqlDatabase& client)
{
    std::map<std::pair<QString, QByteArray>, QSet<QString>> fieldsByRow;
    QSqlQuery outbox(client);
    outbox.setForwardOnly(true);
    outbox.exec(QStringLiteral("SELECT entity, row_id, fields FROM sync_outbox WHERE state IN (%1)").arg(OpenStates));
    while (outbox.next()) {
        const QJsonObject fields = QJsonDocument::fromJson(outbox.value(2).toString().toUtf8()).object();
        auto& set = fieldsByRow[{ outbox.value(0).toString(), outbox.value(1).toByteArray() }];
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            set.insert(it.key());
    }
    PendingValues values;
    for (const auto& [row, fields] : fieldsByRow) {
        const SyncEntity* entity = SyncSchema::find(row.first);
        if (!entity)
            continue;
        QSqlQuery query(client);
        query.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(entity->table));
        query.addBindValue(row.second);
        const bool found = query.exec() && query.next();
        for (const QString& name : fields) {
            const SyncField* field = entity->field(name);
            const QString key = row.first + QLatin1Char('/') + Uuid::toString(row.second) + QLatin1Char('/') + name;
            values.insert(key, found && field ? SyncSchema::toJson(*field, query.value(name))
                                              : QJsonValue(QJsonValue::Undefined));
        }
    }
    return values;
}

QStringList SimulationChecker::checkLocalEditsKept(const QString& label, const PendingValues& before,
                                                   const PendingValues& after)
{
    QStringList violations;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const auto now = after.constFind(it.key());
        if (now == after.cend())
            continue; // the edit reached the server in this sync
        if (now->isUndefined())
            continue; // the row left this client (its partner was handed to another owner)
        // A pending delete keeps the record deleted; its time may become the server's (both sides deleted it).
        const bool tombstone = it.key().endsWith(QLatin1String("/deleted_at"));
        if (tombstone ? it->isString() != now->isString() : !sameValue(*it, *now))
            violations.append(QStringLiteral("%1: %2 had an unsent local edit %3, and a sync changed it to %4")
                                  .arg(label, it.key(), show(*it), show(*now)));
    }
    return violations;
}

QString SimulationChecker::describe(const QSqlDatabase& client, const QString& id)
{
    QStringList lines;
    const QByteArray raw = Uuid::fromString(id);
    for (const SyncEntity& entity : SyncSchema::entities()) {
        QSqlQuery row(client);
        row.prepare(QStringLiteral("SELECT server_version, deleted_at FROM %1 WHERE id = ?").arg(entity.table));
        row.addBindValue(raw);
        if (row.exec() && row.next())
            lines.append(QStringLiteral("  row: %1 server_version %2 deleted_at %3")
                             .arg(entity.name, row.value(0).toString(), row.value(1).toString()));
    }
    QSqlQuery outbox(client);
    outbox.prepare(QStringLiteral("SELECT mutation_id, op, state, fields, base_version, applied_seq FROM sync_outbox "
                                  "WHERE row_id = ? ORDER BY mutation_id"));
    outbox.addBindValue(raw);
    if (outbox.exec()) {
        while (outbox.next())
            lines.append(QStringLiteral("  mutation %1 %2 %3 fields %4 base_version %5 applied_seq %6")
                             .arg(outbox.value(0).toString(), outbox.value(1).toString(), outbox.value(2).toString(),
                                  outbox.value(3).toString(), outbox.value(4).toString(), outbox.value(5).toString()));
    }
    QSqlQuery conflicts(client);
    conflicts.prepare(
        QStringLiteral("SELECT conflict_id, mutation_id, kind, fields, base_values, mine, theirs, "
                       "theirs_version, resolution FROM sync_conflict WHERE row_id = ? ORDER BY conflict_id"));
    conflicts.addBindValue(raw);
    if (conflicts.exec()) {
        while (conflicts.next())
            lines.append(
                QStringLiteral("  conflict %1 (mutation %2) %3 fields %4 base %5 mine %6 theirs %7 "
                               "theirs_version %8 resolved %9")
                    .arg(conflicts.value(0).toString(), conflicts.value(1).toString(), conflicts.value(2).toString(),
                         conflicts.value(3).toString(), conflicts.value(4).toString(), conflicts.value(5).toString(),
                         conflicts.value(6).toString(), conflicts.value(7).toString(), conflicts.value(8).toString()));
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList SimulationChecker::checkFinal(const QString& serverDatabasePath, const QList<CheckedClient>& clients,
                                          const SimulationLog& log)
{
    static int counter = 0;
    const QString connection = QStringLiteral("simulation-checker-%1").arg(++counter);
    QStringList violations;
    {
        QSqlDatabase server = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        server.setDatabaseName(serverDatabasePath);
        server.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (server.open())
            violations = checkWith(server, clients, log);
        else
            violations.append(
                QStringLiteral("server: cannot open %1: %2").arg(serverDatabasePath, server.lastError().text()));
        server.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return violations;
}

} // namespace ChannelDesk::Test
