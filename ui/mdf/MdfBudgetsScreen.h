#pragma once

#include "mdf/MdfBalances.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QToolBar;
class QTreeView;

namespace ChannelDesk {

class BudgetTreeLoader;
class BudgetTreeModel;
class Database;
class MdfActions;
class PartnerPicker;
class UtilisationChart;

/// The MDF budgets screen (issue 5): a filter bar (search, owner, active period, partner), the budget → allocation
/// tree with live balances (allocated, requested, approved, claimed, paid, remaining, utilisation) read on a worker
/// thread with its own connection, and the utilisation chart of the selected budget (or of all budgets of one
/// currency). Budgets and allocations are created, edited and deleted here through MdfActions (undoable); "Show
/// Requests" and "New Request" hand an allocation to the requests screen through signals. Every MDF change
/// (mdfChanged, or reloadAll() for changes from elsewhere) re-reads the tree, keeping expansion and selection.
class MdfBudgetsScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MdfBudgetsScreen)

public:
    MdfBudgetsScreen(Database& db, MdfActions& actions, QWidget* parent = nullptr);
    ~MdfBudgetsScreen() override;

    /// Data changed elsewhere (sync, other screens): reads the tree again.
    void reloadAll();
    /// Selects the budget or allocation `id` (now if shown, else once the next reading shows it).
    void selectRecord(const QByteArray& id);
    /// The id of the selected budget or allocation (empty when none).
    QByteArray currentId() const;
    /// The filter the tree is read with.
    MdfBalanceFilter filter() const;
    /// Whether a reading is still on its way.
    bool isBusy() const;

    BudgetTreeModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    UtilisationChart* chart() const { return m_chart; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* ownerBox() const { return m_owner; }
    QComboBox* periodBox() const { return m_period; }
    PartnerPicker* partnerPicker() const { return m_partner; }
    QToolBar* toolBar() const { return m_toolBar; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* emptyLabel() const { return m_empty; }

    QAction* newBudgetAction() const { return m_newBudget; }
    QAction* newAllocationAction() const { return m_newAllocation; }
    QAction* editAction() const { return m_edit; }
    QAction* deleteAction() const { return m_delete; }
    QAction* showRequestsAction() const { return m_showRequests; }
    QAction* newRequestAction() const { return m_newRequest; }
    QAction* settingsAction() const { return m_settings; }
    QAction* reloadAction() const { return m_reload; }

Q_SIGNALS:
    void statusChanged(const QString& text);
    void errorOccurred(const QString& message);
    /// The user wants the requests of this allocation.
    void openRequests(const QByteArray& allocationId);
    /// The user wants to start a request against this allocation.
    void newRequest(const QByteArray& allocationId);
    /// A new reading of the tree is on screen.
    void loaded();

private:
    QWidget* buildFilterBar();
    void buildActions();
    void requestLoad();
    void onLoaded(const QList<MdfBudgetNode>& budgets, const MdfBalanceFilter& filter, quint64 generation);
    void onFailed(const QString& message, quint64 generation);
    void onCurrentChanged();
    void updateActions();
    void updateChart(bool force);
    void updateStatus();
    void showContextMenu(const QPoint& position);
    void applyPendingSelection();
    void expandBudgets();

    void newBudget();
    void newAllocation();
    void editCurrent();
    void deleteCurrent();
    void editBudget(const QByteArray& id);
    void editAllocation(const QByteArray& id);
    void openSettings();
    void showMessage(const QString& text, bool error);
    QStringList owners() const;

    Database& m_db;
    MdfActions& m_actions;
    BudgetTreeLoader* m_loader;
    BudgetTreeModel* m_model;
    QToolBar* m_toolBar;
    QLineEdit* m_search;
    QComboBox* m_owner;
    QComboBox* m_period;
    PartnerPicker* m_partner;
    QLabel* m_message;
    QTreeView* m_view;
    QLabel* m_empty;
    UtilisationChart* m_chart;
    QSplitter* m_splitter;
    QTimer m_searchDelay;

    QAction* m_newBudget = nullptr;
    QAction* m_newAllocation = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_showRequests = nullptr;
    QAction* m_newRequest = nullptr;
    QAction* m_settings = nullptr;
    QAction* m_reload = nullptr;

    QSet<QByteArray> m_collapsed; ///< budgets the user collapsed; every other budget is shown expanded
    QByteArray m_pendingSelection;
    QByteArray m_chartBudget;     ///< the budget the chart shows (empty: the overview)
    bool m_hasData = false;
    bool m_restoring = false; ///< expanding budgets after a reading: not the user collapsing or expanding them
};

} // namespace ChannelDesk
