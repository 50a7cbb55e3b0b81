#pragma once

#include "training/TierQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace ChannelDesk {

/// One partner's standing in each of its programs (TierQuery::standings): the level, any pending change, what the
/// last evaluation found, and what the next level still needs ("what is missing", TIER-05).
class TierStandingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierStandingsModel)

public:
    enum Column { Program, Level, Pending, NextLevel, Missing, ColumnCount };

    explicit TierStandingsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<TierStanding>& rows);
    const TierStanding& rowAt(int row) const { return m_rows.at(row); }
    /// The achieved metrics in words (revenue in the program's currency, people, registrations, deals, points).
    static QString metricsText(const TierStanding& standing);

private:
    QList<TierStanding> m_rows;
};

} // namespace ChannelDesk
