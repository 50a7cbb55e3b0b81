#include "TrainingCatalog.h"

#include "TrainingRecordIo.h"
#include "common/Logging.h"
#include "common/Uuid.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace ChannelDesk {

namespace {

struct CatalogTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::TrainingCatalog)
};

using namespace TrainingRecordIo;

constexpr int MaxCodeLength = 50;
constexpr int MaxNameLength = 200;

QVariant idOrNull(const QByteArray& id)
{
    return id.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(id);
}

/// The prerequisites without duplicates, in the order given.
QList<QByteArray> distinct(const QList<QByteArray>& ids)
{
    QList<QByteArray> out;
    for (const QByteArray& id : ids) {
        if (!out.contains(id))
            out.append(id);
    }
    return out;
}

// Code and name (both kinds of catalogue record share these rules).
Status checkCodeAndName(QString& code, QString& name)
{
    code = code.trimmed();
    name = name.trimmed();
    if (code.isEmpty())
        return Error::validation(QStringLiteral("code"), CatalogTr::tr("Enter a code."));
    if (code.size() > MaxCodeLength)
        return Error::validation(QStringLiteral("code"),
            CatalogTr::tr("The code is limited to %n character(s).", nullptr, MaxCodeLength));
    if (name.isEmpty())
        return Error::validation(QStringLiteral("name"), CatalogTr::tr("Enter a name."));
    if (name.size() > MaxNameLength)
        return Error::validation(QStringLiteral("name"),
            CatalogTr::tr("The name is limited to %n character(s).", nullptr, MaxNameLength));
    return {};
}

// Codes are matched case-insensitively (CSV import writes "net-101" for "NET-101"); SQLite's lower() only folds
// ASCII, so the comparison happens here. Catalogues hold hundreds of rows, not millions.
Result<QString> clashingName(Database& db, const QString& table, const QString& code, const QByteArray& id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT code, name FROM %1 WHERE deleted_at IS NULL AND id IS NOT ?").arg(table));
    q.addBindValue(idOrNull(id));
    if (Status s = Sql::exec(q); !s)
        return s.error();
    const QString folded = code.toCaseFolded();
    while (q.next()) {
        if (q.value(0).toString().trimmed().toCaseFolded() == folded)
            return q.value(1).toString();
    }
    return QString();
}

/// Live courses by id (the prerequisite graph).
Result<QHash<QByteArray, Course>> liveCourses(Database& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM course WHERE deleted_at IS NULL")))
        return Sql::errorFrom(q);
    QHash<QByteArray, Course> courses;
    while (q.next()) {
        Course c = RecordIo::fromQuery(q, courseFields());
        courses.insert(c.id, c);
    }
    return courses;
}

QString courseLabel(const Course& course)
{
    return course.code.isEmpty() ? course.name : course.code;
}

/// Prerequisites must be live courses; for a course (`selfId` set) they must not lead back to it.
Status checkPrerequisites(Database& db, const QList<QByteArray>& prerequisites, const QByteArray& selfId,
                          const QString& selfCode)
{
    if (prerequisites.isEmpty())
        return {};
    const Result<QHash<QByteArray, Course>> loaded = liveCourses(db);
    if (!loaded)
        return loaded.error();
    QHash<QByteArray, Course> courses = *loaded;
    for (const QByteArray& id : prerequisites) {
        if (!selfId.isEmpty() && id == selfId)
            return Error::validation(QStringLiteral("prerequisites"),
                CatalogTr::tr("A course cannot be its own prerequisite."));
        if (!courses.contains(id))
            return Error::validation(QStringLiteral("prerequisites"),
                CatalogTr::tr("A prerequisite course no longer exists; choose the prerequisites again."));
    }
    if (selfId.isEmpty())
        return {};

    // Depth-first from each prerequisite along the stored graph (with this course's new list): reaching the course
    // again is a cycle, reported as the path that closes it.
    Course self = courses.value(selfId); // empty for a new course
    self.id = selfId;
    self.code = selfCode;
    self.prerequisites = prerequisites;
    courses.insert(selfId, self);

    QSet<QByteArray> done; // fully explored without finding the course
    QList<QByteArray> path;
    std::function<bool(const QByteArray&)> reaches = [&](const QByteArray& id) -> bool {
        if (id == selfId)
            return true;
        if (done.contains(id) || path.contains(id))
            return false; // an older cycle not through this course is not this edit's doing
        path.append(id);
        for (const QByteArray& next : courses.value(id).prerequisites) {
            if (courses.contains(next) && reaches(next))
                return true;
        }
        path.removeLast();
        done.insert(id);
        return false;
    };
    for (const QByteArray& id : prerequisites) {
        path.clear();
        if (reaches(id)) {
            QStringList names {courseLabel(self)};
            for (const QByteArray& step : path)
                names.append(courseLabel(courses.value(step)));
            names.append(courseLabel(self));
            return Error::validation(QStringLiteral("prerequisites"),
                CatalogTr::tr("These prerequisites would form a cycle: %1. A course cannot require itself, directly "
                              "or through other courses.")
                    .arg(names.join(QStringLiteral(" → "))));
        }
    }
    return {};
}

Status checkCourse(Database& db, Course& course)
{
    if (Status s = checkCodeAndName(course.code, course.name); !s)
        return s;
    course.track = course.track.trimmed();
    if (course.durationHours < 0)
        return Error::validation(QStringLiteral("duration_hours"),
            CatalogTr::tr("The duration cannot be negative."));
    course.prerequisites = distinct(course.prerequisites);
    const Result<QString> clash = clashingName(db, QStringLiteral("course"), course.code, course.id);
    if (!clash)
        return clash.error();
    if (!clash->isEmpty())
        return Error::validation(QStringLiteral("code"),
            CatalogTr::tr("The code %1 is already used by the course “%2”.").arg(course.code, *clash));
    return checkPrerequisites(db, course.prerequisites, course.id, course.code);
}

Status checkDefinition(Database& db, CertDefinition& definition)
{
    if (Status s = checkCodeAndName(definition.code, definition.name); !s)
        return s;
    definition.track = definition.track.trimmed();
    if (definition.validityMonths < 0)
        return Error::validation(QStringLiteral("validity_months"),
            CatalogTr::tr("The validity cannot be negative (0 means the certification never expires)."));
    if (definition.validityMonths > 1200)
        return Error::validation(QStringLiteral("validity_months"),
            CatalogTr::tr("The validity is limited to %n month(s).", nullptr, 1200));
    if (definition.reminderDays < 0)
        return Error::validation(QStringLiteral("reminder_days"),
            CatalogTr::tr("The reminder cannot be a negative number of days before expiry."));
    if (definition.recertWindowDays < 0)
        return Error::validation(QStringLiteral("recert_window_days"),
            CatalogTr::tr("The recertification window cannot be a negative number of days."));
    definition.prerequisites = distinct(definition.prerequisites);
    const Result<QString> clash = clashingName(db, QStringLiteral("cert_definition"), definition.code, definition.id);
    if (!clash)
        return clash.error();
    if (!clash->isEmpty())
        return Error::validation(QStringLiteral("code"),
            CatalogTr::tr("The code %1 is already used by the certification “%2”.").arg(definition.code, *clash));
    return checkPrerequisites(db, definition.prerequisites, {}, {});
}

template<class T>
Result<T> byId(Database& db, const QString& table, const QList<FieldDef<T>>& fields, const QByteArray& id,
               const QString& missing)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(missing);
    return RecordIo::fromQuery(q, fields);
}

template<class T>
Result<QList<T>> liveList(Database& db, const QString& table, const QList<FieldDef<T>>& fields, bool includeInactive)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM %1 WHERE deleted_at IS NULL%2")
                    .arg(table, includeInactive ? QString() : QStringLiteral(" AND active <> 0"))))
        return Sql::errorFrom(q);
    QList<T> list;
    while (q.next())
        list.append(RecordIo::fromQuery(q, fields));
    // By name as people read it (SQLite's ORDER BY would put "Zeta" before "alpha").
    std::stable_sort(list.begin(), list.end(), [](const T& a, const T& b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.code < b.code;
    });
    return list;
}

template<class T>
Result<T> byCode(Database& db, const QString& table, const QList<FieldDef<T>>& fields, const QString& code,
                 const QString& missing)
{
    const QString folded = code.trimmed().toCaseFolded();
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM %1 WHERE deleted_at IS NULL").arg(table)))
        return Sql::errorFrom(q);
    while (q.next()) {
        if (q.value(QStringLiteral("code")).toString().trimmed().toCaseFolded() == folded)
            return RecordIo::fromQuery(q, fields);
    }
    return Error::notFound(missing);
}

/// Live records of `table` that list `courseId` as a prerequisite, as "code" texts.
Result<QStringList> referencing(Database& db, const QString& table, const QByteArray& courseId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT code, name FROM %1 WHERE deleted_at IS NULL AND EXISTS "
                             "(SELECT 1 FROM json_each(CASE WHEN json_valid(prerequisites) THEN prerequisites "
                             "ELSE '[]' END) WHERE value = ?) ORDER BY code")
                  .arg(table));
    q.addBindValue(Uuid::toString(courseId));
    if (Status s = Sql::exec(q); !s)
        return s.error();
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString().isEmpty() ? q.value(1).toString() : q.value(0).toString());
    return names;
}

template<class T>
Result<bool> updateRecord(Database& db, const RecordWriter::Entity& entity, const T& record,
                          const QList<FieldDef<T>>& fields)
{
    // RecordWriter compares with the stored row: an unchanged record writes nothing and no outbox entry.
    return RecordWriter(db).update(entity, record.id, RecordIo::columns(record, fields));
}

} // namespace

TrainingCatalog::TrainingCatalog(Database& db)
    : m_db(db)
{
}

// --- courses ------------------------------------------------------------------------------------------------------

Result<Course> TrainingCatalog::course(const QByteArray& id) const
{
    return byId(m_db, QStringLiteral("course"), courseFields(), id, CatalogTr::tr("The course no longer exists."));
}

Result<QList<Course>> TrainingCatalog::courses(bool includeInactive) const
{
    return liveList(m_db, QStringLiteral("course"), courseFields(), includeInactive);
}

Result<Course> TrainingCatalog::courseByCode(const QString& code) const
{
    return byCode(m_db, QStringLiteral("course"), courseFields(), code,
        CatalogTr::tr("There is no course with the code %1.").arg(code.trimmed()));
}

Result<Course> TrainingCatalog::createCourse(Course course)
{
    course.id = Uuid::createV7();
    course.meta = {};
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    if (Status s = checkCourse(m_db, course); !s)
        return s.error();
    if (Status s = RecordWriter(m_db).insert(CourseEntity, course.id, RecordIo::columns(course, courseFields())); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    qCDebug(lcTraining) << "course created" << course.code;
    return this->course(course.id);
}

Result<bool> TrainingCatalog::updateCourse(const Course& input)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<Course> stored = course(input.id);
    if (!stored)
        return stored.error();
    if (stored->meta.isDeleted())
        return Error::notFound(CatalogTr::tr("This course was deleted."));
    Course course = input;
    course.meta = stored->meta;
    if (Status s = checkCourse(m_db, course); !s)
        return s.error();
    const Result<bool> changed = updateRecord(m_db, CourseEntity, course, courseFields());
    if (!changed)
        return changed.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return *changed;
}

Status TrainingCatalog::removeCourse(const QByteArray& id)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<Course> stored = course(id);
    if (!stored)
        return stored.error();
    if (stored->meta.isDeleted())
        return {};
    const Result<QStringList> courses = referencing(m_db, QStringLiteral("course"), id);
    if (!courses)
        return courses.error();
    const Result<QStringList> definitions = referencing(m_db, QStringLiteral("cert_definition"), id);
    if (!definitions)
        return definitions.error();
    const QStringList users = *courses + *definitions;
    if (!users.isEmpty())
        return Error::validation(QStringLiteral("prerequisites"),
            CatalogTr::tr("%1 is a prerequisite of %2; remove it from there first, or make the course inactive.")
                .arg(courseLabel(*stored), users.join(QStringLiteral(", "))));
    if (const Result<bool> done = RecordWriter(m_db).setDeleted(CourseEntity, id, true); !done)
        return done.error();
    return transaction.commit();
}

// --- certification definitions -------------------------------------------------------------------------------------

Result<CertDefinition> TrainingCatalog::definition(const QByteArray& id) const
{
    return byId(m_db, QStringLiteral("cert_definition"), certDefinitionFields(), id,
        CatalogTr::tr("The certification no longer exists."));
}

Result<QList<CertDefinition>> TrainingCatalog::definitions(bool includeInactive) const
{
    return liveList(m_db, QStringLiteral("cert_definition"), certDefinitionFields(), includeInactive);
}

Result<CertDefinition> TrainingCatalog::definitionByCode(const QString& code) const
{
    return byCode(m_db, QStringLiteral("cert_definition"), certDefinitionFields(), code,
        CatalogTr::tr("There is no certification with the code %1.").arg(code.trimmed()));
}

Result<CertDefinition> TrainingCatalog::createDefinition(CertDefinition definition)
{
    definition.id = Uuid::createV7();
    definition.meta = {};
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    if (Status s = checkDefinition(m_db, definition); !s)
        return s.error();
    if (Status s = RecordWriter(m_db).insert(
            DefinitionEntity, definition.id, RecordIo::columns(definition, certDefinitionFields()));
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    qCDebug(lcTraining) << "certification definition created" << definition.code;
    return this->definition(definition.id);
}

Result<bool> TrainingCatalog::updateDefinition(const CertDefinition& input)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<CertDefinition> stored = definition(input.id);
    if (!stored)
        return stored.error();
    if (stored->meta.isDeleted())
        return Error::notFound(CatalogTr::tr("This certification was deleted."));
    CertDefinition definition = input;
    definition.meta = stored->meta;
    if (Status s = checkDefinition(m_db, definition); !s)
        return s.error();
    const Result<bool> changed = updateRecord(m_db, DefinitionEntity, definition, certDefinitionFields());
    if (!changed)
        return changed.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return *changed;
}

Status TrainingCatalog::removeDefinition(const QByteArray& id)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<CertDefinition> stored = definition(id);
    if (!stored)
        return stored.error();
    if (stored->meta.isDeleted())
        return {};
    // Any live certification, archived ones included: they are people's history and name this definition.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM certification WHERE definition_id = ? AND deleted_at IS NULL"));
    q.addBindValue(id);
    if (Status s = Sql::exec(q); !s)
        return s;
    q.next();
    const int used = q.value(0).toInt();
    if (used > 0)
        return Error::validation(QStringLiteral("active"),
            CatalogTr::tr("%n certification record(s) use %1; make it inactive instead of deleting it.", nullptr, used)
                .arg(stored->code));
    if (const Result<bool> done = RecordWriter(m_db).setDeleted(DefinitionEntity, id, true); !done)
        return done.error();
    return transaction.commit();
}

Result<QStringList> TrainingCatalog::tracks() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT trim(track) FROM course WHERE deleted_at IS NULL AND trim(track) <> '' "
                               "UNION SELECT DISTINCT trim(track) FROM cert_definition WHERE deleted_at IS NULL "
                               "AND trim(track) <> ''")))
        return Sql::errorFrom(q);
    QStringList tracks;
    while (q.next())
        tracks.append(q.value(0).toString());
    std::sort(tracks.begin(), tracks.end(),
        [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
    return tracks;
}

} // namespace ChannelDesk
