// "Attachments exported with the claim" (issue 5, MDF-09 receipts and proof): MdfClaimPackage writes claims.csv, the
// lines, every attachment under <claim number>/ with safe unique names, a manifest and SHA256SUMS; each attachment's
// content is verified against its SHA-256 and a damaged or missing one is reported by name and never written.
#include "MdfTestSupport.h"

#include "csv/CsvText.h"
#include "mdf/MdfClaimPackage.h"
#include "support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ChannelDesk;
using namespace ChannelDesk::Test;
using ChannelDesk::Test::TempDatabase;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString sha256Of(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

MdfAttachment attach(Database& db, const QByteArray& claimId, const QString& name, const QByteArray& content,
                     const QString& kind = QStringLiteral("receipt"))
{
    const Result<MdfAttachment> added = MdfClaimRepository(db).addAttachment(
        claimId, name, QStringLiteral("application/pdf"), content, kind, mdfBy(QStringLiteral("partner.user"), mdfClaimDay()));
    INFO((added.ok() ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    return added.value();
}

/// A partner's approved request with one claim of two lines whose receipts are attached: four files, two of them
/// with the same name but for case, one with a path in its name, one a Windows device name.
struct Fixture
{
    TempDatabase temp;
    QTemporaryDir out;
    MdfClaim claim;
    QList<MdfAttachment> attachments;
    QList<QByteArray> contents;

    Fixture()
    {
        Database& db = temp.db();
        const MdfSetup setup = mdfSetup(db);
        const MdfRequest request = mdfApprovedRequest(db, setup.allocation, { 400'000, 200'000 });
        claim = mdfCreateClaim(db, request.id, { 120'000, 80'050 }, QStringLiteral("=HYPERLINK(\"http://x\") costs"));
        contents = { QByteArray("%PDF-1.4 venue invoice"), QByteArray("%PDF-1.4 catering invoice"),
                     QByteArray("\x89PNG photo of the booth", 23), QByteArray("attendee list") };
        attachments.append(attach(db, claim.id, QStringLiteral("receipt.pdf"), contents[0]));
        attachments.append(attach(db, claim.id, QStringLiteral("Receipt.PDF"), contents[1]));
        attachments.append(attach(db, claim.id, QStringLiteral("../../photos/booth.png"), contents[2], QStringLiteral("proof")));
        attachments.append(attach(db, claim.id, QStringLiteral("CON.txt"), contents[3], QStringLiteral("proof")));
        // The lines name their receipts.
        MdfClaim edited = MdfClaimRepository(db).get(claim.id).value();
        edited.lines[0].attachmentIds = { attachments[0].id, attachments[2].id };
        edited.lines[1].attachmentIds = { attachments[1].id };
        const Result<bool> saved = MdfClaimRepository(db).update(edited, mdfBy(QStringLiteral("partner.user"), mdfClaimDay()));
        INFO((saved.ok() ? QString() : saved.error().message).toStdString());
        REQUIRE(saved.ok());
        claim = MdfClaimRepository(db).get(claim.id).value();
        REQUIRE(out.isValid());
    }

    QString folder(const QString& name = QStringLiteral("package")) const { return out.filePath(name); }

    Result<MdfClaimPackageResult> write(const QList<QByteArray>& ids, const QString& to,
                                        const MdfClaimPackage::Progress& progress = {})
    {
        return MdfClaimPackage(temp.db()).write(ids, to, {}, progress);
    }
};

} // namespace

TEST_CASE("MDF claim package: claims lines attachments manifest and checksums (MDF-09)", "[mdf-export]")
{
    Fixture f;
    const Result<MdfClaimPackageResult> written = f.write({ f.claim.id }, f.folder());
    INFO((written.ok() ? QString() : written.error().toLogString()).toStdString());
    REQUIRE(written.ok());
    const MdfClaimPackageResult& r = written.value();
    CHECK(r.complete());
    CHECK(r.claims == 1);
    CHECK(r.lines == 2);
    CHECK(r.attachments == 4);
    CHECK(r.folder == QFileInfo(f.folder()).absoluteFilePath());
    const QString number = f.claim.number;
    REQUIRE(!number.isEmpty());
    const QStringList expected { QStringLiteral("claims.csv"), QStringLiteral("claim-lines.csv"),
                                 number + QStringLiteral("/receipt.pdf"), number + QStringLiteral("/Receipt (2).PDF"),
                                 number + QStringLiteral("/_._.._photos_booth.png"), number + QStringLiteral("/_CON.txt"),
                                 QStringLiteral("manifest.json"), QStringLiteral("SHA256SUMS") };
    CHECK(r.files.join(u'\n') == expected.join(u'\n'));

    const QDir dir(f.folder());
    for (int i = 0; i < 4; ++i)
        CHECK(readFile(dir.filePath(expected.at(2 + i))) == f.contents.at(i));
    // Nothing else was written: no staging folder left beside the package, no file outside the claim's folder.
    CHECK(QDir(f.out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).join(u',')
          == QStringLiteral("package"));
    CHECK(dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size() == 5);

    SECTION("the manifest lists every file with its SHA-256 and size and which attachment it is")
    {
        const QJsonObject manifest = QJsonDocument::fromJson(readFile(dir.filePath(QStringLiteral("manifest.json")))).object();
        CHECK(manifest.value(QStringLiteral("format")).toString() == QStringLiteral("channeldesk-mdf-claims"));
        CHECK(manifest.value(QStringLiteral("claims")).toInt() == 1);
        CHECK(manifest.value(QStringLiteral("problems")).toArray().isEmpty());
        const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
        REQUIRE(files.size() == 6);
        for (const QJsonValue& value : files) {
            const QJsonObject file = value.toObject();
            const QByteArray bytes = readFile(dir.filePath(file.value(QStringLiteral("path")).toString()));
            CHECK(file.value(QStringLiteral("sha256")).toString() == sha256Of(bytes));
            CHECK(file.value(QStringLiteral("size")).toInteger() == bytes.size());
        }
        const QJsonObject booth = files.at(4).toObject();
        CHECK(booth.value(QStringLiteral("file_name")).toString() == QStringLiteral("../../photos/booth.png"));
        CHECK(booth.value(QStringLiteral("claim")).toString() == number);
        CHECK(booth.value(QStringLiteral("kind")).toString() == QStringLiteral("proof"));
        CHECK(booth.value(QStringLiteral("sha256")).toString() == f.attachments.at(2).sha256);
    }
    SECTION("SHA256SUMS checks every other file as sha256sum -c would")
    {
        const QList<QByteArray> lines = readFile(dir.filePath(QStringLiteral("SHA256SUMS"))).trimmed().split('\n');
        REQUIRE(lines.size() == 7);
        for (const QByteArray& line : lines) {
            const qsizetype gap = line.indexOf("  ");
            REQUIRE(gap == 64);
            const QString path = QString::fromUtf8(line.mid(gap + 2));
            CHECK(QString::fromLatin1(line.left(64)) == sha256Of(readFile(dir.filePath(path))));
        }
    }
    SECTION("claims.csv: one row per claim, formulas neutralised, money with the currency's digits")
    {
        const QByteArray csv = readFile(dir.filePath(QStringLiteral("claims.csv")));
        CHECK(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> rows = csv.mid(3).split('\n');
        REQUIRE(rows.size() == 3); // header, one claim, the empty tail after the last CRLF
        CHECK(rows.at(0).startsWith("Claim,Title,Status,Request,"));
        CHECK(rows.at(1).startsWith(QByteArray(number.toUtf8() + ",\"'=HYPERLINK(\"\"http://x\"\") costs\",Draft,")));
        CHECK(rows.at(1).contains(",USD,2000.50,,0.00,"));
        CHECK(rows.at(1).trimmed().endsWith(QByteArray(",2,4,0," + number.toUtf8())));
    }
    SECTION("claim-lines.csv names each line's exported receipts")
    {
        const QList<QByteArray> rows = readFile(dir.filePath(QStringLiteral("claim-lines.csv"))).mid(3).split('\n');
        REQUIRE(rows.size() == 4);
        const QByteArray n = number.toUtf8();
        CHECK(rows.at(1).trimmed()
              == QByteArray(n + ",1,Invoice 1,2027-03-01,USD,1200.00," + n + "/receipt.pdf; " + n + "/_._.._photos_booth.png"));
        CHECK(rows.at(2).trimmed() == QByteArray(n + ",2,Invoice 2,2027-03-02,USD,800.50," + n + "/Receipt (2).PDF"));
    }
}

TEST_CASE("MDF claim package: a damaged or missing attachment is reported by name and not written", "[mdf-export]")
{
    Fixture f;
    // Damage one stored file (a bit flipped on disk) and lose another (never downloaded).
    QSqlQuery q(f.temp.db().connection());
    q.prepare(QStringLiteral("UPDATE mdf_blob SET data = ? WHERE sha256 = ?"));
    q.addBindValue(QByteArray("%PDF-1.4 venue invoicf"));
    q.addBindValue(f.attachments.at(0).sha256);
    REQUIRE(q.exec());
    q.prepare(QStringLiteral("DELETE FROM mdf_blob WHERE sha256 = ?"));
    q.addBindValue(f.attachments.at(3).sha256);
    REQUIRE(q.exec());

    const Result<MdfClaimPackageResult> written = f.write({ f.claim.id }, f.folder());
    REQUIRE(written.ok());
    const MdfClaimPackageResult& r = written.value();
    CHECK(!r.complete());
    CHECK(r.attachments == 2);
    REQUIRE(r.problems.size() == 2);
    CHECK(r.problems.at(0).kind == MdfClaimPackageProblem::Kind::Damaged);
    CHECK(r.problems.at(0).fileName == QStringLiteral("receipt.pdf"));
    CHECK(r.problems.at(0).claimNumber == f.claim.number);
    CHECK(r.problems.at(0).attachmentId == f.attachments.at(0).id);
    CHECK(r.problems.at(0).message.contains(QStringLiteral("“receipt.pdf”")));
    CHECK(r.problems.at(0).message.contains(f.claim.number));
    CHECK(r.problems.at(0).message.contains(QStringLiteral("damaged")));
    CHECK(r.problems.at(1).kind == MdfClaimPackageProblem::Kind::Missing);
    CHECK(r.problems.at(1).fileName == QStringLiteral("CON.txt"));

    const QDir dir(f.folder());
    CHECK(!QFile::exists(dir.filePath(f.claim.number + QStringLiteral("/receipt.pdf"))));
    CHECK(!QFile::exists(dir.filePath(f.claim.number + QStringLiteral("/_CON.txt"))));
    // The others keep their names (the second receipt is still "(2)": names follow the claim's attachments).
    CHECK(readFile(dir.filePath(f.claim.number + QStringLiteral("/Receipt.PDF"))) == f.contents.at(1));
    const QJsonObject manifest = QJsonDocument::fromJson(readFile(dir.filePath(QStringLiteral("manifest.json")))).object();
    const QJsonArray problems = manifest.value(QStringLiteral("problems")).toArray();
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).toObject().value(QStringLiteral("problem")).toString() == QStringLiteral("damaged"));
    CHECK(problems.at(0).toObject().value(QStringLiteral("file_name")).toString() == QStringLiteral("receipt.pdf"));
    CHECK(problems.at(1).toObject().value(QStringLiteral("problem")).toString() == QStringLiteral("missing"));
    const QByteArray claims = readFile(dir.filePath(QStringLiteral("claims.csv")));
    CHECK(claims.contains(",2,2,2,")); // lines, exported, not exported
}

TEST_CASE("MDF claim package: several claims get a folder each and claims without files none", "[mdf-export]")
{
    Fixture f;
    Database& db = f.temp.db();
    const MdfRequest second = mdfApprovedRequest(db, MdfBudgetRepository(db).allocation(
                                                         MdfRequestRepository(db).get(f.claim.requestId)->allocationId).value(),
                                                 { 100'000 }, QStringLiteral("Webinar"));
    const MdfClaim bare = mdfCreateClaim(db, second.id, { 30'000 }, QStringLiteral("Webinar costs"));
    const MdfClaim other = mdfCreateClaim(db, second.id, { 20'000 }, QStringLiteral("Webinar follow-up"));
    attach(db, other.id, QStringLiteral("receipt.pdf"), QByteArray("another receipt"));

    const Result<MdfClaimPackageResult> written = f.write({ f.claim.id, bare.id, other.id, bare.id }, f.folder());
    REQUIRE(written.ok());
    CHECK(written->claims == 3); // a repeated id once
    CHECK(written->attachments == 5);
    const QDir dir(f.folder());
    CHECK(QFile::exists(dir.filePath(other.number + QStringLiteral("/receipt.pdf"))));
    CHECK(!QFileInfo::exists(dir.filePath(bare.number)));
    const QList<QByteArray> rows = readFile(dir.filePath(QStringLiteral("claims.csv"))).split('\n');
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(2).startsWith(QByteArray(bare.number.toUtf8() + ",")));
    CHECK(rows.at(3).startsWith(QByteArray(other.number.toUtf8() + ",")));
}

TEST_CASE("MDF claim package: refusals and cancellation leave nothing behind", "[mdf-export]")
{
    Fixture f;
    SECTION("a folder that is not empty")
    {
        QDir(f.out.path()).mkdir(QStringLiteral("full"));
        QFile file(f.folder(QStringLiteral("full/keep.txt")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("mine");
        file.close();
        const Result<MdfClaimPackageResult> written = f.write({ f.claim.id }, f.folder(QStringLiteral("full")));
        REQUIRE(!written.ok());
        CHECK(written.error().code == Error::Code::InvalidArgument);
        CHECK(QDir(f.folder(QStringLiteral("full"))).entryList(QDir::Files).join(u',') == QStringLiteral("keep.txt"));
    }
    SECTION("an empty folder is used")
    {
        QDir(f.out.path()).mkdir(QStringLiteral("empty"));
        const Result<MdfClaimPackageResult> written = f.write({ f.claim.id }, f.folder(QStringLiteral("empty")));
        REQUIRE(written.ok());
        CHECK(QFile::exists(f.folder(QStringLiteral("empty/claims.csv"))));
    }
    SECTION("an unknown or deleted claim")
    {
        const Result<MdfClaimPackageResult> written = f.write({ f.claim.id, QByteArray(16, '\x7f') }, f.folder());
        REQUIRE(!written.ok());
        CHECK(written.error().code == Error::Code::NotFound);
        CHECK(!QFileInfo::exists(f.folder()));
    }
    SECTION("no claims")
    {
        const Result<MdfClaimPackageResult> written = f.write({}, f.folder());
        REQUIRE(!written.ok());
        CHECK(written.error().code == Error::Code::InvalidArgument);
    }
    SECTION("cancelled during the attachments")
    {
        int calls = 0;
        const Result<MdfClaimPackageResult> written = f.write({ f.claim.id }, f.folder(), [&calls](qint64 done, qint64 total) {
            ++calls;
            CHECK(total == 4);
            return done < 2;
        });
        REQUIRE(!written.ok());
        CHECK(written.error().code == Error::Code::Cancelled);
        CHECK(calls == 2); // cancelled after the second of four
        CHECK(!QFileInfo::exists(f.folder()));
    }
    // Whatever happened, no staging folder is left beside the target.
    for (const QString& name : QDir(f.out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        CHECK(!name.contains(QStringLiteral("partial")));
}

TEST_CASE("MDF claim package: file names safe on every file system", "[mdf-export]")
{
    CHECK(MdfClaimPackage::safeFileName(QStringLiteral("a/b\\c:d*e?f\"g<h>i|j.pdf")) == QStringLiteral("a_b_c_d_e_f_g_h_i_j.pdf"));
    CHECK(MdfClaimPackage::safeFileName(QStringLiteral("CON")) == QStringLiteral("_CON"));
    CHECK(MdfClaimPackage::safeFileName(QStringLiteral("lpt1.txt")) == QStringLiteral("_lpt1.txt"));
    CHECK(MdfClaimPackage::safeFileName(QStringLiteral("console.txt")) == QStringLiteral("console.txt"));
    CHECK(MdfClaimPackage::safeFileName(QStringLiteral("  invoice. . ")) == QStringLiteral("invoice"));
    CHECK(MdfClaimPackage::safeFileName(QStringLiteral("..")) == QStringLiteral("_"));
    CHECK(MdfClaimPackage::safeFileName(QStringLiteral(".hidden")) == QStringLiteral("_hidden"));
    CHECK(MdfClaimPackage::safeFileName(QString()) == QStringLiteral("attachment"));
    CHECK(MdfClaimPackage::safeFileName(QStringLiteral("tab\there\nnew")) == QStringLiteral("tab_here_new"));
    CHECK(MdfClaimPackage::safeFileName(QStringLiteral("zero\u200Bwidth")) == QStringLiteral("zero_width"));
    // NFD (as macOS writes names) becomes NFC.
    const QString nfd = QStringLiteral("Ho\u0301a \u0111o\u031Bn.pdf");
    CHECK(MdfClaimPackage::safeFileName(nfd) == QStringLiteral("Hóa đơn.pdf"));
    // Long names are cut at a character boundary, the extension kept.
    const QString longName = QString(200, QChar(u'ệ')) + QStringLiteral(".jpeg");
    const QString cut = MdfClaimPackage::safeFileName(longName);
    CHECK(cut.toUtf8().size() <= 150);
    CHECK(cut.endsWith(QStringLiteral("ệ.jpeg")));
}
