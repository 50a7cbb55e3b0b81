// Claims, payments and attachments through MdfClaimRepository: MDF-08 (approved request only), MDF-09 (unique titles,
// Σ claims ≤ approved × vendor share rounded down), MDF-10 (deadline in the user's calendar), MDF-11 (payments ≤
// approved, status follows), attachments by SHA-256, history and outbox.
#include "MdfTestSupport.h"
#include "mdf/MdfEventLog.h"
#include "storage/RecordWriter.h"
#include "support/TempDatabase.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>
#include <ctime>

using namespace ChannelDesk;
using namespace ChannelDesk::Test;

namespace {

QString fmt(qint64 minor, const QString& currency = QStringLiteral("USD"))
{
    return Money {minor, currency}.format(QLocale());
}

/// The record's history as its actions in order, space-separated (a QString: CHECK on a QStringList trips GCC's
/// -Wrestrict false positive).
QString actionsOf(Database& db, const QByteArray& id)
{
    const Result<QList<MdfEvent>> events = MdfEventLog(db).history(id);
    REQUIRE(events.ok());
    QStringList actions;
    for (const MdfEvent& e : *events)
        actions.append(e.action);
    return actions.join(QLatin1Char(' '));
}

/// The process's local time zone for one scope (MDF-10 counts days in the user's calendar).
class LocalZone
{
public:
    explicit LocalZone(const char* zone)
        : m_had(qEnvironmentVariableIsSet("TZ"))
        , m_old(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~LocalZone()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }

private:
    bool m_had;
    QByteArray m_old;
};

/// An approved request of `amountMinor` with the given vendor share, for claims.
MdfRequest approvedWithShare(Database& db, const MdfAllocation& allocation, qint64 amountMinor, int shareBp,
    const QString& title = QStringLiteral("Roadshow"))
{
    MdfRequest draft = mdfRequestDraft(allocation, {amountMinor}, title);
    draft.vendorShareBp = shareBp;
    const Result<MdfRequest> created = MdfRequestRepository(db).create(draft, mdfBy());
    REQUIRE(created.ok());
    mdfSubmitRequest(db, created->id);
    return mdfApproveRequest(db, created->id);
}

Result<MdfClaim> tryClaim(Database& db, const QByteArray& requestId, const QList<qint64>& amounts, const QString& title,
    const QDateTime& at = mdfClaimDay())
{
    return MdfClaimRepository(db).create(
        mdfClaimDraft(requestId, amounts, title), mdfBy(QStringLiteral("partner.user"), at));
}

Result<MdfClaim> trySubmit(Database& db, const QByteArray& claimId, const QDateTime& at)
{
    return MdfClaimRepository(db).transition(
        claimId, MdfClaimAction::Submit, mdfBy(QStringLiteral("partner.user"), at));
}

qint64 count(Database& db, const char* sql, const QVariantList& binds = {})
{
    return mdfCountRows(db, QString::fromLatin1(sql), binds);
}

} // namespace

TEST_CASE("MDF-08 a claim needs an approved request", "[mdf-claim]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db);
    const MdfRequest draft = mdfCreateRequest(db, s.allocation, {100'000});
    const Result<MdfClaim> onDraft = tryClaim(db, draft.id, {100}, QStringLiteral("Too early"));
    REQUIRE_FALSE(onDraft.ok());
    CHECK(onDraft.error().field == QStringLiteral("request_id"));
    CHECK(onDraft.error().message
        == QStringLiteral("Claims can be made only against an approved request; %1 is Draft (MDF-08).")
               .arg(draft.number));
    mdfSubmitRequest(db, draft.id);
    CHECK_FALSE(tryClaim(db, draft.id, {100}, QStringLiteral("Too early")).ok());
    CHECK_FALSE(tryClaim(db, QByteArray(16, '\x05'), {100}, QStringLiteral("Nowhere")).ok());
    mdfApproveRequest(db, draft.id);

    const MdfClaim claim = mdfCreateClaim(db, draft.id, {30'000, 12'345});
    CHECK(claim.status == QStringLiteral("draft"));
    CHECK(claim.partnerId == s.partnerId);
    CHECK(claim.amount == Money {42'345, QStringLiteral("USD")});
    CHECK(QRegularExpression(QStringLiteral("^CLM-2704-[0-9A-HJKMNP-TV-Z]{6}$")).match(claim.number).hasMatch());
    CHECK(mdfOutboxCount(db, QStringLiteral("mdf_claim"), claim.id) == 1);
    CHECK(actionsOf(db, claim.id) == QStringLiteral("create"));
    // A draft exposes nothing yet.
    CHECK(MdfRequestRepository(db).get(draft.id)->claimedMinor == 0);
}

TEST_CASE("MDF-09 the vendor share is rounded down - 333 at 50 percent caps claims at 166", "[mdf-claim]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db);
    const MdfRequest request = approvedWithShare(db, s.allocation, 333, 5000);
    CHECK(request.claimCapMinor() == 166);

    const Result<MdfClaim> over = tryClaim(db, request.id, {167}, QStringLiteral("One cent too much"));
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().field == QStringLiteral("amount_minor"));
    CHECK(over.error().message
        == QStringLiteral("Claims would exceed what the request can reimburse: %1 claimed of %2 (50 % of %3 approved) "
                          "(MDF-09).")
               .arg(fmt(167), fmt(166), fmt(333)));
    CHECK(over.error().message.contains(QStringLiteral("$1.67 claimed of $1.66")));

    const MdfClaim exact = mdfCreateClaim(db, request.id, {100, 66}, QStringLiteral("Exactly the share"));
    mdfSubmitClaim(db, exact.id);
    CHECK(MdfRequestRepository(db).get(request.id)->claimedMinor == 166);
    // The cap is used up: even one more cent is refused, at creation and at submission.
    const Result<MdfClaim> more = tryClaim(db, request.id, {1}, QStringLiteral("One more"));
    REQUIRE_FALSE(more.ok());
    CHECK(more.error().message.contains(QStringLiteral("(MDF-09)")));
    CHECK(mdfAuditText(db).isEmpty());
}

TEST_CASE("MDF-09 a second claim is checked against what the first holds - approval frees the rest", "[mdf-claim]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db);
    const MdfRequest request = approvedWithShare(db, s.allocation, 100'000, 5000); // cap 500.00
    const MdfClaim first = mdfCreateClaim(db, request.id, {40'000}, QStringLiteral("First"));
    const MdfClaim second = mdfCreateClaim(db, request.id, {20'000}, QStringLiteral("Second")); // drafts hold nothing
    mdfSubmitClaim(db, first.id);
    const Result<MdfClaim> refused = trySubmit(db, second.id, mdfClaimDay());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("%1 claimed of %2").arg(fmt(60'000), fmt(50'000))));
    // Approving less than claimed lowers the exposure to the approved amount.
    mdfApproveClaim(db, first.id, 30'000);
    CHECK(MdfRequestRepository(db).get(request.id)->claimedMinor == 30'000);
    mdfSubmitClaim(db, second.id);
    CHECK(MdfRequestRepository(db).get(request.id)->claimedMinor == 50'000);
    CHECK(MdfRequestRepository(db).get(request.id)->claimsApprovedMinor == 30'000);
    CHECK(mdfAuditText(db).isEmpty());
}

TEST_CASE("MDF-09 VND and JPY shares have no minor digits", "[mdf-claim]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup vnd = mdfSetup(db, 100'000'000, 50'000'000, QStringLiteral("VND"));
    // 1,000,001 ₫ × 33.33 % = 333,300.3333 → 333,300 ₫.
    const MdfRequest request = approvedWithShare(db, vnd.allocation, 1'000'001, 3333);
    CHECK(request.claimCapMinor() == 333'300);
    const Result<MdfClaim> over = tryClaim(db, request.id, {333'301}, QStringLiteral("Đông Á hội thảo"));
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().message
        == QStringLiteral("Claims would exceed what the request can reimburse: %1 claimed of %2 (33.33 % of %3 "
                          "approved) (MDF-09).")
               .arg(fmt(333'301, QStringLiteral("VND")), fmt(333'300, QStringLiteral("VND")),
                   fmt(1'000'001, QStringLiteral("VND"))));
    CHECK(over.error().message.contains(QStringLiteral("333,301")));
    CHECK(tryClaim(db, request.id, {333'300}, QStringLiteral("Đông Á hội thảo")).ok());

    const QByteArray partner = mdfPartner(db, QStringLiteral("Tokyo Systems"));
    const MdfBudget jpy = mdfCreateBudget(db, 10'000'000, QStringLiteral("JPY"));
    const MdfAllocation allocation = mdfCreateAllocation(db, jpy, partner, 1'000'000);
    const MdfRequest yen = approvedWithShare(db, allocation, 333, 5000, QStringLiteral("Seminar"));
    CHECK_FALSE(tryClaim(db, yen.id, {167}, QStringLiteral("Seminar costs")).ok());
    const MdfClaim claim = mdfApprovedClaim(db, yen.id, {166}, QStringLiteral("Seminar costs"));
    CHECK(claim.amount == Money {166, QStringLiteral("JPY")});
    mdfPay(db, claim.id, 166);
    CHECK(MdfClaimRepository(db).get(claim.id)->status == QStringLiteral("paid"));
    CHECK(mdfAuditText(db).isEmpty());
}

TEST_CASE("MDF-09 claim titles are unique among live claims", "[mdf-claim]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db);
    const MdfRequest request = mdfApprovedRequest(db, s.allocation, {100'000});
    const MdfClaim first = mdfCreateClaim(db, request.id, {100}, QStringLiteral("March invoices"));
    const Result<MdfClaim> same = tryClaim(db, request.id, {100}, QStringLiteral("  march INVOICES "));
    REQUIRE_FALSE(same.ok());
    CHECK(same.error().field == QStringLiteral("title"));
    CHECK(same.error().message
        == QStringLiteral("Claim %1 already has the title \"march INVOICES\"; claim titles are unique (MDF-09).")
               .arg(first.number));
    const MdfClaim second = mdfCreateClaim(db, request.id, {100}, QStringLiteral("April invoices"));
    MdfClaim renamed = second;
    renamed.title = QStringLiteral("March Invoices");
    CHECK(MdfClaimRepository(db).update(renamed, mdfBy()).error().field == QStringLiteral("title"));

    // Deleting the draft frees its title; restoring it then is refused while the title is taken.
    REQUIRE(MdfClaimRepository(db).remove(first.id, mdfBy()).ok());
    CHECK(*MdfClaimRepository(db).update(renamed, mdfBy()));
    const Status restore = MdfClaimRepository(db).restore(first.id, mdfBy());
    REQUIRE_FALSE(restore.ok());
    CHECK(restore.error().message.contains(QStringLiteral("(MDF-09)")));
}

TEST_CASE("MDF-10 claims are accepted on the deadline day and refused the day after", "[mdf-claim]")
{
    LocalZone zone("UTC0");
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db);
    const MdfRequest request = mdfApprovedRequest(db, s.allocation, {100'000});
    REQUIRE(request.claimDeadline == QDate(2027, 6, 29));

    const MdfClaim early = mdfCreateClaim(db, request.id, {100}, QStringLiteral("Day before"), mdfAt(2027, 6, 28));
    mdfSubmitClaim(db, early.id, mdfAt(2027, 6, 28, 23, 59));
    const MdfClaim onDay
        = mdfCreateClaim(db, request.id, {100}, QStringLiteral("On the day"), mdfAt(2027, 6, 29, 0, 0));
    mdfSubmitClaim(db, onDay.id, mdfAt(2027, 6, 29, 23, 59));

    const MdfClaim late = mdfCreateClaim(db, request.id, {100}, QStringLiteral("Late"), mdfAt(2027, 6, 29, 9));
    const Result<MdfClaim> refused = trySubmit(db, late.id, mdfAt(2027, 6, 30, 0, 0));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("claim_deadline"));
    CHECK(refused.error().message
        == QStringLiteral("The claim deadline of %1 was %2; claims are no longer accepted (MDF-10).")
               .arg(request.number, QLocale().toString(QDate(2027, 6, 29), QLocale::ShortFormat)));
    const Result<MdfClaim> created = tryClaim(db, request.id, {100}, QStringLiteral("Too late"), mdfAt(2027, 6, 30));
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().message.contains(QStringLiteral("(MDF-10)")));
    CHECK(MdfClaimRepository(db).get(late.id)->status == QStringLiteral("draft"));
}

TEST_CASE("MDF-10 the deadline is the user's calendar day - not the UTC day", "[mdf-claim]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db);
    const MdfRequest request = mdfApprovedRequest(db, s.allocation, {100'000}); // deadline 2027-06-29
    const MdfClaim east = mdfCreateClaim(db, request.id, {100}, QStringLiteral("Hanoi"), mdfAt(2027, 6, 1));
    const MdfClaim west = mdfCreateClaim(db, request.id, {100}, QStringLiteral("Seattle"), mdfAt(2027, 6, 1));
    {
        // 29 June 20:00 UTC is already 30 June 03:00 in Hanoi (UTC+7): too late there.
        LocalZone zone("ICT-7"); // POSIX rule (Asia/Ho_Chi_Minh), no tzdata needed
        const Result<MdfClaim> refused = trySubmit(db, east.id, mdfAt(2027, 6, 29, 20, 0));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("(MDF-10)")));
        // 29 June 16:59 UTC is 23:59 in Hanoi: the last minute of the deadline day.
        CHECK(trySubmit(db, east.id, mdfAt(2027, 6, 29, 16, 59)).ok());
    }
    {
        // 30 June 05:00 UTC is still 29 June 22:00 in Seattle (UTC−7 in summer): allowed there.
        LocalZone zone("PST8PDT,M3.2.0,M11.1.0"); // America/Los_Angeles
        CHECK(trySubmit(db, west.id, mdfAt(2027, 6, 30, 7, 0)).ok() == false); // 30 June 00:00 local
        CHECK(trySubmit(db, west.id, mdfAt(2027, 6, 30, 5, 0)).ok());
    }
}

TEST_CASE("MDF-09 claim approval - amount and approver", "[mdf-claim]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db);
    const MdfRequest request = mdfApprovedRequest(db, s.allocation, {100'000});
    const MdfClaim claim = mdfCreateClaim(db, request.id, {20'000});
    MdfClaimRepository repo(db);
    CHECK_FALSE(repo.approve(claim.id, 20'000, mdfBy(mdfOwner(), mdfClaimDay())).ok()); // still a draft
    mdfSubmitClaim(db, claim.id);
    const Result<MdfClaim> stranger = repo.approve(claim.id, 20'000, mdfBy(QStringLiteral("mallory"), mdfClaimDay()));
    REQUIRE_FALSE(stranger.ok());
    CHECK(stranger.error().message == QStringLiteral("This claim is waiting for anna's decision."));
    const Result<MdfClaim> tooMuch = repo.approve(claim.id, 20'001, mdfBy(mdfOwner(), mdfClaimDay()));
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(tooMuch.error().field == QStringLiteral("approved_minor"));
    CHECK(tooMuch.error().message.contains(
        QStringLiteral("(%1) cannot be more than the claimed amount (%2)").arg(fmt(20'001), fmt(20'000))));
    CHECK_FALSE(repo.approve(claim.id, 0, mdfBy(mdfOwner(), mdfClaimDay())).ok());
    const MdfClaim approved = mdfApproveClaim(db, claim.id, 20'000);
    CHECK(approved.approvedMinor == 20'000);
    CHECK(approved.decidedAt == mdfClaimDay().addDays(1));
    CHECK(MdfRequestRepository(db).get(request.id)->claimsApprovedMinor == 20'000);
    CHECK(mdfCountRows(
              db, QStringLiteral("SELECT claims_approved_minor FROM mdf_allocation WHERE id = ?"), {s.allocation.id})
        == 20'000);
}

TEST_CASE("MDF-09 return - correct - resubmit - reject is final - reasons required", "[mdf-claim]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db);
    const MdfRequest request = mdfApprovedRequest(db, s.allocation, {100'000});
    const MdfClaim claim = mdfCreateClaim(db, request.id, {20'000});
    MdfClaimRepository repo(db);
    mdfSubmitClaim(db, claim.id, mdfClaimDay());
    CHECK(repo.transition(claim.id, MdfClaimAction::Return, mdfBy(mdfOwner(), mdfClaimDay().addDays(1))).error().field
        == QStringLiteral("reason"));
    REQUIRE(repo.transition(claim.id, MdfClaimAction::Return,
                    mdfBy(mdfOwner(), mdfClaimDay().addDays(1), QStringLiteral("Receipt missing")))
                .ok());
    // Returned: still counted against the request (MDF-09), editable by the partner.
    CHECK(MdfRequestRepository(db).get(request.id)->claimedMinor == 20'000);
    MdfClaim corrected = *repo.get(claim.id);
    corrected.lines.first().amountMinor = 18'000;
    REQUIRE(*repo.update(corrected, mdfBy(QStringLiteral("partner.user"), mdfClaimDay().addDays(2))));
    CHECK(repo.get(claim.id)->amount.minor == 18'000);
    CHECK(MdfRequestRepository(db).get(request.id)->claimedMinor == 18'000);
    mdfSubmitClaim(db, claim.id, mdfClaimDay().addDays(3));
    REQUIRE(repo.transition(claim.id, MdfClaimAction::Reject,
                    mdfBy(mdfOwner(), mdfClaimDay().addDays(4), QStringLiteral("Not eligible")))
                .ok());
    CHECK(MdfRequestRepository(db).get(request.id)->claimedMinor == 0);
    const Result<MdfClaim> again = trySubmit(db, claim.id, mdfClaimDay().addDays(5));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("rejected")));
    CHECK(actionsOf(db, claim.id) == QStringLiteral("create submit return edit submit reject"));
    CHECK(mdfOutboxCount(db, QStringLiteral("mdf_claim"), claim.id) == 6);
    const Result<QList<MdfEvent>> events = MdfEventLog(db).history(claim.id);
    CHECK(events->at(2).fromStatus == QStringLiteral("submitted"));
    CHECK(events->at(2).toStatus == QStringLiteral("returned"));
    CHECK(events->at(2).reason == QStringLiteral("Receipt missing"));

    const MdfClaim other = mdfCreateClaim(db, request.id, {100}, QStringLiteral("Other"));
    CHECK_FALSE(repo.transition(other.id, MdfClaimAction::Cancel, mdfBy()).ok());
    REQUIRE(repo.transition(other.id, MdfClaimAction::Cancel, mdfBy(mdfOwner(), mdfClaimDay(), QStringLiteral("Dup")))
                .ok());
    CHECK(repo.get(other.id)->status == QStringLiteral("canceled"));
    CHECK(mdfAuditText(db).isEmpty());
}

TEST_CASE("MDF-11 payments up to the approved amount move the claim to partially paid and paid", "[mdf-claim]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db);
    const MdfRequest request = mdfApprovedRequest(db, s.allocation, {100'000});
    const MdfClaim claim = mdfApprovedClaim(db, request.id, {30'000});
    MdfClaimRepository repo(db);

    const MdfPayment first = mdfPay(db, claim.id, 10'000, mdfAt(2027, 5, 2));
    CHECK(first.amount == Money {10'000, QStringLiteral("USD")});
    CHECK(first.partnerId == s.partnerId);
    CHECK(repo.get(claim.id)->status == QStringLiteral("partially_paid"));
    CHECK(repo.get(claim.id)->paidMinor == 10'000);

    const Result<MdfPayment> over
        = repo.recordPayment(mdfPaymentDraft(claim.id, 20'001), mdfBy(mdfOwner(), mdfAt(2027, 5, 3)));
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().message
        == QStringLiteral("Payments would exceed the approved claim: %1 paid of %2 approved (MDF-11).")
               .arg(fmt(30'001), fmt(30'000)));
    CHECK(repo.get(claim.id)->status == QStringLiteral("partially_paid"));

    const MdfPayment rest = mdfPay(db, claim.id, 20'000, mdfAt(2027, 5, 3));
    CHECK(repo.get(claim.id)->status == QStringLiteral("paid"));
    const Result<MdfPayment> paidAlready
        = repo.recordPayment(mdfPaymentDraft(claim.id, 1), mdfBy(mdfOwner(), mdfAt(2027, 5, 4)));
    REQUIRE_FALSE(paidAlready.ok());
    CHECK(paidAlready.error().message.contains(QStringLiteral("already paid in full")));
    CHECK(repo.payments(claim.id)->size() == 2);
    CHECK(MdfRequestRepository(db).get(request.id)->paidMinor == 30'000);
    CHECK(mdfCountRows(db, QStringLiteral("SELECT paid_minor FROM mdf_allocation WHERE id = ?"), {s.allocation.id})
        == 30'000);

    // Voiding needs a reason and moves the status back; restoring re-checks MDF-11.
    CHECK(repo.voidPayment(rest.id, mdfBy(mdfOwner(), mdfAt(2027, 5, 5))).error().field == QStringLiteral("reason"));
    REQUIRE(repo.voidPayment(rest.id, mdfBy(mdfOwner(), mdfAt(2027, 5, 5), QStringLiteral("Wrong account"))).ok());
    CHECK(repo.get(claim.id)->status == QStringLiteral("partially_paid"));
    REQUIRE(repo.voidPayment(first.id, mdfBy(mdfOwner(), mdfAt(2027, 5, 5), QStringLiteral("Duplicate"))).ok());
    CHECK(repo.get(claim.id)->status == QStringLiteral("approved"));
    CHECK(repo.get(claim.id)->paidMinor == 0);
    mdfPay(db, claim.id, 15'000, mdfAt(2027, 5, 6));
    const Status restore = repo.restorePayment(rest.id, mdfBy(mdfOwner(), mdfAt(2027, 5, 7)));
    REQUIRE_FALSE(restore.ok());
    CHECK(restore.error().message.contains(QStringLiteral("%1 paid of %2").arg(fmt(35'000), fmt(30'000))));
    REQUIRE(repo.restorePayment(first.id, mdfBy(mdfOwner(), mdfAt(2027, 5, 7))).ok());
    CHECK(repo.get(claim.id)->status == QStringLiteral("partially_paid"));
    CHECK(repo.get(claim.id)->paidMinor == 25'000);

    // History: the claim shows every payment step, each payment its own.
    CHECK(actionsOf(db, claim.id)
        == QStringLiteral("create submit approve pay pay void_payment void_payment pay restore_payment"));
    CHECK(actionsOf(db, rest.id) == QStringLiteral("create void"));
    CHECK(mdfOutboxCount(db, QStringLiteral("mdf_payment"), rest.id) == 2);
    CHECK(mdfAuditText(db).isEmpty());
}

TEST_CASE("MDF-11 only approved claims are paid - in their own currency", "[mdf-claim]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db);
    const MdfRequest request = mdfApprovedRequest(db, s.allocation, {100'000});
    const MdfClaim claim = mdfCreateClaim(db, request.id, {30'000});
    MdfClaimRepository repo(db);
    const Result<MdfPayment> draft = repo.recordPayment(mdfPaymentDraft(claim.id, 100), mdfBy());
    REQUIRE_FALSE(draft.ok());
    CHECK(draft.error().message.contains(QStringLiteral("Only an approved claim can be paid")));
    mdfSubmitClaim(db, claim.id);
    mdfApproveClaim(db, claim.id, 30'000);
    MdfPayment euros = mdfPaymentDraft(claim.id, 100);
    euros.amount.currency = QStringLiteral("EUR");
    CHECK(repo.recordPayment(euros, mdfBy()).error().field == QStringLiteral("currency"));
    MdfPayment noMethod = mdfPaymentDraft(claim.id, 100);
    noMethod.method.clear();
    CHECK(repo.recordPayment(noMethod, mdfBy()).error().field == QStringLiteral("method"));
}

TEST_CASE("MDF-11 a failed payment leaves neither the payment nor the claim's new status", "[mdf-claim]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db);
    const MdfRequest request = mdfApprovedRequest(db, s.allocation, {100'000});
    const MdfClaim claim = mdfApprovedClaim(db, request.id, {30'000});
    const qint64 outbox = count(db, "SELECT COUNT(*) FROM sync_outbox");
    const qint64 events = count(db, "SELECT COUNT(*) FROM mdf_event");
    for (int failAt = 1; failAt <= 4; ++failAt) {
        DYNAMIC_SECTION("failing write " << failAt)
        {
            // Writes: payment row, payment event, claim status, claim event.
            int writes = 0;
            RecordWriter::setFaultHook([&writes, failAt](const char*) {
                return ++writes == failAt ? Status(Error::storage(QStringLiteral("injected"), {})) : Status();
            });
            const Result<MdfPayment> paid
                = MdfClaimRepository(db).recordPayment(mdfPaymentDraft(claim.id, 30'000), mdfBy());
            RecordWriter::setFaultHook({});
            CHECK_FALSE(paid.ok());
            CHECK(count(db, "SELECT COUNT(*) FROM mdf_payment") == 0);
            CHECK(MdfClaimRepository(db).get(claim.id)->status == QStringLiteral("approved"));
            CHECK(MdfClaimRepository(db).get(claim.id)->paidMinor == 0);
            CHECK(count(db, "SELECT COUNT(*) FROM sync_outbox") == outbox);
            CHECK(count(db, "SELECT COUNT(*) FROM mdf_event") == events);
        }
    }
    // And the same payment succeeds once nothing fails: four writes, four outbox entries.
    mdfPay(db, claim.id, 30'000);
    CHECK(count(db, "SELECT COUNT(*) FROM sync_outbox") == outbox + 4);
}

TEST_CASE("MDF-09 attachments are stored once by SHA-256 and verified on read", "[mdf-claim]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db);
    const MdfRequest request = mdfApprovedRequest(db, s.allocation, {100'000});
    const MdfClaim claim = mdfCreateClaim(db, request.id, {30'000});
    MdfClaimRepository repo(db);
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.7 invoice 4711 total 300.00");
    const MdfActionInput input = mdfBy(QStringLiteral("partner.user"), mdfClaimDay());

    const Result<MdfAttachment> invoice = repo.addAttachment(
        claim.id, QStringLiteral("invoice.pdf"), QStringLiteral("application/pdf"), pdf, QString(), input);
    REQUIRE(invoice.ok());
    CHECK(invoice->sha256 == QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    CHECK(invoice->sizeBytes == pdf.size());
    CHECK(invoice->kind == QStringLiteral("receipt"));
    CHECK(invoice->partnerId == s.partnerId);
    const Result<MdfAttachment> copy = repo.addAttachment(claim.id, QStringLiteral("invoice (copy).pdf"),
        QStringLiteral("application/pdf"), pdf, QStringLiteral("proof"), input);
    REQUIRE(copy.ok());
    CHECK(count(db, "SELECT COUNT(*) FROM mdf_blob") == 1); // same bytes, stored once
    CHECK(count(db, "SELECT COUNT(*) FROM mdf_attachment") == 2);
    CHECK(repo.attachments(claim.id)->size() == 2);
    CHECK(*repo.attachmentContent(invoice->id) == pdf);
    CHECK(mdfOutboxCount(db, QStringLiteral("mdf_attachment"), invoice->id) == 1);
    CHECK(actionsOf(db, invoice->id) == QStringLiteral("create"));

    // A damaged copy is detected, naming the file.
    REQUIRE(mdfCountRows(db, QStringLiteral("SELECT COUNT(*) FROM mdf_blob WHERE sha256 = ?"), {invoice->sha256}) == 1);
    {
        QSqlQuery damage(db.connection());
        damage.prepare(QStringLiteral("UPDATE mdf_blob SET data = ? WHERE sha256 = ?"));
        damage.addBindValue(QByteArrayLiteral("%PDF-1.7 invoice 4711 total 900.00"));
        damage.addBindValue(invoice->sha256);
        REQUIRE(damage.exec());
    }
    const Result<QByteArray> damaged = repo.attachmentContent(copy->id);
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error().message
        == QStringLiteral("invoice (copy).pdf is damaged: its content does not match its checksum."));
    // Attaching the good bytes again repairs the stored copy.
    REQUIRE(repo.addAttachment(
                    claim.id, QStringLiteral("again.pdf"), QStringLiteral("application/pdf"), pdf, QString(), input)
                .ok());
    CHECK(*repo.attachmentContent(invoice->id) == pdf);

    // Not downloaded yet (a pulled record without its bytes).
    {
        QSqlQuery drop(db.connection());
        REQUIRE(drop.exec(QStringLiteral("DELETE FROM mdf_blob")));
    }
    const Result<QByteArray> missing = repo.attachmentContent(invoice->id);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("invoice.pdf has not been downloaded")));
}

TEST_CASE("MDF-09 attachment limits and editability", "[mdf-claim]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db);
    const MdfRequest request = mdfApprovedRequest(db, s.allocation, {100'000});
    const MdfClaim claim = mdfCreateClaim(db, request.id, {30'000});
    MdfClaimRepository repo(db);
    const MdfActionInput input = mdfBy(QStringLiteral("partner.user"), mdfClaimDay());
    const Result<MdfAttachment> empty = repo.addAttachment(
        claim.id, QStringLiteral("empty.txt"), QStringLiteral("text/plain"), QByteArray(), QString(), input);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message == QStringLiteral("empty.txt is empty."));
    const QByteArray big(MdfClaimRepository::MaxAttachmentBytes + 1, 'x');
    const Result<MdfAttachment> tooBig
        = repo.addAttachment(claim.id, QStringLiteral("video.mp4"), QStringLiteral("video/mp4"), big, QString(), input);
    REQUIRE_FALSE(tooBig.ok());
    CHECK(tooBig.error().message.contains(QStringLiteral("larger than 25 MiB")));
    const QByteArray atLimit(MdfClaimRepository::MaxAttachmentBytes, 'y');
    const Result<MdfAttachment> largest = repo.addAttachment(
        claim.id, QStringLiteral("scan.tif"), QStringLiteral("image/tiff"), atLimit, QString(), input);
    REQUIRE(largest.ok());
    CHECK(repo.attachmentContent(largest->id)->size() == atLimit.size());

    REQUIRE(repo.removeAttachment(largest->id, input).ok());
    CHECK(repo.attachments(claim.id)->isEmpty());
    REQUIRE(repo.restoreAttachment(largest->id, input).ok());
    CHECK(repo.attachments(claim.id)->size() == 1);

    mdfSubmitClaim(db, claim.id);
    const Result<MdfAttachment> submitted = repo.addAttachment(claim.id, QStringLiteral("late.pdf"),
        QStringLiteral("application/pdf"), QByteArrayLiteral("x"), QString(), input);
    REQUIRE_FALSE(submitted.ok());
    CHECK(submitted.error().message.contains(QStringLiteral("read-only")));
    CHECK_FALSE(repo.removeAttachment(largest->id, input).ok());
}
