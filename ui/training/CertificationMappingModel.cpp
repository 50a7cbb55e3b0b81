#include "CertificationMappingModel.h"

#include "training/CertificationImporter.h"

#include <QFont>
#include <QPalette>

namespace ChannelDesk {

CertificationMappingModel::CertificationMappingModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CertificationMappingModel::setColumns(const QStringList& header, const QStringList& examples,
                                           const Csv::AutoMapping& automatic)
{
    beginResetModel();
    m_header = header;
    m_examples = examples;
    m_fields = automatic.mapping.fieldForColumn;
    m_fields.resize(m_header.size());
    m_duplicates = QSet<int>(automatic.duplicateColumns.cbegin(), automatic.duplicateColumns.cend());
    endResetModel();
    Q_EMIT mappingChanged();
}

int CertificationMappingModel::columnOf(const QString& key) const
{
    return key.isEmpty() ? -1 : int(m_fields.indexOf(key));
}

int CertificationMappingModel::mappedCount() const
{
    int count = 0;
    for (const QString& key : m_fields)
        count += key.isEmpty() ? 0 : 1;
    return count;
}

int CertificationMappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

int CertificationMappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificationMappingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const QString key = m_fields.value(row);
    switch (index.column()) {
    case HeaderColumn:
        if (role == Qt::DisplayRole)
            return m_header.at(row).isEmpty() ? tr("(no header)") : m_header.at(row);
        if (role == Qt::ToolTipRole && m_duplicates.contains(row))
            return tr("Another column has the same header; this one is not imported unless you map it.");
        if (role == Qt::FontRole && m_duplicates.contains(row)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case ExampleColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_examples.value(row);
        break;
    case FieldColumn:
        if (role == Qt::EditRole)
            return key;
        if (role == Qt::DisplayRole) {
            const CertificationImportField* field = key.isEmpty() ? nullptr : CertificationImporter::field(key);
            return field ? field->label() : tr("Don't import");
        }
        if (role == Qt::ForegroundRole && key.isEmpty())
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        if (role == Qt::ToolTipRole)
            return key.isEmpty() ? tr("This column is not imported") : tr("This column is imported as shown");
        break;
    default:
        break;
    }
    return {};
}

bool CertificationMappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != FieldColumn)
        return false;
    const QString key = value.toString();
    if (!key.isEmpty() && !CertificationImporter::field(key))
        return false;
    const int row = index.row();
    if (m_fields.value(row) == key)
        return true;
    // One column per field: the column that had it gives it up.
    if (const int previous = columnOf(key); previous >= 0 && previous != row) {
        m_fields[previous].clear();
        const QModelIndex other = this->index(previous, FieldColumn);
        Q_EMIT dataChanged(other, other, { Qt::DisplayRole, Qt::EditRole, Qt::ForegroundRole, Qt::ToolTipRole });
    }
    m_fields[row] = key;
    Q_EMIT dataChanged(index, index, { Qt::DisplayRole, Qt::EditRole, Qt::ForegroundRole, Qt::ToolTipRole });
    Q_EMIT mappingChanged();
    return true;
}

Qt::ItemFlags CertificationMappingModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == FieldColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant CertificationMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeaderColumn: return tr("Column in the file");
    case ExampleColumn: return tr("Example");
    case FieldColumn: return tr("Imported as");
    default: break;
    }
    return {};
}

} // namespace ChannelDesk
