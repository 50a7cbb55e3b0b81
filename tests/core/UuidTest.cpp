#include "common/Uuid.h"

#include "support/CatchQt.h"

#include <QSet>

using namespace ChannelDesk;

TEST_CASE("UUIDv7 has version 7 / the RFC variant and the current time", "[uuid]")
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QByteArray id = Uuid::createV7();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    REQUIRE(id.size() == 16);
    CHECK((static_cast<unsigned char>(id.at(6)) >> 4) == 7);
    CHECK((static_cast<unsigned char>(id.at(8)) >> 6) == 2);
    CHECK(Uuid::timestampMillis(id) >= before);
    CHECK(Uuid::timestampMillis(id) <= after + 1);
}

TEST_CASE("UUIDv7 ids are unique and sort in creation order", "[uuid]")
{
    QByteArray previous;
    QSet<QByteArray> seen;
    for (int i = 0; i < 20000; ++i) {
        const QByteArray id = Uuid::createV7();
        CHECK(!seen.contains(id));
        seen.insert(id);
        if (!previous.isEmpty())
            REQUIRE(previous < id);
        previous = id;
    }
}

TEST_CASE("UUID text round trip", "[uuid]")
{
    const QByteArray id = Uuid::createV7(1700000000000, 0x123, 0x0123456789abcdefULL);
    const QString text = Uuid::toString(id);
    CHECK(text.size() == 36);
    CHECK(text.startsWith(QStringLiteral("018bcfe5-6800-7123-")));
    CHECK(Uuid::fromString(text) == id);
    CHECK(Uuid::fromString(QStringLiteral("not a uuid")).isEmpty());
    CHECK(Uuid::toString(QByteArray("short")).isEmpty());
}
