// The shared catalogue (CERT-01/02): courses and certification definitions through TrainingCatalog.
#include "TrainingTestSupport.h"

#include "support/TempDatabase.h"

using namespace ChannelDesk;
using ChannelDesk::Test::TempDatabase;

namespace {

void requireRefused(const Status& status, const QString& field)
{
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == Error::Code::Validation);
    CHECK(status.error().field == field);
    CHECK_FALSE(status.error().message.isEmpty());
}

template<class T>
void requireRefused(const Result<T>& result, const QString& field)
{
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == Error::Code::Validation);
    CHECK(result.error().field == field);
    CHECK_FALSE(result.error().message.isEmpty());
}

} // namespace

TEST_CASE("CERT-01 a course is stored with every field and read back", "[training-catalog]")
{
    TempDatabase temp;
    Database& db = temp.db();
    TrainingCatalog catalog(db);
    const Course basics = TrainingTest::course(db, QStringLiteral("NET-101"), QStringLiteral("Networking basics"));
    Course draft = TrainingTest::courseDraft(QStringLiteral("NET-201"), QStringLiteral("Routing"),
        QStringLiteral("Networking"), {basics.id});
    draft.description = QStringLiteral("OSPF and BGP");
    draft.durationHours = 16;
    const Result<Course> created = catalog.createCourse(draft);
    REQUIRE(created.ok());
    CHECK(created->id.size() == 16);
    CHECK(created->code == QStringLiteral("NET-201"));
    CHECK(created->name == QStringLiteral("Routing"));
    CHECK(created->description == QStringLiteral("OSPF and BGP"));
    CHECK(created->durationHours == 16);
    CHECK(created->prerequisites == QList<QByteArray> {basics.id});
    CHECK(created->active);
    CHECK(created->meta.createdAt.isValid());

    const Result<Course> byCode = catalog.courseByCode(QStringLiteral("net-201"));
    REQUIRE(byCode.ok());
    CHECK(byCode->id == created->id);
    CHECK(catalog.courseByCode(QStringLiteral("NOPE")).error().code == Error::Code::NotFound);

    const Result<QList<Course>> all = catalog.courses();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).name == QStringLiteral("Networking basics")); // by name
    CHECK(all->at(1).name == QStringLiteral("Routing"));

    Course inactive = *created;
    inactive.active = false;
    REQUIRE(catalog.updateCourse(inactive).ok());
    CHECK(catalog.courses(false)->size() == 1);
    CHECK(catalog.courses(true)->size() == 2);
}

TEST_CASE("CERT-01 course and definition validation refusals name the field", "[training-catalog]")
{
    TempDatabase temp;
    Database& db = temp.db();
    TrainingCatalog catalog(db);
    const int outbox = TrainingTest::rowCount(db, QStringLiteral("sync_outbox"));

    SECTION("course")
    {
        requireRefused(catalog.createCourse(TrainingTest::courseDraft(QStringLiteral("  "))), QStringLiteral("code"));
        Course noName = TrainingTest::courseDraft(QStringLiteral("X-1"));
        noName.name = QStringLiteral("   ");
        requireRefused(catalog.createCourse(noName), QStringLiteral("name"));
        Course negative = TrainingTest::courseDraft(QStringLiteral("X-1"));
        negative.durationHours = -1;
        requireRefused(catalog.createCourse(negative), QStringLiteral("duration_hours"));
        Course ghost = TrainingTest::courseDraft(QStringLiteral("X-1"));
        ghost.prerequisites = {Uuid::createV7()};
        requireRefused(catalog.createCourse(ghost), QStringLiteral("prerequisites"));
    }
    SECTION("definition")
    {
        requireRefused(catalog.createDefinition(TrainingTest::definitionDraft(QString())), QStringLiteral("code"));
        CertDefinition noName = TrainingTest::definitionDraft(QStringLiteral("CNA"));
        noName.name.clear();
        requireRefused(catalog.createDefinition(noName), QStringLiteral("name"));
        CertDefinition validity = TrainingTest::definitionDraft(QStringLiteral("CNA"));
        validity.validityMonths = -1;
        requireRefused(catalog.createDefinition(validity), QStringLiteral("validity_months"));
        CertDefinition reminder = TrainingTest::definitionDraft(QStringLiteral("CNA"));
        reminder.reminderDays = -1;
        requireRefused(catalog.createDefinition(reminder), QStringLiteral("reminder_days"));
        CertDefinition window = TrainingTest::definitionDraft(QStringLiteral("CNA"));
        window.recertWindowDays = -1;
        requireRefused(catalog.createDefinition(window), QStringLiteral("recert_window_days"));
        CertDefinition ghost = TrainingTest::definitionDraft(QStringLiteral("CNA"));
        ghost.prerequisites = {Uuid::createV7()};
        requireRefused(catalog.createDefinition(ghost), QStringLiteral("prerequisites"));
        // Zero is allowed everywhere: never expires, remind on the day, no window.
        CertDefinition zeros = TrainingTest::definitionDraft(QStringLiteral("CNA"));
        zeros.validityMonths = 0;
        zeros.reminderDays = 0;
        zeros.recertWindowDays = 0;
        CHECK(catalog.createDefinition(zeros).ok());
    }
    SECTION("an update is refused the same way and leaves the record as it was")
    {
        const CertDefinition stored = TrainingTest::definition(db, QStringLiteral("CNA"));
        const int before = TrainingTest::rowCount(db, QStringLiteral("sync_outbox"));
        CertDefinition edit = stored;
        edit.validityMonths = -3;
        requireRefused(catalog.updateDefinition(edit), QStringLiteral("validity_months"));
        CHECK(catalog.definition(stored.id)->validityMonths == 24);
        CHECK(TrainingTest::rowCount(db, QStringLiteral("sync_outbox")) == before);
    }
    // Refusals write nothing: the only entries are those of the definitions that were saved.
    CHECK(TrainingTest::rowCount(db, QStringLiteral("sync_outbox")) - outbox
        == TrainingTest::rowCount(db, QStringLiteral("cert_definition")));
}

TEST_CASE("CERT-01 codes are unique among live records case-insensitively", "[training-catalog]")
{
    TempDatabase temp;
    Database& db = temp.db();
    TrainingCatalog catalog(db);
    const Course course = TrainingTest::course(db, QStringLiteral("NET-101"));
    requireRefused(catalog.createCourse(TrainingTest::courseDraft(QStringLiteral("net-101"))), QStringLiteral("code"));
    requireRefused(catalog.createCourse(TrainingTest::courseDraft(QStringLiteral(" NET-101 "))), QStringLiteral("code"));
    // Non-ASCII codes fold too (SQLite's lower() would not).
    TrainingTest::course(db, QStringLiteral("ÜBER-1"));
    requireRefused(catalog.createCourse(TrainingTest::courseDraft(QStringLiteral("über-1"))), QStringLiteral("code"));

    // Courses and definitions are separate namespaces.
    CHECK(catalog.createDefinition(TrainingTest::definitionDraft(QStringLiteral("NET-101"))).ok());
    requireRefused(catalog.createDefinition(TrainingTest::definitionDraft(QStringLiteral("Net-101"))),
        QStringLiteral("code"));

    // Saving a record with its own code is no clash; taking another's is.
    const Course other = TrainingTest::course(db, QStringLiteral("NET-102"));
    Course rename = other;
    rename.code = QStringLiteral("NET-101");
    requireRefused(catalog.updateCourse(rename), QStringLiteral("code"));
    Course same = course;
    same.code = QStringLiteral("net-101");
    CHECK(catalog.updateCourse(same).value_or(false));

    // A removed record frees its code.
    REQUIRE(catalog.removeCourse(other.id).ok());
    Course reuse = TrainingTest::courseDraft(QStringLiteral("NET-102"));
    CHECK(catalog.createCourse(reuse).ok());
}

TEST_CASE("CERT-01 prerequisite cycles are refused incl. indirect ones", "[training-catalog]")
{
    TempDatabase temp;
    Database& db = temp.db();
    TrainingCatalog catalog(db);
    const Course a = TrainingTest::course(db, QStringLiteral("A"));
    const Course b = TrainingTest::course(db, QStringLiteral("B"), {}, QStringLiteral("Networking"), {a.id});
    const Course c = TrainingTest::course(db, QStringLiteral("C"), {}, QStringLiteral("Networking"), {b.id});

    SECTION("itself")
    {
        Course self = a;
        self.prerequisites = {a.id};
        requireRefused(catalog.updateCourse(self), QStringLiteral("prerequisites"));
    }
    SECTION("directly: A requires B which requires A")
    {
        Course edit = a;
        edit.prerequisites = {b.id};
        const Result<bool> refused = catalog.updateCourse(edit);
        requireRefused(refused, QStringLiteral("prerequisites"));
        CHECK(refused.error().message.contains(QStringLiteral("A → B → A")));
    }
    SECTION("through another course: A requires C, C requires B, B requires A")
    {
        Course edit = a;
        edit.prerequisites = {c.id};
        const Result<bool> refused = catalog.updateCourse(edit);
        requireRefused(refused, QStringLiteral("prerequisites"));
        CHECK(refused.error().message.contains(QStringLiteral("A → C → B → A")));
        CHECK(catalog.course(a.id)->prerequisites.isEmpty());
    }
    SECTION("a diamond is no cycle")
    {
        const Course d = TrainingTest::course(db, QStringLiteral("D"), {}, QStringLiteral("Networking"), {b.id, c.id});
        Course edit = d;
        edit.prerequisites = {a.id, b.id, c.id, c.id};
        const Result<bool> saved = catalog.updateCourse(edit);
        REQUIRE(saved.ok());
        CHECK(*saved);
        CHECK(catalog.course(d.id)->prerequisites.size() == 3); // duplicates dropped
    }
}

TEST_CASE("CERT-01 removal is refused while the record is referenced", "[training-catalog]")
{
    TempDatabase temp;
    Database& db = temp.db();
    TrainingCatalog catalog(db);
    const Course basics = TrainingTest::course(db, QStringLiteral("NET-101"));
    const Course advanced
        = TrainingTest::course(db, QStringLiteral("NET-201"), {}, QStringLiteral("Networking"), {basics.id});
    const CertDefinition cna = TrainingTest::definition(db, QStringLiteral("CNA"), QStringLiteral("Networking"), 24,
        {basics.id});

    const Status refused = catalog.removeCourse(basics.id);
    requireRefused(refused, QStringLiteral("prerequisites"));
    CHECK(refused.error().message.contains(QStringLiteral("NET-201")));
    CHECK(refused.error().message.contains(QStringLiteral("CNA")));
    CHECK_FALSE(catalog.course(basics.id)->meta.isDeleted());

    // Once nothing lists it, it goes; removing it again is a no-op.
    Course edit = advanced;
    edit.prerequisites.clear();
    REQUIRE(catalog.updateCourse(edit).ok());
    CertDefinition editDef = cna;
    editDef.prerequisites.clear();
    REQUIRE(catalog.updateDefinition(editDef).ok());
    REQUIRE(catalog.removeCourse(basics.id).ok());
    CHECK(catalog.course(basics.id)->meta.isDeleted());
    CHECK(catalog.removeCourse(basics.id).ok());
    CHECK(catalog.courses()->size() == 1);
    CHECK(catalog.removeCourse(Uuid::createV7()).error().code == Error::Code::NotFound);

    SECTION("a definition with certifications cannot be removed, only deactivated")
    {
        const QByteArray partner = TrainingTest::partner(db);
        const QByteArray alice = TrainingTest::contact(db, partner);
        TrainingTest::certification(db, alice, cna.id, QDate(2027, 3, 1));
        requireRefused(catalog.removeDefinition(cna.id), QStringLiteral("active"));
        CHECK_FALSE(catalog.definition(cna.id)->meta.isDeleted());
        CertDefinition off = *catalog.definition(cna.id);
        off.active = false;
        CHECK(catalog.updateDefinition(off).value_or(false));
        CHECK(catalog.definitions(false)->isEmpty());
    }
    SECTION("an unused definition can be removed")
    {
        REQUIRE(catalog.removeDefinition(cna.id).ok());
        CHECK(catalog.definitions()->isEmpty());
        CHECK(catalog.definitionByCode(QStringLiteral("CNA")).error().code == Error::Code::NotFound);
    }
}

TEST_CASE("CERT-01 every catalogue change writes its outbox entry and no change writes none", "[training-catalog]")
{
    TempDatabase temp;
    Database& db = temp.db();
    TrainingCatalog catalog(db);
    const auto courses = [&] { return TrainingTest::outboxCount(db, QStringLiteral("course")); };
    const auto definitions = [&] { return TrainingTest::outboxCount(db, QStringLiteral("cert_definition")); };

    const Course course = TrainingTest::course(db, QStringLiteral("NET-101"));
    CHECK(courses() == 1);
    const CertDefinition cna = TrainingTest::definition(db, QStringLiteral("CNA"));
    CHECK(definitions() == 1);

    // Saving unchanged records: false, no entry.
    CHECK(catalog.updateCourse(course).value_or(true) == false);
    CHECK(catalog.updateDefinition(cna).value_or(true) == false);
    CHECK(courses() == 1);
    CHECK(definitions() == 1);

    // Trimmed input that equals the stored values is no change either.
    Course padded = course;
    padded.name = QStringLiteral("  ") + course.name + QStringLiteral(" ");
    CHECK(catalog.updateCourse(padded).value_or(true) == false);
    CHECK(courses() == 1);

    Course renamed = course;
    renamed.name = QStringLiteral("Networking fundamentals");
    CHECK(catalog.updateCourse(renamed).value_or(false));
    CHECK(courses() == 2);
    CertDefinition longer = cna;
    longer.validityMonths = 36;
    CHECK(catalog.updateDefinition(longer).value_or(false));
    CHECK(definitions() == 2);

    REQUIRE(catalog.removeDefinition(cna.id).ok());
    CHECK(definitions() == 3);
    REQUIRE(catalog.removeDefinition(cna.id).ok()); // already a tombstone: nothing written
    CHECK(definitions() == 3);
    REQUIRE(catalog.removeCourse(course.id).ok());
    CHECK(courses() == 3);

    // A tombstone cannot be edited.
    CHECK(catalog.updateCourse(renamed).error().code == Error::Code::NotFound);
    CHECK(courses() == 3);
}

TEST_CASE("CERT-01 tracks lists the tracks of live courses and definitions", "[training-catalog]")
{
    TempDatabase temp;
    Database& db = temp.db();
    TrainingTest::course(db, QStringLiteral("SEC-1"), {}, QStringLiteral("Security"));
    TrainingTest::course(db, QStringLiteral("NET-1"), {}, QStringLiteral(" Networking "));
    TrainingTest::definition(db, QStringLiteral("CLD"), QStringLiteral("Cloud"));
    TrainingTest::definition(db, QStringLiteral("CNA"), QStringLiteral("Networking"));
    TrainingTest::course(db, QStringLiteral("GEN-1"), {}, QString());
    const Course gone = TrainingTest::course(db, QStringLiteral("OLD-1"), {}, QStringLiteral("Legacy"));
    REQUIRE(TrainingCatalog(db).removeCourse(gone.id).ok());

    const Result<QStringList> tracks = TrainingCatalog(db).tracks();
    REQUIRE(tracks.ok());
    CHECK(tracks->join(QLatin1Char(',')) == QStringLiteral("Cloud,Networking,Security"));
}

TEST_CASE("CERT-01 a definition deleted elsewhere leaves its certificates readable", "[training-catalog]")
{
    // A deletion pulled by sync is not refused like a local removal: the records stay, the definition is a tombstone.
    TempDatabase temp;
    Database& db = temp.db();
    const CertDefinition cna = TrainingTest::definition(db, QStringLiteral("CNA"));
    const QByteArray alice = TrainingTest::contact(db, TrainingTest::partner(db));
    const Certification cert = TrainingTest::certification(db, alice, cna.id, QDate(2027, 3, 1));
    TrainingTest::tombstone(db, TrainingRecordIo::DefinitionEntity, cna.id);
    CHECK(TrainingCatalog(db).definitions()->isEmpty());
    CHECK(TrainingCatalog(db).definition(cna.id)->meta.isDeleted());
    CertificationRepository repo(db);
    CHECK(repo.get(cert.id)->definitionId == cna.id);
    // No new certificates of it, and no renewal.
    const Result<Certification> refused = repo.renew(cert.id, QDate(2029, 3, 2), {},
        TrainingTest::by(TrainingTest::actor(), TrainingTest::at(2029, 3, 3)));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("definition_id"));
}
