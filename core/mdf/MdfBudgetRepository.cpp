#include "MdfBudgetRepository.h"

#include "MdfEventLog.h"
#include "MdfLedger.h"
#include "MdfRecordIo.h"
#include "MdfSettings.h"
#include "MdfValidator.h"
#include "common/Logging.h"
#include "common/Uuid.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

namespace ChannelDesk {

namespace {

struct BudgetTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::MdfBudgetRepository)
};

using namespace MdfRecordIo;

QString formatDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString money(const Money& amount)
{
    return amount.format(QLocale());
}

Result<qint64> count(Database& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& bind : binds)
        q.addBindValue(bind);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    q.next();
    return q.value(0).toLongLong();
}

Status checkPartner(Database& db, const QByteArray& partnerId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT name, deleted_at FROM partner WHERE id = ?"));
    q.addBindValue(partnerId);
    if (Status s = Sql::exec(q); !s)
        return s;
    if (!q.next())
        return Error::validation(QStringLiteral("partner_id"), BudgetTr::tr("The partner no longer exists."));
    if (!q.value(1).isNull())
        return Error::validation(QStringLiteral("partner_id"),
            BudgetTr::tr("%1 was deleted; restore the partner to allocate funds to it.").arg(q.value(0).toString()));
    return {};
}

// MDF-03: the period is a valid label, inside the budget's dates, and the partner has no other live allocation of
// the budget for it.
Status checkPeriod(Database& db, const MdfBudget& budget, const MdfAllocation& allocation)
{
    QDate first;
    QDate last;
    if (!MdfValidator::parsePeriod(allocation.period, &first, &last))
        return Error::validation(QStringLiteral("period"),
            BudgetTr::tr("\"%1\" is not a period; write 2027, 2027-H1, 2027-Q1 or 2027-03.").arg(allocation.period));
    if (first < budget.periodStart || last > budget.periodEnd)
        return Error::validation(QStringLiteral("period"),
            BudgetTr::tr("The period %1 is outside the budget's dates (%2 to %3).")
                .arg(allocation.period, formatDate(budget.periodStart), formatDate(budget.periodEnd)));
    // Overlapping periods count too: "2027" and "2027-Q1" would fund the same months twice.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT period FROM mdf_allocation WHERE budget_id = ? AND partner_id = ? "
                             "AND deleted_at IS NULL AND id IS NOT ?"));
    q.addBindValue(budget.id);
    q.addBindValue(allocation.partnerId);
    q.addBindValue(allocation.id.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(allocation.id));
    if (Status status = Sql::exec(q); !status)
        return status.error();
    while (q.next()) {
        const QString other = q.value(0).toString();
        QDate otherFirst;
        QDate otherLast;
        if (!MdfValidator::parsePeriod(other, &otherFirst, &otherLast))
            otherFirst = otherLast = QDate(); // a malformed pulled label cannot overlap; equal labels still clash
        const bool overlaps = other == allocation.period
            || (otherFirst.isValid() && otherFirst <= last && first <= otherLast);
        if (!overlaps)
            continue;
        if (other == allocation.period)
            return Error::validation(QStringLiteral("period"),
                BudgetTr::tr("This partner already has an allocation of this budget for %1 (MDF-03).")
                    .arg(allocation.period));
        return Error::validation(QStringLiteral("period"),
            BudgetTr::tr("This partner already has an allocation of this budget for %1, which overlaps %2 (MDF-03).")
                .arg(other, allocation.period));
    }
    return {};
}

QJsonObject amountDetail(const Money& amount)
{
    return {{QStringLiteral("amount"), amount.minor}, {QStringLiteral("currency"), amount.currency}};
}

} // namespace

MdfBudgetRepository::MdfBudgetRepository(Database& db)
    : m_db(db)
{
}

Result<MdfBudget> MdfBudgetRepository::budget(const QByteArray& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM mdf_budget WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(BudgetTr::tr("The budget no longer exists."));
    return fromQuery(q, mdfBudgetFields());
}

Result<QList<MdfBudget>> MdfBudgetRepository::budgets() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(
            QStringLiteral("SELECT * FROM mdf_budget WHERE deleted_at IS NULL ORDER BY period_start, name, local_id")))
        return Sql::errorFrom(q);
    QList<MdfBudget> list;
    while (q.next())
        list.append(fromQuery(q, mdfBudgetFields()));
    return list;
}

Result<MdfBudget> MdfBudgetRepository::createBudget(MdfBudget budget, const MdfActionInput& input)
{
    budget.id = Uuid::createV7();
    budget.meta = {};
    budget.name = budget.name.trimmed();
    budget.program = budget.program.trimmed();
    budget.owner = budget.owner.trimmed();
    if (budget.owner.isEmpty())
        budget.owner = MdfSettings(m_db).me();
    if (Status s = MdfValidator::validate(budget); !s)
        return s.error();
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    RecordWriter writer(m_db);
    if (Status s = writer.insert(BudgetEntity, budget.id, columns(budget, mdfBudgetFields())); !s)
        return s.error();
    if (Status s = MdfEventLog(m_db).record(budget.id, QStringLiteral("budget"), budget.id, input.actor,
            QStringLiteral("create"), QString(), QString(), input.reason, amountDetail(budget.amount), input.at);
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    qCDebug(lcMdf) << "budget created" << budget.name;
    return this->budget(budget.id);
}

Result<bool> MdfBudgetRepository::updateBudget(const MdfBudget& input, const MdfActionInput& action)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<MdfBudget> stored = budget(input.id);
    if (!stored)
        return stored.error();
    if (stored->meta.isDeleted())
        return Error::notFound(BudgetTr::tr("This budget was deleted; restore it before editing."));
    MdfBudget budget = input;
    budget.meta = stored->meta;
    budget.name = budget.name.trimmed();
    budget.program = budget.program.trimmed();
    budget.owner = budget.owner.trimmed();
    if (budget.owner.isEmpty())
        budget.owner = stored->owner;
    if (Status s = MdfValidator::validate(budget); !s)
        return s.error();
    if (budget.amount.currency != stored->amount.currency) {
        const Result<qint64> children = count(m_db,
            QStringLiteral("SELECT COUNT(*) FROM mdf_allocation WHERE budget_id = ? AND deleted_at IS NULL"),
            {budget.id});
        if (!children)
            return children.error();
        if (*children > 0)
            return Error::validation(QStringLiteral("currency"),
                BudgetTr::tr("The currency cannot change: the budget has allocations in %1 (MDF-01).")
                    .arg(stored->amount.currency));
    }
    if (budget.amount.minor != stored->amount.minor) {
        if (Status s = MdfLedger(m_db).checkBudgetAmount(budget.id, budget.amount.minor); !s)
            return s.error();
    }
    if (budget.periodStart != stored->periodStart || budget.periodEnd != stored->periodEnd) {
        // Every allocation's period must stay inside the budget's dates.
        const Result<QList<MdfAllocation>> children = allocations(budget.id);
        if (!children)
            return children.error();
        for (const MdfAllocation& child : *children) {
            QDate first;
            QDate last;
            if (MdfValidator::parsePeriod(child.period, &first, &last)
                && (first < budget.periodStart || last > budget.periodEnd))
                return Error::validation(
                    first < budget.periodStart ? QStringLiteral("period_start") : QStringLiteral("period_end"),
                    BudgetTr::tr("The budget has an allocation for %1, which would be outside "
                                 "its new dates.")
                        .arg(child.period));
        }
    }
    const QStringList changed = changedColumns(*stored, budget, mdfBudgetFields());
    if (changed.isEmpty())
        return false;
    RecordWriter writer(m_db);
    const Result<bool> saved = writer.update(BudgetEntity, budget.id, columns(budget, mdfBudgetFields()));
    if (!saved)
        return saved.error();
    QJsonObject detail {{QStringLiteral("fields"), QJsonArray::fromStringList(changed)}};
    if (budget.amount != stored->amount) {
        detail.insert(QStringLiteral("amount_from"), stored->amount.minor);
        detail.insert(QStringLiteral("amount_to"), budget.amount.minor);
        detail.insert(QStringLiteral("currency"), budget.amount.currency);
    }
    if (Status s = MdfEventLog(m_db).record(budget.id, QStringLiteral("budget"), budget.id, action.actor,
            QStringLiteral("edit"), QString(), QString(), action.reason, detail, action.at);
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return *saved;
}

Status MdfBudgetRepository::removeBudget(const QByteArray& id, const MdfActionInput& input)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<MdfBudget> stored = budget(id);
    if (!stored)
        return stored.error();
    if (stored->meta.isDeleted())
        return {};
    const Result<qint64> children = count(
        m_db, QStringLiteral("SELECT COUNT(*) FROM mdf_allocation WHERE budget_id = ? AND deleted_at IS NULL"), {id});
    if (!children)
        return children.error();
    if (*children > 0)
        return Error::validation(QStringLiteral("budget_id"),
            BudgetTr::tr("This budget has %n allocation(s); delete them first.", nullptr, int(*children)));
    RecordWriter writer(m_db);
    if (const Result<bool> done = writer.setDeleted(BudgetEntity, id, true); !done)
        return done.error();
    if (Status s = MdfEventLog(m_db).record(id, QStringLiteral("budget"), id, input.actor, QStringLiteral("delete"),
            QString(), QString(), input.reason, {}, input.at);
        !s)
        return s;
    return transaction.commit();
}

Status MdfBudgetRepository::restoreBudget(const QByteArray& id, const MdfActionInput& input)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<MdfBudget> stored = budget(id);
    if (!stored)
        return stored.error();
    if (!stored->meta.isDeleted())
        return {};
    RecordWriter writer(m_db);
    if (const Result<bool> done = writer.setDeleted(BudgetEntity, id, false); !done)
        return done.error();
    if (Status s = MdfEventLog(m_db).record(id, QStringLiteral("budget"), id, input.actor, QStringLiteral("restore"),
            QString(), QString(), input.reason, {}, input.at);
        !s)
        return s;
    return transaction.commit();
}

Result<MdfAllocation> MdfBudgetRepository::allocation(const QByteArray& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM mdf_allocation WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(BudgetTr::tr("The allocation no longer exists."));
    return fromQuery(q, mdfAllocationFields());
}

Result<QList<MdfAllocation>> MdfBudgetRepository::allocations(const QByteArray& budgetId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM mdf_allocation WHERE budget_id = ? AND deleted_at IS NULL "
                             "ORDER BY period, local_id"));
    q.addBindValue(budgetId);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    QList<MdfAllocation> list;
    while (q.next())
        list.append(fromQuery(q, mdfAllocationFields()));
    return list;
}

Result<QList<MdfAllocation>> MdfBudgetRepository::allocationsOfPartner(const QByteArray& partnerId) const
{
    // Only allocations whose budget is live here: the picker offers what a request can actually draw on.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT a.* FROM mdf_allocation a JOIN mdf_budget b ON b.id = a.budget_id AND b.deleted_at IS NULL "
        "WHERE a.partner_id = ? AND a.deleted_at IS NULL AND COALESCE(a.authorized, 1) <> 0 "
        "ORDER BY a.period DESC, b.name, a.local_id"));
    q.addBindValue(partnerId);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    QList<MdfAllocation> list;
    while (q.next())
        list.append(fromQuery(q, mdfAllocationFields()));
    return list;
}

Result<MdfAllocation> MdfBudgetRepository::createAllocation(MdfAllocation allocation, const MdfActionInput& input)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<MdfBudget> parent = budget(allocation.budgetId);
    if (!parent)
        return Error::validation(QStringLiteral("budget_id"), parent.error().message);
    if (parent->meta.isDeleted())
        return Error::validation(QStringLiteral("budget_id"),
            BudgetTr::tr("The budget %1 was deleted; restore it first.").arg(parent->name));
    allocation.id = Uuid::createV7();
    allocation.meta = {};
    allocation.period = allocation.period.trimmed();
    allocation.amount.currency = parent->amount.currency; // MDF-01: every child is in its budget's currency
    if (Status s = MdfValidator::validate(allocation); !s)
        return s.error();
    if (Status s = checkPartner(m_db, allocation.partnerId); !s)
        return s.error();
    if (Status s = checkPeriod(m_db, *parent, allocation); !s)
        return s.error();
    if (Status s = MdfLedger(m_db).checkAllocation(parent->id, 0, allocation.amount.minor); !s)
        return s.error();
    RecordWriter writer(m_db);
    if (Status s = writer.insert(AllocationEntity, allocation.id, columns(allocation, mdfAllocationFields())); !s)
        return s.error();
    QJsonObject detail = amountDetail(allocation.amount);
    detail.insert(QStringLiteral("period"), allocation.period);
    detail.insert(QStringLiteral("budget_id"), Uuid::toString(parent->id));
    if (Status s = MdfEventLog(m_db).record(allocation.partnerId, QStringLiteral("allocation"), allocation.id,
            input.actor, QStringLiteral("create"), QString(), QString(), input.reason, detail, input.at);
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    qCDebug(lcMdf) << "allocation created" << allocation.period << money(allocation.amount);
    return this->allocation(allocation.id);
}

Result<bool> MdfBudgetRepository::updateAllocation(const MdfAllocation& input, const MdfActionInput& action)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<MdfAllocation> stored = allocation(input.id);
    if (!stored)
        return stored.error();
    if (stored->meta.isDeleted())
        return Error::notFound(BudgetTr::tr("This allocation was deleted; restore it before editing."));
    if (input.budgetId != stored->budgetId)
        return Error::validation(QStringLiteral("budget_id"),
            BudgetTr::tr("An allocation stays with its budget; create a new allocation instead."));
    if (input.partnerId != stored->partnerId)
        return Error::validation(QStringLiteral("partner_id"),
            BudgetTr::tr("An allocation stays with its partner; create a new allocation instead."));
    MdfAllocation allocation = input;
    allocation.meta = stored->meta;
    allocation.period = allocation.period.trimmed();
    allocation.amount.currency = stored->amount.currency;
    if (Status s = MdfValidator::validate(allocation); !s)
        return s.error();
    const Result<MdfBudget> parent = budget(allocation.budgetId);
    if (!parent)
        return parent.error();
    if (allocation.period != stored->period) {
        if (Status s = checkPeriod(m_db, *parent, allocation); !s)
            return s.error();
    }
    if (allocation.amount.minor != stored->amount.minor) {
        MdfLedger ledger(m_db);
        if (Status s = ledger.checkAllocation(parent->id, stored->amount.minor, allocation.amount.minor); !s)
            return s.error();
        if (Status s = ledger.checkAllocationAmount(allocation.id, allocation.amount.minor); !s)
            return s.error();
    }
    const QStringList changed = changedColumns(*stored, allocation, mdfAllocationFields());
    if (changed.isEmpty())
        return false;
    RecordWriter writer(m_db);
    const Result<bool> saved
        = writer.update(AllocationEntity, allocation.id, columns(allocation, mdfAllocationFields()));
    if (!saved)
        return saved.error();
    QJsonObject detail {{QStringLiteral("fields"), QJsonArray::fromStringList(changed)}};
    if (allocation.amount.minor != stored->amount.minor) {
        detail.insert(QStringLiteral("amount_from"), stored->amount.minor);
        detail.insert(QStringLiteral("amount_to"), allocation.amount.minor);
        detail.insert(QStringLiteral("currency"), allocation.amount.currency);
    }
    if (Status s = MdfEventLog(m_db).record(allocation.partnerId, QStringLiteral("allocation"), allocation.id,
            action.actor, QStringLiteral("edit"), QString(), QString(), action.reason, detail, action.at);
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return *saved;
}

Status MdfBudgetRepository::removeAllocation(const QByteArray& id, const MdfActionInput& input)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<MdfAllocation> stored = allocation(id);
    if (!stored)
        return stored.error();
    if (stored->meta.isDeleted())
        return {};
    const Result<qint64> requests = count(
        m_db, QStringLiteral("SELECT COUNT(*) FROM mdf_request WHERE allocation_id = ? AND deleted_at IS NULL"), {id});
    if (!requests)
        return requests.error();
    if (*requests > 0)
        return Error::validation(QStringLiteral("allocation_id"),
            BudgetTr::tr(
                "%n fund request(s) draw on this allocation, so it cannot be deleted.", nullptr, int(*requests)));
    RecordWriter writer(m_db);
    if (const Result<bool> done = writer.setDeleted(AllocationEntity, id, true); !done)
        return done.error();
    if (Status s = MdfEventLog(m_db).record(stored->partnerId, QStringLiteral("allocation"), id, input.actor,
            QStringLiteral("delete"), QString(), QString(), input.reason, amountDetail(stored->amount), input.at);
        !s)
        return s;
    return transaction.commit();
}

Status MdfBudgetRepository::restoreAllocation(const QByteArray& id, const MdfActionInput& input)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<MdfAllocation> stored = allocation(id);
    if (!stored)
        return stored.error();
    if (!stored->meta.isDeleted())
        return {};
    const Result<MdfBudget> parent = budget(stored->budgetId);
    if (!parent)
        return parent.error();
    if (parent->meta.isDeleted())
        return Error::validation(QStringLiteral("budget_id"),
            BudgetTr::tr("The budget %1 was deleted; restore it first.").arg(parent->name));
    if (Status s = checkPeriod(m_db, *parent, *stored); !s)
        return s;
    if (Status s = MdfLedger(m_db).checkAllocation(parent->id, 0, stored->amount.minor); !s)
        return s;
    RecordWriter writer(m_db);
    if (const Result<bool> done = writer.setDeleted(AllocationEntity, id, false); !done)
        return done.error();
    if (Status s = MdfEventLog(m_db).record(stored->partnerId, QStringLiteral("allocation"), id, input.actor,
            QStringLiteral("restore"), QString(), QString(), input.reason, amountDetail(stored->amount), input.at);
        !s)
        return s;
    return transaction.commit();
}

} // namespace ChannelDesk
