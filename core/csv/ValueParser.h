#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace ChannelDesk::Csv {

/// How the importer turns cell text into typed values (checklist 23–25): per-column inference of the day order and
/// of the decimal separator from the values that disambiguate, then strict parsing; countries by code or name; coded
/// choices by code or label. Internal to the importer; pure (no database).
class ValueParser final
{
public:
    // ----- Dates ---------------------------------------------------------------------------------------------------

    enum class DayOrder { Unknown, DayMonth, MonthDay };

    /// Votes for a date column's day order, fed with every value of the column in the analysis pass.
    class DateColumn
    {
    public:
        void observe(QStringView value);
        /// The order the column's values prove (a component above 12), the majority when they disagree, else
        /// `fallback`.
        DayOrder order(DayOrder fallback) const;
        /// Whether some value could be read either way and no value decided it (the fallback was a guess).
        bool guessed() const { return m_dayMonth == 0 && m_monthDay == 0 && m_ambiguous > 0; }

    private:
        qint64 m_dayMonth = 0;
        qint64 m_monthDay = 0;
        qint64 m_ambiguous = 0;
    };

    /// The day order the user's locale writes (d/M/y in vi, de, fr, en-GB; M/d/y in en-US).
    static DayOrder localeDayOrder();
    /// A date in ISO 8601 (always), d/m/y or m/d/y with / . or - (two-digit years: 00–69 → 20xx), "15 Mar 2024",
    /// "March 15, 2024" (English, German, French month names). Invalid when it is none of these or not a real date.
    static QDate parseDate(QStringView text, DayOrder order);

    // ----- Amounts -------------------------------------------------------------------------------------------------

    /// Votes for a money column's decimal separator: "1.234.567,89" and "2.500.000.000" say comma, "1,234,567.89"
    /// and "1,234,567" say point, "1,5" comma, "1.5" point; "1,234" and "1.234" say nothing.
    class NumberColumn
    {
    public:
        void observe(QStringView value);
        QChar decimalSeparator(QChar fallback) const;

    private:
        qint64 m_comma = 0;
        qint64 m_point = 0;
    };

    struct Amount
    {
        bool negative = false;
        QString integerDigits;  ///< ASCII digits, no grouping
        QString fractionDigits; ///< ASCII digits after the decimal separator
        QString currency;       ///< ISO 4217 code written with the amount ("€", "US$", "VND", "₫"), or empty
    };
    /// Parses an amount written with `decimalSeparator` (',' or '.'); the other one, spaces (NBSP, U+202F) and
    /// apostrophes group thousands (groups of three digits). Accepts a currency symbol or code before or after,
    /// "-x", "x-" and "(x)" as negative. Empty when it is not an amount.
    static std::optional<Amount> parseAmount(QStringView text, QChar decimalSeparator);
    /// The amount in minor units of a currency with `minorDigits` decimals; extra decimals must be zeros. Empty
    /// when it does not fit (too many digits or non-zero extra decimals).
    static std::optional<qint64> toMinorUnits(const Amount& amount, int minorDigits);
    /// The currency a header names in a trailing parenthesis or bracket: "Revenue (EUR)", "Doanh thu (VNĐ)",
    /// "Umsatz [€]". Empty when none.
    static QString currencyInHeader(QStringView header);
    /// An ISO 4217 code for a code in any case or a symbol (€ £ ¥ ₫ đ VNĐ US$ $); empty when unknown.
    static QString currencyCode(QStringView token);

    // ----- Countries and coded choices -----------------------------------------------------------------------------

    /// ISO 3166-1 alpha-2 for an alpha-2 or alpha-3 code in any case or a country name in English, Vietnamese,
    /// German or French (with or without accents: "Việt Nam", "Viet Nam", "Deutschland", "Allemagne"). Empty when
    /// unknown.
    static QString countryCode(QStringView text);

    enum class Choice { PartnerType, Tier, Stage, ContactRole };
    /// The code of a choice given as its code or a label (English, Vietnamese, the current UI language, a few
    /// common synonyms), compared folded. Empty optional when unknown; an empty code is valid for Tier ("no tier").
    static std::optional<QString> choiceCode(Choice choice, QStringView text);

    /// Letters and digits of the folded text only: how headers, labels and names of choices are compared.
    static QString compactKey(QStringView text);
};

} // namespace ChannelDesk::Csv
