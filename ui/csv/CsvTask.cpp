#include "CsvTask.h"

#include <QCoreApplication>
#include <QThread>

namespace ChannelDesk {

CsvTask::CsvTask(QString databasePath, Database::Role role, Work work, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_role(role)
    , m_work(std::move(work))
{
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &CsvTask::poll);
}

CsvTask::~CsvTask()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void CsvTask::start()
{
    if (m_thread)
        return;
    m_cancel = false;
    m_done = 0;
    m_total = 0;
    m_phase = 0;
    m_thread = QThread::create([this] {
        // Qt Sql connections belong to the thread that opens them: the worker opens its own.
        auto opened = Database::open(m_path, m_role);
        if (!opened) {
            m_status = opened.error();
            return;
        }
        const Report report = [this](qint64 done, qint64 total, int phase) {
            m_done = done;
            m_total = total;
            m_phase = phase;
        };
        m_status = m_work(*opened.value(), m_cancel, report);
    });
    connect(m_thread, &QThread::finished, this, &CsvTask::onThreadFinished);
    m_thread->start();
    m_timer.start();
}

void CsvTask::cancel()
{
    m_cancel = true;
}

void CsvTask::poll()
{
    Q_EMIT progress(m_done.load(), m_total.load(), m_phase.load());
}

void CsvTask::onThreadFinished()
{
    m_timer.stop();
    poll();
    m_thread->deleteLater();
    m_thread = nullptr;
    Q_EMIT finished(m_status);
}

} // namespace ChannelDesk
