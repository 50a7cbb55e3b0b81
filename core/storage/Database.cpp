#include "Database.h"

#include "Migrations.h"
#include "Sql.h"
#include "Transaction.h"
#include "common/Logging.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

namespace ChannelDesk {

namespace {

struct DatabaseTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::Database)
};

// PRAGMA application_id marks a file as ours ("CHDK"), so we never migrate some other program's SQLite file.
constexpr qint64 ApplicationId = 0x4348444b;

QAtomicInt connectionCounter;

Result<qint64> pragmaValue(const QSqlDatabase& db, const QString& name)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return Sql::errorFrom(query);
    return query.value(0).toLongLong();
}

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}


int Database::schemaVersion() const
{
    const Result<qint64> version = pragmaValue(connection(), QStringLiteral("user_version"));
    return version ? static_cast<int>(*version) : -1;
}

int Database::currentSchemaVersion()
{
    return migrations().constLast().version;
}

QString Database::defaultPath()
{
    // GenericDataLocation + our folder, so the path does not repeat the organisation and application names.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/ChannelDesk/channeldesk.db");
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Role role)
{
    return openImpl(path, role, role == Role::Reader ? -1 : currentSchemaVersion());
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString& path, int version)
{
    return openImpl(path, Role::Editor, version);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const MigrationProgress& progress)
{
    return openImpl(path, Role::Editor, currentSchemaVersion(), progress);
}

Result<int> Database::storedSchemaVersion(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return 0;
    // The raw API, read-only: no Qt connection to name and remove, nothing created or changed.
    sqlite3* handle = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READONLY, nullptr);
    int version = 0;
    sqlite3_stmt* statement = nullptr;
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(handle, "PRAGMA user_version", -1, &statement, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW) {
            version = sqlite3_column_int(statement, 0);
            rc = SQLITE_OK;
        }
    }
    const QString message = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString();
    sqlite3_finalize(statement);
    sqlite3_close(handle);
    if (rc != SQLITE_OK) {
        return Error { Error::Code::Storage,
                       DatabaseTr::tr("“%1” is not a ChannelDesk database, or it is damaged.").arg(path), message, {} };
    }
    return version;
}

Result<std::unique_ptr<Database>> Database::openImpl(const QString& path, Role role, int targetVersion,
                                                     const MigrationProgress& progress)
{
    if (path.isEmpty())
        return Error { Error::Code::InvalidArgument, DatabaseTr::tr("No database file was given."), {}, {} };
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        return Error { Error::Code::Io, DatabaseTr::tr("“%1” is a folder, not a database file.").arg(path), {}, {} };
    }
    if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
        return Error { Error::Code::Io,
                       DatabaseTr::tr("The folder for the database could not be created: %1").arg(info.absolutePath()),
                       {}, {} };
    }

    const QString name = QStringLiteral("channeldesk-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(name, info.absoluteFilePath()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        if (!db.open()) {
            return Error { Error::Code::Storage, DatabaseTr::tr("The database “%1” could not be opened.").arg(path),
                           db.lastError().text(), {} };
        }
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            database->m_handle = *static_cast<sqlite3* const*>(handle.constData());
    }
    QSqlDatabase db = database->connection();

    // Inspect before changing anything: a refused file must be left exactly as it was.
    const Result<qint64> version = pragmaValue(db, QStringLiteral("user_version"));
    if (role == Role::Reader && version && *version > 0) {
        // An extra connection to a database the editor connection has already checked and migrated: only the
        // newer-schema guard matters here, and a reader never changes the file.
        if (*version > currentSchemaVersion())
            return Error { Error::Code::SchemaTooNew, DatabaseTr::tr("The database was written by a newer version of ChannelDesk."), {}, {} };
        const QStringList pragmas { QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA busy_timeout=5000"),
                                    QStringLiteral("PRAGMA synchronous=NORMAL"), QStringLiteral("PRAGMA cache_size=-32768") };
        for (const QString& pragma : pragmas) {
            if (Status status = Sql::exec(db, pragma); !status)
                return status.error();
        }
        return database;
    }
    if (!version) {
        return Error { Error::Code::Storage,
                       DatabaseTr::tr("“%1” is not a ChannelDesk database, or it is damaged.").arg(path),
                       version.error().detail, {} };
    }
    const Result<qint64> appId = pragmaValue(db, QStringLiteral("application_id"));
    Result<qint64> tableCount = qint64(0);
    {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && query.next())
            tableCount = query.value(0).toLongLong();
    }
    if (!appId || (*appId != 0 && *appId != ApplicationId) || (*appId == 0 && *tableCount > 0)) {
        return Error { Error::Code::Storage,
                       DatabaseTr::tr("“%1” is an SQLite database, but not one of ChannelDesk's. It was not changed.")
                           .arg(path),
                       {}, {} };
    }
    if (*version > currentSchemaVersion()) {
        return Error { Error::Code::SchemaTooNew,
                       DatabaseTr::tr("“%1” was written by a newer version of ChannelDesk (data format %2; this version "
                                      "reads up to %3). Update ChannelDesk to open it. The file was not changed.")
                           .arg(path)
                           .arg(*version)
                           .arg(currentSchemaVersion()),
                       {}, {} };
    }

    qCInfo(lcStorage).noquote() << "Opening" << info.absoluteFilePath() << "SQLite" << QString::fromLatin1(sqlite3_libversion())
                                << "schema" << *version;

    // WAL lets the page loader read while an edit commits. It is impossible on some network and FAT volumes;
    // then SQLite keeps its rollback journal, which is slower but just as safe.
    {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && query.next()
            && query.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcStorage) << "WAL is not available here; using journal mode" << query.value(0).toString();
    }
    // FULL on the editor connection: in WAL mode NORMAL can lose the last commits on power loss, and a saved
    // edit (with its outbox entry) must survive that (sync-design.md §4). Readers and bulk loads use NORMAL.
    const QString synchronous = role == Role::Editor ? QStringLiteral("FULL") : QStringLiteral("NORMAL");
    QStringList pragmas { QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA busy_timeout=5000"),
                          QStringLiteral("PRAGMA synchronous=") + synchronous };
    // Readers walk large indexes (list order, search): a 32 MB page cache instead of SQLite's 2 MB keeps the hot
    // interior pages in memory across page loads.
    if (role == Role::Reader)
        pragmas.append(QStringLiteral("PRAGMA cache_size=-32768"));
    for (const QString& pragma : pragmas) {
        if (Status status = Sql::exec(db, pragma); !status)
            return status.error();
    }

    // The steps this file still needs, up to the target: counted once for the progress, then run in order.
    QList<const Migration*> pending;
    for (const Migration& migration : migrations()) {
        if (migration.version > *version && (targetVersion < 0 || migration.version <= targetVersion))
            pending.append(&migration);
    }
    for (qsizetype i = 0; i < pending.size(); ++i) {
        const Migration& migration = *pending.at(i);
        if (progress)
            progress(int(i) + 1, int(pending.size()));
        Transaction transaction(*database);
        if (!transaction.begun())
            return transaction.begun().error();
        // Another process may have migrated while we waited for the write lock.
        const Result<qint64> now = pragmaValue(db, QStringLiteral("user_version"));
        if (!now)
            return now.error();
        if (*now >= migration.version)
            continue;
        qCInfo(lcStorage) << "Migrating to schema" << migration.version << migration.description;
        Status status = migration.apply(db);
        if (status)
            status = Sql::exec(db, QStringLiteral("PRAGMA user_version=%1").arg(migration.version));
        if (status)
            status = Sql::exec(db, QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId));
        if (status)
            status = transaction.commit();
        if (!status) {
            Error error = status.error();
            error.message = DatabaseTr::tr("The database could not be upgraded to data format %1; it was left as it "
                                           "was. %2")
                                .arg(migration.version)
                                .arg(error.message);
            return error;
        }
    }
    return database;
}

} // namespace ChannelDesk
