#include "CsvPreviewModel.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace ChannelDesk {

CsvPreviewModel::CsvPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CsvPreviewModel::setPreview(const Csv::CsvReader::Preview& preview)
{
    beginResetModel();
    m_header = preview.header;
    m_records = preview.records;
    endResetModel();
}

void CsvPreviewModel::clear()
{
    beginResetModel();
    m_header.clear();
    m_records.clear();
    endResetModel();
}

int CsvPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int CsvPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant CsvPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Csv::CsvRecord& record = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString value = record.fields.value(index.column());
        // One line per cell in the preview; the value itself keeps its line breaks.
        value.replace(QLatin1Char('\n'), QChar(0x21B5));
        return value;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const Csv::CsvIssue& issue : record.issues)
            lines << issue.message;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::ForegroundRole:
        if (record.rejected())
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    default:
        return {};
    }
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_header.size() ? QVariant(m_header.at(section)) : QVariant();
    if (section < 0 || section >= m_records.size())
        return {};
    const Csv::CsvRecord& record = m_records.at(section);
    if (role == Qt::ToolTipRole)
        return record.rejected() ? tr("Line %1 will not be imported").arg(QLocale().toString(record.line)) : QVariant();
    return QLocale().toString(record.line);
}

} // namespace ChannelDesk
