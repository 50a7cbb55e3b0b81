#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace ChannelDesk {

/// One SQLite connection to a ChannelDesk database, owned by the thread that opened it (Qt Sql connections are
/// per-thread). Holds only the connection name; the QSqlDatabase is looked up on use, never kept as a member,
/// so removeDatabase() in the destructor is clean.
class Database final
{
public:
    enum class Role {
        Editor, ///< the connection user edits go through: migrates, synchronous=FULL so a saved edit survives power loss
        Reader, ///< extra connections for worker threads (page loading, reports): never migrates, synchronous=NORMAL
        Bulk,   ///< generators and importers writing big transactions: synchronous=NORMAL
    };

    /// Opens (creating if needed) and, for Editor and Bulk, migrates to the current schema. A database written by a
    /// newer ChannelDesk, or a file that is not a ChannelDesk database, is refused and left untouched.
    static Result<std::unique_ptr<Database>> open(const QString& path, Role role = Role::Editor);
    /// As open(), but stops migrating at `version` (tests build databases at every earlier schema step).
    static Result<std::unique_ptr<Database>> openAtVersion(const QString& path, int version);
    /// Called before each pending migration step: `step` of `steps` (from 1). On the opening thread.
    using MigrationProgress = std::function<void(int step, int steps)>;
    /// As open() for the editor, reporting each migration step (an upgrade can take a minute on a big database).
    static Result<std::unique_ptr<Database>> open(const QString& path, const MigrationProgress& progress);
    /// The data format stamped in the file (PRAGMA user_version) without opening it for use or changing it: 0 for a
    /// missing or empty file. Tells whether open() would have to migrate.
    static Result<int> storedSchemaVersion(const QString& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    /// The raw handle for the few hot paths (bulk loads, id snapshots) where QSqlQuery's per-row cost matters.
    /// Taken when the connection opens, so a thread that borrows the connection for raw writes while its owner
    /// waits (TierWriteQueue) can ask for it: QSqlDatabase itself answers only on the thread that opened it.
    sqlite3* handle() const { return m_handle; }

    /// The newest schema this build understands.
    static int currentSchemaVersion();
    /// The default database location: <GenericDataLocation>/ChannelDesk/channeldesk.db (~/.local/share on Linux).
    static QString defaultPath();

private:
    Database(QString connectionName, QString path);
    static Result<std::unique_ptr<Database>> openImpl(const QString& path, Role role, int targetVersion,
                                                      const MigrationProgress& progress = {});

    QString m_connectionName;
    QString m_path;
    sqlite3* m_handle = nullptr;
};

} // namespace ChannelDesk
