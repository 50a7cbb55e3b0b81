#pragma once

#include "Result.h"

#include <QLocale>
#include <QString>

namespace ChannelDesk {

/// An amount of money: integer minor units (cents, đồng, yen) plus an ISO 4217 code. Never a double in storage.
struct Money
{
    qint64 minor = 0;
    QString currency;

    bool operator==(const Money&) const = default;

    /// Whether ICU knows `code` as an ISO 4217 currency.
    static bool isValidCurrency(const QString& code);
    /// Number of minor-unit digits (USD 2, VND 0, BHD 3), from ICU's ISO 4217 data; -1 for an unknown code.
    static int minorDigits(const QString& code);

    /// How `locale` writes the currency `code` (€, US$, ₫); the code itself when unknown.
    static QString symbol(const QString& code, const QLocale& locale);

private:
    static QString lookUpSymbol(const QString& code, const QLocale& locale);

public:

    /// Formats with the locale's grouping and decimal rules and the currency symbol.
    QString format(const QLocale& locale) const;
    /// The plain number ("1234.50") with exactly the currency's digits: for CSV and editing.
    QString toPlainString() const;

    /// Parses a user-typed amount ("1.234,50" in de, "1,234.50" in en, plain "1234.5"). Refuses more decimals than
    /// the currency has instead of rounding silently, and negative amounts unless allowed.
    static Result<Money> parse(const QString& text, const QString& currency, const QLocale& locale,
                               bool allowNegative = false);
};

} // namespace ChannelDesk
