// Training end to end (issue 6): the real channeldesk-server over HTTPS against client engines whose training records
// are written by the real catalogue and certification repositories (tests/training/TrainingTestSupport.h). Shared
// definitions an administrator creates reach every CAM and a CAM's change of one comes back as a rejection; a CAM's
// certifications, with their evidence content, reach the CAM's other device and an administrator and never another
// CAM; a client of the previous schema is told to upgrade (docs/sync-protocol.md "Shared scopes", "Training", "Blobs").
#include "support/CatchQt.h"
#include "support/TempDatabase.h"
#include "EndToEndSupport.h"
#include "support/TestServer.h"
#include "sync/SyncEngine.h"
#include "sync/SyncHttp.h"
#include "sync/SyncSchema.h"
#include "training/TrainingTestSupport.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QSslConfiguration>

using namespace ChannelDesk;
using namespace ChannelDesk::Test;

namespace {

// A signed-in HTTPS client for calls the engine does not make.
struct Http
{
    explicit Http(const QString& user)
        : http(server().url())
    {
        REQUIRE(http.trustCaFile(server().caFile(), nullptr));
        const HttpResult login = http.post(QStringLiteral("/auth/v1/login"),
                                           QJsonObject { { QStringLiteral("username"), user },
                                                         { QStringLiteral("password"), QString::fromLatin1(TestServer::Password) } },
                                           {});
        REQUIRE(login.ok());
        token = login.body.value(QStringLiteral("access_token")).toString().toLatin1();
    }

    SyncHttp http;
    QByteArray token;
};

struct RawReply
{
    int status = 0;
    QJsonObject body;
};

// A hand-made request, to speak to the server as a client of another schema would.
RawReply raw(const QByteArray& method, const QString& path, const QByteArray& body,
             const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(server().url().toString() + path));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(server().caFile()));
    request.setSslConfiguration(tls);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    RawReply result { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      QJsonDocument::fromJson(reply->readAll()).object() };
    delete reply;
    return result;
}

} // namespace

TEST_CASE("sync: shared definitions created by an admin reach two CAMs - a CAM's change is rejected and shown as a rejection", "[training]")
{
    Client boss(QStringLiteral("boss"));
    const Course course = TrainingTest::course(boss.db.db(), QStringLiteral("E1-101"));
    const CertDefinition cna = TrainingTest::definition(boss.db.db(), QStringLiteral("E1-CNA"), QStringLiteral("Networking"),
                                                        24, { course.id });
    const TrainingTest::Ladder ladder = TrainingTest::program(boss.db.db(), false, QStringLiteral("USD"),
                                                              QStringLiteral("E1 program"));
    const SyncReport pushed = boss.sync();
    INFO(boss.problems().toStdString());
    CHECK(pushed.rejected == 0);
    CHECK(boss.problems().isEmpty());

    Client lan(QStringLiteral("lan"));
    Client minh(QStringLiteral("minh"));
    lan.sync();
    minh.sync();
    for (Client* cam : { &lan, &minh }) {
        const Result<CertDefinition> got = TrainingCatalog(cam->db.db()).definition(cna.id);
        REQUIRE(got.ok());
        CHECK(got->validityMonths == 24);
        CHECK(got->prerequisites.size() == 1);
        CHECK(TrainingCatalog(cam->db.db()).course(course.id).ok());
        CHECK(cam->count(QStringLiteral("SELECT count(*) FROM tier_level WHERE program_id = ? AND deleted_at IS NULL"),
                         { ladder.program.id })
              == 4);
    }

    // Lan edits the definition on his device: the server refuses, and Lan sees why.
    CertDefinition mine = cna;
    mine.validityMonths = 12;
    REQUIRE(TrainingCatalog(lan.db.db()).updateDefinition(mine).ok());
    const SyncReport refused = lan.sync();
    CHECK(refused.rejected == 1);
    const QList<SyncConflict> open = lan.open();
    REQUIRE(open.size() == 1);
    CHECK(open.first().entity == QStringLiteral("cert_definition"));
    CHECK(open.first().kind == QStringLiteral("permission"));
    CHECK(open.first().reason.contains(QStringLiteral("Only an administrator can change certification definitions")));
    CHECK(open.first().fields.contains(QStringLiteral("validity_months")));
    // Nothing of it reached Minh.
    minh.sync();
    CHECK(TrainingCatalog(minh.db.db()).definition(cna.id)->validityMonths == 24);

    // The administrator's own change reaches both CAMs; Lan, keeping the server's side, gets it too.
    CertDefinition longer = cna;
    longer.validityMonths = 36;
    REQUIRE(TrainingCatalog(boss.db.db()).updateDefinition(longer).ok());
    CHECK(boss.sync().rejected == 0);
    minh.sync();
    CHECK(TrainingCatalog(minh.db.db()).definition(cna.id)->validityMonths == 36);
    lan.sync();
    CHECK(TrainingCatalog(lan.db.db()).definition(cna.id)->validityMonths == 12); // his rejected edit is still shown
    REQUIRE(lan.engine.store().resolve(open.first().conflictId, SyncStore::Resolution::TakeTheirs).ok());
    CHECK(TrainingCatalog(lan.db.db()).definition(cna.id)->validityMonths == 36);
    lan.sync();
    CHECK(lan.problems().isEmpty());
    CHECK(lan.engine.store().pendingCount() == 0);
}

TEST_CASE("sync: certifications and their evidence reach the CAM's other device and an admin - never another CAM", "[training]")
{
    Client boss(QStringLiteral("boss"));
    const CertDefinition cna = TrainingTest::definition(boss.db.db(), QStringLiteral("E2-CNA"));
    const TrainingTest::Ladder ladder = TrainingTest::program(boss.db.db(), false, QStringLiteral("USD"),
                                                              QStringLiteral("E2 program"));
    boss.sync();

    // Lan records a person's certificate with its scan, renews it (CERT-02), enrols the partner and gives points.
    Client lan(QStringLiteral("lan"));
    lan.sync();
    Database& db = lan.db.db();
    const QByteArray partner = TrainingTest::partner(db, QStringLiteral("Công ty Ánh Dương"), QStringLiteral("lan"), QStringLiteral("VN"));
    const QByteArray person = TrainingTest::contact(db, partner, QStringLiteral("Thảo"), QStringLiteral("Nguyễn"));
    const Certification first = TrainingTest::certification(db, person, cna.id, QDate(2025, 7, 1));
    const QByteArray scan = QByteArrayLiteral("%PDF-1.7 certificate E2-CNA, Thảo Nguyễn, 2025-07-01");
    TrainingTest::requireOk(CertificationRepository(db).attachEvidence(first.id, QStringLiteral("cna-2025.pdf"), scan));
    const Certification renewal = TrainingTest::requireOk(CertificationRepository(db).renew(
        first.id, QDate(2027, 6, 1), QStringLiteral("CNA-2027"), TrainingTest::by(QStringLiteral("lan"))));
    TrainingTest::member(db, partner, ladder.program.id, ladder.levels[0].id);
    TrainingTest::points(db, partner, ladder.program.id, 250);
    const SyncReport pushed = lan.sync();
    INFO(lan.problems().toStdString());
    CHECK(pushed.rejected == 0);
    CHECK(lan.problems().isEmpty());

    // Lan's second device gets the records and, after them, the scan's bytes.
    Client laptop(QStringLiteral("lan"));
    const SyncReport pulled = laptop.sync();
    CHECK(pulled.contentDownloaded == 1);
    CHECK(pulled.contentPending == 0);
    const Result<QByteArray> bytes = CertificationRepository(laptop.db.db()).evidence(first.id);
    INFO((bytes.ok() ? QString() : bytes.error().message).toStdString());
    REQUIRE(bytes.ok());
    CHECK(bytes.value() == scan);
    const Result<Certification> archived = CertificationRepository(laptop.db.db()).get(first.id);
    REQUIRE(archived.ok());
    CHECK(archived->status == QStringLiteral("renewed"));
    CHECK(archived->renewedById == renewal.id);
    CHECK(laptop.count(QStringLiteral("SELECT count(*) FROM program_member WHERE partner_id = ?"), { partner }) == 1);
    CHECK(laptop.count(QStringLiteral("SELECT count(*) FROM points_entry WHERE partner_id = ?"), { partner }) == 1);
    CHECK(laptop.sync().contentDownloaded == 0); // nothing new to fetch

    // An administrator sees every scope, content included.
    const SyncReport adminPull = boss.sync();
    CHECK(adminPull.contentDownloaded == 1);
    CHECK(CertificationRepository(boss.db.db()).evidence(first.id).value() == scan);

    // Another CAM gets the shared definitions and nothing of Lan's partner; asking for the scan directly, a 404.
    Client minh(QStringLiteral("minh"));
    minh.sync();
    CHECK(minh.count(QStringLiteral("SELECT count(*) FROM cert_definition WHERE id = ?"), { cna.id }) == 1);
    CHECK(minh.count(QStringLiteral("SELECT count(*) FROM tier_level WHERE program_id = ?"), { ladder.program.id }) == 4);
    for (const char* table : { "partner", "contact", "certification", "program_member", "points_entry", "tier_event" })
        CHECK(minh.count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) == 0);
    CHECK(minh.count(QStringLiteral("SELECT count(*) FROM mdf_blob")) == 0);
    Http asMinh(QStringLiteral("minh"));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex());
    const HttpResult refused = asMinh.http.get(QStringLiteral("/sync/v1/blobs/") + sha, {}, asMinh.token);
    CHECK(refused.status == 404);
    CHECK(refused.data.isEmpty());
}

TEST_CASE("sync: a client of an older schema is told to upgrade (426) - pushes - pulls and uploads alike", "[training]")
{
    const QByteArray older = QByteArray::number(SyncSchema::Version - 1);
    const QByteArray current = QByteArray::number(SyncSchema::Version);
    Http lan(QStringLiteral("lan"));
    const QByteArray bearer = "Bearer " + lan.token;
    const QString clientId = QStringLiteral("0190a000-0000-7000-8000-0000000000e3");
    const QList<QPair<QByteArray, QByteArray>> olderHeaders { { "Authorization", bearer }, { "Sync-Protocol", "1" },
                                                              { "Sync-Schema", older },
                                                              { "Content-Type", "application/json" } };
    const QString sha = QString::fromLatin1(QCryptographicHash::hash("x", QCryptographicHash::Sha256).toHex());
    const QList<RawReply> replies {
        raw("GET", QStringLiteral("/sync/v1/pull?client_id=") + clientId, {}, olderHeaders),
        raw("POST", QStringLiteral("/sync/v1/push"),
            QByteArrayLiteral("{\"client_id\":\"") + clientId.toLatin1() + "\",\"mutations\":[]}", olderHeaders),
        raw("PUT", QStringLiteral("/sync/v1/blobs/") + sha, "x", olderHeaders),
        raw("GET", QStringLiteral("/sync/v1/blobs/") + sha, {}, olderHeaders),
    };
    for (const RawReply& reply : replies) {
        CHECK(reply.status == 426);
        CHECK(reply.body.value(QStringLiteral("error")).toString() == QStringLiteral("upgrade_required"));
        CHECK(reply.body.value(QStringLiteral("schema")).toInt() == SyncSchema::Version);
    }
    // The same request at the current schema goes through.
    QList<QPair<QByteArray, QByteArray>> currentHeaders = olderHeaders;
    currentHeaders[2].second = current;
    CHECK(raw("GET", QStringLiteral("/sync/v1/pull?client_id=") + clientId, {}, currentHeaders).status == 200);
}
