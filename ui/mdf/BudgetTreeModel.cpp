#include "BudgetTreeModel.h"

#include "common/Money.h"
#include "mdf/MdfValidator.h"
#include "pipeline/PipelineStyle.h"

#include <QBrush>
#include <QCollator>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace ChannelDesk {

namespace {

QString money(qint64 minor, const QString& currency)
{
    return Money { minor, currency }.format(QLocale());
}

QString percentText(double ratio)
{
    const QLocale locale;
    return locale.toString(ratio * 100.0, 'f', 0) + locale.percent();
}

bool sameTotals(const MdfTotals& a, const MdfTotals& b)
{
    return a.amountMinor == b.amountMinor && a.allocatedMinor == b.allocatedMinor
        && a.requestedMinor == b.requestedMinor && a.committedMinor == b.committedMinor
        && a.claimedMinor == b.claimedMinor
        && a.claimsApprovedMinor == b.claimsApprovedMinor && a.paidMinor == b.paidMinor
        && a.remainingMinor == b.remainingMinor && a.allocatedUnusedMinor == b.allocatedUnusedMinor;
}

bool sameBudget(const MdfBudgetNode& a, const MdfBudgetNode& b)
{
    const MdfBudget& x = a.budget;
    const MdfBudget& y = b.budget;
    return x.name == y.name && x.program == y.program && x.periodStart == y.periodStart && x.periodEnd == y.periodEnd
        && x.amount == y.amount && x.owner == y.owner && x.allowNegative == y.allowNegative
        && x.vendorShareBp == y.vendorShareBp && x.claimDays == y.claimDays && x.notes == y.notes
        && sameTotals(a.totals, b.totals);
}

bool sameAllocation(const MdfAllocationNode& a, const MdfAllocationNode& b)
{
    return a.localId == b.localId && a.partnerId == b.partnerId && a.partnerName == b.partnerName
        && a.period == b.period && a.authorized == b.authorized && sameTotals(a.totals, b.totals);
}

/// Negative for a before b. Missing values sort after present ones.
int compareValues(const QVariant& a, const QVariant& b, const QCollator& collator)
{
    const bool aMissing = !a.isValid() || a.isNull();
    const bool bMissing = !b.isValid() || b.isNull();
    if (aMissing || bMissing)
        return aMissing == bMissing ? 0 : (aMissing ? 1 : -1);
    switch (a.typeId()) {
    case QMetaType::QString:
        return collator.compare(a.toString(), b.toString());
    case QMetaType::QDate: {
        const QDate x = a.toDate();
        const QDate y = b.toDate();
        return x < y ? -1 : (y < x ? 1 : 0);
    }
    case QMetaType::Double: {
        const double x = a.toDouble();
        const double y = b.toDouble();
        return x < y ? -1 : (y < x ? 1 : 0);
    }
    default: {
        const qint64 x = a.toLongLong();
        const qint64 y = b.toLongLong();
        return x < y ? -1 : (y < x ? 1 : 0);
    }
    }
}

/// First day of an allocation period ("2027-Q2" → 2027-04-01), so periods sort by time, not by their text.
QDate periodStart(const QString& period)
{
    QDate first;
    return MdfValidator::parsePeriod(period, &first, nullptr) ? first : QDate();
}

} // namespace

BudgetTreeModel::BudgetTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

BudgetTreeModel::~BudgetTreeModel() = default;

qint64 BudgetTreeModel::remainingOf(const MdfTotals& totals, Kind kind)
{
    // A budget's "remaining" is what nothing has been approved against yet, allocated or not; its unallocated part
    // has a column of its own (MdfTotals::remainingMinor of a budget).
    return kind == Kind::Budget ? totals.amountMinor - totals.committedMinor : totals.remainingMinor;
}

void BudgetTreeModel::renumber()
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rows[i]->row = int(i);
}

void BudgetTreeModel::setBudgets(const QList<MdfBudgetNode>& budgets)
{
    QHash<QByteArray, int> wanted;
    for (int i = 0; i < budgets.size(); ++i)
        wanted.insert(budgets[i].budget.id, i);

    // Budgets that are gone, removed in contiguous ranges from the end so earlier row numbers stay valid.
    for (int last = int(m_rows.size()) - 1; last >= 0; --last) {
        if (wanted.contains(m_rows[size_t(last)]->node.budget.id))
            continue;
        int first = last;
        while (first > 0 && !wanted.contains(m_rows[size_t(first - 1)]->node.budget.id))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        renumber();
        endRemoveRows();
        last = first;
    }

    // Budgets that stay: new figures in place, then their allocations merged the same way.
    QSet<QByteArray> present;
    for (const auto& pointer : m_rows) {
        BudgetRow& row = *pointer;
        const int position = wanted.value(row.node.budget.id);
        const MdfBudgetNode& fresh = budgets[position];
        present.insert(row.node.budget.id);
        row.loadOrder = position;
        if (!sameBudget(row.node, fresh)) {
            row.node.budget = fresh.budget;
            row.node.totals = fresh.totals;
            Q_EMIT dataChanged(createIndex(row.row, 0, nullptr), createIndex(row.row, ColumnCount - 1, nullptr));
        }

        const QModelIndex parentIndex = createIndex(row.row, 0, nullptr);
        QHash<QByteArray, int> wantedAllocations;
        for (int i = 0; i < fresh.allocations.size(); ++i)
            wantedAllocations.insert(fresh.allocations[i].id, i);
        for (int last = int(row.allocations.size()) - 1; last >= 0; --last) {
            if (wantedAllocations.contains(row.allocations[last].node.id))
                continue;
            int first = last;
            while (first > 0 && !wantedAllocations.contains(row.allocations[first - 1].node.id))
                --first;
            beginRemoveRows(parentIndex, first, last);
            row.allocations.remove(first, last - first + 1);
            endRemoveRows();
            last = first;
        }
        QSet<QByteArray> presentAllocations;
        for (int i = 0; i < row.allocations.size(); ++i) {
            AllocationRow& allocation = row.allocations[i];
            const int at = wantedAllocations.value(allocation.node.id);
            presentAllocations.insert(allocation.node.id);
            allocation.loadOrder = at;
            if (!sameAllocation(allocation.node, fresh.allocations[at])) {
                allocation.node = fresh.allocations[at];
                Q_EMIT dataChanged(createIndex(i, 0, &row), createIndex(i, ColumnCount - 1, &row));
            }
        }
        QList<AllocationRow> added;
        for (int i = 0; i < fresh.allocations.size(); ++i) {
            if (!presentAllocations.contains(fresh.allocations[i].id))
                added.append({ fresh.allocations[i], i });
        }
        if (!added.isEmpty()) {
            const int first = int(row.allocations.size());
            beginInsertRows(parentIndex, first, first + int(added.size()) - 1);
            row.allocations.append(added);
            endInsertRows();
        }
    }

    // New budgets, with their allocations.
    QList<int> newBudgets;
    for (int i = 0; i < budgets.size(); ++i) {
        if (!present.contains(budgets[i].budget.id))
            newBudgets.append(i);
    }
    if (!newBudgets.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(newBudgets.size()) - 1);
        for (const int i : std::as_const(newBudgets)) {
            auto row = std::make_unique<BudgetRow>();
            row->node.budget = budgets[i].budget;
            row->node.totals = budgets[i].totals;
            row->loadOrder = i;
            for (int j = 0; j < budgets[i].allocations.size(); ++j)
                row->allocations.append({ budgets[i].allocations[j], j });
            m_rows.push_back(std::move(row));
        }
        renumber();
        endInsertRows();
    }

    applySort(false);
}

QList<MdfBudgetNode> BudgetTreeModel::budgets() const
{
    QList<MdfBudgetNode> result;
    result.reserve(qsizetype(m_rows.size()));
    for (const auto& row : m_rows) {
        MdfBudgetNode node = row->node;
        node.allocations.clear();
        for (const AllocationRow& allocation : row->allocations)
            node.allocations.append(allocation.node);
        result.append(node);
    }
    return result;
}

int BudgetTreeModel::allocationCount() const
{
    int count = 0;
    for (const auto& row : m_rows)
        count += int(row->allocations.size());
    return count;
}

BudgetTreeModel::BudgetRow* BudgetTreeModel::budgetRow(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (auto* parent = static_cast<BudgetRow*>(index.internalPointer()))
        return parent;
    return index.row() >= 0 && size_t(index.row()) < m_rows.size() ? m_rows[size_t(index.row())].get() : nullptr;
}

bool BudgetTreeModel::isBudget(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this && !index.internalPointer();
}

bool BudgetTreeModel::isAllocation(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this && index.internalPointer();
}

QByteArray BudgetTreeModel::idAt(const QModelIndex& index) const
{
    if (const MdfAllocationNode* allocation = allocationAt(index))
        return allocation->id;
    const BudgetRow* row = budgetRow(index);
    return row ? row->node.budget.id : QByteArray();
}

QByteArray BudgetTreeModel::budgetIdAt(const QModelIndex& index) const
{
    const BudgetRow* row = budgetRow(index);
    return row ? row->node.budget.id : QByteArray();
}

const MdfBudgetNode* BudgetTreeModel::budgetAt(const QModelIndex& index) const
{
    const BudgetRow* row = budgetRow(index);
    return row ? &row->node : nullptr;
}

const MdfAllocationNode* BudgetTreeModel::allocationAt(const QModelIndex& index) const
{
    if (!isAllocation(index))
        return nullptr;
    const auto* row = static_cast<const BudgetRow*>(index.internalPointer());
    return index.row() < row->allocations.size() ? &row->allocations[index.row()].node : nullptr;
}

QModelIndex BudgetTreeModel::indexOfId(const QByteArray& id, int column) const
{
    if (id.isEmpty())
        return {};
    for (const auto& row : m_rows) {
        if (row->node.budget.id == id)
            return createIndex(row->row, column, nullptr);
        for (int i = 0; i < row->allocations.size(); ++i) {
            if (row->allocations[i].node.id == id)
                return createIndex(i, column, row.get());
        }
    }
    return {};
}

QModelIndex BudgetTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return size_t(row) < m_rows.size() ? createIndex(row, column, nullptr) : QModelIndex();
    if (!isBudget(parent) || parent.column() != 0)
        return {};
    BudgetRow* budget = budgetRow(parent);
    return budget && row < budget->allocations.size() ? createIndex(row, column, budget) : QModelIndex();
}

QModelIndex BudgetTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const auto* budget = static_cast<const BudgetRow*>(child.internalPointer());
    return budget ? createIndex(budget->row, 0, nullptr) : QModelIndex();
}

int BudgetTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.column() != 0 || !isBudget(parent))
        return 0;
    const BudgetRow* budget = budgetRow(parent);
    return budget ? int(budget->allocations.size()) : 0;
}

int BudgetTreeModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

Qt::ItemFlags BudgetTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isAllocation(index))
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant BudgetTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section >= AmountColumn ? Qt::AlignRight | Qt::AlignVCenter
                                                           : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Budget / Partner");
        case ProgramColumn:
            return tr("Program");
        case PeriodColumn:
            return tr("Period");
        case OwnerColumn:
            return tr("Owner");
        case AmountColumn:
            return tr("Amount");
        case AllocatedColumn:
            return tr("Allocated");
        case UnallocatedColumn:
            return tr("Unallocated");
        case RequestedColumn:
            return tr("Requested");
        case ApprovedColumn:
            return tr("Approved");
        case ClaimedColumn:
            return tr("Claimed");
        case PaidColumn:
            return tr("Paid");
        case RemainingColumn:
            return tr("Remaining");
        case UtilisationColumn:
            return tr("Utilisation");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case AmountColumn:
            return tr("The budget's amount, or what the allocation sets aside for the partner and period");
        case AllocatedColumn:
            return tr("Sum of the budget's allocations (MDF-01: never more than the budget)");
        case UnallocatedColumn:
            return tr("What the budget can still allocate to partners");
        case RequestedColumn:
            return tr("Sum of submitted requests that are not refused or canceled");
        case ApprovedColumn:
            return tr("What approved requests hold (committed, MDF-02)");
        case ClaimedColumn:
            return tr("Sum of claims submitted against approved requests");
        case PaidColumn:
            return tr("Sum of payments made on approved claims");
        case RemainingColumn:
            return tr("Amount minus approved: what requests can still be approved against");
        case UtilisationColumn:
            return tr("Approved as a share of the amount");
        default:
            return {};
        }
    }
    return {};
}

QVariant BudgetTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    BudgetRow* budget = budgetRow(index);
    if (!budget)
        return {};
    if (isAllocation(index)) {
        if (index.row() >= budget->allocations.size())
            return {};
        return allocationData(*budget, budget->allocations[index.row()], index.column(), role);
    }
    return budgetData(*budget, index.column(), role);
}

QVariant BudgetTreeModel::rawValue(const BudgetRow& budget, const AllocationRow* allocation, int column) const
{
    const MdfTotals& t = allocation ? allocation->node.totals : budget.node.totals;
    const Kind kind = allocation ? Kind::Allocation : Kind::Budget;
    switch (column) {
    case NameColumn:
        return allocation ? allocation->node.partnerName : budget.node.budget.name;
    case ProgramColumn:
        return allocation ? QVariant() : QVariant(budget.node.budget.program);
    case PeriodColumn:
        if (allocation) {
            const QDate first = periodStart(allocation->node.period);
            return first.isValid() ? QVariant(first) : QVariant(allocation->node.period);
        }
        return budget.node.budget.periodStart;
    case OwnerColumn:
        return allocation ? QVariant() : QVariant(budget.node.budget.owner);
    case AmountColumn:
        return t.amountMinor;
    case AllocatedColumn:
        return allocation ? QVariant() : QVariant(t.allocatedMinor);
    case UnallocatedColumn:
        return allocation ? QVariant() : QVariant(t.remainingMinor);
    case RequestedColumn:
        return t.requestedMinor;
    case ApprovedColumn:
        return t.committedMinor;
    case ClaimedColumn:
        return t.claimedMinor;
    case PaidColumn:
        return t.paidMinor;
    case RemainingColumn:
        return remainingOf(t, kind);
    case UtilisationColumn:
        return t.amountMinor > 0 ? QVariant(double(t.committedMinor) / double(t.amountMinor)) : QVariant();
    }
    return {};
}

QVariant BudgetTreeModel::budgetData(const BudgetRow& row, int column, int role) const
{
    const MdfBudget& b = row.node.budget;
    const MdfTotals& t = row.node.totals;
    const QString currency = b.amount.currency;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return b.name;
        case ProgramColumn:
            return b.program;
        case PeriodColumn:
            //: Budget period: first day – last day
            return tr("%1 – %2").arg(locale.toString(b.periodStart, QLocale::ShortFormat),
                                     locale.toString(b.periodEnd, QLocale::ShortFormat));
        case OwnerColumn:
            return b.owner;
        case AmountColumn:
            return money(t.amountMinor, currency);
        case AllocatedColumn:
            return money(t.allocatedMinor, currency);
        case UnallocatedColumn:
            return money(t.remainingMinor, currency);
        case RequestedColumn:
            return money(t.requestedMinor, currency);
        case ApprovedColumn:
            return money(t.committedMinor, currency);
        case ClaimedColumn:
            return money(t.claimedMinor, currency);
        case PaidColumn:
            return money(t.paidMinor, currency);
        case RemainingColumn:
            return money(remainingOf(t, Kind::Budget), currency);
        case UtilisationColumn:
            return t.amountMinor > 0 ? percentText(double(t.committedMinor) / double(t.amountMinor)) : QString();
        }
        return {};
    case Roles::RawValueRole:
        return rawValue(row, nullptr, column);
    case Roles::IdRole:
    case BudgetIdRole:
        return b.id;
    case KindRole:
        return int(Kind::Budget);
    case CurrencyRole:
        return currency;
    case UtilisationRole:
        return t.amountMinor > 0 ? QVariant(double(t.committedMinor) / double(t.amountMinor)) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column >= AmountColumn ? Qt::AlignRight | Qt::AlignVCenter
                                                          : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (column == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if ((column == RemainingColumn && remainingOf(t, Kind::Budget) < 0)
            || (column == UnallocatedColumn && t.remainingMinor < 0))
            return QBrush(PipelineStyle::warningColor());
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn: {
            QStringList lines { b.program.isEmpty() ? b.name : tr("%1 — %2").arg(b.name, b.program) };
            lines.append(tr("Owner: %1").arg(b.owner));
            lines.append(tr("Vendor share %1 by default; claims due %n day(s) after an activity ends", nullptr,
                            b.claimDays)
                             .arg(locale.toString(b.vendorShareBp / 100.0, 'f', QLocale::FloatingPointShortest)
                                  + locale.percent()));
            if (b.allowNegative)
                lines.append(tr("Approvals may overdraw an allocation (negative balance allowed)"));
            return lines.join(QLatin1Char('\n'));
        }
        case UnallocatedColumn:
            return tr("%1 of %2 allocated; %3 can still be allocated")
                .arg(money(t.allocatedMinor, currency), money(t.amountMinor, currency),
                     money(t.remainingMinor, currency));
        case RemainingColumn:
            return tr("%1 not yet approved for anything: %2 unallocated and %3 allocated but not approved")
                .arg(money(remainingOf(t, Kind::Budget), currency), money(t.remainingMinor, currency),
                     money(t.allocatedUnusedMinor, currency));
        case UtilisationColumn:
            if (t.amountMinor <= 0)
                return {};
            return tr("Approved %1 of %2 (%3); paid %4 (%5)")
                .arg(money(t.committedMinor, currency), money(t.amountMinor, currency),
                     percentText(double(t.committedMinor) / double(t.amountMinor)), money(t.paidMinor, currency),
                     percentText(double(t.paidMinor) / double(t.amountMinor)));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant BudgetTreeModel::allocationData(const BudgetRow& budget, const AllocationRow& row, int column, int role) const
{
    const MdfAllocationNode& a = row.node;
    const MdfTotals& t = a.totals;
    const QString currency = budget.node.budget.amount.currency;
    const qint64 remaining = remainingOf(t, Kind::Allocation);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return a.authorized ? a.partnerName : tr("%1 (not authorised)").arg(a.partnerName);
        case PeriodColumn:
            return a.period;
        case AmountColumn:
            return money(t.amountMinor, currency);
        case RequestedColumn:
            return money(t.requestedMinor, currency);
        case ApprovedColumn:
            return money(t.committedMinor, currency);
        case ClaimedColumn:
            return money(t.claimedMinor, currency);
        case PaidColumn:
            return money(t.paidMinor, currency);
        case RemainingColumn:
            return money(remaining, currency);
        case UtilisationColumn:
            return t.amountMinor > 0 ? percentText(double(t.committedMinor) / double(t.amountMinor)) : QString();
        default:
            return QString(); // budget-only columns
        }
    case Roles::RawValueRole:
        return rawValue(budget, &row, column);
    case Roles::IdRole:
        return a.id;
    case BudgetIdRole:
        return budget.node.budget.id;
    case PartnerIdRole:
        return a.partnerId;
    case KindRole:
        return int(Kind::Allocation);
    case CurrencyRole:
        return currency;
    case UtilisationRole:
        return t.amountMinor > 0 ? QVariant(double(t.committedMinor) / double(t.amountMinor)) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column >= AmountColumn ? Qt::AlignRight | Qt::AlignVCenter
                                                          : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (!a.authorized && column == NameColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == RemainingColumn && remaining < 0)
            return QBrush(PipelineStyle::warningColor());
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            return a.authorized ? tr("%1, %2").arg(a.partnerName, a.period)
                                : tr("%1, %2: not authorised, so requests cannot draw on it yet (MDF-03)")
                                      .arg(a.partnerName, a.period);
        case RemainingColumn:
            if (remaining < 0)
                return tr("Overdrawn by %1: approvals exceed the allocation, which the budget allows (MDF-02)")
                    .arg(money(-remaining, currency));
            return tr("%1 of %2 can still be approved").arg(money(remaining, currency), money(t.amountMinor, currency));
        case ClaimedColumn:
            return tr("Claimed %1, of which %2 approved").arg(money(t.claimedMinor, currency),
                                                               money(t.claimsApprovedMinor, currency));
        case UtilisationColumn:
            if (t.amountMinor <= 0)
                return {};
            return tr("Approved %1 of %2 (%3); paid %4 (%5)")
                .arg(money(t.committedMinor, currency), money(t.amountMinor, currency),
                     percentText(double(t.committedMinor) / double(t.amountMinor)), money(t.paidMinor, currency),
                     percentText(double(t.paidMinor) / double(t.amountMinor)));
        default:
            return {};
        }
    default:
        return {};
    }
}

void BudgetTreeModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < ColumnCount ? column : -1;
    m_sortOrder = order;
    applySort(false);
}

void BudgetTreeModel::applySort(bool force)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;

    // Order = the sort column's raw value, ties (and column -1) in the order MdfBalances returned.
    const auto before = [&](const QVariant& a, int loadA, const QVariant& b, int loadB) {
        if (column >= 0) {
            const int c = compareValues(a, b, collator);
            if (c != 0)
                return descending ? c > 0 : c < 0;
        }
        return loadA < loadB;
    };

    std::vector<int> budgetOrder(m_rows.size());
    std::iota(budgetOrder.begin(), budgetOrder.end(), 0);
    {
        std::vector<QVariant> keys(m_rows.size());
        for (size_t i = 0; i < m_rows.size(); ++i)
            keys[i] = column >= 0 ? rawValue(*m_rows[i], nullptr, column) : QVariant();
        std::stable_sort(budgetOrder.begin(), budgetOrder.end(), [&](int a, int b) {
            return before(keys[size_t(a)], m_rows[size_t(a)]->loadOrder, keys[size_t(b)], m_rows[size_t(b)]->loadOrder);
        });
    }
    bool changes = false;
    for (size_t i = 0; i < budgetOrder.size(); ++i)
        changes = changes || budgetOrder[i] != int(i);
    std::vector<std::vector<int>> allocationOrders(m_rows.size());
    for (size_t r = 0; r < m_rows.size(); ++r) {
        const BudgetRow& row = *m_rows[r];
        std::vector<int>& order = allocationOrders[r];
        order.resize(size_t(row.allocations.size()));
        std::iota(order.begin(), order.end(), 0);
        std::vector<QVariant> keys(order.size());
        for (size_t i = 0; i < order.size(); ++i)
            keys[i] = column >= 0 ? rawValue(row, &row.allocations[qsizetype(i)], column) : QVariant();
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return before(keys[size_t(a)], row.allocations[a].loadOrder, keys[size_t(b)], row.allocations[b].loadOrder);
        });
        for (size_t i = 0; i < order.size(); ++i)
            changes = changes || order[i] != int(i);
    }
    if (!changes && !force)
        return;

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Where every persistent index points, by record, so it can be found again after the move.
    struct Anchor
    {
        BudgetRow* budget;
        QByteArray allocationId;
        int column;
    };
    const QModelIndexList persistent = persistentIndexList();
    QList<Anchor> anchors;
    anchors.reserve(persistent.size());
    for (const QModelIndex& index : persistent) {
        BudgetRow* budget = budgetRow(index);
        QByteArray allocationId;
        if (isAllocation(index) && budget && index.row() < budget->allocations.size())
            allocationId = budget->allocations[index.row()].node.id;
        anchors.append({ budget, allocationId, index.column() });
    }

    for (size_t r = 0; r < m_rows.size(); ++r) {
        BudgetRow& row = *m_rows[r];
        QList<AllocationRow> sorted;
        sorted.reserve(row.allocations.size());
        for (const int i : allocationOrders[r])
            sorted.append(std::move(row.allocations[i]));
        row.allocations = std::move(sorted);
    }
    std::vector<std::unique_ptr<BudgetRow>> sortedRows;
    sortedRows.reserve(m_rows.size());
    for (const int i : budgetOrder)
        sortedRows.push_back(std::move(m_rows[size_t(i)]));
    m_rows = std::move(sortedRows);
    renumber();

    QModelIndexList to;
    to.reserve(persistent.size());
    for (const Anchor& anchor : std::as_const(anchors)) {
        if (!anchor.budget) {
            to.append(QModelIndex());
        } else if (anchor.allocationId.isEmpty()) {
            to.append(createIndex(anchor.budget->row, anchor.column, nullptr));
        } else {
            int row = -1;
            for (int i = 0; i < anchor.budget->allocations.size() && row < 0; ++i) {
                if (anchor.budget->allocations[i].node.id == anchor.allocationId)
                    row = i;
            }
            to.append(row < 0 ? QModelIndex() : createIndex(row, anchor.column, anchor.budget));
        }
    }
    changePersistentIndexList(persistent, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace ChannelDesk
