#include "TierProgramRepository.h"

#include "TierWrites.h"
#include "TrainingRecordIo.h"
#include "common/Logging.h"
#include "common/Money.h"
#include "common/Uuid.h"
#include "domain/Partner.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace ChannelDesk {

namespace {

struct ProgramTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::TierProgramRepository)
};

using namespace TrainingRecordIo;

constexpr int MaxNameLength = 200;
constexpr int MaxLeadWeight = 100;
constexpr int JoinBatch = 500;

Result<qint64> count(Database& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& bind : binds)
        q.addBindValue(bind);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    q.next();
    return q.value(0).toLongLong();
}

Status checkName(QString& name, const QString& field)
{
    name = name.trimmed();
    if (name.isEmpty())
        return Error::validation(field, ProgramTr::tr("Enter a name."));
    if (name.size() > MaxNameLength)
        return Error::validation(field, ProgramTr::tr("The name is limited to %n character(s).", nullptr, MaxNameLength));
    return {};
}

Status validateProgram(TierProgram& program)
{
    if (Status s = checkName(program.name, QStringLiteral("name")); !s)
        return s;
    program.currency = program.currency.trimmed().toUpper();
    if (!Money::isValidCurrency(program.currency))
        return Error::validation(QStringLiteral("currency"),
                                 ProgramTr::tr("\"%1\" is not an ISO 4217 currency code.").arg(program.currency));
    return {};
}

template<class T>
Status checkNotNegative(const std::optional<T>& value, const QString& field, const QString& what)
{
    if (value && *value < 0)
        return Error::validation(field, ProgramTr::tr("%1 cannot be negative.").arg(what));
    return {};
}

/// The level's own rules (rank uniqueness needs the database and is checked by the caller).
Status validateLevel(TierLevel& level)
{
    if (Status s = checkName(level.name, QStringLiteral("name")); !s)
        return s;
    if (level.rank < 1)
        return Error::validation(QStringLiteral("rank"), ProgramTr::tr("The rank must be 1 or more (1 is the lowest level)."));
    level.code = level.code.trimmed();
    // The code is copied to partner.tier (TIER-06), which only takes the partner tiers.
    bool knownCode = level.code.isEmpty();
    for (const Choice& tier : partnerTiers())
        knownCode = knownCode || tier.code == level.code;
    if (!knownCode)
        return Error::validation(QStringLiteral("code"),
                                 ProgramTr::tr("\"%1\" is not a partner tier; choose one of the partner tiers.").arg(level.code));
    if (level.leadWeight < 0 || level.leadWeight > MaxLeadWeight)
        return Error::validation(QStringLiteral("lead_weight"),
                                 ProgramTr::tr("The lead weight must be between 0 and %1.").arg(MaxLeadWeight));
    if (Status s = checkNotNegative(level.minRevenueMinor, QStringLiteral("min_revenue_minor"),
                                    ProgramTr::tr("The revenue criterion"));
        !s)
        return s;
    if (Status s = checkNotNegative(level.minCertifiedPeople, QStringLiteral("min_certified"),
                                    ProgramTr::tr("The certified people criterion"));
        !s)
        return s;
    if (Status s = checkNotNegative(level.minApprovedRegistrations, QStringLiteral("min_approved_registrations"),
                                    ProgramTr::tr("The approved registrations criterion"));
        !s)
        return s;
    if (Status s = checkNotNegative(level.minClosedWon, QStringLiteral("min_closed_won"),
                                    ProgramTr::tr("The closed-won deals criterion"));
        !s)
        return s;
    if (Status s = checkNotNegative(level.minPoints, QStringLiteral("min_points"), ProgramTr::tr("The points criterion"));
        !s)
        return s;
    QSet<QString> tracks;
    for (TrackRequirement& requirement : level.trackRequirements) {
        requirement.track = requirement.track.trimmed();
        if (requirement.track.isEmpty())
            return Error::validation(QStringLiteral("track_requirements"),
                                     ProgramTr::tr("Name the track of each certified people requirement."));
        if (requirement.count < 1)
            return Error::validation(QStringLiteral("track_requirements"),
                                     ProgramTr::tr("The %1 track needs at least one certified person.").arg(requirement.track));
        const QString key = requirement.track.toCaseFolded();
        if (tracks.contains(key))
            return Error::validation(QStringLiteral("track_requirements"),
                                     ProgramTr::tr("The %1 track is listed twice.").arg(requirement.track));
        tracks.insert(key);
    }
    return {};
}

Status checkRank(Database& db, const TierLevel& level)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT name FROM tier_level WHERE program_id = ? AND rank = ? AND deleted_at IS NULL "
                             "AND id IS NOT ?"));
    q.addBindValue(level.programId);
    q.addBindValue(level.rank);
    q.addBindValue(level.id.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(level.id));
    if (Status s = Sql::exec(q); !s)
        return s;
    if (q.next())
        return Error::validation(QStringLiteral("rank"),
                                 ProgramTr::tr("Rank %1 is already %2's; each level needs its own rank.")
                                     .arg(level.rank)
                                     .arg(q.value(0).toString()));
    return {};
}

struct PartnerRow
{
    QByteArray id;
    QString name;
    QString tier;
};

Result<PartnerRow> livePartner(Database& db, const QByteArray& id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT name, tier, deleted_at FROM partner WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::validation(QStringLiteral("partner_id"), ProgramTr::tr("The partner no longer exists."));
    if (!q.value(2).isNull())
        return Error::validation(QStringLiteral("partner_id"),
                                 ProgramTr::tr("%1 was deleted; restore the partner first.").arg(q.value(0).toString()));
    return PartnerRow { id, q.value(0).toString(), q.value(1).toString() };
}

/// One membership and its "joined" event (the caller's transaction).
Result<ProgramMember> insertMember(Database& db, const PartnerRow& partner, const QByteArray& programId,
                                   const QList<TierLevel>& levels, const TrainingAction& input)
{
    ProgramMember member;
    member.id = Uuid::createV7();
    member.partnerId = partner.id;
    member.programId = programId;
    member.joinedOn = RecordIo::localDay(input.at);
    for (const TierLevel& level : levels) {
        if (!partner.tier.isEmpty() && level.code == partner.tier) {
            member.levelId = level.id;
            member.leadWeight = level.leadWeight;
            break;
        }
    }
    if (Status s = RecordWriter(db).insert(MemberEntity, member.id, RecordIo::columns(member, programMemberFields())); !s)
        return s.error();
    QJsonObject detail;
    if (!member.levelId.isEmpty())
        detail.insert(QStringLiteral("from_partner_tier"), partner.tier);
    if (Status s = TierWrites::event(db, member, input.actor, input.at, QStringLiteral("joined"), {}, member.levelId,
                                     input.reason, detail);
        !s)
        return s.error();
    return member;
}

} // namespace

TierProgramRepository::TierProgramRepository(Database& db)
    : m_db(db)
{
}

// --- programs ----------------------------------------------------------------------------------------------------

Result<TierProgram> TierProgramRepository::program(const QByteArray& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM tier_program WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(ProgramTr::tr("The program no longer exists."));
    return RecordIo::fromQuery(q, tierProgramFields());
}

Result<QList<TierProgram>> TierProgramRepository::programs(bool includeInactive) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM tier_program WHERE deleted_at IS NULL ORDER BY name, local_id")))
        return Sql::errorFrom(q);
    QList<TierProgram> list;
    while (q.next()) {
        TierProgram program = RecordIo::fromQuery(q, tierProgramFields());
        if (includeInactive || program.active)
            list.append(program);
    }
    return list;
}

Result<TierProgram> TierProgramRepository::createProgram(TierProgram program)
{
    program.id = Uuid::createV7();
    program.meta = {};
    if (Status s = validateProgram(program); !s)
        return s.error();
    if (Status s = RecordWriter(m_db).insert(ProgramEntity, program.id, RecordIo::columns(program, tierProgramFields()));
        !s)
        return s.error();
    qCDebug(lcTraining) << "program created" << program.name;
    return this->program(program.id);
}

Result<bool> TierProgramRepository::updateProgram(const TierProgram& input)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<TierProgram> stored = program(input.id);
    if (!stored)
        return stored.error();
    if (stored->meta.isDeleted())
        return Error::notFound(ProgramTr::tr("This program was deleted."));
    TierProgram program = input;
    program.meta = stored->meta;
    if (Status s = validateProgram(program); !s)
        return s.error();
    const Result<bool> saved = RecordWriter(m_db).update(ProgramEntity, program.id,
                                                         RecordIo::columns(program, tierProgramFields()));
    if (!saved)
        return saved.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return *saved;
}

Status TierProgramRepository::removeProgram(const QByteArray& id)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<TierProgram> stored = program(id);
    if (!stored)
        return stored.error();
    const Result<qint64> members = count(m_db,
        QStringLiteral("SELECT COUNT(*) FROM program_member WHERE program_id = ? AND deleted_at IS NULL"), { id });
    if (!members)
        return members.error();
    if (*members > 0)
        return Error::validation(QStringLiteral("id"),
                                 ProgramTr::tr("%1 has %n member(s); deactivate the program instead of deleting it.",
                                               nullptr, int(*members))
                                     .arg(stored->name));
    const Result<QList<TierLevel>> children = levels(id);
    if (!children)
        return children.error();
    RecordWriter writer(m_db);
    for (const TierLevel& level : *children) {
        if (const Result<bool> done = writer.setDeleted(LevelEntity, level.id, true); !done)
            return done.error();
    }
    if (const Result<bool> done = writer.setDeleted(ProgramEntity, id, true); !done)
        return done.error();
    return transaction.commit();
}

// --- levels ------------------------------------------------------------------------------------------------------

Result<QList<TierLevel>> TierProgramRepository::levels(const QByteArray& programId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM tier_level WHERE program_id = ? AND deleted_at IS NULL ORDER BY rank, local_id"));
    q.addBindValue(programId);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    QList<TierLevel> list;
    while (q.next())
        list.append(RecordIo::fromQuery(q, tierLevelFields()));
    return list;
}

Result<TierLevel> TierProgramRepository::level(const QByteArray& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM tier_level WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(ProgramTr::tr("The level no longer exists."));
    return RecordIo::fromQuery(q, tierLevelFields());
}

Result<TierLevel> TierProgramRepository::createLevel(TierLevel level)
{
    level.id = Uuid::createV7();
    level.meta = {};
    if (Status s = validateLevel(level); !s)
        return s.error();
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<TierProgram> parent = program(level.programId);
    if (!parent || parent->meta.isDeleted())
        return Error::validation(QStringLiteral("program_id"), ProgramTr::tr("The program no longer exists."));
    if (Status s = checkRank(m_db, level); !s)
        return s.error();
    if (Status s = RecordWriter(m_db).insert(LevelEntity, level.id, RecordIo::columns(level, tierLevelFields())); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return this->level(level.id);
}

Result<bool> TierProgramRepository::updateLevel(const TierLevel& input)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<TierLevel> stored = level(input.id);
    if (!stored)
        return stored.error();
    if (stored->meta.isDeleted())
        return Error::notFound(ProgramTr::tr("This level was deleted."));
    TierLevel level = input;
    level.meta = stored->meta;
    if (level.programId != stored->programId)
        return Error::validation(QStringLiteral("program_id"), ProgramTr::tr("A level cannot move to another program."));
    if (Status s = validateLevel(level); !s)
        return s.error();
    if (Status s = checkRank(m_db, level); !s)
        return s.error();
    const Result<bool> saved = RecordWriter(m_db).update(LevelEntity, level.id, RecordIo::columns(level, tierLevelFields()));
    if (!saved)
        return saved.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return *saved;
}

Status TierProgramRepository::removeLevel(const QByteArray& id)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<TierLevel> stored = level(id);
    if (!stored)
        return stored.error();
    const Result<qint64> members = count(m_db,
        QStringLiteral("SELECT COUNT(*) FROM program_member WHERE deleted_at IS NULL AND (level_id = ? OR pending_level_id = ?)"),
        { id, id });
    if (!members)
        return members.error();
    if (*members > 0)
        return Error::validation(QStringLiteral("id"),
                                 ProgramTr::tr("%n member(s) are at or waiting for %1; move them first.", nullptr,
                                               int(*members))
                                     .arg(stored->name));
    if (const Result<bool> done = RecordWriter(m_db).setDeleted(LevelEntity, id, true); !done)
        return done.error();
    return transaction.commit();
}

// --- membership --------------------------------------------------------------------------------------------------

Result<QList<ProgramMember>> TierProgramRepository::membersOf(const QByteArray& partnerId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM program_member WHERE partner_id = ? AND deleted_at IS NULL ORDER BY local_id"));
    q.addBindValue(partnerId);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    QList<ProgramMember> list;
    while (q.next())
        list.append(RecordIo::fromQuery(q, programMemberFields()));
    return list;
}

Result<ProgramMember> TierProgramRepository::member(const QByteArray& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM program_member WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(ProgramTr::tr("This membership no longer exists."));
    return RecordIo::fromQuery(q, programMemberFields());
}

Result<ProgramMember> TierProgramRepository::memberOf(const QByteArray& partnerId, const QByteArray& programId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM program_member WHERE partner_id = ? AND program_id = ? AND deleted_at IS NULL "
                             "ORDER BY local_id LIMIT 1"));
    q.addBindValue(partnerId);
    q.addBindValue(programId);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(ProgramTr::tr("The partner is not a member of this program."));
    return RecordIo::fromQuery(q, programMemberFields());
}

Result<ProgramMember> TierProgramRepository::join(const QByteArray& partnerId, const QByteArray& programId,
                                                  const TrainingAction& input)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<PartnerRow> partner = livePartner(m_db, partnerId);
    if (!partner)
        return partner.error();
    const Result<TierProgram> parent = program(programId);
    if (!parent || parent->meta.isDeleted())
        return Error::validation(QStringLiteral("program_id"), ProgramTr::tr("The program no longer exists."));
    if (!parent->active)
        return Error::validation(QStringLiteral("program_id"),
                                 ProgramTr::tr("%1 is inactive; activate it before enrolling partners.").arg(parent->name));
    if (const Result<ProgramMember> existing = memberOf(partnerId, programId); existing)
        return Error::validation(QStringLiteral("program_id"),
                                 ProgramTr::tr("%1 is already a member of %2.").arg(partner->name, parent->name));
    const Result<QList<TierLevel>> ladder = levels(programId);
    if (!ladder)
        return ladder.error();
    const Result<ProgramMember> joined = insertMember(m_db, *partner, programId, *ladder, input);
    if (!joined)
        return joined.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return member(joined->id);
}

Result<int> TierProgramRepository::joinAll(const QByteArray& programId, const TrainingAction& input)
{
    const Result<TierProgram> parent = program(programId);
    if (!parent || parent->meta.isDeleted())
        return Error::validation(QStringLiteral("program_id"), ProgramTr::tr("The program no longer exists."));
    if (!parent->active)
        return Error::validation(QStringLiteral("program_id"),
                                 ProgramTr::tr("%1 is inactive; activate it before enrolling partners.").arg(parent->name));
    const Result<QList<TierLevel>> ladder = levels(programId);
    if (!ladder)
        return ladder.error();
    // The partners to enrol are read first; each batch is then its own transaction, so a failure keeps the batches
    // already written and a second call continues where the first stopped.
    QList<PartnerRow> pending;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id, name, tier FROM partner p WHERE deleted_at IS NULL AND NOT EXISTS "
                                 "(SELECT 1 FROM program_member m WHERE m.partner_id = p.id AND m.program_id = ? "
                                 "AND m.deleted_at IS NULL) ORDER BY local_id"));
        q.addBindValue(programId);
        if (Status s = Sql::exec(q); !s)
            return s.error();
        while (q.next())
            pending.append({ q.value(0).toByteArray(), q.value(1).toString(), q.value(2).toString() });
    }
    TrainingAction action = input;
    action.at = RecordIo::when(input.at); // one instant for the whole enrolment
    int joined = 0;
    for (qsizetype first = 0; first < pending.size(); first += JoinBatch) {
        Transaction transaction(m_db);
        if (!transaction.begun())
            return transaction.begun().error();
        const qsizetype end = qMin(pending.size(), first + JoinBatch);
        for (qsizetype i = first; i < end; ++i) {
            if (const Result<ProgramMember> done = insertMember(m_db, pending.at(i), programId, *ladder, action); !done)
                return done.error();
        }
        if (Status s = transaction.commit(); !s)
            return s.error();
        joined += int(end - first);
    }
    qCDebug(lcTraining) << joined << "partners joined" << parent->name;
    return joined;
}

Status TierProgramRepository::leave(const QByteArray& memberId, const TrainingAction& input)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<ProgramMember> stored = TierWrites::member(m_db, memberId);
    if (!stored)
        return stored.error();
    if (const Result<bool> done = RecordWriter(m_db).setDeleted(MemberEntity, memberId, true); !done)
        return done.error();
    if (Status s = TierWrites::event(m_db, *stored, input.actor, input.at, QStringLiteral("left"), stored->levelId, {},
                                     input.reason);
        !s)
        return s;
    QSqlQuery standing(m_db.connection());
    standing.prepare(QStringLiteral("DELETE FROM tier_standing WHERE partner_id = ? AND program_id = ?"));
    standing.addBindValue(stored->partnerId);
    standing.addBindValue(stored->programId);
    if (Status s = Sql::exec(standing); !s)
        return s;
    return transaction.commit();
}

// --- points (TIER-04) --------------------------------------------------------------------------------------------

Result<QList<PointsEntry>> TierProgramRepository::pointsOf(const QByteArray& partnerId, const QByteArray& programId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM points_entry WHERE partner_id = ? AND program_id = ? AND deleted_at IS NULL "
                             "ORDER BY earned_on DESC, local_id DESC"));
    q.addBindValue(partnerId);
    q.addBindValue(programId);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    QList<PointsEntry> list;
    while (q.next())
        list.append(RecordIo::fromQuery(q, pointsEntryFields()));
    return list;
}

Result<PointsEntry> TierProgramRepository::addPoints(PointsEntry entry, const TrainingAction& input)
{
    Q_UNUSED(input) // points carry their own note; the tier history records level changes only
    entry.id = Uuid::createV7();
    entry.meta = {};
    entry.activityType = entry.activityType.trimmed();
    entry.note = entry.note.trimmed();
    if (entry.points == 0)
        return Error::validation(QStringLiteral("points"), ProgramTr::tr("Enter a number of points other than zero."));
    if (!entry.earnedOn.isValid())
        return Error::validation(QStringLiteral("earned_on"), ProgramTr::tr("Enter the day the points were earned."));
    if (entry.expiresOn.isValid() && entry.expiresOn < entry.earnedOn)
        return Error::validation(QStringLiteral("expires_on"),
                                 ProgramTr::tr("Points cannot expire before the day they were earned."));
    bool knownType = false;
    for (const Choice& type : pointsActivityTypes())
        knownType = knownType || type.code == entry.activityType;
    if (!knownType)
        return Error::validation(QStringLiteral("activity_type"),
                                 ProgramTr::tr("\"%1\" is not an activity type.").arg(entry.activityType));
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    if (const Result<PartnerRow> partner = livePartner(m_db, entry.partnerId); !partner)
        return partner.error();
    const Result<TierProgram> parent = program(entry.programId);
    if (!parent || parent->meta.isDeleted())
        return Error::validation(QStringLiteral("program_id"), ProgramTr::tr("The program no longer exists."));
    if (Status s = RecordWriter(m_db).insert(PointsEntity, entry.id, RecordIo::columns(entry, pointsEntryFields())); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM points_entry WHERE id = ?"));
    q.addBindValue(entry.id);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(ProgramTr::tr("The points entry no longer exists."));
    return RecordIo::fromQuery(q, pointsEntryFields());
}

Status TierProgramRepository::removePoints(const QByteArray& id)
{
    const Result<bool> done = RecordWriter(m_db).setDeleted(PointsEntity, id, true);
    if (!done)
        return done.error();
    return {};
}

} // namespace ChannelDesk
