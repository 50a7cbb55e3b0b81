// Training on the server (issue 6, docs/sync-protocol.md "Shared scopes" and "Training"), driven directly on SQLite
// and on PostgreSQL: shared definitions (courses, certification definitions, programs and their levels) reach every
// user and only an administrator changes them; a partner's certifications, memberships, points and tier history
// stay in the partner's scope; the re-checks TrainingRules runs on push (CERT-01…03, TIER-01/03/04); certification
// evidence in the blob store. Each rule is tested at its boundary: the value just allowed is applied, the one just
// past it is rejected with a message naming it, and a rejection writes nothing.
#include "BlobService.h"
#include "ServerTestSupport.h"
#include "domain/Training.h"
#include "sync/SyncSchema.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QTimeZone>

using namespace ChannelDesk;
using namespace ChannelDesk::Test;
using ChannelDesk::Server::BlobService;

namespace {

const QString ClientBoss = QStringLiteral("0190a000-0000-7000-8000-0000000000bc");

// A record as the client's outbox sends it: every synced field through the entity's field table.
template <class T>
QJsonObject wire(const QString& entityName, const QList<FieldDef<T>>& defs, const T& record)
{
    const SyncEntity* entity = SyncSchema::find(entityName);
    REQUIRE(entity);
    QJsonObject out;
    for (const FieldDef<T>& def : defs) {
        const SyncField* field = entity->field(QString::fromLatin1(def.column));
        REQUIRE(field);
        out.insert(field->name, SyncSchema::toJson(*field, def.get(record)));
    }
    return out;
}

QByteArray raw(const QString& id)
{
    return Uuid::fromString(id);
}

QString sha256Of(const QByteArray& content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

struct Outcome
{
    QString status;
    QString reason;
    QString message;
    qint64 seq = 0;
};

#define REQUIRE_APPLIED(outcome)                                                                                      \
    do {                                                                                                              \
        const Outcome o_ = (outcome);                                                                                 \
        INFO(o_.status.toStdString() << ": " << o_.message.toStdString());                                            \
        REQUIRE(o_.status == QStringLiteral("applied"));                                                              \
    } while (false)

// A refusal with its reason and a message containing `fragment`.
#define CHECK_REFUSED(outcome, why, fragment)                                                                         \
    do {                                                                                                              \
        const Outcome o_ = (outcome);                                                                                 \
        INFO(o_.status.toStdString() << " " << o_.reason.toStdString() << ": " << o_.message.toStdString());          \
        CHECK(o_.status == QStringLiteral("rejected"));                                                               \
        CHECK(o_.reason == QString::fromUtf8(why));                                                                   \
        CHECK(o_.message.contains(QString::fromUtf8(fragment)));                                                      \
    } while (false)

// The server's side of a few devices, as MdfSyncTest has it: one mutation at a time, remembering each record's
// version as a client would (the base of its next edit).
struct TrainingServer
{
    explicit TrainingServer(Backend backend)
        : f(backend)
    {
    }

    QString clientOf(const User& user) const
    {
        return user.name == QLatin1String("lan") ? ClientA : user.name == QLatin1String("minh") ? ClientB : ClientBoss;
    }

    Outcome send(const User& user, const QString& op, const QString& entity, const QString& id,
                 const QJsonObject& fields = {})
    {
        const QJsonObject result = f.first(user, clientOf(user), mutation(op, id, fields, versions.value(id), entity));
        Outcome outcome { result.value(QStringLiteral("status")).toString(), result.value(QStringLiteral("reason")).toString(),
                          result.value(QStringLiteral("message")).toString(),
                          result.value(QStringLiteral("applied_seq")).toInteger() };
        if (outcome.status == QLatin1String("applied") || outcome.status == QLatin1String("merged"))
            versions.insert(id, outcome.seq);
        return outcome;
    }
    Outcome create(const User& user, const QString& entity, const QString& id, const QJsonObject& fields)
    {
        return send(user, QStringLiteral("create"), entity, id, fields);
    }
    Outcome update(const User& user, const QString& entity, const QString& id, const QJsonObject& fields)
    {
        return send(user, QStringLiteral("update"), entity, id, fields);
    }
    Outcome remove(const User& user, const QString& entity, const QString& id)
    {
        return send(user, QStringLiteral("delete"), entity, id);
    }

    QString partner(const User& owner, const QString& name)
    {
        const QString id = newId();
        QJsonObject fields = partnerFields(name);
        fields.insert(QStringLiteral("owner"), owner.name);
        REQUIRE_APPLIED(create(owner, QStringLiteral("partner"), id, fields));
        return id;
    }

    QString contact(const User& owner, const QString& partnerId, const QString& firstName)
    {
        const QString id = newId();
        REQUIRE_APPLIED(create(owner, QStringLiteral("contact"), id,
                               { { QStringLiteral("partner_id"), partnerId },
                                 { QStringLiteral("first_name"), firstName },
                                 { QStringLiteral("last_name"), QStringLiteral("Nguyễn") },
                                 { QStringLiteral("role"), QStringLiteral("technical") } }));
        return id;
    }

    /// The server's stored JSON of a record (empty when there is none).
    QJsonObject stored(const QString& id)
    {
        QSqlQuery query(f.db->connection());
        query.prepare(QStringLiteral("SELECT data FROM record WHERE id = ?"));
        query.addBindValue(id);
        REQUIRE(query.exec());
        return query.next() ? QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object() : QJsonObject();
    }

    Fixture f;
    QHash<QString, qint64> versions;
};

// --- records, as a client writes them ---------------------------------------------------------------------------

Course course(const QString& code, const QList<QByteArray>& prerequisites = {})
{
    Course c;
    c.id = Uuid::createV7();
    c.code = code;
    c.name = QStringLiteral("Course %1").arg(code);
    c.track = QStringLiteral("Networking");
    c.durationHours = 8;
    c.prerequisites = prerequisites;
    return c;
}

QJsonObject fieldsOf(const Course& c)
{
    return wire(QStringLiteral("course"), courseFields(), c);
}

CertDefinition definition(const QString& code)
{
    CertDefinition d;
    d.id = Uuid::createV7();
    d.code = code;
    d.name = QStringLiteral("Certified %1").arg(code);
    d.track = QStringLiteral("Networking");
    return d;
}

QJsonObject fieldsOf(const CertDefinition& d)
{
    return wire(QStringLiteral("cert_definition"), certDefinitionFields(), d);
}

TierProgram program(const QString& name = QStringLiteral("Partner Program"))
{
    TierProgram p;
    p.id = Uuid::createV7();
    p.name = name;
    p.currency = QStringLiteral("USD");
    return p;
}

QJsonObject fieldsOf(const TierProgram& p)
{
    return wire(QStringLiteral("tier_program"), tierProgramFields(), p);
}

TierLevel level(const QByteArray& programId, int rank, const QString& name)
{
    TierLevel l;
    l.id = Uuid::createV7();
    l.programId = programId;
    l.rank = rank;
    l.name = name;
    l.code = name.toLower();
    return l;
}

QJsonObject fieldsOf(const TierLevel& l)
{
    return wire(QStringLiteral("tier_level"), tierLevelFields(), l);
}

Certification certification(const QString& partner, const QString& contact, const QByteArray& definitionId,
                            const QDate& acquired = QDate(2027, 3, 1))
{
    Certification c;
    c.id = Uuid::createV7();
    c.partnerId = raw(partner);
    c.contactId = raw(contact);
    c.definitionId = definitionId;
    c.status = QStringLiteral("active");
    c.startedOn = acquired;
    c.acquiredOn = acquired;
    c.expiresOn = certificationExpiry(acquired, 24);
    c.certificateId = QStringLiteral("CNA-%1").arg(acquired.toString(QStringLiteral("yyyyMMdd")));
    return c;
}

QJsonObject fieldsOf(const Certification& c)
{
    return wire(QStringLiteral("certification"), certificationFields(), c);
}

CourseCompletion completion(const QString& partner, const QString& contact, const QByteArray& courseId)
{
    CourseCompletion c;
    c.id = Uuid::createV7();
    c.partnerId = raw(partner);
    c.contactId = raw(contact);
    c.courseId = courseId;
    c.completedOn = QDate(2027, 2, 1);
    c.score = 88;
    return c;
}

QJsonObject fieldsOf(const CourseCompletion& c)
{
    return wire(QStringLiteral("course_completion"), courseCompletionFields(), c);
}

ProgramMember member(const QString& partner, const QByteArray& programId, const QByteArray& levelId = {})
{
    ProgramMember m;
    m.id = Uuid::createV7();
    m.partnerId = raw(partner);
    m.programId = programId;
    m.levelId = levelId;
    m.joinedOn = QDate(2027, 1, 1);
    return m;
}

QJsonObject fieldsOf(const ProgramMember& m)
{
    return wire(QStringLiteral("program_member"), programMemberFields(), m);
}

PointsEntry pointsEntry(const QString& partner, const QByteArray& programId, qint64 points)
{
    PointsEntry e;
    e.id = Uuid::createV7();
    e.partnerId = raw(partner);
    e.programId = programId;
    e.activityType = QStringLiteral("training");
    e.points = points;
    e.earnedOn = QDate(2027, 3, 1);
    e.expiresOn = QDate(2028, 2, 29);
    return e;
}

QJsonObject fieldsOf(const PointsEntry& e)
{
    return wire(QStringLiteral("points_entry"), pointsEntryFields(), e);
}

TierEvent tierEvent(const QString& partner, const QByteArray& programId, const QByteArray& toLevel)
{
    TierEvent e;
    e.id = Uuid::createV7();
    e.partnerId = raw(partner);
    e.programId = programId;
    e.at = QDateTime(QDate(2027, 3, 1), QTime(9, 30), QTimeZone::utc());
    e.actor = QStringLiteral("lan");
    e.action = QStringLiteral("joined");
    e.toLevelId = toLevel;
    e.reason = QStringLiteral("Enrolled");
    return e;
}

QJsonObject fieldsOf(const TierEvent& e)
{
    return wire(QStringLiteral("tier_event"), tierEventFields(), e);
}

QString id(const QByteArray& raw)
{
    return Uuid::toString(raw);
}

// The administrator's shared definitions: a course, a definition that requires it, a program and two levels.
struct Catalogue
{
    Course course;
    CertDefinition definition;
    TierProgram program;
    QList<TierLevel> levels;
};

Catalogue catalogue(TrainingServer& s)
{
    Catalogue c;
    c.course = course(QStringLiteral("NET-101"));
    REQUIRE_APPLIED(s.create(s.f.boss, QStringLiteral("course"), id(c.course.id), fieldsOf(c.course)));
    c.definition = definition(QStringLiteral("CNA"));
    c.definition.prerequisites = { c.course.id };
    REQUIRE_APPLIED(s.create(s.f.boss, QStringLiteral("cert_definition"), id(c.definition.id), fieldsOf(c.definition)));
    c.program = program();
    REQUIRE_APPLIED(s.create(s.f.boss, QStringLiteral("tier_program"), id(c.program.id), fieldsOf(c.program)));
    for (const auto& [rank, name] : { std::pair { 1, QStringLiteral("Registered") }, std::pair { 2, QStringLiteral("Silver") } }) {
        c.levels.append(level(c.program.id, rank, name));
        REQUIRE_APPLIED(s.create(s.f.boss, QStringLiteral("tier_level"), id(c.levels.last().id), fieldsOf(c.levels.last())));
    }
    return c;
}

// Everything a user's pull hands out from `cursor` on, page by page.
struct Pulled
{
    QStringList ids;                  ///< upserts in the order received (snapshot, then log)
    QHash<QString, QJsonObject> rows; ///< the last row received per id
    QString cursor;
    qint64 total = -1;                ///< the snapshot's announced total (first page)
};

Pulled pullAll(Fixture& f, const User& user, const QString& client, const QString& from = {}, int limit = 1000)
{
    Pulled out;
    QString cursor = from;
    for (int page = 0; page < 1000; ++page) {
        const ApiReply reply = f.service->pull(user, client, cursor, limit);
        INFO(QJsonDocument(reply.body).toJson().toStdString());
        REQUIRE(reply.status == 200);
        if (out.total < 0 && reply.body.value(QStringLiteral("phase")).toString() == QLatin1String("snapshot"))
            out.total = reply.body.value(QStringLiteral("progress")).toObject().value(QStringLiteral("total")).toInteger();
        for (const QJsonValue& value : reply.body.value(QStringLiteral("items")).toArray()) {
            const QJsonObject item = value.toObject();
            if (item.value(QStringLiteral("op")).toString() != QLatin1String("upsert"))
                continue;
            const QString rowId = item.value(QStringLiteral("id")).toString();
            out.ids.append(rowId);
            out.rows.insert(rowId, item.value(QStringLiteral("row")).toObject());
        }
        cursor = reply.body.value(QStringLiteral("cursor")).toString();
        if (!reply.body.value(QStringLiteral("has_more")).toBool())
            break;
    }
    out.cursor = cursor;
    return out;
}

bool hasDuplicates(const QStringList& ids)
{
    return QSet<QString>(ids.cbegin(), ids.cend()).size() != ids.size();
}

} // namespace

TEMPLATE_TEST_CASE("server: shared definitions reach every user's snapshot and log - only an admin changes them", "", OnSqlite, OnPostgres)
{
    TrainingServer s(TestType::backend);
    const Catalogue c = catalogue(s);
    const QStringList shared { id(c.course.id), id(c.definition.id), id(c.program.id), id(c.levels[0].id),
                               id(c.levels[1].id) };
    const QString lanPartner = s.partner(s.f.lan, QStringLiteral("Lan's reseller"));
    const QString lanContact = s.contact(s.f.lan, lanPartner, QStringLiteral("Thảo"));
    const QString minhPartner = s.partner(s.f.minh, QStringLiteral("Minh's reseller"));

    // Snapshots in pages of 2, so pages cross from the shared rows to the user's own: every row once.
    const Pulled lan = pullAll(s.f, s.f.lan, ClientA, {}, 2);
    CHECK_FALSE(hasDuplicates(lan.ids));
    CHECK(lan.ids.size() == 7);
    CHECK(lan.total == 7);
    for (const QString& sharedId : shared)
        CHECK(lan.ids.contains(sharedId));
    CHECK(lan.ids.contains(lanPartner));
    CHECK(lan.ids.contains(lanContact));
    CHECK_FALSE(lan.ids.contains(minhPartner));
    CHECK(lan.rows.value(id(c.levels[1].id)).value(QStringLiteral("program_id")).toString() == id(c.program.id));

    const Pulled minh = pullAll(s.f, s.f.minh, ClientB, {}, 3);
    CHECK_FALSE(hasDuplicates(minh.ids));
    CHECK(minh.ids.size() == 6);
    for (const QString& sharedId : shared)
        CHECK(minh.ids.contains(sharedId));
    CHECK(minh.ids.contains(minhPartner));
    CHECK_FALSE(minh.ids.contains(lanPartner));
    CHECK_FALSE(minh.ids.contains(lanContact));

    const Pulled boss = pullAll(s.f, s.f.boss, ClientBoss);
    CHECK(boss.ids.size() == 8);

    // A later change of a definition reaches both CAMs through the log; a CAM's own changes stay his.
    REQUIRE_APPLIED(s.update(s.f.boss, QStringLiteral("cert_definition"), id(c.definition.id),
                             { { QStringLiteral("validity_months"), 36 } }));
    CourseCompletion done = completion(lanPartner, lanContact, c.course.id);
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("course_completion"), id(done.id), fieldsOf(done)));
    const Pulled lanLater = pullAll(s.f, s.f.lan, ClientA, lan.cursor);
    CHECK(lanLater.ids.size() == 2);
    CHECK(lanLater.rows.value(id(c.definition.id)).value(QStringLiteral("validity_months")).toInteger() == 36);
    CHECK(lanLater.ids.contains(id(done.id)));
    const Pulled minhLater = pullAll(s.f, s.f.minh, ClientB, minh.cursor);
    CHECK(minhLater.ids.size() == 1);
    CHECK(minhLater.rows.value(id(c.definition.id)).value(QStringLiteral("validity_months")).toInteger() == 36);

    // A CAM's change of any shared definition, whatever the operation, is refused and changes nothing.
    const int rows = s.f.logRows();
    CHECK_REFUSED(s.update(s.f.lan, QStringLiteral("cert_definition"), id(c.definition.id),
                           { { QStringLiteral("validity_months"), 12 } }),
                  "permission", "Only an administrator can change certification definitions");
    CHECK_REFUSED(s.update(s.f.lan, QStringLiteral("course"), id(c.course.id), { { QStringLiteral("name"), QStringLiteral("Mine") } }),
                  "permission", "Only an administrator can change course definitions");
    const Course mine = course(QStringLiteral("LAN-1"));
    CHECK_REFUSED(s.create(s.f.lan, QStringLiteral("course"), id(mine.id), fieldsOf(mine)), "permission",
                  "Only an administrator");
    CHECK_REFUSED(s.remove(s.f.minh, QStringLiteral("tier_program"), id(c.program.id)), "permission",
                  "Only an administrator can change partner programs");
    CHECK_REFUSED(s.send(s.f.minh, QStringLiteral("restore"), QStringLiteral("tier_program"), id(c.program.id)),
                  "permission", "Only an administrator");
    const TierLevel gold = level(c.program.id, 3, QStringLiteral("Gold"));
    CHECK_REFUSED(s.create(s.f.lan, QStringLiteral("tier_level"), id(gold.id), fieldsOf(gold)), "permission",
                  "levels of partner programs");
    CHECK_REFUSED(s.update(s.f.lan, QStringLiteral("tier_level"), id(c.levels[0].id), { { QStringLiteral("rank"), 5 } }),
                  "permission", "levels of partner programs");
    CHECK(s.f.logRows() == rows);
    CHECK(s.stored(id(c.definition.id)).value(QStringLiteral("validity_months")).toInteger() == 36);
    CHECK(s.stored(id(c.levels[0].id)).value(QStringLiteral("rank")).toInteger() == 1);
    CHECK(s.stored(id(mine.id)).isEmpty());
    CHECK(pullAll(s.f, s.f.lan, ClientA, lanLater.cursor).ids.isEmpty());

    // An administrator's delete reaches every user as a tombstone.
    REQUIRE_APPLIED(s.remove(s.f.boss, QStringLiteral("tier_level"), id(c.levels[1].id)));
    const Pulled tombstone = pullAll(s.f, s.f.minh, ClientB, minhLater.cursor);
    REQUIRE(tombstone.ids.size() == 1);
    CHECK(tombstone.rows.value(id(c.levels[1].id)).value(QStringLiteral("deleted_at")).isString());
}

TEMPLATE_TEST_CASE("server: shared scopes and owned scopes never mix - the shared owner is reserved", "", OnSqlite, OnPostgres)
{
    TrainingServer s(TestType::backend);
    const Catalogue c = catalogue(s);
    const QString lanPartner = s.partner(s.f.lan, QStringLiteral("Lan's reseller"));
    const int rows = s.f.logRows();

    // "*" is the shared scopes' owner: no partner or budget may carry it (it would reach every user).
    QJsonObject everyone = partnerFields(QStringLiteral("Everyone's"));
    everyone.insert(QStringLiteral("owner"), QStringLiteral("*"));
    CHECK_REFUSED(s.create(s.f.boss, QStringLiteral("partner"), newId(), everyone), "validation", "reserved");
    CHECK_REFUSED(s.update(s.f.boss, QStringLiteral("partner"), lanPartner, { { QStringLiteral("owner"), QStringLiteral("*") } }),
                  "validation", "reserved");
    // A partner's record under a shared definition, a level under a partner or a course: refused even for an admin.
    CHECK_REFUSED(s.create(s.f.boss, QStringLiteral("contact"), newId(),
                           { { QStringLiteral("partner_id"), id(c.course.id) }, { QStringLiteral("first_name"), QStringLiteral("X") },
                             { QStringLiteral("role"), QStringLiteral("sales") } }),
                  "missing_parent", "cannot belong to a shared definition");
    const Certification filed = certification(id(c.program.id), newId(), c.definition.id);
    CHECK_REFUSED(s.create(s.f.boss, QStringLiteral("certification"), id(filed.id), fieldsOf(filed)), "missing_parent",
                  "cannot belong to a shared definition");
    TierLevel stray = level(raw(lanPartner), 3, QStringLiteral("Gold"));
    CHECK_REFUSED(s.create(s.f.boss, QStringLiteral("tier_level"), id(stray.id), fieldsOf(stray)), "missing_parent",
                  "must be a tier_program");
    stray.programId = c.course.id;
    CHECK_REFUSED(s.create(s.f.boss, QStringLiteral("tier_level"), id(stray.id), fieldsOf(stray)), "missing_parent",
                  "must be a tier_program");
    CHECK_REFUSED(s.update(s.f.boss, QStringLiteral("tier_level"), id(c.levels[0].id),
                           { { QStringLiteral("program_id"), lanPartner } }),
                  "missing_parent", "must be a tier_program");
    CHECK(s.f.logRows() == rows);
    CHECK(s.stored(lanPartner).value(QStringLiteral("owner")).toString() == QStringLiteral("lan"));

    // An admin moving a level to another program is a re-check of its own (TrainingRules).
    const TierProgram other = program(QStringLiteral("Other program"));
    REQUIRE_APPLIED(s.create(s.f.boss, QStringLiteral("tier_program"), id(other.id), fieldsOf(other)));
    CHECK_REFUSED(s.update(s.f.boss, QStringLiteral("tier_level"), id(c.levels[0].id),
                           { { QStringLiteral("program_id"), id(other.id) } }),
                  "validation", "cannot move to another program");
}

TEMPLATE_TEST_CASE("server: one CAM's certifications - memberships - points and tier history never reach another CAM", "", OnSqlite, OnPostgres)
{
    TrainingServer s(TestType::backend);
    BlobService blobs(*s.f.db);
    const Catalogue c = catalogue(s);
    const QString lanPartner = s.partner(s.f.lan, QStringLiteral("Công ty Ánh Dương"));
    const QString lanContact = s.contact(s.f.lan, lanPartner, QStringLiteral("Thảo"));

    const QByteArray evidence = QByteArrayLiteral("%PDF-1.7 certificate CNA for Thảo Nguyễn");
    REQUIRE(blobs.put(s.f.lan, sha256Of(evidence), evidence).status == 200);
    Certification cert = certification(lanPartner, lanContact, c.definition.id);
    cert.evidenceSha256 = sha256Of(evidence);
    cert.evidenceName = QStringLiteral("cna-thao.pdf");
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("certification"), id(cert.id), fieldsOf(cert)));
    const CourseCompletion done = completion(lanPartner, lanContact, c.course.id);
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("course_completion"), id(done.id), fieldsOf(done)));
    const ProgramMember joined = member(lanPartner, c.program.id, c.levels[0].id);
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("program_member"), id(joined.id), fieldsOf(joined)));
    const PointsEntry earned = pointsEntry(lanPartner, c.program.id, 250);
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("points_entry"), id(earned.id), fieldsOf(earned)));
    const TierEvent history = tierEvent(lanPartner, c.program.id, c.levels[0].id);
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("tier_event"), id(history.id), fieldsOf(history)));
    const QStringList lanRecords { lanPartner, lanContact, id(cert.id), id(done.id), id(joined.id), id(earned.id),
                                   id(history.id) };

    // Minh, another CAM, receives the shared definitions and nothing of Lan's, from a snapshot or from the log.
    const Pulled minh = pullAll(s.f, s.f.minh, ClientB);
    CHECK(minh.ids.size() == 5);
    for (const QString& record : lanRecords)
        CHECK_FALSE(minh.ids.contains(record));
    const Pulled lan = pullAll(s.f, s.f.lan, ClientA);
    for (const QString& record : lanRecords)
        CHECK(lan.ids.contains(record));
    const Pulled boss = pullAll(s.f, s.f.boss, ClientBoss);
    for (const QString& record : lanRecords)
        CHECK(boss.ids.contains(record));

    const int rows = s.f.logRows();
    // Minh cannot touch Lan's records: answered as if they did not exist.
    CHECK_REFUSED(s.update(s.f.minh, QStringLiteral("certification"), id(cert.id), { { QStringLiteral("notes"), QStringLiteral("x") } }),
                  "not_found", "does not exist");
    CHECK_REFUSED(s.remove(s.f.minh, QStringLiteral("program_member"), id(joined.id)), "not_found", "does not exist");
    const Certification intruder = certification(lanPartner, lanContact, c.definition.id, QDate(2027, 4, 1));
    CHECK_REFUSED(s.create(s.f.minh, QStringLiteral("certification"), id(intruder.id), fieldsOf(intruder)),
                  "missing_parent", "not yours");
    // Naming Lan's person or certificate from Minh's own partner is refused in words that say nothing of them.
    const QString minhPartner = s.partner(s.f.minh, QStringLiteral("Minh's reseller"));
    const int minhRows = s.f.logRows();
    Certification borrowed = certification(minhPartner, lanContact, c.definition.id, QDate(2027, 4, 1));
    const Outcome o = s.create(s.f.minh, QStringLiteral("certification"), id(borrowed.id), fieldsOf(borrowed));
    CHECK_REFUSED(o, "validation", "The person does not exist on the server");
    CHECK_FALSE(o.message.contains(QStringLiteral("Thảo")));
    CHECK_FALSE(o.message.contains(QStringLiteral("Ánh Dương")));
    const QString minhContact = s.contact(s.f.minh, minhPartner, QStringLiteral("Hùng"));
    borrowed = certification(minhPartner, minhContact, c.definition.id, QDate(2027, 4, 1));
    borrowed.status = QStringLiteral("renewed");
    borrowed.renewedById = cert.id;
    CHECK_REFUSED(s.create(s.f.minh, QStringLiteral("certification"), id(borrowed.id), fieldsOf(borrowed)), "validation",
                  "does not exist on the server");
    CHECK(s.f.logRows() == minhRows + 1); // only Minh's contact
    CHECK(minhRows == rows + 1);          // and Minh's partner

    // Evidence: Lan and an admin download it, Minh is answered as if there were none.
    ApiReply got = blobs.get(s.f.lan, sha256Of(evidence));
    REQUIRE(got.status == 200);
    CHECK(got.encoded == evidence);
    CHECK(blobs.get(s.f.boss, sha256Of(evidence)).encoded == evidence);
    got = blobs.get(s.f.minh, sha256Of(evidence));
    CHECK(got.status == 404);
    CHECK(got.encoded.isEmpty());
}

TEMPLATE_TEST_CASE("server: training field rules are re-checked on push - at their boundaries", "", OnSqlite, OnPostgres)
{
    TrainingServer s(TestType::backend);
    const Catalogue c = catalogue(s);
    const QString partner = s.partner(s.f.lan, QStringLiteral("Lan's reseller"));
    const QString person = s.contact(s.f.lan, partner, QStringLiteral("Thảo"));

    struct Case
    {
        const char* name;
        const User* user;
        QString entity;
        QJsonObject fields;
        const char* fragment;
    };
    auto with = [](QJsonObject fields, const QString& name, const QJsonValue& value) {
        fields.insert(name, value);
        return fields;
    };
    const QJsonObject courseOk = fieldsOf(course(QStringLiteral("NET-201")));
    const QJsonObject definitionOk = fieldsOf(definition(QStringLiteral("CCNP")));
    const QJsonObject levelOk = fieldsOf(level(c.program.id, 3, QStringLiteral("Gold")));
    const QJsonObject certOk = fieldsOf(certification(partner, person, c.definition.id));
    const QJsonObject completionOk = fieldsOf(completion(partner, person, c.course.id));
    const QJsonObject memberOk = fieldsOf(member(partner, c.program.id));
    const QJsonObject pointsOk = fieldsOf(pointsEntry(partner, c.program.id, 100));
    const QJsonObject eventOk = fieldsOf(tierEvent(partner, c.program.id, c.levels[0].id));
    const QList<Case> cases {
        { "a course needs a name", &s.f.boss, QStringLiteral("course"), with(courseOk, QStringLiteral("name"), QStringLiteral(" ")), "needs a name" },
        { "hours are not negative", &s.f.boss, QStringLiteral("course"), with(courseOk, QStringLiteral("duration_hours"), -1), "duration_hours" },
        { "prerequisites are ids", &s.f.boss, QStringLiteral("course"), with(courseOk, QStringLiteral("prerequisites"), QStringLiteral("[\"NET-101\"]")), "prerequisites" },
        { "CERT-01 validity is not negative", &s.f.boss, QStringLiteral("cert_definition"), with(definitionOk, QStringLiteral("validity_months"), -1), "validity_months" },
        { "CERT-01 reminder days are not negative", &s.f.boss, QStringLiteral("cert_definition"), with(definitionOk, QStringLiteral("reminder_days"), -1), "reminder_days" },
        { "CERT-02 window is not negative", &s.f.boss, QStringLiteral("cert_definition"), with(definitionOk, QStringLiteral("recert_window_days"), -1), "recert_window_days" },
        { "a program's currency is ISO 4217", &s.f.boss, QStringLiteral("tier_program"), with(fieldsOf(program()), QStringLiteral("currency"), QStringLiteral("usd")), "ISO 4217" },
        { "TIER-01 rank starts at 1", &s.f.boss, QStringLiteral("tier_level"), with(levelOk, QStringLiteral("rank"), 0), "rank must be 1 or more" },
        { "TIER-02 criteria are not negative", &s.f.boss, QStringLiteral("tier_level"), with(levelOk, QStringLiteral("min_points"), -1), "min_points" },
        { "TIER-02 revenue is not negative", &s.f.boss, QStringLiteral("tier_level"), with(levelOk, QStringLiteral("min_revenue_minor"), -1), "min_revenue_minor" },
        { "TIER-06 lead weight is a share", &s.f.boss, QStringLiteral("tier_level"), with(levelOk, QStringLiteral("lead_weight"), 101), "between 0 and 100" },
        { "TIER-02 a track needs people", &s.f.boss, QStringLiteral("tier_level"), with(levelOk, QStringLiteral("track_requirements"), QStringLiteral("[{\"track\":\"Security\",\"count\":0}]")), "Security" },
        { "CERT-01 status values", &s.f.lan, QStringLiteral("certification"), with(certOk, QStringLiteral("status"), QStringLiteral("expired")), "status must be" },
        { "CERT-01 expiry not before acquisition", &s.f.lan, QStringLiteral("certification"), with(certOk, QStringLiteral("expires_on"), QStringLiteral("2027-02-28")), "cannot expire (2027-02-28) before it was acquired (2027-03-01)" },
        { "dates are real days", &s.f.lan, QStringLiteral("certification"), with(certOk, QStringLiteral("acquired_on"), QStringLiteral("2027-02-30")), "2027-02-30" },
        { "dates are ISO days", &s.f.lan, QStringLiteral("certification"), with(certOk, QStringLiteral("started_on"), QStringLiteral("01/03/2027")), "01/03/2027" },
        { "an active certificate was acquired", &s.f.lan, QStringLiteral("certification"), with(certOk, QStringLiteral("acquired_on"), QJsonValue::Null), "acquired_on" },
        { "evidence is named by SHA-256", &s.f.lan, QStringLiteral("certification"), with(certOk, QStringLiteral("evidence_sha256"), QStringLiteral("ABC")), "evidence_sha256" },
        { "a score is a percent", &s.f.lan, QStringLiteral("course_completion"), with(completionOk, QStringLiteral("score"), 101), "between 0 and 100" },
        { "a completion has its day", &s.f.lan, QStringLiteral("course_completion"), with(completionOk, QStringLiteral("completed_on"), QJsonValue::Null), "completed_on" },
        { "TIER-03 pending kinds", &s.f.lan, QStringLiteral("program_member"), with(memberOk, QStringLiteral("pending_kind"), QStringLiteral("sideways")), "sideways" },
        { "pending since is a time", &s.f.lan, QStringLiteral("program_member"), with(memberOk, QStringLiteral("pending_since"), QStringLiteral("last week")), "pending_since" },
        { "TIER-04 points expire after they are earned", &s.f.lan, QStringLiteral("points_entry"), with(pointsOk, QStringLiteral("expires_on"), QStringLiteral("2027-02-28")), "TIER-04" },
        { "tier history actions", &s.f.lan, QStringLiteral("tier_event"), with(eventOk, QStringLiteral("action"), QStringLiteral("promoted")), "promoted" },
    };
    const int rows = s.f.logRows();
    for (const Case& refused : cases) {
        INFO(refused.name);
        CHECK_REFUSED(s.create(*refused.user, refused.entity, newId(), refused.fields), "validation", refused.fragment);
    }
    CHECK(s.f.logRows() == rows);

    // The boundary values themselves are accepted.
    REQUIRE_APPLIED(s.create(s.f.boss, QStringLiteral("cert_definition"), newId(),
                             with(with(definitionOk, QStringLiteral("validity_months"), 0), QStringLiteral("recert_window_days"), 0)));
    REQUIRE_APPLIED(s.create(s.f.boss, QStringLiteral("tier_level"), newId(),
                             with(with(levelOk, QStringLiteral("lead_weight"), 100), QStringLiteral("min_points"), 0)));
    const QString sameDay = newId();
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("certification"), sameDay,
                             with(certOk, QStringLiteral("expires_on"), QStringLiteral("2027-03-01"))));
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("course_completion"), newId(), with(completionOk, QStringLiteral("score"), 100)));
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("points_entry"), newId(), with(pointsOk, QStringLiteral("expires_on"), QStringLiteral("2027-03-01"))));
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("tier_event"), newId(), eventOk));

    // An edit is checked on the row as it would be stored: moving the acquisition past the expiry is refused.
    CHECK_REFUSED(s.update(s.f.lan, QStringLiteral("certification"), sameDay, { { QStringLiteral("acquired_on"), QStringLiteral("2027-03-02") } }),
                  "validation", "cannot expire");
    CHECK(s.stored(sameDay).value(QStringLiteral("acquired_on")).toString() == QStringLiteral("2027-03-01"));
}

TEMPLATE_TEST_CASE("server: TIER-01 - ranks are unique among a program's live levels - one membership per partner and program", "", OnSqlite, OnPostgres)
{
    TrainingServer s(TestType::backend);
    const Catalogue c = catalogue(s); // Registered (1), Silver (2)
    const QString levels = QStringLiteral("tier_level");

    TierLevel second = level(c.program.id, 2, QStringLiteral("Silver Plus"));
    CHECK_REFUSED(s.create(s.f.boss, levels, id(second.id), fieldsOf(second)), "validation",
                  "The level “Silver” of this program already has rank 2");
    CHECK_REFUSED(s.update(s.f.boss, levels, id(c.levels[1].id), { { QStringLiteral("rank"), 1 } }), "validation",
                  "“Registered”");
    // Another program has its own ladder; a deleted level frees its rank.
    const TierProgram other = program(QStringLiteral("Distributor program"));
    REQUIRE_APPLIED(s.create(s.f.boss, QStringLiteral("tier_program"), id(other.id), fieldsOf(other)));
    TierLevel elsewhere = level(other.id, 2, QStringLiteral("Silver"));
    REQUIRE_APPLIED(s.create(s.f.boss, levels, id(elsewhere.id), fieldsOf(elsewhere)));
    REQUIRE_APPLIED(s.remove(s.f.boss, levels, id(c.levels[1].id)));
    REQUIRE_APPLIED(s.create(s.f.boss, levels, id(second.id), fieldsOf(second)));
    // Restoring the deleted level would give the program two rank-2 levels.
    CHECK_REFUSED(s.send(s.f.boss, QStringLiteral("restore"), levels, id(c.levels[1].id)), "validation", "already has rank 2");
    // A level of a program that does not exist.
    TierLevel orphan = level(Uuid::createV7(), 1, QStringLiteral("Orphan"));
    CHECK_REFUSED(s.create(s.f.boss, levels, id(orphan.id), fieldsOf(orphan)), "missing_parent", "does not exist");

    const QString partner = s.partner(s.f.lan, QStringLiteral("Lan's reseller"));
    const ProgramMember first = member(partner, c.program.id, c.levels[0].id);
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("program_member"), id(first.id), fieldsOf(first)));
    // Two devices enrolling the same partner offline: the second membership is refused.
    const ProgramMember again = member(partner, c.program.id);
    CHECK_REFUSED(s.create(s.f.lan, QStringLiteral("program_member"), id(again.id), fieldsOf(again)), "validation",
                  "already a member of this program");
    // Another program is another membership; its level must be one of that program's.
    ProgramMember distributor = member(partner, other.id, c.levels[0].id);
    CHECK_REFUSED(s.create(s.f.lan, QStringLiteral("program_member"), id(distributor.id), fieldsOf(distributor)),
                  "validation", "level_id names a level that is not a live level of the member's program");
    distributor.levelId = elsewhere.id;
    distributor.pendingLevelId = c.levels[0].id;
    distributor.pendingKind = QStringLiteral("upgrade");
    CHECK_REFUSED(s.create(s.f.lan, QStringLiteral("program_member"), id(distributor.id), fieldsOf(distributor)),
                  "validation", "pending_level_id");
    distributor.pendingLevelId.clear();
    distributor.pendingKind.clear();
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("program_member"), id(distributor.id), fieldsOf(distributor)));
    // Moving the first membership onto the second's program would make two.
    CHECK_REFUSED(s.update(s.f.lan, QStringLiteral("program_member"), id(first.id),
                           { { QStringLiteral("program_id"), id(other.id) }, { QStringLiteral("level_id"), QJsonValue::Null } }),
                  "validation", "already a member");
    // Once the first membership is deleted, the partner can join again.
    REQUIRE_APPLIED(s.remove(s.f.lan, QStringLiteral("program_member"), id(first.id)));
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("program_member"), id(again.id), fieldsOf(again)));
    // A membership of a program that does not exist, and points for one.
    const ProgramMember nowhere = member(partner, Uuid::createV7());
    CHECK_REFUSED(s.create(s.f.lan, QStringLiteral("program_member"), id(nowhere.id), fieldsOf(nowhere)), "validation",
                  "partner program does not exist");
    const PointsEntry lost = pointsEntry(partner, c.course.id, 10);
    CHECK_REFUSED(s.create(s.f.lan, QStringLiteral("points_entry"), id(lost.id), fieldsOf(lost)), "validation",
                  "partner program does not exist");
}

TEMPLATE_TEST_CASE("server: CERT-03 - a certification's person is a live contact of its partner - definitions and courses exist", "", OnSqlite, OnPostgres)
{
    TrainingServer s(TestType::backend);
    const Catalogue c = catalogue(s);
    const QString partner = s.partner(s.f.lan, QStringLiteral("Lan's reseller"));
    const QString sibling = s.partner(s.f.lan, QStringLiteral("Lan's distributor"));
    const QString person = s.contact(s.f.lan, partner, QStringLiteral("Thảo"));
    const QString elsewhere = s.contact(s.f.lan, sibling, QStringLiteral("Hùng"));
    const QString gone = s.contact(s.f.lan, partner, QStringLiteral("Former"));
    REQUIRE_APPLIED(s.remove(s.f.lan, QStringLiteral("contact"), gone));
    const QString cert = QStringLiteral("certification");

    for (const QString& contact : { elsewhere, gone, newId(), partner }) {
        const Certification wrong = certification(partner, contact, c.definition.id);
        CHECK_REFUSED(s.create(s.f.lan, cert, id(wrong.id), fieldsOf(wrong)), "validation",
                      "is not a contact of this partner");
        const CourseCompletion completed = completion(partner, contact, c.course.id);
        CHECK_REFUSED(s.create(s.f.lan, QStringLiteral("course_completion"), id(completed.id), fieldsOf(completed)),
                      "validation", "is not a contact of this partner");
    }
    // The definition (shared) must exist and be live; a course is not a definition.
    for (const QByteArray& definitionId : { Uuid::createV7(), c.course.id }) {
        const Certification wrong = certification(partner, person, definitionId);
        CHECK_REFUSED(s.create(s.f.lan, cert, id(wrong.id), fieldsOf(wrong)), "validation",
                      "certification definition does not exist");
    }
    const CourseCompletion unknownCourse = completion(partner, person, c.definition.id);
    CHECK_REFUSED(s.create(s.f.lan, QStringLiteral("course_completion"), id(unknownCourse.id), fieldsOf(unknownCourse)),
                  "validation", "course does not exist");

    Certification good = certification(partner, person, c.definition.id);
    REQUIRE_APPLIED(s.create(s.f.lan, cert, id(good.id), fieldsOf(good)));
    const CourseCompletion passed = completion(partner, person, c.course.id);
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("course_completion"), id(passed.id), fieldsOf(passed)));
    // Moving it to another person of another partner, or to a partner the person is not in, is refused.
    CHECK_REFUSED(s.update(s.f.lan, cert, id(good.id), { { QStringLiteral("contact_id"), elsewhere } }), "validation",
                  "is not a contact of this partner");
    CHECK_REFUSED(s.update(s.f.lan, cert, id(good.id), { { QStringLiteral("partner_id"), sibling } }), "validation",
                  "is not a contact of this partner");
    // A definition retired later does not block edits of the certificates already issued, only new ones.
    const CertDefinition retired = definition(QStringLiteral("OLD"));
    REQUIRE_APPLIED(s.create(s.f.boss, QStringLiteral("cert_definition"), id(retired.id), fieldsOf(retired)));
    const Certification legacy = certification(partner, person, retired.id);
    REQUIRE_APPLIED(s.create(s.f.lan, cert, id(legacy.id), fieldsOf(legacy)));
    REQUIRE_APPLIED(s.remove(s.f.boss, QStringLiteral("cert_definition"), id(retired.id)));
    REQUIRE_APPLIED(s.update(s.f.lan, cert, id(legacy.id), { { QStringLiteral("notes"), QStringLiteral("kept for history") } }));
    const Certification late = certification(partner, person, retired.id, QDate(2027, 5, 1));
    CHECK_REFUSED(s.create(s.f.lan, cert, id(late.id), fieldsOf(late)), "validation",
                  "certification definition does not exist on the server or has been deleted");

    // Course prerequisites (shared) name live courses, never the course itself, and never form a cycle.
    const Course basics = course(QStringLiteral("NET-100"));
    REQUIRE_APPLIED(s.create(s.f.boss, QStringLiteral("course"), id(basics.id), fieldsOf(basics)));
    const Course advanced = course(QStringLiteral("NET-300"), { c.course.id });
    REQUIRE_APPLIED(s.create(s.f.boss, QStringLiteral("course"), id(advanced.id), fieldsOf(advanced)));
    CHECK_REFUSED(s.update(s.f.boss, QStringLiteral("course"), id(c.course.id),
                           { { QStringLiteral("prerequisites"), Uuid::listToJson({ advanced.id }) } }),
                  "validation", "would form a cycle");
    CHECK_REFUSED(s.update(s.f.boss, QStringLiteral("course"), id(basics.id),
                           { { QStringLiteral("prerequisites"), Uuid::listToJson({ basics.id }) } }),
                  "validation", "its own prerequisite");
    CHECK_REFUSED(s.update(s.f.boss, QStringLiteral("cert_definition"), id(c.definition.id),
                           { { QStringLiteral("prerequisites"), Uuid::listToJson({ c.course.id, Uuid::createV7() }) } }),
                  "validation", "prerequisite course does not exist");
    REQUIRE_APPLIED(s.update(s.f.boss, QStringLiteral("course"), id(c.course.id),
                             { { QStringLiteral("prerequisites"), Uuid::listToJson({ basics.id }) } }));
}

TEMPLATE_TEST_CASE("server: CERT-02 - a renewal names a certification of the same person and definition - archived ones stay archived", "", OnSqlite, OnPostgres)
{
    TrainingServer s(TestType::backend);
    const Catalogue c = catalogue(s);
    const CertDefinition security = definition(QStringLiteral("CSA"));
    REQUIRE_APPLIED(s.create(s.f.boss, QStringLiteral("cert_definition"), id(security.id), fieldsOf(security)));
    const QString partner = s.partner(s.f.lan, QStringLiteral("Lan's reseller"));
    const QString thao = s.contact(s.f.lan, partner, QStringLiteral("Thảo"));
    const QString hung = s.contact(s.f.lan, partner, QStringLiteral("Hùng"));
    const QString cert = QStringLiteral("certification");

    const Certification old = certification(partner, thao, c.definition.id, QDate(2025, 7, 1));
    REQUIRE_APPLIED(s.create(s.f.lan, cert, id(old.id), fieldsOf(old)));
    const Certification other = certification(partner, hung, c.definition.id, QDate(2027, 5, 1));
    REQUIRE_APPLIED(s.create(s.f.lan, cert, id(other.id), fieldsOf(other)));
    const Certification otherKind = certification(partner, thao, security.id, QDate(2027, 5, 1));
    REQUIRE_APPLIED(s.create(s.f.lan, cert, id(otherKind.id), fieldsOf(otherKind)));
    const int rows = s.f.logRows();

    auto renewedBy = [](const QJsonValue& by) {
        return QJsonObject { { QStringLiteral("status"), QStringLiteral("renewed") }, { QStringLiteral("renewed_by"), by } };
    };
    CHECK_REFUSED(s.update(s.f.lan, cert, id(old.id), renewedBy(QJsonValue::Null)), "validation",
                  "must name the certification that renewed it");
    CHECK_REFUSED(s.update(s.f.lan, cert, id(old.id), renewedBy(id(old.id))), "validation", "cannot renew itself");
    CHECK_REFUSED(s.update(s.f.lan, cert, id(old.id), renewedBy(newId())), "validation",
                  "renewing certification (renewed_by) does not exist");
    CHECK_REFUSED(s.update(s.f.lan, cert, id(old.id), renewedBy(id(other.id))), "validation",
                  "same person and the same definition");
    CHECK_REFUSED(s.update(s.f.lan, cert, id(old.id), renewedBy(id(otherKind.id))), "validation",
                  "same person and the same definition");
    CHECK(s.f.logRows() == rows);

    // As the client renews: the new certificate first, then the old one archived pointing to it.
    const Certification fresh = certification(partner, thao, c.definition.id, QDate(2027, 6, 1));
    REQUIRE_APPLIED(s.create(s.f.lan, cert, id(fresh.id), fieldsOf(fresh)));
    REQUIRE_APPLIED(s.update(s.f.lan, cert, id(old.id), renewedBy(id(fresh.id))));
    // An archived certificate is never reopened; a revoked one neither.
    CHECK_REFUSED(s.update(s.f.lan, cert, id(old.id), { { QStringLiteral("status"), QStringLiteral("active") },
                                                        { QStringLiteral("renewed_by"), QJsonValue::Null } }),
                  "validation", "is renewed on the server");
    REQUIRE_APPLIED(s.update(s.f.lan, cert, id(other.id), { { QStringLiteral("status"), QStringLiteral("revoked") } }));
    CHECK_REFUSED(s.update(s.f.lan, cert, id(other.id), { { QStringLiteral("status"), QStringLiteral("active") } }),
                  "validation", "is revoked on the server");
    // Notes on an archived certificate can still be kept.
    REQUIRE_APPLIED(s.update(s.f.lan, cert, id(old.id), { { QStringLiteral("notes"), QStringLiteral("renewed in June") } }));
}

TEMPLATE_TEST_CASE("server: certification evidence is uploaded before its record - served only to who sees the certification", "", OnSqlite, OnPostgres)
{
    TrainingServer s(TestType::backend);
    BlobService blobs(*s.f.db);
    const Catalogue c = catalogue(s);
    const QString partner = s.partner(s.f.lan, QStringLiteral("Lan's reseller"));
    const QString person = s.contact(s.f.lan, partner, QStringLiteral("Thảo"));
    const QByteArray content = QByteArrayLiteral("certificate scan, 300 dpi");
    const QString sha = sha256Of(content);

    Certification cert = certification(partner, person, c.definition.id);
    cert.evidenceSha256 = sha;
    cert.evidenceName = QStringLiteral("cna-thao.png");
    // Evidence whose content never reached the server is refused: every accepted certificate's evidence downloads.
    CHECK_REFUSED(s.create(s.f.lan, QStringLiteral("certification"), id(cert.id), fieldsOf(cert)), "validation",
                  "The evidence cna-thao.png of this certification has not been uploaded");
    REQUIRE(blobs.put(s.f.lan, sha, content).status == 200);
    // Uploaded but named by no certification (or attachment) yet: nobody can read it.
    CHECK(blobs.get(s.f.lan, sha).status == 404);
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("certification"), id(cert.id), fieldsOf(cert)));

    ApiReply got = blobs.get(s.f.lan, sha);
    REQUIRE(got.status == 200);
    CHECK(got.encoded == content);
    CHECK(blobs.get(s.f.boss, sha).encoded == content);
    CHECK(blobs.get(s.f.minh, sha).status == 404);

    // Replacing the evidence by content the server does not have is refused; the old evidence stays.
    const QString missing = sha256Of(QByteArrayLiteral("another scan"));
    CHECK_REFUSED(s.update(s.f.lan, QStringLiteral("certification"), id(cert.id),
                           { { QStringLiteral("evidence_sha256"), missing } }),
                  "validation", "has not been uploaded");
    CHECK(s.stored(id(cert.id)).value(QStringLiteral("evidence_sha256")).toString() == sha);
    // Removing the evidence, or deleting the certificate, ends access to it.
    REQUIRE_APPLIED(s.update(s.f.lan, QStringLiteral("certification"), id(cert.id),
                             { { QStringLiteral("evidence_sha256"), QString() }, { QStringLiteral("evidence_name"), QString() } }));
    CHECK(blobs.get(s.f.lan, sha).status == 404);
    REQUIRE_APPLIED(s.update(s.f.lan, QStringLiteral("certification"), id(cert.id),
                             { { QStringLiteral("evidence_sha256"), sha }, { QStringLiteral("evidence_name"), QStringLiteral("again.png") } }));
    CHECK(blobs.get(s.f.lan, sha).status == 200);
    REQUIRE_APPLIED(s.remove(s.f.lan, QStringLiteral("certification"), id(cert.id)));
    CHECK(blobs.get(s.f.lan, sha).status == 404);
    CHECK(blobs.get(s.f.boss, sha).status == 404);
}

TEMPLATE_TEST_CASE("server: a schema-3 database is upgraded to schema 4 - its evidence index rebuilt", "", OnSqlite, OnPostgres)
{
    TrainingServer s(TestType::backend);
    BlobService blobs(*s.f.db);
    const Catalogue c = catalogue(s);
    const QString partner = s.partner(s.f.lan, QStringLiteral("Lan's reseller"));
    const QString person = s.contact(s.f.lan, partner, QStringLiteral("Thảo"));
    const QByteArray content = QByteArrayLiteral("evidence kept across the upgrade");
    REQUIRE(blobs.put(s.f.lan, sha256Of(content), content).status == 200);
    Certification cert = certification(partner, person, c.definition.id);
    cert.evidenceSha256 = sha256Of(content);
    cert.evidenceName = QStringLiteral("scan.pdf");
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("certification"), id(cert.id), fieldsOf(cert)));

    // What a schema-3 server had: no cert_evidence, the scope index by scope alone, version 3 (the rows are there,
    // as a development build could have written them).
    for (const char* statement : { "DROP TABLE cert_evidence", "DROP INDEX record_by_scope_entity",
                                   "CREATE INDEX record_by_scope ON record(scope_id)",
                                   "UPDATE server_meta SET v = '3' WHERE k = 'schema_version'" })
        REQUIRE(Sql::exec(s.f.db->connection(), QString::fromLatin1(statement)).ok());
    s.f.service.reset();
    s.f.db.reset();

    auto reopened = ServerDatabase::open(s.f.location);
    if (!reopened)
        FAIL(reopened.error().toLogString().toStdString());
    s.f.db = std::move(reopened).value();
    s.f.service = std::make_unique<SyncService>(*s.f.db);
    CHECK(s.f.db->meta(QStringLiteral("schema_version")) == QStringLiteral("4"));
    QSqlQuery query(s.f.db->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM cert_evidence")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
    query.finish();
    CHECK(BlobService(*s.f.db).get(s.f.lan, sha256Of(content)).encoded == content);
    // The rules that read one scope's records of a kind work on the upgraded index.
    const ProgramMember first = member(partner, c.program.id);
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("program_member"), id(first.id), fieldsOf(first)));
    const ProgramMember second = member(partner, c.program.id);
    CHECK_REFUSED(s.create(s.f.lan, QStringLiteral("program_member"), id(second.id), fieldsOf(second)), "validation",
                  "already a member");
}
