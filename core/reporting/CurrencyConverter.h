#pragma once

#include "deals/DealSettings.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ChannelDesk {

/// Converts money to the base currency with the rate valid at a date (PIPE-06): the latest rate whose validFrom
/// is on or before the date; before the first rate of a currency, that first rate is NOT used — there is no rate.
/// Rounding: half away from zero to the base currency's minor unit, once per amount (documented in
/// docs/architecture.md); minor-unit digits of both currencies are respected (VND 0, USD 2, BHD 3).
class CurrencyConverter final
{
public:
    CurrencyConverter(const QString& baseCurrency, const QList<CurrencyRate>& rates);

    const QString& baseCurrency() const { return m_base; }
    /// `minor` units of `currency` in base minor units at `date`; empty when no rate applies. The base currency
    /// converts to itself at 1 without a rate row.
    std::optional<qint64> toBase(qint64 minor, const QString& currency, const QDate& date) const;
    /// The rate row toBase() would use (for "rates used"); empty for the base currency or when none applies.
    std::optional<CurrencyRate> rateFor(const QString& currency, const QDate& date) const;

private:
    QString m_base;
    QHash<QString, QList<CurrencyRate>> m_rates; ///< per currency, sorted by validFrom
};

} // namespace ChannelDesk
