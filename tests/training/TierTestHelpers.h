#pragma once

// Builders only the tier tests need (on top of TrainingTestSupport.h): certificates with a chosen expiry day, won
// opportunities and approved registrations through DealRepository, currency rates, and table snapshots for the
// idempotence checks. Header only.
#include "TrainingTestSupport.h"

#include "deals/DealRepository.h"
#include "deals/DealSettings.h"
#include "training/TierProgramRepository.h"

#include <QSqlRecord>

namespace ChannelDesk::TierTest {

using namespace TrainingTest;

/// An active certification acquired on `acquiredOn` whose last valid day is `expiresOn` (invalid = the definition's
/// validity decides).
inline Certification certified(Database& db, const QByteArray& contactId, const QByteArray& definitionId,
                               const QDate& acquiredOn, const QDate& expiresOn = {})
{
    Certification c;
    c.contactId = contactId;
    c.definitionId = definitionId;
    c.status = QStringLiteral("active");
    c.startedOn = acquiredOn;
    c.acquiredOn = acquiredOn;
    c.expiresOn = expiresOn;
    return requireOk(CertificationRepository(db).create(c, by(actor(), qMax(defaultAt(), at(acquiredOn.year(),
                                                                                           acquiredOn.month(),
                                                                                           acquiredOn.day())))));
}

/// `people` contacts of a partner, each with a certificate of `definitionId` acquired on `acquiredOn` and valid
/// through `expiresOn`.
inline QList<QByteArray> certifiedPeople(Database& db, const QByteArray& partnerId, const QByteArray& definitionId,
                                         int people, const QDate& acquiredOn = QDate(2027, 1, 10),
                                         const QDate& expiresOn = QDate(2029, 1, 10), const QString& prefix = {})
{
    QList<QByteArray> ids;
    for (int i = 1; i <= people; ++i) {
        const QByteArray person = contact(db, partnerId, prefix.isEmpty() ? QStringLiteral("Person") : prefix,
                                          QString::number(i));
        certified(db, person, definitionId, acquiredOn, expiresOn);
        ids.append(person);
    }
    return ids;
}

inline TransitionInput dealBy(const QString& actor, const QDateTime& at)
{
    TransitionInput input;
    input.actor = actor;
    input.at = at;
    return input;
}

/// A won opportunity of `amountMinor` `currency` closing on `closeOn` (the close date revenue is counted on).
inline Deal wonDeal(Database& db, const QByteArray& partnerId, qint64 amountMinor, const QDate& closeOn,
                    const QString& currency = QStringLiteral("USD"))
{
    Deal d;
    d.kind = QStringLiteral("opportunity");
    d.partnerId = partnerId;
    d.customerName = QStringLiteral("Kunde %1").arg(amountMinor);
    d.customerCountry = QStringLiteral("DE");
    d.amount = { amountMinor, currency };
    d.expectedClose = closeOn;
    d.salesStage = QStringLiteral("negotiation");
    DealRepository deals(db);
    const Deal created = requireOk(deals.create(d, actor()));
    return requireOk(deals.transition(created.id, DealAction::MarkWon, dealBy(created.cam, defaultAt())));
}

/// A registration approved at `decidedAt` (UTC): submit → review → approval → approve.
inline Deal approvedRegistration(Database& db, const QByteArray& partnerId, const QDateTime& decidedAt,
                                 const QString& customer = QStringLiteral("Endkunde AG"))
{
    Deal d;
    d.partnerId = partnerId;
    d.customerName = customer;
    d.customerCountry = QStringLiteral("DE");
    d.lineItems = { { QStringLiteral("SW-CORE-USR"), QStringLiteral("Core users"), 10, 1'000'00 } };
    d.amount = { d.lineItemsTotalMinor(), QStringLiteral("USD") };
    d.expectedClose = QDate(2027, 12, 15);
    d.salesStage = QStringLiteral("proposal");
    DealRepository deals(db);
    Deal current = requireOk(deals.create(d, actor()));
    const QDateTime before = decidedAt.addSecs(-3600);
    for (DealAction step : { DealAction::Submit, DealAction::StartReview, DealAction::SendForApproval })
        current = requireOk(deals.transition(current.id, step, dealBy(current.cam, before)));
    return requireOk(deals.transition(current.id, DealAction::Approve, dealBy(current.cam, decidedAt)));
}

inline void setRates(Database& db, const QList<CurrencyRate>& rates)
{
    requireOk(DealSettings(db).setRates(rates));
}

/// Every row of a table as text, in primary-key order (identical snapshots = nothing written).
inline QStringList snapshot(Database& db, const QString& table, const QString& order)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order)));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            cells.append(v.isNull() ? QStringLiteral("NULL")
                                    : v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                                          : v.toString());
        }
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}

inline ProgramMember memberRow(Database& db, const QByteArray& partnerId, const QByteArray& programId)
{
    return requireOk(TierProgramRepository(db).memberOf(partnerId, programId));
}

/// Events of a partner with `action`.
inline int events(Database& db, const QByteArray& partnerId, const QString& action)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM tier_event WHERE partner_id = ? AND action = ?"));
    q.addBindValue(partnerId);
    q.addBindValue(action);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

/// Sets partner.tier as a CAM would in the partner editor.
inline void setPartnerTier(Database& db, const QByteArray& partnerId, const QString& tier)
{
    PartnerRepository partners(db);
    Partner p = requireOk(partners.get(partnerId));
    p.tier = tier;
    requireOk(partners.update(p, false));
}

inline QString partnerTier(Database& db, const QByteArray& partnerId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT tier FROM partner WHERE id = ?"));
    q.addBindValue(partnerId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace ChannelDesk::TierTest
