#include "MdfValidator.h"

#include "domain/Mdf.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <limits>

namespace ChannelDesk::MdfValidator {

namespace {

struct ValidatorTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::MdfValidator)
};

constexpr qsizetype MaxShortText = 200;
constexpr qsizetype MaxLongText = 20000;
constexpr int MaxClaimDays = 730;
constexpr qint64 MaxMinor = std::numeric_limits<qint64>::max() / 4; // room for sums of many amounts

Error invalid(const char* field, const QString& message)
{
    return Error::validation(QString::fromLatin1(field), message);
}

QString money(qint64 minor, const QString& currency)
{
    return Money {minor, currency}.format(QLocale());
}

bool isCode(const QList<Choice>& choices, const QString& code)
{
    for (const Choice& choice : choices) {
        if (choice.code == code)
            return true;
    }
    return false;
}

Status checkLength(const char* field, const QString& value, qsizetype max, const QString& label)
{
    if (value.size() <= max)
        return {};
    return invalid(field, ValidatorTr::tr("%1 is too long: at most %n characters.", nullptr, int(max)).arg(label));
}

Status checkId(const char* field, const QByteArray& id, const QString& message)
{
    return id.size() == 16 ? Status() : Status(invalid(field, message));
}

Status checkCurrency(const QString& currency)
{
    if (currency.isEmpty())
        return invalid("currency", ValidatorTr::tr("Choose the currency."));
    if (!Money::isValidCurrency(currency))
        return invalid("currency", ValidatorTr::tr("\"%1\" is not an ISO 4217 currency code.").arg(currency));
    return {};
}

Status checkAmount(const char* field, qint64 minor, const QString& currency, const QString& label)
{
    if (minor < 0)
        return invalid(field, ValidatorTr::tr("%1 cannot be negative.").arg(label));
    if (minor > MaxMinor)
        return invalid(field, ValidatorTr::tr("%1 is too large.").arg(label));
    Q_UNUSED(currency)
    return {};
}

Status checkShare(int basisPoints)
{
    if (basisPoints < 1 || basisPoints > 10000)
        return invalid("vendor_share_bp", ValidatorTr::tr("The vendor share must be between 0.01 % and 100 %."));
    return {};
}

} // namespace

bool parsePeriod(const QString& period, QDate* first, QDate* last)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(?:H([12])|Q([1-4])|(\\d{2})))?$"));
    const QRegularExpressionMatch match = pattern.match(period);
    if (!match.hasMatch())
        return false;
    const int year = match.captured(1).toInt();
    if (year < 1900)
        return false;
    int firstMonth = 1;
    int months = 12;
    if (!match.captured(2).isEmpty()) {
        firstMonth = match.captured(2).toInt() == 1 ? 1 : 7;
        months = 6;
    } else if (!match.captured(3).isEmpty()) {
        firstMonth = (match.captured(3).toInt() - 1) * 3 + 1;
        months = 3;
    } else if (!match.captured(4).isEmpty()) {
        firstMonth = match.captured(4).toInt();
        if (firstMonth < 1 || firstMonth > 12)
            return false;
        months = 1;
    }
    const QDate start(year, firstMonth, 1);
    if (first)
        *first = start;
    if (last)
        *last = start.addMonths(months).addDays(-1);
    return true;
}

Status validate(const MdfBudget& budget)
{
    if (budget.name.trimmed().isEmpty())
        return invalid("name", ValidatorTr::tr("Enter the budget's name."));
    if (Status s = checkLength("name", budget.name, MaxShortText, ValidatorTr::tr("The budget's name")); !s)
        return s;
    if (Status s = checkLength("program", budget.program, MaxShortText, ValidatorTr::tr("The program")); !s)
        return s;
    if (Status s = checkLength("owner", budget.owner, MaxShortText, ValidatorTr::tr("The owner")); !s)
        return s;
    if (Status s = checkLength("notes", budget.notes, MaxLongText, ValidatorTr::tr("The notes")); !s)
        return s;
    if (!budget.periodStart.isValid())
        return invalid("period_start", ValidatorTr::tr("Enter the first day of the budget's period."));
    if (!budget.periodEnd.isValid())
        return invalid("period_end", ValidatorTr::tr("Enter the last day of the budget's period."));
    if (budget.periodEnd < budget.periodStart)
        return invalid("period_end", ValidatorTr::tr("The budget's period ends before it starts."));
    if (Status s = checkCurrency(budget.amount.currency); !s)
        return s;
    if (Status s = checkAmount(
            "amount_minor", budget.amount.minor, budget.amount.currency, ValidatorTr::tr("The budget's amount"));
        !s)
        return s;
    if (Status s = checkShare(budget.vendorShareBp); !s)
        return s;
    if (budget.claimDays < 0 || budget.claimDays > MaxClaimDays)
        return invalid("claim_days",
            ValidatorTr::tr(
                "The claim period must be between 0 and %n days after the activity.", nullptr, MaxClaimDays));
    return {};
}

Status validate(const MdfAllocation& allocation)
{
    if (Status s = checkId("budget_id", allocation.budgetId, ValidatorTr::tr("Choose the budget.")); !s)
        return s;
    if (Status s = checkId("partner_id", allocation.partnerId, ValidatorTr::tr("Choose the partner.")); !s)
        return s;
    if (allocation.period.trimmed().isEmpty())
        return invalid("period", ValidatorTr::tr("Enter the period (for example 2027, 2027-H1, 2027-Q1 or 2027-03)."));
    if (!parsePeriod(allocation.period))
        return invalid("period",
            ValidatorTr::tr("\"%1\" is not a period; write 2027, 2027-H1, 2027-Q1 or 2027-03.").arg(allocation.period));
    if (Status s = checkCurrency(allocation.amount.currency); !s)
        return s;
    if (Status s = checkAmount("amount_minor", allocation.amount.minor, allocation.amount.currency,
            ValidatorTr::tr("The allocation's amount"));
        !s)
        return s;
    if (Status s = checkLength("notes", allocation.notes, MaxLongText, ValidatorTr::tr("The notes")); !s)
        return s;
    return {};
}

Status validate(const MdfRequest& request)
{
    if (request.title.trimmed().isEmpty())
        return invalid("title", ValidatorTr::tr("Enter the activity's title."));
    const struct
    {
        const char* field;
        const QString& value;
        qsizetype max;
        QString label;
    } texts[] {
        {"title", request.title, MaxShortText, ValidatorTr::tr("The title")},
        {"campaign", request.campaign, MaxShortText, ValidatorTr::tr("The campaign")},
        {"approver", request.approver, MaxShortText, ValidatorTr::tr("The approver")},
        {"description", request.description, MaxLongText, ValidatorTr::tr("The description")},
        {"expected_outcome", request.expectedOutcome, MaxLongText, ValidatorTr::tr("The expected outcome")},
    };
    for (const auto& text : texts) {
        if (Status s = checkLength(text.field, text.value, text.max, text.label); !s)
            return s;
    }
    if (Status s = checkId("allocation_id", request.allocationId, ValidatorTr::tr("Choose the allocation to draw on."));
        !s)
        return s;
    if (Status s = checkId("partner_id", request.partnerId, ValidatorTr::tr("Choose the partner.")); !s)
        return s;
    if (request.activityType.isEmpty())
        return invalid("activity_type", ValidatorTr::tr("Choose the type of activity."));
    if (!isCode(mdfActivityTypes(), request.activityType))
        return invalid("activity_type", ValidatorTr::tr("\"%1\" is not a type of activity.").arg(request.activityType));
    if (!request.startDate.isValid())
        return invalid("start_date", ValidatorTr::tr("Enter the day the activity starts."));
    if (!request.endDate.isValid())
        return invalid("end_date", ValidatorTr::tr("Enter the day the activity ends."));
    if (request.endDate < request.startDate)
        return invalid("end_date", ValidatorTr::tr("The activity ends before it starts."));
    if (Status s = checkCurrency(request.requested.currency); !s)
        return s;
    if (Status s = checkShare(request.vendorShareBp); !s)
        return s;

    if (request.lines.isEmpty())
        return invalid("line_items", ValidatorTr::tr("Add at least one cost line."));
    const QString currency = request.requested.currency;
    QSet<QString> keys;
    qint64 requested = 0;
    qint64 approved = 0;
    bool anyDecided = false;
    bool anyPending = false;
    for (qsizetype i = 0; i < request.lines.size(); ++i) {
        const MdfRequestLine& line = request.lines[i];
        const int n = int(i + 1);
        if (line.description.trimmed().isEmpty())
            return invalid("line_items", ValidatorTr::tr("Line %1: describe the cost.").arg(n));
        if (line.description.size() > MaxShortText)
            return invalid("line_items",
                ValidatorTr::tr(
                    "Line %1: the description is too long: at most %n characters.", nullptr, int(MaxShortText))
                    .arg(n));
        if (line.requestedMinor <= 0)
            return invalid("line_items",
                ValidatorTr::tr("Line %1 (%2): the amount must be more than zero.").arg(n).arg(line.description));
        if (line.requestedMinor > MaxMinor || requested > MaxMinor - line.requestedMinor)
            return invalid("line_items", ValidatorTr::tr("Line %1: the amount is too large.").arg(n));
        if (!line.key.isEmpty()) {
            if (keys.contains(line.key))
                return invalid("line_items", ValidatorTr::tr("Line %1 has the same key as another line.").arg(n));
            keys.insert(line.key);
        }
        requested += line.requestedMinor;
        const QString& d = line.decision;
        if (d == QLatin1String("pending")) {
            anyPending = true;
            if (line.approvedMinor)
                return invalid("line_items",
                    ValidatorTr::tr("Line %1 (%2) is undecided but has an approved amount.")
                        .arg(n)
                        .arg(line.description));
            continue;
        }
        anyDecided = true;
        const qint64 lineApproved = line.approvedMinor.value_or(-1);
        if (d == QLatin1String("accepted")) {
            if (lineApproved != line.requestedMinor)
                return invalid("line_items",
                    ValidatorTr::tr("Line %1 (%2) is accepted as is, so its approved amount must be the "
                                    "requested %3.")
                        .arg(n)
                        .arg(line.description, money(line.requestedMinor, currency)));
        } else if (d == QLatin1String("changed")) {
            if (lineApproved <= 0 || lineApproved >= line.requestedMinor)
                return invalid("line_items",
                    ValidatorTr::tr("Line %1 (%2) is accepted with changes, so its approved amount must be "
                                    "more than zero and less than the requested %3.")
                        .arg(n)
                        .arg(line.description, money(line.requestedMinor, currency)));
        } else if (d == QLatin1String("denied")) {
            if (lineApproved != 0)
                return invalid("line_items",
                    ValidatorTr::tr("Line %1 (%2) is denied, so its approved amount must be zero.")
                        .arg(n)
                        .arg(line.description));
        } else {
            return invalid("line_items", ValidatorTr::tr("Line %1: \"%2\" is not a decision.").arg(n).arg(d));
        }
        approved += lineApproved;
    }
    if (request.requested.minor != requested)
        return invalid("requested_minor",
            ValidatorTr::tr("The requested amount (%1) is not the sum of the lines (%2).")
                .arg(money(request.requested.minor, currency), money(requested, currency)));
    if (anyDecided && anyPending)
        return invalid("line_items", ValidatorTr::tr("Decide every line, or none."));
    if (request.approvedMinor) {
        if (!anyDecided)
            return invalid(
                "approved_minor", ValidatorTr::tr("The request has an approved amount but its lines are undecided."));
        if (*request.approvedMinor != approved)
            return invalid("approved_minor",
                ValidatorTr::tr("The approved amount (%1) is not the sum of the lines' approved amounts (%2).")
                    .arg(money(*request.approvedMinor, currency), money(approved, currency)));
    }
    return {};
}

Status validate(const MdfClaim& claim)
{
    if (claim.title.trimmed().isEmpty())
        return invalid("title", ValidatorTr::tr("Enter the claim's title."));
    if (Status s = checkLength("title", claim.title, MaxShortText, ValidatorTr::tr("The claim's title")); !s)
        return s;
    if (Status s
        = checkId("request_id", claim.requestId, ValidatorTr::tr("Choose the approved request this claim is for."));
        !s)
        return s;
    if (Status s = checkId("partner_id", claim.partnerId, ValidatorTr::tr("Choose the partner.")); !s)
        return s;
    if (Status s = checkCurrency(claim.amount.currency); !s)
        return s;
    if (claim.lines.isEmpty())
        return invalid("line_items", ValidatorTr::tr("Add at least one expense line."));
    qint64 total = 0;
    for (qsizetype i = 0; i < claim.lines.size(); ++i) {
        const MdfClaimLine& line = claim.lines[i];
        const int n = int(i + 1);
        if (line.description.trimmed().isEmpty())
            return invalid("line_items", ValidatorTr::tr("Line %1: describe the expense.").arg(n));
        if (line.description.size() > MaxShortText)
            return invalid("line_items",
                ValidatorTr::tr(
                    "Line %1: the description is too long: at most %n characters.", nullptr, int(MaxShortText))
                    .arg(n));
        if (line.amountMinor <= 0)
            return invalid("line_items",
                ValidatorTr::tr("Line %1 (%2): the amount must be more than zero.").arg(n).arg(line.description));
        if (line.amountMinor > MaxMinor || total > MaxMinor - line.amountMinor)
            return invalid("line_items", ValidatorTr::tr("Line %1: the amount is too large.").arg(n));
        total += line.amountMinor;
    }
    if (claim.amount.minor != total)
        return invalid("amount_minor",
            ValidatorTr::tr("The claimed amount (%1) is not the sum of the lines (%2).")
                .arg(money(claim.amount.minor, claim.amount.currency), money(total, claim.amount.currency)));
    if (claim.approvedMinor) {
        if (*claim.approvedMinor < 0)
            return invalid("approved_minor", ValidatorTr::tr("The approved amount cannot be negative."));
        if (*claim.approvedMinor > claim.amount.minor)
            return invalid("approved_minor",
                ValidatorTr::tr("The approved amount (%1) cannot be more than the claimed "
                                "amount (%2).")
                    .arg(money(*claim.approvedMinor, claim.amount.currency),
                        money(claim.amount.minor, claim.amount.currency)));
    }
    if (Status s = checkLength("approver", claim.approver, MaxShortText, ValidatorTr::tr("The approver")); !s)
        return s;
    return {};
}

Status validate(const MdfPayment& payment)
{
    if (Status s = checkId("claim_id", payment.claimId, ValidatorTr::tr("Choose the claim this payment is for.")); !s)
        return s;
    if (Status s = checkId("partner_id", payment.partnerId, ValidatorTr::tr("Choose the partner.")); !s)
        return s;
    if (Status s = checkCurrency(payment.amount.currency); !s)
        return s;
    if (payment.amount.minor <= 0)
        return invalid("amount_minor", ValidatorTr::tr("The payment must be more than zero."));
    if (payment.amount.minor > MaxMinor)
        return invalid("amount_minor", ValidatorTr::tr("The payment is too large."));
    if (!payment.paidOn.isValid())
        return invalid("paid_on", ValidatorTr::tr("Enter the day of the payment."));
    if (payment.method.isEmpty())
        return invalid("method", ValidatorTr::tr("Choose how the claim was paid."));
    if (!isCode(mdfPaymentMethods(), payment.method))
        return invalid("method", ValidatorTr::tr("\"%1\" is not a payment method.").arg(payment.method));
    if (Status s = checkLength("reference", payment.reference, MaxShortText, ValidatorTr::tr("The reference")); !s)
        return s;
    if (Status s = checkLength("note", payment.note, MaxLongText, ValidatorTr::tr("The note")); !s)
        return s;
    return {};
}

Status validate(const MdfAttachment& attachment)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (Status s = checkId("claim_id", attachment.claimId, ValidatorTr::tr("Choose the claim this file belongs to."));
        !s)
        return s;
    if (Status s = checkId("partner_id", attachment.partnerId, ValidatorTr::tr("Choose the partner.")); !s)
        return s;
    if (attachment.fileName.trimmed().isEmpty())
        return invalid("file_name", ValidatorTr::tr("The file needs a name."));
    if (Status s = checkLength("file_name", attachment.fileName, 255, ValidatorTr::tr("The file name")); !s)
        return s;
    if (!hex.match(attachment.sha256).hasMatch())
        return invalid("sha256", ValidatorTr::tr("The file's checksum is not a SHA-256 in lower-case hexadecimal."));
    if (attachment.sizeBytes < 0)
        return invalid("size_bytes", ValidatorTr::tr("The file size cannot be negative."));
    if (!isCode(mdfAttachmentKinds(), attachment.kind))
        return invalid("kind", ValidatorTr::tr("\"%1\" is not a kind of attachment.").arg(attachment.kind));
    if (Status s = checkLength("note", attachment.note, MaxLongText, ValidatorTr::tr("The note")); !s)
        return s;
    return {};
}

} // namespace ChannelDesk::MdfValidator
