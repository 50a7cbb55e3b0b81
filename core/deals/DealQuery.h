#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <utility>

namespace ChannelDesk {

/// Which deals a list or a report looks at. The deals screen's filter bar, its saved views ("Waiting for me",
/// "Expiring in ≤ 14 days") and the dashboard's drill-down (dashboard filter + the clicked bucket) all produce one.
struct DealFilter
{
    QString kind;                   ///< "registration" | "opportunity" | empty = both
    QStringList statuses;           ///< empty = any
    QDate closeFrom;                ///< expected close date range (inclusive); invalid = open-ended
    QDate closeTo;
    QList<QByteArray> partnerIds;   ///< empty = any
    QStringList tiers;              ///< partner tier codes ("" = no tier)
    QStringList countries;          ///< partner country (ISO 3166-1 alpha-2)
    QStringList regions;            ///< partner region
    QStringList cams;
    QString salesStage;             ///< one sales stage code
    QString quarter;                ///< expected close in this quarter, "2026-Q4"
    bool openOnly = false;          ///< DealWorkflow::isOpen
    bool pastClose = false;         ///< open and expected close before today (PIPE-03)
    bool stalled = false;           ///< open and unchanged for DealProgram::stalledDays (PIPE-03)
    int expiringWithinDays = -1;    ///< approved registrations expiring within N days (DR-08); -1 = off
    QString waitingFor;             ///< pending_approval waiting for this user: one of its approvers (DR-03), or
                                    ///< its CAM when it has none (DR-13)
    bool convertedOnly = false;     ///< opportunities created from a registration (PIPE-03)
    QString search;                 ///< words matched against number, customer and partner names (folded)
    bool archived = false;          ///< DR-12 Archived view: deleted deals (archived, deleted drafts), not live ones
    QDate today;                    ///< reference day for pastClose/stalled/expiring; invalid = the local today

    bool operator==(const DealFilter&) const = default;
};

/// Sortable columns of the deals list.
enum class DealSort { Number, Partner, Customer, Status, Stage, Amount, ExpectedClose, Expires, Submitted, Cam, Updated };

/// A filter turned into SQL over `deal d JOIN partner p` with bound values only (no user text in SQL).
struct DealSql
{
    QString where;        ///< "d.deleted_at IS NULL AND …" (IS NOT NULL in the Archived view)
    QVariantList values;  ///< positional bindings for `where`
    QString orderBy;      ///< "d.amount_minor DESC, d.local_id DESC"
};

/// Every field of DealFilter is a condition (all must hold); `search` needs every folded word (TextFold::words) to
/// be the prefix of a word of d.search_text. That is a LIKE per word over the rows the other conditions leave: it
/// scans them (no index), fine for type-ahead on a filtered list, a full scan on an unfiltered million.
/// ORDER BY always ends on d.local_id (same direction), so the order is total; Number, Customer, Status, Stage,
/// Amount (raw minor units, not converted), ExpectedClose, Expires, Submitted, Cam and Updated walk the partial
/// indexes of migration step 5 (deal_by_status, deal_sort_*); Partner (the partner's name) cannot be indexed on
/// the deal table and sorts.
namespace DealQuery {
/// `stalledDays` comes from DealProgram.
DealSql build(const DealFilter& filter, DealSort sort, bool descending, int stalledDays = 30);

/// The day a filter means by "today": `filter.today`, else the local date.
QDate referenceDay(const DealFilter& filter);
/// PIPE-03 stalled: an open deal whose updated_at is before this instant (the local start of the day
/// `stalledDays` before `today`, in UTC). PipelineReport uses the same cut-off so its count equals the list's.
QDateTime stalledBefore(const QDate& today, int stalledDays);
/// "2026-Q4" for a date (empty for an invalid one).
QString quarterKey(const QDate& date);
/// First and last day of a quarter key; invalid dates when `key` is not "YYYY-Qn".
std::pair<QDate, QDate> quarterRange(const QString& key);
/// Registration statuses that count as open for the pipeline (DealWorkflow::isOpen); opportunities: "open".
const QStringList& openRegistrationStatuses();
}

} // namespace ChannelDesk
