#include "CertificationOutcomeModel.h"

#include "common/Roles.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace ChannelDesk {

CertificationOutcomeModel::CertificationOutcomeModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CertificationOutcomeModel::setReport(const CertificationImportReport& report)
{
    beginResetModel();
    m_all = report.rows;
    rebuild();
    endResetModel();
}

void CertificationOutcomeModel::clear()
{
    beginResetModel();
    m_all.clear();
    m_shown.clear();
    endResetModel();
}

void CertificationOutcomeModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

void CertificationOutcomeModel::rebuild()
{
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        const CertificationImportRow& row = m_all.at(i);
        bool shown = true;
        switch (m_filter) {
        case Filter::All: break;
        case Filter::New: shown = row.kind == CertificationImportRow::Kind::New; break;
        case Filter::Unchanged: shown = row.kind == CertificationImportRow::Kind::Unchanged; break;
        case Filter::Rejected: shown = row.kind == CertificationImportRow::Kind::Rejected; break;
        case Filter::Warnings: shown = !row.warnings.isEmpty(); break;
        }
        if (shown)
            m_shown.append(i);
    }
}

const CertificationImportRow* CertificationOutcomeModel::rowAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_all.at(m_shown.at(row)) : nullptr;
}

int CertificationOutcomeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int CertificationOutcomeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CertificationOutcomeModel::details(const CertificationImportRow& row) const
{
    QStringList parts;
    if (row.kind == CertificationImportRow::Kind::Rejected)
        parts.append(row.message);
    for (const Csv::CsvIssue& warning : row.warnings)
        parts.append(warning.message);
    return parts.join(QStringLiteral(" · "));
}

QVariant CertificationOutcomeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CertificationImportRow& row = m_all.at(m_shown.at(index.row()));
    const int column = index.column();
    const auto outcome = [&row] {
        switch (row.kind) {
        case CertificationImportRow::Kind::New: return tr("New");
        case CertificationImportRow::Kind::Unchanged: return tr("Unchanged");
        case CertificationImportRow::Kind::Rejected: return tr("Rejected");
        }
        return QString();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case LineColumn: return QLocale().toString(row.line);
        case EmailColumn: return row.email;
        case DefinitionColumn: return row.definition;
        case AcquiredColumn:
            return row.acquiredOn.isValid() ? QLocale().toString(row.acquiredOn, QLocale::ShortFormat) : QString();
        case OutcomeColumn: return outcome();
        case DetailsColumn: return details(row);
        }
        break;
    case Roles::RawValueRole:
        switch (column) {
        case LineColumn: return row.line;
        case AcquiredColumn: return row.acquiredOn;
        case OutcomeColumn: return row.code;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (column == DetailsColumn || column == OutcomeColumn) {
            const QString text = details(row);
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        break;
    case Qt::TextAlignmentRole:
        return column == LineColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                    : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == OutcomeColumn && row.kind == CertificationImportRow::Kind::Rejected)
            return QBrush(QColor(0xb0, 0x3a, 0x2e));
        break;
    default:
        break;
    }
    return {};
}

QVariant CertificationOutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn: return tr("Line");
    case EmailColumn: return tr("Email");
    case DefinitionColumn: return tr("Certification");
    case AcquiredColumn: return tr("Acquired");
    case OutcomeColumn: return tr("Outcome");
    case DetailsColumn: return tr("Reason or warnings");
    default: break;
    }
    return {};
}

} // namespace ChannelDesk
