#include "Training.h"

#include "common/Uuid.h"
#include "domain/FieldValues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ChannelDesk {

using namespace FieldValues;

namespace {

struct TrainingTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::Training)
};

QVariant optionalInt(const std::optional<int>& value)
{
    return value ? QVariant(qint64(*value)) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<int> toOptionalInt(const QVariant& value)
{
    return value.isNull() || !value.isValid() ? std::nullopt : std::optional<int>(int(value.toLongLong()));
}

} // namespace

#define FIELD_BOOL(T, column, member) \
    { column, [](const T& r) { return QVariant(qint64(r.member ? 1 : 0)); }, \
      [](T& r, const QVariant& v) { r.member = v.isNull() || v.toLongLong() != 0; } }
#define FIELD_IDS(T, column, member) \
    { column, [](const T& r) { return QVariant(Uuid::listToJson(r.member)); }, \
      [](T& r, const QVariant& v) { r.member = Uuid::listFromJson(v.toString()); } }

QDate certificationExpiry(const QDate& acquired, int validityMonths)
{
    if (!acquired.isValid() || validityMonths <= 0)
        return {};
    return acquired.addMonths(validityMonths); // QDate clamps to the last day of a shorter month
}

CertificationState certificationState(const Certification& cert, int recertWindowDays, const QDate& today)
{
    if (cert.status == QLatin1String("renewed"))
        return CertificationState::Renewed;
    if (cert.status == QLatin1String("revoked"))
        return CertificationState::Revoked;
    if (cert.status != QLatin1String("active") || !cert.acquiredOn.isValid() || today < cert.acquiredOn)
        return CertificationState::InProgress;
    if (!cert.expiresOn.isValid())
        return CertificationState::Active;
    if (today > cert.expiresOn)
        return CertificationState::Expired;
    if (today >= cert.expiresOn.addDays(-qMax(0, recertWindowDays)))
        return CertificationState::Expiring;
    return CertificationState::Active;
}

bool certificationCounts(const Certification& cert, const QDate& today)
{
    // The window only changes the label: an expiring certificate is still valid.
    const CertificationState state = certificationState(cert, 0, today);
    return state == CertificationState::Active || state == CertificationState::Expiring;
}

QDate certificationReminderDay(const Certification& cert, int reminderDays)
{
    return cert.expiresOn.isValid() ? cert.expiresOn.addDays(-qMax(0, reminderDays)) : QDate();
}

QString certificationStateCode(CertificationState state)
{
    switch (state) {
    case CertificationState::InProgress: return QStringLiteral("in_progress");
    case CertificationState::Active: return QStringLiteral("active");
    case CertificationState::Expiring: return QStringLiteral("expiring");
    case CertificationState::Expired: return QStringLiteral("expired");
    case CertificationState::Renewed: return QStringLiteral("renewed");
    case CertificationState::Revoked: return QStringLiteral("revoked");
    }
    return {};
}

QList<Choice> certificationStates()
{
    return {
        { QStringLiteral("in_progress"), TrainingTr::tr("In progress") },
        { QStringLiteral("active"), TrainingTr::tr("Active") },
        { QStringLiteral("expiring"), TrainingTr::tr("Expiring") },
        { QStringLiteral("expired"), TrainingTr::tr("Expired") },
        { QStringLiteral("renewed"), TrainingTr::tr("Renewed") },
        { QStringLiteral("revoked"), TrainingTr::tr("Revoked") },
    };
}

QString certificationStateLabel(CertificationState state)
{
    return labelOf(certificationStates(), certificationStateCode(state));
}

QList<Choice> tierEventActions()
{
    return {
        { QStringLiteral("joined"), TrainingTr::tr("Joined the program") },
        { QStringLiteral("proposed"), TrainingTr::tr("Upgrade proposed") },
        { QStringLiteral("approved"), TrainingTr::tr("Upgrade approved") },
        { QStringLiteral("rejected"), TrainingTr::tr("Proposal rejected") },
        { QStringLiteral("applied"), TrainingTr::tr("Level applied automatically") },
        { QStringLiteral("demotion_review"), TrainingTr::tr("Demotion review opened") },
        { QStringLiteral("demoted"), TrainingTr::tr("Demoted after review") },
        { QStringLiteral("kept"), TrainingTr::tr("Level kept after review") },
        { QStringLiteral("withdrawn"), TrainingTr::tr("Pending change withdrawn") },
        { QStringLiteral("set"), TrainingTr::tr("Level set by hand") },
        { QStringLiteral("left"), TrainingTr::tr("Left the program") },
    };
}

QString tierEventActionLabel(const QString& action)
{
    return labelOf(tierEventActions(), action);
}

QList<Choice> pointsActivityTypes()
{
    return {
        { QStringLiteral("training"), TrainingTr::tr("Training") },
        { QStringLiteral("certification"), TrainingTr::tr("Certification") },
        { QStringLiteral("deal"), TrainingTr::tr("Deal") },
        { QStringLiteral("event"), TrainingTr::tr("Event") },
        { QStringLiteral("marketing"), TrainingTr::tr("Marketing") },
        { QStringLiteral("custom"), TrainingTr::tr("Other") },
    };
}

const QList<FieldDef<Course>>& courseFields()
{
    using T = Course;
    static const QList<FieldDef<T>> fields {
        FIELD_TEXT(T, "code", code),
        FIELD_TEXT(T, "name", name),
        FIELD_TEXT(T, "track", track),
        FIELD_TEXT(T, "description", description),
        FIELD_INT(T, "duration_hours", durationHours),
        FIELD_IDS(T, "prerequisites", prerequisites),
        FIELD_BOOL(T, "active", active),
    };
    return fields;
}

const QList<FieldDef<CertDefinition>>& certDefinitionFields()
{
    using T = CertDefinition;
    static const QList<FieldDef<T>> fields {
        FIELD_TEXT(T, "code", code),
        FIELD_TEXT(T, "name", name),
        FIELD_TEXT(T, "track", track),
        FIELD_TEXT(T, "description", description),
        FIELD_INT(T, "validity_months", validityMonths),
        FIELD_INT(T, "reminder_days", reminderDays),
        FIELD_INT(T, "recert_window_days", recertWindowDays),
        FIELD_IDS(T, "prerequisites", prerequisites),
        FIELD_BOOL(T, "active", active),
    };
    return fields;
}

const QList<FieldDef<CourseCompletion>>& courseCompletionFields()
{
    using T = CourseCompletion;
    static const QList<FieldDef<T>> fields {
        FIELD_ID(T, "partner_id", partnerId),
        FIELD_ID(T, "contact_id", contactId),
        FIELD_ID(T, "course_id", courseId),
        FIELD_DATE(T, "completed_on", completedOn),
        { "score", [](const T& r) { return optionalMinor(r.score); },
          [](T& r, const QVariant& v) { r.score = toOptionalMinor(v); } },
    };
    return fields;
}

const QList<FieldDef<Certification>>& certificationFields()
{
    using T = Certification;
    static const QList<FieldDef<T>> fields {
        FIELD_ID(T, "partner_id", partnerId),
        FIELD_ID(T, "contact_id", contactId),
        FIELD_ID(T, "definition_id", definitionId),
        FIELD_TEXT(T, "status", status),
        FIELD_DATE(T, "started_on", startedOn),
        FIELD_DATE(T, "acquired_on", acquiredOn),
        FIELD_DATE(T, "expires_on", expiresOn),
        FIELD_TEXT(T, "certificate_id", certificateId),
        FIELD_TEXT(T, "evidence_sha256", evidenceSha256),
        FIELD_TEXT(T, "evidence_name", evidenceName),
        FIELD_DATE(T, "reminded_on", remindedOn),
        FIELD_ID(T, "renewed_by", renewedById),
        FIELD_TEXT(T, "notes", notes),
    };
    return fields;
}

const QList<FieldDef<TierProgram>>& tierProgramFields()
{
    using T = TierProgram;
    static const QList<FieldDef<T>> fields {
        FIELD_TEXT(T, "name", name),
        FIELD_TEXT(T, "description", description),
        FIELD_TEXT(T, "currency", currency),
        FIELD_BOOL(T, "auto_upgrade", autoUpgrade),
        FIELD_BOOL(T, "active", active),
    };
    return fields;
}

const QList<FieldDef<TierLevel>>& tierLevelFields()
{
    using T = TierLevel;
    static const QList<FieldDef<T>> fields {
        FIELD_ID(T, "program_id", programId),
        FIELD_INT(T, "rank", rank),
        FIELD_TEXT(T, "name", name),
        FIELD_TEXT(T, "code", code),
        FIELD_TEXT(T, "benefits", benefits),
        FIELD_INT(T, "lead_weight", leadWeight),
        { "min_revenue_minor", [](const T& r) { return optionalMinor(r.minRevenueMinor); },
          [](T& r, const QVariant& v) { r.minRevenueMinor = toOptionalMinor(v); } },
        { "min_certified", [](const T& r) { return optionalInt(r.minCertifiedPeople); },
          [](T& r, const QVariant& v) { r.minCertifiedPeople = toOptionalInt(v); } },
        { "track_requirements", [](const T& r) { return QVariant(trackRequirementsToJson(r.trackRequirements)); },
          [](T& r, const QVariant& v) { r.trackRequirements = trackRequirementsFromJson(v.toString()); } },
        { "min_approved_registrations", [](const T& r) { return optionalInt(r.minApprovedRegistrations); },
          [](T& r, const QVariant& v) { r.minApprovedRegistrations = toOptionalInt(v); } },
        { "min_closed_won", [](const T& r) { return optionalInt(r.minClosedWon); },
          [](T& r, const QVariant& v) { r.minClosedWon = toOptionalInt(v); } },
        { "min_points", [](const T& r) { return optionalMinor(r.minPoints); },
          [](T& r, const QVariant& v) { r.minPoints = toOptionalMinor(v); } },
    };
    return fields;
}

const QList<FieldDef<ProgramMember>>& programMemberFields()
{
    using T = ProgramMember;
    static const QList<FieldDef<T>> fields {
        FIELD_ID(T, "partner_id", partnerId),
        FIELD_ID(T, "program_id", programId),
        FIELD_ID(T, "level_id", levelId),
        FIELD_ID(T, "pending_level_id", pendingLevelId),
        FIELD_TEXT(T, "pending_kind", pendingKind),
        FIELD_TEXT(T, "pending_reasons", pendingReasons),
        FIELD_TIME(T, "pending_since", pendingSince),
        FIELD_INT(T, "lead_weight", leadWeight),
        FIELD_DATE(T, "joined_on", joinedOn),
    };
    return fields;
}

const QList<FieldDef<PointsEntry>>& pointsEntryFields()
{
    using T = PointsEntry;
    static const QList<FieldDef<T>> fields {
        FIELD_ID(T, "partner_id", partnerId),
        FIELD_ID(T, "program_id", programId),
        FIELD_TEXT(T, "activity_type", activityType),
        FIELD_INT(T, "points", points),
        FIELD_DATE(T, "earned_on", earnedOn),
        FIELD_DATE(T, "expires_on", expiresOn),
        FIELD_TEXT(T, "note", note),
    };
    return fields;
}

const QList<FieldDef<TierEvent>>& tierEventFields()
{
    using T = TierEvent;
    static const QList<FieldDef<T>> fields {
        FIELD_ID(T, "partner_id", partnerId),
        FIELD_ID(T, "program_id", programId),
        FIELD_TIME(T, "at", at),
        FIELD_TEXT(T, "actor", actor),
        FIELD_TEXT(T, "action", action),
        FIELD_ID(T, "from_level_id", fromLevelId),
        FIELD_ID(T, "to_level_id", toLevelId),
        FIELD_TEXT(T, "reason", reason),
        FIELD_TEXT(T, "detail", detail),
    };
    return fields;
}

QString trackRequirementsToJson(const QList<TrackRequirement>& requirements)
{
    QJsonArray array;
    for (const TrackRequirement& requirement : requirements)
        array.append(QJsonObject { { QStringLiteral("track"), requirement.track },
                                   { QStringLiteral("count"), requirement.count } });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<TrackRequirement> trackRequirementsFromJson(const QString& json)
{
    QList<TrackRequirement> requirements;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject object = value.toObject();
        requirements.append({ object.value(QStringLiteral("track")).toString(),
                              object.value(QStringLiteral("count")).toInt() });
    }
    return requirements;
}

QString reasonsToJson(const QStringList& reasons)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(reasons)).toJson(QJsonDocument::Compact));
}

QStringList reasonsFromJson(const QString& json)
{
    QStringList reasons;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array())
        reasons.append(value.toString());
    return reasons;
}

} // namespace ChannelDesk
