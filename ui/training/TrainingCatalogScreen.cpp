#include "TrainingCatalogScreen.h"

#include "CatalogFilterProxy.h"
#include "CourseDialog.h"
#include "CourseTableModel.h"
#include "DefinitionDialog.h"
#include "DefinitionTableModel.h"
#include "mdf/MdfFormSupport.h"
#include "storage/Database.h"
#include "training/TrainingCatalog.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace ChannelDesk {

TrainingCatalogScreen::TrainingCatalogScreen(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_courses(new CourseTableModel(this))
    , m_definitions(new DefinitionTableModel(this))
    , m_courseProxy(new CatalogFilterProxy(this))
    , m_definitionProxy(new CatalogFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_showInactive(new QCheckBox(tr("Show &inactive"), this))
    , m_toolBar(new QToolBar(this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_courseView(new QTableView(this))
    , m_definitionView(new QTableView(this))
    , m_courseEmpty(new QLabel(this))
    , m_definitionEmpty(new QLabel(this))
{
    setObjectName(QStringLiteral("trainingCatalogScreen"));
    m_courseProxy->setSourceModel(m_courses);
    m_definitionProxy->setSourceModel(m_definitions);

    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_search->setPlaceholderText(tr("Search courses and certifications by code, name, track or prerequisite"));
    m_search->setClearButtonEnabled(true);
    m_showInactive->setObjectName(QStringLiteral("catalogShowInactive"));
    m_showInactive->setChecked(true);
    m_showInactive->setToolTip(tr("Also list courses and certifications that are no longer offered"));

    m_courseView->setObjectName(QStringLiteral("courseTable"));
    m_definitionView->setObjectName(QStringLiteral("definitionTable"));
    setupView(m_courseView, m_courseProxy, { 9, 22, 12, 8, 16, 9, 8 });
    setupView(m_definitionView, m_definitionProxy, { 8, 24, 12, 10, 11, 11, 14, 8 });

    m_message->setObjectName(QStringLiteral("catalogMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_tabs->setObjectName(QStringLiteral("catalogTabs"));
    m_tabs->addTab(buildPage(m_courseView, m_courseEmpty, "coursesPage"), tr("&Courses"));
    m_tabs->addTab(buildPage(m_definitionView, m_definitionEmpty, "definitionsPage"), tr("Cer&tifications"));
    m_tabs->setTabToolTip(0, tr("Courses partners' people take; they can be prerequisites of other courses and of "
                                "certifications"));
    m_tabs->setTabToolTip(1, tr("What each certification is, how long it lasts and when recertification opens"));

    buildActions();

    auto* filterBar = new QWidget(this);
    filterBar->setObjectName(QStringLiteral("catalogFilterBar"));
    auto* filterLayout = new QHBoxLayout(filterBar);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->addWidget(m_search, 1);
    filterLayout->addWidget(m_showInactive);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(filterBar);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_courseProxy->setSearch(text);
        m_definitionProxy->setSearch(text);
        updateEmptyStates();
        updateActions();
    });
    // Return in the search box moves to the results, on the first match.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        QTableView* view = currentView();
        view->setFocus();
        if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
            view->setCurrentIndex(view->model()->index(0, 0));
    });
    connect(m_showInactive, &QCheckBox::toggled, this, [this](bool show) {
        m_courseProxy->setShowInactive(show);
        m_definitionProxy->setShowInactive(show);
        updateEmptyStates();
        updateActions();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &TrainingCatalogScreen::updateActions);
    for (QTableView* view : { m_courseView, m_definitionView }) {
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &TrainingCatalogScreen::updateActions);
        // Return and double-click open the record.
        connect(view, &QTableView::activated, this, [this](const QModelIndex& index) {
            if (index.isValid())
                editCurrent();
        });
        connect(view, &QTableView::customContextMenuRequested, this,
                [this, view](const QPoint& position) { showContextMenu(view, position); });
    }
    for (QAbstractItemModel* model : { static_cast<QAbstractItemModel*>(m_courseProxy),
                                       static_cast<QAbstractItemModel*>(m_definitionProxy) }) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &TrainingCatalogScreen::updateEmptyStates);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TrainingCatalogScreen::updateEmptyStates);
        connect(model, &QAbstractItemModel::modelReset, this, &TrainingCatalogScreen::updateEmptyStates);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TrainingCatalogScreen::updateEmptyStates);
    }

    reloadAll();
}

TrainingCatalogScreen::~TrainingCatalogScreen() = default;

QWidget* TrainingCatalogScreen::buildPage(QTableView* view, QLabel* empty, const char* name)
{
    auto* page = new QWidget(this);
    page->setObjectName(QLatin1String(name));
    empty->setObjectName(QLatin1String(name) + QStringLiteral("Empty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    empty->hide();
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view, 1);
    layout->addWidget(empty, 1);
    return page;
}

void TrainingCatalogScreen::setupView(QTableView* view, CatalogFilterProxy* proxy, const QList<int>& widths)
{
    view->setModel(proxy);
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
    view->sortByColumn(0, Qt::AscendingOrder); // by code until a header is clicked
}

void TrainingCatalogScreen::buildActions()
{
    m_toolBar->setObjectName(QStringLiteral("catalogToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto make = [this](const char* name, void (TrainingCatalogScreen::*slot)()) {
        auto* action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_new = make("newCatalogRecord", &TrainingCatalogScreen::newRecord);
    m_new->setShortcut(QKeySequence::New);
    m_edit = make("editCatalogRecord", &TrainingCatalogScreen::editCurrent);
    m_delete = make("deleteCatalogRecord", &TrainingCatalogScreen::deleteCurrent);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_courseView->addAction(m_delete);
    m_definitionView->addAction(m_delete);
    m_toggleActive = make("toggleCatalogActive", &TrainingCatalogScreen::toggleActive);
    m_reload = make("reloadCatalog", &TrainingCatalogScreen::reloadAll);
    m_reload->setText(tr("Re&load"));
    m_reload->setToolTip(tr("Read the catalogue again"));
    m_find = new QAction(tr("&Find"), this);
    m_find->setObjectName(QStringLiteral("findInCatalog"));
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(m_find);

    m_toolBar->addAction(m_new);
    m_toolBar->addAction(m_edit);
    m_toolBar->addAction(m_delete);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_toggleActive);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_reload);
}

TrainingCatalogScreen::Page TrainingCatalogScreen::currentPage() const
{
    return m_tabs->currentIndex() == 1 ? Page::Definitions : Page::Courses;
}

void TrainingCatalogScreen::showPage(Page page)
{
    m_tabs->setCurrentIndex(page == Page::Definitions ? 1 : 0);
}

QTableView* TrainingCatalogScreen::currentView() const
{
    return currentPage() == Page::Definitions ? m_definitionView : m_courseView;
}

CatalogFilterProxy* TrainingCatalogScreen::currentProxy() const
{
    return currentPage() == Page::Definitions ? m_definitionProxy : m_courseProxy;
}

QByteArray TrainingCatalogScreen::currentId() const
{
    const QModelIndex index = currentView()->currentIndex();
    return index.isValid() ? index.data(Roles::IdRole).toByteArray() : QByteArray();
}

QStringList TrainingCatalogScreen::tracks() const
{
    QStringList tracks;
    const auto add = [&tracks](const QString& track) {
        if (!track.isEmpty() && !tracks.contains(track, Qt::CaseInsensitive))
            tracks.append(track);
    };
    for (const Course& course : m_courses->courses())
        add(course.track);
    for (const CertDefinition& definition : m_definitions->definitions())
        add(definition.track);
    tracks.sort(Qt::CaseInsensitive);
    return tracks;
}

bool TrainingCatalogScreen::selectRecord(const QByteArray& id)
{
    const auto select = [this, &id](Page page, CatalogRecordModel* model, CatalogFilterProxy* proxy,
                                    QTableView* view) {
        const int row = model->rowOf(id);
        if (row < 0)
            return false;
        showPage(page);
        QModelIndex index = proxy->mapFromSource(model->index(row, 0));
        if (!index.isValid()) {
            // Hidden by the search or the inactive filter: show everything so the record can be seen.
            m_search->clear();
            m_showInactive->setChecked(true);
            index = proxy->mapFromSource(model->index(row, 0));
        }
        view->selectionModel()->setCurrentIndex(index,
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->scrollTo(index);
        return true;
    };
    return select(Page::Courses, m_courses, m_courseProxy, m_courseView)
        || select(Page::Definitions, m_definitions, m_definitionProxy, m_definitionView);
}

void TrainingCatalogScreen::reloadAll()
{
    TrainingCatalog catalog(m_db);
    const Result<QList<Course>> courses = catalog.courses(true);
    if (!courses) {
        const QString text = tr("The courses could not be read: %1").arg(courses.error().message);
        showMessage(text, true);
        Q_EMIT errorOccurred(text);
        return;
    }
    const Result<QList<CertDefinition>> definitions = catalog.definitions(true);
    if (!definitions) {
        const QString text = tr("The certification definitions could not be read: %1").arg(definitions.error().message);
        showMessage(text, true);
        Q_EMIT errorOccurred(text);
        return;
    }
    m_courses->setCatalog(courses.value(), definitions.value());
    m_definitions->setCatalog(definitions.value(), courses.value());
    m_loaded = true;
    updateEmptyStates();
    updateActions();
    updateStatus();
}

void TrainingCatalogScreen::updateActions()
{
    const bool definitions = currentPage() == Page::Definitions;
    const QModelIndex current = currentView()->currentIndex();
    const bool has = current.isValid();
    const QString newShortcut = m_new->shortcut().toString(QKeySequence::NativeText);
    m_new->setText(definitions ? tr("&New Certification…") : tr("&New Course…"));
    m_new->setToolTip(definitions ? tr("Define a new certification (%1)").arg(newShortcut)
                                  : tr("Add a course to the catalogue (%1)").arg(newShortcut));
    m_edit->setText(definitions ? tr("&Edit Certification…") : tr("&Edit Course…"));
    m_edit->setToolTip(tr("Edit the selected record (Return or double-click)"));
    m_delete->setText(definitions ? tr("&Delete Certification") : tr("&Delete Course"));
    m_edit->setEnabled(has);
    m_delete->setEnabled(has);
    m_toggleActive->setEnabled(has);

    bool active = true;
    if (has) {
        const int row = currentProxy()->mapToSource(current).row();
        active = definitions ? m_definitions->isActive(row) : m_courses->isActive(row);
        if (!definitions) {
            const QStringList requiredBy = m_courses->requiredBy(m_courses->idAt(row));
            m_delete->setToolTip(requiredBy.isEmpty()
                                     ? tr("Delete the selected course")
                                     : tr("Required by %1: remove it from their prerequisites first, or deactivate "
                                          "it")
                                           .arg(requiredBy.join(QStringLiteral(", "))));
        } else {
            m_delete->setToolTip(tr("Delete the selected certification; one people hold can only be deactivated"));
        }
    } else {
        m_delete->setToolTip(tr("Delete the selected record"));
    }
    m_toggleActive->setText(active ? tr("De&activate") : tr("&Activate"));
    m_toggleActive->setToolTip(active ? tr("Stop offering the selected record; it stays for history")
                                      : tr("Offer the selected record again"));
}

void TrainingCatalogScreen::updateEmptyStates()
{
    const auto update = [this](QTableView* view, QLabel* empty, CatalogFilterProxy* proxy, int total, bool courses) {
        const bool none = proxy->rowCount() == 0;
        view->setVisible(!none);
        empty->setVisible(none);
        if (!none)
            return;
        const QString shortcut = m_new->shortcut().toString(QKeySequence::NativeText);
        if (total == 0)
            empty->setText(courses ? tr("No courses yet.\nUse New Course (%1) to add the first one; certifications "
                                        "and other courses can then require it.")
                                         .arg(shortcut)
                                   : tr("No certifications defined yet.\nUse New Certification (%1) to define one: "
                                        "how long it is valid, when to remind and when recertification opens.")
                                         .arg(shortcut));
        else if (!proxy->search().isEmpty())
            empty->setText(courses ? tr("No course matches “%1”.").arg(proxy->search())
                                   : tr("No certification matches “%1”.").arg(proxy->search()));
        else
            empty->setText(courses ? tr("Every course is inactive. Check Show inactive to list them.")
                                   : tr("Every certification is inactive. Check Show inactive to list them."));
    };
    update(m_courseView, m_courseEmpty, m_courseProxy, m_courses->rowCount(), true);
    update(m_definitionView, m_definitionEmpty, m_definitionProxy, m_definitions->rowCount(), false);

    const auto label = [](const QString& base, int shown, int total, bool filtering) {
        return filtering && shown != total ? tr("%1 (%2 of %3)").arg(base).arg(shown).arg(total)
                                           : tr("%1 (%2)").arg(base).arg(total);
    };
    m_tabs->setTabText(0, label(tr("&Courses"), m_courseProxy->rowCount(), m_courses->rowCount(),
                                m_courseProxy->isFiltering()));
    m_tabs->setTabText(1, label(tr("Cer&tifications"), m_definitionProxy->rowCount(), m_definitions->rowCount(),
                                m_definitionProxy->isFiltering()));
}

void TrainingCatalogScreen::updateStatus()
{
    //: Status bar of the training catalogue: "12 courses · 4 certifications"
    Q_EMIT statusChanged(tr("%1 · %2").arg(tr("%n course(s)", nullptr, m_courses->rowCount()),
                                           tr("%n certification(s)", nullptr, m_definitions->rowCount())));
}

void TrainingCatalogScreen::showContextMenu(QTableView* view, const QPoint& position)
{
    const QModelIndex index = view->indexAt(position);
    if (index.isValid())
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(this);
    if (index.isValid()) {
        menu.addAction(m_edit);
        menu.addAction(m_toggleActive);
        menu.addSeparator();
        menu.addAction(m_delete);
        menu.addSeparator();
    }
    menu.addAction(m_new);
    menu.exec(view->viewport()->mapToGlobal(position));
}

void TrainingCatalogScreen::showMessage(const QString& text, bool error)
{
    MdfForm::showMessage(m_message, text, error ? MdfForm::Tone::Error : MdfForm::Tone::Info);
}

void TrainingCatalogScreen::changed()
{
    reloadAll();
    Q_EMIT trainingChanged();
}

void TrainingCatalogScreen::newRecord()
{
    if (currentPage() == Page::Definitions) {
        DefinitionDialog dialog(m_db, this);
        dialog.setCatalog(m_courses->courses(), tracks());
        if (dialog.exec() != QDialog::Accepted)
            return;
        const CertDefinition& definition = dialog.definition();
        changed();
        selectRecord(definition.id);
        showMessage(tr("Certification %1 (%2) defined.").arg(definition.code, definition.name), false);
        return;
    }
    CourseDialog dialog(m_db, this);
    dialog.setCatalog(m_courses->courses(), tracks());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Course& course = dialog.course();
    changed();
    selectRecord(course.id);
    showMessage(tr("Course %1 (%2) added to the catalogue.").arg(course.code, course.name), false);
}

void TrainingCatalogScreen::editCurrent()
{
    const QModelIndex current = currentView()->currentIndex();
    if (!current.isValid())
        return;
    const int row = currentProxy()->mapToSource(current).row();
    if (currentPage() == Page::Definitions) {
        const CertDefinition* definition = m_definitions->definitionAt(row);
        if (!definition)
            return;
        DefinitionDialog dialog(m_db, this);
        dialog.setCatalog(m_courses->courses(), tracks());
        dialog.setDefinition(*definition);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const CertDefinition saved = dialog.definition();
        changed();
        selectRecord(saved.id);
        showMessage(tr("Certification %1 saved.").arg(saved.code), false);
        return;
    }
    const Course* course = m_courses->courseAt(row);
    if (!course)
        return;
    CourseDialog dialog(m_db, this);
    dialog.setCatalog(m_courses->courses(), tracks());
    dialog.setCourse(*course);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Course saved = dialog.course();
    changed();
    selectRecord(saved.id);
    showMessage(tr("Course %1 saved.").arg(saved.code), false);
}

void TrainingCatalogScreen::deleteCurrent()
{
    const QModelIndex current = currentView()->currentIndex();
    if (!current.isValid())
        return;
    const int row = currentProxy()->mapToSource(current).row();
    if (currentPage() == Page::Definitions) {
        if (const CertDefinition* definition = m_definitions->definitionAt(row))
            deleteDefinition(*definition);
    } else if (const Course* course = m_courses->courseAt(row)) {
        deleteCourse(*course);
    }
}

void TrainingCatalogScreen::deleteCourse(const Course& course)
{
    // Said before asking: the catalogue would refuse it anyway.
    if (const QStringList requiredBy = m_courses->requiredBy(course.id); !requiredBy.isEmpty()) {
        showMessage(tr("Course %1 cannot be deleted while other records require it (%2). Remove it from their "
                       "prerequisites first, or deactivate it to stop offering it.")
                        .arg(course.code, requiredBy.join(QStringLiteral(", "))),
                    true);
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Delete Course"),
                    tr("Delete course %1 (%2) from the catalogue?").arg(course.code, course.name), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("confirmDelete"));
    box.setInformativeText(tr("It is removed for every CAM once synchronised. To stop offering it but keep it in "
                              "people's history, deactivate it instead."));
    QPushButton* remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton* deactivate = nullptr;
    if (course.active) {
        deactivate = box.addButton(tr("De&activate Instead"), QMessageBox::ActionRole);
        deactivate->setObjectName(QStringLiteral("deactivateInsteadButton"));
    }
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    if (deactivate && box.clickedButton() == deactivate) {
        setCourseActive(course, false);
        return;
    }
    if (box.clickedButton() != remove)
        return;
    if (const Status removed = TrainingCatalog(m_db).removeCourse(course.id); !removed) {
        showMessage(tr("Course %1 was not deleted: %2").arg(course.code, removed.error().message), true);
        return;
    }
    changed();
    showMessage(tr("Course %1 deleted.").arg(course.code), false);
}

void TrainingCatalogScreen::deleteDefinition(const CertDefinition& definition)
{
    QMessageBox box(QMessageBox::Question, tr("Delete Certification"),
                    tr("Delete certification %1 (%2) from the catalogue?").arg(definition.code, definition.name),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmDelete"));
    box.setInformativeText(tr("Only a certification nobody holds can be deleted. To stop offering it but keep "
                              "existing certificates, deactivate it instead."));
    QPushButton* remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton* deactivate = nullptr;
    if (definition.active) {
        deactivate = box.addButton(tr("De&activate Instead"), QMessageBox::ActionRole);
        deactivate->setObjectName(QStringLiteral("deactivateInsteadButton"));
    }
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    if (deactivate && box.clickedButton() == deactivate) {
        setDefinitionActive(definition, false);
        return;
    }
    if (box.clickedButton() != remove)
        return;
    if (const Status removed = TrainingCatalog(m_db).removeDefinition(definition.id); !removed) {
        showMessage(tr("Certification %1 was not deleted: %2").arg(definition.code, removed.error().message), true);
        return;
    }
    changed();
    showMessage(tr("Certification %1 deleted.").arg(definition.code), false);
}

void TrainingCatalogScreen::toggleActive()
{
    const QModelIndex current = currentView()->currentIndex();
    if (!current.isValid())
        return;
    const int row = currentProxy()->mapToSource(current).row();
    if (currentPage() == Page::Definitions) {
        if (const CertDefinition* definition = m_definitions->definitionAt(row))
            setDefinitionActive(*definition, !definition->active);
    } else if (const Course* course = m_courses->courseAt(row)) {
        setCourseActive(*course, !course->active);
    }
}

bool TrainingCatalogScreen::setCourseActive(Course course, bool active)
{
    course.active = active;
    if (const Result<bool> saved = TrainingCatalog(m_db).updateCourse(course); !saved) {
        showMessage(tr("Course %1 was not changed: %2").arg(course.code, saved.error().message), true);
        return false;
    }
    changed();
    selectRecord(course.id);
    showMessage(active ? tr("Course %1 is offered again.").arg(course.code)
                       : tr("Course %1 deactivated: it stays in people's history and in existing prerequisites but is "
                            "no longer offered.")
                             .arg(course.code),
                false);
    return true;
}

bool TrainingCatalogScreen::setDefinitionActive(CertDefinition definition, bool active)
{
    definition.active = active;
    if (const Result<bool> saved = TrainingCatalog(m_db).updateDefinition(definition); !saved) {
        showMessage(tr("Certification %1 was not changed: %2").arg(definition.code, saved.error().message), true);
        return false;
    }
    changed();
    selectRecord(definition.id);
    showMessage(active ? tr("Certification %1 is offered again.").arg(definition.code)
                       : tr("Certification %1 deactivated: existing certificates keep counting until they expire; no "
                            "new ones are offered.")
                             .arg(definition.code),
                false);
    return true;
}

} // namespace ChannelDesk
