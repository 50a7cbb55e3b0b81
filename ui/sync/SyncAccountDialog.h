#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ChannelDesk {

class SyncController;

/// Sets up (or changes) the sync account: server address, user, password, and for company deployments a private CA
/// file and an optional key pin. Signs in before closing, so a wrong password or certificate is reported right here.
class SyncAccountDialog final : public QDialog
{
    Q_OBJECT

public:
    SyncAccountDialog(SyncController& controller, QWidget* parent = nullptr);

    QLineEdit* serverEdit() const { return m_server; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* caEdit() const { return m_caFile; }
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    void setBusy(bool busy);
    void showError(const QString& message, QWidget* focus = nullptr);

    SyncController& m_controller;
    QLineEdit* m_server;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLineEdit* m_caFile;
    QLineEdit* m_pin;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    bool m_busy = false;
};

} // namespace ChannelDesk
