#include "DealTaskRepository.h"

#include "DealRepository.h"
#include "DealWorkflow.h"
#include "common/Uuid.h"
#include "storage/Database.h"
#include "storage/RecordIo.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ChannelDesk {

namespace {

struct TaskTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::DealTaskRepository)
};

const RecordWriter::Entity TaskEntity { QStringLiteral("deal_task"), QStringLiteral("deal_task") };

Result<QList<QByteArray>> ids(Database& db, const QString& sql, const QByteArray& dealId)
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    query.addBindValue(dealId);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    QList<QByteArray> list;
    while (query.next())
        list.append(query.value(0).toByteArray());
    return list;
}

} // namespace

DealTaskRepository::DealTaskRepository(Database& db)
    : m_db(db)
{
}

Result<QList<DealTask>> DealTaskRepository::tasksOf(const QByteArray& dealId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT * FROM deal_task WHERE deal_id = ? AND deleted_at IS NULL "
                                 "ORDER BY status <> 'open', due_on IS NULL, due_on, created_at, local_id"));
    query.addBindValue(dealId);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    QList<DealTask> tasks;
    while (query.next())
        tasks.append(RecordIo::fromQuery(query, dealTaskFields()));
    return tasks;
}

Result<DealTask> DealTaskRepository::get(const QByteArray& id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT * FROM deal_task WHERE id = ?"));
    query.addBindValue(id);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    if (!query.next())
        return Error::notFound(TaskTr::tr("The task no longer exists."));
    return RecordIo::fromQuery(query, dealTaskFields());
}

Result<Deal> DealTaskRepository::checkedDeal(const DealTask& task) const
{
    Result<Deal> deal = DealRepository(m_db).get(task.dealId);
    if (!deal)
        return deal.error();
    if (Status allowed = DealWorkflow::checkTasksAllowed(*deal); !allowed)
        return allowed.error();
    const QString title = task.title.trimmed();
    if (title.isEmpty())
        return Error::validation(QStringLiteral("title"), TaskTr::tr("Give the task a title."));
    if (title.size() > MaxTitleLength)
        return Error::validation(QStringLiteral("title"),
                                 TaskTr::tr("A task title is at most %n character(s).", nullptr, MaxTitleLength));
    return deal;
}

Result<DealTask> DealTaskRepository::create(DealTask task)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<Deal> deal = checkedDeal(task);
    if (!deal)
        return deal.error();
    if (task.id.isEmpty())
        task.id = Uuid::createV7();
    task.partnerId = deal->partnerId; // the deal's scope, whatever the caller passed
    task.title = task.title.trimmed();
    task.assignee = task.assignee.trimmed();
    task.status = QStringLiteral("open");
    task.completedAt = {};
    if (Status status = RecordWriter(m_db).insert(TaskEntity, task.id, RecordIo::columns(task, dealTaskFields()));
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return get(task.id);
}

Result<bool> DealTaskRepository::update(const DealTask& edited)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    Result<DealTask> stored = get(edited.id);
    if (!stored)
        return stored.error();
    if (stored->meta.isDeleted())
        return Error::notFound(TaskTr::tr("The task was deleted."));
    DealTask task = stored.value();
    task.title = edited.title.trimmed();
    task.assignee = edited.assignee.trimmed();
    task.dueOn = edited.dueOn;
    task.notes = edited.notes;
    if (const Result<Deal> deal = checkedDeal(task); !deal)
        return deal.error();
    const Result<bool> changed = RecordWriter(m_db).update(TaskEntity, task.id, RecordIo::columns(task, dealTaskFields()));
    if (!changed)
        return changed.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return changed.value();
}

Result<DealTask> DealTaskRepository::setDone(const QByteArray& id, bool done, const QDateTime& at)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    Result<DealTask> stored = get(id);
    if (!stored)
        return stored.error();
    if (stored->meta.isDeleted())
        return Error::notFound(TaskTr::tr("The task was deleted."));
    DealTask task = stored.value();
    if (const Result<Deal> deal = checkedDeal(task); !deal)
        return deal.error();
    if (task.status == QLatin1String("canceled"))
        return Error::validation(QStringLiteral("status"), TaskTr::tr("A canceled task cannot be done or reopened."));
    task.status = done ? QStringLiteral("done") : QStringLiteral("open");
    task.completedAt = done ? RecordIo::when(at) : QDateTime();
    if (const Result<bool> changed
        = RecordWriter(m_db).update(TaskEntity, task.id, RecordIo::columns(task, dealTaskFields()));
        !changed)
        return changed.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return get(id);
}

Status DealTaskRepository::remove(const QByteArray& id)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<DealTask> stored = get(id);
    if (!stored)
        return stored.error();
    if (const Result<Deal> deal = checkedDeal(stored.value()); !deal)
        return deal.error();
    if (const Result<bool> done = RecordWriter(m_db).setDeleted(TaskEntity, id, true); !done)
        return done.error();
    return transaction.commit();
}

Result<int> DealTaskRepository::cancelOpen(const QByteArray& dealId)
{
    const Result<QList<QByteArray>> open = ids(
        m_db, QStringLiteral("SELECT id FROM deal_task WHERE deal_id = ? AND status = 'open' AND deleted_at IS NULL"),
        dealId);
    if (!open)
        return open.error();
    RecordWriter writer(m_db);
    const QVariantMap canceled { { QStringLiteral("status"), QStringLiteral("canceled") } };
    for (const QByteArray& id : open.value()) {
        if (const Result<bool> changed = writer.update(TaskEntity, id, canceled); !changed)
            return changed.error();
    }
    return int(open->size());
}

Result<QList<QByteArray>> DealTaskRepository::tombstoneAll(const QByteArray& dealId)
{
    const Result<QList<QByteArray>> live
        = ids(m_db, QStringLiteral("SELECT id FROM deal_task WHERE deal_id = ? AND deleted_at IS NULL"), dealId);
    if (!live)
        return live.error();
    RecordWriter writer(m_db);
    for (const QByteArray& id : live.value()) {
        if (const Result<bool> done = writer.setDeleted(TaskEntity, id, true); !done)
            return done.error();
    }
    return live.value();
}

Status DealTaskRepository::restoreAll(const QList<QByteArray>& taskIds)
{
    RecordWriter writer(m_db);
    for (const QByteArray& id : taskIds) {
        if (const Result<bool> done = writer.setDeleted(TaskEntity, id, false); !done)
            return done.error();
    }
    return {};
}

} // namespace ChannelDesk
