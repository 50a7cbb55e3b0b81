#pragma once

#include "training/TierQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace ChannelDesk {

class TierQueryLoader;

/// The tier review queue (TierQuery::reviewQueue): pending upgrades and demotion reviews, oldest first, read a page
/// at a time on the loader's worker. The first page and the count come together; fetchMore() asks for the page after
/// the last row (keyset), so a long queue paints at once and grows as the view scrolls. A reload keeps the rows on
/// screen until its answer arrives and then re-reads as many rows as were loaded, so the scroll position holds.
class TierQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierQueueModel)

public:
    enum Column { Partner, Program, CurrentLevel, ProposedLevel, Kind, Reasons, PendingSince, Age, ColumnCount };
    static constexpr int PageSize = 100; // a few screens of rows: what a first paint needs, no more

    explicit TierQueueModel(TierQueryLoader& loader, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    const TierQueueFilter& filter() const { return m_filter; }
    /// Shows what `filter` matches (reads again).
    void setFilter(const TierQueueFilter& filter);
    /// Reads the current filter again.
    void reload();

    const TierQueueRow& rowAt(int row) const { return m_rows.at(row); }
    /// The row of a member, -1 when it is not loaded.
    int rowOfMember(const QByteArray& memberId) const;
    /// Everything the filter matches (loaded or not).
    int totalCount() const { return m_total; }
    /// Whether a reload has not been answered yet.
    bool isLoading() const { return m_loading; }
    /// Label of a pending kind ("Upgrade", "Demotion review").
    static QString kindLabel(const QString& kind);

Q_SIGNALS:
    /// A reload's answer is on screen.
    void loaded();
    void failed(const QString& message);

private:
    TierQueryLoader& m_loader;
    TierQueueFilter m_filter;
    QList<TierQueueRow> m_rows;
    int m_total = 0;
    quint64 m_epoch = 0;    ///< bumped by every reload: pages of an older reading are dropped
    bool m_loading = false;
    bool m_fetching = false;
};

} // namespace ChannelDesk
