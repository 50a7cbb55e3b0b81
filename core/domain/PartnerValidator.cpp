#include "PartnerValidator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace ChannelDesk {

namespace {

struct ValidatorTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::PartnerValidator)
};

bool isCode(const QList<Choice>& choices, const QString& code)
{
    for (const Choice& choice : choices) {
        if (choice.code == code)
            return true;
    }
    return false;
}

constexpr qsizetype MaxShortText = 200;
constexpr qsizetype MaxLongText = 20000;

} // namespace

bool PartnerValidator::isValidDomain(const QString& domain)
{
    // Labels of letters, digits and hyphens (IDNs accepted in Unicode form), at least one dot, a letter TLD.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(?=.{1,253}$)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}[\p{L}\p{N}-]{0,62}$)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(domain).hasMatch();
}

bool PartnerValidator::isValidEmail(const QString& email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at > 64 || email.size() > 254)
        return false;
    static const QRegularExpression local(QStringLiteral(R"(^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$)"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    return local.match(email.left(at)).hasMatch() && isValidDomain(email.mid(at + 1));
}

bool PartnerValidator::isValidWebsite(const QString& text)
{
    // Accept a bare host ("dong-a.vn") as users type it; otherwise an http(s) URL with a real host.
    const QString withScheme = text.contains(QStringLiteral("://")) ? text : QStringLiteral("https://") + text;
    const QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https")))
        return false;
    return isValidDomain(url.host());
}

bool PartnerValidator::isValidCountry(const QString& code)
{
    if (code.size() != 2 || code != code.toUpper())
        return false;
    // Qt's locale database carries the ISO 3166-1 alpha-2 codes; no hand-kept list.
    return QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

bool PartnerValidator::isAllowedTransition(const QString& from, const QString& to)
{
    if (from == to)
        return true;
    static const QHash<QString, QStringList> allowed {
        { QStringLiteral("prospect"), { QStringLiteral("onboarding"), QStringLiteral("terminated") } },
        { QStringLiteral("onboarding"), { QStringLiteral("active"), QStringLiteral("prospect"), QStringLiteral("terminated") } },
        { QStringLiteral("active"), { QStringLiteral("suspended"), QStringLiteral("terminated") } },
        { QStringLiteral("suspended"), { QStringLiteral("active"), QStringLiteral("terminated") } },
        // Terminated is final except that a partner may apply again, which starts over as a prospect.
        { QStringLiteral("terminated"), { QStringLiteral("prospect") } },
    };
    return allowed.value(from).contains(to);
}

Status PartnerValidator::validate(const Partner& p, const Partner* previous)
{
    if (p.name.trimmed().isEmpty())
        return Error::validation(QStringLiteral("name"), ValidatorTr::tr("Enter the partner's name."));
    const struct
    {
        const char* field;
        const QString& value;
        qsizetype max;
    } lengths[] = {
        { "name", p.name, MaxShortText },          { "legal_name", p.legalName, MaxShortText },
        { "region", p.region, MaxShortText },      { "city", p.city, MaxShortText },
        { "address", p.address, 1000 },            { "website", p.website, 2000 },
        { "phone", p.phone, 50 },                  { "owner", p.owner, MaxShortText },
        { "external_id", p.externalId, MaxShortText }, { "notes", p.notes, MaxLongText },
        { "stage_reason", p.stageReason, 2000 },
    };
    for (const auto& check : lengths) {
        if (check.value.size() > check.max) {
            return Error::validation(QString::fromLatin1(check.field),
                                     ValidatorTr::tr("This field is limited to %n character(s).", nullptr,
                                                     static_cast<int>(check.max)));
        }
    }
    if (!isCode(partnerTypes(), p.type))
        return Error::validation(QStringLiteral("partner_type"), ValidatorTr::tr("Choose a partner type."));
    if (!isCode(partnerTiers(), p.tier))
        return Error::validation(QStringLiteral("tier"), ValidatorTr::tr("“%1” is not a tier.").arg(p.tier));
    if (!isCode(onboardingStages(), p.stage))
        return Error::validation(QStringLiteral("stage"), ValidatorTr::tr("“%1” is not a stage.").arg(p.stage));
    if (previous && !isAllowedTransition(previous->stage, p.stage)) {
        return Error::validation(QStringLiteral("stage"),
                                 ValidatorTr::tr("A partner cannot go from “%1” to “%2”.")
                                     .arg(choiceLabel(onboardingStages(), previous->stage),
                                          choiceLabel(onboardingStages(), p.stage)));
    }
    if ((p.stage == QStringLiteral("suspended") || p.stage == QStringLiteral("terminated"))
        && p.stageReason.trimmed().isEmpty()) {
        return Error::validation(QStringLiteral("stage_reason"),
                                 p.stage == QStringLiteral("suspended")
                                     ? ValidatorTr::tr("Give the reason the partner is suspended.")
                                     : ValidatorTr::tr("Give the reason the partner is terminated."));
    }
    if (!p.country.isEmpty() && !isValidCountry(p.country)) {
        return Error::validation(QStringLiteral("country"),
                                 ValidatorTr::tr("“%1” is not an ISO 3166-1 country code (two capital letters, such as VN "
                                                 "or DE).")
                                     .arg(p.country));
    }
    if (!p.website.isEmpty() && !isValidWebsite(p.website)) {
        return Error::validation(QStringLiteral("website"),
                                 ValidatorTr::tr("“%1” is not a web address. Use a form such as example.com or "
                                                 "https://example.com.")
                                     .arg(p.website));
    }
    if (!p.emailDomain.isEmpty() && !isValidDomain(p.emailDomain)) {
        return Error::validation(QStringLiteral("email_domain"),
                                 ValidatorTr::tr("“%1” is not a domain name such as example.com.").arg(p.emailDomain));
    }
    if (!p.email.isEmpty() && !isValidEmail(p.email)) {
        return Error::validation(QStringLiteral("email"),
                                 ValidatorTr::tr("“%1” is not an email address.").arg(p.email));
    }
    if (p.partnershipStart.isValid() && p.partnershipEnd.isValid() && p.partnershipEnd < p.partnershipStart) {
        return Error::validation(QStringLiteral("partnership_end"),
                                 ValidatorTr::tr("The partnership cannot end before it starts."));
    }
    if (p.annualRevenue) {
        if (!Money::isValidCurrency(p.annualRevenue->currency)) {
            return Error::validation(QStringLiteral("revenue_currency"),
                                     ValidatorTr::tr("Choose the currency of the annual revenue."));
        }
        if (p.annualRevenue->minor < 0) {
            return Error::validation(QStringLiteral("revenue_minor"),
                                     ValidatorTr::tr("Annual revenue cannot be negative."));
        }
    }
    return {};
}

Status PartnerValidator::validate(const Contact& c)
{
    if (c.partnerId.size() != 16)
        return Error::validation(QStringLiteral("partner_id"), ValidatorTr::tr("A contact must belong to a partner."));
    if (c.firstName.trimmed().isEmpty() && c.lastName.trimmed().isEmpty())
        return Error::validation(QStringLiteral("last_name"), ValidatorTr::tr("Enter the contact's name."));
    for (const QString* value : { &c.firstName, &c.lastName, &c.jobTitle }) {
        if (value->size() > MaxShortText)
            return Error::validation(QString(), ValidatorTr::tr("Names and titles are limited to %n character(s).",
                                                                nullptr, static_cast<int>(MaxShortText)));
    }
    if (!c.email.isEmpty() && !isValidEmail(c.email))
        return Error::validation(QStringLiteral("email"), ValidatorTr::tr("“%1” is not an email address.").arg(c.email));
    if (c.phone.size() > 50)
        return Error::validation(QStringLiteral("phone"), ValidatorTr::tr("The phone number is too long."));
    if (!isCode(contactRoles(), c.role))
        return Error::validation(QStringLiteral("role"), ValidatorTr::tr("Choose the contact's role."));
    return {};
}

} // namespace ChannelDesk
