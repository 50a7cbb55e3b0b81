// Sync under faults: the real server behind FaultProxy (connections dropped mid-request, mid-response, reset), and
// a real channeldesk-cli process killed with SIGKILL mid-sync. Guarantees: docs/sync-protocol.md (G1, G2, G5).
#include "EndToEndSupport.h"
#include "common/Uuid.h"
#include "partners/ContactRepository.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "support/CatchQt.h"
#include "support/FaultProxy.h"
#include "support/SimulationChecker.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"
#include "sync/SyncEngine.h"
#include "sync/SyncHttp.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <csignal>

using namespace ChannelDesk;
using namespace ChannelDesk::Test;

namespace {

using Fault = FaultProxy::Fault;

/// The server's database, read-only, next to the running server (WAL lets both in).
class ServerDb
{
public:
    explicit ServerDb(const QString& path)
        : m_name(QStringLiteral("fault-test-server-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        REQUIRE(db.open());
    }
    ~ServerDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    ServerDb(const ServerDb&) = delete;
    ServerDb& operator=(const ServerDb&) = delete;

    qint64 scalar(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(sql);
        for (const QVariant& bind : binds)
            query.addBindValue(bind);
        INFO(sql.toStdString());
        REQUIRE(query.exec());
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }

    qint64 processed(const QString& clientId)
    {
        return scalar(QStringLiteral("SELECT count(*) FROM processed_mutation WHERE client_id = ?"), { clientId });
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

Partner newPartner(const QString& name)
{
    Partner p;
    p.name = name;
    p.country = QStringLiteral("VN");
    p.owner = QStringLiteral("lan");
    return p;
}

/// A client syncing through the proxy.
struct ProxiedClient
{
    ProxiedClient(FaultProxy& proxy, const QString& caFile)
        : engine(db.path(), SyncAccount { proxy.url(), QStringLiteral("lan"), caFile, {} })
    {
        REQUIRE(engine.open().ok());
    }

    void signIn()
    {
        const SyncReport report = engine.signIn(QString::fromLatin1(TestServer::Password));
        INFO(report.message.toStdString());
        REQUIRE(report.outcome == SyncReport::Outcome::Ok);
    }

    int outbox(const QString& state)
    {
        QSqlQuery query(db.db().connection());
        query.prepare(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = ?"));
        query.addBindValue(state);
        REQUIRE(query.exec());
        REQUIRE(query.next());
        return query.value(0).toInt();
    }

    TempDatabase db;
    SyncEngine engine;
};

} // namespace

TEST_CASE("fault: plans come from the seed - the same seed gives the same plans")
{
    FaultProxy a(1, 42);
    FaultProxy b(1, 42);
    FaultProxy other(1, 43);
    bool differs = false;
    for (int i = 0; i < 20; ++i) {
        for (Fault fault : { Fault::DropRequest, Fault::DropResponse, Fault::Delay, Fault::Reset }) {
            const FaultProxy::Plan pa = a.randomPlan(fault);
            const FaultProxy::Plan pb = b.randomPlan(fault);
            const FaultProxy::Plan po = other.randomPlan(fault);
            CHECK((pa.exchange == pb.exchange && pa.cut == pb.cut && pa.bytes == pb.bytes && pa.delayMs == pb.delayMs));
            differs = differs || pa.exchange != po.exchange || pa.cut != po.cut || pa.bytes != po.bytes
                      || pa.delayMs != po.delayMs;
        }
    }
    CHECK(differs);
}

TEST_CASE("fault: a push answer lost after the server committed is resent and answered as a duplicate (G2)")
{
    TestServer& server = ChannelDesk::Test::server();
    FaultProxy proxy(static_cast<quint16>(server.port()), 1);
    REQUIRE(proxy.listen());
    // Exchange 1 on the connection is the sign-in, exchange 2 the push: its response is cut as it starts. Qt may
    // resend a request on a new connection by itself; those lose their answer too, so this sync fails for sure.
    proxy.queuePlan({ Fault::DropResponse, 2 });
    proxy.setFixedPlan({ Fault::DropResponse, 1 });
    ProxiedClient client(proxy, server.caFile());
    client.signIn();
    REQUIRE(PartnerRepository(client.db.db()).create(newPartner(QStringLiteral("Lost Answer Ltd"))).ok());

    const SyncReport lost = client.engine.runOnce();
    CHECK(lost.outcome == SyncReport::Outcome::Failed);
    CHECK(lost.retryable);
    REQUIRE(proxy.faultCount(Fault::DropResponse) >= 1);
    proxy.clearFaults();
    // The server committed; the client never heard, so the entry is still in flight.
    CHECK(client.outbox(QStringLiteral("inflight")) == 1);
    const QString clientId = client.engine.store().clientId();
    const QList<OutboxEntry> sent = client.engine.store().nextBatch(10, 1 << 20).value();
    REQUIRE(sent.size() == 1);
    const qint64 mutationId = sent.first().mutationId;
    ServerDb db(server.databasePath());
    const QString perMutation
        = QStringLiteral("SELECT count(*) FROM change_log WHERE client_id = ? AND mutation_id = ?");
    CHECK(db.scalar(perMutation, { clientId, mutationId }) == 1);
    const qint64 seqBefore = db.scalar(QStringLiteral("SELECT seq FROM sync_counter"));

    // The next sync sends it again; the server answers from its idempotency record and applies nothing.
    const SyncReport resent = client.engine.runOnce();
    INFO(resent.message.toStdString());
    REQUIRE(resent.outcome == SyncReport::Outcome::Ok);
    CHECK(resent.pushed == 1);
    CHECK(client.outbox(QStringLiteral("acked")) == 1);
    CHECK(db.scalar(perMutation, { clientId, mutationId }) == 1);
    CHECK(db.processed(clientId) == 1);
    CHECK(db.scalar(QStringLiteral("SELECT seq FROM sync_counter")) == seqBefore);

    // The answer to that resend was the stored one, marked as a duplicate: ask again the same way to see it.
    SyncHttp http(server.url());
    QString why;
    REQUIRE(http.trustCaFile(server.caFile(), &why));
    const HttpResult login = http.post(QStringLiteral("/auth/v1/login"),
                                       { { QStringLiteral("username"), QStringLiteral("lan") },
                                         { QStringLiteral("password"), QString::fromLatin1(TestServer::Password) } },
                                       {});
    REQUIRE(login.ok());
    const HttpResult again = http.post(QStringLiteral("/sync/v1/push"),
                                       { { QStringLiteral("client_id"), clientId },
                                         { QStringLiteral("mutations"), QJsonArray { sent.first().wire } } },
                                       login.body.value(QStringLiteral("access_token")).toString().toLatin1());
    REQUIRE(again.ok());
    const QJsonObject answer = again.body.value(QStringLiteral("results")).toArray().first().toObject();
    CHECK(answer.value(QStringLiteral("duplicate")).toBool());
    CHECK(answer.value(QStringLiteral("status")).toString() == QStringLiteral("applied"));
    CHECK(db.scalar(perMutation, { clientId, mutationId }) == 1);
}

TEST_CASE("fault: requests cut or reset in flight leave the outbox intact and a later sync delivers it once")
{
    TestServer& server = ChannelDesk::Test::server();
    FaultProxy proxy(static_cast<quint16>(server.port()), 2);
    REQUIRE(proxy.listen());
    // The push is exchange 2 on the sign-in's connection. Qt opens new connections to resend by itself (after a
    // reset, even a POST); each fault phase gives those the same fault, so that the sync really fails.
    proxy.queuePlan({ Fault::DropRequest, 2, 0.5 });
    ProxiedClient client(proxy, server.caFile());
    client.signIn();
    const Partner p = PartnerRepository(client.db.db()).create(newPartner(QStringLiteral("Cut Wire Co"))).value();
    REQUIRE(PartnerRepository(client.db.db()).create(newPartner(QStringLiteral("Reset Ltd"))).ok());
    Contact contact;
    contact.partnerId = p.id;
    contact.lastName = QStringLiteral("Phạm");
    REQUIRE(ContactRepository(client.db.db()).create(contact).ok());
    Partner edited = PartnerRepository(client.db.db()).get(p.id).value();
    edited.phone = QStringLiteral("+84 28 1234 5678");
    REQUIRE(PartnerRepository(client.db.db()).update(edited).value());
    const QString clientId = client.engine.store().clientId();
    ServerDb db(server.databasePath());

    const QList<FaultProxy::Plan> phases {
        { Fault::DropRequest, 1, 0.5 }, // connection closed in the middle of the push's first record
        { Fault::Reset, 1, 0.2 }, // RST inside the push request
        { Fault::Reset, 0, 0.0, 200 }, // RST inside the TLS ClientHello, before any request byte
    };
    for (const FaultProxy::Plan& plan : phases) {
        INFO("phase " << FaultProxy::faultName(plan.fault).toStdString() << " bytes " << plan.bytes);
        proxy.setFixedPlan(plan); // the queued plan hits the first push; this one every resend
        const int before = proxy.faultCount(plan.fault);
        const SyncReport report = client.engine.runOnce();
        CHECK(report.outcome == SyncReport::Outcome::Failed);
        CHECK(proxy.faultCount(plan.fault) > before);
        // Nothing reached the server, and nothing was lost or marked done on the client.
        CHECK(db.processed(clientId) == 0);
        CHECK(client.engine.store().pendingCount() == 4);
        CHECK(client.outbox(QStringLiteral("acked")) == 0);
    }

    proxy.clearFaults();
    const SyncReport report = client.engine.runOnce();
    INFO(report.message.toStdString());
    REQUIRE(report.outcome == SyncReport::Outcome::Ok);
    CHECK(report.pushed == 4);
    CHECK(report.conflicts == 0); // the edit of a record created offline is not a conflict with its own create
    CHECK(client.outbox(QStringLiteral("acked")) == 4);
    CHECK(db.processed(clientId) == 4);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE client_id = ?"), { clientId }) == 4);
    CHECK(db.scalar(QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM change_log WHERE client_id = ? "
                                   "GROUP BY mutation_id)"),
                    { clientId })
          == 1);
    CHECK(PartnerRepository(client.db.db()).get(p.id)->phone == QStringLiteral("+84 28 1234 5678"));
}

namespace {

QString cliBinary()
{
    return QStringLiteral(CHANNELDESK_CLI_BINARY);
}

struct CliRun
{
    int exitCode = -1;
    bool killed = false;
    QString out;
    QString err;
};

/// Runs `channeldesk-cli sync` through `proxy`; with `killAtResponse` > 0 the process gets SIGKILL the moment the
/// server starts that response (counting every response on every connection of this run), before any of it
/// reaches the client.
CliRun runCliSync(FaultProxy& proxy, const TestServer& server, const QString& database, int killAtResponse)
{
    QProcess process;
    process.setProgram(cliBinary());
    process.setArguments({ QStringLiteral("--database"), database, QStringLiteral("sync"), QStringLiteral("--server"),
                           proxy.url().toString(), QStringLiteral("--user"), QStringLiteral("boss"),
                           QStringLiteral("--ca-file"), server.caFile(), QStringLiteral("--password-stdin") });
    CliRun run;
    int responses = 0;
    const QMetaObject::Connection watch = QObject::connect(&proxy, &FaultProxy::responseStarted, [&] {
        if (++responses == killAtResponse && process.state() == QProcess::Running) {
            ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
            run.killed = true;
        }
    });
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit); // a hung run fails below instead of hanging the suite
    process.start();
    REQUIRE(process.waitForStarted(10000));
    process.write(QByteArray(TestServer::Password) + '\n');
    process.closeWriteChannel();
    loop.exec();
    QObject::disconnect(watch);
    REQUIRE(process.state() == QProcess::NotRunning);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

int clientCount(const QString& database, const QString& sql)
{
    int count = -1;
    {
        auto opened = Database::open(database, Database::Role::Reader);
        REQUIRE(opened.ok());
        QSqlQuery query(opened.value()->connection());
        if (query.exec(sql) && query.next())
            count = query.value(0).toInt();
    }
    return count;
}

} // namespace

TEST_CASE("fault: channeldesk-cli killed with SIGKILL mid-push and mid-pull converges on rerun - each mutation once")
{
    TestServer server;
    REQUIRE(server.prepare());
    REQUIRE(server.start());
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("client.db"));
    // 1,200 local changes: three push batches of at most 500, then the pull.
    QProcess generate;
    generate.start(cliBinary(),
                   { QStringLiteral("--database"), database, QStringLiteral("generate"), QStringLiteral("--partners"),
                     QStringLiteral("400"), QStringLiteral("--contacts-per-partner"), QStringLiteral("2"),
                     QStringLiteral("--with-outbox") });
    REQUIRE(generate.waitForFinished(60000));
    REQUIRE(generate.exitCode() == 0);
    REQUIRE(clientCount(database, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'pending'")) == 1200);

    // Every chunk waits 60 ms in the proxy: slow enough that the kill lands before the client hears the answer.
    FaultProxy proxy(static_cast<quint16>(server.port()), 3);
    REQUIRE(proxy.listen());
    FaultProxy::Plan slow;
    slow.fault = Fault::Delay;
    slow.delayMs = 60;
    proxy.setFixedPlan(slow);
    ServerDb db(server.databasePath());

    // Responses: 1 sign-in, 2 first batch, 3 second batch. Killed as the server answers the second batch: the
    // server has committed 1,000 changes, the client has recorded 500.
    const CliRun first = runCliSync(proxy, server, database, 3);
    INFO("first run: " << first.out.toStdString() << first.err.toStdString());
    REQUIRE(first.killed);
    CHECK(first.exitCode == -1);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM processed_mutation")) == 1000);
    CHECK(clientCount(database, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'acked'")) == 500);
    CHECK(clientCount(database, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'inflight'")) == 500);

    // Responses: 1 sign-in, 2 the second batch again (duplicates), 3 the third batch, 4 the first pull page.
    // Killed as the pull starts: everything is pushed, nothing pulled.
    const CliRun second = runCliSync(proxy, server, database, 4);
    INFO("second run: " << second.out.toStdString() << second.err.toStdString());
    REQUIRE(second.killed);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM processed_mutation")) == 1200);
    CHECK(clientCount(database, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'acked'")) == 1200);

    const CliRun last = runCliSync(proxy, server, database, 0);
    INFO("last run: " << last.out.toStdString() << last.err.toStdString());
    REQUIRE(last.exitCode == 0);
    CHECK(last.out.startsWith(QStringLiteral("Synced.")));
    CHECK(last.out.contains(QStringLiteral("Still to send: 0.")));

    // Converged, and each of the 1,200 mutations applied exactly once: the simulation's checker, over this client.
    auto opened = Database::open(database, Database::Role::Reader);
    REQUIRE(opened.ok());
    SimulationLog log;
    QSqlQuery ids(opened.value()->connection());
    REQUIRE(ids.exec(QStringLiteral("SELECT id, 'partner' FROM partner UNION ALL SELECT id, 'contact' FROM contact")));
    while (ids.next())
        log.created.insert(Uuid::toString(ids.value(0).toByteArray()), ids.value(1).toString());
    REQUIRE(log.created.size() == 1200);
    QSqlQuery clientId(opened.value()->connection());
    REQUIRE(clientId.exec(QStringLiteral("SELECT v FROM sync_state WHERE k = 'client_id'")));
    REQUIRE(clientId.next());
    const CheckedClient view { QStringLiteral("cli (boss)"), QStringLiteral("boss"), true,
                               Uuid::toString(clientId.value(0).toByteArray()), opened.value()->connection() };
    const QStringList violations = SimulationChecker::checkFinal(server.databasePath(), { view }, log);
    INFO(violations.join(QLatin1Char('\n')).toStdString());
    CHECK(violations.isEmpty());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM change_log")) == 1200);
}

TEST_CASE("fault: channeldesk-cli sync reports a wrong password and missing options with their exit codes")
{
    TestServer& server = ChannelDesk::Test::server();
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("client.db"));
    auto run = [&](const QStringList& args, const QByteArray& input) {
        QProcess process;
        process.start(cliBinary(),
                      QStringList { QStringLiteral("--database"), database, QStringLiteral("sync") } + args);
        REQUIRE(process.waitForStarted(10000));
        process.write(input);
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(60000));
        return std::make_pair(process.exitCode(), QString::fromUtf8(process.readAllStandardError()));
    };
    const QStringList account { QStringLiteral("--server"), server.url().toString(),     QStringLiteral("--user"),
                                QStringLiteral("minh"),     QStringLiteral("--ca-file"), server.caFile() };
    const auto wrong = run(account + QStringList { QStringLiteral("--password-stdin") }, "not-the-password\n");
    CHECK(wrong.first == 4);
    CHECK(wrong.second.contains(QStringLiteral("Wrong user name or password.")));
    CHECK(run(account, "password-123\n").first == 2); // the password only from stdin
    CHECK(run({ QStringLiteral("--password-stdin") }, "password-123\n").first == 2);
    const auto ok = run(account + QStringList { QStringLiteral("--password-stdin") }, "password-123\n");
    CHECK(ok.first == 0);
}
