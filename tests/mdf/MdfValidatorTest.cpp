// MdfValidator: field rules of single MDF records, each refusal naming the field (MDF-01/03/05/06/07/09/10/11).
#include "mdf/MdfValidator.h"

#include "common/Uuid.h"
#include "domain/Mdf.h"
#include "support/CatchQt.h"

using namespace ChannelDesk;

namespace {

const QByteArray someId = QByteArray(16, '\x01');

MdfBudget budget()
{
    MdfBudget b;
    b.name = QStringLiteral("FY27 EMEA");
    b.periodStart = QDate(2027, 1, 1);
    b.periodEnd = QDate(2027, 12, 31);
    b.amount = {10000000, QStringLiteral("USD")};
    return b;
}

MdfAllocation allocation()
{
    MdfAllocation a;
    a.budgetId = someId;
    a.partnerId = someId;
    a.period = QStringLiteral("2027-Q1");
    a.amount = {500000, QStringLiteral("USD")};
    return a;
}

MdfRequest request()
{
    MdfRequest r;
    r.title = QStringLiteral("Roadshow");
    r.allocationId = someId;
    r.partnerId = someId;
    r.activityType = QStringLiteral("event");
    r.startDate = QDate(2027, 3, 1);
    r.endDate = QDate(2027, 3, 31);
    for (int i = 1; i <= 2; ++i) {
        MdfRequestLine line;
        line.key = QStringLiteral("l%1").arg(i);
        line.description = QStringLiteral("Cost %1").arg(i);
        line.requestedMinor = 10000 * i;
        r.lines.append(line);
    }
    r.requested = {30000, QStringLiteral("USD")};
    return r;
}

MdfClaim claim()
{
    MdfClaim c;
    c.title = QStringLiteral("Roadshow invoices");
    c.requestId = someId;
    c.partnerId = someId;
    MdfClaimLine line;
    line.description = QStringLiteral("Venue");
    line.amountMinor = 7000;
    c.lines.append(line);
    c.amount = {7000, QStringLiteral("USD")};
    return c;
}

MdfPayment payment()
{
    MdfPayment p;
    p.claimId = someId;
    p.partnerId = someId;
    p.amount = {7000, QStringLiteral("USD")};
    p.paidOn = QDate(2027, 5, 1);
    p.method = QStringLiteral("bank_transfer");
    return p;
}

MdfAttachment attachment()
{
    MdfAttachment a;
    a.claimId = someId;
    a.partnerId = someId;
    a.fileName = QStringLiteral("invoice.pdf");
    a.sha256 = QString(64, QLatin1Char('a'));
    a.sizeBytes = 10;
    return a;
}

// The refusal's field, and that its message contains `words`.
template<class T>
void refused(const T& record, const char* field, const char* words)
{
    const Status status = MdfValidator::validate(record);
    INFO("expected a refusal on " << field);
    REQUIRE_FALSE(status.ok());
    INFO(status.error().message.toStdString());
    CHECK(status.error().code == Error::Code::Validation);
    CHECK(status.error().field == QString::fromLatin1(field));
    CHECK(status.error().message.contains(QString::fromUtf8(words)));
}

} // namespace

TEST_CASE("MDF-01 budget field rules", "[mdf-validator]")
{
    CHECK(MdfValidator::validate(budget()).ok());
    MdfBudget b = budget();
    b.name = QStringLiteral("  ");
    refused(b, "name", "budget's name");
    b = budget();
    b.periodEnd = QDate(2026, 12, 31);
    refused(b, "period_end", "ends before it starts");
    b = budget();
    b.periodStart = {};
    refused(b, "period_start", "first day");
    b = budget();
    b.amount.minor = -1;
    refused(b, "amount_minor", "cannot be negative");
    b = budget();
    b.amount.currency = QStringLiteral("XYZ");
    refused(b, "currency", "\"XYZ\" is not an ISO 4217 currency code");
    b = budget();
    b.vendorShareBp = 0;
    refused(b, "vendor_share_bp", "vendor share");
    b.vendorShareBp = 10001;
    refused(b, "vendor_share_bp", "vendor share");
    b.vendorShareBp = 10000;
    CHECK(MdfValidator::validate(b).ok());
    b.vendorShareBp = 1;
    CHECK(MdfValidator::validate(b).ok());
    b = budget();
    b.claimDays = 731;
    refused(b, "claim_days", "730");
    b.claimDays = -1;
    refused(b, "claim_days", "claim period");
    b.claimDays = 0;
    CHECK(MdfValidator::validate(b).ok());
    b.claimDays = 730;
    CHECK(MdfValidator::validate(b).ok());
    b = budget();
    b.name = QString(201, QLatin1Char('x'));
    refused(b, "name", "too long");
    b = budget();
    b.amount = {0, QStringLiteral("VND")};
    CHECK(MdfValidator::validate(b).ok());
}

TEST_CASE("MDF-03 allocation field rules and periods", "[mdf-validator]")
{
    CHECK(MdfValidator::validate(allocation()).ok());
    MdfAllocation a = allocation();
    a.budgetId.clear();
    refused(a, "budget_id", "budget");
    a = allocation();
    a.partnerId = QByteArray(3, 'x');
    refused(a, "partner_id", "partner");
    a = allocation();
    a.period = QStringLiteral("2027-Q5");
    refused(a, "period", "\"2027-Q5\" is not a period");
    a.period = QString();
    refused(a, "period", "Enter the period");
    a = allocation();
    a.amount.minor = -100;
    refused(a, "amount_minor", "cannot be negative");
    a = allocation();
    a.amount.currency.clear();
    refused(a, "currency", "Choose the currency");
}

TEST_CASE("MDF-03 period labels and the dates they cover", "[mdf-validator]")
{
    QDate first;
    QDate last;
    REQUIRE(MdfValidator::parsePeriod(QStringLiteral("2027"), &first, &last));
    CHECK(first == QDate(2027, 1, 1));
    CHECK(last == QDate(2027, 12, 31));
    REQUIRE(MdfValidator::parsePeriod(QStringLiteral("2027-H2"), &first, &last));
    CHECK(first == QDate(2027, 7, 1));
    CHECK(last == QDate(2027, 12, 31));
    REQUIRE(MdfValidator::parsePeriod(QStringLiteral("2027-Q1"), &first, &last));
    CHECK(first == QDate(2027, 1, 1));
    CHECK(last == QDate(2027, 3, 31));
    REQUIRE(MdfValidator::parsePeriod(QStringLiteral("2028-02"), &first, &last));
    CHECK(first == QDate(2028, 2, 1));
    CHECK(last == QDate(2028, 2, 29)); // leap year
    REQUIRE(MdfValidator::parsePeriod(QStringLiteral("2027-Q4"), &first, &last));
    CHECK(last == QDate(2027, 12, 31));
    for (const char* bad : {"", "27", "2027-Q0", "2027-Q5", "2027-H3", "2027-13", "2027-00", "2027-1", "2027 ",
             "2027-q1", "FY27", "2027-Q1-01"}) {
        INFO(bad);
        CHECK_FALSE(MdfValidator::parsePeriod(QString::fromLatin1(bad)));
    }
}

TEST_CASE("MDF-05 request field rules", "[mdf-validator]")
{
    CHECK(MdfValidator::validate(request()).ok());
    MdfRequest r = request();
    r.title.clear();
    refused(r, "title", "title");
    r = request();
    r.activityType = QStringLiteral("party");
    refused(r, "activity_type", "\"party\" is not a type of activity");
    r.activityType.clear();
    refused(r, "activity_type", "Choose the type");
    r = request();
    r.endDate = QDate(2027, 2, 28);
    refused(r, "end_date", "The activity ends before it starts.");
    r = request();
    r.startDate = {};
    refused(r, "start_date", "starts");
    r = request();
    r.allocationId.clear();
    refused(r, "allocation_id", "allocation");
    r = request();
    r.lines.clear();
    r.requested.minor = 0;
    refused(r, "line_items", "at least one cost line");
    r = request();
    r.lines[1].requestedMinor = 0;
    r.requested.minor = 10000;
    refused(r, "line_items", "Line 2 (Cost 2): the amount must be more than zero");
    r = request();
    r.lines[0].description = QStringLiteral(" ");
    refused(r, "line_items", "Line 1: describe the cost");
    r = request();
    r.requested.minor = 30001;
    refused(r, "requested_minor", "($300.01) is not the sum of the lines ($300.00)");
    r = request();
    r.vendorShareBp = 0;
    refused(r, "vendor_share_bp", "vendor share");
    r = request();
    r.lines[1].key = QStringLiteral("l1");
    refused(r, "line_items", "same key");
    r = request();
    r.campaign = QString(201, QLatin1Char('c'));
    refused(r, "campaign", "too long");
}

TEST_CASE("MDF-06 line decisions must agree with their approved amounts", "[mdf-validator]")
{
    MdfRequest r = request();
    r.lines[0].decision = QStringLiteral("accepted");
    r.lines[0].approvedMinor = 10000;
    r.lines[1].decision = QStringLiteral("changed");
    r.lines[1].approvedMinor = 15000;
    r.approvedMinor = 25000;
    CHECK(MdfValidator::validate(r).ok());

    MdfRequest bad = r;
    bad.lines[0].approvedMinor = 9999;
    refused(bad, "line_items", "Line 1 (Cost 1) is accepted as is");
    bad = r;
    bad.lines[1].approvedMinor = 20000; // changed but equal to requested
    bad.approvedMinor = 30000;
    refused(bad, "line_items", "Line 2 (Cost 2) is accepted with changes");
    bad.lines[1].approvedMinor = 0;
    bad.approvedMinor = 10000;
    refused(bad, "line_items", "accepted with changes");
    bad = r;
    bad.lines[1].decision = QStringLiteral("denied");
    bad.lines[1].approvedMinor = 5;
    bad.approvedMinor = 10005;
    refused(bad, "line_items", "is denied, so its approved amount must be zero");
    bad.lines[1].approvedMinor = 0;
    bad.approvedMinor = 10000;
    CHECK(MdfValidator::validate(bad).ok());
    bad = r;
    bad.approvedMinor = 25001;
    refused(bad, "approved_minor", "($250.01) is not the sum of the lines' approved amounts ($250.00)");
    bad = r;
    bad.lines[1].decision = QStringLiteral("pending");
    bad.lines[1].approvedMinor.reset();
    refused(bad, "line_items", "Decide every line, or none.");
    bad = r;
    bad.lines[1].decision = QStringLiteral("maybe");
    refused(bad, "line_items", "\"maybe\" is not a decision");
    bad = request();
    bad.approvedMinor = 100;
    refused(bad, "approved_minor", "lines are undecided");
}

TEST_CASE("MDF-09 claim field rules", "[mdf-validator]")
{
    CHECK(MdfValidator::validate(claim()).ok());
    MdfClaim c = claim();
    c.title.clear();
    refused(c, "title", "claim's title");
    c = claim();
    c.requestId.clear();
    refused(c, "request_id", "approved request");
    c = claim();
    c.lines.clear();
    refused(c, "line_items", "at least one expense line");
    c = claim();
    c.lines[0].amountMinor = -5;
    refused(c, "line_items", "Line 1 (Venue): the amount must be more than zero");
    c = claim();
    c.amount.minor = 6999;
    refused(c, "amount_minor", "($69.99) is not the sum of the lines ($70.00)");
    c = claim();
    c.approvedMinor = 7001;
    refused(c, "approved_minor", "($70.01) cannot be more than the claimed amount ($70.00)");
    c.approvedMinor = 7000;
    CHECK(MdfValidator::validate(c).ok());
    c.approvedMinor = 0;
    CHECK(MdfValidator::validate(c).ok());
}

TEST_CASE("MDF-11 payment and attachment field rules", "[mdf-validator]")
{
    CHECK(MdfValidator::validate(payment()).ok());
    MdfPayment p = payment();
    p.amount.minor = 0;
    refused(p, "amount_minor", "more than zero");
    p = payment();
    p.paidOn = {};
    refused(p, "paid_on", "day of the payment");
    p = payment();
    p.method = QStringLiteral("cash");
    refused(p, "method", "\"cash\" is not a payment method");
    p = payment();
    p.claimId.clear();
    refused(p, "claim_id", "claim");

    CHECK(MdfValidator::validate(attachment()).ok());
    MdfAttachment a = attachment();
    a.sha256 = QString(64, QLatin1Char('A'));
    refused(a, "sha256", "SHA-256");
    a.sha256 = QString(63, QLatin1Char('a'));
    refused(a, "sha256", "SHA-256");
    a = attachment();
    a.fileName.clear();
    refused(a, "file_name", "name");
    a = attachment();
    a.sizeBytes = -1;
    refused(a, "size_bytes", "negative");
    a = attachment();
    a.kind = QStringLiteral("selfie");
    refused(a, "kind", "\"selfie\" is not a kind");
}
