#pragma once

#include "mdf/MdfListLoader.h"
#include "mdf/MdfQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QThread>

#include <functional>
#include <optional>
#include <variant>

namespace ChannelDesk {

/// A request list's or a claim list's filter.
using MdfListFilter = std::variant<MdfRequestFilter, MdfClaimFilter>;

/// What an MDF list shows: a filter and a sort key of its spec (MdfRequestSort or MdfClaimSort as int).
struct MdfListQuery
{
    MdfListFilter filter;
    int sort = 0;
    bool descending = true;

    bool operator==(const MdfListQuery&) const = default;
};

/// One column of an MDF list and how it shows its value.
struct MdfListColumn
{
    enum class Kind {
        Text,
        Status,    ///< a status code shown by its label
        Money,     ///< minor units; `currency` is the index of the currency value
        Date,      ///< QDate
        Instant,   ///< QDateTime (UTC), shown as its local date
        Submitted, ///< QDateTime; while the row is submitted, how long it has waited, flagged past the SLA
        Deadline,  ///< QDate; flagged when near (MDF-10) for rows in MdfListSpec::deadlineStatuses
    };
    QString header;
    QString headerToolTip;
    Kind kind = Kind::Text;
    int value = 0;     ///< index into MdfListRow::values
    int currency = -1; ///< Money: index of the currency code value
    int sort = -1;     ///< the sort key a header click selects; -1 = not sortable
    int widthEm = 9;   ///< initial width in 'M's
};

/// Everything that makes the generic lazy list a request list or a claim list (see MdfListSpecs.h).
struct MdfListSpec
{
    QString name;                      ///< "requests", "claims": thread and log names
    QString rowColumns;                ///< MdfListStatement::rowColumns
    QString table;                     ///< MdfListStatement::table
    QString alias;                     ///< MdfListStatement::alias
    QList<int> decode;                 ///< MdfListStatement::decode
    QList<MdfListColumn> columns;
    QHash<QString, QString> statusLabels;
    int statusValue = -1;              ///< index of the status code value (queue and deadline flags)
    int approverValue = -1;            ///< index of who decides (tool tips)
    QStringList deadlineStatuses;      ///< rows whose Deadline column is flagged when near
    std::function<MdfSql(const MdfListFilter& filter, int sort, bool descending)> build;
    MdfListQuery initial;              ///< filter type and default sort
};

/// An MDF list as a lazy model over SQLite, the deals list's technique for 100,000 requests or 300,000 claims
/// (qt-style.md §5): rowCount is the exact count once known, data() never blocks (an uncached row shows a placeholder
/// and its page is requested), rows come a page at a time from an MdfListLoader on a worker thread with its own
/// connection, sorting and filtering are SQL (MdfQuery), and a generation number drops stale results. Rows are
/// cached by local id, so after a change only the touched rows are refetched and the selection stays on its record.
class MdfListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MdfListModel)

public:
    static constexpr int PageSize = 100;
    /// Upper bound on cached rows; scrolling through 300,000 claims keeps memory flat.
    static constexpr int MaxCachedRows = 20000;

    MdfListModel(MdfListSpec spec, const QString& databasePath, QObject* parent = nullptr);
    ~MdfListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// ORDER BY in SQL; a column without a sort key is ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const MdfListSpec& spec() const { return m_spec; }
    const MdfListQuery& query() const { return m_query; }
    /// The statement the loader runs for the current query.
    MdfListStatement statement() const;
    /// Shows what `query` matches: a reset, since positions mean something else afterwards.
    void setQuery(const MdfListQuery& query);
    void setFilter(const MdfListFilter& filter);
    /// Re-reads after a change without a reset: rows in `changedIds` are refetched (all rows when empty), the
    /// others move to where the new order puts them, persistent indexes (selection, current) follow their rows.
    void refresh(const QList<QByteArray>& changedIds = {});
    /// Submissions undecided for longer than this are flagged (MdfProgram::slaHours).
    void setSlaHours(int hours);
    int slaHours() const { return m_slaHours; }
    /// Claim deadlines this close are flagged (MdfProgram::deadlineWarningDays, MDF-10).
    void setDeadlineWarningDays(int days);

    /// The record at `row`, empty while that row is not loaded yet.
    QByteArray idAt(int row) const;
    /// Value `valueIndex` of MdfListRow::values at `row`; invalid while the row is not loaded.
    QVariant rowValue(int row, int valueIndex) const;
    /// The position of the row with this local id, -1 if it is not in the current order (yet).
    int rowOfLocalId(qint64 localId) const;
    /// True until the full order (and so the exact count) of the current query is known.
    bool isLoading() const { return m_loading; }
    int columnForSort(int sortKey) const;
    std::optional<int> sortForColumn(int column) const;
    /// Whether the row's submission waits past the SLA (for the queue's flag).
    bool isPastSla(int row) const;

Q_SIGNALS:
    /// The exact number of matching records is known (or changed).
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
    void storeRows(const QList<MdfListRow>& rows);
    void trimCache();
    void onFirstPage(int generation, const QList<MdfListRow>& rows);
    void onOrder(int generation, const RowOrder& order);
    void onRows(int generation, int page, const QList<MdfListRow>& rows);
    void setLoading(bool loading);
    QVariant value(const MdfListRow& row, int index) const;
    QString status(const MdfListRow& row) const;
    QVariant display(const MdfListRow& row, const MdfListColumn& column) const;
    QVariant toolTip(const MdfListRow& row, const MdfListColumn& column) const;
    bool pastSla(const MdfListRow& row, const MdfListColumn& column) const;
    bool deadlineNear(const MdfListRow& row, const MdfListColumn& column) const;
    void emitColumnsChanged(MdfListColumn::Kind kind, const QList<int>& roles);

    MdfListSpec m_spec;
    QThread m_thread;
    MdfListLoader* m_loader = nullptr; ///< lives in m_thread
    MdfListQuery m_query;
    int m_slaHours = 48;
    int m_deadlineWarningDays = 14;
    int m_generation = 0;
    int m_rowsValidFrom = 0; ///< rows loaded by an older generation than this may be stale
    Phase m_phase = Phase::Idle;
    bool m_loading = false;
    int m_rowCount = 0;
    RowOrder m_order;               ///< position → local id, once known
    QList<qint64> m_firstPageOrder; ///< positions before the full order arrives
    mutable QHash<qint64, MdfListRow> m_rows;
    mutable QHash<int, int> m_requested; ///< page → generation it was requested in
    mutable QList<int> m_recentPages;    ///< most recently requested last; kept when the cache is trimmed
};

} // namespace ChannelDesk
