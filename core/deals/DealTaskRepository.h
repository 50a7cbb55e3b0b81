#pragma once

#include "common/Result.h"
#include "domain/Deal.h"
#include "domain/DealTask.h"

#include <QList>

namespace ChannelDesk {

class Database;

/// Tasks on deal registrations (DR-11). Every write first checks the registration (DealWorkflow::checkTasksAllowed:
/// submitted, under review, pending approval or approved) and goes through RecordWriter, row and outbox entry in one
/// transaction. DealRepository calls the cascades inside its own transactions: a registration leaving those states
/// cancels its open tasks; archiving or deleting it tombstones every task, and bringing it back restores them.
class DealTaskRepository final
{
public:
    explicit DealTaskRepository(Database& db);

    /// The deal's live tasks: open first, then by due date (none last), then oldest first.
    Result<QList<DealTask>> tasksOf(const QByteArray& dealId) const;
    Result<DealTask> get(const QByteArray& id) const;

    /// Adds an open task (id, partner and status filled here). Refused with DR-11's reason unless the registration
    /// takes tasks, and when the title is empty or too long.
    Result<DealTask> create(DealTask task);
    /// Saves title, assignee, due date and notes of an open task; false when nothing changed.
    Result<bool> update(const DealTask& task);
    /// Marks a task done (completedAt = `at`, now when invalid) or open again.
    Result<DealTask> setDone(const QByteArray& id, bool done, const QDateTime& at = {});
    /// Tombstones a task.
    Status remove(const QByteArray& id);

    // Cascades from DealRepository, inside its transaction.
    /// Cancels the open tasks of a registration that no longer takes tasks; returns how many.
    Result<int> cancelOpen(const QByteArray& dealId);
    /// Tombstones every live task of the deal; returns their ids, for restoreAll().
    Result<QList<QByteArray>> tombstoneAll(const QByteArray& dealId);
    Status restoreAll(const QList<QByteArray>& ids);

    static constexpr int MaxTitleLength = 200;

private:
    /// The task's registration, when it takes tasks and the task's fields are valid.
    Result<Deal> checkedDeal(const DealTask& task) const;

    Database& m_db;
};

} // namespace ChannelDesk
