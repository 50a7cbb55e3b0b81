#pragma once

// Internal to core/training: the writes a tier change is made of, shared by TierProgramRepository, TierEngine and
// TierReview so a level is applied the same way everywhere (member row, partner.tier, lead weight, tier_event).
// Callers open the transaction; every function here writes through RecordWriter. The RecordWriter overloads let a
// caller that writes many changes (TierEngine) keep one writer, and so its prepared statements, for the whole run.
#include "common/Result.h"
#include "domain/Training.h"
#include "storage/RecordWriter.h"

#include <QJsonObject>

struct sqlite3_stmt;

namespace ChannelDesk {

class Database;

namespace TierWrites {

Result<ProgramMember> member(Database& db, const QByteArray& id);

/// member() on one statement prepared once, for TierEngine, which re-reads every member it changes: the same id
/// and synced fields, read as QSqlQuery reads them, without the bookkeeping (meta), which no write uses.
class MemberReader final
{
public:
    explicit MemberReader(Database& db);
    ~MemberReader();
    MemberReader(const MemberReader&) = delete;
    MemberReader& operator=(const MemberReader&) = delete;

    Result<ProgramMember> read(const QByteArray& id);

private:
    Database& m_db;
    QString m_sql;
    sqlite3_stmt* m_statement = nullptr;
};

Result<TierLevel> level(Database& db, const QByteArray& id);

/// Appends a history row (who, when, from, to, why, detail).
Status event(Database& db, const ProgramMember& member, const QString& actor, const QDateTime& at,
             const QString& action, const QByteArray& fromLevelId, const QByteArray& toLevelId, const QString& reason,
             const QJsonObject& detail = {});
Status event(RecordWriter& writer, const ProgramMember& member, const QString& actor, const QDateTime& at,
             const QString& action, const QByteArray& fromLevelId, const QByteArray& toLevelId, const QString& reason,
             const QJsonObject& detail = {});
/// The same with the detail already as compact JSON text (empty: none): the engine writes thousands of events and
/// builds each detail directly instead of through QJsonDocument.
Status event(RecordWriter& writer, const ProgramMember& member, const QString& actor, const QDateTime& at,
             const QString& action, const QByteArray& fromLevelId, const QByteArray& toLevelId, const QString& reason,
             const QString& detailJson);

/// Writes the member's changed synced columns (false: nothing changed, no outbox entry).
Result<bool> saveMember(Database& db, const ProgramMember& member);
Result<bool> saveMember(RecordWriter& writer, const ProgramMember& member);

/// Places `member` at `level` (nullptr = no level): level, lead weight (TIER-06), pending change cleared, and the
/// partner's tier set to the level's code (cleared without a level; left alone for a level without a code).
/// Writes the member and the partner; the caller writes the event.
Status applyLevel(Database& db, ProgramMember& member, const TierLevel* level);
Status applyLevel(RecordWriter& writer, ProgramMember& member, const TierLevel* level);

/// The partner's tier column, through RecordWriter (entity partner; tier is in no local search column).
Status setPartnerTier(Database& db, const QByteArray& partnerId, const QString& code);
Status setPartnerTier(RecordWriter& writer, const QByteArray& partnerId, const QString& code);

} // namespace TierWrites
} // namespace ChannelDesk
