#include "DefinitionTableModel.h"

#include <QFont>
#include <QLocale>
#include <QPalette>

#include <limits>

namespace ChannelDesk {

DefinitionTableModel::DefinitionTableModel(QObject* parent)
    : CatalogRecordModel(parent)
{
}

void DefinitionTableModel::setCatalog(const QList<CertDefinition>& definitions, const QList<Course>& courses)
{
    m_courseCodes.clear();
    for (const Course& course : courses)
        m_courseCodes.insert(course.id, course.code);
    merge(m_definitions, definitions);
}

const CertDefinition* DefinitionTableModel::definitionAt(int row) const
{
    return row >= 0 && row < m_definitions.size() ? &m_definitions[row] : nullptr;
}

QByteArray DefinitionTableModel::idAt(int row) const
{
    const CertDefinition* definition = definitionAt(row);
    return definition ? definition->id : QByteArray();
}

QString DefinitionTableModel::searchText(int row) const
{
    const CertDefinition* definition = definitionAt(row);
    if (!definition)
        return {};
    return QStringList { definition->code, definition->name, definition->track, definition->description,
                         prerequisiteCodes(*definition) }
        .join(QLatin1Char(' '));
}

bool DefinitionTableModel::isActive(int row) const
{
    const CertDefinition* definition = definitionAt(row);
    return definition && definition->active;
}

int DefinitionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_definitions.size());
}

int DefinitionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DefinitionTableModel::validityText(int months)
{
    return months <= 0 ? tr("Never expires") : tr("%n month(s)", nullptr, months);
}

QString DefinitionTableModel::prerequisiteCodes(const CertDefinition& definition) const
{
    QStringList codes;
    for (const QByteArray& id : definition.prerequisites) {
        const QString code = m_courseCodes.value(id);
        codes.append(code.isEmpty() ? tr("(removed course)") : code);
    }
    codes.sort(Qt::CaseInsensitive);
    return codes.join(QStringLiteral(", "));
}

QVariant DefinitionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CertDefinition& definition = m_definitions[index.row()];
    const int column = index.column();
    const bool expires = definition.validityMonths > 0;

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CodeColumn: return definition.code;
        case NameColumn: return definition.name;
        case TrackColumn: return definition.track;
        case ValidityColumn: return validityText(definition.validityMonths);
        case ReminderColumn:
            return expires ? tr("%n day(s) before", nullptr, definition.reminderDays) : QString();
        case WindowColumn:
            return expires ? tr("%n day(s) before", nullptr, definition.recertWindowDays) : QString();
        case PrerequisitesColumn: return prerequisiteCodes(definition);
        case StatusColumn: return definition.active ? tr("Offered") : tr("Inactive");
        }
        break;
    case Roles::RawValueRole:
        switch (column) {
        case CodeColumn: return definition.code;
        case NameColumn: return definition.name;
        case TrackColumn: return definition.track;
        // "Never expires" sorts after every validity.
        case ValidityColumn: return expires ? definition.validityMonths : std::numeric_limits<int>::max();
        case ReminderColumn: return expires ? definition.reminderDays : -1;
        case WindowColumn: return expires ? definition.recertWindowDays : -1;
        case PrerequisitesColumn: return prerequisiteCodes(definition);
        case StatusColumn: return definition.active;
        }
        break;
    case Roles::IdRole:
        return definition.id;
    case Qt::ToolTipRole:
        switch (column) {
        case ValidityColumn:
            return expires ? tr("A certificate is valid for %n month(s) from the day it is acquired", nullptr,
                                definition.validityMonths)
                           : tr("Certificates of this kind never expire");
        case ReminderColumn:
            return expires ? tr("The holder is reminded %n day(s) before the certificate expires (CERT-01)", nullptr,
                                definition.reminderDays)
                           : tr("No reminder: it never expires");
        case WindowColumn:
            return expires ? tr("Recertification opens, and the certificate shows as Expiring, %n day(s) before it "
                                "expires (CERT-02)",
                                nullptr, definition.recertWindowDays)
                           : tr("No recertification window: it never expires");
        case PrerequisitesColumn:
            return definition.prerequisites.isEmpty()
                ? tr("No prerequisite courses")
                : tr("Courses to complete before certification: %1").arg(prerequisiteCodes(definition));
        case StatusColumn:
            return definition.active ? tr("Offered to partners") : tr("Kept for existing certificates; not offered");
        default:
            return definition.description.isEmpty() ? QVariant() : QVariant(definition.description);
        }
    case Qt::TextAlignmentRole:
        if (column == ValidityColumn || column == ReminderColumn || column == WindowColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!definition.active)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (!definition.active) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant DefinitionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CodeColumn: return tr("Code");
        case NameColumn: return tr("Name");
        case TrackColumn: return tr("Track");
        case ValidityColumn: return tr("Validity");
        case ReminderColumn: return tr("Reminder");
        case WindowColumn: return tr("Recertification");
        case PrerequisitesColumn: return tr("Prerequisites");
        case StatusColumn: return tr("Status");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ReminderColumn: return tr("When the holder is reminded before expiry (CERT-01)");
        case WindowColumn: return tr("How long before expiry recertification opens (CERT-02)");
        default: break;
        }
    }
    return {};
}

} // namespace ChannelDesk
