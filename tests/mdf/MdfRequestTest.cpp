// Fund requests through MdfRequestRepository: MDF-02 (commitments within the allocation), MDF-05 (workflow, approver,
// limits with escalation), MDF-06 (per-line decisions), MDF-10 (claim deadline set at approval), history and outbox.
#include "MdfTestSupport.h"
#include "deals/DealSettings.h"
#include "mdf/MdfEventLog.h"
#include "storage/RecordWriter.h"
#include "support/TempDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

using namespace ChannelDesk;
using namespace ChannelDesk::Test;

namespace {

QString fmt(qint64 minor, const QString& currency = QStringLiteral("USD"))
{
    return Money {minor, currency}.format(QLocale());
}

QList<MdfEvent> historyOf(Database& db, const QByteArray& id)
{
    const Result<QList<MdfEvent>> events = MdfEventLog(db).history(id);
    REQUIRE(events.ok());
    return *events;
}

/// The record's history as its actions in order, space-separated (a QString: CHECK on a QStringList trips GCC's
/// -Wrestrict false positive).
QString actionsOf(Database& db, const QByteArray& id)
{
    QStringList actions;
    for (const MdfEvent& e : historyOf(db, id))
        actions.append(e.action);
    return actions.join(QLatin1Char(' '));
}

qint64 committed(Database& db, const QByteArray& allocationId)
{
    return mdfCountRows(db, QStringLiteral("SELECT committed_minor FROM mdf_allocation WHERE id = ?"), {allocationId});
}

Result<MdfRequest> step(Database& db, const QByteArray& id, MdfRequestAction action, const QString& reason = {},
    const QDateTime& at = mdfDay(3))
{
    return MdfRequestRepository(db).transition(id, action, mdfBy(mdfOwner(), at, reason));
}

} // namespace

TEST_CASE(
    "MDF-05 a request is created as a draft with number - partner - currency - share - line keys", "[mdf-request]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db, 10'000'000, 1'000'000, QStringLiteral("EUR"));
    MdfRequest draft = mdfRequestDraft(s.allocation, {120'000, 30'000});
    draft.partnerId = QByteArray(16, '\x07'); // the allocation decides
    draft.requested = {1, QStringLiteral("USD")};
    draft.lines[1].key.clear();
    draft.status = QStringLiteral("approved"); // the repository decides
    const Result<MdfRequest> created = MdfRequestRepository(db).create(draft, mdfBy());
    REQUIRE(created.ok());
    CHECK(created->status == QStringLiteral("draft"));
    CHECK(created->partnerId == s.partnerId);
    CHECK(created->requested == Money {150'000, QStringLiteral("EUR")});
    CHECK(created->vendorShareBp == 5000);
    CHECK(created->lines[0].key == QStringLiteral("l1"));
    CHECK(created->lines[1].key.size() == 6);
    CHECK_FALSE(created->approvedMinor.has_value());
    CHECK(QRegularExpression(QStringLiteral("^MDF-2702-[0-9A-HJKMNP-TV-Z]{6}$")).match(created->number).hasMatch());
    CHECK(MdfRequestRepository(db).byNumber(created->number.toLower())->id == created->id);
    CHECK(mdfOutboxCount(db, QStringLiteral("mdf_request"), created->id) == 1);
    CHECK(actionsOf(db, created->id) == QStringLiteral("create"));
    CHECK(historyOf(db, created->id).first().scopeRef == s.partnerId);
    CHECK(committed(db, s.allocation.id) == 0);
    CHECK(mdfCountRows(db, QStringLiteral("SELECT requested_minor FROM mdf_allocation WHERE id = ?"), {s.allocation.id})
        == 0); // a draft requests nothing yet
}

TEST_CASE("MDF-03 requests draw only on authorised allocations", "[mdf-request]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db);
    const MdfRequest request = mdfCreateRequest(db, s.allocation, {1000});
    MdfAllocation allocation = s.allocation;
    allocation.authorized = false;
    REQUIRE(*MdfBudgetRepository(db).updateAllocation(allocation, mdfBy()));
    const Result<MdfRequest> submitted = step(db, request.id, MdfRequestAction::Submit);
    REQUIRE_FALSE(submitted.ok());
    CHECK(submitted.error().field == QStringLiteral("allocation_id"));
    CHECK(submitted.error().message.contains(QStringLiteral("not authorised")));
    CHECK_FALSE(MdfRequestRepository(db).create(mdfRequestDraft(s.allocation, {1}), mdfBy()).ok());
}

TEST_CASE("MDF-05 submit then approve by the budget owner sets the claim deadline (MDF-10)", "[mdf-request]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db);
    const MdfRequest draft = mdfCreateRequest(db, s.allocation, {200'000, 50'000});
    const MdfRequest submitted = mdfSubmitRequest(db, draft.id, mdfDay(1));
    CHECK(submitted.submittedAt == mdfDay(1));
    CHECK(mdfCountRows(db, QStringLiteral("SELECT requested_minor FROM mdf_allocation WHERE id = ?"), {s.allocation.id})
        == 250'000);

    MdfRequestRepository repo(db);
    const Result<MdfRequest> stranger = repo.approve(draft.id, {}, mdfBy(QStringLiteral("mallory"), mdfDay(2)));
    REQUIRE_FALSE(stranger.ok());
    CHECK(stranger.error().field == QStringLiteral("approver"));
    CHECK(stranger.error().message == QStringLiteral("This request is waiting for anna's decision."));

    const MdfRequest approved = mdfApproveRequest(db, draft.id);
    CHECK(approved.status == QStringLiteral("approved"));
    CHECK(approved.approvedMinor == 250'000);
    CHECK(approved.decidedAt == mdfDay(2));
    CHECK(approved.claimDeadline == QDate(2027, 6, 29)); // 31 March + 90 days
    for (const MdfRequestLine& line : approved.lines) {
        CHECK(line.decision == QStringLiteral("accepted"));
        CHECK(line.approvedMinor == line.requestedMinor);
    }
    CHECK(committed(db, s.allocation.id) == 250'000);

    const QList<MdfEvent> events = historyOf(db, draft.id);
    REQUIRE(events.size() == 3);
    CHECK(events[1].action == QStringLiteral("submit"));
    CHECK(events[1].fromStatus == QStringLiteral("draft"));
    CHECK(events[1].toStatus == QStringLiteral("submitted"));
    CHECK(events[1].actor == QStringLiteral("partner.user"));
    CHECK(events[2].action == QStringLiteral("approve"));
    CHECK(events[2].toStatus == QStringLiteral("approved"));
    const QJsonObject detail = QJsonDocument::fromJson(events[2].detail.toUtf8()).object();
    CHECK(detail.value(QStringLiteral("approved")).toInteger() == 250'000);
    CHECK(detail.value(QStringLiteral("claim_deadline")).toString() == QStringLiteral("2027-06-29"));
    CHECK(mdfOutboxCount(db, QStringLiteral("mdf_request"), draft.id) == 3);
    CHECK(mdfAuditText(db).isEmpty());
}

TEST_CASE("MDF-06 per-line decisions give a partial approval", "[mdf-request]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db);
    const MdfRequest draft = mdfCreateRequest(db, s.allocation, {100'000, 50'000, 30'000});
    mdfSubmitRequest(db, draft.id);
    MdfRequestRepository repo(db);
    const MdfActionInput owner = mdfBy(mdfOwner(), mdfDay(2));

    const Result<MdfRequest> unknown = repo.approve(draft.id, {mdfAccept(QStringLiteral("nope"))}, owner);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message == QStringLiteral("This request has no line nope."));
    const Result<MdfRequest> notLess = repo.approve(draft.id, {mdfChange(QStringLiteral("l2"), 50'000)}, owner);
    REQUIRE_FALSE(notLess.ok());
    CHECK(notLess.error().field == QStringLiteral("line_items"));
    CHECK(notLess.error().message.contains(QStringLiteral("less than the requested %1").arg(fmt(50'000))));
    const Result<MdfRequest> allDenied = repo.approve(
        draft.id, {mdfDeny(QStringLiteral("l1")), mdfDeny(QStringLiteral("l2")), mdfDeny(QStringLiteral("l3"))}, owner);
    REQUIRE_FALSE(allDenied.ok());
    CHECK(allDenied.error().message.contains(QStringLiteral("reject or decline")));
    const Result<MdfRequest> twice
        = repo.approve(draft.id, {mdfDeny(QStringLiteral("l1")), mdfAccept(QStringLiteral("l1"))}, owner);
    REQUIRE_FALSE(twice.ok());
    CHECK(repo.get(draft.id)->status == QStringLiteral("submitted"));

    const MdfRequest partial = mdfApproveRequest(db, draft.id,
        {mdfChange(QStringLiteral("l1"), 80'000, QStringLiteral("Smaller venue")), mdfDeny(QStringLiteral("l3"))});
    CHECK(partial.status == QStringLiteral("partially_approved"));
    CHECK(partial.approvedMinor == 130'000);
    CHECK(partial.requested.minor == 180'000); // kept apart from the approved amount (MDF-06)
    CHECK(partial.lines[0].decision == QStringLiteral("changed"));
    CHECK(partial.lines[0].approvedMinor == 80'000);
    CHECK(partial.lines[0].note == QStringLiteral("Smaller venue"));
    CHECK(partial.lines[1].decision == QStringLiteral("accepted"));
    CHECK(partial.lines[1].approvedMinor == 50'000);
    CHECK(partial.lines[2].decision == QStringLiteral("denied"));
    CHECK(partial.lines[2].approvedMinor == 0);
    CHECK(committed(db, s.allocation.id) == 130'000);
    CHECK(mdfAuditText(db).isEmpty());
}

TEST_CASE("MDF-02 approval up to the allocation exactly - one minor unit more is refused", "[mdf-request]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db, 10'000'000, 1'000'000);
    mdfApprovedRequest(db, s.allocation, {600'000}, QStringLiteral("First"));
    const MdfRequest second = mdfCreateRequest(db, s.allocation, {400'001}, QStringLiteral("Second"));
    mdfSubmitRequest(db, second.id);
    MdfRequestRepository repo(db);
    const Result<MdfRequest> over = repo.approve(second.id, {}, mdfBy(mdfOwner(), mdfDay(2)));
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().field == QStringLiteral("amount_minor"));
    CHECK(over.error().message
        == QStringLiteral("Approved requests would exceed the allocation: %1 committed of %2 (MDF-02).")
               .arg(fmt(1'000'001), fmt(1'000'000)));
    CHECK(over.error().message.contains(QStringLiteral("$10,000.01")));
    CHECK(repo.get(second.id)->status == QStringLiteral("submitted"));
    CHECK(committed(db, s.allocation.id) == 600'000);

    // Trimming one line by one minor unit makes it fit exactly.
    const MdfRequest exact = mdfApproveRequest(db, second.id, {mdfChange(QStringLiteral("l1"), 400'000)});
    CHECK(exact.status == QStringLiteral("partially_approved"));
    CHECK(committed(db, s.allocation.id) == 1'000'000);
    CHECK(mdfAuditText(db).isEmpty());
}

TEST_CASE("MDF-02 allow_negative lets an approval overdraw the allocation", "[mdf-request]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db, 10'000'000, 100'000, QStringLiteral("USD"), true);
    const MdfRequest approved = mdfApprovedRequest(db, s.allocation, {150'000});
    CHECK(approved.status == QStringLiteral("approved"));
    CHECK(committed(db, s.allocation.id) == 150'000);
    CHECK(mdfAuditText(db).isEmpty());
}

TEST_CASE("MDF-05 above the approver's limit the request is escalated - at the limit it is approved", "[mdf-request]")
{
    TempDatabase temp;
    Database& db = temp.db();
    REQUIRE(MdfSettings(db).setApprovalLimits({{mdfOwner(), 100'000, QStringLiteral("bob")}}).ok());
    const MdfSetup s = mdfSetup(db);
    MdfRequestRepository repo(db);

    const MdfRequest atLimit = mdfCreateRequest(db, s.allocation, {100'000}, QStringLiteral("At the limit"));
    mdfSubmitRequest(db, atLimit.id);
    const Result<MdfRequest> approved = repo.approve(atLimit.id, {}, mdfBy(mdfOwner(), mdfDay(2)));
    REQUIRE(approved.ok());
    CHECK(approved->status == QStringLiteral("approved"));

    const MdfRequest above = mdfCreateRequest(db, s.allocation, {100'001}, QStringLiteral("Above"));
    mdfSubmitRequest(db, above.id);
    const Result<MdfRequest> escalated = repo.approve(above.id, {}, mdfBy(mdfOwner(), mdfDay(2)));
    REQUIRE(escalated.ok());
    CHECK(escalated->status == QStringLiteral("submitted"));
    CHECK(escalated->approver == QStringLiteral("bob"));
    CHECK_FALSE(escalated->approvedMinor.has_value());
    CHECK(escalated->lines[0].decision == QStringLiteral("pending"));
    const QList<MdfEvent> events = historyOf(db, above.id);
    REQUIRE(events.size() == 3);
    CHECK(events.last().action == QStringLiteral("escalate"));
    CHECK(events.last().fromStatus == QStringLiteral("submitted"));
    CHECK(events.last().toStatus == QStringLiteral("submitted"));
    const QJsonObject detail = QJsonDocument::fromJson(events.last().detail.toUtf8()).object();
    CHECK(detail.value(QStringLiteral("to")).toString() == QStringLiteral("bob"));
    CHECK(detail.value(QStringLiteral("amount_base")).toInteger() == 100'001);

    // Now only bob decides; bob has no limit.
    const Result<MdfRequest> annaAgain = repo.approve(above.id, {}, mdfBy(mdfOwner(), mdfDay(3)));
    REQUIRE_FALSE(annaAgain.ok());
    CHECK(annaAgain.error().message == QStringLiteral("This request is waiting for bob's decision."));
    const MdfRequest byBob = mdfApproveRequest(db, above.id);
    CHECK(byBob.status == QStringLiteral("approved"));
    CHECK(historyOf(db, above.id).last().actor == QStringLiteral("bob"));
}

TEST_CASE("MDF-05 approval limits convert other currencies with the deal rates", "[mdf-request]")
{
    TempDatabase temp;
    Database& db = temp.db();
    REQUIRE(MdfSettings(db)
                .setApprovalLimits(
                    {{mdfOwner(), 100'000, QStringLiteral("bob")}, {QStringLiteral("bob"), 50'000, QString()}})
                .ok());
    const MdfSetup s = mdfSetup(db, 10'000'000, 5'000'000, QStringLiteral("EUR"));
    MdfRequestRepository repo(db);
    const MdfRequest request = mdfCreateRequest(db, s.allocation, {90'910});
    mdfSubmitRequest(db, request.id);

    // No EUR rate yet: the limit cannot be checked.
    const Result<MdfRequest> noRate = repo.approve(request.id, {}, mdfBy(mdfOwner(), mdfDay(2)));
    REQUIRE_FALSE(noRate.ok());
    CHECK(noRate.error().field == QStringLiteral("currency"));
    CHECK(noRate.error().message.contains(QStringLiteral("no EUR to USD exchange rate")));

    // 909.10 EUR × 1.10 = 1,000.01 USD: above anna's 1,000.00.
    REQUIRE(DealSettings(db).setRates({{QStringLiteral("EUR"), QDate(2027, 1, 1), 1.10}}).ok());
    const Result<MdfRequest> escalated = repo.approve(request.id, {}, mdfBy(mdfOwner(), mdfDay(2)));
    REQUIRE(escalated.ok());
    CHECK(escalated->approver == QStringLiteral("bob"));
    // bob's limit is lower and he has no one to escalate to.
    const Result<MdfRequest> stuck = repo.approve(request.id, {}, mdfBy(QStringLiteral("bob"), mdfDay(2)));
    REQUIRE_FALSE(stuck.ok());
    CHECK(stuck.error().message
        == QStringLiteral(
            "The approved amount (%1) is above bob's approval limit of %2, and no one to escalate to is set.")
               .arg(fmt(90'910, QStringLiteral("EUR")), fmt(50'000)));
    // Approving less (a changed line) fits bob's limit: 454.54 EUR × 1.10 = 500.00 USD.
    const Result<MdfRequest> partial
        = repo.approve(request.id, {mdfChange(QStringLiteral("l1"), 45'454)}, mdfBy(QStringLiteral("bob"), mdfDay(2)));
    REQUIRE(partial.ok());
    CHECK(partial->status == QStringLiteral("partially_approved"));
}

TEST_CASE("MDF-05 need info - reject and resubmit - decline is final - reasons required", "[mdf-request]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db);
    MdfRequestRepository repo(db);
    const MdfRequest request = mdfCreateRequest(db, s.allocation, {10'000});
    mdfSubmitRequest(db, request.id);

    const Result<MdfRequest> noReason = step(db, request.id, MdfRequestAction::RequestInfo);
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().field == QStringLiteral("reason"));
    REQUIRE(step(db, request.id, MdfRequestAction::RequestInfo, QStringLiteral("Which cities?")).ok());

    // Editable again while waiting for information (MDF-05).
    MdfRequest edited = *repo.get(request.id);
    edited.description = QStringLiteral("Hanoi, Da Nang, Ho Chi Minh City");
    edited.lines[0].requestedMinor = 12'000;
    REQUIRE(*repo.update(edited, mdfBy(QStringLiteral("partner.user"), mdfDay(3))));
    CHECK(repo.get(request.id)->requested.minor == 12'000);
    mdfSubmitRequest(db, request.id, mdfDay(4));
    REQUIRE(step(db, request.id, MdfRequestAction::Reject, QStringLiteral("Out of scope"), mdfDay(5)).ok());
    CHECK(repo.get(request.id)->decidedAt == mdfDay(5));
    CHECK(mdfCountRows(db, QStringLiteral("SELECT requested_minor FROM mdf_allocation WHERE id = ?"), {s.allocation.id})
        == 0);
    mdfSubmitRequest(db, request.id, mdfDay(6));
    REQUIRE(step(db, request.id, MdfRequestAction::Decline, QStringLiteral("Not a fit"), mdfDay(7)).ok());
    const Result<MdfRequest> again = step(db, request.id, MdfRequestAction::Submit, {}, mdfDay(8));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("declined request cannot be submitted again")));
    const QList<MdfEvent> events = historyOf(db, request.id);
    QStringList path;
    for (const MdfEvent& e : events)
        path.append(e.fromStatus + QStringLiteral(">") + e.toStatus);
    CHECK(path.join(QLatin1Char(' '))
        == QStringLiteral(">draft draft>submitted submitted>need_info need_info>need_info need_info>submitted "
                          "submitted>rejected rejected>submitted submitted>declined"));
    CHECK(events[2].reason == QStringLiteral("Which cities?"));
}

TEST_CASE("MDF-05 a submitted request is read-only - workflow fields never change through edits", "[mdf-request]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db);
    MdfRequestRepository repo(db);
    const MdfRequest draft = mdfCreateRequest(db, s.allocation, {10'000});
    MdfRequest edited = draft;
    edited.status = QStringLiteral("approved");
    const Result<bool> statusEdit = repo.update(edited, mdfBy());
    REQUIRE_FALSE(statusEdit.ok());
    CHECK(statusEdit.error().field == QStringLiteral("status"));
    edited = draft;
    edited.approvedMinor = 10'000;
    CHECK(repo.update(edited, mdfBy()).error().field == QStringLiteral("approved_minor"));
    CHECK(*repo.update(draft, mdfBy()) == false);

    const MdfRequest submitted = mdfSubmitRequest(db, draft.id);
    edited = submitted;
    edited.title = QStringLiteral("Changed");
    const Result<bool> readOnly = repo.update(edited, mdfBy());
    REQUIRE_FALSE(readOnly.ok());
    CHECK(readOnly.error().message.contains(QStringLiteral("read-only")));
    CHECK_FALSE(repo.remove(draft.id, mdfBy()).ok());
}

TEST_CASE("MDF-05 only drafts are deleted - restore brings them back", "[mdf-request]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db);
    MdfRequestRepository repo(db);
    const MdfRequest draft = mdfCreateRequest(db, s.allocation, {10'000});
    REQUIRE(repo.remove(draft.id, mdfBy()).ok());
    CHECK(repo.get(draft.id)->meta.isDeleted());
    CHECK_FALSE(step(db, draft.id, MdfRequestAction::Submit).ok());
    REQUIRE(repo.restore(draft.id, mdfBy()).ok());
    CHECK_FALSE(repo.get(draft.id)->meta.isDeleted());
    CHECK(actionsOf(db, draft.id) == QStringLiteral("create delete restore"));
    CHECK(mdfOutboxCount(db, QStringLiteral("mdf_request"), draft.id) == 3);
}

TEST_CASE("MDF-02 cancel and close give the funds back to the allocation", "[mdf-request]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db, 10'000'000, 1'000'000);
    const MdfRequest canceled = mdfApprovedRequest(db, s.allocation, {300'000}, QStringLiteral("Canceled one"));
    const MdfRequest closed = mdfApprovedRequest(db, s.allocation, {400'000}, QStringLiteral("Closed one"));
    CHECK(committed(db, s.allocation.id) == 700'000);

    const Result<MdfRequest> noReason = step(db, canceled.id, MdfRequestAction::Cancel);
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().field == QStringLiteral("reason"));
    REQUIRE(step(db, canceled.id, MdfRequestAction::Cancel, QStringLiteral("Event called off")).ok());
    CHECK(committed(db, s.allocation.id) == 400'000);

    // A claim of 150.00 approved at 100.00; closing keeps only what claims were approved for.
    const MdfClaim claim = mdfCreateClaim(db, closed.id, {15'000});
    mdfSubmitClaim(db, claim.id);
    const Result<MdfRequest> pending = step(db, closed.id, MdfRequestAction::Close);
    REQUIRE_FALSE(pending.ok());
    CHECK(pending.error().message.contains(fmt(15'000)));
    mdfApproveClaim(db, claim.id, 10'000);
    const Result<MdfRequest> cancelClaimed = step(db, closed.id, MdfRequestAction::Cancel, QStringLiteral("x"));
    REQUIRE_FALSE(cancelClaimed.ok());
    CHECK(cancelClaimed.error().message.contains(QStringLiteral("close it instead")));
    const Result<MdfRequest> done = step(db, closed.id, MdfRequestAction::Close);
    REQUIRE(done.ok());
    CHECK(done->status == QStringLiteral("closed"));
    CHECK(committed(db, s.allocation.id) == 10'000);
    const QJsonObject detail = QJsonDocument::fromJson(historyOf(db, closed.id).last().detail.toUtf8()).object();
    CHECK(detail.value(QStringLiteral("released")).toInteger() == 390'000);
    // A closed request takes no more claims (MDF-08).
    const Result<MdfClaim> late = MdfClaimRepository(db).create(
        mdfClaimDraft(closed.id, {100}, QStringLiteral("Late")), mdfBy(QStringLiteral("partner.user"), mdfClaimDay()));
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().message.contains(QStringLiteral("(MDF-08)")));
    CHECK(mdfAuditText(db).isEmpty());
}

TEST_CASE("MDF-02 a rejected claim still blocks canceling the request", "[mdf-request]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db);
    const MdfRequest request = mdfApprovedRequest(db, s.allocation, {300'000});
    const MdfClaim claim = mdfCreateClaim(db, request.id, {10'000});
    mdfSubmitClaim(db, claim.id);
    REQUIRE(MdfClaimRepository(db)
                .transition(
                    claim.id, MdfClaimAction::Reject, mdfBy(mdfOwner(), mdfClaimDay(), QStringLiteral("No receipts")))
                .ok());
    const Result<MdfRequest> cancel = step(db, request.id, MdfRequestAction::Cancel, QStringLiteral("Stop"));
    REQUIRE_FALSE(cancel.ok());
    CHECK(cancel.error().message.contains(QStringLiteral("close it instead")));
    CHECK(step(db, request.id, MdfRequestAction::Close).ok());
}

TEST_CASE("MDF-10 claim deadlines within a window", "[mdf-request]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db);
    const MdfRequest request = mdfApprovedRequest(db, s.allocation, {10'000}); // deadline 2027-06-29
    MdfRequestRepository repo(db);
    CHECK(repo.deadlinesWithin(QDate(2027, 6, 15), 14)->size() == 1);
    CHECK(repo.deadlinesWithin(QDate(2027, 6, 15), 13)->isEmpty());
    CHECK(repo.deadlinesWithin(QDate(2027, 6, 29), 0)->size() == 1);
    CHECK(repo.deadlinesWithin(QDate(2027, 6, 30), 30)->isEmpty());
    REQUIRE(step(db, request.id, MdfRequestAction::Close).ok());
    CHECK(repo.deadlinesWithin(QDate(2027, 6, 15), 14)->isEmpty());
}

TEST_CASE("MDF-02 a failed approval leaves the request submitted with no outbox entry or event", "[mdf-request]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup s = mdfSetup(db);
    const MdfRequest request = mdfCreateRequest(db, s.allocation, {10'000});
    mdfSubmitRequest(db, request.id);
    const qint64 outbox = mdfCountRows(db, QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
    const qint64 events = mdfCountRows(db, QStringLiteral("SELECT COUNT(*) FROM mdf_event"));
    // Fail the second write (the event after the request row): the request row must roll back with it.
    int writes = 0;
    RecordWriter::setFaultHook([&writes](const char*) {
        return ++writes == 2 ? Status(Error::storage(QStringLiteral("injected"), {})) : Status();
    });
    const Result<MdfRequest> approved = MdfRequestRepository(db).approve(request.id, {}, mdfBy(mdfOwner(), mdfDay(2)));
    RecordWriter::setFaultHook({});
    CHECK_FALSE(approved.ok());
    CHECK(writes == 2);
    CHECK(MdfRequestRepository(db).get(request.id)->status == QStringLiteral("submitted"));
    CHECK(committed(db, s.allocation.id) == 0);
    CHECK(mdfCountRows(db, QStringLiteral("SELECT COUNT(*) FROM sync_outbox")) == outbox);
    CHECK(mdfCountRows(db, QStringLiteral("SELECT COUNT(*) FROM mdf_event")) == events);
}

TEST_CASE("MDF-05 program settings and approval limits are kept - with their rules", "[mdf-request]")
{
    TempDatabase temp;
    Database& db = temp.db();
    MdfSettings settings(db);
    const Result<MdfProgram> defaults = settings.program();
    REQUIRE(defaults.ok());
    CHECK(defaults->deadlineWarningDays == 14);
    CHECK(defaults->slaHours == 48);
    CHECK(defaults->baseCurrency == QStringLiteral("USD"));

    MdfProgram program;
    program.deadlineWarningDays = 30;
    program.slaHours = 24;
    program.baseCurrency = QStringLiteral("EUR");
    REQUIRE(settings.setProgram(program).ok());
    CHECK(settings.program()->deadlineWarningDays == 30);
    CHECK(settings.program()->slaHours == 24);
    CHECK(settings.program()->baseCurrency == QStringLiteral("EUR"));
    program.baseCurrency = QStringLiteral("EURO");
    CHECK(settings.setProgram(program).error().field == QStringLiteral("base_currency"));
    program.baseCurrency = QStringLiteral("EUR");
    program.slaHours = 0;
    CHECK(settings.setProgram(program).error().field == QStringLiteral("sla_hours"));
    CHECK(settings.program()->slaHours == 24);

    REQUIRE(settings
                .setApprovalLimits({{QStringLiteral("anna"), 100'000, QStringLiteral("bob")},
                    {QStringLiteral("bob"), 500'000, QString()}})
                .ok());
    REQUIRE(settings.approvalLimits()->size() == 2);
    CHECK(settings.approvalLimits()->at(0).escalateTo == QStringLiteral("bob"));
    const Status cycle = settings.setApprovalLimits(
        {{QStringLiteral("anna"), 1, QStringLiteral("bob")}, {QStringLiteral("bob"), 2, QStringLiteral("anna")}});
    REQUIRE_FALSE(cycle.ok());
    CHECK(cycle.error().field == QStringLiteral("escalate_to"));
    CHECK(settings.setApprovalLimits({{QStringLiteral("anna"), -1, QString()}}).error().field
        == QStringLiteral("limit_minor"));
    CHECK(settings.approvalLimits()->size() == 2); // a refused write changes nothing

    // "me" is the deal program's current user.
    DealProgram deals;
    deals.currentUser = QStringLiteral("carol");
    REQUIRE(DealSettings(db).setProgram(deals).ok());
    CHECK(settings.me() == QStringLiteral("carol"));
}

TEST_CASE("MDF-05 an MDF base currency other than the deal base still converts limits", "[mdf-request]")
{
    TempDatabase temp;
    Database& db = temp.db();
    MdfProgram program;
    program.baseCurrency = QStringLiteral("EUR");
    REQUIRE(MdfSettings(db).setProgram(program).ok());
    // anna may approve up to 1,000.00 EUR = 1,100.00 USD at 1.10; the rates are against the deal base (USD).
    REQUIRE(MdfSettings(db).setApprovalLimits({{mdfOwner(), 100'000, QStringLiteral("bob")}}).ok());
    REQUIRE(DealSettings(db).setRates({{QStringLiteral("EUR"), QDate(2027, 1, 1), 1.10}}).ok());
    const MdfSetup s = mdfSetup(db);
    MdfRequestRepository repo(db);
    const MdfRequest within = mdfCreateRequest(db, s.allocation, {110'000}, QStringLiteral("Within"));
    mdfSubmitRequest(db, within.id);
    CHECK(repo.approve(within.id, {}, mdfBy(mdfOwner(), mdfDay(2)))->status == QStringLiteral("approved"));
    const MdfRequest above = mdfCreateRequest(db, s.allocation, {110'001}, QStringLiteral("Above"));
    mdfSubmitRequest(db, above.id);
    CHECK(repo.approve(above.id, {}, mdfBy(mdfOwner(), mdfDay(2)))->approver == QStringLiteral("bob"));
}
