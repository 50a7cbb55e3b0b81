#pragma once

#include "common/Result.h"
#include "domain/Training.h"
#include "training/TrainingAction.h"

namespace ChannelDesk {

class Database;

/// A CAM's decisions on pending tier changes (TIER-02/03: no silent upgrades, no silent demotions), each one
/// transaction: the member row, partner.tier (the level's code) and the member's lead weight (TIER-06), and a
/// tier_event with who, when, from, to and why. A decision on a member whose pending change moved meanwhile (the
/// engine withdrew or replaced it) is refused with a clear message.
///
/// "rejected" and "kept" events name the refused level as their to-level: TierEngine does not reopen the same
/// change within the review snooze days unless the member's level changed since.
class TierReview final
{
public:
    explicit TierReview(Database& db);

    Status approveUpgrade(const QByteArray& memberId, const TrainingAction& input);  ///< event "approved"
    Status rejectUpgrade(const QByteArray& memberId, const TrainingAction& input);   ///< reason required; "rejected"
    Status confirmDemotion(const QByteArray& memberId, const TrainingAction& input); ///< reason required; "demoted"
    Status keepLevel(const QByteArray& memberId, const TrainingAction& input);       ///< reason required; "kept"
    /// Sets a level by hand (reason required); clears any pending change; event "set". An empty levelId removes the
    /// member's level.
    Status setLevel(const QByteArray& memberId, const QByteArray& levelId, const TrainingAction& input);

    /// The same decisions on the member as the reviewer saw it (`seen`: id, pending level, kind and since, e.g. the
    /// row the review queue showed): refused when the pending change is no longer that one, even if another change
    /// of the same kind replaced it meanwhile. The review screen uses these.
    Status approveUpgrade(const ProgramMember& seen, const TrainingAction& input);
    Status rejectUpgrade(const ProgramMember& seen, const TrainingAction& input);
    Status confirmDemotion(const ProgramMember& seen, const TrainingAction& input);
    Status keepLevel(const ProgramMember& seen, const TrainingAction& input);

    Result<QList<TierEvent>> history(const QByteArray& partnerId) const; ///< newest first

private:
    enum class Decision { Approve, Reject, Demote, Keep };
    Status decide(const QByteArray& memberId, const ProgramMember* seen, Decision decision, const TrainingAction& input);

    Database& m_db;
};

} // namespace ChannelDesk
