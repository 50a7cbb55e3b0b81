#include "TierQueryLoader.h"

#include "storage/Database.h"

#include <QLoggingCategory>
#include <QThread>

#include <memory>

namespace ChannelDesk {

namespace {
Q_LOGGING_CATEGORY(lcTierReviewUi, "channeldesk.ui.training.tiers", QtInfoMsg)
}

TierQueryLoader::TierQueryLoader(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("tier-query"));
    m_thread->start();
}

TierQueryLoader::~TierQueryLoader()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
}

void TierQueryLoader::submit(const QString& key, Job job)
{
    const quint64 generation = ++m_generation;
    m_latest.insert(key, generation);
    bool replaced = false;
    {
        const std::lock_guard lock(m_mutex);
        for (Pending& pending : m_queue) {
            if (pending.key == key) {
                pending.generation = generation;
                pending.job = std::move(job);
                replaced = true;
                break;
            }
        }
        if (!replaced)
            m_queue.append({ key, generation, std::move(job) });
    }
    if (!replaced)
        ++m_outstanding;
    m_wake.notify_all();
}

void TierQueryLoader::answered(const QString& key, quint64 generation, const Answer& answer)
{
    --m_outstanding;
    if (answer && m_latest.value(key) == generation)
        answer();
    if (m_outstanding == 0)
        Q_EMIT idle();
}

void TierQueryLoader::run()
{
    // Qt Sql connections belong to the thread that opens them: this one is the worker's, closed when run() ends.
    std::unique_ptr<Database> db;
    for (;;) {
        Pending pending;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_queue.isEmpty(); });
            if (m_stop)
                return;
            pending = m_queue.takeFirst();
        }
        Answer answer;
        if (!db) {
            auto opened = Database::open(m_path, Database::Role::Reader);
            if (!opened) {
                qCWarning(lcTierReviewUi) << "open:" << opened.error().toLogString();
                const QString message = opened.error().message;
                answer = [this, message] { Q_EMIT failed(message); };
            } else {
                db = std::move(opened).value();
            }
        }
        if (db)
            answer = pending.job(*db);
        // Dropped unapplied if the loader is gone by then (its destructor waits for this thread first).
        QMetaObject::invokeMethod(
            this,
            [this, key = pending.key, generation = pending.generation, answer = std::move(answer)] {
                answered(key, generation, answer);
            },
            Qt::QueuedConnection);
    }
}

} // namespace ChannelDesk
