// People's certifications and course completions (CERT-01…03) through CertificationRepository.
#include "TrainingTestSupport.h"

#include "storage/BlobStore.h"
#include "support/TempDatabase.h"

#include <QCryptographicHash>

using namespace ChannelDesk;
using ChannelDesk::Test::TempDatabase;

namespace {

struct People
{
    QByteArray partner;
    QByteArray alice;
    QByteArray bob;
    QByteArray otherPartner;
    QByteArray carol; ///< works for otherPartner
    CertDefinition cna; ///< 24 months, reminder 30 days, window 60 days, no prerequisites
};

People setup(Database& db)
{
    People p;
    p.partner = TrainingTest::partner(db);
    p.alice = TrainingTest::contact(db, p.partner, QStringLiteral("Alice"), QStringLiteral("Berger"));
    p.bob = TrainingTest::contact(db, p.partner, QStringLiteral("Bob"), QStringLiteral("Adler"));
    p.otherPartner = TrainingTest::partner(db, QStringLiteral("Nguyen Systems"));
    p.carol = TrainingTest::contact(db, p.otherPartner, QStringLiteral("Carol"), QStringLiteral("Nguyen"));
    p.cna = TrainingTest::definition(db, QStringLiteral("CNA"));
    return p;
}

Certification draft(const QByteArray& contact, const QByteArray& definition, const QString& status,
                    const QDate& startedOn, const QDate& acquiredOn = {})
{
    Certification c;
    c.contactId = contact;
    c.definitionId = definition;
    c.status = status;
    c.startedOn = startedOn;
    c.acquiredOn = acquiredOn;
    return c;
}

template<class T>
void requireRefused(const Result<T>& result, const QString& field)
{
    INFO((result.ok() ? QStringLiteral("accepted") : result.error().message).toStdString());
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == Error::Code::Validation);
    CHECK(result.error().field == field);
}

void requireRefused(const Status& status, const QString& field)
{
    INFO((status.ok() ? QStringLiteral("accepted") : status.error().message).toStdString());
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == Error::Code::Validation);
    CHECK(status.error().field == field);
}

int certificationRows(Database& db)
{
    return TrainingTest::rowCount(db, QStringLiteral("certification"));
}

} // namespace

TEST_CASE("CERT-01 an active certification is created with its expiry from the definition", "[certification]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const People p = setup(db);
    CertificationRepository repo(db);

    Certification c = draft(p.alice, p.cna.id, QStringLiteral("active"), {}, QDate(2027, 1, 31));
    c.certificateId = QStringLiteral("  CNA-4711 ");
    c.notes = QStringLiteral("Passed with distinction");
    const Result<Certification> created = repo.create(c, TrainingTest::by());
    REQUIRE(created.ok());
    CHECK(created->id.size() == 16);
    CHECK(created->partnerId == p.partner); // CERT-03: the contact's partner
    CHECK(created->status == QStringLiteral("active"));
    CHECK(created->startedOn == QDate(2027, 1, 31)); // defaults to the acquisition day
    CHECK(created->acquiredOn == QDate(2027, 1, 31));
    CHECK(created->expiresOn == QDate(2029, 1, 31));
    CHECK(created->certificateId == QStringLiteral("CNA-4711"));
    CHECK(created->notes == QStringLiteral("Passed with distinction"));
    CHECK(TrainingTest::outboxCount(db, QStringLiteral("certification")) == 1);

    SECTION("a one-month certificate acquired on 31 January expires on the last day of February")
    {
        const CertDefinition monthly
            = TrainingTest::definition(db, QStringLiteral("M1"), QStringLiteral("Networking"), 1);
        CHECK(TrainingTest::certification(db, p.alice, monthly.id, QDate(2028, 1, 31)).expiresOn
            == QDate(2028, 2, 29));
    }
    SECTION("an expiry given by hand is kept")
    {
        const CertDefinition other = TrainingTest::definition(db, QStringLiteral("CSA"));
        Certification manual = draft(p.alice, other.id, QStringLiteral("active"), {}, QDate(2027, 2, 1));
        manual.expiresOn = QDate(2028, 6, 30);
        CHECK(repo.create(manual, TrainingTest::by())->expiresOn == QDate(2028, 6, 30));
        Certification backwards = draft(p.bob, other.id, QStringLiteral("active"), {}, QDate(2027, 2, 1));
        backwards.expiresOn = QDate(2027, 1, 31);
        requireRefused(repo.create(backwards, TrainingTest::by()), QStringLiteral("expires_on"));
    }
    SECTION("a definition valid for 0 months never expires")
    {
        const CertDefinition neverExpires
            = TrainingTest::definition(db, QStringLiteral("LIFE"), QStringLiteral("Networking"), 0);
        const Certification life = TrainingTest::certification(db, p.alice, neverExpires.id, QDate(2027, 2, 1));
        CHECK_FALSE(life.expiresOn.isValid());
        CHECK(certificationState(life, 60, QDate(2099, 1, 1)) == CertificationState::Active);
    }
}

TEST_CASE("CERT-01 an in-progress certification needs its start day and no acquisition", "[certification]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const People p = setup(db);
    CertificationRepository repo(db);

    requireRefused(repo.create(draft(p.alice, p.cna.id, QStringLiteral("in_progress"), {}), TrainingTest::by()),
        QStringLiteral("started_on"));
    requireRefused(repo.create(draft(p.alice, p.cna.id, QStringLiteral("in_progress"), QDate(2027, 5, 1),
                                   QDate(2027, 5, 2)),
                       TrainingTest::by()),
        QStringLiteral("acquired_on"));
    requireRefused(repo.create(draft(p.alice, p.cna.id, QStringLiteral("renewed"), QDate(2027, 5, 1),
                                   QDate(2027, 5, 2)),
                       TrainingTest::by()),
        QStringLiteral("status"));
    requireRefused(repo.create(draft(p.alice, p.cna.id, QStringLiteral("active"), QDate(2027, 5, 1)), TrainingTest::by()),
        QStringLiteral("acquired_on"));
    requireRefused(repo.create(draft(p.alice, p.cna.id, QStringLiteral("active"), QDate(2027, 5, 3), QDate(2027, 5, 2)),
                       TrainingTest::by()),
        QStringLiteral("started_on"));
    CHECK(certificationRows(db) == 0);

    const Certification started = TrainingTest::inProgress(db, p.alice, p.cna.id, QDate(2027, 5, 1));
    CHECK(started.status == QStringLiteral("in_progress"));
    CHECK(started.startedOn == QDate(2027, 5, 1));
    CHECK_FALSE(started.acquiredOn.isValid());
    CHECK_FALSE(started.expiresOn.isValid());
    CHECK(certificationState(started, 60, QDate(2027, 6, 1)) == CertificationState::InProgress);
    CHECK_FALSE(certificationCounts(started, QDate(2027, 6, 1)));

    SECTION("an inactive definition is not offered to new candidates")
    {
        CertDefinition off = p.cna;
        off.active = false;
        REQUIRE(TrainingCatalog(db).updateDefinition(off).ok());
        requireRefused(repo.create(draft(p.bob, p.cna.id, QStringLiteral("in_progress"), QDate(2027, 5, 1)),
                           TrainingTest::by()),
            QStringLiteral("definition_id"));
    }
}

TEST_CASE("CERT-01 a certification acquired in the future is refused at the local day boundary", "[certification]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const People p = setup(db);
    CertificationRepository repo(db);
    // 2027-06-01 23:30 UTC: 2 June in Tokyo, 1 June in New York.
    const TrainingAction late = TrainingTest::by(TrainingTest::actor(), TrainingTest::at(2027, 6, 1, 23, 30));

    TrainingTest::inTimeZone("America/New_York", [&] {
        requireRefused(repo.create(draft(p.alice, p.cna.id, QStringLiteral("active"), {}, QDate(2027, 6, 2)), late),
            QStringLiteral("acquired_on"));
        CHECK(repo.create(draft(p.alice, p.cna.id, QStringLiteral("active"), {}, QDate(2027, 6, 1)), late).ok());
    });
    TrainingTest::inTimeZone("Asia/Tokyo", [&] {
        requireRefused(repo.create(draft(p.bob, p.cna.id, QStringLiteral("active"), {}, QDate(2027, 6, 3)), late),
            QStringLiteral("acquired_on"));
        CHECK(repo.create(draft(p.bob, p.cna.id, QStringLiteral("active"), {}, QDate(2027, 6, 2)), late).ok());
    });
    CHECK(certificationRows(db) == 2);
}

TEST_CASE("CERT-03 the person must be a live contact of the record's partner", "[certification]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const People p = setup(db);
    CertificationRepository repo(db);

    SECTION("a contact of another partner")
    {
        Certification c = draft(p.carol, p.cna.id, QStringLiteral("active"), {}, QDate(2027, 3, 1));
        c.partnerId = p.partner;
        const Result<Certification> refused = repo.create(c, TrainingTest::by());
        requireRefused(refused, QStringLiteral("contact_id"));
        CHECK(refused.error().message.contains(QStringLiteral("Carol")));
        // Without a partner given, the record follows the contact's own partner.
        c.partnerId.clear();
        CHECK(repo.create(c, TrainingTest::by())->partnerId == p.otherPartner);
    }
    SECTION("a deleted contact")
    {
        REQUIRE(ContactRepository(db).remove(p.bob).ok());
        requireRefused(repo.create(draft(p.bob, p.cna.id, QStringLiteral("active"), {}, QDate(2027, 3, 1)),
                           TrainingTest::by()),
            QStringLiteral("contact_id"));
        CourseCompletion done;
        done.contactId = p.bob;
        done.courseId = TrainingTest::course(db).id;
        done.completedOn = QDate(2027, 3, 1);
        requireRefused(repo.recordCompletion(done, TrainingTest::by()), QStringLiteral("contact_id"));
    }
    SECTION("a contact that does not exist, or no definition")
    {
        requireRefused(repo.create(draft(Uuid::createV7(), p.cna.id, QStringLiteral("active"), {}, QDate(2027, 3, 1)),
                           TrainingTest::by()),
            QStringLiteral("contact_id"));
        requireRefused(repo.create(draft(p.alice, Uuid::createV7(), QStringLiteral("active"), {}, QDate(2027, 3, 1)),
                           TrainingTest::by()),
            QStringLiteral("definition_id"));
    }
    CHECK(repo.ofPartner(p.partner)->isEmpty());
}

TEST_CASE("CERT-01 missing prerequisite courses are refused by name", "[certification]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const People p = setup(db);
    CertificationRepository repo(db);
    const Course basics = TrainingTest::course(db, QStringLiteral("NET-101"), QStringLiteral("Networking basics"));
    const Course routing = TrainingTest::course(db, QStringLiteral("NET-201"), QStringLiteral("Routing"),
        QStringLiteral("Networking"), {basics.id});
    const CertDefinition ccnp = TrainingTest::definition(db, QStringLiteral("CCNP"), QStringLiteral("Networking"), 36,
        {basics.id, routing.id});

    const Result<Certification> none = repo.create(
        draft(p.alice, ccnp.id, QStringLiteral("active"), {}, QDate(2027, 4, 1)), TrainingTest::by());
    requireRefused(none, QStringLiteral("prerequisites"));
    CHECK(none.error().message.contains(QStringLiteral("Networking basics")));
    CHECK(none.error().message.contains(QStringLiteral("Routing")));

    // A course's own prerequisites come first.
    CourseCompletion early;
    early.contactId = p.alice;
    early.courseId = routing.id;
    early.completedOn = QDate(2027, 2, 1);
    const Result<CourseCompletion> outOfOrder = repo.recordCompletion(early, TrainingTest::by());
    requireRefused(outOfOrder, QStringLiteral("course_id"));
    CHECK(outOfOrder.error().message.contains(QStringLiteral("Networking basics")));

    TrainingTest::completion(db, p.alice, basics.id, QDate(2027, 2, 1));
    const Result<Certification> half = repo.create(
        draft(p.alice, ccnp.id, QStringLiteral("active"), {}, QDate(2027, 4, 1)), TrainingTest::by());
    requireRefused(half, QStringLiteral("prerequisites"));
    CHECK_FALSE(half.error().message.contains(QStringLiteral("Networking basics")));
    CHECK(half.error().message.contains(QStringLiteral("Routing")));

    TrainingTest::completion(db, p.alice, routing.id, QDate(2027, 3, 15));
    // Completed after the acquisition day does not count for it.
    requireRefused(repo.create(draft(p.alice, ccnp.id, QStringLiteral("active"), {}, QDate(2027, 3, 14)),
                       TrainingTest::by()),
        QStringLiteral("prerequisites"));
    CHECK(repo.missingPrerequisites(p.alice, ccnp.prerequisites, QDate(2027, 3, 14))->size() == 1);
    CHECK(repo.missingPrerequisites(p.alice, ccnp.prerequisites, QDate(2027, 3, 15))->isEmpty());
    const Result<Certification> certified = repo.create(
        draft(p.alice, ccnp.id, QStringLiteral("active"), {}, QDate(2027, 3, 15)), TrainingTest::by());
    REQUIRE(certified.ok());
    CHECK(certified->expiresOn == QDate(2030, 3, 15));
    CHECK(repo.completionsOf(p.alice)->size() == 2);

    SECTION("an in-progress record may start before the prerequisites; passing needs them")
    {
        const Certification started = TrainingTest::inProgress(db, p.bob, ccnp.id, QDate(2027, 3, 1));
        const Result<Certification> passed
            = repo.pass(started.id, QDate(2027, 5, 1), QStringLiteral("X-1"), TrainingTest::by());
        requireRefused(passed, QStringLiteral("prerequisites"));
        CHECK(repo.get(started.id)->status == QStringLiteral("in_progress"));
    }
    SECTION("a removed completion no longer counts")
    {
        const QList<CourseCompletion> done = *repo.completionsOf(p.alice);
        REQUIRE(repo.removeCompletion(done.first().id).ok());
        CHECK(repo.completionsOf(p.alice)->size() == 1);
        CHECK(repo.missingPrerequisites(p.alice, ccnp.prerequisites, QDate(2027, 6, 1))->size() == 1);
    }
}

TEST_CASE("CERT-02 one live in-progress or active certification per person and definition", "[certification]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const People p = setup(db);
    CertificationRepository repo(db);

    const Certification started = TrainingTest::inProgress(db, p.alice, p.cna.id, QDate(2027, 4, 1));
    requireRefused(repo.create(draft(p.alice, p.cna.id, QStringLiteral("in_progress"), QDate(2027, 4, 2)),
                       TrainingTest::by()),
        QStringLiteral("definition_id"));
    requireRefused(repo.create(draft(p.alice, p.cna.id, QStringLiteral("active"), {}, QDate(2027, 4, 2)),
                       TrainingTest::by()),
        QStringLiteral("definition_id"));
    // Another person, or another definition, is fine.
    CHECK(repo.create(draft(p.bob, p.cna.id, QStringLiteral("active"), {}, QDate(2027, 4, 2)), TrainingTest::by()).ok());
    const CertDefinition other = TrainingTest::definition(db, QStringLiteral("CSA"));
    CHECK(repo.create(draft(p.alice, other.id, QStringLiteral("active"), {}, QDate(2027, 4, 2)), TrainingTest::by()).ok());

    // Passed: still one live record; an expired active certificate still blocks a new one (renew it instead).
    REQUIRE(repo.pass(started.id, QDate(2027, 5, 2), QStringLiteral("CNA-1"), TrainingTest::by()).ok());
    const Result<Certification> second = repo.create(
        draft(p.alice, p.cna.id, QStringLiteral("active"), {}, QDate(2027, 5, 20)), TrainingTest::by());
    requireRefused(second, QStringLiteral("definition_id"));
    CHECK(second.error().message.contains(QStringLiteral("renew")));

    // Revoked or removed records no longer block.
    REQUIRE(repo.revoke(started.id, TrainingTest::because(QStringLiteral("Exam fraud"))).ok());
    CHECK(repo.create(draft(p.alice, p.cna.id, QStringLiteral("active"), {}, QDate(2027, 5, 20)), TrainingTest::by())
              .ok());
}

TEST_CASE("CERT-01 passing moves an in-progress certification to active with its expiry", "[certification]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const People p = setup(db);
    CertificationRepository repo(db);
    const Certification started = TrainingTest::inProgress(db, p.alice, p.cna.id, QDate(2027, 4, 1));
    const int outbox = TrainingTest::outboxCount(db, QStringLiteral("certification"));

    requireRefused(repo.pass(started.id, QDate(2027, 3, 31), {}, TrainingTest::by()), QStringLiteral("started_on"));
    requireRefused(repo.pass(started.id, QDate(2027, 6, 2), {}, TrainingTest::by()), QStringLiteral("acquired_on"));
    requireRefused(repo.pass(started.id, QDate(), {}, TrainingTest::by()), QStringLiteral("acquired_on"));
    CHECK(TrainingTest::outboxCount(db, QStringLiteral("certification")) == outbox);

    const Result<Certification> passed
        = repo.pass(started.id, QDate(2027, 5, 31), QStringLiteral("CNA-77"), TrainingTest::by());
    REQUIRE(passed.ok());
    CHECK(passed->id == started.id);
    CHECK(passed->status == QStringLiteral("active"));
    CHECK(passed->acquiredOn == QDate(2027, 5, 31));
    CHECK(passed->expiresOn == QDate(2029, 5, 31));
    CHECK(passed->certificateId == QStringLiteral("CNA-77"));
    CHECK(TrainingTest::outboxCount(db, QStringLiteral("certification")) == outbox + 1);
    requireRefused(repo.pass(started.id, QDate(2027, 5, 31), {}, TrainingTest::by()), QStringLiteral("status"));
}

TEST_CASE("CERT-02 renewal opens with the recertification window and stays open once expired", "[certification]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const People p = setup(db);
    CertificationRepository repo(db);
    // Acquired 2027-03-01, expires 2029-03-01, window 60 days: opens 2028-12-31.
    const Certification cert = TrainingTest::certification(db, p.alice, p.cna.id, QDate(2027, 3, 1), QStringLiteral("A"));
    REQUIRE(cert.expiresOn == QDate(2029, 3, 1));
    const int outbox = TrainingTest::outboxCount(db, QStringLiteral("certification"));

    SECTION("the day before the window: refused, saying when it opens")
    {
        const Result<Certification> early = repo.renew(cert.id, QDate(2028, 12, 30), QStringLiteral("B"),
            TrainingTest::by(TrainingTest::actor(), TrainingTest::at(2028, 12, 30)));
        requireRefused(early, QStringLiteral("status"));
        CHECK(early.error().message.contains(QLocale().toString(QDate(2028, 12, 31), QLocale::ShortFormat)));
        CHECK(TrainingTest::outboxCount(db, QStringLiteral("certification")) == outbox);
        CHECK(repo.get(cert.id)->status == QStringLiteral("active"));
    }
    SECTION("the day the window opens")
    {
        const Result<Certification> renewed = repo.renew(cert.id, QDate(2028, 12, 31), QStringLiteral("B"),
            TrainingTest::by(TrainingTest::actor(), TrainingTest::at(2028, 12, 31)));
        REQUIRE(renewed.ok());
        CHECK(renewed->acquiredOn == QDate(2028, 12, 31));
        CHECK(renewed->expiresOn == QDate(2030, 12, 31)); // a fresh expiry from the new acquisition
    }
    SECTION("the day after expiry")
    {
        const Result<Certification> renewed = repo.renew(cert.id, QDate(2029, 3, 2), QStringLiteral("B"),
            TrainingTest::by(TrainingTest::actor(), TrainingTest::at(2029, 3, 2)));
        REQUIRE(renewed.ok());
        CHECK(renewed->expiresOn == QDate(2031, 3, 2));
    }
    SECTION("the window is judged on the user's local day")
    {
        // 2028-12-30 23:30 UTC is already 31 December in Tokyo, still 30 December in New York.
        const TrainingAction lateOn30th = TrainingTest::by(TrainingTest::actor(), TrainingTest::at(2028, 12, 30, 23, 30));
        TrainingTest::inTimeZone("America/New_York", [&] {
            requireRefused(repo.renew(cert.id, QDate(2028, 12, 30), QStringLiteral("B"), lateOn30th),
                QStringLiteral("status"));
        });
        TrainingTest::inTimeZone("Asia/Tokyo", [&] {
            CHECK(repo.renew(cert.id, QDate(2028, 12, 31), QStringLiteral("B"), lateOn30th).ok());
        });
    }
}

TEST_CASE("CERT-02 renewing archives the old certificate as renewed and issues a new one", "[certification]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const People p = setup(db);
    CertificationRepository repo(db);
    const Certification old = TrainingTest::certification(db, p.alice, p.cna.id, QDate(2027, 3, 1), QStringLiteral("A"));
    const int outbox = TrainingTest::outboxCount(db, QStringLiteral("certification"));
    const TrainingAction inWindow = TrainingTest::by(TrainingTest::actor(), TrainingTest::at(2029, 2, 1));

    requireRefused(repo.renew(old.id, QDate(2027, 3, 1), {}, inWindow), QStringLiteral("acquired_on"));
    requireRefused(repo.renew(old.id, QDate(2029, 2, 2), {}, inWindow), QStringLiteral("acquired_on")); // future

    const Result<Certification> fresh = repo.renew(old.id, QDate(2029, 1, 20), QStringLiteral("B"), inWindow);
    REQUIRE(fresh.ok());
    CHECK(fresh->id != old.id);
    CHECK(fresh->status == QStringLiteral("active"));
    CHECK(fresh->contactId == p.alice);
    CHECK(fresh->partnerId == p.partner);
    CHECK(fresh->definitionId == p.cna.id);
    CHECK(fresh->acquiredOn == QDate(2029, 1, 20));
    CHECK(fresh->expiresOn == QDate(2031, 1, 20));
    CHECK(fresh->certificateId == QStringLiteral("B"));
    CHECK_FALSE(fresh->remindedOn.isValid());

    const Certification archived = *repo.get(old.id);
    CHECK(archived.status == QStringLiteral("renewed"));
    CHECK(archived.renewedById == fresh->id);
    CHECK(archived.acquiredOn == QDate(2027, 3, 1)); // never overwritten
    CHECK(archived.certificateId == QStringLiteral("A"));
    CHECK(certificationState(archived, 60, QDate(2029, 2, 1)) == CertificationState::Renewed);
    CHECK(TrainingTest::outboxCount(db, QStringLiteral("certification")) == outbox + 2);

    // History: both, newest first.
    const QList<Certification> history = *repo.ofContact(p.alice);
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).id == fresh->id);
    CHECK(history.at(1).id == old.id);

    // The archived record is read-only and cannot be renewed twice.
    requireRefused(repo.renew(old.id, QDate(2029, 1, 25), {}, inWindow), QStringLiteral("status"));
    Certification edit = archived;
    edit.notes = QStringLiteral("changed");
    requireRefused(repo.update(edit, inWindow), QStringLiteral("status"));
    requireRefused(repo.revoke(old.id, TrainingTest::because(QStringLiteral("x"), TrainingTest::at(2029, 2, 1))),
        QStringLiteral("status"));
    requireRefused(repo.attachEvidence(old.id, QStringLiteral("a.pdf"), QByteArrayLiteral("%PDF")),
        QStringLiteral("status"));
    requireRefused(repo.remove(old.id), QStringLiteral("status"));

    SECTION("removing a renewal entered by mistake gives the old certificate its place back")
    {
        REQUIRE(repo.remove(fresh->id).ok());
        const Certification restored = *repo.get(old.id);
        CHECK(restored.status == QStringLiteral("active"));
        CHECK(restored.renewedById.isEmpty());
        CHECK(repo.get(fresh->id)->meta.isDeleted());
        CHECK(repo.ofContact(p.alice)->size() == 1);
    }
}

TEST_CASE("CERT-02 a renewal is one transaction: a failure midway changes nothing", "[certification]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const People p = setup(db);
    CertificationRepository repo(db);
    const Certification old = TrainingTest::certification(db, p.alice, p.cna.id, QDate(2027, 3, 1), QStringLiteral("A"));
    const TrainingAction expired = TrainingTest::by(TrainingTest::actor(), TrainingTest::at(2029, 4, 1));
    const int outbox = TrainingTest::rowCount(db, QStringLiteral("sync_outbox"));

    // Two writes: the new record, then the old one marked renewed.
    for (int failAt = 1; failAt <= 2; ++failAt) {
        DYNAMIC_SECTION("failing write " << failAt)
        {
            int writes = 0;
            RecordWriter::setFaultHook([&writes, failAt](const char*) {
                return ++writes == failAt ? Status(Error::storage(QStringLiteral("injected"), {})) : Status();
            });
            const Result<Certification> renewed = repo.renew(old.id, QDate(2029, 3, 20), QStringLiteral("B"), expired);
            RecordWriter::setFaultHook({});
            CHECK(writes == failAt);
            REQUIRE_FALSE(renewed.ok());
            CHECK(certificationRows(db) == 1);
            const Certification stored = *repo.get(old.id);
            CHECK(stored.status == QStringLiteral("active"));
            CHECK(stored.renewedById.isEmpty());
            CHECK(TrainingTest::rowCount(db, QStringLiteral("sync_outbox")) == outbox);
        }
    }
    // Nothing failing: both written.
    REQUIRE(repo.renew(old.id, QDate(2029, 3, 20), QStringLiteral("B"), expired).ok());
    CHECK(certificationRows(db) == 2);
    CHECK(TrainingTest::rowCount(db, QStringLiteral("sync_outbox")) == outbox + 2);
}

TEST_CASE("CERT-01 only in-progress and active records can be edited and expiry follows a corrected day",
    "[certification]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const People p = setup(db);
    CertificationRepository repo(db);
    const Certification cert = TrainingTest::certification(db, p.alice, p.cna.id, QDate(2027, 3, 1), QStringLiteral("A"));
    const int outbox = TrainingTest::outboxCount(db, QStringLiteral("certification"));

    CHECK(repo.update(cert, TrainingTest::by()).value_or(true) == false); // unchanged: no entry
    CHECK(TrainingTest::outboxCount(db, QStringLiteral("certification")) == outbox);

    Certification edit = cert;
    edit.acquiredOn = QDate(2027, 2, 28);
    edit.startedOn = QDate(2027, 2, 1);
    edit.certificateId = QStringLiteral("A-2");
    edit.status = QStringLiteral("revoked");        // ignored: status changes through its own actions
    edit.contactId = p.bob;                          // ignored: who holds it does not change
    REQUIRE(repo.update(edit, TrainingTest::by()).value_or(false));
    const Certification saved = *repo.get(cert.id);
    CHECK(saved.acquiredOn == QDate(2027, 2, 28));
    CHECK(saved.expiresOn == QDate(2029, 2, 28)); // was the computed one, so it follows
    CHECK(saved.status == QStringLiteral("active"));
    CHECK(saved.contactId == p.alice);
    CHECK(saved.certificateId == QStringLiteral("A-2"));
    CHECK(TrainingTest::outboxCount(db, QStringLiteral("certification")) == outbox + 1);

    // A hand-set expiry is kept when the acquisition day moves.
    Certification manual = saved;
    manual.expiresOn = QDate(2029, 12, 31);
    REQUIRE(repo.update(manual, TrainingTest::by()).value_or(false));
    manual.acquiredOn = QDate(2027, 3, 2);
    REQUIRE(repo.update(manual, TrainingTest::by()).value_or(false));
    CHECK(repo.get(cert.id)->expiresOn == QDate(2029, 12, 31));

    Certification future = *repo.get(cert.id);
    future.acquiredOn = QDate(2027, 7, 1);
    requireRefused(repo.update(future, TrainingTest::by()), QStringLiteral("acquired_on"));
    Certification fakeEvidence = *repo.get(cert.id);
    fakeEvidence.evidenceSha256 = QStringLiteral("00");
    requireRefused(repo.update(fakeEvidence, TrainingTest::by()), QStringLiteral("evidence_sha256"));
}

TEST_CASE("CERT-01 revoking needs a reason and stops the certificate counting", "[certification]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const People p = setup(db);
    CertificationRepository repo(db);
    const Certification cert = TrainingTest::certification(db, p.alice, p.cna.id, QDate(2027, 3, 1));
    const int outbox = TrainingTest::outboxCount(db, QStringLiteral("certification"));

    requireRefused(repo.revoke(cert.id, TrainingTest::because(QStringLiteral("   "))), QStringLiteral("reason"));
    CHECK(TrainingTest::outboxCount(db, QStringLiteral("certification")) == outbox);
    CHECK(certificationCounts(*repo.get(cert.id), QDate(2027, 6, 1)));

    REQUIRE(repo.revoke(cert.id, TrainingTest::because(QStringLiteral("Exam irregularity"))).ok());
    const Certification revoked = *repo.get(cert.id);
    CHECK(revoked.status == QStringLiteral("revoked"));
    CHECK(revoked.notes.contains(QStringLiteral("Exam irregularity")));
    CHECK(revoked.notes.contains(TrainingTest::actor()));
    CHECK_FALSE(certificationCounts(revoked, QDate(2027, 6, 1)));
    CHECK(certificationState(revoked, 60, QDate(2027, 6, 1)) == CertificationState::Revoked);
    CHECK(TrainingTest::outboxCount(db, QStringLiteral("certification")) == outbox + 1);

    // Read-only from now on.
    requireRefused(repo.update(revoked, TrainingTest::by()), QStringLiteral("status"));
    requireRefused(repo.renew(cert.id, QDate(2029, 3, 2), {}, TrainingTest::by(TrainingTest::actor(),
                                   TrainingTest::at(2029, 3, 3))),
        QStringLiteral("status"));
    requireRefused(repo.revoke(cert.id, TrainingTest::because(QStringLiteral("again"))), QStringLiteral("status"));

    SECTION("an in-progress record can be revoked too")
    {
        const Certification started = TrainingTest::inProgress(db, p.bob, p.cna.id);
        REQUIRE(repo.revoke(started.id, TrainingTest::because(QStringLiteral("Left the company"))).ok());
        CHECK(repo.get(started.id)->status == QStringLiteral("revoked"));
    }
}

TEST_CASE("CERT-01 reminders are recorded for each certificate in one transaction", "[certification]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const People p = setup(db);
    CertificationRepository repo(db);
    const Certification a = TrainingTest::certification(db, p.alice, p.cna.id, QDate(2027, 3, 1));
    const Certification b = TrainingTest::certification(db, p.bob, p.cna.id, QDate(2027, 3, 1));
    const int outbox = TrainingTest::outboxCount(db, QStringLiteral("certification"));
    const QDate due = certificationReminderDay(a, p.cna.reminderDays);
    REQUIRE(due == QDate(2029, 1, 30));

    REQUIRE(repo.markReminded({a.id, b.id}, due).ok());
    CHECK(repo.get(a.id)->remindedOn == due);
    CHECK(repo.get(b.id)->remindedOn == due);
    CHECK(TrainingTest::outboxCount(db, QStringLiteral("certification")) == outbox + 2);
    // The same day again writes nothing.
    REQUIRE(repo.markReminded({a.id, b.id}, due).ok());
    CHECK(TrainingTest::outboxCount(db, QStringLiteral("certification")) == outbox + 2);

    // An unknown id fails the whole batch.
    const Status failed = repo.markReminded({a.id, Uuid::createV7()}, due.addDays(1));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == Error::Code::NotFound);
    CHECK(repo.get(a.id)->remindedOn == due);
    CHECK(TrainingTest::outboxCount(db, QStringLiteral("certification")) == outbox + 2);
    requireRefused(repo.markReminded({a.id}, QDate()), QStringLiteral("reminded_on"));
}

TEST_CASE("CERT-01 evidence is stored once by SHA-256 and damage is detected", "[certification]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const People p = setup(db);
    CertificationRepository repo(db);
    const Certification a = TrainingTest::certification(db, p.alice, p.cna.id, QDate(2027, 3, 1));
    const Certification b = TrainingTest::certification(db, p.bob, p.cna.id, QDate(2027, 3, 1));
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.7 certificate CNA 4711");
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());

    CHECK(repo.evidence(a.id).error().code == Error::Code::NotFound); // nothing attached yet
    requireRefused(repo.attachEvidence(a.id, QStringLiteral("cert.pdf"), QByteArray()), QStringLiteral("evidence_name"));
    requireRefused(repo.attachEvidence(a.id, QStringLiteral("  "), pdf), QStringLiteral("evidence_name"));
    requireRefused(repo.attachEvidence(a.id, QStringLiteral("huge.pdf"),
                       QByteArray(CertificationRepository::MaxEvidenceBytes + 1, 'x')),
        QStringLiteral("evidence_name"));

    REQUIRE(repo.attachEvidence(a.id, QStringLiteral("cert.pdf"), pdf).ok());
    REQUIRE(repo.attachEvidence(b.id, QStringLiteral("copy.pdf"), pdf).ok());
    CHECK(repo.get(a.id)->evidenceSha256 == sha);
    CHECK(repo.get(a.id)->evidenceName == QStringLiteral("cert.pdf"));
    CHECK(repo.get(b.id)->evidenceSha256 == sha);
    CHECK(TrainingTest::rowCount(db, QStringLiteral("mdf_blob")) == 1); // the same bytes once
    CHECK(BlobStore::sha256Hex(pdf) == sha);
    REQUIRE(repo.evidence(a.id).ok());
    CHECK(*repo.evidence(a.id) == pdf);

    SECTION("damaged content is detected")
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("UPDATE mdf_blob SET data = ? WHERE sha256 = ?"));
        q.addBindValue(QByteArrayLiteral("%PDF-1.7 certificate CNA 4712"));
        q.addBindValue(sha);
        REQUIRE(q.exec());
        const Result<QByteArray> damaged = repo.evidence(a.id);
        REQUIRE_FALSE(damaged.ok());
        CHECK(damaged.error().code == Error::Code::Io);
        CHECK(damaged.error().message.contains(QStringLiteral("cert.pdf")));
        // Attaching the good bytes again repairs the store.
        REQUIRE(repo.attachEvidence(b.id, QStringLiteral("copy.pdf"), pdf).ok());
        CHECK(*repo.evidence(a.id) == pdf);
    }
    SECTION("missing content is reported")
    {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM mdf_blob")));
        const Result<QByteArray> missing = repo.evidence(b.id);
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().code == Error::Code::Io);
        CHECK(missing.error().message.contains(QStringLiteral("copy.pdf")));
    }
    SECTION("removing the evidence from a record keeps the blob for the other one")
    {
        Certification edit = *repo.get(a.id);
        edit.evidenceSha256.clear();
        REQUIRE(repo.update(edit, TrainingTest::by()).value_or(false));
        CHECK(repo.get(a.id)->evidenceName.isEmpty());
        CHECK(repo.evidence(a.id).error().code == Error::Code::NotFound);
        CHECK(*repo.evidence(b.id) == pdf);
    }
}

TEST_CASE("CERT-03 certifications of a partner roll up by contact then newest", "[certification]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const People p = setup(db);
    CertificationRepository repo(db);
    const CertDefinition csa = TrainingTest::definition(db, QStringLiteral("CSA"), QStringLiteral("Security"));
    const Certification a1 = TrainingTest::certification(db, p.alice, p.cna.id, QDate(2027, 1, 10));
    const Certification a2 = TrainingTest::certification(db, p.alice, csa.id, QDate(2027, 4, 10));
    const Certification b1 = TrainingTest::certification(db, p.bob, p.cna.id, QDate(2027, 2, 10));
    TrainingTest::certification(db, p.carol, p.cna.id, QDate(2027, 2, 10));
    const Certification gone = TrainingTest::inProgress(db, p.bob, csa.id);
    REQUIRE(repo.remove(gone.id).ok());
    CHECK(repo.get(gone.id)->meta.isDeleted());

    const QList<Certification> list = *repo.ofPartner(p.partner);
    REQUIRE(list.size() == 3);
    CHECK(list.at(0).id == b1.id); // Adler before Berger
    CHECK(list.at(1).id == a2.id); // then Alice's, newest first
    CHECK(list.at(2).id == a1.id);
    CHECK(repo.ofContact(p.carol)->size() == 1);
}
