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
/// Every member's change (member row, tier_event, their outbox entries) is all or nothing; tier_standing (local) is
/// rewritten for every member whose standing changed, including the at-risk verdict: whether the member would no
/// longer qualify for its current level if certifications expiring within `atRiskHorizonDays` lapsed, the first such
/// day and the unmet criteria.
/// Idempotent: a second run on unchanged data writes no synced row, no event and no outbox entry.
/// Runs on the caller's thread with the caller's connection: the UI runs it on a worker (TierScheduler). A full run
/// also opens read connections of its own (TierMetrics) and lends the caller's connection to a writer thread from
/// the first member until it returns (TierWriteQueue). Meanwhile the progress callback must not use that connection:
/// Qt opens SQLite connections without their mutex, so two threads on one connection can corrupt it. (Reports with
/// done = 0 come before the member loop.) Other connections may write as usual; they wait for the writer's batch.
///
/// Writing: member changes are committed in short batches (about every 250 ms), so a run that changes many members
/// does not pay one disk flush per member and never holds the write lock long. A failed write rolls the batch in
/// progress back whole (so no member is ever half-written) and ends the run; batches before it stay, and the next
/// run redoes the rest. Cancelling commits the batch in progress. A member whose row changed since the run read it
/// (a CAM decided meanwhile, a sync pulled it) is left for the next run: the pending write only applies to the row as
/// read (TierPendingWriter). tier_standing rows are written only when their content changed, so computed_at is when
/// the standing last changed, and so is as_of (the day evaluated); TrainingSettings::lastRecomputeAt() is when the
/// last full run finished and lastFullRunDay() the day it evaluated, which re-checked every unchanged standing.
/// No savepoint per member or per row (each would make SQLite copy every page the change touches once more);
/// SQLite's journals stay in memory for a full run (temp_store, restored after; set only when the caller holds no
/// transaction).
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
    /// Copies a full run's pages from the WAL into the database (passive: never waits for readers). A full run
    /// leaves that to its caller, to do once it has shown the result (TierScheduler, channeldesk-cli); otherwise the
    /// next commit on any connection does it, an editor's save included.
    static void checkpoint(Database& db);

private:
    Result<Summary> run(const QDate& today, const QByteArray& partnerId, const Progress& progress);

    Database& m_db;
};

} // namespace ChannelDesk
