#pragma once

#include <QHash>
#include <QMainWindow>

#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace ChannelDesk {

class ConflictsScreen;
class Database;
class DealsScreen;
class PipelineScreen;
class ExportDialog;
class ImportHistoryDialog;
class ImportWizard;
class MdfActions;
class MdfBudgetsScreen;
class MdfClaimsScreen;
class MdfRequestsScreen;
class PartnerActions;
class PartnersScreen;
class SecretStore;
class SyncController;
class SyncStatusButton;
class CertificationsScreen;
class TierProgramsScreen;
class TierRecomputeIndicator;
class TierReviewScreen;
class TierScheduler;
class TrainingCatalogScreen;

/// The application window: a sidebar listing the screens that exist, the current screen, menus and status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `secrets` holds the sync session; null = the OS keychain.
    explicit MainWindow(Database& db, SecretStore* secrets = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    PartnersScreen* partnersScreen() const { return m_partners; }
    DealsScreen* dealsScreen() const { return m_deals; }
    PipelineScreen* pipelineScreen() const { return m_pipeline; }
    MdfBudgetsScreen* mdfBudgetsScreen() const { return m_mdfBudgets; }
    MdfRequestsScreen* mdfRequestsScreen() const { return m_mdfRequests; }
    MdfClaimsScreen* mdfClaimsScreen() const { return m_mdfClaims; }
    MdfActions* mdfActions() const { return m_mdfActions; }
    CertificationsScreen* certificationsScreen() const { return m_certifications; }
    TierReviewScreen* tierReviewScreen() const { return m_tierReview; }
    TrainingCatalogScreen* trainingCatalogScreen() const { return m_trainingCatalog; }
    TierProgramsScreen* tierProgramsScreen() const { return m_tierPrograms; }
    /// Recomputes tiers off the UI thread; the application starts it once the window shows (tests may not).
    TierScheduler* tierScheduler() const { return m_tierScheduler; }
    QUndoStack* undoStack() const { return m_undoStack; }
    PartnerActions* actions() const { return m_actions; }
    SyncController* sync() const { return m_sync; }
    ConflictsScreen* conflictsScreen() const { return m_conflicts; }
    SyncStatusButton* syncStatus() const { return m_syncStatus; }

    /// Opens the sync account dialog; returns whether the user signed in.
    bool showSyncAccount();
    void showSyncLog();

    /// Opens the import wizard (on `filePath` when given); a finished import becomes one Undo step.
    ImportWizard* importPartners(const QString& filePath = {});
    /// Opens the export dialog for the list as currently filtered, or all partners.
    ExportDialog* exportPartners();
    ImportHistoryDialog* showImportHistory();

    /// On an empty database, offers to load sample partners (once per database).
    void offerSampleDataIfEmpty();
    /// Loads the sample data on a worker thread with a progress dialog; public for tests.
    void loadSampleData();

protected:
    void closeEvent(QCloseEvent* event) override;
    /// A CSV or text file dropped on the window opens the import wizard on it.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void connectTraining();
    void reloadTraining();
    void importCertifications();
    std::function<void(const QString&)> screenStatusSetter(QWidget* screen);
    void showError(const QString& message);
    void about();
    void showScreen(QWidget* screen);

    Database& m_db;
    QUndoStack* m_undoStack;
    PartnerActions* m_actions;
    QListWidget* m_sidebar;
    QStackedWidget* m_stack;
    PartnersScreen* m_partners;
    DealsScreen* m_deals;
    PipelineScreen* m_pipeline;
    MdfActions* m_mdfActions;
    MdfBudgetsScreen* m_mdfBudgets;
    MdfRequestsScreen* m_mdfRequests;
    MdfClaimsScreen* m_mdfClaims;
    TierScheduler* m_tierScheduler;
    CertificationsScreen* m_certifications;
    TierReviewScreen* m_tierReview;
    TrainingCatalogScreen* m_trainingCatalog;
    TierProgramsScreen* m_tierPrograms;
    TierRecomputeIndicator* m_tierIndicator;
    SecretStore* m_secrets;
    SyncController* m_sync;
    ConflictsScreen* m_conflicts;
    SyncStatusButton* m_syncStatus;
    QLabel* m_status;
    QHash<QWidget*, QString> m_screenStatus; ///< each screen's last status text
};

} // namespace ChannelDesk
