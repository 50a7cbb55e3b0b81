#include "CurrencyConverter.h"

#include "common/Money.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace ChannelDesk {

namespace {

constexpr qint64 MaxInt64 = std::numeric_limits<qint64>::max();

// 10^n for 0 ≤ n ≤ 18; empty beyond (does not fit a qint64).
std::optional<qint64> pow10(int n)
{
    if (n < 0 || n > 18)
        return std::nullopt;
    qint64 value = 1;
    for (int i = 0; i < n; ++i)
        value *= 10;
    return value;
}

/// An unsigned 128-bit number as four 32-bit limbs, most significant first: just enough arithmetic for
/// magnitude × numerator / 10^k without compiler extensions (MSVC has no __int128).
struct Wide
{
    quint32 limb[4] = { 0, 0, 0, 0 };

    static Wide product(quint64 a, quint64 b)
    {
        const quint64 a0 = a & 0xffffffffu, a1 = a >> 32, b0 = b & 0xffffffffu, b1 = b >> 32;
        const quint64 p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
        const quint64 middle = (p00 >> 32) + (p01 & 0xffffffffu) + (p10 & 0xffffffffu);
        const quint64 low = (middle << 32) | (p00 & 0xffffffffu);
        const quint64 high = p11 + (p01 >> 32) + (p10 >> 32) + (middle >> 32);
        Wide w;
        w.limb[0] = static_cast<quint32>(high >> 32);
        w.limb[1] = static_cast<quint32>(high);
        w.limb[2] = static_cast<quint32>(low >> 32);
        w.limb[3] = static_cast<quint32>(low);
        return w;
    }

    /// Divides in place by `divisor` (< 2^32) and returns the remainder.
    quint32 divide(quint32 divisor)
    {
        quint64 remainder = 0;
        for (quint32& part : limb) {
            const quint64 current = (remainder << 32) | part;
            part = static_cast<quint32>(current / divisor);
            remainder = current % divisor;
        }
        return static_cast<quint32>(remainder);
    }

    bool fitsInt64() const { return limb[0] == 0 && limb[1] == 0 && limb[2] < 0x80000000u; }
    qint64 toInt64() const { return static_cast<qint64>((quint64(limb[2]) << 32) | limb[3]); }
};

} // namespace

CurrencyConverter::Factor CurrencyConverter::Factor::fromRate(double rate, int fromDigits, int toDigits)
{
    Factor factor;
    factor.approximate = rate * std::pow(10.0, toDigits - fromDigits);
    // The shortest decimal that reads back as `rate`: what the user typed or the feed sent, not its binary
    // approximation (1.15 is 1.149999999999999911… as a double).
    char text[64];
    const auto [end, ec] = std::to_chars(text, text + sizeof text, rate, std::chars_format::scientific);
    if (ec != std::errc() || !(rate > 0) || !std::isfinite(rate)) {
        factor.exact = false;
        return factor;
    }
    // "d.ddddde±XX" (or "de±XX"): integer mantissa `digits` × 10^(exponent − fractionDigits).
    quint64 digits = 0;
    int fractionDigits = 0;
    bool inFraction = false;
    const char* p = text;
    for (; p != end && *p != 'e'; ++p) {
        if (*p == '.') {
            inFraction = true;
            continue;
        }
        digits = digits * 10 + static_cast<quint64>(*p - '0'); // at most 17 significant digits: fits
        if (inFraction)
            ++fractionDigits;
    }
    int exponent = 0;
    if (p != end)
        std::from_chars(p + 1 + (p[1] == '+' ? 1 : 0), end, exponent);
    int shift = exponent - fractionDigits + (toDigits - fromDigits);
    while (digits != 0 && digits % 10 == 0) {
        digits /= 10;
        ++shift;
    }
    if (digits == 0 || digits > static_cast<quint64>(MaxInt64)) {
        factor.exact = false;
        return factor;
    }
    if (shift >= 0) {
        const std::optional<qint64> scale = pow10(shift);
        if (!scale || digits > static_cast<quint64>(MaxInt64 / *scale)) {
            factor.exact = false;
            return factor;
        }
        factor.numerator = static_cast<qint64>(digits) * *scale;
        factor.denominator = 1;
    } else {
        const std::optional<qint64> scale = pow10(-shift);
        if (!scale) {
            factor.exact = false;
            return factor;
        }
        factor.numerator = static_cast<qint64>(digits);
        factor.denominator = *scale;
    }
    factor.safeMagnitude = MaxInt64 / factor.numerator;
    return factor;
}

std::optional<qint64> CurrencyConverter::Factor::applyWide(qint64 minor) const
{
    if (!exact) {
        const double value = std::round(static_cast<double>(minor) * approximate); // half away from zero
        if (!(std::fabs(value) < 9.2e18))
            return std::nullopt;
        return static_cast<qint64>(value);
    }
    // |minor| × numerator in 128 bits, divided by 10^k in steps of at most 10^9, the remainder carried along:
    // n = q1·a + r1 and q1 = q2·b + r2 give n = q2·(ab) + (r2·a + r1).
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(0) - static_cast<quint64>(minor) : static_cast<quint64>(minor);
    Wide value = Wide::product(magnitude, static_cast<quint64>(numerator));
    quint64 remainder = 0;
    quint64 divided = 1;
    for (qint64 rest = denominator; rest > 1;) {
        const quint32 step = rest >= 1'000'000'000 ? 1'000'000'000u : static_cast<quint32>(rest);
        remainder += static_cast<quint64>(value.divide(step)) * divided;
        divided *= step;
        rest /= step;
    }
    if (!value.fitsInt64())
        return std::nullopt;
    qint64 quotient = value.toInt64();
    if (remainder >= static_cast<quint64>(denominator) - remainder) { // half away from zero
        if (quotient == MaxInt64)
            return std::nullopt;
        ++quotient;
    }
    return negative ? -quotient : quotient;
}

CurrencyConverter::CurrencyConverter(const QString& baseCurrency, const QList<CurrencyRate>& rates)
    : m_base(baseCurrency)
{
    const int baseDigits = Money::minorDigits(baseCurrency);
    QHash<QString, int> digits;
    for (const CurrencyRate& rate : rates) {
        if (rate.currency == m_base || !rate.validFrom.isValid() || !(rate.rate > 0) || baseDigits < 0)
            continue;
        auto known = digits.constFind(rate.currency);
        if (known == digits.cend())
            known = digits.insert(rate.currency, Money::minorDigits(rate.currency));
        if (*known < 0)
            continue; // not an ISO 4217 code: its minor unit is unknown, so no amount in it can be converted
        m_rates[rate.currency].append({ rate, Factor::fromRate(rate.rate, *known, baseDigits) });
    }
    for (QList<Period>& periods : m_rates) {
        std::sort(periods.begin(), periods.end(),
                  [](const Period& a, const Period& b) { return a.rate.validFrom < b.rate.validFrom; });
    }
}

const CurrencyConverter::Period* CurrencyConverter::periodFor(const QString& currency, const QDate& date) const
{
    const auto found = m_rates.constFind(currency);
    if (found == m_rates.cend() || !date.isValid())
        return nullptr;
    const QList<Period>& periods = *found;
    // The last period starting on or before `date`; none before the first one.
    const auto after = std::upper_bound(periods.cbegin(), periods.cend(), date,
                                        [](const QDate& day, const Period& period) { return day < period.rate.validFrom; });
    if (after == periods.cbegin())
        return nullptr;
    return &*(after - 1);
}

std::optional<qint64> CurrencyConverter::toBase(qint64 minor, const QString& currency, const QDate& date) const
{
    if (currency == m_base)
        return minor;
    const Period* period = periodFor(currency, date);
    if (!period)
        return std::nullopt;
    return period->factor.apply(minor);
}

std::optional<CurrencyRate> CurrencyConverter::rateFor(const QString& currency, const QDate& date) const
{
    if (currency == m_base)
        return std::nullopt;
    const Period* period = periodFor(currency, date);
    if (!period)
        return std::nullopt;
    return period->rate;
}

} // namespace ChannelDesk
