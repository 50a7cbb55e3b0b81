#include "SyncEngine.h"

#include "SyncHttp.h"
#include "common/Logging.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <sqlite3.h>

namespace ChannelDesk {

namespace {

struct EngineTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::SyncEngine)
};

} // namespace

SyncEngine::SyncEngine(const QString& databasePath, SyncAccount account, QObject* parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_account(std::move(account))
{
}

SyncEngine::~SyncEngine() = default;

Status SyncEngine::open()
{
    // Its own connection (Qt Sql connections belong to one thread). NORMAL durability is enough here: a lost pull
    // page is fetched again and a lost push answer is answered again by the server's idempotency table.
    auto db = Database::open(m_databasePath, Database::Role::Bulk);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    if (sqlite3* handle = m_db->handle())
        sqlite3_wal_hook(handle, &SyncEngine::walCommitted, this);
    m_store = std::make_unique<SyncStore>(*m_db);
    // Indexes left deferred by a pull that never finished (a crash): built now; if that fails, after the next pull.
    if (Status status = m_store->restoreSortIndexes(); !status)
        qCWarning(lcSync) << "restoring deferred indexes failed:" << status.error().toLogString();
    if (!m_account.serverUrl.isValid() || m_account.serverUrl.scheme() != QLatin1String("https"))
        return Error { Error::Code::InvalidArgument,
                       EngineTr::tr("The server address must start with https://."), QString(), QStringLiteral("server") };
    m_http = std::make_unique<SyncHttp>(m_account.serverUrl);
    m_http->setCancelFlag(&m_cancelled);
    m_http->setPinnedKey(m_account.pinnedKey);
    if (!m_account.caFile.isEmpty()) {
        QString why;
        if (!m_http->trustCaFile(m_account.caFile, &why))
            return Error { Error::Code::InvalidArgument, why, QString(), QStringLiteral("ca") };
    }
    return {};
}

void SyncEngine::fail(SyncReport& report, const HttpResult& result)
{
    report.message = result.message;
    report.retryAfterMs = result.retryAfterMs;
    switch (result.failure) {
    case HttpResult::Failure::Cancelled:
        report.outcome = SyncReport::Outcome::Cancelled;
        return;
    case HttpResult::Failure::Tls:
        report.outcome = SyncReport::Outcome::Failed;
        report.retryable = false; // retrying will not fix a certificate; the user must act
        return;
    case HttpResult::Failure::Network:
    case HttpResult::Failure::Timeout:
        report.outcome = SyncReport::Outcome::Failed;
        report.retryable = true;
        return;
    case HttpResult::Failure::Http:
    case HttpResult::Failure::None:
        break;
    }
    if (result.status == 426) {
        report.outcome = SyncReport::Outcome::UpgradeRequired;
        report.message = EngineTr::tr("The server needs a newer ChannelDesk. Your unsynced changes are kept and will "
                                      "be sent after you update.");
        return;
    }
    if (result.status == 401) {
        report.outcome = SyncReport::Outcome::NeedsSignIn;
        return;
    }
    report.outcome = SyncReport::Outcome::Failed;
    report.retryable = result.status == 429 || result.status >= 500 || result.status == 409;
}

SyncReport SyncEngine::signIn(const QString& password)
{
    SyncReport report;
    const HttpResult result = m_http->post(QStringLiteral("/auth/v1/login"),
                                           QJsonObject { { QStringLiteral("username"), m_account.user },
                                                         { QStringLiteral("password"), password },
                                                         { QStringLiteral("client_id"), m_store->clientId() } },
                                           {});
    if (!result.ok()) {
        fail(report, result);
        if (result.status == 401)
            report.message = EngineTr::tr("Wrong user name or password.");
        return report;
    }
    m_accessToken = result.body.value(QStringLiteral("access_token")).toString().toLatin1();
    m_refreshToken = result.body.value(QStringLiteral("refresh_token")).toString();
    Q_EMIT refreshTokenChanged(m_refreshToken);
    if (Status status = m_store->setRole(result.body.value(QStringLiteral("role")).toString()); !status)
        qCWarning(lcSync) << "could not store the account's role:" << status.error().toLogString();
    return report;
}

bool SyncEngine::refreshAccess(SyncReport& report)
{
    m_accessToken.clear();
    if (m_refreshToken.isEmpty()) {
        report.outcome = SyncReport::Outcome::NeedsSignIn;
        report.message = EngineTr::tr("Sign in to sync.");
        return false;
    }
    const HttpResult result = m_http->post(QStringLiteral("/auth/v1/refresh"),
                                           QJsonObject { { QStringLiteral("refresh_token"), m_refreshToken } }, {});
    if (!result.ok()) {
        fail(report, result);
        if (result.status == 401) {
            // The session ended (expired, revoked, password changed): forget the token, ask for the password.
            m_refreshToken.clear();
            Q_EMIT refreshTokenChanged(QString());
            report.message = EngineTr::tr("Your session has ended; sign in again to sync.");
        }
        return false;
    }
    m_accessToken = result.body.value(QStringLiteral("access_token")).toString().toLatin1();
    m_refreshToken = result.body.value(QStringLiteral("refresh_token")).toString();
    Q_EMIT refreshTokenChanged(m_refreshToken);
    return true;
}

bool SyncEngine::ensureAccess(SyncReport& report)
{
    return !m_accessToken.isEmpty() || refreshAccess(report);
}

HttpResult SyncEngine::authorised(const std::function<HttpResult(const QByteArray&)>& call, SyncReport& report,
                                  bool& authFailed)
{
    authFailed = false;
    HttpResult result = call(m_accessToken);
    if (result.status == 401) { // the short-lived access token expired: refresh once and retry
        if (!refreshAccess(report)) {
            authFailed = true;
            return result;
        }
        result = call(m_accessToken);
    }
    return result;
}

bool SyncEngine::push(SyncReport& report)
{
    int batchSize = PushBatch;
    for (;;) {
        const Result<QList<OutboxEntry>> batch = m_store->nextBatch(batchSize, PushBytes);
        if (!batch) {
            report.outcome = SyncReport::Outcome::Failed;
            report.message = batch.error().message;
            return false;
        }
        if (batch->isEmpty())
            return true;
        if (!uploadBlobs(batch.value(), report))
            return false;
        if (Status status = m_store->markInflight(batch.value()); !status) {
            report.outcome = SyncReport::Outcome::Failed;
            report.message = status.error().message;
            return false;
        }
        QJsonArray mutations;
        for (const OutboxEntry& entry : batch.value())
            mutations.append(entry.wire);
        const QJsonObject body { { QStringLiteral("client_id"), m_store->clientId() },
                                 { QStringLiteral("mutations"), mutations } };
        // A resend of the same batch after a lost answer reuses its key: the first entry's idempotency key.
        const QByteArray batchKey = batch->first().wire.value(QStringLiteral("idem_key")).toString().toLatin1();
        bool authFailed = false;
        const HttpResult result = authorised(
            [&](const QByteArray& token) { return m_http->post(QStringLiteral("/sync/v1/push"), body, token, batchKey); },
            report, authFailed);
        if (authFailed)
            return false;
        if (result.status == 413 && batchSize > 1) {
            batchSize = qMax(1, batchSize / 4);
            continue;
        }
        if (!result.ok()) {
            fail(report, result);
            return false;
        }
        const Result<PushOutcome> outcome =
            m_store->applyPushResults(batch.value(), result.body.value(QStringLiteral("results")).toArray());
        if (!outcome) {
            report.outcome = SyncReport::Outcome::Failed;
            report.message = outcome.error().message;
            return false;
        }
        report.pushed += outcome->acked;
        report.conflicts += outcome->conflicts;
        report.rejected += outcome->rejected;
        Q_EMIT progress(QStringLiteral("push"), report.pushed, report.pushed + m_store->pendingCount());
        if (outcome->acked + outcome->conflicts + outcome->rejected == 0) {
            // The server answered none of them: stop rather than loop; the entries stay queued.
            report.outcome = SyncReport::Outcome::Failed;
            report.retryable = true;
            report.message = EngineTr::tr("The server did not answer the changes it was sent; they stay queued.");
            return false;
        }
    }
}

bool SyncEngine::uploadBlobs(const QList<OutboxEntry>& batch, SyncReport& report)
{
    for (const OutboxEntry& entry : batch) {
        const BlobReference* reference = SyncStore::blobReference(entry.entity);
        if (!reference)
            continue;
        // A create carries every field; a later edit only when it changes the content.
        const QJsonObject fields = entry.wire.value(QStringLiteral("fields")).toObject();
        const QString sha256 = fields.value(reference->field).toString();
        if (sha256.isEmpty() || m_uploadedBlobs.contains(sha256))
            continue;
        const Result<QByteArray> content = m_store->blob(sha256);
        if (!content) {
            // Nothing to send: the server refuses the record and the user sees why.
            qCWarning(lcSync) << entry.entity << "content" << sha256 << "is not stored locally:" << content.error().toLogString();
            continue;
        }
        bool authFailed = false;
        const HttpResult result = authorised(
            [&](const QByteArray& token) {
                return m_http->put(QStringLiteral("/sync/v1/blobs/") + sha256, content.value(),
                                   QByteArrayLiteral("application/octet-stream"), token);
            },
            report, authFailed);
        if (authFailed)
            return false;
        if (result.ok()) {
            m_uploadedBlobs.insert(sha256);
            continue;
        }
        const bool refusedForGood = result.failure == HttpResult::Failure::Http && result.status >= 400
            && result.status < 500 && result.status != 408 && result.status != 409 && result.status != 426
            && result.status != 429;
        if (refusedForGood) {
            // Damaged or too large: retrying cannot help, and the record's rejection tells the user.
            qCWarning(lcSync) << "the server refused the content" << sha256 << ":" << result.message;
            continue;
        }
        fail(report, result);
        return false;
    }
    return true;
}

void SyncEngine::downloadBlobs(SyncReport& report)
{
    bool named = m_checkMissingBlobs;
    for (const BlobReference& reference : SyncStore::blobReferences())
        named = named || report.changedEntities.contains(reference.entity);
    if (!named)
        return; // nothing new named, nothing left from before: skip the scan
    const Result<QStringList> missing = m_store->missingBlobs(BlobsPerRun);
    if (!missing) {
        qCWarning(lcSync) << "listing missing contents failed:" << missing.error().toLogString();
        return;
    }
    m_checkMissingBlobs = missing->size() == BlobsPerRun; // more than one run's worth: look again next time
    SyncReport scratch; // a failed download (even of the session) must not change the sync's outcome
    const qsizetype total = missing->size();
    for (qsizetype i = 0; i < total; ++i) {
        if (m_cancelled) {
            m_checkMissingBlobs = true;
            report.contentPending += int(total - i);
            return;
        }
        const QString& sha256 = missing->at(i);
        bool authFailed = false;
        const HttpResult result = authorised(
            [&](const QByteArray& token) { return m_http->get(QStringLiteral("/sync/v1/blobs/") + sha256, {}, token); },
            scratch, authFailed);
        const Status stored = result.ok() ? m_store->storeBlob(sha256, result.data)
                                          : Status(Error { Error::Code::Io, result.message, QString(), QString() });
        if (stored) {
            ++report.contentDownloaded;
        } else {
            ++report.contentPending;
            m_checkMissingBlobs = true;
            qCInfo(lcSync) << "content" << sha256 << "not downloaded:" << stored.error().toLogString();
        }
        Q_EMIT progress(QStringLiteral("content"), i + 1, total);
        if (authFailed) { // the session ended: the rest waits for the next sign-in
            report.contentPending += int(total - i - 1);
            return;
        }
    }
}

bool SyncEngine::pull(SyncReport& report)
{
    bool resynced = false;
    const QString clientId = m_store->clientId();
    auto pageQuery = [&](const QString& cursor) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("client_id"), clientId);
        query.addQueryItem(QStringLiteral("limit"), QString::number(PullPage));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        return query;
    };
    // A first sync into an empty database builds the partner sort indexes once, at the end (see SyncStore).
    if (m_store->cursor().isEmpty()) {
        if (Status status = m_store->deferSortIndexes(); !status)
            qCWarning(lcSync) << "deferring indexes failed (the snapshot keeps them up to date):"
                              << status.error().toLogString();
    }
    // The next page is requested before this one is applied: the server reads it and it downloads (on Qt's network
    // thread) while this thread writes, so the two processes work at the same time instead of taking turns.
    std::unique_ptr<SyncHttp::Pending> next;
    for (;;) {
        HttpResult result;
        bool fetched = false;
        if (next) {
            result = m_http->finish(std::move(next));
            // An access token that expired meanwhile: ask again the usual way, which refreshes it.
            fetched = result.status != 401;
        }
        if (!fetched) {
            const QUrlQuery query = pageQuery(m_store->cursor());
            bool authFailed = false;
            result = authorised(
                [&](const QByteArray& token) { return m_http->get(QStringLiteral("/sync/v1/pull"), query, token); },
                report, authFailed);
            if (authFailed)
                return false;
        }
        if (result.status == 410 && !resynced) {
            // The server was restored or its log trimmed: start a fresh snapshot. The outbox is untouched, and
            // pulled rows rebase over pending edits as always.
            qCInfo(lcSync) << "server asked for a resync";
            resynced = true;
            if (Status status = m_store->resetCursor(); !status) {
                report.outcome = SyncReport::Outcome::Failed;
                report.message = status.error().message;
                return false;
            }
            continue;
        }
        if (!result.ok()) {
            fail(report, result);
            return false;
        }
        const QString nextCursor = result.body.value(QStringLiteral("cursor")).toString();
        if (result.body.value(QStringLiteral("has_more")).toBool() && !m_cancelled)
            next = m_http->startGet(QStringLiteral("/sync/v1/pull"), pageQuery(nextCursor), m_accessToken);
        const Result<PullOutcome> applied = m_store->applyPullPage(result.body.value(QStringLiteral("items")).toArray(),
                                                                   nextCursor);
        if (!applied) {
            report.outcome = SyncReport::Outcome::Failed;
            report.message = applied.error().message;
            return false;
        }
        report.pulled += applied->applied;
        report.changedEntities.unite(applied->entities);
        if (m_walFrames >= LargeWalFrames)
            checkpoint(); // a long pull: keep the WAL bounded
        const QJsonObject progressInfo = result.body.value(QStringLiteral("progress")).toObject();
        if (result.body.value(QStringLiteral("phase")).toString() == QLatin1String("snapshot"))
            Q_EMIT progress(QStringLiteral("snapshot"), progressInfo.value(QStringLiteral("done")).toInteger(),
                            progressInfo.value(QStringLiteral("total")).toInteger());
        else
            Q_EMIT progress(QStringLiteral("pull"), report.pulled, 0);
        if (!result.body.value(QStringLiteral("has_more")).toBool())
            return true;
        if (m_cancelled) {
            report.outcome = SyncReport::Outcome::Cancelled;
            report.message = EngineTr::tr("Sync was cancelled.");
            return false;
        }
    }
}

int SyncEngine::walCommitted(void* engine, sqlite3*, const char*, int frames)
{
    static_cast<SyncEngine*>(engine)->m_walFrames = frames;
    return SQLITE_OK;
}

void SyncEngine::checkpoint()
{
    sqlite3* handle = m_db ? m_db->handle() : nullptr;
    if (!handle || m_walFrames == 0)
        return;
    int logFrames = 0;
    int copied = 0;
    const int rc = sqlite3_wal_checkpoint_v2(handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copied);
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        qCWarning(lcSync) << "WAL checkpoint failed:" << sqlite3_errmsg(handle);
    m_walFrames = 0; // the next commit reports the WAL's size again
}

SyncReport SyncEngine::runOnce()
{
    m_cancelled = false;
    SyncReport report;
    const qint64 runId = m_store->beginRun();
    if (ensureAccess(report) && push(report)) {
        if (pull(report))
            downloadBlobs(report);
        // Whatever the outcome: indexes deferred for a first snapshot are built as soon as the pull stops.
        if (Status status = m_store->restoreSortIndexes(); !status && report.outcome == SyncReport::Outcome::Ok) {
            report.outcome = SyncReport::Outcome::Failed;
            report.retryable = true;
            report.message = status.error().message;
        }
    }
    report.conflicts = m_store->openConflictCount();
    m_store->finishRun(runId, report.pushed, report.pulled, report.conflicts, report.rejected,
                       report.outcome == SyncReport::Outcome::Ok, report.message);
    return report;
}

} // namespace ChannelDesk
