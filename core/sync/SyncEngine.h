#pragma once

#include "SyncAccount.h"
#include "SyncStore.h"

#include <QObject>
#include <QSet>
#include <QUrl>

#include <atomic>
#include <memory>

struct sqlite3;

namespace ChannelDesk {

class Database;
class SyncHttp;
struct HttpResult;

struct SyncReport
{
    enum class Outcome {
        Ok,
        NeedsSignIn,     ///< no valid session: ask for the password
        UpgradeRequired, ///< the server speaks a newer protocol; the outbox is kept for after the upgrade
        Failed,          ///< network, TLS or server trouble; `retryable` says whether to try again later
        Cancelled,
    };
    Outcome outcome = Outcome::Ok;
    QString message;
    bool retryable = false;
    qint64 retryAfterMs = 0; ///< the server's Retry-After, when it sent one
    int pushed = 0;
    int pulled = 0;
    int conflicts = 0;
    int rejected = 0;
    int contentDownloaded = 0; ///< attachment and evidence contents fetched after the pull
    int contentPending = 0;    ///< contents that could not be fetched (tried again next sync)
    QSet<QString> changedEntities;
};

/// One client's sync: push the outbox in batches, then pull until caught up. Runs on the thread that created it,
/// with its own database connection; runOnce() blocks, so the controller gives it a worker thread.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    static constexpr int PushBatch = 500;
    static constexpr qsizetype PushBytes = 1024 * 1024;
    static constexpr int PullPage = 2000;
    static constexpr int BlobsPerRun = 200; ///< attachment contents downloaded per sync at most (the rest next time)

    SyncEngine(const QString& databasePath, SyncAccount account, QObject* parent = nullptr);
    ~SyncEngine() override;

    /// Opens the database connection and the HTTPS client; an error names what is wrong (file, CA file).
    Status open();
    /// Signs in with a password; on success the new refresh token is announced (refreshTokenChanged).
    SyncReport signIn(const QString& password);
    void setRefreshToken(const QString& token) { m_refreshToken = token; }
    SyncReport runOnce();
    /// WAL housekeeping for the owner to call once it has delivered a run's report: copies what the run wrote back
    /// into the database file (a passive checkpoint: never waits for readers). The engine's commits do not do it
    /// themselves, so a small pull's latency never includes copying pages and a disk flush; a long pull checkpoints
    /// between pages once the WAL holds LargeWalFrames.
    void checkpoint();
    static constexpr int LargeWalFrames = 16384; ///< 64 MB of 4 KB pages
    /// Thread-safe: stops the run at the next request boundary; what was committed stays committed.
    void cancel() { m_cancelled = true; }
    SyncStore& store() { return *m_store; }

Q_SIGNALS:
    void progress(const QString& phase, qint64 done, qint64 total);
    /// A new refresh token to keep in the keychain (rotated on every refresh); empty = forget it.
    void refreshTokenChanged(const QString& token);

private:
    bool ensureAccess(SyncReport& report);
    bool refreshAccess(SyncReport& report);
    /// Sends with the access token, refreshing it once on 401.
    HttpResult authorised(const std::function<HttpResult(const QByteArray&)>& call, SyncReport& report, bool& authFailed);
    bool push(SyncReport& report);
    /// Uploads the contents named by the batch's records (MDF attachments, certification evidence:
    /// SyncStore::blobReferences()) before the batch is pushed (the server accepts such a record only once it has its
    /// content). False when a transient failure should stop the push.
    bool uploadBlobs(const QList<OutboxEntry>& batch, SyncReport& report);
    bool pull(SyncReport& report);
    /// Downloads the contents that live records name and this database lacks. A failure leaves them missing, to be
    /// tried again next sync; it never fails the sync.
    void downloadBlobs(SyncReport& report);
    void fail(SyncReport& report, const HttpResult& result);
    /// SQLite's WAL hook on the engine's connection (it replaces the automatic checkpoint): remembers the WAL's size.
    static int walCommitted(void* engine, sqlite3* db, const char* schema, int frames);

    QString m_databasePath;
    SyncAccount m_account;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncStore> m_store;
    std::unique_ptr<SyncHttp> m_http;
    QString m_refreshToken;
    QByteArray m_accessToken;
    QSet<QString> m_uploadedBlobs;    ///< contents the server confirmed in this session (not sent again)
    bool m_checkMissingBlobs = true;  ///< look for missing contents even when no record naming one was pulled
    std::atomic_bool m_cancelled { false };
    int m_walFrames = 0; ///< frames in the WAL after the engine's last commit
};

} // namespace ChannelDesk

Q_DECLARE_METATYPE(ChannelDesk::SyncReport)
