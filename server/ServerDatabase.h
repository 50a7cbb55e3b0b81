#pragma once

#include "common/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace ChannelDesk::Server {

/// The server's database connection: SQLite (a file path) or PostgreSQL (a postgres:// URL, through QPSQL). The
/// schema is written in the SQL both accept; `isPostgres()` marks the few places that differ.
class ServerDatabase final
{
public:
    /// Opens and migrates. `location` is a file path or postgres://user:password@host:port/dbname.
    static Result<std::unique_ptr<ServerDatabase>> open(const QString& location);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    QSqlDatabase connection() const;
    bool isPostgres() const { return m_postgres; }

    /// BEGIN for writers. On SQLite this is BEGIN IMMEDIATE so the write lock is taken up front and commit order
    /// equals sequence order (sync-design.md §5).
    Status begin();
    Status commit();
    void rollback();
    /// SQLite: copies the write-ahead log into the database file (the server calls this when idle, so that
    /// requests rarely pay for it). Nothing on PostgreSQL.
    void checkpoint();

    /// A value from server_meta (epoch, token secret, schema version).
    QString meta(const QString& key) const;

    /// A statement prepared once for the life of the connection, for what every request or mutation runs (parsing
    /// them again each time was a fifth of the server's work). Forward-only. Bind, execute, and finish() a SELECT once
    /// read, so it never holds a read transaction open; never reuse one while an earlier use of the same SQL is read.
    QSqlQuery& prepared(const QString& sql);

private:
    ServerDatabase(QString connectionName, bool postgres);
    Status migrate();
    Status createSchema();
    Status addDealIndex();
    Status addMdf();
    Status addTraining();
    /// Whether the schema exists (server_meta is where the server's queries will look for it).
    Result<bool> hasSchema() const;
    /// The schema version the database carries (0 when new), or SchemaTooNew.
    Result<int> storedSchemaVersion() const;

    QString m_connectionName;
    bool m_postgres = false;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
};

} // namespace ChannelDesk::Server
