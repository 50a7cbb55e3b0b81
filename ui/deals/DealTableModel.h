#pragma once

#include "deals/DealPageLoader.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QThread>

#include <optional>

namespace ChannelDesk {

/// The deals list as a lazy model over SQLite (qt-style.md §5, like PartnerTableModel): rowCount is the exact count,
/// data() never blocks (an uncached row shows a placeholder and its page is requested), rows come a page at a time
/// from a DealPageLoader on a worker thread with its own connection, sorting and filtering are SQL
/// (DealQuery::build), and a generation number drops stale results. Rows are cached by local id, so after a change
/// only the touched rows are refetched and the selection stays on its deal.
class DealTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealTableModel)

public:
    enum Column { Number, Kind, Partner, Customer, Status, Stage, Probability, Amount, ExpectedClose, Expires, Submitted,
                  Cam, ColumnCount };

    static constexpr int PageSize = 100;
    /// Upper bound on cached rows; scrolling through a million deals keeps memory flat.
    static constexpr int MaxCachedRows = 20000;

    explicit DealTableModel(const QString& databasePath, QObject* parent = nullptr);
    ~DealTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// ORDER BY in SQL; a column without a sort index (Kind, Probability) is ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const DealListQuery& query() const { return m_query; }
    /// Shows what `query` matches: a reset, since positions mean something else afterwards.
    void setQuery(const DealListQuery& query);
    void setFilter(const DealFilter& filter);
    /// Re-reads after a change without a reset: rows in `changedIds` are refetched, the others move to where the new
    /// order puts them, persistent indexes (selection, current) follow their rows.
    void refresh(const QList<QByteArray>& changedIds = {});
    /// DR-13: pending approvals older than this are flagged (DealProgram::slaHours).
    void setSlaHours(int hours);
    int slaHours() const { return m_slaHours; }
    /// DR-08: approved registrations whose protection ends within this many days are flagged.
    void setExpiringWindowDays(int days);

    /// The deal at `row`, empty while that row is not loaded yet.
    QByteArray idAt(int row) const;
    /// The position of the row with this local id, -1 if it is not in the current order (yet).
    int rowOfLocalId(qint64 localId) const;
    /// True until the full order (and so the exact count) of the current query is known.
    bool isLoading() const { return m_loading; }
    static std::optional<DealSort> sortForColumn(int column);
    static int columnForSort(DealSort sort);

Q_SIGNALS:
    /// The exact number of matching deals is known (or changed).
    void countChanged(qint64 count);
    void loadingChanged(bool loading);
    /// The first rows of a new query are in the model (the list can paint).
    void firstPageReady();
    void loadFailed(const QString& message);

private:
    enum class Phase { Idle, Resetting, Refreshing };

    void start(Phase phase);
    qint64 localIdAt(int row) const;
    void requestPage(int page) const;
    void storeRows(const QList<DealRow>& rows);
    void trimCache();
    void onFirstPage(int generation, const QList<DealRow>& rows);
    void onOrder(int generation, const RowOrder& order);
    void onRows(int generation, int page, const QList<DealRow>& rows);
    void setLoading(bool loading);
    QVariant display(const DealRow& row, int column) const;
    QVariant raw(const DealRow& row, int column) const;
    QVariant toolTip(const DealRow& row, int column) const;
    bool pastSla(const DealRow& row) const;

    QHash<QString, QString> m_labels; ///< code → translated label for status, closure code and stage
    QThread m_thread;
    DealPageLoader* m_loader = nullptr; ///< lives in m_thread
    DealListQuery m_query;
    int m_slaHours = 48;
    int m_expiringWindowDays = 14;
    int m_generation = 0;
    int m_rowsValidFrom = 0; ///< rows loaded by an older generation than this may be stale
    Phase m_phase = Phase::Idle;
    bool m_loading = false;
    int m_rowCount = 0;
    RowOrder m_order;               ///< position → local id, once known
    QList<qint64> m_firstPageOrder; ///< positions before the full order arrives
    mutable QHash<qint64, DealRow> m_rows;
    mutable QHash<int, int> m_requested; ///< page → generation it was requested in
    mutable QList<int> m_recentPages;    ///< most recently requested last; kept when the cache is trimmed
};

} // namespace ChannelDesk
