#pragma once

#include "domain/Contact.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ChannelDesk {

/// Adds or edits one contact. Validation messages appear in the dialog; nothing is saved until OK succeeds.
class ContactDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDialog)

public:
    /// `save` is called on OK; an error keeps the dialog open with the message shown.
    using SaveFunction = std::function<Status(const Contact&)>;

    ContactDialog(const Contact& contact, SaveFunction save, QWidget* parent = nullptr);
    Contact contact() const;

    void accept() override;

private:
    Contact m_contact;
    SaveFunction m_save;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_jobTitle;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QComboBox* m_role;
    QLabel* m_error;
};

} // namespace ChannelDesk
