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
class TierReview final
{
public:
    explicit TierReview(Database& db);

    Status approveUpgrade(const QByteArray& memberId, const TrainingAction& input);  ///< event "approved"
    Status rejectUpgrade(const QByteArray& memberId, const TrainingAction& input);   ///< reason required; "rejected"
    Status confirmDemotion(const QByteArray& memberId, const TrainingAction& input); ///< reason required; "demoted"
    Status keepLevel(const QByteArray& memberId, const TrainingAction& input);       ///< reason required; "kept"
    /// Sets a level by hand (reason required); clears any pending change; event "set".
    Status setLevel(const QByteArray& memberId, const QByteArray& levelId, const TrainingAction& input);

    Result<QList<TierEvent>> history(const QByteArray& partnerId) const; ///< newest first

private:
    Database& m_db;
};

} // namespace ChannelDesk
