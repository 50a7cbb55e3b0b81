#pragma once

#include "domain/Training.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace ChannelDesk {

class Database;
class OptionalDateEdit;
class PartnerPicker;

/// Records that a person finished a course (what certification prerequisites are checked against, CERT-01): the
/// partner, one of its people, the course, the day and an optional score. OK saves through CertificationRepository;
/// a refusal (the course's own prerequisites not completed, a day in the future…) shows under its field.
class CompletionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompletionDialog)

public:
    CompletionDialog(Database& db, QWidget* parent = nullptr);

    void setPartner(const QByteArray& partnerId, const QByteArray& contactId = {});
    void setCourse(const QByteArray& courseId);
    CourseCompletion completion() const;
    const CourseCompletion& savedCompletion() const { return m_saved; }
    /// The message shown for `field` (contact_id, course_id, completed_on, score), or the general one for "".
    QString messageFor(const QString& field) const;

    void accept() override;

    PartnerPicker* partnerPicker() const { return m_partner; }
    QComboBox* personBox() const { return m_person; }
    QComboBox* courseBox() const { return m_course; }
    OptionalDateEdit* completedEdit() const { return m_completed; }
    QSpinBox* scoreBox() const { return m_score; }
    QDialogButtonBox* buttons() const { return m_buttons; }

Q_SIGNALS:
    void saved(const QByteArray& id);

private:
    void showError(const QString& field, const QString& message);

    Database& m_db;
    CourseCompletion m_saved;
    PartnerPicker* m_partner;
    QComboBox* m_person;
    QComboBox* m_course;
    OptionalDateEdit* m_completed;
    QSpinBox* m_score;
    QLabel* m_general;
    QHash<QString, QLabel*> m_messages;
    QDialogButtonBox* m_buttons;
};

} // namespace ChannelDesk
