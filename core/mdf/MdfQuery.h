#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace ChannelDesk {

/// Which date a list's date range applies to.
enum class MdfDateField {
    Activity,      ///< requests: the activity (start…end) overlaps the range
    Submitted,     ///< the local day of submitted_at
    Decided,       ///< the local day of decided_at
    ClaimDeadline, ///< requests: the claim deadline (MDF-10)
};

/// Which fund requests a list shows: the requests screen's filter bar, its saved views and the budget tree's
/// "show allocation" all produce one. Every set field is a condition; all must hold.
struct MdfRequestFilter
{
    QString search;                  ///< words matched against number, title, campaign and partner name
    QStringList statuses;            ///< mdfRequestStatuses() codes; empty = any
    QList<QByteArray> partnerIds;    ///< empty = any
    QList<QByteArray> budgetIds;     ///< requests drawing on these budgets' allocations
    QList<QByteArray> allocationIds;
    QStringList activityTypes;       ///< mdfActivityTypes() codes
    MdfDateField dateField = MdfDateField::Activity;
    QDate dateFrom;                  ///< inclusive local days; invalid = open-ended
    QDate dateTo;
    QString waitingFor;              ///< submitted and this user decides: the approver, or the budget owner when none
    int deadlineWithinDays = -1;     ///< MDF-10: approved with something left to claim, deadline in [today, today + N]
    int overdueHours = -1;           ///< submitted more than N hours ago and still undecided (SLA); -1 = off
    QDate today;                     ///< reference day; invalid = the local today
    QDateTime now;                   ///< reference instant for overdueHours; invalid = now

    bool operator==(const MdfRequestFilter&) const = default;
};

/// Which claims a list shows.
struct MdfClaimFilter
{
    QString search;                  ///< words matched against number, title, partner name and the request's
                                     ///< number, title and campaign
    QStringList statuses;            ///< mdfClaimStatuses() codes; empty = any
    QList<QByteArray> partnerIds;
    QList<QByteArray> budgetIds;
    QList<QByteArray> allocationIds;
    QList<QByteArray> requestIds;
    QStringList activityTypes;       ///< the request's activity type
    MdfDateField dateField = MdfDateField::Submitted; ///< Activity and ClaimDeadline are the request's dates
    QDate dateFrom;
    QDate dateTo;
    QString waitingFor;              ///< submitted and this user decides: the approver, or the budget owner when none
    bool unpaidOnly = false;         ///< approved or partially paid: money still owed (MDF-11)
    int overdueHours = -1;           ///< submitted more than N hours ago and still undecided (SLA); -1 = off
    QDateTime now;

    bool operator==(const MdfClaimFilter&) const = default;
};

/// Sortable columns of the request list. Each one an index serves (isIndexed) walks it for ORDER BY … LIMIT.
enum class MdfRequestSort { Number, Title, Partner, Status, ActivityType, Requested, Approved, Start, End, ClaimDeadline,
                            Submitted, Approver, Updated };
/// Sortable columns of the claim list.
enum class MdfClaimSort { Number, Title, Partner, Request, Status, Claimed, Approved, Paid, Submitted, Decided, Approver,
                          Updated };

/// A filter and sort as SQL with bound values only (no user text in SQL). Requests are `r` (mdf_request), claims
/// `c` (mdf_claim); `p` (partner) is joined only when the order needs it.
struct MdfSql
{
    QString from;         ///< "mdf_request r" or "mdf_request r JOIN partner p ON p.id = r.partner_id"
    QString where;        ///< "r.deleted_at IS NULL AND …"
    QVariantList values;  ///< positional bindings for `where`
    QString orderBy;      ///< "r.number DESC, r.local_id DESC"
    /// Sort by partner name only: no index orders requests by their partner's name, so the first page walks the
    /// partners' name index and each partner's rows instead (`SELECT … FROM headFrom WHERE headWhere ORDER BY
    /// orderBy LIMIT n`, same bindings). Rows of deleted partners are missing from it, so that page is an
    /// approximation the full order corrects. Empty otherwise: the first page is the query itself with a LIMIT.
    QString headFrom;
    QString headWhere;
    /// Two rewrites of `where` for the first page when it tests a status or searches and the order has an index of
    /// its own (both empty otherwise). Without statistics SQLite takes any status filter or search set for
    /// selective: it reads every matching row and sorts them all, slow when many rows match. Both rewrites walk the
    /// sort index instead and stop at the page's last row:
    /// - walkWhere tests each row's status (`+r.status IN (…)`) and the search words in its search_text (LIKE):
    ///   fastest when the status or the word is common (paid claims are 78 % of claims);
    /// - memberWhere tests membership in the sets of matching local ids, each built once, from the status index
    ///   alone (`+r.local_id IN (SELECT … WHERE status IN (…))`) or from the search's FTS5 index: no table read per
    ///   walked row, so it also suits a status or word that is rarer or bunched at one end of the order.
    /// MdfListLoader::firstPageIds tries them within budgets (with a search, the plain `where` between the two: it
    /// reads a rare search's few matches from the FTS set) and falls back to `where`. Same bindings, same rows.
    QString walkWhere;
    QString memberWhere;
    /// `where` holds a search: its sets are cheap for a rare word, so MdfListLoader tries the plain query first,
    /// within a budget, before any walk.
    bool search = false;

    bool operator==(const MdfSql&) const = default;
};

/// ORDER BY always ends on local_id in the same direction, so the order is total and SQLite can walk an index
/// backwards. Search: each word of the text (folded, TextFold::words) must start a word of the record's number,
/// title or campaign (mdf_request_fts / mdf_claim_fts over the local search_text), of its partner's name
/// (partner_fts) or, for a claim, of its request's words: accent- and case-insensitive, read from indexes only.
namespace MdfQuery {

MdfSql build(const MdfRequestFilter& filter, MdfRequestSort sort, bool descending);
MdfSql build(const MdfClaimFilter& filter, MdfClaimSort sort, bool descending);

/// Whether an index of migration step 6 gives this order without sorting (Partner: the first page only).
bool isIndexed(MdfRequestSort sort);
bool isIndexed(MdfClaimSort sort);

/// The day and instant a filter means by "today" and "now".
QDate referenceDay(const QDate& today);
QDateTime referenceNow(const QDateTime& now);

} // namespace MdfQuery

} // namespace ChannelDesk
