// PartnerExporter: the bytes of each profile, quoting, formula neutralisation, filters, contacts, atomic writes and
// the round trip through our own import (checklist §H, items 33–37).
#include "csv/CsvText.h"
#include "csv/ImportField.h"
#include "csv/PartnerExporter.h"
#include "csv/PartnerImporter.h"
#include "common/Uuid.h"
#include "partners/ContactRepository.h"
#include "partners/PartnerRepository.h"
#include "support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ChannelDesk;
using namespace ChannelDesk::Csv;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

Partner makePartner(const QString& name)
{
    Partner p;
    p.name = name;
    p.type = QStringLiteral("distributor");
    p.tier = QStringLiteral("gold");
    p.stage = QStringLiteral("active");
    p.country = QStringLiteral("VN");
    return p;
}

Partner create(Database& db, Partner p)
{
    auto created = PartnerRepository(db).create(std::move(p));
    if (!created)
        FAIL(created.error().toLogString().toStdString());
    return created.value();
}

Contact addContact(Database& db, const Partner& partner, const QString& first, const QString& last,
                   const QString& email = {})
{
    Contact c;
    c.partnerId = partner.id;
    c.firstName = first;
    c.lastName = last;
    c.email = email;
    c.role = QStringLiteral("technical");
    auto created = ContactRepository(db).create(c);
    if (!created)
        FAIL(created.error().toLogString().toStdString());
    return created.value();
}

Result<ExportResult> exportTo(Database& db, const QString& path, ExportOptions options)
{
    return PartnerExporter(db).run(path, options);
}

const QByteArray Bom = QByteArrayLiteral("\xEF\xBB\xBF");

} // namespace

TEST_CASE("listSeparator follows the locale's decimal separator (checklist 33)", "[export]")
{
    CHECK(listSeparator(QLocale(QLocale::English, QLocale::UnitedStates)) == u',');
    CHECK(listSeparator(QLocale(QLocale::English, QLocale::UnitedKingdom)) == u',');
    CHECK(listSeparator(QLocale(QLocale::German, QLocale::Germany)) == u';');
    CHECK(listSeparator(QLocale(QLocale::French, QLocale::France)) == u';');
    CHECK(listSeparator(QLocale(QLocale::Vietnamese, QLocale::Vietnam)) == u';');
    CHECK(profileName(ExportOptions::Profile::Excel) == QStringLiteral("excel"));
    CHECK(profileName(ExportOptions::Profile::Utf8) == QStringLiteral("utf8"));
    CHECK(profileName(ExportOptions::Profile::UnicodeText) == QStringLiteral("unicode-text"));
}

TEST_CASE("Excel profile: UTF-8 BOM and CRLF and RFC 4180 quoting and no sep= line (checklist 33)", "[export]")
{
    Test::TempDatabase temp;
    Partner a = makePartner(QStringLiteral("Công ty Ánh Dương, TNHH"));
    a.city = QStringLiteral("Hà Nội");
    a.notes = QStringLiteral("Line one\nline \"two\"");
    create(temp.db(), a);
    Partner b = makePartner(QStringLiteral("Acme"));
    b.city = QStringLiteral("Köln;Süd");
    create(temp.db(), b);

    ExportOptions options;
    options.columns = { QStringLiteral("partner.name"), QStringLiteral("partner.city"), QStringLiteral("partner.notes") };
    const QString path = temp.dirPath() + QStringLiteral("/excel.csv");
    auto result = exportTo(temp.db(), path, options);
    REQUIRE(result.ok());
    CHECK(result->partners == 2);
    CHECK(result->rows == 2);
    // The comma default; LF inside the cell, CRLF between records; quotes only where needed.
    CHECK(readAll(path)
          == Bom
              + QByteArrayLiteral("Name,City,Notes\r\n"
                                  "\"Công ty Ánh Dương, TNHH\",Hà Nội,\"Line one\nline \"\"two\"\"\"\r\n"
                                  "Acme,Köln;Süd,\r\n"));

    SECTION("with the semicolon a German Excel expects, the comma no longer forces quotes")
    {
        options.delimiter = u';';
        REQUIRE(exportTo(temp.db(), path, options).ok());
        CHECK(readAll(path)
              == Bom
                  + QByteArrayLiteral("Name;City;Notes\r\n"
                                      "Công ty Ánh Dương, TNHH;Hà Nội;\"Line one\nline \"\"two\"\"\"\r\n"
                                      "Acme;\"Köln;Süd\";\r\n"));
    }
    SECTION("never a sep= line, whatever the delimiter")
    {
        options.delimiter = u'|';
        REQUIRE(exportTo(temp.db(), path, options).ok());
        const QByteArray bytes = readAll(path);
        CHECK(bytes.startsWith(QByteArray(Bom + "Name|City|Notes\r\n")));
        CHECK_FALSE(bytes.contains("sep="));
    }
}

TEST_CASE("Utf8 profile has no BOM and UnicodeText is UTF-16LE with BOM and TAB (checklist 33)", "[export]")
{
    Test::TempDatabase temp;
    Partner a = makePartner(QStringLiteral("Thiện Ân"));
    a.city = QStringLiteral("Đà Nẵng, VN");
    a.phone = QStringLiteral("0084 236");
    create(temp.db(), a);

    ExportOptions options;
    options.columns = { QStringLiteral("partner.name"), QStringLiteral("partner.city"), QStringLiteral("partner.phone") };
    const QString path = temp.dirPath() + QStringLiteral("/out.csv");

    options.profile = ExportOptions::Profile::Utf8;
    REQUIRE(exportTo(temp.db(), path, options).ok());
    CHECK(readAll(path) == QByteArrayLiteral("Name,City,Phone\r\nThiện Ân,\"Đà Nẵng, VN\",0084 236\r\n"));

    options.profile = ExportOptions::Profile::UnicodeText;
    options.delimiter = u';'; // ignored: Unicode Text is always TAB
    REQUIRE(exportTo(temp.db(), path, options).ok());
    const QByteArray bytes = readAll(path);
    const QString expected = QStringLiteral("Name\tCity\tPhone\r\nThiện Ân\tĐà Nẵng, VN\t0084 236\r\n");
    QByteArray utf16le = QByteArrayLiteral("\xFF\xFE");
    for (QChar c : expected) {
        utf16le.append(static_cast<char>(c.unicode() & 0xFF));
        utf16le.append(static_cast<char>(c.unicode() >> 8));
    }
    CHECK(bytes == utf16le);
}

TEST_CASE("Quoting: only delimiter quote CR LF and edge spaces force quotes (checklist 33)", "[export]")
{
    Test::TempDatabase temp;
    const Partner p = create(temp.db(), makePartner(QStringLiteral("Acme")));
    // Stored values as they may arrive from elsewhere (sync, older versions): set them directly.
    QSqlQuery update(temp.db().connection());
    REQUIRE(update.prepare(QStringLiteral("UPDATE partner SET legal_name = ?, region = ?, city = ?, address = ?, "
                                          "notes = ? WHERE id = ?")));
    update.addBindValue(QStringLiteral(" leading space"));
    update.addBindValue(QStringLiteral("trailing space "));
    update.addBindValue(QStringLiteral("inner space ok"));
    update.addBindValue(QStringLiteral("cr\rinside"));
    update.addBindValue(QStringLiteral("5\" screen"));
    update.addBindValue(p.id);
    REQUIRE(update.exec());

    ExportOptions options;
    options.profile = ExportOptions::Profile::Utf8;
    options.columns = { QStringLiteral("partner.legal_name"), QStringLiteral("partner.region"),
                        QStringLiteral("partner.city"), QStringLiteral("partner.address"),
                        QStringLiteral("partner.notes") };
    const QString path = temp.dirPath() + QStringLiteral("/q.csv");
    REQUIRE(exportTo(temp.db(), path, options).ok());
    CHECK(readAll(path)
          == QByteArrayLiteral("Legal name,Region,City,Address,Notes\r\n"
                               "\" leading space\",\"trailing space \",inner space ok,\"cr\rinside\",\"5\"\" screen\"\r\n"));

    SECTION("long values: a special character anywhere, in the 16-byte blocks or the tail")
    {
        const QString base = QStringLiteral("0123456789abcdefghijklmnopqrstuvwxyzĐà Nẵng");
        for (int at = 0; at < base.size(); ++at) {
            for (QChar special : { u',', u'"', u'\n', u'\r' }) {
                QString value = base;
                value[at] = special;
                REQUIRE(update.prepare(QStringLiteral("UPDATE partner SET notes = ? WHERE id = ?")));
                update.addBindValue(value);
                update.addBindValue(p.id);
                REQUIRE(update.exec());
                options.columns = { QStringLiteral("partner.notes") };
                REQUIRE(exportTo(temp.db(), path, options).ok());
                QString quoted = CsvText::neutralise(value); // a CR first is a formula start
                quoted.replace(u'"', QStringLiteral("\"\""));
                INFO("special at " << at);
                CHECK(readAll(path) == "Notes\r\n\"" + quoted.toUtf8() + "\"\r\n");
            }
        }
        // A semicolon is only special when it is the delimiter.
        options.delimiter = u';';
        REQUIRE(exportTo(temp.db(), path, options).ok());
        CHECK(readAll(path).startsWith("Notes\r\n\""));
        REQUIRE(update.prepare(QStringLiteral("UPDATE partner SET notes = ? WHERE id = ?")));
        update.addBindValue(QString(base + QStringLiteral(",,,,,,,,,,,,,,,,,,")));
        update.addBindValue(p.id);
        REQUIRE(update.exec());
        REQUIRE(exportTo(temp.db(), path, options).ok());
        CHECK(readAll(path) == "Notes\r\n" + base.toUtf8() + ",,,,,,,,,,,,,,,,,,\r\n");
    }
}

TEST_CASE("Formula-like text cells get an apostrophe unless raw export is chosen (checklist 34)", "[export]")
{
    Test::TempDatabase temp;
    Partner a = makePartner(QStringLiteral("=HYPERLINK(\"http://x\";\"y\")"));
    a.phone = QStringLiteral("+84 90 123");
    a.city = QStringLiteral("-Nord");
    a.region = QStringLiteral("@region");
    a.notes = QStringLiteral("'=already");
    a.legalName = QStringLiteral("Plain 'text'");
    create(temp.db(), a);

    ExportOptions options;
    options.profile = ExportOptions::Profile::Utf8;
    options.columns = { QStringLiteral("partner.name"), QStringLiteral("partner.phone"), QStringLiteral("partner.city"),
                        QStringLiteral("partner.region"), QStringLiteral("partner.notes"),
                        QStringLiteral("partner.legal_name") };
    const QString path = temp.dirPath() + QStringLiteral("/f.csv");
    REQUIRE(exportTo(temp.db(), path, options).ok());
    CHECK(readAll(path)
          == QByteArrayLiteral("Name,Phone,City,Region,Notes,Legal name\r\n"
                               "\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\",'+84 90 123,'-Nord,'@region,''=already,"
                               "Plain 'text'\r\n"));

    options.neutraliseFormulas = false;
    REQUIRE(exportTo(temp.db(), path, options).ok());
    CHECK(readAll(path)
          == QByteArrayLiteral("Name,Phone,City,Region,Notes,Legal name\r\n"
                               "\"=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\",+84 90 123,-Nord,@region,'=already,"
                               "Plain 'text'\r\n"));
}

TEST_CASE("Money is a plain number with the currency's digits and dates are ISO and codes stay codes", "[export]")
{
    Test::TempDatabase temp;
    Partner usd = makePartner(QStringLiteral("Dollar"));
    usd.annualRevenue = Money { 123450, QStringLiteral("USD") };
    usd.partnershipStart = QDate(2024, 3, 1);
    usd.nextReview = QDate(2027, 12, 31);
    create(temp.db(), usd);
    Partner vnd = makePartner(QStringLiteral("Dong"));
    vnd.annualRevenue = Money { 2500000000, QStringLiteral("VND") };
    vnd.tier.clear();
    vnd.type = QStringLiteral("system_integrator");
    create(temp.db(), vnd);
    Partner bhd = makePartner(QStringLiteral("Dinar"));
    bhd.annualRevenue = Money { 1005, QStringLiteral("BHD") };
    create(temp.db(), bhd);
    create(temp.db(), makePartner(QStringLiteral("None")));

    ExportOptions options;
    options.profile = ExportOptions::Profile::Utf8;
    // The currency column is added after the amount even when not asked for: an amount alone is ambiguous.
    options.columns = { QStringLiteral("partner.name"), QStringLiteral("partner.type"), QStringLiteral("partner.tier"),
                        QStringLiteral("partner.stage"), QStringLiteral("partner.partnership_start"),
                        QStringLiteral("partner.next_review"), QStringLiteral("partner.annual_revenue") };
    const QString path = temp.dirPath() + QStringLiteral("/m.csv");
    REQUIRE(exportTo(temp.db(), path, options).ok());
    CHECK(readAll(path)
          == QByteArrayLiteral("Name,Partner type,Tier,Stage,Partnership start,Next review,Annual revenue,Revenue currency\r\n"
                               "Dollar,distributor,gold,active,2024-03-01,2027-12-31,1234.50,USD\r\n"
                               "Dong,system_integrator,,active,,,2500000000,VND\r\n"
                               "Dinar,distributor,gold,active,,,1.005,BHD\r\n"
                               "None,distributor,gold,active,,,,\r\n"));
    // The same text as Money::toPlainString(), which the importer parses back.
    CHECK(Money { 123450, QStringLiteral("USD") }.toPlainString() == QStringLiteral("1234.50"));
    CHECK(Money { 1005, QStringLiteral("BHD") }.toPlainString() == QStringLiteral("1.005"));
}

TEST_CASE("All columns by default with English headers whatever the UI language and the id column", "[export]")
{
    Test::TempDatabase temp;
    const Partner p = create(temp.db(), makePartner(QStringLiteral("Acme")));
    ExportOptions options;
    options.profile = ExportOptions::Profile::Utf8;
    const QString path = temp.dirPath() + QStringLiteral("/all.csv");
    REQUIRE(exportTo(temp.db(), path, options).ok());
    const QList<QByteArray> lines = readAll(path).split('\n');
    REQUIRE(lines.size() == 3);
    QStringList expectedHeader;
    for (const ImportField& field : importFields())
        if (!field.contact)
            expectedHeader.append(field.englishLabel());
    CHECK(QString::fromUtf8(lines[0]).chopped(1).split(u',') == expectedHeader);
    const QStringList values = QString::fromUtf8(lines[1]).chopped(1).split(u',');
    REQUIRE(values.size() == expectedHeader.size());
    CHECK(values.first() == QStringLiteral("Acme"));
    CHECK(values.last() == Uuid::toString(p.id));
}

TEST_CASE("The list's filters search and sort are honoured and deleted partners are left out", "[export]")
{
    Test::TempDatabase temp;
    for (const auto& [name, tier, country] : std::initializer_list<std::tuple<const char*, const char*, const char*>> {
             { "Bravo Gold VN", "gold", "VN" },
             { "Alpha Gold DE", "gold", "DE" },
             { "Charlie Silver VN", "silver", "VN" },
             { "Delta Gold VN", "gold", "VN" },
         }) {
        Partner p = makePartner(QString::fromUtf8(name));
        p.tier = QString::fromLatin1(tier);
        p.country = QString::fromLatin1(country);
        create(temp.db(), p);
    }
    const Partner gone = create(temp.db(), makePartner(QStringLiteral("Echo Gold VN deleted")));
    REQUIRE(PartnerRepository(temp.db()).remove(gone.id).ok());

    ExportOptions options;
    options.profile = ExportOptions::Profile::Utf8;
    options.columns = { QStringLiteral("partner.name") };
    const QString path = temp.dirPath() + QStringLiteral("/filtered.csv");

    SECTION("no query: every live partner")
    {
        auto result = exportTo(temp.db(), path, options);
        REQUIRE(result.ok());
        CHECK(result->partners == 4);
        CHECK(readAll(path) == "Name\r\nBravo Gold VN\r\nAlpha Gold DE\r\nCharlie Silver VN\r\nDelta Gold VN\r\n");
    }
    SECTION("tier and country filters with the list's name order")
    {
        PartnerQuery query;
        query.tier = QStringLiteral("gold");
        query.country = QStringLiteral("VN");
        options.query = query;
        REQUIRE(exportTo(temp.db(), path, options).ok());
        CHECK(readAll(path) == "Name\r\nBravo Gold VN\r\nDelta Gold VN\r\n");
    }
    SECTION("search text and a descending sort")
    {
        PartnerQuery query;
        query.search = QStringLiteral("gold");
        query.descending = true;
        options.query = query;
        REQUIRE(exportTo(temp.db(), path, options).ok());
        CHECK(readAll(path) == "Name\r\nDelta Gold VN\r\nBravo Gold VN\r\nAlpha Gold DE\r\n");
    }
}

TEST_CASE("includeContacts writes one row per contact and one for a partner without contacts", "[export]")
{
    Test::TempDatabase temp;
    const Partner a = create(temp.db(), makePartner(QStringLiteral("Acme, Inc")));
    addContact(temp.db(), a, QStringLiteral("Lan"), QStringLiteral("Nguyễn"), QStringLiteral("lan@acme.com"));
    const Contact removed = addContact(temp.db(), a, QStringLiteral("Old"), QStringLiteral("Contact"));
    addContact(temp.db(), a, QStringLiteral("Bob"), QStringLiteral("Smith"));
    REQUIRE(ContactRepository(temp.db()).remove(removed.id).ok());
    create(temp.db(), makePartner(QStringLiteral("Lonely")));

    ExportOptions options;
    options.profile = ExportOptions::Profile::Utf8;
    options.includeContacts = true;
    options.columns = { QStringLiteral("partner.name"), QStringLiteral("partner.country") };
    const QString path = temp.dirPath() + QStringLiteral("/contacts.csv");
    auto result = exportTo(temp.db(), path, options);
    REQUIRE(result.ok());
    CHECK(result->partners == 2);
    CHECK(result->rows == 3);
    CHECK(readAll(path)
          == QByteArrayLiteral("Name,Country,Contact first name,Contact last name,Contact job title,Contact email,"
                               "Contact phone,Contact role\r\n"
                               "\"Acme, Inc\",VN,Lan,Nguyễn,,lan@acme.com,,technical\r\n"
                               "\"Acme, Inc\",VN,Bob,Smith,,,,technical\r\n"
                               "Lonely,VN,,,,,,\r\n"));

    SECTION("contact columns without contact rows are refused")
    {
        options.includeContacts = false;
        options.columns.append(QStringLiteral("contact.email"));
        auto refused = exportTo(temp.db(), path, options);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == Error::Code::InvalidArgument);
    }
}

TEST_CASE("Cancel and failures leave no file and never a truncated one (checklist 37)", "[export]")
{
    Test::TempDatabase temp;
    for (int i = 0; i < 2500; ++i)
        create(temp.db(), makePartner(QStringLiteral("Partner %1").arg(i)));
    const QString path = temp.dirPath() + QStringLiteral("/cancel.csv");
    ExportOptions options;

    SECTION("cancel midway: no file")
    {
        std::atomic_bool cancel { false };
        qint64 seen = 0;
        auto result = PartnerExporter(temp.db()).run(
            path, options,
            [&](qint64 done, qint64 total) {
                CHECK(total == 2500);
                seen = done;
                cancel = true;
            },
            &cancel);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == Error::Code::Cancelled);
        CHECK(seen > 0);
        CHECK(seen < 2500);
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("cancel leaves an earlier file as it was")
    {
        {
            QFile existing(path);
            REQUIRE(existing.open(QIODevice::WriteOnly));
            existing.write("previous export");
        }
        std::atomic_bool cancel { true };
        auto result = PartnerExporter(temp.db()).run(path, options, {}, &cancel);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == Error::Code::Cancelled);
        CHECK(readAll(path) == "previous export");
    }
    SECTION("an unwritable place is an Io error")
    {
        auto result = exportTo(temp.db(), temp.dirPath() + QStringLiteral("/no/such/dir/x.csv"), options);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == Error::Code::Io);
    }
    SECTION("progress reaches the total")
    {
        qint64 last = 0;
        auto result = PartnerExporter(temp.db()).run(path, options, [&](qint64 done, qint64) { last = done; });
        REQUIRE(result.ok());
        CHECK(last == 2500);
        CHECK(readAll(path).count("\r\n") == 2501);
    }
    SECTION("bad options are refused before anything is written")
    {
        options.delimiter = u'x';
        CHECK(exportTo(temp.db(), path, options).error().code == Error::Code::InvalidArgument);
        options.delimiter = u',';
        options.columns = { QStringLiteral("partner.nope") };
        CHECK(exportTo(temp.db(), path, options).error().code == Error::Code::InvalidArgument);
        CHECK_FALSE(QFile::exists(path));
    }
}

TEST_CASE("Values over Excel's 32767 characters are exported whole and counted (checklist 14 and 36)", "[export]")
{
    Test::TempDatabase temp;
    const Partner p = create(temp.db(), makePartner(QStringLiteral("Long")));
    const QString longNote = QString(40000, u'ệ');
    QSqlQuery update(temp.db().connection());
    REQUIRE(update.prepare(QStringLiteral("UPDATE partner SET notes = ? WHERE id = ?")));
    update.addBindValue(longNote);
    update.addBindValue(p.id);
    REQUIRE(update.exec());
    create(temp.db(), makePartner(QStringLiteral("Short")));

    ExportOptions options;
    options.profile = ExportOptions::Profile::Utf8;
    options.columns = { QStringLiteral("partner.name"), QStringLiteral("partner.notes") };
    const QString path = temp.dirPath() + QStringLiteral("/long.csv");
    auto result = exportTo(temp.db(), path, options);
    REQUIRE(result.ok());
    CHECK(result->longValues == 1);
    CHECK(readAll(path) == "Name,Notes\r\nLong," + longNote.toUtf8() + "\r\nShort,\r\n");
}

namespace {

/// Every synced partner column but the id (a created partner gets a new one), in a stable order, as text.
QList<QStringList> partnerRows(Database& db)
{
    QStringList columns;
    for (const PartnerFieldDef& def : partnerFields())
        columns.append(QString::fromLatin1(def.column));
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT %1 FROM partner WHERE deleted_at IS NULL ORDER BY external_id, name")
                           .arg(columns.join(u','))));
    QList<QStringList> rows;
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < columns.size(); ++i)
            row.append(query.isNull(i) ? QStringLiteral("<null>") : query.value(i).toString());
        rows.append(row);
    }
    return rows;
}

Result<ImportReport> importFile(Database& db, const QString& path)
{
    auto preview = CsvReader::preview(path, {}, 0);
    if (!preview)
        return preview.error();
    ImportOptions options;
    options.mapping = autoMapHeader(preview->header).mapping;
    options.mode = ImportMode::CreateOnly;
    return PartnerImporter(db).run(path, options);
}

struct Profile
{
    const char* name;
    ExportOptions::Profile profile;
    QChar delimiter;
};
const Profile Profiles[] = {
    { "excel comma", ExportOptions::Profile::Excel, u',' },
    { "excel semicolon", ExportOptions::Profile::Excel, u';' },
    { "excel pipe", ExportOptions::Profile::Excel, u'|' },
    { "utf8", ExportOptions::Profile::Utf8, u',' },
    { "unicode text", ExportOptions::Profile::UnicodeText, u'\t' },
};

} // namespace

TEST_CASE("Round trip: our export imported into an empty database gives back identical partners (checklist 36)",
          "[export][roundtrip]")
{
    Test::TempDatabase source;
    Partner tricky = makePartner(QStringLiteral("Công ty \"Ánh Dương\", TNHH"));
    tricky.legalName = QStringLiteral("=SUM(A1:A9)");
    tricky.phone = QStringLiteral("+84 28 3822 1234");
    tricky.city = QStringLiteral("-Thủ Đức");
    tricky.region = QStringLiteral("@Miền Nam");
    tricky.address = QStringLiteral("12 Lê Lợi;\nTầng 3|Phòng 4\tB");
    tricky.externalId = QStringLiteral("007421");
    tricky.notes = QStringLiteral("'=already marked\r\nsecond line \"quoted\"");
    tricky.stageReason = QStringLiteral("''+two apostrophes");
    tricky.owner = QStringLiteral("lan.nguyen");
    tricky.annualRevenue = Money { 250000000000, QStringLiteral("VND") };
    tricky.partnershipStart = QDate(2023, 1, 15);
    tricky.nextReview = QDate(2026, 2, 28);
    create(source.db(), tricky);
    Partner plain = makePartner(QStringLiteral("Whitaker & Sons Ltd"));
    plain.country = QStringLiteral("GB");
    plain.tier.clear();
    plain.stage = QStringLiteral("suspended");
    plain.stageReason = QStringLiteral("Unpaid invoices, 2 of them");
    plain.website = QStringLiteral("https://whitaker.example.co.uk/");
    plain.email = QStringLiteral("sales@whitaker.example.co.uk");
    plain.externalId = QStringLiteral("0012E00001");
    plain.annualRevenue = Money { 123456, QStringLiteral("GBP") };
    create(source.db(), plain);

    // A random table dense in what breaks CSV: quotes, delimiters, line breaks, formula starts, apostrophes,
    // Vietnamese, leading zeros.
    const QStringList alphabet = {
        QStringLiteral("'"), QStringLiteral("="), QStringLiteral("+"), QStringLiteral("-"), QStringLiteral("@"),
        QStringLiteral("\""), QStringLiteral(","), QStringLiteral(";"), QStringLiteral("|"), QStringLiteral("\t"),
        QStringLiteral("\n"), QStringLiteral("\r\n"), QStringLiteral(" "), QStringLiteral("0"), QStringLiteral("a"),
        QStringLiteral("Đ"), QStringLiteral("ệ"), QStringLiteral("ữ"), QStringLiteral("ß"), QStringLiteral("😀"),
    };
    QRandomGenerator random(42);
    auto randomText = [&](int maxLength) {
        QString value;
        const int length = random.bounded(0, maxLength + 1);
        for (int k = 0; k < length; ++k)
            value += alphabet[random.bounded(alphabet.size())];
        // What the editor stores: NFC, no whitespace at the ends.
        return CsvText::cleaned(value.normalized(QString::NormalizationForm_C));
    };
    for (int i = 0; i < 150; ++i) {
        Partner p = makePartner(randomText(12));
        if (p.name.isEmpty())
            p.name = QStringLiteral("x");
        p.externalId = QStringLiteral("R%1").arg(i, 4, 10, QLatin1Char('0')); // unique: no in-file duplicates
        p.name = p.externalId + p.name;
        p.legalName = randomText(12);
        p.region = randomText(8);
        p.city = randomText(8);
        p.address = randomText(20);
        p.notes = randomText(40);
        p.phone = randomText(10);
        create(source.db(), p);
    }
    const QList<QStringList> expected = partnerRows(source.db());
    REQUIRE(expected.size() == 152);

    for (const Profile& profile : Profiles) {
        DYNAMIC_SECTION("profile " << profile.name)
        {
            ExportOptions options;
            options.profile = profile.profile;
            options.delimiter = profile.delimiter;
            const QString path = source.dirPath() + QStringLiteral("/roundtrip.csv");
            auto exported = exportTo(source.db(), path, options);
            REQUIRE(exported.ok());
            CHECK(exported->partners == 152);

            Test::TempDatabase target;
            auto imported = importFile(target.db(), path);
            if (!imported)
                FAIL(imported.error().toLogString().toStdString());
            CHECK(imported->created == 152);
            CHECK(imported->rejected == 0);
            const QList<QStringList> actual = partnerRows(target.db());
            REQUIRE(actual.size() == expected.size());
            for (qsizetype i = 0; i < expected.size(); ++i)
                CHECK(actual[i] == expected[i]);
        }
    }
}

TEST_CASE("UnicodeText keeps a U+FEFF that starts a value at a chunk boundary", "[export]")
{
    // 120,000 partners make more than one 4 MiB chunk of UTF-8; every name starts with U+FEFF (as pasted text sometimes does),
    // so whichever record starts the second chunk checks that the chunk conversion keeps it as data.
    Test::TempDatabase temp;
    QSqlQuery insert(temp.db().connection());
    REQUIRE(insert.exec(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120000) "
        "INSERT INTO partner (id, name, country, notes, created_at, updated_at) "
        "SELECT randomblob(16), char(65279) || 'Partner ' || i, 'VN', 'Ghi chú dài cho đối tác số ' || i, "
        "'2026-11-27T00:00:00.000Z', '2026-11-27T00:00:00.000Z' FROM n")));
    ExportOptions options;
    options.profile = ExportOptions::Profile::UnicodeText;
    options.columns = { QStringLiteral("partner.name"), QStringLiteral("partner.notes") };
    const QString path = temp.dirPath() + QStringLiteral("/feff.txt");
    REQUIRE(exportTo(temp.db(), path, options).ok());
    const QByteArray bytes = readAll(path);
    REQUIRE(bytes.startsWith("\xFF\xFE"));
    const QString text = QString::fromUtf16(reinterpret_cast<const char16_t*>(bytes.constData() + 2),
                                            (bytes.size() - 2) / 2);
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(text.toUtf8().size() > 4 * 1024 * 1024); // the writer's chunk size
    REQUIRE(lines.size() == 120001);
    CHECK(lines.first() == QStringLiteral("Name\tNotes"));
    qsizetype marked = 0;
    for (qsizetype i = 1; i < lines.size(); ++i)
        marked += lines.at(i).startsWith(QChar(0xFEFF)) ? 1 : 0;
    CHECK(marked == 120000);
}
