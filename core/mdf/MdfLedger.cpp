#include "MdfLedger.h"

#include "common/Money.h"
#include "domain/Mdf.h"
#include "mdf/MdfWorkflow.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>
#include <optional>

namespace ChannelDesk {

namespace {

struct LedgerTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::MdfLedger)
};

QString money(qint64 minor, const QString& currency)
{
    return Money {minor, currency}.format(QLocale());
}

QString percent(int basisPoints)
{
    return QLocale().toString(double(basisPoints) / 100.0, 'f', basisPoints % 100 == 0 ? 0 : 2);
}

bool isApprovedRequest(const QString& status)
{
    return status == QLatin1String("approved") || status == QLatin1String("partially_approved");
}

// The balance definitions are domain/Mdf.h's (mdfClaimExposureMinor, mdfCommittedMinor), as the schema's triggers
// apply them; audit() recomputes them from raw rows so the checks can say what a change would do before it is written.

bool countsAsRequested(const QString& status)
{
    return status == QLatin1String("submitted") || status == QLatin1String("need_info") || isApprovedRequest(status)
        || status == QLatin1String("closed");
}

std::optional<qint64> optionalMinor(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

struct BudgetRow
{
    QByteArray id;
    QString name;
    qint64 amount = 0;
    QString currency;
    bool allowNegative = false;
    bool live = true;
};

struct AllocationRow
{
    QByteArray id;
    QByteArray budgetId;
    QString period;
    qint64 amount = 0;
    QString currency;
    bool live = true;
    qint64 requested = 0, committed = 0, claimed = 0, claimsApproved = 0, paid = 0; // trigger-kept
};

struct RequestRow
{
    QByteArray id;
    QString number;
    QByteArray allocationId;
    QString status;
    qint64 requestedMinor = 0;
    std::optional<qint64> approved;
    int shareBp = 0;
    QString currency;
    bool live = true;
    qint64 claimed = 0, claimsApproved = 0, paid = 0; // trigger-kept
};

struct ClaimRow
{
    QByteArray id;
    QString number;
    QByteArray requestId;
    QString status;
    qint64 amount = 0;
    std::optional<qint64> approved;
    QString currency;
    bool live = true;
    qint64 paid = 0; // trigger-kept
};

Result<std::optional<BudgetRow>> readBudget(Database& db, const QByteArray& id)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT name, amount_minor, currency, allow_negative, deleted_at FROM mdf_budget WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<BudgetRow>();
    BudgetRow row {id, q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
        q.value(3).toLongLong() != 0, q.value(4).isNull()};
    return std::optional<BudgetRow>(row);
}

Result<std::optional<AllocationRow>> readAllocation(Database& db, const QByteArray& id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT budget_id, period, amount_minor, currency, deleted_at, requested_minor, "
                             "committed_minor, claimed_minor, claims_approved_minor, paid_minor "
                             "FROM mdf_allocation WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<AllocationRow>();
    AllocationRow row;
    row.id = id;
    row.budgetId = q.value(0).toByteArray();
    row.period = q.value(1).toString();
    row.amount = q.value(2).toLongLong();
    row.currency = q.value(3).toString();
    row.live = q.value(4).isNull();
    row.requested = q.value(5).toLongLong();
    row.committed = q.value(6).toLongLong();
    row.claimed = q.value(7).toLongLong();
    row.claimsApproved = q.value(8).toLongLong();
    row.paid = q.value(9).toLongLong();
    return std::optional<AllocationRow>(row);
}

RequestRow requestFrom(const QSqlQuery& q)
{
    RequestRow row;
    row.id = q.value(0).toByteArray();
    row.number = q.value(1).toString();
    row.allocationId = q.value(2).toByteArray();
    row.status = q.value(3).toString();
    row.requestedMinor = q.value(4).toLongLong();
    row.approved = optionalMinor(q.value(5));
    row.shareBp = q.value(6).toInt();
    row.currency = q.value(7).toString();
    row.live = q.value(8).isNull();
    row.claimed = q.value(9).toLongLong();
    row.claimsApproved = q.value(10).toLongLong();
    row.paid = q.value(11).toLongLong();
    return row;
}

const QString RequestColumns = QStringLiteral(
    "id, number, allocation_id, status, requested_minor, approved_minor, vendor_share_bp, currency, deleted_at, "
    "claimed_minor, claims_approved_minor, paid_minor");

Result<std::optional<RequestRow>> readRequest(Database& db, const QByteArray& id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM mdf_request WHERE id = ?").arg(RequestColumns));
    q.addBindValue(id);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<RequestRow>();
    return std::optional<RequestRow>(requestFrom(q));
}

ClaimRow claimFrom(const QSqlQuery& q)
{
    ClaimRow row;
    row.id = q.value(0).toByteArray();
    row.number = q.value(1).toString();
    row.requestId = q.value(2).toByteArray();
    row.status = q.value(3).toString();
    row.amount = q.value(4).toLongLong();
    row.approved = optionalMinor(q.value(5));
    row.currency = q.value(6).toString();
    row.live = q.value(7).isNull();
    row.paid = q.value(8).toLongLong();
    return row;
}

const QString ClaimColumns
    = QStringLiteral("id, number, request_id, status, amount_minor, approved_minor, currency, deleted_at, paid_minor");

Result<std::optional<ClaimRow>> readClaim(Database& db, const QByteArray& id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM mdf_claim WHERE id = ?").arg(ClaimColumns));
    q.addBindValue(id);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<ClaimRow>();
    return std::optional<ClaimRow>(claimFrom(q));
}

Error missing(const char* field, const QString& message)
{
    Error e = Error::notFound(message);
    e.field = QString::fromLatin1(field);
    return e;
}

Error broken(const QString& message)
{
    return Error::validation(QStringLiteral("amount_minor"), message);
}

} // namespace

MdfLedger::MdfLedger(Database& db)
    : m_db(db)
{
}

Status MdfLedger::checkAllocation(
    const QByteArray& budgetId, qint64 oldAllocationMinor, qint64 newAllocationMinor) const
{
    const auto budget = readBudget(m_db, budgetId);
    if (!budget)
        return budget.error();
    if (!*budget)
        return missing("budget_id", LedgerTr::tr("The budget no longer exists."));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT COALESCE(SUM(amount_minor), 0) FROM mdf_allocation WHERE budget_id = ? AND deleted_at IS NULL"));
    q.addBindValue(budgetId);
    if (Status s = Sql::exec(q); !s)
        return s;
    q.next();
    const qint64 allocated = q.value(0).toLongLong() - oldAllocationMinor + newAllocationMinor;
    const BudgetRow& b = **budget;
    if (allocated > b.amount)
        return broken(LedgerTr::tr("Allocations would exceed the budget: %1 allocated of %2 (MDF-01).")
                          .arg(money(allocated, b.currency), money(b.amount, b.currency)));
    return {};
}

Status MdfLedger::checkBudgetAmount(const QByteArray& budgetId, qint64 newAmountMinor) const
{
    const auto budget = readBudget(m_db, budgetId);
    if (!budget)
        return budget.error();
    if (!*budget)
        return missing("budget_id", LedgerTr::tr("The budget no longer exists."));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT COALESCE(SUM(amount_minor), 0) FROM mdf_allocation WHERE budget_id = ? AND deleted_at IS NULL"));
    q.addBindValue(budgetId);
    if (Status s = Sql::exec(q); !s)
        return s;
    q.next();
    const qint64 allocated = q.value(0).toLongLong();
    const QString& currency = (*budget)->currency;
    if (newAmountMinor < allocated)
        return broken(LedgerTr::tr("The budget cannot be less than what is allocated from it: %1 allocated, %2 "
                                   "budgeted (MDF-01).")
                          .arg(money(allocated, currency), money(newAmountMinor, currency)));
    return {};
}

Status MdfLedger::checkAllocationAmount(const QByteArray& allocationId, qint64 newAmountMinor) const
{
    const auto allocation = readAllocation(m_db, allocationId);
    if (!allocation)
        return allocation.error();
    if (!*allocation)
        return missing("allocation_id", LedgerTr::tr("The allocation no longer exists."));
    const auto budget = readBudget(m_db, (*allocation)->budgetId);
    if (!budget)
        return budget.error();
    if (*budget && (*budget)->allowNegative)
        return {};
    const AllocationRow& a = **allocation;
    if (newAmountMinor < a.committed)
        return broken(LedgerTr::tr("The allocation cannot be less than what approved requests hold: %1 committed, %2 "
                                   "allocated (MDF-01).")
                          .arg(money(a.committed, a.currency), money(newAmountMinor, a.currency)));
    return {};
}

Status MdfLedger::checkCommitment(
    const QByteArray& allocationId, const QByteArray& requestId, qint64 newCommittedMinor) const
{
    const auto allocation = readAllocation(m_db, allocationId);
    if (!allocation)
        return allocation.error();
    if (!*allocation || !(*allocation)->live)
        return missing("allocation_id", LedgerTr::tr("The allocation no longer exists."));
    const auto budget = readBudget(m_db, (*allocation)->budgetId);
    if (!budget)
        return budget.error();
    if (*budget && (*budget)->allowNegative)
        return {}; // MDF-02: this budget lets approvals overdraw an allocation
    qint64 current = 0;
    if (!requestId.isEmpty()) {
        const auto request = readRequest(m_db, requestId);
        if (!request)
            return request.error();
        if (*request && (*request)->live && (*request)->allocationId == allocationId)
            current = mdfCommittedMinor((*request)->status, (*request)->approved, (*request)->claimsApproved);
    }
    const AllocationRow& a = **allocation;
    const qint64 committed = a.committed - current + newCommittedMinor;
    if (committed > a.amount)
        return broken(LedgerTr::tr("Approved requests would exceed the allocation: %1 committed of %2 (MDF-02).")
                          .arg(money(committed, a.currency), money(a.amount, a.currency)));
    return {};
}

Status MdfLedger::checkClaim(const QByteArray& requestId, const QByteArray& claimId, qint64 newExposureMinor) const
{
    const auto request = readRequest(m_db, requestId);
    if (!request)
        return request.error();
    if (!*request || !(*request)->live)
        return missing("request_id", LedgerTr::tr("The fund request no longer exists."));
    qint64 current = 0;
    if (!claimId.isEmpty()) {
        const auto claim = readClaim(m_db, claimId);
        if (!claim)
            return claim.error();
        if (*claim && (*claim)->live && (*claim)->requestId == requestId)
            current = mdfClaimExposureMinor((*claim)->status, (*claim)->amount, (*claim)->approved);
    }
    const RequestRow& r = **request;
    const qint64 approved = r.approved.value_or(0);
    const qint64 cap = mdfShareOf(approved, r.shareBp);
    const qint64 claimed = r.claimed - current + newExposureMinor;
    if (claimed > cap)
        return broken(LedgerTr::tr("Claims would exceed what the request can reimburse: %1 claimed of %2 (%3 % of %4 "
                                   "approved) (MDF-09).")
                          .arg(money(claimed, r.currency), money(cap, r.currency), percent(r.shareBp),
                              money(approved, r.currency)));
    return {};
}

Status MdfLedger::checkPayment(const QByteArray& claimId, qint64 paymentMinor) const
{
    const auto claim = readClaim(m_db, claimId);
    if (!claim)
        return claim.error();
    if (!*claim || !(*claim)->live)
        return missing("claim_id", LedgerTr::tr("The claim no longer exists."));
    const ClaimRow& c = **claim;
    const qint64 approved = c.approved.value_or(0);
    const qint64 paid = c.paid + paymentMinor;
    if (paid > approved)
        return broken(LedgerTr::tr("Payments would exceed the approved claim: %1 paid of %2 approved (MDF-11).")
                          .arg(money(paid, c.currency), money(approved, c.currency)));
    return {};
}

Result<QList<MdfLedger::Finding>> MdfLedger::audit() const
{
    // Everything is re-summed here from the raw rows with the definitions restated above, independently of the
    // triggers, then compared with what the triggers stored.
    QHash<QByteArray, BudgetRow> budgets;
    QList<AllocationRow> allocations;
    QList<RequestRow> requests;
    QList<ClaimRow> claims;
    QHash<QByteArray, qint64> paymentsOfClaim; // live payments
    struct PaymentCurrency
    {
        QByteArray id;
        QByteArray claimId;
        QString currency;
    };
    QList<PaymentCurrency> paymentCurrencies;
    QList<Finding> findings;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.exec(
                QStringLiteral("SELECT id, name, amount_minor, currency, allow_negative, deleted_at FROM mdf_budget")))
            return Sql::errorFrom(q);
        while (q.next()) {
            BudgetRow row {q.value(0).toByteArray(), q.value(1).toString(), q.value(2).toLongLong(),
                q.value(3).toString(), q.value(4).toLongLong() != 0, q.value(5).isNull()};
            budgets.insert(row.id, row);
        }
        if (!q.exec(QStringLiteral(
                "SELECT id, budget_id, period, amount_minor, currency, deleted_at, requested_minor, "
                "committed_minor, claimed_minor, claims_approved_minor, paid_minor FROM mdf_allocation")))
            return Sql::errorFrom(q);
        while (q.next()) {
            AllocationRow row;
            row.id = q.value(0).toByteArray();
            row.budgetId = q.value(1).toByteArray();
            row.period = q.value(2).toString();
            row.amount = q.value(3).toLongLong();
            row.currency = q.value(4).toString();
            row.live = q.value(5).isNull();
            row.requested = q.value(6).toLongLong();
            row.committed = q.value(7).toLongLong();
            row.claimed = q.value(8).toLongLong();
            row.claimsApproved = q.value(9).toLongLong();
            row.paid = q.value(10).toLongLong();
            allocations.append(row);
        }
        if (!q.exec(QStringLiteral("SELECT %1 FROM mdf_request").arg(RequestColumns)))
            return Sql::errorFrom(q);
        while (q.next())
            requests.append(requestFrom(q));
        if (!q.exec(QStringLiteral("SELECT %1 FROM mdf_claim").arg(ClaimColumns)))
            return Sql::errorFrom(q);
        while (q.next())
            claims.append(claimFrom(q));
        if (!q.exec(QStringLiteral(
                "SELECT claim_id, amount_minor, currency, id FROM mdf_payment WHERE deleted_at IS NULL")))
            return Sql::errorFrom(q);
        while (q.next()) {
            paymentsOfClaim[q.value(0).toByteArray()] += q.value(1).toLongLong();
            paymentCurrencies.append({q.value(3).toByteArray(), q.value(0).toByteArray(), q.value(2).toString()});
        }
    }

    // MDF-01: every child is in its parent's currency, so no sum below ever mixes currencies.
    {
        QHash<QByteArray, QString> currencyOf;
        for (const AllocationRow& a : std::as_const(allocations))
            currencyOf.insert(a.id, a.currency);
        for (const RequestRow& r : std::as_const(requests))
            currencyOf.insert(r.id, r.currency);
        for (const ClaimRow& c : std::as_const(claims))
            currencyOf.insert(c.id, c.currency);
        const auto mismatch
            = [&](const QByteArray& id, const QString& what, const QString& currency, const QByteArray& parentId) {
                  const auto parent = currencyOf.constFind(parentId);
                  if (parent != currencyOf.cend() && *parent != currency)
                      findings.append({QStringLiteral("MDF-01"), id,
                          LedgerTr::tr("%1 is in %2 but what it belongs to is in %3 (MDF-01).")
                              .arg(what, currency, *parent)});
              };
        for (const RequestRow& r : std::as_const(requests)) {
            if (r.live)
                mismatch(r.id, LedgerTr::tr("Request %1").arg(r.number), r.currency, r.allocationId);
        }
        for (const ClaimRow& c : std::as_const(claims)) {
            if (c.live)
                mismatch(c.id, LedgerTr::tr("Claim %1").arg(c.number), c.currency, c.requestId);
        }
        for (const PaymentCurrency& p : std::as_const(paymentCurrencies))
            mismatch(p.id, LedgerTr::tr("A payment"), p.currency, p.claimId);
    }

    const auto drift = [&findings](const QByteArray& id, const QString& what, const QString& column, qint64 stored,
                           qint64 summed, const QString& currency) {
        if (stored != summed)
            findings.append({QStringLiteral("totals"), id,
                LedgerTr::tr("%1: %2 is %3 but its rows add up to %4.")
                    .arg(what, column, money(stored, currency), money(summed, currency))});
    };

    // Claims: paid from payments; MDF-11.
    struct RequestSums
    {
        qint64 claimed = 0, claimsApproved = 0, paid = 0;
    };
    QHash<QByteArray, RequestSums> ofRequest;
    for (const ClaimRow& c : std::as_const(claims)) {
        const QString what = LedgerTr::tr("Claim %1").arg(c.number);
        const qint64 paid = paymentsOfClaim.value(c.id);
        drift(c.id, what, QStringLiteral("paid_minor"), c.paid, paid, c.currency);
        if (!c.live)
            continue;
        const qint64 approved = c.approved.value_or(0);
        if (paid > approved)
            findings.append({QStringLiteral("MDF-11"), c.id,
                LedgerTr::tr("%1: %2 paid of %3 approved (MDF-11).")
                    .arg(what, money(paid, c.currency), money(approved, c.currency))});
        if (mdfClaimIsDecided(c.status) && c.status != MdfWorkflow::statusForPaid(approved, paid))
            findings.append({QStringLiteral("MDF-11"), c.id,
                LedgerTr::tr("%1 is %2 but %3 of %4 is paid (MDF-11).")
                    .arg(what, mdfClaimStatusLabel(c.status), money(paid, c.currency), money(approved, c.currency))});
        if (!mdfClaimIsDecided(c.status) && paid > 0)
            findings.append({QStringLiteral("MDF-11"), c.id,
                LedgerTr::tr("%1 is %2 but has payments of %3 (MDF-11).")
                    .arg(what, mdfClaimStatusLabel(c.status), money(paid, c.currency))});
        RequestSums& sums = ofRequest[c.requestId];
        sums.claimed += mdfClaimExposureMinor(c.status, c.amount, c.approved);
        if (mdfClaimIsDecided(c.status))
            sums.claimsApproved += approved;
        sums.paid += paid;
    }

    // Requests: claim totals; MDF-09.
    struct AllocationSums
    {
        qint64 requested = 0, committed = 0, claimed = 0, claimsApproved = 0, paid = 0;
    };
    QHash<QByteArray, AllocationSums> ofAllocation;
    for (const RequestRow& r : std::as_const(requests)) {
        const QString what = LedgerTr::tr("Request %1").arg(r.number);
        const RequestSums sums = ofRequest.value(r.id);
        drift(r.id, what, QStringLiteral("claimed_minor"), r.claimed, sums.claimed, r.currency);
        drift(r.id, what, QStringLiteral("claims_approved_minor"), r.claimsApproved, sums.claimsApproved, r.currency);
        drift(r.id, what, QStringLiteral("paid_minor"), r.paid, sums.paid, r.currency);
        if (!r.live)
            continue;
        const qint64 approved = r.approved.value_or(0);
        const qint64 cap = mdfShareOf(approved, r.shareBp);
        if (sums.claimed > cap)
            findings.append({QStringLiteral("MDF-09"), r.id,
                LedgerTr::tr("%1: %2 claimed of %3 (%4 % of %5 approved) (MDF-09).")
                    .arg(what, money(sums.claimed, r.currency), money(cap, r.currency), percent(r.shareBp),
                        money(approved, r.currency))});
        AllocationSums& a = ofAllocation[r.allocationId];
        if (countsAsRequested(r.status))
            a.requested += r.requestedMinor;
        a.committed += mdfCommittedMinor(r.status, r.approved, sums.claimsApproved);
        a.claimed += sums.claimed;
        a.claimsApproved += sums.claimsApproved;
        a.paid += sums.paid;
    }

    // Allocations: their totals; MDF-02. Budgets: MDF-01.
    QHash<QByteArray, qint64> allocatedOfBudget;
    for (const AllocationRow& a : std::as_const(allocations)) {
        const QString what = LedgerTr::tr("Allocation %1").arg(a.period);
        const AllocationSums sums = ofAllocation.value(a.id);
        drift(a.id, what, QStringLiteral("requested_minor"), a.requested, sums.requested, a.currency);
        drift(a.id, what, QStringLiteral("committed_minor"), a.committed, sums.committed, a.currency);
        drift(a.id, what, QStringLiteral("claimed_minor"), a.claimed, sums.claimed, a.currency);
        drift(a.id, what, QStringLiteral("claims_approved_minor"), a.claimsApproved, sums.claimsApproved, a.currency);
        drift(a.id, what, QStringLiteral("paid_minor"), a.paid, sums.paid, a.currency);
        if (!a.live)
            continue;
        const auto budget = budgets.constFind(a.budgetId);
        if (budget == budgets.cend())
            continue; // the budget is in another CAM's scope: its flag and amount are not known here
        if (a.currency != budget->currency)
            findings.append({QStringLiteral("MDF-01"), a.id,
                LedgerTr::tr("%1 is in %2 but its budget %3 is in %4 (MDF-01).")
                    .arg(what, a.currency, budget->name, budget->currency)});
        allocatedOfBudget[a.budgetId] += a.amount;
        if (a.amount < 0)
            findings.append({QStringLiteral("MDF-01"), a.id,
                LedgerTr::tr("%1 has a negative amount (%2) (MDF-01).").arg(what, money(a.amount, a.currency))});
        if (!budget->allowNegative && sums.committed > a.amount)
            findings.append({QStringLiteral("MDF-02"), a.id,
                LedgerTr::tr("%1: %2 committed of %3 (MDF-02).")
                    .arg(what, money(sums.committed, a.currency), money(a.amount, a.currency))});
    }
    for (const BudgetRow& b : std::as_const(budgets)) {
        if (!b.live)
            continue;
        const qint64 allocated = allocatedOfBudget.value(b.id);
        if (allocated > b.amount)
            findings.append({QStringLiteral("MDF-01"), b.id,
                LedgerTr::tr("Budget %1: %2 allocated of %3 (MDF-01).")
                    .arg(b.name, money(allocated, b.currency), money(b.amount, b.currency))});
    }
    return findings;
}

} // namespace ChannelDesk
