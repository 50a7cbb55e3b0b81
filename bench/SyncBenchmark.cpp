// Measures sync end to end on one machine: the real channeldesk-server as a separate process over HTTPS on
// loopback, and the real client engine (SyncEngine, SyncStore, SQLite) on a worker thread of this process while the
// main thread runs an event-loop heartbeat, as the GUI would. Prints JSON. See bench/run-sync-benchmarks.sh and
// docs/benchmarks.md ("Sync (issue 7)").
//
//   sync-benchmark [--records N] [--contacts-per-partner K] [--repeat R] [--initial-repeat R] [--work DIR]
//                  [--measures initial,nochange,push,pull,throughput] [--connections C] [--seconds S]
//
// The server database is seeded once per (N, K) without HTTP (by this program run with --seed-only in a child
// process, so the seeding does not count in the client's peak RSS) and cached under --work (default
// /tmp/channeldesk-sync-bench); every run works on a copy of it.
#include "HttpApi.h"
#include "ServerDatabase.h"
#include "UserStore.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "partners/ContactRepository.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "sync/SyncEngine.h"
#include "sync/SyncSchema.h"
#include "sync/SyncStore.h"
#include "tools/DataGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

using namespace ChannelDesk;

namespace {

const QString UserName = QStringLiteral("bench");
const QString Password = QStringLiteral("bench-password-1");
constexpr int SeedFormat = 1; // bump when the seeded layout changes, so stale caches are not reused

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

double ms(qint64 ns)
{
    return static_cast<double>(ns) / 1e6;
}

double round2(double v)
{
    return std::round(v * 100) / 100.0;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank: p95 of 20 runs is the 19th value.
    const qsizetype rank = std::clamp<qsizetype>(static_cast<qsizetype>(std::ceil(p * values.size())), 1, values.size());
    return values.at(rank - 1);
}

QJsonObject stats(const QList<double>& values, bool withRuns = true)
{
    QJsonObject result { { QStringLiteral("p50_ms"), round2(percentile(values, 0.50)) },
                         { QStringLiteral("p95_ms"), round2(percentile(values, 0.95)) },
                         { QStringLiteral("max_ms"), round2(percentile(values, 1.0)) },
                         { QStringLiteral("runs"), values.size() } };
    if (withRuns) {
        QJsonArray all;
        for (double v : values)
            all.append(round2(v));
        result.insert(QStringLiteral("runs_ms"), all);
    }
    return result;
}

// /proc/<pid>/status fields in kB (VmHWM = peak RSS, VmRSS = current).
long procStatusKb(qint64 pid, const char* field)
{
    QFile file(pid ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// Resets this process's peak RSS (VmHWM) so a phase measures only itself (Linux >= 4.0).
void resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

// CPU seconds (user + system) of another process, from /proc/<pid>/stat.
double processCpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = file.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / ticks; // utime, stime
}

double threadCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

double selfCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// ---------------------------------------------------------------------------------------------------------------
// Seeding: the server database with N records as SyncService would have written them for creates by one client,
// written directly (one transaction, prepared statements) instead of through N HTTP mutations.

int seed(const QString& path, qint64 records, int contactsPerPartner)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto opened = Server::ServerDatabase::open(path);
    if (!opened) {
        err() << "seed: " << opened.error().message << ' ' << opened.error().detail << Qt::endl;
        return 1;
    }
    Server::ServerDatabase& db = *opened.value();
    if (Status status = Server::UserStore(db).add(UserName, Password, QStringLiteral("cam")); !status) {
        err() << "seed: " << status.error().message << Qt::endl;
        return 1;
    }
    QSqlDatabase connection = db.connection();
    // A cache file, rebuilt if a crash spoils it: no journal, no syncs, a big page cache, and the secondary indexes
    // built once at the end (sorting beats a million random inserts into each).
    QStringList indexes;
    {
        QSqlQuery setup(connection);
        for (const char* pragma : { "PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF", "PRAGMA cache_size=-1048576" })
            setup.exec(QString::fromLatin1(pragma));
        setup.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
                                  "tbl_name IN ('record', 'change_log')"));
        QStringList names;
        while (setup.next()) {
            names.append(setup.value(0).toString());
            indexes.append(setup.value(1).toString());
        }
        setup.finish();
        for (const QString& name : names)
            setup.exec(QStringLiteral("DROP INDEX %1").arg(name));
    }
    if (!db.begin()) {
        err() << "seed: cannot begin" << Qt::endl;
        return 1;
    }
    QSqlQuery record(connection);
    record.prepare(QStringLiteral("INSERT INTO record (id, entity, rank, scope_id, owner, version, field_versions, data, "
                                  "deleted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)"));
    QSqlQuery log(connection);
    log.prepare(QStringLiteral("INSERT INTO change_log (seq, entity, id, scope_id, owner, op, client_id, mutation_id, "
                               "actor, committed_at) VALUES (?, ?, ?, ?, ?, 'U', ?, ?, ?, ?)"));
    const SyncEntity& partnerEntity = *SyncSchema::find(QStringLiteral("partner"));
    const SyncEntity& contactEntity = *SyncSchema::find(QStringLiteral("contact"));
    const QString now = Timestamp::nowUtc();
    const QString seedClient = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // field_versions of a create is {field: version} for every field, as compact JSON with sorted keys (what
    // QJsonDocument writes): text around the number, cut once per entity.
    QHash<QString, QList<QByteArray>> versionTemplates;
    for (const SyncEntity* entity : { &partnerEntity, &contactEntity }) {
        QJsonObject versions;
        for (const SyncField& field : entity->fields)
            versions.insert(field.name, 0);
        versionTemplates.insert(entity->name, QJsonDocument(versions).toJson(QJsonDocument::Compact).split('0'));
    }
    auto fieldVersions = [&](const SyncEntity& entity, qint64 version) {
        return versionTemplates.value(entity.name).join(QByteArray::number(version));
    };
    qint64 seq = 0;
    qint64 bytes = 0;
    bool failed = false;
    auto insert = [&](const SyncEntity& entity, const QString& id, const QString& scopeId, const QJsonObject& data) {
        ++seq;
        const QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact);
        bytes += json.size();
        record.addBindValue(id);
        record.addBindValue(entity.name);
        record.addBindValue(entity.rank);
        record.addBindValue(scopeId);
        record.addBindValue(UserName);
        record.addBindValue(seq);
        record.addBindValue(QString::fromUtf8(fieldVersions(entity, seq)));
        record.addBindValue(QString::fromUtf8(json));
        record.addBindValue(now);
        record.addBindValue(now);
        log.addBindValue(seq);
        log.addBindValue(entity.name);
        log.addBindValue(id);
        log.addBindValue(scopeId);
        log.addBindValue(UserName);
        log.addBindValue(seedClient);
        log.addBindValue(seq);
        log.addBindValue(UserName);
        log.addBindValue(now);
        if (!record.exec() || !log.exec()) {
            err() << "seed: insert failed" << Qt::endl;
            failed = true;
        }
    };

    const DataGenerator generator(1);
    QElapsedTimer timer;
    timer.start();
    qint64 partners = 0;
    qint64 contacts = 0;
    for (qint64 index = 0; seq < records && !failed; ++index) {
        Partner partner = generator.partner(index);
        partner.owner = UserName;
        const QString partnerId = Uuid::toString(partner.id);
        QJsonObject data;
        for (const PartnerFieldDef& def : partnerFields())
            data.insert(QString::fromLatin1(def.column),
                        SyncSchema::toJson(*partnerEntity.field(QString::fromLatin1(def.column)), def.get(partner)));
        data.insert(QStringLiteral("deleted_at"), QJsonValue::Null);
        insert(partnerEntity, partnerId, partnerId, data);
        ++partners;
        const int count = static_cast<int>(std::min<qint64>(contactsPerPartner, records - seq));
        if (count <= 0)
            continue;
        for (const Contact& contact : generator.contacts(partner, index, count)) {
            QJsonObject row;
            for (const ContactFieldDef& def : contactFields())
                row.insert(QString::fromLatin1(def.column),
                           SyncSchema::toJson(*contactEntity.field(QString::fromLatin1(def.column)), def.get(contact)));
            row.insert(QStringLiteral("deleted_at"), QJsonValue::Null);
            insert(contactEntity, Uuid::toString(contact.id), partnerId, row);
            ++contacts;
        }
    }
    QSqlQuery counter(connection);
    counter.prepare(QStringLiteral("UPDATE sync_counter SET seq = ? WHERE id = 1"));
    counter.addBindValue(seq);
    QElapsedTimer indexTimer;
    indexTimer.start();
    for (const QString& sql : std::as_const(indexes)) {
        QSqlQuery create(connection);
        failed = failed || !create.exec(sql);
    }
    const qint64 indexMs = indexTimer.elapsed();
    if (failed || !counter.exec() || !db.commit()) {
        db.rollback();
        err() << "seed: failed" << Qt::endl;
        return 1;
    }
    QSqlQuery wal(connection);
    wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")); // as the server left it
    err() << "seeded " << partners << " partners + " << contacts << " contacts in " << timer.elapsed() << " ms ("
          << indexMs << " ms of it building indexes), "
          << (seq ? bytes / seq : 0) << " bytes of row JSON on average" << Qt::endl;
    return 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers for the measuring run.

/// Ticks every 5 ms on the main thread and keeps the longest gap between ticks: what a user would feel as a frozen
/// window while the engine works on its thread.
class Heartbeat final : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double gap = ms(now - m_last);
            m_last = now;
            m_maxGap = std::max(m_maxGap, gap);
            if (gap > 50)
                ++m_over50;
            if (gap > 16.7)
                ++m_over16;
            ++m_ticks;
        });
        m_clock.start();
    }
    void start()
    {
        m_maxGap = 0;
        m_over50 = m_over16 = m_ticks = 0;
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }
    QJsonObject stop()
    {
        m_timer.stop();
        return { { QStringLiteral("max_gap_ms"), round2(m_maxGap) },
                 { QStringLiteral("gaps_over_50ms"), m_over50 },
                 { QStringLiteral("gaps_over_16ms"), m_over16 },
                 { QStringLiteral("ticks"), m_ticks } };
    }
    double maxGap() const { return m_maxGap; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_maxGap = 0;
    int m_over50 = 0;
    int m_over16 = 0;
    int m_ticks = 0;
};

/// The sync worker thread: runs jobs there while the main thread keeps its event loop (and the heartbeat) going.
class Worker final
{
public:
    Worker()
    {
        m_thread.setObjectName(QStringLiteral("sync-worker"));
        m_thread.start();
        m_anchor.moveToThread(&m_thread);
    }
    ~Worker()
    {
        m_thread.quit();
        m_thread.wait();
    }
    void run(const std::function<void()>& job)
    {
        QEventLoop loop;
        bool done = false;
        QMetaObject::invokeMethod(&m_anchor, [&] {
            job();
            QMetaObject::invokeMethod(&loop, [&] {
                done = true;
                loop.quit();
            }, Qt::QueuedConnection);
        }, Qt::QueuedConnection);
        while (!done)
            loop.exec();
    }

private:
    QThread m_thread;
    QObject m_anchor;
};

QSslConfiguration trusting(const QString& caFile)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> cas = tls.caCertificates();
    cas += QSslCertificate::fromPath(caFile, QSsl::Pem);
    tls.setCaCertificates(cas);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return tls;
}

QNetworkRequest request(const QUrl& url, const QSslConfiguration& tls, const QByteArray& token)
{
    QNetworkRequest req(url);
    req.setSslConfiguration(tls);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Sync-Protocol", "1");
    req.setRawHeader("Sync-Schema", QByteArray::number(SyncSchema::Version));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    return req;
}

/// A blocking JSON exchange for setup steps (sign-in, another device's pushes); not timed.
QJsonObject exchange(QNetworkAccessManager& network, const QNetworkRequest& req, const QJsonObject* body)
{
    QNetworkReply* reply = body ? network.post(req, QJsonDocument(*body).toJson(QJsonDocument::Compact))
                                : network.get(req);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QByteArray data = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    if (status != 200)
        err() << "HTTP " << status << ' ' << req.url().path() << ": " << reply->errorString() << ' ' << data.left(300)
              << Qt::endl;
    return QJsonDocument::fromJson(data).object();
}

/// The server under test, as a child process.
class ServerProcess final
{
public:
    bool start(const QString& binary, const QString& work, const QString& database)
    {
        const QString portFile = work + QStringLiteral("/port");
        QFile::remove(portFile);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardOutputFile(work + QStringLiteral("/server.log"), QIODevice::Truncate);
        m_process.start(binary, { QStringLiteral("--listen"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                  QStringLiteral("0"), QStringLiteral("--cert"), work + QStringLiteral("/server.pem"),
                                  QStringLiteral("--key"), work + QStringLiteral("/server.key"),
                                  QStringLiteral("--database"), database, QStringLiteral("--port-file"), portFile,
                                  QStringLiteral("--access-token-seconds"), QStringLiteral("86400") });
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000) {
            QFile file(portFile);
            if (file.open(QIODevice::ReadOnly) && file.readAll().toInt() > 0) {
                file.seek(0);
                m_port = file.readAll().toInt();
                return true;
            }
            if (m_process.state() == QProcess::NotRunning)
                return false;
            QThread::msleep(20);
        }
        return false;
    }
    ~ServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
        }
    }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port)); }
    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    int m_port = 0;
};

bool makeCertificates(const QString& work)
{
    if (QFile::exists(work + QStringLiteral("/server.pem")) && QFile::exists(work + QStringLiteral("/ca.pem")))
        return true;
    QFile ext(work + QStringLiteral("/server.ext"));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
              "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
    ext.close();
    const QList<QStringList> steps {
        QStringList { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                      QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                      QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
                      QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                      QStringLiteral("/CN=ChannelDesk Benchmark CA") },
        QStringList { QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                      QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                      QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr"),
                      QStringLiteral("-subj"), QStringLiteral("/CN=localhost") },
        QStringList { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
                      QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                      QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.pem"),
                      QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-extfile"),
                      QStringLiteral("server.ext") },
    };
    for (const QStringList& step : steps) {
        QProcess openssl;
        openssl.setWorkingDirectory(work);
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"), step);
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
            err() << "openssl failed: " << openssl.readAll() << Qt::endl;
            return false;
        }
    }
    return true;
}

/// Rows of the synced client, for choosing what to edit.
struct RowRef
{
    QString entity;
    QByteArray id;
    qint64 version = 0;
};

QList<RowRef> pickRows(Database& db, const QString& table, int count, int offset)
{
    // Spread over the whole table (every step-th row), different rows for each repeat.
    QSqlQuery total(db.connection());
    total.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    const qint64 rows = total.next() ? total.value(0).toLongLong() : 0;
    const qint64 step = std::max<qint64>(1, rows / count);
    QList<RowRef> picked;
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id, server_version FROM %1 WHERE deleted_at IS NULL AND local_id % ? = ? "
                                 "ORDER BY local_id LIMIT ?")
                      .arg(table));
    query.addBindValue(step);
    query.addBindValue(offset % step);
    query.addBindValue(count);
    query.exec();
    while (query.next())
        picked.append({ table, query.value(0).toByteArray(), query.value(1).toLongLong() });
    return picked;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_LOGGING_RULES", "channeldesk.*.info=false");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("channeldesk-sync-benchmark"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sync benchmark: real server process, real client engine."));
    parser.addHelpOption();
    const QCommandLineOption recordsOption(QStringLiteral("records"), QStringLiteral("Records on the server (default 1000000)."),
                                           QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption contactsOption(QStringLiteral("contacts-per-partner"),
                                            QStringLiteral("Contacts per partner (default 1: rows of 456 bytes of "
                                                           "JSON on average)."),
                                            QStringLiteral("k"), QStringLiteral("1"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Runs of each small measure (default 20)."), QStringLiteral("n"),
                                          QStringLiteral("20"));
    const QCommandLineOption initialRepeatOption(QStringLiteral("initial-repeat"),
                                                 QStringLiteral("Initial syncs into a new database (default 1)."),
                                                 QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption workOption(QStringLiteral("work"), QStringLiteral("Cache and scratch directory."),
                                        QStringLiteral("dir"), QStringLiteral("/tmp/channeldesk-sync-bench"));
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("channeldesk-server binary."),
                                          QStringLiteral("path"));
    const QCommandLineOption measuresOption(QStringLiteral("measures"),
                                            QStringLiteral("Comma-separated: initial,nochange,push,pull,throughput."),
                                            QStringLiteral("list"),
                                            QStringLiteral("initial,nochange,push,pull,throughput"));
    const QCommandLineOption connectionsOption(QStringLiteral("connections"),
                                               QStringLiteral("Concurrent clients for the throughput measure (default 8)."),
                                               QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Duration of the throughput measure (default 5)."),
                                           QStringLiteral("s"), QStringLiteral("5"));
    const QCommandLineOption niceOption(QStringLiteral("worker-nice"),
                                        QStringLiteral("Nice value for the sync worker thread (default 0, as the app)."),
                                        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption seedOnlyOption(QStringLiteral("seed-only"),
                                            QStringLiteral("Internal: write the seeded server database to this path."),
                                            QStringLiteral("path"));
    const QCommandLineOption keepClientOption(QStringLiteral("keep"),
                                              QStringLiteral("Reuse the client and server databases of the previous run "
                                                             "(skips the initial sync; for profiling the small measures)."));
    parser.addOptions({ recordsOption, contactsOption, repeatOption, initialRepeatOption, workOption, serverOption,
                        measuresOption, connectionsOption, secondsOption, seedOnlyOption, keepClientOption,
                        niceOption });
    parser.process(app);

    const qint64 records = parser.value(recordsOption).toLongLong();
    const int contactsPerPartner = parser.value(contactsOption).toInt();
    if (parser.isSet(seedOnlyOption))
        return seed(parser.value(seedOnlyOption), records, contactsPerPartner);

    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const int initialRepeat = std::max(1, parser.value(initialRepeatOption).toInt());
    const QStringList measures = parser.value(measuresOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString work = parser.value(workOption);
    QDir().mkpath(work);
    QString serverBinary = parser.value(serverOption);
    if (serverBinary.isEmpty())
        serverBinary = QStringLiteral(CHANNELDESK_SERVER_BINARY);

    QJsonObject result { { QStringLiteral("benchmark"), QStringLiteral("sync") },
                         { QStringLiteral("date"), utcNow() },
                         { QStringLiteral("host"), QSysInfo::machineHostName() },
                         { QStringLiteral("cpus"), QThread::idealThreadCount() },
                         { QStringLiteral("records"), records },
                         { QStringLiteral("contacts_per_partner"), contactsPerPartner } };

    // 1. The seeded server database (cached) and certificates.
    if (!makeCertificates(work))
        return 1;
    const QString cached = QStringLiteral("%1/seed-v%2-%3-k%4.db").arg(work).arg(SeedFormat).arg(records).arg(contactsPerPartner);
    if (!QFile::exists(cached)) {
        QElapsedTimer timer;
        timer.start();
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    { QStringLiteral("--seed-only"), cached + QStringLiteral(".tmp"), QStringLiteral("--records"),
                      QString::number(records), QStringLiteral("--contacts-per-partner"),
                      QString::number(contactsPerPartner) });
        if (!child.waitForFinished(-1) || child.exitCode() != 0)
            return 1;
        QFile::rename(cached + QStringLiteral(".tmp"), cached);
        result.insert(QStringLiteral("seed_s"), round2(timer.elapsed() / 1000.0));
    }
    const QString serverDb = work + QStringLiteral("/server.db");
    const bool keep = parser.isSet(keepClientOption) && QFile::exists(serverDb);
    if (!keep) {
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(serverDb + suffix);
        if (!QFile::copy(cached, serverDb)) {
            err() << "cannot copy " << cached << Qt::endl;
            return 1;
        }
        QFile(serverDb).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }

    ServerProcess server;
    if (!server.start(serverBinary, work, serverDb)) {
        err() << "the server did not start; see " << work << "/server.log" << Qt::endl;
        return 1;
    }
    const SyncAccount account { server.url(), UserName, work + QStringLiteral("/ca.pem"), {} };
    const QString clientPath = work + QStringLiteral("/client.db");

    // Edits carry this so that a run on kept databases (--keep) still changes every value it touches.
    const qint64 nonce = QDateTime::currentSecsSinceEpoch() % 100000;
    Heartbeat heartbeat;
    Worker worker;
    if (const int niceness = parser.value(niceOption).toInt(); niceness != 0) {
        // Linux: a thread's nice value is its own; lowers the engine's claim on the CPU against the UI thread's.
        worker.run([niceness] { setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), niceness); });
        result.insert(QStringLiteral("worker_nice"), niceness);
    }
    std::unique_ptr<SyncEngine> engine;
    auto openEngine = [&] {
        worker.run([&] {
            engine = std::make_unique<SyncEngine>(clientPath, account);
            if (Status status = engine->open(); !status)
                err() << "engine: " << status.error().message << Qt::endl;
            const SyncReport login = engine->signIn(Password);
            if (login.outcome != SyncReport::Outcome::Ok)
                err() << "sign-in: " << login.message << Qt::endl;
        });
    };
    auto closeEngine = [&] { worker.run([&] { engine.reset(); }); };
    bool syncOk = true;
    // CPU used by the engine's thread and by the server during the timed runs of a measure: unlike wall time, these
    // hardly depend on what else the machine is doing.
    double engineCpuMs = 0;
    double serverCpuMs = 0;
    double checkpointMs = 0; ///< the checkpoints after the timed runs (not in their times)
    auto timedRun = [&](SyncReport* out = nullptr) {
        double elapsed = 0;
        const double serverBefore = processCpuSeconds(server.pid());
        worker.run([&] {
            const double threadBefore = threadCpuSeconds();
            QElapsedTimer timer;
            timer.start();
            const SyncReport report = engine->runOnce();
            elapsed = ms(timer.nsecsElapsed());
            engineCpuMs += (threadCpuSeconds() - threadBefore) * 1000;
            // As SyncWorker does once the report is out: the WAL checkpoint, timed on its own.
            timer.start();
            engine->checkpoint();
            checkpointMs += ms(timer.nsecsElapsed());
            if (report.outcome != SyncReport::Outcome::Ok) {
                err() << "sync failed: " << report.message << Qt::endl;
                syncOk = false;
            }
            if (out)
                *out = report;
        });
        serverCpuMs += (processCpuSeconds(server.pid()) - serverBefore) * 1000;
        return elapsed;
    };
    auto cpuPerRun = [&](QJsonObject& measure, int runs) {
        measure.insert(QStringLiteral("engine_thread_cpu_ms_per_run"), round2(engineCpuMs / runs));
        measure.insert(QStringLiteral("server_cpu_ms_per_run"), round2(serverCpuMs / runs));
        measure.insert(QStringLiteral("checkpoint_after_run_ms"), round2(checkpointMs / runs));
        engineCpuMs = serverCpuMs = checkpointMs = 0;
    };

    // 2. Initial sync of everything into a new client database.
    if (measures.contains(QStringLiteral("initial")) && !keep) {
        QJsonArray runs;
        for (int i = 0; i < initialRepeat; ++i) {
            for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
                QFile::remove(clientPath + suffix);
            openEngine();
            resetPeakRss();
            const long rssBefore = procStatusKb(0, "VmRSS");
            const double cpuBefore = selfCpuSeconds();
            const double serverCpuBefore = processCpuSeconds(server.pid());
            heartbeat.start();
            SyncReport report;
            const double wall = timedRun(&report);
            const QJsonObject beat = heartbeat.stop();
            QJsonObject run { { QStringLiteral("wall_s"), round2(wall / 1000.0) },
                              { QStringLiteral("pulled"), report.pulled },
                              { QStringLiteral("client_peak_rss_mb"), round2(procStatusKb(0, "VmHWM") / 1024.0) },
                              { QStringLiteral("client_rss_before_mb"), round2(rssBefore / 1024.0) },
                              { QStringLiteral("client_cpu_s"), round2(selfCpuSeconds() - cpuBefore) },
                              { QStringLiteral("server_cpu_s"), round2(processCpuSeconds(server.pid()) - serverCpuBefore) },
                              { QStringLiteral("server_peak_rss_mb"),
                                round2(procStatusKb(server.pid(), "VmHWM") / 1024.0) },
                              { QStringLiteral("ui_heartbeat"), beat },
                              { QStringLiteral("checkpoint_after_run_s"), round2(checkpointMs / 1000.0) } };
            checkpointMs = 0;
            err() << "initial sync: " << QJsonDocument(run).toJson(QJsonDocument::Compact) << Qt::endl;
            runs.append(run);
            closeEngine();
        }
        result.insert(QStringLiteral("initial_sync"), runs);
        QFileInfo info(clientPath);
        result.insert(QStringLiteral("client_db_mb"), round2(info.size() / 1048576.0));
    }
    if (!syncOk)
        return 1;

    openEngine();
    timedRun(); // caught up (and the TLS connection open) before the small measures

    // 3. No-change sync on the engine's open connection (again after the edits below, with their history in the
    // outbox: acknowledged entries stay there).
    engineCpuMs = serverCpuMs = checkpointMs = 0;
    auto noChange = [&](const QString& name) {
        QList<double> times;
        heartbeat.start();
        for (int i = 0; i < std::max(repeat, 50); ++i)
            times.append(timedRun());
        const QJsonObject beat = heartbeat.stop();
        QJsonObject measure = stats(times, false);
        measure.insert(QStringLiteral("ui_heartbeat"), beat);
        cpuPerRun(measure, times.size());
        result.insert(name, measure);
        err() << name << ": " << QJsonDocument(measure).toJson(QJsonDocument::Compact) << Qt::endl;
    };
    if (measures.contains(QStringLiteral("nochange")))
        noChange(QStringLiteral("nochange_sync"));

    // 4. Pushing 1,000 local edits (500 partners, 500 contacts), made in one transaction on the editor connection.
    auto editor = Database::open(clientPath, Database::Role::Editor);
    if (!editor) {
        err() << "editor connection: " << editor.error().message << Qt::endl;
        return 1;
    }
    if (measures.contains(QStringLiteral("push"))) {
        QList<double> runTimes;
        QList<double> pushTimes;
        qint64 pushEndNs = 0;
        QElapsedTimer runClock;
        for (int r = 0; r < repeat; ++r) {
            {
                Transaction transaction(*editor.value());
                PartnerRepository partners(*editor.value());
                ContactRepository contacts(*editor.value());
                for (const RowRef& row : pickRows(*editor.value(), QStringLiteral("partner"), 500, r)) {
                    Partner partner = partners.get(row.id).value();
                    partner.notes = QStringLiteral("Benchmark edit %1/%2: follow up on the Q3 pipeline review.").arg(nonce).arg(r);
                    partner.phone = QStringLiteral("+84 24 3%1").arg(1000000 + r, 7, 10, QLatin1Char('0'));
                    if (!partners.update(partner, false))
                        err() << "partner edit failed" << Qt::endl;
                }
                for (const RowRef& row : pickRows(*editor.value(), QStringLiteral("contact"), 500, r)) {
                    Contact contact = contacts.get(row.id).value();
                    contact.jobTitle = QStringLiteral("Channel manager %1/%2").arg(nonce).arg(r);
                    if (!contacts.update(contact))
                        err() << "contact edit failed" << Qt::endl;
                }
                if (!transaction.commit())
                    err() << "edit commit failed" << Qt::endl;
            }
            QMetaObject::Connection watch;
            worker.run([&] {
                watch = QObject::connect(engine.get(), &SyncEngine::progress, engine.get(),
                                         [&](const QString& phase, qint64, qint64) {
                                             if (phase == QLatin1String("push"))
                                                 pushEndNs = runClock.nsecsElapsed();
                                         }, Qt::DirectConnection);
            });
            runClock.start();
            SyncReport report;
            runTimes.append(timedRun(&report));
            pushTimes.append(ms(pushEndNs));
            QObject::disconnect(watch);
            if (report.pushed != 1000)
                err() << "pushed " << report.pushed << " of 1000" << Qt::endl;
        }
        QJsonObject measure { { QStringLiteral("push_phase"), stats(pushTimes) },
                              { QStringLiteral("whole_sync_incl_echo_pull"), stats(runTimes) } };
        cpuPerRun(measure, runTimes.size());
        result.insert(QStringLiteral("push_1000_edits"), measure);
        err() << "push 1000: " << QJsonDocument(measure).toJson(QJsonDocument::Compact) << Qt::endl;
    }

    // 5. Pulling 1,000 changes another device pushed (500 partners, 500 contacts).
    if (measures.contains(QStringLiteral("pull"))) {
        QNetworkAccessManager network;
        const QSslConfiguration tls = trusting(account.caFile);
        const QJsonObject login { { QStringLiteral("username"), UserName }, { QStringLiteral("password"), Password } };
        QUrl loginUrl = server.url();
        loginUrl.setPath(QStringLiteral("/auth/v1/login"));
        const QByteArray token =
            exchange(network, request(loginUrl, tls, {}), &login).value(QStringLiteral("access_token")).toString().toLatin1();
        const QString otherClient = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QUrl pushUrl = server.url();
        pushUrl.setPath(QStringLiteral("/sync/v1/push"));
        qint64 mutationId = 0;
        QList<double> times;
        for (int r = 0; r < repeat; ++r) {
            QList<RowRef> rows = pickRows(*editor.value(), QStringLiteral("partner"), 500, 50 + r);
            rows += pickRows(*editor.value(), QStringLiteral("contact"), 500, 50 + r);
            for (qsizetype start = 0; start < rows.size(); start += 500) {
                QJsonArray mutations;
                for (qsizetype i = start; i < std::min(rows.size(), start + 500); ++i) {
                    const RowRef& row = rows[i];
                    const bool partner = row.entity == QLatin1String("partner");
                    mutations.append(QJsonObject {
                        { QStringLiteral("mutation_id"), ++mutationId },
                        { QStringLiteral("entity"), row.entity },
                        { QStringLiteral("id"), Uuid::toString(row.id) },
                        { QStringLiteral("op"), QStringLiteral("update") },
                        { QStringLiteral("base_version"), row.version },
                        { QStringLiteral("fields"),
                          partner ? QJsonObject { { QStringLiteral("notes"),
                                                    QStringLiteral("Remote edit %1/%2: renewal call booked.").arg(nonce).arg(r) } }
                                  : QJsonObject { { QStringLiteral("phone"),
                                                    QStringLiteral("+49 30 %1 %2").arg(5550000 + r).arg(nonce) } } } });
                }
                const QJsonObject body { { QStringLiteral("client_id"), otherClient },
                                         { QStringLiteral("mutations"), mutations } };
                const QJsonObject answer = exchange(network, request(pushUrl, tls, token), &body);
                QMap<QString, int> statuses;
                for (const QJsonValue& outcome : answer.value(QStringLiteral("results")).toArray())
                    ++statuses[outcome.toObject().value(QStringLiteral("status")).toString()];
                if (statuses.value(QStringLiteral("applied")) != mutations.size())
                    err() << "remote push: " << QJsonDocument(answer.value(QStringLiteral("results")).toArray().first().toObject()).toJson(QJsonDocument::Compact) << Qt::endl;
            }
            SyncReport report;
            times.append(timedRun(&report));
            if (report.pulled != rows.size())
                err() << "pulled " << report.pulled << " of " << rows.size() << Qt::endl;
        }
        QJsonObject measure = stats(times);
        cpuPerRun(measure, times.size());
        result.insert(QStringLiteral("pull_1000_changes"), measure);
        err() << "pull 1000: " << QJsonDocument(measure).toJson(QJsonDocument::Compact) << Qt::endl;
    }

    if (measures.contains(QStringLiteral("nochange")) && measures.contains(QStringLiteral("push")))
        noChange(QStringLiteral("nochange_sync_after_edits"));

    // 6. Server throughput: concurrent clients, each on its own connection, pulling with a caught-up cursor.
    if (measures.contains(QStringLiteral("throughput"))) {
        const int connections = std::max(1, parser.value(connectionsOption).toInt());
        const double seconds = std::max(1.0, parser.value(secondsOption).toDouble());
        const QString cursor = SyncStore(*editor.value()).cursor(); // the engine's, read on this thread's connection
        QNetworkAccessManager loginNetwork;
        const QSslConfiguration tls = trusting(account.caFile);
        const QJsonObject login { { QStringLiteral("username"), UserName }, { QStringLiteral("password"), Password } };
        QUrl loginUrl = server.url();
        loginUrl.setPath(QStringLiteral("/auth/v1/login"));
        const QByteArray token = exchange(loginNetwork, request(loginUrl, tls, {}), &login)
                                     .value(QStringLiteral("access_token"))
                                     .toString()
                                     .toLatin1();
        struct Client
        {
            std::unique_ptr<QNetworkAccessManager> network;
            QNetworkRequest request;
        };
        std::vector<Client> clients;
        for (int i = 0; i < connections; ++i) {
            QUrl url = server.url();
            url.setPath(QStringLiteral("/sync/v1/pull"));
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("client_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
            query.addQueryItem(QStringLiteral("limit"), QStringLiteral("2000"));
            query.addQueryItem(QStringLiteral("cursor"), cursor);
            url.setQuery(query);
            clients.push_back({ std::make_unique<QNetworkAccessManager>(), request(url, tls, token) });
            exchange(*clients.back().network, clients.back().request, nullptr); // connect and register first
        }
        qint64 completed = 0;
        qint64 failures = 0;
        bool running = true;
        QList<double> latencies;
        std::function<void(Client&)> send = [&](Client& client) {
            QElapsedTimer sent;
            sent.start();
            QNetworkReply* reply = client.network->get(client.request);
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, sent, c = &client] {
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                reply->readAll();
                reply->deleteLater();
                if (!running)
                    return;
                if (status == 200) {
                    ++completed;
                    latencies.append(ms(sent.nsecsElapsed()));
                } else {
                    ++failures;
                }
                send(*c);
            });
        };
        const double serverCpuBefore = processCpuSeconds(server.pid());
        const double cpuBefore = selfCpuSeconds();
        QElapsedTimer timer;
        timer.start();
        for (Client& client : clients)
            send(client);
        QEventLoop loop;
        QTimer::singleShot(static_cast<int>(seconds * 1000), &loop, &QEventLoop::quit);
        loop.exec();
        running = false;
        const double elapsed = timer.nsecsElapsed() / 1e9;
        const double serverCpu = processCpuSeconds(server.pid()) - serverCpuBefore;
        QJsonObject measure { { QStringLiteral("connections"), connections },
                              { QStringLiteral("seconds"), round2(elapsed) },
                              { QStringLiteral("requests"), completed },
                              { QStringLiteral("failures"), failures },
                              { QStringLiteral("per_second"), std::round(completed / elapsed) },
                              { QStringLiteral("server_cpu_s"), round2(serverCpu) },
                              { QStringLiteral("server_cpu_us_per_request"),
                                completed ? std::round(serverCpu * 1e6 / completed) : 0 },
                              { QStringLiteral("load_generator_cpu_s"), round2(selfCpuSeconds() - cpuBefore) },
                              { QStringLiteral("latency"), stats(latencies, false) } };
        result.insert(QStringLiteral("server_nochange_throughput"), measure);
        err() << "throughput: " << QJsonDocument(measure).toJson(QJsonDocument::Compact) << Qt::endl;
        // Let the replies that were still in flight finish before the managers go away.
        QEventLoop drain;
        QTimer::singleShot(200, &drain, &QEventLoop::quit);
        drain.exec();
    }

    closeEngine();
    result.insert(QStringLiteral("ok"), syncOk);
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return syncOk ? 0 : 1;
}
