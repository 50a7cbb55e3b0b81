#pragma once

#include "mdf/MdfBalances.h"

#include <QObject>
#include <QString>

#include <condition_variable>
#include <mutex>

class QThread;

namespace ChannelDesk {

/// Reads the MDF budget tree with its balances (MdfBalances::load) on a worker thread with a database connection
/// of its own, so the budgets screen never waits for SQLite. Requests are coalesced: while the worker reads, only
/// the newest filter is kept, and each answer carries the generation of the request it answers.
class BudgetTreeLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetTreeLoader)

public:
    explicit BudgetTreeLoader(QString databasePath, QObject* parent = nullptr);
    /// Waits for a running read to finish and stops the worker.
    ~BudgetTreeLoader() override;

    /// Reads the tree for `filter`; returns the generation the answer will carry.
    quint64 load(const MdfBalanceFilter& filter);
    /// The newest request made.
    quint64 generation() const { return m_generation; }
    /// Whether every request made so far has been answered.
    bool isIdle() const { return m_answered == m_generation; }

Q_SIGNALS:
    /// The tree for `filter` (the request of `generation`), read in `elapsedMs`.
    void loaded(const QList<ChannelDesk::MdfBudgetNode>& budgets, const ChannelDesk::MdfBalanceFilter& filter,
                quint64 generation, qint64 elapsedMs);
    void failed(const QString& message, quint64 generation);
    /// Every request made so far has been answered.
    void idle();

private:
    void run();

    QString m_path;
    QThread* m_thread = nullptr;

    std::mutex m_mutex; ///< guards the members up to m_stop
    std::condition_variable m_wake;
    bool m_pending = false;
    MdfBalanceFilter m_filter;
    quint64 m_requested = 0;
    bool m_stop = false;

    // UI thread only.
    quint64 m_generation = 0;
    quint64 m_answered = 0;
};

} // namespace ChannelDesk
