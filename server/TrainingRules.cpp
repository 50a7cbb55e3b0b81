#include "TrainingRules.h"

#include "ServerDatabase.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "domain/Training.h"
#include "storage/Sql.h"
#include "sync/SyncSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>

namespace ChannelDesk::Server {

namespace {

const QString Course = QStringLiteral("course");
const QString Definition = QStringLiteral("cert_definition");
const QString Completion = QStringLiteral("course_completion");
const QString Certification = QStringLiteral("certification");
const QString Program = QStringLiteral("tier_program");
const QString Level = QStringLiteral("tier_level");
const QString Member = QStringLiteral("program_member");
const QString Points = QStringLiteral("points_entry");
const QString TierEvent = QStringLiteral("tier_event");

// Canonical lower-case UUID text of a reference (what record ids are), or empty.
QString canon(const QJsonValue& value)
{
    const QByteArray raw = Uuid::fromString(value.toString());
    return raw.size() == 16 ? Uuid::toString(raw) : QString();
}

QString text(const QJsonObject& data, const char* name)
{
    return data.value(QLatin1String(name)).toString();
}

QString ref(const QJsonObject& data, const char* name)
{
    return canon(data.value(QLatin1String(name)));
}

// Whether a field differs from the live row before (always, for a create or a restore).
bool touched(const QJsonObject& after, const QJsonObject* before, const char* name)
{
    if (!before)
        return true;
    const QJsonValue a = after.value(QLatin1String(name));
    const QJsonValue b = before->value(QLatin1String(name));
    if (a.isNull() || a.isUndefined())
        return !(b.isNull() || b.isUndefined());
    return a != b;
}

TrainingRules::Refusal refuse(const QString& message)
{
    return { QStringLiteral("validation"), message };
}

// What a record is called in a message ("A course …").
QString label(const QString& entity)
{
    static const QHash<QString, QString> labels {
        { Course, QStringLiteral("a course") },
        { Definition, QStringLiteral("a certification definition") },
        { Completion, QStringLiteral("a course completion") },
        { Certification, QStringLiteral("a certification") },
        { Program, QStringLiteral("a partner program") },
        { Level, QStringLiteral("a tier level") },
        { Member, QStringLiteral("a program membership") },
        { Points, QStringLiteral("a points entry") },
        { TierEvent, QStringLiteral("a tier history entry") },
    };
    return labels.value(entity, entity);
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// A calendar day as the client stores it (Timestamp::dateToStorage): YYYY-MM-DD and a real day.
bool isDay(const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    return pattern.match(value).hasMatch() && Timestamp::dateFromStorage(value).isValid();
}

// The field rules shared by every entity: the listed dates well-formed (null allowed unless required), the listed
// integers not negative, the listed text required.
struct FieldRules
{
    QStringList days;
    QStringList requiredDays;
    QStringList times;
    QStringList nonNegative;
    QStringList required;
};

QString checkFields(const QString& entity, const QJsonObject& data, const FieldRules& rules)
{
    for (const QString& name : rules.required) {
        if (data.value(name).toString().trimmed().isEmpty())
            return QStringLiteral("%1 needs a %2.").arg(capitalised(label(entity)), name);
    }
    for (const QString& name : rules.requiredDays) {
        if (!data.value(name).isString())
            return QStringLiteral("%1 needs a date in %2.").arg(capitalised(label(entity)), name);
    }
    for (const QString& name : rules.days + rules.requiredDays) {
        const QJsonValue value = data.value(name);
        if (!value.isNull() && !value.isUndefined() && !isDay(value.toString()))
            return QStringLiteral("%1 must be a date (YYYY-MM-DD), not “%2”.").arg(name, value.toString());
    }
    for (const QString& name : rules.times) {
        const QJsonValue value = data.value(name);
        if (!value.isNull() && !value.isUndefined() && !Timestamp::fromStorage(value.toString()).isValid())
            return QStringLiteral("%1 must be a date and time (ISO 8601), not “%2”.").arg(name, value.toString());
    }
    for (const QString& name : rules.nonNegative) {
        const QJsonValue value = data.value(name);
        if (value.isDouble() && value.toInteger() < 0)
            return QStringLiteral("%1 of %2 cannot be negative (%3).").arg(name, label(entity)).arg(value.toInteger());
    }
    return {};
}

QString checkPercent(const QJsonObject& data, const char* name, const QString& what)
{
    const QJsonValue value = data.value(QLatin1String(name));
    if (value.isDouble() && (value.toInteger() < 0 || value.toInteger() > 100))
        return QStringLiteral("%1 (%2) must be between 0 and 100, not %3.")
            .arg(what, QLatin1String(name))
            .arg(value.toInteger());
    return {};
}

// A JSON array in a text column ("" counts as empty, as a create that leaves it out stores it).
bool parseArray(const QString& json, QJsonArray& array)
{
    if (json.isEmpty())
        return true;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return false;
    array = doc.array();
    return true;
}

// The course ids of a prerequisites column (canonical), or an error.
QString prerequisitesOf(const QJsonObject& data, QStringList& ids)
{
    QJsonArray array;
    if (!parseArray(text(data, "prerequisites"), array))
        return QStringLiteral("prerequisites must be a JSON array of course ids.");
    for (const QJsonValue& value : std::as_const(array)) {
        const QString id = canon(value);
        if (id.isEmpty())
            return QStringLiteral("prerequisites must be a JSON array of course ids; “%1” is not one.")
                .arg(value.toVariant().toString());
        if (!ids.contains(id))
            ids.append(id);
    }
    return {};
}

const QSet<QString>& certificationStatuses()
{
    static const QSet<QString> statuses { QStringLiteral("in_progress"), QStringLiteral("active"),
                                          QStringLiteral("renewed"), QStringLiteral("revoked") };
    return statuses;
}

QString validateCertification(const QJsonObject& data)
{
    const QString status = text(data, "status");
    if (!certificationStatuses().contains(status))
        return QStringLiteral("A certification's status must be in_progress, active, renewed or revoked, not “%1” "
                              "(Expiring and Expired follow from the dates, CERT-01/02).")
            .arg(status);
    const QString acquired = text(data, "acquired_on");
    const QString expires = text(data, "expires_on");
    if (!acquired.isEmpty() && !expires.isEmpty() && expires < acquired) // both checked ISO days: text order is date order
        return QStringLiteral("A certification cannot expire (%1) before it was acquired (%2).").arg(expires, acquired);
    if ((status == QLatin1String("active") || status == QLatin1String("renewed")) && acquired.isEmpty())
        return QStringLiteral("A certification that is %1 needs the date it was acquired (acquired_on).").arg(status);
    if (status == QLatin1String("renewed") && canon(data.value(QStringLiteral("renewed_by"))).isEmpty())
        return QStringLiteral("A renewed certification must name the certification that renewed it (renewed_by, "
                              "CERT-02).");
    static const QRegularExpression sha256(QStringLiteral("^([0-9a-f]{64})?$"));
    if (!sha256.match(text(data, "evidence_sha256")).hasMatch())
        return QStringLiteral("evidence_sha256 must be the lower-case hex SHA-256 of the evidence content, or empty.");
    return {};
}

QString validateLevel(const QJsonObject& data)
{
    const QJsonValue rank = data.value(QStringLiteral("rank"));
    if (!rank.isDouble() || rank.toInteger() < 1)
        return QStringLiteral("A tier level's rank must be 1 or more (1 = the lowest level), not %1 (TIER-01).")
            .arg(rank.isDouble() ? QString::number(rank.toInteger()) : QStringLiteral("empty"));
    if (const QString problem = checkPercent(data, "lead_weight", QStringLiteral("A level's lead weight"));
        !problem.isEmpty())
        return problem;
    QJsonArray requirements;
    if (!parseArray(text(data, "track_requirements"), requirements))
        return QStringLiteral("track_requirements must be a JSON array of {track, count}.");
    QSet<QString> tracks;
    for (const QJsonValue& value : std::as_const(requirements)) {
        const QJsonObject requirement = value.toObject();
        const QString track = requirement.value(QStringLiteral("track")).toString().trimmed();
        const QJsonValue count = requirement.value(QStringLiteral("count"));
        if (track.isEmpty())
            return QStringLiteral("Each track requirement of a level names a track.");
        if (!count.isDouble() || count.toInteger() < 1)
            return QStringLiteral("The track requirement for %1 needs a count of 1 or more people.").arg(track);
        if (tracks.contains(track.toLower()))
            return QStringLiteral("The track %1 is required twice on one level.").arg(track);
        tracks.insert(track.toLower());
    }
    return {};
}

QString validateMember(const QJsonObject& data)
{
    static const QSet<QString> kinds { QString(), QStringLiteral("upgrade"), QStringLiteral("demotion") };
    const QString kind = text(data, "pending_kind");
    if (!kinds.contains(kind))
        return QStringLiteral("A membership's pending change must be upgrade, demotion or none, not “%1” (TIER-03).")
            .arg(kind);
    if (const QString problem = checkPercent(data, "lead_weight", QStringLiteral("A member's lead weight"));
        !problem.isEmpty())
        return problem;
    QJsonArray reasons;
    if (!parseArray(text(data, "pending_reasons"), reasons))
        return QStringLiteral("pending_reasons must be a JSON array of texts.");
    return {};
}

} // namespace

struct TrainingRules::Stored
{
    QString entity;
    QString scopeId;
    QJsonObject data;
    bool live() const { return !data.value(QStringLiteral("deleted_at")).isString(); }
};

TrainingRules::TrainingRules(ServerDatabase& db)
    : m_db(db)
{
}

bool TrainingRules::handles(const QString& entity)
{
    return entity == Course || entity == Definition || entity == Completion || entity == Certification
        || entity == Program || entity == Level || entity == Member || entity == Points || entity == TierEvent;
}

QString TrainingRules::validate(const SyncEntity& entity, const QJsonObject& data)
{
    // The client's repositories check the same; a client cannot be trusted to have, and a merge can combine two
    // valid edits into an invalid record.
    const QString& name = entity.name;
    FieldRules rules;
    if (name == Course) {
        rules.required = { QStringLiteral("code"), QStringLiteral("name") };
        rules.nonNegative = { QStringLiteral("duration_hours") };
    } else if (name == Definition) {
        rules.required = { QStringLiteral("code"), QStringLiteral("name") };
        rules.nonNegative = { QStringLiteral("validity_months"), QStringLiteral("reminder_days"),
                              QStringLiteral("recert_window_days") };
    } else if (name == Program) {
        rules.required = { QStringLiteral("name") };
    } else if (name == Level) {
        rules.required = { QStringLiteral("name") };
        rules.nonNegative = { QStringLiteral("min_revenue_minor"), QStringLiteral("min_certified"),
                              QStringLiteral("min_approved_registrations"), QStringLiteral("min_closed_won"),
                              QStringLiteral("min_points") };
    } else if (name == Completion) {
        rules.requiredDays = { QStringLiteral("completed_on") };
    } else if (name == Certification) {
        rules.days = { QStringLiteral("started_on"), QStringLiteral("acquired_on"), QStringLiteral("expires_on"),
                       QStringLiteral("reminded_on") };
    } else if (name == Member) {
        rules.days = { QStringLiteral("joined_on") };
        rules.times = { QStringLiteral("pending_since") };
    } else if (name == Points) {
        rules.requiredDays = { QStringLiteral("earned_on") };
        rules.days = { QStringLiteral("expires_on") };
    } else if (name == TierEvent) {
        rules.times = { QStringLiteral("at") };
    } else {
        return {};
    }
    if (const QString problem = checkFields(name, data, rules); !problem.isEmpty())
        return problem;

    if (name == Course || name == Definition) {
        QStringList ids;
        return prerequisitesOf(data, ids);
    }
    if (name == Program) {
        static const QRegularExpression iso4217(QStringLiteral("^[A-Z]{3}$"));
        if (!iso4217.match(text(data, "currency")).hasMatch())
            return QStringLiteral("A partner program's currency must be an ISO 4217 code such as USD, not “%1”.")
                .arg(text(data, "currency"));
        return {};
    }
    if (name == Level)
        return validateLevel(data);
    if (name == Completion)
        return checkPercent(data, "score", QStringLiteral("A course score"));
    if (name == Certification)
        return validateCertification(data);
    if (name == Member)
        return validateMember(data);
    if (name == Points) {
        if (!data.value(QStringLiteral("points")).isDouble())
            return QStringLiteral("A points entry needs its points.");
        const QString earned = text(data, "earned_on");
        const QString expires = text(data, "expires_on");
        if (!expires.isEmpty() && expires < earned)
            return QStringLiteral("Points cannot expire (%1) before they were earned (%2) (TIER-04).").arg(expires, earned);
        return {};
    }
    if (name == TierEvent) {
        const QString action = text(data, "action");
        for (const Choice& choice : tierEventActions()) {
            if (choice.code == action)
                return {};
        }
        return QStringLiteral("“%1” is not a tier history action.").arg(action);
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// The evidence index

bool TrainingRules::index(const QString& entity, const QString& id, const QJsonObject& data)
{
    if (entity != Certification)
        return true;
    QSqlQuery& remove = m_db.prepared(QStringLiteral("DELETE FROM cert_evidence WHERE id = ?"));
    remove.addBindValue(id);
    if (!Sql::exec(remove))
        return false;
    const QString sha256 = text(data, "evidence_sha256");
    if (data.value(QStringLiteral("deleted_at")).isString() || sha256.isEmpty())
        return true; // only live evidence can be downloaded
    QSqlQuery& insert = m_db.prepared(QStringLiteral("INSERT INTO cert_evidence (id, sha256) VALUES (?, ?)"));
    insert.addBindValue(id);
    insert.addBindValue(sha256);
    return Sql::exec(insert).ok();
}

Status TrainingRules::rebuildIndex(ServerDatabase& db)
{
    if (Status status = Sql::exec(db.connection(), QStringLiteral("DELETE FROM cert_evidence")); !status)
        return status;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, data FROM record WHERE deleted_at IS NULL AND entity = 'certification'")))
        return Sql::errorFrom(query);
    QList<QPair<QString, QJsonObject>> rows;
    while (query.next())
        rows.append({ query.value(0).toString(), QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object() });
    query.finish();
    TrainingRules rules(db);
    for (const auto& [id, data] : rows) {
        if (!rules.index(Certification, id, data))
            return Error::storage(QStringLiteral("Rebuilding the certification evidence index failed."), id);
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// Lookups

bool TrainingRules::load(const QString& id, Stored& row, bool& storageFailed)
{
    if (id.isEmpty())
        return false;
    QSqlQuery& query = m_db.prepared(QStringLiteral("SELECT entity, scope_id, data FROM record WHERE id = ?"));
    const auto done = qScopeGuard([&query] { query.finish(); });
    query.addBindValue(id);
    if (!Sql::exec(query)) {
        storageFailed = true;
        return false;
    }
    if (!query.next())
        return false;
    row.entity = query.value(0).toString();
    row.scopeId = query.value(1).toString();
    row.data = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
    return true;
}

QList<QPair<QString, QJsonObject>> TrainingRules::liveInScope(const QString& scopeId, const QString& entity,
                                                              bool& storageFailed)
{
    // record_by_scope_entity (server schema 4): one scope's rows of one kind, never the whole table.
    QSqlQuery& query = m_db.prepared(
        QStringLiteral("SELECT id, data FROM record WHERE scope_id = ? AND entity = ? AND deleted_at IS NULL"));
    const auto done = qScopeGuard([&query] { query.finish(); });
    query.addBindValue(scopeId);
    query.addBindValue(entity);
    QList<QPair<QString, QJsonObject>> rows;
    if (!Sql::exec(query)) {
        storageFailed = true;
        return rows;
    }
    while (query.next())
        rows.append({ query.value(0).toString(), QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object() });
    return rows;
}

bool TrainingRules::blobStored(const QString& sha256, bool& storageFailed)
{
    QSqlQuery& query = m_db.prepared(QStringLiteral("SELECT count(*) FROM attachment_blob WHERE sha256 = ?"));
    const auto done = qScopeGuard([&query] { query.finish(); });
    query.addBindValue(sha256);
    if (!Sql::exec(query) || !query.next()) {
        storageFailed = true;
        return false;
    }
    return query.value(0).toLongLong() > 0;
}

std::optional<TrainingRules::Refusal> TrainingRules::requireLive(const QString& id, const QString& entity,
                                                                 const QString& what, bool& storageFailed)
{
    Stored row;
    const bool found = load(id, row, storageFailed);
    if (storageFailed)
        return std::nullopt;
    if (!found || row.entity != entity || !row.live())
        return refuse(QStringLiteral("The %1 does not exist on the server or has been deleted.").arg(what));
    return std::nullopt;
}

std::optional<TrainingRules::Refusal> TrainingRules::requireContact(const QJsonObject& data, bool& storageFailed)
{
    // CERT-03: a person's records roll up to the person's partner, so the contact must be that partner's. Missing,
    // deleted and another partner's (perhaps another CAM's) contacts are answered alike.
    Stored contact;
    const bool found = load(ref(data, "contact_id"), contact, storageFailed);
    if (storageFailed)
        return std::nullopt;
    if (!found || contact.entity != QLatin1String("contact") || !contact.live()
        || ref(contact.data, "partner_id") != ref(data, "partner_id"))
        return refuse(QStringLiteral("The person does not exist on the server, has been deleted or is not a contact "
                                     "of this partner (CERT-03: a person's records belong to the person's partner)."));
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------------------------
// The checks

std::optional<TrainingRules::Refusal> TrainingRules::check(const SyncEntity& entity, const QString& id,
                                                           const QJsonObject& data, const QJsonObject* previous,
                                                           bool& storageFailed)
{
    // A restore brings a record back: it is checked like a new one.
    const bool restoring = previous && previous->value(QStringLiteral("deleted_at")).isString();
    const QJsonObject* live = restoring ? nullptr : previous;
    const QString& name = entity.name;
    if (name == Course || name == Definition)
        return checkPrerequisites(name, id, data, live, storageFailed);
    if (name == Level)
        return checkLevel(id, data, live, storageFailed);
    if (name == Completion)
        return checkCompletion(data, live, storageFailed);
    if (name == Certification)
        return checkCertification(id, data, live, storageFailed);
    if (name == Member)
        return checkMember(id, data, live, storageFailed);
    if (name == Points)
        return checkPoints(data, live, storageFailed);
    return std::nullopt;
}

std::optional<TrainingRules::Refusal> TrainingRules::checkPrerequisites(const QString& entity, const QString& id,
                                                                        const QJsonObject& data, const QJsonObject* live,
                                                                        bool& storageFailed)
{
    if (!touched(data, live, "prerequisites"))
        return std::nullopt;
    QStringList wanted;
    prerequisitesOf(data, wanted); // validated already
    QStringList before;
    if (live)
        prerequisitesOf(*live, before);
    for (const QString& course : std::as_const(wanted)) {
        if (course == id)
            return refuse(QStringLiteral("A course cannot be its own prerequisite."));
        if (before.contains(course))
            continue; // kept from before: it may have been retired since, and that is not this change's doing
        if (auto refusal = requireLive(course, Course, QStringLiteral("prerequisite course"), storageFailed); refusal)
            return refusal;
        if (storageFailed)
            return std::nullopt;
    }
    if (entity != Course)
        return std::nullopt;
    // No cycle: walking the prerequisites of the prerequisites must never come back to this course. Two
    // administrators editing offline can each add one half of a loop; the server sees both.
    QSet<QString> seen;
    QStringList next = wanted;
    while (!next.isEmpty()) {
        const QString course = next.takeLast();
        if (seen.contains(course))
            continue;
        seen.insert(course);
        Stored row;
        if (!load(course, row, storageFailed) || row.entity != Course) {
            if (storageFailed)
                return std::nullopt;
            continue;
        }
        QStringList further;
        prerequisitesOf(row.data, further);
        if (further.contains(id))
            return refuse(QStringLiteral("The prerequisites would form a cycle: “%1” already requires this course, "
                                         "directly or through others.")
                              .arg(text(row.data, "name")));
        next.append(further);
    }
    return std::nullopt;
}

std::optional<TrainingRules::Refusal> TrainingRules::checkLevel(const QString& id, const QJsonObject& data,
                                                                const QJsonObject* live, bool& storageFailed)
{
    const QString program = ref(data, "program_id");
    if (live && program != ref(*live, "program_id"))
        return refuse(QStringLiteral("A tier level cannot move to another program."));
    if (!live) {
        if (auto refusal = requireLive(program, Program, QStringLiteral("partner program"), storageFailed); refusal)
            return refusal;
        if (storageFailed)
            return std::nullopt;
    }
    if (!touched(data, live, "rank"))
        return std::nullopt;
    // TIER-01: rank orders the ladder, so two live levels of one program never share one.
    const qint64 rank = data.value(QStringLiteral("rank")).toInteger();
    for (const auto& [otherId, other] : liveInScope(program, Level, storageFailed)) {
        if (otherId != id && other.value(QStringLiteral("rank")).toInteger() == rank)
            return refuse(QStringLiteral("The level “%1” of this program already has rank %2; ranks are unique among "
                                         "a program's levels (TIER-01).")
                              .arg(text(other, "name"))
                              .arg(rank));
    }
    return std::nullopt;
}

std::optional<TrainingRules::Refusal> TrainingRules::checkCompletion(const QJsonObject& data, const QJsonObject* live,
                                                                     bool& storageFailed)
{
    if (touched(data, live, "contact_id") || touched(data, live, "partner_id")) {
        if (auto refusal = requireContact(data, storageFailed); refusal || storageFailed)
            return refusal;
    }
    if (touched(data, live, "course_id"))
        return requireLive(ref(data, "course_id"), Course, QStringLiteral("course"), storageFailed);
    return std::nullopt;
}

std::optional<TrainingRules::Refusal> TrainingRules::checkCertification(const QString& id, const QJsonObject& data,
                                                                        const QJsonObject* live, bool& storageFailed)
{
    if (touched(data, live, "contact_id") || touched(data, live, "partner_id")) {
        if (auto refusal = requireContact(data, storageFailed); refusal || storageFailed)
            return refusal;
    }
    if (touched(data, live, "definition_id")) {
        if (auto refusal = requireLive(ref(data, "definition_id"), Definition, QStringLiteral("certification definition"),
                                       storageFailed);
            refusal || storageFailed)
            return refusal;
    }

    // CERT-02: old attempts are archived, never reopened: a renewed or revoked certificate keeps its status.
    const QString status = text(data, "status");
    const QString before = live ? text(*live, "status") : QString();
    if (live && before != status && (before == QLatin1String("renewed") || before == QLatin1String("revoked")))
        return refuse(QStringLiteral("The certification is %1 on the server; its status cannot change to %2 any more "
                                     "(renew it to issue a new certificate, CERT-02).")
                          .arg(before, status));

    // A renewal names the new certificate of the same person and definition; the client writes that one first.
    if (status == QLatin1String("renewed") && (before != status || touched(data, live, "renewed_by"))) {
        const QString renewal = ref(data, "renewed_by");
        if (renewal == id)
            return refuse(QStringLiteral("A certification cannot renew itself (CERT-02)."));
        Stored renewing;
        const bool found = load(renewal, renewing, storageFailed);
        if (storageFailed)
            return std::nullopt;
        // Another partner's record is answered like a missing one: nothing of another scope leaks.
        if (!found || renewing.entity != Certification || !renewing.live()
            || ref(renewing.data, "partner_id") != ref(data, "partner_id"))
            return refuse(QStringLiteral("The renewing certification (renewed_by) does not exist on the server or has "
                                         "been deleted (CERT-02)."));
        if (ref(renewing.data, "contact_id") != ref(data, "contact_id")
            || ref(renewing.data, "definition_id") != ref(data, "definition_id"))
            return refuse(QStringLiteral("A certification is renewed by a certification of the same person and the "
                                         "same definition; renewed_by names another (CERT-02)."));
    }

    // The record names its evidence by SHA-256; the client uploads the content before it pushes the record, so all
    // evidence the server accepts can be downloaded.
    const QString sha256 = text(data, "evidence_sha256");
    if (!sha256.isEmpty() && touched(data, live, "evidence_sha256")) {
        const bool stored = blobStored(sha256, storageFailed);
        if (storageFailed)
            return std::nullopt;
        if (!stored)
            return refuse(QStringLiteral("The evidence %1 of this certification has not been uploaded to the server.")
                              .arg(text(data, "evidence_name").isEmpty() ? sha256 : text(data, "evidence_name")));
    }
    return std::nullopt;
}

std::optional<TrainingRules::Refusal> TrainingRules::checkMember(const QString& id, const QJsonObject& data,
                                                                 const QJsonObject* live, bool& storageFailed)
{
    const QString partner = ref(data, "partner_id");
    const QString program = ref(data, "program_id");
    if (touched(data, live, "program_id")) {
        if (auto refusal = requireLive(program, Program, QStringLiteral("partner program"), storageFailed);
            refusal || storageFailed)
            return refusal;
    }
    if (touched(data, live, "program_id") || touched(data, live, "partner_id")) {
        // TIER-01: one membership per partner and program (two devices enrolling the same partner offline meet here).
        for (const auto& [otherId, other] : liveInScope(partner, Member, storageFailed)) {
            if (otherId != id && ref(other, "program_id") == program)
                return refuse(QStringLiteral("The partner is already a member of this program; a partner has one "
                                             "membership per program (TIER-01)."));
        }
        if (storageFailed)
            return std::nullopt;
    }
    // The current and the proposed level are rungs of this program's ladder.
    for (const char* field : { "level_id", "pending_level_id" }) {
        const QString level = ref(data, field);
        if (level.isEmpty() || !(touched(data, live, field) || touched(data, live, "program_id")))
            continue;
        Stored row;
        const bool found = load(level, row, storageFailed);
        if (storageFailed)
            return std::nullopt;
        if (!found || row.entity != Level || !row.live() || ref(row.data, "program_id") != program)
            return refuse(QStringLiteral("%1 names a level that is not a live level of the member's program.")
                              .arg(QLatin1String(field)));
    }
    return std::nullopt;
}

std::optional<TrainingRules::Refusal> TrainingRules::checkPoints(const QJsonObject& data, const QJsonObject* live,
                                                                 bool& storageFailed)
{
    if (!touched(data, live, "program_id"))
        return std::nullopt;
    return requireLive(ref(data, "program_id"), Program, QStringLiteral("partner program"), storageFailed);
}

} // namespace ChannelDesk::Server
