#include "MemberCountLoader.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <memory>

namespace ChannelDesk {

namespace {
Q_LOGGING_CATEGORY(lcTierProgramsUi, "channeldesk.ui.training.programs", QtInfoMsg)
}

MemberCountLoader::MemberCountLoader(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("program-members"));
    m_thread->start();
}

MemberCountLoader::~MemberCountLoader()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
}

quint64 MemberCountLoader::load()
{
    {
        const std::lock_guard lock(m_mutex);
        m_pending = true;
        m_requested = ++m_generation;
    }
    m_wake.notify_all();
    return m_generation;
}

void MemberCountLoader::run()
{
    // Qt Sql connections belong to the thread that opens them: this one is the worker's, closed when run() ends.
    std::unique_ptr<Database> db;
    // Runs `call` on the UI thread; dropped if the loader is gone by then (it waits for this thread first).
    const auto post = [this](auto call) { QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection); };
    const auto answered = [this](quint64 generation) { m_answered = std::max(m_answered, generation); };
    const auto fail = [this, &post, &answered](const QString& message, quint64 generation) {
        post([this, message, generation, answered] {
            answered(generation);
            Q_EMIT failed(message, generation);
        });
    };

    for (;;) {
        quint64 generation = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_pending; });
            if (m_stop)
                return;
            m_pending = false;
            generation = m_requested;
        }

        if (!db) {
            auto opened = Database::open(m_path, Database::Role::Reader);
            if (!opened) {
                qCWarning(lcTierProgramsUi) << "open:" << opened.error().toLogString();
                fail(opened.error().message, generation);
                continue;
            }
            db = std::move(opened).value();
        }

        QHash<QByteArray, int> counts;
        {
            QSqlQuery query(db->connection());
            query.setForwardOnly(true);
            if (!query.exec(QStringLiteral("SELECT program_id, count(*) FROM program_member WHERE deleted_at IS NULL "
                                           "GROUP BY program_id"))) {
                qCWarning(lcTierProgramsUi) << "members:" << query.lastError().text();
                fail(QCoreApplication::translate("ChannelDesk::MemberCountLoader",
                                                 "The program members could not be counted."),
                     generation);
                continue;
            }
            while (query.next())
                counts.insert(query.value(0).toByteArray(), query.value(1).toInt());
        }
        post([this, counts = std::move(counts), generation, answered] {
            answered(generation);
            Q_EMIT loaded(counts, generation);
        });
    }
}

} // namespace ChannelDesk
