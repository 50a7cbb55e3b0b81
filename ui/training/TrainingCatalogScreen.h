#pragma once

#include "domain/Training.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QToolBar;

namespace ChannelDesk {

class CatalogFilterProxy;
class CourseTableModel;
class Database;
class DefinitionTableModel;

/// The training catalogue (issue 6, CERT-01/02): two tabs, Courses and Certifications (definitions), each a
/// sortable table with the search box above both, "Show inactive", and the actions New, Edit, Delete and
/// Activate/Deactivate acting on the tab shown (toolbar, context menu, Ctrl+N, Return, Delete). The catalogue is
/// small and shared by every CAM, so it is read whole on the UI thread: one query per table, merged into the
/// models so selection and scroll position survive a reload. A course other records require cannot be deleted
/// (the screen says which ones); a definition with certificates is refused by the catalogue and the screen offers
/// to deactivate it instead. Every change emits trainingChanged().
class TrainingCatalogScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingCatalogScreen)

public:
    enum class Page { Courses, Definitions };

    explicit TrainingCatalogScreen(Database& db, QWidget* parent = nullptr);
    ~TrainingCatalogScreen() override;

    Page currentPage() const;
    void showPage(Page page);
    /// The id of the current course or definition on the tab shown (empty when none).
    QByteArray currentId() const;
    /// Shows the tab holding `id` and makes it current (clearing a search that hides it).
    bool selectRecord(const QByteArray& id);
    /// The tracks in use by courses and definitions, sorted.
    QStringList tracks() const;

    CourseTableModel* courseModel() const { return m_courses; }
    DefinitionTableModel* definitionModel() const { return m_definitions; }
    CatalogFilterProxy* courseProxy() const { return m_courseProxy; }
    CatalogFilterProxy* definitionProxy() const { return m_definitionProxy; }
    QTableView* courseView() const { return m_courseView; }
    QTableView* definitionView() const { return m_definitionView; }
    QTabWidget* tabs() const { return m_tabs; }
    QLineEdit* searchBox() const { return m_search; }
    QCheckBox* inactiveBox() const { return m_showInactive; }
    QToolBar* toolBar() const { return m_toolBar; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* courseEmptyLabel() const { return m_courseEmpty; }
    QLabel* definitionEmptyLabel() const { return m_definitionEmpty; }

    QAction* newAction() const { return m_new; }
    QAction* editAction() const { return m_edit; }
    QAction* deleteAction() const { return m_delete; }
    QAction* activeAction() const { return m_toggleActive; }
    QAction* reloadAction() const { return m_reload; }

public Q_SLOTS:
    /// Data changed elsewhere (sync, other screens): reads the catalogue again.
    void reloadAll();

Q_SIGNALS:
    void statusChanged(const QString& text);
    void errorOccurred(const QString& message);
    /// A course or definition was created, changed or deleted here.
    void trainingChanged();

private:
    QWidget* buildPage(QTableView* view, QLabel* empty, const char* name);
    void buildActions();
    QTableView* currentView() const;
    CatalogFilterProxy* currentProxy() const;
    void setupView(QTableView* view, CatalogFilterProxy* proxy, const QList<int>& widths);
    void updateActions();
    void updateEmptyStates();
    void updateStatus();
    void showContextMenu(QTableView* view, const QPoint& position);
    void showMessage(const QString& text, bool error);

    void newRecord();
    void editCurrent();
    void deleteCurrent();
    void toggleActive();
    void deleteCourse(const Course& course);
    void deleteDefinition(const CertDefinition& definition);
    bool setCourseActive(Course course, bool active);
    bool setDefinitionActive(CertDefinition definition, bool active);
    void changed();

    Database& m_db;
    CourseTableModel* m_courses;
    DefinitionTableModel* m_definitions;
    CatalogFilterProxy* m_courseProxy;
    CatalogFilterProxy* m_definitionProxy;
    QLineEdit* m_search;
    QCheckBox* m_showInactive;
    QToolBar* m_toolBar;
    QLabel* m_message;
    QTabWidget* m_tabs;
    QTableView* m_courseView;
    QTableView* m_definitionView;
    QLabel* m_courseEmpty;
    QLabel* m_definitionEmpty;

    QAction* m_new = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_toggleActive = nullptr;
    QAction* m_find = nullptr;
    QAction* m_reload = nullptr;
    bool m_loaded = false;
};

} // namespace ChannelDesk
