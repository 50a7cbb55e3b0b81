#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <functional>

class QThread;

namespace ChannelDesk {

/// Runs one long CSV job (an import, its dry run, an export) on a worker thread with a database connection of its
/// own, so the UI thread never waits: progress arrives through a 50 ms timer (never a flood of queued signals),
/// cancel() asks the job to stop at its next check, and finished() reports the job's status on the UI thread.
class CsvTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvTask)

public:
    /// Called on the worker: `report(done, total, phase)` may be called as often as the job likes.
    using Report = std::function<void(qint64 done, qint64 total, int phase)>;
    using Work = std::function<Status(Database& db, const std::atomic_bool& cancel, const Report& report)>;

    CsvTask(QString databasePath, Database::Role role, Work work, QObject* parent = nullptr);
    /// Cancels a running job and waits for it: the job rolls back, nothing is left half-written.
    ~CsvTask() override;

    void start();
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total, int phase);
    /// `status` is the job's result: ok, Error::Code::Cancelled, or the failure with its message.
    void finished(const ChannelDesk::Status& status);

private:
    void poll();
    void onThreadFinished();

    QString m_path;
    Database::Role m_role;
    Work m_work;
    QThread* m_thread = nullptr;
    QTimer m_timer;
    std::atomic_bool m_cancel { false };
    std::atomic<qint64> m_done { 0 };
    std::atomic<qint64> m_total { 0 };
    std::atomic<int> m_phase { 0 };
    Status m_status;
};

} // namespace ChannelDesk

Q_DECLARE_METATYPE(ChannelDesk::Status)
