#include "TierWrites.h"

#include "TrainingRecordIo.h"
#include "common/Uuid.h"
#include "domain/FieldValues.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ChannelDesk::TierWrites {

namespace {

struct WritesTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::TierProgramRepository)
};

const RecordWriter::Entity PartnerEntity { QStringLiteral("partner"), QStringLiteral("partner") };

} // namespace

Result<ProgramMember> member(Database& db, const QByteArray& id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT * FROM program_member WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next() || !q.value(QStringLiteral("deleted_at")).isNull())
        return Error::notFound(WritesTr::tr("This membership no longer exists."));
    return RecordIo::fromQuery(q, programMemberFields());
}

Result<TierLevel> level(Database& db, const QByteArray& id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT * FROM tier_level WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next() || !q.value(QStringLiteral("deleted_at")).isNull())
        return Error::notFound(WritesTr::tr("The level no longer exists."));
    return RecordIo::fromQuery(q, tierLevelFields());
}

Status event(Database& db, const ProgramMember& member, const QString& actor, const QDateTime& at,
             const QString& action, const QByteArray& fromLevelId, const QByteArray& toLevelId, const QString& reason,
             const QJsonObject& detail)
{
    TierEvent e;
    e.id = Uuid::createV7();
    e.partnerId = member.partnerId;
    e.programId = member.programId;
    e.at = RecordIo::when(at);
    e.actor = actor;
    e.action = action;
    e.fromLevelId = fromLevelId;
    e.toLevelId = toLevelId;
    e.reason = reason;
    e.detail = detail.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    return RecordWriter(db).insert(TrainingRecordIo::TierEventEntity, e.id, RecordIo::columns(e, tierEventFields()));
}

Result<bool> saveMember(Database& db, const ProgramMember& member)
{
    return RecordWriter(db).update(TrainingRecordIo::MemberEntity, member.id,
                                   RecordIo::columns(member, programMemberFields()));
}

Status setPartnerTier(Database& db, const QByteArray& partnerId, const QString& code)
{
    const Result<bool> changed = RecordWriter(db).update(PartnerEntity, partnerId, { { QStringLiteral("tier"), FieldValues::text(code) } });
    if (!changed)
        return changed.error();
    return {};
}

Status applyLevel(Database& db, ProgramMember& member, const TierLevel* level)
{
    member.levelId = level ? level->id : QByteArray();
    member.leadWeight = level ? level->leadWeight : 0;
    member.pendingLevelId.clear();
    member.pendingKind.clear();
    member.pendingReasons.clear();
    member.pendingSince = {};
    if (const Result<bool> saved = saveMember(db, member); !saved)
        return saved.error();
    if (level && level->code.isEmpty())
        return {};
    return setPartnerTier(db, member.partnerId, level ? level->code : QString());
}

} // namespace ChannelDesk::TierWrites
