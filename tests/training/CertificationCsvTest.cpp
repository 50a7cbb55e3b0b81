// CSV import and export of people's certification records (issue 6, CERT-01…03) through the CSV machinery: the
// shared reader's encodings and dialects, header synonyms in four languages, every rejection reason with its line,
// dry run, idempotent re-import, renewals (CERT-02) and the export round trip with formula neutralisation.
#include "TrainingTestSupport.h"

#include "csv/CsvReader.h"
#include "support/TempDatabase.h"
#include "training/CertificationExporter.h"
#include "training/CertificationImporter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace ChannelDesk;
using namespace ChannelDesk::TrainingTest;

namespace {

/// A person with an email address (the import's key).
QByteArray person(Database& db, const QByteArray& partnerId, const QString& first, const QString& last,
                  const QString& email)
{
    Contact c;
    c.partnerId = partnerId;
    c.firstName = first;
    c.lastName = last;
    c.email = email;
    c.role = QStringLiteral("technical");
    return requireOk(ContactRepository(db).create(c)).id;
}

/// The same people and catalogue in any database: two partners, four people (two sharing an address), CNA and CSA.
struct People
{
    QByteArray partnerA;
    QByteArray partnerB;
    QByteArray anna;
    QByteArray bao;
    QByteArray chloe;
    CertDefinition cna;
    CertDefinition csa;
    CertDefinition dcf;

    explicit People(Database& db)
    {
        partnerA = partner(db, QStringLiteral("Müller IT GmbH"));
        partnerB = partner(db, QStringLiteral("Công ty Sao Việt"), actor(), QStringLiteral("VN"));
        anna = person(db, partnerA, QStringLiteral("Anna"), QStringLiteral("Berger"), QStringLiteral("anna.berger@mueller-it.de"));
        bao = person(db, partnerB, QStringLiteral("Bảo"), QStringLiteral("Nguyễn"), QStringLiteral("bao.nguyen@saoviet.vn"));
        chloe = person(db, partnerB, QStringLiteral("Chloé"), QStringLiteral("Durand"), QStringLiteral("chloe@saoviet.vn"));
        // Two live people share this address: rows naming it are ambiguous.
        person(db, partnerA, QStringLiteral("Team"), QStringLiteral("One"), QStringLiteral("team@mueller-it.de"));
        person(db, partnerA, QStringLiteral("Team"), QStringLiteral("Two"), QStringLiteral("Team@Mueller-IT.de"));
        cna = definition(db, QStringLiteral("CNA"), QStringLiteral("Networking"), 24);
        csa = definition(db, QStringLiteral("CSA"), QStringLiteral("Security"), 12);
        dcf = definition(db, QStringLiteral("DCF"), QStringLiteral("Data Center"), 0);
    }
};

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

CertificationImportOptions options(bool dryRun = false)
{
    CertificationImportOptions o;
    o.dryRun = dryRun;
    o.actor = actor();
    o.at = defaultAt(); // 2027-06-01
    return o;
}

CertificationImportReport import(Database& db, const QString& path, const CertificationImportOptions& o = options())
{
    return requireOk(CertificationImporter(db).run(path, o));
}

const CertificationImportRow* rowAt(const CertificationImportReport& report, qint64 line)
{
    for (const CertificationImportRow& row : report.rows) {
        if (row.line == line)
            return &row;
    }
    return nullptr;
}

QString rejection(const CertificationImportReport& report, qint64 line)
{
    const CertificationImportRow* row = rowAt(report, line);
    if (!row)
        return QStringLiteral("(no row)");
    return row->kind == CertificationImportRow::Kind::Rejected ? row->code : QStringLiteral("(not rejected)");
}

int certificationRows(Database& db, const QString& where = {})
{
    return rowCount(db, QStringLiteral("certification"), where);
}

/// Live certifications as "email|code|status|started|acquired|expires|certificate|notes|renewed", sorted. With
/// `revokedNotes` false the notes of revoked records are left out (revoking adds who, when and why to them).
QStringList certificationDump(Database& db, bool revokedNotes = true)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT lower(c.email), d.code, x.status, coalesce(x.started_on, ''), coalesce(x.acquired_on, ''), "
        "coalesce(x.expires_on, ''), x.certificate_id, x.notes, x.renewed_by IS NOT NULL "
        "FROM certification x JOIN contact c ON c.id = x.contact_id JOIN cert_definition d ON d.id = x.definition_id "
        "WHERE x.deleted_at IS NULL")));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 9; ++i)
            cells.append(q.value(i).toString());
        if (!revokedNotes && cells.at(2) == QLatin1String("revoked"))
            cells[7].clear();
        rows.append(cells.join(QLatin1Char('|')));
    }
    rows.sort();
    return rows;
}

} // namespace

TEST_CASE("Certification import maps headers in English Vietnamese German and French", "[certification-csv]")
{
    const auto fieldsOf = [](const QStringList& header) {
        return CertificationImporter::autoMap(header).mapping.fieldForColumn;
    };
    CHECK(fieldsOf({ QStringLiteral("Email"), QStringLiteral("Certification code"), QStringLiteral("State"),
                     QStringLiteral("Acquired"), QStringLiteral("Expires"), QStringLiteral("Certificate ID"),
                     QStringLiteral("Notes"), QStringLiteral("Started") })
          == QStringList { QStringLiteral("certification.email"), QStringLiteral("certification.definition_code"),
                           QStringLiteral("certification.status"), QStringLiteral("certification.acquired_on"),
                           QStringLiteral("certification.expires_on"), QStringLiteral("certification.certificate_id"),
                           QStringLiteral("certification.notes"), QStringLiteral("certification.started_on") });
    CHECK(fieldsOf({ QStringLiteral("Thư điện tử"), QStringLiteral("Tên chứng chỉ"), QStringLiteral("Trạng thái"),
                     QStringLiteral("Ngày cấp"), QStringLiteral("NGAY HET HAN"), QStringLiteral("Số chứng chỉ"),
                     QStringLiteral("Ghi chú") })
          == QStringList { QStringLiteral("certification.email"), QStringLiteral("certification.definition_name"),
                           QStringLiteral("certification.status"), QStringLiteral("certification.acquired_on"),
                           QStringLiteral("certification.expires_on"), QStringLiteral("certification.certificate_id"),
                           QStringLiteral("certification.notes") });
    CHECK(fieldsOf({ QStringLiteral("E-Mail-Adresse"), QStringLiteral("Zertifizierung"), QStringLiteral("Erworben am"),
                     QStringLiteral("Gültig bis"), QStringLiteral("Zertifikatsnummer"), QStringLiteral("Bemerkungen") })
          == QStringList { QStringLiteral("certification.email"), QStringLiteral("certification.definition_name"),
                           QStringLiteral("certification.acquired_on"), QStringLiteral("certification.expires_on"),
                           QStringLiteral("certification.certificate_id"), QStringLiteral("certification.notes") });
    CHECK(fieldsOf({ QStringLiteral("Courriel"), QStringLiteral("Code de certification"), QStringLiteral("Statut"),
                     QStringLiteral("Date d'obtention"), QStringLiteral("Date d’expiration (jj/mm/aaaa)"),
                     QStringLiteral("Numéro de certificat") })
          == QStringList { QStringLiteral("certification.email"), QStringLiteral("certification.definition_code"),
                           QStringLiteral("certification.status"), QStringLiteral("certification.acquired_on"),
                           QStringLiteral("certification.expires_on"), QStringLiteral("certification.certificate_id") });
    // Our export's informational columns are skipped, never guessed; a repeated field is flagged.
    const Csv::AutoMapping exported = CertificationImporter::autoMap(CertificationExporter::headers());
    CHECK(exported.unmappedColumns == QList<int> { 0, 1, 5 }); // Partner, Person, Track
    const Csv::AutoMapping twice = CertificationImporter::autoMap({ QStringLiteral("Email"), QStringLiteral("E-mail") });
    CHECK(twice.duplicateColumns == QList<int> { 1 });
}

TEST_CASE("Certification import reads every encoding and dialect through the shared reader", "[certification-csv]")
{
    Test::TempDatabase temp;
    People people(temp.db());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("UTF-8 with BOM - semicolons - CRLF - day/month dates")
    {
        const QByteArray bytes = QByteArray("\xEF\xBB\xBF")
            + QStringLiteral("E-Mail;Zertifizierung;Erworben am;Bemerkungen\r\n"
                             "anna.berger@mueller-it.de;Certified CNA;15.03.2027;Prüfung bestanden\r\n"
                             "bao.nguyen@saoviet.vn;CSA;20.04.2027;Đạt chứng chỉ\r\n")
                  .toUtf8();
        const CertificationImportReport report = import(temp.db(), writeFile(dir, QStringLiteral("utf8.csv"), bytes));
        CHECK(report.dialect.encoding == Csv::Encoding::Utf8);
        CHECK(report.dialect.bom);
        CHECK(report.dialect.delimiter == u';');
        CHECK(report.created == 2);
        CHECK(report.rejected == 0);
        CHECK(certificationDump(temp.db()).contains(
            QStringLiteral("bao.nguyen@saoviet.vn|CSA|active|2027-04-20|2027-04-20|2028-04-20||Đạt chứng chỉ|0")));
        CHECK(certificationDump(temp.db()).contains(
            QStringLiteral("anna.berger@mueller-it.de|CNA|active|2027-03-15|2027-03-15|2029-03-15||Prüfung bestanden|0")));
    }
    SECTION("UTF-16LE with BOM and tabs (Excel's Unicode Text)")
    {
        const QString text = QStringLiteral("Email\tCertification code\tAcquired\tCertificate ID\r\n"
                                            "chloe@saoviet.vn\tCNA\t2027-01-31\tCNA-2027-000042\r\n");
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray bytes = utf16.encode(text);
        const CertificationImportReport report = import(temp.db(), writeFile(dir, QStringLiteral("utf16.txt"), bytes));
        CHECK(report.dialect.encoding == Csv::Encoding::Utf16LE);
        CHECK(report.dialect.delimiter == u'\t');
        CHECK(report.created == 1);
        // CERT-01: 31 January + 24 months, clamped to the month's end stays 31 January.
        CHECK(certificationDump(temp.db()).contains(
            QStringLiteral("chloe@saoviet.vn|CNA|active|2027-01-31|2027-01-31|2029-01-31|CNA-2027-000042||0")));
    }
    SECTION("Windows-1252 with an Excel sep= line - month/day dates decided by the values")
    {
        // "Geprüft" in Windows-1252: ü = 0xFC. 03/25/2027 proves month/day for the column.
        const QByteArray bytes = QByteArray("sep=,\r\n"
                                            "Email,Certification,Acquired,Notes\r\n"
                                            "anna.berger@mueller-it.de,CSA,03/25/2027,Gepr\xFC""ft\r\n"
                                            "chloe@saoviet.vn,CSA,04/02/2027,\r\n");
        const CertificationImportReport report = import(temp.db(), writeFile(dir, QStringLiteral("cp1252.csv"), bytes));
        CHECK(report.dialect.encoding == Csv::Encoding::Windows1252);
        CHECK(report.dialect.sepDirective);
        CHECK(report.created == 2);
        const QStringList dump = certificationDump(temp.db());
        CHECK(dump.contains(QStringLiteral("anna.berger@mueller-it.de|CSA|active|2027-03-25|2027-03-25|2028-03-25||Geprüft|0")));
        CHECK(dump.contains(QStringLiteral("chloe@saoviet.vn|CSA|active|2027-04-02|2027-04-02|2028-04-02|||0")));
    }
    SECTION("quoted values with delimiters and line breaks keep physical line numbers")
    {
        const QByteArray bytes = QStringLiteral("Email,Certification code,Acquired,Notes\n"
                                                "anna.berger@mueller-it.de,CNA,2027-02-01,\"Passed, first try\nwith distinction\"\n"
                                                "nobody@example.com,CNA,2027-02-01,\n")
                                     .toUtf8();
        const CertificationImportReport report = import(temp.db(), writeFile(dir, QStringLiteral("quoted.csv"), bytes));
        CHECK(report.dialect.lineEndings == Csv::LineEndings::LF);
        CHECK(report.created == 1);
        CHECK(report.rejected == 1);
        CHECK(rejection(report, 4) == QStringLiteral("unknown_email")); // the note spans lines 2 and 3
        CHECK(certificationDump(temp.db()).contains(QStringLiteral(
            "anna.berger@mueller-it.de|CNA|active|2027-02-01|2027-02-01|2029-02-01||Passed, first try\nwith distinction|0")));
    }
}

TEST_CASE("Certification import rejects each bad row with its line and reason", "[certification-csv]")
{
    Test::TempDatabase temp;
    People people(temp.db());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray bytes = QStringLiteral(
        "Email,Certification code,State,Started,Acquired,Certificate ID\n"          // 1
        "anna.berger@mueller-it.de,CNA,Active,,2027-03-01,CNA-1\n"                  // 2 new
        "unknown@example.com,CNA,Active,,2027-03-01,\n"                             // 3 unknown email
        "anna.berger@mueller-it.de,XYZ,Active,,2027-03-01,\n"                       // 4 unknown definition
        "team@mueller-it.de,CNA,Active,,2027-03-01,\n"                              // 5 two live people share it
        "bao.nguyen@saoviet.vn,CSA,Active,,31/02/2027,\n"                           // 6 not a date
        "bao.nguyen@saoviet.vn,CSA,Active,,2027-06-02,\n"                           // 7 after today (2027-06-01)
        " ANNA.Berger@Mueller-IT.de ,cna,active,,2027-03-01,CNA-1\n"                // 8 same as line 2
        ",CNA,Active,,2027-03-01,\n"                                                // 9 no email
        "bao.nguyen@saoviet.vn,CSA,Gültig vielleicht,,2027-03-01,\n"               // 10 unknown state
        "chloe@saoviet.vn,CSA,Active,,,\n"                                          // 11 no acquisition day
        "chloe@saoviet.vn,,Active,,2027-03-01,\n"                                   // 12 no certification
        "chloe@saoviet.vn,CNA,In progress,,,\n"                                     // 13 in progress without start
        "chloe@saoviet.vn,CSA,Đang học,2027-05-02,,\n"                              // 14 new, in progress
        "bao.nguyen@saoviet.vn,DCF,Còn hiệu lực,,2027-05-20,DCF-7\n")               // 15 new
                                 .toUtf8();
    const QString path = writeFile(dir, QStringLiteral("bad.csv"), bytes);
    const CertificationImportReport report = import(temp.db(), path);
    CHECK(report.records == 14);
    CHECK(report.created == 3);
    CHECK(report.unchanged == 0);
    CHECK(report.rejected == 11);
    CHECK(rejection(report, 3) == QStringLiteral("unknown_email"));
    CHECK(rejection(report, 4) == QStringLiteral("unknown_definition"));
    CHECK(rejection(report, 5) == QStringLiteral("ambiguous_email"));
    CHECK(rejection(report, 6) == QStringLiteral("invalid_date"));
    CHECK(rejection(report, 7) == QStringLiteral("acquired_in_future"));
    CHECK(rejection(report, 8) == QStringLiteral("duplicate_row"));
    CHECK(rejection(report, 9) == QStringLiteral("email_required"));
    CHECK(rejection(report, 10) == QStringLiteral("invalid_status"));
    CHECK(rejection(report, 11) == QStringLiteral("acquired_required"));
    CHECK(rejection(report, 12) == QStringLiteral("definition_required"));
    CHECK(rejection(report, 13) == QStringLiteral("started_required"));
    // The messages name what was wrong.
    CHECK(rowAt(report, 3)->message.contains(QStringLiteral("unknown@example.com")));
    CHECK(rowAt(report, 4)->message.contains(QStringLiteral("XYZ")));
    CHECK(rowAt(report, 6)->message.contains(QStringLiteral("31/02/2027")));
    CHECK(rowAt(report, 8)->message.contains(QStringLiteral("Line 2")));
    for (qint64 line : { 2, 14, 15 }) {
        INFO(line);
        REQUIRE(rowAt(report, line));
        CHECK(rowAt(report, line)->kind == CertificationImportRow::Kind::New);
        CHECK_FALSE(rowAt(report, line)->certificationId.isEmpty());
    }
    CHECK(certificationRows(temp.db()) == 3);
    CHECK(certificationRows(temp.db(), QStringLiteral("status = 'in_progress' AND started_on = '2027-05-02'")) == 1);
    CHECK(certificationRows(temp.db(), QStringLiteral("certificate_id = 'DCF-7' AND expires_on IS NULL")) == 1);
    // The JSON report carries every rejection with its line and code.
    const QJsonObject json = report.toJson();
    CHECK(json.value(QStringLiteral("rejected")).toInt() == 11);
    CHECK(json.value(QStringLiteral("rows")).toArray().size() == 14);
}

TEST_CASE("Certification import dry run reports and writes nothing - the real run then matches it",
          "[certification-csv]")
{
    Test::TempDatabase temp;
    People people(temp.db());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // Two certificates of one person and definition, the later first in the file: the earlier is created and then
    // renewed by the later (CERT-02), so the dry run exercises the repository's renewal too.
    const QByteArray bytes = QStringLiteral("Email,Certification code,State,Acquired,Certificate ID\n"
                                            "anna.berger@mueller-it.de,CNA,Active,2027-04-10,CNA-B\n"
                                            "anna.berger@mueller-it.de,CNA,Renewed,2025-03-01,CNA-A\n"
                                            "bao.nguyen@saoviet.vn,CSA,Active,2027-01-15,CSA-1\n"
                                            "nobody@example.com,CSA,Active,2027-01-15,\n")
                                 .toUtf8();
    const QString path = writeFile(dir, QStringLiteral("dry.csv"), bytes);
    const int outboxBefore = outboxCount(temp.db(), QStringLiteral("certification"));

    const CertificationImportReport dry = import(temp.db(), path, options(true));
    CHECK(dry.dryRun);
    CHECK(dry.created == 3);
    CHECK(dry.renewed == 1);
    CHECK(dry.rejected == 1);
    CHECK(certificationRows(temp.db()) == 0);
    CHECK(outboxCount(temp.db(), QStringLiteral("certification")) == outboxBefore);
    for (const CertificationImportRow& row : dry.rows)
        CHECK(row.certificationId.isEmpty()); // nothing was written, so nothing has an id

    const CertificationImportReport real = import(temp.db(), path);
    CHECK(real.created == dry.created);
    CHECK(real.renewed == dry.renewed);
    CHECK(real.unchanged == dry.unchanged);
    CHECK(real.rejected == dry.rejected);
    CHECK(certificationRows(temp.db()) == 3);
    CHECK(outboxCount(temp.db(), QStringLiteral("certification")) > outboxBefore);
    // CERT-02: the earlier certificate is archived as renewed, pointing at the later one.
    QSqlQuery q(temp.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT old.status, new.status, new.certificate_id FROM certification old "
                                  "JOIN certification new ON new.id = old.renewed_by WHERE old.certificate_id = 'CNA-A'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("renewed"));
    CHECK(q.value(1).toString() == QStringLiteral("active"));
    CHECK(q.value(2).toString() == QStringLiteral("CNA-B"));
}

TEST_CASE("Certification import is idempotent - rows already stored are unchanged", "[certification-csv]")
{
    Test::TempDatabase temp;
    People people(temp.db());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray bytes = QStringLiteral("Email,Certification code,State,Started,Acquired,Certificate ID\n"
                                            "anna.berger@mueller-it.de,CNA,,,2025-02-01,CNA-A\n"
                                            "anna.berger@mueller-it.de,CNA,,,2027-01-20,CNA-B\n"
                                            "bao.nguyen@saoviet.vn,CSA,In progress,2027-05-01,,\n"
                                            "chloe@saoviet.vn,CSA,Revoked,,2027-02-01,CSA-R\n")
                                 .toUtf8();
    const QString path = writeFile(dir, QStringLiteral("again.csv"), bytes);
    const CertificationImportReport first = import(temp.db(), path);
    CHECK(first.created == 4);
    CHECK(first.rejected == 0);
    CHECK(certificationRows(temp.db(), QStringLiteral("status = 'revoked'")) == 1);
    const QStringList stored = certificationDump(temp.db());
    const int outbox = outboxCount(temp.db(), QStringLiteral("certification"));

    const CertificationImportReport second = import(temp.db(), path);
    CHECK(second.created == 0);
    CHECK(second.unchanged == 4);
    CHECK(second.rejected == 0);
    CHECK(certificationDump(temp.db()) == stored);
    CHECK(outboxCount(temp.db(), QStringLiteral("certification")) == outbox);

    // A certificate older than the person's current one cannot be slipped in under it.
    const QString older = writeFile(dir, QStringLiteral("older.csv"),
                                    QByteArray("Email,Certification code,Acquired\n"
                                               "anna.berger@mueller-it.de,CNA,2026-01-10\n"));
    const CertificationImportReport third = import(temp.db(), older);
    CHECK(rejection(third, 2) == QStringLiteral("older_than_current"));
    CHECK(certificationDump(temp.db()) == stored);
}

TEST_CASE("Certification import warns when the file's state disagrees with the dates", "[certification-csv]")
{
    Test::TempDatabase temp;
    People people(temp.db());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // CSA lasts 12 months: acquired 2026-01-10 expired on 2027-01-10, before today (2027-06-01).
    const QByteArray bytes = QStringLiteral("Email,Certification code,State,Acquired\n"
                                            "anna.berger@mueller-it.de,CSA,Active,2026-01-10\n"
                                            "bao.nguyen@saoviet.vn,CNA,Renewed,2026-05-05\n")
                                 .toUtf8();
    const CertificationImportReport report = import(temp.db(), writeFile(dir, QStringLiteral("states.csv"), bytes));
    CHECK(report.created == 2);
    REQUIRE(rowAt(report, 2));
    REQUIRE(rowAt(report, 2)->warnings.size() == 1);
    CHECK(rowAt(report, 2)->warnings.first().code == QStringLiteral("state_differs"));
    REQUIRE(rowAt(report, 3));
    REQUIRE(rowAt(report, 3)->warnings.size() == 1);
    CHECK(rowAt(report, 3)->warnings.first().code == QStringLiteral("renewed_without_successor"));
    CHECK(report.warnings == 2);
}

TEST_CASE("Certification import needs an email column and a certification column", "[certification-csv]")
{
    Test::TempDatabase temp;
    People people(temp.db());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto noEmail = CertificationImporter(temp.db()).run(
        writeFile(dir, QStringLiteral("no-email.csv"), QByteArray("Name,Certification code\nAnna,CNA\n")), options());
    REQUIRE_FALSE(noEmail.ok());
    CHECK(noEmail.error().field == QStringLiteral("certification.email"));
    const auto noDefinition = CertificationImporter(temp.db()).run(
        writeFile(dir, QStringLiteral("no-cert.csv"), QByteArray("Email,Acquired\nanna.berger@mueller-it.de,2027-01-01\n")),
        options());
    REQUIRE_FALSE(noDefinition.ok());
    CHECK(noDefinition.error().code == Error::Code::Validation);
    CHECK(certificationRows(temp.db()) == 0);
}

TEST_CASE("Certification export round trip - neutralised formulas - states on the day", "[certification-csv]")
{
    Test::TempDatabase source;
    People a(source.db());
    // A renewed chain, an expired one, one expiring, one in progress, one revoked with a formula-like note.
    const Certification old = certification(source.db(), a.anna, a.cna.id, QDate(2025, 3, 1), QStringLiteral("CNA-OLD"));
    requireOk(CertificationRepository(source.db()).renew(old.id, QDate(2027, 2, 20), QStringLiteral("CNA-NEW"), by()));
    certification(source.db(), a.bao, a.csa.id, QDate(2026, 3, 1), QStringLiteral("=HYPERLINK(\"http://x\")"));
    certification(source.db(), a.chloe, a.csa.id, QDate(2026, 6, 20), QStringLiteral("CSA-SOON"));
    inProgress(source.db(), a.chloe, a.cna.id, QDate(2027, 5, 10));
    const Certification revoked = certification(source.db(), a.bao, a.dcf.id, QDate(2027, 1, 5), QStringLiteral("DCF-1"));
    requireOk(CertificationRepository(source.db()).revoke(revoked.id, because(QStringLiteral("@SUM(A1) exam fraud"))));
    {
        QSqlQuery q(source.db().connection());
        q.prepare(QStringLiteral("UPDATE certification SET notes = ? WHERE id = ?"));
        q.addBindValue(QStringLiteral("=1+2 written by a partner"));
        q.addBindValue(revoked.id);
        REQUIRE(q.exec());
    }

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    CertificationExportOptions exportOptions;
    exportOptions.profile = Csv::ExportOptions::Profile::Utf8;
    exportOptions.today = QDate(2027, 6, 1);
    const CertificationExportResult written = requireOk(CertificationExporter(source.db()).run(path, exportOptions));
    CHECK(written.rows == 6);

    const QString text = QString::fromUtf8(readFile(path));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 7);
    CHECK(lines.first() == CertificationExporter::headers().join(QLatin1Char(',')));
    // Formula-like cells get a leading apostrophe (OWASP CSV injection); ids and dates are plain.
    CHECK(text.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://x\"\")\",")));
    CHECK(text.contains(QStringLiteral(",'=1+2 written by a partner")));
    CHECK_FALSE(text.contains(QStringLiteral(",=")));
    // States on 2027-06-01 (CERT-01/02): CSA acquired 2026-06-20 expires 2027-06-20, inside its 60-day window.
    CHECK(text.contains(QStringLiteral("chloe@saoviet.vn,CSA,Certified CSA,Security,expiring,2026-06-20,2026-06-20,2027-06-20,CSA-SOON,")));
    CHECK(text.contains(QStringLiteral("bao.nguyen@saoviet.vn,CSA,Certified CSA,Security,expired,")));
    CHECK(text.contains(QStringLiteral("anna.berger@mueller-it.de,CNA,Certified CNA,Networking,renewed,")));
    CHECK(text.contains(QStringLiteral("anna.berger@mueller-it.de,CNA,Certified CNA,Networking,active,")));
    CHECK(text.contains(QStringLiteral("chloe@saoviet.vn,CNA,Certified CNA,Networking,in_progress,2027-05-10,,,")));
    CHECK(text.contains(QStringLiteral(",revoked,")));

    SECTION("into a database with the same people and catalogue: every record comes back")
    {
        Test::TempDatabase target;
        People b(target.db());
        const CertificationImportReport report = import(target.db(), path);
        CHECK(report.rejected == 0);
        CHECK(report.created == 6);
        CHECK(report.renewed == 1);
        // Same people, certificates, dates, states and notes: the apostrophes are removed again. The revoked record's
        // notes are the file's plus the line the repository adds for this revocation.
        CHECK(certificationDump(target.db(), false) == certificationDump(source.db(), false));
        CHECK(certificationRows(target.db(), QStringLiteral("status = 'revoked' AND notes LIKE '=1+2 written by a partner%' "
                                                            "AND notes LIKE '%revoked according to the imported file%'")) == 1);
    }
    SECTION("back into the same database: everything is unchanged")
    {
        const QStringList before = certificationDump(source.db());
        const CertificationImportReport report = import(source.db(), path);
        CHECK(report.created == 0);
        CHECK(report.unchanged == 6);
        CHECK(report.rejected == 0);
        CHECK(certificationDump(source.db()) == before);
    }
    SECTION("Unicode Text profile, one partner, current records only")
    {
        CertificationExportOptions only = exportOptions;
        only.profile = Csv::ExportOptions::Profile::UnicodeText;
        only.partnerId = a.partnerB;
        only.includeArchived = false;
        const QString unicodePath = dir.filePath(QStringLiteral("partner-b.txt"));
        const CertificationExportResult partial = requireOk(CertificationExporter(source.db()).run(unicodePath, only));
        CHECK(partial.rows == 3); // Bảo's CSA, Chloé's CSA and her CNA in progress; the revoked DCF is history
        const QByteArray bytes = readFile(unicodePath);
        CHECK(bytes.startsWith("\xFF\xFE"));
        Csv::CsvReader reader;
        requireOk(reader.open(unicodePath));
        CHECK(reader.dialect().encoding == Csv::Encoding::Utf16LE);
        CHECK(reader.dialect().delimiter == u'\t');
        CHECK(reader.header() == CertificationExporter::headers());
        Csv::CsvRecord record;
        QStringList people;
        while (reader.next(record))
            people.append(record.fields.at(1));
        people.sort();
        CHECK(people == QStringList { QStringLiteral("Bảo Nguyễn"), QStringLiteral("Chloé Durand"), QStringLiteral("Chloé Durand") });
    }
    SECTION("raw export keeps formulas as stored")
    {
        CertificationExportOptions raw = exportOptions;
        raw.neutraliseFormulas = false;
        const QString rawPath = dir.filePath(QStringLiteral("raw.csv"));
        requireOk(CertificationExporter(source.db()).run(rawPath, raw));
        CHECK(QString::fromUtf8(readFile(rawPath)).contains(QStringLiteral(",=1+2 written by a partner")));
    }
}
