#include "ImportOutcomeModel.h"

#include "common/Money.h"
#include "csv/ImportField.h"

#include <QLocale>

namespace ChannelDesk {

namespace {

/// Core reports money as "2500000000 VND" (plain, the same in every language); people read it in their locale.
QString displayValue(const QString& field, const QString& value)
{
    if (field != QLatin1String("partner.annual_revenue"))
        return value;
    const qsizetype space = value.lastIndexOf(QLatin1Char(' '));
    if (space <= 0)
        return value;
    const QString currency = value.mid(space + 1);
    const auto money = Money::parse(value.left(space), currency, QLocale::c(), true);
    return money ? money->format(QLocale()) : value;
}

} // namespace

ImportOutcomeModel::ImportOutcomeModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportOutcomeModel::setReport(const Csv::ImportReport& report)
{
    beginResetModel();
    m_all = report.rows;
    rebuild();
    endResetModel();
}

void ImportOutcomeModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

void ImportOutcomeModel::rebuild()
{
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        const Csv::RowOutcome& row = m_all.at(i);
        bool shown = false;
        switch (m_filter) {
        case Filter::Created: shown = row.kind == Csv::RowOutcome::Kind::Created; break;
        case Filter::Updated: shown = row.kind == Csv::RowOutcome::Kind::Updated; break;
        case Filter::Unchanged: shown = row.kind == Csv::RowOutcome::Kind::Unchanged; break;
        case Filter::Rejected: shown = row.kind == Csv::RowOutcome::Kind::Rejected; break;
        case Filter::Warnings: shown = !row.warnings.isEmpty(); break;
        }
        if (shown)
            m_shown << i;
    }
}

int ImportOutcomeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ImportOutcomeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportOutcomeModel::details(const Csv::RowOutcome& row) const
{
    if (m_filter == Filter::Warnings) {
        QStringList messages;
        for (const Csv::CsvIssue& issue : row.warnings)
            messages << issue.message;
        return messages.join(QLatin1String("; "));
    }
    if (row.kind == Csv::RowOutcome::Kind::Rejected)
        return row.message;
    if (row.kind == Csv::RowOutcome::Kind::Updated) {
        QStringList changes;
        for (const Csv::FieldChange& change : row.changes) {
            const Csv::ImportField* field = Csv::importField(change.field);
            changes << tr("%1: “%2” → “%3”")
                           .arg(field ? field->label() : change.field, displayValue(change.field, change.before),
                                displayValue(change.field, change.after));
        }
        return changes.join(QLatin1String("; "));
    }
    return {};
}

QVariant ImportOutcomeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Csv::RowOutcome& row = m_all.at(m_shown.at(index.row()));
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case LineColumn: return role == Qt::DisplayRole ? QVariant(QLocale().toString(row.line)) : QVariant();
        case NameColumn: return row.name.isEmpty() ? tr("(no name)") : row.name;
        case DetailsColumn: return details(row);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole && index.column() == LineColumn)
        return row.line;
    return {};
}

QVariant ImportOutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn: return tr("Line");
    case NameColumn: return tr("Partner");
    case DetailsColumn:
        switch (m_filter) {
        case Filter::Rejected: return tr("Reason");
        case Filter::Updated: return tr("Changes");
        case Filter::Warnings: return tr("Warnings");
        default: return tr("Details");
        }
    default: return {};
    }
}

} // namespace ChannelDesk
