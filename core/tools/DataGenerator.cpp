#include "DataGenerator.h"

#include "common/TextFold.h"
#include "common/Uuid.h"

#include <initializer_list>
#include <utility>

namespace ChannelDesk {

namespace {

using Language = DataGenerator::Language;

// ---------------------------------------------------------------------------------------------------------------
// Randomness. SplitMix64 rather than <random>: std::uniform_int_distribution and friends are implementation-defined,
// so the same seed would give different partners with libstdc++, libc++ and MSVC. Everything below uses exact
// integer arithmetic only.

constexpr quint64 Golden = 0x9e3779b97f4a7c15ULL;

constexpr quint64 mix64(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

struct Rng
{
    quint64 state;

    quint64 next()
    {
        state += Golden;
        return mix64(state);
    }
    /// Uniform in [0, bound): Lemire's multiply-shift on 32 random bits. The bias (bound / 2^32) is far below
    /// anything visible in generated data, and unlike rejection sampling it costs exactly one draw.
    quint32 below(quint32 bound) { return static_cast<quint32>(((next() >> 32) * bound) >> 32); }
    /// Uniform in [lo, hi].
    quint32 between(quint32 lo, quint32 hi) { return lo + below(hi - lo + 1); }
    bool percent(quint32 p) { return below(100) < p; }
};

// Independent streams per (seed, index, purpose): partner(i) and contacts(i) never share draws, so adding a draw to
// one never changes the other.
enum Stream : quint64 {
    PartnerStream = 1,
    ContactStream = 2,
};

Rng rngFor(quint64 seed, qint64 index, Stream stream)
{
    const quint64 base = mix64(seed ^ (static_cast<quint64>(stream) * 0xd1b54a32d192ed03ULL));
    return Rng { mix64(base + static_cast<quint64>(index) * Golden) };
}

template<typename T>
const T& pick(Rng& r, const QList<T>& list)
{
    return list.at(r.below(static_cast<quint32>(list.size())));
}

/// A pick from `list` that is not `other`, so no "Long Long" or "Miller & Miller".
template<typename T>
const T& pickOther(Rng& r, const QList<T>& list, const T& other)
{
    qsizetype i = r.below(static_cast<quint32>(list.size()));
    if (list.at(i).slug == other.slug)
        i = (i + 1) % list.size();
    return list.at(i);
}

/// Index chosen with the given relative weights.
int weighted(Rng& r, std::initializer_list<quint32> weights)
{
    quint32 total = 0;
    for (quint32 w : weights)
        total += w;
    quint32 x = r.below(total);
    int i = 0;
    for (quint32 w : weights) {
        if (x < w)
            return i;
        x -= w;
        ++i;
    }
    return i - 1;
}

/// A list whose items are picked with fixed relative weights (cities by size, surnames by frequency).
template<typename T>
struct Weighted
{
    QList<T> items;
    QList<quint32> ends; // cumulative weights

    void add(T item, quint32 weight)
    {
        items.append(std::move(item));
        ends.append((ends.isEmpty() ? 0 : ends.constLast()) + weight);
    }
    const T& pick(Rng& r) const
    {
        const quint32 x = r.below(ends.constLast());
        qsizetype i = 0;
        while (x >= ends.at(i))
            ++i;
        return items.at(i);
    }
};

// ---------------------------------------------------------------------------------------------------------------
// Text helpers. The hot path only concatenates precomputed strings: folding (NFKD normalisation) and slugging are
// done once per word list entry at start-up, never per partner.

constexpr qint64 MsPerDay = 86400000;
constexpr qint64 EpochJulianDay = 2440588;                 // 1970-01-01
constexpr qint64 BaseDay = 20454;                          // 2026-01-01 in days since the epoch
constexpr qint64 BaseMs = BaseDay * MsPerDay;              // 2026-01-01T00:00:00Z
constexpr qint64 BaseJulianDay = EpochJulianDay + BaseDay; // QDate(2026, 1, 1).toJulianDay()

QDate baseDay(qint64 offset)
{
    return QDate::fromJulianDay(BaseJulianDay + offset);
}

/// The domain-label form of a name: TextFold's ASCII fold, spaces and hyphens as single hyphens, other punctuation
/// dropped ("Müller & Söhne IT" -> "muller-sohne-it", "d'Intégration" -> "dintegration").
QString slugOf(QStringView text)
{
    const QString folded = TextFold::fold(text);
    QString out;
    out.reserve(folded.size());
    bool pendingHyphen = false;
    for (QChar c : folded) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            if (pendingHyphen && !out.isEmpty())
                out.append(QLatin1Char('-'));
            pendingHyphen = false;
            out.append(c);
        } else if (u == u' ' || u == u'-') {
            pendingHyphen = true;
        }
    }
    return out;
}

/// A word list entry with its slug precomputed.
struct Word
{
    QString text;
    QString slug;
};

Word word(const char16_t* text)
{
    QString s = QString::fromUtf16(text);
    QString slug = slugOf(s);
    return Word { std::move(s), std::move(slug) };
}

QList<Word> words(std::initializer_list<const char16_t*> items)
{
    QList<Word> out;
    out.reserve(static_cast<qsizetype>(items.size()));
    for (const char16_t* item : items)
        out.append(word(item));
    return out;
}

QStringList strings(std::initializer_list<const char16_t*> items)
{
    QStringList out;
    out.reserve(static_cast<qsizetype>(items.size()));
    for (const char16_t* item : items)
        out.append(QString::fromUtf16(item));
    return out;
}

Weighted<Word> weightedWords(std::initializer_list<std::pair<const char16_t*, quint32>> items)
{
    Weighted<Word> out;
    for (const auto& [text, weight] : items)
        out.add(word(text), weight);
    return out;
}

Weighted<QString> weightedStrings(std::initializer_list<std::pair<const char16_t*, quint32>> items)
{
    Weighted<QString> out;
    for (const auto& [text, weight] : items)
        out.add(QString::fromUtf16(text), weight);
    return out;
}

/// Appends `value` in decimal, zero-padded to `width`.
void appendNumber(QString& out, quint64 value, int width = 1)
{
    char16_t buffer[24];
    int n = 0;
    do {
        buffer[n++] = static_cast<char16_t>(u'0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (n < width)
        buffer[n++] = u'0';
    while (n > 0)
        out.append(QChar(buffer[--n]));
}

QString number(quint64 value, int width = 1)
{
    QString out;
    out.reserve(width > 8 ? width : 8);
    appendNumber(out, value, width);
    return out;
}

/// Appends `count` random digits, the first at least `firstMin` (subscriber numbers do not start with 0 or 1).
void appendDigits(QString& out, Rng& r, int count, quint32 firstMin = 0)
{
    for (int i = 0; i < count; ++i)
        out.append(QChar(static_cast<char16_t>(u'0' + (i == 0 ? firstMin + r.below(10 - firstMin) : r.below(10)))));
}

/// Appends random digits in space-separated groups ("123 45 67").
void appendGroups(QString& out, Rng& r, std::initializer_list<int> groups, quint32 firstMin = 0)
{
    bool first = true;
    for (int group : groups) {
        if (!first)
            out.append(QLatin1Char(' '));
        appendDigits(out, r, group, first ? firstMin : 0);
        first = false;
    }
}

/// "+49 221 " or "0221 ": the international or the national (trunk 0) form of an area code.
void appendAreaCode(QString& out, bool international, QStringView countryPrefix, const QString& area)
{
    if (international)
        out += countryPrefix;
    else
        out += QLatin1Char('0');
    out += area;
    out += QLatin1Char(' ');
}

/// Domain labels are at most 63 characters: cut long slugs at a hyphen.
QString fitLabel(const QString& slug)
{
    if (slug.size() <= 63)
        return slug;
    const qsizetype cut = slug.lastIndexOf(QLatin1Char('-'), 62);
    return slug.left(cut > 0 ? cut : 63);
}

// ---------------------------------------------------------------------------------------------------------------
// Reference data, built once.

enum class CountryCode { VN, US, GB, AU, SG, DE, AT, CH, FR, BE, CA };

struct City
{
    QString name;
    QString region;
    QString area; ///< trunk-less area code ("221" for Köln, "24" for Hà Nội)
};

struct Country
{
    CountryCode code;
    QString iso;
    QString currency;
    int minorDigits;
    Weighted<City> cities;
    Weighted<QString> legalForms;
    Weighted<QString> tlds;
};

/// Job titles for one role: masculine and feminine forms (identical in languages without grammatical gender).
struct Title
{
    QString male;
    QString female;
};

struct PeopleNames
{
    QList<Word> maleFirst;
    QList<Word> femaleFirst;
    Weighted<Word> last;
};

/// Everything that depends only on the language.
struct LanguageData
{
    Weighted<const Country*> countries;
    QStringList owners;
    QStringList mailboxes;
    QStringList suspendReasons;
    QStringList terminateReasons;
    QStringList notes;
    QList<QList<Title>> titles; ///< by role index: primary, sales, technical, marketing, billing
};

const QStringList& roleCodes()
{
    static const QStringList codes = strings({ u"primary", u"sales", u"technical", u"marketing", u"billing" });
    return codes;
}

City city(const char16_t* name, const char16_t* region, const char16_t* area)
{
    return City { QString::fromUtf16(name), QString::fromUtf16(region), QString::fromUtf16(area) };
}

QList<Title> titles(std::initializer_list<std::pair<const char16_t*, const char16_t*>> items)
{
    QList<Title> out;
    for (const auto& [male, female] : items)
        out.append(Title { QString::fromUtf16(male), QString::fromUtf16(female ? female : male) });
    return out;
}

struct Data
{
    // Countries
    Country vn, us, gb, au, sg, de, at, chDe, fr, be, ca, chFr;
    LanguageData vi, en, ge, fre;
    QStringList allOwners;

    // Vietnamese company names
    QList<Word> viSectors;
    QList<Word> viSyllableA;
    QList<Word> viSyllableB;
    QList<Word> viPlaces;
    QList<Word> viBrands;
    Weighted<QString> viLegal;
    QList<Word> viStreets;

    // English company names
    QList<Word> enFirst;
    QList<Word> enSecond;    ///< capitalised ("Harbor")
    QList<QString> enSecondLower; ///< lower-case for compounds ("Northharbor" is not used, "Northwind" is)
    QList<Word> enDomains;   ///< "Cloud", "Data"… (first entry empty: kind only)
    QList<Word> enKinds;     ///< "Solutions", "Systems"…
    QList<Word> enSurnames;
    QList<Word> enStreetNames;
    QStringList usStreetTypes, gbStreetTypes;
    QList<Word> sgStreets;

    // German company names
    QList<Word> deSurnames;
    QList<Word> deSectors;
    QList<Word> deServices;
    QList<Word> deBrandHead;
    QList<Word> deBrandTail;
    QList<Word> deRegions;
    QList<Word> deFamilyForms; ///< "& Söhne", "& Partner"
    QStringList deStreetNames;
    QStringList deStreetTypes;

    // French company names
    QList<Word> frSurnames;
    QList<Word> frSectors;
    QList<Word> frPlaces;
    QList<Word> frBrandHead;
    QList<Word> frBrandTail;
    QList<Word> frSocietyNouns; ///< feminine: agrees with the adjectives below
    QList<Word> frSocietyAdjectives;
    QList<Word> frSocietyObjects;
    QList<Word> frFamilyForms;
    QStringList frStreetNames;
    QStringList frStreetTypes;

    // People
    PeopleNames viPeople, enPeople, sgPeople, dePeople, frPeople, caPeople, bePeople;
    QList<Word> viMaleMiddle, viFemaleMiddle;

    QStringList frenchSwissRegions;

    Data();
};

Data::Data()
{
    // --- Countries ---------------------------------------------------------------------------------------------
    const auto country = [](Country& c, CountryCode code, const char16_t* iso, const char16_t* currency) {
        c.code = code;
        c.iso = QString::fromUtf16(iso);
        c.currency = QString::fromUtf16(currency);
        // From ICU through Money, once: VND has 0 minor digits, EUR and USD 2.
        c.minorDigits = qMax(0, Money::minorDigits(c.currency));
    };

    country(vn, CountryCode::VN, u"VN", u"VND");
    for (const auto& [c, w] : std::initializer_list<std::pair<City, quint32>> {
             { city(u"Hồ Chí Minh", u"Miền Nam", u"28"), 35 },  { city(u"Hà Nội", u"Miền Bắc", u"24"), 30 },
             { city(u"Đà Nẵng", u"Miền Trung", u"236"), 8 },    { city(u"Hải Phòng", u"Miền Bắc", u"225"), 5 },
             { city(u"Cần Thơ", u"Miền Nam", u"292"), 4 },      { city(u"Huế", u"Miền Trung", u"234"), 3 },
             { city(u"Nha Trang", u"Miền Trung", u"258"), 3 },  { city(u"Biên Hòa", u"Miền Nam", u"251"), 3 },
             { city(u"Thủ Dầu Một", u"Miền Nam", u"274"), 3 },  { city(u"Vũng Tàu", u"Miền Nam", u"254"), 2 },
             { city(u"Quy Nhơn", u"Miền Trung", u"256"), 2 },   { city(u"Vinh", u"Miền Trung", u"238"), 2 },
             { city(u"Bắc Ninh", u"Miền Bắc", u"222"), 2 },     { city(u"Hạ Long", u"Miền Bắc", u"203"), 2 },
             { city(u"Buôn Ma Thuột", u"Miền Trung", u"262"), 1 }, { city(u"Đà Lạt", u"Miền Trung", u"263"), 1 },
         })
        vn.cities.add(c, w);
    vn.tlds = weightedStrings({ { u".vn", 60 }, { u".com.vn", 30 }, { u".com", 10 } });

    country(us, CountryCode::US, u"US", u"USD");
    for (const auto& [c, w] : std::initializer_list<std::pair<City, quint32>> {
             { city(u"New York", u"New York", u"212"), 8 },         { city(u"San Francisco", u"California", u"415"), 5 },
             { city(u"Los Angeles", u"California", u"213"), 5 },   { city(u"San Jose", u"California", u"408"), 4 },
             { city(u"San Diego", u"California", u"619"), 3 },     { city(u"Chicago", u"Illinois", u"312"), 5 },
             { city(u"Austin", u"Texas", u"512"), 4 },             { city(u"Dallas", u"Texas", u"214"), 4 },
             { city(u"Houston", u"Texas", u"713"), 4 },            { city(u"Seattle", u"Washington", u"206"), 4 },
             { city(u"Boston", u"Massachusetts", u"617"), 4 },     { city(u"Atlanta", u"Georgia", u"404"), 3 },
             { city(u"Denver", u"Colorado", u"303"), 3 },          { city(u"Miami", u"Florida", u"305"), 3 },
             { city(u"Minneapolis", u"Minnesota", u"612"), 2 },    { city(u"Phoenix", u"Arizona", u"602"), 2 },
             { city(u"Raleigh", u"North Carolina", u"919"), 2 },   { city(u"Portland", u"Oregon", u"503"), 2 },
         })
        us.cities.add(c, w);
    us.legalForms = weightedStrings({ { u"Inc.", 55 }, { u"LLC", 35 }, { u"Corp.", 10 } });
    us.tlds = weightedStrings({ { u".com", 85 }, { u".net", 10 }, { u".us", 5 } });

    country(gb, CountryCode::GB, u"GB", u"GBP");
    for (const auto& [c, w] : std::initializer_list<std::pair<City, quint32>> {
             { city(u"London", u"Greater London", u"20"), 40 },       { city(u"Manchester", u"North West", u"161"), 10 },
             { city(u"Birmingham", u"West Midlands", u"121"), 8 },    { city(u"Leeds", u"Yorkshire and the Humber", u"113"), 6 },
             { city(u"Bristol", u"South West", u"117"), 5 },          { city(u"Edinburgh", u"Scotland", u"131"), 6 },
             { city(u"Glasgow", u"Scotland", u"141"), 5 },            { city(u"Cardiff", u"Wales", u"29"), 4 },
             { city(u"Sheffield", u"Yorkshire and the Humber", u"114"), 3 }, { city(u"Nottingham", u"East Midlands", u"115"), 3 },
             { city(u"Liverpool", u"North West", u"151"), 4 },        { city(u"Reading", u"South East", u"118"), 4 },
         })
        gb.cities.add(c, w);
    gb.legalForms = weightedStrings({ { u"Ltd", 70 }, { u"Limited", 20 }, { u"LLP", 10 } });
    gb.tlds = weightedStrings({ { u".co.uk", 80 }, { u".com", 15 }, { u".uk", 5 } });

    country(au, CountryCode::AU, u"AU", u"AUD");
    for (const auto& [c, w] : std::initializer_list<std::pair<City, quint32>> {
             { city(u"Sydney", u"New South Wales", u"2"), 35 },    { city(u"Melbourne", u"Victoria", u"3"), 30 },
             { city(u"Brisbane", u"Queensland", u"7"), 15 },       { city(u"Perth", u"Western Australia", u"8"), 10 },
             { city(u"Adelaide", u"South Australia", u"8"), 6 },   { city(u"Canberra", u"Australian Capital Territory", u"2"), 4 },
         })
        au.cities.add(c, w);
    au.legalForms = weightedStrings({ { u"Pty Ltd", 90 }, { u"Ltd", 10 } });
    au.tlds = weightedStrings({ { u".com.au", 90 }, { u".com", 10 } });

    country(sg, CountryCode::SG, u"SG", u"SGD");
    for (const auto& [c, w] : std::initializer_list<std::pair<City, quint32>> {
             { city(u"Singapore", u"Central Region", u"6"), 50 }, { city(u"Singapore", u"East Region", u"6"), 15 },
             { city(u"Singapore", u"West Region", u"6"), 15 },    { city(u"Singapore", u"North Region", u"6"), 10 },
             { city(u"Singapore", u"North-East Region", u"6"), 10 },
         })
        sg.cities.add(c, w);
    sg.legalForms = weightedStrings({ { u"Pte. Ltd.", 90 }, { u"Pte Ltd", 10 } });
    sg.tlds = weightedStrings({ { u".com.sg", 70 }, { u".sg", 20 }, { u".com", 10 } });

    country(de, CountryCode::DE, u"DE", u"EUR");
    for (const auto& [c, w] : std::initializer_list<std::pair<City, quint32>> {
             { city(u"Berlin", u"Berlin", u"30"), 12 },                      { city(u"Hamburg", u"Hamburg", u"40"), 9 },
             { city(u"München", u"Bayern", u"89"), 12 },                     { city(u"Köln", u"Nordrhein-Westfalen", u"221"), 8 },
             { city(u"Frankfurt am Main", u"Hessen", u"69"), 9 },            { city(u"Stuttgart", u"Baden-Württemberg", u"711"), 7 },
             { city(u"Düsseldorf", u"Nordrhein-Westfalen", u"211"), 7 },     { city(u"Dortmund", u"Nordrhein-Westfalen", u"231"), 4 },
             { city(u"Essen", u"Nordrhein-Westfalen", u"201"), 3 },          { city(u"Leipzig", u"Sachsen", u"341"), 4 },
             { city(u"Dresden", u"Sachsen", u"351"), 4 },                    { city(u"Hannover", u"Niedersachsen", u"511"), 4 },
             { city(u"Nürnberg", u"Bayern", u"911"), 4 },                    { city(u"Bremen", u"Bremen", u"421"), 3 },
             { city(u"Karlsruhe", u"Baden-Württemberg", u"721"), 3 },        { city(u"Mannheim", u"Baden-Württemberg", u"621"), 3 },
             { city(u"Münster", u"Nordrhein-Westfalen", u"251"), 2 },        { city(u"Augsburg", u"Bayern", u"821"), 2 },
             { city(u"Wiesbaden", u"Hessen", u"611"), 2 },                   { city(u"Bonn", u"Nordrhein-Westfalen", u"228"), 2 },
             { city(u"Kiel", u"Schleswig-Holstein", u"431"), 2 },            { city(u"Mainz", u"Rheinland-Pfalz", u"6131"), 2 },
             { city(u"Saarbrücken", u"Saarland", u"681"), 1 },               { city(u"Erfurt", u"Thüringen", u"361"), 1 },
             { city(u"Magdeburg", u"Sachsen-Anhalt", u"391"), 1 },           { city(u"Rostock", u"Mecklenburg-Vorpommern", u"381"), 1 },
             { city(u"Potsdam", u"Brandenburg", u"331"), 1 },                { city(u"Regensburg", u"Bayern", u"941"), 1 },
             { city(u"Freiburg im Breisgau", u"Baden-Württemberg", u"761"), 2 },
         })
        de.cities.add(c, w);
    de.legalForms = weightedStrings({ { u"GmbH", 65 }, { u"GmbH & Co. KG", 12 }, { u"AG", 8 }, { u"KG", 5 },
                                      { u"e.K.", 5 }, { u"UG (haftungsbeschränkt)", 5 } });
    de.tlds = weightedStrings({ { u".de", 90 }, { u".com", 10 } });

    country(at, CountryCode::AT, u"AT", u"EUR");
    for (const auto& [c, w] : std::initializer_list<std::pair<City, quint32>> {
             { city(u"Wien", u"Wien", u"1"), 45 },              { city(u"Graz", u"Steiermark", u"316"), 14 },
             { city(u"Linz", u"Oberösterreich", u"732"), 14 },  { city(u"Salzburg", u"Salzburg", u"662"), 10 },
             { city(u"Innsbruck", u"Tirol", u"512"), 9 },       { city(u"Klagenfurt am Wörthersee", u"Kärnten", u"463"), 5 },
             { city(u"St. Pölten", u"Niederösterreich", u"2742"), 3 },
         })
        at.cities.add(c, w);
    at.legalForms = weightedStrings({ { u"GmbH", 75 }, { u"AG", 10 }, { u"KG", 10 }, { u"OG", 5 } });
    at.tlds = weightedStrings({ { u".at", 85 }, { u".com", 10 }, { u".co.at", 5 } });

    country(chDe, CountryCode::CH, u"CH", u"CHF");
    for (const auto& [c, w] : std::initializer_list<std::pair<City, quint32>> {
             { city(u"Zürich", u"Zürich", u"44"), 35 },   { city(u"Winterthur", u"Zürich", u"52"), 6 },
             { city(u"Basel", u"Basel-Stadt", u"61"), 14 }, { city(u"Bern", u"Bern", u"31"), 14 },
             { city(u"Luzern", u"Luzern", u"41"), 9 },    { city(u"St. Gallen", u"St. Gallen", u"71"), 7 },
             { city(u"Zug", u"Zug", u"41"), 8 },          { city(u"Aarau", u"Aargau", u"62"), 4 },
             { city(u"Chur", u"Graubünden", u"81"), 3 },
         })
        chDe.cities.add(c, w);
    chDe.legalForms = weightedStrings({ { u"AG", 60 }, { u"GmbH", 40 } });
    chDe.tlds = weightedStrings({ { u".ch", 90 }, { u".com", 10 } });

    country(fr, CountryCode::FR, u"FR", u"EUR");
    for (const auto& [c, w] : std::initializer_list<std::pair<City, quint32>> {
             { city(u"Paris", u"Île-de-France", u"1"), 30 },                    { city(u"Boulogne-Billancourt", u"Île-de-France", u"1"), 4 },
             { city(u"Lyon", u"Auvergne-Rhône-Alpes", u"4"), 10 },              { city(u"Grenoble", u"Auvergne-Rhône-Alpes", u"4"), 3 },
             { city(u"Marseille", u"Provence-Alpes-Côte d'Azur", u"4"), 7 },    { city(u"Nice", u"Provence-Alpes-Côte d'Azur", u"4"), 4 },
             { city(u"Aix-en-Provence", u"Provence-Alpes-Côte d'Azur", u"4"), 3 }, { city(u"Toulouse", u"Occitanie", u"5"), 7 },
             { city(u"Montpellier", u"Occitanie", u"4"), 4 },                   { city(u"Bordeaux", u"Nouvelle-Aquitaine", u"5"), 6 },
             { city(u"Lille", u"Hauts-de-France", u"3"), 6 },                   { city(u"Strasbourg", u"Grand Est", u"3"), 4 },
             { city(u"Metz", u"Grand Est", u"3"), 2 },                          { city(u"Nantes", u"Pays de la Loire", u"2"), 6 },
             { city(u"Rennes", u"Bretagne", u"2"), 5 },                         { city(u"Rouen", u"Normandie", u"2"), 2 },
             { city(u"Dijon", u"Bourgogne-Franche-Comté", u"3"), 2 },           { city(u"Orléans", u"Centre-Val de Loire", u"2"), 2 },
             { city(u"Clermont-Ferrand", u"Auvergne-Rhône-Alpes", u"4"), 2 },
         })
        fr.cities.add(c, w);
    fr.legalForms = weightedStrings({ { u"SAS", 45 }, { u"SARL", 35 }, { u"SA", 10 }, { u"EURL", 5 }, { u"SASU", 5 } });
    fr.tlds = weightedStrings({ { u".fr", 85 }, { u".com", 15 } });

    country(be, CountryCode::BE, u"BE", u"EUR");
    for (const auto& [c, w] : std::initializer_list<std::pair<City, quint32>> {
             { city(u"Bruxelles", u"Bruxelles-Capitale", u"2"), 45 }, { city(u"Liège", u"Wallonie", u"4"), 18 },
             { city(u"Charleroi", u"Wallonie", u"71"), 12 },          { city(u"Namur", u"Wallonie", u"81"), 10 },
             { city(u"Mons", u"Wallonie", u"65"), 8 },                { city(u"Louvain-la-Neuve", u"Wallonie", u"10"), 7 },
         })
        be.cities.add(c, w);
    be.legalForms = weightedStrings({ { u"SRL", 55 }, { u"SA", 35 }, { u"SC", 10 } });
    be.tlds = weightedStrings({ { u".be", 90 }, { u".com", 10 } });

    country(ca, CountryCode::CA, u"CA", u"CAD");
    for (const auto& [c, w] : std::initializer_list<std::pair<City, quint32>> {
             { city(u"Montréal", u"Québec", u"514"), 50 }, { city(u"Québec", u"Québec", u"418"), 20 },
             { city(u"Laval", u"Québec", u"450"), 8 },     { city(u"Longueuil", u"Québec", u"450"), 4 },
             { city(u"Gatineau", u"Québec", u"819"), 8 },  { city(u"Sherbrooke", u"Québec", u"819"), 6 },
             { city(u"Trois-Rivières", u"Québec", u"819"), 4 },
         })
        ca.cities.add(c, w);
    ca.legalForms = weightedStrings({ { u"Inc.", 65 }, { u"ltée", 35 } });
    ca.tlds = weightedStrings({ { u".ca", 80 }, { u".com", 20 } });

    country(chFr, CountryCode::CH, u"CH", u"CHF");
    for (const auto& [c, w] : std::initializer_list<std::pair<City, quint32>> {
             { city(u"Genève", u"Genève", u"22"), 45 },       { city(u"Lausanne", u"Vaud", u"21"), 30 },
             { city(u"Neuchâtel", u"Neuchâtel", u"32"), 10 }, { city(u"Fribourg", u"Fribourg", u"26"), 8 },
             { city(u"Sion", u"Valais", u"27"), 7 },
         })
        chFr.cities.add(c, w);
    chFr.legalForms = weightedStrings({ { u"SA", 60 }, { u"Sàrl", 40 } });
    chFr.tlds = weightedStrings({ { u".ch", 90 }, { u".com", 10 } });
    frenchSwissRegions = strings({ u"Genève", u"Vaud", u"Neuchâtel", u"Fribourg", u"Valais", u"Jura" });

    // --- Per language --------------------------------------------------------------------------------------------
    vi.countries.add(&vn, 1);
    en.countries.add(&us, 45);
    en.countries.add(&gb, 25);
    en.countries.add(&au, 15);
    en.countries.add(&sg, 15);
    ge.countries.add(&de, 70);
    ge.countries.add(&at, 18);
    ge.countries.add(&chDe, 12);
    fre.countries.add(&fr, 65);
    fre.countries.add(&ca, 14);
    fre.countries.add(&be, 13);
    fre.countries.add(&chFr, 8);

    // The channel team: CAM user names, mostly looking after partners in their own language.
    vi.owners = strings({ u"lan.nguyen", u"minh.tran", u"huong.pham", u"duc.le", u"thao.vo", u"quang.hoang",
                          u"ngoc.dang", u"tuan.bui", u"linh.do" });
    en.owners = strings({ u"j.miller", u"s.brown", u"a.wilson", u"m.taylor", u"r.clark", u"e.walker", u"d.tan" });
    ge.owners = strings({ u"k.schmidt", u"m.weber", u"t.mueller", u"s.fischer", u"a.huber" });
    fre.owners = strings({ u"f.dubois", u"c.martin", u"j.lefevre", u"n.roy" });
    allOwners = vi.owners + en.owners + ge.owners + fre.owners;

    vi.mailboxes = strings({ u"info", u"lienhe", u"kinhdoanh", u"sales", u"contact" });
    en.mailboxes = strings({ u"info", u"sales", u"partners", u"hello", u"contact" });
    ge.mailboxes = strings({ u"info", u"kontakt", u"vertrieb", u"office" });
    fre.mailboxes = strings({ u"contact", u"info", u"commercial", u"accueil" });

    vi.suspendReasons = strings({ u"Chưa hoàn thành chứng chỉ kỹ thuật bắt buộc", u"Công nợ quá hạn hơn 90 ngày",
                                  u"Vi phạm chính sách giá, đang xem xét", u"Không đạt doanh số tối thiểu hai quý liên tiếp",
                                  u"Đang rà soát tuân thủ hợp đồng" });
    vi.terminateReasons = strings({ u"Đối tác chấm dứt hợp đồng", u"Công ty đã giải thể", u"Chuyển sang nhà cung cấp khác",
                                    u"Sáp nhập vào công ty khác", u"Không gia hạn hợp đồng" });
    en.suspendReasons = strings({ u"Invoices overdue by more than 90 days", u"Required certifications have lapsed",
                                  u"Pricing policy breach under review", u"Below minimum revenue for two quarters in a row",
                                  u"Compliance review pending" });
    en.terminateReasons = strings({ u"Partner ended the agreement", u"Company dissolved", u"Moved to a competing vendor",
                                    u"Acquired by another partner", u"Agreement not renewed" });
    ge.suspendReasons = strings({ u"Zahlungsrückstand über 90 Tage", u"Pflichtzertifizierungen abgelaufen",
                                  u"Verstoß gegen die Preisrichtlinie wird geprüft",
                                  u"Mindestumsatz zwei Quartale in Folge verfehlt", u"Compliance-Prüfung läuft" });
    ge.terminateReasons = strings({ u"Vertrag vom Partner gekündigt", u"Unternehmen aufgelöst", u"Wechsel zu einem Wettbewerber",
                                    u"Von einem anderen Partner übernommen", u"Vertrag nicht verlängert" });
    fre.suspendReasons = strings({ u"Factures impayées depuis plus de 90 jours", u"Certifications obligatoires expirées",
                                   u"Non-respect de la politique tarifaire, en cours d'examen",
                                   u"Chiffre d'affaires minimum non atteint deux trimestres de suite",
                                   u"Contrôle de conformité en cours" });
    fre.terminateReasons = strings({ u"Contrat résilié par le partenaire", u"Société dissoute", u"Passage chez un concurrent",
                                     u"Rachetée par un autre partenaire", u"Contrat non renouvelé" });

    vi.notes = strings({ u"Quan tâm đến gói bảo mật doanh nghiệp", u"Cần đào tạo kỹ thuật cho nhân viên mới",
                         u"Đề xuất nâng hạng vào quý tới", u"Liên hệ qua Zalo thuận tiện hơn email",
                         u"Có dự án lớn với khách hàng ngân hàng", u"Yêu cầu tài liệu bán hàng bằng tiếng Việt" });
    en.notes = strings({ u"Interested in the security bundle", u"Needs technical onboarding for new staff",
                         u"Candidate for a tier upgrade next quarter", u"Prefers calls over email",
                         u"Large pipeline in financial services", u"Asked for co-marketing funds" });
    ge.notes = strings({ u"Interesse am Security-Paket", u"Technische Schulung für neue Mitarbeiter nötig",
                         u"Kandidat für ein Tier-Upgrade im nächsten Quartal", u"Bevorzugt Telefon statt E-Mail",
                         u"Großes Projekt bei einer Sparkasse in Aussicht", u"Fragt nach Marketing-Zuschüssen" });
    fre.notes = strings({ u"Intéressé par l'offre sécurité", u"Formation technique nécessaire pour les nouveaux collaborateurs",
                          u"Candidat à un passage au niveau supérieur le trimestre prochain",
                          u"Préfère le téléphone aux e-mails", u"Gros projet en cours avec une banque régionale",
                          u"Demande des fonds de co-marketing" });

    vi.titles = {
        titles({ { u"Giám đốc", nullptr }, { u"Tổng Giám đốc", nullptr }, { u"Phó Giám đốc", nullptr },
                 { u"Giám đốc Điều hành", nullptr } }),
        titles({ { u"Giám đốc Kinh doanh", nullptr }, { u"Trưởng phòng Kinh doanh", nullptr },
                 { u"Chuyên viên Kinh doanh", nullptr }, { u"Quản lý Kênh Phân phối", nullptr } }),
        titles({ { u"Trưởng phòng Kỹ thuật", nullptr }, { u"Kỹ sư Hệ thống", nullptr }, { u"Kỹ sư Mạng", nullptr },
                 { u"Giám đốc Công nghệ", nullptr }, { u"Chuyên viên Hỗ trợ Kỹ thuật", nullptr } }),
        titles({ { u"Trưởng phòng Marketing", nullptr }, { u"Chuyên viên Marketing", nullptr },
                 { u"Chuyên viên Truyền thông", nullptr } }),
        titles({ { u"Kế toán trưởng", nullptr }, { u"Kế toán", nullptr }, { u"Chuyên viên Tài chính", nullptr } }),
    };
    en.titles = {
        titles({ { u"Managing Director", nullptr }, { u"CEO", nullptr }, { u"General Manager", nullptr },
                 { u"Founder & CEO", nullptr }, { u"Managing Partner", nullptr } }),
        titles({ { u"Sales Director", nullptr }, { u"Account Executive", nullptr }, { u"Head of Sales", nullptr },
                 { u"Channel Sales Manager", nullptr }, { u"Business Development Manager", nullptr } }),
        titles({ { u"Technical Director", nullptr }, { u"Solutions Architect", nullptr }, { u"Systems Engineer", nullptr },
                 { u"CTO", nullptr }, { u"Pre-Sales Engineer", nullptr } }),
        titles({ { u"Marketing Manager", nullptr }, { u"Head of Marketing", nullptr }, { u"Marketing Coordinator", nullptr } }),
        titles({ { u"Finance Manager", nullptr }, { u"Accounts Payable Specialist", nullptr }, { u"Controller", nullptr },
                 { u"Office Manager", nullptr } }),
    };
    ge.titles = {
        titles({ { u"Geschäftsführer", u"Geschäftsführerin" }, { u"Inhaber", u"Inhaberin" }, { u"Vorstand", u"Vorständin" },
                 { u"Prokurist", u"Prokuristin" } }),
        titles({ { u"Vertriebsleiter", u"Vertriebsleiterin" }, { u"Key Account Manager", nullptr },
                 { u"Vertriebsmitarbeiter", u"Vertriebsmitarbeiterin" }, { u"Leiter Partnervertrieb", u"Leiterin Partnervertrieb" } }),
        titles({ { u"Technischer Leiter", u"Technische Leiterin" }, { u"Systemadministrator", u"Systemadministratorin" },
                 { u"IT-Consultant", nullptr }, { u"Systemingenieur", u"Systemingenieurin" } }),
        titles({ { u"Marketingleiter", u"Marketingleiterin" }, { u"Marketing Manager", nullptr },
                 { u"Referent Marketing", u"Referentin Marketing" } }),
        titles({ { u"Buchhalter", u"Buchhalterin" }, { u"Leiter Finanzen", u"Leiterin Finanzen" },
                 { u"Kaufmännischer Leiter", u"Kaufmännische Leiterin" } }),
    };
    fre.titles = {
        titles({ { u"Directeur général", u"Directrice générale" }, { u"Gérant", u"Gérante" }, { u"Président", u"Présidente" } }),
        titles({ { u"Directeur commercial", u"Directrice commerciale" }, { u"Responsable commercial", u"Responsable commerciale" },
                 { u"Ingénieur commercial", u"Ingénieure commerciale" }, { u"Chargé d'affaires", u"Chargée d'affaires" } }),
        titles({ { u"Directeur technique", u"Directrice technique" }, { u"Ingénieur système", u"Ingénieure système" },
                 { u"Technicien réseau", u"Technicienne réseau" }, { u"Architecte solutions", nullptr } }),
        titles({ { u"Responsable marketing", nullptr }, { u"Chargé de communication", u"Chargée de communication" },
                 { u"Chef de produit", u"Cheffe de produit" } }),
        titles({ { u"Comptable", nullptr }, { u"Responsable administratif et financier", u"Responsable administrative et financière" },
                 { u"Directeur financier", u"Directrice financière" } }),
    };

    // --- Vietnamese company names: "Công ty TNHH Giải pháp Đông Á" ----------------------------------------------
    viSectors = words({ u"Công nghệ", u"Giải pháp", u"Tin học", u"Phần mềm", u"Viễn thông", u"Công nghệ Thông tin",
                        u"Giải pháp Công nghệ", u"Thương mại và Dịch vụ", u"Đầu tư và Phát triển Công nghệ",
                        u"Thiết bị Văn phòng", u"Hệ thống Thông tin", u"Truyền thông Số", u"Điện tử", u"Mạng và Bảo mật",
                        u"Dịch vụ Tin học", u"Giải pháp Số", u"Công nghệ Số", u"Chuyển đổi Số", u"Tích hợp Hệ thống",
                        u"Phân phối Thiết bị Công nghệ", u"Thương mại Điện tử", u"Dữ liệu", u"An ninh Mạng",
                        u"Điện toán Đám mây", u"Máy tính", u"Thiết bị Mạng", u"Tự động hóa", u"Kỹ thuật Số",
                        u"Phát triển Phần mềm", u"Tư vấn Công nghệ", u"Dịch vụ Công nghệ", u"Thương mại Công nghệ",
                        u"Kỹ thuật và Công nghệ", u"Điện tử Viễn thông", u"Tin học Văn phòng", u"Đầu tư Công nghệ",
                        u"Công nghệ và Truyền thông", u"Sản xuất và Thương mại", u"Xuất nhập khẩu Công nghệ", u"Hạ tầng Số",
                        u"Thiết bị Tin học", u"Giải pháp Mạng", u"Dịch vụ Số", u"Bảo mật Thông tin", u"Công nghệ Cao",
                        u"Thiết bị Điện tử", u"Giải pháp Doanh nghiệp", u"Dịch vụ Viễn thông", u"Phần mềm Doanh nghiệp",
                        u"Tin học Viễn thông", u"Thiết bị Số", u"Công nghệ Thông minh", u"Giải pháp Phần mềm",
                        u"Thương mại Tin học", u"Dịch vụ Mạng", u"Kỹ thuật Tin học", u"Công nghệ Mạng",
                        u"Đầu tư Thương mại", u"Truyền thông và Công nghệ", u"Giải pháp Dữ liệu" });
    viSyllableA = words({ u"Thiên", u"Đông", u"Minh", u"Hưng", u"Phú", u"An", u"Tân", u"Việt", u"Hoàng", u"Kim", u"Ngọc",
                          u"Bảo", u"Đại", u"Thành", u"Hải", u"Sơn", u"Trường", u"Quang", u"Nam", u"Bắc", u"Hòa", u"Phúc",
                          u"Thịnh", u"Long", u"Gia", u"Hồng", u"Thái", u"Vạn", u"Đức", u"Toàn", u"Tiến", u"Phát", u"Hà",
                          u"Mai", u"Sao", u"Ánh", u"Hùng", u"Khang", u"Nhật", u"Trí", u"Tâm", u"Vĩnh", u"Lạc", u"Hiệp",
                          u"Thuận", u"Phương", u"Hoa", u"Bình", u"Tín", u"Vinh", u"Cát", u"Lộc", u"Hạnh", u"Tài", u"Trung",
                          u"Quốc", u"Đăng", u"Huy", u"Khải", u"Nguyên", u"Xuân", u"Thanh", u"Kiến", u"Hữu", u"Thắng",
                          u"Đạt", u"Sáng", u"Ân", u"Khánh", u"Thiện", u"Mỹ", u"Tường", u"Phong", u"Lâm", u"Hiển", u"Tuệ",
                          u"Hoài", u"Kỳ", u"Lam", u"Liên", u"Mạnh", u"Nhân", u"Phụng", u"Quý", u"Sang", u"Song", u"Tú",
                          u"Uyên", u"Vân", u"Vũ", u"Yên", u"Chí", u"Công", u"Duy", u"Hằng", u"Khôi", u"Lợi", u"Ngân",
                          u"Thảo", u"Triều", u"Tùng" });
    viSyllableB = words({ u"Ân", u"Á", u"Phát", u"Long", u"Thịnh", u"Gia", u"Minh", u"Việt", u"Đạt", u"Hưng", u"Phú",
                          u"Khang", u"Tín", u"Lợi", u"Hà", u"Sơn", u"Thành", u"Tiến", u"Quang", u"Hải", u"Nam", u"Anh",
                          u"Bình", u"Cường", u"Dương", u"Phong", u"Vinh", u"Lộc", u"Tài", u"Mỹ", u"Hòa", u"Phúc", u"An",
                          u"Trí", u"Tâm", u"Nguyên", u"Khoa", u"Huy", u"Hoàng", u"Kim", u"Linh", u"Uy", u"Vũ", u"Đức",
                          u"Thuận", u"Thái", u"Hiếu", u"Nhân", u"Toàn", u"Trung", u"Sang", u"Thắng", u"Mai", u"Hồng",
                          u"Tú", u"Lâm", u"Bảo", u"Châu", u"Giang", u"Yên", u"Khôi", u"Nghĩa", u"Thông", u"Tường",
                          u"Vượng", u"Điền", u"Hạnh", u"Phương", u"Khải", u"Luân", u"Đông", u"Vân", u"Hằng", u"Khánh",
                          u"Lực", u"Mạnh", u"Ngọc", u"Quyền", u"Sinh", u"Tân", u"Thiên", u"Trường", u"Tuấn", u"Vạn",
                          u"Xuân", u"Hội", u"Hợp", u"Kiệt", u"Lạc", u"Liên", u"Quý" });
    viPlaces = words({ u"Sài Gòn", u"Hà Nội", u"Miền Trung", u"Đồng Nai", u"Bình Dương", u"Cửu Long", u"Thăng Long",
                       u"Đà Nẵng", u"Hải Phòng", u"Mê Kông", u"Tây Nguyên", u"Duyên Hải", u"Hồng Hà", u"Phương Nam",
                       u"Phương Bắc", u"Sông Hàn", u"Việt Nam", u"Toàn Cầu", u"Quốc tế", u"Châu Á", u"Miền Nam",
                       u"Miền Bắc", u"Đông Dương", u"Kinh Bắc" });
    viBrands = words({ u"Tech", u"Soft", u"Solutions", u"Group", u"Telecom", u"Digital", u"Systems", u"Software",
                       u"Network", u"Data", u"IT", u"Technology", u"Cloud", u"Media", u"Computer", u"JSC", u"Corp",
                       u"Smart", u"Net", u"Security", u"Infotech", u"Labs", u"Link", u"Solution", u"Tel", u"Com",
                       u"Global", u"Vision", u"Star", u"Pro" });
    viLegal = weightedStrings({ { u"Công ty TNHH", 45 }, { u"Công ty Cổ phần", 35 }, { u"Công ty TNHH MTV", 10 },
                                { u"Công ty TNHH Một thành viên", 5 }, { u"Công ty Cổ phần Tập đoàn", 5 } });
    viStreets = words({ u"Lê Lợi", u"Nguyễn Huệ", u"Trần Hưng Đạo", u"Hai Bà Trưng", u"Lý Thường Kiệt", u"Điện Biên Phủ",
                        u"Nguyễn Văn Linh", u"Võ Văn Kiệt", u"Phạm Văn Đồng", u"Cách Mạng Tháng Tám", u"Hoàng Quốc Việt",
                        u"Láng Hạ", u"Kim Mã", u"Nguyễn Trãi", u"Lê Duẩn", u"Bạch Đằng", u"Trần Phú", u"Hùng Vương",
                        u"Quang Trung", u"Lê Thánh Tôn", u"Nguyễn Thị Minh Khai", u"Pasteur", u"Nam Kỳ Khởi Nghĩa",
                        u"Tôn Đức Thắng", u"Duy Tân", u"Cầu Giấy", u"Xuân Thủy", u"Nguyễn Chí Thanh", u"Trường Chinh",
                        u"Lê Văn Sỹ", u"Nguyễn Đình Chiểu", u"Võ Thị Sáu", u"Phan Xích Long", u"Trần Quang Khải" });

    // --- English company names: "Northwind Systems Inc.", "Blue Harbor IT Ltd" ------------------------------------
    enFirst = words({ u"North", u"South", u"East", u"West", u"Blue", u"Silver", u"Red", u"Green", u"Iron", u"Golden",
                      u"Bright", u"Clear", u"Swift", u"True", u"High", u"Deep", u"Wild", u"Grand", u"Stone", u"Oak",
                      u"Cedar", u"Maple", u"Pine", u"Willow", u"Birch", u"Elm", u"Ash", u"Harbor", u"River", u"Lake",
                      u"Summit", u"Eagle", u"Falcon", u"Hawk", u"Fox", u"Wolf", u"Bear", u"Lion", u"Raven", u"Crystal",
                      u"Granite", u"Copper", u"Cobalt", u"Amber", u"Scarlet", u"Azure", u"Crimson", u"Emerald",
                      u"Sapphire", u"Pacific", u"Atlantic", u"Coastal", u"Prairie", u"Desert", u"Alpine", u"Polar",
                      u"Solar", u"Lunar", u"Star", u"Sky", u"Cloud", u"Storm", u"Thunder", u"Frost", u"Snow", u"Sun",
                      u"Moon", u"Rock", u"Bay", u"Kings", u"Queens", u"Liberty", u"Pioneer", u"Frontier", u"Heritage",
                      u"Keystone", u"Lighthouse", u"Beacon", u"Compass", u"Anchor", u"Black", u"White", u"Gray",
                      u"Crown", u"Bridge", u"Meridian", u"Horizon", u"Vertex", u"Orchard", u"Hudson", u"Sterling",
                      u"Windsor", u"Cambridge", u"Oxford", u"Rose", u"Ivy" });
    enSecond = words({ u"Wind", u"Harbor", u"Creek", u"Stone", u"Bridge", u"Field", u"Point", u"Ridge", u"Gate",
                       u"View", u"Wood", u"Lake", u"Peak", u"Brook", u"Water", u"Crest", u"Hill", u"Vale", u"Haven",
                       u"Port", u"Line", u"Side", u"Ford", u"Rock", u"Light", u"Star", u"Path", u"Way", u"Bay",
                       u"Shore", u"Grove", u"Park", u"Land", u"Mark", u"Spring", u"Falls", u"Valley", u"Forge",
                       u"Tower", u"Castle", u"Hollow", u"Meadow", u"River", u"Canyon", u"Summit", u"Island", u"Cove",
                       u"Bluff", u"Glen", u"Heath", u"Moor", u"Dale", u"Wick", u"Hurst", u"Fen", u"Marsh", u"Rise",
                       u"Cliff", u"Arch", u"Well", u"Mill", u"Gardens", u"Ledge", u"Trail", u"Quarry" });
    for (const Word& w : std::as_const(enSecond))
        enSecondLower.append(w.text.toLower());
    enDomains = words({ u"", u"Cloud", u"Data", u"Network", u"Security", u"Software", u"IT", u"Digital", u"Business",
                        u"Enterprise", u"Managed", u"Tech", u"Computer", u"Cyber", u"Infrastructure", u"Office",
                        u"Communications", u"Analytics", u"Information", u"Technology", u"Mobile", u"Web", u"Systems",
                        u"Voice", u"Print", u"Storage" });
    enKinds = words({ u"Solutions", u"Systems", u"Services", u"Consulting", u"Partners", u"Group", u"Labs", u"Works",
                      u"Integration", u"Technologies", u"Networks", u"Associates", u"Advisors", u"Direct", u"Logic",
                      u"Resources", u"Supply", u"Distribution", u"Innovations", u"Management" });
    enSurnames = words({ u"Miller", u"Harper", u"Carter", u"Hughes", u"Bennett", u"Foster", u"Parker", u"Collins",
                         u"Morgan", u"Reed", u"Turner", u"Brooks", u"Hayes", u"Porter", u"Sullivan", u"Walsh", u"Murphy",
                         u"Kelly", u"O'Brien", u"Fletcher", u"Griffin", u"Russell", u"Wallace", u"Spencer", u"Palmer",
                         u"Lawson", u"Marshall", u"Hunter", u"Holmes", u"Fisher", u"Mason", u"Webb", u"Stevens",
                         u"Ellis", u"Graham", u"Hamilton", u"Barker", u"Chapman", u"Dixon", u"Harrison", u"Gibson",
                         u"Ward", u"Cooper", u"Wright", u"Mitchell", u"Robinson", u"Clarke", u"Walker", u"Thompson",
                         u"Watson", u"Knight", u"Sutton", u"Fraser", u"Campbell", u"Stewart", u"Ross", u"Douglas",
                         u"Bishop", u"Chandler", u"Sinclair", u"Whitfield", u"Ashford", u"Langley", u"Prescott",
                         u"Thornton", u"Whitaker", u"Holloway", u"Kendall", u"Lockwood", u"Pemberton", u"Radcliffe",
                         u"Sheridan", u"Thatcher", u"Winslow", u"Abbott", u"Blake", u"Caldwell", u"Dalton", u"Emerson",
                         u"Fairbanks", u"Garrison", u"Hartley", u"Irving", u"Jennings", u"Keller", u"Lambert", u"Monroe",
                         u"Norris", u"Osborne", u"Preston", u"Quinn", u"Ramsey", u"Shelton", u"Tate", u"Underwood",
                         u"Vaughn", u"Whitman", u"Young", u"Tan", u"Lim", u"Chen", u"Patel", u"Nguyen", u"Singh",
                         u"Reyes", u"Ortiz", u"Kim", u"Cohen", u"Fitzgerald", u"McKenzie", u"Donovan", u"Gallagher" });
    enStreetNames = words({ u"Market", u"Main", u"Oak", u"Pine", u"Maple", u"Cedar", u"Elm", u"Washington", u"Lincoln",
                            u"Jefferson", u"Madison", u"Park", u"Lake", u"Hill", u"Sunset", u"Mission", u"Howard",
                            u"Franklin", u"Harrison", u"High", u"Church", u"Station", u"Victoria", u"King", u"Queen",
                            u"Mill", u"London", u"Bridge", u"Castle", u"Albert", u"York", u"Chapel", u"George",
                            u"Collins", u"Bourke", u"Pitt", u"Elizabeth", u"Adelaide", u"Wellington", u"Spring" });
    usStreetTypes = strings({ u"Street", u"Avenue", u"Boulevard", u"Drive", u"Road", u"Parkway", u"Way", u"Lane" });
    gbStreetTypes = strings({ u"Street", u"Road", u"Lane", u"Way", u"Place", u"Square", u"Gardens", u"Terrace" });
    sgStreets = words({ u"Anson Road", u"Cecil Street", u"Robinson Road", u"Orchard Road", u"Bukit Timah Road",
                        u"Tanjong Pagar Road", u"Alexandra Road", u"Jurong East Street 21", u"Changi Business Park Crescent",
                        u"Ubi Avenue 1", u"Kallang Avenue", u"Science Park Road", u"Raffles Place", u"Shenton Way",
                        u"Ang Mo Kio Avenue 5", u"Tampines Central 1", u"Woodlands Avenue 2", u"Serangoon Road" });

    // --- German company names: "Müller & Söhne IT GmbH", "Großhandel Weiß AG" ------------------------------------
    deSurnames = words({ u"Müller", u"Schmidt", u"Schneider", u"Fischer", u"Weber", u"Meyer", u"Wagner", u"Becker",
                         u"Schulz", u"Hoffmann", u"Schäfer", u"Koch", u"Bauer", u"Richter", u"Klein", u"Wolf",
                         u"Schröder", u"Neumann", u"Schwarz", u"Zimmermann", u"Braun", u"Krüger", u"Hofmann",
                         u"Hartmann", u"Lange", u"Schmitt", u"Werner", u"Krause", u"Meier", u"Lehmann", u"Köhler",
                         u"Huber", u"Gruber", u"Wimmer", u"Steiner", u"Moser", u"Weiß", u"Groß", u"Jäger", u"Vogel",
                         u"Fuchs", u"Böhm", u"Günther", u"Kühn", u"Brandt", u"Haas", u"Schuster", u"Graf", u"Dietrich",
                         u"Sommer", u"Winter", u"Berger", u"Frank", u"Albrecht", u"Ludwig", u"Kraus", u"Baumann",
                         u"Franke", u"Roth", u"Beck", u"Lorenz", u"Seidel", u"Heinrich", u"Engel", u"Pfeiffer",
                         u"Horn", u"Busch", u"Bergmann", u"Voigt", u"Sauer", u"Arnold", u"Wolff", u"Pohl", u"Ziegler",
                         u"Kuhn", u"Keller", u"Brenner", u"Thaler", u"Egger", u"Aigner", u"Hofer", u"Lechner",
                         u"Bachmann", u"Brunner", u"Gerber", u"Frei", u"Meister", u"Hübner", u"Dörr", u"Maurer",
                         u"Straub", u"Kessler", u"Lindner", u"Schubert", u"Vogt", u"Martens", u"Jansen", u"Petersen",
                         u"Hansen", u"Friedrich", u"Schreiber", u"Pfeifer", u"Ebert", u"Stein", u"Reuter", u"Wendt",
                         u"Thiele", u"Oswald", u"Eckert", u"Kaiser", u"Fröhlich", u"Büttner", u"Schütz", u"Götz" });
    deSectors = words({ u"Systemhaus", u"IT-Service", u"IT-Systeme", u"Datentechnik", u"Informationstechnik",
                        u"Netzwerktechnik", u"Software", u"EDV-Beratung", u"EDV-Service", u"Bürotechnik",
                        u"Kommunikationstechnik", u"IT-Lösungen", u"Digitalberatung", u"Computertechnik",
                        u"Sicherheitstechnik", u"Datensysteme", u"Cloud-Dienste", u"IT-Consulting", u"Informatik",
                        u"Telekommunikation", u"Netzwerke", u"Rechenzentrum", u"Datenverarbeitung", u"Elektronik",
                        u"Digitaltechnik", u"IT-Handel", u"Großhandel", u"Vertrieb", u"Medientechnik",
                        u"Softwareentwicklung", u"Systemintegration", u"Bürosysteme", u"IT-Sicherheit",
                        u"Automatisierung", u"Kassensysteme", u"Informationssysteme", u"IT-Dienstleistungen", u"IT",
                        u"Computer", u"Digital", u"Technologie", u"Netzwerkdienste", u"Druck- und Kopiertechnik",
                        u"Serverdienste", u"Datenschutz" });
    deServices = words({ u"Service", u"Beratung", u"Vertrieb", u"Schulung", u"Support", u"Consulting", u"Handel",
                         u"Planung", u"Wartung", u"Montage", u"Entwicklung" });
    deBrandHead = words({ u"Nord", u"Süd", u"Ost", u"West", u"Sonnen", u"Stern", u"Adler", u"Falken", u"Berg", u"Tal",
                          u"Wald", u"Blau", u"Grün", u"Rot", u"Silber", u"Gold", u"Eisen", u"Stein", u"Licht", u"Rhein",
                          u"Main", u"Elb", u"Alpen", u"Donau", u"Hansa", u"Brücken", u"Burg", u"Linden", u"Eichen",
                          u"Tannen", u"Feld", u"See", u"Fluss", u"Quell", u"Fels", u"Kristall", u"Blitz", u"Hoch", u"Neu",
                          u"Wolken", u"Himmel", u"Morgen", u"Abend", u"Fuchs", u"Bären", u"Löwen", u"Kranich",
                          u"Schwanen", u"Ahorn", u"Birken", u"Weiden", u"Rosen", u"Kiefern", u"Isar", u"Neckar", u"Weser" });
    deBrandTail = words({ u"licht", u"stern", u"berg", u"feld", u"burg", u"tal", u"wald", u"brücke", u"punkt",
                          u"werk", u"haus", u"blick", u"quelle", u"weg", u"hof", u"tor", u"bach", u"see", u"grund",
                          u"stein", u"kraft", u"bogen", u"turm", u"mark", u"horn", u"heim", u"garten", u"wiese",
                          u"schmiede", u"hafen", u"land", u"fels", u"warte", u"ufer", u"au", u"eck", u"pass", u"quell",
                          u"kamm", u"grat", u"forst", u"moor", u"wacht", u"born", u"sand", u"flug", u"stadt" });
    deRegions = words({ u"Rhein-Main", u"Rhein-Ruhr", u"Nordsee", u"Bodensee", u"Schwarzwald", u"Allgäu", u"Franken",
                        u"Sachsen", u"Westfalen", u"Hanse", u"Elbe", u"Donau", u"Alpen", u"Oberland", u"Mittelrhein",
                        u"Pfalz", u"Ostsee", u"Harz", u"Eifel", u"Saar", u"Tirol", u"Vorarlberg", u"Steiermark",
                        u"Salzkammergut", u"Rheintal", u"Ruhr", u"Niederrhein", u"Spreewald", u"Lausitz", u"Münsterland",
                        u"Oberpfalz", u"Breisgau", u"Emsland", u"Hunsrück", u"Vogtland" });
    deFamilyForms = words({ u"& Söhne", u"& Partner", u"& Co.", u"& Sohn", u"& Kollegen" });
    deStreetNames = strings({ u"Haupt", u"Bahnhof", u"Goethe", u"Schiller", u"Linden", u"Industrie", u"Garten", u"Kirch",
                              u"Berg", u"Wald", u"Markt", u"Friedrich", u"Kaiser", u"Mozart", u"Beethoven", u"Schul",
                              u"Post", u"Mühlen", u"Rosen", u"Ring", u"Gewerbe", u"Wilhelm", u"Luisen", u"Park",
                              u"Hafen", u"Wiesen", u"Kant", u"Bismarck", u"Feld", u"Sonnen" });
    deStreetTypes = strings({ u"straße", u"weg", u"allee", u"platz", u"ring", u"gasse" });

    // --- French company names: "Société Générale d'Intégration SARL", "Solutions Lefèvre SAS" ------------------
    frSurnames = words({ u"Martin", u"Bernard", u"Dubois", u"Thomas", u"Robert", u"Richard", u"Petit", u"Durand",
                         u"Leroy", u"Moreau", u"Simon", u"Laurent", u"Lefèvre", u"Michel", u"Garcia", u"David",
                         u"Bertrand", u"Roux", u"Vincent", u"Fournier", u"Morel", u"Girard", u"André", u"Lefebvre",
                         u"Mercier", u"Dupont", u"Lambert", u"Bonnet", u"François", u"Martinez", u"Legrand", u"Garnier",
                         u"Faure", u"Rousseau", u"Blanc", u"Guérin", u"Muller", u"Henry", u"Roussel", u"Nicolas",
                         u"Perrin", u"Morin", u"Mathieu", u"Clément", u"Gauthier", u"Dumont", u"Lopez", u"Fontaine",
                         u"Chevalier", u"Robin", u"Masson", u"Sanchez", u"Gérard", u"Nguyen", u"Boyer", u"Denis",
                         u"Lemaire", u"Duval", u"Joly", u"Gautier", u"Roger", u"Roche", u"Roy", u"Noël", u"Meyer",
                         u"Lucas", u"Meunier", u"Jean", u"Pérez", u"Marchand", u"Dufour", u"Blanchard", u"Marie",
                         u"Barbier", u"Brun", u"Dumas", u"Brunet", u"Schmitt", u"Leroux", u"Colin", u"Fernandez",
                         u"Pierre", u"Renard", u"Arnaud", u"Rolland", u"Caron", u"Aubert", u"Giraud", u"Leclerc",
                         u"Vidal", u"Bourgeois", u"Renaud", u"Lemoine", u"Picard", u"Gaillard", u"Philippe", u"Lacroix",
                         u"Dupuis", u"Olivier", u"Châtelain", u"Bérard", u"Tremblay", u"Gagnon", u"Côté", u"Bouchard",
                         u"Pelletier", u"Lévesque", u"Peeters", u"Janssens", u"Desjardins", u"Beaulieu", u"Delacroix" });
    frSectors = words({ u"Solutions", u"Informatique", u"Systèmes", u"Réseaux", u"Télécom", u"Logiciels", u"Conseil",
                        u"Services Informatiques", u"Intégration", u"Technologies", u"Numérique", u"Bureautique",
                        u"Infogérance", u"Sécurité Informatique", u"Données", u"Cloud", u"Ingénierie", u"Électronique",
                        u"Télécommunications", u"Équipements", u"Distribution", u"Maintenance Informatique",
                        u"Développement", u"Automatismes", u"Communication", u"Multimédia", u"Innovation", u"Digital",
                        u"Expertise", u"Formation", u"Hébergement", u"Cybersécurité", u"Micro-Informatique",
                        u"Informatique et Réseaux", u"Réseaux et Télécoms", u"Solutions Numériques",
                        u"Systèmes d'Information", u"Conseil Informatique", u"Services Numériques", u"Data",
                        u"Informatique de Gestion", u"Solutions Réseaux", u"Systèmes Informatiques", u"Télématique",
                        u"Infrastructures", u"Intégration Réseaux", u"Services Cloud", u"Sécurité", u"Câblage",
                        u"Téléphonie", u"Conseil en Systèmes", u"Ingénierie Informatique", u"Informatique Professionnelle",
                        u"Équipements Numériques", u"Réseaux d'Entreprise" });
    frPlaces = words({ u"de Provence", u"du Rhône", u"de l'Ouest", u"du Sud-Ouest", u"de Bretagne", u"d'Alsace",
                       u"de Normandie", u"du Nord", u"de l'Atlantique", u"des Alpes", u"de la Loire", u"du Lac",
                       u"de la Côte d'Azur", u"du Languedoc", u"de Bourgogne", u"d'Aquitaine", u"de Savoie", u"du Jura",
                       u"des Flandres", u"de Wallonie", u"du Québec", u"de l'Estrie", u"de la Mauricie", u"du Léman",
                       u"de Lorraine", u"de Picardie", u"du Limousin", u"d'Auvergne", u"de Gascogne", u"de Touraine",
                       u"du Berry", u"de l'Est", u"du Centre", u"de la Vallée", u"des Vosges", u"du Dauphiné" });
    frBrandHead = words({ u"Azur", u"Nord", u"Sud", u"Ouest", u"Alp", u"Atlant", u"Provence", u"Armor", u"Océa",
                          u"Soleil", u"Lumi", u"Horizon", u"Rivage", u"Vallée", u"Sommet", u"Cristal", u"Étoile",
                          u"Phare", u"Boréal", u"Austral", u"Mistral", u"Sirocco", u"Lavande", u"Olivier", u"Cèdre",
                          u"Chêne", u"Loire", u"Seine", u"Garonne", u"Rhône", u"Léman", u"Jura", u"Vosges", u"Ardenne",
                          u"Flandre", u"Mosel", u"Corsi", u"Gallia", u"Lutèce", u"Massilia", u"Véga", u"Orion", u"Sirius",
                          u"Altaïr", u"Aube", u"Zénith", u"Arc", u"Cap", u"Iroise", u"Pyrène" });
    frBrandTail = words({ u"tech", u"info", u"net", u"com", u"sys", u"data", u"soft", u"log", u"tel", u"média",
                          u"nova", u"ia", u"pro", u"link", u"web", u"lab", u"serv", u"connect", u"digit", u"cloud",
                          u"tic", u"vision", u"nexus", u"sphère", u"ligne", u"concept", u"logic", u"wave", u"ware", u"trust" });
    frSocietyNouns = words({ u"Société", u"Compagnie", u"Agence", u"Maison" });
    frSocietyAdjectives = words({ u"Générale", u"Nouvelle", u"Européenne", u"Parisienne", u"Lyonnaise", u"Atlantique",
                                  u"Continentale", u"Moderne", u"Alpine", u"Centrale", u"Nationale", u"Régionale",
                                  u"Française", u"Méditerranéenne", u"Internationale", u"Technique", u"Industrielle",
                                  u"Commerciale", u"Bretonne", u"Normande", u"Provençale", u"Lorraine", u"Savoyarde",
                                  u"Alsacienne", u"Picarde", u"Occitane", u"Rhodanienne", u"Ligérienne", u"Girondine",
                                  u"Auvergnate" });
    frSocietyObjects = words({ u"d'Intégration", u"d'Informatique", u"d'Équipement", u"de Réseaux", u"de Télécommunications",
                               u"de Systèmes", u"de Services", u"d'Ingénierie", u"de Logiciels", u"de Maintenance",
                               u"de Bureautique", u"d'Électronique", u"de Distribution", u"de Conseil", u"de Données",
                               u"de Sécurité", u"d'Informatique de Gestion", u"de Câblage", u"d'Automatisme", u"de Téléphonie",
                               u"d'Infogérance", u"de Télématique", u"d'Hébergement", u"de Cybersécurité",
                               u"d'Équipements Numériques", u"de Matériel Informatique" });
    frFamilyForms = words({ u"& Fils", u"et Associés", u"Frères", u"& Cie" });
    frStreetNames = strings({ u"de la République", u"Victor Hugo", u"du Général de Gaulle", u"Jean Jaurès", u"de la Paix",
                              u"Pasteur", u"Gambetta", u"Voltaire", u"du Faubourg Saint-Honoré", u"Lafayette", u"de Rivoli",
                              u"des Écoles", u"du Commerce", u"Émile Zola", u"de la Gare", u"Nationale", u"Saint-Jacques",
                              u"Sainte-Catherine", u"Notre-Dame", u"du Marché", u"des Lilas", u"de l'Industrie",
                              u"Louis Pasteur", u"du Moulin", u"de la Liberté", u"Saint-Laurent", u"des Tilleuls" });
    frStreetTypes = strings({ u"rue", u"avenue", u"boulevard", u"allée", u"place", u"quai", u"chemin" });

    // --- People ---------------------------------------------------------------------------------------------------
    viMaleMiddle = words({ u"Văn", u"Hữu", u"Đức", u"Quốc", u"Minh", u"Công", u"Thanh", u"Quang", u"Hoàng", u"Gia",
                           u"Tuấn", u"Xuân", u"Đình", u"Trọng" });
    viFemaleMiddle = words({ u"Thị", u"Ngọc", u"Thu", u"Thanh", u"Kim", u"Bích", u"Minh", u"Thùy", u"Mỹ", u"Hồng",
                             u"Phương", u"Khánh", u"Diệu", u"Hải" });
    viPeople.maleFirst = words({ u"Anh", u"Bình", u"Cường", u"Dũng", u"Hùng", u"Huy", u"Khoa", u"Long", u"Minh", u"Nam",
                                 u"Phong", u"Quân", u"Sơn", u"Tuấn", u"Thắng", u"Trung", u"Việt", u"Vinh", u"Đạt", u"Hải",
                                 u"Hiếu", u"Khánh", u"Lâm", u"Phúc", u"Tài", u"Thành", u"Tiến", u"Toàn", u"Hoàng",
                                 u"Kiên", u"Tùng", u"Duy", u"Bảo", u"Khôi", u"Nghĩa", u"Quang" });
    viPeople.femaleFirst = words({ u"Lan", u"Hương", u"Hoa", u"Mai", u"Linh", u"Ngọc", u"Trang", u"Thảo", u"Hằng", u"Hà",
                                   u"Nhung", u"Phương", u"Quỳnh", u"Thủy", u"Vy", u"Yến", u"Trâm", u"Giang", u"Hạnh",
                                   u"Loan", u"Nga", u"Oanh", u"Uyên", u"Chi", u"Dung", u"Hiền", u"Huyền", u"Diệp",
                                   u"Anh", u"My", u"Ngân", u"Tâm", u"Thư", u"Vân" });
    viPeople.last = weightedWords({ { u"Nguyễn", 380 }, { u"Trần", 110 }, { u"Lê", 95 }, { u"Phạm", 70 },
                                    { u"Hoàng", 40 },   { u"Huỳnh", 40 }, { u"Phan", 40 }, { u"Vũ", 35 },
                                    { u"Võ", 30 },      { u"Đặng", 20 },  { u"Bùi", 20 },  { u"Đỗ", 15 },
                                    { u"Hồ", 15 },      { u"Ngô", 15 },   { u"Dương", 10 }, { u"Lý", 10 },
                                    { u"Trương", 8 },   { u"Đinh", 8 },   { u"Lâm", 6 },   { u"Mai", 6 },
                                    { u"Tạ", 3 },       { u"Lương", 4 } });

    enPeople.maleFirst = words({ u"James", u"John", u"Robert", u"Michael", u"David", u"William", u"Richard", u"Joseph",
                                 u"Thomas", u"Daniel", u"Matthew", u"Andrew", u"Christopher", u"Oliver", u"Jack", u"Harry",
                                 u"Liam", u"Noah", u"Ethan", u"Samuel", u"Benjamin", u"Lucas", u"Nathan", u"Ryan",
                                 u"Patrick", u"Sean", u"Connor", u"Aidan", u"Mark", u"Paul", u"Steven", u"Kevin" });
    enPeople.femaleFirst = words({ u"Mary", u"Patricia", u"Jennifer", u"Linda", u"Elizabeth", u"Barbara", u"Susan",
                                   u"Jessica", u"Sarah", u"Karen", u"Emily", u"Olivia", u"Sophie", u"Charlotte", u"Amelia",
                                   u"Grace", u"Chloe", u"Emma", u"Hannah", u"Rachel", u"Laura", u"Megan", u"Lucy",
                                   u"Isabella", u"Ava", u"Zoe", u"Claire", u"Rebecca", u"Natalie", u"Victoria" });
    enPeople.last = weightedWords({ { u"Smith", 20 }, { u"Johnson", 14 }, { u"Williams", 13 }, { u"Brown", 12 },
                                    { u"Jones", 12 }, { u"Miller", 9 }, { u"Davis", 9 }, { u"Wilson", 8 }, { u"Taylor", 8 },
                                    { u"Clark", 6 }, { u"Hall", 6 }, { u"Walker", 6 }, { u"Wright", 6 }, { u"Young", 5 },
                                    { u"King", 5 }, { u"Harris", 6 }, { u"Lewis", 6 }, { u"Robinson", 6 }, { u"Evans", 5 },
                                    { u"Thompson", 6 }, { u"Carter", 4 }, { u"Mitchell", 4 }, { u"Hughes", 4 },
                                    { u"Cooper", 4 }, { u"O'Brien", 3 }, { u"Murphy", 4 }, { u"Kelly", 4 }, { u"Anderson", 6 },
                                    { u"Martinez", 5 }, { u"Garcia", 5 }, { u"Nguyen", 3 }, { u"Patel", 3 }, { u"Campbell", 4 },
                                    { u"Stewart", 3 }, { u"Morris", 3 }, { u"Bell", 3 }, { u"Ward", 3 }, { u"Price", 3 } });
    sgPeople.maleFirst = words({ u"Wei Ming", u"Jun Jie", u"Zhi Hao", u"Kai Wen", u"Arjun", u"Rajesh", u"Muhammad Faiz",
                                 u"Hafiz", u"Daniel", u"Ryan", u"Marcus", u"Benjamin", u"Jonathan", u"Kelvin" });
    sgPeople.femaleFirst = words({ u"Wei Ling", u"Siew Mei", u"Hui Min", u"Xin Yi", u"Priya", u"Kavitha", u"Nur Aisyah",
                                   u"Siti Nurhaliza", u"Rachel", u"Michelle", u"Jasmine", u"Cheryl", u"Felicia", u"Grace" });
    sgPeople.last = weightedWords({ { u"Tan", 20 }, { u"Lim", 14 }, { u"Lee", 12 }, { u"Ng", 9 }, { u"Ong", 6 },
                                    { u"Wong", 7 }, { u"Goh", 6 }, { u"Chua", 5 }, { u"Chan", 6 }, { u"Koh", 5 },
                                    { u"Teo", 5 }, { u"Ang", 4 }, { u"Yeo", 4 }, { u"Tay", 4 }, { u"Ho", 4 }, { u"Low", 3 },
                                    { u"Toh", 3 }, { u"Sim", 3 }, { u"Kumar", 4 }, { u"Singh", 4 }, { u"Rahman", 3 } });

    dePeople.maleFirst = words({ u"Thomas", u"Andreas", u"Michael", u"Stefan", u"Markus", u"Jörg", u"Jürgen", u"Uwe",
                                 u"Matthias", u"Sebastian", u"Lukas", u"Jonas", u"Felix", u"Tobias", u"Florian", u"Björn",
                                 u"Sören", u"Günther", u"Klaus", u"Wolfgang", u"Christian", u"Alexander", u"Maximilian",
                                 u"Philipp", u"Dominik", u"Lars", u"Timo", u"Kai", u"Bernd", u"Ralf" });
    dePeople.femaleFirst = words({ u"Sabine", u"Claudia", u"Petra", u"Andrea", u"Katrin", u"Julia", u"Anna", u"Lena",
                                   u"Sophie", u"Marie", u"Franziska", u"Birgit", u"Ute", u"Jana", u"Miriam", u"Dörte",
                                   u"Monika", u"Susanne", u"Stefanie", u"Nicole", u"Katharina", u"Laura", u"Hannah",
                                   u"Lea", u"Johanna", u"Christine", u"Anja", u"Heike", u"Silke", u"Bärbel" });
    {
        quint32 weight = 60; // the most common surnames first, falling frequency
        for (const Word& w : std::as_const(deSurnames)) {
            dePeople.last.add(w, weight);
            if (weight > 6)
                weight -= 1;
        }
    }

    frPeople.maleFirst = words({ u"Jean", u"Pierre", u"Nicolas", u"Philippe", u"Julien", u"François", u"Stéphane",
                                 u"Sébastien", u"Jérôme", u"Théo", u"Lucas", u"Hugo", u"Mathieu", u"Benoît", u"Jean-Pierre",
                                 u"Jean-François", u"Olivier", u"Laurent", u"Thierry", u"Frédéric", u"Antoine", u"Guillaume",
                                 u"Maxime", u"Alexandre", u"Étienne", u"Rémi", u"Cédric", u"Yannick" });
    frPeople.femaleFirst = words({ u"Marie", u"Sophie", u"Isabelle", u"Nathalie", u"Camille", u"Léa", u"Chloé", u"Hélène",
                                   u"Émilie", u"Céline", u"Aurélie", u"Manon", u"Inès", u"Élodie", u"Anaïs", u"Gaëlle",
                                   u"Anne-Sophie", u"Marie-Claude", u"Valérie", u"Sandrine", u"Caroline", u"Julie",
                                   u"Claire", u"Amélie", u"Mélanie", u"Océane", u"Léonie", u"Margaux" });
    {
        quint32 weight = 40;
        for (const Word& w : std::as_const(frSurnames)) {
            frPeople.last.add(w, weight);
            if (weight > 5)
                weight -= 1;
        }
    }
    caPeople.maleFirst = frPeople.maleFirst;
    caPeople.femaleFirst = frPeople.femaleFirst;
    caPeople.last = weightedWords({ { u"Tremblay", 20 }, { u"Gagnon", 15 }, { u"Roy", 12 }, { u"Côté", 10 },
                                    { u"Bouchard", 10 }, { u"Gauthier", 8 }, { u"Morin", 8 }, { u"Lavoie", 8 },
                                    { u"Fortin", 7 }, { u"Gagné", 7 }, { u"Ouellet", 6 }, { u"Pelletier", 6 },
                                    { u"Bélanger", 6 }, { u"Lévesque", 6 }, { u"Bergeron", 5 }, { u"Leblanc", 5 },
                                    { u"Paquette", 4 }, { u"Girard", 4 }, { u"Simard", 4 }, { u"Boucher", 4 } });
    bePeople.maleFirst = frPeople.maleFirst;
    bePeople.femaleFirst = frPeople.femaleFirst;
    bePeople.last = weightedWords({ { u"Peeters", 12 }, { u"Janssens", 11 }, { u"Maes", 10 }, { u"Jacobs", 8 },
                                    { u"Mertens", 8 }, { u"Willems", 8 }, { u"Claes", 7 }, { u"Dubois", 9 },
                                    { u"Lambert", 8 }, { u"Dupont", 8 }, { u"Martin", 7 }, { u"Leclercq", 6 },
                                    { u"Renard", 5 }, { u"Dumont", 6 }, { u"Lemaire", 5 }, { u"Goossens", 5 },
                                    { u"Wouters", 5 }, { u"Simon", 5 }, { u"Laurent", 5 }, { u"Hermans", 4 } });
}

const Data& data()
{
    static const Data instance;
    return instance;
}

const LanguageData& languageData(const Data& d, Language language)
{
    switch (language) {
    case Language::Vietnamese: return d.vi;
    case Language::English: return d.en;
    case Language::German: return d.ge;
    case Language::French: return d.fre;
    }
    return d.en;
}

Language pickLanguage(Rng& r)
{
    switch (weighted(r, { 35, 30, 18, 17 })) {
    case 0: return Language::Vietnamese;
    case 1: return Language::English;
    case 2: return Language::German;
    default: return Language::French;
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Company names. Each pattern multiplies several independent word lists, so a million partners have few exact
// duplicates without numbering them; the weights keep the common, most realistic forms most frequent.

struct CompanyName
{
    QString name;  ///< trading name
    QString legal; ///< full legal form
    QString slug;  ///< domain label
};

Word vietnameseDistinctive(Rng& r, const Data& d, bool threeSyllables)
{
    // Two syllables is the norm ("Đông Á", "Thiên Ân"); three ("Hoàng Long Phát") is common enough too.
    const Word& a = pick(r, d.viSyllableA);
    const Word& b = pickOther(r, d.viSyllableB, a);
    if (!threeSyllables && r.percent(55))
        return Word { a.text + QLatin1Char(' ') + b.text, a.slug + QLatin1Char('-') + b.slug };
    const Word& c = pickOther(r, d.viSyllableB, b);
    return Word { a.text + QLatin1Char(' ') + b.text + QLatin1Char(' ') + c.text,
                  a.slug + QLatin1Char('-') + b.slug + QLatin1Char('-') + c.slug };
}

CompanyName vietnameseName(Rng& r, const Data& d)
{
    const QString& legalForm = d.viLegal.pick(r);
    const Word& sector = pick(r, d.viSectors);
    const int pattern = weighted(r, { 65, 25, 10 });
    // Known by the distinctive part alone, a company needs a longer one to stand out.
    Word distinctive = vietnameseDistinctive(r, d, pattern == 2);
    if (r.percent(25)) {
        const Word& place = pick(r, d.viPlaces);
        distinctive = Word { distinctive.text + QLatin1Char(' ') + place.text,
                             distinctive.slug + QLatin1Char('-') + place.slug };
    }
    const QString legalCore = sector.text + QLatin1Char(' ') + distinctive.text;
    switch (pattern) {
    case 0: // "Giải pháp Đông Á", legally "Công ty TNHH Giải pháp Đông Á"
        return { legalCore, legalForm + QLatin1Char(' ') + legalCore, sector.slug + QLatin1Char('-') + distinctive.slug };
    case 1: { // an English brand on a Vietnamese company: "Thiên Ân Tech"
        const Word& brand = pick(r, d.viBrands);
        return { distinctive.text + QLatin1Char(' ') + brand.text, legalForm + QLatin1Char(' ') + legalCore,
                 distinctive.slug + QLatin1Char('-') + brand.slug };
    }
    default: // known by the distinctive part alone: "Hoàng Long Phát"
        return { distinctive.text, legalForm + QLatin1Char(' ') + legalCore, distinctive.slug };
    }
}

CompanyName englishName(Rng& r, const Data& d, const Country& country)
{
    CompanyName out;
    const Word& domain = pick(r, d.enDomains);
    const Word* kind = &pick(r, d.enKinds);
    // "Network Networks", "Technology Technologies": use a different kind.
    if (!domain.slug.isEmpty() && kind->slug.startsWith(domain.slug.left(5)))
        kind = &d.enKinds.at(0);
    const QString sectorText = domain.text.isEmpty() ? kind->text : domain.text + QLatin1Char(' ') + kind->text;
    const QString sectorSlug = domain.slug.isEmpty() ? kind->slug : domain.slug + QLatin1Char('-') + kind->slug;

    switch (weighted(r, { 62, 8, 30 })) {
    case 0: { // "Northwind Systems", "Blue Harbor Cloud Solutions"
        const Word& first = pick(r, d.enFirst);
        qsizetype secondIndex = r.below(static_cast<quint32>(d.enSecond.size()));
        if (d.enSecond.at(secondIndex).slug == first.slug) // no "Stone Stone"
            secondIndex = (secondIndex + 1) % d.enSecond.size();
        const Word& second = d.enSecond.at(secondIndex);
        const bool compound = r.percent(50);
        if (compound) {
            out.name = first.text + d.enSecondLower.at(secondIndex) + QLatin1Char(' ') + sectorText;
            out.slug = first.slug + second.slug + QLatin1Char('-') + sectorSlug;
        } else {
            out.name = first.text + QLatin1Char(' ') + second.text + QLatin1Char(' ') + sectorText;
            out.slug = first.slug + QLatin1Char('-') + second.slug + QLatin1Char('-') + sectorSlug;
        }
        break;
    }
    case 1: { // "Harper Networks"
        const Word& surname = pick(r, d.enSurnames);
        out.name = surname.text + QLatin1Char(' ') + sectorText;
        out.slug = surname.slug + QLatin1Char('-') + sectorSlug;
        break;
    }
    default: { // "Carter & Hughes Consulting"
        const Word& a = pick(r, d.enSurnames);
        const Word* b = &pickOther(r, d.enSurnames, a);
        out.name = a.text + QStringLiteral(" & ") + b->text + QLatin1Char(' ') + sectorText;
        out.slug = a.slug + QLatin1Char('-') + b->slug + QLatin1Char('-') + sectorSlug;
        break;
    }
    }
    out.legal = out.name + QLatin1Char(' ') + country.legalForms.pick(r);
    return out;
}

CompanyName germanName(Rng& r, const Data& d, const Country& country)
{
    CompanyName out;
    const Word& sector = pick(r, d.deSectors);
    // Often a second line of business: "Nordlicht Netzwerke & Service".
    QString sectorText = sector.text;
    QString sectorSlug = sector.slug;
    if (r.percent(45)) {
        const Word& service = pick(r, d.deServices);
        if (!sector.slug.contains(service.slug)) {
            sectorText = sector.text + QStringLiteral(" & ") + service.text;
            sectorSlug = sector.slug + QLatin1Char('-') + service.slug;
        }
    }
    switch (weighted(r, { 40, 28, 12, 3, 7, 10 })) {
    case 0: { // "Nordlicht Systemhaus", sometimes with a region: "Sonnenfeld IT-Service Bodensee"
        const Word& head = pick(r, d.deBrandHead);
        const Word& tail = pickOther(r, d.deBrandTail, head); // no "Bergberg"
        out.name = head.text + tail.text + QLatin1Char(' ') + sectorText;
        out.slug = head.slug + tail.slug + QLatin1Char('-') + sectorSlug;
        if (r.percent(35)) {
            const Word& region = pick(r, d.deRegions);
            out.name += QLatin1Char(' ') + region.text;
            out.slug += QLatin1Char('-') + region.slug;
        }
        break;
    }
    case 1: { // "Becker & Krause Datentechnik"
        const Word& a = pick(r, d.deSurnames);
        const Word* b = &pickOther(r, d.deSurnames, a);
        out.name = a.text + QStringLiteral(" & ") + b->text + QLatin1Char(' ') + sectorText;
        out.slug = a.slug + QLatin1Char('-') + b->slug + QLatin1Char('-') + sectorSlug;
        break;
    }
    case 2: { // "Weber Datentechnik", "Weber Datentechnik Rhein-Main"
        const Word& surname = pick(r, d.deSurnames);
        out.name = surname.text + QLatin1Char(' ') + sectorText;
        out.slug = surname.slug + QLatin1Char('-') + sectorSlug;
        if (r.percent(65)) {
            const Word& region = pick(r, d.deRegions);
            out.name += QLatin1Char(' ') + region.text;
            out.slug += QLatin1Char('-') + region.slug;
        }
        break;
    }
    case 3: { // "Müller & Söhne IT"
        const Word& surname = pick(r, d.deSurnames);
        const Word& family = pick(r, d.deFamilyForms);
        out.name = surname.text + QLatin1Char(' ') + family.text + QLatin1Char(' ') + sectorText;
        out.slug = surname.slug + QLatin1Char('-') + family.slug + QLatin1Char('-') + sectorSlug;
        break;
    }
    case 4: { // "Großhandel Weiß", "Datentechnik Krause Nordsee"
        const Word& surname = pick(r, d.deSurnames);
        out.name = sector.text + QLatin1Char(' ') + surname.text;
        out.slug = sector.slug + QLatin1Char('-') + surname.slug;
        if (r.percent(75)) {
            const Word& region = pick(r, d.deRegions);
            out.name += QLatin1Char(' ') + region.text;
            out.slug += QLatin1Char('-') + region.slug;
        }
        break;
    }
    default: { // "Rhein-Main Netzwerke & Service", "Allgäu Sonnenberg IT"
        const Word& region = pick(r, d.deRegions);
        const Word& head = pick(r, d.deBrandHead);
        const Word& tail = pickOther(r, d.deBrandTail, head);
        if (r.percent(25)) {
            out.name = region.text + QLatin1Char(' ') + sectorText;
            out.slug = region.slug + QLatin1Char('-') + sectorSlug;
        } else {
            out.name = region.text + QLatin1Char(' ') + head.text + tail.text + QLatin1Char(' ') + sectorText;
            out.slug = region.slug + QLatin1Char('-') + head.slug + tail.slug + QLatin1Char('-') + sectorSlug;
        }
        break;
    }
    }
    out.legal = out.name + QLatin1Char(' ') + country.legalForms.pick(r);
    return out;
}

CompanyName frenchName(Rng& r, const Data& d, const Country& country)
{
    CompanyName out;
    const Word& sector = pick(r, d.frSectors);
    const auto addPlace = [&] {
        const Word& place = pick(r, d.frPlaces);
        out.name += QLatin1Char(' ') + place.text;
        out.slug += QLatin1Char('-') + place.slug;
    };
    switch (weighted(r, { 15, 34, 25, 8, 8, 10 })) {
    case 0: { // "Solutions Lefèvre & Fils", "Réseaux Moreau de Bretagne"
        const Word& surname = pick(r, d.frSurnames);
        out.name = sector.text + QLatin1Char(' ') + surname.text;
        out.slug = sector.slug + QLatin1Char('-') + surname.slug;
        const bool family = r.percent(35);
        if (family) {
            const Word& form = pick(r, d.frFamilyForms);
            out.name += QLatin1Char(' ') + form.text;
            out.slug += QLatin1Char('-') + form.slug;
        }
        if (!family || r.percent(40))
            addPlace();
        break;
    }
    case 1: { // "Moreau-Girard Informatique", "Roux & Vidal Conseil"
        const Word& a = pick(r, d.frSurnames);
        const Word* b = &pickOther(r, d.frSurnames, a);
        const bool hyphen = r.percent(60);
        out.name = a.text + (hyphen ? QStringLiteral("-") : QStringLiteral(" & ")) + b->text + QLatin1Char(' ') + sector.text;
        out.slug = a.slug + QLatin1Char('-') + b->slug + QLatin1Char('-') + sector.slug;
        break;
    }
    case 2: { // "Azurtech Solutions", "Boréalnet Réseaux du Léman"
        const Word& head = pick(r, d.frBrandHead);
        const Word& tail = pick(r, d.frBrandTail);
        out.name = head.text + tail.text + QLatin1Char(' ') + sector.text;
        out.slug = head.slug + tail.slug + QLatin1Char('-') + sector.slug;
        if (r.percent(65))
            addPlace();
        break;
    }
    case 3: { // "Informatique Azur de Provence"
        const Word& head = pick(r, d.frBrandHead);
        out.name = sector.text + QLatin1Char(' ') + head.text;
        out.slug = sector.slug + QLatin1Char('-') + head.slug;
        addPlace();
        break;
    }
    case 4: { // "Société Générale d'Intégration", "Compagnie Nouvelle de Réseaux du Rhône"
        const Word& noun = pick(r, d.frSocietyNouns);
        const Word& adjective = pick(r, d.frSocietyAdjectives);
        const Word& object = pick(r, d.frSocietyObjects);
        out.name = noun.text + QLatin1Char(' ') + adjective.text + QLatin1Char(' ') + object.text;
        out.slug = noun.slug + QLatin1Char('-') + adjective.slug + QLatin1Char('-') + object.slug;
        if (r.percent(85))
            addPlace();
        break;
    }
    default: { // "Groupe Lefèvre-Garnier Informatique"
        const Word& surname = pick(r, d.frSurnames);
        out.name = QStringLiteral("Groupe ") + surname.text;
        out.slug = QStringLiteral("groupe-") + surname.slug;
        if (r.percent(85)) {
            const Word& other = pickOther(r, d.frSurnames, surname);
            out.name += QLatin1Char('-') + other.text;
            out.slug += QLatin1Char('-') + other.slug;
        }
        out.name += QLatin1Char(' ') + sector.text;
        out.slug += QLatin1Char('-') + sector.slug;
        break;
    }
    }
    out.legal = out.name + QLatin1Char(' ') + country.legalForms.pick(r);
    return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Phones and addresses, in each country's own conventions. Numbers in the US, UK and Australia come from the ranges
// reserved for fiction (555-01xx, Ofcom's drama numbers, ACMA's), so a demo never shows someone's real number.

QString landline(Rng& r, const Country& country, const City& c)
{
    QString out;
    out.reserve(24);
    const bool international = r.percent(45);
    switch (country.code) {
    case CountryCode::VN:
        appendAreaCode(out, international, u"+84 ", c.area);
        if (c.area.size() == 2)
            appendGroups(out, r, { 4, 4 }, 3);
        else
            appendGroups(out, r, { 3, 4 }, 3);
        break;
    case CountryCode::US:
    case CountryCode::CA: {
        const int style = weighted(r, { 45, 40, 15 });
        if (style == 0)
            out += QLatin1Char('(') + c.area + QStringLiteral(") 555-01");
        else if (style == 1)
            out += QStringLiteral("+1 ") + c.area + QStringLiteral("-555-01");
        else
            out += c.area + QStringLiteral("-555-01");
        appendDigits(out, r, 2);
        break;
    }
    case CountryCode::GB:
        appendAreaCode(out, international, u"+44 ", c.area);
        if (c.area == QLatin1String("20"))
            out += QStringLiteral("7946 0");
        else if (c.area == QLatin1String("29"))
            out += QStringLiteral("2018 0");
        else
            out += QStringLiteral("496 0");
        appendDigits(out, r, 3);
        break;
    case CountryCode::AU:
        if (international)
            out += QStringLiteral("+61 ") + c.area + QLatin1Char(' ');
        else
            out += QStringLiteral("(0") + c.area + QStringLiteral(") ");
        out += r.percent(50) ? QStringLiteral("5550 ") : QStringLiteral("7010 ");
        appendDigits(out, r, 4);
        break;
    case CountryCode::SG:
        if (international)
            out += QStringLiteral("+65 ");
        out += QLatin1Char('6');
        appendDigits(out, r, 3);
        out += QLatin1Char(' ');
        appendDigits(out, r, 4);
        break;
    case CountryCode::DE: {
        // National numbers are about ten digits: a longer area code leaves fewer for the subscriber.
        const int subscriber = c.area.size() <= 2 ? 8 : (c.area.size() == 3 ? 7 : 6);
        appendAreaCode(out, international, u"+49 ", c.area);
        if (!international && r.percent(25)) { // DIN 5008 with a direct-dial extension: "0221 12345-67"
            appendDigits(out, r, subscriber - 2, 2);
            out += QLatin1Char('-');
            appendDigits(out, r, 2);
        } else {
            appendDigits(out, r, subscriber, 2);
        }
        break;
    }
    case CountryCode::AT:
        appendAreaCode(out, international, u"+43 ", c.area);
        appendDigits(out, r, c.area.size() == 1 ? 7 : 6, 2);
        break;
    case CountryCode::CH:
        appendAreaCode(out, international, u"+41 ", c.area);
        appendGroups(out, r, { 3, 2, 2 }, 2);
        break;
    case CountryCode::FR:
        appendAreaCode(out, international, u"+33 ", c.area);
        appendGroups(out, r, { 2, 2, 2, 2 }, 1);
        break;
    case CountryCode::BE:
        appendAreaCode(out, international, u"+32 ", c.area);
        if (c.area.size() == 1)
            appendGroups(out, r, { 3, 2, 2 }, 2);
        else
            appendGroups(out, r, { 2, 2, 2 }, 2);
        break;
    }
    return out;
}

QString mobile(Rng& r, const Country& country, const City& c)
{
    QString out;
    out.reserve(24);
    const bool international = r.percent(40);
    switch (country.code) {
    case CountryCode::VN: {
        static const QStringList prefixes = strings({ u"90", u"91", u"93", u"94", u"96", u"97", u"98", u"32", u"33",
                                                      u"34", u"35", u"36", u"37", u"38", u"39", u"70", u"76", u"77",
                                                      u"78", u"79", u"81", u"82", u"83", u"84", u"85", u"86", u"88", u"89" });
        out += international ? QStringLiteral("+84 ") : QStringLiteral("0");
        out += pick(r, prefixes);
        appendDigits(out, r, 1);
        out += QLatin1Char(' ');
        appendGroups(out, r, { 3, 3 });
        break;
    }
    case CountryCode::US:
    case CountryCode::CA:
        return landline(r, country, c);
    case CountryCode::GB:
        out += international ? QStringLiteral("+44 7700 900") : QStringLiteral("07700 900");
        appendDigits(out, r, 3);
        break;
    case CountryCode::AU:
        out += international ? QStringLiteral("+61 491 57") : QStringLiteral("0491 57");
        appendDigits(out, r, 1);
        out += QLatin1Char(' ');
        appendDigits(out, r, 3);
        break;
    case CountryCode::SG:
        if (international)
            out += QStringLiteral("+65 ");
        out += r.percent(60) ? QLatin1Char('9') : QLatin1Char('8');
        appendDigits(out, r, 3);
        out += QLatin1Char(' ');
        appendDigits(out, r, 4);
        break;
    case CountryCode::DE: {
        static const QStringList prefixes = strings({ u"151", u"152", u"157", u"159", u"160", u"162", u"163", u"170",
                                                      u"171", u"172", u"173", u"174", u"175", u"176", u"177", u"178", u"179" });
        out += international ? QStringLiteral("+49 ") : QStringLiteral("0");
        out += pick(r, prefixes) + QLatin1Char(' ');
        appendDigits(out, r, 8, 1);
        break;
    }
    case CountryCode::AT: {
        static const QStringList prefixes = strings({ u"650", u"660", u"664", u"676", u"680", u"681", u"688", u"699" });
        out += international ? QStringLiteral("+43 ") : QStringLiteral("0");
        out += pick(r, prefixes) + QLatin1Char(' ');
        appendDigits(out, r, 7, 1);
        break;
    }
    case CountryCode::CH:
        out += international ? QStringLiteral("+41 7") : QStringLiteral("07");
        appendNumber(out, 5 + r.below(5));
        out += QLatin1Char(' ');
        appendGroups(out, r, { 3, 2, 2 }, 1);
        break;
    case CountryCode::FR:
        out += international ? QStringLiteral("+33 ") : QStringLiteral("0");
        out += r.percent(70) ? QLatin1Char('6') : QLatin1Char('7');
        out += QLatin1Char(' ');
        appendGroups(out, r, { 2, 2, 2, 2 });
        break;
    case CountryCode::BE:
        out += international ? QStringLiteral("+32 4") : QStringLiteral("04");
        appendNumber(out, 70 + r.below(30));
        out += QLatin1Char(' ');
        appendGroups(out, r, { 2, 2, 2 });
        break;
    }
    return out;
}

QString address(Rng& r, const Data& d, const Country& country)
{
    QString out;
    out.reserve(48);
    switch (country.code) {
    case CountryCode::VN: {
        if (r.percent(15)) {
            out += QStringLiteral("Tầng ");
            appendNumber(out, 2 + r.below(20));
            out += QStringLiteral(", ");
        }
        appendNumber(out, 1 + r.below(400));
        if (r.percent(15)) { // an alley number: "123/45"
            out += QLatin1Char('/');
            appendNumber(out, 1 + r.below(80));
        }
        out += QLatin1Char(' ') + pick(r, d.viStreets).text;
        break;
    }
    case CountryCode::US:
        appendNumber(out, 100 + r.below(9800));
        out += QLatin1Char(' ') + pick(r, d.enStreetNames).text + QLatin1Char(' ') + pick(r, d.usStreetTypes);
        if (r.percent(40)) {
            out += QStringLiteral(", Suite ");
            appendNumber(out, 100 + r.below(1900));
        }
        break;
    case CountryCode::GB:
        if (r.percent(25)) {
            out += QStringLiteral("Unit ");
            appendNumber(out, 1 + r.below(30));
            out += QStringLiteral(", ");
        }
        appendNumber(out, 1 + r.below(250));
        out += QLatin1Char(' ') + pick(r, d.enStreetNames).text + QLatin1Char(' ') + pick(r, d.gbStreetTypes);
        break;
    case CountryCode::AU:
        if (r.percent(35)) {
            out += QStringLiteral("Level ");
            appendNumber(out, 1 + r.below(40));
            out += QStringLiteral(", ");
        }
        appendNumber(out, 1 + r.below(600));
        out += QLatin1Char(' ') + pick(r, d.enStreetNames).text + QLatin1Char(' ') + pick(r, d.usStreetTypes);
        break;
    case CountryCode::SG:
        appendNumber(out, 1 + r.below(300));
        out += QLatin1Char(' ') + pick(r, d.sgStreets).text + QStringLiteral(", #");
        appendNumber(out, 1 + r.below(40), 2);
        out += QLatin1Char('-');
        appendNumber(out, 1 + r.below(30), 2);
        break;
    case CountryCode::DE:
    case CountryCode::AT:
    case CountryCode::CH:
    case CountryCode::BE:
    case CountryCode::FR:
    case CountryCode::CA:
        if (&country == &d.chFr || country.code == CountryCode::FR || country.code == CountryCode::BE
            || country.code == CountryCode::CA) {
            const QString& type = pick(r, d.frStreetTypes);
            const QString& name = pick(r, d.frStreetNames);
            if (country.code == CountryCode::FR || country.code == CountryCode::CA) {
                // "12 rue de la Paix"; Québec writes "1250, rue Sainte-Catherine".
                appendNumber(out, 1 + r.below(country.code == CountryCode::CA ? 3000 : 180));
                out += (country.code == CountryCode::CA ? QStringLiteral(", ") : QStringLiteral(" ")) + type
                    + QLatin1Char(' ') + name;
            } else {
                // Belgium and Romandy put the number last: "Rue de la Loi 16".
                out += type.at(0).toUpper() + QStringView(type).mid(1) + QLatin1Char(' ') + name + QLatin1Char(' ');
                appendNumber(out, 1 + r.below(180));
            }
        } else {
            // "Goethestraße 12"; the Swiss write ss for ß.
            QString type = pick(r, d.deStreetTypes);
            if (country.code == CountryCode::CH)
                type.replace(QChar(u'ß'), QStringLiteral("ss"));
            out += pick(r, d.deStreetNames) + type + QLatin1Char(' ');
            appendNumber(out, 1 + r.below(150));
            if (r.percent(10))
                out += QChar(static_cast<char16_t>(u'a' + r.below(3)));
        }
        break;
    }
    return out;
}

/// Revenue with realistic magnitudes: small partners far more common than large ones. Amounts are rounded the way
/// partners report them (4 significant digits).
Money revenue(Rng& r, const Country& country)
{
    // Magnitude of the whole amount in major units.
    qint64 unit = 1;
    int exponent;
    if (country.currency == QLatin1String("VND"))
        exponent = 5 + weighted(r, { 25, 40, 25, 10 }); // 10^8..10^12 đồng (~4,000 to ~40M USD)
    else
        exponent = 1 + weighted(r, { 10, 35, 35, 15, 5 }); // 10^4..10^9
    for (int i = 0; i < exponent; ++i)
        unit *= 10;
    qint64 major = static_cast<qint64>(r.between(1000, 9999)) * unit;
    qint64 minor = major;
    for (int i = 0; i < country.minorDigits; ++i)
        minor *= 10;
    return Money { minor, country.currency };
}

const City& findCity(const Country& country, const QString& name)
{
    for (const City& c : country.cities.items) {
        if (c.name == name)
            return c;
    }
    return country.cities.items.constFirst();
}

const Country& countryOf(const Data& d, const Partner& partner, Language* language)
{
    struct Entry
    {
        const Country* country;
        Language language;
    };
    const Entry entries[] = {
        { &d.vn, Language::Vietnamese }, { &d.us, Language::English }, { &d.gb, Language::English },
        { &d.au, Language::English },    { &d.sg, Language::English }, { &d.de, Language::German },
        { &d.at, Language::German },     { &d.fr, Language::French },  { &d.be, Language::French },
        { &d.ca, Language::French },
    };
    if (partner.country == QLatin1String("CH")) {
        const bool french = d.frenchSwissRegions.contains(partner.region);
        *language = french ? Language::French : Language::German;
        return french ? d.chFr : d.chDe;
    }
    for (const Entry& e : entries) {
        if (e.country->iso == partner.country) {
            *language = e.language;
            return *e.country;
        }
    }
    *language = Language::English;
    return d.us;
}

} // namespace

DataGenerator::DataGenerator(quint64 seed)
    : m_seed(seed)
{
}

QDate DataGenerator::baseDate()
{
    return baseDay(0);
}

DataGenerator::Language DataGenerator::language(qint64 index) const
{
    Rng r = rngFor(m_seed, index, PartnerStream);
    return pickLanguage(r);
}

Partner DataGenerator::partner(qint64 index) const
{
    const Data& d = data();
    Rng r = rngFor(m_seed, index, PartnerStream);
    const Language lang = pickLanguage(r); // first draw: language(index) repeats it
    const LanguageData& ld = languageData(d, lang);
    const Country& country = *ld.countries.pick(r);

    Partner p;
    CompanyName company;
    switch (lang) {
    case Language::Vietnamese: company = vietnameseName(r, d); break;
    case Language::English: company = englishName(r, d, country); break;
    case Language::German: company = germanName(r, d, country); break;
    case Language::French: company = frenchName(r, d, country); break;
    }
    p.name = std::move(company.name);
    p.legalName = std::move(company.legal);

    static const QStringList typeCodes = strings({ u"reseller", u"var", u"distributor", u"system_integrator", u"msp",
                                                   u"referral", u"isv", u"consultancy" });
    static const QStringList tierCodes = strings({ u"", u"registered", u"silver", u"gold", u"platinum" });
    static const QStringList stageCodes = strings({ u"prospect", u"onboarding", u"active", u"suspended", u"terminated" });
    p.type = typeCodes.at(weighted(r, { 30, 15, 5, 15, 12, 10, 6, 7 }));
    const int stage = weighted(r, { 15, 10, 60, 7, 8 });
    p.stage = stageCodes.at(stage);
    // Prospects are rarely tiered yet; everyone else mostly is.
    p.tier = tierCodes.at(stage == 0 ? weighted(r, { 80, 20, 0, 0, 0 }) : weighted(r, { 12, 35, 28, 18, 7 }));
    if (stage == 3)
        p.stageReason = pick(r, ld.suspendReasons);
    else if (stage == 4)
        p.stageReason = pick(r, ld.terminateReasons);

    p.country = country.iso;
    const City& c = country.cities.pick(r);
    p.city = c.name;
    p.region = c.region;
    p.address = address(r, d, country);

    const QString domain = fitLabel(company.slug) + country.tlds.pick(r);
    p.emailDomain = domain;
    switch (weighted(r, { 55, 20, 10, 5, 10 })) {
    case 0: p.website = QStringLiteral("https://www.") + domain; break;
    case 1: p.website = QStringLiteral("www.") + domain; break;
    case 2: p.website = QStringLiteral("https://") + domain; break;
    case 3: p.website = domain; break;
    default: break; // no website on file
    }
    p.email = pick(r, ld.mailboxes) + QLatin1Char('@') + domain;
    p.phone = landline(r, country, c);
    p.owner = r.percent(90) ? pick(r, ld.owners) : pick(r, d.allOwners);

    // When the partner entered the system, by stage: onboarding ones are recent, prospects not ancient.
    qint64 ageDays;
    switch (stage) {
    case 0: ageDays = r.below(730); break;
    case 1: ageDays = r.below(180); break;
    default: ageDays = 30 + r.below(6 * 365 - 30); break;
    }
    const qint64 createdMs = BaseMs - ageDays * MsPerDay - 1 - r.below(static_cast<quint32>(MsPerDay - 1));
    const qint64 createdDay = createdMs / MsPerDay - BaseDay; // negative: days before the base date
    if (stage >= 1) {
        const qint64 start = qMin<qint64>(createdDay + r.below(90), -1);
        p.partnershipStart = baseDay(start);
        if (stage == 4)
            p.partnershipEnd = baseDay(start + r.below(static_cast<quint32>(-start))); // within [start, base)
    }
    switch (stage) {
    case 0:
        if (r.percent(60))
            p.nextReview = baseDay(1 + r.below(120));
        break;
    case 1:
        p.nextReview = baseDay(r.below(90));
        break;
    case 2:
        p.nextReview = r.percent(88) ? baseDay(r.below(365)) : baseDay(-1 - static_cast<qint64>(r.below(60))); // some overdue
        break;
    case 3:
        p.nextReview = baseDay(r.below(60));
        break;
    default:
        break; // terminated: nothing to review
    }

    if (r.percent(90))
        p.annualRevenue = revenue(r, country);
    if (r.percent(75))
        p.externalId = QStringLiteral("SF-") + number(r.below(10000000), 7);
    if (r.percent(40))
        p.notes = pick(r, ld.notes);

    p.id = Uuid::createV7(createdMs, r.next(), r.next());
    return p;
}

QList<Contact> DataGenerator::contacts(const Partner& partner, qint64 index, int count) const
{
    QList<Contact> out;
    if (count <= 0)
        return out;
    out.reserve(count);
    const Data& d = data();
    Rng r = rngFor(m_seed, index, ContactStream);
    Language lang = Language::English;
    const Country& country = countryOf(d, partner, &lang);
    const LanguageData& ld = languageData(d, lang);
    const City& c = findCity(country, partner.city);

    const PeopleNames* people = &d.enPeople;
    switch (lang) {
    case Language::Vietnamese: people = &d.viPeople; break;
    case Language::English: people = country.code == CountryCode::SG && r.percent(75) ? &d.sgPeople : &d.enPeople; break;
    case Language::German: people = &d.dePeople; break;
    case Language::French:
        people = country.code == CountryCode::CA ? &d.caPeople : (country.code == CountryCode::BE ? &d.bePeople : &d.frPeople);
        break;
    }

    // Contacts are added after the partner: their ids are later, still before the base date.
    const qint64 partnerMs = partner.id.size() == 16 ? Uuid::timestampMillis(partner.id) : BaseMs - 365 * MsPerDay;
    QStringList usedMailboxes;
    for (int i = 0; i < count; ++i) {
        Contact contact;
        contact.partnerId = partner.id;
        const bool female = r.percent(45);
        const QList<Word>& firstNames = female ? people->femaleFirst : people->maleFirst;
        const Word& given = pick(r, firstNames);
        const Word& family = people->last.pick(r);
        QString mailbox;
        if (lang == Language::Vietnamese) {
            // Family name first when spoken; stored as lastName "Nguyễn", firstName "Thị Lan". Mailboxes use the
            // name people are called by: lan.nguyen@.
            const Word& middle = pickOther(r, female ? d.viFemaleMiddle : d.viMaleMiddle, given); // no "Minh Minh"
            contact.firstName = middle.text + QLatin1Char(' ') + given.text;
            mailbox = given.slug + QLatin1Char('.') + family.slug;
        } else {
            contact.firstName = given.text;
            mailbox = given.slug + QLatin1Char('.') + family.slug; // jean-pierre.dupont@
        }
        contact.lastName = family.text;
        if (usedMailboxes.contains(mailbox))
            mailbox += QString::number(i + 1); // two Lan Nguyễns at one partner: lan.nguyen3@
        usedMailboxes.append(mailbox);

        const int role = i == 0 ? 0 : 1 + weighted(r, { 40, 30, 15, 15 });
        contact.role = roleCodes().at(role);
        const Title& title = pick(r, ld.titles.at(role));
        contact.jobTitle = female ? title.female : title.male;
        if (!partner.emailDomain.isEmpty())
            contact.email = mailbox + QLatin1Char('@') + partner.emailDomain;
        const int phoneKind = weighted(r, { 70, 20, 10 });
        if (phoneKind == 0)
            contact.phone = mobile(r, country, c);
        else if (phoneKind == 1)
            contact.phone = landline(r, country, c);

        const qint64 ms = qMin(partnerMs + 1 + static_cast<qint64>(r.below(30)) * MsPerDay + r.below(static_cast<quint32>(MsPerDay)),
                               BaseMs - 1);
        contact.id = Uuid::createV7(ms, r.next(), r.next());
        out.append(std::move(contact));
    }
    return out;
}

} // namespace ChannelDesk
