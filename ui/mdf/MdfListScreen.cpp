#include "MdfListScreen.h"

#include "mdf/MdfActions.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ChannelDesk {

MdfListScreen::MdfListScreen(Database& db, MdfActions& actions, MdfFilterBar::List list, MdfListSpec spec,
                             int queueSort, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actions(actions)
    , m_queueSort(queueSort)
    , m_filters(new MdfFilterBar(list, this))
    , m_model(new MdfListModel(std::move(spec), db.path(), this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, so 300,000 of them cost nothing (qt-style.md §5).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSortIndicatorShown(true);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int column = 0; column < m_model->columnCount(); ++column)
        header->resizeSection(column, m_model->spec().columns.at(column).widthEm * em);
    // Most recently changed first until a header is clicked (no column shows "updated", so no indicator).
    header->setSortIndicator(-1, Qt::DescendingOrder);
    m_view->setSortingEnabled(true); // header clicks call model->sort(): ORDER BY in SQL, never a proxy
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (column >= 0 && !m_model->sortForColumn(column))
            syncSortIndicator(); // no index gives that order: put the indicator back where the list is sorted
    });

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    m_new->setObjectName(QStringLiteral("newRecord"));
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_export->setToolTip(tr("Save the rows the list shows, in its order, as a CSV file"));
    connect(m_new, &QPushButton::clicked, this, [this] { startNewInPanel(); });
    connect(m_export, &QPushButton::clicked, this, &MdfListScreen::exportCsv);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_new);
    buttons->addStretch();
    buttons->addWidget(m_export);

    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(buttons);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_empty, 1);
    m_splitter->addWidget(listPane);
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);
}

MdfListScreen::~MdfListScreen() = default;

void MdfListScreen::initialise(QWidget* panel)
{
    m_splitter->addWidget(panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({ 680, 460 });

    connect(m_filters, &MdfFilterBar::changed, this, &MdfListScreen::onFiltersChanged);
    connect(m_filters, &MdfFilterBar::chipRemoved, this, &MdfListScreen::applyFilters);
    connect(m_filters->searchBox(), &QLineEdit::returnPressed, this, [this] {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MdfListScreen::onCurrentChanged);
    connect(m_model, &MdfListModel::countChanged, this, [this](qint64 count) {
        m_count = count;
        updateStatus();
        selectPending();
    });
    connect(m_model, &MdfListModel::loadingChanged, this, &MdfListScreen::updateStatus);
    connect(m_model, &MdfListModel::loadFailed, this, &MdfListScreen::errorOccurred);
    // A new filter or sort resets the list: keep the shown record selected when the new list has it.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_pendingSelection == 0)
            m_pendingSelection = localIdOf(panelId());
    });
    // A row whose data arrives after it became current: show it in the panel.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && panelId().isEmpty() && !m_model->idAt(current.row()).isEmpty())
            showInPanel(m_model->idAt(current.row()));
    });
    connect(&m_actions, &MdfActions::mdfChanged, this, [this](const QString& entity, const QList<QByteArray>& ids) {
        QList<QByteArray> refresh;
        if (affects(entity, ids, refresh))
            scheduleRefresh(refresh);
    });
    connect(&m_actions, &MdfActions::failed, this, &MdfListScreen::errorOccurred);

    reloadSettings();
    applyFilters();
}

QString MdfListScreen::me() const
{
    return m_actions.settings().me();
}

void MdfListScreen::reloadSettings()
{
    const Result<MdfProgram> program = m_actions.settings().program();
    const MdfProgram p = program ? program.value() : MdfProgram {};
    m_model->setSlaHours(p.slaHours);
    m_model->setDeadlineWarningDays(p.deadlineWarningDays);
    m_filters->setDeadlineWindowDays(p.deadlineWarningDays);
    QList<QPair<QByteArray, QString>> budgets;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id, name FROM mdf_budget WHERE deleted_at IS NULL ORDER BY name, local_id"))) {
        while (query.next())
            budgets.append({ query.value(0).toByteArray(), query.value(1).toString() });
    }
    m_filters->setBudgets(budgets);
}

void MdfListScreen::onFiltersChanged()
{
    const MdfFilterBar::View view = m_filters->view();
    if (view == MdfFilterBar::View::WaitingForMe && m_lastView != view) {
        // The approvals queue: oldest submission first, so whatever is past the SLA is on top.
        m_lastView = view;
        MdfListQuery query = m_model->query();
        query.filter = composeFilter();
        query.sort = m_queueSort;
        query.descending = false;
        m_model->setQuery(query);
        syncSortIndicator();
        return;
    }
    m_lastView = view;
    applyFilters();
}

void MdfListScreen::applyFilters()
{
    m_model->setFilter(composeFilter());
}

void MdfListScreen::syncSortIndicator()
{
    QHeaderView* header = m_view->horizontalHeader();
    const QSignalBlocker blocker(header);
    header->setSortIndicator(m_model->columnForSort(m_model->query().sort),
                             m_model->query().descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void MdfListScreen::reloadAll()
{
    reloadSettings();
    applyFilters();
    m_model->refresh();
    reloadPanel();
}

void MdfListScreen::scheduleRefresh(const QList<QByteArray>& ids)
{
    if (ids.isEmpty())
        m_refreshAll = true;
    for (const QByteArray& id : ids) {
        if (!m_changedIds.contains(id))
            m_changedIds.append(id);
    }
    if (m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    // An action emits mdfChanged and the panel its own signal for the same change: one refresh for both.
    QTimer::singleShot(0, this, [this] {
        m_refreshScheduled = false;
        const QList<QByteArray> changed = m_refreshAll ? QList<QByteArray>() : m_changedIds;
        m_refreshAll = false;
        m_changedIds.clear();
        m_model->refresh(changed);
    });
}

void MdfListScreen::onPanelChanged(const QByteArray& id)
{
    if (id.isEmpty())
        return;
    scheduleRefresh({ id });
    // A record just created (or one the list did not have selected) becomes the selected row once listed.
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || m_model->idAt(current.row()) != id) {
        m_pendingSelection = localIdOf(id);
        selectPending();
    }
}

qint64 MdfListScreen::localIdOf(const QByteArray& id) const
{
    if (id.isEmpty())
        return 0;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1.local_id FROM %2 WHERE %1.id = ?").arg(m_model->spec().alias,
                                                                                     m_model->spec().table));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

void MdfListScreen::selectRecord(const QByteArray& id)
{
    if (id.isEmpty())
        return;
    if (panelId() != id && !commitPanel())
        return;
    showInPanel(id);
    m_pendingSelection = localIdOf(id);
    selectPending();
}

void MdfListScreen::selectPending()
{
    if (m_pendingSelection == 0 || m_model->isLoading())
        return;
    const int row = m_model->rowOfLocalId(m_pendingSelection);
    m_pendingSelection = 0;
    m_revertingSelection = true; // the panel already shows this record
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

void MdfListScreen::clearSelectionQuietly()
{
    m_pendingSelection = 0;
    m_revertingSelection = true;
    m_view->selectionModel()->clearCurrentIndex();
    m_view->clearSelection();
    m_revertingSelection = false;
}

void MdfListScreen::onCurrentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    if (m_revertingSelection)
        return;
    const QByteArray id = current.isValid() ? m_model->idAt(current.row()) : QByteArray();
    if (!id.isEmpty() && id == panelId())
        return; // the refreshed row of the record already shown
    // Leaving a record saves its edits; if they are invalid, stay on it so nothing typed is lost.
    if (!commitPanel()) {
        if (previous.isValid()) {
            m_revertingSelection = true;
            m_view->selectionModel()->setCurrentIndex(previous,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_revertingSelection = false;
        }
        return;
    }
    if (current.isValid())
        showInPanel(id); // empty while the row loads: dataChanged shows it when it arrives
}

void MdfListScreen::updateStatus()
{
    const bool filtered = m_filters->hasFilters() || m_filters->view() != MdfFilterBar::View::All;
    const bool empty = !m_model->isLoading() && m_count == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    if (empty)
        m_empty->setText(emptyText(filtered));
    if (m_model->isLoading() && m_count < 0) {
        Q_EMIT statusChanged(tr("Loading…"));
        return;
    }
    Q_EMIT statusChanged(countText(static_cast<int>(std::clamp<qint64>(m_count, 0, INT_MAX)), filtered));
}

void MdfListScreen::exportCsv()
{
    auto* dialog = new MdfExportDialog(m_db, exportWhat(), std::max<qint64>(0, m_count), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MdfExportDialog::exported, this, [this](const QString& path, qint64 rows) {
        Q_EMIT statusChanged(tr("Exported %Ln row(s) to %1", nullptr, static_cast<int>(std::min<qint64>(rows, INT_MAX)))
                                 .arg(path));
    });
    dialog->open();
}

} // namespace ChannelDesk
