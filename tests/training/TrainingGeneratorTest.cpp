// The training generator behind `channeldesk-cli generate --certifications` and the tier benchmark (issue 6), and the
// first-run sample's training part: exact counts, determinism, and the invariants the repositories enforce
// (CERT-01…03: one live active or in-progress certificate per person and definition, expiry from the definition's
// validity, renewed records archived with renewed_by, the partner is the contact's partner, prerequisites completed
// first; TIER-01: one member per partner placed at its tier's level; TIER-04: points expire).
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "domain/Training.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "support/CatchQt.h"
#include "tools/BulkLoader.h"
#include "tools/DataGenerator.h"
#include "tools/SampleData.h"
#include "tools/TrainingGenerator.h"
#include "training/TierEngine.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <memory>
#include <string>

using namespace ChannelDesk;

namespace {

const QDate Reference(2026, 11, 27);

/// A bulk connection on a fresh database with `partners` generated partners of `contacts` contacts each.
struct GeneratedDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    GeneratedDatabase(int partners, int contacts)
    {
        REQUIRE(dir.isValid());
        auto opened = Database::open(dir.filePath(QStringLiteral("training.db")), Database::Role::Bulk);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        const DataGenerator gen(11);
        BulkLoader loader(*db);
        loader.setRecordOutbox(false);
        REQUIRE(loader.begin().ok());
        for (int i = 0; i < partners; ++i) {
            const Partner p = gen.partner(i);
            REQUIRE(loader.addPartner(p, PartnerRepository::localColumns(p)).ok());
            for (const Contact& c : gen.contacts(p, i, contacts))
                REQUIRE(loader.addContact(c).ok());
        }
        REQUIRE(loader.commit().ok());
    }

    qint64 count(const QString& sql) const
    {
        QSqlQuery q(db->connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    /// Every row of `sql` as text, for comparing two databases.
    QStringList dump(const QString& sql) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(sql));
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                cells.append(v.isNull() ? QStringLiteral("NULL")
                                        : v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                                              : v.toString());
            }
            rows.append(cells.join(QLatin1Char('|')));
        }
        return rows;
    }

    QList<Certification> certifications() const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM certification ORDER BY local_id")));
        QList<Certification> out;
        while (q.next()) {
            Certification c;
            c.id = q.value(QStringLiteral("id")).toByteArray();
            for (const FieldDef<Certification>& field : certificationFields())
                field.set(c, q.value(QString::fromLatin1(field.column)));
            c.meta.createdAt = Timestamp::fromStorage(q.value(QStringLiteral("created_at")).toString());
            c.meta.updatedAt = Timestamp::fromStorage(q.value(QStringLiteral("updated_at")).toString());
            out.append(c);
        }
        return out;
    }
};

Status generate(Database& db, qint64 certifications, quint64 seed = 3, bool outbox = false)
{
    TrainingGenerator generator(db, seed);
    generator.setReferenceDay(Reference);
    generator.setRecordOutbox(outbox);
    return generator.generate(certifications);
}

std::string difference(const QStringList& a, const QStringList& b)
{
    for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i) {
        if (a.at(i) != b.at(i))
            return "row " + std::to_string(i) + ": " + a.at(i).toStdString() + " <> " + b.at(i).toStdString();
    }
    if (a.size() != b.size())
        return "sizes " + std::to_string(a.size()) + " <> " + std::to_string(b.size());
    return {};
}

} // namespace

TEST_CASE("Training generator: exact counts - catalogue - program and one member per partner (TIER-01)",
          "[training-generator]")
{
    GeneratedDatabase g(150, 4);
    TrainingGenerator generator(*g.db, 3);
    generator.setReferenceDay(Reference);
    const Status status = generator.generate(2500);
    INFO(status.error().toLogString().toStdString());
    REQUIRE(status.ok());

    CHECK(generator.certificationsAdded() == 2500);
    CHECK(g.count(QStringLiteral("SELECT count(*) FROM certification")) == 2500);
    CHECK(generator.coursesAdded() == 40);
    CHECK(g.count(QStringLiteral("SELECT count(*) FROM course")) == 40);
    CHECK(generator.definitionsAdded() == 20);
    CHECK(g.count(QStringLiteral("SELECT count(*) FROM cert_definition")) == 20);
    CHECK(g.count(QStringLiteral("SELECT count(DISTINCT track) FROM cert_definition")) == 5);
    CHECK(g.count(QStringLiteral("SELECT count(*) FROM tier_program")) == 1);
    CHECK(g.count(QStringLiteral("SELECT count(*) FROM tier_level")) == 4);
    CHECK(g.count(QStringLiteral("SELECT count(DISTINCT code) FROM tier_level WHERE code IN "
                                 "('registered', 'silver', 'gold', 'platinum')")) == 4);
    CHECK(generator.membersAdded() == 150);
    CHECK(g.count(QStringLiteral("SELECT count(DISTINCT partner_id) FROM program_member")) == 150);
    CHECK(g.count(QStringLiteral("SELECT count(*) FROM program_member")) == 150);
    CHECK(generator.completionsAdded() == g.count(QStringLiteral("SELECT count(*) FROM course_completion")));
    CHECK(generator.completionsAdded() > 0);
    CHECK(generator.pointsAdded() == g.count(QStringLiteral("SELECT count(*) FROM points_entry")));
    CHECK(generator.pointsAdded() > 0);
    // Generated data is for demos and benchmarks: no outbox entries, no history, unless asked.
    CHECK(g.count(QStringLiteral("SELECT count(*) FROM sync_outbox")) == 0);
    CHECK(g.count(QStringLiteral("SELECT count(*) FROM tier_event")) == 0);

    // TIER-01: placed at the level whose code is the partner's tier, lead weight copied (TIER-06).
    CHECK(g.count(QStringLiteral("SELECT count(*) FROM program_member m JOIN partner p ON p.id = m.partner_id "
                                 "LEFT JOIN tier_level l ON l.id = m.level_id "
                                 "WHERE coalesce(l.code, '') <> p.tier OR coalesce(l.lead_weight, 0) <> m.lead_weight")) == 0);
    CHECK(g.count(QStringLiteral("SELECT count(*) FROM program_member WHERE pending_kind <> '' OR joined_on IS NULL "
                                 "OR joined_on > '2026-11-27'")) == 0);
    // Every level asks more than the one below it (TIER-01: each about twice the previous).
    CHECK(g.count(QStringLiteral("SELECT count(*) FROM tier_level a JOIN tier_level b ON b.rank = a.rank + 1 "
                                 "WHERE coalesce(b.min_certified, 0) <= coalesce(a.min_certified, 0) "
                                 "OR coalesce(b.min_revenue_minor, 0) <= coalesce(a.min_revenue_minor, 0)")) == 0);
}

TEST_CASE("Training generator: certification invariants CERT-01 CERT-02 CERT-03", "[training-generator]")
{
    GeneratedDatabase g(120, 5);
    REQUIRE(generate(*g.db, 3000).ok());

    QHash<QByteArray, QByteArray> partnerOfContact;
    {
        QSqlQuery q(g.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT id, partner_id FROM contact")));
        while (q.next())
            partnerOfContact.insert(q.value(0).toByteArray(), q.value(1).toByteArray());
    }
    struct Def
    {
        int validity = 0;
        int window = 0;
        QList<QByteArray> prerequisites;
    };
    QHash<QByteArray, Def> definitions;
    {
        QSqlQuery q(g.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT id, validity_months, recert_window_days, prerequisites FROM cert_definition")));
        while (q.next())
            definitions.insert(q.value(0).toByteArray(),
                               Def { q.value(1).toInt(), q.value(2).toInt(), Uuid::listFromJson(q.value(3).toString()) });
    }
    QHash<QString, QDate> completed; // contact hex + course hex → day
    {
        QSqlQuery q(g.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT contact_id, course_id, completed_on, partner_id FROM course_completion")));
        while (q.next()) {
            const QString key = QString::fromLatin1(q.value(0).toByteArray().toHex() + q.value(1).toByteArray().toHex());
            CHECK_FALSE(completed.contains(key)); // one completion per person and course
            completed.insert(key, Timestamp::dateFromStorage(q.value(2).toString()));
            CHECK(partnerOfContact.value(q.value(0).toByteArray()) == q.value(3).toByteArray());
        }
    }

    const QList<Certification> certs = g.certifications();
    REQUIRE(certs.size() == 3000);
    QHash<QByteArray, Certification> byId;
    for (const Certification& c : certs)
        byId.insert(c.id, c);

    QHash<QString, int> live; // contact + definition → live active or in-progress records
    QSet<QString> numbers;
    QHash<int, int> states; // by CertificationState
    int renewedLinks = 0;
    for (const Certification& c : certs) {
        INFO(Uuid::toString(c.id).toStdString() + " " + c.status.toStdString());
        REQUIRE(definitions.contains(c.definitionId));
        const Def& def = definitions.value(c.definitionId);
        // CERT-03: the certification is the contact's partner's.
        CHECK(partnerOfContact.value(c.contactId) == c.partnerId);
        // The bookkeeping is what Timestamp::toStorage writes.
        CHECK(c.meta.createdAt.isValid());
        CHECK(c.meta.updatedAt >= c.meta.createdAt);
        CHECK(c.startedOn.isValid());
        CHECK(c.startedOn <= Reference);
        if (c.status == QLatin1String("in_progress")) {
            CHECK_FALSE(c.acquiredOn.isValid());
            CHECK_FALSE(c.expiresOn.isValid());
        } else {
            REQUIRE(c.acquiredOn.isValid());
            CHECK(c.acquiredOn <= Reference);
            CHECK(c.startedOn <= c.acquiredOn);
            // CERT-01: expiry = acquired + validity (clamped to the month's end), none for a lifetime certificate.
            CHECK(c.expiresOn == certificationExpiry(c.acquiredOn, def.validity));
            CHECK_FALSE(c.certificateId.isEmpty());
            CHECK_FALSE(numbers.contains(c.certificateId));
            numbers.insert(c.certificateId);
            // Prerequisite courses were completed before the certificate was acquired.
            for (const QByteArray& course : def.prerequisites) {
                const QString key = QString::fromLatin1(c.contactId.toHex() + course.toHex());
                CHECK(completed.contains(key));
                CHECK(completed.value(key) <= c.acquiredOn);
            }
            if (c.remindedOn.isValid()) {
                CHECK(c.remindedOn <= Reference);
                CHECK(c.expiresOn.isValid());
            }
        }
        if (c.status == QLatin1String("active") || c.status == QLatin1String("in_progress")) {
            CHECK(c.renewedById.isEmpty());
            ++live[QString::fromLatin1(c.contactId.toHex() + c.definitionId.toHex())];
        }
        if (c.status == QLatin1String("renewed")) {
            // CERT-02: archived, pointing at the later certificate of the same person and definition, acquired in or
            // after the recertification window.
            REQUIRE(byId.contains(c.renewedById));
            const Certification& next = byId.value(c.renewedById);
            CHECK(next.contactId == c.contactId);
            CHECK(next.definitionId == c.definitionId);
            CHECK(next.acquiredOn > c.acquiredOn);
            CHECK(next.acquiredOn >= c.expiresOn.addDays(-def.window));
            ++renewedLinks;
        } else {
            CHECK(c.renewedById.isEmpty());
        }
        ++states[int(certificationState(c, def.window, Reference))];
    }
    // One live active or in-progress certificate per person and definition (what the repository enforces).
    for (auto it = live.cbegin(); it != live.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value() == 1);
    }
    // On the reference day every state shows up: some active, some expiring, some expired, renewed chains, people
    // in progress (and a few revoked).
    CHECK(states.value(int(CertificationState::Active)) > 300);
    CHECK(states.value(int(CertificationState::Expiring)) > 20);
    CHECK(states.value(int(CertificationState::Expired)) > 100);
    CHECK(states.value(int(CertificationState::Renewed)) > 100);
    CHECK(states.value(int(CertificationState::InProgress)) > 10);
    CHECK(renewedLinks == states.value(int(CertificationState::Renewed)));
    // created_at/updated_at are written exactly as Timestamp::toStorage writes them.
    {
        QSqlQuery q(g.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT created_at, updated_at FROM certification UNION ALL "
                                      "SELECT created_at, updated_at FROM program_member UNION ALL "
                                      "SELECT created_at, updated_at FROM course")));
        int checked = 0;
        while (q.next()) {
            for (int i = 0; i < 2; ++i) {
                const QString raw = q.value(i).toString();
                CHECK(Timestamp::toStorage(Timestamp::fromStorage(raw)) == raw);
            }
            ++checked;
        }
        CHECK(checked > 3000);
    }
    // TIER-04: points count for a year after they were earned; some have expired.
    CHECK(g.count(QStringLiteral("SELECT count(*) FROM points_entry WHERE points <= 0 OR earned_on > '2026-11-27' "
                                 "OR date(earned_on, '+365 days') <> expires_on")) == 0);
    CHECK(g.count(QStringLiteral("SELECT count(*) FROM points_entry WHERE expires_on < '2026-11-27'")) > 0);
}

TEST_CASE("Training generator: higher tiers have more certified people (CERT-03 roll-up)", "[training-generator]")
{
    GeneratedDatabase g(500, 5);
    TrainingGenerator generator(*g.db, 3);
    generator.setReferenceDay(Reference);
    generator.setDeals(1500);
    REQUIRE(generator.generate(6000).ok());
    // Average certified people per partner, by tier: increasing from no tier to platinum.
    QSqlQuery q(g.db->connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT p.tier, count(DISTINCT c.contact_id) * 1.0 / (SELECT count(*) FROM partner x WHERE x.tier = p.tier) "
        "FROM certification c JOIN partner p ON p.id = c.partner_id WHERE c.status = 'active' GROUP BY p.tier")));
    QHash<QString, double> average;
    while (q.next())
        average.insert(q.value(0).toString(), q.value(1).toDouble());
    INFO(average.value(QString()) << " " << average.value(QStringLiteral("registered")) << " "
                                  << average.value(QStringLiteral("silver")) << " " << average.value(QStringLiteral("gold"))
                                  << " " << average.value(QStringLiteral("platinum")));
    CHECK(average.value(QStringLiteral("registered")) > average.value(QString()));
    CHECK(average.value(QStringLiteral("silver")) > average.value(QStringLiteral("registered")));
    CHECK(average.value(QStringLiteral("gold")) > average.value(QStringLiteral("silver")));
    CHECK(average.value(QStringLiteral("platinum")) >= average.value(QStringLiteral("gold")));
}

TEST_CASE("Training generator: members start where their data puts them - the first evaluation changes a few "
          "(TIER-03)", "[training-generator]")
{
    GeneratedDatabase g(600, 5);
    TrainingGenerator generator(*g.db, 6);
    generator.setReferenceDay(Reference);
    generator.setDeals(1800);
    REQUIRE(generator.generate(9000).ok());
    CHECK(generator.dealsAdded() == 1800);
    CHECK(generator.partnersRetiered() > 0);
    // Every level is used.
    CHECK(g.count(QStringLiteral("SELECT count(DISTINCT level_id) FROM program_member WHERE level_id IS NOT NULL")) == 4);

    TierEngine engine(*g.db);
    const Result<TierEngine::Summary> first = engine.recompute(Reference);
    INFO((first.ok() ? QString() : first.error().toLogString()).toStdString());
    REQUIRE(first.ok());
    CHECK(first->members == 600);
    // About 8 % were placed one level too high (a review, never a silent demotion) and 8 % one too low (a proposal);
    // nearly everyone else is where the data says.
    CHECK(first->reviews > 15);
    CHECK(first->proposed > 15);
    CHECK(first->reviews + first->proposed < 180);
    CHECK(first->applied == 0);
    CHECK(g.count(QStringLiteral("SELECT count(*) FROM program_member WHERE pending_kind = 'demotion'")) == first->reviews);
    // Idempotent on unchanged data.
    const Result<TierEngine::Summary> again = engine.recompute(Reference);
    REQUIRE(again.ok());
    CHECK(again->proposed == 0);
    CHECK(again->reviews == 0);
    CHECK(again->withdrawn == 0);
}

TEST_CASE("Training generator: deterministic for a seed and reference day", "[training-generator]")
{
    const QString tables[] = {
        QStringLiteral("SELECT id, created_at, updated_at, partner_id, contact_id, definition_id, status, started_on, "
                       "acquired_on, expires_on, certificate_id, reminded_on, renewed_by, notes FROM certification ORDER BY id"),
        QStringLiteral("SELECT id, code, name, track, prerequisites, created_at FROM course ORDER BY id"),
        QStringLiteral("SELECT id, code, validity_months, prerequisites FROM cert_definition ORDER BY id"),
        QStringLiteral("SELECT id, rank, code, min_revenue_minor, min_certified, track_requirements FROM tier_level ORDER BY id"),
        QStringLiteral("SELECT id, partner_id, level_id, lead_weight, joined_on FROM program_member ORDER BY id"),
        QStringLiteral("SELECT id, contact_id, course_id, completed_on, score FROM course_completion ORDER BY id"),
        QStringLiteral("SELECT id, partner_id, activity_type, points, earned_on, expires_on FROM points_entry ORDER BY id"),
    };
    GeneratedDatabase a(60, 3);
    GeneratedDatabase b(60, 3);
    GeneratedDatabase c(60, 3);
    REQUIRE(generate(*a.db, 700, 9).ok());
    REQUIRE(generate(*b.db, 700, 9).ok());
    REQUIRE(generate(*c.db, 700, 10).ok());
    for (const QString& sql : tables) {
        INFO(sql.toStdString());
        const QStringList first = a.dump(sql);
        const QStringList second = b.dump(sql);
        INFO(difference(first, second));
        CHECK(first == second);
    }
    CHECK(a.dump(tables[0]) != c.dump(tables[0]));
}

TEST_CASE("Training generator: a second run adds certifications and reuses the catalogue and program",
          "[training-generator]")
{
    GeneratedDatabase g(80, 4);
    REQUIRE(generate(*g.db, 600).ok());
    TrainingGenerator again(*g.db, 3);
    again.setReferenceDay(Reference);
    REQUIRE(again.generate(400).ok());
    CHECK(again.coursesAdded() == 0);
    CHECK(again.definitionsAdded() == 0);
    CHECK(again.levelsAdded() == 0);
    CHECK(again.membersAdded() == 0);
    CHECK(g.count(QStringLiteral("SELECT count(*) FROM certification")) == 1000);
    CHECK(g.count(QStringLiteral("SELECT count(*) FROM program_member")) == 80);
    CHECK(g.count(QStringLiteral("SELECT count(*) FROM course")) == 40);
    CHECK(g.count(QStringLiteral("SELECT count(DISTINCT certificate_id) FROM certification WHERE acquired_on IS NOT NULL"))
          == g.count(QStringLiteral("SELECT count(*) FROM certification WHERE acquired_on IS NOT NULL")));
    // Still one live active or in-progress certificate per person and definition.
    CHECK(g.count(QStringLiteral("SELECT count(*) FROM (SELECT contact_id, definition_id FROM certification "
                                 "WHERE status IN ('active', 'in_progress') GROUP BY contact_id, definition_id "
                                 "HAVING count(*) > 1)")) == 0);
}

TEST_CASE("Training generator: outbox entries when asked - one per row", "[training-generator]")
{
    GeneratedDatabase g(20, 2);
    TrainingGenerator generator(*g.db, 4);
    generator.setReferenceDay(Reference);
    generator.setRecordOutbox(true);
    generator.setWithEvents(true);
    REQUIRE(generator.generate(100).ok());
    for (const char* table : { "course", "cert_definition", "tier_program", "tier_level", "program_member",
                               "certification", "course_completion", "points_entry", "tier_event" }) {
        INFO(table);
        const qint64 rows = g.count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        CHECK(rows > 0);
        CHECK(g.count(QStringLiteral("SELECT count(*) FROM %1 t WHERE (SELECT count(*) FROM sync_outbox o WHERE "
                                     "o.row_id = t.id AND o.entity = '%1' AND o.op = 'create') = 1")
                          .arg(QLatin1String(table)))
              == rows);
    }
    CHECK(generator.eventsAdded() == 20);
    CHECK(g.count(QStringLiteral("SELECT count(*) FROM tier_event WHERE action = 'joined'")) == 20);
}

TEST_CASE("Training generator: refusals leave nothing behind", "[training-generator]")
{
    SECTION("no partners")
    {
        GeneratedDatabase g(0, 0);
        const Status status = generate(*g.db, 10);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == Error::Code::NotFound);
        CHECK(g.count(QStringLiteral("SELECT count(*) FROM course")) == 0);
    }
    SECTION("more certifications than the people can hold")
    {
        GeneratedDatabase g(1, 1);
        const Status status = generate(*g.db, 5000);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == Error::Code::Validation);
        for (const char* table : { "course", "cert_definition", "tier_program", "program_member", "certification" }) {
            INFO(table);
            CHECK(g.count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) == 0);
        }
    }
    SECTION("cancelled from the progress callback")
    {
        GeneratedDatabase g(400, 5);
        TrainingGenerator generator(*g.db, 5);
        generator.setReferenceDay(Reference);
        generator.setProgress([](qint64 done, qint64) { return done < 8192; });
        const Status status = generator.generate(20000);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == Error::Code::Cancelled);
        CHECK(generator.certificationsAdded() == 0);
        CHECK(g.count(QStringLiteral("SELECT count(*) FROM certification")) == 0);
        CHECK(g.count(QStringLiteral("SELECT count(*) FROM program_member")) == 0);
        // The deferred indexes are back after the rollback.
        CHECK(g.count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                                     "name = 'certification_valid'")) == 1);
    }
}

TEST_CASE("Training generator: a big load rebuilds the certification indexes", "[training-generator]")
{
    GeneratedDatabase g(1000, 5);
    const qint64 before = g.count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                                                 "tbl_name IN ('certification', 'course_completion')"));
    REQUIRE(generate(*g.db, 50000).ok());
    CHECK(g.count(QStringLiteral("SELECT count(*) FROM certification")) == 50000);
    CHECK(g.count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                                 "tbl_name IN ('certification', 'course_completion')")) == before);
    QSqlQuery q(g.db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("ok"));
}

TEST_CASE("Training generator: the standard catalogue is self-consistent", "[training-generator]")
{
    const TrainingGenerator::Standard s = TrainingGenerator::standard();
    CHECK(s.courses.size() == 40);
    CHECK(s.definitions.size() == 20);
    CHECK(s.levels.size() == 4);
    REQUIRE(s.coursePrerequisites.size() == s.courses.size());
    REQUIRE(s.definitionPrerequisites.size() == s.definitions.size());
    QSet<QString> seen;
    for (qsizetype i = 0; i < s.courses.size(); ++i) {
        for (const QString& code : s.coursePrerequisites.at(i))
            CHECK(seen.contains(code)); // every prerequisite comes first
        seen.insert(s.courses.at(i).code);
    }
    for (const QStringList& codes : s.definitionPrerequisites) {
        for (const QString& code : codes)
            CHECK(seen.contains(code));
    }
    for (qsizetype i = 1; i < s.levels.size(); ++i)
        CHECK(s.levels.at(i).rank == s.levels.at(i - 1).rank + 1);
}

TEST_CASE("Sample data: training catalogue - program - certifications - a pending upgrade after one evaluation",
          "[training-generator][sample]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sample.db"));
    const Status loaded = SampleData::load(path, 30);
    INFO(loaded.error().toLogString().toStdString());
    REQUIRE(loaded.ok());
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    Database& db = *opened.value();
    const auto count = [&db](const QString& sql) {
        QSqlQuery q(db.connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString in30 = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    CHECK(count(QStringLiteral("SELECT count(*) FROM course")) == 40);
    CHECK(count(QStringLiteral("SELECT count(*) FROM cert_definition")) == 20);
    CHECK(count(QStringLiteral("SELECT count(*) FROM tier_program")) == 1);
    CHECK(count(QStringLiteral("SELECT count(*) FROM tier_level")) == 4);
    CHECK(count(QStringLiteral("SELECT count(*) FROM program_member")) == 30);
    CHECK(count(QStringLiteral("SELECT count(*) FROM certification")) > 40);
    // CERT-01/02: some expire within 30 days, some have expired, some were renewed, some people are in progress.
    CHECK(count(QStringLiteral("SELECT count(*) FROM certification WHERE status = 'active' AND expires_on >= '%1' "
                               "AND expires_on <= '%2'").arg(today, in30)) >= 2);
    CHECK(count(QStringLiteral("SELECT count(*) FROM certification WHERE status = 'active' AND expires_on < '%1'")
                    .arg(today)) >= 2);
    CHECK(count(QStringLiteral("SELECT count(*) FROM certification WHERE status = 'renewed' AND renewed_by IS NOT NULL")) >= 2);
    CHECK(count(QStringLiteral("SELECT count(*) FROM certification WHERE status = 'in_progress'")) >= 2);
    CHECK(count(QStringLiteral("SELECT count(*) FROM course_completion")) > 0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM points_entry")) == 30);
    // TIER-02/03: one evaluation ran: standings for every member and at least one upgrade waiting for a CAM.
    CHECK(count(QStringLiteral("SELECT count(*) FROM tier_standing")) == 30);
    CHECK(count(QStringLiteral("SELECT count(*) FROM program_member WHERE pending_kind = 'upgrade'")) >= 1);
    CHECK(count(QStringLiteral("SELECT count(*) FROM tier_event WHERE action = 'proposed'")) >= 1);
    // Every record is the user's own change: it syncs.
    for (const char* table : { "course", "cert_definition", "tier_program", "tier_level", "program_member",
                               "certification", "course_completion", "points_entry", "tier_event" }) {
        INFO(table);
        CHECK(count(QStringLiteral("SELECT count(*) FROM %1 t WHERE NOT EXISTS (SELECT 1 FROM sync_outbox o WHERE "
                                   "o.row_id = t.id)")
                        .arg(QLatin1String(table)))
              == 0);
    }
}
