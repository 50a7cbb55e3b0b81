#pragma once

#include "common/Error.h"
#include "common/Result.h"
#include "mdf/MdfQuery.h"
#include "partners/PartnerPageLoader.h" // RowOrder and the Error metatype

#include <QList>
#include <QObject>
#include <QVariantList>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace ChannelDesk {

class Database;

/// What an MDF list loads: its row columns and a filter + sort as SQL (MdfQuery::build). Plain data, so it crosses
/// to the loader thread by value.
struct MdfListStatement
{
    /// How a row value is decoded (the SELECT stores dates and instants as ISO text).
    enum Decode { Raw = 0, Date = 1, Instant = 2 };

    QString rowColumns;  ///< the SELECT list over the query's alias: local_id and id first, then the values
    QString table;       ///< "mdf_request r": where a page of rows is read by local id
    QString alias;       ///< "r"
    QList<int> decode;   ///< one Decode per value after local_id and id: as many as there are values
    MdfSql sql;

    bool operator==(const MdfListStatement&) const = default;
};

/// One list row: its keys and the values of MdfListStatement::rowColumns after them.
struct MdfListRow
{
    qint64 localId = 0;
    QByteArray id;
    QVariantList values;
};

/// Loads an MDF list on a worker thread with its own read connection, the technique of the deals and partner lists
/// (docs/architecture.md "The big partner list"): the first page by ORDER BY … LIMIT on the sort index (or the partner
/// walk of MdfSql::headFrom), the full ordered local_id list afterwards through the raw SQLite API once the model
/// asks (completeQuery, after the first paint), then pages by id. Move it to a QThread and talk to it through queued
/// calls; supersede() makes the latest generation win and interrupts an older statement.
class MdfListLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MdfListLoader)

public:
    /// `name` says which list in errors and logs ("requests", "claims").
    MdfListLoader(QString databasePath, QString name, QObject* parent = nullptr);
    ~MdfListLoader() override;

    /// Rows of the first page, delivered before the full order is known: more than a tall window shows.
    static constexpr int FirstPageSize = 120;

    /// How far each way of reading a first page may go before the next takes over, in SQLite VM instructions, so
    /// the choice is the same on a busy or an idle machine. In the order tried:
    /// - walk: the sort index, reading each row to test its status and search words (MdfSql::walkWhere); a common
    ///   status or word fills a page within a few hundred rows (searchWalk with a search);
    /// - set: with a search, the plain query, which reads a rare search's few matches from its FTS5 set;
    /// - member: the sort index alone, testing membership in the ids of the status or search, built once
    ///   (MdfSql::memberWhere; searchMember with a search, whose set may be large);
    /// then the plain query without a limit. Measured on the benchmark database: a status walk costs about 1 µs per
    /// instruction (a table read per row), a membership walk about 0.1 µs, so the status budgets are a few
    /// milliseconds and about 20 ms; docs/benchmarks.md has the search figures.
    struct Budgets
    {
        int walk = 4000;
        int searchWalk = 8000;
        int set = 45000;
        int member = 200000;
        int searchMember = 1500000;
    };

    /// Which way served a first page.
    enum class FirstPagePlan { Plain, Walk, Member };

    /// The first page's SELECT of local ids in order (with the LIMIT) over `where` (or one of its rewrites),
    /// bindings = statement.sql.values. Public for the plan tests.
    static QString firstPageSql(const MdfListStatement& statement, FirstPagePlan plan = FirstPagePlan::Plain);
    /// The first page's local ids in list order: the walk, for a search the plain query, the membership walk,
    /// each within its budget (0: skip it), then the plain query; `used` (optional) says which answered. Only ids are selected, so the row columns
    /// (correlated lookups) are computed for the page's rows alone, never for every matching row before a sort.
    /// Error code Cancelled when sqlite3_interrupt() stopped it.
    static Result<std::vector<qint64>> firstPageIds(Database& db, const MdfListStatement& statement,
                                                    const Budgets& budgets, FirstPagePlan* used = nullptr);
    /// The rows of `localIds` with the statement's columns, in the order of `localIds` (missing ids left out).
    static Result<QList<MdfListRow>> readRows(Database& db, const MdfListStatement& statement,
                                              const std::vector<qint64>& localIds);
    /// The full order's SELECT of local ids.
    static QString orderSql(const MdfListStatement& statement);

    /// Thread-safe: marks every generation below `generation` obsolete and interrupts a running statement.
    void supersede(int generation);

public Q_SLOTS:
    /// Emits firstPageLoaded quickly; the full order follows after completeQuery() for the same generation (or at
    /// once when the first page is everything).
    void runQuery(int generation, const ChannelDesk::MdfListStatement& statement);
    void completeQuery(int generation);
    void loadRows(int generation, int page, const QList<qint64>& localIds);
    /// Closes the connection; call before the thread quits.
    void close();

Q_SIGNALS:
    void firstPageLoaded(int generation, const QList<ChannelDesk::MdfListRow>& rows);
    void orderReady(int generation, const ChannelDesk::RowOrder& order);
    void rowsLoaded(int generation, int page, const QList<ChannelDesk::MdfListRow>& rows);
    void failed(int generation, const ChannelDesk::Error& error);

private:
    bool ensureOpen(int generation);
    std::shared_ptr<std::vector<qint64>> selectIds(int generation, const QString& sql, const QVariantList& binds);
    bool isObsolete(int generation) const { return generation < m_latest.load(std::memory_order_relaxed); }

    QString m_path;
    QString m_name;
    std::unique_ptr<Database> m_db;
    std::atomic<int> m_latest { 0 };
    std::atomic<sqlite3*> m_handle { nullptr };
    MdfListStatement m_statement; ///< of the latest runQuery: pages are read with its columns
    struct Pending
    {
        int generation;
        QString sql;
        QVariantList binds;
    };
    std::optional<Pending> m_pending; ///< the ordered-id query completeQuery() will run
};

} // namespace ChannelDesk

Q_DECLARE_METATYPE(ChannelDesk::MdfListStatement)
Q_DECLARE_METATYPE(ChannelDesk::MdfListRow)
