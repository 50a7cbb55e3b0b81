#include "TestServer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#include <csignal>

namespace ChannelDesk::Test {

TestServer::TestServer() = default;

TestServer::~TestServer()
{
    stop();
}

QString TestServer::binary()
{
    return QStringLiteral(CHANNELDESK_SERVER_BINARY);
}

bool TestServer::openssl(const QString& dir, const QStringList& args, QString* error)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("openssl %1 failed: %2 %3")
                         .arg(args.join(QLatin1Char(' ')), process.errorString(), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool TestServer::prepare()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    const QString dir = m_dir.path();
    // A throwaway CA, and a server certificate for 127.0.0.1/localhost signed by it.
    QFile ext(m_dir.filePath(QStringLiteral("server.ext")));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
              "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
    ext.close();
    const QList<QStringList> steps {
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"),
          QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=ChannelDesk Test CA") },
        { QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
          QStringLiteral("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost") },
        { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
          QStringLiteral("server.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext") },
    };
    for (const QStringList& step : steps) {
        if (!openssl(dir, step, &m_error))
            return false;
    }
    return addUser(QStringLiteral("lan"), QStringLiteral("cam"), QString::fromLatin1(Password))
        && addUser(QStringLiteral("minh"), QStringLiteral("cam"), QString::fromLatin1(Password))
        && addUser(QStringLiteral("boss"), QStringLiteral("admin"), QString::fromLatin1(Password));
}

bool TestServer::prepareFrom(const TestServer& prepared)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    for (const QString& name : { QStringLiteral("ca.pem"), QStringLiteral("server.pem"), QStringLiteral("server.key"),
                                 QStringLiteral("server.db") }) {
        if (!QFile::copy(prepared.m_dir.filePath(name), m_dir.filePath(name))) {
            m_error = QStringLiteral("cannot copy %1 from %2").arg(name, prepared.dirPath());
            return false;
        }
    }
    return true;
}

bool TestServer::addUser(const QString& name, const QString& role, const QString& password)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(binary(), { QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role,
                              QStringLiteral("--password-stdin"), QStringLiteral("--database"), database() });
    process.write((password + QLatin1Char('\n')).toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        m_error = QStringLiteral("user add %1 failed: %2").arg(name, QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool TestServer::start(const QStringList& extraArgs)
{
    stop();
    const QString portFile = m_dir.filePath(QStringLiteral("port"));
    QFile::remove(portFile);
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_dir.filePath(QStringLiteral("server.log")), QIODevice::Append);
    QStringList args { QStringLiteral("--listen"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                       m_port ? QString::number(m_port) : QStringLiteral("0"), QStringLiteral("--cert"), certFile(),
                       QStringLiteral("--key"), keyFile(), QStringLiteral("--database"), database(),
                       QStringLiteral("--port-file"), portFile };
    m_process->start(binary(), args + extraArgs);
    if (!m_process->waitForStarted(10000)) {
        m_error = m_process->errorString();
        return false;
    }
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        QFile file(portFile);
        if (file.open(QIODevice::ReadOnly)) {
            const int port = file.readAll().toInt();
            if (port > 0) {
                m_port = port;
                return true;
            }
        }
        if (m_process->state() == QProcess::NotRunning) {
            m_error = QStringLiteral("server exited: ") + log();
            return false;
        }
        QThread::msleep(20);
    }
    m_error = QStringLiteral("server did not start: ") + log();
    return false;
}

void TestServer::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

void TestServer::kill9()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    ::kill(static_cast<pid_t>(m_process->processId()), SIGKILL);
    m_process->waitForFinished(5000);
}

QUrl TestServer::url() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
}

QString TestServer::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("server.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()) : QString();
}

} // namespace ChannelDesk::Test
