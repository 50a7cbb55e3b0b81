#pragma once

#include "mdf/MdfListLoader.h"
#include "training/CertificationQuery.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>
#include <QThread>

#include <optional>

namespace ChannelDesk {

/// What the certification list shows.
struct CertificationListQuery
{
    CertificationFilter filter;
    CertificationSort sort = CertificationSort::Person;
    bool descending = false;

    bool operator==(const CertificationListQuery&) const = default;
};

/// The certification list as a lazy model over SQLite for a million certifications (qt-style.md §5, the technique
/// of the MDF lists, whose generic MdfListLoader reads it on a worker thread with its own connection): rowCount is
/// the exact count once the full order is known, data() never blocks (an uncached row shows a placeholder and its
/// page is requested), sorting and filtering are SQL (CertificationQuery) and a generation number drops stale
/// results. Rows are cached by local id, so after a change only the touched rows are refetched and the selection
/// stays on its record. States are shown as of the filter's day (CERT-02).
class CertificationListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificationListModel)

public:
    enum Column { Person, Partner, Definition, Track, State, Acquired, Expires, CertificateId, ColumnCount };
    static constexpr int PageSize = 100;
    /// Upper bound on cached rows: scrolling through a million keeps memory flat.
    static constexpr int MaxCachedRows = 20000;

    explicit CertificationListModel(const QString& databasePath, QObject* parent = nullptr);
    ~CertificationListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// ORDER BY in SQL; a column without a sort key is ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const CertificationListQuery& query() const { return m_query; }
    /// Shows what `query` matches: a reset, since positions mean something else afterwards.
    void setQuery(const CertificationListQuery& query);
    void setFilter(const CertificationFilter& filter);
    /// Re-reads after a change without a reset: rows in `changedIds` are refetched (all rows when empty), the others
    /// move to where the new order puts them; persistent indexes (selection, current) follow their rows.
    void refresh(const QList<QByteArray>& changedIds = {});

    /// The row's record, nullopt while it is not loaded yet.
    std::optional<CertificationRow> rowAt(int row) const;
    QByteArray idAt(int row) const;
    /// The position of the row with this local id, -1 if it is not in the current order (yet).
    int rowOfLocalId(qint64 localId) const;
    /// True until the full order (and so the exact count) of the current query is known.
    bool isLoading() const { return m_loading; }
    static std::optional<CertificationSort> sortForColumn(int column);
    static int columnForSort(CertificationSort sort);
    /// The day states are shown for.
    QDate today() const;

    /// The colour a state is shown in (none for active), shared by every training view.
    static QColor stateColor(CertificationState state);

    /// What the loader runs for `query` (public for tests).
    static MdfListStatement statementFor(const CertificationListQuery& query);

Q_SIGNALS:
    void countChanged(qint64 count);
    void loadingChanged(bool loading);
    void firstPageReady();
    void loadFailed(const QString& message);

private:
    enum class Phase { Idle, Resetting, Refreshing };

    void start(Phase phase);
    qint64 localIdAt(int row) const;
    void requestPage(int page) const;
    void storeRows(const QList<MdfListRow>& rows);
    void trimCache();
    void onFirstPage(int generation, const QList<MdfListRow>& rows);
    void onOrder(int generation, const RowOrder& order);
    void onRows(int generation, int page, const QList<MdfListRow>& rows);
    void setLoading(bool loading);
    QVariant display(const CertificationRow& row, int column) const;
    QVariant raw(const CertificationRow& row, int column) const;

    QThread m_thread;
    MdfListLoader* m_loader = nullptr; ///< lives in m_thread
    CertificationListQuery m_query;
    int m_generation = 0;
    int m_rowsValidFrom = 0;
    Phase m_phase = Phase::Idle;
    bool m_loading = false;
    int m_rowCount = 0;
    RowOrder m_order;
    QList<qint64> m_firstPageOrder;
    mutable QHash<qint64, CertificationRow> m_rows;
    mutable QHash<int, int> m_requested;
    mutable QList<int> m_recentPages;
};

} // namespace ChannelDesk
