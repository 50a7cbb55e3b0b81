#pragma once

#include "common/Money.h"
#include "domain/Partner.h" // Choice
#include "domain/Record.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ChannelDesk {

// Training, certifications and partner program tiers (issue 6, CERT-01…03, TIER-01…06). Plain data; rules live in
// core/training. Vendor-wide definitions (courses, certification definitions, programs and their levels) are shared
// sync records every CAM reads and only an administrator changes on the server; a partner's records (course
// completions, certifications, program membership, points, tier history) are in the partner's scope. To add a field:
// a member here, a row in the entity's field table (Training.cpp), a migration, its sync kind in SyncSchema.cpp if
// it is not plain text, its rule in the repository's validation and its widget in ui/training.

/// A course a partner's people take (a training completion counts toward prerequisites, CERT-01).
struct Course
{
    QByteArray id;
    QString code;             ///< short unique code, e.g. "NET-101"; matched by CSV import
    QString name;
    QString track;            ///< e.g. "Networking", "Security"; free text shared with certification definitions
    QString description;
    int durationHours = 0;
    QList<QByteArray> prerequisites; ///< course ids that must be completed first (no cycles)
    bool active = true;       ///< inactive courses stay for history but are not offered
    RecordMeta meta;
};

/// What a certification is and how long it lasts (CERT-01/02).
struct CertDefinition
{
    QByteArray id;
    QString code;             ///< unique, e.g. "CNA"; matched by CSV import
    QString name;
    QString track;            ///< tier criteria may count certified people per track (TIER-02)
    QString description;
    int validityMonths = 24;  ///< expiry = acquired + months (0 = never expires)
    int reminderDays = 30;    ///< CERT-01: remind this many days before expiry
    int recertWindowDays = 60; ///< CERT-02: "Expiring" (recertification open) this many days before expiry
    QList<QByteArray> prerequisites; ///< course ids a person must have completed to be certified
    bool active = true;
    RecordMeta meta;
};

/// A partner contact finished a course.
struct CourseCompletion
{
    QByteArray id;
    QByteArray partnerId;     ///< sync scope
    QByteArray contactId;
    QByteArray courseId;
    QDate completedOn;
    std::optional<qint64> score; ///< percent, if the course is scored
    RecordMeta meta;
};

/// One certificate of one person (CERT-01…03). Renewing issues a new record and marks this one "renewed" (CERT-02:
/// old attempts are archived, never overwritten), so the history of a person's certificates stays complete.
struct Certification
{
    QByteArray id;
    QByteArray partnerId;     ///< sync scope; = the contact's partner (CERT-03 roll-up)
    QByteArray contactId;
    QByteArray definitionId;
    QString status = QStringLiteral("in_progress"); ///< stored: in_progress | active | renewed | revoked
    QDate startedOn;
    QDate acquiredOn;         ///< set when passed
    QDate expiresOn;          ///< acquired + validity months (certificationExpiry); last valid day; empty = never
    QString certificateId;    ///< the issuer's certificate number (evidence)
    QString evidenceSha256;   ///< evidence attachment content (blob store), empty if none
    QString evidenceName;     ///< its file name
    QDate remindedOn;         ///< CERT-01: when the expiry reminder was sent (empty = not yet)
    QByteArray renewedById;   ///< the certification that replaced this one, once renewed
    QString notes;
    RecordMeta meta;
};

/// A partner program (TIER-01): its levels form the ladder partners climb.
struct TierProgram
{
    QByteArray id;
    QString name;
    QString description;
    QString currency = QStringLiteral("USD"); ///< revenue criteria are in this currency (converted, never mixed)
    bool autoUpgrade = false; ///< TIER-02: upgrades apply without a CAM's approval (demotions never do)
    bool active = true;
    RecordMeta meta;
};

/// Certified people needed in one track (TIER-02 "optionally per track").
struct TrackRequirement
{
    QString track;
    int count = 0;

    bool operator==(const TrackRequirement&) const = default;
};

/// A rung of a program (TIER-01) and what it takes (TIER-02/03). Every criterion that is set must be met.
struct TierLevel
{
    QByteArray id;
    QByteArray programId;
    int rank = 1;             ///< 1 = lowest; unique within the program
    QString name;             ///< "Gold"
    QString code;             ///< partner tier code copied to partner.tier (registered | silver | gold | platinum | …)
    QString benefits;
    int leadWeight = 0;       ///< TIER-06: share of leads routed to members at this level (0 = none)
    std::optional<qint64> minRevenueMinor;  ///< trailing 12 months closed-won revenue, program currency
    std::optional<int> minCertifiedPeople;  ///< people with at least one valid certification
    QList<TrackRequirement> trackRequirements; ///< certified people per track
    std::optional<int> minApprovedRegistrations; ///< deal registrations approved in the trailing 12 months
    std::optional<int> minClosedWon;        ///< opportunities won in the trailing 12 months
    std::optional<qint64> minPoints;        ///< TIER-04 unexpired points
    RecordMeta meta;
};

/// A partner's place in a program (TIER-01 ChannelProgramMember) with any change waiting for review (TIER-03).
struct ProgramMember
{
    QByteArray id;
    QByteArray partnerId;     ///< sync scope; one member per partner and program
    QByteArray programId;
    QByteArray levelId;       ///< current level; empty = not yet placed
    QByteArray pendingLevelId; ///< proposed level, empty when nothing waits
    QString pendingKind;      ///< "" | upgrade | demotion
    QString pendingReasons;   ///< JSON array of reason texts (criteria met / no longer met), for the reviewer
    QDateTime pendingSince;
    int leadWeight = 0;       ///< TIER-06: copied from the level when the level changes
    QDate joinedOn;
    RecordMeta meta;
};

/// Points a partner earned for an activity (TIER-04); they stop counting after expiresOn.
struct PointsEntry
{
    QByteArray id;
    QByteArray partnerId;
    QByteArray programId;
    QString activityType;     ///< e.g. "training", "event", "deal", "marketing", "custom"
    qint64 points = 0;
    QDate earnedOn;
    QDate expiresOn;          ///< last counting day; empty = never expires
    QString note;
    RecordMeta meta;
};

/// A row of a partner's tier history: who, when, from, to, why (created once, never changed).
struct TierEvent
{
    QByteArray id;
    QByteArray partnerId;
    QByteArray programId;
    QDateTime at;             ///< UTC
    QString actor;            ///< user, or "system" for the automatic evaluation
    QString action;           ///< joined | proposed | approved | rejected | applied | demotion_review | demoted | kept | withdrawn | set | left
    QByteArray fromLevelId;
    QByteArray toLevelId;
    QString reason;
    QString detail;           ///< JSON: the metrics and the criteria they were judged against
    RecordMeta meta;
};

/// What a person's certification is on a given local day (CERT-01/02).
enum class CertificationState { InProgress, Active, Expiring, Expired, Renewed, Revoked };

/// Expiry day of a certificate acquired on `acquired` that lasts `validityMonths` (0: never, invalid date). Month
/// arithmetic clamps to the month's end (acquired 31 January, 1 month: 28/29 February).
QDate certificationExpiry(const QDate& acquired, int validityMonths);
/// The state on local day `today`: valid through expiresOn inclusive; "Expiring" from expiresOn − window (CERT-02).
CertificationState certificationState(const Certification& cert, int recertWindowDays, const QDate& today);
/// Whether a person counts as certified on `today` (Active or Expiring).
bool certificationCounts(const Certification& cert, const QDate& today);
/// The day the reminder is due (expiresOn − reminderDays), invalid if it never expires.
QDate certificationReminderDay(const Certification& cert, int reminderDays);

QString certificationStateLabel(CertificationState state);
QString certificationStateCode(CertificationState state); ///< in_progress | active | expiring | expired | renewed | revoked
QList<Choice> certificationStates(); ///< the six states, for filters
QList<Choice> tierEventActions();
QList<Choice> pointsActivityTypes();
QString tierEventActionLabel(const QString& action);

const QList<FieldDef<Course>>& courseFields();
const QList<FieldDef<CertDefinition>>& certDefinitionFields();
const QList<FieldDef<CourseCompletion>>& courseCompletionFields();
const QList<FieldDef<Certification>>& certificationFields();
const QList<FieldDef<TierProgram>>& tierProgramFields();
const QList<FieldDef<TierLevel>>& tierLevelFields();
const QList<FieldDef<ProgramMember>>& programMemberFields();
const QList<FieldDef<PointsEntry>>& pointsEntryFields();
const QList<FieldDef<TierEvent>>& tierEventFields();

/// JSON text of list columns (compact arrays; id lists use Uuid::listToJson).
QString trackRequirementsToJson(const QList<TrackRequirement>& requirements);
QList<TrackRequirement> trackRequirementsFromJson(const QString& json);
QString reasonsToJson(const QStringList& reasons);
QStringList reasonsFromJson(const QString& json);

} // namespace ChannelDesk
