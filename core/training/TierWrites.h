#pragma once

// Internal to core/training: the writes a tier change is made of, shared by TierProgramRepository, TierEngine and
// TierReview so a level is applied the same way everywhere (member row, partner.tier, lead weight, tier_event).
// Callers open the transaction; every function here writes through RecordWriter.
#include "common/Result.h"
#include "domain/Training.h"

#include <QJsonObject>

namespace ChannelDesk {

class Database;

namespace TierWrites {

Result<ProgramMember> member(Database& db, const QByteArray& id);
Result<TierLevel> level(Database& db, const QByteArray& id);

/// Appends a history row (who, when, from, to, why, detail).
Status event(Database& db, const ProgramMember& member, const QString& actor, const QDateTime& at,
             const QString& action, const QByteArray& fromLevelId, const QByteArray& toLevelId, const QString& reason,
             const QJsonObject& detail = {});

/// Writes the member's changed synced columns (false: nothing changed, no outbox entry).
Result<bool> saveMember(Database& db, const ProgramMember& member);

/// Places `member` at `level` (nullptr = no level): level, lead weight (TIER-06), pending change cleared, and the
/// partner's tier set to the level's code (cleared without a level; left alone for a level without a code).
/// Writes the member and the partner; the caller writes the event.
Status applyLevel(Database& db, ProgramMember& member, const TierLevel* level);

/// The partner's tier column, through RecordWriter (entity partner; tier is in no local search column).
Status setPartnerTier(Database& db, const QByteArray& partnerId, const QString& code);

} // namespace TierWrites
} // namespace ChannelDesk
