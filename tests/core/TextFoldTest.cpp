#include "common/TextFold.h"

#include "support/CatchQt.h"

using namespace ChannelDesk;

TEST_CASE("fold ignores case / accents and đ/Đ", "[textfold]")
{
    CHECK(TextFold::fold(u"Công ty Đông Á") == QStringLiteral("cong ty dong a"));
    CHECK(TextFold::fold(u"CONG TY DONG A") == QStringLiteral("cong ty dong a"));
    CHECK(TextFold::fold(u"Müller & Söhne GmbH") == QStringLiteral("muller & sohne gmbh"));
    CHECK(TextFold::fold(u"Großhandel Øresund Łódź") == QStringLiteral("grosshandel oresund lodz"));
    CHECK(TextFold::fold(u"Société Générale") == QStringLiteral("societe generale"));
}

TEST_CASE("fold is the same for NFC and NFD input", "[textfold]")
{
    const QString nfc = QStringLiteral("Thiên Ân Đà Nẵng").normalized(QString::NormalizationForm_C);
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    REQUIRE(nfc != nfd);
    CHECK(TextFold::fold(nfc) == TextFold::fold(nfd));
    CHECK(TextFold::fold(nfd) == QStringLiteral("thien an da nang"));
}

TEST_CASE("fold drops zero-width characters and normalises spaces", "[textfold]")
{
    CHECK(TextFold::fold(u"Đông\u200BÁ\u00A0Group") == QStringLiteral("donga group"));
}

TEST_CASE("words splits folded text on punctuation", "[textfold]")
{
    CHECK(TextFold::words(u"info@dong-a.vn, Hà Nội") == QStringList { QStringLiteral("info"), QStringLiteral("dong"),
                                                                       QStringLiteral("a"), QStringLiteral("vn"),
                                                                       QStringLiteral("ha"), QStringLiteral("noi") });
    CHECK(TextFold::words(u"  ").isEmpty());
}

TEST_CASE("FTS query quotes every word so input cannot inject syntax", "[textfold]")
{
    CHECK(TextFold::ftsPrefixQuery(u"cong ty dong a") == QStringLiteral("\"cong\"* \"ty\"* \"dong\"* \"a\"*"));
    CHECK(TextFold::ftsPrefixQuery(u"NEAR(\"x\" OR y)*") == QStringLiteral("\"near\"* \"x\"* \"or\"* \"y\"*"));
    CHECK(TextFold::ftsPrefixQuery(u"--- ***").isEmpty());
}

TEST_CASE("IMP: keep-accents fold separates Thiên Ân from Thiện An", "[textfold]")
{
    CHECK(TextFold::foldKeepAccents(u"  Thiên   Ân ") == TextFold::foldKeepAccents(u"THIÊN ÂN"));
    CHECK(TextFold::foldKeepAccents(u"Thiên Ân") != TextFold::foldKeepAccents(u"Thiện An"));
    CHECK(TextFold::fold(u"Thiên Ân") == TextFold::fold(u"Thiện An"));
}

#include "common/Countries.h"

TEST_CASE("country names come from CLDR in the user's language", "[countries]")
{
    CHECK(ChannelDesk::Countries::codes().contains(QStringLiteral("VN")));
    CHECK(ChannelDesk::Countries::codes().size() > 240);
    CHECK(ChannelDesk::Countries::displayName(QStringLiteral("DE"), QLocale(QLocale::English)) == QStringLiteral("Germany"));
    CHECK(ChannelDesk::Countries::displayName(QStringLiteral("VN"), QLocale(QLocale::Vietnamese)) == QStringLiteral("Việt Nam"));
    CHECK(ChannelDesk::Countries::displayName(QStringLiteral("DE"), QLocale(QLocale::French)) == QStringLiteral("Allemagne"));
}
