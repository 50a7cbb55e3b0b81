#pragma once

#include "domain/Training.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace ChannelDesk {

/// Picks the prerequisite courses of a course or certification definition: a checkable list of the catalogue's
/// courses ("code — name", inactive ones marked) with a filter box and a one-line summary of the choice. Space
/// toggles the current course. For a course, the picker knows which others already require it, directly or through
/// others: checking one of those would make a cycle, and cycleProblem() names the chain so the dialog can say it
/// at the field before the catalogue refuses it.
class PrerequisitePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrerequisitePicker)

public:
    explicit PrerequisitePicker(QWidget* parent = nullptr);

    /// The courses offered; `editedCourseId` is the course being edited (left out, and the end of every cycle),
    /// empty for a new course or for a certification definition.
    void setCourses(const QList<Course>& courses, const QByteArray& editedCourseId = {});
    /// Checks exactly these courses. An id no longer in the catalogue stays listed as a removed course, checked, so
    /// the user sees it and can take it off.
    void setSelected(const QList<QByteArray>& ids);
    /// The checked course ids, in list order (by code).
    QList<QByteArray> selected() const;
    /// Checks or unchecks the course with `code`; false when there is none.
    bool setChecked(const QString& code, bool checked);
    /// For the first checked course that already requires the edited one: "NET-301 already requires this course
    /// (NET-301 → NET-201 → this course) …"; empty when there is none.
    QString cycleProblem() const;

    QListWidget* list() const { return m_list; }
    QLineEdit* filterEdit() const { return m_filter; }
    QLabel* summaryLabel() const { return m_summary; }

Q_SIGNALS:
    /// The checked set changed.
    void changed();

private:
    void rebuild(const QList<QByteArray>& checked);
    void applyFilter();
    void updateSummary();
    /// The chain from `from` to the edited course through prerequisites (codes), empty when it does not reach it.
    QStringList pathToEdited(const QByteArray& from) const;

    QLineEdit* m_filter;
    QListWidget* m_list;
    QLabel* m_summary;
    QList<Course> m_courses;
    QHash<QByteArray, int> m_index; ///< course id → index in m_courses
    QByteArray m_edited;
    bool m_rebuilding = false;
};

} // namespace ChannelDesk
