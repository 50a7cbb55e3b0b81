#pragma once

// Small builders shared by the MDF tests (core and UI). Header only, so no test target's source list changes.
// Every builder REQUIREs success and returns the stored record. Names start with "mdf" so this header can be
// included together with tests/deals/DealTestSupport.h in one test program. Dates are fixed in 2027 so tests do not
// depend on when they run:
//   budget 2027-01-01 … 2027-12-31 (claim days 90), activity 2027-03-01 … 2027-03-31 → claim deadline 2027-06-29,
//   budget and allocation work on mdfDay(0) = 2027-02-01, claims on mdfClaimDay() = 2027-04-15 (UTC noon).
#include "mdf/MdfBudgetRepository.h"
#include "mdf/MdfClaimRepository.h"
#include "mdf/MdfLedger.h"
#include "mdf/MdfRequestRepository.h"
#include "mdf/MdfSettings.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "support/CatchQt.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace ChannelDesk::Test {

/// The CAM who owns the test budgets and so decides their requests and claims (unless escalated).
inline QString mdfOwner()
{
    return QStringLiteral("anna");
}

/// A fixed instant, UTC.
inline QDateTime mdfAt(int year, int month, int day, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

/// 2027-02-01 + `day` days, at `hour` UTC: when budget, allocation and request steps happen in the builders.
inline QDateTime mdfDay(int day = 0, int hour = 12)
{
    return mdfAt(2027, 2, 1, hour).addDays(day);
}

/// 2027-04-15 noon UTC: after the default activity, before its claim deadline.
inline QDateTime mdfClaimDay()
{
    return mdfAt(2027, 4, 15);
}

inline MdfActionInput mdfBy(
    const QString& actor = mdfOwner(), const QDateTime& at = mdfDay(), const QString& reason = {})
{
    MdfActionInput input;
    input.actor = actor;
    input.at = at;
    input.reason = reason;
    return input;
}

inline MdfActionInput mdfBecause(
    const QString& reason, const QDateTime& at = mdfDay(), const QString& actor = mdfOwner())
{
    return mdfBy(actor, at, reason);
}

inline QByteArray mdfPartner(
    Database& db, const QString& name = QStringLiteral("Müller IT GmbH"), const QString& owner = mdfOwner())
{
    Partner p;
    p.name = name;
    p.country = QStringLiteral("DE");
    p.owner = owner;
    PartnerRepository partners(db);
    const Result<Partner> created = partners.create(p);
    INFO((created.ok() ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    return created->id;
}

/// An unsaved budget for 2027 (vendor share 50 %, claim days 90, owner mdfOwner()).
inline MdfBudget mdfBudgetDraft(qint64 amountMinor, const QString& currency = QStringLiteral("USD"),
    const QString& name = QStringLiteral("FY27 EMEA"))
{
    MdfBudget b;
    b.name = name;
    b.program = QStringLiteral("Partner Marketing FY27");
    b.periodStart = QDate(2027, 1, 1);
    b.periodEnd = QDate(2027, 12, 31);
    b.amount = {amountMinor, currency};
    b.owner = mdfOwner();
    b.vendorShareBp = 5000;
    b.claimDays = 90;
    return b;
}

inline MdfBudget mdfSaveBudget(Database& db, const MdfBudget& draft, const MdfActionInput& input = mdfBy())
{
    const Result<MdfBudget> created = MdfBudgetRepository(db).createBudget(draft, input);
    INFO((created.ok() ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    return created.value();
}

inline MdfBudget mdfCreateBudget(
    Database& db, qint64 amountMinor, const QString& currency = QStringLiteral("USD"), bool allowNegative = false)
{
    MdfBudget draft = mdfBudgetDraft(amountMinor, currency);
    draft.allowNegative = allowNegative;
    return mdfSaveBudget(db, draft);
}

inline MdfAllocation mdfAllocationDraft(const MdfBudget& budget, const QByteArray& partnerId, qint64 amountMinor,
    const QString& period = QStringLiteral("2027"))
{
    MdfAllocation a;
    a.budgetId = budget.id;
    a.partnerId = partnerId;
    a.period = period;
    a.amount = {amountMinor, budget.amount.currency};
    return a;
}

inline MdfAllocation mdfCreateAllocation(Database& db, const MdfBudget& budget, const QByteArray& partnerId,
    qint64 amountMinor, const QString& period = QStringLiteral("2027"))
{
    const Result<MdfAllocation> created
        = MdfBudgetRepository(db).createAllocation(mdfAllocationDraft(budget, partnerId, amountMinor, period), mdfBy());
    INFO((created.ok() ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    return created.value();
}

/// An unsaved request for March 2027 with one line per amount (keys "l1", "l2", …); share 0 = the budget's default.
inline MdfRequest mdfRequestDraft(const MdfAllocation& allocation, const QList<qint64>& lineAmounts,
    const QString& title = QStringLiteral("Spring roadshow"))
{
    MdfRequest r;
    r.allocationId = allocation.id;
    r.partnerId = allocation.partnerId;
    r.title = title;
    r.activityType = QStringLiteral("event");
    r.campaign = QStringLiteral("Roadshow 2027");
    r.description = QStringLiteral("Four city events with demos");
    r.expectedOutcome = QStringLiteral("40 qualified leads");
    r.startDate = QDate(2027, 3, 1);
    r.endDate = QDate(2027, 3, 31);
    r.vendorShareBp = 0;
    int n = 0;
    for (qint64 amount : lineAmounts) {
        MdfRequestLine line;
        line.key = QStringLiteral("l%1").arg(++n);
        line.description = QStringLiteral("Cost item %1").arg(n);
        line.requestedMinor = amount;
        r.lines.append(line);
    }
    r.requested = {r.linesRequestedMinor(), allocation.amount.currency};
    return r;
}

inline MdfRequest mdfCreateRequest(Database& db, const MdfAllocation& allocation, const QList<qint64>& lineAmounts,
    const QString& title = QStringLiteral("Spring roadshow"))
{
    const Result<MdfRequest> created
        = MdfRequestRepository(db).create(mdfRequestDraft(allocation, lineAmounts, title), mdfBy());
    INFO((created.ok() ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    return created.value();
}

inline MdfRequest mdfSubmitRequest(Database& db, const QByteArray& requestId, const QDateTime& at = mdfDay(1))
{
    const Result<MdfRequest> done = MdfRequestRepository(db).transition(
        requestId, MdfRequestAction::Submit, mdfBy(QStringLiteral("partner.user"), at));
    INFO((done.ok() ? QString() : done.error().message).toStdString());
    REQUIRE(done.ok());
    REQUIRE(done->status == QLatin1String("submitted"));
    return done.value();
}

/// Who must decide the request now: its approver, else the owner of its budget.
inline QString mdfDecider(Database& db, const QByteArray& requestId)
{
    const Result<MdfRequest> request = MdfRequestRepository(db).get(requestId);
    REQUIRE(request.ok());
    if (!request->approver.isEmpty())
        return request->approver;
    const Result<MdfAllocation> allocation = MdfBudgetRepository(db).allocation(request->allocationId);
    REQUIRE(allocation.ok());
    const Result<MdfBudget> budget = MdfBudgetRepository(db).budget(allocation->budgetId);
    REQUIRE(budget.ok());
    return budget->owner;
}

inline MdfLineDecision mdfAccept(const QString& key)
{
    return {key, QStringLiteral("accepted"), 0, {}};
}

inline MdfLineDecision mdfChange(
    const QString& key, qint64 approvedMinor, const QString& note = QStringLiteral("Reduced"))
{
    return {key, QStringLiteral("changed"), approvedMinor, note};
}

inline MdfLineDecision mdfDeny(const QString& key, const QString& note = QStringLiteral("Not eligible"))
{
    return {key, QStringLiteral("denied"), 0, note};
}

/// Approves as whoever must decide (lines without a decision are accepted); REQUIREs approved or partially approved.
inline MdfRequest mdfApproveRequest(Database& db, const QByteArray& requestId,
    const QList<MdfLineDecision>& decisions = {}, const QDateTime& at = mdfDay(2))
{
    const Result<MdfRequest> done
        = MdfRequestRepository(db).approve(requestId, decisions, mdfBy(mdfDecider(db, requestId), at));
    INFO((done.ok() ? QString() : done.error().message).toStdString());
    REQUIRE(done.ok());
    REQUIRE((done->status == QLatin1String("approved") || done->status == QLatin1String("partially_approved")));
    return done.value();
}

/// Create + submit + approve (every line accepted): an approved request claims can be made against.
inline MdfRequest mdfApprovedRequest(Database& db, const MdfAllocation& allocation, const QList<qint64>& lineAmounts,
    const QString& title = QStringLiteral("Spring roadshow"))
{
    const MdfRequest created = mdfCreateRequest(db, allocation, lineAmounts, title);
    mdfSubmitRequest(db, created.id);
    return mdfApproveRequest(db, created.id);
}

/// An unsaved claim with one line per amount, spent in March 2027.
inline MdfClaim mdfClaimDraft(const QByteArray& requestId, const QList<qint64>& lineAmounts,
    const QString& title = QStringLiteral("Roadshow costs"))
{
    MdfClaim c;
    c.requestId = requestId;
    c.title = title;
    int n = 0;
    for (qint64 amount : lineAmounts) {
        MdfClaimLine line;
        line.description = QStringLiteral("Invoice %1").arg(++n);
        line.amountMinor = amount;
        line.spentOn = QDate(2027, 3, qMin(28, n));
        c.lines.append(line);
    }
    c.amount = {c.linesTotalMinor(), QString()}; // the repository fills the request's currency
    return c;
}

inline MdfClaim mdfCreateClaim(Database& db, const QByteArray& requestId, const QList<qint64>& lineAmounts,
    const QString& title = QStringLiteral("Roadshow costs"), const QDateTime& at = mdfClaimDay())
{
    const Result<MdfClaim> created = MdfClaimRepository(db).create(
        mdfClaimDraft(requestId, lineAmounts, title), mdfBy(QStringLiteral("partner.user"), at));
    INFO((created.ok() ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    return created.value();
}

inline MdfClaim mdfSubmitClaim(Database& db, const QByteArray& claimId, const QDateTime& at = mdfClaimDay())
{
    const Result<MdfClaim> done
        = MdfClaimRepository(db).transition(claimId, MdfClaimAction::Submit, mdfBy(QStringLiteral("partner.user"), at));
    INFO((done.ok() ? QString() : done.error().message).toStdString());
    REQUIRE(done.ok());
    REQUIRE(done->status == QLatin1String("submitted"));
    return done.value();
}

/// Approves `approvedMinor` of a submitted claim as the budget owner (or the claim's approver).
inline MdfClaim mdfApproveClaim(
    Database& db, const QByteArray& claimId, qint64 approvedMinor, const QDateTime& at = mdfClaimDay().addDays(1))
{
    const Result<MdfClaim> claim = MdfClaimRepository(db).get(claimId);
    REQUIRE(claim.ok());
    const QString actor = claim->approver.isEmpty() ? mdfDecider(db, claim->requestId) : claim->approver;
    const Result<MdfClaim> done = MdfClaimRepository(db).approve(claimId, approvedMinor, mdfBy(actor, at));
    INFO((done.ok() ? QString() : done.error().message).toStdString());
    REQUIRE(done.ok());
    REQUIRE(done->status == QLatin1String("approved"));
    return done.value();
}

/// Create + submit + approve in full: an approved claim ready for payments.
inline MdfClaim mdfApprovedClaim(Database& db, const QByteArray& requestId, const QList<qint64>& lineAmounts,
    const QString& title = QStringLiteral("Roadshow costs"))
{
    const MdfClaim created = mdfCreateClaim(db, requestId, lineAmounts, title);
    mdfSubmitClaim(db, created.id);
    return mdfApproveClaim(db, created.id, created.amount.minor);
}

inline MdfPayment mdfPaymentDraft(
    const QByteArray& claimId, qint64 amountMinor, const QDate& paidOn = QDate(2027, 5, 2))
{
    MdfPayment p;
    p.claimId = claimId;
    p.amount = {amountMinor, QString()}; // the repository fills the claim's currency
    p.paidOn = paidOn;
    p.method = QStringLiteral("bank_transfer");
    p.reference = QStringLiteral("TRX-%1").arg(amountMinor);
    return p;
}

inline MdfPayment mdfPay(
    Database& db, const QByteArray& claimId, qint64 amountMinor, const QDateTime& at = mdfAt(2027, 5, 2))
{
    const Result<MdfPayment> paid
        = MdfClaimRepository(db).recordPayment(mdfPaymentDraft(claimId, amountMinor, at.date()), mdfBy(mdfOwner(), at));
    INFO((paid.ok() ? QString() : paid.error().message).toStdString());
    REQUIRE(paid.ok());
    return paid.value();
}

/// Every ledger finding as one text (empty when MdfLedger::audit() finds nothing), for INFO and CHECK.
inline QString mdfAuditText(Database& db)
{
    const Result<QList<MdfLedger::Finding>> findings = MdfLedger(db).audit();
    if (!findings)
        return findings.error().message;
    QStringList lines;
    for (const MdfLedger::Finding& finding : *findings)
        lines.append(QStringLiteral("%1: %2").arg(finding.rule, finding.message));
    return lines.join(QLatin1Char('\n'));
}

inline qint64 mdfCountRows(Database& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& bind : binds)
        q.addBindValue(bind);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

/// Outbox entries for one record.
inline qint64 mdfOutboxCount(Database& db, const QString& entity, const QByteArray& recordId)
{
    return mdfCountRows(
        db, QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE entity = ? AND row_id = ?"), {entity, recordId});
}

/// A partner, a USD budget of `budgetMinor` and one allocation of `allocationMinor` for 2027, in one call.
struct MdfSetup
{
    QByteArray partnerId;
    MdfBudget budget;
    MdfAllocation allocation;
};

inline MdfSetup mdfSetup(Database& db, qint64 budgetMinor = 10'000'000, qint64 allocationMinor = 5'000'000,
    const QString& currency = QStringLiteral("USD"), bool allowNegative = false)
{
    MdfSetup s;
    s.partnerId = mdfPartner(db);
    s.budget = mdfCreateBudget(db, budgetMinor, currency, allowNegative);
    s.allocation = mdfCreateAllocation(db, s.budget, s.partnerId, allocationMinor);
    return s;
}

} // namespace ChannelDesk::Test
