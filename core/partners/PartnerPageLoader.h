#pragma once

#include "common/Error.h"
#include "partners/PartnerQuery.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace ChannelDesk {

class Database;

/// The ordered local ids of every row a query matches: position → row. 1,000,000 rows are 8 MB; it is what lets
/// the list jump anywhere without OFFSET (qt-style.md §5).
using RowOrder = std::shared_ptr<const std::vector<qint64>>;

/// Loads partner list data on a worker thread with its own read connection, so the UI thread never waits on
/// SQLite. Move it to a QThread and talk to it through queued signals; the latest generation wins.
class PartnerPageLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerPageLoader)

public:
    explicit PartnerPageLoader(QString databasePath, QObject* parent = nullptr);
    ~PartnerPageLoader() override;

    /// Rows in the first page a query delivers before its full order is known.
    static constexpr int FirstPageSize = 120; ///< more than a tall window shows
    /// Up to this many search matches, a query is driven from the matches rather than from a sort index.
    static constexpr int FewMatches = 4000;
    /// Search words whose matches are kept (as bitsets, 125 KB per million partners) for the next keystrokes.
    static constexpr size_t WordSetCacheSize = 32;
    /// A keystroke's first page tests at most this many candidates' search text before it asks FTS instead.
    static constexpr int VerifyLimit = 3000;

    /// Thread-safe: marks every generation below `generation` obsolete and interrupts a running statement of
    /// theirs, so a new keystroke never waits for the previous search.
    void supersede(int generation);

public Q_SLOTS:
    /// Runs `query`: emits firstPageLoaded quickly. When the first page is not everything, the full order follows
    /// (orderReady) after completeQuery() for the same generation; otherwise orderReady comes at once.
    void runQuery(int generation, const ChannelDesk::PartnerQuery& query);
    /// Computes the full order of the query that runQuery(generation) started.
    void completeQuery(int generation);
    /// Loads the rows with these local ids (one page of a known order).
    void loadRows(int generation, int page, const QList<qint64>& localIds);
    /// Partners were written: forget cached orders (call before the next runQuery).
    void dataChanged();
    /// Closes the connection; call before the thread quits.
    void close();

Q_SIGNALS:
    void firstPageLoaded(int generation, const QList<ChannelDesk::PartnerRow>& rows);
    void orderReady(int generation, const ChannelDesk::RowOrder& order);
    void rowsLoaded(int generation, int page, const QList<ChannelDesk::PartnerRow>& rows);
    void failed(int generation, const ChannelDesk::Error& error);

private:
    bool ensureOpen(int generation);
    std::shared_ptr<std::vector<qint64>> selectIds(int generation, const QString& sql, const QVariantList& binds,
                                                   bool quiet = false);
    std::optional<QList<PartnerRow>> fetchRows(int generation, const QList<qint64>& localIds);
    /// One search word's matches (local ids as bits), FTS's answer to "word"*.
    using WordSet = std::shared_ptr<const std::vector<quint64>>;
    void runRankedSearch(int generation, const PartnerQuery& query);
    /// The matches of a search without filters in the cached order of all partners (m_baseOrder).
    std::shared_ptr<std::vector<qint64>> rankedOrder(int generation, const PartnerQuery& query);
    /// The word's set from the cache or FTS; null when superseded or failed (then reported).
    WordSet exactSet(int generation, const QString& word);
    /// The cached set of the longest cached prefix of `word` (a superset of its matches); null if none.
    WordSet cachedSuperset(const QString& word) const;
    void rememberBaseOrder(const PartnerQuery& query, const std::shared_ptr<std::vector<qint64>>& ids);
    void prepareBaseOrder(int generation, const PartnerQuery& query);
    /// The local ids matching an FTS expression as a JSON array, or nothing when there are more than FewMatches.
    std::optional<QString> collectFewMatches(const QString& match);
    bool isObsolete(int generation) const { return generation < m_latest.load(std::memory_order_relaxed); }

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::atomic<int> m_latest { 0 };
    std::atomic<sqlite3*> m_handle { nullptr };
    /// The ascending order of all live partners for m_baseSort: with it a search without other filters is put in
    /// order by one pass over it instead of a sort in SQLite.
    std::shared_ptr<const std::vector<qint64>> m_baseOrder;
    PartnerQuery::Sort m_baseSort = PartnerQuery::Sort::Name;
    struct CachedWord
    {
        QString word;
        WordSet bits;
    };
    std::vector<CachedWord> m_wordSets; ///< least recently used first; cleared with m_baseOrder
    struct Pending
    {
        int generation;
        PartnerQuery query;
        QString where;
        QString order;
        QVariantList binds;
    };
    std::optional<Pending> m_pending; ///< the query whose full order completeQuery() will compute
};

} // namespace ChannelDesk

Q_DECLARE_METATYPE(ChannelDesk::RowOrder)
Q_DECLARE_METATYPE(ChannelDesk::Error)
