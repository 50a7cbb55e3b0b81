#include "TierWriteQueue.h"

#include "TierWrites.h"
#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"

#include <QElapsedTimer>

#include <chrono>

#include <sqlite3.h>

namespace ChannelDesk {

namespace {

using TierSql::IdKey;
using TierSql::Statement;

constexpr size_t ChunkOps = 256;       ///< pushes handed to the writer together (one lock per chunk)
constexpr size_t MaxQueuedOps = 16384; ///< the engine waits beyond this (bounded memory if the writer lags)

const QString SystemActor = QStringLiteral("system");

} // namespace

/// Everything that touches the connection: lives and runs on the writer thread (or the caller's, unthreaded).
/// Only raw SQLite calls here: the QSqlDatabase belongs to the engine's thread.
class TierWriteQueue::Writer
{
public:
    explicit Writer(Database& db)
        : m_handle(db.handle())
        , m_writeStanding(m_handle, QStringLiteral(
              "INSERT OR REPLACE INTO tier_standing (partner_id, program_id, computed_at, as_of, level_id, "
              "qualifies_level_id, revenue_minor, certified, track_counts, approved_registrations, closed_won, points, "
              "at_risk, at_risk_on, at_risk_reasons) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
              "?14, ?15)"))
        , m_removeStanding(m_handle, QStringLiteral("DELETE FROM tier_standing WHERE partner_id = ?1 AND program_id = ?2"))
        , m_pending(db)
        , m_records(db)
        , m_members(db)
    {
        m_records.setSavepointPerCall(false); // the batch is all or nothing; no savepoint per write
    }

    /// Opens the batch when none is open: a transaction, or a savepoint inside the caller's.
    Status ensure()
    {
        if (m_open)
            return {};
        m_nested = sqlite3_get_autocommit(m_handle) == 0;
        if (Status s = exec(m_nested ? "SAVEPOINT tier_batch" : "BEGIN IMMEDIATE"); !s)
            return s;
        m_open = true;
        m_age.start();
        return {};
    }
    Status commitIfOld() { return m_open && m_age.elapsed() >= BatchMs ? commit() : Status(); }
    Status commit()
    {
        if (!m_open)
            return {};
        if (Status s = exec(m_nested ? "RELEASE tier_batch" : "COMMIT"); !s)
            return s;
        m_open = false;
        return {};
    }
    void rollback()
    {
        if (!m_open)
            return;
        m_open = false;
        Status s = exec(m_nested ? "ROLLBACK TO tier_batch" : "ROLLBACK");
        if (s && m_nested)
            s = exec("RELEASE tier_batch");
        if (!s)
            qCWarning(lcTraining).noquote() << "Rollback of the tier batch failed:" << s.error().toLogString();
    }

    Status write(const Standing& standing, int& written)
    {
        if (Status s = ensure(); !s)
            return s;
        // Bound in place: the op outlives the statement's run.
        Statement& q = m_writeStanding;
        q.bindInPlace(1, standing.partner.view());
        q.bindInPlace(2, QByteArrayView(standing.programId));
        q.bindTextInPlace(3, m_clock.nowUtc());
        q.bindTextInPlace(4, standing.asOf);
        q.bindInPlace(5, standing.levelId.view());
        q.bindInPlace(6, standing.qualifiesLevelId.view());
        q.bind(7, standing.revenueMinor);
        q.bind(8, standing.certified);
        q.bindTextInPlace(9, standing.trackCounts);
        q.bind(10, standing.approvedRegistrations);
        q.bind(11, standing.closedWon);
        q.bind(12, standing.points);
        q.bind(13, qint64(standing.atRisk ? 1 : 0));
        if (standing.atRiskOn.isEmpty())
            q.bindNull(14);
        else
            q.bindTextInPlace(14, standing.atRiskOn);
        q.bindTextInPlace(15, standing.atRiskReasons);
        if (!q.run())
            return q.error();
        ++written;
        return {};
    }
    Status write(const RemoveStanding& remove, int& written)
    {
        if (Status s = ensure(); !s)
            return s;
        m_removeStanding.bind(1, remove.partner.view());
        m_removeStanding.bind(2, QByteArrayView(remove.programId));
        if (!m_removeStanding.run())
            return m_removeStanding.error();
        written += sqlite3_changes(m_handle);
        return {};
    }
    Status write(const Pending& pending, Moved& moved)
    {
        if (Status s = ensure(); !s)
            return s;
        const Result<bool> written = m_pending.write(pending.prepared);
        if (!written)
            return written.error();
        if (!written.value()) {
            qCDebug(lcTraining) << "member changed during the recompute; left for the next run";
            switch (pending.counted) {
            case Counted::Proposed:
                ++moved.proposed;
                break;
            case Counted::Review:
                ++moved.reviews;
                break;
            case Counted::Withdrawn:
                ++moved.withdrawn;
                break;
            case Counted::Applied:
                ++moved.applied;
                break;
            }
        }
        return {};
    }
    Status write(const Apply& apply, Moved& moved)
    {
        if (Status s = ensure(); !s)
            return s;
        Result<ProgramMember> fresh = m_members.read(apply.memberId);
        if (!fresh || IdKey::of(QByteArrayView(fresh->levelId)) != apply.level
            || IdKey::of(QByteArrayView(fresh->pendingLevelId)) != apply.pending
            || fresh->pendingKind != apply.pendingKind) {
            qCDebug(lcTraining) << "member changed during the recompute; left for the next run";
            ++moved.applied;
            return {};
        }
        ProgramMember row = fresh.value();
        const QByteArray fromLevel = row.levelId;
        if (Status s = TierWrites::applyLevel(m_records, row, &apply.target); !s)
            return s;
        return TierWrites::event(m_records, row, SystemActor, Timestamp::fromStorage(apply.nowUtc),
                                 QStringLiteral("applied"), fromLevel, apply.target.id, apply.reason, apply.detail);
    }

private:
    Status exec(const char* sql)
    {
        char* message = nullptr;
        const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, &message);
        if (rc == SQLITE_OK)
            return {};
        const QString why = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return Sql::fromResultCode(rc, why + QStringLiteral(" [") + QString::fromLatin1(sql) + QLatin1Char(']'));
    }

    sqlite3* m_handle;
    Statement m_writeStanding;
    Statement m_removeStanding;
    TierPendingWriter m_pending;
    RecordWriter m_records;
    TierWrites::MemberReader m_members;
    TierSql::UtcClock m_clock;
    QElapsedTimer m_age;
    bool m_open = false;
    bool m_nested = false;
};

TierWriteQueue::TierWriteQueue(Database& db, bool threaded)
    : m_threaded(threaded)
    , m_writer(std::make_unique<Writer>(db))
{
    if (m_threaded) {
        m_chunk.reserve(ChunkOps);
        m_thread = std::thread([this] { work(); });
    }
}

TierWriteQueue::~TierWriteQueue()
{
    if (!m_finished)
        abort();
}

void TierWriteQueue::push(Standing standing)
{
    enqueue(Op(std::move(standing)));
}

void TierWriteQueue::push(RemoveStanding remove)
{
    enqueue(Op(std::move(remove)));
}

void TierWriteQueue::push(Pending pending)
{
    enqueue(Op(std::move(pending)));
}

void TierWriteQueue::push(Apply apply)
{
    enqueue(Op(std::move(apply)));
}

Status TierWriteQueue::execute(const Op& op)
{
    return std::visit(
        [this](const auto& item) -> Status {
            using T = std::decay_t<decltype(item)>;
            if constexpr (std::is_same_v<T, Standing> || std::is_same_v<T, RemoveStanding>)
                return m_writer->write(item, m_standingsWritten);
            else
                return m_writer->write(item, m_moved);
        },
        op);
}

void TierWriteQueue::enqueue(Op&& op)
{
    if (failed() || m_finished)
        return;
    if (!m_threaded) {
        // One partner's run: written at once, on the caller's thread.
        Status status = execute(op);
        if (!status) {
            m_writer->rollback();
            m_error = status.error();
            m_failed = true;
        }
        return;
    }
    m_chunk.push_back(std::move(op));
    if (m_chunk.size() >= ChunkOps)
        flush();
}

void TierWriteQueue::flush()
{
    if (!m_threaded || m_chunk.empty())
        return;
    std::unique_lock lock(m_mutex);
    m_drained.wait(lock, [this] { return m_queued < MaxQueuedOps || m_failed.load(); });
    m_queued += m_chunk.size();
    m_chunks.push_back(std::move(m_chunk));
    m_chunk = {};
    m_chunk.reserve(ChunkOps);
    lock.unlock();
    m_ready.notify_one();
}

void TierWriteQueue::work()
{
    for (;;) {
        std::vector<Op> chunk;
        {
            std::unique_lock lock(m_mutex);
            while (m_chunks.empty() && !m_closing) {
                // Nothing to write for a while (the engine is evaluating unchanged members): the batch is committed
                // once old enough, as when writing, so the write lock is never held long.
                if (m_ready.wait_for(lock, std::chrono::milliseconds(BatchMs)) == std::cv_status::timeout
                    && m_chunks.empty() && !m_closing && !m_failed) {
                    lock.unlock();
                    const Status status = m_writer->commitIfOld();
                    lock.lock();
                    if (!status) {
                        m_writer->rollback();
                        m_error = status.error();
                        m_failed = true;
                    }
                }
            }
            if (m_chunks.empty())
                break; // closing, everything written
            chunk = std::move(m_chunks.front());
            m_chunks.pop_front();
            m_queued -= chunk.size();
        }
        m_drained.notify_one();
        if (m_failed)
            continue; // drop what follows a failure
        Status status;
        for (const Op& op : chunk) {
            status = execute(op);
            if (status)
                status = m_writer->commitIfOld();
            if (!status)
                break;
        }
        if (!status) {
            m_writer->rollback();
            std::lock_guard lock(m_mutex);
            m_error = status.error();
            m_failed = true;
            m_drained.notify_all();
        }
    }
    // Closing: the last batch is committed unless the run failed or was aborted.
    bool commit = false;
    {
        std::lock_guard lock(m_mutex);
        commit = m_commitAtEnd && !m_failed;
    }
    if (commit) {
        if (Status status = m_writer->commit(); !status) {
            m_writer->rollback();
            std::lock_guard lock(m_mutex);
            m_error = status.error();
            m_failed = true;
        }
    } else {
        m_writer->rollback();
    }
}

void TierWriteQueue::stop(bool commit)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_threaded) {
        if (commit)
            flush();
        {
            std::lock_guard lock(m_mutex);
            m_closing = true;
            m_commitAtEnd = commit;
            if (!commit) {
                m_chunks.clear();
                m_queued = 0;
            }
        }
        m_ready.notify_one();
        m_thread.join();
        m_chunk.clear();
    } else if (commit && !m_failed) {
        if (Status status = m_writer->commit(); !status) {
            m_writer->rollback();
            m_error = status.error();
            m_failed = true;
        }
    } else {
        m_writer->rollback();
    }
    m_writer.reset(); // its statements go before the engine uses the connection again
}

Status TierWriteQueue::finish()
{
    stop(true);
    if (m_failed)
        return m_error;
    return {};
}

void TierWriteQueue::abort()
{
    stop(false);
}

} // namespace ChannelDesk
