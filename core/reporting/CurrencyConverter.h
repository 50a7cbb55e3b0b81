#pragma once

#include "deals/DealSettings.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <limits>
#include <optional>

namespace ChannelDesk {

/// Converts money to the base currency with the rate valid at a date (PIPE-06): the latest rate whose validFrom
/// is on or before the date; before the first rate of a currency, that first rate is NOT used — there is no rate.
/// Rounding: half away from zero to the base currency's minor unit, once per amount (documented in
/// docs/architecture.md); minor-unit digits of both currencies are respected (VND 0, USD 2, BHD 3).
///
/// The rate is a double, but no amount is ever multiplied by a double: each rate is read once as the shortest
/// decimal that round-trips to it (1.0845, 0.0000393) and applied as an integer fraction, so 10 EUR cents at 1.15
/// are 11.5 → 12 US cents exactly, and the result does not depend on binary rounding of the rate.
class CurrencyConverter final
{
public:
    /// base minor = round_half_away(minor × numerator / denominator), exactly (a 128-bit product when 64 bits do
    /// not hold it; portable, no compiler extensions). When the fraction itself does not fit 64-bit integers (absurd
    /// rates), `exact` is false and `approximate` (base minor per minor) is used.
    struct Factor
    {
        qint64 numerator = 1;
        qint64 denominator = 1;       ///< a power of ten
        qint64 safeMagnitude = std::numeric_limits<qint64>::max(); ///< |minor| up to this: the product fits 64 bits
        bool exact = true;
        double approximate = 1.0;

        /// Empty when the result does not fit a qint64. Inline: reports convert a million amounts per compute.
        std::optional<qint64> apply(qint64 minor) const
        {
            if (exact && minor <= safeMagnitude && minor >= -safeMagnitude) {
                const qint64 product = minor * numerator;
                if (denominator == 1)
                    return product;
                // One multiplication and one division in 64 bits; rounded half away from zero.
                const qint64 quotient = product / denominator;
                const qint64 remainder = product % denominator;
                const qint64 magnitude = remainder < 0 ? -remainder : remainder;
                return magnitude >= denominator - magnitude ? quotient + (product < 0 ? -1 : 1) : quotient;
            }
            return applyWide(minor);
        }
        /// `rate` base units per unit, from a currency with `fromDigits` minor digits to one with `toDigits`.
        static Factor fromRate(double rate, int fromDigits, int toDigits);

    private:
        std::optional<qint64> applyWide(qint64 minor) const; ///< 128-bit product, or the approximate factor
    };

    /// One rate row of a currency and the factor it gives towards the base currency.
    struct Period
    {
        CurrencyRate rate;
        Factor factor;
    };

    /// `rates` are base-currency units per unit of each currency, i.e. expressed in `baseCurrency`
    /// (DealProgram::baseCurrency). Rows of the base currency itself, of unknown currencies and with a rate ≤ 0 are
    /// ignored.
    CurrencyConverter(const QString& baseCurrency, const QList<CurrencyRate>& rates);

    const QString& baseCurrency() const { return m_base; }
    /// `minor` units of `currency` in base minor units at `date`; empty when no rate applies. The base currency
    /// converts to itself at 1 without a rate row.
    std::optional<qint64> toBase(qint64 minor, const QString& currency, const QDate& date) const;
    /// The rate row toBase() would use (for "rates used"); empty for the base currency or when none applies.
    std::optional<CurrencyRate> rateFor(const QString& currency, const QDate& date) const;
    /// Every usable rate row of `currency`, oldest first (callers that convert many amounts look the period up
    /// themselves, e.g. PipelineReport). Empty for the base currency and for currencies without rates.
    QList<Period> periods(const QString& currency) const { return m_rates.value(currency); }
    /// Whether `currency` is the base currency (converts at 1, no rate row needed).
    bool isBase(const QString& currency) const { return currency == m_base; }

private:
    const Period* periodFor(const QString& currency, const QDate& date) const;

    QString m_base;
    QHash<QString, QList<Period>> m_rates; ///< per currency, sorted by validFrom
};

} // namespace ChannelDesk
