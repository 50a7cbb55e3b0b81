#include "SyncStatusButton.h"

#include "SyncController.h"

#include <QDateTime>
#include <QLocale>
#include <QStyle>
#include <QTimer>

namespace ChannelDesk {

namespace {

QString ago(const QDateTime& when)
{
    const qint64 seconds = when.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 60)
        return SyncStatusButton::tr("just now");
    if (seconds < 3600)
        return SyncStatusButton::tr("%n min ago", nullptr, static_cast<int>(seconds / 60));
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

SyncStatusButton::SyncStatusButton(SyncController& controller, QWidget* parent)
    : QToolButton(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("syncStatus"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setPopupMode(QToolButton::InstantPopup);
    connect(&controller, &SyncController::stateChanged, this, &SyncStatusButton::update);
    connect(&controller, &SyncController::progress, this, [this](const QString& phase, qint64 done, qint64 total) {
        if (phase == QLatin1String("snapshot") && total > 0)
            m_progress = tr("Downloading %1%").arg(QLocale().toString(qMin<qint64>(100, done * 100 / total)));
        else if (phase == QLatin1String("push"))
            m_progress = tr("Sending %1").arg(QLocale().toString(done));
        else
            m_progress = tr("Receiving %1").arg(QLocale().toString(done));
        update();
    });
    auto* minute = new QTimer(this);
    connect(minute, &QTimer::timeout, this, &SyncStatusButton::update);
    minute->start(30 * 1000);
    update();
}

void SyncStatusButton::update()
{
    using State = SyncController::State;
    const State state = m_controller.state();
    if (state != State::Syncing)
        m_progress.clear();
    QStringList parts;
    QStyle::StandardPixmap icon = QStyle::SP_BrowserReload;
    switch (state) {
    case State::NotConfigured:
        parts.append(tr("Sync not set up"));
        icon = QStyle::SP_DriveNetIcon;
        break;
    case State::Syncing:
        parts.append(m_progress.isEmpty() ? tr("Syncing…") : m_progress);
        break;
    case State::Idle:
        parts.append(m_controller.lastSuccess().isValid() ? tr("Synced %1").arg(ago(m_controller.lastSuccess()))
                                                          : tr("Not synced yet"));
        icon = QStyle::SP_DialogApplyButton;
        break;
    case State::Offline:
        parts.append(tr("Offline"));
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case State::NeedsSignIn:
        parts.append(tr("Sign in to sync"));
        icon = QStyle::SP_MessageBoxInformation;
        break;
    case State::Error:
    case State::UpgradeRequired:
        parts.append(tr("Sync problem"));
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    if (m_controller.pendingCount() > 0)
        parts.append(tr("%n change(s) to send", nullptr, m_controller.pendingCount()));
    if (m_controller.conflictCount() > 0) {
        parts.append(tr("%n conflict(s)", nullptr, m_controller.conflictCount()));
        icon = QStyle::SP_MessageBoxWarning;
    }
    setText(parts.join(QStringLiteral(" · ")));
    setIcon(style()->standardIcon(icon));

    QString tip = m_controller.message();
    if (state == State::Offline && m_controller.nextAttemptMs() >= 0)
        tip += QLatin1Char('\n') + tr("Next attempt in %n second(s).", nullptr, (m_controller.nextAttemptMs() + 999) / 1000);
    if (m_controller.account().isConfigured())
        tip += QLatin1Char('\n') + tr("%1 at %2").arg(m_controller.account().user, m_controller.account().serverUrl.host());
    setToolTip(tip.trimmed());
}

} // namespace ChannelDesk
