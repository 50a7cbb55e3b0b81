#pragma once

#include "csv/ImportReport.h"

#include <QAbstractTableModel>

namespace ChannelDesk {

/// The rows of an import report (or its dry run) of one kind — new, updated, unchanged, rejected — or those with
/// warnings: line, partner, and what happens (the reason, or each field's old and new value).
class ImportOutcomeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportOutcomeModel)

public:
    enum class Filter { Created, Updated, Unchanged, Rejected, Warnings };
    enum Column { LineColumn, NameColumn, DetailsColumn, ColumnCount };

    explicit ImportOutcomeModel(QObject* parent = nullptr);

    void setReport(const Csv::ImportReport& report);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QString details(const Csv::RowOutcome& row) const;

    QList<Csv::RowOutcome> m_all;
    QList<int> m_shown; ///< indexes into m_all
    Filter m_filter = Filter::Rejected;
};

} // namespace ChannelDesk
