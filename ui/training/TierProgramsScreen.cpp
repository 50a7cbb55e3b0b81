#include "TierProgramsScreen.h"

#include "CatalogFilterProxy.h"
#include "LevelDialog.h"
#include "LevelTableModel.h"
#include "MemberCountLoader.h"
#include "ProgramDialog.h"
#include "ProgramTableModel.h"
#include "csv/CsvTask.h"
#include "deals/DealSettings.h"
#include "mdf/MdfFormSupport.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "training/TierProgramRepository.h"
#include "training/TrainingCatalog.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace ChannelDesk {

namespace {

/// Live levels per program, one grouped query (levels are few; members are counted on a worker).
Result<QHash<QByteArray, int>> levelCounts(Database& db)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT program_id, count(*) FROM tier_level WHERE deleted_at IS NULL "
                                   "GROUP BY program_id"))) {
        return Error::storage(QCoreApplication::translate("ChannelDesk::TierProgramsScreen",
                                                          "The programs could not be read."),
                              query.lastError().text());
    }
    QHash<QByteArray, int> counts;
    while (query.next())
        counts.insert(query.value(0).toByteArray(), query.value(1).toInt());
    return counts;
}

} // namespace

TierProgramsScreen::TierProgramsScreen(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_counter(new MemberCountLoader(db.path(), this))
    , m_programs(new ProgramTableModel(this))
    , m_levels(new LevelTableModel(this))
    , m_programProxy(new CatalogFilterProxy(this))
    , m_levelProxy(new CatalogFilterProxy(this))
    , m_showInactive(new QCheckBox(tr("Show &inactive programs"), this))
    , m_programBar(new QToolBar(this))
    , m_levelBar(new QToolBar(this))
    , m_message(new QLabel(this))
    , m_programView(new QTableView(this))
    , m_programEmpty(new QLabel(this))
    , m_levelTitle(new QLabel(this))
    , m_levelView(new QTableView(this))
    , m_levelEmpty(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("tierProgramsScreen"));
    m_programProxy->setSourceModel(m_programs);
    m_levelProxy->setSourceModel(m_levels);
    m_programView->setObjectName(QStringLiteral("programTable"));
    m_levelView->setObjectName(QStringLiteral("levelTable"));
    m_programView->setModel(m_programProxy);
    m_levelView->setModel(m_levelProxy);
    setupView(m_programView, { 24, 8, 12, 8, 7, 8 });
    setupView(m_levelView, { 5, 12, 10, 14, 10, 16, 12, 9, 9, 9, 20 });
    m_programView->sortByColumn(ProgramTableModel::NameColumn, Qt::AscendingOrder);
    m_levelView->sortByColumn(LevelTableModel::RankColumn, Qt::AscendingOrder);

    m_showInactive->setObjectName(QStringLiteral("programShowInactive"));
    m_showInactive->setChecked(true);
    m_message->setObjectName(QStringLiteral("programMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    for (QLabel* empty : { m_programEmpty, m_levelEmpty }) {
        empty->setAlignment(Qt::AlignCenter);
        empty->setWordWrap(true);
        empty->setForegroundRole(QPalette::PlaceholderText);
        empty->hide();
    }
    m_programEmpty->setObjectName(QStringLiteral("programEmpty"));
    m_levelEmpty->setObjectName(QStringLiteral("levelEmpty"));
    m_levelTitle->setObjectName(QStringLiteral("levelTitle"));

    buildActions();

    m_splitter->addWidget(buildProgramPane());
    m_splitter->addWidget(buildLevelPane());
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    connect(m_showInactive, &QCheckBox::toggled, this, [this](bool show) {
        m_programProxy->setShowInactive(show);
        updateEmptyStates();
    });
    connect(m_programView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        reloadLevels();
        updateActions();
    });
    connect(m_levelView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TierProgramsScreen::updateActions);
    connect(m_programView, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            editProgram();
    });
    connect(m_levelView, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            editLevel();
    });
    connect(m_programView, &QTableView::customContextMenuRequested, this, [this](const QPoint& position) {
        const QModelIndex index = m_programView->indexAt(position);
        if (index.isValid())
            m_programView->setCurrentIndex(index);
        QMenu menu(this);
        if (index.isValid()) {
            menu.addAction(m_editProgram);
            menu.addAction(m_toggleProgram);
            menu.addAction(m_enrolAll);
            menu.addSeparator();
            menu.addAction(m_deleteProgram);
            menu.addSeparator();
            menu.addAction(m_newLevel);
        }
        menu.addAction(m_newProgram);
        menu.exec(m_programView->viewport()->mapToGlobal(position));
    });
    connect(m_levelView, &QTableView::customContextMenuRequested, this, [this](const QPoint& position) {
        const QModelIndex index = m_levelView->indexAt(position);
        if (index.isValid())
            m_levelView->setCurrentIndex(index);
        QMenu menu(this);
        if (index.isValid()) {
            menu.addAction(m_editLevel);
            menu.addAction(m_moveUp);
            menu.addAction(m_moveDown);
            menu.addSeparator();
            menu.addAction(m_deleteLevel);
            menu.addSeparator();
        }
        menu.addAction(m_newLevel);
        menu.exec(m_levelView->viewport()->mapToGlobal(position));
    });
    for (QAbstractItemModel* model : { static_cast<QAbstractItemModel*>(m_programProxy),
                                       static_cast<QAbstractItemModel*>(m_levelProxy) }) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &TierProgramsScreen::updateEmptyStates);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TierProgramsScreen::updateEmptyStates);
        connect(model, &QAbstractItemModel::modelReset, this, &TierProgramsScreen::updateEmptyStates);
    }

    connect(m_counter, &MemberCountLoader::loaded, this, [this](const QHash<QByteArray, int>& counts, quint64 generation) {
        if (generation != m_counter->generation())
            return; // a newer count is on its way
        m_programs->setMemberCounts(counts);
        updateActions();
        updateStatus();
    });
    connect(m_counter, &MemberCountLoader::failed, this, [this](const QString& message, quint64 generation) {
        if (generation != m_counter->generation())
            return;
        const QString text = tr("The program members could not be counted: %1").arg(message);
        showMessage(text, true);
        Q_EMIT errorOccurred(text);
    });

    reloadAll();
}

TierProgramsScreen::~TierProgramsScreen() = default;

void TierProgramsScreen::setupView(QTableView* view, const QList<int>& widths)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    QHeaderView* header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    const int em = view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int column = 0; column < widths.size(); ++column)
        header->resizeSection(column, widths[column] * em);
    view->setSortingEnabled(true);
}

QWidget* TierProgramsScreen::buildProgramPane()
{
    auto* pane = new QWidget(this);
    pane->setObjectName(QStringLiteral("programPane"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_programBar, 1);
    top->addWidget(m_showInactive);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_programView, 1);
    layout->addWidget(m_programEmpty, 1);
    return pane;
}

QWidget* TierProgramsScreen::buildLevelPane()
{
    auto* pane = new QWidget(this);
    pane->setObjectName(QStringLiteral("levelPane"));
    QFont title = m_levelTitle->font();
    title.setBold(true);
    m_levelTitle->setFont(title);
    auto* top = new QHBoxLayout;
    top->addWidget(m_levelTitle);
    top->addStretch();
    top->addWidget(m_levelBar);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_levelView, 1);
    layout->addWidget(m_levelEmpty, 1);
    return pane;
}

void TierProgramsScreen::buildActions()
{
    const auto make = [this](const char* name, const QString& text, const QString& tip,
                             void (TierProgramsScreen::*slot)()) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setToolTip(tip);
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newProgram = make("newProgram", tr("&New Program…"), tr("Create a partner program"),
                        &TierProgramsScreen::newProgram);
    m_newProgram->setShortcut(QKeySequence::New);
    m_editProgram = make("editProgram", tr("&Edit Program…"), tr("Edit the selected program (Return)"),
                         &TierProgramsScreen::editProgram);
    m_deleteProgram = make("deleteProgram", tr("&Delete Program"),
                           tr("Delete the selected program; one with members can only be deactivated"),
                           &TierProgramsScreen::deleteProgram);
    m_deleteProgram->setShortcut(QKeySequence::Delete);
    m_deleteProgram->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_programView->addAction(m_deleteProgram);
    m_toggleProgram = make("toggleProgramActive", tr("De&activate"), tr("Stop evaluating the selected program"),
                           &TierProgramsScreen::toggleProgramActive);
    m_enrolAll = make("enrolAllPartners", tr("Enrol &All Partners…"),
                      tr("Enrol every partner that is not yet a member of the selected program"),
                      &TierProgramsScreen::enrolAll);
    m_recompute = new QAction(tr("&Recompute Tiers Now"), this);
    m_recompute->setObjectName(QStringLiteral("recomputeTiers"));
    m_recompute->setToolTip(tr("Evaluate every member against the criteria now (it also runs at start, hourly and "
                               "after relevant changes)"));
    m_recompute->setStatusTip(m_recompute->toolTip());
    m_recompute->setShortcut(QKeySequence(QKeySequence::Refresh));
    connect(m_recompute, &QAction::triggered, this, [this] {
        showMessage(tr("Tier recompute requested. Proposals and reviews appear in the tier review queue when it is "
                       "done."),
                    false);
        Q_EMIT recomputeRequested();
    });
    m_reload = make("reloadPrograms", tr("Re&load"), tr("Read the programs and levels again"),
                    &TierProgramsScreen::reloadAll);

    m_newLevel = make("newLevel", tr("New &Level…"), tr("Add a level to the selected program"),
                      &TierProgramsScreen::newLevel);
    m_newLevel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_editLevel = make("editLevel", tr("Edit Le&vel…"), tr("Edit the selected level and its criteria (Return)"),
                       &TierProgramsScreen::editLevel);
    m_deleteLevel = make("deleteLevel", tr("Delete Lev&el"),
                         tr("Delete the selected level; refused while members are at it or pending for it"),
                         &TierProgramsScreen::deleteLevel);
    m_deleteLevel->setShortcut(QKeySequence::Delete);
    m_deleteLevel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_levelView->addAction(m_deleteLevel);
    m_moveUp = new QAction(tr("Move &Up"), this);
    m_moveUp->setObjectName(QStringLiteral("moveLevelUp"));
    m_moveUp->setToolTip(tr("Give the selected level the next higher rank (Ctrl+Up)"));
    m_moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_moveUp->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveLevel(+1); });
    m_moveDown = new QAction(tr("Move D&own"), this);
    m_moveDown->setObjectName(QStringLiteral("moveLevelDown"));
    m_moveDown->setToolTip(tr("Give the selected level the next lower rank (Ctrl+Down)"));
    m_moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_moveDown->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_moveDown, &QAction::triggered, this, [this] { moveLevel(-1); });
    m_levelView->addAction(m_moveUp);
    m_levelView->addAction(m_moveDown);

    m_programBar->setObjectName(QStringLiteral("programToolBar"));
    m_programBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_programBar->addAction(m_newProgram);
    m_programBar->addAction(m_editProgram);
    m_programBar->addAction(m_deleteProgram);
    m_programBar->addAction(m_toggleProgram);
    m_programBar->addSeparator();
    m_programBar->addAction(m_enrolAll);
    m_programBar->addAction(m_recompute);
    m_programBar->addSeparator();
    m_programBar->addAction(m_reload);

    m_levelBar->setObjectName(QStringLiteral("levelToolBar"));
    m_levelBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_levelBar->addAction(m_newLevel);
    m_levelBar->addAction(m_editLevel);
    m_levelBar->addAction(m_deleteLevel);
    m_levelBar->addSeparator();
    m_levelBar->addAction(m_moveUp);
    m_levelBar->addAction(m_moveDown);
}

void TierProgramsScreen::reloadAll()
{
    m_counter->load();
    const Result<QList<TierProgram>> programs = TierProgramRepository(m_db).programs(true);
    const Result<QHash<QByteArray, int>> levels = levelCounts(m_db);
    if (!programs || !levels) {
        const QString text =
            tr("The partner programs could not be read: %1").arg((!programs ? programs.error() : levels.error()).message);
        showMessage(text, true);
        Q_EMIT errorOccurred(text);
        return;
    }
    m_programs->setPrograms(programs.value(), levels.value());
    // A program is always selected when there is one: the lower half shows its levels.
    if (!m_programView->currentIndex().isValid() && m_programProxy->rowCount() > 0)
        m_programView->setCurrentIndex(m_programProxy->index(0, 0));
    reloadLevels();
    updateEmptyStates();
    updateActions();
    updateStatus();
}

void TierProgramsScreen::reloadLevels()
{
    const TierProgram* program = currentProgram();
    if (!program) {
        m_levels->setLevels({}, {}, {});
        m_levelTitle->setText(tr("Levels"));
        updateEmptyStates();
        return;
    }
    const Result<QList<TierLevel>> levels = TierProgramRepository(m_db).levels(program->id);
    if (!levels) {
        const QString text = tr("The levels of %1 could not be read: %2").arg(program->name, levels.error().message);
        showMessage(text, true);
        Q_EMIT errorOccurred(text);
        return;
    }
    m_levels->setLevels(program->id, levels.value(), program->currency);
    m_levelTitle->setText(tr("Levels of %1").arg(program->name));
    if (!m_levelView->currentIndex().isValid() && m_levelProxy->rowCount() > 0)
        m_levelView->setCurrentIndex(m_levelProxy->index(0, 0));
    updateEmptyStates();
}

const TierProgram* TierProgramsScreen::currentProgram() const
{
    const QModelIndex current = m_programView->currentIndex();
    return current.isValid() ? m_programs->programAt(m_programProxy->mapToSource(current).row()) : nullptr;
}

const TierLevel* TierProgramsScreen::currentLevel() const
{
    const QModelIndex current = m_levelView->currentIndex();
    return current.isValid() ? m_levels->levelAt(m_levelProxy->mapToSource(current).row()) : nullptr;
}

QByteArray TierProgramsScreen::currentProgramId() const
{
    const TierProgram* program = currentProgram();
    return program ? program->id : QByteArray();
}

QByteArray TierProgramsScreen::currentLevelId() const
{
    const TierLevel* level = currentLevel();
    return level ? level->id : QByteArray();
}

bool TierProgramsScreen::selectProgram(const QByteArray& id)
{
    const int row = m_programs->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_programProxy->mapFromSource(m_programs->index(row, 0));
    if (!index.isValid()) {
        m_showInactive->setChecked(true);
        index = m_programProxy->mapFromSource(m_programs->index(row, 0));
    }
    m_programView->selectionModel()->setCurrentIndex(index,
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_programView->scrollTo(index);
    return true;
}

bool TierProgramsScreen::selectLevel(const QByteArray& id)
{
    const int row = m_levels->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_levelProxy->mapFromSource(m_levels->index(row, 0));
    m_levelView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_levelView->scrollTo(index);
    return true;
}

bool TierProgramsScreen::isEnrolling() const
{
    return m_enrolTask && m_enrolTask->isRunning();
}

bool TierProgramsScreen::isBusy() const
{
    return isEnrolling() || !m_counter->isIdle();
}

QStringList TierProgramsScreen::tracks() const
{
    QStringList tracks;
    if (const Result<QStringList> catalogue = TrainingCatalog(m_db).tracks(); catalogue)
        tracks = catalogue.value();
    for (const TierLevel& level : m_levels->levels()) {
        for (const TrackRequirement& requirement : level.trackRequirements) {
            if (!requirement.track.isEmpty() && !tracks.contains(requirement.track, Qt::CaseInsensitive))
                tracks.append(requirement.track);
        }
    }
    tracks.sort(Qt::CaseInsensitive);
    return tracks;
}

void TierProgramsScreen::updateActions()
{
    const TierProgram* program = currentProgram();
    const TierLevel* level = currentLevel();
    const bool busy = isEnrolling();
    m_newProgram->setEnabled(!busy);
    m_editProgram->setEnabled(program && !busy);
    m_deleteProgram->setEnabled(program && !busy);
    m_toggleProgram->setEnabled(program && !busy);
    m_toggleProgram->setText(program && !program->active ? tr("&Activate") : tr("De&activate"));
    m_toggleProgram->setToolTip(program && !program->active
                                    ? tr("Evaluate the selected program's members again")
                                    : tr("Stop evaluating the selected program; members and history are kept"));
    m_enrolAll->setEnabled(program && program->active && !busy);
    m_recompute->setEnabled(!busy);
    m_newLevel->setEnabled(program && !busy);
    m_editLevel->setEnabled(level && !busy);
    m_deleteLevel->setEnabled(level && !busy);

    // Up means a higher rank: the neighbour above in rank order.
    bool hasHigher = false;
    bool hasLower = false;
    if (level) {
        for (const TierLevel& other : m_levels->levels()) {
            hasHigher = hasHigher || other.rank > level->rank;
            hasLower = hasLower || other.rank < level->rank;
        }
    }
    m_moveUp->setEnabled(hasHigher && !busy);
    m_moveDown->setEnabled(hasLower && !busy);
    if (program && m_programs->memberCountsKnown()) {
        const int members = m_programs->memberCount(program->id);
        m_deleteProgram->setToolTip(members > 0
                                        ? tr("%1 has %n member(s): deactivate it instead", nullptr, members)
                                              .arg(program->name)
                                        : tr("Delete the selected program"));
    }
}

void TierProgramsScreen::updateEmptyStates()
{
    const bool noPrograms = m_programProxy->rowCount() == 0;
    m_programView->setVisible(!noPrograms);
    m_programEmpty->setVisible(noPrograms);
    if (noPrograms)
        m_programEmpty->setText(m_programs->rowCount() == 0
                                    ? tr("No partner programs yet.\nUse New Program (%1) to create one, then add its "
                                         "levels — for example Registered, Silver, Gold, Platinum.")
                                          .arg(m_newProgram->shortcut().toString(QKeySequence::NativeText))
                                    : tr("Every program is inactive. Check Show inactive programs to list them."));
    const bool noLevels = m_levelProxy->rowCount() == 0;
    m_levelView->setVisible(!noLevels);
    m_levelEmpty->setVisible(noLevels);
    if (noLevels)
        m_levelEmpty->setText(currentProgram()
                                  ? tr("This program has no levels yet.\nUse New Level (%1) to add the entry level "
                                       "(rank 1), then the levels above it.")
                                        .arg(m_newLevel->shortcut().toString(QKeySequence::NativeText))
                                  : tr("Select a program to see its levels."));
}

void TierProgramsScreen::updateStatus()
{
    int members = 0;
    for (const TierProgram& program : m_programs->programs())
        members += m_programs->memberCount(program.id);
    if (!m_programs->memberCountsKnown()) {
        Q_EMIT statusChanged(tr("%n program(s)", nullptr, m_programs->rowCount()));
        return;
    }
    //: Status bar of the partner programs screen: "2 programs · 340 members"
    Q_EMIT statusChanged(tr("%1 · %2").arg(tr("%n program(s)", nullptr, m_programs->rowCount()),
                                           tr("%n member(s)", nullptr, members)));
}

void TierProgramsScreen::showMessage(const QString& text, bool error)
{
    MdfForm::showMessage(m_message, text, error ? MdfForm::Tone::Error : MdfForm::Tone::Info);
}

void TierProgramsScreen::changed()
{
    reloadAll();
    Q_EMIT trainingChanged();
}

void TierProgramsScreen::newProgram()
{
    ProgramDialog dialog(m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TierProgram program = dialog.program();
    changed();
    selectProgram(program.id);
    showMessage(tr("Program %1 created. Add its levels with New Level, then enrol partners.").arg(program.name), false);
}

void TierProgramsScreen::editProgram()
{
    const TierProgram* program = currentProgram();
    if (!program)
        return;
    int revenueLevels = 0;
    if (const Result<QList<TierLevel>> levels = TierProgramRepository(m_db).levels(program->id); levels) {
        revenueLevels = int(std::count_if(levels->cbegin(), levels->cend(),
                                          [](const TierLevel& level) { return level.minRevenueMinor.has_value(); }));
    }
    ProgramDialog dialog(m_db, this);
    dialog.setProgram(*program, revenueLevels);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TierProgram saved = dialog.program();
    changed();
    selectProgram(saved.id);
    showMessage(tr("Program %1 saved.").arg(saved.name), false);
}

void TierProgramsScreen::deleteProgram()
{
    const TierProgram* current = currentProgram();
    if (!current)
        return;
    const TierProgram program = *current;
    if (const int members = m_programs->memberCount(program.id); members > 0) {
        showMessage(tr("%1 cannot be deleted while partners are members of it (%n member(s)). Deactivate it instead: "
                       "members and their tier history are kept.",
                       nullptr, members)
                        .arg(program.name),
                    true);
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Delete Program"),
                    tr("Delete the program %1 and its levels?").arg(program.name), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmDelete"));
    box.setInformativeText(tr("It has no members. It is removed for every CAM once synchronised."));
    QPushButton* remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (const Status removed = TierProgramRepository(m_db).removeProgram(program.id); !removed) {
        showMessage(tr("%1 was not deleted: %2").arg(program.name, removed.error().message), true);
        return;
    }
    changed();
    showMessage(tr("Program %1 deleted.").arg(program.name), false);
}

void TierProgramsScreen::toggleProgramActive()
{
    const TierProgram* current = currentProgram();
    if (!current)
        return;
    TierProgram program = *current;
    program.active = !program.active;
    if (const Result<bool> saved = TierProgramRepository(m_db).updateProgram(program); !saved) {
        showMessage(tr("%1 was not changed: %2").arg(program.name, saved.error().message), true);
        return;
    }
    changed();
    selectProgram(program.id);
    showMessage(program.active ? tr("%1 is active again: its members are evaluated at the next recompute.")
                                     .arg(program.name)
                               : tr("%1 deactivated: its members are no longer evaluated; memberships and history "
                                    "are kept.")
                                     .arg(program.name),
                false);
}

void TierProgramsScreen::enrolAll()
{
    const TierProgram* current = currentProgram();
    if (!current || isEnrolling())
        return;
    const TierProgram program = *current;
    QMessageBox box(QMessageBox::Question, tr("Enrol All Partners"),
                    tr("Enrol every partner that is not yet a member of %1?").arg(program.name), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("confirmEnrol"));
    box.setInformativeText(tr("Each partner starts at the level matching its current tier, or unplaced until the "
                              "next recompute. Partners already enrolled are left as they are."));
    QPushButton* enrol = box.addButton(tr("&Enrol"), QMessageBox::AcceptRole);
    enrol->setObjectName(QStringLiteral("confirmEnrolButton"));
    box.setDefaultButton(enrol);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != enrol)
        return;

    TrainingAction action;
    action.actor = DealSettings(m_db).me();
    action.reason = tr("Enrolled with every partner");
    auto joined = std::make_shared<int>(0);
    const QByteArray programId = program.id;
    // A worker with its own (bulk) connection: enrolling thousands of partners never freezes the window.
    m_enrolTask = std::make_unique<CsvTask>(
        m_db.path(), Database::Role::Bulk,
        [programId, action, joined](Database& connection, const std::atomic_bool&, const CsvTask::Report&) {
            const Result<int> result = TierProgramRepository(connection).joinAll(programId, action);
            if (!result)
                return Status(result.error());
            *joined = result.value();
            return Status();
        });
    m_enrolProgress = new QProgressDialog(this);
    m_enrolProgress->setObjectName(QStringLiteral("enrolProgress"));
    m_enrolProgress->setWindowTitle(tr("Enrol All Partners"));
    m_enrolProgress->setLabelText(tr("Enrolling partners in %1…").arg(program.name));
    // joinAll cannot stop halfway (each batch is committed), so there is nothing to cancel.
    m_enrolProgress->setCancelButton(nullptr);
    m_enrolProgress->setRange(0, 0);
    m_enrolProgress->setMinimumDuration(0);
    m_enrolProgress->setWindowModality(Qt::WindowModal);
    m_enrolProgress->setAutoClose(false);
    m_enrolProgress->setAutoReset(false);
    connect(m_enrolTask.get(), &CsvTask::finished, this, [this, joined, program](const Status& status) {
        if (m_enrolProgress) {
            m_enrolProgress->close();
            m_enrolProgress->deleteLater();
            m_enrolProgress = nullptr;
        }
        int count = 0;
        if (status) {
            count = *joined;
            showMessage(count > 0 ? tr("%n partner(s) joined %1. Recompute tiers to place them.", nullptr, count)
                                        .arg(program.name)
                                  : tr("Every partner is already a member of %1.").arg(program.name),
                        false);
        } else {
            const QString text = tr("Enrolling partners in %1 failed: %2").arg(program.name, status.error().message);
            showMessage(text, true);
            Q_EMIT errorOccurred(text);
        }
        // Batches committed before a failure stay: read again either way.
        reloadAll();
        if (status && count > 0)
            Q_EMIT trainingChanged();
        Q_EMIT enrolFinished(count);
    });
    m_enrolTask->start();
    m_enrolProgress->show();
    updateActions();
}

void TierProgramsScreen::newLevel()
{
    const TierProgram* current = currentProgram();
    if (!current)
        return;
    const TierProgram program = *current;
    LevelDialog dialog(m_db, program, m_levels->levels(), tracks(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TierLevel level = dialog.level();
    changed();
    selectLevel(level.id);
    showMessage(tr("Level %1 (rank %2) added to %3.").arg(level.name).arg(level.rank).arg(program.name), false);
}

void TierProgramsScreen::editLevel()
{
    const TierProgram* program = currentProgram();
    const TierLevel* level = currentLevel();
    if (!program || !level)
        return;
    QList<TierLevel> others;
    for (const TierLevel& other : m_levels->levels()) {
        if (other.id != level->id)
            others.append(other);
    }
    LevelDialog dialog(m_db, *program, others, tracks(), this);
    dialog.setLevel(*level);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TierLevel saved = dialog.level();
    changed();
    selectLevel(saved.id);
    showMessage(tr("Level %1 saved.").arg(saved.name), false);
}

void TierProgramsScreen::deleteLevel()
{
    const TierLevel* current = currentLevel();
    if (!current)
        return;
    const TierLevel level = *current;
    QMessageBox box(QMessageBox::Question, tr("Delete Level"), tr("Delete the level %1?").arg(level.name),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmDelete"));
    box.setInformativeText(tr("A level that members are at, or are proposed for, cannot be deleted."));
    QPushButton* remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (const Status removed = TierProgramRepository(m_db).removeLevel(level.id); !removed) {
        showMessage(tr("Level %1 was not deleted: %2").arg(level.name, removed.error().message), true);
        return;
    }
    changed();
    showMessage(tr("Level %1 deleted.").arg(level.name), false);
}

void TierProgramsScreen::moveLevel(int direction)
{
    const TierLevel* current = currentLevel();
    if (!current)
        return;
    QList<TierLevel> levels = m_levels->levels();
    std::sort(levels.begin(), levels.end(), [](const TierLevel& a, const TierLevel& b) { return a.rank < b.rank; });
    const auto at = std::find_if(levels.begin(), levels.end(),
                                 [id = current->id](const TierLevel& level) { return level.id == id; });
    if (at == levels.end())
        return;
    const auto neighbour = direction > 0 ? at + 1 : at - 1;
    if (neighbour < levels.begin() || neighbour >= levels.end())
        return;

    TierLevel moved = *at;
    TierLevel other = *neighbour;
    const int movedRank = moved.rank;
    const int otherRank = other.rank;
    // Ranks are unique in a program, so the swap passes through a free rank, all in one transaction: either both
    // levels have their new rank or nothing changed.
    TierProgramRepository repository(m_db);
    Transaction transaction(m_db);
    Status status = transaction.begun();
    if (status) {
        moved.rank = levels.last().rank + 1;
        if (const Result<bool> step = repository.updateLevel(moved); !step)
            status = step.error();
    }
    if (status) {
        other.rank = movedRank;
        if (const Result<bool> step = repository.updateLevel(other); !step)
            status = step.error();
    }
    if (status) {
        moved.rank = otherRank;
        if (const Result<bool> step = repository.updateLevel(moved); !step)
            status = step.error();
    }
    if (status)
        status = transaction.commit();
    if (!status) {
        transaction.rollback();
        showMessage(tr("The ranks were not changed: %1").arg(status.error().message), true);
        return;
    }
    changed();
    selectLevel(moved.id);
    showMessage(tr("%1 now has rank %2, %3 rank %4.")
                    .arg(moved.name)
                    .arg(moved.rank)
                    .arg(other.name)
                    .arg(other.rank),
                false);
}

} // namespace ChannelDesk
