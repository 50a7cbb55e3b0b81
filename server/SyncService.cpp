#include "SyncService.h"

#include "PasswordHasher.h"
#include "ServerDatabase.h"
#include "ServerLogging.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "deals/CompanyName.h"
#include "deals/DealRepository.h"
#include "deals/DealValidator.h"
#include "deals/ApprovalRouting.h"
#include "deals/DealWorkflow.h"
#include "domain/Deal.h"
#include "domain/PartnerValidator.h"
#include "storage/Sql.h"
#include "sync/SyncSchema.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>

namespace ChannelDesk::Server {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject rejected(qint64 mutationId, const QString& reason, const QString& message)
{
    return { { QStringLiteral("mutation_id"), mutationId },
             { QStringLiteral("status"), QStringLiteral("rejected") },
             { QStringLiteral("reason"), reason },
             { QStringLiteral("message"), message } };
}

bool isUuid(const QJsonValue& value)
{
    // Canonical lowercase text only, so one id has one spelling (and one row).
    return value.isString() && value.toString().size() == 36 && value.toString() == value.toString().toLower()
        && Uuid::fromString(value.toString()).size() == 16;
}

// Structural problems make the whole request malformed (a client bug): 400 with the position named.
QString structuralError(const QJsonObject& m)
{
    if (!m.value(QStringLiteral("mutation_id")).isDouble() || m.value(QStringLiteral("mutation_id")).toInteger() <= 0)
        return QStringLiteral("mutation_id must be a positive integer");
    if (!m.value(QStringLiteral("entity")).isString())
        return QStringLiteral("entity must be a string");
    if (!isUuid(m.value(QStringLiteral("id"))))
        return QStringLiteral("id must be a UUID");
    if (!m.value(QStringLiteral("op")).isString())
        return QStringLiteral("op must be a string");
    if (!m.value(QStringLiteral("fields")).isObject())
        return QStringLiteral("fields must be an object");
    const QJsonValue base = m.value(QStringLiteral("base_version"));
    if (!base.isNull() && !base.isUndefined() && !base.isDouble())
        return QStringLiteral("base_version must be an integer or null");
    return {};
}

// Timestamp::nowUtc(), formatted at most once per millisecond: a push stamps every row it writes three times.
QString nowUtc()
{
    static qint64 lastMs = -1;
    static QString text;
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms != lastMs) {
        lastMs = ms;
        text = Timestamp::toStorage(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
    }
    return text;
}

// JSON string literal for names and ids in the hand-built pull page.
void appendJsonString(QByteArray& out, const QString& text)
{
    out.append('"');
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(c);
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out.append("\\u00");
            out.append(QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0'));
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

// What a scope root is called in a refusal.
QString rootLabel(const QString& entity)
{
    return entity == QLatin1String("mdf_budget") ? QStringLiteral("budget") : QStringLiteral("partner");
}

// The shared root that a child entity's scope parent must be, when the child lives in a shared scope. SyncSchema names
// a child's parent field, not the parent's entity; the server needs it so that a partner's record can never be filed
// under a shared definition (every user would receive it) nor a level under a partner. A new shared child entity is
// added here.
QString sharedParentEntity(const SyncEntity& child)
{
    if (child.name == QLatin1String("tier_level"))
        return QStringLiteral("tier_program");
    return {};
}

bool inSharedScope(const SyncEntity& entity)
{
    return entity.shared || !sharedParentEntity(entity).isEmpty();
}

// What a non-administrator is told when changing a shared definition.
QString sharedRefusal(const SyncEntity& entity)
{
    const QString what = entity.name == QLatin1String("course") ? QStringLiteral("course definitions")
        : entity.name == QLatin1String("cert_definition")       ? QStringLiteral("certification definitions")
        : entity.name == QLatin1String("tier_level")             ? QStringLiteral("the levels of partner programs")
                                                                 : QStringLiteral("partner programs");
    return QStringLiteral("Only an administrator can change %1: they are shared with every user. Your change was not "
                          "applied.")
        .arg(what);
}

// A shared scope holds only its own children, and a partner's or budget's scope no shared records: empty when the
// parent (its entity and owner) fits the child.
QString parentMismatch(const SyncEntity& child, const QString& parentEntity, const QString& parentOwner)
{
    const QString sharedParent = sharedParentEntity(child);
    if (!sharedParent.isEmpty() && parentEntity != sharedParent)
        return QStringLiteral("The parent of a %1 must be a %2.").arg(child.name, sharedParent);
    if (sharedParent.isEmpty() && parentOwner == SyncService::SharedOwner)
        return QStringLiteral("A %1 cannot belong to a shared definition.").arg(child.name);
    return {};
}

QString reservedOwner(const QString& entity)
{
    return QStringLiteral("The owner name %1 is reserved for shared definitions; a %2 needs a user as its owner.")
        .arg(SyncService::SharedOwner, rootLabel(entity));
}

bool sameJson(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isNull() || a.isUndefined())
        return b.isNull() || b.isUndefined();
    return a == b;
}

} // namespace

struct SyncService::Row
{
    QString id;
    QString entity;
    int rank = 0;
    QString scopeId;
    QString owner;
    qint64 version = 0;
    QJsonObject fieldVersions;
    QJsonObject data; ///< every synced field, deleted_at included
    QString createdAt;
};

SyncService::SyncService(ServerDatabase& db)
    : m_db(db)
    , m_mdf(db)
    , m_training(db)
    , m_cursorKey(QByteArray::fromHex(db.meta(QStringLiteral("token_secret")).toLatin1()) + QByteArrayLiteral("cursor"))
    , m_epoch(db.meta(QStringLiteral("epoch")))
{
}

qint64 SyncService::currentSeq() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT seq FROM sync_counter WHERE id = 1")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

ApiReply SyncService::registerClient(const User& user, const QString& clientId)
{
    if (!isUuid(clientId))
        return ApiReply::error(400, QStringLiteral("bad_request"), QStringLiteral("client_id must be a UUID."));
    QSqlQuery& query = m_db.prepared(QStringLiteral("SELECT user_name FROM sync_client WHERE client_id = ?"));
    const auto done = qScopeGuard([&query] { query.finish(); });
    query.addBindValue(clientId);
    if (!Sql::exec(query))
        return ApiReply::error(500, QStringLiteral("storage"), QStringLiteral("The server database failed."));
    const QString now = nowUtc();
    if (query.next()) {
        if (query.value(0).toString() != user.name)
            return ApiReply::error(403, QStringLiteral("client_not_yours"),
                                   QStringLiteral("This client id is registered to another user."));
        return ApiReply::ok({});
    }
    query.finish();
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO sync_client (client_id, user_name, created_at, last_seen) "
                                  "VALUES (?, ?, ?, ?)"));
    insert.addBindValue(clientId);
    insert.addBindValue(user.name);
    insert.addBindValue(now);
    insert.addBindValue(now);
    if (!Sql::exec(insert))
        return ApiReply::error(500, QStringLiteral("storage"), QStringLiteral("The server database failed."));
    return ApiReply::ok({});
}

// ---------------------------------------------------------------------------------------------------------------
// Push

ApiReply SyncService::push(const User& user, const QJsonObject& body)
{
    const QString clientId = body.value(QStringLiteral("client_id")).toString();
    if (ApiReply reply = registerClient(user, clientId); reply.isError())
        return reply;
    if (!body.value(QStringLiteral("mutations")).isArray())
        return ApiReply::error(400, QStringLiteral("bad_request"), QStringLiteral("mutations must be an array."));
    const QJsonArray mutations = body.value(QStringLiteral("mutations")).toArray();
    if (mutations.size() > MaxBatch)
        return ApiReply::error(413, QStringLiteral("batch_too_large"),
                               QStringLiteral("A push carries at most %1 mutations.").arg(MaxBatch));
    for (qsizetype i = 0; i < mutations.size(); ++i) {
        const QString problem = mutations[i].isObject() ? structuralError(mutations[i].toObject())
                                                        : QStringLiteral("not an object");
        if (!problem.isEmpty())
            return ApiReply::error(400, QStringLiteral("bad_request"),
                                   QStringLiteral("mutations[%1]: %2.").arg(i).arg(problem));
    }

    if (!m_db.begin())
        return ApiReply::error(503, QStringLiteral("busy"), QStringLiteral("The server database is busy."));
    QSqlQuery counter(m_db.connection());
    // FOR UPDATE holds the counter row to commit on PostgreSQL, so sequences are handed out in commit order.
    if (!counter.exec(m_db.isPostgres() ? QStringLiteral("SELECT seq FROM sync_counter WHERE id = 1 FOR UPDATE")
                                        : QStringLiteral("SELECT seq FROM sync_counter WHERE id = 1"))
        || !counter.next()) {
        m_db.rollback();
        return ApiReply::error(500, QStringLiteral("storage"), QStringLiteral("The server database failed."));
    }
    qint64 seq = counter.value(0).toLongLong();
    const qint64 startSeq = seq;
    counter.finish();

    QJsonArray results;
    qint64 checkpoint = 0;
    for (const QJsonValue& value : mutations) {
        bool storageFailed = false;
        const QJsonObject result = processMutation(user, clientId, value.toObject(), seq, storageFailed);
        if (storageFailed) {
            m_db.rollback();
            return ApiReply::error(500, QStringLiteral("storage"), QStringLiteral("The server database failed."));
        }
        checkpoint = qMax(checkpoint, result.value(QStringLiteral("applied_seq")).toInteger());
        results.append(result);
    }
    if (seq != startSeq) {
        QSqlQuery bump(m_db.connection());
        bump.prepare(QStringLiteral("UPDATE sync_counter SET seq = ? WHERE id = 1"));
        bump.addBindValue(seq);
        if (!Sql::exec(bump)) {
            m_db.rollback();
            return ApiReply::error(500, QStringLiteral("storage"), QStringLiteral("The server database failed."));
        }
    }
    if (!m_db.commit()) {
        m_db.rollback();
        return ApiReply::error(500, QStringLiteral("storage"), QStringLiteral("The server database failed."));
    }
    return ApiReply::ok({ { QStringLiteral("results"), results },
                          { QStringLiteral("write_checkpoint"), checkpoint },
                          { QStringLiteral("server_seq"), seq } });
}

QJsonObject SyncService::processMutation(const User& user, const QString& clientId, const QJsonObject& mutation,
                                         qint64& seq, bool& storageFailed)
{
    const qint64 mutationId = mutation.value(QStringLiteral("mutation_id")).toInteger();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(compact(mutation).toUtf8(), QCryptographicHash::Sha256).toHex());

    // Idempotency: a mutation seen before answers with its stored outcome and is never applied again.
    QSqlQuery& seen = m_db.prepared(
        QStringLiteral("SELECT request_hash, result FROM processed_mutation WHERE client_id = ? AND mutation_id = ?"));
    seen.addBindValue(clientId);
    seen.addBindValue(mutationId);
    if (!Sql::exec(seen)) {
        storageFailed = true;
        return {};
    }
    if (seen.next()) {
        const QString storedHash = seen.value(0).toString();
        const QString storedResult = seen.value(1).toString();
        seen.finish();
        if (storedHash != hash)
            return rejected(mutationId, QStringLiteral("idempotency_mismatch"),
                            QStringLiteral("This mutation id was already used for a different change."));
        QJsonObject stored = parseObject(storedResult);
        stored.insert(QStringLiteral("duplicate"), true);
        return stored;
    }
    seen.finish();

    QJsonObject result = decide(user, clientId, mutation, seq, storageFailed);
    if (storageFailed)
        return {};
    QSqlQuery& store = m_db.prepared(QStringLiteral("INSERT INTO processed_mutation (client_id, mutation_id, "
                                                    "request_hash, status, result, applied_seq, processed_at) "
                                                    "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    store.addBindValue(clientId);
    store.addBindValue(mutationId);
    store.addBindValue(hash);
    store.addBindValue(result.value(QStringLiteral("status")).toString());
    store.addBindValue(compact(result));
    store.addBindValue(result.contains(QStringLiteral("applied_seq"))
                           ? QVariant(result.value(QStringLiteral("applied_seq")).toInteger())
                           : QVariant(QMetaType(QMetaType::LongLong)));
    store.addBindValue(nowUtc());
    if (!Sql::exec(store))
        storageFailed = true;
    return result;
}

QJsonObject SyncService::decide(const User& user, const QString& clientId, const QJsonObject& m, qint64& seq,
                                bool& storageFailed)
{
    const qint64 mutationId = m.value(QStringLiteral("mutation_id")).toInteger();
    const QString id = m.value(QStringLiteral("id")).toString();
    const QString op = m.value(QStringLiteral("op")).toString();
    const QJsonObject fields = m.value(QStringLiteral("fields")).toObject();
    const qint64 base = m.value(QStringLiteral("base_version")).toInteger(0);
    const QString deletedAt = QStringLiteral("deleted_at");

    const SyncEntity* entity = SyncSchema::find(m.value(QStringLiteral("entity")).toString());
    if (!entity)
        return rejected(mutationId, QStringLiteral("unknown_entity"),
                        QStringLiteral("Unknown entity %1.").arg(m.value(QStringLiteral("entity")).toString()));
    static const QSet<QString> ops { QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("delete"),
                                     QStringLiteral("restore") };
    if (!ops.contains(op))
        return rejected(mutationId, QStringLiteral("unknown_op"), QStringLiteral("Unknown operation %1.").arg(op));
    // Shared definitions (courses, certification definitions, programs and their levels) are every user's to read and
    // only an administrator's to change, whatever the operation; nothing is looked at or written.
    if (inSharedScope(*entity) && !user.isAdmin())
        return rejected(mutationId, QStringLiteral("permission"), sharedRefusal(*entity));
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const SyncField* field = entity->field(it.key());
        if (!field)
            return rejected(mutationId, QStringLiteral("unknown_field"),
                            QStringLiteral("%1 has no field %2.").arg(entity->name, it.key()));
        QString why;
        if (!SyncSchema::accepts(*field, it.value(), &why))
            return rejected(mutationId, QStringLiteral("invalid_value"), why);
    }

    Row row;
    const bool exists = loadRow(id, row, storageFailed);
    if (storageFailed)
        return {};
    // Someone else's record answers exactly like a missing one: nothing about it leaks.
    const QJsonObject notFound = rejected(mutationId, QStringLiteral("not_found"),
                                          QStringLiteral("The record does not exist on the server or is not yours."));
    if (exists && (row.entity != entity->name || (!user.isAdmin() && row.owner != user.name)))
        return notFound;

    const QString now = nowUtc();
    QJsonObject result { { QStringLiteral("mutation_id"), mutationId } };

    if (!exists) {
        if (op == QLatin1String("delete")) { // deleting what the server never had: the outcome is the same
            result.insert(QStringLiteral("status"), QStringLiteral("applied"));
            return result;
        }
        if (op != QLatin1String("create"))
            return notFound;
        Row created;
        created.id = id;
        created.entity = entity->name;
        created.rank = entity->rank;
        created.createdAt = now;
        for (const SyncField& field : entity->fields)
            created.data.insert(field.name, fields.contains(field.name) ? fields.value(field.name)
                                                                        : SyncSchema::defaultValue(field));
        created.data.insert(deletedAt, QJsonValue::Null);
        bool filled = false;
        if (entity->shared) {
            created.scopeId = id; // a shared root: owned by nobody, read by everyone
            created.owner = SharedOwner;
        } else if (entity->parentField.isEmpty()) {
            created.scopeId = id;
            QString owner = created.data.value(entity->ownerField).toString();
            if (owner.isEmpty()) { // unassigned: the creator owns it
                owner = user.name;
                created.data.insert(entity->ownerField, owner);
                filled = true;
            }
            if (owner == SharedOwner)
                return rejected(mutationId, QStringLiteral("validation"), reservedOwner(entity->name));
            if (!user.isAdmin() && owner != user.name)
                return rejected(mutationId, QStringLiteral("permission"),
                                QStringLiteral("Only an administrator can create a %1 owned by someone else.")
                                    .arg(rootLabel(entity->name)));
            created.owner = owner;
        } else {
            Row parent;
            const bool parentExists = loadRow(created.data.value(entity->parentField).toString(), parent, storageFailed);
            if (storageFailed)
                return {};
            if (!parentExists || (!user.isAdmin() && parent.owner != user.name))
                return rejected(mutationId, QStringLiteral("missing_parent"),
                                QStringLiteral("The parent record does not exist on the server or is not yours."));
            if (const QString problem = parentMismatch(*entity, parent.entity, parent.owner); !problem.isEmpty())
                return rejected(mutationId, QStringLiteral("missing_parent"), problem);
            created.scopeId = parent.scopeId;
            created.owner = parent.owner;
        }
        if (const QString problem = validate(*entity, created.data, nullptr); !problem.isEmpty())
            return rejected(mutationId, QStringLiteral("validation"), problem);
        if (const QString problem = checkDealRules(*entity, id, created.data, nullptr, storageFailed); !problem.isEmpty())
            return rejected(mutationId, QStringLiteral("validation"), problem);
        if (storageFailed)
            return {};
        if (MdfRules::handles(entity->name)) {
            const auto refusal = m_mdf.check(user, *entity, id, created.data, nullptr, storageFailed);
            if (storageFailed)
                return {};
            if (refusal)
                return rejected(mutationId, refusal->reason, refusal->message);
        }
        if (TrainingRules::handles(entity->name)) {
            const auto refusal = m_training.check(*entity, id, created.data, nullptr, storageFailed);
            if (storageFailed)
                return {};
            if (refusal)
                return rejected(mutationId, refusal->reason, refusal->message);
        }
        created.version = ++seq;
        for (const SyncField& field : entity->fields)
            created.fieldVersions.insert(field.name, created.version);
        if (!writeRow(created, true)
            || !appendLog(created.version, created, QStringLiteral("U"), created.owner, clientId, mutationId, user.name)) {
            storageFailed = true;
            return {};
        }
        result.insert(QStringLiteral("status"), filled ? QStringLiteral("merged") : QStringLiteral("applied"));
        result.insert(QStringLiteral("applied_seq"), created.version);
        return result;
    }

    auto conflict = [&](const QString& kind, const QStringList& names, const QStringList& alsoShown = {}) {
        QJsonObject theirs;
        for (const QString& name : names + alsoShown)
            theirs.insert(name, row.data.value(name));
        result.insert(QStringLiteral("status"), QStringLiteral("conflict"));
        result.insert(QStringLiteral("conflict"),
                      QJsonObject { { QStringLiteral("kind"), kind },
                                    { QStringLiteral("fields"), QJsonArray::fromStringList(names) },
                                    { QStringLiteral("theirs"), theirs },
                                    { QStringLiteral("theirs_version"), row.version } });
        return result;
    };
    // A field whose last change was this client's own is not a concurrent change: the client edited on top of it.
    // (An edit of a record created or changed offline carries the base of before, as it never pulled its own write.)
    QHash<qint64, bool> ownChanges;
    auto concurrentSince = [&](const QString& name, qint64 since) {
        const qint64 version = row.fieldVersions.value(name).toInteger(row.version);
        if (version <= since)
            return false;
        if (!ownChanges.contains(version)) {
            QSqlQuery author(m_db.connection());
            author.prepare(QStringLiteral("SELECT client_id FROM change_log WHERE seq = ?"));
            author.addBindValue(version);
            ownChanges.insert(version, Sql::exec(author) && author.next() && author.value(0).toString() == clientId);
        }
        return !ownChanges.value(version);
    };
    auto changedSince = [&](const QString& name) { return concurrentSince(name, base); };
    const bool rowDeleted = !row.data.value(deletedAt).isNull();

    QJsonObject apply; // field -> new value
    QStringList conflicted;
    bool mergedWithOthers = false;
    if (op == QLatin1String("delete")) {
        if (rowDeleted) {
            result.insert(QStringLiteral("status"), QStringLiteral("applied"));
            result.insert(QStringLiteral("applied_seq"), row.version);
            return result;
        }
        QStringList changed;
        for (const SyncField& field : entity->fields) {
            if (field.name != deletedAt && changedSince(field.name))
                changed.append(field.name);
        }
        // Deleting what someone changed since you last saw it would throw their work away unseen.
        if (!changed.isEmpty())
            return conflict(QStringLiteral("delete_vs_update"), changed);
        apply.insert(deletedAt, now);
    } else if (op == QLatin1String("restore")) {
        if (!rowDeleted) {
            result.insert(QStringLiteral("status"), QStringLiteral("applied"));
            result.insert(QStringLiteral("applied_seq"), row.version);
            return result;
        }
        apply.insert(deletedAt, QJsonValue::Null);
    } else {
        // update, or a create of an id the server has (same as an update made on nothing: base 0)
        const qint64 effectiveBase = op == QLatin1String("create") ? 0 : base;
        // The edited fields' values come along, so that keeping the server's side can put them back.
        if (rowDeleted && !fields.contains(deletedAt))
            return conflict(QStringLiteral("update_vs_delete"), QStringList { deletedAt }, fields.keys());
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            if (sameJson(row.data.value(it.key()), it.value()))
                continue; // already the value: nothing to do, and never a conflict
            if (!concurrentSince(it.key(), effectiveBase))
                apply.insert(it.key(), it.value());
            else
                conflicted.append(it.key());
        }
        // Fields that only mean something together (an amount and its currency) merge as one: if the server changed
        // any of them since the base, an edit to any of them is a conflict on the whole group, never a mix.
        for (const QStringList& group : entity->atomicGroups) {
            bool touched = false;
            bool concurrent = false;
            for (const QString& name : group) {
                touched = touched || fields.contains(name);
                concurrent = concurrent || concurrentSince(name, effectiveBase);
            }
            if (!touched || !concurrent)
                continue;
            bool differs = false;
            for (const QString& name : group) {
                const QJsonValue mine = fields.contains(name) ? fields.value(name) : row.data.value(name);
                differs = differs || !sameJson(row.data.value(name), mine);
            }
            if (!differs)
                continue; // both sides already agree on the whole group
            for (const QString& name : group) {
                apply.remove(name);
                if (!conflicted.contains(name))
                    conflicted.append(name);
            }
        }
        mergedWithOthers = row.version > effectiveBase;
    }

    // Authorisation of what the change does, not only of the row it touches.
    if (entity->parentField.isEmpty() && !entity->shared && apply.contains(entity->ownerField)) {
        if (!user.isAdmin())
            return rejected(mutationId, QStringLiteral("permission"),
                            QStringLiteral("Only an administrator can hand a %1 to another owner.")
                                .arg(rootLabel(entity->name)));
        if (apply.value(entity->ownerField).toString() == SharedOwner)
            return rejected(mutationId, QStringLiteral("validation"), reservedOwner(entity->name));
    }
    // DR-12: a CAM deletes (and restores) only draft registrations; taking any other deal out of the pipeline is an
    // administrator's archive.
    if (entity->name == QLatin1String("deal") && apply.contains(deletedAt) && !user.isAdmin()
        && (row.data.value(QStringLiteral("kind")).toString() != QLatin1String("registration")
            || row.data.value(QStringLiteral("status")).toString() != QLatin1String("draft")))
        return rejected(mutationId, QStringLiteral("permission"),
                        QStringLiteral("Only an administrator can archive or restore a deal that is not a draft "
                                       "registration (DR-12)."));
    Row newParent;
    if (!entity->parentField.isEmpty() && apply.contains(entity->parentField)) {
        const bool parentExists = loadRow(apply.value(entity->parentField).toString(), newParent, storageFailed);
        if (storageFailed)
            return {};
        if (!parentExists || (!user.isAdmin() && newParent.owner != user.name))
            return rejected(mutationId, QStringLiteral("missing_parent"),
                            QStringLiteral("The parent record does not exist on the server or is not yours."));
        if (const QString problem = parentMismatch(*entity, newParent.entity, newParent.owner); !problem.isEmpty())
            return rejected(mutationId, QStringLiteral("missing_parent"), problem);
    }

    QJsonObject merged = row.data;
    for (auto it = apply.constBegin(); it != apply.constEnd(); ++it)
        merged.insert(it.key(), it.value());
    if (!apply.isEmpty() && !merged.value(deletedAt).isString()) {
        if (const QString problem = validate(*entity, merged, &row.data); !problem.isEmpty())
            return rejected(mutationId, QStringLiteral("validation"), problem);
        if (const QString problem = checkDealRules(*entity, id, merged, &row.data, storageFailed); !problem.isEmpty())
            return rejected(mutationId, QStringLiteral("validation"), problem);
        if (storageFailed)
            return {};
    }
    // MDF money and workflow (MdfRules): re-checked with the server's view of every scope, deletions included.
    if (!apply.isEmpty() && MdfRules::handles(entity->name)) {
        const auto refusal = merged.value(deletedAt).isString()
            ? (rowDeleted ? std::nullopt : m_mdf.checkDelete(user, *entity, id, row.data, storageFailed))
            : m_mdf.check(user, *entity, id, merged, &row.data, storageFailed);
        if (storageFailed)
            return {};
        if (refusal)
            return rejected(mutationId, refusal->reason, refusal->message);
    }
    // Training (TrainingRules): references, uniqueness and renewals with the server's view, deletions excepted.
    if (!apply.isEmpty() && TrainingRules::handles(entity->name) && !merged.value(deletedAt).isString()) {
        const auto refusal = m_training.check(*entity, id, merged, &row.data, storageFailed);
        if (storageFailed)
            return {};
        if (refusal)
            return rejected(mutationId, refusal->reason, refusal->message);
    }

    if (!apply.isEmpty()) {
        const QString oldOwner = row.owner;
        row.data = merged;
        row.version = ++seq;
        for (auto it = apply.constBegin(); it != apply.constEnd(); ++it)
            row.fieldVersions.insert(it.key(), row.version);
        if (entity->parentField.isEmpty() && !entity->shared)
            row.owner = merged.value(entity->ownerField).toString();
        else if (!newParent.id.isEmpty()) {
            row.scopeId = newParent.scopeId;
            row.owner = newParent.owner;
        }
        const QString logOp = merged.value(deletedAt).isString() ? QStringLiteral("D") : QStringLiteral("U");
        if (!writeRow(row, false) || !appendLog(row.version, row, logOp, row.owner, clientId, mutationId, user.name)) {
            storageFailed = true;
            return {};
        }
        if (entity->parentField.isEmpty() && oldOwner != row.owner
            && !reassignScope(row, oldOwner, seq, clientId, mutationId, user.name)) {
            storageFailed = true;
            return {};
        }
        result.insert(QStringLiteral("applied_seq"), row.version);
    } else {
        result.insert(QStringLiteral("applied_seq"), row.version);
    }

    if (!conflicted.isEmpty()) {
        QJsonObject answer = conflict(QStringLiteral("field"), conflicted);
        if (!apply.isEmpty())
            answer.insert(QStringLiteral("status"), QStringLiteral("partial"));
        return answer;
    }
    result.insert(QStringLiteral("status"),
                  mergedWithOthers && !apply.isEmpty() ? QStringLiteral("merged") : QStringLiteral("applied"));
    return result;
}

QString SyncService::validate(const SyncEntity& entity, const QJsonObject& data, const QJsonObject* previous) const
{
    // The server re-checks the same domain rules the client checked (PD-01, PD-03, PD-04); a client cannot be trusted
    // to have run them, and a merge can combine two valid edits into an invalid record.
    if (entity.name == QLatin1String("partner")) {
        auto build = [&entity](const QJsonObject& json) {
            Partner partner;
            for (const PartnerFieldDef& def : partnerFields()) {
                const SyncField* field = entity.field(QString::fromLatin1(def.column));
                def.set(partner, SyncSchema::fromJson(*field, json.value(field->name)));
            }
            return partner;
        };
        const Partner partner = build(data);
        Partner before;
        if (previous)
            before = build(*previous);
        const Status status = PartnerValidator::validate(partner, previous ? &before : nullptr);
        return status ? QString() : status.error().message;
    }
    if (entity.name == QLatin1String("contact")) {
        Contact contact;
        for (const ContactFieldDef& def : contactFields()) {
            const SyncField* field = entity.field(QString::fromLatin1(def.column));
            def.set(contact, SyncSchema::fromJson(*field, data.value(field->name)));
        }
        const Status status = PartnerValidator::validate(contact);
        return status ? QString() : status.error().message;
    }
    if (MdfRules::handles(entity.name))
        return MdfRules::validate(entity, data);
    if (TrainingRules::handles(entity.name))
        return TrainingRules::validate(entity, data);
    if (entity.name == QLatin1String("deal")) {
        const Deal deal = dealFromJson(entity, data);
        Deal before;
        if (previous)
            before = dealFromJson(entity, *previous);
        const Status status = DealValidator::validate(deal, previous ? &before : nullptr);
        return status ? QString() : status.error().message;
    }
    return {};
}

Deal SyncService::dealFromJson(const SyncEntity& entity, const QJsonObject& json)
{
    Deal deal;
    for (const DealFieldDef& def : dealFields()) {
        const SyncField* field = entity.field(QString::fromLatin1(def.column));
        def.set(deal, SyncSchema::fromJson(*field, json.value(field->name)));
    }
    return deal;
}

QString SyncService::checkTaskRules(const QJsonObject& data, bool& storageFailed)
{
    if (data.value(QStringLiteral("deleted_at")).isString())
        return {};
    const QString status = data.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("canceled"))
        return {}; // what a registration leaving DR-11's states does to its open tasks
    if (status != QLatin1String("open") && status != QLatin1String("done"))
        return QStringLiteral("A task's status is open, done or canceled, not %1.").arg(status);
    // The deal as the server has it, in the task's own scope: another scope's deal is answered like a missing one.
    Row deal;
    const bool exists = loadRow(data.value(QStringLiteral("deal_id")).toString(), deal, storageFailed);
    if (storageFailed)
        return {};
    if (!exists || deal.entity != QLatin1String("deal")
        || deal.data.value(QStringLiteral("partner_id")) != data.value(QStringLiteral("partner_id"))
        || deal.data.value(QStringLiteral("deleted_at")).isString())
        return QStringLiteral("The task's deal registration does not exist on the server (DR-11).");
    const Deal registration = dealFromJson(*SyncSchema::find(QStringLiteral("deal")), deal.data);
    if (!DealWorkflow::allowsTasks(registration))
        return QStringLiteral("Tasks exist only while a registration is submitted, under review, pending approval or "
                              "approved; on the server this one is %1 (DR-11).")
            .arg(registration.status);
    return {};
}

QString SyncService::checkDealRules(const SyncEntity& entity, const QString& id, const QJsonObject& data,
                                    const QJsonObject* previous, bool& storageFailed)
{
    if (entity.name == QLatin1String("deal_task"))
        return checkTaskRules(data, storageFailed);
    if (entity.name != QLatin1String("deal") || data.value(QStringLiteral("deleted_at")).isString())
        return {};
    const Deal after = dealFromJson(entity, data);
    const Deal before = previous ? dealFromJson(entity, *previous) : Deal {};

    // The workflow: a new deal starts at the beginning, and a status change must be one step of the DR state table
    // from the status the server has (a client cannot skip review, or approve a closed registration).
    if (!previous) {
        const QString initial = after.isRegistration() ? QStringLiteral("draft") : QStringLiteral("open");
        if (after.status != initial)
            return QStringLiteral("A new %1 must start as %2, not %3.").arg(after.kind, initial, after.status);
    } else if (before.status != after.status || before.closureCode != after.closureCode) {
        if (before.kind != after.kind)
            return QStringLiteral("A deal's kind cannot change.");
        bool reachable = false;
        for (DealAction action : DealWorkflow::allActions()) {
            if (DealWorkflow::check(before, action) && DealWorkflow::targetStatus(before, action) == after.status
                && DealWorkflow::targetClosureCode(action) == after.closureCode) {
                reachable = true;
                break;
            }
        }
        if (!reachable)
            return QStringLiteral("The deal cannot go from %1 to %2%3 (its status on the server is %1).")
                .arg(before.status, after.status,
                     after.closureCode.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(after.closureCode));
    }
    // DR-03: approved only once every stage of its approval chain has approved (a chain from before routing is
    // empty: its one approver decided).
    if (after.status == QLatin1String("approved") && before.status == QLatin1String("pending_approval")
        && ApprovalRouting::currentStage(after.approvalChain) >= 0)
        return QStringLiteral("Not every approver in the registration's approval chain has approved yet (DR-03: all "
                              "required approvers must approve); waiting for %1.")
            .arg(ApprovalRouting::waitingFor(after).join(QStringLiteral(", ")));

    // DR-05: no second approved registration for the same opportunity while one is approved and unexpired. The
    // client checked against what it could see; the server sees every partner's registrations.
    if (!after.isRegistration() || after.status != QLatin1String("approved") || before.status == QLatin1String("approved"))
        return {};
    const CompanyName::Parts name = CompanyName::parse(after.customerName);
    const QString host = DealRepository::customerHost(after); // the client's key: webmail hosts say nothing
    QSet<QString> products;
    for (const DealLineItem& item : after.lineItems)
        products.insert(item.product);
    QSqlQuery& query = m_db.prepared(QStringLiteral(
        "SELECT number, expires_on, products FROM deal_index WHERE status = 'approved' "
        "AND id <> ? AND (customer_key = ? OR customer_host = ?)"));
    query.addBindValue(id);
    query.addBindValue(name.key.isEmpty() ? QStringLiteral("\x01") : name.key); // an empty key matches nothing
    query.addBindValue(host.isEmpty() ? QStringLiteral("\x01") : host);
    if (!Sql::exec(query)) {
        storageFailed = true;
        return {};
    }
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    while (query.next()) {
        const QString expires = query.value(1).toString();
        if (!expires.isEmpty() && expires < today)
            continue; // expired: no longer protected
        const QStringList theirs = query.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& product : theirs) {
            if (products.contains(product))
                // The other registration may be another CAM's: its number and partner are not named.
                return QStringLiteral("Another registration for the same customer and product %1 is already approved%2 "
                                      "(DR-05: one approved registration per opportunity).")
                    .arg(product, expires.isEmpty() ? QString() : QStringLiteral(" until %1").arg(expires));
        }
    }
    return {};
}

bool SyncService::indexDeal(const Row& row)
{
    // deal_index mirrors the live registrations' DR-05 keys (ServerDatabase::addDealIndex).
    QSqlQuery& remove = m_db.prepared(QStringLiteral("DELETE FROM deal_index WHERE id = ?"));
    remove.addBindValue(row.id);
    if (!Sql::exec(remove))
        return false;
    if (row.data.value(QStringLiteral("deleted_at")).isString()
        || row.data.value(QStringLiteral("kind")).toString() != QLatin1String("registration"))
        return true;
    const SyncEntity* entity = SyncSchema::find(QStringLiteral("deal"));
    const Deal deal = dealFromJson(*entity, row.data);
    const CompanyName::Parts name = CompanyName::parse(deal.customerName);
    const QString host = DealRepository::customerHost(deal);
    QStringList products;
    for (const DealLineItem& item : deal.lineItems)
        products.append(item.product);
    products.removeDuplicates();
    QSqlQuery& insert = m_db.prepared(QStringLiteral(
        "INSERT INTO deal_index (id, number, customer_key, customer_host, legal_form, status, expires_on, products) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    // Qt Sql binds a null QString as NULL; these columns are NOT NULL.
    auto text = [](const QString& value) { return value.isNull() ? QStringLiteral("") : value; };
    insert.addBindValue(row.id);
    insert.addBindValue(text(deal.number));
    insert.addBindValue(text(name.key));
    insert.addBindValue(text(host));
    insert.addBindValue(text(name.legalForm));
    insert.addBindValue(text(deal.status));
    insert.addBindValue(deal.expiresOn.isValid() ? QVariant(deal.expiresOn.toString(Qt::ISODate))
                                                 : QVariant(QMetaType(QMetaType::QString)));
    insert.addBindValue(products.join(QLatin1Char(' ')));
    return Sql::exec(insert).ok();
}

bool SyncService::loadRow(const QString& id, Row& row, bool& storageFailed)
{
    QSqlQuery& query = m_db.prepared(QStringLiteral("SELECT id, entity, rank, scope_id, owner, version, field_versions, "
                                                    "data, created_at FROM record WHERE id = ?%1")
                                         .arg(m_db.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()));
    query.addBindValue(id);
    if (!Sql::exec(query)) {
        storageFailed = true;
        return false;
    }
    if (!query.next()) {
        query.finish();
        return false;
    }
    row.id = query.value(0).toString();
    row.entity = query.value(1).toString();
    row.rank = query.value(2).toInt();
    row.scopeId = query.value(3).toString();
    row.owner = query.value(4).toString();
    row.version = query.value(5).toLongLong();
    row.fieldVersions = parseObject(query.value(6).toString());
    row.data = parseObject(query.value(7).toString());
    row.createdAt = query.value(8).toString();
    query.finish();
    return true;
}

bool SyncService::writeRow(const Row& row, bool insert)
{
    const QVariant deletedAt = row.data.value(QStringLiteral("deleted_at")).isString()
        ? QVariant(row.data.value(QStringLiteral("deleted_at")).toString())
        : QVariant(QMetaType(QMetaType::QString));
    QSqlQuery& query = insert
        ? m_db.prepared(QStringLiteral("INSERT INTO record (id, entity, rank, scope_id, owner, version, field_versions, "
                                       "data, deleted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        : m_db.prepared(QStringLiteral("UPDATE record SET scope_id = ?, owner = ?, version = ?, field_versions = ?, "
                                       "data = ?, deleted_at = ?, updated_at = ? WHERE id = ?"));
    if (insert) {
        query.addBindValue(row.id);
        query.addBindValue(row.entity);
        query.addBindValue(row.rank);
        query.addBindValue(row.scopeId);
        query.addBindValue(row.owner);
        query.addBindValue(row.version);
        query.addBindValue(compact(row.fieldVersions));
        query.addBindValue(compact(row.data));
        query.addBindValue(deletedAt);
        query.addBindValue(row.createdAt);
        query.addBindValue(nowUtc());
    } else {
        query.addBindValue(row.scopeId);
        query.addBindValue(row.owner);
        query.addBindValue(row.version);
        query.addBindValue(compact(row.fieldVersions));
        query.addBindValue(compact(row.data));
        query.addBindValue(deletedAt);
        query.addBindValue(nowUtc());
        query.addBindValue(row.id);
    }
    if (Status status = Sql::exec(query); !status) {
        qCWarning(lcServer) << "record write failed:" << status.error().toLogString();
        return false;
    }
    if (row.entity == QLatin1String("deal") && !indexDeal(row)) {
        qCWarning(lcServer) << "deal index write failed for" << row.id;
        return false;
    }
    if (MdfRules::handles(row.entity) && !m_mdf.index(row.entity, row.id, row.data)) {
        qCWarning(lcServer) << "MDF index write failed for" << row.id;
        return false;
    }
    if (TrainingRules::handles(row.entity) && !m_training.index(row.entity, row.id, row.data)) {
        qCWarning(lcServer) << "certification evidence index write failed for" << row.id;
        return false;
    }
    return true;
}

bool SyncService::appendLog(qint64 seq, const Row& row, const QString& op, const QString& owner,
                            const QString& clientId, qint64 mutationId, const QString& actor)
{
    QSqlQuery& query = m_db.prepared(QStringLiteral("INSERT INTO change_log (seq, entity, id, scope_id, owner, op, "
                                                    "client_id, mutation_id, actor, committed_at) "
                                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(seq);
    query.addBindValue(row.entity);
    query.addBindValue(row.id);
    query.addBindValue(row.scopeId);
    query.addBindValue(owner);
    query.addBindValue(op);
    query.addBindValue(clientId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(clientId));
    query.addBindValue(mutationId > 0 ? QVariant(mutationId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(actor);
    query.addBindValue(nowUtc());
    if (Status status = Sql::exec(query); !status) {
        qCWarning(lcServer) << "change log append failed:" << status.error().toLogString();
        return false;
    }
    return true;
}

bool SyncService::reassignScope(const Row& partner, const QString& oldOwner, qint64& seq, const QString& clientId,
                                qint64 mutationId, const QString& actor)
{
    // The former owner's clients drop the whole scope ('R'); the new owner receives every row in it as a change.
    if (!appendLog(++seq, partner, QStringLiteral("R"), oldOwner, clientId, mutationId, actor))
        return false;
    QSqlQuery children(m_db.connection());
    children.prepare(QStringLiteral("SELECT id FROM record WHERE scope_id = ? AND id <> ?"));
    children.addBindValue(partner.scopeId);
    children.addBindValue(partner.id);
    if (!Sql::exec(children))
        return false;
    QStringList ids;
    while (children.next())
        ids.append(children.value(0).toString());
    children.finish();
    for (const QString& childId : ids) {
        Row child;
        bool failed = false;
        if (!loadRow(childId, child, failed) || failed)
            return false;
        child.owner = partner.owner;
        child.version = ++seq;
        const QString op = child.data.value(QStringLiteral("deleted_at")).isString() ? QStringLiteral("D")
                                                                                     : QStringLiteral("U");
        if (!writeRow(child, false) || !appendLog(child.version, child, op, child.owner, clientId, mutationId, actor))
            return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Pull

QString SyncService::encodeCursor(const QJsonObject& state) const
{
    const QByteArray payload = QJsonDocument(state).toJson(QJsonDocument::Compact).toBase64(Base64Url);
    const QByteArray mac = QMessageAuthenticationCode::hash(payload, m_cursorKey, QCryptographicHash::Sha256);
    return QString::fromLatin1(payload + '.' + mac.left(16).toBase64(Base64Url));
}

bool SyncService::decodeCursor(const QString& text, QJsonObject& state) const
{
    const QList<QByteArray> parts = text.toLatin1().split('.');
    if (parts.size() != 2)
        return false;
    const QByteArray mac = QMessageAuthenticationCode::hash(parts[0], m_cursorKey, QCryptographicHash::Sha256);
    if (!PasswordHasher::equalConstantTime(mac.left(16), QByteArray::fromBase64(parts[1], Base64Url)))
        return false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], Base64Url), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    state = doc.object();
    return true;
}

ApiReply SyncService::pull(const User& user, const QString& clientId, const QString& cursorText, int limit)
{
    ApiReply reply = pullEncoded(user, clientId, cursorText, limit);
    if (!reply.encoded.isEmpty()) {
        reply.body = QJsonDocument::fromJson(reply.encoded).object();
        reply.encoded.clear();
    }
    return reply;
}

ApiReply SyncService::pullEncoded(const User& user, const QString& clientId, const QString& cursorText, int limit)
{
    if (ApiReply reply = registerClient(user, clientId); reply.isError())
        return reply;
    limit = limit <= 0 ? DefaultPageSize : qMin(limit, MaxPageSize);
    const ApiReply storageError = ApiReply::error(500, QStringLiteral("storage"),
                                                  QStringLiteral("The server database failed."));

    QJsonObject cursor;
    if (cursorText.isEmpty()) {
        // First sync: a snapshot of everything visible as of S0, then the log from S0 on. Tombstones are part of it:
        // a live contact can sit under a deleted partner, and the client cannot store a row without its parent.
        const qint64 s0 = currentSeq();
        QSqlQuery count(m_db.connection());
        count.prepare(user.isAdmin() ? QStringLiteral("SELECT count(*) FROM record")
                                     : QStringLiteral("SELECT count(*) FROM record WHERE owner IN (?, ?)"));
        if (!user.isAdmin()) {
            count.addBindValue(QString(SharedOwner));
            count.addBindValue(user.name);
        }
        if (!Sql::exec(count) || !count.next())
            return storageError;
        cursor = { { QStringLiteral("v"), 1 },
                   { QStringLiteral("e"), m_epoch },
                   { QStringLiteral("u"), user.name },
                   { QStringLiteral("p"), QStringLiteral("snap") },
                   { QStringLiteral("s0"), s0 },
                   // Non-admins: the shared scopes' rows first, then their own (so = the owner being read).
                   { QStringLiteral("so"), user.isAdmin() ? QString() : QString(SharedOwner) },
                   { QStringLiteral("kr"), 0 },
                   { QStringLiteral("ki"), QString() },
                   { QStringLiteral("n"), 0 },
                   { QStringLiteral("t"), count.value(0).toLongLong() } };
    } else if (!decodeCursor(cursorText, cursor) || cursor.value(QStringLiteral("v")).toInt() != 1) {
        return ApiReply::error(400, QStringLiteral("bad_cursor"), QStringLiteral("The cursor is invalid."));
    } else if (cursor.value(QStringLiteral("e")).toString() != m_epoch) {
        return ApiReply::error(410, QStringLiteral("resync"),
                               QStringLiteral("The server's data was restored or replaced; a full resync is needed."));
    } else if (cursor.value(QStringLiteral("u")).toString() != user.name) {
        return ApiReply::error(400, QStringLiteral("bad_cursor"), QStringLiteral("The cursor belongs to another user."));
    }

    // The page is written as JSON text: each row's data goes out as stored (the server wrote it as compact JSON), which
    // saves parsing and serialising every row (most of the server's time in a snapshot).
    QByteArray items;
    items.reserve(limit * 640);
    int itemCount = 0;
    auto appendUpsert = [&](const QString& entity, const QString& id, qint64 version, const QString& data) {
        items.append(itemCount++ ? ",{\"entity\":" : "{\"entity\":");
        appendJsonString(items, entity);
        items.append(",\"id\":");
        appendJsonString(items, id);
        items.append(",\"op\":\"upsert\",\"version\":");
        items.append(QByteArray::number(version));
        items.append(",\"row\":");
        items.append(data.isEmpty() ? QByteArray("{}") : data.toUtf8());
        items.append('}');
    };
    bool hasMore = false;
    const QString phase = cursor.value(QStringLiteral("p")).toString();
    if (phase == QLatin1String("snap")) {
        // A row-value comparison, so the index range starts at the cursor (an OR of rank and id made SQLite walk
        // every row of the rank before it: quadratic over a snapshot). A non-admin's snapshot reads two owners one
        // after the other, the shared scopes ("*") and then the user's, each one range of record_by_owner (an IN of
        // both would sort every remaining row for each page). Shared rows depend on nothing of the user's, so they
        // may come first whatever their rank.
        const bool admin = user.isAdmin();
        QString owner = cursor.value(QStringLiteral("so")).toString();
        if (!admin && owner.isEmpty())
            owner = user.name; // a cursor from before shared scopes: the user's rows (shared ones came later, by log)
        int rank = cursor.value(QStringLiteral("kr")).toInt();
        QString lastId = cursor.value(QStringLiteral("ki")).toString();
        for (;;) {
            QSqlQuery& query = m_db.prepared(QStringLiteral("SELECT id, entity, rank, version, data FROM record WHERE %1 "
                                                            "version <= ? AND (rank, id) > (?, ?) ORDER BY rank, id LIMIT ?")
                                                 .arg(admin ? QString() : QStringLiteral("owner = ? AND")));
            const auto done = qScopeGuard([&query] { query.finish(); });
            if (!admin)
                query.addBindValue(owner);
            query.addBindValue(cursor.value(QStringLiteral("s0")).toInteger());
            query.addBindValue(rank);
            query.addBindValue(lastId);
            query.addBindValue(limit - itemCount + 1);
            if (!Sql::exec(query))
                return storageError;
            while (query.next()) {
                if (itemCount == limit) {
                    hasMore = true;
                    break;
                }
                lastId = query.value(0).toString();
                rank = query.value(2).toInt();
                appendUpsert(query.value(1).toString(), lastId, query.value(3).toLongLong(), query.value(4).toString());
            }
            if (hasMore || admin || owner == user.name)
                break;
            owner = user.name; // the shared rows are done: the user's own follow, from the start of their range
            rank = 0;
            lastId.clear();
        }
        cursor.insert(QStringLiteral("n"), cursor.value(QStringLiteral("n")).toInteger() + itemCount);
        if (hasMore) {
            cursor.insert(QStringLiteral("so"), admin ? QString() : owner);
            cursor.insert(QStringLiteral("kr"), rank);
            cursor.insert(QStringLiteral("ki"), lastId);
        } else {
            // Snapshot done: continue with the log after S0 (rows changed since arrive there).
            cursor.insert(QStringLiteral("p"), QStringLiteral("log"));
            cursor.insert(QStringLiteral("q"), cursor.value(QStringLiteral("s0")).toInteger());
            hasMore = true;
        }
    } else {
        const qint64 after = cursor.value(QStringLiteral("q")).toInteger();
        // Prepared once: a caught-up client asks this on every sync. A non-admin reads two addressees, their own
        // rows and the shared scopes' ("*"): each is one range of change_log_by_owner, cut to the page before the two
        // are merged, so a client far behind never makes the server sort its whole backlog for each page.
        QSqlQuery& query = m_db.prepared(
            user.isAdmin()
                ? QStringLiteral("SELECT c.seq, c.op, c.entity, c.id, c.scope_id, r.version, r.data, r.owner "
                                 "FROM change_log c LEFT JOIN record r ON r.id = c.id "
                                 "WHERE c.op <> 'R' AND c.seq > ? ORDER BY c.seq LIMIT ?")
                : QStringLiteral("SELECT c.seq, c.op, c.entity, c.id, c.scope_id, r.version, r.data, r.owner FROM ("
                                 "SELECT * FROM (SELECT seq, op, entity, id, scope_id FROM change_log "
                                 "WHERE owner = ? AND seq > ? ORDER BY seq LIMIT ?) own_rows UNION ALL "
                                 "SELECT * FROM (SELECT seq, op, entity, id, scope_id FROM change_log "
                                 "WHERE owner = ? AND seq > ? ORDER BY seq LIMIT ?) shared_rows) c "
                                 "LEFT JOIN record r ON r.id = c.id ORDER BY c.seq LIMIT ?"));
        const auto done = qScopeGuard([&query] { query.finish(); });
        if (!user.isAdmin()) {
            for (const QString& addressee : { user.name, QString(SharedOwner) }) {
                query.addBindValue(addressee);
                query.addBindValue(after);
                query.addBindValue(limit + 1);
            }
        } else {
            query.addBindValue(after);
        }
        query.addBindValue(limit + 1);
        if (!Sql::exec(query))
            return storageError;
        qint64 last = after;
        QSet<QString> sent;
        int read = 0;
        while (query.next()) {
            if (read == limit) {
                hasMore = true;
                break;
            }
            ++read;
            last = query.value(0).toLongLong();
            const QString op = query.value(1).toString();
            const QString id = query.value(3).toString();
            if (op == QLatin1String("R")) {
                items.append(itemCount++ ? ",{\"op\":\"revoke\",\"scope_id\":" : "{\"op\":\"revoke\",\"scope_id\":");
                appendJsonString(items, query.value(4).toString());
                items.append(",\"seq\":");
                items.append(QByteArray::number(last));
                items.append('}');
                sent.clear(); // later rows of the same scope (if handed back) must not be collapsed before it
                continue;
            }
            // Several changes to one row in a page collapse to its current state, sent once; a row that has moved
            // to another owner since is skipped (the revoke for it follows in the log).
            if (sent.contains(id)
                || (!user.isAdmin() && query.value(7).toString() != user.name && query.value(7).toString() != SharedOwner))
                continue;
            sent.insert(id);
            appendUpsert(query.value(2).toString(), id, query.value(5).toLongLong(), query.value(6).toString());
        }
        cursor.insert(QStringLiteral("q"), last);
    }

    // Everything but the items is small: serialised as an object, then the items spliced in front of it.
    const QByteArray rest = QJsonDocument(QJsonObject {
                                              { QStringLiteral("cursor"), encodeCursor(cursor) },
                                              { QStringLiteral("has_more"), hasMore },
                                              { QStringLiteral("phase"), phase == QLatin1String("snap")
                                                                             ? QStringLiteral("snapshot")
                                                                             : QStringLiteral("log") },
                                              { QStringLiteral("progress"),
                                                QJsonObject { { QStringLiteral("done"), cursor.value(QStringLiteral("n")) },
                                                              { QStringLiteral("total"), cursor.value(QStringLiteral("t")) } } } })
                                .toJson(QJsonDocument::Compact);
    ApiReply reply = ApiReply::ok({});
    reply.encoded.reserve(items.size() + rest.size() + 16);
    reply.encoded.append("{\"items\":[");
    reply.encoded.append(items);
    reply.encoded.append("],");
    reply.encoded.append(QByteArrayView(rest).sliced(1)); // without its opening brace
    return reply;
}

} // namespace ChannelDesk::Server
