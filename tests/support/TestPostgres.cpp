#include "TestPostgres.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVersionNumber>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ChannelDesk::Test {

namespace {

Error failure(const QString& message, const QString& detail = QString())
{
    return Error::storage(QStringLiteral("Test PostgreSQL: ") + message, detail);
}

bool hasServerBinaries(const QString& dir)
{
    return !dir.isEmpty() && QFileInfo(dir + QStringLiteral("/initdb")).isExecutable()
        && QFileInfo(dir + QStringLiteral("/pg_ctl")).isExecutable();
}

// Debian and Ubuntu keep initdb and pg_ctl out of PATH (/usr/lib/postgresql/N/bin), Homebrew under its keg.
QString findBinDir()
{
    const QString fromEnv = qEnvironmentVariable("CHANNELDESK_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return hasServerBinaries(fromEnv) ? fromEnv : QString();
    QProcess pgConfig;
    pgConfig.start(QStringLiteral("pg_config"), { QStringLiteral("--bindir") });
    if (pgConfig.waitForFinished(10000) && pgConfig.exitCode() == 0) {
        const QString dir = QString::fromLocal8Bit(pgConfig.readAllStandardOutput()).trimmed();
        if (hasServerBinaries(dir))
            return dir;
    }
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString& a, const QString& b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    QStringList candidates;
    for (const QString& version : versions)
        candidates.append(QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version));
    candidates << QStringLiteral("/opt/homebrew/opt/postgresql@15/bin") << QStringLiteral("/usr/local/opt/postgresql@15/bin")
               << QStringLiteral("/usr/local/pgsql/bin");
    const QString inPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!inPath.isEmpty())
        candidates.append(QFileInfo(inPath).absolutePath());
    for (const QString& dir : candidates) {
        if (hasServerBinaries(dir))
            return dir;
    }
    return {};
}

// A port the kernel just handed out on 127.0.0.1; startServer() retries if someone takes it first.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

// The postgres user must be able to reach the cluster directory; a TMPDIR under /root would not do.
bool traversableByOthers(const QString& path)
{
    QDir dir(path);
    for (;;) {
        struct stat info {};
        if (::stat(QFile::encodeName(dir.absolutePath()).constData(), &info) != 0 || !(info.st_mode & S_IXOTH))
            return false;
        if (dir.isRoot())
            return true;
        dir.cdUp();
    }
}

QString tempTemplate(bool asPostgresUser)
{
    const QString base = !asPostgresUser || traversableByOthers(QDir::tempPath()) ? QDir::tempPath()
                                                                                   : QStringLiteral("/tmp");
    return base + QStringLiteral("/channeldesk-pg-XXXXXX");
}

} // namespace

// PostgreSQL refuses to run as root: then initdb and the server run as the postgres user, which must be able to
// reach the directory.
TestPostgres::TestPostgres()
    : m_dir(tempTemplate(::geteuid() == 0))
    , m_password(QString::number(QRandomGenerator::system()->generate64(), 16))
    , m_asPostgresUser(::geteuid() == 0)
{
}

TestPostgres::~TestPostgres()
{
    stop();
}

TestPostgres& TestPostgres::shared()
{
    static TestPostgres instance;
    return instance;
}

Status TestPostgres::start()
{
    if (m_started)
        return m_startStatus;
    m_started = true;
    m_startStatus = initCluster();
    if (m_startStatus)
        m_startStatus = startServer();
    return m_startStatus;
}

Status TestPostgres::run(const QString& tool, const QStringList& args, int timeoutMs)
{
    QString program = m_binDir + QLatin1Char('/') + tool;
    QStringList arguments = args;
    if (m_asPostgresUser) {
        arguments = QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program } + args;
        program = QStandardPaths::findExecutable(QStringLiteral("runuser"),
                                                 { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                   QStringLiteral("/usr/bin"), QStringLiteral("/bin") });
        if (program.isEmpty())
            return failure(QStringLiteral("running as root needs runuser (util-linux) to start PostgreSQL as the "
                                          "postgres user."));
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // A working directory the postgres user can enter (initdb and pg_ctl complain from /root otherwise).
    process.setWorkingDirectory(m_dir.path());
    process.start(program, arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return failure(QStringLiteral("%1 failed").arg(tool),
                       QStringLiteral("%1 %2\n%3%4")
                           .arg(program, arguments.join(QLatin1Char(' ')), process.errorString() + QLatin1Char('\n'),
                                QString::fromLocal8Bit(process.readAll())));
    return {};
}

Status TestPostgres::initCluster()
{
    m_binDir = findBinDir();
    if (m_binDir.isEmpty())
        return failure(QStringLiteral("the PostgreSQL server binaries (initdb, pg_ctl) were not found. Install them "
                                      "(Debian: apt-get install postgresql; Fedora: postgresql-server; macOS: brew "
                                      "install postgresql@15) or set CHANNELDESK_PG_BINDIR."));
    if (!m_dir.isValid())
        return failure(QStringLiteral("no temporary directory: ") + m_dir.errorString());

    const QString passwordFile = m_dir.filePath(QStringLiteral("pwfile"));
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_password.toLatin1() + '\n') < 0)
            return failure(QStringLiteral("cannot write %1").arg(passwordFile));
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    if (m_asPostgresUser) {
        const passwd* postgres = ::getpwnam("postgres");
        if (!postgres)
            return failure(QStringLiteral("running as root, the tests start PostgreSQL as the 'postgres' system user, "
                                          "which does not exist (it comes with the postgresql package)."));
        for (const QString& path : { m_dir.path(), passwordFile }) {
            if (::chown(QFile::encodeName(path).constData(), postgres->pw_uid, postgres->pw_gid) != 0)
                return failure(QStringLiteral("cannot hand %1 to the postgres user").arg(path),
                               QString::fromLocal8Bit(std::strerror(errno)));
        }
    }

    const QStringList common { QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), m_user,
                               QStringLiteral("--pwfile=") + passwordFile, QStringLiteral("--auth=scram-sha-256"),
                               QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--no-sync") };
    // A linguistic default collation (ICU en-US, PostgreSQL 15+) like most production clusters have, so SQL that
    // silently relies on byte order fails here instead of in the field; older servers fall back to C.
    Status status = run(QStringLiteral("initdb"),
                        common + QStringList { QStringLiteral("--locale-provider=icu"), QStringLiteral("--icu-locale=en-US") },
                        120000);
    if (!status) {
        QDir(dataDir()).removeRecursively();
        status = run(QStringLiteral("initdb"), common, 120000);
    }
    QFile::remove(passwordFile);
    if (!status)
        return status;

    // Loopback only, the socket in our own directory (never /var/run/postgresql), and durability off: the cluster
    // lives for one test run.
    QFile config(dataDir() + QStringLiteral("/postgresql.conf"));
    if (!config.open(QIODevice::Append | QIODevice::Text))
        return failure(QStringLiteral("cannot append to %1").arg(config.fileName()));
    QString socketDir = m_dir.path();
    socketDir.replace(QLatin1Char('\''), QStringLiteral("''"));
    config.write(QStringLiteral("\n# channeldesk tests\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%1'\n"
                                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 50\n")
                     .arg(socketDir)
                     .toUtf8());
    return {};
}

Status TestPostgres::startServer()
{
    Status status;
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freePort();
        if (m_port == 0)
            return failure(QStringLiteral("no free port on 127.0.0.1"));
        status = run(QStringLiteral("pg_ctl"),
                     { QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
                       QStringLiteral("-o"), QStringLiteral("-p %1").arg(m_port), QStringLiteral("-w"),
                       QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start") },
                     90000);
        if (status) {
            m_running = true;
            return {};
        }
    }
    return failure(status.error().message, status.error().detail + QStringLiteral("\nserver log:\n") + log());
}

Result<QString> TestPostgres::createDatabase(const QStringList& setup)
{
    if (Status status = start(); !status)
        return status.error();
    const QString name = QStringLiteral("channeldesk_test_%1").arg(++m_databases);
    // An identifier cannot be a bound parameter; the name is ours (a counter), never input.
    QString problem = execAsAdmin(QStringLiteral("postgres"), { QStringLiteral("CREATE DATABASE %1").arg(name) });
    if (problem.isEmpty() && !setup.isEmpty())
        problem = execAsAdmin(name, setup);
    if (!problem.isEmpty())
        return failure(problem);
    return QStringLiteral("postgres://%1:%2@127.0.0.1:%3/%4").arg(m_user, m_password).arg(m_port).arg(name);
}

QString TestPostgres::execAsAdmin(const QString& database, const QStringList& statements)
{
    const QString connectionName = QStringLiteral("channeldesk-test-postgres-admin");
    QString problem;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        if (!admin.isValid()) {
            problem = QStringLiteral("Qt's PostgreSQL driver (QPSQL; Debian: libqt6sql6-psql) is not installed.");
        } else {
            admin.setHostName(QStringLiteral("127.0.0.1"));
            admin.setPort(m_port);
            admin.setUserName(m_user);
            admin.setPassword(m_password);
            admin.setDatabaseName(database);
            if (!admin.open())
                problem = QStringLiteral("cannot connect to %1: %2").arg(database, admin.lastError().text());
            for (const QString& statement : statements) {
                if (!problem.isEmpty())
                    break;
                QSqlQuery query(admin);
                if (!query.exec(statement))
                    problem = QStringLiteral("%1 failed: %2").arg(statement, query.lastError().text());
            }
            admin.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return problem;
}

void TestPostgres::stop()
{
    if (!m_running)
        return;
    m_running = false;
    // pg_ctl would need a child process; signalling the postmaster works even during static destruction.
    QFile pidFile(dataDir() + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return;
    const pid_t pid = static_cast<pid_t>(pidFile.readLine().trimmed().toLongLong());
    pidFile.close();
    if (pid <= 0)
        return;
    const auto waitForExit = [pid](int ms) {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            if (::kill(pid, 0) != 0 && errno == ESRCH)
                return true;
            QThread::msleep(20);
        }
        return false;
    };
    ::kill(pid, SIGINT); // fast shutdown: disconnect clients, stop cleanly
    if (waitForExit(15000))
        return;
    ::kill(pid, SIGQUIT); // immediate shutdown
    if (!waitForExit(5000))
        ::kill(pid, SIGKILL);
}

QString TestPostgres::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("server.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()) : QString();
}

} // namespace ChannelDesk::Test
