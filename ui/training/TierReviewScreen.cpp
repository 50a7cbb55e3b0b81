#include "TierReviewScreen.h"

#include "common/Roles.h"
#include "deals/DealSettings.h"
#include "storage/Database.h"
#include "training/TierAtRiskModel.h"
#include "training/TierHistoryModel.h"
#include "training/TierQueryLoader.h"
#include "training/TierQueueModel.h"
#include "training/TierReview.h"
#include "training/TierScheduler.h"
#include "training/TierStandingsModel.h"
#include "training/TrainingSettings.h"

#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ChannelDesk {

namespace {

constexpr int QueueTab = 0;
constexpr int AtRiskTab = 1;

void setUpTable(QTableView* view, const QString& objectName)
{
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // Fixed row height: the view never measures rows one by one (qt-style.md §5).
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void sizeColumns(QTableView* view, std::initializer_list<int> widthsEm)
{
    const int em = view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    int column = 0;
    for (int width : widthsEm)
        view->horizontalHeader()->resizeSection(column++, width * em);
}

QString bullets(const QStringList& lines)
{
    return lines.isEmpty() ? QString() : QStringLiteral("• ") + lines.join(QStringLiteral("\n• "));
}

} // namespace

TierReviewScreen::TierReviewScreen(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_loader(new TierQueryLoader(db.path(), this))
    , m_queueModel(new TierQueueModel(*m_loader, this))
    , m_riskModel(new TierAtRiskModel(*m_loader, this))
    , m_standingsModel(new TierStandingsModel(this))
    , m_historyModel(new TierHistoryModel(this))
{
    setObjectName(QStringLiteral("tierReviewScreen"));

    m_program = new QComboBox(this);
    m_program->setObjectName(QStringLiteral("programFilter"));
    m_program->addItem(tr("All programs"), QByteArray());
    m_program->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_recompute = new QPushButton(tr("Check Tiers &Now"), this);
    m_recompute->setObjectName(QStringLiteral("recomputeTiers"));
    m_schedulerNote = new QLabel(this);
    m_schedulerNote->setObjectName(QStringLiteral("schedulerNote"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("tierMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto* programLabel = new QLabel(tr("&Program:"), this);
    programLabel->setBuddy(m_program);
    auto* bar = new QHBoxLayout;
    bar->addWidget(programLabel);
    bar->addWidget(m_program);
    bar->addStretch(1);
    bar->addWidget(m_schedulerNote);
    bar->addWidget(m_recompute);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tierTabs"));
    m_tabs->addTab(buildQueuePage(), tr("Review Queue"));
    m_tabs->addTab(buildAtRiskPage(), tr("At Risk"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(buildPartnerPanel());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    // As the other list screens: without sizes the queue's wide columns claim the width and the partner's standing
    // opens squeezed, its columns cut.
    m_splitter->setSizes({ 620, 500 });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    m_horizonDelay.setSingleShot(true);
    m_horizonDelay.setInterval(600);
    connect(&m_horizonDelay, &QTimer::timeout, this, &TierReviewScreen::applyHorizon);

    connect(m_loader, &TierQueryLoader::idle, this, &TierReviewScreen::idle);
    connect(m_loader, &TierQueryLoader::failed, this, [this](const QString& message) { showMessage(message, true); });
    connect(m_queueModel, &TierQueueModel::loaded, this, &TierReviewScreen::onQueueLoaded);
    connect(m_queueModel, &TierQueueModel::failed, this, [this](const QString& message) { showMessage(message, true); });
    connect(m_riskModel, &TierAtRiskModel::loaded, this, &TierReviewScreen::onAtRiskLoaded);
    connect(m_riskModel, &TierAtRiskModel::failed, this, [this](const QString& message) { showMessage(message, true); });
    connect(m_program, &QComboBox::currentIndexChanged, this, [this] {
        applyQueueFilter();
        applyAtRiskFilter();
    });
    connect(m_recompute, &QPushButton::clicked, this, [this] {
        if (m_scheduler)
            m_scheduler->runNow();
    });

    // TrainingSettings is one local key: read on the UI thread like every screen's settings.
    m_appliedHorizon = TrainingSettings(m_db).atRiskHorizonDays();
    {
        const QSignalBlocker blocker(m_horizon);
        m_horizon->setValue(m_appliedHorizon);
    }
    updateSchedulerNote();
    updateActions();
    reloadAll();
}

TierReviewScreen::~TierReviewScreen() = default;

QWidget* TierReviewScreen::buildQueuePage()
{
    auto* page = new QWidget(this);
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("All pending changes"), QString());
    m_kind->addItem(tr("Upgrades"), QStringLiteral("upgrade"));
    m_kind->addItem(tr("Demotion reviews"), QStringLiteral("demotion"));
    auto* kindLabel = new QLabel(tr("&Show:"), page);
    kindLabel->setBuddy(m_kind);

    m_queueView = new QTableView(page);
    setUpTable(m_queueView, QStringLiteral("reviewQueue"));
    m_queueView->setModel(m_queueModel);
    sizeColumns(m_queueView, { 14, 10, 8, 8, 9, 24, 10, 6 });

    m_queueDetail = new QLabel(page);
    m_queueDetail->setObjectName(QStringLiteral("queueDetail"));
    m_queueDetail->setWordWrap(true);
    m_queueDetail->setTextFormat(Qt::PlainText);
    m_queueDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    using Decision = TierDecisionDialog::Decision;
    m_approve = new QPushButton(TierDecisionDialog::actionText(Decision::ApproveUpgrade), page);
    m_approve->setObjectName(QStringLiteral("approveUpgrade"));
    m_reject = new QPushButton(TierDecisionDialog::actionText(Decision::RejectUpgrade), page);
    m_reject->setObjectName(QStringLiteral("rejectUpgrade"));
    m_confirm = new QPushButton(TierDecisionDialog::actionText(Decision::ConfirmDemotion), page);
    m_confirm->setObjectName(QStringLiteral("confirmDemotion"));
    m_keep = new QPushButton(TierDecisionDialog::actionText(Decision::KeepLevel), page);
    m_keep->setObjectName(QStringLiteral("keepLevel"));
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(Decision::ApproveUpgrade); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(Decision::RejectUpgrade); });
    connect(m_confirm, &QPushButton::clicked, this, [this] { decide(Decision::ConfirmDemotion); });
    connect(m_keep, &QPushButton::clicked, this, [this] { decide(Decision::KeepLevel); });

    auto* filter = new QHBoxLayout;
    filter->addWidget(kindLabel);
    filter->addWidget(m_kind);
    filter->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addSpacing(16);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_keep);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(filter);
    layout->addWidget(m_queueView, 1);
    layout->addWidget(m_queueDetail);
    layout->addLayout(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &TierReviewScreen::applyQueueFilter);
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TierReviewScreen::onQueueCurrentChanged);
    return page;
}

QWidget* TierReviewScreen::buildAtRiskPage()
{
    auto* page = new QWidget(this);
    m_horizon = new QSpinBox(page);
    m_horizon->setObjectName(QStringLiteral("horizonDays"));
    m_horizon->setRange(1, 730);
    m_horizon->setAccelerated(true);
    m_horizon->setToolTip(tr("Partners are at risk when certificates expiring within this many days would take "
                             "them below their level's criteria. Changing it checks tiers again."));
    auto* horizonLabel = new QLabel(tr("&Look ahead (days):"), page);
    horizonLabel->setBuddy(m_horizon);

    m_riskView = new QTableView(page);
    setUpTable(m_riskView, QStringLiteral("atRiskList"));
    m_riskView->setModel(m_riskModel);
    sizeColumns(m_riskView, { 14, 10, 8, 8, 7, 8, 24 });

    m_riskDetail = new QLabel(page);
    m_riskDetail->setObjectName(QStringLiteral("atRiskDetail"));
    m_riskDetail->setWordWrap(true);
    m_riskDetail->setTextFormat(Qt::PlainText);
    m_riskDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* filter = new QHBoxLayout;
    filter->addWidget(horizonLabel);
    filter->addWidget(m_horizon);
    filter->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(filter);
    layout->addWidget(m_riskView, 1);
    layout->addWidget(m_riskDetail);

    connect(m_horizon, &QSpinBox::valueChanged, this, [this] { m_horizonDelay.start(); });
    connect(m_horizon, &QSpinBox::editingFinished, this, [this] {
        m_horizonDelay.stop();
        applyHorizon();
    });
    connect(m_riskView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TierReviewScreen::onAtRiskCurrentChanged);
    return page;
}

QWidget* TierReviewScreen::buildPartnerPanel()
{
    auto* panel = new QWidget(this);
    m_partnerTitle = new QLabel(tr("Select a partner to see its standing and tier history."), panel);
    m_partnerTitle->setObjectName(QStringLiteral("partnerTitle"));
    m_partnerTitle->setWordWrap(true);
    QFont bold = m_partnerTitle->font();
    bold.setBold(true);
    m_partnerTitle->setFont(bold);

    m_standingsView = new QTableView(panel);
    setUpTable(m_standingsView, QStringLiteral("standings"));
    m_standingsView->setModel(m_standingsModel);
    m_standingsView->setWordWrap(true);
    sizeColumns(m_standingsView, { 10, 7, 9, 7 });

    m_historyView = new QTableView(panel);
    setUpTable(m_historyView, QStringLiteral("tierHistory"));
    m_historyView->setModel(m_historyModel);
    sizeColumns(m_historyView, { 13, 10, 8, 12, 7, 7 });

    auto* standingsLabel = new QLabel(tr("Standing and what the next level needs"), panel);
    auto* historyLabel = new QLabel(tr("Tier history"), panel);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_partnerTitle);
    layout->addWidget(standingsLabel);
    layout->addWidget(m_standingsView, 1);
    layout->addWidget(historyLabel);
    layout->addWidget(m_historyView, 2);
    return panel;
}

void TierReviewScreen::setScheduler(TierScheduler* scheduler)
{
    if (m_scheduler)
        disconnect(m_scheduler, nullptr, this, nullptr);
    m_scheduler = scheduler;
    if (scheduler) {
        // Each run may have proposed, withdrawn or re-judged anything on this screen.
        connect(scheduler, &TierScheduler::finished, this, &TierReviewScreen::reloadAll);
        connect(scheduler, &TierScheduler::started, this, &TierReviewScreen::updateSchedulerNote);
        connect(scheduler, &TierScheduler::cancelled, this, &TierReviewScreen::updateSchedulerNote);
        connect(scheduler, &TierScheduler::failed, this, [this](const QString& message) {
            updateSchedulerNote();
            showMessage(message, true);
        });
        connect(scheduler, &QObject::destroyed, this, &TierReviewScreen::updateSchedulerNote, Qt::QueuedConnection);
    }
    updateSchedulerNote();
}

TierScheduler* TierReviewScreen::scheduler() const
{
    return m_scheduler;
}

void TierReviewScreen::updateSchedulerNote()
{
    m_recompute->setEnabled(m_scheduler != nullptr);
    m_recompute->setToolTip(m_scheduler ? tr("Evaluate every partner's tier now") : tr("Tier checks are not running"));
    if (!m_scheduler) {
        m_schedulerNote->clear();
        return;
    }
    if (m_scheduler->isRunning())
        m_schedulerNote->setText(tr("Checking tiers…"));
    else if (m_scheduler->lastRun() == TierScheduler::LastRun::Finished)
        m_schedulerNote->setText(tr("Checked at %1").arg(QLocale().toString(m_scheduler->lastFinishedAt().time(), QLocale::ShortFormat)));
    else
        m_schedulerNote->setText(m_scheduler->lastText());
}

bool TierReviewScreen::isBusy() const
{
    return !m_loader->isIdle();
}

QPushButton* TierReviewScreen::decisionButton(TierDecisionDialog::Decision decision) const
{
    switch (decision) {
    case TierDecisionDialog::Decision::ApproveUpgrade: return m_approve;
    case TierDecisionDialog::Decision::RejectUpgrade: return m_reject;
    case TierDecisionDialog::Decision::ConfirmDemotion: return m_confirm;
    case TierDecisionDialog::Decision::KeepLevel: return m_keep;
    }
    return nullptr;
}

void TierReviewScreen::reloadAll()
{
    updateSchedulerNote();
    loadPrograms();
    m_queueModel->reload();
    applyAtRiskFilter();
    reloadPartner();
}

void TierReviewScreen::loadPrograms()
{
    m_loader->submit(QStringLiteral("programs"), [this](Database& db) {
        Result<QList<TierProgramChoice>> programs = TierQuery(db).programs();
        return TierQueryLoader::Answer([this, programs = std::move(programs)] {
            if (!programs) {
                showMessage(programs.error().message, true);
                return;
            }
            const QByteArray selected = m_program->currentData().toByteArray();
            const QSignalBlocker blocker(m_program);
            while (m_program->count() > 1)
                m_program->removeItem(1);
            for (const TierProgramChoice& program : *programs)
                m_program->addItem(program.name, program.id);
            const int index = m_program->findData(selected);
            m_program->setCurrentIndex(std::max(0, index));
            if (index < 0 && !selected.isEmpty()) {
                applyQueueFilter(); // the program shown is gone
                applyAtRiskFilter();
            }
        });
    });
}

void TierReviewScreen::applyQueueFilter()
{
    TierQueueFilter filter;
    filter.kind = m_kind->currentData().toString();
    filter.programId = m_program->currentData().toByteArray();
    m_queueModel->setFilter(filter);
}

void TierReviewScreen::applyAtRiskFilter()
{
    TierAtRiskFilter filter;
    filter.programId = m_program->currentData().toByteArray();
    // What the engine found for a longer horizon is narrowed at once; a longer horizon needs its recompute.
    filter.until = QDate::currentDate().addDays(m_horizon->value());
    m_riskModel->setFilter(filter);
}

void TierReviewScreen::applyHorizon()
{
    const int days = m_horizon->value();
    if (days == m_appliedHorizon)
        return;
    if (Status status = TrainingSettings(m_db).setAtRiskHorizonDays(days); !status) {
        showMessage(status.error().message, true);
        Q_EMIT errorOccurred(status.error().message);
        const QSignalBlocker blocker(m_horizon);
        m_horizon->setValue(m_appliedHorizon);
        return;
    }
    m_appliedHorizon = days;
    applyAtRiskFilter();
    if (m_scheduler) {
        m_scheduler->runNow();
        Q_EMIT statusChanged(tr("Checking which partners are at risk within %n day(s)…", nullptr, days));
    }
}

void TierReviewScreen::showPartner(const QByteArray& partnerId, const QString& name)
{
    if (partnerId != m_partnerId || !name.isEmpty())
        m_partnerName = name;
    m_partnerId = partnerId;
    m_partnerTitle->setText(partnerId.isEmpty() ? tr("Select a partner to see its standing and tier history.")
                                                : m_partnerName);
    reloadPartner();
}

void TierReviewScreen::reloadPartner()
{
    const QByteArray partnerId = m_partnerId;
    if (partnerId.isEmpty()) {
        m_standingsModel->setRows({});
        m_historyModel->setRows({});
        return;
    }
    m_loader->submit(QStringLiteral("partner"), [this, partnerId](Database& db) {
        const TierQuery query(db);
        Result<QList<TierStanding>> standings = query.standings(partnerId);
        Result<QList<TierHistoryRow>> history = query.history(partnerId);
        return TierQueryLoader::Answer([this, partnerId, standings = std::move(standings), history = std::move(history)] {
            if (partnerId != m_partnerId)
                return;
            if (!standings || !history) {
                showMessage(!standings ? standings.error().message : history.error().message, true);
                return;
            }
            m_standingsModel->setRows(*standings);
            m_historyModel->setRows(*history);
            m_standingsView->resizeRowsToContents(); // a handful of programs: the "what is missing" text wraps
        });
    });
}

void TierReviewScreen::onQueueLoaded()
{
    updateTabTitles();
    const int row = m_selectedMember.isEmpty() ? -1 : m_queueModel->rowOfMember(m_selectedMember);
    if (row >= 0) {
        const QSignalBlocker blocker(m_queueView->selectionModel());
        m_queueView->selectionModel()->setCurrentIndex(m_queueModel->index(row, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        // The member was decided or withdrawn: the side panel keeps its partner, so the new history row shows.
        m_selectedMember.clear();
    }
    onQueueCurrentChanged();
    const int total = m_queueModel->totalCount();
    Q_EMIT statusChanged(tr("%n tier change(s) waiting for review", nullptr, total));
}

void TierReviewScreen::onAtRiskLoaded()
{
    updateTabTitles();
    const int row = m_selectedRisk.isEmpty() ? -1 : m_riskModel->rowOfPartner(m_selectedRisk, m_selectedRiskProgram);
    if (row >= 0) {
        const QSignalBlocker blocker(m_riskView->selectionModel());
        m_riskView->selectionModel()->setCurrentIndex(m_riskModel->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        m_selectedRisk.clear();
        m_selectedRiskProgram.clear();
    }
    onAtRiskCurrentChanged();
}

void TierReviewScreen::updateTabTitles()
{
    m_tabs->setTabText(QueueTab, tr("Review Queue (%L1)").arg(m_queueModel->totalCount()));
    m_tabs->setTabText(AtRiskTab, tr("At Risk (%L1)").arg(m_riskModel->totalCount()));
}

void TierReviewScreen::onQueueCurrentChanged()
{
    const QModelIndex current = m_queueView->currentIndex();
    if (!current.isValid()) {
        m_queueDetail->setText(m_queueModel->rowCount() == 0 && !m_queueModel->isLoading()
                                   ? tr("Nothing waits for a decision.")
                                   : QString());
        updateActions();
        return;
    }
    const TierQueueRow& row = m_queueModel->rowAt(current.row());
    m_selectedMember = row.memberId;
    const QString heading = row.kind == QLatin1String("demotion")
        ? tr("%1 no longer meets every criterion of %2 in %3 (review to move it to %4):")
              .arg(row.partnerName, row.levelName, row.programName,
                   row.proposedLevelName.isEmpty() ? tr("(none)") : row.proposedLevelName)
        : tr("%1 qualifies for %2 in %3:").arg(row.partnerName, row.proposedLevelName, row.programName);
    m_queueDetail->setText(heading + QLatin1Char('\n') + bullets(row.reasons));
    if (row.partnerId != m_partnerId)
        showPartner(row.partnerId, row.partnerName);
    updateActions();
}

void TierReviewScreen::onAtRiskCurrentChanged()
{
    const QModelIndex current = m_riskView->currentIndex();
    if (!current.isValid()) {
        m_riskDetail->setText(m_riskModel->rowCount() == 0 && !m_riskModel->isLoading()
                                  ? tr("No partner falls below its level within %n day(s).", nullptr, m_horizon->value())
                                  : QString());
        return;
    }
    const TierAtRiskRow& row = m_riskModel->rowAt(current.row());
    m_selectedRisk = row.partnerId;
    m_selectedRiskProgram = row.programId;
    const QString heading = tr("%1 falls short of %2 in %3 on %4:")
                                .arg(row.partnerName, row.levelName, row.programName,
                                     QLocale().toString(row.atRiskOn, QLocale::LongFormat));
    m_riskDetail->setText(heading + QLatin1Char('\n') + bullets(row.reasons));
    if (row.partnerId != m_partnerId)
        showPartner(row.partnerId, row.partnerName);
}

void TierReviewScreen::updateActions()
{
    const QModelIndex current = m_queueView->currentIndex();
    // The current row is the one acted on (single selection of rows; a click makes it current before it selects).
    const bool selected = current.isValid();
    const QString kind = selected ? m_queueModel->rowAt(current.row()).kind : QString();
    const bool upgrade = kind == QLatin1String("upgrade");
    const bool demotion = kind == QLatin1String("demotion");
    m_approve->setEnabled(upgrade);
    m_reject->setEnabled(upgrade);
    m_confirm->setEnabled(demotion);
    m_keep->setEnabled(demotion);
}

void TierReviewScreen::decide(TierDecisionDialog::Decision decision)
{
    using Decision = TierDecisionDialog::Decision;
    const QModelIndex current = m_queueView->currentIndex();
    if (!current.isValid())
        return;
    const TierQueueRow row = m_queueModel->rowAt(current.row());
    const bool upgradeDecision = decision == Decision::ApproveUpgrade || decision == Decision::RejectUpgrade;
    if (upgradeDecision != (row.kind == QLatin1String("upgrade")))
        return;

    TierDecisionDialog dialog(decision, row, this);
    if (dialog.exec() != QDialog::Accepted)
        return;

    TrainingAction input;
    input.actor = DealSettings(m_db).me(); // the one notion of "who I am" in ChannelDesk
    input.reason = dialog.reason();
    // The member as the queue showed it: a pending change the engine replaced meanwhile is refused, not decided blind.
    ProgramMember seen;
    seen.id = row.memberId;
    seen.partnerId = row.partnerId;
    seen.programId = row.programId;
    seen.levelId = row.levelId;
    seen.pendingLevelId = row.proposedLevelId;
    seen.pendingKind = row.kind;
    seen.pendingSince = row.pendingSince;
    TierReview review(m_db);
    Status status;
    QString done;
    const QString proposed = row.proposedLevelName.isEmpty() ? tr("(none)") : row.proposedLevelName;
    switch (decision) {
    case Decision::ApproveUpgrade:
        status = review.approveUpgrade(seen, input);
        done = tr("%1 is now %2 in %3.").arg(row.partnerName, proposed, row.programName);
        break;
    case Decision::RejectUpgrade:
        status = review.rejectUpgrade(seen, input);
        done = tr("Upgrade of %1 rejected: it stays %2 in %3.")
                   .arg(row.partnerName, row.levelName.isEmpty() ? tr("(none)") : row.levelName, row.programName);
        break;
    case Decision::ConfirmDemotion:
        status = review.confirmDemotion(seen, input);
        done = tr("%1 moved down to %2 in %3.").arg(row.partnerName, proposed, row.programName);
        break;
    case Decision::KeepLevel:
        status = review.keepLevel(seen, input);
        done = tr("%1 keeps %2 in %3.").arg(row.partnerName, row.levelName, row.programName);
        break;
    }
    // Either way the queue is read again: on a refusal the pending change has usually moved under us.
    m_partnerId = row.partnerId;
    m_partnerName = row.partnerName;
    m_partnerTitle->setText(m_partnerName);
    if (!status) {
        showMessage(status.error().message, true);
        Q_EMIT errorOccurred(status.error().message);
        reloadAll();
        return;
    }
    showMessage(done, false);
    Q_EMIT statusChanged(done);
    Q_EMIT trainingChanged();
    reloadAll();
}

void TierReviewScreen::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b03a2e; }") : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace ChannelDesk
