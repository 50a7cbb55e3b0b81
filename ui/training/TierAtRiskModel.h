#pragma once

#include "training/TierQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace ChannelDesk {

class TierQueryLoader;

/// The at-risk list (TierQuery::atRisk, TIER-05): members that fall below their level's criteria when certificates
/// expiring within the horizon lapse, soonest first, paged like TierQueueModel.
class TierAtRiskModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierAtRiskModel)

public:
    enum Column { Partner, Program, Level, AtRiskOn, DaysLeft, Certified, Reasons, ColumnCount };
    static constexpr int PageSize = 100; // a few screens of rows: what a first paint needs, no more

    explicit TierAtRiskModel(TierQueryLoader& loader, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    const TierAtRiskFilter& filter() const { return m_filter; }
    void setFilter(const TierAtRiskFilter& filter);
    void reload();

    const TierAtRiskRow& rowAt(int row) const { return m_rows.at(row); }
    /// The row of a partner in a program (any program when `programId` is empty), -1 when not loaded.
    int rowOfPartner(const QByteArray& partnerId, const QByteArray& programId = {}) const;
    int totalCount() const { return m_total; }
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loaded();
    void failed(const QString& message);

private:
    TierQueryLoader& m_loader;
    TierAtRiskFilter m_filter;
    QList<TierAtRiskRow> m_rows;
    int m_total = 0;
    quint64 m_epoch = 0;
    bool m_loading = false;
    bool m_fetching = false;
};

} // namespace ChannelDesk
