#pragma once

#include "common/Result.h"
#include "domain/Training.h"

#include <QDate>

#include <functional>

namespace ChannelDesk {

class Database;

/// Recomputes tier standing for every member of every active program (TIER-02/03/05) and applies the rules:
/// - qualifying level above the current one: with the program's autoUpgrade the level is applied (event "applied",
///   partner.tier and lead weight updated, TIER-06); otherwise a pending upgrade is proposed for a CAM (event
///   "proposed", reasons = criteria met);
/// - qualifying level below the current one: never applied. A pending demotion review is opened (event
///   "demotion_review", reasons = the criteria no longer met);
/// - unchanged: any pending change is withdrawn (event "withdrawn");
/// - a pending change to the same level with the same kind is left alone (no new event, no outbox entry);
/// - a proposal or review a CAM rejected or kept is not reopened for the same level within the review snooze days
///   (TrainingSettings) unless the member's level changed since.
/// Every member's change is its own small transaction (RecordWriter + tier_event); tier_standing (local) is rewritten
/// for every member, including the at-risk verdict: whether the member would no longer qualify for its current level
/// if certifications expiring within `atRiskHorizonDays` lapsed, the first such day and the unmet criteria.
/// Idempotent: a second run on unchanged data writes no synced row, no event and no outbox entry.
/// Runs on the caller's thread with the caller's connection: the UI runs it on a worker (TierScheduler).
///
/// Writing: each member's change is a savepoint of its own (all of it or nothing), and the savepoints are committed
/// in short batches (about every 100 ms), so a run that changes many members does not pay one disk flush per member
/// and never holds the write lock long. A member whose row changed since the run read it (a CAM decided meanwhile)
/// is left for the next run. tier_standing rows are written only when their content changed, so computed_at is when
/// the standing last changed, and so is as_of (the day evaluated); TrainingSettings::lastRecomputeAt() is when the
/// last full run finished and lastFullRunDay() the day it evaluated, which re-checked every unchanged standing.
/// A run keeps one RecordWriter (its statements prepared once) and writes a member's change inside the member's
/// savepoint only (no savepoint per row write); SQLite's journals stay in memory for a full run (temp_store, restored
/// after; set only when the caller holds no transaction).
class TierEngine final
{
public:
    struct Summary
    {
        int members = 0;
        int unchanged = 0;
        int proposed = 0;   ///< new upgrade proposals
        int applied = 0;    ///< automatic upgrades
        int reviews = 0;    ///< new demotion reviews
        int withdrawn = 0;
        int atRisk = 0;
        qint64 elapsedMs = 0;
        int standingsWritten = 0; ///< tier_standing rows inserted, changed or removed
        int unconvertedDeals = 0; ///< won deals left out of revenue for want of a rate (TierMetrics)
    };
    /// done/total members; return false to cancel (then Error::Code::Cancelled, earlier members' changes kept).
    using Progress = std::function<bool(int done, int total)>;

    explicit TierEngine(Database& db);

    Result<Summary> recompute(const QDate& today, const Progress& progress = {});
    /// Only the members of one partner (after an edit to its certifications, deals or points).
    Result<Summary> recomputePartner(const QByteArray& partnerId, const QDate& today);

private:
    Result<Summary> run(const QDate& today, const QByteArray& partnerId, const Progress& progress);

    Database& m_db;
};

} // namespace ChannelDesk
