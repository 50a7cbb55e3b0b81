#pragma once

#include "domain/Training.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ChannelDesk {

class BudgetFormErrors;
class Database;
class PrerequisitePicker;

/// Creates or edits a course of the training catalogue (CERT-01): code, name, track (completed from the tracks in
/// use), duration, whether it is offered, description and prerequisite courses. A prerequisite that would close a
/// cycle is named at the field as soon as it is checked; Save writes through TrainingCatalog and a refusal (a code
/// already used, a cycle, a missing name) is shown under the field it names, which takes the focus, while the dialog
/// stays open with everything typed.
class CourseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourseDialog)

public:
    explicit CourseDialog(Database& db, QWidget* parent = nullptr);
    ~CourseDialog() override;

    /// The catalogue's courses (prerequisite choices) and tracks in use (completion). Call before setCourse().
    void setCatalog(const QList<Course>& courses, const QStringList& tracks);
    /// Edits a saved course.
    void setCourse(const Course& course);

    bool isNew() const { return m_course.id.isEmpty(); }
    /// The saved course, once accepted.
    const Course& course() const { return m_course; }

    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* trackEdit() const { return m_track; }
    QSpinBox* durationBox() const { return m_duration; }
    QCheckBox* activeBox() const { return m_active; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    PrerequisitePicker* prerequisitePicker() const { return m_prerequisites; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    /// The message under the field answering for `field` (a column name: "code", "prerequisites", …).
    QString fieldError(const QString& field) const;
    /// Every message shown.
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    void checkCycle();

    Database& m_db;
    Course m_course;
    QList<Course> m_courses;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QLineEdit* m_track;
    QSpinBox* m_duration;
    QCheckBox* m_active;
    QPlainTextEdit* m_description;
    PrerequisitePicker* m_prerequisites;
    QLabel* m_general;
    QDialogButtonBox* m_buttons;
    std::unique_ptr<BudgetFormErrors> m_errors;
    bool m_showingCycle = false;
};

} // namespace ChannelDesk
