#include "DealsScreen.h"

#include "common/FlowLayout.h"
#include "deals/ApprovalRouting.h"
#include "deals/DealActionDialog.h"
#include "deals/DealActions.h"
#include "deals/DealEditor.h"
#include "deals/DealFilterBar.h"
#include "deals/DealHistoryPanel.h"
#include "deals/DealTasksPanel.h"
#include "deals/DealScheduler.h"
#include "deals/DealTableModel.h"
#include "deals/SimilarDealsPanel.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ChannelDesk {

namespace {

const char* const ActionProperty = "dealAction";

QString buttonName(DealAction action)
{
    return QLatin1String("workflow_") + DealWorkflow::code(action);
}

bool showsSimilar(const Deal& deal)
{
    // DR-04: the approver sees similar registrations before deciding.
    return deal.isRegistration() && !deal.id.isEmpty()
        && (deal.status == QLatin1String("submitted") || deal.status == QLatin1String("under_review")
            || deal.status == QLatin1String("pending_approval"));
}

} // namespace

DealsScreen::DealsScreen(Database& db, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actions(new DealActions(db, undoStack, this))
    , m_filters(new DealFilterBar(this))
    , m_model(new DealTableModel(db.path(), this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_expiringNotice(new QLabel(this))
    , m_archivedNotice(new QLabel(this))
    , m_approvalsNotice(new QLabel(this))
    , m_detail(new QWidget(this))
    , m_title(new QLabel(m_detail))
    , m_message(new QLabel(m_detail))
    , m_similar(new SimilarDealsPanel(m_detail))
    , m_chain(new QLabel(m_detail))
    , m_workflowBar(new QWidget(m_detail))
    , m_tabs(new QTabWidget(m_detail))
    , m_editor(new DealEditor(db, *m_actions, m_tabs))
    , m_history(new DealHistoryPanel(m_tabs))
    , m_tasks(new DealTasksPanel(db, m_tabs))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_scheduler(new DealScheduler(db.path(), this))
{
    setObjectName(QStringLiteral("dealsScreen"));
    reloadProgram();

    m_view->setObjectName(QStringLiteral("dealTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, so a million of them cost nothing (qt-style.md §5).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSortIndicatorShown(true);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = { 12, 7, 14, 14, 11, 8, 7, 9, 8, 8, 9, 8 };
    for (int column = 0; column < DealTableModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column] * em);
    // Most recently changed first until a header is clicked (no column shows "updated", so no indicator).
    header->setSortIndicator(-1, Qt::DescendingOrder);
    m_view->setSortingEnabled(true); // header clicks call model->sort(): ORDER BY in SQL, never a proxy
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column) {
        if (column >= 0 && !DealTableModel::sortForColumn(column)) {
            // Kind and Probability have no sort index: put the indicator back where the list is really sorted.
            const QSignalBlocker blocker(header);
            header->setSortIndicator(DealTableModel::columnForSort(m_model->query().sort),
                                     m_model->query().descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
    });

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    m_expiringNotice->setObjectName(QStringLiteral("expiringNotice"));
    m_expiringNotice->setTextFormat(Qt::RichText);
    m_expiringNotice->hide();
    connect(m_expiringNotice, &QLabel::linkActivated, this, [this] { m_filters->setView(DealFilterBar::View::Expiring); });
    m_approvalsNotice->setObjectName(QStringLiteral("approvalsNotice"));
    m_approvalsNotice->setTextFormat(Qt::RichText);
    m_approvalsNotice->setWordWrap(true);
    m_approvalsNotice->hide();
    connect(m_approvalsNotice, &QLabel::linkActivated, this, [this] {
        m_approvalsNotice->hide();
        m_filters->setView(DealFilterBar::View::WaitingForMe);
    });
    m_archivedNotice->setObjectName(QStringLiteral("archivedNotice"));
    m_archivedNotice->setTextFormat(Qt::RichText);
    m_archivedNotice->setWordWrap(true);
    m_archivedNotice->hide();
    connect(m_archivedNotice, &QLabel::linkActivated, this, [this] {
        // Seen: the notice comes back only for a later archive.
        if (const Status seen = m_actions->settings().setArchiveNoticeSeen(m_archivedLatest); !seen)
            Q_EMIT errorOccurred(seen.error().message);
        m_archivedNotice->hide();
        m_filters->setView(DealFilterBar::View::Archived);
    });

    // Detail panel: title, messages, similar registrations and workflow buttons above the form and its history.
    m_title->setObjectName(QStringLiteral("dealTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("actionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_similar->hide();
    m_chain->setObjectName(QStringLiteral("approvalChain"));
    m_chain->setTextFormat(Qt::RichText);
    m_chain->setWordWrap(true);
    m_chain->hide();
    m_workflowBar->setObjectName(QStringLiteral("workflowBar"));
    // The buttons wrap instead of widening the panel (six of them in Vietnamese are wider than the panel).
    auto* workflowLayout = new FlowLayout(m_workflowBar);
    workflowLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs->setObjectName(QStringLiteral("dealTabs"));
    m_tabs->addTab(m_editor, tr("&Details"));
    m_tabs->addTab(m_history, tr("&History"));
    m_tabs->addTab(m_tasks, tr("&Tasks"));
    connect(m_tasks, &DealTasksPanel::openCountChanged, this, [this](int open) {
        //: The Tasks tab with the number of open tasks (DR-11), e.g. "Tasks (2)"
        m_tabs->setTabText(m_tabs->indexOf(m_tasks),
                           open > 0 ? tr("&Tasks (%1)").arg(QLocale().toString(open)) : tr("&Tasks"));
    });
    connect(m_tasks, &DealTasksPanel::failed, this, [this](const QString& message) { showMessage(message, true); });
    auto* detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_message);
    detailLayout->addWidget(m_similar);
    detailLayout->addWidget(m_chain);
    detailLayout->addWidget(m_workflowBar);
    detailLayout->addWidget(m_tabs, 1);
    m_title->hide();
    m_workflowBar->hide();

    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_empty, 1);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    // The form needs about 600 px; the list shows number, kind, partner, customer and status in the rest.
    m_splitter->setSizes({ 540, 600 });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_expiringNotice);
    layout->addWidget(m_archivedNotice);
    layout->addWidget(m_approvalsNotice);
    layout->addWidget(m_splitter, 1);

    m_newRegistration = new QAction(tr("New &Registration"), this);
    m_newRegistration->setObjectName(QStringLiteral("newRegistration"));
    m_newRegistration->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newRegistration, &QAction::triggered, this, &DealsScreen::newRegistration);
    m_deleteAction = new QAction(tr("&Delete Draft Registration"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteDeal"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, &DealsScreen::deleteCurrent);

    connect(m_filters, &DealFilterBar::changed, this, &DealsScreen::applyFilters);
    connect(m_filters, &DealFilterBar::drillDownRemoved, this, [this] {
        m_baseFilter = DealFilter {};
        applyFilters();
    });
    connect(m_filters->searchBox(), &QLineEdit::returnPressed, this, [this] {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DealsScreen::onCurrentChanged);
    connect(m_model, &DealTableModel::countChanged, this, [this](qint64 count) {
        m_count = count;
        updateStatus();
        selectPending();
    });
    connect(m_model, &DealTableModel::loadingChanged, this, &DealsScreen::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_editor->isDirty() && !m_editor->isNew())
            m_editor->showDeal({});
    });
    connect(m_model, &DealTableModel::loadFailed, this, &DealsScreen::errorOccurred);
    // A row whose data arrives after it became current: show it in the panel.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && m_editor->dealId().isEmpty() && !m_editor->isDirty())
            m_editor->showDeal(m_model->idAt(current.row()));
    });
    connect(m_actions, &DealActions::dealsChanged, this, &DealsScreen::onDealsChanged);
    connect(m_actions, &DealActions::failed, this, &DealsScreen::errorOccurred);
    connect(m_editor, &DealEditor::shown, this, &DealsScreen::onShown);
    connect(m_editor, &DealEditor::created, this, [this](const QByteArray& id) { m_pendingSelection = localIdOf(id); });
    connect(m_similar, &SimilarDealsPanel::openRequested, this, &DealsScreen::selectDeal);
    connect(m_scheduler, &DealScheduler::expired, this, &DealsScreen::onExpired);
    connect(m_scheduler, &DealScheduler::expiringSoon, this, &DealsScreen::onExpiringSoon);
    connect(m_scheduler, &DealScheduler::archivedForMe, this, &DealsScreen::onArchivedForMe);
    connect(m_scheduler, &DealScheduler::approvalsWaiting, this, &DealsScreen::onApprovalsWaiting);
    connect(m_scheduler, &DealScheduler::failed, this, &DealsScreen::errorOccurred);

    applyFilters();
    // The first expiry pass (DR-06/08) once the list has loaded, so it never competes with the first paint; then
    // hourly. Should the list never load, it starts anyway after a few seconds.
    connect(m_model, &DealTableModel::countChanged, this, &DealsScreen::startScheduler);
    QTimer::singleShot(5000, this, &DealsScreen::startScheduler);
}

void DealsScreen::startScheduler()
{
    if (m_schedulerStarted)
        return;
    m_schedulerStarted = true;
    m_scheduler->start();
}

DealsScreen::~DealsScreen() = default;

void DealsScreen::reloadProgram()
{
    const Result<DealProgram> program = m_actions->settings().program();
    const DealProgram p = program ? program.value() : DealProgram {};
    m_protectionDays = p.protectionDays;
    m_stalledDays = p.stalledDays;
    m_extensionDays = p.extensionDays;
    m_model->setSlaHours(p.slaHours);
    m_model->setExpiringWindowDays(p.expiringWindowDays);
    m_filters->setExpiringWindowDays(p.expiringWindowDays);
    QStringList cams;
    if (const auto owners = PartnerRepository(m_db).distinctValues(QStringLiteral("owner")); owners)
        cams = owners.value();
    if (const QString me = m_actions->settings().me(); !me.isEmpty() && !cams.contains(me))
        cams.append(me);
    cams.sort(Qt::CaseInsensitive);
    m_filters->setCams(cams);
}

void DealsScreen::applyFilters()
{
    DealFilter filter = m_baseFilter;
    m_filters->applyTo(filter, m_actions->settings().me());
    m_editor->setShowsArchived(filter.archived);
    DealListQuery query = m_model->query();
    query.filter = filter;
    query.stalledDays = m_stalledDays;
    m_model->setQuery(query);
}

void DealsScreen::showFilter(const DealFilter& filter, const QString& title)
{
    if (m_editor->isDirty() && !m_editor->commit())
        return;
    m_baseFilter = filter;
    m_filters->reset();
    m_filters->showDrillDown(title);
    applyFilters();
}

void DealsScreen::reloadAll()
{
    reloadData();
    // Pulled changes may have expired or archived deals of this user's: tell them now, not in an hour.
    if (m_schedulerStarted)
        m_scheduler->runNow();
}

void DealsScreen::reloadData()
{
    reloadProgram();
    m_editor->reloadChoices();
    applyFilters();
    m_model->refresh();
    if (const QByteArray id = m_editor->dealId(); !id.isEmpty())
        m_editor->reloadIfShowing({ id });
}

qint64 DealsScreen::localIdOf(const QByteArray& id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT local_id FROM deal WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

void DealsScreen::selectDeal(const QByteArray& id)
{
    if (id.isEmpty())
        return;
    if (m_editor->isDirty() && !m_editor->commit())
        return;
    m_editor->showDeal(id);
    m_pendingSelection = localIdOf(id);
    selectPending();
}

void DealsScreen::selectPending()
{
    if (m_pendingSelection == 0 || m_model->isLoading())
        return;
    const int row = m_model->rowOfLocalId(m_pendingSelection);
    m_pendingSelection = 0;
    m_revertingSelection = true; // the panel already shows this deal
    if (row < 0) {
        // Not in the current list (another view, or filtered out): the panel shows it anyway, nothing is selected.
        m_view->selectionModel()->clearCurrentIndex();
        m_view->clearSelection();
    } else {
        const QModelIndex index = m_model->index(row, 0);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
    m_revertingSelection = false;
}

void DealsScreen::onCurrentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    if (m_revertingSelection)
        return;
    // Leaving a deal saves its edits; if they are invalid, stay on it so nothing typed is lost.
    if (m_editor->isDirty()) {
        if (!m_editor->commit()) {
            if (previous.isValid()) {
                m_revertingSelection = true;
                m_view->selectionModel()->setCurrentIndex(previous, QItemSelectionModel::ClearAndSelect
                                                                        | QItemSelectionModel::Rows);
                m_revertingSelection = false;
            }
            return;
        }
    }
    m_editor->showDeal(current.isValid() ? m_model->idAt(current.row()) : QByteArray());
}

void DealsScreen::onDealsChanged(const QList<QByteArray>& ids)
{
    m_model->refresh(ids);
    m_editor->reloadIfShowing(ids);
    Q_EMIT dealsChanged();
}

void DealsScreen::onShown(const Deal& deal)
{
    m_message->hide();
    if (deal.id.isEmpty() && !m_editor->isNew()) {
        m_title->hide();
        m_similar->hide();
        m_chain->hide();
        m_workflowBar->hide();
        m_history->setEvents({});
        m_tasks->setDeal({}, {});
        m_tabs->setTabEnabled(1, false);
        m_tabs->setTabEnabled(2, false);
        return;
    }
    m_title->show();
    if (m_editor->isNew()) {
        m_title->setText(tr("New registration"));
    } else {
        QString status = dealStatusLabel(deal.status);
        for (const Choice& choice : closureCodes()) {
            if (choice.code == deal.closureCode)
                status = tr("%1 (%2)").arg(status, choice.label);
        }
        if (deal.isDeleted())
            //: Detail panel title of an archived deal's status (DR-12), e.g. "Approved, archived"
            status = tr("%1, archived").arg(status);
        //: Detail panel title: number, kind and status, e.g. "DR-2611-7KQ3MZ · Registration · Pending approval"
        m_title->setText(tr("%1 · %2 · %3")
                             .arg(deal.number, deal.isRegistration() ? tr("Registration") : tr("Opportunity"), status));
    }
    rebuildWorkflow(deal);
    showChain(deal);

    if (showsSimilar(deal)) {
        const Result<QList<SimilarDeal>> similar = m_actions->deals().similar(deal, QDate::currentDate());
        if (similar)
            m_similar->setSimilar(similar.value());
        else
            m_similar->setUnavailable(similar.error().message);
        m_similar->show();
    } else {
        m_similar->hide();
    }

    m_tabs->setTabEnabled(1, !deal.id.isEmpty());
    // DR-11: tasks are a registration's; the tab stays readable once it is closed.
    m_tabs->setTabEnabled(2, !deal.id.isEmpty() && deal.isRegistration());
    m_tasks->setDeal(deal, m_actions->settings().me());
    if (deal.id.isEmpty()) {
        m_history->setEvents({});
    } else if (const Result<QList<DealEvent>> events = m_actions->deals().history(deal.id); events) {
        m_history->setEvents(events.value());
    } else {
        m_history->setEvents({});
        showMessage(events.error().message, true);
    }
}

QPushButton* DealsScreen::workflowButton(DealAction action) const
{
    return m_workflowBar->findChild<QPushButton*>(buttonName(action));
}

void DealsScreen::rebuildWorkflow(const Deal& deal)
{
    // Buttons are recreated for each deal: the set depends on its status and kind (DealWorkflow::available).
    QLayout* layout = m_workflowBar->layout();
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (QWidget* widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    if (deal.id.isEmpty()) {
        m_workflowBar->hide();
        return;
    }
    auto addButton = [this, layout](const QString& name, const QString& text) {
        auto* button = new QPushButton(text, m_workflowBar);
        button->setObjectName(name);
        layout->addWidget(button);
        button->show(); // the bar may already be visible: a new child is not shown by the layout until later
        return button;
    };
    const QList<DealAction> actions = DealWorkflow::available(deal);
    // DR-03: while pending, the decisions belong to whom the chain waits for; others see who that is.
    const bool pending = deal.isRegistration() && deal.status == QLatin1String("pending_approval");
    const QStringList deciders = pending ? ApprovalRouting::waitingFor(deal) : QStringList();
    const bool mine = deciders.isEmpty() || deciders.contains(m_actions->settings().me());
    for (DealAction action : actions) {
        QPushButton* button = addButton(buttonName(action), DealWorkflow::label(action));
        button->setProperty(ActionProperty, static_cast<int>(action));
        if (DealWorkflow::needsReason(action))
            button->setText(tr("%1…").arg(DealWorkflow::label(action))); // it asks for a reason first
        const bool decision = action == DealAction::Approve || action == DealAction::Reject || action == DealAction::Return;
        if (pending && decision && !mine) {
            button->setEnabled(false);
            button->setToolTip(tr("Waiting for the decision of %1.").arg(QLocale().createSeparatedList(deciders)));
        }
        connect(button, &QPushButton::clicked, this, [this, action] { runAction(action); });
    }
    if (deal.isRegistration() && deal.status == QLatin1String("approved")) {
        if (deal.extensionRequestedTo.isValid()) {
            QPushButton* grant = addButton(QStringLiteral("grantExtension"),
                                           tr("Grant extension to %1")
                                               .arg(QLocale().toString(deal.extensionRequestedTo, QLocale::ShortFormat)));
            connect(grant, &QPushButton::clicked, this, [this] { decideExtension(true); });
            QPushButton* refuse = addButton(QStringLiteral("refuseExtension"), tr("Refuse extension…"));
            connect(refuse, &QPushButton::clicked, this, [this] { decideExtension(false); });
        } else {
            QPushButton* request = addButton(QStringLiteral("requestExtension"), tr("Request extension…"));
            connect(request, &QPushButton::clicked, this, &DealsScreen::requestExtension);
        }
    }
    if (DealWorkflow::isDeletable(deal)) {
        QPushButton* remove = addButton(QStringLiteral("deleteDraft"), tr("Delete draft"));
        remove->setToolTip(tr("Only a draft can be deleted; Edit → Undo brings it back."));
        connect(remove, &QPushButton::clicked, this, &DealsScreen::deleteCurrent);
    }
    // DR-02: an approved or rejected registration goes round again as a new draft (the original keeps its decision).
    if (!deal.isDeleted() && deal.isRegistration()
        && (deal.status == QLatin1String("approved")
            || (deal.status == QLatin1String("closed") && deal.closureCode == QLatin1String("rejected")))) {
        QPushButton* resubmit = addButton(QStringLiteral("resubmitDeal"), tr("Resubmit as New"));
        resubmit->setToolTip(tr("Creates a new draft with this registration's customer and products, to correct and "
                                "submit; this one keeps its decision (DR-02)."));
        connect(resubmit, &QPushButton::clicked, this, &DealsScreen::resubmitCurrent);
    }
    // DR-12: an administrator takes any deal out of the pipeline with a reason, and brings it back from the archive.
    const bool admin = m_actions->deals().canArchive();
    const bool draft = deal.isRegistration() && deal.status == QLatin1String("draft");
    if (deal.isDeleted() && (admin || draft)) {
        QPushButton* restore = addButton(QStringLiteral("unarchiveDeal"), tr("Restore"));
        restore->setToolTip(tr("Brings the deal back to the lists and reports, in the status it had."));
        connect(restore, &QPushButton::clicked, this, &DealsScreen::unarchiveCurrent);
    } else if (!deal.isDeleted() && admin) {
        QPushButton* archive = addButton(QStringLiteral("archiveDeal"), tr("Archive…"));
        archive->setToolTip(tr("Takes the deal out of every list and report, with a reason, and tells its CAM. Nothing "
                               "is deleted: the Archived view keeps it."));
        connect(archive, &QPushButton::clicked, this, &DealsScreen::archiveCurrent);
    }
    m_workflowBar->setVisible(layout->count() > 0);
}

bool DealsScreen::commitEdits()
{
    if (!m_editor->isDirty())
        return true;
    if (const Status saved = m_editor->commit(); !saved) {
        showMessage(tr("Save or revert the changes first: %1").arg(saved.error().message), true);
        return false;
    }
    return true;
}

void DealsScreen::runAction(DealAction action)
{
    if (!commitEdits())
        return;
    const QByteArray id = m_editor->dealId();
    const Result<Deal> current = m_actions->deals().get(id);
    if (!current) {
        showMessage(current.error().message, true);
        return;
    }
    const Deal deal = current.value();
    const QString label = DealWorkflow::label(action);
    QString reason;
    QDate expiresOn;
    if (action == DealAction::Approve) {
        // DR-06: the protection period is set now, prefilled with approval date + the program's days, editable.
        DealActionDialog dialog(label, tr("Approve %1 for %2? The partner's registration is protected until the date "
                                          "below.")
                                           .arg(deal.number, deal.customerName),
                                this);
        const QDate today = QDate::currentDate();
        dialog.setDateField(tr("Protected &until:"), today.addDays(m_protectionDays), today.addDays(1));
        dialog.setReasonField(tr("&Note:"), DealWorkflow::needsReason(action));
        if (m_similar->isVisible() && m_similar->blockingCount() > 0)
            dialog.setWindowTitle(tr("%1 — a similar registration is protected").arg(label));
        if (dialog.exec() != QDialog::Accepted)
            return;
        reason = dialog.reason();
        expiresOn = dialog.date();
    } else if (DealWorkflow::needsReason(action)) {
        DealActionDialog dialog(label, tr("%1 %2: say why. The reason is kept in the history.").arg(label, deal.number),
                                this);
        dialog.setReasonField(tr("&Reason:"), true);
        if (dialog.exec() != QDialog::Accepted)
            return;
        reason = dialog.reason();
    }

    if (action == DealAction::Convert) {
        const Result<Deal> opportunity = m_actions->convert(id, reason);
        if (!opportunity) {
            showMessage(opportunity.error().message, true);
            return;
        }
        // DR-10: the new opportunity is what the user works on next.
        selectDeal(opportunity->id);
        showMessage(tr("Converted: opportunity %1 was created with the registration's line items.")
                        .arg(opportunity->number),
                    false);
        Q_EMIT statusChanged(tr("%1 converted to opportunity %2").arg(deal.number, opportunity->number));
        return;
    }
    const Result<Deal> result = m_actions->transition(id, action, reason, expiresOn);
    if (!result) {
        showMessage(result.error().message, true); // the refusal says why (DealWorkflow / DR-05 / limits)
        return;
    }
    if (action == DealAction::Approve && result->status == QLatin1String("pending_approval")) {
        // DR-03: above the approver's limit the approval is escalated instead of taking effect; within it, one stage
        // of the chain is done and the next one decides.
        const QString next = QLocale().createSeparatedList(ApprovalRouting::waitingFor(result.value()));
        const Result<QList<DealEvent>> events = m_actions->deals().history(id);
        const bool escalated = events && !events->isEmpty() && events->last().action == QLatin1String("escalate");
        showMessage(escalated ? tr("The amount is above your approval limit: the registration now waits for %1.").arg(next)
                              : tr("Your approval is recorded; the registration now waits for %1.").arg(next),
                    false);
    } else if (action == DealAction::Approve && result->expiresOn.isValid()) {
        showMessage(tr("Approved; protected until %1.").arg(QLocale().toString(result->expiresOn, QLocale::LongFormat)),
                    false);
    }
    Q_EMIT statusChanged(tr("%1: %2").arg(deal.number, dealStatusLabel(result->status)));
}

void DealsScreen::requestExtension()
{
    if (!commitEdits())
        return;
    const Deal deal = m_editor->deal();
    DealActionDialog dialog(tr("Request extension"),
                            tr("Ask for a longer protection period for %1 (DR-09). An approver decides.").arg(deal.number),
                            this);
    const QDate base = deal.expiresOn.isValid() ? deal.expiresOn : QDate::currentDate();
    dialog.setDateField(tr("New &expiry:"), base.addDays(m_extensionDays), base.addDays(1));
    dialog.setReasonField(tr("&Reason:"), true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<Deal> result = m_actions->requestExtension(deal.id, dialog.date(), dialog.reason());
    if (!result)
        showMessage(result.error().message, true);
    else
        showMessage(tr("Extension to %1 requested.").arg(QLocale().toString(dialog.date(), QLocale::ShortFormat)), false);
}

void DealsScreen::decideExtension(bool grant)
{
    if (!commitEdits())
        return;
    const Deal deal = m_editor->deal();
    QString reason;
    if (!grant) {
        DealActionDialog dialog(tr("Refuse extension"), tr("Refuse the extension of %1: say why.").arg(deal.number), this);
        dialog.setReasonField(tr("&Reason:"), true);
        if (dialog.exec() != QDialog::Accepted)
            return;
        reason = dialog.reason();
    }
    const Result<Deal> result = m_actions->decideExtension(deal.id, grant, reason);
    if (!result)
        showMessage(result.error().message, true);
    else if (grant)
        showMessage(tr("Extension granted: protected until %1.").arg(QLocale().toString(result->expiresOn, QLocale::ShortFormat)),
                    false);
    else
        showMessage(tr("Extension refused."), false);
}

void DealsScreen::deleteCurrent()
{
    const QByteArray id = m_editor->dealId();
    if (id.isEmpty())
        return;
    const Deal deal = m_editor->deal();
    if (!DealWorkflow::isDeletable(deal)) {
        showMessage(tr("Only a draft registration can be deleted; cancel or close this one instead."), true);
        return;
    }
    // No "are you sure?": a draft is a tombstone and one Undo brings it back.
    if (const Status status = m_actions->deleteDeal(id); !status) {
        showMessage(status.error().message, true);
        return;
    }
    m_editor->showDeal({});
    Q_EMIT statusChanged(tr("Draft %1 deleted. Edit → Undo brings it back.").arg(deal.number));
}

void DealsScreen::archiveCurrent()
{
    if (!commitEdits())
        return;
    const Deal deal = m_editor->deal();
    if (deal.id.isEmpty())
        return;
    DealActionDialog dialog(tr("Archive"),
                            tr("Archive %1? It leaves every list, view and report, and %2 is told. Nothing is deleted: "
                               "the Archived view keeps it with its history, and it can be restored.")
                                .arg(deal.number, deal.cam.isEmpty() ? tr("its CAM") : deal.cam),
                            this);
    dialog.setReasonField(tr("&Reason:"), true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status status = m_actions->archiveDeal(deal.id, dialog.reason()); !status) {
        showMessage(status.error().message, true);
        return;
    }
    Q_EMIT statusChanged(tr("%1 archived. The Archived view keeps it.").arg(deal.number));
}

void DealsScreen::resubmitCurrent()
{
    if (!commitEdits())
        return;
    const Deal deal = m_editor->deal();
    const Result<Deal> draft = m_actions->resubmitDeal(deal.id);
    if (!draft) {
        showMessage(draft.error().message, true);
        return;
    }
    selectDeal(draft->id);
    showMessage(tr("Draft %1 was created from %2: correct it and submit it.").arg(draft->number, deal.number), false);
}

void DealsScreen::unarchiveCurrent()
{
    const Deal deal = m_editor->deal();
    if (deal.id.isEmpty())
        return;
    if (const Status status = m_actions->unarchiveDeal(deal.id); !status) {
        showMessage(status.error().message, true);
        return;
    }
    Q_EMIT statusChanged(tr("%1 restored as %2.").arg(deal.number, dealStatusLabel(deal.status)));
}

void DealsScreen::showChain(const Deal& deal)
{
    // DR-03: the chain before sending (a preview of what sending builds) and while it is being approved.
    const bool pending = deal.status == QLatin1String("pending_approval");
    const bool review = deal.status == QLatin1String("under_review");
    if (deal.id.isEmpty() || deal.isDeleted() || !deal.isRegistration() || !(pending || review)) {
        m_chain->hide();
        return;
    }
    QList<ApprovalStage> chain = deal.approvalChain;
    if (review) {
        const Result<QList<ApprovalStage>> preview = m_actions->deals().previewChain(deal, QDate::currentDate());
        if (!preview) {
            m_chain->setText(tr("The approval chain cannot be worked out: %1").arg(preview.error().message.toHtmlEscaped()));
            m_chain->show();
            return;
        }
        chain = preview.value();
    } else {
        chain = ApprovalRouting::chainOf(deal);
    }
    const int current = pending ? ApprovalRouting::currentStage(chain) : -1;
    QStringList stages;
    QStringList rules;
    for (int i = 0; i < chain.size(); ++i) {
        QStringList names;
        for (const QString& approver : chain[i].approvers)
            names.append(chain[i].approved.contains(approver) ? tr("✓ %1").arg(approver.toHtmlEscaped())
                                                               : approver.toHtmlEscaped());
        //: Approvers of a parallel stage: all of them approve, in any order (DR-03)
        QString text = names.size() > 1 ? tr("%1 (all)").arg(names.join(QStringLiteral(" + "))) : names.value(0);
        const QString numbered = tr("%1. %2").arg(QLocale().toString(i + 1), text);
        stages.append(i == current ? QStringLiteral("<b>%1</b>").arg(numbered) : numbered); // who decides now
        rules.append(tr("%1. %2").arg(QLocale().toString(i + 1), chain[i].rule.isEmpty() ? tr("the CAM (no routing rule applies)")
                                                                                      : chain[i].rule));
    }
    const QString list = stages.join(QStringLiteral(" → "));
    m_chain->setText(review ? tr("Approval chain if sent now: %1").arg(list) : tr("Approval chain: %1").arg(list));
    m_chain->setToolTip(rules.join(QLatin1Char('\n')));
    m_chain->show();
}

void DealsScreen::onApprovalsWaiting(int count, int oldestHours)
{
    // DR-03 reminders, at the program's frequency (the scheduler decides when).
    if (count <= 0) {
        m_approvalsNotice->hide();
        return;
    }
    const QString age = oldestHours < 48 ? tr("%n hour(s)", nullptr, oldestHours) : tr("%n day(s)", nullptr, oldestHours / 24);
    m_approvalsNotice->setText(tr("%n registration(s) wait for your approval, the oldest for %1. "
                                  "<a href=\"#waiting\">Show them</a>",
                                  nullptr, count)
                                   .arg(age));
    m_approvalsNotice->show();
}

void DealsScreen::onArchivedForMe(int count, const QDateTime& latest)
{
    // DR-12: the owner is told when an administrator archives one of their deals.
    if (count <= 0) {
        m_archivedNotice->hide();
        return;
    }
    m_archivedLatest = latest;
    m_archivedNotice->setText(
        tr("An administrator archived %n of your deals. <a href=\"#archived\">Show the archive</a>", nullptr, count));
    m_archivedNotice->show();
}

void DealsScreen::newRegistration()
{
    if (m_editor->isDirty() && !m_editor->commit())
        return;
    m_revertingSelection = true;
    m_view->selectionModel()->clearCurrentIndex();
    m_view->clearSelection();
    m_revertingSelection = false;
    m_tabs->setCurrentWidget(m_editor);
    m_editor->startNew();
}

void DealsScreen::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("isError", error);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #8a1c12; background: #fbe9e7; border: 1px solid "
                                                    "#e6b0aa; border-radius: 4px; padding: 6px; }")
                                   : QStringLiteral("QLabel { color: #174ea6; background: #e8f0fe; border: 1px solid "
                                                    "#aecbfa; border-radius: 4px; padding: 6px; }"));
    m_message->show();
}

void DealsScreen::onExpired(int count)
{
    if (count <= 0) {
        m_schedulerNote.clear();
        return;
    }
    m_schedulerNote = tr("%n registration(s) expired: the protection period ended.", nullptr, count);
    reloadData();
    Q_EMIT dealsChanged();
    updateStatus();
}

void DealsScreen::onExpiringSoon(int count, int days)
{
    // DR-08: say so where the list is, with a way to see them.
    if (count <= 0) {
        m_expiringNotice->hide();
        return;
    }
    m_expiringNotice->setText(tr("%n approved registration(s) expire within %1 days. <a href=\"#expiring\">Show them</a>",
                                 nullptr, count)
                                  .arg(days));
    m_expiringNotice->show();
}

void DealsScreen::updateStatus()
{
    const bool filtered = !(m_model->query().filter == DealFilter {});
    const bool empty = !m_model->isLoading() && m_count == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    if (empty) {
        m_empty->setText(filtered ? tr("No deal matches the search, view and filters.")
                                  : tr("No deals yet. Use File → New Registration (%1) to register one.")
                                        .arg(m_newRegistration->shortcut().toString(QKeySequence::NativeText)));
    }
    QString text;
    if (m_model->isLoading() && m_count < 0) {
        text = tr("Loading deals…");
    } else {
        const int count = static_cast<int>(std::max<qint64>(0, m_count));
        text = filtered ? tr("%Ln deal(s) match", nullptr, count) : tr("%Ln deal(s)", nullptr, count);
    }
    if (!m_schedulerNote.isEmpty())
        text = tr("%1 — %2").arg(text, m_schedulerNote);
    Q_EMIT statusChanged(text);
}

} // namespace ChannelDesk
