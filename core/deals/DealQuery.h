#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

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
    QString waitingFor;             ///< pending_approval whose approver (or CAM when no approver) is this user (DR-13)
    bool convertedOnly = false;     ///< opportunities created from a registration (PIPE-03)
    QString search;                 ///< words matched against number, customer and partner names (folded)
    QDate today;                    ///< reference day for pastClose/stalled/expiring; invalid = the local today

    bool operator==(const DealFilter&) const = default;
};

/// Sortable columns of the deals list.
enum class DealSort { Number, Partner, Customer, Status, Stage, Amount, ExpectedClose, Expires, Submitted, Cam, Updated };

/// A filter turned into SQL over `deal d JOIN partner p` with bound values only (no user text in SQL).
struct DealSql
{
    QString where;        ///< "d.deleted_at IS NULL AND …"
    QVariantList values;  ///< positional bindings for `where`
    QString orderBy;      ///< "d.amount_base DESC, d.local_id DESC"
};

namespace DealQuery {
/// `stalledDays` comes from DealProgram.
DealSql build(const DealFilter& filter, DealSort sort, bool descending, int stalledDays = 30);
}

} // namespace ChannelDesk
