#pragma once

// Small builders shared by the training and tier tests (core and UI). Header only, so no test target's source list
// changes. Every builder REQUIREs success and returns the stored record (or its id). Use with
// tests/support/TempDatabase.h:
//
//   Test::TempDatabase temp;
//   const QByteArray partner = TrainingTest::partner(temp.db());
//   const QByteArray alice = TrainingTest::contact(temp.db(), partner, QStringLiteral("Alice"));
//   const CertDefinition cna = TrainingTest::definition(temp.db(), QStringLiteral("CNA"));
//   const Certification cert = TrainingTest::certification(temp.db(), alice, cna.id, QDate(2027, 3, 1));
//   const TrainingTest::Ladder ladder = TrainingTest::program(temp.db());          // 4 levels, ranks 1…4
//   TrainingTest::member(temp.db(), partner, ladder.program.id, ladder.levels[0].id);
//
// Courses, definitions and certifications go through TrainingCatalog and CertificationRepository. Programs, levels,
// members and points are written straight through RecordWriter (TrainingRecordIo entities + RecordIo::columns) so
// these builders do not depend on TierProgramRepository. Dates are fixed (2027) so tests do not depend on when they
// run; actions happen at TrainingTest::at(2027, 6, 1) (UTC noon) unless told otherwise.
#include "common/Uuid.h"
#include "domain/Contact.h"
#include "domain/Partner.h"
#include "domain/Training.h"
#include "partners/ContactRepository.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "storage/RecordIo.h"
#include "storage/RecordWriter.h"
#include "storage/Transaction.h"
#include "support/CatchQt.h"
#include "training/CertificationRepository.h"
#include "training/TrainingAction.h"
#include "training/TrainingCatalog.h"
#include "training/TrainingRecordIo.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <ctime>
#include <optional>

namespace ChannelDesk::TrainingTest {

/// The CAM who acts in the builders.
inline QString actor()
{
    return QStringLiteral("anna");
}

/// A fixed instant, UTC.
inline QDateTime at(int year, int month, int day, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

/// When the builders act: 2027-06-01 noon UTC (after every default acquisition day).
inline QDateTime defaultAt()
{
    return at(2027, 6, 1);
}

inline TrainingAction by(const QString& who = actor(), const QDateTime& when = defaultAt(), const QString& reason = {})
{
    TrainingAction action;
    action.actor = who;
    action.reason = reason;
    action.at = when;
    return action;
}

inline TrainingAction because(const QString& reason, const QDateTime& when = defaultAt(), const QString& who = actor())
{
    return by(who, when, reason);
}

/// Fails the test with the error's message when `status` is an error.
inline void requireOk(const Status& status)
{
    INFO((status.ok() ? QString() : status.error().message + QStringLiteral(" / ") + status.error().detail)
             .toStdString());
    REQUIRE(status.ok());
}

template<class T>
inline const T& requireOk(const Result<T>& result)
{
    INFO((result.ok() ? QString() : result.error().message + QStringLiteral(" / ") + result.error().detail)
             .toStdString());
    REQUIRE(result.ok());
    return result.value();
}

// --- partners and people ---------------------------------------------------------------------------------------

inline QByteArray partner(Database& db, const QString& name = QStringLiteral("Müller IT GmbH"),
                          const QString& owner = actor(), const QString& country = QStringLiteral("DE"))
{
    Partner p;
    p.name = name;
    p.country = country;
    p.owner = owner;
    return requireOk(PartnerRepository(db).create(p)).id;
}

/// A contact (a person who takes courses and holds certifications) of `partnerId`.
inline QByteArray contact(Database& db, const QByteArray& partnerId, const QString& firstName = QStringLiteral("Alice"),
                          const QString& lastName = QStringLiteral("Berger"))
{
    Contact c;
    c.partnerId = partnerId;
    c.firstName = firstName;
    c.lastName = lastName;
    c.role = QStringLiteral("technical");
    return requireOk(ContactRepository(db).create(c)).id;
}

/// `count` contacts of one partner ("Person 1" … "Person n").
inline QList<QByteArray> contacts(Database& db, const QByteArray& partnerId, int count)
{
    QList<QByteArray> ids;
    for (int i = 1; i <= count; ++i)
        ids.append(contact(db, partnerId, QStringLiteral("Person"), QString::number(i)));
    return ids;
}

// --- catalogue ---------------------------------------------------------------------------------------------------

inline Course courseDraft(const QString& code, const QString& name = {}, const QString& track = QStringLiteral("Networking"),
                          const QList<QByteArray>& prerequisites = {})
{
    Course c;
    c.code = code;
    c.name = name.isEmpty() ? QStringLiteral("Course %1").arg(code) : name;
    c.track = track;
    c.durationHours = 8;
    c.prerequisites = prerequisites;
    return c;
}

inline Course course(Database& db, const QString& code = QStringLiteral("NET-101"), const QString& name = {},
                     const QString& track = QStringLiteral("Networking"), const QList<QByteArray>& prerequisites = {})
{
    return requireOk(TrainingCatalog(db).createCourse(courseDraft(code, name, track, prerequisites)));
}

/// An unsaved definition: `validityMonths` (24), reminder 30 days, recertification window 60 days.
inline CertDefinition definitionDraft(const QString& code, const QString& track = QStringLiteral("Networking"),
                                      int validityMonths = 24, const QList<QByteArray>& prerequisites = {})
{
    CertDefinition d;
    d.code = code;
    d.name = QStringLiteral("Certified %1").arg(code);
    d.track = track;
    d.validityMonths = validityMonths;
    d.reminderDays = 30;
    d.recertWindowDays = 60;
    d.prerequisites = prerequisites;
    return d;
}

inline CertDefinition definition(Database& db, const QString& code = QStringLiteral("CNA"),
                                 const QString& track = QStringLiteral("Networking"), int validityMonths = 24,
                                 const QList<QByteArray>& prerequisites = {})
{
    return requireOk(TrainingCatalog(db).createDefinition(definitionDraft(code, track, validityMonths, prerequisites)));
}

// --- people's records (through CertificationRepository) ---------------------------------------------------------

inline CourseCompletion completion(Database& db, const QByteArray& contactId, const QByteArray& courseId,
                                   const QDate& completedOn, const QDateTime& when = defaultAt())
{
    CourseCompletion c;
    c.contactId = contactId;
    c.courseId = courseId;
    c.completedOn = completedOn;
    return requireOk(CertificationRepository(db).recordCompletion(c, by(actor(), when)));
}

/// An active certification acquired on `acquiredOn` (expiry from the definition). The action happens at `when`
/// (default: 2027-06-01, or noon UTC of the acquisition day when that is later, so any day can be used).
inline Certification certification(Database& db, const QByteArray& contactId, const QByteArray& definitionId,
                                    const QDate& acquiredOn, const QString& certificateId = {},
                                    const QDateTime& when = {})
{
    Certification c;
    c.contactId = contactId;
    c.definitionId = definitionId;
    c.status = QStringLiteral("active");
    c.startedOn = acquiredOn;
    c.acquiredOn = acquiredOn;
    c.certificateId = certificateId;
    QDateTime actionAt = when;
    if (!actionAt.isValid())
        actionAt = qMax(defaultAt(), at(acquiredOn.year(), acquiredOn.month(), acquiredOn.day(), 12));
    return requireOk(CertificationRepository(db).create(c, by(actor(), actionAt)));
}

/// An in-progress certification started on `startedOn`.
inline Certification inProgress(Database& db, const QByteArray& contactId, const QByteArray& definitionId,
                                const QDate& startedOn = QDate(2027, 5, 1))
{
    Certification c;
    c.contactId = contactId;
    c.definitionId = definitionId;
    c.status = QStringLiteral("in_progress");
    c.startedOn = startedOn;
    return requireOk(CertificationRepository(db).create(c, by()));
}

// --- programs (written directly, independent of TierProgramRepository) -----------------------------------------

/// Writes one synced record through RecordWriter in its own transaction; fills `record.id` when empty.
template<class T>
inline void writeRecord(Database& db, const RecordWriter::Entity& entity, T& record, const QList<FieldDef<T>>& fields)
{
    if (record.id.isEmpty())
        record.id = Uuid::createV7();
    Transaction tx(db);
    requireOk(tx.begun());
    requireOk(RecordWriter(db).insert(entity, record.id, RecordIo::columns(record, fields)));
    requireOk(tx.commit());
}

inline TierProgram programRecord(Database& db, const QString& name = QStringLiteral("Partner Program"),
                                 bool autoUpgrade = false, const QString& currency = QStringLiteral("USD"))
{
    TierProgram p;
    p.name = name;
    p.description = QStringLiteral("Test program");
    p.currency = currency;
    p.autoUpgrade = autoUpgrade;
    writeRecord(db, TrainingRecordIo::ProgramEntity, p, tierProgramFields());
    return p;
}

/// An unsaved level; set its criteria, then pass it to level().
inline TierLevel levelDraft(const QByteArray& programId, int rank, const QString& name, const QString& code,
                            int leadWeight = 0)
{
    TierLevel l;
    l.programId = programId;
    l.rank = rank;
    l.name = name;
    l.code = code;
    l.leadWeight = leadWeight;
    return l;
}

inline TierLevel level(Database& db, TierLevel draft)
{
    writeRecord(db, TrainingRecordIo::LevelEntity, draft, tierLevelFields());
    return draft;
}

/// A program and its levels, lowest rank first.
struct Ladder
{
    TierProgram program;
    QList<TierLevel> levels;
};

/// A program with four levels (TIER-01):
///   1 Registered (registered): no criteria, lead weight 0
///   2 Silver (silver): 2 certified people, revenue 100,000.00, lead weight 10
///   3 Gold (gold): 4 certified people (2 in "Security"), revenue 500,000.00, 3 closed-won, lead weight 30
///   4 Platinum (platinum): 8 certified people, revenue 2,000,000.00, 5 approved registrations, 1,000 points,
///     lead weight 60
inline Ladder program(Database& db, bool autoUpgrade = false, const QString& currency = QStringLiteral("USD"),
                      const QString& name = QStringLiteral("Partner Program"))
{
    Ladder ladder;
    ladder.program = programRecord(db, name, autoUpgrade, currency);
    const QByteArray pid = ladder.program.id;

    ladder.levels.append(level(db, levelDraft(pid, 1, QStringLiteral("Registered"), QStringLiteral("registered"), 0)));

    TierLevel silver = levelDraft(pid, 2, QStringLiteral("Silver"), QStringLiteral("silver"), 10);
    silver.minCertifiedPeople = 2;
    silver.minRevenueMinor = 100'000'00;
    ladder.levels.append(level(db, silver));

    TierLevel gold = levelDraft(pid, 3, QStringLiteral("Gold"), QStringLiteral("gold"), 30);
    gold.minCertifiedPeople = 4;
    gold.trackRequirements = { { QStringLiteral("Security"), 2 } };
    gold.minRevenueMinor = 500'000'00;
    gold.minClosedWon = 3;
    ladder.levels.append(level(db, gold));

    TierLevel platinum = levelDraft(pid, 4, QStringLiteral("Platinum"), QStringLiteral("platinum"), 60);
    platinum.minCertifiedPeople = 8;
    platinum.minRevenueMinor = 2'000'000'00;
    platinum.minApprovedRegistrations = 5;
    platinum.minPoints = 1000;
    ladder.levels.append(level(db, platinum));
    return ladder;
}

/// A partner's membership of a program at `levelId` (empty = not yet placed), lead weight copied from the level.
inline ProgramMember member(Database& db, const QByteArray& partnerId, const QByteArray& programId,
                            const QByteArray& levelId = {}, const QDate& joinedOn = QDate(2027, 1, 1),
                            int leadWeight = 0)
{
    ProgramMember m;
    m.partnerId = partnerId;
    m.programId = programId;
    m.levelId = levelId;
    m.joinedOn = joinedOn;
    m.leadWeight = leadWeight;
    writeRecord(db, TrainingRecordIo::MemberEntity, m, programMemberFields());
    return m;
}

/// Points earned on `earnedOn`, counting through `expiresOn` (empty = never expire) (TIER-04).
inline PointsEntry points(Database& db, const QByteArray& partnerId, const QByteArray& programId, qint64 amount,
                          const QDate& earnedOn = QDate(2027, 3, 1), const QDate& expiresOn = {},
                          const QString& activityType = QStringLiteral("training"))
{
    PointsEntry e;
    e.partnerId = partnerId;
    e.programId = programId;
    e.activityType = activityType;
    e.points = amount;
    e.earnedOn = earnedOn;
    e.expiresOn = expiresOn;
    writeRecord(db, TrainingRecordIo::PointsEntity, e, pointsEntryFields());
    return e;
}

/// Tombstones a record directly through RecordWriter, bypassing the repositories' refusals: what a deletion pulled
/// from the server looks like (e.g. a definition deleted while this computer still has certificates of it).
inline void tombstone(Database& db, const RecordWriter::Entity& entity, const QByteArray& id)
{
    Transaction tx(db);
    requireOk(tx.begun());
    requireOk(RecordWriter(db).setDeleted(entity, id, true));
    requireOk(tx.commit());
}

// --- inspection --------------------------------------------------------------------------------------------------

/// Rows of a table (all, or matching a `WHERE` clause without parameters).
inline int rowCount(Database& db, const QString& table, const QString& where = {})
{
    QSqlQuery q(db.connection());
    const QString sql = QStringLiteral("SELECT count(*) FROM %1%2")
                            .arg(table, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

/// Outbox entries of one entity (e.g. "certification").
inline int outboxCount(Database& db, const QString& entity)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE entity = ?"));
    q.addBindValue(entity);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

/// Runs `body` with the process time zone set to `tz` (IANA name), restoring the previous TZ afterwards, so local
/// days (RecordIo::localDay) can be tested in more than one zone.
template<class F>
inline void inTimeZone(const char* tz, F&& body)
{
    const QByteArray previous = qgetenv("TZ");
    const bool had = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", tz);
    tzset();
    struct Restore
    {
        QByteArray value;
        bool had;
        ~Restore()
        {
            if (had)
                qputenv("TZ", value);
            else
                qunsetenv("TZ");
            tzset();
        }
    } restore { previous, had };
    body();
}

} // namespace ChannelDesk::TrainingTest
