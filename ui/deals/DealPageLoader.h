#pragma once

#include "common/Error.h"
#include "deals/DealQuery.h"
#include "partners/PartnerPageLoader.h" // RowOrder and the Error metatype

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

struct sqlite3;

namespace ChannelDesk {

class Database;

/// What the deals list shows: a filter and a sort, turned into SQL by DealQuery::build().
struct DealListQuery
{
    DealFilter filter;
    DealSort sort = DealSort::Updated;
    bool descending = true;
    int stalledDays = 30; ///< DealProgram::stalledDays, for filter.stalled

    bool operator==(const DealListQuery&) const = default;
};

/// The columns one deals-list row shows; loaded a page at a time.
struct DealRow
{
    qint64 localId = 0;
    QByteArray id;
    QString kind;
    QString number;
    QString partnerName;
    QString customerName;
    QString status;
    QString closureCode;
    QString salesStage;
    std::optional<int> probability; ///< the per-deal override; empty = the stage's default
    std::optional<qint64> amountMinor;
    QString currency;
    QDate expectedClose;
    QDate expiresOn;
    QDateTime submittedAt;
    QString cam;
    QString approver;
    QDate extensionRequestedTo;
};

/// Loads deals-list data on a worker thread with its own read connection (the PartnerPageLoader technique,
/// docs/architecture.md "The big partner list"): the first page by ORDER BY … LIMIT on the sort index, the full
/// ordered local_id list afterwards through the raw SQLite API, then pages by id. Move it to a QThread and talk to it
/// through queued calls; supersede() makes the latest generation win and interrupts an older statement.
class DealPageLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealPageLoader)

public:
    explicit DealPageLoader(QString databasePath, QObject* parent = nullptr);
    ~DealPageLoader() override;

    /// Rows of the first page, delivered before the full order is known: more than a tall window shows.
    static constexpr int FirstPageSize = 120;

    /// Thread-safe: marks every generation below `generation` obsolete and interrupts a running statement.
    void supersede(int generation);

public Q_SLOTS:
    /// Emits firstPageLoaded quickly; the full order follows after completeQuery() for the same generation (or at
    /// once when the first page is everything).
    void runQuery(int generation, const ChannelDesk::DealListQuery& query);
    void completeQuery(int generation);
    void loadRows(int generation, int page, const QList<qint64>& localIds);
    /// Closes the connection; call before the thread quits.
    void close();

Q_SIGNALS:
    void firstPageLoaded(int generation, const QList<ChannelDesk::DealRow>& rows);
    void orderReady(int generation, const ChannelDesk::RowOrder& order);
    void rowsLoaded(int generation, int page, const QList<ChannelDesk::DealRow>& rows);
    void failed(int generation, const ChannelDesk::Error& error);

private:
    bool ensureOpen(int generation);
    std::shared_ptr<std::vector<qint64>> selectIds(int generation, const QString& sql, const QVariantList& binds);
    std::optional<QList<DealRow>> fetchRows(int generation, const QList<qint64>& localIds);
    bool isObsolete(int generation) const { return generation < m_latest.load(std::memory_order_relaxed); }

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::atomic<int> m_latest { 0 };
    std::atomic<sqlite3*> m_handle { nullptr };
    struct Pending
    {
        int generation;
        QString sql;
        QVariantList binds;
    };
    std::optional<Pending> m_pending; ///< the ordered-id query completeQuery() will run
};

} // namespace ChannelDesk

Q_DECLARE_METATYPE(ChannelDesk::DealListQuery)
Q_DECLARE_METATYPE(ChannelDesk::DealRow)
