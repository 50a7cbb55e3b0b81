#pragma once

// Internal to core/training: TierEngine's writes (standings, pending changes, automatic upgrades), applied in the
// order they are pushed. For a full run they are applied by a thread of their own while the engine evaluates the
// next members: on a first run the SQLite writes and the evaluation cost about the same, and the machine has a
// second core. The writer thread borrows the engine's connection for the run (the engine does not touch it until
// finish()); a one-partner run writes each change as it is pushed, on the caller's thread.
//
// Writes are committed in batches of about BatchMs. The first failed write rolls the batch in progress back whole
// (no member is ever half-written), and everything pushed after it is dropped; batches committed before it stay.
#include "TierPendingWriter.h"
#include "TierSql.h"
#include "common/Result.h"
#include "domain/Training.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <variant>
#include <vector>

namespace ChannelDesk {

class Database;

class TierWriteQueue final
{
public:
    /// Commit the batch this often. An edit on another connection waits at most this long for the write lock; each
    /// commit writes every page the batch touched to the WAL, so shorter batches write the same pages many times
    /// (100 ms: 520 MB written by a first run of 100,000 members; 400 ms: 230 MB).
    static constexpr qint64 BatchMs = 250;

    /// A tier_standing row (INSERT OR REPLACE; computed_at is the moment it is written).
    struct Standing
    {
        QByteArray programId;
        TierSql::IdKey partner;
        QByteArray asOf;
        TierSql::IdKey levelId;
        TierSql::IdKey qualifiesLevelId;
        qint64 revenueMinor = 0;
        qint64 certified = 0;
        QByteArray trackCounts;
        qint64 approvedRegistrations = 0;
        qint64 closedWon = 0;
        qint64 points = 0;
        bool atRisk = false;
        QByteArray atRiskOn; ///< empty: NULL
        QByteArray atRiskReasons;
    };
    struct RemoveStanding
    {
        QByteArray programId;
        TierSql::IdKey partner;
    };
    /// What the engine's summary counted for a change; a change the writer finds moved is counted back.
    enum class Counted { Proposed, Review, Withdrawn, Applied };
    struct Pending
    {
        TierPendingWriter::Prepared prepared; ///< built on the engine's thread
        Counted counted = Counted::Proposed;
    };
    /// An automatic upgrade (TierWrites::applyLevel and an "applied" event), written only if the member still holds
    /// the level and pending change the run read.
    struct Apply
    {
        QByteArray memberId;
        TierSql::IdKey level;
        TierSql::IdKey pending;
        QString pendingKind;
        TierLevel target;
        QString reason;
        QString detail;
        QString nowUtc;
    };
    /// Changes counted by the engine that the writer left for the next run (the member changed since it was read).
    struct Moved
    {
        int proposed = 0;
        int reviews = 0;
        int withdrawn = 0;
        int applied = 0;
        int total() const { return proposed + reviews + withdrawn + applied; }
    };

    /// `threaded`: writes on a thread of their own until finish(); otherwise each as it is pushed.
    TierWriteQueue(Database& db, bool threaded);
    /// Without finish(), rolls the batch in progress back (an error elsewhere ended the run).
    ~TierWriteQueue();
    TierWriteQueue(const TierWriteQueue&) = delete;
    TierWriteQueue& operator=(const TierWriteQueue&) = delete;

    void push(Standing standing);
    void push(RemoveStanding remove);
    void push(Pending pending);
    void push(Apply apply);
    /// Hands what was pushed so far to the writer thread (pushes are handed over in chunks).
    void flush();

    /// Whether a write failed (then the rest is dropped; finish() returns the error).
    bool failed() const { return m_failed.load(std::memory_order_relaxed); }
    /// Writes everything pushed, commits, and returns the connection to the caller: the first error, if any.
    Status finish();
    /// Rolls the batch in progress back and drops everything not yet written; returns the connection.
    void abort();
    Moved moved() const { return m_moved; }
    int standingsWritten() const { return m_standingsWritten; }

private:
    using Op = std::variant<Standing, RemoveStanding, Pending, Apply>;
    class Writer;

    void enqueue(Op&& op);
    Status execute(const Op& op); ///< on the writer's thread (the caller's, unthreaded)
    void work();
    void stop(bool commit);

    const bool m_threaded;
    std::unique_ptr<Writer> m_writer;
    std::vector<Op> m_chunk; ///< pushed, not yet handed over (engine's thread)

    std::mutex m_mutex;
    std::condition_variable m_ready;    ///< the writer waits for chunks
    std::condition_variable m_drained;  ///< the engine waits for room
    std::deque<std::vector<Op>> m_chunks;
    size_t m_queued = 0;                ///< ops in m_chunks
    bool m_closing = false;
    bool m_commitAtEnd = true;
    std::atomic<bool> m_failed { false };
    Error m_error;
    Moved m_moved;
    int m_standingsWritten = 0;
    bool m_finished = false;
    std::thread m_thread;
};

} // namespace ChannelDesk
