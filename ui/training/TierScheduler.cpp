#include "TierScheduler.h"

#include "storage/Database.h"
#include "training/TrainingSettings.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <QThread>

#include <memory>

namespace ChannelDesk {

namespace {

Q_LOGGING_CATEGORY(lcTierScheduler, "channeldesk.ui.training.scheduler", QtInfoMsg)

constexpr int DefaultIntervalMinutes = 60;
// Progress is posted to the UI at most this often: a run walks 100,000 members in about two seconds.
constexpr qint64 ProgressEveryMs = 50;

} // namespace

TierScheduler::TierScheduler(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    m_timer.setInterval(std::chrono::minutes(DefaultIntervalMinutes));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(std::chrono::seconds(2));
    connect(&m_timer, &QTimer::timeout, this, &TierScheduler::runNow);
    connect(&m_debounce, &QTimer::timeout, this, &TierScheduler::runNow);
    m_thread = QThread::create([this] { workerLoop(); });
    m_thread->setObjectName(QStringLiteral("tier-recompute"));
    m_thread->start(QThread::LowPriority);
}

TierScheduler::~TierScheduler()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
        m_cancel = true;
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
}

void TierScheduler::start()
{
    m_timer.start();
    runNow();
}

void TierScheduler::stop()
{
    m_timer.stop();
    m_debounce.stop();
}

void TierScheduler::runNow()
{
    // Whatever asked (timer, debounce, the user) is served by this run or the one queued after it.
    m_debounce.stop();
    if (m_running) {
        m_again = true;
        return;
    }
    dispatch();
}

void TierScheduler::noteDataChanged()
{
    m_debounce.start();
}

void TierScheduler::cancel()
{
    m_again = false;
    m_debounce.stop();
    if (!m_running)
        return;
    bool notStarted = false;
    {
        const std::lock_guard lock(m_mutex);
        notStarted = m_request;
        m_request = false;
        if (!notStarted)
            m_cancel = true;
    }
    if (notStarted) {
        // The worker had not picked the run up yet: it never will.
        m_running = false;
        ++m_completed;
        m_lastRun = LastRun::Cancelled;
        m_lastText = tr("Tier check cancelled");
        Q_EMIT cancelled();
    }
}

void TierScheduler::setWorkerProgressHook(std::function<void(int done, int total)> hook)
{
    const std::lock_guard lock(m_mutex);
    m_hook = std::move(hook);
}

void TierScheduler::dispatch()
{
    m_running = true;
    {
        const std::lock_guard lock(m_mutex);
        m_request = true;
    }
    m_wake.notify_all();
    Q_EMIT started();
}

QString TierScheduler::summaryText(const TierEngine::Summary& summary)
{
    QStringList parts;
    parts << tr("%n member(s) evaluated", nullptr, summary.members);
    if (summary.proposed > 0)
        parts << tr("%n upgrade(s) proposed", nullptr, summary.proposed);
    if (summary.applied > 0)
        parts << tr("%n upgrade(s) applied automatically", nullptr, summary.applied);
    if (summary.reviews > 0)
        parts << tr("%n demotion review(s) opened", nullptr, summary.reviews);
    if (summary.withdrawn > 0)
        parts << tr("%n pending change(s) withdrawn", nullptr, summary.withdrawn);
    parts << tr("%n at risk", nullptr, summary.atRisk);
    //: Separator between the counts of a tier recompute
    return parts.join(tr(" · "));
}

void TierScheduler::workerLoop()
{
    // Qt Sql connections belong to the thread that opens them: this one is the worker's, closed when the loop ends.
    std::unique_ptr<Database> db;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_request; });
            if (m_stop)
                return;
            m_request = false;
            m_cancel = false;
        }
        RunResult outcome;
        if (!db) {
            auto opened = Database::open(m_path, Database::Role::Bulk);
            if (opened)
                db = std::move(opened).value();
            else
                outcome.status = opened.error();
        }
        if (db)
            outcome = recompute(*db);
        // Dropped if the scheduler is gone by then (its destructor waits for this thread first).
        QMetaObject::invokeMethod(this, [this, outcome] { onRunEnded(outcome); }, Qt::QueuedConnection);
        if (db && outcome.status)
            TierEngine::checkpoint(*db); // after the result is shown, before an editor's save would have to
    }
}

TierScheduler::RunResult TierScheduler::recompute(Database& db)
{
    std::function<void(int, int)> hook;
    {
        const std::lock_guard lock(m_mutex);
        hook = m_hook;
    }
    QElapsedTimer sincePost;
    sincePost.start();
    bool posted = false;
    const TierEngine::Progress progress = [this, &hook, &sincePost, &posted](int done, int total) {
        if (hook)
            hook(done, total);
        if (!posted || done >= total || sincePost.elapsed() >= ProgressEveryMs) {
            posted = true;
            sincePost.restart();
            QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT this->progress(done, total); },
                                      Qt::QueuedConnection);
        }
        return !m_cancel.load();
    };

    RunResult outcome;
    // The user's calendar day decides which certificates still count (CERT-01/02) and what "within N days" means.
    Result<TierEngine::Summary> result = TierEngine(db).recompute(QDate::currentDate(), progress);
    if (result)
        outcome.summary = *result;
    else
        outcome.status = result.error();
    outcome.intervalMinutes = TrainingSettings(db).recomputeIntervalMinutes();
    return outcome;
}

void TierScheduler::onRunEnded(const RunResult& outcome)
{
    m_running = false;
    ++m_completed;
    if (outcome.intervalMinutes > 0 && std::chrono::minutes(outcome.intervalMinutes) != m_timer.intervalAsDuration()) {
        // setInterval restarts an active timer: the next periodic run is a full interval after this one.
        m_timer.setInterval(std::chrono::minutes(outcome.intervalMinutes));
    }
    if (outcome.status) {
        m_summary = outcome.summary;
        m_finishedAt = QDateTime::currentDateTime();
        m_lastRun = LastRun::Finished;
        m_lastText = summaryText(m_summary);
        qCInfo(lcTierScheduler).noquote() << "tiers recomputed in" << m_summary.elapsedMs << "ms:" << m_lastText;
        Q_EMIT finished(m_lastText);
    } else if (outcome.status.error().code == Error::Code::Cancelled) {
        m_lastRun = LastRun::Cancelled;
        m_lastText = tr("Tier check cancelled");
        qCInfo(lcTierScheduler) << "tier recompute cancelled";
        Q_EMIT cancelled();
    } else {
        m_lastRun = LastRun::Failed;
        m_lastText = outcome.status.error().message;
        qCWarning(lcTierScheduler) << "tier recompute failed:" << outcome.status.error().toLogString();
        Q_EMIT failed(outcome.status.error().message);
    }
    if (m_again) {
        m_again = false;
        dispatch();
    }
}

} // namespace ChannelDesk
