#pragma once

// Small builders shared by the deal tests (header only, so the test target's source list stays as it is).
#include "deals/DealRepository.h"
#include "deals/DealSettings.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "support/CatchQt.h"

#include <QSqlQuery>

#include <tuple>
#include <QTimeZone>

namespace ChannelDesk::Test {

inline QByteArray makePartner(Database& db, const QString& name, const QString& owner = QStringLiteral("anna"))
{
    Partner p;
    p.name = name;
    p.country = QStringLiteral("DE");
    p.owner = owner;
    PartnerRepository partners(db);
    const Result<Partner> created = partners.create(p);
    REQUIRE(created.ok());
    return created->id;
}

inline DealLineItem line(const QString& product, qint64 quantity, qint64 unitPrice)
{
    return { product, product + QStringLiteral(" name"), quantity, unitPrice };
}

/// A registration ready to submit: customer, one or more product lines, currency and close date.
inline Deal registration(const QByteArray& partnerId, const QString& customer, const QStringList& products = { QStringLiteral("SW-CORE-USR") },
                         const QString& domain = QString())
{
    Deal d;
    d.partnerId = partnerId;
    d.customerName = customer;
    d.customerDomain = domain;
    d.customerCountry = QStringLiteral("DE");
    d.customerCity = QStringLiteral("München");
    for (const QString& product : products)
        d.lineItems.append(line(product, 10, 36000));
    d.amount = { d.lineItemsTotalMinor(), QStringLiteral("USD") };
    d.expectedClose = QDate(2026, 12, 15);
    d.salesStage = QStringLiteral("proposal");
    return d;
}

/// A fixed instant (UTC) for transitions, so dates do not depend on when the test runs.
inline QDateTime utc(int year, int month, int day, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

/// Day `day` (0 = tomorrow) at `hour` UTC. History is ordered by event time and a deal's "create" event is
/// stamped with the real clock, so transitions in tests happen after now, never at a fixed past date.
inline QDateTime onDay(int day, int hour = 12)
{
    static const QDate tomorrow = QDateTime::currentDateTimeUtc().date().addDays(1);
    return QDateTime(tomorrow.addDays(day), QTime(hour, 0), QTimeZone::utc());
}

inline TransitionInput by(const QString& actor, const QDateTime& at = onDay(0), const QString& reason = {})
{
    TransitionInput input;
    input.actor = actor;
    input.at = at;
    input.reason = reason;
    return input;
}

/// Moves a saved draft registration through submit → review → pending approval (→ approved with `approve`).
inline Deal advance(DealRepository& repo, const QByteArray& id, const QString& to, const QDateTime& at = onDay(0))
{
    const QList<std::tuple<QString, DealAction, QString>> path {
        { QStringLiteral("draft"), DealAction::Submit, QStringLiteral("submitted") },
        { QStringLiteral("submitted"), DealAction::StartReview, QStringLiteral("under_review") },
        { QStringLiteral("under_review"), DealAction::SendForApproval, QStringLiteral("pending_approval") },
        { QStringLiteral("pending_approval"), DealAction::Approve, QStringLiteral("approved") },
    };
    Result<Deal> current = repo.get(id);
    REQUIRE(current.ok());
    for (const auto& [from, action, status] : path) {
        if (current->status == to)
            break;
        if (current->status != from)
            continue;
        TransitionInput input = by(current->approver.isEmpty() ? current->cam : current->approver, at);
        current = repo.transition(id, action, input);
        INFO((current.ok() ? QString() : current.error().message).toStdString());
        REQUIRE(current.ok());
        REQUIRE(current->status == status);
    }
    REQUIRE(current->status == to);
    return current.value();
}

inline qint64 countRows(Database& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& bind : binds)
        q.addBindValue(bind);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace ChannelDesk::Test
