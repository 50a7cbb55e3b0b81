#include "MainWindow.h"

#include "common/RecordCommand.h"
#include "common/UiSettings.h"
#include "csv/ExportDialog.h"
#include "csv/ImportHistory.h"
#include "csv/ImportHistoryDialog.h"
#include "csv/ImportWizard.h"
#include "deals/DealEditor.h"
#include "deals/DealsScreen.h"
#include "mdf/MdfActions.h"
#include "mdf/MdfBudgetsScreen.h"
#include "mdf/MdfClaimPanel.h"
#include "mdf/MdfClaimsScreen.h"
#include "mdf/MdfRequestPanel.h"
#include "mdf/MdfRequestsScreen.h"
#include "pipeline/DealSettingsDialog.h"
#include "pipeline/PipelineScreen.h"
#include "training/CertificationExportDialog.h"
#include "training/CertificationImportDialog.h"
#include "training/CertificationsScreen.h"
#include "training/TierProgramsScreen.h"
#include "training/TierRecomputeIndicator.h"
#include "training/TierReviewScreen.h"
#include "training/TierScheduler.h"
#include "training/TrainingCatalogScreen.h"
#include "partners/PartnerActions.h"
#include "partners/PartnerEditor.h"
#include "partners/PartnersScreen.h"
#include "partners/PartnerTableModel.h"
#include "storage/Database.h"
#include "sync/ConflictListModel.h"
#include "sync/ConflictsScreen.h"
#include "sync/KeychainSecretStore.h"
#include "sync/SyncAccountDialog.h"
#include "sync/SyncController.h"
#include "sync/SyncLogDialog.h"
#include "sync/SyncStatusButton.h"
#include "tools/SampleData.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QHBoxLayout>
#include <QEventLoop>
#include <QFileInfo>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUndoStack>

#include <algorithm>

namespace ChannelDesk {

MainWindow::MainWindow(Database& db, SecretStore* secrets, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_undoStack(new QUndoStack(this))
    , m_actions(new PartnerActions(db, m_undoStack, this))
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_partners(new PartnersScreen(db, *m_actions, this))
    , m_deals(new DealsScreen(db, *m_undoStack, this))
    , m_pipeline(new PipelineScreen(db, this))
    , m_mdfActions(new MdfActions(db, *m_undoStack, this))
    , m_mdfBudgets(new MdfBudgetsScreen(db, *m_mdfActions, this))
    , m_mdfRequests(new MdfRequestsScreen(db, *m_mdfActions, this))
    , m_mdfClaims(new MdfClaimsScreen(db, *m_mdfActions, this))
    , m_tierScheduler(new TierScheduler(db.path(), this))
    , m_certifications(new CertificationsScreen(db, this))
    , m_tierReview(new TierReviewScreen(db, this))
    , m_trainingCatalog(new TrainingCatalogScreen(db, this))
    , m_tierPrograms(new TierProgramsScreen(db, this))
    , m_tierIndicator(new TierRecomputeIndicator(m_tierScheduler, this))
    , m_secrets(secrets ? secrets : new KeychainSecretStore(this))
    , m_sync(new SyncController(db, *m_secrets, this))
    , m_conflicts(new ConflictsScreen(db, this))
    , m_syncStatus(new SyncStatusButton(*m_sync, this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ChannelDesk — %1").arg(QDir::toNativeSeparators(db.path())));
    setWindowIcon(QIcon(QStringLiteral(":/icons/channeldesk.svg")));

    // Only screens that work are listed; later features add their entry here.
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    auto* partnersItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Partners"), m_sidebar);
    partnersItem->setToolTip(tr("Partners and their contacts"));
    auto* dealsItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Deals"), m_sidebar);
    dealsItem->setToolTip(tr("Deal registrations and opportunities"));
    auto* pipelineItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogInfoView), tr("Pipeline"), m_sidebar);
    pipelineItem->setToolTip(tr("Indirect pipeline dashboard"));
    auto* budgetsItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_DriveHDIcon), tr("MDF Budgets"), m_sidebar);
    budgetsItem->setToolTip(tr("Market development funds: budgets, allocations and balances"));
    auto* requestsItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                             tr("Fund Requests"), m_sidebar);
    requestsItem->setToolTip(tr("MDF fund requests and their approvals"));
    auto* claimsItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Claims"), m_sidebar);
    claimsItem->setToolTip(tr("MDF claims, proofs of performance and payments"));
    auto* certificationsItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogYesButton),
                                                   tr("Certifications"), m_sidebar);
    certificationsItem->setToolTip(tr("People's certifications, what expires soon and reminders"));
    auto* tierReviewItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_ArrowUp), tr("Tier Review"), m_sidebar);
    tierReviewItem->setToolTip(tr("Tier changes waiting for a decision and partners at risk of losing their tier"));
    auto* catalogItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogListView), tr("Training"),
                                            m_sidebar);
    catalogItem->setToolTip(tr("Courses and certification definitions"));
    auto* programsItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogStart), tr("Tier Programs"),
                                             m_sidebar);
    programsItem->setToolTip(tr("Partner programs, their tiers and the criteria for each"));
    auto* conflictsItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), tr("Conflicts"),
                                              m_sidebar);
    conflictsItem->setToolTip(tr("Changes that could not be synced as they were"));
    m_sidebar->setCurrentRow(0);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget { background: palette(window); padding-top: 6px; } "
                                            "QListWidget::item { padding: 8px 6px; }"));
    // As wide as the longest label in the language in use (Vietnamese labels run longer than English ones), with
    // room for a scroll bar when the window is short; never narrower than 12 em.
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->ensurePolished();
    const int labels = m_sidebar->sizeHintForColumn(0) + 2 * m_sidebar->frameWidth()
        + m_sidebar->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_sidebar) + 6;
    m_sidebar->setFixedWidth(std::max(m_sidebar->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12, labels));
    m_stack->addWidget(m_partners);
    m_stack->addWidget(m_deals);
    m_stack->addWidget(m_pipeline);
    m_stack->addWidget(m_mdfBudgets);
    m_stack->addWidget(m_mdfRequests);
    m_stack->addWidget(m_mdfClaims);
    m_stack->addWidget(m_certifications);
    m_stack->addWidget(m_tierReview);
    m_stack->addWidget(m_trainingCatalog);
    m_stack->addWidget(m_tierPrograms);
    m_stack->addWidget(m_conflicts);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    // The status bar shows the count of the screen in front.
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] { m_status->setText(m_screenStatus.value(m_stack->currentWidget())); });

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    setAcceptDrops(true);

    m_status->setObjectName(QStringLiteral("partnerCount"));
    statusBar()->addPermanentWidget(m_status);
    statusBar()->addPermanentWidget(m_tierIndicator);
    statusBar()->addPermanentWidget(m_syncStatus);
    // Local edits go out soon; what arrives refreshes the screens; resolving a conflict queues and syncs.
    connect(m_actions, &PartnerActions::partnersChanged, m_sync, &SyncController::localChangeMade);
    connect(m_actions, &PartnerActions::contactsChanged, m_sync, &SyncController::localChangeMade);
    connect(m_sync, &SyncController::remoteChangesApplied, m_partners, &PartnersScreen::reloadAll);
    connect(m_sync, &SyncController::remoteChangesApplied, m_deals, &DealsScreen::reloadAll);
    connect(m_sync, &SyncController::remoteChangesApplied, m_pipeline, &PipelineScreen::dataChanged);
    // Deals and partner edits (names, tiers, countries) change what the dashboard shows.
    connect(m_deals, &DealsScreen::dealsChanged, m_sync, &SyncController::localChangeMade);
    connect(m_deals, &DealsScreen::dealsChanged, m_pipeline, &PipelineScreen::dataChanged);
    connect(m_actions, &PartnerActions::partnersChanged, m_pipeline, &PipelineScreen::dataChanged);
    // MDF: every change syncs; sync brings changes to every MDF screen; the screens open each other's records.
    connect(m_mdfActions, &MdfActions::mdfChanged, m_sync, &SyncController::localChangeMade);
    connect(m_sync, &SyncController::remoteChangesApplied, m_mdfBudgets, &MdfBudgetsScreen::reloadAll);
    connect(m_sync, &SyncController::remoteChangesApplied, m_mdfRequests, &MdfRequestsScreen::reloadAll);
    connect(m_sync, &SyncController::remoteChangesApplied, m_mdfClaims, &MdfClaimsScreen::reloadAll);
    connect(m_mdfBudgets, &MdfBudgetsScreen::openRequests, this, [this](const QByteArray& allocationId) {
        m_mdfRequests->showAllocation(allocationId);
        showScreen(m_mdfRequests);
    });
    connect(m_mdfBudgets, &MdfBudgetsScreen::newRequest, this, [this](const QByteArray& allocationId) {
        showScreen(m_mdfRequests);
        m_mdfRequests->startNewRequest(allocationId);
    });
    connect(m_mdfRequests, &MdfRequestsScreen::openClaim, this, [this](const QByteArray& claimId) {
        showScreen(m_mdfClaims);
        m_mdfClaims->selectClaim(claimId);
    });
    connect(m_mdfClaims, &MdfClaimsScreen::openRequest, this, [this](const QByteArray& requestId) {
        showScreen(m_mdfRequests);
        m_mdfRequests->selectRequest(requestId);
    });
    connect(m_mdfActions, &MdfActions::failed, this, &MainWindow::showError);
    connectTraining();
    connect(m_pipeline, &PipelineScreen::drillDown, this, [this](const DealFilter& filter, const QString& title) {
        m_deals->showFilter(filter, title);
        showScreen(m_deals);
    });
    connect(m_sync, &SyncController::stateChanged, m_conflicts, [this, conflictsItem] {
        if (m_sync->conflictCount() != m_conflicts->model()->rowCount())
            m_conflicts->reload();
        const int count = m_sync->conflictCount();
        conflictsItem->setText(count > 0 ? tr("Conflicts (%1)").arg(QLocale().toString(count)) : tr("Conflicts"));
    });
    connect(m_sync, &SyncController::warning, this, [this](const QString& message) {
        statusBar()->showMessage(message, 10000);
    });
    connect(m_conflicts, &ConflictsScreen::resolved, this, [this] {
        m_partners->reloadAll();
        m_deals->reloadAll();
        m_pipeline->dataChanged();
        m_mdfBudgets->reloadAll();
        m_mdfRequests->reloadAll();
        m_mdfClaims->reloadAll();
        reloadTraining();
        m_sync->refreshCounts();
        m_sync->syncNow();
    });
    connect(m_conflicts, &ConflictsScreen::errorOccurred, this, &MainWindow::showError);
    m_sync->refreshCounts(); // the counts as of now, through the connections above
    const auto screenStatus = [this](QWidget* screen) { return screenStatusSetter(screen); };
    connect(m_partners, &PartnersScreen::statusChanged, this, screenStatus(m_partners));
    connect(m_deals, &DealsScreen::statusChanged, this, screenStatus(m_deals));
    connect(m_pipeline, &PipelineScreen::statusChanged, this, screenStatus(m_pipeline));
    connect(m_partners, &PartnersScreen::errorOccurred, this, &MainWindow::showError);
    connect(m_deals, &DealsScreen::errorOccurred, this, &MainWindow::showError);
    connect(m_pipeline, &PipelineScreen::errorOccurred, this, &MainWindow::showError);
    connect(m_mdfBudgets, &MdfBudgetsScreen::statusChanged, this, screenStatus(m_mdfBudgets));
    connect(m_mdfRequests, &MdfRequestsScreen::statusChanged, this, screenStatus(m_mdfRequests));
    connect(m_mdfClaims, &MdfClaimsScreen::statusChanged, this, screenStatus(m_mdfClaims));
    connect(m_mdfBudgets, &MdfBudgetsScreen::errorOccurred, this, &MainWindow::showError);
    connect(m_mdfRequests, &MdfRequestsScreen::errorOccurred, this, &MainWindow::showError);
    connect(m_mdfClaims, &MdfClaimsScreen::errorOccurred, this, &MainWindow::showError);
    connect(m_actions, &PartnerActions::failed, this, &MainWindow::showError);
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        if (m_undoStack->count() > 0)
            statusBar()->showMessage(tr("Saved"), 2000);
    });

    createMenus();

    const UiSettings settings;
    if (!restoreGeometry(settings.bytes(UiSettings::Key::MainWindowGeometry)))
        resize(1280, 800);
    restoreState(settings.bytes(UiSettings::Key::MainWindowState));
    m_sidebar->setVisible(settings.flag(UiSettings::Key::SidebarVisible));
}

MainWindow::~MainWindow()
{
    // Children outlive this destructor's body (QWidget deletes them later); the undo stack emits while it is
    // torn down, and nothing may reach a half-destroyed window.
    m_undoStack->disconnect(this);
    m_actions->disconnect(this);
    m_partners->disconnect(this);
    m_deals->disconnect(this);
    m_pipeline->disconnect(this);
    m_mdfActions->disconnect(this);
    m_mdfBudgets->disconnect(this);
    m_mdfRequests->disconnect(this);
    m_mdfClaims->disconnect(this);
    m_certifications->disconnect(this);
    m_tierReview->disconnect(this);
    m_trainingCatalog->disconnect(this);
    m_tierPrograms->disconnect(this);
    m_tierScheduler->disconnect(this);
    m_sync->disconnect(this);
    m_conflicts->disconnect(this);
}

void MainWindow::connectTraining()
{
    // Any training change syncs, refreshes the other training screens and, a little later, the tier standings;
    // deals, partners and pulled changes feed the tier criteria too.
    const auto trainingChanged = [this](QWidget* source) {
        return [this, source] {
            m_sync->localChangeMade();
            m_tierScheduler->noteDataChanged();
            if (source != m_certifications)
                m_certifications->reloadAll();
            if (source != m_tierReview)
                m_tierReview->reloadAll();
            if (source != m_trainingCatalog)
                m_trainingCatalog->reloadAll();
            if (source != m_tierPrograms)
                m_tierPrograms->reloadAll();
        };
    };
    connect(m_certifications, &CertificationsScreen::trainingChanged, this, trainingChanged(m_certifications));
    connect(m_tierReview, &TierReviewScreen::trainingChanged, this, trainingChanged(m_tierReview));
    connect(m_trainingCatalog, &TrainingCatalogScreen::trainingChanged, this, trainingChanged(m_trainingCatalog));
    connect(m_tierPrograms, &TierProgramsScreen::trainingChanged, this, trainingChanged(m_tierPrograms));
    connect(m_tierPrograms, &TierProgramsScreen::recomputeRequested, m_tierScheduler, &TierScheduler::runNow);
    connect(m_deals, &DealsScreen::dealsChanged, m_tierScheduler, &TierScheduler::noteDataChanged);
    connect(m_actions, &PartnerActions::contactsChanged, m_tierScheduler, &TierScheduler::noteDataChanged);
    connect(m_sync, &SyncController::remoteChangesApplied, this, [this] {
        reloadTraining();
        m_tierScheduler->noteDataChanged();
    });
    m_tierReview->setScheduler(m_tierScheduler);
    // A run writes synced rows (proposals, reviews, automatic upgrades that change partner.tier): sync them and show them.
    connect(m_tierScheduler, &TierScheduler::finished, this, [this] {
        const TierEngine::Summary& summary = m_tierScheduler->lastSummary();
        if (summary.proposed + summary.applied + summary.reviews + summary.withdrawn > 0)
            m_sync->localChangeMade();
        if (summary.applied > 0)
            m_partners->reloadAll();
        m_certifications->reloadAll();
        m_tierPrograms->reloadAll();
    });
    // Decisions change partner.tier.
    connect(m_tierReview, &TierReviewScreen::trainingChanged, m_partners, &PartnersScreen::reloadAll);
    connect(m_actions, &PartnerActions::partnersChanged, m_tierScheduler, &TierScheduler::noteDataChanged);
    connect(m_tierScheduler, &TierScheduler::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Tier recompute failed: %1").arg(message), 10000);
    });
    connect(m_tierReview, &TierReviewScreen::statusChanged, this, screenStatusSetter(m_tierReview));
    connect(m_certifications, &CertificationsScreen::statusChanged, this, screenStatusSetter(m_certifications));
    connect(m_trainingCatalog, &TrainingCatalogScreen::statusChanged, this, screenStatusSetter(m_trainingCatalog));
    connect(m_tierPrograms, &TierProgramsScreen::statusChanged, this, screenStatusSetter(m_tierPrograms));
    connect(m_certifications, &CertificationsScreen::errorOccurred, this, &MainWindow::showError);
    connect(m_tierReview, &TierReviewScreen::errorOccurred, this, &MainWindow::showError);
    connect(m_trainingCatalog, &TrainingCatalogScreen::errorOccurred, this, &MainWindow::showError);
    connect(m_tierPrograms, &TierProgramsScreen::errorOccurred, this, &MainWindow::showError);
}

std::function<void(const QString&)> MainWindow::screenStatusSetter(QWidget* screen)
{
    return [this, screen](const QString& text) {
        m_screenStatus.insert(screen, text);
        if (m_stack->currentWidget() == screen)
            m_status->setText(text);
    };
}

void MainWindow::reloadTraining()
{
    m_certifications->reloadAll();
    m_tierReview->reloadAll();
    m_trainingCatalog->reloadAll();
    m_tierPrograms->reloadAll();
}

void MainWindow::importCertifications()
{
    auto* dialog = CertificationImportDialog::open(m_db, this);
    connect(dialog, &CertificationImportDialog::trainingChanged, this, [this] {
        m_sync->localChangeMade();
        m_tierScheduler->noteDataChanged();
        reloadTraining();
    });
}

void MainWindow::showScreen(QWidget* screen)
{
    m_sidebar->setCurrentRow(m_stack->indexOf(screen));
}

bool MainWindow::showSyncAccount()
{
    SyncAccountDialog dialog(*m_sync, this);
    return dialog.exec() == QDialog::Accepted;
}

void MainWindow::showSyncLog()
{
    SyncLogDialog dialog(m_db, this);
    dialog.exec();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_partners->newAction());
    file->addAction(m_deals->newRegistrationAction());
    QAction* newBudget = file->addAction(tr("New MDF &Budget…"), this, [this] {
        showScreen(m_mdfBudgets);
        m_mdfBudgets->newBudgetAction()->trigger();
    });
    newBudget->setObjectName(QStringLiteral("newMdfBudget"));
    QAction* sample = file->addAction(tr("Load &Sample Data"), this, &MainWindow::loadSampleData);
    sample->setObjectName(QStringLiteral("loadSampleData"));
    file->addSeparator();
    QAction* importAction = file->addAction(tr("&Import Partners…"), this, [this] { importPartners(); });
    importAction->setObjectName(QStringLiteral("importPartners"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction* exportAction = file->addAction(tr("&Export Partners…"), this, &MainWindow::exportPartners);
    exportAction->setObjectName(QStringLiteral("exportPartners"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction* history = file->addAction(tr("Import &History…"), this, &MainWindow::showImportHistory);
    history->setObjectName(QStringLiteral("importHistory"));
    QAction* importCerts = file->addAction(tr("Import &Certifications…"), this, &MainWindow::importCertifications);
    importCerts->setObjectName(QStringLiteral("importCertifications"));
    QAction* exportCerts = file->addAction(tr("Export Certi&fications…"), this, [this] {
        CertificationExportDialog::open(m_db, this);
    });
    exportCerts->setObjectName(QStringLiteral("exportCertifications"));
    addActions({ importAction, exportAction });
    file->addSeparator();
    QAction* dealSettings = file->addAction(tr("Deal &Program Settings…"), this, [this] {
        DealSettingsDialog dialog(m_db, this);
        if (dialog.exec() == QDialog::Accepted) {
            m_deals->reloadAll();
            m_pipeline->dataChanged(); // re-reads rates, targets and the program too
        }
    });
    dealSettings->setObjectName(QStringLiteral("dealSettings"));
    QAction* mdfSettings = file->addAction(tr("&MDF Settings…"), this, [this] {
        m_mdfBudgets->settingsAction()->trigger(); // the budgets screen owns the dialog and reloads after it
    });
    mdfSettings->setObjectName(QStringLiteral("mdfSettings"));
    file->addSeparator();
    QAction* syncNow = file->addAction(tr("Sync &Now"), this, [this] {
        // Without an account or a session, "sync now" means "let me sign in".
        const auto state = m_sync->state();
        if (state == SyncController::State::NotConfigured || state == SyncController::State::NeedsSignIn)
            showSyncAccount();
        else
            m_sync->syncNow();
    });
    syncNow->setObjectName(QStringLiteral("syncNow"));
    syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction* account = file->addAction(tr("Sync &Account…"), this, &MainWindow::showSyncAccount);
    account->setObjectName(QStringLiteral("syncAccount"));
    QAction* log = file->addAction(tr("Sync &Log…"), this, &MainWindow::showSyncLog);
    log->setObjectName(QStringLiteral("syncLog"));
    QAction* conflicts = new QAction(tr("&Conflicts"), this);
    connect(conflicts, &QAction::triggered, this, [this] { showScreen(m_conflicts); });
    auto* syncMenu = new QMenu(this);
    syncMenu->addActions({ syncNow, conflicts, log, account });
    m_syncStatus->setMenu(syncMenu);
    addAction(syncNow);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_partners->findAction());
    edit->addAction(m_partners->deleteAction());
    // Window-wide shortcuts: actions must be on a visible widget to fire.
    addActions({ undo, redo, m_partners->findAction(), m_partners->newAction(), m_deals->newRegistrationAction() });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* sidebar = view->addAction(tr("Show &Sidebar"));
    sidebar->setCheckable(true);
    sidebar->setChecked(UiSettings().flag(UiSettings::Key::SidebarVisible));
    connect(sidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    view->addAction(m_partners->toggleDetailsAction());
    addAction(m_partners->toggleDetailsAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* aboutAction = help->addAction(tr("&About ChannelDesk"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About ChannelDesk"),
                       tr("<h3>ChannelDesk %1</h3><p>Partner relationship management for channel account managers: "
                          "partners, contacts and more, kept on this computer and usable offline.</p>"
                          "<p>Database: %2<br>Data format %3, Qt %4</p>")
                           .arg(QStringLiteral(CHANNELDESK_VERSION),
                                QDir::toNativeSeparators(m_db.path()).toHtmlEscaped())
                           .arg(m_db.schemaVersion())
                           .arg(QString::fromLatin1(qVersion())));
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 8000);
    QMessageBox::warning(this, tr("ChannelDesk"), message);
}

void MainWindow::offerSampleDataIfEmpty()
{
    UiSettings settings;
    if (settings.flag(UiSettings::Key::SampleDataOffered))
        return;
    const auto count = m_actions->partners().count();
    if (!count || count.value() > 0)
        return;
    settings.setValue(UiSettings::Key::SampleDataOffered, true);
    const auto answer = QMessageBox::question(
        this, tr("Welcome to ChannelDesk"),
        tr("Your partner list is empty. Load %n sample partner(s) with their contacts to explore ChannelDesk? "
           "You can delete them later.",
           nullptr, SampleData::DefaultPartnerCount),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        loadSampleData();
}

namespace {

/// The local CSV/text file being dragged, if it is exactly one.
QString droppedCsv(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    const QString path = mime->urls().first().toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("txt") || suffix == QLatin1String("tsv") ? path
                                                                                                             : QString();
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedCsv(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = droppedCsv(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    importPartners(path);
}

ImportWizard* MainWindow::importPartners(const QString& filePath)
{
    auto* wizard = new ImportWizard(m_db, filePath, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this, wizard](qint64 runId) {
        const QString name = QFileInfo(wizard->session().filePath).fileName();
        // Already applied: the command's first redo does nothing; undo reverts it, redo applies it again.
        m_undoStack->push(new RecordCommand(
            //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
            tr("import “%1”").arg(name),
            [this, runId] {
                auto outcome = Csv::ImportHistory(m_db).reapply(runId);
                m_partners->reloadAll();
                return outcome ? Status() : Status(outcome.error());
            },
            [this, runId] {
                auto outcome = Csv::ImportHistory(m_db).revert(runId);
                m_partners->reloadAll();
                return outcome ? Status() : Status(outcome.error());
            },
            [this](const Error& error) { showError(error.message); }));
        m_partners->reloadAll();
    });
    wizard->open();
    return wizard;
}

ExportDialog* MainWindow::exportPartners()
{
    const PartnerQuery query = m_partners->model()->query();
    auto* dialog = new ExportDialog(m_db, query, m_partners->model()->rowCount(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const QString& path, qint64 rows) {
        statusBar()->showMessage(tr("Exported %n row(s) to %1.", nullptr, int(qMin<qint64>(rows, INT_MAX)))
                                     .arg(QDir::toNativeSeparators(path)),
                                 10000);
    });
    dialog->open();
    return dialog;
}

ImportHistoryDialog* MainWindow::showImportHistory()
{
    auto* dialog = new ImportHistoryDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportHistoryDialog::partnersChanged, m_partners, &PartnersScreen::reloadAll);
    dialog->open();
    return dialog;
}

void MainWindow::loadSampleData()
{
    QProgressDialog progress(tr("Loading sample data…"), tr("Cancel"), 0, SampleData::DefaultPartnerCount, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    // A separate Bulk connection on a worker thread: the UI keeps painting, and one transaction means a cancel
    // or a crash leaves nothing half-loaded.
    std::atomic<bool> cancelled { false };
    std::atomic<int> done { 0 };
    Status result;
    const QString path = m_db.path();
    QThread* worker = QThread::create([&] {
        result = SampleData::load(path, SampleData::DefaultPartnerCount, [&](int n) {
            done = n;
            return !cancelled.load();
        });
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&] {
        progress.setValue(done.load());
        if (progress.wasCanceled())
            cancelled = true;
    });
    timer.start(50);
    worker->start();
    loop.exec();
    worker->deleteLater();
    progress.reset();
    if (!result.ok()) {
        if (result.error().code != Error::Code::Cancelled)
            showError(result.error().message);
        return;
    }
    m_partners->model()->refresh();
    m_deals->reloadAll();
    m_pipeline->reload();
    m_mdfBudgets->reloadAll();
    m_mdfRequests->reloadAll();
    m_mdfClaims->reloadAll();
    reloadTraining();
    m_tierScheduler->noteDataChanged();
    statusBar()->showMessage(tr("Sample data loaded."), 4000);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Unsaved edits in the panel are saved; if they are invalid, the window stays open to show why.
    if (m_partners->editor()->isDirty() && !m_partners->editor()->commit()) {
        event->ignore();
        return;
    }
    if (m_deals->editor()->isDirty() && !m_deals->editor()->commit()) {
        event->ignore();
        return;
    }
    // MDF panels save what is valid; an invalid form keeps the window open on it, showing why.
    if (!m_mdfRequests->panel()->commitEdits()) {
        showScreen(m_mdfRequests);
        event->ignore();
        return;
    }
    if (!m_mdfClaims->panel()->commitEdits()) {
        showScreen(m_mdfClaims);
        event->ignore();
        return;
    }
    m_partners->saveState();
    UiSettings settings;
    settings.setValue(UiSettings::Key::MainWindowGeometry, saveGeometry());
    settings.setValue(UiSettings::Key::MainWindowState, saveState());
    settings.setValue(UiSettings::Key::SidebarVisible, m_sidebar->isVisibleTo(this));
    event->accept();
}

} // namespace ChannelDesk
