#pragma once

#include "common/Result.h"
#include "domain/Training.h"
#include "training/TrainingAction.h"

namespace ChannelDesk {

class Database;

/// Partner programs, their levels and criteria (TIER-01/02), memberships and points (TIER-04). Every change
/// validates and writes through RecordWriter in one transaction; membership changes also write a tier_event.
/// Validation: program name required, currency an ISO 4217 code; level name required, rank ≥ 1 and unique among the
/// program's live levels, lead weight 0…100, every criterion ≥ 0 when set, track requirements name a track and a
/// count ≥ 1 (a track at most once).
class TierProgramRepository final
{
public:
    explicit TierProgramRepository(Database& db);

    Result<TierProgram> program(const QByteArray& id) const;
    Result<QList<TierProgram>> programs(bool includeInactive = true) const; ///< live, by name
    Result<TierProgram> createProgram(TierProgram program);
    Result<bool> updateProgram(const TierProgram& program);
    Status removeProgram(const QByteArray& id); ///< refused while it has live members (deactivate it instead)

    Result<QList<TierLevel>> levels(const QByteArray& programId) const; ///< live, rank ascending (1 = lowest)
    Result<TierLevel> level(const QByteArray& id) const;
    Result<TierLevel> createLevel(TierLevel level);
    Result<bool> updateLevel(const TierLevel& level);
    Status removeLevel(const QByteArray& id); ///< refused while a live member is at or pending for it

    Result<QList<ProgramMember>> membersOf(const QByteArray& partnerId) const;
    Result<ProgramMember> member(const QByteArray& id) const;
    Result<ProgramMember> memberOf(const QByteArray& partnerId, const QByteArray& programId) const; ///< NotFound if none
    /// Enrols a partner (one live member per partner and program). Its starting level is the level whose code equals
    /// the partner's tier, else none; a 'joined' event records it.
    Result<ProgramMember> join(const QByteArray& partnerId, const QByteArray& programId, const TrainingAction& input);
    /// Enrols every live partner not yet a member, in batched transactions; returns how many joined.
    Result<int> joinAll(const QByteArray& programId, const TrainingAction& input);
    Status leave(const QByteArray& memberId, const TrainingAction& input);

    Result<QList<PointsEntry>> pointsOf(const QByteArray& partnerId, const QByteArray& programId) const;
    Result<PointsEntry> addPoints(PointsEntry entry, const TrainingAction& input); ///< points ≠ 0, earnedOn required
    Status removePoints(const QByteArray& id);

private:
    Database& m_db;
};

} // namespace ChannelDesk
