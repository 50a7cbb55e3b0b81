#pragma once

#include "mdf/MdfExportDialog.h"
#include "mdf/MdfFilterBar.h"
#include "mdf/MdfListModel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace ChannelDesk {

class Database;
class MdfActions;

/// What the request and claim screens share (the DealsScreen layout): the filter bar with saved views, the lazy list
/// with its empty state, "New …" and "Export CSV…", and a detail panel on the right that follows the selection. A
/// change anywhere (MdfActions::mdfChanged, the panel's signal) refreshes the list without a reset, so the selection
/// and scroll position stay; a filter change keeps the shown record selected when it is still listed.
class MdfListScreen : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MdfListScreen)

public:
    ~MdfListScreen() override;

    MdfListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    MdfFilterBar* filterBar() const { return m_filters; }
    QLabel* emptyLabel() const { return m_empty; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* exportButton() const { return m_export; }

    /// Data arrived from elsewhere (sync, conflict resolution, settings): reload the list and the shown record.
    void reloadAll();

Q_SIGNALS:
    /// A short status message for the status bar ("1,234 fund requests").
    void statusChanged(const QString& text);
    void errorOccurred(const QString& message);

protected:
    /// `queueSort`: the sort key the "Waiting for me" view starts with (oldest submission first).
    MdfListScreen(Database& db, MdfActions& actions, MdfFilterBar::List list, MdfListSpec spec, int queueSort,
                  QWidget* parent);

    /// Puts the detail panel on the right and starts the list; the subclass constructor calls it once.
    void initialise(QWidget* panel);

    // What differs between requests and claims.
    virtual QByteArray panelId() const = 0;
    virtual void showInPanel(const QByteArray& id) = 0;
    /// Saves the panel's pending edits; false when they are invalid (the panel shows why).
    virtual bool commitPanel() = 0;
    virtual void reloadPanel() = 0;
    virtual void startNewInPanel() = 0;
    /// The list's filter: the chip's base filter with the bar applied over it.
    virtual MdfListFilter composeFilter() const = 0;
    virtual MdfExportDialog::What exportWhat() const = 0;
    virtual QString countText(int count, bool filtered) const = 0;
    virtual QString emptyText(bool filtered) const = 0;
    /// Which changes touch the list: refresh those ids, everything (empty list), or nothing (false).
    virtual bool affects(const QString& entity, const QList<QByteArray>& ids, QList<QByteArray>& refresh) const = 0;

    Database& database() const { return m_db; }
    MdfActions& actions() const { return m_actions; }
    /// Shows `id` in the panel and selects its row once the list has it.
    void selectRecord(const QByteArray& id);
    /// Clears the selection without touching the panel (before the panel starts a new record).
    void clearSelectionQuietly();
    void applyFilters();
    /// Refreshes the list soon, once for all changes of this event-loop pass; empty `ids` = every row.
    void scheduleRefresh(const QList<QByteArray>& ids);
    /// The record changed in the panel: refresh its row and keep it (or, when just created, make it) selected.
    void onPanelChanged(const QByteArray& id);
    qint64 localIdOf(const QByteArray& id) const;
    /// Loads the program settings (SLA hours, deadline window) and the budget menu.
    void reloadSettings();
    QString me() const;

private:
    void onCurrentChanged(const QModelIndex& current, const QModelIndex& previous);
    void selectPending();
    void updateStatus();
    void exportCsv();
    void onFiltersChanged();
    void syncSortIndicator();

    Database& m_db;
    MdfActions& m_actions;
    int m_queueSort;
    MdfFilterBar* m_filters;
    MdfListModel* m_model;
    QTableView* m_view;
    QLabel* m_empty;
    QPushButton* m_new;
    QPushButton* m_export;
    QSplitter* m_splitter;
    MdfFilterBar::View m_lastView = MdfFilterBar::View::All;
    qint64 m_pendingSelection = 0;
    qint64 m_count = -1;
    bool m_revertingSelection = false;
    bool m_refreshAll = false;
    bool m_refreshScheduled = false;
    QList<QByteArray> m_changedIds;
};

} // namespace ChannelDesk
