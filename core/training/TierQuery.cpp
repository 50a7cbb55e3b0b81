#include "TierQuery.h"

#include "common/Timestamp.h"
#include "storage/Database.h"
#include "storage/RecordIo.h"
#include "storage/Sql.h"
#include "training/TierEvaluator.h"
#include "training/TrainingSettings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace ChannelDesk {

namespace {

struct TierQueryTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::TierQuery)
};

QDate dayOr(const QDate& day)
{
    return day.isValid() ? day : QDate::currentDate();
}

// The queue's columns, shared by the page and single-row reads. Names come from the live rows; a level or program
// deleted meanwhile leaves its name empty rather than hiding the member.
const char* const QueueSelect = "SELECT m.local_id, m.pending_since, m.id, m.partner_id, p.name, m.program_id, pr.name, "
                                "m.level_id, cl.name, cl.rank, m.pending_level_id, pl.name, pl.rank, m.pending_kind, "
                                "m.pending_reasons "
                                "FROM program_member m "
                                "JOIN partner p ON p.id = m.partner_id AND p.deleted_at IS NULL "
                                "LEFT JOIN tier_program pr ON pr.id = m.program_id "
                                "LEFT JOIN tier_level cl ON cl.id = m.level_id "
                                "LEFT JOIN tier_level pl ON pl.id = m.pending_level_id ";

TierQueueRow queueRowFrom(const QSqlQuery& query, const QDate& today)
{
    TierQueueRow row;
    row.localId = query.value(0).toLongLong();
    row.pendingSinceKey = query.value(1).toString();
    row.pendingSince = query.value(1).isNull() ? QDateTime() : Timestamp::fromStorage(row.pendingSinceKey);
    row.memberId = query.value(2).toByteArray();
    row.partnerId = query.value(3).toByteArray();
    row.partnerName = query.value(4).toString();
    row.programId = query.value(5).toByteArray();
    row.programName = query.value(6).toString();
    row.levelId = query.value(7).toByteArray();
    row.levelName = query.value(8).toString();
    row.levelRank = query.value(9).toInt();
    row.proposedLevelId = query.value(10).toByteArray();
    row.proposedLevelName = query.value(11).toString();
    row.proposedRank = query.value(12).toInt();
    row.kind = query.value(13).toString();
    row.reasons = reasonsFromJson(query.value(14).toString());
    // Age in the user's calendar days, like every date rule.
    row.ageDays = row.pendingSince.isValid() ? std::max<qint64>(0, row.pendingSince.toLocalTime().date().daysTo(today)) : 0;
    return row;
}

// WHERE terms and their values for the queue (page and count alike).
void queueWhere(const TierQueueFilter& filter, QStringList& where, QVariantList& values)
{
    where << QStringLiteral("m.deleted_at IS NULL") << QStringLiteral("m.pending_kind <> ''");
    if (!filter.kind.isEmpty()) {
        where << QStringLiteral("m.pending_kind = ?");
        values << filter.kind;
    }
    if (!filter.programId.isEmpty()) {
        where << QStringLiteral("m.program_id = ?");
        values << filter.programId;
    }
}

void atRiskWhere(const TierAtRiskFilter& filter, QStringList& where, QVariantList& values)
{
    where << QStringLiteral("s.at_risk = 1");
    if (filter.until.isValid()) {
        where << QStringLiteral("s.at_risk_on <= ?");
        values << Timestamp::dateToStorage(filter.until);
    }
    if (!filter.programId.isEmpty()) {
        where << QStringLiteral("s.program_id = ?");
        values << filter.programId;
    }
}

Result<int> count(const Database& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    return query.next() ? query.value(0).toInt() : 0;
}

QHash<QString, int> trackCountsFromJson(const QString& json)
{
    QHash<QString, int> counts;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        counts.insert(it.key(), it.value().toInt());
    return counts;
}

} // namespace

TierQuery::TierQuery(Database& db)
    : m_db(db)
{
}

Result<QList<TierProgramChoice>> TierQuery::programs() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name FROM tier_program WHERE deleted_at IS NULL ORDER BY name, local_id")))
        return Sql::errorFrom(query);
    QList<TierProgramChoice> programs;
    while (query.next())
        programs.append({ query.value(0).toByteArray(), query.value(1).toString() });
    return programs;
}

Result<QList<TierQueueRow>> TierQuery::reviewQueue(const TierQueueFilter& filter, int limit,
                                                   const TierQueueRow* after) const
{
    QStringList where;
    QVariantList values;
    queueWhere(filter, where, values);
    if (after) {
        // Keyset: strictly after the previous page's last row in (pending_since, local_id) order. SQLite sorts NULL
        // first, so a NULL cursor continues with the NULL rows after it and then every dated row.
        if (after->pendingSinceKey.isNull()) {
            where << QStringLiteral("(m.pending_since IS NOT NULL OR m.local_id > ?)");
            values << after->localId;
        } else {
            where << QStringLiteral("(m.pending_since, m.local_id) > (?, ?)");
            values << after->pendingSinceKey << after->localId;
        }
    }
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(QueueSelect)
                  + QStringLiteral("WHERE %1 ORDER BY m.pending_since, m.local_id LIMIT ?").arg(where.join(QStringLiteral(" AND "))));
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(std::max(0, limit));
    if (Status status = Sql::exec(query); !status)
        return status.error();
    const QDate today = dayOr(filter.today);
    QList<TierQueueRow> rows;
    while (query.next())
        rows.append(queueRowFrom(query, today));
    return rows;
}

Result<int> TierQuery::reviewQueueCount(const TierQueueFilter& filter) const
{
    QStringList where;
    QVariantList values;
    queueWhere(filter, where, values);
    // From the pending index alone: looking up every pending member's partner would cost more than the page.
    return count(m_db, QStringLiteral("SELECT count(*) FROM program_member m WHERE %1").arg(where.join(QStringLiteral(" AND "))),
                 values);
}

Result<TierQueueRow> TierQuery::queueRow(const QByteArray& memberId, const QDate& today) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(QueueSelect)
                  + QStringLiteral("WHERE m.id = ? AND m.deleted_at IS NULL AND m.pending_kind <> ''"));
    query.addBindValue(memberId);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    if (!query.next())
        return Error::notFound(TierQueryTr::tr("Nothing waits for a decision on this membership any more."));
    return queueRowFrom(query, dayOr(today));
}

Result<QList<TierAtRiskRow>> TierQuery::atRisk(const TierAtRiskFilter& filter, int limit,
                                               const TierAtRiskRow* after) const
{
    QStringList where;
    QVariantList values;
    atRiskWhere(filter, where, values);
    // A standing left behind by a member who left (until the next run removes it) is not shown.
    where << QStringLiteral("EXISTS (SELECT 1 FROM program_member m WHERE m.partner_id = s.partner_id "
                            "AND m.program_id = s.program_id AND m.deleted_at IS NULL)");
    if (after) {
        // Keyset in the at-risk index's order (at_risk_on, then the primary key it carries).
        if (!after->atRiskOn.isValid()) {
            where << QStringLiteral("(s.at_risk_on IS NOT NULL OR (s.partner_id, s.program_id) > (?, ?))");
            values << after->partnerId << after->programId;
        } else {
            where << QStringLiteral("(s.at_risk_on, s.partner_id, s.program_id) > (?, ?, ?)");
            values << Timestamp::dateToStorage(after->atRiskOn) << after->partnerId << after->programId;
        }
    }
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT s.partner_id, p.name, s.program_id, pr.name, s.level_id, l.name, l.rank, "
                                 "s.at_risk_on, s.at_risk_reasons, s.certified, l.min_certified, max(s.as_of, %2) "
                                 "FROM tier_standing s "
                                 "JOIN partner p ON p.id = s.partner_id AND p.deleted_at IS NULL "
                                 "LEFT JOIN tier_program pr ON pr.id = s.program_id "
                                 "LEFT JOIN tier_level l ON l.id = s.level_id "
                                 "WHERE %1 ORDER BY s.at_risk_on, s.partner_id, s.program_id LIMIT ?")
                      .arg(where.join(QStringLiteral(" AND ")), TrainingSettings::lastFullRunDaySql()));
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(std::max(0, limit));
    if (Status status = Sql::exec(query); !status)
        return status.error();
    const QDate today = dayOr(filter.today);
    QList<TierAtRiskRow> rows;
    while (query.next()) {
        TierAtRiskRow row;
        row.partnerId = query.value(0).toByteArray();
        row.partnerName = query.value(1).toString();
        row.programId = query.value(2).toByteArray();
        row.programName = query.value(3).toString();
        row.levelId = query.value(4).toByteArray();
        row.levelName = query.value(5).toString();
        row.levelRank = query.value(6).toInt();
        row.atRiskOn = query.value(7).isNull() ? QDate() : Timestamp::dateFromStorage(query.value(7).toString());
        row.daysLeft = row.atRiskOn.isValid() ? int(today.daysTo(row.atRiskOn)) : 0;
        row.reasons = reasonsFromJson(query.value(8).toString());
        row.certifiedNow = query.value(9).toInt();
        if (!query.value(10).isNull())
            row.certifiedNeeded = query.value(10).toInt();
        row.asOf = Timestamp::dateFromStorage(query.value(11).toString());
        rows.append(row);
    }
    return rows;
}

Result<int> TierQuery::atRiskCount(const TierAtRiskFilter& filter) const
{
    QStringList where;
    QVariantList values;
    atRiskWhere(filter, where, values);
    // From the at-risk index alone, like the queue's count.
    return count(m_db, QStringLiteral("SELECT count(*) FROM tier_standing s WHERE %1").arg(where.join(QStringLiteral(" AND "))),
                 values);
}

Result<QList<TierStanding>> TierQuery::standings(const QByteArray& partnerId) const
{
    QSqlQuery members(m_db.connection());
    members.setForwardOnly(true);
    members.prepare(QStringLiteral("SELECT m.id, m.program_id, pr.name, pr.currency, m.level_id, m.pending_kind, "
                                   "m.pending_level_id FROM program_member m "
                                   "LEFT JOIN tier_program pr ON pr.id = m.program_id "
                                   "WHERE m.partner_id = ? AND m.deleted_at IS NULL ORDER BY pr.name, m.local_id"));
    members.addBindValue(partnerId);
    if (Status status = Sql::exec(members); !status)
        return status.error();

    QList<TierStanding> standings;
    QList<QByteArray> levelIds;
    QList<QByteArray> pendingIds;
    while (members.next()) {
        TierStanding standing;
        standing.memberId = members.value(0).toByteArray();
        standing.programId = members.value(1).toByteArray();
        standing.programName = members.value(2).toString();
        standing.currency = members.value(3).toString();
        standing.pendingKind = members.value(5).toString();
        levelIds.append(members.value(4).toByteArray());
        pendingIds.append(members.value(6).toByteArray());
        standings.append(standing);
    }

    QSqlQuery levels(m_db.connection());
    levels.setForwardOnly(true);
    levels.prepare(QStringLiteral("SELECT * FROM tier_level WHERE program_id = ? AND deleted_at IS NULL ORDER BY rank, local_id"));
    QSqlQuery standingQuery(m_db.connection());
    standingQuery.setForwardOnly(true);
    // A standing is rewritten only when it changes; the last full run re-checked the others on its day.
    standingQuery.prepare(QStringLiteral("SELECT computed_at, max(as_of, %1), qualifies_level_id, revenue_minor, certified, "
                                         "track_counts, approved_registrations, closed_won, points, at_risk, "
                                         "at_risk_on, at_risk_reasons FROM tier_standing "
                                         "WHERE partner_id = ? AND program_id = ?")
                              .arg(TrainingSettings::lastFullRunDaySql()));

    for (qsizetype i = 0; i < standings.size(); ++i) {
        TierStanding& standing = standings[i];
        levels.addBindValue(standing.programId);
        if (Status status = Sql::exec(levels); !status)
            return status.error();
        QList<TierLevel> ladder;
        while (levels.next())
            ladder.append(RecordIo::fromQuery(levels, tierLevelFields()));
        levels.finish();
        const auto levelIndex = [&ladder](const QByteArray& id) -> qsizetype {
            if (id.isEmpty())
                return -1;
            for (qsizetype at = 0; at < ladder.size(); ++at) {
                if (ladder.at(at).id == id)
                    return at;
            }
            return -1;
        };
        const qsizetype currentIndex = levelIndex(levelIds.at(i));
        if (currentIndex >= 0)
            standing.current = ladder.at(currentIndex);
        // TIER-03: the next rung is the only one a member can move to, so it is the one "what is missing" names.
        if (currentIndex + 1 < ladder.size())
            standing.next = ladder.at(currentIndex + 1);
        if (const qsizetype pending = levelIndex(pendingIds.at(i)); pending >= 0)
            standing.pendingLevelName = ladder.at(pending).name;

        standingQuery.addBindValue(partnerId);
        standingQuery.addBindValue(standing.programId);
        if (Status status = Sql::exec(standingQuery); !status)
            return status.error();
        if (standingQuery.next()) {
            standing.measured = true;
            standing.computedAt = Timestamp::fromStorage(standingQuery.value(0).toString());
            standing.asOf = Timestamp::dateFromStorage(standingQuery.value(1).toString());
            if (const qsizetype qualifies = levelIndex(standingQuery.value(2).toByteArray()); qualifies >= 0)
                standing.qualifiesLevelName = ladder.at(qualifies).name;
            standing.metrics.revenueMinor = standingQuery.value(3).toLongLong();
            standing.metrics.currency = standing.currency; // revenue is stored in the program's currency
            standing.metrics.certifiedPeople = standingQuery.value(4).toInt();
            standing.metrics.certifiedByTrack = trackCountsFromJson(standingQuery.value(5).toString());
            standing.metrics.approvedRegistrations = standingQuery.value(6).toInt();
            standing.metrics.closedWon = standingQuery.value(7).toInt();
            standing.metrics.points = standingQuery.value(8).toLongLong();
            standing.atRisk = standingQuery.value(9).toInt() != 0;
            if (!standingQuery.value(10).isNull())
                standing.atRiskOn = Timestamp::dateFromStorage(standingQuery.value(10).toString());
            standing.atRiskReasons = reasonsFromJson(standingQuery.value(11).toString());
        }
        standingQuery.finish();
        if (standing.measured) {
            if (standing.next)
                TierEvaluator::meets(*standing.next, standing.metrics, &standing.nextMissing, &standing.nextMet);
            if (standing.current)
                TierEvaluator::meets(*standing.current, standing.metrics, &standing.currentUnmet);
        }
    }
    return standings;
}

Result<QList<TierHistoryRow>> TierQuery::history(const QByteArray& partnerId) const
{
    // Names of levels and programs deleted since stay readable: history joins without the tombstone filter.
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT e.id, e.program_id, pr.name, e.at, e.actor, e.action, e.from_level_id, "
                                 "fl.name, e.to_level_id, tl.name, e.reason, e.detail FROM tier_event e "
                                 "LEFT JOIN tier_program pr ON pr.id = e.program_id "
                                 "LEFT JOIN tier_level fl ON fl.id = e.from_level_id "
                                 "LEFT JOIN tier_level tl ON tl.id = e.to_level_id "
                                 "WHERE e.partner_id = ? AND e.deleted_at IS NULL "
                                 "ORDER BY e.at DESC, e.local_id DESC"));
    query.addBindValue(partnerId);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    QList<TierHistoryRow> rows;
    while (query.next()) {
        TierHistoryRow row;
        row.id = query.value(0).toByteArray();
        row.programId = query.value(1).toByteArray();
        row.programName = query.value(2).toString();
        row.at = Timestamp::fromStorage(query.value(3).toString());
        row.actor = query.value(4).toString();
        row.action = query.value(5).toString();
        row.fromLevelId = query.value(6).toByteArray();
        row.fromLevelName = query.value(7).toString();
        row.toLevelId = query.value(8).toByteArray();
        row.toLevelName = query.value(9).toString();
        row.reason = query.value(10).toString();
        row.detail = query.value(11).toString();
        rows.append(row);
    }
    return rows;
}

} // namespace ChannelDesk
