#pragma once

#include <QObject>
#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>

class QThread;

namespace ChannelDesk {

class Database;

/// Runs reads for one training view on a worker thread with a database connection of its own (the BudgetTreeLoader
/// technique), so the UI thread never waits for SQLite. Requests are coalesced: while a read runs, only the newest
/// request waits, and an answer is delivered only if no newer request was made meanwhile.
class TrainingReadWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingReadWorker)

public:
    /// What runs on the worker: reads with `db` and returns what to do on the UI thread with the result.
    using Read = std::function<std::function<void()>(Database& db)>;

    /// `name` names the thread ("certifications-expiring").
    TrainingReadWorker(QString databasePath, const QString& name, QObject* parent = nullptr);
    /// Waits for a running read to finish and stops the worker.
    ~TrainingReadWorker() override;

    /// Queues `read` (replacing one that has not started); returns its generation.
    quint64 run(Read read);
    quint64 generation() const { return m_generation; }
    /// Whether every request made so far has been answered (or dropped for a newer one).
    bool isIdle() const { return m_answered == m_generation; }

Q_SIGNALS:
    /// The database could not be opened.
    void failed(const QString& message);
    /// Every request made so far has been answered.
    void idle();

private:
    void work();

    QString m_path;
    QThread* m_thread = nullptr;

    std::mutex m_mutex; ///< guards the members up to m_stop
    std::condition_variable m_wake;
    Read m_pending;
    quint64 m_requested = 0;
    bool m_stop = false;

    // UI thread only.
    quint64 m_generation = 0;
    quint64 m_answered = 0;
};

} // namespace ChannelDesk
