#pragma once

#include "common/Roles.h"
#include "mdf/MdfBalances.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace ChannelDesk {

/// The MDF budget tree (issue 5): budgets at the top level, their allocations (one per partner and period, MDF-03)
/// below, each with its live balances in its budget's currency. The whole tree is small enough to hold in memory
/// (MdfBalances reads it in one scan), so sorting happens here, without a proxy.
///
/// setBudgets() merges a new reading into the rows already shown: rows that stay are updated in place
/// (dataChanged), vanished ones removed and new ones inserted, then the current sort is applied with a layout
/// change. Persistent indexes therefore follow their records, so the view keeps expansion and selection across
/// every reload.
class BudgetTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetTreeModel)

public:
    enum Column {
        NameColumn,        ///< budget name / partner name
        ProgramColumn,     ///< budget only
        PeriodColumn,      ///< budget: its dates; allocation: the period label
        OwnerColumn,       ///< budget only
        AmountColumn,      ///< budget amount / allocation amount
        AllocatedColumn,   ///< budget only: Σ allocations
        UnallocatedColumn, ///< budget only: amount − allocated
        RequestedColumn,
        ApprovedColumn,    ///< committed by approved requests
        ClaimedColumn,
        PaidColumn,
        RemainingColumn,   ///< amount − committed (negative only when the budget allows it, MDF-02)
        UtilisationColumn, ///< committed ÷ amount
        ColumnCount
    };

    enum Role {
        KindRole = Roles::LoadingRole + 16, ///< Kind as int
        CurrencyRole,                       ///< ISO code of the row's money
        BudgetIdRole,                       ///< the budget's id (the row's own id for a budget)
        PartnerIdRole,                      ///< allocations: the partner's id
        UtilisationRole,                    ///< double committed ÷ amount; invalid when the amount is 0
    };
    enum class Kind { Budget, Allocation };

    explicit BudgetTreeModel(QObject* parent = nullptr);
    ~BudgetTreeModel() override;

    /// Shows a new reading of the tree (see the class comment).
    void setBudgets(const QList<MdfBudgetNode>& budgets);
    /// Every budget shown, in display order, with its allocations in display order.
    QList<MdfBudgetNode> budgets() const;
    int allocationCount() const;

    bool isBudget(const QModelIndex& index) const;
    bool isAllocation(const QModelIndex& index) const;
    /// The row's own id (budget or allocation).
    QByteArray idAt(const QModelIndex& index) const;
    /// The budget of the row (itself for a budget row).
    QByteArray budgetIdAt(const QModelIndex& index) const;
    /// The budget node of the row (with all its allocations shown); null for an invalid index.
    const MdfBudgetNode* budgetAt(const QModelIndex& index) const;
    /// The allocation node of an allocation row; null otherwise.
    const MdfAllocationNode* allocationAt(const QModelIndex& index) const;
    /// Index (column `column`) of the budget or allocation with this id; invalid when not shown.
    QModelIndex indexOfId(const QByteArray& id, int column = 0) const;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Column -1 = the order MdfBalances returns (budgets by period start and name, allocations by partner, period).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The money of a row as the tree shows it: remaining of a budget = amount − committed.
    static qint64 remainingOf(const MdfTotals& totals, Kind kind);

private:
    struct AllocationRow
    {
        MdfAllocationNode node;
        int loadOrder = 0;
    };
    struct BudgetRow
    {
        MdfBudgetNode node; ///< allocations kept in `allocations` below, not in node.allocations
        QList<AllocationRow> allocations;
        int loadOrder = 0;
        int row = 0; ///< its position in m_budgets (the parent of its allocation indexes)
    };

    BudgetRow* budgetRow(const QModelIndex& index) const;
    QVariant budgetData(const BudgetRow& row, int column, int role) const;
    QVariant allocationData(const BudgetRow& budget, const AllocationRow& row, int column, int role) const;
    QVariant rawValue(const BudgetRow& budget, const AllocationRow* allocation, int column) const;
    void applySort(bool force);
    void renumber();

    std::vector<std::unique_ptr<BudgetRow>> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace ChannelDesk
