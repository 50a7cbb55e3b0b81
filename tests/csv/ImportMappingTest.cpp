// Header mapping (checklist D 18–20, IMP-06): synonyms in English, Vietnamese, German and French, Salesforce and
// HubSpot export names, our own export's headers; duplicate and unmapped columns; named templates.
#include "csv/ImportField.h"
#include "csv/ImportMapping.h"
#include "support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

using namespace ChannelDesk;
using namespace ChannelDesk::Csv;

namespace {

/// The field each header maps to on its own ("" when none).
QStringList mapped(const QStringList& headers)
{
    QStringList fields;
    for (const QString& header : headers)
        fields.append(autoMapHeader({ header }).mapping.fieldForColumn.value(0));
    return fields;
}

} // namespace

TEST_CASE("every field's English label maps back to its field (our export's headers - checklist 36)", "[mapping]")
{
    for (const ImportField& field : importFields()) {
        INFO(field.key.toStdString());
        CHECK(autoMapHeader({ field.englishLabel() }).mapping.fieldForColumn == QStringList { field.key });
        CHECK(autoMapHeader({ field.key }).mapping.fieldForColumn == QStringList { field.key });
        CHECK_FALSE(field.label().isEmpty());
        CHECK(importField(field.key) == &field);
    }
    CHECK(importField(QStringLiteral("partner.fax")) == nullptr);
    // The whole export header at once: nothing flagged, nothing unmapped.
    QStringList header;
    for (const ImportField& field : importFields())
        header.append(field.englishLabel());
    const AutoMapping all = autoMapHeader(header);
    CHECK(all.duplicateColumns.isEmpty());
    CHECK(all.unmappedColumns.isEmpty());
}

TEST_CASE("English headers map through the synonym table (checklist 18)", "[mapping]")
{
    CHECK(mapped({ QStringLiteral("Company Name"), QStringLiteral("Country"), QStringLiteral("Town"),
                   QStringLiteral("Telephone"), QStringLiteral("E-mail"), QStringLiteral("Web site"),
                   QStringLiteral("Partner Level"), QStringLiteral("Status"), QStringLiteral("Turnover"),
                   QStringLiteral("Customer Number"), QStringLiteral("Comments"), QStringLiteral("Mobile") })
          == QStringList { QStringLiteral("partner.name"), QStringLiteral("partner.country"),
                           QStringLiteral("partner.city"), QStringLiteral("partner.phone"),
                           QStringLiteral("partner.email"), QStringLiteral("partner.website"),
                           QStringLiteral("partner.tier"), QStringLiteral("partner.stage"),
                           QStringLiteral("partner.annual_revenue"), QStringLiteral("partner.external_id"),
                           QStringLiteral("partner.notes"), QStringLiteral("contact.phone") });
}

TEST_CASE("Vietnamese headers map with and without accents (checklist 18)", "[mapping]")
{
    const QStringList expected { QStringLiteral("partner.name"), QStringLiteral("partner.country"),
                                 QStringLiteral("partner.phone"), QStringLiteral("partner.city"),
                                 QStringLiteral("partner.address"), QStringLiteral("partner.annual_revenue"),
                                 QStringLiteral("partner.notes"), QStringLiteral("contact.full_name"),
                                 QStringLiteral("contact.job_title") };
    CHECK(mapped({ QStringLiteral("Tên công ty"), QStringLiteral("Quốc gia"), QStringLiteral("Điện thoại"),
                   QStringLiteral("Thành phố"), QStringLiteral("Địa chỉ"), QStringLiteral("Doanh thu (VNĐ)"),
                   QStringLiteral("Ghi chú"), QStringLiteral("Người liên hệ"), QStringLiteral("Chức vụ") })
          == expected);
    CHECK(mapped({ QStringLiteral("Ten cong ty"), QStringLiteral("QUOC GIA"), QStringLiteral("dien thoai"),
                   QStringLiteral("Thanh pho"), QStringLiteral("Dia chi"), QStringLiteral("DOANH THU (VND)"),
                   QStringLiteral("ghi_chu"), QStringLiteral("nguoi lien he"), QStringLiteral("chuc vu") })
          == expected);
    // NFD input (macOS) folds the same.
    CHECK(mapped({ QStringLiteral("Tên công ty").normalized(QString::NormalizationForm_D) })
          == QStringList { QStringLiteral("partner.name") });
    // No field holds a tax code: shown as unmapped, never forced into another field.
    const AutoMapping taxCode = autoMapHeader({ QStringLiteral("Tên công ty"), QStringLiteral("Mã số thuế") });
    CHECK(taxCode.mapping.fieldForColumn == QStringList { QStringLiteral("partner.name"), QString() });
    CHECK(taxCode.unmappedColumns == QList<int> { 1 });
}

TEST_CASE("German and French headers map (checklist 18)", "[mapping]")
{
    CHECK(mapped({ QStringLiteral("Firmenname"), QStringLiteral("Land"), QStringLiteral("Stadt"),
                   QStringLiteral("Telefon"), QStringLiteral("Umsatz (€)"), QStringLiteral("Webseite"),
                   QStringLiteral("Ansprechpartner"), QStringLiteral("Vorname"), QStringLiteral("Nachname"),
                   QStringLiteral("Währung") })
          == QStringList { QStringLiteral("partner.name"), QStringLiteral("partner.country"),
                           QStringLiteral("partner.city"), QStringLiteral("partner.phone"),
                           QStringLiteral("partner.annual_revenue"), QStringLiteral("partner.website"),
                           QStringLiteral("contact.full_name"), QStringLiteral("contact.first_name"),
                           QStringLiteral("contact.last_name"), QStringLiteral("partner.revenue_currency") });
    CHECK(mapped({ QStringLiteral("Nom de l'entreprise"), QStringLiteral("Pays"), QStringLiteral("Ville"),
                   QStringLiteral("Téléphone"), QStringLiteral("Chiffre d'affaires (EUR)"), QStringLiteral("Prénom"),
                   QStringLiteral("Nom de famille"), QStringLiteral("Courriel"), QStringLiteral("Raison sociale") })
          == QStringList { QStringLiteral("partner.name"), QStringLiteral("partner.country"),
                           QStringLiteral("partner.city"), QStringLiteral("partner.phone"),
                           QStringLiteral("partner.annual_revenue"), QStringLiteral("contact.first_name"),
                           QStringLiteral("contact.last_name"), QStringLiteral("partner.email"),
                           QStringLiteral("partner.legal_name") });
}

TEST_CASE("Salesforce export names map and custom __c fields lose their suffix (checklist 18)", "[mapping]")
{
    const QStringList header { QStringLiteral("Account ID"), QStringLiteral("Account Name"), QStringLiteral("Type"),
                               QStringLiteral("BillingStreet"), QStringLiteral("BillingCity"),
                               QStringLiteral("BillingState"), QStringLiteral("BillingCountry"),
                               QStringLiteral("Phone"), QStringLiteral("Website"), QStringLiteral("Industry"),
                               QStringLiteral("AnnualRevenue"), QStringLiteral("Partner_Tier__c"),
                               QStringLiteral("CurrencyIsoCode"), QStringLiteral("Account Owner") };
    const AutoMapping result = autoMapHeader(header);
    CHECK(result.mapping.fieldForColumn
          == QStringList { QStringLiteral("partner.external_id"), QStringLiteral("partner.name"),
                           QStringLiteral("partner.type"), QStringLiteral("partner.address"),
                           QStringLiteral("partner.city"), QStringLiteral("partner.region"),
                           QStringLiteral("partner.country"), QStringLiteral("partner.phone"),
                           QStringLiteral("partner.website"), QString(), QStringLiteral("partner.annual_revenue"),
                           QStringLiteral("partner.tier"), QStringLiteral("partner.revenue_currency"),
                           QStringLiteral("partner.owner") });
    CHECK(result.unmappedColumns == QList<int> { 9 }); // Industry: no such field, listed for the user
    CHECK(result.duplicateColumns.isEmpty());
}

TEST_CASE("HubSpot export names map (checklist 18)", "[mapping]")
{
    CHECK(mapped({ QStringLiteral("Record ID"), QStringLiteral("Company name"), QStringLiteral("Company Domain Name"),
                   QStringLiteral("Country/Region"), QStringLiteral("City"), QStringLiteral("Phone Number"),
                   QStringLiteral("Annual Revenue"), QStringLiteral("Company owner"), QStringLiteral("Email"),
                   QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Job Title"),
                   QStringLiteral("Website URL"), QStringLiteral("State/Region") })
          == QStringList { QStringLiteral("partner.external_id"), QStringLiteral("partner.name"),
                           QStringLiteral("partner.email_domain"), QStringLiteral("partner.country"),
                           QStringLiteral("partner.city"), QStringLiteral("partner.phone"),
                           QStringLiteral("partner.annual_revenue"), QStringLiteral("partner.owner"),
                           QStringLiteral("partner.email"), QStringLiteral("contact.first_name"),
                           QStringLiteral("contact.last_name"), QStringLiteral("contact.job_title"),
                           QStringLiteral("partner.website"), QStringLiteral("partner.region") });
}

TEST_CASE("mapping tolerates case / punctuation / whitespace / a BOM and a trailing unit (checklist 18)", "[mapping]")
{
    CHECK(mapped({ QStringLiteral("  COMPANY_NAME "), QStringLiteral("company-name"), QStringLiteral("Company.Name"),
                   QStringLiteral("\uFEFFName"), QStringLiteral("Revenue (USD)"), QStringLiteral("Annual revenue [EUR]"),
                   QStringLiteral("Phone\u00A0number"), QStringLiteral("\u200BCity"), QStringLiteral("Account Phone"),
                   QStringLiteral("Partner Country") })
          == QStringList { QStringLiteral("partner.name"), QStringLiteral("partner.name"),
                           QStringLiteral("partner.name"), QStringLiteral("partner.name"),
                           QStringLiteral("partner.annual_revenue"), QStringLiteral("partner.annual_revenue"),
                           QStringLiteral("partner.phone"), QStringLiteral("partner.city"),
                           QStringLiteral("partner.phone"), QStringLiteral("partner.country") });
    CHECK(mapped({ QString(), QStringLiteral("???"), QStringLiteral("Fax"), QStringLiteral("Industry") })
          == QStringList { QString(), QString(), QString(), QString() });
}

TEST_CASE("duplicate headers: the first maps and later ones are flagged / unmapped ones listed (checklist 19 20)",
          "[mapping]")
{
    const AutoMapping result = autoMapHeader({ QStringLiteral("Name"), QStringLiteral("Company"), QStringLiteral("City"),
                                               QStringLiteral("Fax"), QStringLiteral("city"), QStringLiteral("Tên") });
    CHECK(result.mapping.fieldForColumn
          == QStringList { QStringLiteral("partner.name"), QString(), QStringLiteral("partner.city"), QString(), QString(),
                           QString() });
    CHECK(result.duplicateColumns == QList<int> { 1, 4, 5 });
    CHECK(result.unmappedColumns == QList<int> { 3 });
    CHECK(result.mapping.columnOf(QStringLiteral("partner.city")) == 2);
    CHECK(result.mapping.columnOf(QStringLiteral("partner.email")) == -1);
    CHECK(result.mapping.columnOf(QString()) == -1);
}

TEST_CASE("a mapping template applies to reordered columns and keeps blank overwrites (IMP-06)", "[mapping]")
{
    const QStringList header { QStringLiteral("Company"), QStringLiteral("Land"), QStringLiteral("Notes"),
                               QStringLiteral("Notes"), QStringLiteral("Fax") };
    ImportMapping mapping;
    mapping.fieldForColumn = { QStringLiteral("partner.name"), QStringLiteral("partner.country"),
                               QStringLiteral("partner.notes"), QStringLiteral("contact.job_title"), QString() };
    mapping.blankOverwrites = { QStringLiteral("partner.notes") };
    const QJsonObject json = mapping.toJson(header);
    CHECK(json.value(QStringLiteral("version")).toInt() == 1);
    CHECK(json.value(QStringLiteral("columns")).toArray().size() == 5);

    // Another file: columns in another order, one missing, one new; headers in other case and spacing.
    const QStringList other { QStringLiteral("fax"), QStringLiteral("NOTES"), QStringLiteral("Region"),
                              QStringLiteral("company"), QStringLiteral("Notes "), QStringLiteral("land") };
    const ImportMapping applied = ImportMapping::fromJson(json, other);
    CHECK(applied.fieldForColumn
          == QStringList { QString(), QStringLiteral("partner.notes"), QString(), QStringLiteral("partner.name"),
                           QStringLiteral("contact.job_title"), QStringLiteral("partner.country") });
    CHECK(applied.blankOverwrites == QSet<QString> { QStringLiteral("partner.notes") });

    // A hand-written mapping file for the CLI: a plain object; unknown fields are ignored, not guessed.
    const QJsonObject plain { { QStringLiteral("Firma"), QStringLiteral("partner.name") },
                              { QStringLiteral("Telefax"), QStringLiteral("partner.fax") } };
    CHECK(ImportMapping::fromJson(plain, { QStringLiteral("Telefax"), QStringLiteral("firma") }).fieldForColumn
          == QStringList { QString(), QStringLiteral("partner.name") });
}

TEST_CASE("mapping templates are saved / listed / loaded / replaced and removed (IMP-06)", "[mapping]")
{
    Test::TempDatabase temp;
    MappingTemplates templates(temp.db());
    REQUIRE(templates.names().ok());
    CHECK(templates.names()->isEmpty());

    const QStringList header { QStringLiteral("Tên công ty"), QStringLiteral("Quốc gia") };
    const AutoMapping automatic = autoMapHeader(header);
    REQUIRE(templates.save(QStringLiteral("Hà Nội distributors"), automatic.mapping.toJson(header)));
    REQUIRE(templates.save(QStringLiteral("a salesforce"), QJsonObject { { QStringLiteral("Account Name"),
                                                                            QStringLiteral("partner.name") } }));
    CHECK(*templates.names() == QStringList { QStringLiteral("a salesforce"), QStringLiteral("Hà Nội distributors") });

    const auto loaded = templates.load(QStringLiteral("Hà Nội distributors"));
    REQUIRE(loaded.ok());
    CHECK(ImportMapping::fromJson(*loaded, { QStringLiteral("Quốc gia"), QStringLiteral("Tên công ty") }).fieldForColumn
          == QStringList { QStringLiteral("partner.country"), QStringLiteral("partner.name") });

    // Same name: replaced, not duplicated.
    ImportMapping changed = automatic.mapping;
    changed.fieldForColumn[1].clear();
    REQUIRE(templates.save(QStringLiteral("Hà Nội distributors"), changed.toJson(header)));
    CHECK(templates.names()->size() == 2);
    CHECK(ImportMapping::fromJson(*templates.load(QStringLiteral("Hà Nội distributors")), header).fieldForColumn
          == QStringList { QStringLiteral("partner.name"), QString() });

    CHECK(templates.save(QStringLiteral("  "), QJsonObject()).error().code == Error::Code::Validation);
    CHECK(templates.load(QStringLiteral("nope")).error().code == Error::Code::NotFound);
    REQUIRE(templates.remove(QStringLiteral("a salesforce")));
    CHECK(templates.remove(QStringLiteral("a salesforce")).error().code == Error::Code::NotFound);
    CHECK(*templates.names() == QStringList { QStringLiteral("Hà Nội distributors") });
}
