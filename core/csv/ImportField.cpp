#include "csv/ImportField.h"

#include <QCoreApplication>

namespace ChannelDesk::Csv {

namespace {

using Kind = ImportField::Kind;

// The English labels are the translation sources and also the headers our own export writes, so the header
// mapper recognises them in any UI language (ImportMapping.cpp adds every sourceLabel to its synonym table).
const QList<ImportField>& fieldTable()
{
    static const QList<ImportField> fields {
        { QStringLiteral("partner.name"), Kind::Text, false, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Name") },
        { QStringLiteral("partner.legal_name"), Kind::Text, false, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Legal name") },
        { QStringLiteral("partner.type"), Kind::Code, false, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Partner type") },
        { QStringLiteral("partner.tier"), Kind::Code, false, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Tier") },
        { QStringLiteral("partner.stage"), Kind::Code, false, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Stage") },
        { QStringLiteral("partner.stage_reason"), Kind::Text, false, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Stage reason") },
        { QStringLiteral("partner.country"), Kind::Country, false, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Country") },
        { QStringLiteral("partner.region"), Kind::Text, false, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Region") },
        { QStringLiteral("partner.city"), Kind::Text, false, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "City") },
        { QStringLiteral("partner.address"), Kind::Text, false, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Address") },
        { QStringLiteral("partner.website"), Kind::Text, false, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Website") },
        { QStringLiteral("partner.email_domain"), Kind::Text, false, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Email domain") },
        { QStringLiteral("partner.phone"), Kind::Text, false, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Phone") },
        { QStringLiteral("partner.email"), Kind::Text, false, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Email") },
        { QStringLiteral("partner.owner"), Kind::Text, false, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Owner") },
        { QStringLiteral("partner.partnership_start"), Kind::Date, false, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Partnership start") },
        { QStringLiteral("partner.partnership_end"), Kind::Date, false, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Partnership end") },
        { QStringLiteral("partner.next_review"), Kind::Date, false, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Next review") },
        { QStringLiteral("partner.annual_revenue"), Kind::Money, false, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Annual revenue") },
        { QStringLiteral("partner.revenue_currency"), Kind::Currency, false, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Revenue currency") },
        { QStringLiteral("partner.external_id"), Kind::Text, false, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "External ID") },
        { QStringLiteral("partner.notes"), Kind::Text, false, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Notes") },
        { QStringLiteral("partner.id"), Kind::Id, false, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "ChannelDesk ID") },
        { QStringLiteral("contact.first_name"), Kind::Text, true, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Contact first name") },
        { QStringLiteral("contact.last_name"), Kind::Text, true, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Contact last name") },
        { QStringLiteral("contact.full_name"), Kind::Text, true, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Contact name") },
        { QStringLiteral("contact.job_title"), Kind::Text, true, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Contact job title") },
        { QStringLiteral("contact.email"), Kind::Text, true, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Contact email") },
        { QStringLiteral("contact.phone"), Kind::Text, true, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Contact phone") },
        { QStringLiteral("contact.role"), Kind::Code, true, QT_TRANSLATE_NOOP("ChannelDesk::Csv::ImportField", "Contact role") },
    };
    return fields;
}

} // namespace

QString ImportField::label() const
{
    return QCoreApplication::translate("ChannelDesk::Csv::ImportField", sourceLabel);
}

QString ImportField::englishLabel() const
{
    return QString::fromUtf8(sourceLabel);
}

const QList<ImportField>& importFields()
{
    return fieldTable();
}

const ImportField* importField(const QString& key)
{
    for (const ImportField& field : fieldTable()) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

} // namespace ChannelDesk::Csv
