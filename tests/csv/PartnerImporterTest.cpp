// PartnerImporter (issue 3 "Matching and writing", checklist E/F/G, IMP-01..IMP-05, IMP-08) and the value parsing it
// relies on (ValueParser: checklist 23–25), on real SQLite files and real CSV files.
#include "common/Uuid.h"
#include "csv/CsvReader.h"
#include "csv/ImportField.h"
#include "csv/ImportMapping.h"
#include "csv/PartnerExporter.h"
#include "csv/PartnerImporter.h"
#include "csv/ValueParser.h"
#include "partners/ContactRepository.h"
#include "partners/PartnerRepository.h"
#include "storage/RecordWriter.h"
#include "support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <atomic>

using namespace ChannelDesk;
using namespace ChannelDesk::Csv;

namespace {

const QString DataDir = QStringLiteral(CSV_TEST_DATA_DIR);

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

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

/// What an import leaves behind: every table it may write.
struct Counts
{
    qint64 partners, contacts, outbox, runs, created, changes;
    bool operator==(const Counts&) const = default;
};

Counts counts(Database& db)
{
    return { scalar(db, QStringLiteral("SELECT count(*) FROM partner")),
             scalar(db, QStringLiteral("SELECT count(*) FROM contact")),
             scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox")),
             scalar(db, QStringLiteral("SELECT count(*) FROM import_run")),
             scalar(db, QStringLiteral("SELECT count(*) FROM import_created")),
             scalar(db, QStringLiteral("SELECT count(*) FROM import_change")) };
}

/// Options with the header mapped automatically, as the wizard proposes it.
ImportOptions autoOptions(const QString& path, ImportMode mode = ImportMode::CreateAndUpdate)
{
    const auto preview = CsvReader::preview(path, {}, 5);
    REQUIRE(preview.ok());
    ImportOptions options;
    options.mapping = autoMapHeader(preview->header).mapping;
    options.mode = mode;
    return options;
}

ImportReport importOk(Database& db, const QString& path, const ImportOptions& options)
{
    PartnerImporter importer(db);
    auto report = importer.run(path, options);
    if (!report)
        FAIL(report.error().toLogString().toStdString());
    return std::move(report).value();
}

const RowOutcome* rowAt(const ImportReport& report, qint64 line)
{
    for (const RowOutcome& row : report.rows) {
        if (row.line == line)
            return &row;
    }
    return nullptr;
}

bool hasWarning(const RowOutcome* row, const QString& code)
{
    if (!row)
        return false;
    for (const CsvIssue& issue : row->warnings) {
        if (issue.code == code)
            return true;
    }
    return false;
}

Partner partnerWhere(Database& db, const QString& column, const QString& value)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id FROM partner WHERE %1 = ? AND deleted_at IS NULL").arg(column));
    query.addBindValue(value);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    const QByteArray id = query.value(0).toByteArray();
    REQUIRE_FALSE(query.next());
    PartnerRepository partners(db);
    return *partners.get(id);
}

Partner stored(Database& db, const QString& name, const QString& country, const QString& externalId = {},
               const QString& email = {}, const QString& website = {})
{
    Partner p;
    p.name = name;
    p.country = country;
    p.externalId = externalId;
    p.email = email;
    p.website = website;
    PartnerRepository partners(db);
    auto created = partners.create(p);
    if (!created)
        FAIL(created.error().toLogString().toStdString());
    return *created;
}

QString line(const QStringList& fields)
{
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

// ----- values ------------------------------------------------------------------------------------------------------

TEST_CASE("dates: day order inferred per column from a component above 12 / ISO always (checklist 25)",
          "[import][values]")
{
    ValueParser::DateColumn dmy;
    for (const char* v : { "05/01/2024", "25/12/2023", "03.02.2024" })
        dmy.observe(QString::fromLatin1(v));
    CHECK(dmy.order(ValueParser::DayOrder::MonthDay) == ValueParser::DayOrder::DayMonth);
    CHECK_FALSE(dmy.guessed());

    ValueParser::DateColumn mdy;
    for (const char* v : { "05/01/2024", "12/25/2023", "2024-03-01" })
        mdy.observe(QString::fromLatin1(v));
    CHECK(mdy.order(ValueParser::DayOrder::DayMonth) == ValueParser::DayOrder::MonthDay);

    ValueParser::DateColumn ambiguous;
    ambiguous.observe(u"05/01/2024");
    ambiguous.observe(u"2024-01-05");
    CHECK(ambiguous.order(ValueParser::DayOrder::DayMonth) == ValueParser::DayOrder::DayMonth);
    CHECK(ambiguous.guessed());

    using O = ValueParser::DayOrder;
    CHECK(ValueParser::parseDate(u"05/01/2024", O::DayMonth) == QDate(2024, 1, 5));
    CHECK(ValueParser::parseDate(u"05/01/2024", O::MonthDay) == QDate(2024, 5, 1));
    CHECK(ValueParser::parseDate(u"25.12.23", O::DayMonth) == QDate(2023, 12, 25));
    CHECK(ValueParser::parseDate(u"2024-03-15", O::MonthDay) == QDate(2024, 3, 15));
    CHECK(ValueParser::parseDate(u"2024-03-15T10:30:00Z", O::DayMonth) == QDate(2024, 3, 15));
    CHECK(ValueParser::parseDate(u"15/03/2024 10:30", O::DayMonth) == QDate(2024, 3, 15));
    CHECK(ValueParser::parseDate(u"15 Mar 2024", O::MonthDay) == QDate(2024, 3, 15));
    CHECK(ValueParser::parseDate(u"March 15, 2024", O::DayMonth) == QDate(2024, 3, 15));
    CHECK(ValueParser::parseDate(u"15. März 2024", O::MonthDay) == QDate(2024, 3, 15));
    CHECK(ValueParser::parseDate(u"25/12/2023", O::MonthDay).isValid() == false); // against the column's order
    CHECK_FALSE(ValueParser::parseDate(u"31/02/2024", O::DayMonth).isValid());
    CHECK_FALSE(ValueParser::parseDate(u"soon", O::DayMonth).isValid());
    CHECK_FALSE(ValueParser::parseDate(u"3-4", O::DayMonth).isValid());
}

TEST_CASE("amounts: decimal separator inferred per column / grouping with NBSP / symbols and codes (checklist 24)",
          "[import][values]")
{
    ValueParser::NumberColumn comma;
    for (const char* v : { "1.234.567,89", "2.500", "17" })
        comma.observe(QString::fromUtf8(v));
    CHECK(comma.decimalSeparator(u'.') == u',');
    ValueParser::NumberColumn vietnamese;
    vietnamese.observe(u"2.500.000.000");
    CHECK(vietnamese.decimalSeparator(u'.') == u',');
    ValueParser::NumberColumn point;
    for (const char* v : { "1,234,567.89", "1,234" })
        point.observe(QString::fromUtf8(v));
    CHECK(point.decimalSeparator(u',') == u'.');
    ValueParser::NumberColumn undecided;
    undecided.observe(u"1,234");
    CHECK(undecided.decimalSeparator(u',') == u',');
    CHECK(undecided.decimalSeparator(u'.') == u'.');

    auto minor = [](QStringView text, QChar decimal, int digits) -> std::optional<qint64> {
        const auto amount = ValueParser::parseAmount(text, decimal);
        if (!amount)
            return std::nullopt;
        return ValueParser::toMinorUnits(*amount, digits);
    };
    CHECK(minor(u"1.234.567,89", u',', 2) == 123456789);
    CHECK(minor(u"1\u00A0234\u00A0567,89 €", u',', 2) == 123456789);
    CHECK(minor(u"1\u202F234\u202F567,89", u',', 2) == 123456789);
    CHECK(minor(u"2.500.000.000", u',', 0) == 2500000000LL);
    CHECK(minor(u"2.500.000.000,00", u',', 0) == 2500000000LL);
    CHECK(minor(u"1,234,567.89", u'.', 2) == 123456789);
    CHECK(minor(u"(7,300)", u'.', 2) == -730000);
    CHECK(minor(u"1'234.50", u'.', 2) == 123450);
    CHECK(minor(u"1234.567", u'.', 2) == std::nullopt); // more decimals than USD has: never rounded
    CHECK(minor(u"1,5", u'.', 2) == std::nullopt);      // a decimal comma in a point column
    CHECK(minor(u"12-34", u'.', 2) == std::nullopt);
    CHECK(minor(u"abc", u'.', 2) == std::nullopt);
    CHECK(minor(u"1E5", u'.', 2) == std::nullopt);

    CHECK(ValueParser::parseAmount(u"€ 1.200,50", u',')->currency == QStringLiteral("EUR"));
    CHECK(ValueParser::parseAmount(u"1.200.000 ₫", u',')->currency == QStringLiteral("VND"));
    CHECK(ValueParser::parseAmount(u"2.500.000 VNĐ", u',')->currency == QStringLiteral("VND"));
    CHECK(ValueParser::parseAmount(u"US$1,000", u'.')->currency == QStringLiteral("USD"));
    CHECK(ValueParser::parseAmount(u"1000 usd", u'.')->currency == QStringLiteral("USD"));
    CHECK_FALSE(ValueParser::parseAmount(u"1000 XYZ", u'.'));
    CHECK(ValueParser::currencyInHeader(u"Revenue (EUR)") == QStringLiteral("EUR"));
    CHECK(ValueParser::currencyInHeader(u"Doanh thu (VNĐ)") == QStringLiteral("VND"));
    CHECK(ValueParser::currencyInHeader(u"Umsatz [€]") == QStringLiteral("EUR"));
    CHECK(ValueParser::currencyInHeader(u"Revenue (in thousands)").isEmpty());
}

TEST_CASE("countries by ISO code or name in en / vi / de / fr and choices by code or label", "[import][values]")
{
    CHECK(ValueParser::countryCode(u"vn") == QStringLiteral("VN"));
    CHECK(ValueParser::countryCode(u"VNM") == QStringLiteral("VN"));
    CHECK(ValueParser::countryCode(u"Việt Nam") == QStringLiteral("VN"));
    CHECK(ValueParser::countryCode(u"Viet Nam") == QStringLiteral("VN"));
    CHECK(ValueParser::countryCode(u"VIETNAM") == QStringLiteral("VN"));
    CHECK(ValueParser::countryCode(u"Deutschland") == QStringLiteral("DE"));
    CHECK(ValueParser::countryCode(u"Allemagne") == QStringLiteral("DE"));
    CHECK(ValueParser::countryCode(u"Đức") == QStringLiteral("DE"));
    CHECK(ValueParser::countryCode(u"United States") == QStringLiteral("US"));
    CHECK(ValueParser::countryCode(u"USA") == QStringLiteral("US"));
    CHECK(ValueParser::countryCode(u"Narnia").isEmpty());
    CHECK(ValueParser::countryCode(u"XX").isEmpty());

    using C = ValueParser::Choice;
    CHECK(ValueParser::choiceCode(C::Tier, u"Gold") == QStringLiteral("gold"));
    CHECK(ValueParser::choiceCode(C::Tier, u"Vàng") == QStringLiteral("gold"));
    CHECK(ValueParser::choiceCode(C::Tier, u"VANG") == QStringLiteral("gold"));
    CHECK(ValueParser::choiceCode(C::Tier, u"bạch kim") == QStringLiteral("platinum"));
    CHECK(ValueParser::choiceCode(C::PartnerType, u"Value-added reseller") == QStringLiteral("var"));
    CHECK(ValueParser::choiceCode(C::PartnerType, u"system_integrator") == QStringLiteral("system_integrator"));
    CHECK(ValueParser::choiceCode(C::PartnerType, u"Nhà phân phối") == QStringLiteral("distributor"));
    CHECK(ValueParser::choiceCode(C::Stage, u"Đang hoạt động") == QStringLiteral("active"));
    CHECK(ValueParser::choiceCode(C::ContactRole, u"Kỹ thuật") == QStringLiteral("technical"));
    CHECK_FALSE(ValueParser::choiceCode(C::Tier, u"Diamond"));
}

// ----- importing ---------------------------------------------------------------------------------------------------

TEST_CASE("a Vietnamese Excel file imports: values / leading zeros / formulas / duplicates / rejections",
          "[import]")
{
    // IMP-08, checklist 6 21 22 23 24 25 26 28 29 31.
    Test::TempDatabase temp;
    const QString path = DataDir + QStringLiteral("/import-vietnamese-semicolon.csv");
    const ImportOptions options = autoOptions(path);
    CHECK(options.mapping.fieldForColumn
          == QStringList { QStringLiteral("partner.name"), QStringLiteral("partner.external_id"),
                           QStringLiteral("partner.country"), QStringLiteral("partner.city"),
                           QStringLiteral("partner.phone"), QStringLiteral("partner.annual_revenue"),
                           QStringLiteral("partner.partnership_start"), QStringLiteral("partner.tier"),
                           QStringLiteral("partner.notes") });
    const ImportReport report = importOk(temp.db(), path, options);

    CHECK(report.dialect.delimiter == u';');
    CHECK(report.dialect.bom);
    CHECK(report.records == 6);
    CHECK(report.created == 3);
    CHECK(report.rejected == 3);
    CHECK(report.accepted == 3);
    CHECK(report.warnings == 1);
    CHECK(report.runId > 0);

    const Partner dongA = partnerWhere(temp.db(), QStringLiteral("external_id"), QStringLiteral("004217"));
    CHECK(dongA.name == QStringLiteral("Công ty Đông Á"));
    CHECK(dongA.country == QStringLiteral("VN"));
    CHECK(dongA.phone == QStringLiteral("0901 234 567"));               // text: leading zero kept
    CHECK(dongA.annualRevenue == Money { 2500000000LL, QStringLiteral("VND") }); // vi grouping, currency from header
    CHECK(dongA.partnershipStart == QDate(2023, 12, 25));
    CHECK(dongA.tier == QStringLiteral("gold"));
    CHECK(dongA.notes == QStringLiteral("=1+1")); // our export's neutralised value restored exactly
    CHECK(dongA.type == QStringLiteral("reseller"));
    CHECK(dongA.stage == QStringLiteral("prospect"));
    CHECK((rowAt(report, 2) == nullptr || rowAt(report, 2)->warnings.isEmpty()));

    const Partner thienAn = partnerWhere(temp.db(), QStringLiteral("external_id"), QStringLiteral("KH-002"));
    CHECK(thienAn.name == QStringLiteral("Thiện An"));
    CHECK(thienAn.phone == QStringLiteral("+84 234 3822 123"));
    CHECK(thienAn.annualRevenue == Money { 1250000, QStringLiteral("VND") });
    CHECK(thienAn.partnershipStart == QDate(2024, 1, 5)); // day first: the column's 25/12 decided
    CHECK(thienAn.notes == QStringLiteral("=HYPERLINK(\"http://x.example\")")); // verbatim, never evaluated
    CHECK(hasWarning(rowAt(report, 3), QStringLiteral("formula_like")));
    CHECK_FALSE(hasWarning(rowAt(report, 3), QStringLiteral("unparsed_number")));

    const Partner thienAn2 = partnerWhere(temp.db(), QStringLiteral("external_id"), QStringLiteral("KH-003"));
    CHECK(thienAn2.name == QStringLiteral("Thiên Ân"));
    CHECK(thienAn2.country == QStringLiteral("VN"));

    const RowOutcome* strong = rowAt(report, 5);
    REQUIRE(strong);
    CHECK(strong->kind == RowOutcome::Kind::Rejected);
    CHECK(strong->code == QStringLiteral("duplicate_in_file"));
    CHECK(strong->message.contains(QStringLiteral("line 2")));
    REQUIRE(rowAt(report, 6));
    CHECK(rowAt(report, 6)->code == QStringLiteral("invalid_value"));
    CHECK(rowAt(report, 6)->message.contains(QStringLiteral("Narnia")));
    CHECK(rowAt(report, 6)->message.contains(QStringLiteral("Quốc gia")));
    REQUIRE(rowAt(report, 7));
    CHECK(rowAt(report, 7)->code == QStringLiteral("name_required"));

    // Strong (same after case folding) and possible (same only without accents) duplicate groups (checklist 29).
    bool strongGroup = false, possibleGroup = false;
    for (const DuplicateGroup& group : report.duplicates) {
        if (group.strong && group.lines == QList<qint64> { 2, 5 })
            strongGroup = true;
        if (!group.strong && group.lines == QList<qint64> { 3, 4 }) {
            possibleGroup = true;
            CHECK(group.key.contains(QStringLiteral("Thiện An")));
        }
    }
    CHECK(strongGroup);
    CHECK(possibleGroup);

    // Every created partner has its outbox entry (imports go through the outbox like any edit).
    CHECK(scalar(temp.db(), QStringLiteral("SELECT count(*) FROM sync_outbox WHERE op = 'create' AND entity = 'partner'"))
          == 3);
}

TEST_CASE("a HubSpot export imports: leading zeros / revenue without currency / domain repeated in the file",
          "[import]")
{
    Test::TempDatabase temp;
    const QString path = DataDir + QStringLiteral("/import-hubspot-companies.csv");
    const ImportReport report = importOk(temp.db(), path, autoOptions(path));
    CHECK(report.created == 2);
    CHECK(report.rejected == 2);
    const Partner beta = partnerWhere(temp.db(), QStringLiteral("external_id"), QStringLiteral("5102"));
    CHECK(beta.phone == QStringLiteral("030 1234567"));
    CHECK(beta.country == QStringLiteral("DE"));
    CHECK(beta.emailDomain == QStringLiteral("beta.example"));
    CHECK(beta.owner == QStringLiteral("jane"));
    REQUIRE(rowAt(report, 4));
    CHECK(rowAt(report, 4)->code == QStringLiteral("invalid_partner"));
    CHECK(rowAt(report, 4)->message == QStringLiteral("Choose the currency of the annual revenue."));
    REQUIRE(rowAt(report, 5));
    CHECK(rowAt(report, 5)->code == QStringLiteral("duplicate_in_file"));
    CHECK(rowAt(report, 5)->message.contains(QStringLiteral("website domain")));
    CHECK(rowAt(report, 5)->message.contains(QStringLiteral("line 2")));
}

TEST_CASE("number and date columns: decimal comma with NBSP groups / MDY / unparseable values kept empty with a warning",
          "[import]")
{
    // Checklist 24 25: per column, the values that disambiguate decide; a value that cannot be read leaves the field
    // empty with a warning and the row is still imported.
    Test::TempDatabase temp;
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("numbers.csv"), QString(
        line({ QStringLiteral("Name"), QStringLiteral("Country"), QStringLiteral("Annual revenue"),
               QStringLiteral("Currency"), QStringLiteral("Next review"), QStringLiteral("Partnership start") })
        + line({ QStringLiteral("Alpha"), QStringLiteral("FR"), QStringLiteral("\"1\u00A0234\u00A0567,89\""),
                 QStringLiteral("EUR"), QStringLiteral("12/25/2024"), QStringLiteral("2024-02-01") })
        + line({ QStringLiteral("Beta"), QStringLiteral("FR"), QStringLiteral("\"2,5\""), QStringLiteral("eur"),
                 QStringLiteral("01/02/2025"), QStringLiteral("03/04/2024") })
        + line({ QStringLiteral("Gamma"), QStringLiteral("FR"), QStringLiteral("beaucoup"), QStringLiteral("EUR"),
                 QStringLiteral("next week"), QString() })
        + line({ QStringLiteral("Delta"), QStringLiteral("FR"), QStringLiteral("\"(7,300)\""), QStringLiteral("EUR"),
                 QString(), QString() })).toUtf8());
    const ImportReport report = importOk(temp.db(), path, autoOptions(path));
    CHECK(report.created == 3);
    CHECK(report.rejected == 1);

    const Partner alpha = partnerWhere(temp.db(), QStringLiteral("name"), QStringLiteral("Alpha"));
    CHECK(alpha.annualRevenue == Money { 123456789, QStringLiteral("EUR") });
    CHECK(alpha.nextReview == QDate(2024, 12, 25));       // month first: 12/25 decided the column
    CHECK(alpha.partnershipStart == QDate(2024, 2, 1));   // ISO always
    const Partner beta = partnerWhere(temp.db(), QStringLiteral("name"), QStringLiteral("Beta"));
    CHECK(beta.annualRevenue == Money { 250, QStringLiteral("EUR") });
    CHECK(beta.nextReview == QDate(2025, 1, 2));
    // Nothing in "Partnership start" decides the order: the locale's (en-US in tests) with a file-level warning.
    CHECK(beta.partnershipStart == QDate(2024, 3, 4));
    bool ambiguous = false;
    for (const CsvIssue& issue : report.fileIssues)
        ambiguous |= issue.code == QStringLiteral("ambiguous_date_order") && issue.message.contains(QStringLiteral("Partnership start"));
    CHECK(ambiguous);

    const Partner gamma = partnerWhere(temp.db(), QStringLiteral("name"), QStringLiteral("Gamma"));
    CHECK_FALSE(gamma.annualRevenue.has_value());
    CHECK_FALSE(gamma.nextReview.isValid());
    CHECK(hasWarning(rowAt(report, 4), QStringLiteral("unparsed_number")));
    CHECK(hasWarning(rowAt(report, 4), QStringLiteral("unparsed_date")));
    REQUIRE(rowAt(report, 5));
    CHECK(rowAt(report, 5)->code == QStringLiteral("invalid_partner")); // negative revenue refused
    CHECK(rowAt(report, 5)->message == QStringLiteral("Annual revenue cannot be negative."));
}

TEST_CASE("modes: create only / update only / create and update (IMP-01)", "[import]")
{
    Test::TempDatabase temp;
    const Partner existing = stored(temp.db(), QStringLiteral("Công ty Đông Á"), QStringLiteral("VN"),
                                    QStringLiteral("E-1"));
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("modes.csv"), QString(
        line({ QStringLiteral("External ID"), QStringLiteral("Name"), QStringLiteral("City") })
        + line({ QStringLiteral("e-1"), QStringLiteral("Công ty Đông Á"), QStringLiteral("Hà Nội") })
        + line({ QStringLiteral("E-2"), QStringLiteral("Công ty Nam Á"), QStringLiteral("Huế") })).toUtf8());

    SECTION("create only: the matching row is rejected as existing")
    {
        const ImportReport report = importOk(temp.db(), path, autoOptions(path, ImportMode::CreateOnly));
        CHECK(report.created == 1);
        CHECK(report.rejected == 1);
        CHECK(rowAt(report, 2)->code == QStringLiteral("already_exists"));
        CHECK(PartnerRepository(temp.db()).get(existing.id)->city.isEmpty());
    }
    SECTION("update only: the new row is rejected as unmatched")
    {
        const ImportReport report = importOk(temp.db(), path, autoOptions(path, ImportMode::UpdateOnly));
        CHECK(report.updated == 1);
        CHECK(report.rejected == 1);
        CHECK(rowAt(report, 3)->code == QStringLiteral("no_match"));
        CHECK(PartnerRepository(temp.db()).get(existing.id)->city == QStringLiteral("Hà Nội"));
        CHECK(scalar(temp.db(), QStringLiteral("SELECT count(*) FROM partner")) == 1);
    }
    SECTION("create and update")
    {
        const ImportReport report = importOk(temp.db(), path, autoOptions(path));
        CHECK(report.updated == 1);
        CHECK(report.created == 1);
        const RowOutcome* updated = rowAt(report, 2);
        REQUIRE(updated);
        CHECK(updated->partnerId == existing.id);
        REQUIRE(updated->changes.size() == 1);
        CHECK(updated->changes.at(0).field == QStringLiteral("partner.city"));
        CHECK(updated->changes.at(0).before.isEmpty());
        CHECK(updated->changes.at(0).after == QStringLiteral("Hà Nội"));
        // Importing the same file again changes nothing.
        const ImportReport again = importOk(temp.db(), path, autoOptions(path));
        CHECK(again.unchanged == 2);
        CHECK(again.created == 0);
        CHECK(again.updated == 0);
    }
}

TEST_CASE("match keys apply in order: external id / email / domain / name and country / absent rules skipped",
          "[import]")
{
    // IMP-02, IMP-03, checklist 27.
    Test::TempDatabase temp;
    const Partner byExternal = stored(temp.db(), QStringLiteral("Alpha"), QStringLiteral("DE"), QStringLiteral("SF-001A"));
    const Partner byEmail = stored(temp.db(), QStringLiteral("Beta"), QStringLiteral("DE"), {}, QStringLiteral("Info@Beta.example"));
    const Partner byDomain = stored(temp.db(), QStringLiteral("Gamma"), QStringLiteral("DE"), {}, {},
                                    QStringLiteral("https://www.gamma.example/about"));
    const Partner byName = stored(temp.db(), QStringLiteral("Công ty Đông Á"), QStringLiteral("VN"));
    QTemporaryDir dir;

    SECTION("each key finds its partner")
    {
        const QString path = writeFile(dir, QStringLiteral("keys.csv"), QString(
            line({ QStringLiteral("External ID"), QStringLiteral("Email"), QStringLiteral("Website"),
                   QStringLiteral("Name"), QStringLiteral("Country"), QStringLiteral("City") })
            + line({ QStringLiteral(" sf-001a "), QString(), QString(), QStringLiteral("Alpha renamed"),
                     QStringLiteral("DE"), QStringLiteral("Berlin") })
            + line({ QString(), QStringLiteral("INFO@beta.EXAMPLE"), QString(), QString(), QString(),
                     QStringLiteral("Bonn") })
            + line({ QString(), QString(), QStringLiteral("gamma.example"), QString(), QString(),
                     QStringLiteral("Köln") })
            + line({ QString(), QString(), QString(), QStringLiteral("công ty  ĐÔNG Á"), QStringLiteral("Việt Nam"),
                     QStringLiteral("Hà Nội") })).toUtf8());
        const ImportReport report = importOk(temp.db(), path, autoOptions(path, ImportMode::UpdateOnly));
        CHECK(report.updated == 4);
        CHECK(report.rejected == 0);
        PartnerRepository partners(temp.db());
        CHECK(partners.get(byExternal.id)->city == QStringLiteral("Berlin"));
        CHECK(partners.get(byExternal.id)->name == QStringLiteral("Alpha renamed"));
        CHECK(partners.get(byEmail.id)->city == QStringLiteral("Bonn"));
        CHECK(partners.get(byDomain.id)->city == QStringLiteral("Köln"));
        CHECK(partners.get(byName.id)->city == QStringLiteral("Hà Nội"));
        CHECK(partners.get(byName.id)->name == QStringLiteral("Công ty Đông Á")); // matched by it: spelling kept
        CHECK(partners.get(byEmail.id)->email == QStringLiteral("Info@Beta.example"));
        CHECK(partners.get(byExternal.id)->externalId == QStringLiteral("SF-001A"));
    }
    SECTION("a rule whose column is absent is skipped and the next one decides")
    {
        const QString path = writeFile(dir, QStringLiteral("absent.csv"), QString(
            line({ QStringLiteral("Email"), QStringLiteral("City") })
            + line({ QStringLiteral("info@beta.example"), QStringLiteral("Bonn") })).toUtf8());
        ImportOptions options = autoOptions(path, ImportMode::UpdateOnly);
        options.matchKeys = { MatchKey::ExternalId, MatchKey::Email };
        const ImportReport report = importOk(temp.db(), path, options);
        CHECK(report.updated == 1);
        CHECK(PartnerRepository(temp.db()).get(byEmail.id)->city == QStringLiteral("Bonn"));
    }
    SECTION("only the chosen keys match: name without the name key creates a new partner")
    {
        const QString path = writeFile(dir, QStringLiteral("chosen.csv"), QString(
            line({ QStringLiteral("Name"), QStringLiteral("Country") })
            + line({ QStringLiteral("Alpha"), QStringLiteral("DE") })).toUtf8());
        ImportOptions options = autoOptions(path);
        options.matchKeys = { MatchKey::ExternalId, MatchKey::Email };
        const ImportReport report = importOk(temp.db(), path, options);
        CHECK(report.created == 1);
        // ...and is reported as a strong duplicate of the stored one (never merged).
        bool reported = false;
        for (const DuplicateGroup& group : report.duplicates)
            reported |= group.strong && group.existingIds == QList<QByteArray> { byExternal.id };
        CHECK(reported);
    }
    SECTION("two stored partners with the same key: rejected as ambiguous / never guessed")
    {
        stored(temp.db(), QStringLiteral("Beta twin"), QStringLiteral("AT"), {}, QStringLiteral("info@beta.example"));
        const QString path = writeFile(dir, QStringLiteral("ambiguous.csv"), QString(
            line({ QStringLiteral("Email"), QStringLiteral("City") })
            + line({ QStringLiteral("info@beta.example"), QStringLiteral("Bonn") })).toUtf8());
        const Counts before = counts(temp.db());
        const ImportReport report = importOk(temp.db(), path, autoOptions(path, ImportMode::UpdateOnly));
        CHECK(report.rejected == 1);
        CHECK(rowAt(report, 2)->code == QStringLiteral("ambiguous_match"));
        CHECK(rowAt(report, 2)->message.contains(QStringLiteral("2 partners")));
        CHECK(counts(temp.db()).partners == before.partners);
        CHECK(PartnerRepository(temp.db()).get(byEmail.id)->city.isEmpty());
    }
}

TEST_CASE("blank cells never overwrite stored values unless asked per field (IMP-04)", "[import]")
{
    Test::TempDatabase temp;
    Partner p;
    p.name = QStringLiteral("Alpha");
    p.externalId = QStringLiteral("A1");
    p.city = QStringLiteral("Berlin");
    p.phone = QStringLiteral("030 111");
    p.notes = QStringLiteral("keep me");
    const Partner existing = *PartnerRepository(temp.db()).create(p);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("blank.csv"), QString(
        line({ QStringLiteral("External ID"), QStringLiteral("Name"), QStringLiteral("City"), QStringLiteral("Phone"),
               QStringLiteral("Notes") })
        + line({ QStringLiteral("A1"), QString(), QStringLiteral("\u00A0"), QString(), QStringLiteral("new note") }))
                                   .toUtf8());
    SECTION("by default")
    {
        const ImportReport report = importOk(temp.db(), path, autoOptions(path));
        CHECK(report.updated == 1);
        const Partner after = *PartnerRepository(temp.db()).get(existing.id);
        CHECK(after.name == QStringLiteral("Alpha"));
        CHECK(after.city == QStringLiteral("Berlin"));
        CHECK(after.phone == QStringLiteral("030 111"));
        CHECK(after.notes == QStringLiteral("new note"));
    }
    SECTION("when the user asks for the city and phone")
    {
        ImportOptions options = autoOptions(path);
        options.mapping.blankOverwrites = { QStringLiteral("partner.city"), QStringLiteral("partner.phone") };
        const ImportReport report = importOk(temp.db(), path, options);
        CHECK(report.updated == 1);
        const Partner after = *PartnerRepository(temp.db()).get(existing.id);
        CHECK(after.city.isEmpty());
        CHECK(after.phone.isEmpty());
        CHECK(after.name == QStringLiteral("Alpha"));
        REQUIRE(rowAt(report, 2));
        CHECK(rowAt(report, 2)->changes.size() == 3);
    }
}

TEST_CASE("duplicates against stored partners: strong and possible are reported / possible never merged", "[import]")
{
    // Issue 3: Thiên Ân is not Thiện An; "Công ty Đông Á" and "CÔNG TY ĐÔNG Á" are the same (checklist 29, IMP-08).
    Test::TempDatabase temp;
    const Partner thienAn = stored(temp.db(), QStringLiteral("Thiên Ân"), QStringLiteral("VN"));
    const Partner dongA = stored(temp.db(), QStringLiteral("Công ty Đông Á"), QStringLiteral("VN"));
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("dupes.csv"), QString(
        line({ QStringLiteral("Name"), QStringLiteral("Country"), QStringLiteral("City") })
        + line({ QStringLiteral("Thiện An"), QStringLiteral("VN"), QStringLiteral("Huế") })
        + line({ QStringLiteral("CÔNG TY ĐÔNG Á"), QStringLiteral("VN"), QStringLiteral("Hà Nội") })).toUtf8());
    const ImportReport report = importOk(temp.db(), path, autoOptions(path));
    CHECK(report.created == 1); // Thiện An: a new partner, flagged
    CHECK(report.updated == 1); // the same name after case folding: matched by name + country
    CHECK(rowAt(report, 3)->partnerId == dongA.id);
    CHECK(PartnerRepository(temp.db()).get(thienAn.id)->city.isEmpty());
    bool possible = false;
    for (const DuplicateGroup& group : report.duplicates) {
        if (!group.strong && group.lines == QList<qint64> { 2 } && group.existingIds == QList<QByteArray> { thienAn.id })
            possible = true;
    }
    CHECK(possible);
}

TEST_CASE("contacts: created with the row's partner / matched within that partner by email / full name split",
          "[import]")
{
    // IMP-02: contacts match only within the same account; IMP-05: partner name + contact first/last/email.
    Test::TempDatabase temp;
    const Partner existing = stored(temp.db(), QStringLiteral("Alpha"), QStringLiteral("DE"), QStringLiteral("A1"));
    Contact lan;
    lan.partnerId = existing.id;
    lan.firstName = QStringLiteral("Lan");
    lan.lastName = QStringLiteral("Nguyễn");
    lan.email = QStringLiteral("lan@alpha.example");
    const Contact storedLan = *ContactRepository(temp.db()).create(lan);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("contacts.csv"), QString(
        line({ QStringLiteral("External ID"), QStringLiteral("Name"), QStringLiteral("Contact name"),
               QStringLiteral("Contact email"), QStringLiteral("Job title"), QStringLiteral("Contact role") })
        + line({ QStringLiteral("A1"), QString(), QString(), QStringLiteral("LAN@alpha.example"),
                 QStringLiteral("CTO"), QStringLiteral("Kỹ thuật") })
        + line({ QStringLiteral("B1"), QStringLiteral("Beta"), QStringLiteral("Mary Ann Smith"),
                 QStringLiteral("mary@beta.example"), QString(), QString() })
        + line({ QStringLiteral("A2"), QStringLiteral("Gamma"), QString(), QStringLiteral("bad@"), QString(), QString() }))
                                   .toUtf8());
    const ImportReport report = importOk(temp.db(), path, autoOptions(path));
    CHECK(report.updated == 1);
    CHECK(report.created == 1);
    CHECK(report.rejected == 1);
    CHECK(report.contactsUpdated == 1);
    CHECK(report.contactsCreated == 1);

    const Contact updatedLan = *ContactRepository(temp.db()).get(storedLan.id);
    CHECK(updatedLan.jobTitle == QStringLiteral("CTO"));
    CHECK(updatedLan.role == QStringLiteral("technical"));
    CHECK(updatedLan.email == QStringLiteral("lan@alpha.example")); // matched by it: the stored spelling stays
    CHECK(ContactRepository(temp.db()).forPartner(existing.id)->size() == 1);

    const Partner beta = partnerWhere(temp.db(), QStringLiteral("name"), QStringLiteral("Beta"));
    const auto betaContacts = *ContactRepository(temp.db()).forPartner(beta.id);
    REQUIRE(betaContacts.size() == 1);
    CHECK(betaContacts.at(0).firstName == QStringLiteral("Mary Ann"));
    CHECK(betaContacts.at(0).lastName == QStringLiteral("Smith"));
    CHECK(betaContacts.at(0).role == QStringLiteral("sales"));
    CHECK(rowAt(report, 4)->code == QStringLiteral("invalid_contact"));
    // Partner and contact creates, the contact update: each has its outbox entry.
    CHECK(scalar(temp.db(), QStringLiteral("SELECT count(*) FROM sync_outbox WHERE entity = 'contact' AND op = 'create'"))
          == 2);
    CHECK(scalar(temp.db(), QStringLiteral("SELECT count(*) FROM sync_outbox WHERE entity = 'contact' AND op = 'update'"))
          == 1);
}

TEST_CASE("every imported change has its outbox entry / a dry run writes nothing", "[import]")
{
    Test::TempDatabase temp;
    stored(temp.db(), QStringLiteral("Alpha"), QStringLiteral("DE"), QStringLiteral("A1"));
    QTemporaryDir dir;
    QString text = line({ QStringLiteral("External ID"), QStringLiteral("Name"), QStringLiteral("City") });
    text += line({ QStringLiteral("A1"), QStringLiteral("Alpha"), QStringLiteral("Berlin") });
    for (int i = 0; i < 50; ++i)
        text += line({ QStringLiteral("N%1").arg(i), QStringLiteral("New %1").arg(i), QStringLiteral("Hà Nội") });
    const QString path = writeFile(dir, QStringLiteral("outbox.csv"), text.toUtf8());
    const Counts before = counts(temp.db());

    ImportOptions dry = autoOptions(path);
    dry.dryRun = true;
    const ImportReport preview = importOk(temp.db(), path, dry);
    CHECK(preview.dryRun);
    CHECK(preview.created == 50);
    CHECK(preview.updated == 1);
    CHECK(preview.runId == 0);
    REQUIRE(rowAt(preview, 2));
    CHECK(rowAt(preview, 2)->changes.size() == 1);
    CHECK(counts(temp.db()) == before);

    const ImportReport report = importOk(temp.db(), path, autoOptions(path));
    CHECK(report.created == 50);
    CHECK(report.updated == 1);
    const Counts after = counts(temp.db());
    CHECK(after.partners == before.partners + 50);
    CHECK(after.outbox == before.outbox + 51);
    CHECK(after.runs == before.runs + 1);
    CHECK(scalar(temp.db(), QStringLiteral("SELECT count(*) FROM sync_outbox WHERE op = 'update'")) == 1);
    // The dry run predicted exactly what the import did.
    CHECK(preview.toJson().value(QStringLiteral("counts")).toObject().value(QStringLiteral("created"))
          == report.toJson().value(QStringLiteral("counts")).toObject().value(QStringLiteral("created")));
}

TEST_CASE("cancel midway leaves the database unchanged (one transaction)", "[import]")
{
    Test::TempDatabase temp;
    stored(temp.db(), QStringLiteral("Alpha"), QStringLiteral("DE"), QStringLiteral("A1"));
    QTemporaryDir dir;
    QString text = line({ QStringLiteral("External ID"), QStringLiteral("Name"), QStringLiteral("City") });
    text += line({ QStringLiteral("A1"), QStringLiteral("Alpha"), QStringLiteral("Berlin") });
    for (int i = 0; i < 6000; ++i)
        text += line({ QStringLiteral("N%1").arg(i), QStringLiteral("Đối tác %1").arg(i), QStringLiteral("Huế") });
    const QString path = writeFile(dir, QStringLiteral("cancel.csv"), text.toUtf8());
    const Counts before = counts(temp.db());

    std::atomic_bool cancel { false };
    bool writing = false;
    PartnerImporter importer(temp.db());
    const auto result = importer.run(path, autoOptions(path),
                                     [&](qint64 done, qint64 total, int phase) {
                                         if (phase == 1 && done > total / 2) {
                                             writing = true;
                                             cancel = true;
                                         }
                                     },
                                     &cancel);
    CHECK(writing);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == Error::Code::Cancelled);
    CHECK(counts(temp.db()) == before);
    CHECK(PartnerRepository(temp.db()).count().value() == 1);
    // Still usable afterwards: the same import runs to the end.
    CHECK(importOk(temp.db(), path, autoOptions(path)).created == 6000);
}

TEST_CASE("a storage failure midway leaves nothing behind", "[import]")
{
    Test::TempDatabase temp;
    stored(temp.db(), QStringLiteral("Alpha"), QStringLiteral("DE"), QStringLiteral("A1"));
    stored(temp.db(), QStringLiteral("Beta"), QStringLiteral("DE"), QStringLiteral("B1"));
    QTemporaryDir dir;
    QString text = line({ QStringLiteral("External ID"), QStringLiteral("Name"), QStringLiteral("City") });
    for (int i = 0; i < 30; ++i)
        text += line({ QStringLiteral("N%1").arg(i), QStringLiteral("New %1").arg(i), QStringLiteral("Huế") });
    text += line({ QStringLiteral("A1"), QStringLiteral("Alpha"), QStringLiteral("Berlin") });
    text += line({ QStringLiteral("B1"), QStringLiteral("Beta"), QStringLiteral("Bonn") });
    const QString path = writeFile(dir, QStringLiteral("fault.csv"), text.toUtf8());
    const Counts before = counts(temp.db());

    int writes = 0;
    RecordWriter::setFaultHook([&](const char*) -> Status {
        if (++writes == 2) // the second update fails after its row was written
            return Error::storage(QStringLiteral("injected"), QStringLiteral("test"));
        return {};
    });
    PartnerImporter importer(temp.db());
    const auto result = importer.run(path, autoOptions(path));
    RecordWriter::setFaultHook({});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == Error::Code::Storage);
    CHECK(writes == 2);
    CHECK(counts(temp.db()) == before);
    CHECK(PartnerRepository(temp.db()).get(partnerWhere(temp.db(), QStringLiteral("external_id"),
                                                        QStringLiteral("A1")).id)->city.isEmpty());
}

TEST_CASE("the rejected rows file keeps the dialect and re-imports after fixing (checklist 32)", "[import]")
{
    Test::TempDatabase temp;
    QTemporaryDir dir;

    SECTION("UTF-8 with BOM / semicolons / CRLF")
    {
        const QString source = DataDir + QStringLiteral("/import-vietnamese-semicolon.csv");
        const ImportOptions options = autoOptions(source);
        const ImportReport report = importOk(temp.db(), source, options);
        REQUIRE(report.rejected == 3);
        const QString errors = dir.filePath(QStringLiteral("rejected.csv"));
        REQUIRE(writeRejectedRows(source, options, report, errors));
        const QByteArray bytes = readFile(errors);
        CHECK(bytes.startsWith("\xEF\xBB\xBF" "Tên công ty;Mã KH;"));
        CHECK(bytes.contains(";Line;Error\r\n"));
        CHECK(bytes.contains("Công ty Nam Á;KH-005;Narnia;Hà Nội;;;;;;6;"));
        CHECK(bytes.count("\r\n") == 4);

        // Fix the file: a real country, a name; drop the duplicate row.
        QString fixed = QString::fromUtf8(bytes);
        fixed.replace(QStringLiteral("Narnia"), QStringLiteral("Lào"));
        fixed.replace(QStringLiteral("\r\n;KH-006"), QStringLiteral("\r\nCông ty Bắc Á;KH-006"));
        fixed.remove(QRegularExpression(QStringLiteral("\r\nCÔNG TY ĐÔNG Á[^\r]*")));
        const QString fixedPath = writeFile(dir, QStringLiteral("fixed.csv"), fixed.toUtf8());
        const ImportOptions again = autoOptions(fixedPath);
        CHECK(again.mapping.fieldForColumn.mid(0, 9) == options.mapping.fieldForColumn);
        CHECK(again.mapping.fieldForColumn.mid(9) == QStringList { QString(), QString() }); // Line, Error: unmapped
        const ImportReport second = importOk(temp.db(), fixedPath, again);
        CHECK(second.created == 2);
        CHECK(second.rejected == 0);
        CHECK(partnerWhere(temp.db(), QStringLiteral("external_id"), QStringLiteral("KH-005")).country
              == QStringLiteral("LA"));
    }
    SECTION("Windows-1258 comes back in Windows-1258 with the row's own bytes")
    {
        const QString source = DataDir + QStringLiteral("/import-windows-1258.csv");
        const ImportOptions options = autoOptions(source);
        const ImportReport report = importOk(temp.db(), source, options);
        CHECK(report.dialect.encoding == Encoding::Windows1258);
        CHECK(report.created == 2);
        REQUIRE(report.rejected == 1);
        CHECK(rowAt(report, 3)->code == QStringLiteral("invalid_partner"));
        const QString errors = dir.filePath(QStringLiteral("rejected-1258.csv"));
        REQUIRE(writeRejectedRows(source, options, report, errors));
        const QByteArray original = readFile(source);
        const QList<QByteArray> originalLines = original.split('\n');
        const QByteArray bytes = readFile(errors);
        const QList<QByteArray> lines = bytes.split('\n');
        REQUIRE(lines.size() == 3);
        CHECK(lines.at(0) == QByteArray(originalLines.at(0).chopped(1) + ",Line,Error\r"));
        CHECK(lines.at(1).startsWith(QByteArray(originalLines.at(2).chopped(1) + ",3,")));
        // Read back: the same text as the source row.
        const auto preview = CsvReader::preview(errors, {}, 5);
        REQUIRE(preview.ok());
        CHECK(preview->dialect.encoding == Encoding::Windows1258);
        REQUIRE(preview->records.size() == 1);
        CHECK(preview->records.at(0).fields.mid(0, 3)
              == QStringList { QStringLiteral("Trần Thị Bích Ngọc"), QStringLiteral("Đà Nẵng"),
                               QStringLiteral("not-an-email") });
        CHECK(preview->records.at(0).fields.at(4).contains(QStringLiteral("not-an-email")));
    }
}

TEST_CASE("a row with a quote left open goes to the rejected rows file with its Line and Error columns readable",
          "[import]")
{
    Test::TempDatabase temp;
    QTemporaryDir dir;
    const QString source = writeFile(dir, QStringLiteral("open-quote.csv"),
                                     "Company name,City\r\nAcme,Berlin\r\n\"Beta GmbH,Hamburg\r\nGamma,Köln\r\n");
    const ImportOptions options = autoOptions(source);
    const ImportReport report = importOk(temp.db(), source, options);
    CHECK(report.created == 2);
    REQUIRE(report.rejected == 1);
    CHECK(rowAt(report, 3)->code == QStringLiteral("unterminated_quote"));
    const QString errors = dir.filePath(QStringLiteral("rejected.csv"));
    REQUIRE(writeRejectedRows(source, options, report, errors));
    const auto preview = CsvReader::preview(errors, {}, 5);
    REQUIRE(preview.ok());
    CHECK(preview->header == QStringList { QStringLiteral("Company name"), QStringLiteral("City"),
                                           QStringLiteral("Line"), QStringLiteral("Error") });
    REQUIRE(preview->records.size() == 1);
    CHECK_FALSE(preview->records.at(0).rejected());
    CHECK(preview->records.at(0).fields.at(2) == QStringLiteral("3"));
    CHECK_FALSE(preview->records.at(0).fields.at(3).isEmpty());
    CHECK(preview->records.at(0).fields.at(0).contains(QStringLiteral("Beta GmbH")));
}

TEST_CASE("the JSON report names the format / mapping / counts / every rejected or warned line", "[import]")
{
    Test::TempDatabase temp;
    const QString path = DataDir + QStringLiteral("/import-vietnamese-semicolon.csv");
    ImportOptions options = autoOptions(path);
    options.dryRun = true;
    const QJsonObject json = importOk(temp.db(), path, options).toJson();
    CHECK(json.value(QStringLiteral("encoding")).toString() == QStringLiteral("utf-8"));
    CHECK(json.value(QStringLiteral("bom")).toBool());
    CHECK(json.value(QStringLiteral("delimiter")).toString() == QStringLiteral("semicolon"));
    CHECK(json.value(QStringLiteral("lineEndings")).toString() == QStringLiteral("crlf"));
    CHECK(json.value(QStringLiteral("sepDirective")).toBool() == false);
    CHECK(json.value(QStringLiteral("dryRun")).toBool());
    CHECK(json.value(QStringLiteral("headerLine")).toInt() == 1);
    const QJsonArray mapping = json.value(QStringLiteral("mapping")).toArray();
    REQUIRE(mapping.size() == 9);
    CHECK(mapping.at(0).toObject().value(QStringLiteral("field")).toString() == QStringLiteral("partner.name"));
    CHECK(mapping.at(0).toObject().value(QStringLiteral("header")).toString() == QStringLiteral("Tên công ty"));
    const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
    CHECK(counts.value(QStringLiteral("records")).toInt() == 6);
    CHECK(counts.value(QStringLiteral("created")).toInt() == 3);
    CHECK(counts.value(QStringLiteral("rejected")).toInt() == 3);
    CHECK(counts.value(QStringLiteral("warnings")).toInt() == 1);
    QStringList issues;
    for (const QJsonValue& issue : json.value(QStringLiteral("issues")).toArray()) {
        const QJsonObject o = issue.toObject();
        issues.append(QStringLiteral("%1 %2 %3").arg(o.value(QStringLiteral("line")).toInt())
                          .arg(o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("severity")).toString()));
    }
    CHECK(issues == QStringList { QStringLiteral("3 formula_like warning"), QStringLiteral("5 duplicate_in_file error"),
                                  QStringLiteral("6 invalid_value error"), QStringLiteral("7 name_required error") });
    QStringList groups;
    for (const QJsonValue& group : json.value(QStringLiteral("duplicates")).toArray()) {
        const QJsonObject o = group.toObject();
        QStringList lines;
        for (const QJsonValue& l : o.value(QStringLiteral("lines")).toArray())
            lines.append(QString::number(l.toInt()));
        groups.append(o.value(QStringLiteral("kind")).toString() + QLatin1Char(' ') + lines.join(QLatin1Char(',')));
    }
    groups.sort();
    CHECK(groups == QStringList { QStringLiteral("possible 3,4"), QStringLiteral("strong 2,5") });
}

TEST_CASE("an import needs a name column unless it only updates", "[import]")
{
    Test::TempDatabase temp;
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("noname.csv"), QByteArray("City,Email\nBerlin,a@b.example\n"));
    PartnerImporter importer(temp.db());
    const auto refused = importer.run(path, autoOptions(path));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Validation);
    const auto updateOnly = importer.run(path, autoOptions(path, ImportMode::UpdateOnly));
    REQUIRE(updateOnly.ok());
    CHECK(updateOnly->rejected == 1);
    CHECK(updateOnly->rows.at(0).code == QStringLiteral("no_match"));
}

TEST_CASE("rows repeating a partner for each of its contacts add the contacts instead of being rejected", "[import]")
{
    // An export with contacts (and a CRM contact report) repeats the partner's columns on every contact's row: the
    // later rows with the same key and the same partner values are that partner's other contacts (IMP-05). A row with
    // the same key but other partner values is still rejected as repeated (checklist 28).
    Test::TempDatabase temp;
    const Partner storedPartner = stored(temp.db(), QStringLiteral("Stored"), QStringLiteral("DE"), QStringLiteral("S1"));
    QTemporaryDir dir;
    const QStringList header { QStringLiteral("External ID"), QStringLiteral("Name"), QStringLiteral("City"),
                               QStringLiteral("Contact first name"), QStringLiteral("Contact last name"),
                               QStringLiteral("Contact email") };
    const QString path = writeFile(dir, QStringLiteral("contact-rows.csv"), QString(
        line(header)
        + line({ QStringLiteral("P1"), QStringLiteral("Alpha"), QStringLiteral("Berlin"), QStringLiteral("Lan"),
                 QStringLiteral("Nguyễn"), QStringLiteral("lan@alpha.example") })
        + line({ QStringLiteral("P1"), QStringLiteral("Alpha"), QStringLiteral("Berlin"), QStringLiteral("Minh"),
                 QStringLiteral("Trần"), QStringLiteral("minh@alpha.example") })
        + line({ QStringLiteral("P1"), QStringLiteral("Alpha"), QStringLiteral("Bonn"), QStringLiteral("Hoa"),
                 QStringLiteral("Lê"), QStringLiteral("hoa@alpha.example") })
        + line({ QStringLiteral("P2"), QStringLiteral("Beta"), QStringLiteral("Huế"), QString(), QString(), QString() })
        + line({ QStringLiteral("P2"), QStringLiteral("Beta"), QStringLiteral("Huế"), QString(), QString(), QString() })
        + line({ QStringLiteral("S1"), QStringLiteral("Stored"), QString(), QStringLiteral("An"), QStringLiteral("Phạm"),
                 QStringLiteral("an@stored.example") })
        + line({ QStringLiteral("S1"), QStringLiteral("Stored"), QString(), QStringLiteral("Bình"), QStringLiteral("Võ"),
                 QStringLiteral("binh@stored.example") })).toUtf8());

    ImportOptions dry = autoOptions(path);
    dry.dryRun = true;
    const ImportReport preview = importOk(temp.db(), path, dry);
    const ImportReport report = importOk(temp.db(), path, autoOptions(path));
    for (const ImportReport* r : { &preview, &report }) {
        CHECK(r->created == 2);
        CHECK(r->rejected == 2);
        CHECK(r->contactsCreated == 4);
        CHECK(rowAt(*r, 3)->kind == RowOutcome::Kind::Updated);
        CHECK(rowAt(*r, 4)->code == QStringLiteral("duplicate_in_file"));
        CHECK(rowAt(*r, 6)->code == QStringLiteral("duplicate_in_file"));
        CHECK(rowAt(*r, 8)->kind == RowOutcome::Kind::Updated);
    }
    const Partner alpha = partnerWhere(temp.db(), QStringLiteral("external_id"), QStringLiteral("P1"));
    CHECK(alpha.city == QStringLiteral("Berlin"));
    QStringList names;
    const auto alphaContacts = ContactRepository(temp.db()).forPartner(alpha.id);
    REQUIRE(alphaContacts.ok());
    for (const Contact& c : *alphaContacts)
        names.append(c.displayName());
    names.sort();
    CHECK(names == QStringList { QStringLiteral("Lan Nguyễn"), QStringLiteral("Minh Trần") });
    CHECK(ContactRepository(temp.db()).forPartner(storedPartner.id)->size() == 2);
    CHECK(rowAt(report, 3)->partnerId == alpha.id);

    // Importing the same file again: the contacts are found by email, nothing is added twice.
    const ImportReport again = importOk(temp.db(), path, autoOptions(path));
    CHECK(again.contactsCreated == 0);
    CHECK(again.created == 0);
    CHECK(scalar(temp.db(), QStringLiteral("SELECT count(*) FROM contact")) == 4);
}

TEST_CASE("our export with contacts imports into an empty database with every contact (checklist 36)", "[import]")
{
    Test::TempDatabase source;
    Partner acme;
    acme.name = QStringLiteral("Acme, Inc");
    acme.country = QStringLiteral("VN");
    acme.notes = QStringLiteral("=SUM(1;2)");
    acme.annualRevenue = Money { 123450, QStringLiteral("USD") };
    acme.nextReview = QDate(2027, 1, 31);
    acme.phone = QStringLiteral("+84 28 3822 1234");
    acme = *PartnerRepository(source.db()).create(acme);
    for (const auto& [first, last, email] : { std::tuple { "Lan", "Nguyễn", "lan@acme.example" },
                                              std::tuple { "Bob", "Smith", "" }, std::tuple { "Thị", "Hà", "" } }) {
        Contact c;
        c.partnerId = acme.id;
        c.firstName = QString::fromUtf8(first);
        c.lastName = QString::fromUtf8(last);
        c.email = QString::fromUtf8(email);
        REQUIRE(ContactRepository(source.db()).create(c).ok());
    }
    Partner lonely;
    lonely.name = QStringLiteral("Lonely");
    lonely.stage = QStringLiteral("prospect");
    REQUIRE(PartnerRepository(source.db()).create(lonely).ok());

    ExportOptions options;
    options.includeContacts = true;
    const QString path = source.dirPath() + QStringLiteral("/with-contacts.csv");
    REQUIRE(PartnerExporter(source.db()).run(path, options).ok());

    Test::TempDatabase target;
    const ImportReport report = importOk(target.db(), path, autoOptions(path));
    CHECK(report.rejected == 0);
    CHECK(report.created == 2);
    CHECK(report.contactsCreated == 3);
    const Partner imported = partnerWhere(target.db(), QStringLiteral("name"), QStringLiteral("Acme, Inc"));
    CHECK(imported.notes == acme.notes);
    CHECK(imported.annualRevenue == acme.annualRevenue);
    CHECK(imported.nextReview == acme.nextReview);
    CHECK(imported.phone == acme.phone);
    QStringList names;
    const auto importedContacts = ContactRepository(target.db()).forPartner(imported.id);
    REQUIRE(importedContacts.ok());
    for (const Contact& c : *importedContacts)
        names.append(c.firstName + QLatin1Char('|') + c.lastName + QLatin1Char('|') + c.email);
    names.sort();
    CHECK(names == QStringList { QStringLiteral("Bob|Smith|"), QStringLiteral("Lan|Nguyễn|lan@acme.example"),
                                 QStringLiteral("Thị|Hà|") });
}
