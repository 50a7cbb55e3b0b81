#include "TierReview.h"

#include "TierWrites.h"
#include "common/Logging.h"
#include "common/Uuid.h"
#include "storage/Database.h"
#include "storage/RecordIo.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace ChannelDesk {

namespace {

struct ReviewTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::TierReview)
};

const QString Upgrade = QStringLiteral("upgrade");
const QString Demotion = QStringLiteral("demotion");

Status requireReason(const TrainingAction& input)
{
    if (input.reason.trimmed().isEmpty())
        return Error::validation(QStringLiteral("reason"), ReviewTr::tr("Enter the reason for this decision."));
    return {};
}

QJsonObject pendingDetail(const ProgramMember& member)
{
    return {
        { QStringLiteral("pending_kind"), member.pendingKind },
        { QStringLiteral("pending_reasons"), QJsonArray::fromStringList(reasonsFromJson(member.pendingReasons)) },
        { QStringLiteral("pending_since"), member.pendingSince.isValid() ? Timestamp::toStorage(member.pendingSince)
                                                                         : QString() },
    };
}

} // namespace

TierReview::TierReview(Database& db)
    : m_db(db)
{
}

Status TierReview::approveUpgrade(const QByteArray& memberId, const TrainingAction& input)
{
    return decide(memberId, nullptr, Decision::Approve, input);
}

Status TierReview::rejectUpgrade(const QByteArray& memberId, const TrainingAction& input)
{
    return decide(memberId, nullptr, Decision::Reject, input);
}

Status TierReview::confirmDemotion(const QByteArray& memberId, const TrainingAction& input)
{
    return decide(memberId, nullptr, Decision::Demote, input);
}

Status TierReview::keepLevel(const QByteArray& memberId, const TrainingAction& input)
{
    return decide(memberId, nullptr, Decision::Keep, input);
}

Status TierReview::approveUpgrade(const ProgramMember& seen, const TrainingAction& input)
{
    return decide(seen.id, &seen, Decision::Approve, input);
}

Status TierReview::rejectUpgrade(const ProgramMember& seen, const TrainingAction& input)
{
    return decide(seen.id, &seen, Decision::Reject, input);
}

Status TierReview::confirmDemotion(const ProgramMember& seen, const TrainingAction& input)
{
    return decide(seen.id, &seen, Decision::Demote, input);
}

Status TierReview::keepLevel(const ProgramMember& seen, const TrainingAction& input)
{
    return decide(seen.id, &seen, Decision::Keep, input);
}

Status TierReview::decide(const QByteArray& memberId, const ProgramMember* seen, Decision decision,
                          const TrainingAction& input)
{
    const bool upgrade = decision == Decision::Approve || decision == Decision::Reject;
    if (decision != Decision::Approve) {
        if (Status s = requireReason(input); !s)
            return s;
    }
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    Result<ProgramMember> stored = TierWrites::member(m_db, memberId);
    if (!stored)
        return stored.error();
    ProgramMember member = stored.value();
    const QString expectedKind = upgrade ? Upgrade : Demotion;
    if (member.pendingKind != expectedKind)
        return Error { Error::Code::Conflict,
                       upgrade ? ReviewTr::tr("No upgrade is waiting for this partner any more: the latest evaluation "
                                              "withdrew or replaced it. Refresh the review queue.")
                               : ReviewTr::tr("No demotion review is waiting for this partner any more: the latest "
                                              "evaluation withdrew or replaced it. Refresh the review queue."),
                       {}, {} };
    if (seen
        && (seen->pendingKind != member.pendingKind || seen->pendingLevelId != member.pendingLevelId
            || seen->pendingSince != member.pendingSince))
        return Error { Error::Code::Conflict,
                       ReviewTr::tr("The pending change was replaced by a newer evaluation since you opened it; review "
                                    "it again."),
                       {}, {} };

    const QByteArray fromLevel = member.levelId;
    const QByteArray toLevel = member.pendingLevelId;
    const QJsonObject detail = pendingDetail(member);
    QString action;
    switch (decision) {
    case Decision::Approve:
    case Decision::Demote: {
        // Apply the pending level (a demotion may leave the member without a level).
        std::optional<TierLevel> level;
        if (!toLevel.isEmpty()) {
            const Result<TierLevel> found = TierWrites::level(m_db, toLevel);
            if (!found)
                return Error { Error::Code::Conflict,
                               ReviewTr::tr("The proposed level no longer exists; set the level by hand."), {}, {} };
            if (found->programId != member.programId)
                return Error { Error::Code::Conflict, ReviewTr::tr("The proposed level is not of this program."), {}, {} };
            level = found.value();
        }
        if (Status s = TierWrites::applyLevel(m_db, member, level ? &*level : nullptr); !s)
            return s;
        action = decision == Decision::Approve ? QStringLiteral("approved") : QStringLiteral("demoted");
        break;
    }
    case Decision::Reject:
    case Decision::Keep: {
        member.pendingLevelId.clear();
        member.pendingKind.clear();
        member.pendingReasons.clear();
        member.pendingSince = {};
        if (const Result<bool> saved = TierWrites::saveMember(m_db, member); !saved)
            return saved.error();
        action = decision == Decision::Reject ? QStringLiteral("rejected") : QStringLiteral("kept");
        break;
    }
    }
    if (Status s = TierWrites::event(m_db, member, input.actor, input.at, action, fromLevel, toLevel,
                                     input.reason.trimmed(), detail);
        !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    qCDebug(lcTraining) << "tier decision" << action << Uuid::toString(memberId);
    return {};
}

Status TierReview::setLevel(const QByteArray& memberId, const QByteArray& levelId, const TrainingAction& input)
{
    if (Status s = requireReason(input); !s)
        return s;
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    Result<ProgramMember> stored = TierWrites::member(m_db, memberId);
    if (!stored)
        return stored.error();
    ProgramMember member = stored.value();
    std::optional<TierLevel> level;
    if (!levelId.isEmpty()) {
        const Result<TierLevel> found = TierWrites::level(m_db, levelId);
        if (!found)
            return Error::validation(QStringLiteral("level_id"), found.error().message);
        if (found->programId != member.programId)
            return Error::validation(QStringLiteral("level_id"), ReviewTr::tr("Choose a level of the member's program."));
        level = found.value();
    }
    if (member.levelId == levelId && member.pendingKind.isEmpty())
        return Error::validation(QStringLiteral("level_id"),
                                 level ? ReviewTr::tr("The partner is already at %1.").arg(level->name)
                                       : ReviewTr::tr("The partner has no level already."));
    const QByteArray fromLevel = member.levelId;
    QJsonObject detail;
    if (!member.pendingKind.isEmpty())
        detail = pendingDetail(member); // the pending change this replaces
    if (Status s = TierWrites::applyLevel(m_db, member, level ? &*level : nullptr); !s)
        return s;
    if (Status s = TierWrites::event(m_db, member, input.actor, input.at, QStringLiteral("set"), fromLevel, levelId,
                                     input.reason.trimmed(), detail);
        !s)
        return s;
    return transaction.commit();
}

Result<QList<TierEvent>> TierReview::history(const QByteArray& partnerId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM tier_event WHERE partner_id = ? AND deleted_at IS NULL "
                             "ORDER BY at DESC, local_id DESC"));
    q.addBindValue(partnerId);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    QList<TierEvent> events;
    while (q.next())
        events.append(RecordIo::fromQuery(q, tierEventFields()));
    return events;
}

} // namespace ChannelDesk
