#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
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

    /// A value from server_meta (epoch, token secret, schema version).
    QString meta(const QString& key) const;

private:
    ServerDatabase(QString connectionName, bool postgres);
    Status migrate();

    QString m_connectionName;
    bool m_postgres = false;
};

} // namespace ChannelDesk::Server
