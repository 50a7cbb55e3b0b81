#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ChannelDesk {

class Database;

/// The MDF money rules that need the database (MDF-01/02/09/11), checked by the repositories inside their write
/// transaction before a change is written. Each check reads the current totals (kept by the schema's triggers) and
/// refuses with a message that names the invariant and the amounts, e.g. "Allocations would exceed the budget:
/// 120,000.00 US$ allocated of 100,000.00 US$ (MDF-01)." Amounts are formatted with the default QLocale.
///
/// The invariants, all in the budget's currency:
///  MDF-01  Σ live allocations of a budget ≤ its amount; a budget's amount ≥ Σ its allocations; an allocation's
///          amount ≥ what its requests hold (committed), unless the budget allows a negative balance.
///  MDF-02  Σ committed of an allocation's requests ≤ its amount, unless the budget allows a negative balance;
///          committed = approved amount while approved or partially approved, Σ approved claims once closed.
///  MDF-09  Σ claim exposure of a request ≤ approved × vendor share (rounded down); exposure = amount while
///          submitted or returned, approved amount once approved, partially paid or paid.
///  MDF-11  Σ live payments of a claim ≤ its approved amount.
class MdfLedger final
{
public:
    explicit MdfLedger(Database& db);

    /// MDF-01: the budget `budgetId` can take `newAllocationMinor` in place of `oldAllocationMinor` (0 for a new one).
    Status checkAllocation(const QByteArray& budgetId, qint64 oldAllocationMinor, qint64 newAllocationMinor) const;
    /// MDF-01: the budget's amount can become `newAmountMinor` (not below Σ its allocations).
    Status checkBudgetAmount(const QByteArray& budgetId, qint64 newAmountMinor) const;
    /// MDF-01/02: the allocation's amount can become `newAmountMinor` (not below what its requests hold).
    Status checkAllocationAmount(const QByteArray& allocationId, qint64 newAmountMinor) const;
    /// MDF-02: the request `requestId` (of `allocationId`) can hold `newCommittedMinor` instead of what it holds now.
    Status checkCommitment(const QByteArray& allocationId, const QByteArray& requestId, qint64 newCommittedMinor) const;
    /// MDF-09: the claim `claimId` (empty = new) of `requestId` can expose `newExposureMinor`.
    Status checkClaim(const QByteArray& requestId, const QByteArray& claimId, qint64 newExposureMinor) const;
    /// MDF-11: the claim can receive a further payment of `paymentMinor`.
    Status checkPayment(const QByteArray& claimId, qint64 paymentMinor) const;

    /// One broken rule or drifted total found by audit().
    struct Finding
    {
        QString rule;      ///< "MDF-01", "MDF-02", "MDF-09", "MDF-11" or "totals"
        QByteArray recordId;
        QString message;
    };
    /// Re-sums everything from the raw rows (ignoring the trigger-kept totals), compares with those totals and
    /// checks every invariant. Empty when all is well. For the property tests and `channeldesk-cli mdf-audit`.
    Result<QList<Finding>> audit() const;

private:
    Database& m_db;
};

} // namespace ChannelDesk
