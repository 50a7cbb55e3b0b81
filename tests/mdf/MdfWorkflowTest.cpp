// MdfWorkflow: the fund request and claim state tables (MDF-05/06/08/09/11), every allowed and every refused step.
#include "mdf/MdfWorkflow.h"

#include "domain/Mdf.h"
#include "support/CatchQt.h"

#include <QMap>
#include <QSet>

using namespace ChannelDesk;

namespace {

MdfRequest requestIn(const QString& status)
{
    MdfRequest r;
    r.status = status;
    r.requested = {100000, QStringLiteral("USD")};
    MdfRequestLine line;
    line.key = QStringLiteral("l1");
    line.description = QStringLiteral("Venue");
    line.requestedMinor = 100000;
    r.lines.append(line);
    return r;
}

MdfClaim claimIn(const QString& status)
{
    MdfClaim c;
    c.status = status;
    c.amount = {5000, QStringLiteral("USD")};
    return c;
}

QSet<QString> set(std::initializer_list<const char*> items)
{
    QSet<QString> result;
    for (const char* item : items)
        result.insert(QString::fromLatin1(item));
    return result;
}

QStringList codes(const QList<Choice>& choices)
{
    QStringList list;
    for (const Choice& c : choices)
        list.append(c.code);
    return list;
}

} // namespace

TEST_CASE("MDF-05 request state table - every status and action", "[mdf-workflow]")
{
    // The expected table, written out independently of the implementation: action → statuses it is allowed from
    // and the status it leads to.
    const QMap<MdfRequestAction, std::pair<QSet<QString>, QString>> expected {
        {MdfRequestAction::Submit, {set({"draft", "need_info", "rejected"}), QStringLiteral("submitted")}},
        {MdfRequestAction::RequestInfo, {set({"submitted"}), QStringLiteral("need_info")}},
        {MdfRequestAction::Approve, {set({"submitted"}), QStringLiteral("approved")}},
        {MdfRequestAction::Reject, {set({"submitted"}), QStringLiteral("rejected")}},
        {MdfRequestAction::Decline, {set({"submitted"}), QStringLiteral("declined")}},
        {MdfRequestAction::Close, {set({"approved", "partially_approved"}), QStringLiteral("closed")}},
        {MdfRequestAction::Cancel,
            {set({"draft", "submitted", "need_info", "rejected", "approved", "partially_approved"}),
                QStringLiteral("canceled")}},
    };
    REQUIRE(MdfWorkflow::allRequestActions().size() == expected.size());
    for (const QString& status : codes(mdfRequestStatuses())) {
        for (MdfRequestAction action : MdfWorkflow::allRequestActions()) {
            const auto& [from, to] = expected.value(action);
            const MdfRequest request = requestIn(status);
            const Status result = MdfWorkflow::check(request, action);
            INFO(status.toStdString() << " + " << MdfWorkflow::code(action).toStdString() << ": "
                                      << result.error().message.toStdString());
            CHECK(result.ok() == from.contains(status));
            CHECK(MdfWorkflow::targetStatus(request, action) == (from.contains(status) ? to : QString()));
            CHECK(MdfWorkflow::available(request).contains(action) == from.contains(status));
            if (!result.ok()) {
                CHECK(result.error().field == QStringLiteral("status"));
                CHECK_FALSE(result.error().message.isEmpty());
            }
        }
    }
}

TEST_CASE("MDF-06 approving with a changed or denied line gives partially approved", "[mdf-workflow]")
{
    MdfRequest request = requestIn(QStringLiteral("submitted"));
    MdfRequestLine second = request.lines.first();
    second.key = QStringLiteral("l2");
    request.lines.append(second);
    CHECK(MdfWorkflow::targetStatus(request, MdfRequestAction::Approve) == QStringLiteral("approved"));
    request.lines[0].decision = QStringLiteral("accepted");
    CHECK(MdfWorkflow::targetStatus(request, MdfRequestAction::Approve) == QStringLiteral("approved"));
    request.lines[1].decision = QStringLiteral("changed");
    CHECK(MdfWorkflow::targetStatus(request, MdfRequestAction::Approve) == QStringLiteral("partially_approved"));
    request.lines[1].decision = QStringLiteral("denied");
    CHECK(MdfWorkflow::targetStatus(request, MdfRequestAction::Approve) == QStringLiteral("partially_approved"));
}

TEST_CASE("MDF-06 a declined request can never be resubmitted - a rejected one can", "[mdf-workflow]")
{
    const Status declined = MdfWorkflow::check(requestIn(QStringLiteral("declined")), MdfRequestAction::Submit);
    REQUIRE_FALSE(declined.ok());
    CHECK(declined.error().message.contains(QStringLiteral("declined request cannot be submitted again")));
    CHECK(MdfWorkflow::check(requestIn(QStringLiteral("rejected")), MdfRequestAction::Submit).ok());
}

TEST_CASE("MDF-08 close waits for pending claims - cancel refused once claims exist", "[mdf-workflow]")
{
    MdfRequest request = requestIn(QStringLiteral("approved"));
    request.approvedMinor = 100000;
    request.claimedMinor = 3000; // a submitted claim of 30.00 not yet decided
    const Status close = MdfWorkflow::check(request, MdfRequestAction::Close);
    REQUIRE_FALSE(close.ok());
    CHECK(close.error().message.contains(QStringLiteral("$30.00")));
    CHECK_FALSE(MdfWorkflow::available(request).contains(MdfRequestAction::Close));
    const Status cancel = MdfWorkflow::check(request, MdfRequestAction::Cancel);
    REQUIRE_FALSE(cancel.ok());
    CHECK(cancel.error().message.contains(QStringLiteral("close it instead")));

    request.claimsApprovedMinor = 3000; // now decided: close is fine, cancel is not
    CHECK(MdfWorkflow::check(request, MdfRequestAction::Close).ok());
    CHECK_FALSE(MdfWorkflow::check(request, MdfRequestAction::Cancel).ok());

    const MdfRequest untouched = requestIn(QStringLiteral("partially_approved"));
    CHECK(MdfWorkflow::check(untouched, MdfRequestAction::Cancel).ok());
}

TEST_CASE("MDF-09 claim state table - every status and action", "[mdf-workflow]")
{
    const QMap<MdfClaimAction, std::pair<QSet<QString>, QString>> expected {
        {MdfClaimAction::Submit, {set({"draft", "returned"}), QStringLiteral("submitted")}},
        {MdfClaimAction::Approve, {set({"submitted"}), QStringLiteral("approved")}},
        {MdfClaimAction::Reject, {set({"submitted"}), QStringLiteral("rejected")}},
        {MdfClaimAction::Return, {set({"submitted"}), QStringLiteral("returned")}},
        {MdfClaimAction::Cancel, {set({"draft", "returned"}), QStringLiteral("canceled")}},
    };
    REQUIRE(MdfWorkflow::allClaimActions().size() == expected.size());
    for (const QString& status : codes(mdfClaimStatuses())) {
        for (MdfClaimAction action : MdfWorkflow::allClaimActions()) {
            const auto& [from, to] = expected.value(action);
            const MdfClaim claim = claimIn(status);
            const Status result = MdfWorkflow::check(claim, action);
            INFO(status.toStdString() << " + " << MdfWorkflow::code(action).toStdString());
            CHECK(result.ok() == from.contains(status));
            CHECK(MdfWorkflow::targetStatus(claim, action) == (from.contains(status) ? to : QString()));
            CHECK(MdfWorkflow::available(claim).contains(action) == from.contains(status));
        }
    }
}

TEST_CASE("MDF-05 reasons - codes round trip - labels", "[mdf-workflow]")
{
    const QSet<MdfRequestAction> withReason {
        MdfRequestAction::RequestInfo, MdfRequestAction::Reject, MdfRequestAction::Decline, MdfRequestAction::Cancel};
    QSet<QString> seen;
    for (MdfRequestAction action : MdfWorkflow::allRequestActions()) {
        CHECK(MdfWorkflow::needsReason(action) == withReason.contains(action));
        const QString code = MdfWorkflow::code(action);
        CHECK_FALSE(seen.contains(code));
        seen.insert(code);
        REQUIRE(MdfWorkflow::requestActionFromCode(code).has_value());
        CHECK(*MdfWorkflow::requestActionFromCode(code) == action);
        CHECK_FALSE(MdfWorkflow::label(action).isEmpty());
    }
    // Stored in mdf_event.action: never renamed.
    CHECK(MdfWorkflow::code(MdfRequestAction::RequestInfo) == QStringLiteral("request_info"));
    CHECK(MdfWorkflow::code(MdfRequestAction::Approve) == QStringLiteral("approve"));
    CHECK_FALSE(MdfWorkflow::requestActionFromCode(QStringLiteral("escalate")).has_value());

    const QSet<MdfClaimAction> claimReason {MdfClaimAction::Reject, MdfClaimAction::Return, MdfClaimAction::Cancel};
    for (MdfClaimAction action : MdfWorkflow::allClaimActions()) {
        CHECK(MdfWorkflow::needsReason(action) == claimReason.contains(action));
        REQUIRE(MdfWorkflow::claimActionFromCode(MdfWorkflow::code(action)).has_value());
        CHECK(*MdfWorkflow::claimActionFromCode(MdfWorkflow::code(action)) == action);
        CHECK_FALSE(MdfWorkflow::label(action).isEmpty());
    }
    CHECK(MdfWorkflow::code(MdfClaimAction::Return) == QStringLiteral("return"));
    CHECK_FALSE(MdfWorkflow::claimActionFromCode(QStringLiteral("pay")).has_value());
}

TEST_CASE("MDF-05 editability and deletion", "[mdf-workflow]")
{
    const QSet<QString> editable = set({"draft", "need_info", "rejected"});
    for (const QString& status : codes(mdfRequestStatuses())) {
        INFO(status.toStdString());
        const MdfRequest request = requestIn(status);
        CHECK(MdfWorkflow::isEditable(request) == editable.contains(status));
        CHECK(MdfWorkflow::checkEditable(request).ok() == editable.contains(status));
        CHECK(MdfWorkflow::checkDeletable(request).ok() == (status == QStringLiteral("draft")));
        CHECK(MdfWorkflow::acceptsClaims(request)
            == (status == QStringLiteral("approved") || status == QStringLiteral("partially_approved")));
    }
    const Status submitted = MdfWorkflow::checkEditable(requestIn(QStringLiteral("submitted")));
    REQUIRE_FALSE(submitted.ok());
    CHECK(submitted.error().message.contains(QStringLiteral("read-only")));
    const Status approvedDelete = MdfWorkflow::checkDeletable(requestIn(QStringLiteral("approved")));
    REQUIRE_FALSE(approvedDelete.ok());
    CHECK(approvedDelete.error().message.contains(QStringLiteral("cancel it instead")));

    const QSet<QString> claimEditable = set({"draft", "returned"});
    for (const QString& status : codes(mdfClaimStatuses())) {
        INFO(status.toStdString());
        const MdfClaim claim = claimIn(status);
        CHECK(MdfWorkflow::isEditable(claim) == claimEditable.contains(status));
        CHECK(MdfWorkflow::checkEditable(claim).ok() == claimEditable.contains(status));
        CHECK(MdfWorkflow::checkDeletable(claim).ok() == (status == QStringLiteral("draft")));
    }

    MdfRequest deleted = requestIn(QStringLiteral("draft"));
    deleted.meta.deletedAt = QDateTime::currentDateTimeUtc();
    CHECK_FALSE(MdfWorkflow::isEditable(deleted));
    CHECK(MdfWorkflow::check(deleted, MdfRequestAction::Submit).error().code == Error::Code::NotFound);
    CHECK(MdfWorkflow::available(deleted).isEmpty());
    CHECK_FALSE(MdfWorkflow::check(requestIn(QStringLiteral("bogus")), MdfRequestAction::Submit).ok());
}

TEST_CASE("MDF-11 claim status follows what is paid", "[mdf-workflow]")
{
    CHECK(MdfWorkflow::statusForPaid(10000, 0) == QStringLiteral("approved"));
    CHECK(MdfWorkflow::statusForPaid(10000, 1) == QStringLiteral("partially_paid"));
    CHECK(MdfWorkflow::statusForPaid(10000, 9999) == QStringLiteral("partially_paid"));
    CHECK(MdfWorkflow::statusForPaid(10000, 10000) == QStringLiteral("paid"));
}
