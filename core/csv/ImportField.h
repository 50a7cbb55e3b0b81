#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ChannelDesk::Csv {

/// What a CSV column can be imported into: a partner field, a field of the one contact a row may carry, or nothing.
/// Keys are stable ("partner.name", "contact.email") and are what mapping templates, the CLI and export columns use:
/// partner.name, .legal_name, .type, .tier, .stage, .stage_reason, .country, .region, .city, .address, .website,
/// .email_domain, .phone, .email, .owner, .partnership_start, .partnership_end, .next_review, .annual_revenue,
/// .revenue_currency, .external_id, .notes, .id (the ChannelDesk id); contact.first_name, .last_name, .full_name
/// (split on the last space when first/last are absent), .job_title, .email, .phone, .role.
/// To import a new partner field: a row in importFields() (ImportField.cpp), its synonyms in ImportMapping.cpp, and
/// its conversion in PartnerImporter.cpp.
struct ImportField
{
    enum class Kind {
        Text,     ///< stored as written (trimmed); IDs, postal codes and phones are Text: leading zeros stay
        Code,     ///< a choice (type, tier, stage, role): code or label in any supported language
        Country,  ///< ISO 3166-1 alpha-2 or a country name
        Date,     ///< day order inferred per column; ISO 8601 always accepted
        Money,    ///< an amount; locale inferred per column (decimal comma, grouping, NBSP, symbols, (1,00) negative)
        Currency, ///< ISO 4217
        Id,       ///< a ChannelDesk partner id (UUID text)
    };

    QString key;   ///< "partner.name"
    Kind kind = Kind::Text;
    bool contact = false; ///< belongs to the row's contact
    const char* sourceLabel = nullptr; ///< the English label (translation source)

    QString label() const;        ///< translated, for the mapping step
    /// The English label whatever the UI language: the header our export writes, which the header mapper maps back.
    QString englishLabel() const;
};

/// Every importable field, in the order the mapping step lists them.
const QList<ImportField>& importFields();
/// The field with `key`; nullptr when there is none.
const ImportField* importField(const QString& key);

} // namespace ChannelDesk::Csv
