#include "common/Money.h"

#include "support/CatchQt.h"

using namespace ChannelDesk;

TEST_CASE("currency digits come from ISO 4217", "[money]")
{
    CHECK(Money::minorDigits(QStringLiteral("USD")) == 2);
    CHECK(Money::minorDigits(QStringLiteral("EUR")) == 2);
    CHECK(Money::minorDigits(QStringLiteral("VND")) == 0);
    CHECK(Money::minorDigits(QStringLiteral("JPY")) == 0);
    CHECK(Money::minorDigits(QStringLiteral("BHD")) == 3);
    CHECK(Money::minorDigits(QStringLiteral("XYZ")) == -1);
    CHECK_FALSE(Money::isValidCurrency(QStringLiteral("usd")));
    CHECK_FALSE(Money::isValidCurrency(QStringLiteral("EURO")));
}

TEST_CASE("amounts parse per locale into integer minor units", "[money]")
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    CHECK(Money::parse(QStringLiteral("1,234.50"), QStringLiteral("USD"), en).value() == Money { 123450, QStringLiteral("USD") });
    CHECK(Money::parse(QStringLiteral("1.234,50"), QStringLiteral("EUR"), de).value() == Money { 123450, QStringLiteral("EUR") });
    // A lone '.' that cannot be a German thousands separator is read as the decimal point the user meant.
    CHECK(Money::parse(QStringLiteral("1234.5"), QStringLiteral("EUR"), de).value().minor == 123450);
    CHECK(Money::parse(QStringLiteral("1.234"), QStringLiteral("EUR"), de).value().minor == 123400);
    CHECK_FALSE(Money::parse(QStringLiteral("1.23.4"), QStringLiteral("EUR"), de).ok());
    CHECK(Money::parse(QStringLiteral("12.500.000"), QStringLiteral("VND"), vi).value().minor == 12500000);
    CHECK(Money::parse(QStringLiteral("1\u00A0000"), QStringLiteral("USD"), en).value().minor == 100000);
}

TEST_CASE("amounts are refused rather than rounded", "[money]")
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const auto tooPrecise = Money::parse(QStringLiteral("10.005"), QStringLiteral("USD"), en);
    REQUIRE_FALSE(tooPrecise.ok());
    CHECK(tooPrecise.error().message.contains(QStringLiteral("2 decimal places")));
    CHECK_FALSE(Money::parse(QStringLiteral("1.5"), QStringLiteral("VND"), en).ok());
    CHECK_FALSE(Money::parse(QStringLiteral("-3"), QStringLiteral("USD"), en).ok());
    CHECK(Money::parse(QStringLiteral("-3"), QStringLiteral("USD"), en, true).value().minor == -300);
    CHECK_FALSE(Money::parse(QStringLiteral("abc"), QStringLiteral("USD"), en).ok());
    CHECK_FALSE(Money::parse(QStringLiteral("5"), QStringLiteral("ZZZ"), en).ok());
}

TEST_CASE("amounts format through the locale", "[money]")
{
    const Money money { 123450, QStringLiteral("EUR") };
    CHECK(money.toPlainString() == QStringLiteral("1234.50"));
    CHECK(Money { -5, QStringLiteral("USD") }.toPlainString() == QStringLiteral("-0.05"));
    CHECK(Money { 1500000, QStringLiteral("VND") }.toPlainString() == QStringLiteral("1500000"));
    const QString de = money.format(QLocale(QLocale::German, QLocale::Germany));
    CHECK(de.contains(QStringLiteral("1.234,50")));
    CHECK(de.contains(QStringLiteral("€")));
    CHECK(Money { 1500000, QStringLiteral("VND") }.format(QLocale(QLocale::Vietnamese, QLocale::Vietnam))
              .contains(QStringLiteral("₫")));
}
