#pragma once

#include "domain/Training.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ChannelDesk {

class Database;
class OptionalDateEdit;

/// Passes an in-progress certification (in progress → active) or renews one (CERT-02: a new certificate acquired on
/// the day, the old one archived as renewed): asks the acquisition day and the certificate id and shows the expiry
/// the new certificate will have. OK runs the step through CertificationRepository; a refusal shows in the dialog.
class CertificationStepDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificationStepDialog)

public:
    enum class Step { Pass, Renew };

    CertificationStepDialog(Database& db, Step step, const Certification& cert, QWidget* parent = nullptr);

    Step step() const { return m_step; }
    /// The record after the step (for a renewal, the new certificate).
    const Certification& result() const { return m_result; }
    QString message() const;

    void accept() override;

    OptionalDateEdit* acquiredEdit() const { return m_acquired; }
    QLineEdit* certificateEdit() const { return m_certificate; }
    QLabel* expiryLabel() const { return m_expiry; }
    QDialogButtonBox* buttons() const { return m_buttons; }

Q_SIGNALS:
    void done(const QByteArray& id);

private:
    void updateExpiry();

    Database& m_db;
    Step m_step;
    Certification m_cert;
    Certification m_result;
    int m_validityMonths = 0;
    OptionalDateEdit* m_acquired;
    QLineEdit* m_certificate;
    QLabel* m_expiry;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace ChannelDesk
