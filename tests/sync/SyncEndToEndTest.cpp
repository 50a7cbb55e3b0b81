// End-to-end sync: the real channeldesk-server over HTTPS on 127.0.0.1 (certificates generated per run) against
// real client engines on their own SQLite files. Rule references: docs/sync-protocol.md §guarantees (G1–G5).
#include "EndToEndSupport.h"
#include "partners/ContactRepository.h"
#include "partners/PartnerRepository.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"
#include "support/TestPostgres.h"
#include "support/TestServer.h"
#include "sync/SyncEngine.h"
#include "sync/SyncHttp.h"
#include "sync/SyncSchema.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QProcess>
#include <QSqlQuery>

using namespace ChannelDesk;
using ChannelDesk::Test::TempDatabase;
using ChannelDesk::Test::TestPostgres;
using ChannelDesk::Test::TestServer;
using ChannelDesk::Test::server; // this file's own server (EndToEndSupport.h)

namespace {

/// The same server binary keeping its data in PostgreSQL (a database in the throwaway test cluster).
TestServer& postgresServer()
{
    // Constructed first so that it is destroyed last: the server stops before its database does.
    static TestPostgres& postgres = TestPostgres::shared();
    static TestServer instance;
    static const bool ready = [] {
        const Result<QString> url = postgres.createDatabase();
        if (!url) {
            FAIL(url.error().toLogString().toStdString());
            return false;
        }
        instance.setDatabase(url.value());
        if (!instance.prepare() || !instance.start()) {
            FAIL("test server on PostgreSQL: " << instance.error().toStdString());
            return false;
        }
        return true;
    }();
    REQUIRE(ready);
    return instance;
}

/// One ChannelDesk installation: its database (the editor connection the UI would use) and its sync engine.
struct Client
{
    explicit Client(const QString& user, bool trustCa = true)
        : Client(server(), user, trustCa)
    {
    }

    Client(TestServer& on, const QString& user, bool trustCa = true)
        : engine(db.path(), SyncAccount { on.url(), user, trustCa ? on.caFile() : QString(), {} })
    {
        REQUIRE(engine.open().ok());
        const SyncReport login = engine.signIn(QString::fromLatin1(TestServer::Password));
        INFO(login.message.toStdString());
        REQUIRE(login.outcome == SyncReport::Outcome::Ok);
    }

    SyncReport sync()
    {
        const SyncReport report = engine.runOnce();
        INFO(report.message.toStdString());
        REQUIRE(report.outcome == SyncReport::Outcome::Ok);
        return report;
    }

    Partner partner(const QByteArray& id) { return PartnerRepository(db.db()).get(id).value(); }

    QVariant column(const QString& table, const QByteArray& id, const QString& column)
    {
        QSqlQuery query(db.db().connection());
        query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return QVariant();
        return query.value(0);
    }

    int count(const QString& sql)
    {
        QSqlQuery query(db.db().connection());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    TempDatabase db;
    SyncEngine engine;
};

Partner newPartner(const QString& name, const QString& owner = QString())
{
    Partner p;
    p.name = name;
    p.country = QStringLiteral("VN");
    p.city = QStringLiteral("Hà Nội");
    p.owner = owner;
    return p;
}

} // namespace

TEST_CASE("a partner created offline reaches a second client of the same CAM (G5 convergence)")
{
    Client a(QStringLiteral("lan"));
    Client b(QStringLiteral("lan"));
    const Partner created = PartnerRepository(a.db.db()).create(newPartner(QStringLiteral("Công ty Ánh Dương"))).value();
    Contact contact;
    contact.partnerId = created.id;
    contact.firstName = QStringLiteral("Thu");
    contact.lastName = QStringLiteral("Trần");
    contact.email = QStringLiteral("thu@anhduong.vn");
    const Contact savedContact = ContactRepository(a.db.db()).create(contact).value();

    const SyncReport pushed = a.sync();
    CHECK(pushed.pushed == 2);
    CHECK(a.engine.store().pendingCount() == 0);
    // The server filled the empty owner with the creator: the change comes back on pull.
    CHECK(a.partner(created.id).owner == QStringLiteral("lan"));

    const SyncReport pulled = b.sync();
    CHECK(pulled.pulled >= 2);
    const Partner there = b.partner(created.id);
    CHECK(there.name == QStringLiteral("Công ty Ánh Dương"));
    CHECK(there.city == QStringLiteral("Hà Nội"));
    CHECK(there.serverVersion.has_value());
    const auto contacts = ContactRepository(b.db.db()).forPartner(created.id).value();
    REQUIRE(contacts.size() == 1);
    CHECK(contacts.first().id == savedContact.id);
    CHECK(contacts.first().lastName == QStringLiteral("Trần"));
    // Pulled rows are searchable like local ones (derived search keys recomputed).
    CHECK(b.column(QStringLiteral("partner"), created.id, QStringLiteral("search_text")).toString().contains(QStringLiteral("anh duong")));

    // A second sync with nothing new changes nothing.
    const SyncReport idle = b.sync();
    CHECK(idle.pushed == 0);
    CHECK(idle.pulled == 0);
}

TEST_CASE("different fields edited on two clients merge without a conflict (field-level merge)")
{
    Client a(QStringLiteral("lan"));
    Client b(QStringLiteral("lan"));
    const Partner created = PartnerRepository(a.db.db()).create(newPartner(QStringLiteral("Merge Co"))).value();
    a.sync();
    b.sync();

    Partner onA = a.partner(created.id);
    onA.city = QStringLiteral("Đà Nẵng");
    REQUIRE(PartnerRepository(a.db.db()).update(onA).ok());
    Partner onB = b.partner(created.id);
    onB.phone = QStringLiteral("+84 24 3333 4444");
    REQUIRE(PartnerRepository(b.db.db()).update(onB).ok());

    a.sync();
    const SyncReport merged = b.sync();
    CHECK(merged.conflicts == 0);
    a.sync();
    for (Client* client : { &a, &b }) {
        const Partner p = client->partner(created.id);
        CHECK(p.city == QStringLiteral("Đà Nẵng"));
        CHECK(p.phone == QStringLiteral("+84 24 3333 4444"));
    }
}

TEST_CASE("the same field changed on both sides is a conflict with base - mine and theirs (G3 no lost update)")
{
    Client a(QStringLiteral("lan"));
    Client b(QStringLiteral("lan"));
    const Partner created = PartnerRepository(a.db.db()).create(newPartner(QStringLiteral("Conflict Co"))).value();
    a.sync();
    b.sync();

    Partner onA = a.partner(created.id);
    onA.notes = QStringLiteral("A's notes");
    REQUIRE(PartnerRepository(a.db.db()).update(onA).ok());
    Partner onB = b.partner(created.id);
    onB.notes = QStringLiteral("B's notes");
    onB.phone = QStringLiteral("0912 345 678");
    REQUIRE(PartnerRepository(b.db.db()).update(onB).ok());

    a.sync();
    const SyncReport report = b.sync();
    CHECK(report.conflicts == 1);
    // Nothing is silently overwritten: B keeps its value locally, the server keeps A's, B's other field went through.
    CHECK(b.partner(created.id).notes == QStringLiteral("B's notes"));
    a.sync();
    CHECK(a.partner(created.id).notes == QStringLiteral("A's notes"));
    CHECK(a.partner(created.id).phone == QStringLiteral("0912 345 678"));

    const auto conflicts = b.engine.store().openConflicts().value();
    REQUIRE(conflicts.size() == 1);
    const SyncConflict& c = conflicts.first();
    CHECK(c.kind == QStringLiteral("field"));
    CHECK(c.fields == QStringList { QStringLiteral("notes") });
    CHECK(c.base.value(QStringLiteral("notes")).toString().isEmpty());
    CHECK(c.mine.value(QStringLiteral("notes")).toString() == QStringLiteral("B's notes"));
    CHECK(c.theirs.value(QStringLiteral("notes")).toString() == QStringLiteral("A's notes"));

    SECTION("keeping mine overwrites explicitly, and everyone converges on it")
    {
        REQUIRE(b.engine.store().resolve(c.conflictId, SyncStore::Resolution::KeepMine).ok());
        CHECK(b.sync().conflicts == 0);
        a.sync();
        CHECK(a.partner(created.id).notes == QStringLiteral("B's notes"));
        CHECK(b.partner(created.id).notes == QStringLiteral("B's notes"));
    }
    SECTION("taking theirs writes the server's value locally and sends nothing")
    {
        REQUIRE(b.engine.store().resolve(c.conflictId, SyncStore::Resolution::TakeTheirs).ok());
        CHECK(b.partner(created.id).notes == QStringLiteral("A's notes"));
        const SyncReport after = b.sync();
        CHECK(after.pushed == 0);
        CHECK(after.conflicts == 0);
    }
}

TEST_CASE("an edit to a record deleted elsewhere is a conflict - never a resurrection (G4)")
{
    Client a(QStringLiteral("lan"));
    Client b(QStringLiteral("lan"));
    const Partner created = PartnerRepository(a.db.db()).create(newPartner(QStringLiteral("Gone Co"))).value();
    a.sync();
    b.sync();

    REQUIRE(PartnerRepository(a.db.db()).remove(created.id).ok());
    Partner onB = b.partner(created.id);
    onB.website = QStringLiteral("https://gone.example");
    REQUIRE(PartnerRepository(b.db.db()).update(onB).ok());

    a.sync();
    const SyncReport report = b.sync();
    CHECK(report.conflicts == 1);
    const auto conflicts = b.engine.store().openConflicts().value();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.first().kind == QStringLiteral("update_vs_delete"));
    // A stays deleted: the edit did not bring it back.
    a.sync();
    CHECK_FALSE(a.column(QStringLiteral("partner"), created.id, QStringLiteral("deleted_at")).isNull());

    REQUIRE(b.engine.store().resolve(conflicts.first().conflictId, SyncStore::Resolution::TakeTheirs).ok());
    CHECK_FALSE(b.column(QStringLiteral("partner"), created.id, QStringLiteral("deleted_at")).isNull());
}

TEST_CASE("a CAM neither receives nor changes another CAM's partners")
{
    Client lan(QStringLiteral("lan"));
    Client minh(QStringLiteral("minh"));
    Client boss(QStringLiteral("boss"));
    const Partner lansPartner = PartnerRepository(lan.db.db()).create(newPartner(QStringLiteral("Lan's Secret Partner"))).value();
    lan.sync();

    minh.sync();
    CHECK(minh.count(QStringLiteral("SELECT count(*) FROM partner WHERE name = 'Lan''s Secret Partner'")) == 0);

    // Minh forges an edit of Lan's partner (same id, created locally): refused, and nothing changes on the server.
    Partner forged = newPartner(QStringLiteral("Hijacked"), QStringLiteral("minh"));
    forged.id = lansPartner.id;
    REQUIRE(PartnerRepository(minh.db.db()).create(forged).ok());
    const SyncReport report = minh.engine.runOnce();
    CHECK(report.rejected == 1);
    const auto conflicts = minh.engine.store().openConflicts().value();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.first().kind == QStringLiteral("permission"));
    lan.sync();
    CHECK(lan.partner(lansPartner.id).name == QStringLiteral("Lan's Secret Partner"));

    // Minh may not create a partner owned by Lan either.
    REQUIRE(PartnerRepository(minh.db.db()).create(newPartner(QStringLiteral("For Lan"), QStringLiteral("lan"))).ok());
    CHECK(minh.engine.runOnce().rejected == 1);

    // The admin sees everything.
    boss.sync();
    CHECK(boss.count(QStringLiteral("SELECT count(*) FROM partner WHERE name = 'Lan''s Secret Partner'")) == 1);
}

TEST_CASE("reassigning a partner moves it - with its contacts - from the old owner's client to the new one's")
{
    Client lan(QStringLiteral("lan"));
    Client minh(QStringLiteral("minh"));
    Client boss(QStringLiteral("boss"));
    const Partner p = PartnerRepository(lan.db.db()).create(newPartner(QStringLiteral("Handover Ltd"))).value();
    Contact contact;
    contact.partnerId = p.id;
    contact.firstName = QStringLiteral("Quang");
    REQUIRE(ContactRepository(lan.db.db()).create(contact).ok());
    lan.sync();
    boss.sync();

    Partner onBoss = boss.partner(p.id);
    onBoss.owner = QStringLiteral("minh");
    REQUIRE(PartnerRepository(boss.db.db()).update(onBoss).ok());
    boss.sync();

    lan.sync();
    CHECK(lan.count(QStringLiteral("SELECT count(*) FROM partner WHERE name = 'Handover Ltd'")) == 0);
    CHECK(lan.count(QStringLiteral("SELECT count(*) FROM contact WHERE first_name = 'Quang'")) == 0);
    minh.sync();
    CHECK(minh.partner(p.id).owner == QStringLiteral("minh"));
    CHECK(minh.count(QStringLiteral("SELECT count(*) FROM contact WHERE first_name = 'Quang'")) == 1);
}

TEST_CASE("on PostgreSQL the real server syncs the same - convergence - merge - conflict - visibility - reassignment - restart")
{
    TestServer& pg = postgresServer();
    Client a(pg, QStringLiteral("lan"));
    Client b(pg, QStringLiteral("lan"));
    Client minh(pg, QStringLiteral("minh"));
    Client boss(pg, QStringLiteral("boss"));
    const QString name = QStringLiteral("Công ty Sông Hồng");
    const QString countByName = QStringLiteral("SELECT count(*) FROM partner WHERE name = 'Công ty Sông Hồng'");

    // Convergence, with Vietnamese text intact through PostgreSQL.
    const Partner created = PartnerRepository(a.db.db()).create(newPartner(name)).value();
    Contact contact;
    contact.partnerId = created.id;
    contact.firstName = QStringLiteral("Thu");
    contact.lastName = QStringLiteral("Trần");
    REQUIRE(ContactRepository(a.db.db()).create(contact).ok());
    CHECK(a.sync().pushed == 2);
    CHECK(b.sync().pulled >= 2);
    CHECK(b.partner(created.id).name == name);
    CHECK(b.partner(created.id).owner == QStringLiteral("lan"));
    const auto contacts = ContactRepository(b.db.db()).forPartner(created.id).value();
    REQUIRE(contacts.size() == 1);
    CHECK(contacts.first().lastName == QStringLiteral("Trần"));

    // Different fields merge; the same field is a conflict and nothing is overwritten.
    Partner onA = a.partner(created.id);
    onA.city = QStringLiteral("Đà Nẵng");
    onA.notes = QStringLiteral("A's notes");
    REQUIRE(PartnerRepository(a.db.db()).update(onA).ok());
    Partner onB = b.partner(created.id);
    onB.phone = QStringLiteral("+84 24 3333 4444");
    onB.notes = QStringLiteral("B's notes");
    REQUIRE(PartnerRepository(b.db.db()).update(onB).ok());
    a.sync();
    CHECK(b.sync().conflicts == 1);
    a.sync();
    CHECK(a.partner(created.id).city == QStringLiteral("Đà Nẵng"));
    CHECK(a.partner(created.id).phone == QStringLiteral("+84 24 3333 4444"));
    CHECK(a.partner(created.id).notes == QStringLiteral("A's notes"));
    CHECK(b.partner(created.id).notes == QStringLiteral("B's notes"));

    // Another CAM sees nothing of it; the admin sees it.
    minh.sync();
    CHECK(minh.count(countByName) == 0);
    boss.sync();
    CHECK(boss.count(countByName) == 1);

    // Reassignment moves the partner with its contact.
    Partner onBoss = boss.partner(created.id);
    onBoss.owner = QStringLiteral("minh");
    REQUIRE(PartnerRepository(boss.db.db()).update(onBoss).ok());
    boss.sync();
    a.sync();
    CHECK(a.count(countByName) == 0);
    CHECK(a.count(QStringLiteral("SELECT count(*) FROM contact WHERE last_name = 'Trần'")) == 0);
    minh.sync();
    CHECK(minh.partner(created.id).owner == QStringLiteral("minh"));
    CHECK(minh.count(QStringLiteral("SELECT count(*) FROM contact WHERE last_name = 'Trần'")) == 1);

    // The data lives in PostgreSQL: after a restart a new client gets it by snapshot and old ones carry on.
    pg.stop();
    REQUIRE(pg.start());
    Client fresh(pg, QStringLiteral("minh"));
    fresh.sync();
    CHECK(fresh.partner(created.id).city == QStringLiteral("Đà Nẵng"));
    Partner onMinh = minh.partner(created.id);
    onMinh.website = QStringLiteral("https://songhong.example");
    REQUIRE(PartnerRepository(minh.db.db()).update(onMinh).ok());
    CHECK(minh.sync().pushed == 1);
    fresh.sync();
    CHECK(fresh.partner(created.id).website == QStringLiteral("https://songhong.example"));
    CHECK_FALSE(pg.log().contains(QStringLiteral("SQL error"))); // nothing failed quietly along the way
}

TEST_CASE("TLS is verified - an untrusted server is refused with a clear message - a wrong pin too")
{
    TempDatabase db;
    SECTION("no company CA configured")
    {
        SyncEngine engine(db.path(), SyncAccount { server().url(), QStringLiteral("lan"), QString(), {} });
        REQUIRE(engine.open().ok());
        const SyncReport report = engine.signIn(QString::fromLatin1(TestServer::Password));
        CHECK(report.outcome == SyncReport::Outcome::Failed);
        CHECK_FALSE(report.retryable);
        CHECK(report.message.contains(QStringLiteral("not signed by an authority")));
    }
    SECTION("a pinned key that does not match")
    {
        SyncEngine engine(db.path(), SyncAccount { server().url(), QStringLiteral("lan"), server().caFile(),
                                                   QByteArrayLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=") });
        REQUIRE(engine.open().ok());
        const SyncReport report = engine.signIn(QString::fromLatin1(TestServer::Password));
        CHECK(report.outcome == SyncReport::Outcome::Failed);
        CHECK(report.message.contains(QStringLiteral("pinned key")));
    }
    SECTION("the right pin works")
    {
        const QByteArray pin = SyncHttp::publicKeyPin(QSslCertificate::fromPath(server().certFile()).first());
        SyncEngine engine(db.path(), SyncAccount { server().url(), QStringLiteral("lan"), server().caFile(), pin });
        REQUIRE(engine.open().ok());
        CHECK(engine.signIn(QString::fromLatin1(TestServer::Password)).outcome == SyncReport::Outcome::Ok);
    }
    SECTION("plain http is not accepted as a server address")
    {
        SyncEngine engine(db.path(), SyncAccount { QUrl(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("lan"), QString(), {} });
        const Status status = engine.open();
        CHECK_FALSE(status.ok());
        CHECK(status.error().message.contains(QStringLiteral("https://")));
    }
}

TEST_CASE("wrong password - ended session and server down are reported - and nothing queued is lost")
{
    Client a(QStringLiteral("lan"));
    SECTION("wrong password")
    {
        TempDatabase db;
        SyncEngine engine(db.path(), SyncAccount { server().url(), QStringLiteral("lan"), server().caFile(), {} });
        REQUIRE(engine.open().ok());
        const SyncReport report = engine.signIn(QStringLiteral("not-the-password"));
        CHECK(report.outcome == SyncReport::Outcome::NeedsSignIn);
        CHECK(report.message == QStringLiteral("Wrong user name or password."));
    }
    SECTION("a refresh token used twice ends the session")
    {
        QString token;
        QObject::connect(&a.engine, &SyncEngine::refreshTokenChanged, [&token](const QString& t) { token = t; });
        TempDatabase other;
        SyncEngine thief(other.path(), SyncAccount { server().url(), QStringLiteral("lan"), server().caFile(), {} });
        REQUIRE(thief.open().ok());
        // a's current refresh token, copied before a uses it
        a.engine.setRefreshToken(QString());
        REQUIRE(a.engine.signIn(QString::fromLatin1(TestServer::Password)).outcome == SyncReport::Outcome::Ok);
        const QString copied = token;
        thief.setRefreshToken(copied);
        REQUIRE(thief.runOnce().outcome == SyncReport::Outcome::Ok); // the thief spends it first
        // a fresh engine for a, holding the now-spent token: its refresh is refused and the family revoked
        SyncEngine again(a.db.path(), SyncAccount { server().url(), QStringLiteral("lan"), server().caFile(), {} });
        REQUIRE(again.open().ok());
        again.setRefreshToken(copied);
        const SyncReport report = again.runOnce();
        CHECK(report.outcome == SyncReport::Outcome::NeedsSignIn);
        // and the thief's rotated token died with the family
        SyncEngine thiefAgain(other.path(), SyncAccount { server().url(), QStringLiteral("lan"), server().caFile(), {} });
        REQUIRE(thiefAgain.open().ok());
        QString thiefToken;
        QObject::connect(&thief, &SyncEngine::refreshTokenChanged, [&thiefToken](const QString& t) { thiefToken = t; });
        CHECK(thiefAgain.runOnce().outcome == SyncReport::Outcome::NeedsSignIn);
    }
    SECTION("server down: the edit stays queued and goes through once the server is back")
    {
        const Partner p = PartnerRepository(a.db.db()).create(newPartner(QStringLiteral("Offline Edit"))).value();
        server().stop();
        const SyncReport down = a.engine.runOnce();
        CHECK(down.outcome == SyncReport::Outcome::Failed);
        CHECK(down.retryable);
        CHECK(down.message.contains(QStringLiteral("refused the connection")));
        CHECK(a.engine.store().pendingCount() == 1);
        REQUIRE(server().start());
        CHECK(a.sync().pushed == 1);
        CHECK(a.engine.store().pendingCount() == 0);
    }
}

namespace {

struct RawReply
{
    int status = 0;
    QJsonObject body;
};

// A hand-made request, to speak to the server as an old or broken client would.
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

QByteArray accessToken(const QString& user)
{
    const RawReply login = raw("POST", QStringLiteral("/auth/v1/login"),
                               QByteArrayLiteral("{\"username\":\"") + user.toUtf8() + "\",\"password\":\""
                                   + TestServer::Password + "\"}",
                               { { "Content-Type", "application/json" } });
    REQUIRE(login.status == 200);
    return login.body.value(QStringLiteral("access_token")).toString().toLatin1();
}

} // namespace

TEST_CASE("an outdated client is told to upgrade (426) and keeps its outbox")
{
    Client a(QStringLiteral("lan"));
    REQUIRE(PartnerRepository(a.db.db()).create(newPartner(QStringLiteral("Kept"))).ok());
    const QByteArray token = accessToken(QStringLiteral("lan"));
    const RawReply old = raw("GET", QStringLiteral("/sync/v1/pull?client_id=") + a.engine.store().clientId(), {},
                             { { "Authorization", "Bearer " + token }, { "Sync-Protocol", "0" }, { "Sync-Schema", "1" } });
    CHECK(old.status == 426);
    CHECK(old.body.value(QStringLiteral("error")).toString() == QStringLiteral("upgrade_required"));
    CHECK(a.engine.store().pendingCount() == 1);
}

TEST_CASE("the server answers bad requests with a specific 4xx and keeps running")
{
    const QByteArray token = accessToken(QStringLiteral("lan"));
    const QList<QPair<QByteArray, QByteArray>> sync { { "Authorization", "Bearer " + token },
                                                      { "Sync-Protocol", "1" },
                                                      { "Sync-Schema", QByteArray::number(SyncSchema::Version) },
                                                      { "Content-Type", "application/json" } };
    CHECK(raw("GET", QStringLiteral("/health"), {}, {}).status == 200);
    CHECK(raw("POST", QStringLiteral("/sync/v1/push"), QByteArrayLiteral("{\"client_id\":"), sync).status == 400);
    CHECK(raw("POST", QStringLiteral("/sync/v1/push"), QByteArrayLiteral("[1,2]"), sync).status == 400);
    const RawReply wrongType = raw("POST", QStringLiteral("/sync/v1/push"),
                                   QByteArrayLiteral("{\"client_id\":\"0190a000-0000-7000-8000-0000000000ff\","
                                                     "\"mutations\":[{\"mutation_id\":\"one\"}]}"),
                                   sync);
    CHECK(wrongType.status == 400);
    CHECK(wrongType.body.value(QStringLiteral("message")).toString().contains(QStringLiteral("mutation_id")));
    CHECK(raw("POST", QStringLiteral("/sync/v1/push"), QByteArray(9 * 1024 * 1024, ' '), sync).status == 413);
    CHECK(raw("GET", QStringLiteral("/sync/v1/pull?client_id=x"), {}, { { "Sync-Protocol", "1" }, { "Sync-Schema", QByteArray::number(SyncSchema::Version) } }).status == 401);
    CHECK(raw("GET", QStringLiteral("/sync/v1/pull?client_id=0190a000-0000-7000-8000-0000000000ff&cursor=forged.abc"), {}, sync).status == 400);
    CHECK(raw("GET", QStringLiteral("/no/such/endpoint"), {}, {}).status == 404);
    CHECK(raw("GET", QStringLiteral("/health"), {}, {}).status == 200);
}

TEST_CASE("sign-in attempts are rate limited per user")
{
    REQUIRE(server().addUser(QStringLiteral("guessme"), QStringLiteral("cam"), QStringLiteral("correct-horse")));
    int limited = 0;
    for (int i = 0; i < 7; ++i) {
        const RawReply reply = raw("POST", QStringLiteral("/auth/v1/login"),
                                   QByteArrayLiteral("{\"username\":\"guessme\",\"password\":\"wrong\"}"),
                                   { { "Content-Type", "application/json" } });
        if (reply.status == 429)
            ++limited;
        else
            CHECK(reply.status == 401);
    }
    CHECK(limited == 2);
    // Even the right password waits now.
    CHECK(raw("POST", QStringLiteral("/auth/v1/login"),
              QByteArrayLiteral("{\"username\":\"guessme\",\"password\":\"correct-horse\"}"),
              { { "Content-Type", "application/json" } })
              .status
          == 429);
}

TEST_CASE("plain HTTP is refused unless the server listens on loopback")
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(TestServer::binary(), { QStringLiteral("--insecure-plain-http"), QStringLiteral("--listen"),
                                          QStringLiteral("0.0.0.0"), QStringLiteral("--port"), QStringLiteral("0"),
                                          QStringLiteral("--database"), server().dirPath() + QStringLiteral("/plain.db") });
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 2);
    CHECK(QString::fromLocal8Bit(process.readAll()).contains(QStringLiteral("refused")));
}

TEST_CASE("an amount and its currency merge as one - never a mixed-up revenue")
{
    Client a(QStringLiteral("lan"));
    Client b(QStringLiteral("lan"));
    Partner p = newPartner(QStringLiteral("Money Co"));
    p.annualRevenue = Money { 150000000, QStringLiteral("VND") };
    const Partner created = PartnerRepository(a.db.db()).create(p).value();
    a.sync();
    b.sync();

    // A says the revenue is in USD; B, at the same time, corrects the amount (still meaning VND).
    Partner onA = a.partner(created.id);
    onA.annualRevenue->currency = QStringLiteral("USD");
    onA.annualRevenue->minor = 600000;
    REQUIRE(PartnerRepository(a.db.db()).update(onA).ok());
    Partner onB = b.partner(created.id);
    onB.annualRevenue->minor = 180000000;
    onB.city = QStringLiteral("Vũng Tàu");
    REQUIRE(PartnerRepository(b.db.db()).update(onB).ok());
    a.sync();
    const SyncReport report = b.sync();
    CHECK(report.conflicts == 1);
    // The server never holds 180,000,000 USD: the group stayed as A wrote it; B's city went through.
    a.sync();
    CHECK(a.partner(created.id).annualRevenue->minor == 600000);
    CHECK(a.partner(created.id).annualRevenue->currency == QStringLiteral("USD"));
    CHECK(a.partner(created.id).city == QStringLiteral("Vũng Tàu"));

    const auto conflicts = b.engine.store().openConflicts().value();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.first().fields.contains(QStringLiteral("revenue_minor")));
    CHECK(conflicts.first().fields.contains(QStringLiteral("revenue_currency")));
    CHECK(conflicts.first().mine.value(QStringLiteral("revenue_currency")).toString() == QStringLiteral("VND"));

    // Keeping mine sends the whole group: 180,000,000 VND, consistent again.
    REQUIRE(b.engine.store().resolve(conflicts.first().conflictId, SyncStore::Resolution::KeepMine).ok());
    b.sync();
    a.sync();
    CHECK(a.partner(created.id).annualRevenue->minor == 180000000);
    CHECK(a.partner(created.id).annualRevenue->currency == QStringLiteral("VND"));
}
