// DR-06/07 protection period and automatic expiry: protected through the expiry day, expired the day after; the
// day is the user's local calendar day (the caller computes "today" from local time), checked around midnight and
// across DST changes in two time zones; converted registrations and won opportunities never expire; a second run
// expires nothing.
#include "DealTestSupport.h"
#include "support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

#include <ctime>

using namespace ChannelDesk;
using namespace ChannelDesk::Test;

namespace {

/// Sets the process time zone (TZ + tzset) for one test and puts the previous one back.
class TimeZoneGuard
{
public:
    explicit TimeZoneGuard(const char* zone)
        : m_had(qEnvironmentVariableIsSet("TZ"))
        , m_old(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~TimeZoneGuard()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    TimeZoneGuard(const TimeZoneGuard&) = delete;
    TimeZoneGuard& operator=(const TimeZoneGuard&) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

/// The deal's last event with `action` (the job stamps events with the real clock, the tests' approvals are later).
DealEvent lastEvent(DealRepository& repo, const QByteArray& id, const QString& action)
{
    const QList<DealEvent> events = repo.history(id).value();
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->action == action)
            return *it;
    }
    FAIL("no " << action.toStdString() << " event");
    return {};
}

/// What the expiry job's caller does: the user's calendar day at an instant (the real caller passes now).
QDate localToday(const QDateTime& instant)
{
    return instant.toLocalTime().date();
}

Deal approvedUntil(DealRepository& repo, const QByteArray& partner, const QString& customer, const QDate& expiresOn,
                   const QDateTime& approvedAt)
{
    const Deal d = repo.create(registration(partner, customer), QStringLiteral("pat")).value();
    advance(repo, d.id, QStringLiteral("pending_approval"), approvedAt);
    TransitionInput input = by(QStringLiteral("anna"), approvedAt);
    input.expiresOn = expiresOn;
    const Result<Deal> approved = repo.transition(d.id, DealAction::Approve, input);
    INFO((approved.ok() ? QString() : approved.error().message).toStdString());
    REQUIRE(approved.ok());
    REQUIRE(approved->expiresOn == expiresOn);
    return approved.value();
}

} // namespace

TEST_CASE("DR-06 a registration is protected through its expiry day and expires the day after", "[deals][expiry]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("anna"));
    DealRepository repo(temp.db());
    DealProgram program;
    program.protectionDays = 30;
    REQUIRE(DealSettings(temp.db()).setProgram(program).ok());

    const Deal d = repo.create(registration(partner, QStringLiteral("Acme")), QStringLiteral("pat")).value();
    const Deal approved = advance(repo, d.id, QStringLiteral("approved"), onDay(0));
    const QDate expiry = localToday(onDay(0)).addDays(30);
    REQUIRE(approved.expiresOn == expiry);

    CHECK(repo.expireDue(expiry.addDays(-1)).value() == 0);
    CHECK(repo.expireDue(expiry).value() == 0); // the boundary day is still protected
    CHECK(repo.get(d.id)->status == QStringLiteral("approved"));
    const qint64 outboxBefore = countRows(temp.db(), QStringLiteral("SELECT count(*) FROM sync_outbox"));

    CHECK(repo.expireDue(expiry.addDays(1)).value() == 1);
    const Deal expired = repo.get(d.id).value();
    CHECK(expired.status == QStringLiteral("closed"));
    CHECK(expired.closureCode == QStringLiteral("expired"));
    CHECK(expired.expiresOn == expiry);
    const DealEvent event = lastEvent(repo, d.id, QStringLiteral("expire"));
    CHECK(event.action == QStringLiteral("expire"));
    CHECK(event.actor == QStringLiteral("system"));
    CHECK(event.fromStatus == QStringLiteral("approved"));
    CHECK(event.toStatus == QStringLiteral("closed"));
    CHECK(QJsonDocument::fromJson(event.detail.toUtf8()).object().value(QStringLiteral("expires_on")).toString()
          == expiry.toString(Qt::ISODate));
    // The deal row and its event, each with its outbox entry.
    CHECK(countRows(temp.db(), QStringLiteral("SELECT count(*) FROM sync_outbox")) == outboxBefore + 2);

    // Idempotent: a second run, or a later one, finds nothing more.
    CHECK(repo.expireDue(expiry.addDays(1)).value() == 0);
    CHECK(repo.expireDue(expiry.addDays(400), QStringLiteral("anna")).value() == 0);
    CHECK(countRows(temp.db(), QStringLiteral("SELECT count(*) FROM sync_outbox")) == outboxBefore + 2);
}

TEST_CASE("DR-06 the expiry job expires exactly the approved registrations past their date in one run", "[deals][expiry]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("anna"));
    DealRepository repo(temp.db());
    const QDateTime approvedAt = onDay(0);
    const QDate today = localToday(approvedAt).addDays(20);
    const Deal past1 = approvedUntil(repo, partner, QStringLiteral("One"), today.addDays(-10), approvedAt);
    const Deal past2 = approvedUntil(repo, partner, QStringLiteral("Two"), today.addDays(-1), approvedAt);
    const Deal boundary = approvedUntil(repo, partner, QStringLiteral("Three"), today, approvedAt);
    const Deal future = approvedUntil(repo, partner, QStringLiteral("Four"), today.addDays(5), approvedAt);
    // Not approved: never touched by the job, whatever its dates.
    const Deal pending = repo.create(registration(partner, QStringLiteral("Five")), QStringLiteral("pat")).value();
    advance(repo, pending.id, QStringLiteral("pending_approval"), approvedAt);

    CHECK(repo.expireDue(today, QStringLiteral("scheduler")).value() == 2);
    CHECK(repo.get(past1.id)->closureCode == QStringLiteral("expired"));
    CHECK(repo.get(past2.id)->closureCode == QStringLiteral("expired"));
    CHECK(repo.get(boundary.id)->status == QStringLiteral("approved"));
    CHECK(repo.get(future.id)->status == QStringLiteral("approved"));
    CHECK(repo.get(pending.id)->status == QStringLiteral("pending_approval"));
    CHECK(lastEvent(repo, past1.id, QStringLiteral("expire")).actor == QStringLiteral("scheduler"));
}

TEST_CASE("DR-06 expiring by hand is refused before the expiry day and allowed on it", "[deals][expiry]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("anna"));
    DealRepository repo(temp.db());
    const QDate expiry = localToday(onDay(0)).addDays(10);
    const Deal d = approvedUntil(repo, partner, QStringLiteral("Acme"), expiry, onDay(0));
    const QDateTime dayBefore(expiry.addDays(-1), QTime(23, 59));
    const auto early = repo.transition(d.id, DealAction::Expire, by(QStringLiteral("anna"), dayBefore.toUTC()));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.startsWith(QStringLiteral("This registration is protected until")));
    const QDateTime onExpiryDay(expiry, QTime(0, 1));
    CHECK(repo.transition(d.id, DealAction::Expire, by(QStringLiteral("anna"), onExpiryDay.toUTC()))->closureCode
          == QStringLiteral("expired"));
}

TEST_CASE("DR-06 DR-07 a converted registration and its won opportunity never expire", "[deals][expiry]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("anna"));
    DealRepository repo(temp.db());
    const Deal d = repo.create(registration(partner, QStringLiteral("Acme")), QStringLiteral("pat")).value();
    const Deal approved = advance(repo, d.id, QStringLiteral("approved"), onDay(0));
    const Deal opportunity = repo.convert(d.id, by(QStringLiteral("anna"), onDay(1))).value();
    REQUIRE(repo.transition(opportunity.id, DealAction::MarkWon, by(QStringLiteral("anna"), onDay(2))).ok());

    CHECK(repo.expireDue(approved.expiresOn.addDays(1)).value() == 0);
    CHECK(repo.expireDue(approved.expiresOn.addDays(3650)).value() == 0);
    const Deal registrationAfter = repo.get(d.id).value();
    CHECK(registrationAfter.status == QStringLiteral("closed"));
    CHECK(registrationAfter.closureCode == QStringLiteral("converted"));
    CHECK(repo.get(opportunity.id)->status == QStringLiteral("won"));
    // Nor can it be expired by hand.
    CHECK(repo.transition(d.id, DealAction::Expire, by(QStringLiteral("anna"), onDay(400))).error().message
          == QStringLiteral("This registration is closed (Converted) and read-only."));
}

TEST_CASE("DR-06 the expiry day is the local day - around midnight across the autumn DST change in Berlin", "[deals][expiry][timezone]")
{
    TimeZoneGuard zone("Europe/Berlin");
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("anna"));
    DealRepository repo(temp.db());
    // Clocks go back on 2026-10-25 (CEST +2 → CET +1 at 01:00 UTC). 22:59 UTC is then 23:59 local on the 25th.
    const QDate expiry(2026, 10, 25);
    approvedUntil(repo, partner, QStringLiteral("Acme"), expiry, QDateTime(QDate(2026, 10, 1), QTime(10, 0), QTimeZone::utc()));

    const QDateTime beforeMidnight(QDate(2026, 10, 25), QTime(22, 59), QTimeZone::utc());
    const QDateTime afterMidnight(QDate(2026, 10, 25), QTime(23, 1), QTimeZone::utc());
    CHECK(beforeMidnight.toLocalTime().time() == QTime(23, 59));
    CHECK(localToday(beforeMidnight) == QDate(2026, 10, 25)); // a stale summer offset would say the 26th
    CHECK(localToday(afterMidnight) == QDate(2026, 10, 26));
    CHECK(repo.expireDue(localToday(beforeMidnight)).value() == 0);
    CHECK(repo.expireDue(localToday(afterMidnight)).value() == 1);

    // An approval just after local midnight counts from the local day.
    DealProgram program;
    program.protectionDays = 90;
    REQUIRE(DealSettings(temp.db()).setProgram(program).ok());
    const Deal other = repo.create(registration(partner, QStringLiteral("Globex")), QStringLiteral("pat")).value();
    advance(repo, other.id, QStringLiteral("pending_approval"), afterMidnight);
    const Deal approved = repo.transition(other.id, DealAction::Approve, by(QStringLiteral("anna"), afterMidnight)).value();
    CHECK(approved.expiresOn == QDate(2026, 10, 26).addDays(90));
}

TEST_CASE("DR-06 the expiry day is the local day - around midnight across the spring DST change in New York", "[deals][expiry][timezone]")
{
    TimeZoneGuard zone("America/New_York");
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("anna"));
    DealRepository repo(temp.db());
    // Clocks go forward on 2026-03-08 (EST -5 → EDT -4 at 07:00 UTC). 03:59 UTC on the 9th is 23:59 on the 8th.
    const QDate expiry(2026, 3, 8);
    approvedUntil(repo, partner, QStringLiteral("Acme"), expiry, QDateTime(QDate(2026, 2, 1), QTime(15, 0), QTimeZone::utc()));

    const QDateTime beforeMidnight(QDate(2026, 3, 9), QTime(3, 59), QTimeZone::utc());
    const QDateTime afterMidnight(QDate(2026, 3, 9), QTime(4, 1), QTimeZone::utc());
    CHECK(localToday(beforeMidnight) == QDate(2026, 3, 8));
    CHECK(localToday(afterMidnight) == QDate(2026, 3, 9)); // a stale winter offset would still say the 8th
    CHECK(repo.expireDue(localToday(beforeMidnight)).value() == 0);
    CHECK(repo.expireDue(localToday(afterMidnight)).value() == 1);
}

TEST_CASE("DR-06 one instant is a different approval day in Ho Chi Minh City and in Los Angeles", "[deals][expiry][timezone]")
{
    // 2026-06-01 17:30 UTC is 00:30 on June 2 in Vietnam (UTC+7) and 10:30 on June 1 in California (UTC-7).
    const QDateTime instant(QDate(2026, 6, 1), QTime(17, 30), QTimeZone::utc());
    for (const auto& [zone, day] : { std::pair { "Asia/Ho_Chi_Minh", QDate(2026, 6, 2) },
                                     std::pair { "America/Los_Angeles", QDate(2026, 6, 1) } }) {
        INFO(zone);
        TimeZoneGuard guard(zone);
        TempDatabase temp;
        const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("anna"));
        DealRepository repo(temp.db());
        const Deal d = repo.create(registration(partner, QStringLiteral("Acme")), QStringLiteral("pat")).value();
        const Deal approved = advance(repo, d.id, QStringLiteral("approved"), instant);
        CHECK(localToday(instant) == day);
        CHECK(approved.expiresOn == day.addDays(90));
        CHECK(approved.decidedAt == instant);
        CHECK(repo.expireDue(day.addDays(90)).value() == 0);
        CHECK(repo.expireDue(day.addDays(91)).value() == 1);
    }
}
