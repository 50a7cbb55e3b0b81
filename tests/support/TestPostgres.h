#pragma once

#include "common/Result.h"

#include <QString>
#include <QTemporaryDir>

namespace ChannelDesk::Test {

/// A private, throwaway PostgreSQL cluster for one test process: initdb into a temporary directory, a postmaster on
/// 127.0.0.1 (free port, socket in that directory, password auth), one fresh database per caller. The cluster is
/// stopped and its directory deleted on destruction. Nothing from the system's own PostgreSQL is used but its
/// binaries (found via CHANNELDESK_PG_BINDIR, pg_config, /usr/lib/postgresql/*/bin or PATH).
///
/// PostgreSQL refuses to run as root: as root, initdb and pg_ctl run as the `postgres` system user through runuser
/// and the directory is handed to that user.
class TestPostgres final
{
public:
    TestPostgres();
    ~TestPostgres();
    TestPostgres(const TestPostgres&) = delete;
    TestPostgres& operator=(const TestPostgres&) = delete;

    /// The cluster shared by the whole test process, started on first use. Its error says why when PostgreSQL is
    /// not installed: callers must fail on it, not skip (CI installs PostgreSQL).
    static TestPostgres& shared();

    /// initdb and start (once; later calls return the first outcome).
    Status start();
    /// A new, empty database; its postgres://user:password@127.0.0.1:port/name URL. `setup` statements (no values:
    /// DDL only) run in it first, e.g. to give the user its own schema.
    Result<QString> createDatabase(const QStringList& setup = {});
    /// Fast shutdown (no child process needed, so it is safe after QCoreApplication is gone).
    void stop();

    bool isRunning() const { return m_running; }
    int port() const { return m_port; }
    /// The server log (for failure messages).
    QString log() const;

private:
    Status initCluster();
    Status startServer();
    /// Runs a PostgreSQL binary, as the postgres user when we are root; the output is kept for error messages.
    Status run(const QString& tool, const QStringList& args, int timeoutMs);
    /// Runs DDL statements over a short-lived QPSQL connection to `database`; an empty string or the driver's error.
    QString execAsAdmin(const QString& database, const QStringList& statements);
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    QTemporaryDir m_dir;
    QString m_binDir;
    QString m_password;
    QString m_user = QStringLiteral("channeldesk");
    int m_port = 0;
    int m_databases = 0;
    bool m_asPostgresUser = false;
    bool m_running = false;
    bool m_started = false;
    Status m_startStatus;
};

} // namespace ChannelDesk::Test
