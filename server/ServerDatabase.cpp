#include "ServerDatabase.h"

#include "MdfRules.h"
#include "ServerLogging.h"
#include "TrainingRules.h"
#include "storage/Sql.h"

#include <QAtomicInteger>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace ChannelDesk::Server {

namespace {

// 2: deal_index (issue 4); 3: mdf_index and attachment_blob (issue 5); 4: cert_evidence and the scope-by-entity index
// (issue 6)
constexpr int SchemaVersion = 4;

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("channeldesk-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString randomHex(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(data.data()), bytes / 4);
    return QString::fromLatin1(data.toHex());
}

Status execAll(const QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& statement : statements) {
        if (Status status = Sql::exec(db, statement); !status)
            return status;
    }
    return {};
}

} // namespace

ServerDatabase::ServerDatabase(QString connectionName, bool postgres)
    : m_connectionName(std::move(connectionName))
    , m_postgres(postgres)
{
}

ServerDatabase::~ServerDatabase()
{
    m_prepared.clear(); // before the connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::open(const QString& location)
{
    const bool postgres = location.startsWith(QLatin1String("postgres://"))
        || location.startsWith(QLatin1String("postgresql://"));
    const QString name = newConnectionName();
    std::unique_ptr<ServerDatabase> result(new ServerDatabase(name, postgres));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (!db.isValid())
            return Error::storage(QStringLiteral("The %1 database driver is not installed.")
                                      .arg(postgres ? QStringLiteral("PostgreSQL (QPSQL)") : QStringLiteral("SQLite")),
                                  QString());
        if (postgres) {
            const QUrl url(location);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db.setDatabaseName(location);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        }
        if (!db.open())
            return Error::storage(QStringLiteral("Cannot open the server database %1.")
                                      .arg(postgres ? QUrl(location).toString(QUrl::RemovePassword) : location),
                                  db.lastError().text());
        if (!postgres) {
            // A 64 MB page cache (the default is 2 MB): a push reads and rewrites rows and index pages all over a
            // large record table. Checkpoints mostly run when the server is idle (HttpApi calls checkpoint());
            // the automatic one, at 40 MB of WAL instead of 4 MB, is the fallback for a server that never rests.
            if (Status status = execAll(db, { QStringLiteral("PRAGMA journal_mode=WAL"),
                                              QStringLiteral("PRAGMA synchronous=FULL"),
                                              QStringLiteral("PRAGMA foreign_keys=ON"),
                                              QStringLiteral("PRAGMA cache_size=-65536"),
                                              QStringLiteral("PRAGMA wal_autocheckpoint=10000") });
                !status)
                return status.error();
        }
    }
    if (Status status = result->migrate(); !status)
        return status.error();
    return result;
}

QSqlDatabase ServerDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status ServerDatabase::begin()
{
    return Sql::exec(connection(), m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
}

Status ServerDatabase::commit()
{
    return Sql::exec(connection(), QStringLiteral("COMMIT"));
}

QSqlQuery& ServerDatabase::prepared(const QString& sql)
{
    std::shared_ptr<QSqlQuery>& query = m_prepared[sql];
    if (!query) {
        query = std::make_shared<QSqlQuery>(connection());
        query->setForwardOnly(true); // results are read once, in order
        query->prepare(sql);         // a failure shows when it is executed
    }
    return *query;
}

void ServerDatabase::checkpoint()
{
    if (m_postgres)
        return;
    // PASSIVE: copies what no reader still needs and never waits, so it cannot hold up a request for long.
    if (Status status = Sql::exec(connection(), QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")); !status)
        qCWarning(lcServer) << "checkpoint failed:" << status.error().toLogString();
}

void ServerDatabase::rollback()
{
    if (Status status = Sql::exec(connection(), QStringLiteral("ROLLBACK")); !status)
        qCWarning(lcServer) << "rollback failed:" << status.error().toLogString();
}

QString ServerDatabase::meta(const QString& key) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT v FROM server_meta WHERE k = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

Result<bool> ServerDatabase::hasSchema() const
{
    QSqlDatabase db = connection();
    if (!m_postgres)
        return db.tables().contains(QStringLiteral("server_meta"));
    // Not db.tables(): QPSQL names tables outside "public" with their schema ("channeldesk.server_meta", the usual
    // set-up since PostgreSQL 15) and also lists schemas off the search_path. This finds the table where the
    // server's unqualified queries will, and reads pg_class under the statement's snapshot (to_regclass may answer
    // from a stale catalog cache inside a transaction, missing a table another server just committed).
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                                   "ON n.oid = c.relnamespace WHERE c.relname = 'server_meta' AND c.relkind = 'r' "
                                   "AND n.nspname = ANY (current_schemas(false))"))
        || !query.next())
        return Sql::errorFrom(query);
    return query.value(0).toLongLong() > 0;
}

Result<int> ServerDatabase::storedSchemaVersion() const
{
    const Result<bool> exists = hasSchema();
    if (!exists)
        return exists.error();
    const int version = exists.value() ? meta(QStringLiteral("schema_version")).toInt() : 0;
    if (version > SchemaVersion)
        return Error { Error::Code::SchemaTooNew,
                       QStringLiteral("This server database was written by a newer channeldesk-server "
                                      "(schema %1; this build knows %2).")
                           .arg(version)
                           .arg(SchemaVersion),
                       QString(), QString() };
    return version;
}

Status ServerDatabase::migrate()
{
    QSqlDatabase db = connection();
    if (Result<int> version = storedSchemaVersion(); !version || version.value() == SchemaVersion)
        return version ? Status() : Status(version.error());

    if (Status status = begin(); !status)
        return status;
    // Several servers may start at once on a new or older database. Only the first may create or upgrade the
    // schema; the others wait for its commit and find it done. BEGIN IMMEDIATE is that lock on SQLite; PostgreSQL
    // takes an advisory lock (an arbitrary key of ours) until commit.
    if (m_postgres) {
        if (Status status = Sql::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(7236017531)")); !status) {
            rollback();
            return status;
        }
    }
    const Result<bool> exists = hasSchema();
    if (!exists) {
        rollback();
        return exists.error();
    }
    // Read under the lock: another server may have created or upgraded the schema meanwhile.
    const int from = exists.value() ? meta(QStringLiteral("schema_version")).toInt() : 0;
    if (from == SchemaVersion) {
        rollback();
        return {};
    }
    if (from > SchemaVersion) {
        rollback();
        return Error::storage(QStringLiteral("The server database schema changed while this server started."),
                              QString::number(from));
    }
    Status status = from < 1 ? createSchema() : Status();
    if (status && from < 2)
        status = addDealIndex();
    if (status && from < 3)
        status = addMdf();
    if (status && from < 4)
        status = addTraining();
    if (status) {
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE server_meta SET v = ? WHERE k = 'schema_version'"));
        update.addBindValue(QString::number(SchemaVersion));
        status = Sql::exec(update);
    }
    if (!status) {
        rollback();
        return status;
    }
    return commit();
}

// Schema 1: users, tokens, clients, records, change log, processed mutations.
Status ServerDatabase::createSchema()
{
    QSqlDatabase db = connection();
    // Identifiers are UUID text and timestamps ISO 8601 text so the same SQL runs on SQLite and PostgreSQL.
    const QString big = m_postgres ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
    // UUID text compares byte-wise, as on SQLite, whatever the cluster's default collation: snapshot paging orders
    // and compares by (rank, id), and "C" keeps those indexes cheap and immune to collation library upgrades.
    const QString uuid = m_postgres ? QStringLiteral("TEXT COLLATE \"C\"") : QStringLiteral("TEXT");
    Status status = execAll(db, {
        QStringLiteral("CREATE TABLE server_meta (k TEXT PRIMARY KEY, v TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE app_user (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, "
                       "role TEXT NOT NULL CHECK (role IN ('admin', 'cam')), disabled INTEGER NOT NULL DEFAULT 0, "
                       "created_at TEXT NOT NULL)"),
        // Refresh tokens are stored hashed; `family` links rotations so reuse of a spent token revokes them all.
        QStringLiteral("CREATE TABLE refresh_token (token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL "
                       "REFERENCES app_user(name), family TEXT NOT NULL, expires_at TEXT NOT NULL, "
                       "spent INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX refresh_token_by_family ON refresh_token(family)"),
        QStringLiteral("CREATE TABLE sync_client (client_id %1 PRIMARY KEY, user_name TEXT NOT NULL "
                       "REFERENCES app_user(name), created_at TEXT NOT NULL, last_seen TEXT NOT NULL)")
            .arg(uuid),
        QStringLiteral("CREATE TABLE sync_counter (id INTEGER PRIMARY KEY CHECK (id = 1), seq %1 NOT NULL)").arg(big),
        QStringLiteral("INSERT INTO sync_counter (id, seq) VALUES (1, 0)"),
        // Every synced row, as JSON, with the sequence of its last change and of each field's last change.
        QStringLiteral("CREATE TABLE record (id %2 PRIMARY KEY, entity TEXT NOT NULL, rank INTEGER NOT NULL, "
                       "scope_id %2 NOT NULL, owner TEXT NOT NULL, version %1 NOT NULL, "
                       "field_versions TEXT NOT NULL, data TEXT NOT NULL, deleted_at TEXT, "
                       "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)")
            .arg(big, uuid),
        QStringLiteral("CREATE INDEX record_snapshot ON record(rank, id)"),
        QStringLiteral("CREATE INDEX record_by_owner ON record(owner, rank, id)"),
        QStringLiteral("CREATE INDEX record_by_scope ON record(scope_id)"),
        // One row per change, addressed to the owner who may see it; 'R' revokes a scope from a former owner.
        QStringLiteral("CREATE TABLE change_log (seq %1 PRIMARY KEY, entity TEXT NOT NULL, id %2 NOT NULL, "
                       "scope_id %2 NOT NULL, owner TEXT NOT NULL, op TEXT NOT NULL CHECK (op IN ('U', 'D', 'R')), "
                       "client_id %2, mutation_id %1, actor TEXT NOT NULL, committed_at TEXT NOT NULL)")
            .arg(big, uuid),
        QStringLiteral("CREATE INDEX change_log_by_owner ON change_log(owner, seq)"),
        QStringLiteral("CREATE TABLE processed_mutation (client_id %2 NOT NULL, mutation_id %1 NOT NULL, "
                       "request_hash TEXT NOT NULL, status TEXT NOT NULL, result TEXT NOT NULL, applied_seq %1, "
                       "processed_at TEXT NOT NULL, PRIMARY KEY (client_id, mutation_id))")
            .arg(big, uuid),
    });
    if (status) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO server_meta (k, v) VALUES (?, ?)"));
        const QList<QPair<QString, QString>> values {
            { QStringLiteral("schema_version"), QStringLiteral("1") },
            // A new epoch whenever the database is created (and, by the restore procedure, after a restore).
            { QStringLiteral("epoch"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral("token_secret"), randomHex(32) },
        };
        for (const auto& [k, v] : values) {
            insert.addBindValue(k);
            insert.addBindValue(v);
            if (status = Sql::exec(insert); !status)
                break;
        }
    }
    return status;
}

// Schema 2 (issue 4): the keys of every live deal registration, kept by SyncService::writeRow, so that a push
// approving a registration can re-check DR-05 (one approved registration per opportunity) with an index lookup
// instead of reading every deal's JSON.
Status ServerDatabase::addDealIndex()
{
    const QString uuid = m_postgres ? QStringLiteral("TEXT COLLATE \"C\"") : QStringLiteral("TEXT");
    return execAll(connection(), {
        QStringLiteral("CREATE TABLE deal_index (id %1 PRIMARY KEY, number TEXT NOT NULL, customer_key TEXT NOT NULL, "
                       "customer_host TEXT NOT NULL, legal_form TEXT NOT NULL, status TEXT NOT NULL, "
                       "expires_on TEXT, products TEXT NOT NULL)")
            .arg(uuid),
        QStringLiteral("CREATE INDEX deal_index_by_key ON deal_index(customer_key) WHERE status = 'approved'"),
        QStringLiteral("CREATE INDEX deal_index_by_host ON deal_index(customer_host) WHERE status = 'approved'"),
    });
}

// Schema 3 (issue 5): the MDF index (one row per live MDF record with what the money rules sum: parent, partner,
// status, amounts, currency, period / title / SHA-256), kept by SyncService::writeRow through MdfRules::index(), and
// the attachment contents, stored once per SHA-256. The index is filled from any MDF records already there.
Status ServerDatabase::addMdf()
{
    const QString big = m_postgres ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
    const QString uuid = m_postgres ? QStringLiteral("TEXT COLLATE \"C\"") : QStringLiteral("TEXT");
    Status status = execAll(connection(), {
        QStringLiteral("CREATE TABLE mdf_index (id %2 PRIMARY KEY, entity TEXT NOT NULL, parent_id %2 NOT NULL, "
                       "partner_id %2 NOT NULL, status TEXT NOT NULL, amount %1 NOT NULL, approved %1, "
                       "share_bp INTEGER NOT NULL, currency TEXT NOT NULL, flag INTEGER NOT NULL, label TEXT NOT NULL)")
            .arg(big, uuid),
        QStringLiteral("CREATE INDEX mdf_index_by_parent ON mdf_index(parent_id, entity)"),
        QStringLiteral("CREATE INDEX mdf_index_by_label ON mdf_index(entity, label)"),
        QStringLiteral("CREATE TABLE attachment_blob (sha256 TEXT PRIMARY KEY, size_bytes %1 NOT NULL, data %2 NOT NULL, "
                       "uploaded_by TEXT NOT NULL, created_at TEXT NOT NULL)")
            .arg(big, m_postgres ? QStringLiteral("BYTEA") : QStringLiteral("BLOB")),
    });
    return status ? MdfRules::rebuildIndex(*this) : status;
}

// Schema 4 (issue 6): training. Shared scopes need no table: their records and change-log rows carry the reserved
// owner "*" (SyncService::SharedOwner), which every user's pull also selects through the existing owner indexes.
// The training re-checks look up one scope's records of one kind (a program's levels, a partner's memberships), so
// the scope index gains the entity (it still serves lookups by scope alone). cert_evidence maps a live
// certification to its evidence content, for BlobService's access check; it is filled from any certifications there.
Status ServerDatabase::addTraining()
{
    const QString uuid = m_postgres ? QStringLiteral("TEXT COLLATE \"C\"") : QStringLiteral("TEXT");
    Status status = execAll(connection(), {
        QStringLiteral("CREATE INDEX IF NOT EXISTS record_by_scope_entity ON record(scope_id, entity)"),
        QStringLiteral("DROP INDEX IF EXISTS record_by_scope"),
        QStringLiteral("CREATE TABLE cert_evidence (id %1 PRIMARY KEY, sha256 TEXT NOT NULL)").arg(uuid),
        QStringLiteral("CREATE INDEX cert_evidence_by_sha256 ON cert_evidence(sha256)"),
    });
    return status ? TrainingRules::rebuildIndex(*this) : status;
}

} // namespace ChannelDesk::Server
