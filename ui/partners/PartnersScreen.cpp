#include "PartnersScreen.h"

#include "common/UiSettings.h"
#include "partners/PartnerActions.h"
#include "partners/PartnerEditor.h"
#include "partners/PartnerFilterBar.h"
#include "partners/PartnerTableModel.h"
#include "storage/Database.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ChannelDesk {

PartnersScreen::PartnersScreen(Database& db, PartnerActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actions(actions)
    , m_filters(new PartnerFilterBar(this))
    , m_model(new PartnerTableModel(db.path(), this))
    , m_view(new QTableView(this))
    , m_editor(new PartnerEditor(actions, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("partnersScreen"));

    m_view->setObjectName(QStringLiteral("partnerTable"));
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
    header->setSortIndicator(PartnerTableModel::Name, Qt::AscendingOrder);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = { 22, 11, 7, 8, 5, 10, 8, 8, 11, 10 };
    for (int column = 0; column < PartnerTableModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column] * em);
    m_view->setSortingEnabled(true); // header clicks call model->sort(): ORDER BY in SQL, never a proxy

    const UiSettings settings;
    if (const QByteArray state = settings.bytes(UiSettings::Key::PartnerHeaderState); !state.isEmpty())
        header->restoreState(state);
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_empty, 1);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    if (const QByteArray state = settings.bytes(UiSettings::Key::PartnerSplitterState); !state.isEmpty())
        m_splitter->restoreState(state);
    else
        m_splitter->setSizes({ 640, 400 }); // the list gets most of the room
    m_editor->setVisible(settings.flag(UiSettings::Key::DetailPanelVisible));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);

    m_newAction = new QAction(tr("&New Partner"), this);
    m_newAction->setObjectName(QStringLiteral("newPartner"));
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &PartnersScreen::newPartner);
    m_deleteAction = new QAction(tr("&Delete Partner"), this);
    m_deleteAction->setObjectName(QStringLiteral("deletePartner"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, &PartnersScreen::deleteSelected);
    m_findAction = new QAction(tr("&Find Partner"), this);
    m_findAction->setObjectName(QStringLiteral("findPartner"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filters->searchBox()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchBox()->selectAll();
    });
    m_toggleDetails = new QAction(tr("Show &Details Panel"), this);
    m_toggleDetails->setCheckable(true);
    m_toggleDetails->setChecked(m_editor->isVisibleTo(this));
    m_toggleDetails->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_toggleDetails, &QAction::toggled, m_editor, &QWidget::setVisible);

    m_filters->reloadChoices(actions.partners());
    connect(m_filters, &PartnerFilterBar::changed, this, &PartnersScreen::applyFilters);
    // Return in the search box moves to the results.
    connect(m_filters->searchBox(), &QLineEdit::returnPressed, this, [this] {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PartnersScreen::onCurrentChanged);
    connect(m_model, &PartnerTableModel::countChanged, this, [this](qint64 count) {
        m_count = count;
        updateStatus();
        selectPending();
    });
    connect(m_model, &PartnerTableModel::loadingChanged, this, &PartnersScreen::updateStatus);
    // A new search or filter clears the selection; the panel follows unless it holds unsaved typing.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_editor->isDirty())
            m_editor->showPartner({});
    });
    connect(m_model, &PartnerTableModel::loadFailed, this, &PartnersScreen::errorOccurred);
    // A row whose data arrives after it became current: show it in the panel.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && m_editor->partnerId().isEmpty() && !m_editor->isDirty())
            m_editor->showPartner(m_model->idAt(current.row()));
    });
    connect(&actions, &PartnerActions::partnersChanged, this, &PartnersScreen::onPartnersChanged);
    connect(&actions, &PartnerActions::contactsChanged, m_editor, &PartnerEditor::reloadContacts);
    connect(m_editor, &PartnerEditor::created, this, [this](const QByteArray& id) {
        m_pendingSelection = m_actions.partners().localId(id);
    });
}

PartnersScreen::~PartnersScreen() = default;

void PartnersScreen::saveState() const
{
    UiSettings settings;
    settings.setValue(UiSettings::Key::PartnerHeaderState, m_view->horizontalHeader()->saveState());
    settings.setValue(UiSettings::Key::PartnerSplitterState, m_splitter->saveState());
    settings.setValue(UiSettings::Key::DetailPanelVisible, m_toggleDetails->isChecked());
}

void PartnersScreen::applyFilters()
{
    PartnerQuery query = m_model->query();
    m_filters->applyTo(query);
    m_model->setQuery(query);
}

void PartnersScreen::onCurrentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    if (m_revertingSelection)
        return;
    // Leaving a partner saves its edits; if they are invalid, stay on it so nothing typed is lost.
    if (m_editor->isDirty() && previous.isValid()) {
        if (!m_editor->commit()) {
            m_revertingSelection = true;
            m_view->selectionModel()->setCurrentIndex(previous, QItemSelectionModel::ClearAndSelect
                                                                     | QItemSelectionModel::Rows);
            m_revertingSelection = false;
            return;
        }
    }
    m_editor->showPartner(current.isValid() ? m_model->idAt(current.row()) : QByteArray());
}

void PartnersScreen::onPartnersChanged(const QList<QByteArray>& ids)
{
    m_model->refresh(ids);
    m_editor->reloadIfShowing(ids);
    m_filters->reloadChoices(m_actions.partners());
}

void PartnersScreen::reloadAll()
{
    m_model->refresh();
    if (const QByteArray id = m_editor->partnerId(); !id.isEmpty()) {
        m_editor->reloadIfShowing({ id });
        m_editor->reloadContacts(id);
    }
    m_filters->reloadChoices(m_actions.partners());
}

void PartnersScreen::selectPending()
{
    if (m_pendingSelection == 0)
        return;
    const int row = m_model->rowOfLocalId(m_pendingSelection);
    if (row < 0)
        return;
    m_pendingSelection = 0;
    const QModelIndex index = m_model->index(row, 0);
    m_revertingSelection = true; // the editor already shows this partner
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_revertingSelection = false;
    m_view->scrollTo(index);
}

void PartnersScreen::newPartner()
{
    if (m_editor->isDirty() && !m_editor->commit())
        return;
    m_toggleDetails->setChecked(true);
    m_revertingSelection = true;
    m_view->selectionModel()->clearCurrentIndex();
    m_view->clearSelection();
    m_revertingSelection = false;
    m_editor->startNew();
}

void PartnersScreen::deleteSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QByteArray id = m_model->idAt(current.row());
    if (id.isEmpty())
        return;
    // No "are you sure?": deleting is a tombstone and one Undo brings it back with its contacts.
    if (const Status status = m_actions.deletePartner(id); !status)
        Q_EMIT errorOccurred(status.error().message);
    else
        m_editor->showPartner({});
}

void PartnersScreen::updateStatus()
{
    const bool filtered = !m_model->query().isUnfiltered();
    const bool empty = !m_model->isLoading() && m_count == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    if (empty) {
        m_empty->setText(filtered ? tr("No partner matches the search and filters.")
                                  : tr("No partners yet. Use File → New Partner (%1) to add one, or File → Import Partners… "
                                       "(or drop a CSV file here) to bring in a list.")
                                        .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    }
    if (m_model->isLoading() && m_count < 0) {
        Q_EMIT statusChanged(tr("Loading partners…"));
        return;
    }
    const int count = static_cast<int>(std::max<qint64>(0, m_count));
    Q_EMIT statusChanged(filtered ? tr("%Ln partner(s) match", nullptr, count) : tr("%Ln partner(s)", nullptr, count));
}

} // namespace ChannelDesk
