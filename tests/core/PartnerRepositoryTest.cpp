#include "partners/ContactRepository.h"
#include "partners/PartnerRepository.h"
#include "support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace ChannelDesk;

TEST_CASE("a partner round-trips every field", "[partners][PD-03]")
{
    Test::TempDatabase temp;
    PartnerRepository repo(temp.db());
    Partner p;
    p.name = QStringLiteral("  Müller & Söhne IT  ");
    p.legalName = QStringLiteral("Müller & Söhne IT GmbH");
    p.type = QStringLiteral("system_integrator");
    p.tier = QStringLiteral("gold");
    p.stage = QStringLiteral("active");
    p.country = QStringLiteral("DE");
    p.region = QStringLiteral("NRW");
    p.city = QStringLiteral("Köln");
    p.address = QStringLiteral("Domplatz 1\n50667 Köln");
    p.website = QStringLiteral("https://mueller-soehne.de");
    p.emailDomain = QStringLiteral("mueller-soehne.de");
    p.phone = QStringLiteral("0221 123456");
    p.email = QStringLiteral("info@mueller-soehne.de");
    p.owner = QStringLiteral("j.miller");
    p.partnershipStart = QDate(2021, 3, 1);
    p.nextReview = QDate(2027, 1, 15);
    p.annualRevenue = Money { 1234567, QStringLiteral("EUR") };
    p.externalId = QStringLiteral("0012345");
    p.notes = QStringLiteral("Prefers quarterly reviews.");

    auto created = repo.create(p);
    REQUIRE(created.ok());
    const Partner& s = created.value();
    CHECK(s.id.size() == 16);
    CHECK(s.name == QStringLiteral("Müller & Söhne IT")); // trimmed
    CHECK(s.legalName == p.legalName);
    CHECK(s.type == p.type);
    CHECK(s.tier == p.tier);
    CHECK(s.stage == p.stage);
    CHECK(s.country == p.country);
    CHECK(s.city == p.city);
    CHECK(s.address == p.address);
    CHECK(s.phone == p.phone);
    CHECK(s.externalId == QStringLiteral("0012345")); // text: leading zeros kept
    CHECK(s.partnershipStart == p.partnershipStart);
    CHECK_FALSE(s.partnershipEnd.isValid());
    CHECK(s.nextReview == p.nextReview);
    CHECK(s.annualRevenue == p.annualRevenue);
    CHECK(s.createdAt.isValid());
    CHECK(s.createdAt.timeSpec() == Qt::UTC);
    CHECK_FALSE(s.serverVersion.has_value());
    CHECK_FALSE(s.isDeleted());
}

TEST_CASE("invalid partners are refused with the field at fault and nothing stored", "[partners]")
{
    Test::TempDatabase temp;
    PartnerRepository repo(temp.db());
    Partner p;
    p.name = QStringLiteral("Northwind");
    p.email = QStringLiteral("not-an-email");
    auto result = repo.create(p);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().field == QStringLiteral("email"));
    CHECK(repo.count().value() == 0);
}

TEST_CASE("PD-04: an edit cannot skip onboarding stages / undo may restore any earlier state", "[partners][PD-04]")
{
    Test::TempDatabase temp;
    PartnerRepository repo(temp.db());
    Partner p;
    p.name = QStringLiteral("Blue Harbor IT");
    auto created = repo.create(p);
    REQUIRE(created.ok());
    Partner jumped = created.value();
    jumped.stage = QStringLiteral("active");
    CHECK_FALSE(repo.update(jumped).ok());
    Partner onboarding = created.value();
    onboarding.stage = QStringLiteral("onboarding");
    REQUIRE(repo.update(onboarding).value());
    // Undo of prospect → onboarding puts the record back as it was, without the forward-only check.
    REQUIRE(repo.update(created.value(), false).value());
    CHECK(repo.get(created->id)->stage == QStringLiteral("prospect"));
}

TEST_CASE("a deleted partner cannot be edited or given contacts", "[partners]")
{
    Test::TempDatabase temp;
    PartnerRepository partners(temp.db());
    ContactRepository contacts(temp.db());
    Partner p;
    p.name = QStringLiteral("Gone Ltd");
    auto created = partners.create(p);
    REQUIRE(created.ok());
    REQUIRE(partners.remove(created->id).ok());
    Partner edited = created.value();
    edited.city = QStringLiteral("Paris");
    const auto update = partners.update(edited);
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().code == Error::Code::NotFound);
    Contact c;
    c.partnerId = created->id;
    c.lastName = QStringLiteral("Late");
    CHECK_FALSE(contacts.create(c).ok());
}

TEST_CASE("distinct filter values come from live partners only", "[partners]")
{
    Test::TempDatabase temp;
    PartnerRepository repo(temp.db());
    for (const char* country : { "VN", "DE", "VN", "FR" }) {
        Partner p;
        p.name = QStringLiteral("P ") + QString::fromLatin1(country);
        p.country = QString::fromLatin1(country);
        auto created = repo.create(p);
        REQUIRE(created.ok());
        if (qstrcmp(country, "FR") == 0)
            REQUIRE(repo.remove(created->id).ok());
    }
    CHECK(repo.distinctValues(QStringLiteral("country")).value() == QStringList { QStringLiteral("DE"), QStringLiteral("VN") });
    CHECK_FALSE(repo.distinctValues(QStringLiteral("name; DROP TABLE partner")).ok());
}

TEST_CASE("contacts list primary first and update with an outbox entry", "[partners]")
{
    Test::TempDatabase temp;
    PartnerRepository partners(temp.db());
    ContactRepository contacts(temp.db());
    Partner p;
    p.name = QStringLiteral("Thiên Ân");
    auto partner = partners.create(p);
    REQUIRE(partner.ok());
    Contact sales;
    sales.partnerId = partner->id;
    sales.firstName = QStringLiteral("An");
    sales.lastName = QStringLiteral("Bùi");
    Contact primary = sales;
    primary.firstName = QStringLiteral("Lan");
    primary.lastName = QStringLiteral("Trần");
    primary.role = QStringLiteral("primary");
    REQUIRE(contacts.create(sales).ok());
    auto created = contacts.create(primary);
    REQUIRE(created.ok());
    auto list = contacts.forPartner(partner->id).value();
    REQUIRE(list.size() == 2);
    CHECK(list[0].role == QStringLiteral("primary"));
    Contact edited = created.value();
    edited.jobTitle = QStringLiteral("Giám đốc kinh doanh");
    CHECK(contacts.update(edited).value());
    CHECK(contacts.get(edited.id)->jobTitle == QStringLiteral("Giám đốc kinh doanh"));
}
