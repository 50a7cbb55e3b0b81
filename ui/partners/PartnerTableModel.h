#pragma once

#include "partners/PartnerPageLoader.h"
#include "partners/PartnerQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QThread>

namespace ChannelDesk {

/// The partner list as a lazy model over SQLite (qt-style.md §5): rowCount is the real count, data() never blocks
/// (uncached rows show a placeholder and are requested), rows are fetched a page at a time on a worker thread with
/// its own connection, sorting and filtering run in SQL, and a generation number drops stale results.
/// Rows are cached by local id, so an edit refreshes only the rows it touched and the selection stays put.
class PartnerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerTableModel)

public:
    enum Column { Name, Type, Tier, Stage, Country, City, Owner, NextReview, Revenue, Updated, ColumnCount };

    static constexpr int PageSize = 100;
    /// Upper bound on cached rows; scrolling through a million rows keeps memory flat.
    static constexpr int MaxCachedRows = 20000;
    /// A search's full order is asked for only once the text has been still this long: computing it can take tens
    /// of milliseconds that SQLite cannot interrupt (FTS prefix merges), which the next keystroke would wait for.
    static constexpr int SearchSettleMs = 150;

    explicit PartnerTableModel(const QString& databasePath, QObject* parent = nullptr);
    ~PartnerTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const PartnerQuery& query() const { return m_query; }
    /// Shows what `query` matches: a reset, since positions mean something else afterwards.
    void setQuery(const PartnerQuery& query);
    /// Re-reads after an edit without a reset: rows in `changedIds` are refetched, positions of the rest move to
    /// where the new order puts them, persistent indexes (selection, current) follow their rows.
    void refresh(const QList<QByteArray>& changedIds = {});

    /// The partner at `row`, empty while that row is not loaded yet.
    QByteArray idAt(int row) const;
    /// The position of the row with this local id, -1 if it is not in the current order (yet).
    int rowOfLocalId(qint64 localId) const;
    /// True until the full order (and so the exact count) of the current query is known.
    bool isLoading() const { return m_loading; }
    static Column columnForSort(PartnerQuery::Sort sort);
    static PartnerQuery::Sort sortForColumn(int column);

Q_SIGNALS:
    /// The exact number of matching partners is known (or changed).
    void countChanged(qint64 count);
    void loadingChanged(bool loading);
    /// The first rows of a new query are in the model (the list can paint).
    void firstPageReady();
    void loadFailed(const QString& message);

private:
    enum class Phase { Idle, Resetting, Refreshing };

    void start(Phase phase);
    void requestPage(int page) const;
    void storeRows(const QList<PartnerRow>& rows);
    void trimCache();
    void onFirstPage(int generation, const QList<PartnerRow>& rows);
    void onOrder(int generation, const RowOrder& order);
    void onRows(int generation, int page, const QList<PartnerRow>& rows);
    void setLoading(bool loading);
    QVariant display(const PartnerRow& row, int column) const;
    QVariant raw(const PartnerRow& row, int column) const;

    QHash<QString, QString> m_labels; ///< code → translated label for type, tier and stage
    QThread m_thread;
    PartnerPageLoader* m_loader = nullptr; ///< lives in m_thread
    PartnerQuery m_query;
    int m_generation = 0;
    int m_rowsValidFrom = 0; ///< rows loaded by an older generation than this may be stale
    Phase m_phase = Phase::Idle;
    bool m_loading = false;
    int m_rowCount = 0;
    RowOrder m_order;                       ///< position → local id, once known
    QList<qint64> m_firstPageOrder;         ///< positions before the full order arrives
    mutable QHash<qint64, PartnerRow> m_rows;
    mutable QHash<int, int> m_requested;    ///< page → generation it was requested in
    mutable QList<int> m_recentPages;       ///< most recently requested last; kept when the cache is trimmed
};

} // namespace ChannelDesk
