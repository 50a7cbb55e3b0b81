#include "CertificationRepository.h"

#include "TrainingCatalog.h"
#include "TrainingRecordIo.h"
#include "common/Logging.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "domain/Contact.h"
#include "partners/ContactRepository.h"
#include "storage/BlobStore.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

namespace ChannelDesk {

namespace {

struct CertTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::CertificationRepository)
};

using namespace TrainingRecordIo;

const QString InProgress = QStringLiteral("in_progress");
const QString Active = QStringLiteral("active");
const QString Renewed = QStringLiteral("renewed");
const QString Revoked = QStringLiteral("revoked");

constexpr int MaxCertificateIdLength = 100;
constexpr int MaxNotesLength = 4000;
constexpr int MaxFileNameLength = 255;

QString formatDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QVariant idOrNull(const QByteArray& id)
{
    return id.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(id);
}

/// The person a record is about: live, and of a live partner. Their partner is the record's (CERT-03 roll-up).
Result<Contact> livePerson(Database& db, const QByteArray& contactId)
{
    if (contactId.isEmpty())
        return Error::validation(QStringLiteral("contact_id"), CertTr::tr("Choose the person."));
    const Result<Contact> contact = ContactRepository(db).get(contactId);
    if (!contact)
        return Error::validation(QStringLiteral("contact_id"), CertTr::tr("The person no longer exists."));
    if (contact->isDeleted())
        return Error::validation(QStringLiteral("contact_id"),
            CertTr::tr("%1 was deleted; restore the contact first.").arg(contact->displayName()));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT name, deleted_at FROM partner WHERE id = ?"));
    q.addBindValue(contact->partnerId);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::validation(QStringLiteral("contact_id"),
            CertTr::tr("The partner of %1 no longer exists.").arg(contact->displayName()));
    if (!q.value(1).isNull())
        return Error::validation(QStringLiteral("contact_id"),
            CertTr::tr("%1 was deleted; restore the partner first.").arg(q.value(0).toString()));
    return contact;
}

/// The partner of a record must be its person's partner: a record filed under another partner is refused.
Status checkPartner(const Contact& person, QByteArray& partnerId)
{
    if (partnerId.isEmpty())
        partnerId = person.partnerId;
    if (partnerId != person.partnerId)
        return Error::validation(QStringLiteral("contact_id"),
            CertTr::tr("%1 works for another partner; choose one of this partner's people.").arg(person.displayName()));
    return {};
}

Result<CertDefinition> liveDefinition(Database& db, const QByteArray& id)
{
    if (id.isEmpty())
        return Error::validation(QStringLiteral("definition_id"), CertTr::tr("Choose the certification."));
    const Result<CertDefinition> definition = TrainingCatalog(db).definition(id);
    if (!definition || definition->meta.isDeleted())
        return Error::validation(QStringLiteral("definition_id"), CertTr::tr("The certification no longer exists."));
    return definition;
}

Status notInFuture(const QString& field, const QDate& day, const TrainingAction& input, const QString& what)
{
    const QDate today = RecordIo::localDay(input.at);
    if (day > today)
        return Error::validation(field,
            CertTr::tr("%1 (%2) cannot be in the future.").arg(what, formatDate(day)));
    return {};
}

Status checkTexts(Certification& cert)
{
    cert.certificateId = cert.certificateId.trimmed();
    cert.notes = cert.notes.trimmed();
    cert.evidenceName = cert.evidenceName.trimmed();
    if (cert.certificateId.size() > MaxCertificateIdLength)
        return Error::validation(QStringLiteral("certificate_id"),
            CertTr::tr("The certificate number is limited to %n character(s).", nullptr, MaxCertificateIdLength));
    if (cert.notes.size() > MaxNotesLength)
        return Error::validation(QStringLiteral("notes"),
            CertTr::tr("Notes are limited to %n character(s).", nullptr, MaxNotesLength));
    if (cert.evidenceName.size() > MaxFileNameLength)
        return Error::validation(QStringLiteral("evidence_name"),
            CertTr::tr("The file name is limited to %n character(s).", nullptr, MaxFileNameLength));
    return {};
}

/// CERT-02: renewed and revoked certificates are history.
Status checkEditable(const Certification& cert)
{
    if (cert.meta.isDeleted())
        return Error::notFound(CertTr::tr("This certification was deleted."));
    if (cert.status == Renewed)
        return Error::validation(QStringLiteral("status"),
            CertTr::tr("This certification was renewed; it is kept as history and cannot be changed."));
    if (cert.status == Revoked)
        return Error::validation(QStringLiteral("status"),
            CertTr::tr("This certification was revoked; it is kept as history and cannot be changed."));
    return {};
}

/// The dates of an in-progress or active record (CERT-01); fills a missing expiry from the definition.
Status checkDates(Certification& cert, const CertDefinition& definition, const TrainingAction& input)
{
    if (cert.status == InProgress) {
        if (!cert.startedOn.isValid())
            return Error::validation(QStringLiteral("started_on"), CertTr::tr("Enter the day the person started."));
        if (cert.acquiredOn.isValid() || cert.expiresOn.isValid())
            return Error::validation(QStringLiteral("acquired_on"),
                CertTr::tr("A certification in progress has no acquisition or expiry date yet; mark it as passed "
                           "instead."));
        return {};
    }
    if (cert.status != Active)
        return Error::validation(QStringLiteral("status"),
            CertTr::tr("A new certification is either in progress or active."));
    if (!cert.acquiredOn.isValid())
        return Error::validation(QStringLiteral("acquired_on"),
            CertTr::tr("Enter the day the certification was acquired."));
    if (Status s = notInFuture(QStringLiteral("acquired_on"), cert.acquiredOn, input, CertTr::tr("The acquisition day"));
        !s)
        return s;
    if (!cert.startedOn.isValid())
        cert.startedOn = cert.acquiredOn;
    if (cert.startedOn > cert.acquiredOn)
        return Error::validation(QStringLiteral("started_on"),
            CertTr::tr("The start day (%1) is after the acquisition day (%2).")
                .arg(formatDate(cert.startedOn), formatDate(cert.acquiredOn)));
    if (!cert.expiresOn.isValid())
        cert.expiresOn = certificationExpiry(cert.acquiredOn, definition.validityMonths);
    if (cert.expiresOn.isValid() && cert.expiresOn < cert.acquiredOn)
        return Error::validation(QStringLiteral("expires_on"),
            CertTr::tr("The expiry day (%1) is before the acquisition day (%2).")
                .arg(formatDate(cert.expiresOn), formatDate(cert.acquiredOn)));
    return {};
}

/// One live in-progress or active certification per person and definition.
Status checkSingleLive(Database& db, const Certification& cert, const QByteArray& except,
                       const CertDefinition& definition, const Contact& person)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT status FROM certification WHERE contact_id = ? AND definition_id = ? "
                             "AND deleted_at IS NULL AND status IN ('in_progress', 'active') AND id IS NOT ? "
                             "AND id IS NOT ? LIMIT 1"));
    q.addBindValue(cert.contactId);
    q.addBindValue(cert.definitionId);
    q.addBindValue(idOrNull(cert.id));
    q.addBindValue(idOrNull(except));
    if (Status s = Sql::exec(q); !s)
        return s;
    if (!q.next())
        return {};
    if (q.value(0).toString() == InProgress)
        return Error::validation(QStringLiteral("definition_id"),
            CertTr::tr("%1 is already working towards %2; mark that certification as passed instead.")
                .arg(person.displayName(), definition.name));
    return Error::validation(QStringLiteral("definition_id"),
        CertTr::tr("%1 already holds %2; renew that certification instead.").arg(person.displayName(), definition.name));
}

Result<Certification> certificationById(Database& db, const QByteArray& id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT * FROM certification WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(CertTr::tr("The certification no longer exists."));
    return RecordIo::fromQuery(q, certificationFields());
}

Result<Certification> liveCertification(Database& db, const QByteArray& id)
{
    Result<Certification> cert = certificationById(db, id);
    if (cert && cert->meta.isDeleted())
        return Error::notFound(CertTr::tr("This certification was deleted."));
    return cert;
}

Result<QList<Certification>> certificationList(QSqlQuery& q)
{
    if (Status s = Sql::exec(q); !s)
        return s.error();
    QList<Certification> list;
    while (q.next())
        list.append(RecordIo::fromQuery(q, certificationFields()));
    return list;
}

// The newest record first: by the day it counts from, then by creation (UUIDv7 ids are time-ordered).
const QString NewestFirst = QStringLiteral("coalesce(c.acquired_on, c.started_on, '') DESC, c.id DESC");

Status write(Database& db, const Certification& cert, bool insert)
{
    const QVariantMap values = RecordIo::columns(cert, certificationFields());
    if (insert)
        return RecordWriter(db).insert(CertificationEntity, cert.id, values);
    const Result<bool> changed = RecordWriter(db).update(CertificationEntity, cert.id, values);
    return changed ? Status() : Status(changed.error());
}

/// The definition's prerequisite courses must be completed by `day`; the refusal names the missing courses.
Status checkPrerequisites(const CertificationRepository& repo, const Contact& person,
                          const CertDefinition& definition, const QDate& day)
{
    const Result<QList<Course>> missing = repo.missingPrerequisites(person.id, definition.prerequisites, day);
    if (!missing)
        return missing.error();
    if (missing->isEmpty())
        return {};
    QStringList names;
    for (const Course& c : *missing)
        names.append(c.name);
    return Error::validation(QStringLiteral("prerequisites"),
        CertTr::tr("%1 had not completed the prerequisite course(s) of %2 by %3: %4.")
            .arg(person.displayName(), definition.name, formatDate(day), names.join(QStringLiteral(", "))));
}

} // namespace

CertificationRepository::CertificationRepository(Database& db)
    : m_db(db)
{
}

// --- course completions --------------------------------------------------------------------------------------------

Result<QList<CourseCompletion>> CertificationRepository::completionsOf(const QByteArray& contactId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM course_completion WHERE contact_id = ? AND deleted_at IS NULL "
                             "ORDER BY completed_on DESC, id DESC"));
    q.addBindValue(contactId);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    QList<CourseCompletion> list;
    while (q.next())
        list.append(RecordIo::fromQuery(q, courseCompletionFields()));
    return list;
}

Result<CourseCompletion> CertificationRepository::recordCompletion(CourseCompletion completion,
                                                                   const TrainingAction& input)
{
    completion.id = Uuid::createV7();
    completion.meta = {};
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<Contact> person = livePerson(m_db, completion.contactId);
    if (!person)
        return person.error();
    if (Status s = checkPartner(*person, completion.partnerId); !s)
        return s.error();
    if (completion.courseId.isEmpty())
        return Error::validation(QStringLiteral("course_id"), CertTr::tr("Choose the course."));
    const Result<Course> course = TrainingCatalog(m_db).course(completion.courseId);
    if (!course || course->meta.isDeleted())
        return Error::validation(QStringLiteral("course_id"), CertTr::tr("The course no longer exists."));
    if (!completion.completedOn.isValid())
        return Error::validation(QStringLiteral("completed_on"),
            CertTr::tr("Enter the day the course was completed."));
    if (Status s = notInFuture(QStringLiteral("completed_on"), completion.completedOn, input,
            CertTr::tr("The completion day"));
        !s)
        return s.error();
    if (completion.score && (*completion.score < 0 || *completion.score > 100))
        return Error::validation(QStringLiteral("score"), CertTr::tr("The score is a percentage from 0 to 100."));
    const Result<QList<Course>> missing
        = missingPrerequisites(completion.contactId, course->prerequisites, completion.completedOn);
    if (!missing)
        return missing.error();
    if (!missing->isEmpty()) {
        QStringList names;
        for (const Course& c : *missing)
            names.append(c.name);
        return Error::validation(QStringLiteral("course_id"),
            CertTr::tr("%1 had not completed the prerequisite course(s) of %2 by %3: %4.")
                .arg(person->displayName(), course->name, formatDate(completion.completedOn),
                    names.join(QStringLiteral(", "))));
    }
    if (Status s = RecordWriter(m_db).insert(
            CompletionEntity, completion.id, RecordIo::columns(completion, courseCompletionFields()));
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM course_completion WHERE id = ?"));
    q.addBindValue(completion.id);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(CertTr::tr("The course completion no longer exists."));
    return RecordIo::fromQuery(q, courseCompletionFields());
}

Status CertificationRepository::removeCompletion(const QByteArray& id)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<bool> done = RecordWriter(m_db).setDeleted(CompletionEntity, id, true);
    if (!done)
        return done.error();
    return transaction.commit();
}

Result<QList<Course>> CertificationRepository::missingPrerequisites(const QByteArray& contactId,
    const QList<QByteArray>& courseIds, const QDate& day) const
{
    if (courseIds.isEmpty())
        return QList<Course>();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT course_id FROM course_completion WHERE contact_id = ? "
                             "AND deleted_at IS NULL AND completed_on IS NOT NULL AND completed_on <= ?"));
    q.addBindValue(contactId);
    q.addBindValue(Timestamp::dateToStorage(day));
    if (Status s = Sql::exec(q); !s)
        return s.error();
    QSet<QByteArray> completed;
    while (q.next())
        completed.insert(q.value(0).toByteArray());
    QList<Course> missing;
    TrainingCatalog catalog(m_db);
    for (const QByteArray& id : courseIds) {
        if (completed.contains(id))
            continue;
        const Result<Course> course = catalog.course(id);
        if (!course) {
            if (course.error().code == Error::Code::NotFound)
                continue; // a course this computer never received cannot be asked for
            return course.error();
        }
        if (!course->meta.isDeleted())
            missing.append(*course);
    }
    return missing;
}

// --- certifications ------------------------------------------------------------------------------------------------

Result<Certification> CertificationRepository::get(const QByteArray& id) const
{
    return certificationById(m_db, id);
}

Result<QList<Certification>> CertificationRepository::ofContact(const QByteArray& contactId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT c.* FROM certification c WHERE c.contact_id = ? AND c.deleted_at IS NULL "
                             "ORDER BY %1")
                  .arg(NewestFirst));
    q.addBindValue(contactId);
    return certificationList(q);
}

Result<QList<Certification>> CertificationRepository::ofPartner(const QByteArray& partnerId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT c.* FROM certification c LEFT JOIN contact p ON p.id = c.contact_id "
                             "WHERE c.partner_id = ? AND c.deleted_at IS NULL "
                             "ORDER BY lower(p.last_name), lower(p.first_name), c.contact_id, %1")
                  .arg(NewestFirst));
    q.addBindValue(partnerId);
    return certificationList(q);
}

Result<Certification> CertificationRepository::create(Certification cert, const TrainingAction& input)
{
    cert.id = Uuid::createV7();
    cert.meta = {};
    cert.remindedOn = {};
    cert.renewedById.clear();
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<Contact> person = livePerson(m_db, cert.contactId);
    if (!person)
        return person.error();
    if (Status s = checkPartner(*person, cert.partnerId); !s)
        return s.error();
    const Result<CertDefinition> definition = liveDefinition(m_db, cert.definitionId);
    if (!definition)
        return definition.error();
    if (cert.status == InProgress && !definition->active)
        return Error::validation(QStringLiteral("definition_id"),
            CertTr::tr("%1 is no longer offered.").arg(definition->name));
    if (Status s = checkTexts(cert); !s)
        return s.error();
    if (Status s = checkDates(cert, *definition, input); !s)
        return s.error();
    if (cert.status == Active) {
        if (Status s = checkPrerequisites(*this, *person, *definition, cert.acquiredOn); !s)
            return s.error();
    }
    if (Status s = checkSingleLive(m_db, cert, {}, *definition, *person); !s)
        return s.error();
    if (Status s = write(m_db, cert, true); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    qCDebug(lcTraining) << "certification created" << definition->code << cert.status;
    return get(cert.id);
}

Result<bool> CertificationRepository::update(const Certification& input, const TrainingAction& action)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<Certification> stored = certificationById(m_db, input.id);
    if (!stored)
        return stored.error();
    if (Status s = checkEditable(*stored); !s)
        return s.error();
    const Result<CertDefinition> definition = liveDefinition(m_db, stored->definitionId);
    if (!definition)
        return definition.error();
    const Result<Contact> person = livePerson(m_db, stored->contactId);
    if (!person)
        return person.error();

    // Only what the header promises is editable: who, what and the status change through their own actions.
    Certification cert = *stored;
    cert.certificateId = input.certificateId;
    cert.notes = input.notes;
    cert.evidenceName = input.evidenceName;
    cert.startedOn = input.startedOn;
    cert.acquiredOn = input.acquiredOn;
    cert.expiresOn = input.expiresOn;
    if (input.evidenceSha256 != stored->evidenceSha256) {
        if (!input.evidenceSha256.isEmpty())
            return Error::validation(QStringLiteral("evidence_sha256"),
                CertTr::tr("Attach the evidence file instead of naming its checksum."));
        cert.evidenceSha256.clear(); // removing the evidence; its blob stays for other records
        cert.evidenceName.clear();
    }
    if (Status s = checkTexts(cert); !s)
        return s.error();
    // An expiry that was the computed one follows a corrected acquisition day; one typed by hand is kept.
    if (cert.status == Active && cert.acquiredOn != stored->acquiredOn && cert.expiresOn == stored->expiresOn
        && stored->expiresOn == certificationExpiry(stored->acquiredOn, definition->validityMonths))
        cert.expiresOn = QDate();
    if (Status s = checkDates(cert, *definition, action); !s)
        return s.error();
    if (cert.status == Active && cert.acquiredOn != stored->acquiredOn) {
        if (Status s = checkPrerequisites(*this, *person, *definition, cert.acquiredOn); !s)
            return s.error();
    }
    const Result<bool> changed
        = RecordWriter(m_db).update(CertificationEntity, cert.id, RecordIo::columns(cert, certificationFields()));
    if (!changed)
        return changed.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return *changed;
}

Result<Certification> CertificationRepository::pass(const QByteArray& id, const QDate& acquiredOn,
    const QString& certificateId, const TrainingAction& input)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<Certification> stored = liveCertification(m_db, id);
    if (!stored)
        return stored.error();
    if (Status s = checkEditable(*stored); !s)
        return s.error();
    if (stored->status != InProgress)
        return Error::validation(QStringLiteral("status"), CertTr::tr("This certification has already been passed."));
    const Result<Contact> person = livePerson(m_db, stored->contactId);
    if (!person)
        return person.error();
    const Result<CertDefinition> definition = liveDefinition(m_db, stored->definitionId);
    if (!definition)
        return definition.error();
    Certification cert = *stored;
    cert.status = Active;
    cert.acquiredOn = acquiredOn;
    cert.expiresOn = QDate();
    if (!certificateId.trimmed().isEmpty())
        cert.certificateId = certificateId;
    if (Status s = checkTexts(cert); !s)
        return s.error();
    if (Status s = checkDates(cert, *definition, input); !s)
        return s.error();
    if (Status s = checkPrerequisites(*this, *person, *definition, cert.acquiredOn); !s)
        return s.error();
    if (Status s = checkSingleLive(m_db, cert, {}, *definition, *person); !s)
        return s.error();
    if (Status s = write(m_db, cert, false); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return get(id);
}

Result<Certification> CertificationRepository::renew(const QByteArray& id, const QDate& acquiredOn,
    const QString& certificateId, const TrainingAction& input)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<Certification> stored = liveCertification(m_db, id);
    if (!stored)
        return stored.error();
    if (Status s = checkEditable(*stored); !s)
        return s.error();
    if (stored->status != Active)
        return Error::validation(QStringLiteral("status"),
            CertTr::tr("Only an acquired certification can be renewed; mark this one as passed instead."));
    const Result<CertDefinition> definition = liveDefinition(m_db, stored->definitionId);
    if (!definition)
        return definition.error();
    const Result<Contact> person = livePerson(m_db, stored->contactId);
    if (!person)
        return person.error();

    // CERT-02: recertification opens `window` days before expiry and stays open once expired.
    const QDate today = RecordIo::localDay(input.at);
    const CertificationState state = certificationState(*stored, definition->recertWindowDays, today);
    if (!stored->expiresOn.isValid())
        return Error::validation(QStringLiteral("status"),
            CertTr::tr("%1 does not expire, so it needs no renewal.").arg(definition->name));
    if (state != CertificationState::Expiring && state != CertificationState::Expired)
        return Error::validation(QStringLiteral("status"),
            CertTr::tr("Recertification opens on %1, %n day(s) before the certificate expires.", nullptr,
                qMax(0, definition->recertWindowDays))
                .arg(formatDate(stored->expiresOn.addDays(-qMax(0, definition->recertWindowDays)))));

    Certification fresh;
    fresh.id = Uuid::createV7();
    fresh.partnerId = person->partnerId;
    fresh.contactId = stored->contactId;
    fresh.definitionId = stored->definitionId;
    fresh.status = Active;
    fresh.startedOn = acquiredOn;
    fresh.acquiredOn = acquiredOn;
    fresh.certificateId = certificateId;
    if (Status s = checkTexts(fresh); !s)
        return s.error();
    if (Status s = checkDates(fresh, *definition, input); !s)
        return s.error();
    if (fresh.acquiredOn <= stored->acquiredOn)
        return Error::validation(QStringLiteral("acquired_on"),
            CertTr::tr("The renewal must be acquired after the current certificate (%1).")
                .arg(formatDate(stored->acquiredOn)));
    if (Status s = checkPrerequisites(*this, *person, *definition, fresh.acquiredOn); !s)
        return s.error();
    if (Status s = checkSingleLive(m_db, fresh, stored->id, *definition, *person); !s)
        return s.error();

    // Old attempts are archived, never overwritten: the new record first, then the old one points to it.
    Certification old = *stored;
    old.status = Renewed;
    old.renewedById = fresh.id;
    if (Status s = write(m_db, fresh, true); !s)
        return s.error();
    if (Status s = write(m_db, old, false); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    qCDebug(lcTraining) << "certification renewed" << definition->code;
    return get(fresh.id);
}

Status CertificationRepository::revoke(const QByteArray& id, const TrainingAction& input)
{
    const QString reason = input.reason.trimmed();
    if (reason.isEmpty())
        return Error::validation(QStringLiteral("reason"), CertTr::tr("Give a reason for revoking the certification."));
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<Certification> stored = liveCertification(m_db, id);
    if (!stored)
        return stored.error();
    if (Status s = checkEditable(*stored); !s)
        return s;
    Certification cert = *stored;
    cert.status = Revoked;
    // The record has no reason column: the note keeps who revoked it, when and why, and syncs with it.
    const QString line = CertTr::tr("Revoked on %1 by %2: %3")
                             .arg(RecordIo::localDay(input.at).toString(Qt::ISODate),
                                 input.actor.isEmpty() ? CertTr::tr("unknown user") : input.actor, reason);
    cert.notes = cert.notes.isEmpty() ? line : cert.notes + QLatin1Char('\n') + line;
    if (cert.notes.size() > MaxNotesLength)
        cert.notes = cert.notes.right(MaxNotesLength);
    if (Status s = write(m_db, cert, false); !s)
        return s;
    return transaction.commit();
}

Status CertificationRepository::remove(const QByteArray& id)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<Certification> stored = certificationById(m_db, id);
    if (!stored)
        return stored.error();
    if (stored->meta.isDeleted())
        return {};
    if (stored->status == Renewed)
        return Error::validation(QStringLiteral("status"),
            CertTr::tr("A renewed certification is part of the person's history; remove its renewal instead."));
    // Removing a renewal entered by mistake gives the certificate it replaced its place back.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM certification WHERE renewed_by = ? AND deleted_at IS NULL"));
    q.addBindValue(id);
    const Result<QList<Certification>> replaced = certificationList(q);
    if (!replaced)
        return replaced.error();
    if (const Result<bool> done = RecordWriter(m_db).setDeleted(CertificationEntity, id, true); !done)
        return done.error();
    for (Certification previous : *replaced) {
        previous.status = Active;
        previous.renewedById.clear();
        if (Status s = write(m_db, previous, false); !s)
            return s;
    }
    return transaction.commit();
}

Status CertificationRepository::markReminded(const QList<QByteArray>& ids, const QDate& day)
{
    if (!day.isValid())
        return Error::validation(QStringLiteral("reminded_on"), CertTr::tr("Enter the day the reminder was sent."));
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    for (const QByteArray& id : ids) {
        const Result<Certification> stored = certificationById(m_db, id);
        if (!stored)
            return stored.error();
        if (stored->meta.isDeleted())
            continue; // removed meanwhile: nothing to remind about
        Certification cert = *stored;
        cert.remindedOn = day;
        if (Status s = write(m_db, cert, false); !s)
            return s;
    }
    return transaction.commit();
}

Status CertificationRepository::attachEvidence(const QByteArray& id, const QString& fileName,
                                               const QByteArray& content)
{
    const QString name = fileName.trimmed();
    if (name.isEmpty())
        return Error::validation(QStringLiteral("evidence_name"), CertTr::tr("The evidence file needs a name."));
    if (content.isEmpty())
        return Error::validation(QStringLiteral("evidence_name"), CertTr::tr("%1 is empty.").arg(name));
    if (content.size() > MaxEvidenceBytes)
        return Error::validation(QStringLiteral("evidence_name"),
            CertTr::tr("%1 is larger than %2 MiB; attach a smaller file.")
                .arg(name)
                .arg(MaxEvidenceBytes / (1024 * 1024)));
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<Certification> stored = liveCertification(m_db, id);
    if (!stored)
        return stored.error();
    if (Status s = checkEditable(*stored); !s)
        return s;
    Certification cert = *stored;
    cert.evidenceSha256 = BlobStore::sha256Hex(content);
    cert.evidenceName = name;
    if (Status s = checkTexts(cert); !s)
        return s;
    if (Status s = BlobStore::store(m_db, cert.evidenceSha256, content); !s)
        return s;
    if (Status s = write(m_db, cert, false); !s)
        return s;
    return transaction.commit();
}

Result<QByteArray> CertificationRepository::evidence(const QByteArray& id) const
{
    const Result<Certification> cert = certificationById(m_db, id);
    if (!cert)
        return cert.error();
    if (cert->evidenceSha256.isEmpty())
        return Error::notFound(CertTr::tr("No evidence is attached to this certification."));
    const Result<BlobStore::Blob> blob = BlobStore::read(m_db, cert->evidenceSha256);
    if (!blob)
        return blob.error();
    if (blob->state == BlobStore::State::Intact)
        return blob->data;
    Error error;
    error.code = Error::Code::Io;
    error.field = QStringLiteral("evidence_sha256");
    error.message = blob->state == BlobStore::State::Missing
        ? CertTr::tr("The content of %1 has not been downloaded to this computer yet.").arg(cert->evidenceName)
        : CertTr::tr("%1 is damaged: its content does not match its checksum.").arg(cert->evidenceName);
    error.detail = QStringLiteral("sha256 %1, %2 bytes stored").arg(cert->evidenceSha256).arg(blob->data.size());
    return error;
}

} // namespace ChannelDesk
