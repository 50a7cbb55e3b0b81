// The deal generator behind `channeldesk-cli generate --deals` and the deals benchmark (issue 4): deterministic,
// realistic, consistent with the DR state table, and stored exactly as the repository would store the same deals.
#include "deals/DealRepository.h"
#include "deals/DealSettings.h"
#include "deals/DealWorkflow.h"
#include "domain/Deal.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "support/CatchQt.h"
#include "tools/BulkLoader.h"
#include "tools/DataGenerator.h"
#include "tools/DealGenerator.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <memory>
#include <string>

using namespace ChannelDesk;

namespace {

const QDate Reference(2026, 11, 27);

/// A bulk connection on a fresh database file with `partners` generated partners (two contacts each).
struct DealDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    explicit DealDatabase(int partners, quint64 partnerSeed = 5)
    {
        REQUIRE(dir.isValid());
        auto opened = Database::open(dir.filePath(QStringLiteral("deals.db")), Database::Role::Bulk);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        if (partners == 0)
            return;
        const DataGenerator gen(partnerSeed);
        BulkLoader loader(*db);
        loader.setRecordOutbox(false);
        REQUIRE(loader.begin().ok());
        for (int i = 0; i < partners; ++i) {
            const Partner p = gen.partner(i);
            REQUIRE(loader.addPartner(p, PartnerRepository::localColumns(p)).ok());
            for (const Contact& c : gen.contacts(p, i, 2))
                REQUIRE(loader.addContact(c).ok());
        }
        REQUIRE(loader.commit().ok());
    }

    qint64 count(const QString& sql) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    QString text(const QString& sql) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toString();
    }

    /// Every row of `sql` as text, for comparing two databases.
    QStringList dump(const QString& sql) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(sql));
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

    /// Every live deal as the repository reads it, with its stored row.
    QList<QPair<Deal, QSqlRecord>> deals() const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM deal ORDER BY local_id")));
        QList<QPair<Deal, QSqlRecord>> out;
        while (q.next()) {
            Deal d;
            d.id = q.value(QStringLiteral("id")).toByteArray();
            for (const DealFieldDef& field : dealFields())
                field.set(d, q.value(QString::fromLatin1(field.column)));
            out.append({ d, q.record() });
        }
        return out;
    }
};

/// Where two dumps first differ ("" when they are equal), for CHECKs that print only the rows that matter.
std::string difference(const QStringList& a, const QStringList& b)
{
    for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i) {
        if (a.at(i) != b.at(i))
            return "row " + std::to_string(i) + ": " + a.at(i).toStdString() + " <> " + b.at(i).toStdString();
    }
    if (a.size() != b.size())
        return "sizes " + std::to_string(a.size()) + " <> " + std::to_string(b.size());
    return {};
}

Status generate(Database& db, qint64 count, quint64 seed, bool events = false, bool outbox = false)
{
    DealGenerator generator(db, seed);
    generator.setReferenceDay(Reference);
    generator.setWithEvents(events);
    generator.setRecordOutbox(outbox);
    return generator.generate(count);
}

QString statusOf(const Deal& d)
{
    return d.status + (d.closureCode.isEmpty() ? QString() : QLatin1Char('/') + d.closureCode);
}

} // namespace

TEST_CASE("DealGenerator is deterministic with a seed")
{
    const QString all = QStringLiteral("SELECT * FROM deal ORDER BY local_id");
    const QString products = QStringLiteral("SELECT * FROM deal_product ORDER BY deal_local_id, product");
    DealDatabase a(40);
    DealDatabase b(40);
    DealDatabase c(40);
    REQUIRE(generate(*a.db, 1500, 11).ok());
    REQUIRE(generate(*b.db, 1500, 11).ok());
    REQUIRE(generate(*c.db, 1500, 12).ok());
    const QStringList rowsA = a.dump(all);
    REQUIRE(rowsA.size() == 1500);
    CHECK(difference(rowsA, b.dump(all)) == std::string());
    CHECK(difference(a.dump(products), b.dump(products)) == std::string());
    const QStringList rowsC = c.dump(all);
    int same = 0;
    for (int i = 0; i < rowsA.size(); ++i)
        same += rowsA.at(i) == rowsC.at(i) ? 1 : 0;
    CHECK(same == 0);

    SECTION("a second run adds new deals with new ids and numbers")
    {
        REQUIRE(generate(*a.db, 700, 11).ok());
        CHECK(a.count(QStringLiteral("SELECT count(*) FROM deal")) == 2200);
        CHECK(a.count(QStringLiteral("SELECT count(DISTINCT id) FROM deal")) == 2200);
        CHECK(a.count(QStringLiteral("SELECT count(DISTINCT number) FROM deal")) == 2200);
        // The first 1,500 are untouched.
        CHECK(difference(a.dump(all).mid(0, 1500), rowsA) == std::string());
    }
}

TEST_CASE("DealGenerator covers every registration status and opportunity outcome")
{
    DealDatabase data(60);
    DealGenerator generator(*data.db, 3);
    generator.setReferenceDay(Reference);
    REQUIRE(generator.generate(4000).ok());
    CHECK(generator.dealsAdded() == 4000);
    CHECK(data.count(QStringLiteral("SELECT count(*) FROM deal")) == 4000);
    CHECK(generator.registrationsAdded() + generator.opportunitiesAdded() == 4000);
    // No outbox entries and no history by default (generated data is for demos and benchmarks).
    CHECK(data.count(QStringLiteral("SELECT count(*) FROM sync_outbox")) == 0);
    CHECK(data.count(QStringLiteral("SELECT count(*) FROM deal_event")) == 0);

    QHash<QString, int> registrationStatus;
    QHash<QString, int> opportunityStatus;
    QSet<QString> closures;
    QSet<QString> stages;
    QSet<QString> currencies;
    QHash<QByteArray, Deal> byId;
    const auto deals = data.deals();
    for (const auto& [d, record] : deals)
        byId.insert(d.id, d);
    int converted = 0;
    int opportunities = 0;
    for (const auto& [d, record] : deals) {
        (d.isRegistration() ? registrationStatus : opportunityStatus)[d.status]++;
        if (!d.closureCode.isEmpty())
            closures.insert(d.closureCode);
        stages.insert(d.salesStage);
        currencies.insert(d.amount.currency);
        if (!d.isRegistration()) {
            ++opportunities;
            if (!d.registrationId.isEmpty()) {
                // DR-10: linked both ways to a registration closed as converted, with the same line items.
                ++converted;
                REQUIRE(byId.contains(d.registrationId));
                const Deal& registration = byId.value(d.registrationId);
                CHECK(registration.isRegistration());
                CHECK(statusOf(registration) == QStringLiteral("closed/converted"));
                CHECK(registration.registrationId == d.id);
                CHECK(registration.lineItems == d.lineItems);
                CHECK(registration.amount == d.amount);
                CHECK(registration.partnerId == d.partnerId);
                CHECK(registration.customerName == d.customerName);
            }
        } else if (d.closureCode == QLatin1String("converted")) {
            REQUIRE(byId.contains(d.registrationId));
            CHECK(byId.value(d.registrationId).registrationId == d.id);
        } else {
            CHECK(d.registrationId.isEmpty());
        }
    }
    for (const Choice& status : registrationStatuses()) {
        INFO("registration status " << status.code.toStdString());
        CHECK(registrationStatus.value(status.code) > 20);
    }
    for (const Choice& status : opportunityStatuses()) {
        INFO("opportunity status " << status.code.toStdString());
        CHECK(opportunityStatus.value(status.code) > 20);
    }
    for (const Choice& closure : closureCodes()) {
        INFO("closure code " << closure.code.toStdString());
        CHECK(closures.contains(closure.code));
    }
    for (const SalesStage& stage : salesStages())
        CHECK(stages.contains(stage.code));
    CHECK(currencies == QSet<QString> { QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("VND"),
                                        QStringLiteral("GBP") });
    CHECK(data.count(QStringLiteral("SELECT count(*) FROM deal WHERE currency = 'USD'")) > 4000 / 2);
    // About half the opportunities were converted from registrations.
    CHECK(converted > opportunities * 35 / 100);
    CHECK(converted < opportunities * 65 / 100);
    // CAM = the partner's owner.
    CHECK(data.count(QStringLiteral("SELECT count(*) FROM deal d JOIN partner p ON p.id = d.partner_id "
                                    "WHERE d.cam <> p.owner")) == 0);
    // Partner contacts belong to the deal's partner.
    CHECK(data.count(QStringLiteral("SELECT count(*) FROM deal d WHERE partner_contact_id IS NOT NULL")) > 3000);
    CHECK(data.count(QStringLiteral("SELECT count(*) FROM deal d JOIN contact c ON c.id = d.partner_contact_id "
                                    "WHERE c.partner_id <> d.partner_id")) == 0);
    CHECK(data.count(QStringLiteral("SELECT count(*) FROM deal WHERE number NOT GLOB "
                                    "'[DO][RP]-[0-9][0-9][0-9][0-9]-[0-9A-Z][0-9A-Z][0-9A-Z][0-9A-Z][0-9A-Z][0-9A-Z]'"))
          == 0);
}

TEST_CASE("DealGenerator line items add up to the amount and fill deal_product")
{
    DealDatabase data(30);
    const QString schema = QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE tbl_name IN ('deal', "
                                          "'deal_product', 'deal_event', 'sync_outbox') ORDER BY type, name");
    const QStringList schemaBefore = data.dump(schema);
    REQUIRE(generate(*data.db, 2500, 4).ok());
    // Indexes and the trigger set aside for the load are back, as they were.
    CHECK(difference(data.dump(schema), schemaBefore) == std::string());
    CHECK(data.count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = "
                                    "'deal_product_insert'"))
          == 1);
    const Result<QList<Product>> catalogue = DealSettings(*data.db).products();
    REQUIRE(catalogue.ok());
    REQUIRE_FALSE(catalogue->isEmpty()); // ensureSampleCatalogue filled it
    QSet<QString> codes;
    for (const Product& p : *catalogue)
        codes.insert(p.code);
    QHash<int, int> itemCounts;
    for (const auto& [d, record] : data.deals()) {
        INFO(d.number.toStdString() << " " << record.value(QStringLiteral("line_items")).toString().toStdString());
        REQUIRE(d.lineItems.size() >= 1);
        REQUIRE(d.lineItems.size() <= 4);
        itemCounts[int(d.lineItems.size())]++;
        CHECK(d.lineItemsTotalMinor() == d.amount.minor);
        CHECK(d.amount.minor > 0);
        QSet<QString> products;
        for (const DealLineItem& item : d.lineItems) {
            CHECK(codes.contains(item.product));
            CHECK(item.quantity > 0);
            CHECK(item.unitPriceMinor > 0);
            products.insert(item.product);
        }
        CHECK(products.size() == d.lineItems.size());
        // The stored JSON is exactly what lineItemsToJson writes.
        CHECK(record.value(QStringLiteral("line_items")).toString() == lineItemsToJson(d.lineItems));
    }
    CHECK(itemCounts.size() == 4);
    // deal_product holds exactly what its insert trigger would derive from line_items.
    CHECK(data.count(QStringLiteral(
              "SELECT count(*) FROM (SELECT d.local_id, json_extract(j.value, '$.product') AS product FROM deal d, "
              "json_each(d.line_items) j EXCEPT SELECT deal_local_id, product FROM deal_product)"))
          == 0);
    CHECK(data.count(QStringLiteral("SELECT count(*) FROM deal_product"))
          == data.count(QStringLiteral("SELECT count(*) FROM deal d, json_each(d.line_items)")));
    CHECK(data.text(QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
}

TEST_CASE("DealGenerator stores local columns and dates as the repository does")
{
    DealDatabase data(30);
    REQUIRE(generate(*data.db, 2500, 8).ok());
    QHash<QByteArray, QString> partnerNames;
    {
        QSqlQuery q(data.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT id, name FROM partner")));
        while (q.next())
            partnerNames.insert(q.value(0).toByteArray(), q.value(1).toString());
    }
    int withHost = 0;
    for (const auto& [d, record] : data.deals()) {
        INFO(d.number.toStdString());
        const QVariantMap local = DealRepository::localColumns(d, partnerNames.value(d.partnerId));
        for (auto it = local.cbegin(); it != local.cend(); ++it) {
            INFO(it.key().toStdString());
            CHECK(record.value(it.key()).toString() == it.value().toString());
        }
        withHost += record.value(QStringLiteral("customer_host")).toString().isEmpty() ? 0 : 1;
        CHECK_FALSE(record.value(QStringLiteral("customer_key")).toString().isEmpty());
        // Every synced column holds what the field's getter gives for the deal read back (the generator formats
        // dates itself for speed).
        for (const DealFieldDef& field : dealFields()) {
            INFO(field.column);
            const QVariant stored = record.value(QString::fromLatin1(field.column));
            const QVariant expected = field.get(d);
            CHECK(stored.isNull() == expected.isNull());
            if (!expected.isNull()) {
                if (expected.typeId() == QMetaType::QByteArray)
                    CHECK(stored.toByteArray() == expected.toByteArray());
                else
                    CHECK(stored.toString() == expected.toString());
            }
        }
        const QDateTime created = QDateTime::fromString(record.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
        const QDateTime updated = QDateTime::fromString(record.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
        REQUIRE(created.isValid());
        CHECK(created <= updated);
        CHECK(updated < QDateTime(Reference, QTime(0, 0), Qt::UTC));
    }
    CHECK(withHost > 2000);
}

TEST_CASE("DealGenerator dates agree with each status")
{
    DealDatabase data(50);
    DealGenerator generator(*data.db, 21);
    generator.setReferenceDay(Reference);
    REQUIRE(generator.generate(3000).ok());
    const QDateTime midnight(Reference, QTime(0, 0), Qt::UTC);
    const Result<DealProgram> program = DealSettings(*data.db).program();
    REQUIRE(program.ok());
    int expiringSoon = 0;
    int pastClose = 0;
    for (const auto& [d, record] : data.deals()) {
        INFO(d.number.toStdString() << " " << statusOf(d).toStdString());
        REQUIRE(d.expectedClose.isValid());
        CHECK(d.expectedClose >= Reference.addDays(-365));
        CHECK(d.expectedClose <= Reference.addDays(548));
        if (!d.isRegistration()) {
            CHECK_FALSE(d.submittedAt.isValid());
            CHECK_FALSE(d.expiresOn.isValid());
            if (d.status == QLatin1String("open") && d.expectedClose < Reference)
                ++pastClose;
            if (d.status != QLatin1String("open"))
                CHECK(d.expectedClose < Reference); // won and lost deals closed on a past day (PIPE-02)
            continue;
        }
        const bool submitted = d.status != QLatin1String("draft");
        CHECK(d.submittedAt.isValid() == submitted);
        if (d.submittedAt.isValid())
            CHECK(d.submittedAt < midnight);
        // Withdrawn (DR-02) closes a submission nobody decided.
        const bool decided = d.status == QLatin1String("approved")
            || (d.status == QLatin1String("closed") && d.closureCode != QLatin1String("withdrawn"))
            || (d.status == QLatin1String("canceled") && d.decidedAt.isValid());
        if (decided) {
            REQUIRE(d.decidedAt.isValid());
            CHECK(d.submittedAt < d.decidedAt);
            CHECK(d.decidedAt < midnight);
        } else {
            CHECK_FALSE(d.decidedAt.isValid());
        }
        if (d.status == QLatin1String("approved")) {
            // Unexpired on the reference day (DR-06), protection period from the decision plus any extension.
            REQUIRE(d.expiresOn.isValid());
            CHECK(d.expiresOn > Reference);
            CHECK(d.expiresOn
                  == d.decidedAt.date().addDays(program->protectionDays + d.extensions * program->extensionDays));
            CHECK(DealWorkflow::isActiveRegistration(d, Reference));
            if (d.expiresOn <= Reference.addDays(program->expiringWindowDays))
                ++expiringSoon;
            if (d.extensionRequestedTo.isValid())
                CHECK(d.extensionRequestedTo > d.expiresOn);
        } else {
            CHECK_FALSE(d.extensionRequestedTo.isValid());
        }
        if (d.closureCode == QLatin1String("expired"))
            CHECK(d.expiresOn < Reference);
        // Closed after an approval: protected until a day; closed before one: never protected.
        const bool neverApproved = d.closureCode == QLatin1String("rejected") || d.closureCode == QLatin1String("duplicate")
            || d.closureCode == QLatin1String("withdrawn");
        if (d.status == QLatin1String("closed"))
            CHECK(d.expiresOn.isValid() == !neverApproved);
    }
    CHECK(expiringSoon > 10); // the "expiring in ≤ 14 days" view has something to show (DR-08)
    CHECK(pastClose > 10);    // and the "past close date" tile (PIPE-03)
}

TEST_CASE("DealGenerator plants conflicting registrations for DR-04")
{
    DealDatabase data(80);
    DealGenerator generator(*data.db, 9);
    generator.setReferenceDay(Reference);
    REQUIRE(generator.generate(5000).ok());
    CHECK(generator.conflictsPlanted() > 20);

    // The repository's own check finds registrations of the same customer and product at other partners.
    DealRepository repository(*data.db);
    int checked = 0;
    int withSimilar = 0;
    int otherPartner = 0;
    for (const auto& [d, record] : data.deals()) {
        if (!d.isRegistration() || !DealWorkflow::isActiveRegistration(d, Reference))
            continue;
        ++checked;
        const Result<QList<SimilarDeal>> similar = repository.similar(d, Reference);
        REQUIRE(similar.ok());
        if (similar->isEmpty())
            continue;
        ++withSimilar;
        for (const SimilarDeal& s : *similar) {
            CHECK_FALSE(s.commonProducts.isEmpty());
            if (s.partnerName.isEmpty())
                continue;
            const Result<Deal> other = repository.get(s.id);
            REQUIRE(other.ok());
            if (other->partnerId != d.partnerId)
                ++otherPartner;
        }
    }
    INFO(checked << " active registrations, " << withSimilar << " with similar ones");
    CHECK(withSimilar > checked / 50);
    CHECK(otherPartner > 20);
}

TEST_CASE("DealGenerator histories follow the DR state table")
{
    DealDatabase data(20);
    DealGenerator generator(*data.db, 17);
    generator.setReferenceDay(Reference);
    generator.setWithEvents(true);
    REQUIRE(generator.generate(1200).ok());
    CHECK(generator.eventsAdded() == data.count(QStringLiteral("SELECT count(*) FROM deal_event")));
    CHECK(generator.eventsAdded() > 1200 * 2);

    DealRepository repository(*data.db);
    for (const auto& [d, record] : data.deals()) {
        INFO(d.number.toStdString() << " " << statusOf(d).toStdString());
        const Result<QList<DealEvent>> history = repository.history(d.id);
        REQUIRE(history.ok());
        REQUIRE_FALSE(history->isEmpty());
        CHECK(history->first().action == QStringLiteral("create"));
        CHECK(history->first().toStatus == (d.isRegistration() ? QStringLiteral("draft") : QStringLiteral("open")));
        // Replay: every transition is allowed by DealWorkflow from the status before it and leads where it says.
        Deal replay = d;
        replay.status = history->first().toStatus;
        replay.closureCode.clear();
        for (qsizetype i = 1; i < history->size(); ++i) {
            const DealEvent& e = history->at(i);
            INFO("event " << e.action.toStdString() << " " << e.fromStatus.toStdString() << " -> " << e.toStatus.toStdString());
            CHECK(e.at >= history->at(i - 1).at);
            CHECK(e.partnerId == d.partnerId);
            if (e.action.startsWith(QLatin1String("extend_"))) {
                CHECK(e.fromStatus == QStringLiteral("approved"));
                continue;
            }
            const std::optional<DealAction> action = DealWorkflow::fromCode(e.action);
            REQUIRE(action.has_value());
            CHECK(e.fromStatus == replay.status);
            CHECK(DealWorkflow::check(replay, *action).ok());
            CHECK(DealWorkflow::targetStatus(replay, *action) == e.toStatus);
            if (DealWorkflow::needsReason(*action))
                CHECK_FALSE(e.reason.isEmpty());
            replay.status = e.toStatus;
            replay.closureCode = DealWorkflow::targetClosureCode(*action);
        }
        CHECK(replay.status == d.status);
        CHECK(replay.closureCode == d.closureCode);
    }
}

TEST_CASE("DealGenerator records outbox entries only when asked")
{
    DealDatabase data(10);
    REQUIRE(generate(*data.db, 300, 2, true, true).ok());
    const qint64 events = data.count(QStringLiteral("SELECT count(*) FROM deal_event"));
    CHECK(data.count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE entity = 'deal' AND op = 'create'")) == 300);
    CHECK(data.count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE entity = 'deal_event' AND op = 'create'"))
          == events);
    CHECK(data.count(QStringLiteral("SELECT count(*) FROM sync_outbox o JOIN deal d ON d.id = o.row_id "
                                    "WHERE json_extract(o.fields, '$.number') <> d.number")) == 0);
}

TEST_CASE("DealGenerator big loads leave the database in WAL mode")
{
    // From 50,000 deals on, the load runs with a rollback journal when the connection is alone, and with the WAL
    // when another connection has the file open; either way the database ends in WAL mode, intact.
    DealDatabase data(25);
    const bool withReader = GENERATE(false, true);
    INFO("another connection open: " << withReader);
    std::unique_ptr<Database> reader;
    if (withReader) {
        auto opened = Database::open(data.db->path(), Database::Role::Reader);
        REQUIRE(opened.ok());
        reader = std::move(opened).value();
        QSqlQuery q(reader->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM partner")));
    }
    DealGenerator generator(*data.db, 31);
    generator.setReferenceDay(Reference);
    REQUIRE(generator.generate(50000).ok());
    CHECK(data.text(QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("wal"));
    CHECK(data.count(QStringLiteral("SELECT count(*) FROM deal")) == 50000);
    CHECK(data.text(QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    CHECK(data.count(QStringLiteral("SELECT count(*) FROM deal_product"))
          == data.count(QStringLiteral("SELECT count(*) FROM deal d, json_each(d.line_items)")));
    if (reader) {
        QSqlQuery q(reader->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM deal")));
        REQUIRE(q.next());
        CHECK(q.value(0).toLongLong() == 50000);
    }
}

TEST_CASE("DealGenerator can be cancelled and then keeps nothing")
{
    DealDatabase data(10);
    const QString schema = QStringLiteral("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name");
    const QStringList schemaBefore = data.dump(schema);
    DealGenerator generator(*data.db, 5);
    generator.setReferenceDay(Reference);
    qint64 reported = 0;
    generator.setProgress([&reported](qint64 done, qint64 total) {
        CHECK(total == 40000);
        reported = done;
        return false;
    });
    const Status status = generator.generate(40000);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == Error::Code::Cancelled);
    CHECK(reported > 0);
    CHECK(reported < 40000);
    CHECK(generator.dealsAdded() == 0);
    CHECK(data.count(QStringLiteral("SELECT count(*) FROM deal")) == 0);
    CHECK(data.count(QStringLiteral("SELECT count(*) FROM deal_product")) == 0);
    // The indexes and the trigger set aside for the load are back (the rollback restores them).
    CHECK(difference(data.dump(schema), schemaBefore) == std::string());
    CHECK(data.text(QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("wal"));
}

TEST_CASE("DealGenerator needs partners")
{
    DealDatabase empty(0);
    DealGenerator generator(*empty.db, 1);
    const Status status = generator.generate(10);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == Error::Code::NotFound);
    CHECK_FALSE(status.error().message.isEmpty());
    CHECK(empty.count(QStringLiteral("SELECT count(*) FROM deal")) == 0);
}
