#pragma once

#include "common/Result.h"
#include "domain/Training.h"
#include "training/TierMetrics.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace ChannelDesk {

class Database;

/// A program by name, for filters.
struct TierProgramChoice
{
    QByteArray id;
    QString name;
};

/// A member waiting for a CAM's decision (TIER-02: no silent upgrades; TIER-03: no silent demotions).
struct TierQueueRow
{
    qint64 localId = 0;       ///< program_member row key (keyset cursor, with pendingSinceKey)
    QString pendingSinceKey;  ///< pending_since as stored (keyset cursor)
    QByteArray memberId;
    QByteArray partnerId;
    QString partnerName;
    QByteArray programId;
    QString programName;
    QByteArray levelId;       ///< current level; empty = not placed yet
    QString levelName;
    int levelRank = 0;
    QByteArray proposedLevelId;
    QString proposedLevelName;
    int proposedRank = 0;
    QString kind;             ///< upgrade | demotion
    QStringList reasons;      ///< criteria met (upgrade) or no longer met (demotion)
    QDateTime pendingSince;   ///< UTC
    int ageDays = 0;          ///< local calendar days from pendingSince to the filter's day
};

struct TierQueueFilter
{
    QString kind;             ///< "" = both, "upgrade", "demotion"
    QByteArray programId;     ///< empty = every program
    QDate today;              ///< for ageDays; invalid = the current local day
};

/// A member that falls below its level's criteria when certifications expiring within the horizon lapse (TIER-05),
/// as the last TierEngine run judged it (tier_standing).
struct TierAtRiskRow
{
    QByteArray partnerId;
    QString partnerName;
    QByteArray programId;
    QString programName;
    QByteArray levelId;
    QString levelName;
    int levelRank = 0;
    QDate atRiskOn;           ///< the first day it no longer qualifies
    int daysLeft = 0;         ///< from the filter's day to atRiskOn
    QStringList reasons;      ///< the criteria it would miss
    int certifiedNow = 0;     ///< certified people at the last evaluation
    std::optional<int> certifiedNeeded; ///< the level's minimum, when it has one
    QDate asOf;               ///< the day the engine evaluated
};

struct TierAtRiskFilter
{
    QByteArray programId;     ///< empty = every program
    QDate until;              ///< only rows at risk on or before this day; invalid = every at-risk row
    QDate today;              ///< for daysLeft; invalid = the current local day
};

/// One program of one partner: where it stands and what the next level still needs (the "what is missing" view).
struct TierStanding
{
    QByteArray memberId;
    QByteArray programId;
    QString programName;
    QString currency;         ///< the program's currency (revenue criteria)
    std::optional<TierLevel> current;
    std::optional<TierLevel> next;      ///< the level above the current one (the lowest when not placed); none at the top
    QString pendingKind;      ///< "" | upgrade | demotion
    QString pendingLevelName;
    QString qualifiesLevelName; ///< what the last evaluation found (TIER-03, no skipping)
    bool measured = false;    ///< whether the engine has evaluated this member yet
    PartnerMetrics metrics;   ///< at the last evaluation
    QDate asOf;
    QDateTime computedAt;
    QStringList nextMet;      ///< criteria of `next` already met
    QStringList nextMissing;  ///< criteria of `next` not met yet: what is missing
    QStringList currentUnmet; ///< criteria of `current` no longer met
    bool atRisk = false;
    QDate atRiskOn;
    QStringList atRiskReasons;
};

/// A row of a partner's tier history (tier_event) with level and program names.
struct TierHistoryRow
{
    QByteArray id;
    QByteArray programId;
    QString programName;
    QDateTime at;             ///< UTC
    QString actor;            ///< a user, or "system"
    QString action;           ///< tier_event.action
    QByteArray fromLevelId;
    QString fromLevelName;
    QByteArray toLevelId;
    QString toLevelName;
    QString reason;
    QString detail;           ///< JSON
};

/// Read-only queries behind the tier review screens. Each one is a bounded, indexed read, so a list's first page
/// paints in well under 50 ms with 100,000 members: the review queue walks program_member's partial index of pending
/// members in pending_since order, the at-risk list walks tier_standing's partial at-risk index in at_risk_on order
/// (both keyset-paged: a page starts after the last row of the previous one, never an OFFSET), and one partner's
/// standings and history are a handful of primary-key and (partner_id, …) index lookups. Counts are read from those
/// partial indexes alone, without looking up each row's partner: they still include a member whose partner was
/// deleted, or a standing of a member who left, until the next TierEngine run clears it (the lists leave them out),
/// so a list model treats a count as "at least this many pages" and stops at the first empty page.
class TierQuery final
{
public:
    explicit TierQuery(Database& db);

    /// Live programs by name.
    Result<QList<TierProgramChoice>> programs() const;

    /// Pending upgrades and demotion reviews, oldest first; at most `limit` rows after `after` (nullptr = from the start).
    Result<QList<TierQueueRow>> reviewQueue(const TierQueueFilter& filter, int limit,
                                            const TierQueueRow* after = nullptr) const;
    Result<int> reviewQueueCount(const TierQueueFilter& filter) const;
    /// One member's queue row (NotFound when nothing waits for it).
    Result<TierQueueRow> queueRow(const QByteArray& memberId, const QDate& today = {}) const;

    /// At-risk members, soonest first; at most `limit` rows after `after` (nullptr = from the start).
    Result<QList<TierAtRiskRow>> atRisk(const TierAtRiskFilter& filter, int limit,
                                        const TierAtRiskRow* after = nullptr) const;
    Result<int> atRiskCount(const TierAtRiskFilter& filter) const;

    /// Every live membership of a partner, by program name.
    Result<QList<TierStanding>> standings(const QByteArray& partnerId) const;
    /// The partner's tier history, newest first.
    Result<QList<TierHistoryRow>> history(const QByteArray& partnerId) const;

private:
    Database& m_db;
};

} // namespace ChannelDesk
