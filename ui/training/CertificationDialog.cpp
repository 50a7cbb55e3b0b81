#include "CertificationDialog.h"

#include "common/OptionalDateEdit.h"
#include "mdf/MdfFormSupport.h"
#include "pipeline/PartnerPicker.h"
#include "storage/Database.h"
#include "training/CertificationRepository.h"
#include "training/TrainingCatalog.h"
#include "training/TrainingFormSupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ChannelDesk {

namespace {

/// A field and the message under it, as one form row.
QWidget* withMessage(QWidget* field, QLabel* message)
{
    auto* box = new QWidget(field->parentWidget());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}

} // namespace

CertificationDialog::CertificationDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_partner(new PartnerPicker(db, this))
    , m_person(new QComboBox(this))
    , m_definition(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_started(new OptionalDateEdit(this))
    , m_acquired(new OptionalDateEdit(this))
    , m_expiry(new QLabel(this))
    , m_certificate(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_general(TrainingForm::fieldMessage(this, QStringLiteral("generalMessage")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("certificationDialog"));
    setWindowTitle(tr("New certification"));
    setMinimumWidth(480);

    m_partner->setObjectName(QStringLiteral("certPartner"));
    m_partner->setPlaceholderText(tr("Type to find the partner"));
    m_person->setObjectName(QStringLiteral("certPerson"));
    m_definition->setObjectName(QStringLiteral("certDefinition"));
    m_status->setObjectName(QStringLiteral("certStatus"));
    m_status->addItem(tr("In progress"), QStringLiteral("in_progress"));
    m_status->addItem(tr("Active (passed)"), QStringLiteral("active"));
    m_started->setObjectName(QStringLiteral("certStarted"));
    m_acquired->setObjectName(QStringLiteral("certAcquired"));
    m_expiry->setObjectName(QStringLiteral("certExpiry"));
    m_expiry->setForegroundRole(QPalette::PlaceholderText);
    m_certificate->setObjectName(QStringLiteral("certCertificateId"));
    m_certificate->setPlaceholderText(tr("The issuer's certificate number"));
    m_notes->setObjectName(QStringLiteral("certNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 4);

    const QDate today = QDate::currentDate();
    m_started->setOptionalDate(today);
    m_acquired->setOptionalDate(today);

    const Result<QList<CertDefinition>> definitions = TrainingCatalog(db).definitions(false);
    if (definitions)
        m_definitions = definitions.value();
    m_definition->addItem(tr("Choose a certification…"), QByteArray());
    for (const CertDefinition& d : std::as_const(m_definitions))
        m_definition->addItem(d.track.isEmpty() ? d.name : tr("%1 (%2)", "certification (track)").arg(d.name, d.track), d.id);
    TrainingForm::fillPeople(db, m_person, {});

    const auto message = [this](const QString& field) {
        QLabel* label = TrainingForm::fieldMessage(this, field + QStringLiteral("Message"));
        m_messages.insert(field, label);
        return label;
    };
    auto* form = new QFormLayout;
    form->addRow(tr("&Partner:"), m_partner);
    form->addRow(tr("P&erson:"), withMessage(m_person, message(QStringLiteral("contact_id"))));
    form->addRow(tr("&Certification:"), withMessage(m_definition, message(QStringLiteral("definition_id"))));
    form->addRow(tr("&Status:"), withMessage(m_status, message(QStringLiteral("status"))));
    form->addRow(tr("S&tarted on:"), withMessage(m_started, message(QStringLiteral("started_on"))));
    form->addRow(tr("&Acquired on:"), withMessage(m_acquired, message(QStringLiteral("acquired_on"))));
    form->addRow(tr("Expires:"), m_expiry);
    form->addRow(tr("Certificate &ID:"), withMessage(m_certificate, message(QStringLiteral("certificate_id"))));
    form->addRow(tr("&Notes:"), withMessage(m_notes, message(QStringLiteral("notes"))));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_general);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CertificationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_partner, &PartnerPicker::partnerChanged, this, [this] {
        TrainingForm::fillPeople(m_db, m_person, m_partner->partnerId());
        TrainingForm::setFieldMessage(m_messages.value(QStringLiteral("contact_id")), {});
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &CertificationDialog::updateFields);
    connect(m_definition, &QComboBox::currentIndexChanged, this, &CertificationDialog::updateFields);
    connect(m_acquired, &QDateEdit::dateChanged, this, &CertificationDialog::updateFields);
    updateFields();
}

void CertificationDialog::setPartner(const QByteArray& partnerId, const QByteArray& contactId)
{
    m_partner->setPartner(partnerId, TrainingForm::partnerName(m_db, partnerId)); // refills the people
    TrainingForm::fillPeople(m_db, m_person, partnerId, contactId);
}

void CertificationDialog::setDefinition(const QByteArray& definitionId)
{
    MdfForm::selectData(m_definition, definitionId);
}

void CertificationDialog::setCertification(const Certification& cert)
{
    m_editing = cert;
    setWindowTitle(tr("Edit certification"));
    setPartner(cert.partnerId, cert.contactId);
    if (m_definition->findData(cert.definitionId) < 0) {
        // An inactive definition is not offered for new records, but this one keeps it.
        const Result<CertDefinition> d = TrainingCatalog(m_db).definition(cert.definitionId);
        if (d) {
            m_definitions.append(d.value());
            m_definition->addItem(d->name, d->id);
        }
    }
    setDefinition(cert.definitionId);
    MdfForm::selectData(m_status, cert.status);
    m_started->setOptionalDate(cert.startedOn);
    m_acquired->setOptionalDate(cert.acquiredOn);
    m_certificate->setText(cert.certificateId);
    m_notes->setPlainText(cert.notes);
    // Who, what and the status change through their own actions (pass, renew, revoke), not by editing.
    m_partner->setEnabled(false);
    m_person->setEnabled(false);
    m_definition->setEnabled(false);
    m_status->setEnabled(false);
    updateFields();
}

const CertDefinition* CertificationDialog::currentDefinition() const
{
    const QByteArray id = m_definition->currentData().toByteArray();
    for (const CertDefinition& d : m_definitions) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

void CertificationDialog::updateFields()
{
    const bool active = m_status->currentData().toString() == QLatin1String("active");
    m_acquired->setEnabled(active);
    const CertDefinition* definition = currentDefinition();
    if (!active) {
        m_expiry->setText(tr("Set when the certification is passed"));
    } else if (!definition) {
        m_expiry->setText(tr("Choose the certification to see its expiry"));
    } else if (definition->validityMonths <= 0) {
        m_expiry->setText(tr("Never expires"));
    } else {
        const QDate expires = certificationExpiry(m_acquired->optionalDate(), definition->validityMonths);
        m_expiry->setText(expires.isValid()
                              ? tr("%1 (%n month(s) after acquisition)", nullptr, definition->validityMonths)
                                    .arg(QLocale().toString(expires, QLocale::LongFormat))
                              : tr("Enter the acquisition day to see the expiry"));
    }
}

Certification CertificationDialog::certification() const
{
    Certification cert = m_editing;
    cert.partnerId = m_partner->partnerId();
    cert.contactId = m_person->currentData().toByteArray();
    cert.definitionId = m_definition->currentData().toByteArray();
    cert.status = m_status->currentData().toString();
    cert.startedOn = m_started->optionalDate();
    cert.acquiredOn = cert.status == QLatin1String("active") ? m_acquired->optionalDate() : QDate();
    cert.certificateId = m_certificate->text().trimmed();
    cert.notes = m_notes->toPlainText().trimmed();
    if (m_editing.id.isEmpty() || cert.acquiredOn != m_editing.acquiredOn)
        cert.expiresOn = {}; // the repository computes it from the definition
    return cert;
}

QString CertificationDialog::messageFor(const QString& field) const
{
    if (field.isEmpty())
        return m_general->isVisible() ? m_general->text() : QString();
    const QLabel* label = m_messages.value(field);
    return label && label->isVisible() ? label->text() : QString();
}

void CertificationDialog::clearMessages()
{
    TrainingForm::setFieldMessage(m_general, {});
    for (QLabel* label : std::as_const(m_messages))
        TrainingForm::setFieldMessage(label, {});
}

QWidget* CertificationDialog::widgetFor(const QString& field) const
{
    if (field == QLatin1String("contact_id"))
        return m_person->isEnabled() ? static_cast<QWidget*>(m_person) : m_partner;
    if (field == QLatin1String("definition_id"))
        return m_definition;
    if (field == QLatin1String("status"))
        return m_status;
    if (field == QLatin1String("started_on"))
        return m_started;
    if (field == QLatin1String("acquired_on"))
        return m_acquired;
    if (field == QLatin1String("certificate_id"))
        return m_certificate;
    if (field == QLatin1String("notes"))
        return m_notes;
    return nullptr;
}

void CertificationDialog::showError(const QString& field, const QString& message)
{
    // Prerequisites and the expiry belong to the certification and the acquisition day the user chose.
    QString shownAt = field;
    if (field == QLatin1String("prerequisites"))
        shownAt = QStringLiteral("definition_id");
    else if (field == QLatin1String("expires_on"))
        shownAt = QStringLiteral("acquired_on");
    else if (field == QLatin1String("partner_id"))
        shownAt = QStringLiteral("contact_id");
    if (QLabel* label = m_messages.value(shownAt)) {
        TrainingForm::setFieldMessage(label, message);
        if (QWidget* widget = widgetFor(shownAt); widget && widget->isEnabled())
            widget->setFocus();
        return;
    }
    TrainingForm::setFieldMessage(m_general, message);
}

void CertificationDialog::accept()
{
    clearMessages();
    const Certification cert = certification();
    CertificationRepository repository(m_db);
    const TrainingAction action = TrainingForm::actionNow(m_db);
    if (m_editing.id.isEmpty()) {
        const Result<Certification> created = repository.create(cert, action);
        if (!created) {
            showError(created.error().field, created.error().message);
            return;
        }
        m_saved = created.value();
    } else {
        const Result<bool> updated = repository.update(cert, action);
        if (!updated) {
            showError(updated.error().field, updated.error().message);
            return;
        }
        const Result<Certification> reread = repository.get(cert.id);
        m_saved = reread ? reread.value() : cert;
    }
    Q_EMIT saved(m_saved.id);
    QDialog::accept();
}

} // namespace ChannelDesk
