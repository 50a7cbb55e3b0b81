// The transactional outbox (sync-design.md §4): every change and its outbox entry commit together or not at all.
#include "partners/ContactRepository.h"
#include "partners/PartnerRepository.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace ChannelDesk;

namespace {

struct OutboxEntry
{
    qint64 mutationId;
    QByteArray idemKey;
    QString entity;
    QByteArray rowId;
    QString op;
    QJsonObject fields;
    QJsonObject base;
    QVariant baseVersion;
    QString state;
};

QList<OutboxEntry> outbox(Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT mutation_id, idem_key, entity, row_id, op, fields, base_values, base_version, "
                                  "state FROM sync_outbox ORDER BY mutation_id")));
    QList<OutboxEntry> entries;
    while (q.next()) {
        entries.append({ q.value(0).toLongLong(), q.value(1).toByteArray(), q.value(2).toString(), q.value(3).toByteArray(),
                         q.value(4).toString(), QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object(),
                         QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object(), q.value(7),
                         q.value(8).toString() });
    }
    return entries;
}

int partnerRows(Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM partner")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

Partner samplePartner()
{
    Partner p;
    p.name = QStringLiteral("Công ty Đông Á");
    p.country = QStringLiteral("VN");
    p.city = QStringLiteral("Hà Nội");
    p.annualRevenue = Money { 2500000000, QStringLiteral("VND") };
    return p;
}

struct FaultGuard
{
    explicit FaultGuard(RecordWriter::FaultHook hook) { RecordWriter::setFaultHook(std::move(hook)); }
    ~FaultGuard() { RecordWriter::setFaultHook({}); }
};

} // namespace

TEST_CASE("create / update / delete and restore each append one outbox entry", "[outbox][sync]")
{
    Test::TempDatabase temp;
    PartnerRepository partners(temp.db());

    auto created = partners.create(samplePartner());
    REQUIRE(created.ok());
    auto entries = outbox(temp.db());
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].op == QStringLiteral("create"));
    CHECK(entries[0].entity == QStringLiteral("partner"));
    CHECK(entries[0].rowId == created->id);
    CHECK(entries[0].fields.value(QStringLiteral("name")).toString() == QStringLiteral("Công ty Đông Á"));
    CHECK(entries[0].fields.value(QStringLiteral("revenue_minor")).toInteger() == 2500000000);
    CHECK(entries[0].fields.value(QStringLiteral("revenue_currency")).toString() == QStringLiteral("VND"));
    CHECK(entries[0].fields.value(QStringLiteral("partnership_start")).isNull());
    CHECK_FALSE(entries[0].fields.contains(QStringLiteral("name_key"))); // local columns never sync
    CHECK(entries[0].base.isEmpty());
    CHECK(entries[0].baseVersion.isNull());
    CHECK(entries[0].state == QStringLiteral("pending"));

    Partner edited = created.value();
    edited.city = QStringLiteral("Đà Nẵng");
    REQUIRE(partners.update(edited).value() == true);
    entries = outbox(temp.db());
    REQUIRE(entries.size() == 2);
    CHECK(entries[1].op == QStringLiteral("update"));
    CHECK(entries[1].fields == QJsonObject { { QStringLiteral("city"), QStringLiteral("Đà Nẵng") } });
    CHECK(entries[1].base == QJsonObject { { QStringLiteral("city"), QStringLiteral("Hà Nội") } });

    // Saving without a change records nothing.
    REQUIRE(partners.update(edited).value() == false);
    CHECK(outbox(temp.db()).size() == 2);

    REQUIRE(partners.remove(created->id).ok());
    REQUIRE(partners.restore(created->id, {}).ok());
    entries = outbox(temp.db());
    REQUIRE(entries.size() == 4);
    CHECK(entries[2].op == QStringLiteral("delete"));
    CHECK(entries[2].base.value(QStringLiteral("deleted_at")).isNull());
    CHECK(entries[3].op == QStringLiteral("restore"));
    CHECK(entries[3].fields.value(QStringLiteral("deleted_at")).isNull());

    for (int i = 1; i < entries.size(); ++i) {
        CHECK(entries[i].mutationId > entries[i - 1].mutationId);
        CHECK(entries[i].idemKey != entries[i - 1].idemKey);
    }
}

TEST_CASE("an update carries the server version it was made on", "[outbox][sync]")
{
    Test::TempDatabase temp;
    PartnerRepository partners(temp.db());
    auto created = partners.create(samplePartner());
    REQUIRE(created.ok());
    // As if a sync had applied server version 42.
    QSqlQuery q(temp.db().connection());
    q.prepare(QStringLiteral("UPDATE partner SET server_version = 42 WHERE id = ?"));
    q.addBindValue(created->id);
    REQUIRE(q.exec());

    Partner edited = partners.get(created->id).value();
    edited.website = QStringLiteral("dong-a.vn");
    REQUIRE(partners.update(edited).ok());
    CHECK(outbox(temp.db()).constLast().baseVersion.toLongLong() == 42);
}

TEST_CASE("a failure midway leaves neither the change nor its outbox entry", "[outbox][sync]")
{
    Test::TempDatabase temp;
    PartnerRepository partners(temp.db());
    ContactRepository contacts(temp.db());
    auto created = partners.create(samplePartner());
    REQUIRE(created.ok());
    Contact lan;
    lan.partnerId = created->id;
    lan.firstName = QStringLiteral("Lan");
    lan.lastName = QStringLiteral("Nguyễn");
    REQUIRE(contacts.create(lan).ok());
    const int entriesBefore = static_cast<int>(outbox(temp.db()).size());

    // The row write succeeds, then the transaction fails before the outbox append (as a crash or a full disk would).
    FaultGuard guard([](const char* point) -> Status {
        if (qstrcmp(point, "after-row-write") == 0)
            return Error::storage(QStringLiteral("injected"), QStringLiteral("fault"));
        return {};
    });

    SECTION("create")
    {
        Partner other = samplePartner();
        other.name = QStringLiteral("Thiên Ân");
        CHECK_FALSE(partners.create(other).ok());
        CHECK(partnerRows(temp.db()) == 1);
    }
    SECTION("update")
    {
        Partner edited = created.value();
        edited.name = QStringLiteral("Renamed");
        CHECK_FALSE(partners.update(edited).ok());
        RecordWriter::setFaultHook({});
        CHECK(partners.get(created->id)->name == QStringLiteral("Công ty Đông Á"));
    }
    SECTION("delete with contacts")
    {
        CHECK_FALSE(partners.remove(created->id).ok());
        RecordWriter::setFaultHook({});
        CHECK_FALSE(partners.get(created->id)->isDeleted());
        CHECK(contacts.forPartner(created->id)->size() == 1);
    }
    CHECK(outbox(temp.db()).size() == entriesBefore);
}

TEST_CASE("deleting a partner tombstones it and its contacts / restore brings back exactly those", "[outbox][partners]")
{
    Test::TempDatabase temp;
    PartnerRepository partners(temp.db());
    ContactRepository contacts(temp.db());
    auto partner = partners.create(samplePartner());
    REQUIRE(partner.ok());
    Contact a;
    a.partnerId = partner->id;
    a.lastName = QStringLiteral("A");
    Contact b = a;
    b.lastName = QStringLiteral("B");
    auto contactA = contacts.create(a);
    auto contactB = contacts.create(b);
    REQUIRE(contactA.ok());
    REQUIRE(contactB.ok());
    REQUIRE(contacts.remove(contactB->id).value());

    auto removed = partners.remove(partner->id);
    REQUIRE(removed.ok());
    CHECK(removed.value() == QList<QByteArray> { contactA->id });
    CHECK(partners.get(partner->id)->isDeleted());
    CHECK(partnerRows(temp.db()) == 1); // tombstone, not a hard delete
    CHECK(partners.count().value() == 0);

    REQUIRE(partners.restore(partner->id, removed.value()).ok());
    CHECK_FALSE(partners.get(partner->id)->isDeleted());
    const auto live = contacts.forPartner(partner->id).value();
    REQUIRE(live.size() == 1);
    CHECK(live[0].id == contactA->id); // B was deleted on its own before; it stays deleted
}
