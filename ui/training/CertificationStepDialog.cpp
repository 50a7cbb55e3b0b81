#include "CertificationStepDialog.h"

#include "common/OptionalDateEdit.h"
#include "partners/ContactRepository.h"
#include "storage/Database.h"
#include "training/CertificationRepository.h"
#include "training/TrainingCatalog.h"
#include "training/TrainingFormSupport.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ChannelDesk {

CertificationStepDialog::CertificationStepDialog(Database& db, Step step, const Certification& cert, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_step(step)
    , m_cert(cert)
    , m_acquired(new OptionalDateEdit(this))
    , m_certificate(new QLineEdit(this))
    , m_expiry(new QLabel(this))
    , m_message(TrainingForm::fieldMessage(this, QStringLiteral("stepMessage")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("certificationStepDialog"));
    const Result<CertDefinition> definition = TrainingCatalog(db).definition(cert.definitionId);
    const QString what = definition ? definition->name : QString();
    m_validityMonths = definition ? definition->validityMonths : 0;
    const Result<Contact> person = ContactRepository(db).get(cert.contactId);
    const QString who = person ? person->displayName() : QString();

    auto* prompt = new QLabel(this);
    prompt->setWordWrap(true);
    if (step == Step::Pass) {
        setWindowTitle(tr("Pass certification"));
        prompt->setText(tr("%1 passed %2. The certificate counts from the day acquired.").arg(who, what));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Pass"));
        m_certificate->setText(cert.certificateId);
    } else {
        setWindowTitle(tr("Renew certification"));
        prompt->setText(tr("%1 renews %2. A new certificate is issued; the current one is kept in the history as "
                           "renewed.")
                            .arg(who, what));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Renew"));
    }
    m_acquired->setObjectName(QStringLiteral("stepAcquired"));
    m_acquired->setOptionalDate(QDate::currentDate());
    m_certificate->setObjectName(QStringLiteral("stepCertificateId"));
    m_certificate->setPlaceholderText(tr("The issuer's certificate number"));
    m_expiry->setObjectName(QStringLiteral("stepExpiry"));
    m_expiry->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->addRow(tr("&Acquired on:"), m_acquired);
    form->addRow(tr("Certificate &ID:"), m_certificate);
    form->addRow(tr("Expires:"), m_expiry);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CertificationStepDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_acquired, &QDateEdit::dateChanged, this, &CertificationStepDialog::updateExpiry);
    updateExpiry();
}

void CertificationStepDialog::updateExpiry()
{
    if (m_validityMonths <= 0) {
        m_expiry->setText(tr("Never expires"));
        return;
    }
    const QDate expires = certificationExpiry(m_acquired->optionalDate(), m_validityMonths);
    m_expiry->setText(expires.isValid() ? QLocale().toString(expires, QLocale::LongFormat)
                                        : tr("Enter the acquisition day to see the expiry"));
}

QString CertificationStepDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void CertificationStepDialog::accept()
{
    TrainingForm::setFieldMessage(m_message, {});
    CertificationRepository repository(m_db);
    const TrainingAction action = TrainingForm::actionNow(m_db);
    const QString certificateId = m_certificate->text().trimmed();
    const Result<Certification> stepped = m_step == Step::Pass
        ? repository.pass(m_cert.id, m_acquired->optionalDate(), certificateId, action)
        : repository.renew(m_cert.id, m_acquired->optionalDate(), certificateId, action);
    if (!stepped) {
        TrainingForm::setFieldMessage(m_message, stepped.error().message);
        if (stepped.error().field == QLatin1String("acquired_on"))
            m_acquired->setFocus();
        else if (stepped.error().field == QLatin1String("certificate_id"))
            m_certificate->setFocus();
        return;
    }
    m_result = stepped.value();
    Q_EMIT done(m_result.id);
    QDialog::accept();
}

} // namespace ChannelDesk
