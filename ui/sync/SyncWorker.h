#pragma once

#include "sync/SyncAccount.h"
#include "sync/SyncEngine.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace ChannelDesk {

/// Runs the sync engine on the sync thread (it is moved there by SyncController). Every slot is called queued from
/// the UI thread; results come back as queued signals. Only requestCancel() may be called directly.
class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    explicit SyncWorker(QString databasePath);
    ~SyncWorker() override;

    /// Thread-safe: asks a running sync to stop at its next request boundary.
    void requestCancel();

public Q_SLOTS:
    void signIn(const ChannelDesk::SyncAccount& account, const QString& password);
    void run(const ChannelDesk::SyncAccount& account, const QString& refreshToken);
    /// Releases the engine and its database connection on this thread, before the thread ends.
    void shutdown();

Q_SIGNALS:
    void signInFinished(const ChannelDesk::SyncReport& report);
    void finished(const ChannelDesk::SyncReport& report);
    void progress(const QString& phase, qint64 done, qint64 total);
    void refreshTokenChanged(const QString& token);

private:
    /// The engine for `account`, made (and its database connection opened) on first use or when the account changed.
    SyncEngine* engineFor(const SyncAccount& account, SyncReport& report);

    QString m_databasePath;
    SyncAccount m_account;
    std::unique_ptr<SyncEngine> m_engine;
    std::atomic<SyncEngine*> m_running { nullptr };
};

} // namespace ChannelDesk
