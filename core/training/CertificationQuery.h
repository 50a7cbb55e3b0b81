#pragma once

#include "common/Result.h"
#include "domain/Training.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace ChannelDesk {

class Database;

/// Which certifications a list shows: the certifications screen's filter bar, its views (all, expiring, expired, in
/// progress) and the expiry chart's drill-down each produce one. Every set field is a condition; all must hold.
struct CertificationFilter
{
    QList<QByteArray> partnerIds;    ///< empty = any
    QList<QByteArray> contactIds;    ///< people; empty = any
    QList<QByteArray> definitionIds;
    QStringList tracks;              ///< the definition's track
    /// certificationStateCode() codes as of `today` (in_progress, active, expiring, expired, renewed, revoked); any
    /// of them. Expiring and expired come from expires_on and the definition's recertification window (CERT-02).
    QStringList states;
    int expiringWithinDays = -1;     ///< valid (acquired, status active) and expiring in [today, today + N]; -1 = off
    /// Status active and the expiry day in [expiresFrom, expiresTo] (either may be open): what the expiry timeline
    /// counts in a month, whether that month is past (expired) or to come.
    QDate expiresFrom;
    QDate expiresTo;
    /// Whitespace-separated words; each must start the person's first name, last name or e-mail, or the certificate
    /// id (case-insensitive for ASCII letters; prefixes, so every word is an index range, never a scan).
    QString search;
    QDate today;                     ///< reference day for states; invalid = the local today

    bool operator==(const CertificationFilter&) const = default;
    bool isEmpty() const { return *this == CertificationFilter {}; }
};

/// Sortable columns. Person, partner and definition sort by the joined name; acquired and expires by the date
/// (certifications without one first when ascending).
enum class CertificationSort { Person, Partner, Definition, Acquired, Expires };

/// A filter and sort as SQL with bound values only, over the bare certification table (`c`): every sort key is a
/// column of it (the local person, partner and definition keys of migration 7), so the list's first page is
/// `SELECT … FROM from WHERE where ORDER BY orderBy LIMIT n` walking one index, and the full order the same without
/// the LIMIT. The shape of MdfSql, so the generic list loader of ui/mdf runs it.
struct CertificationSql
{
    QString from;
    QString where;
    QVariantList values;  ///< positional bindings for `where` (and for `headWhere`)
    QString orderBy;
    /// The first page's source and conditions when the plain query would seek and sort every matching row (a state,
    /// a month, a search without a partner or a person): `SELECT … FROM headFrom WHERE headWhere ORDER BY orderBy
    /// LIMIT n`, same bindings, walks the sort index testing each row and reads at most a bounded number of its
    /// entries. Its rows are the head of the full order, possibly fewer than n (the walk stopped at its bound): the
    /// list shows them at once and the full order completes them (MdfSql::headFrom's contract). Empty otherwise.
    QString headFrom;
    QString headWhere;

    bool operator==(const CertificationSql&) const = default;
};

/// One row of the certification list.
struct CertificationRow
{
    qint64 localId = 0;
    QByteArray id;
    QByteArray partnerId;
    QString partnerName;
    QByteArray contactId;
    QString firstName;
    QString lastName;
    QString email;
    QByteArray definitionId;
    QString definitionName;
    QString definitionCode;
    QString track;
    QString status;        ///< stored status: in_progress | active | renewed | revoked
    QDate startedOn;
    QDate acquiredOn;
    QDate expiresOn;
    QString certificateId;
    QDate remindedOn;
    int recertWindowDays = 0;
    int reminderDays = 0;
    QString evidenceName;
    QByteArray renewedById;

    QString personName() const; ///< as Contact::displayName()
    CertificationState stateOn(const QDate& today) const;
    Certification certification() const; ///< the fields certificationState() needs
};

/// CERT-01 reminder state of an expiring certification.
enum class ReminderState { NotYetDue, Due, Reminded };

/// One person's certification in the expiring view.
struct ExpiringCertification
{
    CertificationRow row;
    CertificationState state = CertificationState::Active;
    QDate reminderDay;       ///< expiresOn − reminderDays
    ReminderState reminder = ReminderState::NotYetDue;
};

/// A partner in the expiring view: how many of its people's certifications expire (or expired) in the horizon.
struct ExpiringPartner
{
    QByteArray partnerId;
    QString name;
    int count = 0;           ///< certifications listed under it
    int remindersDue = 0;    ///< of those, reminder due and not sent
    int expired = 0;         ///< of those, already expired
    QDate firstExpiry;       ///< the earliest expiry day among them
};

/// What the expiring view lists: certifications still valid on paper (status active) expiring within `withinDays`
/// of `today`, and optionally those that expired within the last `expiredWithinDays` days, narrowed by `scope`'s
/// partner, person, definition, track and search conditions (its states and expiry fields are ignored).
struct ExpiringFilter
{
    CertificationFilter scope;
    int withinDays = 60;
    int expiredWithinDays = 0;
    QDate today;             ///< invalid = the local today

    bool operator==(const ExpiringFilter&) const = default;
};

/// How the expiry timeline stacks its bars.
enum class TimelineGroup { Track, Definition };

/// Certifications expiring per month (the expiry timeline chart): `monthsBack` past months, the current month and
/// the months after it, each split by track or definition, plus how many have already expired.
struct ExpiryTimeline
{
    struct Series
    {
        QString label;            ///< the track ("" = no track) or the definition's name
        QString track;            ///< TimelineGroup::Track
        QByteArray definitionId;  ///< TimelineGroup::Definition
        QList<qint64> counts;     ///< one per month
    };
    QDate today;
    QList<QDate> months;          ///< first day of each month, oldest first
    QList<Series> series;         ///< largest total first
    qint64 expired = 0;           ///< status active and expired before today (every month, not only those shown)
    qint64 expiredBefore = 0;     ///< of those, expired before the first month shown

    qint64 monthTotal(int month) const;
    QDate monthEnd(int month) const; ///< last day of months[month]
};

/// Lists of certifications for a million rows (the big partner list's technique, docs/architecture.md): filters and
/// sorts become SQL on bound values and the indexes of migration steps 7 and 8, so the first page of any view is an
/// index walk that stops after a page (CertificationSql::headWhere where the plain query would sort); the full order
/// is one ordered read of local ids.
namespace CertificationQuery {

/// The day a filter means by "today".
QDate referenceDay(const QDate& today);

CertificationSql build(const CertificationFilter& filter, CertificationSort sort, bool descending);
/// Whether the first page of this sort walks an index without sorting (for the plan tests).
bool isIndexed(CertificationSort sort);

/// The SELECT list of a row over alias `c` (correlated lookups only, so it works over any FROM that has `c`):
/// c.local_id, c.id, then the values rowFromValues() reads. Dates are ISO text.
QString rowColumns();
/// How many values follow local_id and id.
int rowValueCount();
/// Indexes (after local_id and id) of the values that are dates.
QList<int> dateValueIndexes();
/// A row from local_id, id and the values after them (dates as QDate or ISO text).
CertificationRow rowFromValues(qint64 localId, const QByteArray& id, const QVariantList& values);

/// The first `limit` rows in order (the list's first page): the head walk when there is one and it found them all,
/// otherwise the plain query.
Result<QList<CertificationRow>> firstPage(Database& db, const CertificationFilter& filter, CertificationSort sort,
                                          bool descending, int limit);
/// Every matching local id, in order.
Result<QList<qint64>> orderedIds(Database& db, const CertificationFilter& filter, CertificationSort sort,
                                 bool descending);
/// The rows of `localIds`, in that order (missing ones left out).
Result<QList<CertificationRow>> rows(Database& db, const QList<qint64>& localIds);
Result<qint64> count(Database& db, const CertificationFilter& filter);

/// CERT-01: due when today ≥ expiresOn − reminderDays and no reminder was sent; reminded once remindedOn is set.
ReminderState reminderState(const QDate& expiresOn, int reminderDays, const QDate& remindedOn, const QDate& today);
/// "Reminder due", "Reminded on <date>", "Not yet due".
QString reminderStateLabel(ReminderState state, const QDate& remindedOn);

/// How many partners the expiring view paints first (the rest follow once that page is shown).
inline constexpr int ExpiringFirstPageSize = 120;
/// expiringPartners() with a limit walks the partners by name when at least this many certificates are listed (then
/// enough partners have one for the walk to fill a page soon); below it, grouping them all costs less.
inline constexpr int ExpiringWalkThreshold = 4000;

/// The expiring view's partners, by name (then local id): each with its count. All of them (one GROUP BY over the
/// expiry index range) or, with `limit` ≥ 0, the first `limit` of that list: the view's first page, found by walking
/// the partners' name index (migration 8) when many partners have expiring certificates.
Result<QList<ExpiringPartner>> expiringPartners(Database& db, const ExpiringFilter& filter, int limit = -1);
/// One partner's expiring certifications, soonest first, then by person.
Result<QList<ExpiringCertification>> expiringOf(Database& db, const ExpiringFilter& filter, const QByteArray& partnerId);

/// The expiry timeline over `scope`'s partner, person, definition, track and search conditions (its states and
/// expiry fields are ignored). Without a partner, person or search it sums certification_expiry_count (migration 8:
/// active certificates per expiry day and definition, kept by triggers), otherwise it groups the scope's rows: the
/// same counts either way.
Result<ExpiryTimeline> expiryTimeline(Database& db, const CertificationFilter& scope, TimelineGroup group,
                                      int monthsBack = 3, int monthsAhead = 12);

} // namespace CertificationQuery

} // namespace ChannelDesk
