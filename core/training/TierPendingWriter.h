#pragma once

// Internal to core/training: TierEngine's write of a member's pending change (upgrade proposal, demotion review,
// withdrawal) with its history event and their two outbox entries. The same rows and outbox entries as
// RecordWriter::update of the member's pending columns and TierWrites::event (tests compare them), on statements
// prepared once per run, without re-reading the member and without a savepoint per member: a first recompute writes
// thousands of these, and the generic path's read-back, savepoint page copies and QVariant binding cost five times the writes.
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

    /// Everything a write binds, built from `before` and `change` stamped `nowUtc` (storage text): the JSON of both
    /// outbox entries, new ids, UTF-8 text. Pure computation, so the engine builds it on its own thread while the
    /// writer thread writes the changes before it.
    struct Prepared
    {
        Before before;
        QByteArray pendingLevelId;
        QByteArray pendingKind;
        QByteArray pendingReasons;
        QByteArray pendingSince;      ///< null: NULL
        QByteArray now;
        QByteArray memberFields;      ///< the member's outbox entry (the pending columns that differ); empty: none
        QByteArray memberBaseValues;
        QByteArray memberIdemKey;
        QByteArray eventId;
        QByteArray eventIdemKey;
        QByteArray eventFields;       ///< the event's outbox entry: every synced column
        QByteArray actor;
        QByteArray action;
        QByteArray fromLevelId;
        QByteArray toLevelId;
        QByteArray reason;
        QByteArray detail;
    };
    static Prepared prepare(const Before& before, const Change& change, const QString& nowUtc);

    explicit TierPendingWriter(Database& db);

    /// Writes the member's pending columns, the event and their outbox entries. Runs inside the caller's transaction
    /// and opens no savepoint: on an error the caller rolls its transaction back. false: the member changed since it
    /// was read; nothing was written.
    Result<bool> write(const Prepared& prepared);

private:
    Status appendOutbox(const QString& entity, const QByteArray& idemKey, const QByteArray& rowId, const char* op,
                        const QByteArray& fields, const QByteArray& baseValues, const Before* base,
                        const QByteArray& nowUtf8);

    sqlite3* m_handle;
    TierSql::Statement m_update;
    TierSql::Statement m_event;
    TierSql::Statement m_outbox;
};

} // namespace ChannelDesk
