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

/// Creates or edits a certification definition (CERT-01/02): code, name, track, validity in months (0 = never
/// expires), reminder days before expiry, recertification window days, prerequisite courses, whether it is
/// offered, and a description. A live line says what the numbers mean for a certificate acquired today (expiry,
/// reminder and recertification days). Save writes through TrainingCatalog; a refusal is shown under its field.
class DefinitionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefinitionDialog)

public:
    explicit DefinitionDialog(Database& db, QWidget* parent = nullptr);
    ~DefinitionDialog() override;

    /// The catalogue's courses (prerequisite choices) and tracks in use (completion). Call before setDefinition().
    void setCatalog(const QList<Course>& courses, const QStringList& tracks);
    /// Edits a saved definition.
    void setDefinition(const CertDefinition& definition);

    bool isNew() const { return m_definition.id.isEmpty(); }
    /// The saved definition, once accepted.
    const CertDefinition& definition() const { return m_definition; }

    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* trackEdit() const { return m_track; }
    QSpinBox* validityBox() const { return m_validity; }
    QSpinBox* reminderBox() const { return m_reminder; }
    QSpinBox* windowBox() const { return m_window; }
    QCheckBox* activeBox() const { return m_active; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    PrerequisitePicker* prerequisitePicker() const { return m_prerequisites; }
    QLabel* scheduleLabel() const { return m_schedule; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    QString fieldError(const QString& field) const;
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateSchedule();

    Database& m_db;
    CertDefinition m_definition;
    QList<Course> m_courses;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QLineEdit* m_track;
    QSpinBox* m_validity;
    QSpinBox* m_reminder;
    QSpinBox* m_window;
    QLabel* m_schedule;
    QCheckBox* m_active;
    PrerequisitePicker* m_prerequisites;
    QPlainTextEdit* m_description;
    QLabel* m_general;
    QDialogButtonBox* m_buttons;
    std::unique_ptr<BudgetFormErrors> m_errors;
};

} // namespace ChannelDesk
