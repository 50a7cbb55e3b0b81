#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>

class QThread;

namespace ChannelDesk {

class Database;

/// Runs the tier review screen's reads (TierQuery) on a worker thread with a database connection of its own, so the
/// screen never waits for SQLite. A job runs on the worker and returns the answer to apply on the UI thread. Jobs
/// are keyed: while a job waits, a newer one with the same key replaces it, and an answer is applied only if no newer
/// job of its key was submitted meanwhile (the latest filter or selection wins).
class TierQueryLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierQueryLoader)

public:
    /// Applied on the UI thread.
    using Answer = std::function<void()>;
    /// Runs on the worker with its connection.
    using Job = std::function<Answer(Database& db)>;

    explicit TierQueryLoader(QString databasePath, QObject* parent = nullptr);
    /// Waits for a running job and stops the worker; answers not applied yet are dropped.
    ~TierQueryLoader() override;

    void submit(const QString& key, Job job);
    /// Whether every job submitted so far has been answered (or replaced).
    bool isIdle() const { return m_outstanding == 0; }

Q_SIGNALS:
    /// The worker's connection could not be opened; the jobs waiting are dropped.
    void failed(const QString& message);
    /// Every job submitted so far has been answered.
    void idle();

private:
    struct Pending
    {
        QString key;
        quint64 generation = 0;
        Job job;
    };

    void run();
    void answered(const QString& key, quint64 generation, const Answer& answer);

    QString m_path;
    QThread* m_thread = nullptr;

    std::mutex m_mutex; ///< guards m_queue and m_stop
    std::condition_variable m_wake;
    QList<Pending> m_queue;
    bool m_stop = false;

    // UI thread only.
    QHash<QString, quint64> m_latest;
    quint64 m_generation = 0;
    int m_outstanding = 0;
};

} // namespace ChannelDesk
