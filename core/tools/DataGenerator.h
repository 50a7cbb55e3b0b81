#pragma once

#include "domain/Contact.h"
#include "domain/Partner.h"

#include <QDate>
#include <QList>
#include <QtGlobal>

namespace ChannelDesk {

/// Realistic, multilingual partners and contacts for demos, benchmarks and tests (Vietnamese, English, German and
/// French companies with matching cities, phone formats, currencies and names).
///
/// Fully deterministic: every value is a pure function of (seed, index), computed with integer arithmetic and a
/// PRNG written here, so the same seed gives byte-identical data on every platform and compiler, and any partner
/// can be regenerated on its own (a benchmark can ask for partner 734,211 without generating the others). Nothing
/// depends on today's date either: dates are spread around a fixed base day, baseDate().
///
/// Every generated partner and contact passes PartnerValidator::validate.
class DataGenerator final
{
public:
    /// The language a partner is written in; it decides the country, names, addresses and contacts.
    enum class Language {
        Vietnamese,
        English,
        German,
        French,
    };

    explicit DataGenerator(quint64 seed);

    quint64 seed() const { return m_seed; }

    /// The index-th partner. Cheap (a few allocations), so a million can be generated in about a second.
    Partner partner(qint64 index) const;
    /// `count` contacts of `partner` (normally partner(index)), the first one the primary contact. Names, job titles
    /// and phones follow the partner's language and country; emails use its email domain.
    QList<Contact> contacts(const Partner& partner, qint64 index, int count) const;
    /// The language partner(index) is written in, without generating it.
    Language language(qint64 index) const;

    /// The fixed "today" all generated dates are relative to: 2026-01-01 (UTC midnight for timestamps).
    static QDate baseDate();

private:
    quint64 m_seed;
};

} // namespace ChannelDesk
