#pragma once

#include "common/Result.h"
#include "domain/Mdf.h"

#include <QList>

namespace ChannelDesk {

class Database;

/// The money of one allocation or budget, in its currency (integer minor units). "Committed" is what approved
/// requests hold of an allocation (MdfLedger); remaining = amount − committed.
struct MdfTotals
{
    qint64 amountMinor = 0;         ///< allocation: its amount; budget: the budget's amount
    qint64 allocatedMinor = 0;      ///< budget: Σ live allocations; allocation: = amount
    qint64 requestedMinor = 0;      ///< Σ requests submitted and not refused or canceled
    qint64 committedMinor = 0;      ///< Σ held by approved requests (shown as "Approved")
    qint64 claimedMinor = 0;        ///< Σ claim exposure
    qint64 claimsApprovedMinor = 0; ///< Σ approved claims
    qint64 paidMinor = 0;           ///< Σ payments

    /// Allocation: amount − committed; budget: amount − allocated (what can still be allocated). Negative only when
    /// the budget allows it (MDF-02).
    qint64 remainingMinor = 0;
    /// Budget only: Σ over allocations of (allocation − committed): allocated money not yet approved for anything.
    qint64 allocatedUnusedMinor = 0;
};

struct MdfAllocationNode
{
    QByteArray id;
    qint64 localId = 0;
    QByteArray partnerId;
    QString partnerName;
    QString period;
    bool authorized = true;
    MdfTotals totals;
};

struct MdfBudgetNode
{
    MdfBudget budget;
    MdfTotals totals;
    QList<MdfAllocationNode> allocations; ///< by partner name, then period
};

/// Which budgets the tree shows.
struct MdfBalanceFilter
{
    QString owner;       ///< only budgets of this CAM; empty = all
    QDate activeOn;      ///< only budgets whose period contains this date; invalid = any
    QByteArray partnerId; ///< only allocations of this partner (and budgets having one); empty = all
    QString search;      ///< folded match on budget name or program, or partner name
};

/// Reads the whole budget → allocation tree with live balances (the totals the schema's triggers keep, so a
/// refresh is one scan of the allocations, no matter how many requests and claims exist). Safe to call on a
/// worker thread with its own connection.
namespace MdfBalances {

Result<QList<MdfBudgetNode>> load(Database& db, const MdfBalanceFilter& filter = {});

} // namespace MdfBalances

} // namespace ChannelDesk
