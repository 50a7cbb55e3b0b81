// channeldesk-server: the vendor's sync server (HTTPS) and its account administration commands.
//   channeldesk-server --listen ADDR --port N --cert FILE --key FILE --database PATH|postgres://…
//   channeldesk-server user add|passwd|disable|enable|list … --database …
#include "HttpApi.h"
#include "TokenService.h"
#include "ServerDatabase.h"
#include "ServerLogging.h"
#include "UserStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QSettings>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTextStream>
#include <QTimer>
#include <QElapsedTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace ChannelDesk;
using namespace ChannelDesk::Server;

namespace {

enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

int fail(const QString& message, int code = Failure)
{
    QTextStream(stderr) << "channeldesk-server: " << message << Qt::endl;
    return code;
}

int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

QString readPassword(bool fromStdin)
{
    QTextStream in(stdin);
    if (!fromStdin)
        QTextStream(stderr) << "Password: " << Qt::flush;
    return in.readLine();
}

int userCommand(const QStringList& args, const QString& database, bool passwordFromStdin, const QString& role)
{
    auto db = ServerDatabase::open(database);
    if (!db)
        return fail(db.error().message + QLatin1Char(' ') + db.error().detail);
    UserStore users(*db.value());
    const QString action = args.value(1);
    const QString name = args.value(2);
    Status status;
    if (action == QLatin1String("list")) {
        const auto list = users.list();
        if (!list)
            return fail(list.error().message);
        QTextStream out(stdout);
        for (const User& user : list.value())
            out << user.name << '\t' << user.role << '\t' << (user.disabled ? "disabled" : "active") << Qt::endl;
        return Ok;
    }
    if (name.isEmpty())
        return fail(QStringLiteral("user %1 needs a user name.").arg(action), Usage);
    if (action == QLatin1String("add"))
        status = users.add(name, readPassword(passwordFromStdin), role);
    else if (action == QLatin1String("passwd"))
        status = users.setPassword(name, readPassword(passwordFromStdin));
    else if (action == QLatin1String("disable") || action == QLatin1String("enable"))
        status = users.setDisabled(name, action == QLatin1String("disable"));
    else
        return fail(QStringLiteral("unknown user command '%1' (add, passwd, disable, enable, list).").arg(action), Usage);
    return status ? Ok : fail(status.error().message);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("channeldesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHANNELDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "ChannelDesk sync server.\n\nServe:  channeldesk-server --cert FILE --key FILE --database PATH\n"
        "Users:  channeldesk-server user add|passwd|disable|enable|list [NAME] --database PATH"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("INI file with the settings below."),
                                          QStringLiteral("file"));
    const QCommandLineOption listenOption(QStringLiteral("listen"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                          QStringLiteral("address"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port (default 8443; 0 picks a free one)."),
                                        QStringLiteral("port"));
    const QCommandLineOption certOption(QStringLiteral("cert"), QStringLiteral("TLS certificate chain (PEM)."),
                                        QStringLiteral("file"));
    const QCommandLineOption keyOption(QStringLiteral("key"), QStringLiteral("TLS private key (PEM)."),
                                       QStringLiteral("file"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("SQLite file or postgres://user:pass@host:port/db."),
                                            QStringLiteral("location"));
    const QCommandLineOption plainOption(QStringLiteral("insecure-plain-http"),
                                         QStringLiteral("Development only: serve plain HTTP. Refused unless the listen "
                                                        "address is loopback."));
    const QCommandLineOption portFileOption(QStringLiteral("port-file"),
                                            QStringLiteral("Write the port actually bound to this file (tests)."),
                                            QStringLiteral("file"));
    const QCommandLineOption accessLifetimeOption(QStringLiteral("access-token-seconds"),
                                                  QStringLiteral("Access token lifetime (default 900)."),
                                                  QStringLiteral("seconds"));
    const QCommandLineOption roleOption(QStringLiteral("role"), QStringLiteral("For user add: admin or cam (default cam)."),
                                        QStringLiteral("role"), QStringLiteral("cam"));
    const QCommandLineOption stdinOption(QStringLiteral("password-stdin"),
                                         QStringLiteral("For user add/passwd: read the password from standard input."));
    parser.addOptions({ configOption, listenOption, portOption, certOption, keyOption, databaseOption, plainOption,
                        portFileOption, accessLifetimeOption, roleOption, stdinOption });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("Optional: user …"));
    parser.process(app);

    // Command line wins over the config file.
    QSettings config(parser.value(configOption), QSettings::IniFormat);
    auto setting = [&](const QCommandLineOption& option, const QString& key, const QString& fallback = QString()) {
        if (parser.isSet(option))
            return parser.value(option);
        return parser.isSet(configOption) ? config.value(key, fallback).toString() : fallback;
    };
    if (parser.isSet(configOption) && !QFile::exists(parser.value(configOption)))
        return fail(QStringLiteral("config file %1 not found.").arg(parser.value(configOption)), Usage);
    const QString database = setting(databaseOption, QStringLiteral("database"));
    if (database.isEmpty())
        return fail(QStringLiteral("--database is required."), Usage);

    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty()) {
        if (args.first() != QLatin1String("user"))
            return fail(QStringLiteral("unknown command '%1'.").arg(args.first()), Usage);
        return userCommand(args, database, parser.isSet(stdinOption), parser.value(roleOption));
    }

    const QHostAddress address(setting(listenOption, QStringLiteral("listen"), QStringLiteral("127.0.0.1")));
    if (address.isNull())
        return fail(QStringLiteral("--listen is not an IP address."), Usage);
    bool portOk = false;
    const int port = setting(portOption, QStringLiteral("port"), QStringLiteral("8443")).toInt(&portOk);
    if (!portOk || port < 0 || port > 65535)
        return fail(QStringLiteral("--port must be 0–65535."), Usage);

    auto db = ServerDatabase::open(database);
    if (!db)
        return fail(db.error().message + QLatin1Char(' ') + db.error().detail);
    HttpApi api(*db.value());
    if (parser.isSet(accessLifetimeOption))
        api.tokens().setAccessLifetime(parser.value(accessLifetimeOption).toLongLong());

    if (parser.isSet(plainOption)) {
        if (!address.isLoopback())
            return fail(QStringLiteral("plain HTTP is for local development only; it is refused on %1. "
                                       "Use --cert and --key.")
                            .arg(address.toString()),
                        Usage);
        qCWarning(lcServer) << "serving PLAIN HTTP on loopback (development mode)";
    } else {
        const QString certPath = setting(certOption, QStringLiteral("cert"));
        const QString keyPath = setting(keyOption, QStringLiteral("key"));
        if (certPath.isEmpty() || keyPath.isEmpty())
            return fail(QStringLiteral("HTTPS needs --cert and --key."), Usage);
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPath, QSsl::Pem);
        if (chain.isEmpty())
            return fail(QStringLiteral("no PEM certificate could be read from %1.").arg(certPath));
        QFile keyFile(keyPath);
        if (!keyFile.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read the key file %1.").arg(keyPath));
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            return fail(QStringLiteral("%1 is not a PEM RSA or EC private key.").arg(keyPath));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(chain.first());
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(key);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        api.server()->sslSetup(tls);
    }

    const quint16 bound = api.server()->listen(address, static_cast<quint16>(port));
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on %1:%2 (in use, or no permission).").arg(address.toString()).arg(port));
    qCInfo(lcServer).noquote() << "listening on" << address.toString() << bound;
    if (parser.isSet(portFileOption)) {
        QFile portFile(parser.value(portFileOption));
        if (!portFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(QStringLiteral("cannot write %1.").arg(portFile.fileName()));
        portFile.write(QByteArray::number(bound));
    }

    // Graceful shutdown: stop accepting, let the event loop finish what it is handling, then exit.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
        auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&api, &app, notifier] {
            char byte;
            [[maybe_unused]] const auto readBytes = ::read(signalPipe[0], &byte, 1);
            notifier->setEnabled(false);
            qCInfo(lcServer) << "shutting down: no new connections; finishing requests in progress";
            for (QTcpServer* server : api.server()->servers())
                server->close();
            // Requests already on open connections are still answered: exit once the server has been quiet for
            // 300 ms (every request is handled to completion in turn), or after 10 s at most.
            auto* drain = new QTimer(&app);
            auto* waited = new QElapsedTimer;
            waited->start();
            QObject::connect(drain, &QTimer::timeout, &app, [&api, drain, waited] {
                if (api.msSinceLastRequest() < 300 && waited->elapsed() < 10000)
                    return;
                drain->stop();
                delete waited;
                qCInfo(lcServer) << "stopped";
                QCoreApplication::quit();
            });
            drain->start(50);
        });
    }
    return app.exec();
}
