#include "ContactDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ChannelDesk {

ContactDialog::ContactDialog(const Contact& contact, SaveFunction save, QWidget* parent)
    : QDialog(parent)
    , m_contact(contact)
    , m_save(std::move(save))
    , m_firstName(new QLineEdit(contact.firstName, this))
    , m_lastName(new QLineEdit(contact.lastName, this))
    , m_jobTitle(new QLineEdit(contact.jobTitle, this))
    , m_email(new QLineEdit(contact.email, this))
    , m_phone(new QLineEdit(contact.phone, this))
    , m_role(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(contact.id.isEmpty() ? tr("Add contact") : tr("Edit contact"));
    setObjectName(QStringLiteral("contactDialog"));
    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_lastName->setObjectName(QStringLiteral("lastName"));
    m_email->setObjectName(QStringLiteral("email"));
    m_role->setObjectName(QStringLiteral("role"));
    for (const Choice& choice : contactRoles())
        m_role->addItem(choice.label, choice.code);
    m_role->setCurrentIndex(std::max(0, m_role->findData(contact.role)));
    m_email->setPlaceholderText(tr("name@example.com"));

    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&Job title:"), m_jobTitle);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("E&mail:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

Contact ContactDialog::contact() const
{
    Contact c = m_contact;
    c.firstName = m_firstName->text().trimmed();
    c.lastName = m_lastName->text().trimmed();
    c.jobTitle = m_jobTitle->text().trimmed();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.role = m_role->currentData().toString();
    return c;
}

void ContactDialog::accept()
{
    const Status status = m_save(contact());
    if (!status) {
        m_error->setText(status.error().message);
        m_error->show();
        if (status.error().field == QStringLiteral("email"))
            m_email->setFocus();
        else if (status.error().field == QStringLiteral("last_name"))
            m_lastName->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace ChannelDesk
