#pragma once

#include "deals/DealQuery.h"
#include "deals/DealWorkflow.h"
#include "domain/Deal.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace ChannelDesk {

class Database;
class DealActions;
class DealEditor;
class DealFilterBar;
class DealHistoryPanel;
class DealScheduler;
class DealTableModel;
class DealTasksPanel;
class SimilarDealsPanel;

/// Deal registrations and opportunities (issue 4): filter bar with saved views, the lazy list, and a detail panel
/// with the workflow buttons of the shown deal, its similar registrations (DR-04/05), the form and its history.
class DealsScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealsScreen)

public:
    DealsScreen(Database& db, QUndoStack& undoStack, QWidget* parent = nullptr);
    ~DealsScreen() override;

    DealTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    DealEditor* editor() const { return m_editor; }
    DealFilterBar* filterBar() const { return m_filters; }
    SimilarDealsPanel* similarPanel() const { return m_similar; }
    DealHistoryPanel* historyPanel() const { return m_history; }
    DealTasksPanel* tasksPanel() const { return m_tasks; }
    DealScheduler* scheduler() const { return m_scheduler; }
    DealActions* actions() const { return m_actions; }
    QAction* newRegistrationAction() const { return m_newRegistration; }
    QAction* deleteAction() const { return m_deleteAction; }
    /// The button of `action` in the detail panel; null when the shown deal does not offer it.
    QPushButton* workflowButton(DealAction action) const;

    /// Dashboard drill-down: shows the deals `filter` matches, with a removable "Filtered by: <title>" chip. The
    /// search, menus and view are reset so the list shows exactly what the dashboard counted.
    void showFilter(const DealFilter& filter, const QString& title);
    /// Data arrived from elsewhere (sync, conflict resolution, settings): reload the list and the shown deal.
    void reloadAll();
    /// Shows the deal in the panel and selects its row once the list has it.
    void selectDeal(const QByteArray& id);

Q_SIGNALS:
    /// A short status message for the status bar ("1,234 deals").
    void statusChanged(const QString& text);
    void errorOccurred(const QString& message);
    /// Deals changed (an edit, a workflow step, undo, the expiry job): the dashboard should refresh.
    void dealsChanged();

private:
    void applyFilters();
    void reloadProgram();
    void onCurrentChanged(const QModelIndex& current, const QModelIndex& previous);
    void onDealsChanged(const QList<QByteArray>& ids);
    void onShown(const Deal& deal);
    void rebuildWorkflow(const Deal& deal);
    void runAction(DealAction action);
    void requestExtension();
    void decideExtension(bool grant);
    void deleteCurrent();
    void archiveCurrent();
    void unarchiveCurrent();
    void resubmitCurrent();
    void reloadData();
    void onArchivedForMe(int count, const QDateTime& latest);
    void onApprovalsWaiting(int count, int oldestHours);
    void showChain(const Deal& deal);
    void newRegistration();
    void selectPending();
    void updateStatus();
    void showMessage(const QString& text, bool error);
    void startScheduler();
    void onExpired(int count);
    void onExpiringSoon(int count, int days);
    /// Saves the panel's pending edits before a workflow step; false (with the reason shown) when they are invalid.
    bool commitEdits();
    qint64 localIdOf(const QByteArray& id) const;

    Database& m_db;
    DealActions* m_actions;
    DealFilterBar* m_filters;
    DealTableModel* m_model;
    QTableView* m_view;
    QLabel* m_empty;
    QLabel* m_expiringNotice;
    QLabel* m_archivedNotice;
    QLabel* m_approvalsNotice;
    QWidget* m_detail;
    QLabel* m_title;
    QLabel* m_message;
    SimilarDealsPanel* m_similar;
    QLabel* m_chain;
    QWidget* m_workflowBar;
    QTabWidget* m_tabs;
    DealEditor* m_editor;
    DealHistoryPanel* m_history;
    DealTasksPanel* m_tasks;
    QSplitter* m_splitter;
    DealScheduler* m_scheduler;
    QAction* m_newRegistration;
    QAction* m_deleteAction;
    DealFilter m_baseFilter; ///< the dashboard's drill-down, or nothing
    int m_protectionDays = 90;
    int m_stalledDays = 30;
    int m_extensionDays = 30;
    QDateTime m_archivedLatest; ///< the latest archive the DR-12 notice tells of
    QString m_schedulerNote; ///< what the last expiry pass did, kept in the status text
    qint64 m_pendingSelection = 0;
    qint64 m_count = -1;
    bool m_revertingSelection = false;
    bool m_schedulerStarted = false;
};

} // namespace ChannelDesk
