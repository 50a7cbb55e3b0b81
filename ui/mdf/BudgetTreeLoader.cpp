#include "BudgetTreeLoader.h"

#include "storage/Database.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>

#include <memory>

namespace ChannelDesk {

namespace {
Q_LOGGING_CATEGORY(lcMdfBudgetsUi, "channeldesk.ui.mdf.budgets", QtInfoMsg)
}

BudgetTreeLoader::BudgetTreeLoader(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("mdf-budgets"));
    m_thread->start();
}

BudgetTreeLoader::~BudgetTreeLoader()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
}

quint64 BudgetTreeLoader::load(const MdfBalanceFilter& filter)
{
    {
        const std::lock_guard lock(m_mutex);
        m_filter = filter;
        m_pending = true;
        m_requested = ++m_generation;
    }
    m_wake.notify_all();
    return m_generation;
}

void BudgetTreeLoader::run()
{
    // Qt Sql connections belong to the thread that opens them: this one is the worker's, closed when run() ends.
    std::unique_ptr<Database> db;
    // Runs `call` on the UI thread; dropped if the loader is gone by then (it waits for this thread first).
    const auto post = [this](auto call) { QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection); };
    const auto answered = [this](quint64 generation) {
        m_answered = std::max(m_answered, generation);
        if (isIdle())
            Q_EMIT idle();
    };

    for (;;) {
        MdfBalanceFilter filter;
        quint64 generation = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_pending; });
            if (m_stop)
                return;
            m_pending = false;
            filter = m_filter;
            generation = m_requested;
        }

        if (!db) {
            auto opened = Database::open(m_path, Database::Role::Reader);
            if (!opened) {
                const QString message = opened.error().message;
                qCWarning(lcMdfBudgetsUi) << "open:" << opened.error().toLogString();
                post([this, message, generation, answered] {
                    Q_EMIT failed(message, generation);
                    answered(generation);
                });
                continue;
            }
            db = std::move(opened).value();
        }

        QElapsedTimer timer;
        timer.start();
        Result<QList<MdfBudgetNode>> result = MdfBalances::load(*db, filter);
        const qint64 elapsed = timer.elapsed();
        if (!result) {
            const QString message = result.error().message;
            qCWarning(lcMdfBudgetsUi) << "balances:" << result.error().toLogString();
            post([this, message, generation, answered] {
                Q_EMIT failed(message, generation);
                answered(generation);
            });
            continue;
        }
        qCDebug(lcMdfBudgetsUi) << "read" << result->size() << "budgets in" << elapsed << "ms";
        post([this, budgets = std::move(result).value(), filter, generation, elapsed, answered] {
            Q_EMIT loaded(budgets, filter, generation, elapsed);
            answered(generation);
        });
    }
}

} // namespace ChannelDesk
