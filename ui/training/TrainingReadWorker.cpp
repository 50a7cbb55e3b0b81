#include "TrainingReadWorker.h"

#include "storage/Database.h"

#include <QLoggingCategory>
#include <QThread>

#include <memory>

namespace ChannelDesk {

namespace {
Q_LOGGING_CATEGORY(lcTrainingRead, "channeldesk.ui.training.read", QtInfoMsg)
}

TrainingReadWorker::TrainingReadWorker(QString databasePath, const QString& name, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    m_thread = QThread::create([this] { work(); });
    m_thread->setObjectName(name);
    m_thread->start();
}

TrainingReadWorker::~TrainingReadWorker()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
        m_pending = nullptr;
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
}

quint64 TrainingReadWorker::run(Read read)
{
    {
        const std::lock_guard lock(m_mutex);
        m_pending = std::move(read);
        m_requested = ++m_generation;
    }
    m_wake.notify_all();
    return m_generation;
}

void TrainingReadWorker::work()
{
    // Qt Sql connections belong to the thread that opens them: this one is the worker's, closed when work() ends.
    std::unique_ptr<Database> db;
    for (;;) {
        Read read;
        quint64 generation = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_pending; });
            if (m_stop)
                return;
            read = std::move(m_pending);
            m_pending = nullptr;
            generation = m_requested;
        }
        if (!db) {
            auto opened = Database::open(m_path, Database::Role::Reader);
            if (!opened) {
                qCWarning(lcTrainingRead) << "open:" << opened.error().toLogString();
                QMetaObject::invokeMethod(
                    this,
                    [this, message = opened.error().message, generation] {
                        m_answered = std::max(m_answered, generation);
                        Q_EMIT failed(message);
                        if (isIdle())
                            Q_EMIT idle();
                    },
                    Qt::QueuedConnection);
                continue;
            }
            db = std::move(opened).value();
        }
        std::function<void()> deliver = read(*db);
        // Runs on the UI thread; dropped when the worker is gone by then (it waits for this thread first).
        QMetaObject::invokeMethod(
            this,
            [this, deliver = std::move(deliver), generation] {
                m_answered = std::max(m_answered, generation);
                if (generation == m_generation && deliver)
                    deliver(); // an older answer is stale: the newer request's answer follows
                if (isIdle())
                    Q_EMIT idle();
            },
            Qt::QueuedConnection);
    }
}

} // namespace ChannelDesk
