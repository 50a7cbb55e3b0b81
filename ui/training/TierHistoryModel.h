#pragma once

#include "training/TierQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace ChannelDesk {

/// A partner's tier history (TierQuery::history): who, when, from, to and why, newest first.
class TierHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierHistoryModel)

public:
    enum Column { When, Who, Program, Action, From, To, Why, ColumnCount };

    explicit TierHistoryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<TierHistoryRow>& rows);
    const TierHistoryRow& rowAt(int row) const { return m_rows.at(row); }
    /// Who did it, in words ("ChannelDesk (automatic)" for the engine).
    static QString actorLabel(const QString& actor);

private:
    QList<TierHistoryRow> m_rows;
};

} // namespace ChannelDesk
