#pragma once

#include "sync/SyncAccount.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

class QThread;

namespace ChannelDesk {

class Database;
class SecretStore;
class SyncWorker;

/// The UI thread's side of sync: owns the sync thread, decides when to sync (on start, on a timer, soon after a local
/// edit, with jittered exponential back-off after failures, honouring Retry-After), keeps the refresh token in the
/// keychain, and publishes a state the status bar and screens show.
class SyncController final : public QObject
{
    Q_OBJECT

public:
    enum class State { NotConfigured, Idle, Syncing, Offline, NeedsSignIn, Error, UpgradeRequired };
    Q_ENUM(State)

    static constexpr int IntervalMs = 60 * 1000;
    static constexpr int EditDelayMs = 3000;
    static constexpr int BackoffBaseMs = 1000;
    static constexpr int BackoffCapMs = 5 * 60 * 1000;

    SyncController(Database& db, SecretStore& secrets, QObject* parent = nullptr);
    ~SyncController() override;

    SyncAccount account() const { return m_account; }
    State state() const { return m_state; }
    QString message() const { return m_message; }
    int pendingCount() const { return m_pending; }
    int conflictCount() const { return m_conflicts; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    /// Milliseconds until the next automatic attempt (-1 = none scheduled).
    int nextAttemptMs() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }

    /// Saves the account in the database and signs in; signInFinished() tells how it went. On success the first sync
    /// starts at once.
    void configure(const SyncAccount& account, const QString& password);
    /// Forgets the session (keychain entry) but keeps the account and every unsent change.
    void signOut();

public Q_SLOTS:
    void syncNow();
    /// A local edit was saved: sync soon (batched with any edits that follow).
    void localChangeMade();
    /// Re-reads pending and conflict counts (after the user resolved a conflict, for example).
    void refreshCounts();

Q_SIGNALS:
    void stateChanged();
    void progress(const QString& phase, qint64 done, qint64 total);
    void signInFinished(bool ok, const QString& message);
    /// Rows of these entities arrived from the server: views showing them should refresh.
    void remoteChangesApplied(const QStringList& entities);
    /// Something the user should know that is not a sync failure (e.g. the keychain refused the token).
    void warning(const QString& message);

private:
    void onFinished(const SyncReport& report);
    void onSignInFinished(const SyncReport& report);
    void onRefreshTokenChanged(const QString& token);
    void setState(State state, const QString& message);
    void schedule(int ms);
    QString secretKey() const;
    void startRun();

    Database& m_db;
    SecretStore& m_secrets;
    QThread* m_thread;
    SyncWorker* m_worker;
    QTimer m_timer;
    SyncAccount m_account;
    State m_state = State::NotConfigured;
    QString m_message;
    QString m_tokenForNextRun;
    bool m_tokenLoaded = false;
    bool m_running = false;
    bool m_runAgain = false;
    int m_failures = 0;
    int m_pending = 0;
    int m_conflicts = 0;
    QDateTime m_lastSuccess;
    QRandomGenerator m_jitter;
};

} // namespace ChannelDesk
