#pragma once

#include "common/Result.h"
#include "domain/Mdf.h"
#include "mdf/MdfActionInput.h"

namespace ChannelDesk {

class Database;

/// Budgets and allocations. Every change validates (MdfValidator), checks the money rules (MdfLedger: MDF-01/02/03),
/// then writes the row and an mdf_event through RecordWriter in one transaction (row + outbox entries).
class MdfBudgetRepository final
{
public:
    explicit MdfBudgetRepository(Database& db);

    Result<MdfBudget> budget(const QByteArray& id) const;
    Result<QList<MdfBudget>> budgets() const; ///< live budgets, by period start then name
    /// Creates a budget; owner defaults to MdfSettings::me().
    Result<MdfBudget> createBudget(MdfBudget budget, const MdfActionInput& input);
    /// Saves changed fields. The currency cannot change once the budget has allocations; the amount cannot drop
    /// below Σ allocations (MDF-01). Returns false when nothing changed.
    Result<bool> updateBudget(const MdfBudget& budget, const MdfActionInput& input);
    /// Tombstones a budget without live allocations; restoreBudget() undoes it.
    Status removeBudget(const QByteArray& id, const MdfActionInput& input);
    Status restoreBudget(const QByteArray& id, const MdfActionInput& input);

    Result<MdfAllocation> allocation(const QByteArray& id) const;
    Result<QList<MdfAllocation>> allocations(const QByteArray& budgetId) const;
    /// Live, authorised allocations of a partner (for the request form's picker), newest period first.
    Result<QList<MdfAllocation>> allocationsOfPartner(const QByteArray& partnerId) const;
    /// Creates an allocation: currency = the budget's; period valid and inside the budget's dates; one per budget,
    /// partner and period (MDF-03); Σ allocations ≤ budget (MDF-01).
    Result<MdfAllocation> createAllocation(MdfAllocation allocation, const MdfActionInput& input);
    /// Amount ≥ what its requests hold unless the budget allows a negative balance; budget and partner fixed.
    Result<bool> updateAllocation(const MdfAllocation& allocation, const MdfActionInput& input);
    /// Tombstones an allocation without live requests; restoreAllocation() re-checks MDF-01/03 and undoes it.
    Status removeAllocation(const QByteArray& id, const MdfActionInput& input);
    Status restoreAllocation(const QByteArray& id, const MdfActionInput& input);

private:
    Database& m_db;
};

} // namespace ChannelDesk
