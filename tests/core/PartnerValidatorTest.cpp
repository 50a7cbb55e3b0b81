#include "domain/PartnerValidator.h"

#include "support/CatchQt.h"

using namespace ChannelDesk;

namespace {
Partner valid()
{
    Partner p;
    p.name = QStringLiteral("Northwind Systems");
    p.country = QStringLiteral("US");
    return p;
}

QString failingField(const Partner& p, const Partner* previous = nullptr)
{
    const Status status = PartnerValidator::validate(p, previous);
    return status ? QString() : status.error().field;
}
} // namespace

TEST_CASE("PD-03: a partner needs a name and a known type", "[validation][PD-03]")
{
    Partner p = valid();
    CHECK(PartnerValidator::validate(p).ok());
    p.name = QStringLiteral("   ");
    const Status status = PartnerValidator::validate(p);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == Error::Code::Validation);
    CHECK(status.error().field == QStringLiteral("name"));
    CHECK(status.error().message == QStringLiteral("Enter the partner's name."));
    p = valid();
    p.type = QStringLiteral("wizard");
    CHECK(failingField(p) == QStringLiteral("partner_type"));
    p = valid();
    p.tier = QStringLiteral("diamond");
    CHECK(failingField(p) == QStringLiteral("tier"));
}

TEST_CASE("PD-01: suspending or terminating needs a reason", "[validation][PD-01]")
{
    Partner active = valid();
    active.stage = QStringLiteral("active");
    Partner suspended = active;
    suspended.stage = QStringLiteral("suspended");
    CHECK(failingField(suspended, &active) == QStringLiteral("stage_reason"));
    suspended.stageReason = QStringLiteral("Overdue invoices");
    CHECK(PartnerValidator::validate(suspended, &active).ok());
    Partner terminated = active;
    terminated.stage = QStringLiteral("terminated");
    const Status status = PartnerValidator::validate(terminated, &active);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message == QStringLiteral("Give the reason the partner is terminated."));
}

TEST_CASE("PD-04: onboarding stages move prospect → onboarding → active → suspended/terminated", "[validation][PD-04]")
{
    CHECK(PartnerValidator::isAllowedTransition(QStringLiteral("prospect"), QStringLiteral("onboarding")));
    CHECK(PartnerValidator::isAllowedTransition(QStringLiteral("onboarding"), QStringLiteral("active")));
    CHECK(PartnerValidator::isAllowedTransition(QStringLiteral("active"), QStringLiteral("suspended")));
    CHECK(PartnerValidator::isAllowedTransition(QStringLiteral("suspended"), QStringLiteral("active")));
    CHECK(PartnerValidator::isAllowedTransition(QStringLiteral("active"), QStringLiteral("terminated")));
    CHECK_FALSE(PartnerValidator::isAllowedTransition(QStringLiteral("prospect"), QStringLiteral("active")));
    CHECK_FALSE(PartnerValidator::isAllowedTransition(QStringLiteral("terminated"), QStringLiteral("active")));
    CHECK_FALSE(PartnerValidator::isAllowedTransition(QStringLiteral("active"), QStringLiteral("prospect")));

    Partner prospect = valid();
    Partner jumped = prospect;
    jumped.stage = QStringLiteral("active");
    const Status status = PartnerValidator::validate(jumped, &prospect);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message == QStringLiteral("A partner cannot go from “Prospect” to “Active”."));
    // A new partner may be entered directly in any stage (e.g. importing existing partners).
    CHECK(PartnerValidator::validate(jumped).ok());
}

TEST_CASE("country codes are ISO 3166-1 alpha-2", "[validation]")
{
    Partner p = valid();
    for (const char* ok : { "VN", "DE", "FR", "US", "GB", "CH" }) {
        p.country = QString::fromLatin1(ok);
        CHECK(PartnerValidator::validate(p).ok());
    }
    for (const char* bad : { "vn", "VNM", "XX", "ZZ", "V" }) {
        p.country = QString::fromLatin1(bad);
        CHECK(failingField(p) == QStringLiteral("country"));
    }
}

TEST_CASE("emails / domains and websites are checked for shape", "[validation]")
{
    CHECK(PartnerValidator::isValidEmail(QStringLiteral("lan.nguyen@dong-a.vn")));
    CHECK(PartnerValidator::isValidEmail(QStringLiteral("a+b@mail.example.co.uk")));
    CHECK_FALSE(PartnerValidator::isValidEmail(QStringLiteral("lan.nguyen@")));
    CHECK_FALSE(PartnerValidator::isValidEmail(QStringLiteral("@dong-a.vn")));
    CHECK_FALSE(PartnerValidator::isValidEmail(QStringLiteral("lan nguyen@dong-a.vn")));
    CHECK_FALSE(PartnerValidator::isValidEmail(QStringLiteral("lan@localhost")));
    CHECK(PartnerValidator::isValidWebsite(QStringLiteral("dong-a.vn")));
    CHECK(PartnerValidator::isValidWebsite(QStringLiteral("https://www.müller-it.de/partner")));
    CHECK_FALSE(PartnerValidator::isValidWebsite(QStringLiteral("ftp://files.example.com")));
    CHECK_FALSE(PartnerValidator::isValidWebsite(QStringLiteral("not a site")));
    CHECK(PartnerValidator::isValidDomain(QStringLiteral("xn--mller-kva.de")));
    CHECK_FALSE(PartnerValidator::isValidDomain(QStringLiteral("-bad-.com")));

    Partner p = valid();
    p.email = QStringLiteral("sales@@northwind.com");
    CHECK(failingField(p) == QStringLiteral("email"));
    p = valid();
    p.website = QStringLiteral("http://");
    CHECK(failingField(p) == QStringLiteral("website"));
}

TEST_CASE("partnership dates must be in order / revenue needs a currency", "[validation]")
{
    Partner p = valid();
    p.partnershipStart = QDate(2025, 6, 1);
    p.partnershipEnd = QDate(2025, 5, 31);
    CHECK(failingField(p) == QStringLiteral("partnership_end"));
    p.partnershipEnd = QDate(2025, 6, 1);
    CHECK(PartnerValidator::validate(p).ok());
    p.annualRevenue = Money { 100, QStringLiteral("XXY") };
    CHECK(failingField(p) == QStringLiteral("revenue_currency"));
    p.annualRevenue = Money { -1, QStringLiteral("EUR") };
    CHECK(failingField(p) == QStringLiteral("revenue_minor"));
}

TEST_CASE("contacts need a partner / a name and a known role", "[validation]")
{
    Contact c;
    c.partnerId = QByteArray(16, 'x');
    c.lastName = QStringLiteral("Nguyễn");
    CHECK(PartnerValidator::validate(c).ok());
    c.role = QStringLiteral("boss");
    CHECK_FALSE(PartnerValidator::validate(c).ok());
    c.role = QStringLiteral("primary");
    c.lastName.clear();
    CHECK(PartnerValidator::validate(c).error().field == QStringLiteral("last_name"));
    c.firstName = QStringLiteral("Lan");
    c.email = QStringLiteral("lan@");
    CHECK(PartnerValidator::validate(c).error().field == QStringLiteral("email"));
    c.email.clear();
    c.partnerId.clear();
    CHECK(PartnerValidator::validate(c).error().field == QStringLiteral("partner_id"));
}
