#include "SyncAccountDialog.h"

#include "SyncController.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ChannelDesk {

SyncAccountDialog::SyncAccountDialog(SyncController& controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_server(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("syncAccountDialog"));
    setWindowTitle(tr("Sync Account"));
    m_server->setObjectName(QStringLiteral("server"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_error->setObjectName(QStringLiteral("error"));
    m_server->setPlaceholderText(QStringLiteral("https://sync.example.com"));
    m_password->setEchoMode(QLineEdit::Password);
    m_caFile->setPlaceholderText(tr("Optional: your company's CA certificate (PEM)"));
    m_pin->setPlaceholderText(tr("Optional: base64 SHA-256 of the server's public key"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));

    const SyncAccount account = controller.account();
    m_server->setText(account.serverUrl.toString());
    m_user->setText(account.user);
    m_caFile->setText(account.caFile);
    m_pin->setText(QString::fromLatin1(account.pinnedKey));

    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Company CA Certificate"), m_caFile->text(),
                                                          tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto* caLabel = new QLabel(tr("Company &CA:"), this); // a row holding a layout gets no buddy by itself
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(tr("Key &pin:"), m_pin);
    auto* hint = new QLabel(tr("Your password is sent only to the server to sign in; ChannelDesk keeps the session in "
                               "the system keychain, never on disk."),
                            this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SyncAccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&controller, &SyncController::signInFinished, this, [this](bool ok, const QString& message) {
        if (!m_busy)
            return;
        setBusy(false);
        if (ok)
            QDialog::accept();
        else
            showError(message, m_password);
    });
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36);
    (m_server->text().isEmpty() ? m_server : m_password)->setFocus();
}

void SyncAccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* widget : { static_cast<QWidget*>(m_server), static_cast<QWidget*>(m_user),
                             static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_caFile),
                             static_cast<QWidget*>(m_pin) })
        widget->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy) {
        m_error->setText(tr("Signing in…"));
        m_error->show();
    }
}

void SyncAccountDialog::showError(const QString& message, QWidget* focus)
{
    m_error->setText(message);
    m_error->show();
    if (focus)
        focus->setFocus();
}

void SyncAccountDialog::accept()
{
    const QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    if (m_server->text().trimmed().isEmpty() || !url.isValid() || url.host().isEmpty())
        return showError(tr("Enter the server address, for example https://sync.example.com."), m_server);
    if (url.scheme() != QLatin1String("https"))
        return showError(tr("The server address must start with https:// — ChannelDesk only syncs over encrypted "
                            "connections."),
                         m_server);
    if (m_user->text().trimmed().isEmpty())
        return showError(tr("Enter your user name."), m_user);
    if (m_password->text().isEmpty())
        return showError(tr("Enter your password."), m_password);
    if (!m_caFile->text().isEmpty() && !QFileInfo(m_caFile->text()).isReadable())
        return showError(tr("The CA certificate file %1 cannot be read.").arg(m_caFile->text()), m_caFile);

    SyncAccount account;
    account.serverUrl = url.adjusted(QUrl::StripTrailingSlash);
    account.user = m_user->text().trimmed();
    account.caFile = m_caFile->text();
    account.pinnedKey = m_pin->text().trimmed().toLatin1();
    setBusy(true);
    m_controller.configure(account, m_password->text());
}

} // namespace ChannelDesk
