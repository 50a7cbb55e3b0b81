#include "DealValidator.h"

#include "domain/Deal.h"
#include "domain/PartnerValidator.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace ChannelDesk {

namespace {

struct ValidatorTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::DealValidator)
};

constexpr qsizetype MaxShortText = 200;
constexpr qsizetype MaxLongText = 20000;

bool isCode(const QList<Choice>& choices, const QString& code)
{
    for (const Choice& choice : choices) {
        if (choice.code == code)
            return true;
    }
    return false;
}

bool isStage(const QString& code)
{
    for (const SalesStage& stage : salesStages()) {
        if (stage.code == code)
            return true;
    }
    return false;
}

QString money(qint64 minor, const QString& currency)
{
    return Money { minor, currency }.format(QLocale());
}

Status checkLength(const char* field, const QString& value, qsizetype max, const QString& label)
{
    if (value.size() <= max)
        return {};
    return Error::validation(QString::fromLatin1(field),
                             ValidatorTr::tr("%1 is too long: at most %n characters.", nullptr, int(max)).arg(label));
}

Status checkTexts(const Deal& deal)
{
    const struct
    {
        const char* field;
        const QString& value;
        qsizetype max;
        QString label;
    } texts[] {
        { "customer_name", deal.customerName, MaxShortText, ValidatorTr::tr("The customer name") },
        { "customer_domain", deal.customerDomain, MaxShortText, ValidatorTr::tr("The customer website") },
        { "customer_city", deal.customerCity, MaxShortText, ValidatorTr::tr("The customer city") },
        { "customer_contact_name", deal.customerContactName, MaxShortText, ValidatorTr::tr("The customer contact's name") },
        { "customer_contact_email", deal.customerContactEmail, MaxShortText, ValidatorTr::tr("The customer contact's e-mail") },
        { "customer_contact_phone", deal.customerContactPhone, MaxShortText, ValidatorTr::tr("The customer contact's phone") },
        { "cam", deal.cam, MaxShortText, ValidatorTr::tr("The channel account manager") },
        { "approver", deal.approver, MaxShortText, ValidatorTr::tr("The approver") },
        { "competitor", deal.competitor, MaxShortText, ValidatorTr::tr("The competitor") },
        { "description", deal.description, MaxLongText, ValidatorTr::tr("The description") },
        { "extension_reason", deal.extensionReason, MaxLongText, ValidatorTr::tr("The extension reason") },
    };
    for (const auto& text : texts) {
        if (Status status = checkLength(text.field, text.value, text.max, text.label); !status)
            return status;
    }
    return {};
}

Status checkCustomer(const Deal& deal)
{
    if (deal.customerName.trimmed().isEmpty())
        return Error::validation(QStringLiteral("customer_name"), ValidatorTr::tr("Enter the end customer's name."));
    const QString domain = deal.customerDomain.trimmed();
    if (!domain.isEmpty() && !PartnerValidator::isValidWebsite(domain))
        return Error::validation(QStringLiteral("customer_domain"),
                                 ValidatorTr::tr("\"%1\" is not a website or domain (for example acme.com).").arg(domain));
    if (!deal.customerCountry.isEmpty() && !PartnerValidator::isValidCountry(deal.customerCountry))
        return Error::validation(QStringLiteral("customer_country"),
                                 ValidatorTr::tr("\"%1\" is not an ISO 3166 country code.").arg(deal.customerCountry));
    const QString email = deal.customerContactEmail.trimmed();
    if (!email.isEmpty() && !PartnerValidator::isValidEmail(email))
        return Error::validation(QStringLiteral("customer_contact_email"),
                                 ValidatorTr::tr("\"%1\" is not an e-mail address.").arg(email));
    return {};
}

Status checkMoney(const Deal& deal)
{
    const QString lineItems = QStringLiteral("line_items");
    qint64 total = 0;
    for (qsizetype i = 0; i < deal.lineItems.size(); ++i) {
        const DealLineItem& item = deal.lineItems[i];
        const int line = int(i + 1);
        if (item.product.trimmed().isEmpty())
            return Error::validation(lineItems, ValidatorTr::tr("Line %1: choose a product.").arg(line));
        if (item.quantity <= 0)
            return Error::validation(lineItems, ValidatorTr::tr("Line %1 (%2): the quantity must be at least 1.")
                                                    .arg(line)
                                                    .arg(item.name.isEmpty() ? item.product : item.name));
        if (item.unitPriceMinor < 0)
            return Error::validation(lineItems, ValidatorTr::tr("Line %1 (%2): the unit price cannot be negative.")
                                                    .arg(line)
                                                    .arg(item.name.isEmpty() ? item.product : item.name));
        constexpr qint64 max = std::numeric_limits<qint64>::max();
        if (item.unitPriceMinor > max / item.quantity || total > max - item.quantity * item.unitPriceMinor)
            return Error::validation(lineItems, ValidatorTr::tr("Line %1: the amount is too large.").arg(line));
        total += item.quantity * item.unitPriceMinor;
    }
    if (deal.amount.minor < 0)
        return Error::validation(QStringLiteral("amount_minor"), ValidatorTr::tr("The amount cannot be negative."));
    if (deal.amount.minor != 0 || !deal.lineItems.isEmpty()) {
        if (deal.amount.currency.isEmpty())
            return Error::validation(QStringLiteral("currency"), ValidatorTr::tr("Choose the deal's currency."));
        if (!Money::isValidCurrency(deal.amount.currency))
            return Error::validation(QStringLiteral("currency"),
                                     ValidatorTr::tr("\"%1\" is not an ISO 4217 currency code.").arg(deal.amount.currency));
    }
    if (!deal.lineItems.isEmpty() && deal.amount.minor != total)
        return Error::validation(QStringLiteral("amount_minor"),
                                 ValidatorTr::tr("The amount (%1) must equal the sum of the line items (%2).")
                                     .arg(money(deal.amount.minor, deal.amount.currency), money(total, deal.amount.currency)));
    return {};
}

Status checkWorkflowFields(const Deal& deal)
{
    if (deal.kind != QLatin1String("registration") && deal.kind != QLatin1String("opportunity"))
        return Error::validation(QStringLiteral("kind"), ValidatorTr::tr("\"%1\" is not a kind of deal.").arg(deal.kind));
    const bool known = isCode(deal.isRegistration() ? registrationStatuses() : opportunityStatuses(), deal.status);
    if (!known) {
        return Error::validation(QStringLiteral("status"),
                                 deal.isRegistration()
                                     ? ValidatorTr::tr("\"%1\" is not a status of a deal registration.").arg(deal.status)
                                     : ValidatorTr::tr("\"%1\" is not a status of an opportunity.").arg(deal.status));
    }
    const bool closed = deal.isRegistration() && deal.status == QLatin1String("closed");
    if (closed && deal.closureCode.isEmpty())
        return Error::validation(QStringLiteral("closure_code"),
                                 ValidatorTr::tr("A closed registration needs a closure code (converted, rejected, "
                                                 "duplicate, expired or inactive)."));
    if (closed && !isCode(closureCodes(), deal.closureCode))
        return Error::validation(QStringLiteral("closure_code"),
                                 ValidatorTr::tr("\"%1\" is not a closure code.").arg(deal.closureCode));
    if (!closed && !deal.closureCode.isEmpty())
        return Error::validation(QStringLiteral("closure_code"),
                                 ValidatorTr::tr("Only a closed registration has a closure code; this deal is %1.")
                                     .arg(dealStatusLabel(deal.status)));
    if (!isStage(deal.salesStage))
        return Error::validation(QStringLiteral("sales_stage"),
                                 ValidatorTr::tr("\"%1\" is not a sales stage.").arg(deal.salesStage));
    if (deal.probability && (*deal.probability < 0 || *deal.probability > 100))
        return Error::validation(QStringLiteral("probability"),
                                 ValidatorTr::tr("The probability must be between 0 and 100 %; it is %1.")
                                     .arg(*deal.probability));
    if (deal.extensions < 0)
        return Error::validation(QStringLiteral("extensions"),
                                 ValidatorTr::tr("The number of extensions cannot be negative."));
    return {};
}

} // namespace

Status DealValidator::validate(const Deal& deal, const Deal* previous)
{
    if (Status status = checkWorkflowFields(deal); !status)
        return status;
    if (deal.partnerId.size() != 16)
        return Error::validation(QStringLiteral("partner_id"),
                                 ValidatorTr::tr("Choose the partner who registers the deal."));
    if (Status status = checkCustomer(deal); !status)
        return status;
    if (Status status = checkMoney(deal); !status)
        return status;
    if (Status status = checkTexts(deal); !status)
        return status;
    if (previous) {
        if (previous->kind != deal.kind)
            return Error::validation(QStringLiteral("kind"),
                                     ValidatorTr::tr("A registration cannot become an opportunity by editing, nor the "
                                                     "reverse; convert an approved registration instead."));
        if (!previous->number.isEmpty() && previous->number != deal.number)
            return Error::validation(QStringLiteral("number"),
                                     ValidatorTr::tr("The number %1 identifies the deal and cannot change.")
                                         .arg(previous->number));
    }
    return {};
}

Status DealValidator::validateForSubmit(const Deal& deal)
{
    if (Status status = validate(deal); !status)
        return status;
    if (deal.lineItems.isEmpty())
        return Error::validation(QStringLiteral("line_items"),
                                 ValidatorTr::tr("Add at least one product line before submitting the registration."));
    if (!deal.expectedClose.isValid())
        return Error::validation(QStringLiteral("expected_close"),
                                 ValidatorTr::tr("Enter the expected close date before submitting the registration."));
    if (deal.amount.minor <= 0)
        return Error::validation(QStringLiteral("amount_minor"),
                                 ValidatorTr::tr("A registration needs an amount above zero to be submitted."));
    return {};
}

} // namespace ChannelDesk
