// MDF end to end (issue 5): the real channeldesk-server over HTTPS against client engines whose MDF records are
// written by the real repositories. The whole chain budget → allocation → request → claim → payments is accepted by
// the server's re-checks as the client writes it, and attachment contents travel with their records
// (docs/sync-protocol.md "Blobs").
#include "mdf/MdfTestSupport.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"
#include "EndToEndSupport.h"
#include "support/TestServer.h"
#include "sync/SyncEngine.h"
#include "sync/SyncHttp.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace ChannelDesk;
using namespace ChannelDesk::Test;

namespace {

QString sha256Of(const QByteArray& content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

// A signed-in HTTPS client for calls the engine does not make (tampered uploads).
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

// Lan's claim on an approved request, with one attachment of `content`, written by the repositories on `db`. Budget
// and partner are Lan's (the sync user), so the server lets him allocate and decide.
struct ClaimWithReceipt
{
    MdfClaim claim;
    MdfAttachment attachment;
};

ClaimWithReceipt claimWithReceipt(Database& db, const QString& title, const QByteArray& content)
{
    const QByteArray partner = mdfPartner(db, title + QStringLiteral(" GmbH"), QStringLiteral("lan"));
    MdfBudget draft = mdfBudgetDraft(10'000'000);
    draft.owner = QStringLiteral("lan");
    const MdfBudget budget = mdfSaveBudget(db, draft, mdfBy(QStringLiteral("lan")));
    const MdfAllocation allocation = mdfCreateAllocation(db, budget, partner, 5'000'000);
    const MdfRequest request = mdfApprovedRequest(db, allocation, { 600'000 }, title);
    ClaimWithReceipt made;
    made.claim = mdfCreateClaim(db, request.id, { 100'000 }, title);
    const Result<MdfAttachment> added = MdfClaimRepository(db).addAttachment(
        made.claim.id, QStringLiteral("receipt.pdf"), QStringLiteral("application/pdf"), content,
        QStringLiteral("receipt"), mdfBy(QStringLiteral("lan"), mdfClaimDay()));
    INFO((added.ok() ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    made.attachment = added.value();
    return made;
}

} // namespace

TEST_CASE("sync: MDF records and an attachment's content reach the other device - payments included", "[mdf]")
{
    Client lan(QStringLiteral("lan"));
    const QByteArray content = QByteArrayLiteral("%PDF-1.7\n receipt: booth rental 1,000.00 USD\n%%EOF\n");
    const ClaimWithReceipt made = claimWithReceipt(lan.db.db(), QStringLiteral("Roadshow Hanoi"), content);
    // The rest of the claim's life, as the client writes it: submit, approve less, pay in two parts.
    mdfSubmitClaim(lan.db.db(), made.claim.id);
    mdfApproveClaim(lan.db.db(), made.claim.id, 80'000);
    mdfPay(lan.db.db(), made.claim.id, 50'000);
    mdfPay(lan.db.db(), made.claim.id, 30'000);

    const SyncReport pushed = lan.sync();
    INFO(lan.problems().toStdString());
    CHECK(pushed.rejected == 0);
    CHECK(lan.problems().isEmpty());

    // An administrator's device receives the rows and, after them, the bytes.
    Client boss(QStringLiteral("boss"));
    const SyncReport pulled = boss.sync();
    CHECK(pulled.contentDownloaded == 1);
    CHECK(pulled.contentPending == 0);
    const Result<QByteArray> bytes = MdfClaimRepository(boss.db.db()).attachmentContent(made.attachment.id);
    INFO((bytes.ok() ? QString() : bytes.error().message).toStdString());
    REQUIRE(bytes.ok());
    CHECK(bytes.value() == content);
    const Result<MdfClaim> paid = MdfClaimRepository(boss.db.db()).get(made.claim.id);
    REQUIRE(paid.ok());
    CHECK(paid->status == QStringLiteral("paid"));
    CHECK(paid->paidMinor == 80'000);
    CHECK(mdfAuditText(boss.db.db()).isEmpty());
    // The pulled rows got their local search words: the lists find them (MdfQuery's search reads mdf_*_fts).
    CHECK(boss.count(QStringLiteral("SELECT count(*) FROM mdf_claim_fts WHERE mdf_claim_fts MATCH '\"hanoi\"*'")) == 1);
    CHECK(boss.count(QStringLiteral("SELECT count(*) FROM mdf_request_fts WHERE mdf_request_fts MATCH '\"mdf\"*'"))
          == boss.count(QStringLiteral("SELECT count(*) FROM mdf_request")));
    // Nothing new to fetch next time.
    CHECK(boss.sync().contentDownloaded == 0);

    // Another CAM gets neither the record nor, asking directly, the content.
    Client minh(QStringLiteral("minh"));
    minh.sync();
    CHECK(minh.count(QStringLiteral("SELECT count(*) FROM mdf_attachment")) == 0);
    Http asMinh(QStringLiteral("minh"));
    const HttpResult refused = asMinh.http.get(QStringLiteral("/sync/v1/blobs/") + made.attachment.sha256, {}, asMinh.token);
    CHECK(refused.status == 404);
    CHECK(refused.data.isEmpty());
}

TEST_CASE("sync: content that cannot be downloaded leaves the row and is fetched on a later sync", "[mdf]")
{
    Client lan(QStringLiteral("lan"));
    const QByteArray content = QByteArrayLiteral("JPEG? no: a photo of the booth, as bytes");
    const ClaimWithReceipt made = claimWithReceipt(lan.db.db(), QStringLiteral("Booth Da Nang"), content);
    lan.sync();
    REQUIRE(lan.problems().isEmpty());

    // The server loses the content (say, restored without it): the other device still gets every row.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mdf-e2e-server"));
        raw.setDatabaseName(server().databasePath());
        raw.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        REQUIRE(raw.open());
        QSqlQuery remove(raw);
        remove.prepare(QStringLiteral("DELETE FROM attachment_blob WHERE sha256 = ?"));
        remove.addBindValue(made.attachment.sha256);
        REQUIRE(remove.exec());
        REQUIRE(remove.numRowsAffected() == 1);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("mdf-e2e-server"));

    Client boss(QStringLiteral("boss"));
    const SyncReport first = boss.sync();
    CHECK(first.contentPending >= 1);
    CHECK(boss.count(QStringLiteral("SELECT count(*) FROM mdf_attachment WHERE id = ?"), { made.attachment.id }) == 1);
    CHECK(boss.count(QStringLiteral("SELECT count(*) FROM mdf_claim WHERE id = ?"), { made.claim.id }) == 1);
    CHECK_FALSE(MdfClaimRepository(boss.db.db()).attachmentContent(made.attachment.id).ok());

    // Once the content is on the server again, the next sync fetches it.
    Http asLan(QStringLiteral("lan"));
    REQUIRE(asLan.http.put(QStringLiteral("/sync/v1/blobs/") + made.attachment.sha256, content,
                           QByteArrayLiteral("application/octet-stream"), asLan.token)
                .ok());
    const SyncReport second = boss.sync();
    CHECK(second.contentDownloaded >= 1);
    const Result<QByteArray> bytes = MdfClaimRepository(boss.db.db()).attachmentContent(made.attachment.id);
    REQUIRE(bytes.ok());
    CHECK(bytes.value() == content);
}

TEST_CASE("sync: a tampered or oversized upload is refused and the attachment record with it", "[mdf]")
{
    const QByteArray content = QByteArrayLiteral("an honest invoice");
    const QString sha = sha256Of(content);
    Http asLan(QStringLiteral("lan"));
    const QString path = QStringLiteral("/sync/v1/blobs/") + sha;
    const QByteArray octets = QByteArrayLiteral("application/octet-stream");

    HttpResult result = asLan.http.put(path, QByteArrayLiteral("a forged invoice"), octets, asLan.token);
    CHECK(result.status == 422);
    CHECK(result.errorCode() == QStringLiteral("hash_mismatch"));
    const QByteArray huge(25 * 1024 * 1024 + 1, 'x');
    result = asLan.http.put(QStringLiteral("/sync/v1/blobs/") + sha256Of(huge), huge, octets, asLan.token);
    CHECK(result.status == 413);
    result = asLan.http.put(path, content, octets, QByteArray());
    CHECK(result.status == 401);
    // Uploaded but named by no attachment: not served, not even to its uploader.
    REQUIRE(asLan.http.put(path, content, octets, asLan.token).ok());
    CHECK(asLan.http.get(path, {}, asLan.token).status == 404);

    // A device whose stored copy was damaged: the server refuses the bytes, then the record that names them, and
    // the user sees why; everything else in the batch goes through.
    Client lan(QStringLiteral("lan"));
    const QByteArray receipt = QByteArrayLiteral("receipt that will be damaged on disk");
    const ClaimWithReceipt made = claimWithReceipt(lan.db.db(), QStringLiteral("Webinar Saigon"), receipt);
    QSqlQuery damage(lan.db.db().connection());
    damage.prepare(QStringLiteral("UPDATE mdf_blob SET data = ? WHERE sha256 = ?"));
    damage.addBindValue(QByteArrayLiteral("receipt that was damaged on disk!!!"));
    damage.addBindValue(made.attachment.sha256);
    REQUIRE(damage.exec());
    const SyncReport report = lan.sync();
    CHECK(report.rejected == 1);
    const QString problems = lan.problems();
    INFO(problems.toStdString());
    CHECK(problems.contains(QStringLiteral("mdf_attachment")));
    CHECK(problems.contains(QStringLiteral("receipt.pdf")));
    CHECK(lan.count(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL")) == 1);
}
