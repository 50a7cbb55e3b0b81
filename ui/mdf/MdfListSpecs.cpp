#include "MdfListSpecs.h"

#include "domain/Mdf.h"

#include <QCoreApplication>

namespace ChannelDesk {

namespace {

struct SpecTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::MdfListSpecs)
};

using Kind = MdfListColumn::Kind;

MdfListColumn column(const QString& header, Kind kind, int value, int sort, int currency = -1,
                     const QString& toolTip = {})
{
    MdfListColumn c;
    c.widthEm = kind == Kind::Text ? 11 : kind == Kind::Money ? 9 : 8;
    c.header = header;
    c.kind = kind;
    c.value = value;
    c.sort = sort;
    c.currency = currency;
    c.headerToolTip = toolTip;
    return c;
}

MdfListColumn wide(MdfListColumn c)
{
    c.widthEm = 16;
    return c;
}

QHash<QString, QString> labels(const QList<Choice>& choices)
{
    QHash<QString, QString> result;
    for (const Choice& choice : choices)
        result.insert(choice.code, choice.label);
    return result;
}

// The sort key of a column, or -1 when no index of migration step 6 gives that order: sorting 100,000 requests or
// 300,000 claims without one takes seconds, for the first page too (the sorter reads every row before the first).
int key(MdfRequestSort sort)
{
    return MdfQuery::isIndexed(sort) ? static_cast<int>(sort) : -1;
}

int key(MdfClaimSort sort)
{
    return MdfQuery::isIndexed(sort) ? static_cast<int>(sort) : -1;
}

} // namespace

namespace MdfRequestList {

MdfListSpec spec()
{
    // Values after local_id and id, in this order.
    enum Value { VNumber, VTitle, VPartner, VStatus, VRequested, VApproved, VCurrency, VStart, VEnd, VDeadline,
                 VSubmitted, VApprover, VActivity };
    MdfListSpec s;
    s.name = QStringLiteral("requests");
    s.table = QStringLiteral("mdf_request r");
    s.alias = QStringLiteral("r");
    // The partner's name and who decides are primary-key lookups per row of a page, so a query that neither filters
    // nor sorts on them never joins 100,000 rows. Who decides: the approver, else the budget's owner (MDF-05).
    s.rowColumns = QStringLiteral(
        "r.local_id, r.id, r.number, r.title, (SELECT name FROM partner WHERE partner.id = r.partner_id), r.status, "
        "r.requested_minor, r.approved_minor, r.currency, r.start_date, r.end_date, r.claim_deadline, r.submitted_at, "
        "CASE WHEN r.approver <> '' THEN r.approver ELSE (SELECT xb.owner FROM mdf_allocation xa JOIN mdf_budget xb "
        "ON xb.id = xa.budget_id WHERE xa.id = r.allocation_id) END, r.activity_type");
    s.decode = { MdfListStatement::Raw, MdfListStatement::Raw, MdfListStatement::Raw, MdfListStatement::Raw,
                 MdfListStatement::Raw, MdfListStatement::Raw, MdfListStatement::Raw, MdfListStatement::Date,
                 MdfListStatement::Date, MdfListStatement::Date, MdfListStatement::Instant, MdfListStatement::Raw,
                 MdfListStatement::Raw };
    s.columns = {
        column(SpecTr::tr("Number"), Kind::Text, VNumber, key(MdfRequestSort::Number)),
        wide(column(SpecTr::tr("Title"), Kind::Text, VTitle, key(MdfRequestSort::Title))),
        column(SpecTr::tr("Partner"), Kind::Text, VPartner, key(MdfRequestSort::Partner)),
        column(SpecTr::tr("Status"), Kind::Status, VStatus, key(MdfRequestSort::Status)),
        column(SpecTr::tr("Requested"), Kind::Money, VRequested, key(MdfRequestSort::Requested), VCurrency),
        column(SpecTr::tr("Approved"), Kind::Money, VApproved, key(MdfRequestSort::Approved), VCurrency,
               SpecTr::tr("The approved amount (MDF-06: it may be less than requested)")),
        column(SpecTr::tr("Start"), Kind::Date, VStart, key(MdfRequestSort::Start)),
        column(SpecTr::tr("End"), Kind::Date, VEnd, key(MdfRequestSort::End)),
        column(SpecTr::tr("Claim deadline"), Kind::Deadline, VDeadline, key(MdfRequestSort::ClaimDeadline), -1,
               SpecTr::tr("Claims must be submitted by this day (activity end + the budget's claim days)")),
        column(SpecTr::tr("Submitted"), Kind::Submitted, VSubmitted, key(MdfRequestSort::Submitted), -1,
               SpecTr::tr("When the request was submitted; while it waits for a decision, for how long")),
        column(SpecTr::tr("Approver"), Kind::Text, VApprover, key(MdfRequestSort::Approver), -1,
               SpecTr::tr("Who decides: the approver it was escalated to, else the budget's owner")),
    };
    s.statusLabels = labels(mdfRequestStatuses());
    s.statusValue = VStatus;
    s.approverValue = VApprover;
    s.deadlineStatuses = { QStringLiteral("approved"), QStringLiteral("partially_approved") };
    s.build = [](const MdfListFilter& filter, int sort, bool descending) {
        const auto* requests = std::get_if<MdfRequestFilter>(&filter);
        return MdfQuery::build(requests ? *requests : MdfRequestFilter {}, static_cast<MdfRequestSort>(sort), descending);
    };
    s.initial = MdfListQuery { MdfRequestFilter {}, key(MdfRequestSort::Updated), true };
    return s;
}

} // namespace MdfRequestList

namespace MdfClaimList {

MdfListSpec spec()
{
    enum Value { VNumber, VTitle, VPartner, VRequest, VStatus, VClaimed, VApproved, VPaid, VCurrency, VSubmitted,
                 VDecided, VApprover, VRequestId };
    static_assert(VRequestId == RequestIdValue);
    MdfListSpec s;
    s.name = QStringLiteral("claims");
    s.table = QStringLiteral("mdf_claim c");
    s.alias = QStringLiteral("c");
    s.rowColumns = QStringLiteral(
        "c.local_id, c.id, c.number, c.title, (SELECT name FROM partner WHERE partner.id = c.partner_id), "
        "(SELECT xr.number FROM mdf_request xr WHERE xr.id = c.request_id), c.status, c.amount_minor, "
        "c.approved_minor, c.paid_minor, c.currency, c.submitted_at, c.decided_at, "
        "CASE WHEN c.approver <> '' THEN c.approver ELSE (SELECT xb.owner FROM mdf_request xr JOIN mdf_allocation xa "
        "ON xa.id = xr.allocation_id JOIN mdf_budget xb ON xb.id = xa.budget_id WHERE xr.id = c.request_id) END, "
        "c.request_id");
    s.decode = { MdfListStatement::Raw, MdfListStatement::Raw, MdfListStatement::Raw, MdfListStatement::Raw,
                 MdfListStatement::Raw, MdfListStatement::Raw, MdfListStatement::Raw, MdfListStatement::Raw,
                 MdfListStatement::Raw, MdfListStatement::Instant, MdfListStatement::Instant, MdfListStatement::Raw,
                 MdfListStatement::Raw };
    s.columns = {
        column(SpecTr::tr("Number"), Kind::Text, VNumber, key(MdfClaimSort::Number)),
        wide(column(SpecTr::tr("Title"), Kind::Text, VTitle, key(MdfClaimSort::Title))),
        column(SpecTr::tr("Partner"), Kind::Text, VPartner, key(MdfClaimSort::Partner)),
        column(SpecTr::tr("Request"), Kind::Text, VRequest, key(MdfClaimSort::Request), -1,
               SpecTr::tr("The approved fund request the claim is made against (MDF-08)")),
        column(SpecTr::tr("Status"), Kind::Status, VStatus, key(MdfClaimSort::Status)),
        column(SpecTr::tr("Claimed"), Kind::Money, VClaimed, key(MdfClaimSort::Claimed), VCurrency),
        column(SpecTr::tr("Approved"), Kind::Money, VApproved, key(MdfClaimSort::Approved), VCurrency),
        column(SpecTr::tr("Paid"), Kind::Money, VPaid, key(MdfClaimSort::Paid), VCurrency,
               SpecTr::tr("Payments recorded so far (MDF-11: one or more per approved claim)")),
        column(SpecTr::tr("Submitted"), Kind::Submitted, VSubmitted, key(MdfClaimSort::Submitted), -1,
               SpecTr::tr("When the claim was submitted; while it waits for a decision, for how long")),
        column(SpecTr::tr("Decided"), Kind::Instant, VDecided, key(MdfClaimSort::Decided)),
        column(SpecTr::tr("Approver"), Kind::Text, VApprover, key(MdfClaimSort::Approver), -1,
               SpecTr::tr("Who decides: the approver it was escalated to, else the budget's owner")),
    };
    s.statusLabels = labels(mdfClaimStatuses());
    s.statusValue = VStatus;
    s.approverValue = VApprover;
    s.build = [](const MdfListFilter& filter, int sort, bool descending) {
        const auto* claims = std::get_if<MdfClaimFilter>(&filter);
        return MdfQuery::build(claims ? *claims : MdfClaimFilter {}, static_cast<MdfClaimSort>(sort), descending);
    };
    s.initial = MdfListQuery { MdfClaimFilter {}, key(MdfClaimSort::Updated), true };
    return s;
}

} // namespace MdfClaimList

} // namespace ChannelDesk
