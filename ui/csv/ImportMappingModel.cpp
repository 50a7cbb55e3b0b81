#include "ImportMappingModel.h"

#include "csv/ImportField.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace ChannelDesk {

ImportMappingModel::ImportMappingModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportMappingModel::setColumns(const QStringList& header, const QStringList& examples,
                                    const Csv::AutoMapping& automatic)
{
    beginResetModel();
    m_header = header;
    m_examples = examples;
    m_duplicateColumns = QSet<int>(automatic.duplicateColumns.cbegin(), automatic.duplicateColumns.cend());
    m_mapping = automatic.mapping;
    m_mapping.fieldForColumn.resize(m_header.size()); // one entry per column, new ones unmapped
    endResetModel();
    Q_EMIT mappingChanged();
}

void ImportMappingModel::setMapping(const Csv::ImportMapping& mapping)
{
    beginResetModel();
    m_mapping = mapping;
    m_mapping.fieldForColumn.resize(m_header.size()); // one entry per column, new ones unmapped
    endResetModel();
    Q_EMIT mappingChanged();
}

int ImportMappingModel::mappedCount() const
{
    int count = 0;
    for (const QString& key : m_mapping.fieldForColumn)
        count += key.isEmpty() ? 0 : 1;
    return count;
}

int ImportMappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

int ImportMappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportMappingModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const QString key = m_mapping.fieldForColumn.value(row);
    const Csv::ImportField* field = key.isEmpty() ? nullptr : Csv::importField(key);
    switch (index.column()) {
    case HeaderColumn:
        if (role == Qt::DisplayRole)
            return m_header.at(row).isEmpty() ? tr("(no header)") : m_header.at(row);
        if (role == Qt::ToolTipRole && m_duplicateColumns.contains(row))
            return tr("Another column has the same header; this one is not imported unless you map it.");
        if (role == Qt::FontRole && m_duplicateColumns.contains(row)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case ExampleColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_examples.value(row);
        return {};
    case FieldColumn:
        if (role == Qt::EditRole)
            return key;
        if (role == Qt::DisplayRole)
            return field ? field->label() : tr("Don't import");
        if (role == Qt::ForegroundRole && !field)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case BlankClearsColumn:
        if (role == Qt::CheckStateRole && field)
            return m_mapping.blankOverwrites.contains(key) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("When checked, an empty cell in this column clears the value stored in ChannelDesk. "
                      "Otherwise empty cells never overwrite anything.");
        return {};
    default:
        return {};
    }
}

bool ImportMappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    if (index.column() == FieldColumn && role == Qt::EditRole) {
        const QString key = value.toString();
        if (!key.isEmpty() && !Csv::importField(key))
            return false;
        const QString previous = m_mapping.fieldForColumn.value(row);
        if (previous == key)
            return true;
        // A field takes one column: mapping it here unmaps the column that had it.
        if (!key.isEmpty()) {
            const int other = m_mapping.columnOf(key);
            if (other >= 0 && other != row) {
                m_mapping.fieldForColumn[other].clear();
                Q_EMIT dataChanged(this->index(other, FieldColumn), this->index(other, BlankClearsColumn));
            }
        }
        if (!previous.isEmpty() && m_mapping.columnOf(previous) == row)
            m_mapping.blankOverwrites.remove(previous);
        m_mapping.fieldForColumn[row] = key;
        m_duplicateColumns.remove(row);
        Q_EMIT dataChanged(this->index(row, HeaderColumn), this->index(row, BlankClearsColumn));
        Q_EMIT mappingChanged();
        return true;
    }
    if (index.column() == BlankClearsColumn && role == Qt::CheckStateRole) {
        const QString key = m_mapping.fieldForColumn.value(row);
        if (key.isEmpty())
            return false;
        if (value.value<Qt::CheckState>() == Qt::Checked)
            m_mapping.blankOverwrites.insert(key);
        else
            m_mapping.blankOverwrites.remove(key);
        Q_EMIT dataChanged(index, index);
        Q_EMIT mappingChanged();
        return true;
    }
    return false;
}

Qt::ItemFlags ImportMappingModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == FieldColumn)
        flags |= Qt::ItemIsEditable;
    if (index.column() == BlankClearsColumn && !m_mapping.fieldForColumn.value(index.row()).isEmpty())
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ImportMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HeaderColumn: return tr("Column in the file");
    case ExampleColumn: return tr("Example");
    case FieldColumn: return tr("Import into");
    case BlankClearsColumn: return tr("Empty cells clear");
    default: return {};
    }
}

} // namespace ChannelDesk
