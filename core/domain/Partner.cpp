#include "Partner.h"

#include "common/Timestamp.h"

#include <QCoreApplication>

namespace ChannelDesk {

namespace {

struct PartnerTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::Partner)
};

QVariant text(const QString& value)
{
    // Qt Sql binds a null QString as SQL NULL; text columns are NOT NULL DEFAULT '', so bind "" instead.
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant date(const QDate& value)
{
    return value.isValid() ? QVariant(Timestamp::dateToStorage(value)) : QVariant();
}

QDate toDate(const QVariant& value)
{
    return Timestamp::dateFromStorage(value.toString());
}

} // namespace

const QList<PartnerFieldDef>& partnerFields()
{
    // Column names are also the field names in outbox entries and, later, on the wire: never rename one.
    static const QList<PartnerFieldDef> fields {
        { "name", [](const Partner& p) { return text(p.name); }, [](Partner& p, const QVariant& v) { p.name = v.toString(); } },
        { "legal_name", [](const Partner& p) { return text(p.legalName); }, [](Partner& p, const QVariant& v) { p.legalName = v.toString(); } },
        { "partner_type", [](const Partner& p) { return text(p.type); }, [](Partner& p, const QVariant& v) { p.type = v.toString(); } },
        { "tier", [](const Partner& p) { return text(p.tier); }, [](Partner& p, const QVariant& v) { p.tier = v.toString(); } },
        { "stage", [](const Partner& p) { return text(p.stage); }, [](Partner& p, const QVariant& v) { p.stage = v.toString(); } },
        { "stage_reason", [](const Partner& p) { return text(p.stageReason); }, [](Partner& p, const QVariant& v) { p.stageReason = v.toString(); } },
        { "country", [](const Partner& p) { return text(p.country); }, [](Partner& p, const QVariant& v) { p.country = v.toString(); } },
        { "region", [](const Partner& p) { return text(p.region); }, [](Partner& p, const QVariant& v) { p.region = v.toString(); } },
        { "city", [](const Partner& p) { return text(p.city); }, [](Partner& p, const QVariant& v) { p.city = v.toString(); } },
        { "address", [](const Partner& p) { return text(p.address); }, [](Partner& p, const QVariant& v) { p.address = v.toString(); } },
        { "website", [](const Partner& p) { return text(p.website); }, [](Partner& p, const QVariant& v) { p.website = v.toString(); } },
        { "email_domain", [](const Partner& p) { return text(p.emailDomain); }, [](Partner& p, const QVariant& v) { p.emailDomain = v.toString(); } },
        { "phone", [](const Partner& p) { return text(p.phone); }, [](Partner& p, const QVariant& v) { p.phone = v.toString(); } },
        { "email", [](const Partner& p) { return text(p.email); }, [](Partner& p, const QVariant& v) { p.email = v.toString(); } },
        { "owner", [](const Partner& p) { return text(p.owner); }, [](Partner& p, const QVariant& v) { p.owner = v.toString(); } },
        { "partnership_start", [](const Partner& p) { return date(p.partnershipStart); }, [](Partner& p, const QVariant& v) { p.partnershipStart = toDate(v); } },
        { "partnership_end", [](const Partner& p) { return date(p.partnershipEnd); }, [](Partner& p, const QVariant& v) { p.partnershipEnd = toDate(v); } },
        { "next_review", [](const Partner& p) { return date(p.nextReview); }, [](Partner& p, const QVariant& v) { p.nextReview = toDate(v); } },
        { "revenue_minor",
          [](const Partner& p) { return p.annualRevenue ? QVariant(p.annualRevenue->minor) : QVariant(); },
          [](Partner& p, const QVariant& v) {
              if (v.isNull()) {
                  p.annualRevenue.reset();
              } else {
                  if (!p.annualRevenue)
                      p.annualRevenue = Money {};
                  p.annualRevenue->minor = v.toLongLong();
              }
          } },
        { "revenue_currency",
          [](const Partner& p) { return p.annualRevenue ? QVariant(p.annualRevenue->currency) : QVariant(); },
          [](Partner& p, const QVariant& v) {
              if (v.isNull())
                  return; // revenue_minor decides whether there is an amount
              if (!p.annualRevenue)
                  p.annualRevenue = Money {};
              p.annualRevenue->currency = v.toString();
          } },
        { "external_id", [](const Partner& p) { return text(p.externalId); }, [](Partner& p, const QVariant& v) { p.externalId = v.toString(); } },
        { "notes", [](const Partner& p) { return text(p.notes); }, [](Partner& p, const QVariant& v) { p.notes = v.toString(); } },
    };
    return fields;
}

QList<Choice> partnerTypes()
{
    return {
        { QStringLiteral("reseller"), PartnerTr::tr("Reseller") },
        { QStringLiteral("var"), PartnerTr::tr("Value-added reseller") },
        { QStringLiteral("distributor"), PartnerTr::tr("Distributor") },
        { QStringLiteral("system_integrator"), PartnerTr::tr("System integrator") },
        { QStringLiteral("msp"), PartnerTr::tr("Managed service provider") },
        { QStringLiteral("referral"), PartnerTr::tr("Referral partner") },
        { QStringLiteral("isv"), PartnerTr::tr("ISV") },
        { QStringLiteral("consultancy"), PartnerTr::tr("Consultancy") },
    };
}

QList<Choice> partnerTiers()
{
    return {
        { QString(), PartnerTr::tr("No tier") },
        { QStringLiteral("registered"), PartnerTr::tr("Registered") },
        { QStringLiteral("silver"), PartnerTr::tr("Silver") },
        { QStringLiteral("gold"), PartnerTr::tr("Gold") },
        { QStringLiteral("platinum"), PartnerTr::tr("Platinum") },
    };
}

QList<Choice> onboardingStages()
{
    return {
        { QStringLiteral("prospect"), PartnerTr::tr("Prospect") },
        { QStringLiteral("onboarding"), PartnerTr::tr("Onboarding") },
        { QStringLiteral("active"), PartnerTr::tr("Active") },
        { QStringLiteral("suspended"), PartnerTr::tr("Suspended") },
        { QStringLiteral("terminated"), PartnerTr::tr("Terminated") },
    };
}

QString choiceLabel(const QList<Choice>& choices, const QString& code)
{
    for (const Choice& choice : choices) {
        if (choice.code == code)
            return choice.label;
    }
    return code;
}

} // namespace ChannelDesk
