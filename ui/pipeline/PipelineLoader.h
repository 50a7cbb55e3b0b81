#pragma once

#include "common/Result.h"
#include "deals/DealQuery.h"
#include "deals/DealSettings.h"
#include "reporting/PipelineReport.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <condition_variable>
#include <mutex>

class QThread;

namespace ChannelDesk {

/// The values the dashboard's filter menus offer, read on the worker with the report.
struct PipelineChoices
{
    QStringList regions;   ///< partner regions in use
    QStringList countries; ///< partner countries in use (ISO codes)
    QStringList cams;      ///< CAMs named on live deals
};

/// Owns the PipelineReport on a worker thread with a database connection of its own, so the UI thread never waits:
/// load() reads every deal once (progress through a 50 ms timer, cancel() stops it at its next check), refresh()
/// re-reads changed deals, and compute() answers a filter from memory. Requests are coalesced: while the worker is
/// busy, only the newest filter is kept, and each result carries the generation of the request it answers.
class PipelineLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineLoader)

public:
    explicit PipelineLoader(QString databasePath, QObject* parent = nullptr);
    /// Cancels a running load and waits for the worker to stop.
    ~PipelineLoader() override;

    /// Reads every deal again (the settings too), then computes the newest filter.
    void load();
    /// Re-reads the deals changed since the last load (a full load when nothing is loaded yet), then recomputes.
    void refresh();
    /// Computes the dashboard for `filter` (once something is loaded).
    void compute(const DealFilter& filter);
    /// Stops a running load at its next progress check; it finishes with Error::Code::Cancelled.
    void cancel();

    /// Whether a full load is running (the screen shows progress and Cancel).
    bool isLoading() const { return m_loading; }
    /// Whether every request made so far has been answered.
    bool isIdle() const { return m_answered == m_generation; }

Q_SIGNALS:
    void loadStarted();
    void progress(qint64 done, qint64 total);
    /// After a full load: ok, Error::Code::Cancelled, or the failure.
    void loadFinished(const ChannelDesk::Status& status);
    /// After a refresh that was not turned into a full load.
    void refreshFinished(const ChannelDesk::Status& status);
    void programLoaded(const ChannelDesk::DealProgram& program);
    void choicesLoaded(const ChannelDesk::PipelineChoices& choices);
    /// `filter` is the one computed (the request of `generation`).
    void computed(const ChannelDesk::PipelineDashboard& dashboard, const ChannelDesk::DealFilter& filter);
    /// Every request made so far has been answered (isIdle() is true).
    void idle();

private:
    struct Request
    {
        bool load = false;
        bool refresh = false;
        bool compute = false;
    };

    void run();
    quint64 request(bool Request::*kind);
    void poll();

    QString m_path;
    QThread* m_thread = nullptr;
    QTimer m_timer;

    std::mutex m_mutex; ///< guards everything below up to the atomics
    std::condition_variable m_wake;
    Request m_pending;
    DealFilter m_filter;     ///< the newest filter asked for
    quint64 m_requested = 0; ///< generation of the newest request
    bool m_stop = false;

    std::atomic_bool m_cancel { false };
    std::atomic<qint64> m_done { 0 };
    std::atomic<qint64> m_total { 0 };

    // UI thread only.
    bool m_loading = false;
    quint64 m_generation = 0; ///< newest request made
    quint64 m_answered = 0;   ///< newest request the worker has finished with
};

} // namespace ChannelDesk
