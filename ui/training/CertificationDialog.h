#pragma once

#include "domain/Training.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ChannelDesk {

class Database;
class OptionalDateEdit;
class PartnerPicker;

/// Creates or edits one person's certification (CERT-01…03): the partner, then one of its people, the certification,
/// its status (in progress or active), dates, certificate id and notes. The expiry is shown as the definition
/// computes it (acquired + validity months). OK saves through CertificationRepository; a refusal (a missing
/// prerequisite course, a second live certificate of the same kind, a date in the future…) is shown under the field
/// it concerns, which gets the focus, and the dialog stays open.
class CertificationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificationDialog)

public:
    CertificationDialog(Database& db, QWidget* parent = nullptr);

    /// Preselects a partner (only its contacts are offered) and, optionally, one of them.
    void setPartner(const QByteArray& partnerId, const QByteArray& contactId = {});
    void setDefinition(const QByteArray& definitionId);
    /// Edits an existing in-progress or active certification (partner, person and certification fixed).
    void setCertification(const Certification& cert);

    /// The record as the fields describe it.
    Certification certification() const;
    /// The record saved by the last successful OK.
    const Certification& savedCertification() const { return m_saved; }
    /// The message shown for `field` (a column name: contact_id, definition_id, status, started_on, acquired_on,
    /// certificate_id, notes), or the general one for "".
    QString messageFor(const QString& field) const;

    void accept() override;

    PartnerPicker* partnerPicker() const { return m_partner; }
    QComboBox* personBox() const { return m_person; }
    QComboBox* definitionBox() const { return m_definition; }
    QComboBox* statusBox() const { return m_status; }
    OptionalDateEdit* startedEdit() const { return m_started; }
    OptionalDateEdit* acquiredEdit() const { return m_acquired; }
    QLineEdit* certificateEdit() const { return m_certificate; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QLabel* expiryLabel() const { return m_expiry; }
    QDialogButtonBox* buttons() const { return m_buttons; }

Q_SIGNALS:
    void saved(const QByteArray& id);

private:
    void updateFields();
    void clearMessages();
    void showError(const QString& field, const QString& message);
    QWidget* widgetFor(const QString& field) const;
    const CertDefinition* currentDefinition() const;

    Database& m_db;
    Certification m_editing; ///< empty id: a new record
    Certification m_saved;
    QList<CertDefinition> m_definitions;
    PartnerPicker* m_partner;
    QComboBox* m_person;
    QComboBox* m_definition;
    QComboBox* m_status;
    OptionalDateEdit* m_started;
    OptionalDateEdit* m_acquired;
    QLabel* m_expiry;
    QLineEdit* m_certificate;
    QPlainTextEdit* m_notes;
    QLabel* m_general;
    QHash<QString, QLabel*> m_messages; ///< by field
    QDialogButtonBox* m_buttons;
};

} // namespace ChannelDesk
