#include "SyncController.h"

#include "SecretStore.h"
#include "SyncWorker.h"
#include "common/Logging.h"
#include "storage/Database.h"
#include "sync/SyncStore.h"

#include <QNetworkInformation>
#include <QThread>

namespace ChannelDesk {

SyncController::SyncController(Database& db, SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_secrets(secrets)
    , m_thread(new QThread(this))
    , m_worker(new SyncWorker(db.path()))
    , m_jitter(QRandomGenerator::securelySeeded())
{
    qRegisterMetaType<ChannelDesk::SyncReport>();
    qRegisterMetaType<ChannelDesk::SyncAccount>();
    m_thread->setObjectName(QStringLiteral("sync"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::onFinished);
    connect(m_worker, &SyncWorker::signInFinished, this, &SyncController::onSignInFinished);
    connect(m_worker, &SyncWorker::refreshTokenChanged, this, &SyncController::onRefreshTokenChanged);
    connect(m_worker, &SyncWorker::progress, this, &SyncController::progress);
    m_thread->start();

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncController::startRun);

    // Sync as soon as the network comes back, and do not hammer the server while the computer is offline. Without a
    // platform backend (no NetworkManager, say) reachability stays unknown and the timer and back-off do the work.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (!m_account.isConfigured())
                        return;
                    if (reachability == QNetworkInformation::Reachability::Disconnected) {
                        if (!m_running)
                            setState(State::Offline, tr("This computer is offline. Changes are kept and sent later."));
                    } else if (reachability != QNetworkInformation::Reachability::Unknown
                               && m_state == State::Offline) {
                        m_failures = 0;
                        schedule(500);
                    }
                });
    }

    m_account = SyncStore(m_db).account();
    refreshCounts();
    if (!m_account.isConfigured())
        return;
    setState(State::Idle, tr("Connecting…"));
    m_secrets.read(secretKey(), [this](bool ok, const QString& token, const QString& error) {
        m_tokenLoaded = true;
        if (ok && !token.isEmpty()) {
            m_tokenForNextRun = token;
            schedule(1500); // after start-up has settled
        } else if (error.isEmpty()) {
            setState(State::NeedsSignIn, tr("Sign in to sync."));
        } else {
            setState(State::NeedsSignIn,
                     tr("The system keychain is not available (%1). Sign in to sync; the sign-in cannot be kept "
                        "until the keychain works.")
                         .arg(error));
        }
    });
}

SyncController::~SyncController()
{
    m_timer.stop();
    m_worker->requestCancel();
    // The engine's database connection belongs to the sync thread: release it there, then end the thread.
    QMetaObject::invokeMethod(m_worker, &SyncWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QString SyncController::secretKey() const
{
    return QStringLiteral("refresh-token|%1|%2|%3")
        .arg(m_account.serverUrl.toString(), m_account.user, SyncStore(m_db).clientId());
}

void SyncController::setState(State state, const QString& message)
{
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged();
}

void SyncController::refreshCounts()
{
    const SyncStore store(m_db);
    m_pending = store.pendingCount();
    m_conflicts = store.openConflictCount();
    m_lastSuccess = store.lastSuccess();
    Q_EMIT stateChanged();
}

void SyncController::schedule(int ms)
{
    m_timer.start(qMax(0, ms));
}

void SyncController::configure(const SyncAccount& account, const QString& password)
{
    if (Status status = SyncStore(m_db).setAccount(account); !status) {
        Q_EMIT signInFinished(false, status.error().message);
        return;
    }
    m_account = account;
    m_tokenLoaded = true;
    m_failures = 0;
    setState(State::Syncing, tr("Signing in…"));
    QMetaObject::invokeMethod(m_worker, "signIn", Qt::QueuedConnection, Q_ARG(ChannelDesk::SyncAccount, account),
                              Q_ARG(QString, password));
}

void SyncController::signOut()
{
    m_timer.stop();
    m_secrets.remove(secretKey(), [](bool, const QString&) { });
    // A fresh engine next time: the in-memory tokens go with the old one.
    QMetaObject::invokeMethod(m_worker, &SyncWorker::shutdown, Qt::QueuedConnection);
    setState(State::NeedsSignIn, tr("Signed out. Your unsent changes are kept."));
}

void SyncController::syncNow()
{
    if (!m_account.isConfigured()) {
        setState(State::NotConfigured, tr("Set up a sync account first."));
        return;
    }
    m_failures = 0;
    startRun();
}

void SyncController::localChangeMade()
{
    refreshCounts();
    if (!m_account.isConfigured() || m_state == State::NeedsSignIn || m_state == State::UpgradeRequired
        || m_state == State::Error)
        return;
    if (m_running) {
        m_runAgain = true;
        return;
    }
    // Batch a burst of edits into one push; never postpone an earlier, sooner attempt.
    if (!m_timer.isActive() || m_timer.remainingTime() > EditDelayMs)
        schedule(EditDelayMs);
}

void SyncController::startRun()
{
    if (!m_tokenLoaded)
        return; // the keychain read will schedule the first run
    if (m_running) {
        m_runAgain = true;
        return;
    }
    m_timer.stop();
    m_running = true;
    m_runAgain = false;
    setState(State::Syncing, tr("Syncing…"));
    QMetaObject::invokeMethod(m_worker, "run", Qt::QueuedConnection, Q_ARG(ChannelDesk::SyncAccount, m_account),
                              Q_ARG(QString, m_tokenForNextRun));
    m_tokenForNextRun.clear();
}

void SyncController::onSignInFinished(const SyncReport& report)
{
    if (report.outcome != SyncReport::Outcome::Ok) {
        setState(report.outcome == SyncReport::Outcome::Failed ? State::Error : State::NeedsSignIn, report.message);
        Q_EMIT signInFinished(false, report.message);
        return;
    }
    Q_EMIT signInFinished(true, QString());
    startRun();
}

void SyncController::onFinished(const SyncReport& report)
{
    m_running = false;
    refreshCounts();
    if (!report.changedEntities.isEmpty())
        Q_EMIT remoteChangesApplied(QStringList(report.changedEntities.cbegin(), report.changedEntities.cend()));
    switch (report.outcome) {
    case SyncReport::Outcome::Ok:
        m_failures = 0;
        setState(State::Idle, QString());
        schedule(m_runAgain ? 200 : IntervalMs); // edits made during the run go out right away
        return;
    case SyncReport::Outcome::Cancelled:
        setState(State::Idle, report.message);
        return;
    case SyncReport::Outcome::NeedsSignIn:
        setState(State::NeedsSignIn, report.message.isEmpty() ? tr("Sign in to sync.") : report.message);
        return;
    case SyncReport::Outcome::UpgradeRequired:
        setState(State::UpgradeRequired, report.message);
        return;
    case SyncReport::Outcome::Failed:
        break;
    }
    if (!report.retryable) {
        setState(State::Error, report.message); // e.g. a certificate problem: retrying will not fix it
        return;
    }
    // Full-jitter exponential back-off: spreads many clients out after a server outage.
    ++m_failures;
    const qint64 ceiling = qMin<qint64>(BackoffCapMs, qint64(BackoffBaseMs) << qMin(m_failures, 20));
    const qint64 delay = qMax<qint64>(report.retryAfterMs, m_jitter.bounded(ceiling + 1));
    setState(State::Offline, report.message);
    schedule(static_cast<int>(qMin<qint64>(delay, BackoffCapMs)));
}

void SyncController::onRefreshTokenChanged(const QString& token)
{
    const QString key = secretKey();
    auto done = [this](bool ok, const QString& error) {
        if (!ok)
            Q_EMIT warning(tr("Your sign-in could not be kept in the system keychain (%1); you will be asked for the "
                              "password next time.")
                               .arg(error));
    };
    if (token.isEmpty())
        m_secrets.remove(key, done);
    else
        m_secrets.write(key, token, done);
}

} // namespace ChannelDesk
