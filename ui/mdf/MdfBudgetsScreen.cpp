#include "MdfBudgetsScreen.h"

#include "common/Money.h"
#include "mdf/AllocationDialog.h"
#include "mdf/BudgetDialog.h"
#include "mdf/BudgetTreeLoader.h"
#include "mdf/BudgetTreeModel.h"
#include "mdf/MdfActions.h"
#include "mdf/MdfSettingsDialog.h"
#include "mdf/UtilisationChart.h"
#include "mdf/UtilisationDelegate.h"
#include "partners/PartnerRepository.h"
#include "pipeline/PartnerPicker.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace ChannelDesk {

MdfBudgetsScreen::MdfBudgetsScreen(Database& db, MdfActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actions(actions)
    , m_loader(new BudgetTreeLoader(db.path(), this))
    , m_model(new BudgetTreeModel(this))
    , m_toolBar(new QToolBar(this))
    , m_search(new QLineEdit(this))
    , m_owner(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_partner(new PartnerPicker(db, this))
    , m_message(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(this))
    , m_chart(new UtilisationChart(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("mdfBudgetsScreen"));

    m_view->setObjectName(QStringLiteral("budgetTree"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true); // the view never measures rows one by one
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegateForColumn(BudgetTreeModel::UtilisationColumn, new UtilisationDelegate(m_view));
    QHeaderView* header = m_view->header();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSortIndicatorShown(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = { 16, 10, 10, 6, 8, 8, 8, 8, 8, 8, 8, 8, 7 };
    for (int column = 0; column < BudgetTreeModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column] * em);
    header->setSortIndicator(-1, Qt::AscendingOrder); // the order MdfBalances reads until a header is clicked
    m_view->setSortingEnabled(true);

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    m_message->setObjectName(QStringLiteral("budgetMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    buildActions();

    auto* treePane = new QWidget(this);
    auto* treeLayout = new QVBoxLayout(treePane);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_view, 1);
    treeLayout->addWidget(m_empty, 1);
    m_splitter->addWidget(treePane);
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ 440, 360 });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_toolBar);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &MdfBudgetsScreen::requestLoad);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        requestLoad();
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this, &MdfBudgetsScreen::requestLoad);
    connect(m_period, &QComboBox::currentIndexChanged, this, &MdfBudgetsScreen::requestLoad);
    connect(m_partner, &PartnerPicker::partnerChanged, this, &MdfBudgetsScreen::requestLoad);

    connect(m_loader, &BudgetTreeLoader::loaded, this, &MdfBudgetsScreen::onLoaded);
    connect(m_loader, &BudgetTreeLoader::failed, this, &MdfBudgetsScreen::onFailed);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MdfBudgetsScreen::onCurrentChanged);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &MdfBudgetsScreen::showContextMenu);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            editCurrent();
    });
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex& index) {
        if (!m_restoring && m_model->isBudget(index))
            m_collapsed.insert(m_model->idAt(index));
    });
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex& index) {
        if (!m_restoring && m_model->isBudget(index))
            m_collapsed.remove(m_model->idAt(index));
    });
    connect(m_chart, &UtilisationChart::barActivated, this, &MdfBudgetsScreen::selectRecord);
    connect(&m_actions, &MdfActions::mdfChanged, this, &MdfBudgetsScreen::requestLoad);
    // An undo or redo that could not be applied: said here too (the window reports MdfActions::failed itself).
    connect(&m_actions, &MdfActions::failed, this, [this](const QString& message) { showMessage(message, true); });

    updateActions();
    updateChart(true);
    requestLoad();
}

MdfBudgetsScreen::~MdfBudgetsScreen() = default;

QWidget* MdfBudgetsScreen::buildFilterBar()
{
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("budgetFilterBar"));
    m_search->setObjectName(QStringLiteral("budgetSearch"));
    m_search->setPlaceholderText(tr("Search budgets, programs and partners"));
    m_search->setClearButtonEnabled(true);
    m_owner->setObjectName(QStringLiteral("budgetOwner"));
    m_owner->addItem(tr("All owners"), false);
    m_owner->addItem(tr("My budgets"), true);
    m_owner->setToolTip(tr("Budgets of every CAM, or only those you own"));
    m_period->setObjectName(QStringLiteral("budgetPeriod"));
    m_period->addItem(tr("All periods"), false);
    m_period->addItem(tr("Current period"), true);
    m_period->setToolTip(tr("Every budget, or only those whose dates include today"));
    m_partner->setObjectName(QStringLiteral("budgetPartner"));
    m_partner->setToolTip(tr("Only the allocations of one partner (type part of its name, then pick it)"));
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_owner);
    layout->addWidget(m_period);
    layout->addWidget(m_partner, 2);
    return bar;
}

void MdfBudgetsScreen::buildActions()
{
    m_toolBar->setObjectName(QStringLiteral("budgetToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto make = [this](const char* name, const QString& text, const QString& tip,
                             void (MdfBudgetsScreen::*slot)()) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setToolTip(tip);
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newBudget = make("newBudget", tr("New &Budget…"), tr("Create an MDF budget for a program and period"),
                       &MdfBudgetsScreen::newBudget);
    m_newAllocation = make("newAllocation", tr("New &Allocation…"),
                           tr("Set aside money of the selected budget for a partner and period"),
                           &MdfBudgetsScreen::newAllocation);
    m_edit = make("editBudgetOrAllocation", tr("&Edit…"), tr("Edit the selected budget or allocation"),
                  &MdfBudgetsScreen::editCurrent);
    m_delete = make("deleteBudgetOrAllocation", tr("&Delete"), tr("Delete the selected budget or allocation"),
                    &MdfBudgetsScreen::deleteCurrent);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_delete);
    m_showRequests = new QAction(tr("Show &Requests"), this);
    m_showRequests->setObjectName(QStringLiteral("showRequests"));
    m_showRequests->setToolTip(tr("List the fund requests made against the selected allocation"));
    connect(m_showRequests, &QAction::triggered, this, [this] {
        if (m_model->isAllocation(m_view->currentIndex()))
            Q_EMIT openRequests(currentId());
    });
    m_newRequest = new QAction(tr("New Re&quest…"), this);
    m_newRequest->setObjectName(QStringLiteral("newRequestForAllocation"));
    m_newRequest->setToolTip(tr("Start a fund request against the selected allocation"));
    connect(m_newRequest, &QAction::triggered, this, [this] {
        if (m_model->isAllocation(m_view->currentIndex()))
            Q_EMIT newRequest(currentId());
    });
    m_settings = make("mdfSettings", tr("MDF &Settings…"),
                      tr("Approval limits, claim deadline warning and base currency"), &MdfBudgetsScreen::openSettings);
    m_reload = make("reloadBudgets", tr("Re&load"), tr("Read the budgets and balances again"),
                    &MdfBudgetsScreen::reloadAll);

    m_toolBar->addAction(m_newBudget);
    m_toolBar->addAction(m_newAllocation);
    m_toolBar->addAction(m_edit);
    m_toolBar->addAction(m_delete);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_showRequests);
    m_toolBar->addAction(m_newRequest);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_settings);
    m_toolBar->addAction(m_reload);
}

MdfBalanceFilter MdfBudgetsScreen::filter() const
{
    MdfBalanceFilter filter;
    if (m_owner->currentData().toBool())
        filter.owner = m_actions.actor();
    if (m_period->currentData().toBool())
        filter.activeOn = QDate::currentDate();
    filter.partnerId = m_partner->partnerId();
    filter.search = m_search->text().trimmed();
    return filter;
}

bool MdfBudgetsScreen::isBusy() const
{
    return !m_loader->isIdle() || m_searchDelay.isActive();
}

void MdfBudgetsScreen::reloadAll()
{
    requestLoad();
}

void MdfBudgetsScreen::requestLoad()
{
    m_searchDelay.stop();
    m_loader->load(filter());
    if (!m_hasData)
        Q_EMIT statusChanged(tr("Reading MDF budgets…"));
}

void MdfBudgetsScreen::onLoaded(const QList<MdfBudgetNode>& budgets, const MdfBalanceFilter& filter,
                                quint64 generation)
{
    Q_UNUSED(filter)
    // An answer to a request the user has already replaced: the newer one is on its way.
    if (generation != m_loader->generation())
        return;
    m_model->setBudgets(budgets); // merged: rows keep their expansion and selection
    m_hasData = true;
    expandBudgets();
    applyPendingSelection();
    updateActions();
    updateChart(true);
    updateStatus();
    Q_EMIT loaded();
}

void MdfBudgetsScreen::onFailed(const QString& message, quint64 generation)
{
    if (generation != m_loader->generation())
        return;
    const QString text = tr("The MDF budgets could not be read: %1").arg(message);
    showMessage(text, true);
    Q_EMIT errorOccurred(text);
}

void MdfBudgetsScreen::expandBudgets()
{
    m_restoring = true;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const bool expand = !m_collapsed.contains(m_model->idAt(index));
        if (m_view->isExpanded(index) != expand)
            m_view->setExpanded(index, expand);
    }
    m_restoring = false;
}

void MdfBudgetsScreen::selectRecord(const QByteArray& id)
{
    if (id.isEmpty())
        return;
    m_pendingSelection = id;
    if (m_hasData)
        applyPendingSelection();
}

void MdfBudgetsScreen::applyPendingSelection()
{
    if (m_pendingSelection.isEmpty())
        return;
    const QModelIndex index = m_model->indexOfId(m_pendingSelection);
    if (!index.isValid()) {
        // Not in the tree: on its way (the reading after a change is still running) or filtered out. A reading
        // made after the change answers it either way; until then, wait.
        if (m_loader->isIdle()) {
            m_pendingSelection.clear();
            showMessage(tr("The record is saved but does not match the search and filters, so the tree does not show "
                           "it."),
                        false);
        }
        return;
    }
    m_pendingSelection.clear();
    if (const QModelIndex parent = index.parent(); parent.isValid())
        m_view->expand(parent);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QByteArray MdfBudgetsScreen::currentId() const
{
    return m_model->idAt(m_view->currentIndex());
}

void MdfBudgetsScreen::onCurrentChanged()
{
    updateActions();
    updateChart(false);
}

void MdfBudgetsScreen::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool budget = m_model->isBudget(current);
    const bool allocation = m_model->isAllocation(current);
    m_edit->setEnabled(budget || allocation);
    m_delete->setEnabled(budget || allocation);
    m_edit->setText(allocation ? tr("&Edit Allocation…") : budget ? tr("&Edit Budget…") : tr("&Edit…"));
    m_delete->setText(allocation ? tr("&Delete Allocation") : budget ? tr("&Delete Budget") : tr("&Delete"));
    m_newAllocation->setEnabled(budget || allocation);
    m_showRequests->setEnabled(allocation);
    const MdfAllocationNode* node = m_model->allocationAt(current);
    m_newRequest->setEnabled(node && node->authorized);
    m_newRequest->setToolTip(node && !node->authorized
                                 ? tr("This allocation is not authorised, so no request can draw on it yet (MDF-03)")
                                 : tr("Start a fund request against the selected allocation"));
    if (budget) {
        const MdfBudgetNode* b = m_model->budgetAt(current);
        m_delete->setToolTip(b && b->totals.allocatedMinor > 0
                                 ? tr("A budget with allocations cannot be deleted; delete its allocations first")
                                 : tr("Delete the selected budget (Edit → Undo brings it back)"));
    } else {
        m_delete->setToolTip(tr("Delete the selected allocation; only one without requests can be deleted"));
    }
}

void MdfBudgetsScreen::updateChart(bool force)
{
    const QByteArray budgetId = m_model->budgetIdAt(m_view->currentIndex());
    if (!force && budgetId == m_chartBudget)
        return; // another allocation of the budget already drawn
    m_chartBudget = budgetId;
    if (const MdfBudgetNode* node = m_model->budgetAt(m_model->indexOfId(budgetId)); node && !budgetId.isEmpty()) {
        MdfBudgetNode shown = *node;
        const QModelIndex parent = m_model->indexOfId(budgetId);
        shown.allocations.clear();
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            if (const MdfAllocationNode* allocation = m_model->allocationAt(m_model->index(row, 0, parent)))
                shown.allocations.append(*allocation);
        }
        m_chart->showBudget(shown);
    } else {
        m_chartBudget.clear();
        m_chart->showBudgets(m_model->budgets(), m_chart->budgetId().isEmpty() ? m_chart->currency() : QString());
    }
}

void MdfBudgetsScreen::updateStatus()
{
    const int budgets = m_model->rowCount();
    const int allocations = m_model->allocationCount();
    const MdfBalanceFilter f = filter();
    const bool filtered = !f.owner.isEmpty() || f.activeOn.isValid() || !f.partnerId.isEmpty() || !f.search.isEmpty();
    const bool empty = budgets == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    if (empty)
        m_empty->setText(filtered ? tr("No budget matches the search and filters.")
                                  : tr("No MDF budgets yet. Use New Budget to create one, then allocate it to "
                                       "partners."));
    //: Status bar of the MDF budgets screen: "3 budgets · 12 allocations"
    Q_EMIT statusChanged(tr("%1 · %2").arg(tr("%n budget(s)", nullptr, budgets),
                                           tr("%n allocation(s)", nullptr, allocations)));
}

void MdfBudgetsScreen::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(this);
    if (m_model->isAllocation(index)) {
        menu.addAction(m_showRequests);
        menu.addAction(m_newRequest);
        menu.addSeparator();
        menu.addAction(m_edit);
        menu.addAction(m_delete);
        menu.addSeparator();
        menu.addAction(m_newAllocation);
    } else if (m_model->isBudget(index)) {
        menu.addAction(m_newAllocation);
        menu.addSeparator();
        menu.addAction(m_edit);
        menu.addAction(m_delete);
    } else {
        menu.addAction(m_newBudget);
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

QStringList MdfBudgetsScreen::owners() const
{
    QStringList names;
    for (const MdfBudgetNode& node : m_model->budgets()) {
        if (!node.budget.owner.isEmpty() && !names.contains(node.budget.owner))
            names.append(node.budget.owner);
    }
    if (const auto partnerOwners = PartnerRepository(m_db).distinctValues(QStringLiteral("owner")); partnerOwners) {
        for (const QString& name : partnerOwners.value()) {
            if (!name.isEmpty() && !names.contains(name))
                names.append(name);
        }
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

void MdfBudgetsScreen::newBudget()
{
    BudgetDialog dialog(m_actions, this);
    dialog.setOwners(owners());
    QStringList programs;
    for (const MdfBudgetNode& node : m_model->budgets()) {
        if (!node.budget.program.isEmpty() && !programs.contains(node.budget.program))
            programs.append(node.budget.program);
    }
    dialog.setPrograms(programs);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const MdfBudget& budget = dialog.budget();
    selectRecord(budget.id);
    showMessage(tr("Budget %1 created with %2. Allocate it to partners with New Allocation.")
                    .arg(budget.name, budget.amount.format(QLocale())),
                false);
    Q_EMIT statusChanged(tr("Budget %1 created").arg(budget.name));
}

void MdfBudgetsScreen::newAllocation()
{
    const QByteArray budgetId = m_model->budgetIdAt(m_view->currentIndex());
    if (budgetId.isEmpty()) {
        showMessage(tr("Select the budget to allocate from first."), true);
        return;
    }
    const Result<MdfBudget> budget = m_actions.budgets().budget(budgetId);
    if (!budget) {
        showMessage(budget.error().message, true);
        return;
    }
    AllocationDialog dialog(m_db, m_actions, budget.value(), this);
    if (!m_partner->partnerId().isEmpty())
        dialog.setPartner(m_partner->partnerId(), m_partner->partnerName());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const MdfAllocation& allocation = dialog.allocation();
    m_collapsed.remove(budgetId);
    selectRecord(allocation.id);
    showMessage(tr("Allocated %1 of %2 to %3 for %4.")
                    .arg(allocation.amount.format(QLocale()), budget->name, dialog.partnerPicker()->partnerName(),
                         allocation.period),
                false);
}

void MdfBudgetsScreen::editCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (m_model->isBudget(current))
        editBudget(m_model->idAt(current));
    else if (m_model->isAllocation(current))
        editAllocation(m_model->idAt(current));
}

void MdfBudgetsScreen::editBudget(const QByteArray& id)
{
    const Result<MdfBudget> budget = m_actions.budgets().budget(id);
    if (!budget) {
        showMessage(budget.error().message, true);
        return;
    }
    // Every allocation counts here, also those the partner filter hides.
    const Result<QList<MdfAllocation>> allocations = m_actions.budgets().allocations(id);
    qint64 allocated = 0;
    int count = 0;
    if (allocations) {
        for (const MdfAllocation& allocation : allocations.value()) {
            if (allocation.meta.isDeleted())
                continue;
            allocated += allocation.amount.minor;
            ++count;
        }
    }
    BudgetDialog dialog(m_actions, this);
    dialog.setOwners(owners());
    dialog.setBudget(budget.value(), allocated, count);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(tr("Budget %1 saved.").arg(dialog.budget().name), false);
}

void MdfBudgetsScreen::editAllocation(const QByteArray& id)
{
    const Result<MdfAllocation> allocation = m_actions.budgets().allocation(id);
    if (!allocation) {
        showMessage(allocation.error().message, true);
        return;
    }
    const Result<MdfBudget> budget = m_actions.budgets().budget(allocation->budgetId);
    if (!budget) {
        showMessage(budget.error().message, true);
        return;
    }
    const MdfAllocationNode* node = m_model->allocationAt(m_model->indexOfId(id));
    AllocationDialog dialog(m_db, m_actions, budget.value(), this);
    dialog.setAllocation(allocation.value(), node ? node->partnerName : QString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(tr("Allocation saved."), false);
}

void MdfBudgetsScreen::deleteCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const QByteArray id = m_model->idAt(current);
    if (id.isEmpty())
        return;
    if (m_model->isBudget(current)) {
        const MdfBudgetNode* node = m_model->budgetAt(current);
        const QString name = node ? node->budget.name : QString();
        // Every live allocation counts, also those the partner filter hides.
        const Result<QList<MdfAllocation>> allocations = m_actions.budgets().allocations(id);
        if (!allocations) {
            showMessage(allocations.error().message, true);
            return;
        }
        const auto live = std::count_if(allocations->cbegin(), allocations->cend(),
                                        [](const MdfAllocation& a) { return !a.meta.isDeleted(); });
        if (live > 0) {
            showMessage(tr("%1 cannot be deleted while it has allocations (%n allocation(s)). Delete or move its "
                           "allocations first.",
                           nullptr, int(live))
                            .arg(name),
                        true);
            return;
        }
        // No "are you sure?": a budget is a tombstone and one Undo brings it back.
        if (const Status status = m_actions.deleteBudget(id); !status) {
            showMessage(status.error().message, true);
            return;
        }
        showMessage(tr("Budget %1 deleted. Edit → Undo brings it back.").arg(name), false);
        return;
    }
    const MdfAllocationNode* node = m_model->allocationAt(current);
    if (const Status status = m_actions.deleteAllocation(id); !status) {
        showMessage(status.error().message, true);
        return;
    }
    showMessage(tr("Allocation of %1 for %2 deleted. Edit → Undo brings it back.")
                    .arg(node ? node->partnerName : QString(), node ? node->period : QString()),
                false);
}

void MdfBudgetsScreen::openSettings()
{
    MdfSettingsDialog dialog(m_db, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusChanged(tr("MDF settings saved"));
}

void MdfBudgetsScreen::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("isError", error);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #8a1c12; background: #fbe9e7; border: 1px solid "
                                                    "#e6b0aa; border-radius: 4px; padding: 6px; }")
                                   : QStringLiteral("QLabel { color: #174ea6; background: #e8f0fe; border: 1px solid "
                                                    "#aecbfa; border-radius: 4px; padding: 6px; }"));
    m_message->show();
}

} // namespace ChannelDesk
