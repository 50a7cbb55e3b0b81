#pragma once

#include "common/Result.h"
#include "domain/Training.h"

#include <QByteArray>
#include <QDate>
#include <QtGlobal>

#include <functional>

namespace ChannelDesk {

class Database;

/// Realistic training, certification and partner program data for the partners and contacts already in a database,
/// for demos and benchmarks (`channeldesk-cli generate --certifications N`, issue 6).
///
/// - Catalogue (once; found again by code on later runs): 40 courses and 20 certification definitions in five tracks
///   (Networking, Security, Cloud, Collaboration, Data Center), validity 12–36 months (one foundation certificate
///   never expires), reminders 30–60 days and recertification windows 60–90 days before expiry; every definition
///   but the foundation one requires one or two courses of its track.
/// - A program "Partner Program" (USD, upgrades need a CAM) with four levels, TIER-01's ladder where each tier asks
///   about twice the previous (revenue 2.4–2.5×), sized for the partners DealGenerator makes (a few deals a year):
///   Registered (registered: 1 certified person), Silver (silver: 2 certified people, 10,000 revenue, 1 approved
///   registration), Gold (gold: 3 certified people with 1 in Security, 25,000 revenue, 2 approved registrations,
///   1 closed-won, 300 points), Platinum (platinum: 5 certified people with 2 in Networking and 1 in Security,
///   60,000 revenue, 3 approved registrations, 2 closed-won, 800 points). Lead weights 5, 15, 35, 60 (TIER-06).
/// - A program_member for every live partner that has none, joined on the partnership start (or a day in the last three
///   years), lead weight copied from its level. The program has been running: a member is placed at the level its
///   generated data qualifies for on the reference day (TierMetrics + TierEvaluator), except about 8 % one level too
///   high and 8 % one level too low, so the first TierEngine run has demotion reviews and upgrade proposals to make as
///   an hourly run would; the partner's tier becomes that level's code (TIER-06). With setRecordOutbox(true) partners
///   keep their tier and members join at it, as TierProgramRepository::join places them.
/// - Exactly N certifications over the existing contacts, more and more people certified the higher the partner's
///   tier: chains per person and definition whose first certificate was acquired in the last ~3 years; a chain is
///   renewed (the earlier record archived as "renewed", renewed_by set, the new one acquired in or just after the
///   recertification window) about 70 % of the time its certificate is due, so on the reference day some are active,
///   some expiring, some expired, a few revoked, and some people are in progress. At most one live active or
///   in-progress record per person and definition (what CertificationRepository enforces); expiry =
///   certificationExpiry(acquired, validity). Certificate ids are unique.
/// - Course completions for every certified person's prerequisite courses, before the first acquisition.
/// - Points entries (TIER-04) for members, more for higher tiers, each expiring a year after it was earned.
/// - Optionally (setDeals) deal registrations and opportunities through DealGenerator first, so revenue, approved
///   registrations and closed-won counts vary by partner.
///
/// Deterministic: the same seed, reference day, partners and contacts give the same rows (ids included). Rows are
/// written with prepared SQLite statements in one transaction, column for column as the repositories store them
/// (through the field tables of domain/Training.h); by default without outbox entries or tier history (generated data
/// is for demos and benchmarks). A big load rebuilds the certification and completion indexes once at the end.
class TrainingGenerator final
{
public:
    TrainingGenerator(Database& db, quint64 seed);
    ~TrainingGenerator();
    TrainingGenerator(const TrainingGenerator&) = delete;
    TrainingGenerator& operator=(const TrainingGenerator&) = delete;

    /// The day the data is generated around ("today"). Invalid (default) = the local date when generate() runs.
    void setReferenceDay(const QDate& day) { m_referenceDay = day; }
    /// Deals to generate first with DealGenerator (default 0).
    void setDeals(qint64 deals) { m_deals = deals; }
    /// Whether every row also gets its 'create' outbox entry, as the repositories would write (default off).
    void setRecordOutbox(bool record) { m_recordOutbox = record; }
    /// Whether each new member gets its 'joined' tier_event (default off).
    void setWithEvents(bool events) { m_withEvents = events; }
    /// Points entries per member on average for a Gold partner (others scale with their tier; default 4).
    void setPointsPerMember(int points) { m_pointsPerMember = points; }
    /// `progress(done, total)` in certifications, every few thousand; returning false cancels (nothing is kept).
    void setProgress(std::function<bool(qint64, qint64)> progress) { m_progress = std::move(progress); }

    /// Adds the catalogue and program when missing, members for partners without one, and `certifications`
    /// certification records (0 is allowed: catalogue, program and members only), in one transaction (deals, when
    /// asked, in DealGenerator's own transaction before). On error or cancellation nothing of this call's training
    /// data is kept. Needs at least one live partner (NotFound), and enough contacts for N records (Validation).
    Status generate(qint64 certifications);

    /// The catalogue and program the generator writes, also used by the first-run sample (SampleData) through the
    /// repositories: courses and definitions without ids, their prerequisites named by course code (parallel lists,
    /// in an order where every prerequisite comes first), the program and its levels rank ascending (no ids).
    struct Standard
    {
        QList<Course> courses;
        QList<QStringList> coursePrerequisites;
        QList<CertDefinition> definitions;
        QList<QStringList> definitionPrerequisites;
        TierProgram program;
        QList<TierLevel> levels;
    };
    static Standard standard();

    QByteArray programId() const { return m_programId; }
    qint64 coursesAdded() const { return m_courses; }
    qint64 definitionsAdded() const { return m_definitions; }
    qint64 levelsAdded() const { return m_levels; }
    qint64 membersAdded() const { return m_members; }
    qint64 certificationsAdded() const { return m_certifications; }
    qint64 renewedAdded() const { return m_renewed; }     ///< of the certifications: archived as renewed
    qint64 inProgressAdded() const { return m_inProgress; }
    qint64 revokedAdded() const { return m_revoked; }
    qint64 completionsAdded() const { return m_completions; }
    qint64 pointsAdded() const { return m_points; }
    qint64 eventsAdded() const { return m_events; }
    qint64 partnersRetiered() const { return m_retiered; } ///< partners whose tier was set to their placed level
    qint64 dealsAdded() const { return m_dealsAdded; }
    /// Where the time went, milliseconds: deals, planning, inserting, rebuilding indexes, placing members, committing.
    qint64 dealsMs() const { return m_dealsMs; }
    qint64 prepareMs() const { return m_prepareMs; }
    qint64 insertMs() const { return m_insertMs; }
    qint64 indexMs() const { return m_indexMs; }
    qint64 placeMs() const { return m_placeMs; } ///< measuring every partner and writing the members
    qint64 commitMs() const { return m_commitMs; }

private:
    struct Impl;
    void resetCounts();

    Database& m_db;
    quint64 m_seed;
    QDate m_referenceDay;
    qint64 m_deals = 0;
    bool m_recordOutbox = false;
    bool m_withEvents = false;
    int m_pointsPerMember = 4;
    std::function<bool(qint64, qint64)> m_progress;

    QByteArray m_programId;
    qint64 m_courses = 0;
    qint64 m_definitions = 0;
    qint64 m_levels = 0;
    qint64 m_members = 0;
    qint64 m_certifications = 0;
    qint64 m_renewed = 0;
    qint64 m_inProgress = 0;
    qint64 m_revoked = 0;
    qint64 m_completions = 0;
    qint64 m_points = 0;
    qint64 m_events = 0;
    qint64 m_dealsAdded = 0;
    qint64 m_dealsMs = 0;
    qint64 m_prepareMs = 0;
    qint64 m_insertMs = 0;
    qint64 m_indexMs = 0;
    qint64 m_placeMs = 0;
    qint64 m_retiered = 0;
    qint64 m_commitMs = 0;
};

} // namespace ChannelDesk
