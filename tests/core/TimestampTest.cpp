#include "common/Timestamp.h"

#include "support/CatchQt.h"

#include <QRandomGenerator>
#include <QTimeZone>

using namespace ChannelDesk;

// Timestamp formats by hand (QDateTime::toString costs more than a row write): it must give Qt's text exactly.
TEST_CASE("Timestamp::toStorage gives Qt's ISO 8601 text with milliseconds for every instant", "[timestamp]")
{
    const auto qt = [](const QDateTime& at) { return at.toUTC().toString(Qt::ISODateWithMs); };
    const QList<QDateTime> edges {
        QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc()),
        QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc()),
        QDateTime(QDate(2000, 2, 29), QTime(12, 0, 0, 5), QTimeZone::utc()),
        QDateTime(QDate(2100, 3, 1), QTime(0, 0, 0, 40), QTimeZone::utc()),
        QDateTime(QDate(2026, 11, 27), QTime(8, 30, 0, 123), QTimeZone::utc()),
        QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc()),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc()),
        // Not UTC: stored as the same instant in UTC.
        QDateTime(QDate(2026, 1, 1), QTime(6, 15, 30, 1), QTimeZone("Asia/Ho_Chi_Minh")),
        QDateTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone(-5 * 3600)),
    };
    for (const QDateTime& at : edges) {
        INFO(qt(at).toStdString());
        CHECK(Timestamp::toStorage(at) == qt(at));
        CHECK(Timestamp::fromStorage(Timestamp::toStorage(at)) == at);
    }
    QRandomGenerator random(7);
    for (int i = 0; i < 20000; ++i) {
        // 1600-01-01 … 2400-01-01
        const qint64 ms = -11676096000000LL + qint64(random.bounded(25246080000000.0));
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
        REQUIRE(Timestamp::toStorage(at) == qt(at));
    }
    CHECK(Timestamp::toStorage(QDateTime()).isNull());
}

TEST_CASE("Timestamp::dateToStorage gives YYYY-MM-DD for every day and NULL for none", "[timestamp]")
{
    for (QDate day(1899, 12, 25); day <= QDate(1900, 3, 5); day = day.addDays(1))
        REQUIRE(Timestamp::dateToStorage(day) == day.toString(Qt::ISODate));
    for (QDate day(2024, 1, 1); day <= QDate(2029, 1, 1); day = day.addDays(1))
        REQUIRE(Timestamp::dateToStorage(day) == day.toString(Qt::ISODate));
    CHECK(Timestamp::dateToStorage(QDate(1, 1, 1)) == QStringLiteral("0001-01-01"));
    CHECK(Timestamp::dateToStorage(QDate(9999, 12, 31)) == QStringLiteral("9999-12-31"));
    CHECK(Timestamp::dateToStorage(QDate()).isNull());
    CHECK(Timestamp::dateFromStorage(Timestamp::dateToStorage(QDate(2026, 2, 28))) == QDate(2026, 2, 28));
}
