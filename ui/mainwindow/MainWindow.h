#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace ChannelDesk {

class Database;
class PartnerActions;
class PartnersScreen;

/// The application window: a sidebar listing the screens that exist, the current screen, menus and status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);
    ~MainWindow() override;

    PartnersScreen* partnersScreen() const { return m_partners; }
    QUndoStack* undoStack() const { return m_undoStack; }
    PartnerActions* actions() const { return m_actions; }

    /// On an empty database, offers to load sample partners (once per database).
    void offerSampleDataIfEmpty();
    /// Loads the sample data on a worker thread with a progress dialog; public for tests.
    void loadSampleData();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void showError(const QString& message);
    void about();

    Database& m_db;
    QUndoStack* m_undoStack;
    PartnerActions* m_actions;
    QListWidget* m_sidebar;
    QStackedWidget* m_stack;
    PartnersScreen* m_partners;
    QLabel* m_status;
};

} // namespace ChannelDesk
