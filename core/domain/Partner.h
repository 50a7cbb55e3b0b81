#pragma once

#include "common/Money.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace ChannelDesk {

/// A partner organisation: reseller, distributor, integrator… (PD-03). Plain data; rules live in PartnerValidator,
/// storage in PartnerRepository. To add a field: a member here, a row in partnerFields() (Partner.cpp), a migration
/// in storage/Migrations.cpp, a validation rule if it has one, and the editor in ui/partners/PartnerEditor.
struct Partner
{
    QByteArray id; ///< UUIDv7, 16 raw bytes
    QString name;
    QString legalName;
    QString type = QStringLiteral("reseller");   ///< a code from partnerTypes()
    QString tier;                                ///< a code from partnerTiers(), empty = not tiered yet
    QString stage = QStringLiteral("prospect");  ///< a code from onboardingStages() (PD-04)
    QString stageReason;                         ///< required when suspended or terminated (PD-01)
    QString country;                             ///< ISO 3166-1 alpha-2
    QString region;
    QString city;
    QString address;
    QString website;
    QString emailDomain;
    QString phone;
    QString email;
    QString owner;                               ///< owner CAM (user name)
    QDate partnershipStart;
    QDate partnershipEnd;
    QDate nextReview;
    std::optional<Money> annualRevenue;
    QString externalId;
    QString notes;

    // Bookkeeping, maintained by the repository.
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;                 ///< tombstone; a deleted partner is hidden, never erased
    std::optional<qint64> serverVersion; ///< empty until the record has been synced

    bool isDeleted() const { return deletedAt.isValid(); }
};

/// One synced column of the partner table and how to read and write it on a Partner. The single list that the
/// repository, the outbox and the data generator iterate, so a new field is added in one place.
struct PartnerFieldDef
{
    const char* column;
    QVariant (*get)(const Partner&);
    void (*set)(Partner&, const QVariant&);
};
const QList<PartnerFieldDef>& partnerFields();

/// A coded choice with its translated label.
struct Choice
{
    QString code;
    QString label;
};

QList<Choice> partnerTypes();
QList<Choice> partnerTiers();
QList<Choice> onboardingStages();
QString choiceLabel(const QList<Choice>& choices, const QString& code);

} // namespace ChannelDesk
