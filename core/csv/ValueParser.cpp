#include "csv/ValueParser.h"

#include "common/Countries.h"
#include "common/Money.h"
#include "common/TextFold.h"
#include "domain/Contact.h"
#include "domain/Partner.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTranslator>

#include <unicode/uloc.h>

#include <array>

namespace ChannelDesk::Csv {

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool allAsciiDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// ----- dates ------------------------------------------------------------------------------------------------------

struct DateTokens
{
    QStringView parts[3];
    int count = 0;
    bool valid = false;
};

/// Splits a date into its three components (digits or letters), dropping a time part. Anything but the separators
/// . / - , space (and a trailing time) makes it invalid.
DateTokens tokenizeDate(QStringView text)
{
    DateTokens tokens;
    // A time part ("2024-03-15T10:00:00Z", "15/03/2024 10:30"): cut at the 'T' or space before the first ':'.
    if (const qsizetype colon = text.indexOf(u':'); colon > 0) {
        qsizetype cut = colon;
        while (cut > 0 && text.at(cut) != u' ' && text.at(cut) != u'T')
            --cut;
        if (cut <= 0)
            return tokens;
        text = text.left(cut);
    }
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (isAsciiDigit(c) || c.isLetter()) {
            const bool digits = isAsciiDigit(c);
            qsizetype end = i;
            while (end < text.size() && (digits ? isAsciiDigit(text.at(end)) : text.at(end).isLetter()))
                ++end;
            if (tokens.count == 3)
                return tokens;
            tokens.parts[tokens.count++] = text.sliced(i, end - i);
            // "Sept." / "févr.": a dot right after a month name is an abbreviation mark.
            i = end;
            continue;
        }
        if (c != u'.' && c != u'/' && c != u'-' && c != u',' && !c.isSpace())
            return tokens;
        ++i;
    }
    tokens.valid = tokens.count == 3;
    return tokens;
}

int expandYear(QStringView digits)
{
    const int value = digits.toInt();
    if (digits.size() == 4)
        return value;
    if (digits.size() == 2)
        return value < 70 ? 2000 + value : 1900 + value;
    return -1;
}

const QHash<QString, int>& monthNames()
{
    static const QHash<QString, int> names = [] {
        QHash<QString, int> map;
        for (QLocale::Language language : { QLocale::English, QLocale::German, QLocale::French }) {
            const QLocale locale(language);
            for (int month = 1; month <= 12; ++month) {
                for (QLocale::FormatType format : { QLocale::LongFormat, QLocale::ShortFormat }) {
                    const QString key = ValueParser::compactKey(locale.monthName(month, format));
                    if (!key.isEmpty() && !map.contains(key))
                        map.insert(key, month);
                }
            }
        }
        map.insert(QStringLiteral("sept"), 9);
        return map;
    }();
    return names;
}

int monthFromName(QStringView token)
{
    return monthNames().value(ValueParser::compactKey(token), 0);
}

// ----- amounts ----------------------------------------------------------------------------------------------------

bool isGroupingSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}

/// The digits and separators of an amount with currency, signs and grouping spaces removed; counts the kinds.
struct NumberShape
{
    QString core; ///< digits, '.' and ',' only
    QString currency;
    bool negative = false;
    bool valid = false;
};

NumberShape shapeOf(QStringView text)
{
    NumberShape shape;
    QStringView s = text.trimmed();
    if (s.size() >= 2 && s.front() == u'(' && s.back() == u')') {
        shape.negative = true;
        s = s.sliced(1, s.size() - 2).trimmed();
    }
    QString currencyToken;
    bool sawDigit = false;
    bool signAfterDigits = false; // "1234-" is negative; "12-34" is not a number
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (isAsciiDigit(c)) {
            if (signAfterDigits)
                return shape;
            shape.core.append(c);
            sawDigit = true;
        } else if (c == u'.' || c == u',') {
            if (signAfterDigits)
                return shape;
            shape.core.append(c);
        } else if (isGroupingSpace(c) || isApostrophe(c)) {
            continue;
        } else if (c == u'-' || c == QChar(0x2212)) {
            if (shape.negative)
                return shape;
            shape.negative = true;
            signAfterDigits = sawDigit;
        } else if (c == u'+') {
            if (sawDigit)
                return shape;
        } else {
            // A currency symbol or code, before or after the number (never in the middle of the digits).
            qsizetype end = i;
            while (end < s.size() && !isAsciiDigit(s.at(end)) && s.at(end) != u'.' && s.at(end) != u','
                   && !isGroupingSpace(s.at(end)) && s.at(end) != u'-' && s.at(end) != QChar(0x2212))
                ++end;
            // "US$" / "VNĐ" / "€" / "EUR"; a dot right after a letter token ("Fr.") belongs to it.
            const QStringView token = s.sliced(i, end - i);
            if (!currencyToken.isEmpty())
                return shape;
            currencyToken = token.toString();
            i = end - 1;
        }
    }
    if (!sawDigit)
        return shape;
    if (!currencyToken.isEmpty()) {
        shape.currency = ValueParser::currencyCode(currencyToken);
        if (shape.currency.isEmpty())
            return shape;
    }
    // Separators at the ends are not part of a number ("1.234." or ",5" are refused; ".5" is accepted).
    if (shape.core.endsWith(u'.') || shape.core.endsWith(u','))
        return shape;
    shape.valid = true;
    return shape;
}

bool groupsValid(QStringView integerPart, QChar group)
{
    if (!integerPart.contains(group))
        return true;
    const auto groups = integerPart.split(group);
    if (groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3)
            return false;
    }
    return true;
}

// ----- choices ----------------------------------------------------------------------------------------------------

struct ChoiceSynonyms
{
    const char* code;
    const char* english; ///< the label's translation source (Partner.cpp / Contact.cpp)
    std::initializer_list<const char*> synonyms;
};

QTranslator* vietnameseTranslator()
{
    // Labels in Vietnamese are recognised whatever the UI language, so a file written by a colleague in Hanoi
    // imports in a German UI too.
    static QTranslator* translator = [] {
        auto* t = new QTranslator;
        if (!t->load(QStringLiteral(":/i18n/channeldesk_vi.qm"))) {
            delete t;
            return static_cast<QTranslator*>(nullptr);
        }
        return t;
    }();
    return translator;
}

QHash<QString, QString> buildChoiceMap(const char* context, const QList<Choice>& current,
                                       std::initializer_list<ChoiceSynonyms> table)
{
    QHash<QString, QString> map;
    auto add = [&map](QStringView text, const QString& code) {
        const QString key = ValueParser::compactKey(text);
        if (!key.isEmpty() && !map.contains(key))
            map.insert(key, code);
    };
    for (const ChoiceSynonyms& entry : table) {
        const QString code = QString::fromLatin1(entry.code);
        add(code, code);
        add(QString::fromUtf8(entry.english), code);
        if (QTranslator* vi = vietnameseTranslator())
            add(vi->translate(context, entry.english), code);
        for (const char* synonym : entry.synonyms)
            add(QString::fromUtf8(synonym), code);
    }
    for (const Choice& choice : current)
        add(choice.label, choice.code);
    return map;
}

const QHash<QString, QString>& choiceMap(ValueParser::Choice choice)
{
    // Built once per choice list (labels of the UI language at first use).
    static const std::array<QHash<QString, QString>, 4> maps = [] {
        std::array<QHash<QString, QString>, 4> m;
        m[0] = buildChoiceMap("ChannelDesk::Partner", partnerTypes(), {
            { "reseller", "Reseller", { "Đại lý bán lại", "Đại lý", "Wiederverkäufer", "Händler", "Revendeur" } },
            { "var", "Value-added reseller", { "VAR", "Đại lý giá trị gia tăng", "Value-Added-Reseller", "Revendeur à valeur ajoutée" } },
            { "distributor", "Distributor", { "Nhà phân phối", "Großhändler", "Distributeur" } },
            { "system_integrator", "System integrator", { "SI", "Integrator", "Nhà tích hợp hệ thống", "Systemintegrator", "Intégrateur", "Intégrateur de systèmes" } },
            { "msp", "Managed service provider", { "Nhà cung cấp dịch vụ được quản lý (MSP)", "Nhà cung cấp dịch vụ được quản lý", "Fournisseur de services gérés" } },
            { "referral", "Referral partner", { "Referral", "Đối tác giới thiệu", "Empfehlungspartner", "Partenaire de recommandation", "Apporteur d'affaires" } },
            { "isv", "ISV", { "Independent software vendor", "Softwarehersteller", "Éditeur de logiciels" } },
            { "consultancy", "Consultancy", { "Consulting", "Consultant", "Công ty tư vấn", "Tư vấn", "Beratung", "Beratungsunternehmen", "Cabinet de conseil", "Conseil" } },
        });
        m[1] = buildChoiceMap("ChannelDesk::Partner", partnerTiers(), {
            { "", "No tier", { "None", "Chưa xếp hạng", "Keine Stufe", "Aucun niveau" } },
            { "registered", "Registered", { "Đăng ký", "Đã đăng ký", "Registriert", "Enregistré", "Inscrit" } },
            { "silver", "Silver", { "Bạc", "Silber", "Argent" } },
            { "gold", "Gold", { "Vàng", "Or" } },
            { "platinum", "Platinum", { "Bạch kim", "Platin", "Platine" } },
        });
        m[2] = buildChoiceMap("ChannelDesk::Partner", onboardingStages(), {
            { "prospect", "Prospect", { "Tiềm năng", "Interessent" } },
            { "onboarding", "Onboarding", { "Đang tiếp nhận", "Intégration", "En cours d'intégration" } },
            { "active", "Active", { "Đang hoạt động", "Hoạt động", "Aktiv", "Actif" } },
            { "suspended", "Suspended", { "Tạm ngưng", "Ausgesetzt", "Gesperrt", "Suspendu" } },
            { "terminated", "Terminated", { "Đã chấm dứt", "Chấm dứt", "Beendet", "Résilié", "Terminé" } },
        });
        m[3] = buildChoiceMap("ChannelDesk::Contact", contactRoles(), {
            { "primary", "Primary", { "Chính", "Hauptkontakt", "Primär", "Principal" } },
            { "sales", "Sales", { "Kinh doanh", "Vertrieb", "Ventes", "Commercial" } },
            { "technical", "Technical", { "Kỹ thuật", "Technik", "Technisch", "Technique" } },
            { "marketing", "Marketing", { "Tiếp thị" } },
            { "billing", "Billing", { "Thanh toán", "Abrechnung", "Buchhaltung", "Facturation" } },
        });
        return m;
    }();
    return maps[static_cast<int>(choice)];
}

// ----- countries --------------------------------------------------------------------------------------------------

const QHash<QString, QString>& countryNames()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> map;
        auto add = [&map](QStringView text, const QString& code) {
            const QString key = ValueParser::compactKey(text);
            if (key.size() > 2 && !map.contains(key)) // two letters are codes, handled before the names
                map.insert(key, code);
        };
        const QList<QLocale> locales { QLocale(QLocale::English), QLocale(QLocale::Vietnamese), QLocale(QLocale::German),
                                       QLocale(QLocale::French), QLocale() };
        for (const QString& code : Countries::codes()) {
            for (const QLocale& locale : locales)
                add(Countries::displayName(code, locale), code);
            // ISO 3166-1 alpha-3 ("VNM", "DEU") from ICU.
            const QByteArray probe = QByteArrayLiteral("und_") + code.toLatin1();
            if (const char* alpha3 = uloc_getISO3Country(probe.constData()); alpha3 && *alpha3)
                add(QString::fromLatin1(alpha3), code);
        }
        // Names people write that CLDR spells differently.
        const struct
        {
            const char* name;
            const char* code;
        } aliases[] = {
            { "Viet Nam", "VN" },       { "Việt Nam", "VN" },    { "USA", "US" },           { "U.S.A.", "US" },
            { "United States of America", "US" }, { "America", "US" }, { "Mỹ", "US" },     { "UK", "GB" },
            { "Great Britain", "GB" },  { "Britain", "GB" },     { "England", "GB" },       { "Holland", "NL" },
            { "Korea", "KR" },          { "Republic of Korea", "KR" }, { "Czech Republic", "CZ" },
            { "Russian Federation", "RU" }, { "Lào", "LA" },     { "Laos", "LA" },          { "Burma", "MM" },
        };
        for (const auto& alias : aliases)
            add(QString::fromUtf8(alias.name), QString::fromLatin1(alias.code));
        return map;
    }();
    return names;
}

} // namespace

// ----- dates ------------------------------------------------------------------------------------------------------

void ValueParser::DateColumn::observe(QStringView value)
{
    const DateTokens tokens = tokenizeDate(value.trimmed());
    if (!tokens.valid)
        return;
    const QStringView a = tokens.parts[0];
    const QStringView b = tokens.parts[1];
    if (!allAsciiDigits(a) || !allAsciiDigits(b) || a.size() > 2 || b.size() > 2)
        return; // year first or a month name: the order is not in question
    const int first = a.toInt();
    const int second = b.toInt();
    if (first > 12 && second <= 12)
        ++m_dayMonth;
    else if (second > 12 && first <= 12)
        ++m_monthDay;
    else if (first != second && first <= 12 && second <= 12)
        ++m_ambiguous;
}

ValueParser::DayOrder ValueParser::DateColumn::order(DayOrder fallback) const
{
    if (m_dayMonth == 0 && m_monthDay == 0)
        return fallback;
    // Values that disagree with the majority then fail to parse and are reported, never silently swapped.
    return m_dayMonth >= m_monthDay ? DayOrder::DayMonth : DayOrder::MonthDay;
}

ValueParser::DayOrder ValueParser::localeDayOrder()
{
    const QString format = QLocale().dateFormat(QLocale::ShortFormat);
    const qsizetype day = format.indexOf(u'd');
    const qsizetype month = format.indexOf(u'M');
    return (month >= 0 && day >= 0 && month < day) ? DayOrder::MonthDay : DayOrder::DayMonth;
}

QDate ValueParser::parseDate(QStringView text, DayOrder order)
{
    const DateTokens tokens = tokenizeDate(text.trimmed());
    if (!tokens.valid)
        return {};
    const QStringView a = tokens.parts[0];
    const QStringView b = tokens.parts[1];
    const QStringView c = tokens.parts[2];
    const bool aNum = allAsciiDigits(a);
    const bool bNum = allAsciiDigits(b);
    const bool cNum = allAsciiDigits(c);

    if (aNum && bNum && cNum) {
        if (a.size() == 4 && b.size() <= 2 && c.size() <= 2) // ISO 8601 and y/m/d
            return QDate(a.toInt(), b.toInt(), c.toInt());
        if (a.size() > 2 || b.size() > 2 || (c.size() != 4 && c.size() != 2))
            return {};
        const int year = expandYear(c);
        if (order == DayOrder::MonthDay)
            return QDate(year, a.toInt(), b.toInt());
        return QDate(year, b.toInt(), a.toInt());
    }
    // One component is a month name: "15 Mar 2024", "March 15, 2024", "2024-Mar-15".
    if (aNum && !bNum && cNum) {
        const int month = monthFromName(b);
        if (month == 0)
            return {};
        if (a.size() == 4 && c.size() <= 2)
            return QDate(a.toInt(), month, c.toInt());
        if (a.size() <= 2 && (c.size() == 4 || c.size() == 2))
            return QDate(expandYear(c), month, a.toInt());
        return {};
    }
    if (!aNum && bNum && cNum) {
        const int month = monthFromName(a);
        if (month == 0 || b.size() > 2 || (c.size() != 4 && c.size() != 2))
            return {};
        return QDate(expandYear(c), month, b.toInt());
    }
    return {};
}

// ----- amounts ----------------------------------------------------------------------------------------------------

void ValueParser::NumberColumn::observe(QStringView value)
{
    const NumberShape shape = shapeOf(value);
    if (!shape.valid)
        return;
    const QString& core = shape.core;
    const qsizetype lastComma = core.lastIndexOf(u',');
    const qsizetype lastPoint = core.lastIndexOf(u'.');
    if (lastComma >= 0 && lastPoint >= 0) {
        // Both: the last one is the decimal separator ("1.234.567,89", "1,234,567.89").
        (lastComma > lastPoint ? m_comma : m_point) += 1;
        return;
    }
    const QChar separator = lastComma >= 0 ? u',' : u'.';
    const qsizetype last = qMax(lastComma, lastPoint);
    if (last < 0)
        return;
    if (core.count(separator) > 1) {
        // Repeated: grouping ("2.500.000.000" in Vietnamese, "1,234,567" in English).
        (separator == u',' ? m_point : m_comma) += 1;
        return;
    }
    const qsizetype digitsAfter = core.size() - last - 1;
    if (digitsAfter == 3 && last > 0)
        return; // "1,234" or "1.234": could be either
    (separator == u',' ? m_comma : m_point) += 1;
}

QChar ValueParser::NumberColumn::decimalSeparator(QChar fallback) const
{
    if (m_comma == 0 && m_point == 0)
        return fallback;
    return m_comma > m_point ? QChar(u',') : QChar(u'.');
}

std::optional<ValueParser::Amount> ValueParser::parseAmount(QStringView text, QChar decimalSeparator)
{
    const NumberShape shape = shapeOf(text);
    if (!shape.valid)
        return std::nullopt;
    const QChar group = decimalSeparator == u',' ? QChar(u'.') : QChar(u',');
    const QString& core = shape.core;
    if (core.count(decimalSeparator) > 1)
        return std::nullopt;
    const qsizetype decimalAt = core.indexOf(decimalSeparator);
    const QStringView integerPart = decimalAt < 0 ? QStringView(core) : QStringView(core).left(decimalAt);
    const QStringView fractionPart = decimalAt < 0 ? QStringView() : QStringView(core).mid(decimalAt + 1);
    if (fractionPart.contains(group) || !groupsValid(integerPart, group))
        return std::nullopt;
    Amount amount;
    amount.negative = shape.negative;
    amount.currency = shape.currency;
    for (QChar c : integerPart) {
        if (c != group)
            amount.integerDigits.append(c);
    }
    amount.fractionDigits = fractionPart.toString();
    if (amount.integerDigits.isEmpty() && amount.fractionDigits.isEmpty())
        return std::nullopt;
    return amount;
}

std::optional<qint64> ValueParser::toMinorUnits(const Amount& amount, int minorDigits)
{
    QString integer = amount.integerDigits;
    while (integer.size() > 1 && integer.startsWith(u'0'))
        integer.remove(0, 1);
    QString fraction = amount.fractionDigits;
    while (fraction.size() > minorDigits && fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.size() > minorDigits || integer.size() > 15)
        return std::nullopt;
    fraction = fraction.leftJustified(minorDigits, u'0');
    qint64 minor = integer.isEmpty() ? 0 : integer.toLongLong();
    for (int i = 0; i < minorDigits; ++i)
        minor *= 10;
    if (!fraction.isEmpty())
        minor += fraction.toLongLong();
    return amount.negative ? -minor : minor;
}

QString ValueParser::currencyInHeader(QStringView header)
{
    QStringView h = header.trimmed();
    if (h.isEmpty() || (h.back() != u')' && h.back() != u']'))
        return {};
    const QChar open = h.back() == u')' ? QChar(u'(') : QChar(u'[');
    const qsizetype at = h.lastIndexOf(open);
    if (at < 0)
        return {};
    return currencyCode(h.sliced(at + 1, h.size() - at - 2).trimmed());
}

QString ValueParser::currencyCode(QStringView token)
{
    const QString t = token.trimmed().toString();
    if (t.isEmpty())
        return {};
    static const QHash<QString, QString> symbols {
        { QStringLiteral("€"), QStringLiteral("EUR") },  { QStringLiteral("£"), QStringLiteral("GBP") },
        { QStringLiteral("¥"), QStringLiteral("JPY") },  { QStringLiteral("₫"), QStringLiteral("VND") },
        { QStringLiteral("đ"), QStringLiteral("VND") },  { QStringLiteral("Đ"), QStringLiteral("VND") },
        { QStringLiteral("vnđ"), QStringLiteral("VND") }, { QStringLiteral("VNĐ"), QStringLiteral("VND") },
        { QStringLiteral("US$"), QStringLiteral("USD") }, { QStringLiteral("$"), QStringLiteral("USD") },
        { QStringLiteral("S$"), QStringLiteral("SGD") },  { QStringLiteral("A$"), QStringLiteral("AUD") },
        { QStringLiteral("C$"), QStringLiteral("CAD") },  { QStringLiteral("HK$"), QStringLiteral("HKD") },
        { QStringLiteral("₩"), QStringLiteral("KRW") },  { QStringLiteral("₹"), QStringLiteral("INR") },
        { QStringLiteral("฿"), QStringLiteral("THB") },  { QStringLiteral("Fr"), QStringLiteral("CHF") },
        { QStringLiteral("zł"), QStringLiteral("PLN") },  { QStringLiteral("Kč"), QStringLiteral("CZK") },
    };
    if (const auto it = symbols.constFind(t); it != symbols.cend())
        return *it;
    if (const auto it = symbols.constFind(t.toLower()); it != symbols.cend())
        return *it;
    const QString upper = t.toUpper();
    if (upper.size() == 3 && Money::isValidCurrency(upper))
        return upper;
    return {};
}

// ----- countries and choices --------------------------------------------------------------------------------------

QString ValueParser::countryCode(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() == 2 && t.at(0).isLetter() && t.at(1).isLetter() && t.at(0).unicode() < 0x80
        && t.at(1).unicode() < 0x80) {
        static const QSet<QString> codes(Countries::codes().cbegin(), Countries::codes().cend());
        const QString upper = t.toString().toUpper();
        if (codes.contains(upper))
            return upper;
    }
    return countryNames().value(compactKey(t));
}

std::optional<QString> ValueParser::choiceCode(Choice choice, QStringView text)
{
    const QHash<QString, QString>& map = choiceMap(choice);
    const auto it = map.constFind(compactKey(text));
    if (it == map.cend())
        return std::nullopt;
    return *it;
}

QString ValueParser::compactKey(QStringView text)
{
    const QString folded = TextFold::fold(text);
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

} // namespace ChannelDesk::Csv
