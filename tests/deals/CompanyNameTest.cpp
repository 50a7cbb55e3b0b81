// DR-04 matching keys: a customer name without legal form, punctuation, case or accents; a website or e-mail host.
#include "deals/CompanyName.h"
#include "support/CatchQt.h"

#include <catch2/catch.hpp>

using namespace ChannelDesk;

namespace {

QString key(const char* name)
{
    return CompanyName::key(QString::fromUtf8(name));
}

QString form(const char* name)
{
    return CompanyName::parse(QString::fromUtf8(name)).legalForm;
}

} // namespace

TEST_CASE("DR-04 legal suffixes are removed from the end of a name", "[deals][companyname]")
{
    CHECK(key("Acme") == QStringLiteral("acme"));
    CHECK(key("Acme Inc") == QStringLiteral("acme"));
    CHECK(key("Acme, Inc.") == QStringLiteral("acme"));
    CHECK(key("ACME INCORPORATED") == QStringLiteral("acme"));
    CHECK(key("Acme LLC") == QStringLiteral("acme"));
    CHECK(key("Acme Ltd.") == QStringLiteral("acme"));
    CHECK(key("Acme Limited") == QStringLiteral("acme"));
    CHECK(key("Acme Corp.") == QStringLiteral("acme"));
    CHECK(key("Acme Corporation") == QStringLiteral("acme"));
    CHECK(key("Acme GmbH") == QStringLiteral("acme"));
    CHECK(key("Acme GmbH & Co. KG") == QStringLiteral("acme"));
    CHECK(key("Acme S.A.") == QStringLiteral("acme"));
    CHECK(key("Acme SAS") == QStringLiteral("acme"));
    CHECK(key("Acme B.V.") == QStringLiteral("acme"));
    CHECK(key("Acme Pty Ltd") == QStringLiteral("acme"));
    CHECK(key("Acme plc") == QStringLiteral("acme"));
    CHECK(key("Acme Oy") == QStringLiteral("acme"));
    CHECK(key("Acme AB") == QStringLiteral("acme"));
    CHECK(key("Anh Duong Co., Ltd.") == QStringLiteral("anh duong"));
    CHECK(key("Anh Duong Company Limited") == QStringLiteral("anh duong"));
    CHECK(key("Hoa Phat Joint Stock Company") == QStringLiteral("hoa phat"));
    CHECK(key("Acme Company Inc") == QStringLiteral("acme")); // stacked forms
    // Words that only look like forms inside a name stay.
    CHECK(key("Inc Solutions Ltd") == QStringLiteral("inc solutions"));
    CHECK(key("Sagittarius AG") == QStringLiteral("sagittarius"));
    // A name that is nothing but a form is still a name.
    CHECK(key("Company") == QStringLiteral("company"));
    CHECK(key("GmbH") == QStringLiteral("gmbh"));
}

TEST_CASE("DR-04 Vietnamese legal forms are removed from the start of a name", "[deals][companyname]")
{
    CHECK(key("Công ty TNHH Ánh Dương") == QStringLiteral("anh duong"));
    CHECK(key("CÔNG TY CỔ PHẦN Hòa Phát") == QStringLiteral("hoa phat"));
    CHECK(key("CTCP Hòa Phát") == QStringLiteral("hoa phat"));
    CHECK(key("Công ty Đông Á") == QStringLiteral("dong a"));
    CHECK(key("Cty Đông Á") == QStringLiteral("dong a"));
    CHECK(key("Công ty TNHH MTV Sao Mai") == QStringLiteral("sao mai"));
    CHECK(key("Công ty Trách nhiệm Hữu hạn Sao Mai") == QStringLiteral("sao mai"));
    // The same company written in English and in Vietnamese gets one key.
    CHECK(key("Công ty TNHH Ánh Dương") == key("Anh Duong Co., Ltd."));

    CHECK(form("Công ty TNHH Ánh Dương") == QStringLiteral("tnhh"));
    CHECK(form("Công ty Cổ phần Hòa Phát") == QStringLiteral("cp"));
    CHECK(form("CTCP Hòa Phát") == QStringLiteral("cp"));
    CHECK(form("Công ty Đông Á") == QStringLiteral("co"));
}

TEST_CASE("DR-04 accents - case - đ and punctuation do not change the key", "[deals][companyname]")
{
    CHECK(key("Société Générale S.A.") == QStringLiteral("societe generale"));
    CHECK(key("SOCIETE GENERALE") == QStringLiteral("societe generale"));
    CHECK(key("Đông Á") == key("Dong A"));
    CHECK(key("  Müller-Lüdenscheidt  GmbH ") == QStringLiteral("muller ludenscheidt"));
    CHECK(key("O'Reilly Media, Inc.") == QStringLiteral("oreilly media"));
    CHECK(key("A.B.C. Trading") == QStringLiteral("abc trading"));
    CHECK(key("Johnson & Johnson") == QStringLiteral("johnson johnson"));
    // NFD input (as some Mac pastes arrive) folds like NFC.
    CHECK(key("Cafe\u0301 Noir SARL") == key("Café Noir SARL"));
    CHECK(key("") == QString());
    CHECK(key("  ,. ") == QString());
}

TEST_CASE("DR-04 legal forms tell legal entities apart - shown never merged", "[deals][companyname]")
{
    const auto parts = [](const char* name) { return CompanyName::parse(QString::fromUtf8(name)); };
    CHECK(form("Acme Inc") == QStringLiteral("inc"));
    CHECK(form("Acme GmbH") == QStringLiteral("gmbh"));
    CHECK(form("Acme, Ltd.") == QStringLiteral("ltd"));
    CHECK(form("Acme Co., Ltd.") == QStringLiteral("ltd"));
    CHECK(form("Acme") == QString());

    CHECK_FALSE(CompanyName::sameLegalEntity(parts("Acme Inc"), parts("Acme GmbH")));
    CHECK_FALSE(CompanyName::sameLegalEntity(parts("Acme Ltd"), parts("Acme SA")));
    CHECK(CompanyName::sameLegalEntity(parts("Acme Inc"), parts("ACME, Inc.")));
    CHECK(CompanyName::sameLegalEntity(parts("Acme Inc"), parts("Acme Incorporated")));
    CHECK(CompanyName::sameLegalEntity(parts("Acme Inc"), parts("Acme Corp")));
    CHECK(CompanyName::sameLegalEntity(parts("Acme"), parts("Acme GmbH")));             // no form: same
    CHECK(CompanyName::sameLegalEntity(parts("Acme Company"), parts("Acme GmbH")));     // "company" says nothing
    CHECK(CompanyName::sameLegalEntity(parts("Công ty TNHH Ánh Dương"), parts("Anh Duong Co., Ltd."))); // TNHH = Co., Ltd.
    CHECK(CompanyName::sameLegalEntity(parts("CTCP Hòa Phát"), parts("Hoa Phat JSC")));
    CHECK_FALSE(CompanyName::sameLegalEntity(parts("Công ty TNHH Ánh Dương"), parts("CTCP Ánh Dương")));
}

TEST_CASE("DR-04 host of a website or an e-mail address", "[deals][companyname]")
{
    CHECK(CompanyName::host(u"https://www.Acme.com/about") == QStringLiteral("acme.com"));
    CHECK(CompanyName::host(u"http://acme.com:8080/x?y#z") == QStringLiteral("acme.com"));
    CHECK(CompanyName::host(u"acme.com") == QStringLiteral("acme.com"));
    CHECK(CompanyName::host(u"WWW.ACME.COM.") == QStringLiteral("acme.com"));
    CHECK(CompanyName::host(u"sales@acme.com") == QStringLiteral("acme.com"));
    CHECK(CompanyName::host(u"  Sales@ACME.com ") == QStringLiteral("acme.com"));
    CHECK(CompanyName::host(u"mailto:sales@acme.com") == QStringLiteral("acme.com"));
    CHECK(CompanyName::host(u"https://shop.acme.de/") == QStringLiteral("shop.acme.de"));
    CHECK(CompanyName::host(u"") == QString());

    CHECK(CompanyName::isPublicMailHost(CompanyName::host(u"someone@gmail.com")));
    CHECK(CompanyName::isPublicMailHost(u"outlook.com"));
    CHECK_FALSE(CompanyName::isPublicMailHost(u"acme.com"));
}
