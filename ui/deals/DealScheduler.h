#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <atomic>

class QThread;

namespace ChannelDesk {

/// Expires registrations whose protection period has ended (DR-06/07), counts those about to (DR-08) and the user's
/// deals archived by an administrator (DR-12): at start, every hour and after a sync, on a worker thread with a
/// database connection of its own (like CsvTask), so the UI never waits.
class DealScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealScheduler)

public:
    explicit DealScheduler(QString databasePath, QObject* parent = nullptr);
    /// Waits for a running pass (a pass is one short transaction).
    ~DealScheduler() override;

    /// Runs a pass now and then every `interval` (an hour by default).
    void start(std::chrono::milliseconds interval = std::chrono::hours(1));
    void stop();
    /// Runs one pass now, unless one is running.
    void runNow();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    /// A pass closed `count` registrations as Expired (0 included, so listeners know the pass ended).
    void expired(int count);
    /// DR-08: approved registrations whose protection ends within `days` days.
    void expiringSoon(int count, int days);
    /// DR-12: `count` of the user's deals were archived by someone else since they last looked, the latest at
    /// `latest` (0 included, so a notice can be hidden).
    void archivedForMe(int count, const QDateTime& latest);
    /// DR-03 reminder: `count` registrations wait for the user's approval, the oldest submitted `oldestHours` ago.
    /// Emitted when the program's reminder interval has passed since the last one, and with 0 when none wait.
    void approvalsWaiting(int count, int oldestHours);
    void failed(const QString& message);

private:
    void onThreadFinished();

    QString m_path;
    QTimer m_timer;
    QThread* m_thread = nullptr;
    // Results of the pass, written by the worker and read after it finished.
    Status m_status;
    int m_expired = 0;
    int m_expiring = 0;
    int m_archived = 0;
    int m_waiting = -1; ///< -1: no reminder due this pass
    int m_waitingHours = 0;
    QDateTime m_archivedLatest;
    int m_windowDays = 14;
};

} // namespace ChannelDesk
