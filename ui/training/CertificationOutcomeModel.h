#pragma once

#include "training/CertificationImporter.h"

#include <QAbstractTableModel>

namespace ChannelDesk {

/// The rows of a certification import report (or its dry run) of one kind — new, unchanged, rejected, with
/// warnings, or all: line, email, certification, acquisition day, outcome and the reason or warnings.
class CertificationOutcomeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificationOutcomeModel)

public:
    enum class Filter { All, New, Unchanged, Rejected, Warnings };
    enum Column { LineColumn, EmailColumn, DefinitionColumn, AcquiredColumn, OutcomeColumn, DetailsColumn, ColumnCount };

    explicit CertificationOutcomeModel(QObject* parent = nullptr);

    void setReport(const CertificationImportReport& report);
    void clear();
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    const CertificationImportRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QString details(const CertificationImportRow& row) const;

    QList<CertificationImportRow> m_all;
    QList<int> m_shown; ///< indexes into m_all
    Filter m_filter = Filter::All;
};

} // namespace ChannelDesk
