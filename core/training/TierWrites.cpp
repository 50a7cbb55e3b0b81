#include "TierWrites.h"

#include "TrainingRecordIo.h"
#include "common/Uuid.h"
#include "domain/FieldValues.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

#include <sqlite3.h>

namespace ChannelDesk::TierWrites {

namespace {

struct WritesTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::TierProgramRepository)
};

const RecordWriter::Entity PartnerEntity { QStringLiteral("partner"), QStringLiteral("partner") };

} // namespace

MemberReader::MemberReader(Database& db)
    : m_db(db)
{
    QStringList columns;
    for (const FieldDef<ProgramMember>& field : programMemberFields())
        columns.append(QString::fromLatin1(field.column));
    m_sql = QStringLiteral("SELECT ") + columns.join(QLatin1Char(','))
        + QStringLiteral(" FROM program_member WHERE id = ?1 AND deleted_at IS NULL");
}

MemberReader::~MemberReader()
{
    sqlite3_finalize(m_statement);
}

Result<ProgramMember> MemberReader::read(const QByteArray& id)
{
    sqlite3* handle = m_db.handle();
    if (!m_statement) {
        const QByteArray utf8 = m_sql.toUtf8();
        const int rc = handle ? sqlite3_prepare_v3(handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                                   &m_statement, nullptr)
                              : SQLITE_MISUSE;
        if (rc != SQLITE_OK) {
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
            return Sql::fromResultCode(rc, QString::fromUtf8(handle ? sqlite3_errmsg(handle) : "no database handle")
                                               + QStringLiteral(" [") + m_sql + QLatin1Char(']'));
        }
    }
    sqlite3_bind_blob(m_statement, 1, id.constData(), int(id.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(m_statement);
    Result<ProgramMember> result = Error::notFound(WritesTr::tr("This membership no longer exists."));
    if (rc == SQLITE_ROW) {
        ProgramMember member;
        member.id = id;
        const QList<FieldDef<ProgramMember>>& fields = programMemberFields();
        for (int i = 0; i < fields.size(); ++i)
            fields.at(i).set(member, Sql::columnValue(m_statement, i));
        result = std::move(member);
    } else if (rc != SQLITE_DONE) {
        result = Sql::fromResultCode(rc, QString::fromUtf8(sqlite3_errmsg(handle)) + QStringLiteral(" [") + m_sql
                                             + QLatin1Char(']'));
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return result;
}

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
    RecordWriter writer(db);
    return event(writer, member, actor, at, action, fromLevelId, toLevelId, reason, detail);
}

Status event(RecordWriter& writer, const ProgramMember& member, const QString& actor, const QDateTime& at,
             const QString& action, const QByteArray& fromLevelId, const QByteArray& toLevelId, const QString& reason,
             const QJsonObject& detail)
{
    return event(writer, member, actor, at, action, fromLevelId, toLevelId, reason,
                 detail.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
}

Status event(RecordWriter& writer, const ProgramMember& member, const QString& actor, const QDateTime& at,
             const QString& action, const QByteArray& fromLevelId, const QByteArray& toLevelId, const QString& reason,
             const QString& detailJson)
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
    e.detail = detailJson;
    return writer.insert(TrainingRecordIo::TierEventEntity, e.id, RecordIo::columns(e, tierEventFields()));
}

Result<bool> saveMember(Database& db, const ProgramMember& member)
{
    RecordWriter writer(db);
    return saveMember(writer, member);
}

Result<bool> saveMember(RecordWriter& writer, const ProgramMember& member)
{
    return writer.update(TrainingRecordIo::MemberEntity, member.id, RecordIo::columns(member, programMemberFields()));
}

Status setPartnerTier(Database& db, const QByteArray& partnerId, const QString& code)
{
    RecordWriter writer(db);
    return setPartnerTier(writer, partnerId, code);
}

Status setPartnerTier(RecordWriter& writer, const QByteArray& partnerId, const QString& code)
{
    const Result<bool> changed = writer.update(PartnerEntity, partnerId, { { QStringLiteral("tier"), FieldValues::text(code) } });
    if (!changed)
        return changed.error();
    return {};
}

Status applyLevel(Database& db, ProgramMember& member, const TierLevel* level)
{
    RecordWriter writer(db);
    return applyLevel(writer, member, level);
}

Status applyLevel(RecordWriter& writer, ProgramMember& member, const TierLevel* level)
{
    member.levelId = level ? level->id : QByteArray();
    member.leadWeight = level ? level->leadWeight : 0;
    member.pendingLevelId.clear();
    member.pendingKind.clear();
    member.pendingReasons.clear();
    member.pendingSince = {};
    if (const Result<bool> saved = saveMember(writer, member); !saved)
        return saved.error();
    if (level && level->code.isEmpty())
        return {};
    return setPartnerTier(writer, member.partnerId, level ? level->code : QString());
}

} // namespace ChannelDesk::TierWrites
