#pragma once

#include "SyncAccount.h"
#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>

#include <memory>

namespace ChannelDesk {

class Database;
class SyncRowWriter;
struct SyncEntity;

/// An outbox entry as sent to the server.
struct OutboxEntry
{
    qint64 mutationId = 0;
    QString entity;
    QByteArray rowId;
    QJsonObject wire; ///< the mutation as pushed (sync-protocol.md §push)
};

/// A synced field that names content in the local blob store (mdf_blob) by its SHA-256: MDF attachments and
/// certification evidence. The engine uploads the content before it pushes a record naming it, and downloads what
/// pulled records name (docs/sync-protocol.md "Blobs"). A new kind of attachment syncs its bytes by adding a row to
/// SyncStore::blobReferences().
struct BlobReference
{
    QString entity; ///< SyncSchema entity (its table is the entity's)
    QString field;  ///< text field holding the lower-case hex SHA-256, empty when there is no content
};

/// A conflict or rejection kept for the user: base / mine / theirs per field.
struct SyncConflict
{
    qint64 conflictId = 0;
    qint64 mutationId = 0;
    QString entity;
    QByteArray rowId;
    QString kind; ///< field | update_vs_delete | delete_vs_update | rejected | permission
    QStringList fields;
    QJsonObject base;
    QJsonObject mine;
    QJsonObject theirs;
    qint64 theirsVersion = 0;
    QString reason;
    QString createdAt;
};

struct PushOutcome
{
    int acked = 0;
    int conflicts = 0;
    int rejected = 0;
};

struct PullOutcome
{
    int applied = 0;        ///< rows inserted or updated
    int skipped = 0;        ///< already at that version (a re-sent page)
    QSet<QString> entities; ///< which entities changed, so views can refresh
};

/// The client's sync bookkeeping on its own database connection: choosing what to push, recording the server's
/// answers, and applying pulled pages. Each of those is one transaction, so a crash at any point leaves either the
/// old state or the new one, and the next sync continues from there.
class SyncStore final
{
public:
    explicit SyncStore(Database& db);
    ~SyncStore();

    QString clientId() const;
    QString cursor() const;
    /// The account this database syncs with (empty when sync was never set up).
    SyncAccount account() const;
    /// Sets the account. Pointing the database at a different server or user restarts the pull from a snapshot.
    Status setAccount(const SyncAccount& account);
    /// The account's role ("admin" | "cam") as the server said at the last sign-in; empty before one, and again
    /// when the account changes. Decides what the desk offers (DR-12 archiving); the server checks again on push.
    QString role() const;
    Status setRole(const QString& role);
    /// When the last sync that completed without error finished (invalid if never).
    QDateTime lastSuccess() const;
    /// Forgets the pull position (the server said 410: resync). The outbox is kept.
    Status resetCursor();

    /// For a first snapshot into an empty partner table: drops the partner sort indexes, to be built once by
    /// restoreSortIndexes() when the pull stops, instead of being updated row by row. Updating eleven indexes in
    /// random order, a page per transaction, rewrote nearly every index page at every commit (a million records:
    /// 396 s instead of 163 s, both under load). Their definitions are kept in sync_state, so a crash in between is
    /// repaired by the next restore. Until then the partner list sorts without indexes. Does nothing when the table
    /// has rows.
    Status deferSortIndexes();
    /// Builds the indexes deferSortIndexes() dropped (one transaction); nothing to do when none are.
    Status restoreSortIndexes();

    /// The oldest unsent (or sent but unanswered) entries, in mutation order, skipping rows whose chain is blocked.
    Result<QList<OutboxEntry>> nextBatch(int maxCount, qsizetype maxBytes);
    Status markInflight(const QList<OutboxEntry>& entries);
    /// Records the per-mutation answers of one push in one transaction.
    Result<PushOutcome> applyPushResults(const QList<OutboxEntry>& sent, const QJsonArray& results);
    /// Applies one pulled page and stores `nextCursor` in the same transaction (resume is exact).
    Result<PullOutcome> applyPullPage(const QJsonArray& items, const QString& nextCursor);

    /// Every synced field that names blob content.
    static const QList<BlobReference>& blobReferences();
    /// The blob field of `entity`, or null when its records name no content.
    static const BlobReference* blobReference(const QString& entity);

    /// Attachment contents (MDF attachments, certification evidence; docs/sync-protocol.md "Blobs"): the bytes stored
    /// locally for `sha256`, or a NotFound error when this database does not have them.
    Result<QByteArray> blob(const QString& sha256) const;
    /// SHA-256s named by live records (any blobReferences() field) whose content this database lacks (at most `limit`).
    Result<QStringList> missingBlobs(int limit) const;
    /// Keeps downloaded content, after checking that it hashes to `sha256` (a mismatch stores nothing).
    Status storeBlob(const QString& sha256, const QByteArray& content);

    int pendingCount() const;
    int openConflictCount() const;
    Result<QList<SyncConflict>> openConflicts() const;

    enum class Resolution { KeepMine, TakeTheirs };
    /// Resolves one conflict: KeepMine queues my values again on top of the server's version (an explicit,
    /// visible overwrite); TakeTheirs writes the server's values locally. Later edits of the row are unblocked.
    Status resolve(qint64 conflictId, Resolution resolution);

    qint64 beginRun();
    void finishRun(qint64 runId, int pushed, int pulled, int conflicts, int rejected, bool ok, const QString& message);

    /// Test hook: `true` makes applyPullPage overwrite fields that have local edits the server has not taken yet
    /// (no rebase), a deliberately broken merge that the sync simulation's checker must catch. Not thread-safe;
    /// tests set it while no sync runs.
    static void setRebaseDisabledForTests(bool disabled);

private:
    Status upsertRow(SyncRowWriter& writer, const SyncEntity& entity, const QJsonObject& item, PullOutcome& outcome);
    Status revokeScope(const QString& scopeId, PullOutcome& outcome);
    /// Writes `values` (wire JSON per field) into the local row, recomputing derived columns (search keys).
    Status writeLocal(const SyncEntity& entity, const QByteArray& id, const QJsonObject& values, const QVariant& serverVersion,
                      bool insert);
    Result<QSet<QString>> protectedFields(SyncRowWriter& writer, const QString& entity, const QByteArray& id,
                                          qint64 incomingVersion) const;
    Status unblockRow(const QString& entity, const QByteArray& rowId);
    Status setState(const QString& key, const QVariant& value);

    Database& m_db;
    /// Prepared statements for pulled rows, kept from page to page (a multi-row INSERT takes a while to prepare).
    std::unique_ptr<SyncRowWriter> m_writer;
};

} // namespace ChannelDesk
