#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QTableView;

namespace ChannelDesk {

class Database;
class PartnerActions;
class PartnerEditor;
class PartnerFilterBar;
class PartnerTableModel;

/// Partners and their contacts: filter bar, the lazy list, and the detail panel.
class PartnersScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnersScreen)

public:
    PartnersScreen(Database& db, PartnerActions& actions, QWidget* parent = nullptr);
    ~PartnersScreen() override;

    PartnerTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    PartnerEditor* editor() const { return m_editor; }
    PartnerFilterBar* filterBar() const { return m_filters; }
    QAction* newAction() const { return m_newAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* findAction() const { return m_findAction; }
    QAction* toggleDetailsAction() const { return m_toggleDetails; }

    /// Saves the column layout and splitter; called on close.
    void saveState() const;
    /// Data arrived from elsewhere (sync, conflict resolution): reload the list, the shown partner and its contacts.
    void reloadAll();

Q_SIGNALS:
    /// A short status message for the status bar ("12,345 partners").
    void statusChanged(const QString& text);
    void errorOccurred(const QString& message);

private:
    void applyFilters();
    void onCurrentChanged(const QModelIndex& current, const QModelIndex& previous);
    void onPartnersChanged(const QList<QByteArray>& ids);
    void selectPending();
    void newPartner();
    void deleteSelected();
    void updateStatus();

    Database& m_db;
    PartnerActions& m_actions;
    PartnerFilterBar* m_filters;
    PartnerTableModel* m_model;
    QTableView* m_view;
    PartnerEditor* m_editor;
    QSplitter* m_splitter;
    QLabel* m_empty;
    QAction* m_newAction;
    QAction* m_deleteAction;
    QAction* m_findAction;
    QAction* m_toggleDetails;
    qint64 m_pendingSelection = 0; ///< local id to select once the list has reloaded
    qint64 m_count = -1;
    bool m_revertingSelection = false;
};

} // namespace ChannelDesk
