#include "Money.h"

#include <QCoreApplication>
#include <QHash>

#include <unicode/ucurr.h>

#include <limits>

namespace ChannelDesk {

namespace {

struct MoneyTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::Money)
};

bool toIcuCode(const QString& code, UChar (&out)[4])
{
    if (code.size() != 3)
        return false;
    for (int i = 0; i < 3; ++i) {
        const QChar c = code.at(i);
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
        out[i] = static_cast<UChar>(c.unicode());
    }
    out[3] = 0;
    return true;
}

qint64 pow10(int digits)
{
    qint64 result = 1;
    for (int i = 0; i < digits; ++i)
        result *= 10;
    return result;
}

} // namespace

bool Money::isValidCurrency(const QString& code)
{
    UChar icuCode[4];
    if (!toIcuCode(code, icuCode))
        return false;
    UErrorCode status = U_ZERO_ERROR;
    // Any time in history counts: a partner may report revenue in a currency that has since been replaced.
    const UBool available = ucurr_isAvailable(icuCode, U_DATE_MIN, U_DATE_MAX, &status);
    return U_SUCCESS(status) && available;
}

int Money::minorDigits(const QString& code)
{
    if (!isValidCurrency(code))
        return -1;
    UChar icuCode[4];
    toIcuCode(code, icuCode);
    UErrorCode status = U_ZERO_ERROR;
    const int32_t digits = ucurr_getDefaultFractionDigits(icuCode, &status);
    return U_SUCCESS(status) ? digits : -1;
}

QString Money::symbol(const QString& code, const QLocale& locale)
{
    // Cached: lists format a currency per painted cell. Per thread, so no lock is needed.
    thread_local QHash<QString, QString> cache;
    const QString key = code + QLatin1Char('|') + locale.name();
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    const QString result = lookUpSymbol(code, locale);
    cache.insert(key, result);
    return result;
}

QString Money::lookUpSymbol(const QString& code, const QLocale& locale)
{
    UChar icuCode[4];
    if (!toIcuCode(code, icuCode))
        return code;
    // ICU knows how each locale writes each currency (€, US$, ₫, CHF), which QLocale only knows for its own.
    UErrorCode status = U_ZERO_ERROR;
    UBool isChoiceFormat = false;
    int32_t length = 0;
    const QByteArray localeName = locale.name().toLatin1();
    const UChar* name = ucurr_getName(icuCode, localeName.constData(), UCURR_SYMBOL_NAME, &isChoiceFormat, &length,
                                      &status);
    if (U_FAILURE(status) || !name || length <= 0)
        return code;
    return QString(reinterpret_cast<const QChar*>(name), length);
}

QString Money::toPlainString() const
{
    const int digits = qMax(0, minorDigits(currency));
    if (digits == 0)
        return QString::number(minor);
    const qint64 scale = pow10(digits);
    const qint64 absolute = minor < 0 ? -minor : minor;
    return (minor < 0 ? QStringLiteral("-") : QString()) + QString::number(absolute / scale) + QLatin1Char('.')
        + QStringLiteral("%1").arg(absolute % scale, digits, 10, QLatin1Char('0'));
}

QString Money::format(const QLocale& locale) const
{
    const int digits = qMax(0, minorDigits(currency));
    // Exact for amounts up to 2^53 minor units; beyond that a display rounding is acceptable.
    const double value = static_cast<double>(minor) / static_cast<double>(pow10(digits));
    return locale.toCurrencyString(value, symbol(currency, locale), digits);
}

Result<Money> Money::parse(const QString& text, const QString& currency, const QLocale& locale, bool allowNegative)
{
    const int digits = minorDigits(currency);
    if (digits < 0)
        return Error::validation(QString(), MoneyTr::tr("“%1” is not an ISO 4217 currency code.").arg(currency));

    QString cleaned;
    for (QChar c : text) {
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F))
            continue; // grouping spaces, including the no-break spaces French and Vietnamese locales use
        cleaned.append(c);
    }
    if (cleaned.isEmpty())
        return Error::validation(QString(), MoneyTr::tr("Enter an amount."));

    bool negative = false;
    if (cleaned.startsWith(QLatin1Char('-')) || cleaned.startsWith(locale.negativeSign())) {
        negative = true;
        cleaned.remove(0, 1);
    }

    // The locale's decimal separator wins; a plain '.' is accepted as decimal point when the locale's group
    // separator is not '.', so "1234.50" works everywhere.
    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    qsizetype decimalAt = cleaned.lastIndexOf(decimal);
    if (decimalAt < 0 && decimal != QStringLiteral(".") && group != QStringLiteral("."))
        decimalAt = cleaned.lastIndexOf(QLatin1Char('.'));

    QString integerPart = decimalAt < 0 ? cleaned : cleaned.left(decimalAt);
    QString fractionPart = decimalAt < 0 ? QString() : cleaned.mid(decimalAt + 1);
    // Group separators must stand before groups of exactly three digits. A single '.' that breaks that rule in a
    // locale whose decimal mark is ',' ("1234.5" typed in German) is the decimal point the user meant.
    auto groupsValid = [](const QString& number, const QString& separator) {
        const QStringList groups = number.split(separator);
        for (qsizetype i = 1; i < groups.size(); ++i) {
            if (groups.at(i).size() != 3 || groups.at(0).isEmpty())
                return false;
        }
        return true;
    };
    if (!groupsValid(integerPart, group)) {
        if (decimalAt < 0 && group == QStringLiteral(".") && integerPart.count(group) == 1) {
            decimalAt = integerPart.indexOf(group);
            fractionPart = integerPart.mid(decimalAt + 1);
            integerPart = integerPart.left(decimalAt);
        } else {
            return Error::validation(QString(), MoneyTr::tr("“%1” is not an amount.").arg(text));
        }
    }
    integerPart.remove(group);
    if (group != QStringLiteral(",") && decimal != QStringLiteral(","))
        integerPart.remove(QLatin1Char(','));

    auto allDigits = [](const QString& s) {
        for (QChar c : s) {
            if (!c.isDigit() || c.unicode() > 0x7f)
                return false;
        }
        return true;
    };
    if ((integerPart.isEmpty() && fractionPart.isEmpty()) || !allDigits(integerPart) || !allDigits(fractionPart))
        return Error::validation(QString(), MoneyTr::tr("“%1” is not an amount.").arg(text));
    if (fractionPart.size() > digits) {
        if (digits == 0)
            return Error::validation(QString(), MoneyTr::tr("%1 amounts have no decimal places.").arg(currency));
        return Error::validation(QString(),
                                 MoneyTr::tr("%1 amounts have %n decimal place(s) at most.", nullptr, digits)
                                     .arg(currency));
    }
    if (integerPart.size() > 15)
        return Error::validation(QString(), MoneyTr::tr("The amount is too large."));

    const qint64 scale = pow10(digits);
    qint64 minor = (integerPart.isEmpty() ? 0 : integerPart.toLongLong()) * scale;
    if (!fractionPart.isEmpty())
        minor += fractionPart.toLongLong() * pow10(digits - static_cast<int>(fractionPart.size()));
    if (negative) {
        if (!allowNegative)
            return Error::validation(QString(), MoneyTr::tr("The amount cannot be negative."));
        minor = -minor;
    }
    return Money { minor, currency };
}

} // namespace ChannelDesk
