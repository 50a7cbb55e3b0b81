// Date rules of certifications (CERT-01/02) on plain values: expiry arithmetic, the state on a local day, the
// recertification window and the reminder day, each at the boundary day, the day before and the day after.
#include "TrainingTestSupport.h"

#include "domain/Training.h"
#include "storage/RecordIo.h"

#include <QTimeZone>

using namespace ChannelDesk;

namespace {

Certification activeCert(const QDate& acquired, const QDate& expires)
{
    Certification c;
    c.status = QStringLiteral("active");
    c.startedOn = acquired;
    c.acquiredOn = acquired;
    c.expiresOn = expires;
    return c;
}

} // namespace

TEST_CASE("CERT-01 expiry is the acquisition day plus the validity in months", "[training-domain]")
{
    CHECK(certificationExpiry(QDate(2027, 3, 15), 24) == QDate(2029, 3, 15));
    CHECK(certificationExpiry(QDate(2027, 3, 15), 1) == QDate(2027, 4, 15));
    CHECK(certificationExpiry(QDate(2027, 12, 10), 1) == QDate(2028, 1, 10));
    CHECK(certificationExpiry(QDate(2027, 1, 1), 12) == QDate(2028, 1, 1));
    SECTION("0 months or no acquisition day: never expires")
    {
        CHECK_FALSE(certificationExpiry(QDate(2027, 3, 15), 0).isValid());
        CHECK_FALSE(certificationExpiry(QDate(), 12).isValid());
    }
}

TEST_CASE("CERT-01 expiry clamps to the end of a shorter month incl. leap years", "[training-domain]")
{
    // 31 January + 1 month: the last day of February, 28 or 29.
    CHECK(certificationExpiry(QDate(2027, 1, 31), 1) == QDate(2027, 2, 28));
    CHECK(certificationExpiry(QDate(2028, 1, 31), 1) == QDate(2028, 2, 29)); // 2028 is a leap year
    CHECK(certificationExpiry(QDate(2100, 1, 31), 1) == QDate(2100, 2, 28)); // centuries are not, unless /400
    CHECK(certificationExpiry(QDate(2000, 1, 31), 1) == QDate(2000, 2, 29));
    // Acquired on 29 February: the anniversary in a common year is 28 February, in the next leap year 29.
    CHECK(certificationExpiry(QDate(2028, 2, 29), 12) == QDate(2029, 2, 28));
    CHECK(certificationExpiry(QDate(2028, 2, 29), 48) == QDate(2032, 2, 29));
    // 31st into 30-day months.
    CHECK(certificationExpiry(QDate(2027, 3, 31), 1) == QDate(2027, 4, 30));
    CHECK(certificationExpiry(QDate(2027, 8, 31), 3) == QDate(2027, 11, 30));
    CHECK(certificationExpiry(QDate(2027, 5, 31), 9) == QDate(2028, 2, 29));
}

TEST_CASE("CERT-01 a certificate is valid through its expiry day and expired the day after", "[training-domain]")
{
    const Certification cert = activeCert(QDate(2027, 3, 1), QDate(2029, 3, 1));
    const int window = 60;
    CHECK(certificationState(cert, window, QDate(2029, 2, 28)) == CertificationState::Expiring); // day before
    CHECK(certificationState(cert, window, QDate(2029, 3, 1)) == CertificationState::Expiring);  // boundary day
    CHECK(certificationState(cert, window, QDate(2029, 3, 2)) == CertificationState::Expired);   // day after
    CHECK(certificationCounts(cert, QDate(2029, 2, 28)));
    CHECK(certificationCounts(cert, QDate(2029, 3, 1)));
    CHECK_FALSE(certificationCounts(cert, QDate(2029, 3, 2)));

    SECTION("before its acquisition it does not count yet")
    {
        CHECK(certificationState(cert, window, QDate(2027, 2, 28)) == CertificationState::InProgress);
        CHECK_FALSE(certificationCounts(cert, QDate(2027, 2, 28)));
        CHECK(certificationState(cert, window, QDate(2027, 3, 1)) == CertificationState::Active);
        CHECK(certificationCounts(cert, QDate(2027, 3, 1)));
    }
    SECTION("a certificate without expiry stays active")
    {
        const Certification neverExpires = activeCert(QDate(2027, 3, 1), QDate());
        CHECK(certificationState(neverExpires, window, QDate(2099, 1, 1)) == CertificationState::Active);
    }
}

TEST_CASE("CERT-02 the recertification window opens exactly window days before expiry", "[training-domain]")
{
    const Certification cert = activeCert(QDate(2027, 3, 1), QDate(2029, 3, 1));
    // 60 days before 2029-03-01 is 2028-12-31.
    REQUIRE(QDate(2029, 3, 1).addDays(-60) == QDate(2028, 12, 31));
    CHECK(certificationState(cert, 60, QDate(2028, 12, 30)) == CertificationState::Active);   // day before
    CHECK(certificationState(cert, 60, QDate(2028, 12, 31)) == CertificationState::Expiring); // window opens
    CHECK(certificationState(cert, 60, QDate(2029, 1, 1)) == CertificationState::Expiring);   // day after

    SECTION("a zero window makes only the expiry day itself Expiring")
    {
        CHECK(certificationState(cert, 0, QDate(2029, 2, 28)) == CertificationState::Active);
        CHECK(certificationState(cert, 0, QDate(2029, 3, 1)) == CertificationState::Expiring);
        CHECK(certificationState(cert, 0, QDate(2029, 3, 2)) == CertificationState::Expired);
    }
    SECTION("renewed and revoked records keep their stored state")
    {
        Certification renewed = cert;
        renewed.status = QStringLiteral("renewed");
        CHECK(certificationState(renewed, 60, QDate(2028, 1, 1)) == CertificationState::Renewed);
        CHECK_FALSE(certificationCounts(renewed, QDate(2028, 1, 1)));
        Certification revoked = cert;
        revoked.status = QStringLiteral("revoked");
        CHECK(certificationState(revoked, 60, QDate(2028, 1, 1)) == CertificationState::Revoked);
        CHECK_FALSE(certificationCounts(revoked, QDate(2028, 1, 1)));
        Certification started = cert;
        started.status = QStringLiteral("in_progress");
        CHECK(certificationState(started, 60, QDate(2028, 1, 1)) == CertificationState::InProgress);
    }
}

TEST_CASE("CERT-01 the reminder is due reminder days before expiry", "[training-domain]")
{
    const Certification cert = activeCert(QDate(2027, 3, 1), QDate(2029, 3, 1));
    const QDate due = certificationReminderDay(cert, 30);
    CHECK(due == QDate(2029, 1, 30));
    // The reminder job sends on the due day or any later day until the certificate expires; not the day before.
    CHECK(QDate(2029, 1, 29) < due);
    CHECK_FALSE(certificationReminderDay(activeCert(QDate(2027, 3, 1), QDate()), 30).isValid());
    CHECK(certificationReminderDay(cert, 0) == QDate(2029, 3, 1));
    CHECK(certificationReminderDay(cert, -5) == QDate(2029, 3, 1)); // negative days are treated as 0
}

TEST_CASE("CERT-01 expiry uses the user's local day in two time zones", "[training-domain]")
{
    // Expires 2029-03-01. At 2029-03-01 23:30 UTC it is already 2 March in Tokyo (UTC+9) but still 1 March in
    // New York (UTC−5): the certificate is expired for a Tokyo user and still valid for a New York user.
    const Certification cert = activeCert(QDate(2027, 3, 1), QDate(2029, 3, 1));
    const QDateTime lateEvening = TrainingTest::at(2029, 3, 1, 23, 30);
    const QDateTime earlyMorning = TrainingTest::at(2029, 3, 1, 2, 0); // 28 Feb 21:00 in New York
    const QByteArray before = qgetenv("TZ");
    const bool hadTz = qEnvironmentVariableIsSet("TZ");

    TrainingTest::inTimeZone("Asia/Tokyo", [&] {
        const QDate today = RecordIo::localDay(lateEvening);
        CHECK(today == QDate(2029, 3, 2));
        CHECK(certificationState(cert, 60, today) == CertificationState::Expired);
        CHECK(RecordIo::localDay(earlyMorning) == QDate(2029, 3, 1));
        CHECK(certificationState(cert, 60, RecordIo::localDay(earlyMorning)) == CertificationState::Expiring);
    });
    TrainingTest::inTimeZone("America/New_York", [&] {
        const QDate today = RecordIo::localDay(lateEvening);
        CHECK(today == QDate(2029, 3, 1));
        CHECK(certificationState(cert, 60, today) == CertificationState::Expiring);
        CHECK(certificationCounts(cert, today));
        CHECK(RecordIo::localDay(earlyMorning) == QDate(2029, 2, 28));
    });
    // TZ is back as it was.
    CHECK(qEnvironmentVariableIsSet("TZ") == hadTz);
    CHECK(qgetenv("TZ") == before);
}
