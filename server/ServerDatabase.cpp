#include "ServerDatabase.h"

#include "ServerLogging.h"
#include "storage/Sql.h"

#include <QAtomicInteger>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace ChannelDesk::Server {

namespace {

constexpr int SchemaVersion = 1;

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
            if (Status status = execAll(db, { QStringLiteral("PRAGMA journal_mode=WAL"),
                                              QStringLiteral("PRAGMA synchronous=FULL"),
                                              QStringLiteral("PRAGMA foreign_keys=ON") });
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

Status ServerDatabase::migrate()
{
    QSqlDatabase db = connection();
    int version = 0;
    if (db.tables().contains(QStringLiteral("server_meta"))) {
        version = meta(QStringLiteral("schema_version")).toInt();
        if (version > SchemaVersion)
            return Error { Error::Code::SchemaTooNew,
                           QStringLiteral("This server database was written by a newer channeldesk-server "
                                          "(schema %1; this build knows %2).")
                               .arg(version)
                               .arg(SchemaVersion),
                           QString(), QString() };
    }
    if (version == SchemaVersion)
        return {};

    if (Status status = begin(); !status)
        return status;
    // Identifiers are UUID text and timestamps ISO 8601 text so the same SQL runs on SQLite and PostgreSQL.
    const QString big = m_postgres ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
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
        QStringLiteral("CREATE TABLE sync_client (client_id TEXT PRIMARY KEY, user_name TEXT NOT NULL "
                       "REFERENCES app_user(name), created_at TEXT NOT NULL, last_seen TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE sync_counter (id INTEGER PRIMARY KEY CHECK (id = 1), seq %1 NOT NULL)").arg(big),
        QStringLiteral("INSERT INTO sync_counter (id, seq) VALUES (1, 0)"),
        // Every synced row, as JSON, with the sequence of its last change and of each field's last change.
        QStringLiteral("CREATE TABLE record (id TEXT PRIMARY KEY, entity TEXT NOT NULL, rank INTEGER NOT NULL, "
                       "scope_id TEXT NOT NULL, owner TEXT NOT NULL, version %1 NOT NULL, "
                       "field_versions TEXT NOT NULL, data TEXT NOT NULL, deleted_at TEXT, "
                       "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)")
            .arg(big),
        QStringLiteral("CREATE INDEX record_snapshot ON record(rank, id)"),
        QStringLiteral("CREATE INDEX record_by_owner ON record(owner, rank, id)"),
        QStringLiteral("CREATE INDEX record_by_scope ON record(scope_id)"),
        // One row per change, addressed to the owner who may see it; 'R' revokes a scope from a former owner.
        QStringLiteral("CREATE TABLE change_log (seq %1 PRIMARY KEY, entity TEXT NOT NULL, id TEXT NOT NULL, "
                       "scope_id TEXT NOT NULL, owner TEXT NOT NULL, op TEXT NOT NULL CHECK (op IN ('U', 'D', 'R')), "
                       "client_id TEXT, mutation_id %1, actor TEXT NOT NULL, committed_at TEXT NOT NULL)")
            .arg(big),
        QStringLiteral("CREATE INDEX change_log_by_owner ON change_log(owner, seq)"),
        QStringLiteral("CREATE TABLE processed_mutation (client_id TEXT NOT NULL, mutation_id %1 NOT NULL, "
                       "request_hash TEXT NOT NULL, status TEXT NOT NULL, result TEXT NOT NULL, applied_seq %1, "
                       "processed_at TEXT NOT NULL, PRIMARY KEY (client_id, mutation_id))")
            .arg(big),
    });
    if (status) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO server_meta (k, v) VALUES (?, ?)"));
        const QList<QPair<QString, QString>> values {
            { QStringLiteral("schema_version"), QString::number(SchemaVersion) },
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
    if (!status) {
        rollback();
        return status;
    }
    return commit();
}

} // namespace ChannelDesk::Server
