#pragma once

// Internal to core/training: TierEngine's write of a member's pending change (upgrade proposal, demotion review,
// withdrawal) with its history event and their two outbox entries. The same rows and outbox entries as
// TierWrites::savePending + TierWrites::event through RecordWriter (tests compare them), on statements prepared once
// per run, without re-reading the member and without a savepoint per member: a first recompute writes thousands of
// these, and the generic path's read-back, savepoint page copies and QVariant binding cost five times the writes.
#include "TierSql.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace ChannelDesk {

class Database;

class TierPendingWriter final
{
public:
    /// A member's pending columns as the run read them. The write happens only if the row still holds exactly these
    /// (and the same level, server version and no tombstone): otherwise a CAM or a sync changed it since, and the
    /// member is left for the next run. They are also the outbox entry's base values.
    struct Before
    {
        QByteArray id;
        QByteArray partnerId;
        QByteArray programId;
        QByteArray levelId; ///< empty: NULL
        QByteArray pendingLevelId; ///< empty: NULL
        QByteArray pendingKind; ///< UTF-8, NOT NULL
        QByteArray pendingReasons; ///< UTF-8, NOT NULL
        QByteArray pendingSince; ///< UTF-8 storage text; null QByteArray: NULL
        qint64 serverVersion = 0;
        bool hasServerVersion = false;
    };
    /// The new pending columns (all empty: the pending change is withdrawn) and the event written with them.
    struct Change
    {
        QByteArray pendingLevelId;
        QString pendingKind;
        QString pendingReasons; ///< JSON array text
        bool clearSince = false; ///< pending_since NULL (withdrawal) instead of now
        QString action; ///< the event: proposed, demotion_review, withdrawn
        QByteArray fromLevelId;
        QByteArray toLevelId;
        QString actor;
        QString reason;
        QString detail; ///< compact JSON
    };

    explicit TierPendingWriter(Database& db);

    /// Writes the member's pending columns that differ, the event, and their outbox entries, stamped `nowUtc`
    /// (storage text). Runs inside the caller's transaction and opens no savepoint: on an error the caller rolls
    /// its transaction back. false: the member changed since it was read; nothing was written.
    Result<bool> write(const Before& before, const Change& change, const QString& nowUtc);

private:
    Status appendOutbox(const QString& entity, const QByteArray& rowId, const char* op, const QString& fields,
        const QString& baseValues, const Before* base, const QByteArray& nowUtf8);

    Database& m_db;
    TierSql::Statement m_update;
    TierSql::Statement m_event;
    TierSql::Statement m_outbox;
};

} // namespace ChannelDesk
