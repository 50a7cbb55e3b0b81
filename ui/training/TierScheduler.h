#pragma once

#include "training/TierEngine.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>

class QThread;

namespace ChannelDesk {

class Database;

/// Keeps tier standings current (TIER-02/03/05): runs TierEngine::recompute at start, every
/// TrainingSettings::recomputeIntervalMinutes, and about two seconds after the last noteDataChanged() (a burst of
/// edits, an import or a sync costs one run). Runs on a worker thread with a database connection of its own, so the
/// UI never waits; never two runs at once: a request during a run schedules exactly one more run after it.
///
/// The worker's connection is a writing one (Database::Role::Bulk, synchronous=NORMAL, like the sync engine's):
/// every run is recomputed from the data, so a run lost to a power cut is simply done again, and a busy_timeout of
/// 5 s (set by Database::open on every connection) lets its short batches (TierWriteQueue) and the editor's
/// transactions wait for each other instead of failing.
class TierScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierScheduler)

public:
    explicit TierScheduler(QString databasePath, QObject* parent = nullptr);
    /// Cancels a running recompute and waits for the worker.
    ~TierScheduler() override;

    /// Runs now, then on the interval the settings give (re-read after each run).
    void start();
    /// Stops the interval timer and the debounce; a running recompute finishes (cancel() stops it).
    void stop();
    /// Runs now, or once more as soon as the running one ends.
    void runNow();
    /// Data that tiers depend on changed (certifications, deals, points, memberships, programs): runs once the
    /// changes have been quiet for debounceInterval().
    void noteDataChanged();
    /// Stops the running recompute at its next member (members already done keep their result) and drops a queued
    /// run.
    void cancel();

    bool isRunning() const { return m_running; }
    /// Whether another run follows the running one.
    bool isRunQueued() const { return m_again; }
    /// Whether a debounced run is waiting for quiet.
    bool isDebouncing() const { return m_debounce.isActive(); }
    void setDebounceInterval(std::chrono::milliseconds interval) { m_debounce.setInterval(interval); }
    std::chrono::milliseconds debounceInterval() const { return m_debounce.intervalAsDuration(); }
    /// The periodic interval in use (from TrainingSettings once a run has read it).
    std::chrono::milliseconds recomputeInterval() const { return m_timer.intervalAsDuration(); }
    bool isStarted() const { return m_timer.isActive(); }

    enum class LastRun { None, Finished, Cancelled, Failed };
    /// How the last run ended.
    LastRun lastRun() const { return m_lastRun; }
    /// Runs that ended (finished, failed or cancelled).
    int completedRuns() const { return m_completed; }
    /// The last successful run's counts and when it finished.
    const TierEngine::Summary& lastSummary() const { return m_summary; }
    QDateTime lastFinishedAt() const { return m_finishedAt; }
    /// The last outcome in words (summary, failure or cancellation); empty before the first run ends.
    QString lastText() const { return m_lastText; }
    /// One line for a run's counts ("1,204 members evaluated · 3 upgrades proposed …").
    static QString summaryText(const TierEngine::Summary& summary);

    /// Tests: called on the worker at every progress report of the engine, before it is checked for cancellation.
    void setWorkerProgressHook(std::function<void(int done, int total)> hook);

Q_SIGNALS:
    void started();
    /// Members evaluated so far of `total` (at most every 50 ms, and always the last one).
    void progress(int done, int total);
    void finished(const QString& summary);
    void cancelled();
    void failed(const QString& message);

private:
    struct RunResult
    {
        Status status;
        TierEngine::Summary summary;
        int intervalMinutes = 0; ///< the settings' value read by the run (0 = unknown)
    };

    void dispatch();
    void workerLoop();
    RunResult recompute(Database& db);
    void onRunEnded(const RunResult& outcome);

    QString m_path;
    QThread* m_thread = nullptr;
    QTimer m_timer;
    QTimer m_debounce;

    std::mutex m_mutex; ///< guards m_request, m_stop and m_hook
    std::condition_variable m_wake;
    bool m_request = false;
    bool m_stop = false;
    std::function<void(int, int)> m_hook;
    std::atomic<bool> m_cancel { false };

    // UI thread only.
    bool m_running = false;
    bool m_again = false;
    int m_completed = 0;
    LastRun m_lastRun = LastRun::None;
    TierEngine::Summary m_summary;
    QDateTime m_finishedAt;
    QString m_lastText;
};

} // namespace ChannelDesk
