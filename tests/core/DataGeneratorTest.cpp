// The deterministic data generator and the bulk loader that writes its output (and later the CSV importer's).
#include "common/Uuid.h"
#include "domain/PartnerValidator.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "tools/BulkLoader.h"
#include "tools/DataGenerator.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

using namespace ChannelDesk;

namespace {

/// Everything that is stored of a partner, for comparisons.
QVariantMap stored(const Partner& p)
{
    QVariantMap values = PartnerRepository::syncedColumns(p);
    values.insert(QStringLiteral("id"), p.id);
    return values;
}

QVariantMap stored(const Contact& c)
{
    QVariantMap values;
    for (const ContactFieldDef& field : contactFields())
        values.insert(QString::fromLatin1(field.column), field.get(c));
    values.insert(QStringLiteral("id"), c.id);
    return values;
}

bool isNfc(const QString& text)
{
    return text == text.normalized(QString::NormalizationForm_C);
}

/// A fresh bulk connection on a database file in a temporary directory.
struct BulkDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    BulkDatabase()
    {
        REQUIRE(dir.isValid());
        auto opened = Database::open(dir.filePath(QStringLiteral("bulk.db")), Database::Role::Bulk);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }

    qint64 count(const QString& sql) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

/// Loads `partners` generated partners with `contactsEach` contacts each.
Status load(BulkLoader& loader, const DataGenerator& gen, int partners, int contactsEach)
{
    if (Status status = loader.begin(); !status)
        return status;
    for (int i = 0; i < partners; ++i) {
        const Partner p = gen.partner(i);
        if (Status status = loader.addPartner(p, PartnerRepository::localColumns(p)); !status)
            return status;
        for (const Contact& c : gen.contacts(p, i, contactsEach)) {
            if (Status status = loader.addContact(c); !status)
                return status;
        }
    }
    return loader.commit();
}

const QString schemaSql = QStringLiteral("SELECT group_concat(type || ':' || name || ':' || ifnull(sql, ''), '\n') "
                                         "FROM (SELECT * FROM sqlite_schema ORDER BY name)");

} // namespace

TEST_CASE("DataGenerator is deterministic")
{
    const DataGenerator a(20260101);
    const DataGenerator b(20260101);
    for (qint64 i = 0; i < 300; ++i) {
        const Partner pa = a.partner(i);
        const Partner pb = b.partner(i);
        REQUIRE(stored(pa) == stored(pb));
        const QList<Contact> ca = a.contacts(pa, i, 3);
        const QList<Contact> cb = b.contacts(pb, i, 3);
        REQUIRE(ca.size() == 3);
        for (int k = 0; k < ca.size(); ++k)
            REQUIRE(stored(ca.at(k)) == stored(cb.at(k)));
    }

    SECTION("any partner can be regenerated on its own, in any order")
    {
        const Partner late = a.partner(987654);
        CHECK(stored(DataGenerator(20260101).partner(987654)) == stored(late));
        CHECK(stored(a.partner(3)) == stored(b.partner(3)));
    }

    SECTION("output does not depend on the platform or the day")
    {
        // A digest of fixed output: integer-only arithmetic and our own PRNG make it the same on every compiler and
        // OS. If you change the word lists or the generator on purpose, update the digest (saved demo data and
        // benchmark baselines then change too).
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const DataGenerator gen(42);
        for (qint64 i = 0; i < 50; ++i) {
            const Partner p = gen.partner(i);
            const QVariantMap values = stored(p);
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                hash.addData(it.key().toUtf8());
                hash.addData(it.value().typeId() == QMetaType::QByteArray ? it.value().toByteArray().toHex()
                                                                          : it.value().toString().toUtf8());
            }
            for (const Contact& c : gen.contacts(p, i, 2)) {
                const QVariantMap contactValues = stored(c);
                for (auto it = contactValues.cbegin(); it != contactValues.cend(); ++it)
                    hash.addData(it.value().typeId() == QMetaType::QByteArray ? it.value().toByteArray().toHex()
                                                                              : it.value().toString().toUtf8());
            }
        }
        CHECK(hash.result().toHex() == QByteArray("46692799e3a4aab32d61f5099580aed0bb6b5ce9f90a8f990ca308e31c24a96e"));
    }
}

TEST_CASE("DataGenerator seeds give different data")
{
    const DataGenerator a(1);
    const DataGenerator b(2);
    int differentNames = 0;
    int differentIds = 0;
    for (qint64 i = 0; i < 200; ++i) {
        const Partner pa = a.partner(i);
        const Partner pb = b.partner(i);
        differentNames += pa.name != pb.name ? 1 : 0;
        differentIds += pa.id != pb.id ? 1 : 0;
    }
    CHECK(differentNames > 190);
    CHECK(differentIds == 200);
}

TEST_CASE("DataGenerator output passes validation and is realistic")
{
    const DataGenerator gen(7);
    const QDate base = DataGenerator::baseDate();
    REQUIRE(base == QDate(2026, 1, 1));
    const qint64 baseMs = QDateTime(base, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QSet<QByteArray> ids;
    int withRevenue = 0;
    int reviewsWithinYear = 0;
    int reviews = 0;
    for (qint64 i = 0; i < 5000; ++i) {
        const Partner p = gen.partner(i);
        INFO("partner " << i << ": " << p.name.toStdString() << " / " << p.email.toStdString() << " / "
                        << p.website.toStdString());
        const Status status = PartnerValidator::validate(p);
        INFO(status.error().toLogString().toStdString());
        REQUIRE(status.ok());

        // Required shape beyond what the validator insists on.
        REQUIRE(p.id.size() == 16);
        REQUIRE_FALSE(ids.contains(p.id));
        ids.insert(p.id);
        const qint64 idMs = Uuid::timestampMillis(p.id);
        REQUIRE(idMs < baseMs);
        REQUIRE(idMs > baseMs - qint64(7) * 366 * 86400000);
        REQUIRE_FALSE(p.legalName.isEmpty());
        REQUIRE(p.legalName.contains(p.name.section(QLatin1Char(' '), 0, 0)));
        REQUIRE(PartnerValidator::isValidCountry(p.country));
        REQUIRE_FALSE(p.city.isEmpty());
        REQUIRE_FALSE(p.region.isEmpty());
        REQUIRE_FALSE(p.address.isEmpty());
        REQUIRE_FALSE(p.emailDomain.isEmpty());
        REQUIRE(p.email.endsWith(QLatin1Char('@') + p.emailDomain));
        REQUIRE_FALSE(p.phone.isEmpty());
        REQUIRE_FALSE(p.owner.isEmpty());
        for (const QString* text : { &p.name, &p.legalName, &p.city, &p.region, &p.address, &p.stageReason, &p.notes })
            REQUIRE(isNfc(*text));
        // Domains are plain ASCII, derived from the name.
        for (QChar c : p.emailDomain)
            REQUIRE(c.unicode() < 0x80);

        if (p.stage == QLatin1String("terminated")) {
            REQUIRE(p.partnershipEnd.isValid());
            REQUIRE(p.partnershipEnd >= p.partnershipStart);
            REQUIRE(p.partnershipEnd < base);
        } else {
            REQUIRE_FALSE(p.partnershipEnd.isValid());
        }
        if (p.stage == QLatin1String("prospect"))
            REQUIRE_FALSE(p.partnershipStart.isValid());
        else
            REQUIRE(p.partnershipStart < base);
        if (p.nextReview.isValid()) {
            ++reviews;
            if (p.nextReview >= base && p.nextReview < base.addDays(366))
                ++reviewsWithinYear;
        }

        if (p.annualRevenue) {
            ++withRevenue;
            const QString expected = p.country == QLatin1String("VN") ? QStringLiteral("VND")
                : p.country == QLatin1String("US")                   ? QStringLiteral("USD")
                : p.country == QLatin1String("CH")                   ? QStringLiteral("CHF")
                : p.country == QLatin1String("DE") || p.country == QLatin1String("FR") ? QStringLiteral("EUR")
                                                                                       : p.annualRevenue->currency;
            REQUIRE(p.annualRevenue->currency == expected);
            REQUIRE(p.annualRevenue->minor > 0);
            if (p.annualRevenue->currency == QLatin1String("VND"))
                REQUIRE(p.annualRevenue->minor >= 100000000); // at least 100 million đồng
            else
                REQUIRE(p.annualRevenue->minor % 100 == 0); // whole units, two minor digits
        }

        const QList<Contact> contacts = gen.contacts(p, i, 1 + int(i % 4));
        REQUIRE(contacts.size() == 1 + int(i % 4));
        REQUIRE(contacts.constFirst().role == QLatin1String("primary"));
        QSet<QString> emails;
        for (const Contact& c : contacts) {
            const Status contactStatus = PartnerValidator::validate(c);
            INFO(c.email.toStdString() << " " << contactStatus.error().toLogString().toStdString());
            REQUIRE(contactStatus.ok());
            REQUIRE(c.partnerId == p.id);
            REQUIRE(c.id.size() == 16);
            REQUIRE(Uuid::timestampMillis(c.id) > idMs);
            REQUIRE(Uuid::timestampMillis(c.id) < baseMs);
            REQUIRE_FALSE(c.firstName.isEmpty());
            REQUIRE_FALSE(c.lastName.isEmpty());
            REQUIRE_FALSE(c.jobTitle.isEmpty());
            REQUIRE(c.email.endsWith(QLatin1Char('@') + p.emailDomain));
            REQUIRE_FALSE(emails.contains(c.email));
            emails.insert(c.email);
            for (const QString* text : { &c.firstName, &c.lastName, &c.jobTitle })
                REQUIRE(isNfc(*text));
        }
    }
    CHECK(withRevenue > 4300);
    CHECK(withRevenue < 4700);
    CHECK(reviewsWithinYear > reviews * 8 / 10);
}

TEST_CASE("DataGenerator writes Vietnamese names the Vietnamese way")
{
    const DataGenerator gen(11);
    int checked = 0;
    for (qint64 i = 0; i < 400 && checked < 50; ++i) {
        if (gen.language(i) != DataGenerator::Language::Vietnamese)
            continue;
        const Partner p = gen.partner(i);
        REQUIRE(p.country == QLatin1String("VN"));
        REQUIRE(p.legalName.startsWith(QStringLiteral("Công ty ")));
        REQUIRE((p.region == QStringLiteral("Miền Bắc") || p.region == QStringLiteral("Miền Trung")
                 || p.region == QStringLiteral("Miền Nam")));
        REQUIRE((p.emailDomain.endsWith(QLatin1String(".vn")) || p.emailDomain.endsWith(QLatin1String(".com"))));
        REQUIRE((p.phone.startsWith(QLatin1String("+84 ")) || p.phone.startsWith(QLatin1Char('0'))));
        for (const Contact& c : gen.contacts(p, i, 2)) {
            // lastName is the family name ("Nguyễn"), firstName the middle and given names ("Thị Lan").
            REQUIRE_FALSE(c.lastName.contains(QLatin1Char(' ')));
            REQUIRE(c.firstName.contains(QLatin1Char(' ')));
        }
        ++checked;
    }
    CHECK(checked == 50);
}

TEST_CASE("DataGenerator names are mostly unique")
{
    const DataGenerator gen(3);
    constexpr int Count = 20000;
    QSet<QString> names;
    QSet<QString> legalNames;
    for (qint64 i = 0; i < Count; ++i) {
        const Partner p = gen.partner(i);
        names.insert(p.name);
        legalNames.insert(p.legalName);
    }
    CHECK(double(names.size()) / Count > 0.97);
    CHECK(double(legalNames.size()) / Count > 0.97);
}

TEST_CASE("DataGenerator mixes languages as designed")
{
    const DataGenerator gen(5);
    constexpr int Count = 20000;
    int counts[4] = {};
    for (qint64 i = 0; i < Count; ++i) {
        const DataGenerator::Language language = gen.language(i);
        ++counts[int(language)];
        if (i % 10 == 0) { // the partner agrees with language()
            const QString country = gen.partner(i).country;
            switch (language) {
            case DataGenerator::Language::Vietnamese: REQUIRE(country == QLatin1String("VN")); break;
            case DataGenerator::Language::English:
                REQUIRE(QStringList({ QStringLiteral("US"), QStringLiteral("GB"), QStringLiteral("AU"), QStringLiteral("SG") })
                            .contains(country));
                break;
            case DataGenerator::Language::German:
                REQUIRE(QStringList({ QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH") }).contains(country));
                break;
            case DataGenerator::Language::French:
                REQUIRE(QStringList({ QStringLiteral("FR"), QStringLiteral("BE"), QStringLiteral("CA"), QStringLiteral("CH") })
                            .contains(country));
                break;
            }
        }
    }
    // Designed: 35 % Vietnamese, 30 % English, 18 % German, 17 % French.
    CHECK(counts[0] == Approx(0.35 * Count).epsilon(0.05));
    CHECK(counts[1] == Approx(0.30 * Count).epsilon(0.05));
    CHECK(counts[2] == Approx(0.18 * Count).epsilon(0.07));
    CHECK(counts[3] == Approx(0.17 * Count).epsilon(0.07));
}

TEST_CASE("BulkLoader loads partners and contacts with their outbox entries")
{
    BulkDatabase bulk;
    const DataGenerator gen(99);
    constexpr int Partners = 2000;
    const bool defer = GENERATE(false, true);
    INFO("deferred indexes: " << defer);
    const QString schemaBefore = [&] {
        QSqlQuery q(bulk.db->connection());
        REQUIRE(q.exec(schemaSql));
        REQUIRE(q.next());
        return q.value(0).toString();
    }();

    BulkLoader loader(*bulk.db);
    loader.setDeferIndexes(defer);
    REQUIRE(load(loader, gen, Partners, 2).ok());
    CHECK(loader.partnersAdded() == Partners);
    CHECK(loader.contactsAdded() == 2 * Partners);
    CHECK_FALSE(loader.isActive());

    CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM partner")) == Partners);
    CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM contact")) == 2 * Partners);
    CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM sync_outbox")) == 3 * Partners);
    CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE entity = 'partner'")) == Partners);
    CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE op = 'create' AND state = 'pending' "
                                    "AND base_values = '{}' AND base_version IS NULL AND schema_version = %1")
                         .arg(Database::currentSchemaVersion()))
          == 3 * Partners);
    CHECK(bulk.count(QStringLiteral("SELECT count(DISTINCT idem_key) FROM sync_outbox")) == 3 * Partners);
    // Entries are in creation order (a partner's before its contacts') and carry the row's own timestamp.
    CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM contact c JOIN sync_outbox co ON co.row_id = c.id "
                                    "JOIN sync_outbox po ON po.row_id = c.partner_id WHERE po.mutation_id > co.mutation_id"))
          == 0);
    CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM partner p JOIN sync_outbox o ON o.row_id = p.id "
                                    "WHERE o.created_at <> p.created_at OR o.entity <> 'partner'"))
          == 0);
    CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM contact c JOIN sync_outbox o ON o.row_id = c.id "
                                    "WHERE o.created_at <> c.created_at OR o.entity <> 'contact'"))
          == 0);
    CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM partner WHERE name_key = '' OR search_text = ''")) == 0);

    // Search works, including words folded from Vietnamese ("Công" -> "cong").
    int vietnamese = 0;
    for (int i = 0; i < Partners; ++i)
        vietnamese += gen.language(i) == DataGenerator::Language::Vietnamese ? 1 : 0;
    REQUIRE(vietnamese > 0);
    CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM partner_fts WHERE partner_fts MATCH '\"cong\"*'")) > 0);
    CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM partner_fts WHERE partner_fts MATCH '\"cong\"*'"))
          == bulk.count(QStringLiteral("SELECT count(*) FROM partner WHERE search_text LIKE 'cong%' "
                                       "OR search_text LIKE '% cong%'")));
    {
        QSqlQuery q(bulk.db->connection());
        CHECK(q.exec(QStringLiteral("INSERT INTO partner_fts(partner_fts) VALUES ('integrity-check')")));
    }

    // Whatever was dropped for the load is back, exactly as it was.
    {
        QSqlQuery q(bulk.db->connection());
        REQUIRE(q.exec(schemaSql));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == schemaBefore);
    }

    // Rows read back through the repository are the generated partners, and each outbox entry carries exactly the
    // JSON RecordWriter would have written.
    PartnerRepository repository(*bulk.db);
    for (int i : { 0, 1, 777, Partners - 1 }) {
        const Partner generated = gen.partner(i);
        const Result<Partner> read = repository.get(generated.id);
        REQUIRE(read.ok());
        CHECK(stored(*read) == stored(generated));
        CHECK(read->createdAt.isValid());
        QSqlQuery q(bulk.db->connection());
        q.prepare(QStringLiteral("SELECT fields FROM sync_outbox WHERE row_id = ?"));
        q.addBindValue(generated.id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == RecordWriter::outboxJson(PartnerRepository::syncedColumns(generated)));
    }

    // Later single edits still maintain the search index (the trigger is back).
    Partner extra = gen.partner(Partners + 5);
    extra.id.clear();
    extra.name = QStringLiteral("Zyxwv Unique Partner");
    REQUIRE(repository.create(extra).ok());
    CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM partner_fts WHERE partner_fts MATCH '\"zyxwv\"*'")) == 1);
}

TEST_CASE("BulkLoader can skip the outbox")
{
    BulkDatabase bulk;
    const DataGenerator gen(100);
    BulkLoader loader(*bulk.db);
    loader.setRecordOutbox(false);
    REQUIRE(load(loader, gen, 500, 1).ok());
    CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM partner")) == 500);
    CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM contact")) == 500);
    CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM sync_outbox")) == 0);
}

TEST_CASE("BulkLoader leaves nothing behind when a load is abandoned")
{
    BulkDatabase bulk;
    const DataGenerator gen(101);
    const bool defer = GENERATE(false, true);
    INFO("deferred indexes: " << defer);
    const auto schema = [&] {
        QSqlQuery q(bulk.db->connection());
        REQUIRE(q.exec(schemaSql));
        REQUIRE(q.next());
        return q.value(0).toString();
    };
    const QString schemaBefore = schema();
    const auto expectEmpty = [&] {
        CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM partner")) == 0);
        CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM contact")) == 0);
        CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM sync_outbox")) == 0);
        CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM partner_fts WHERE partner_fts MATCH '\"cong\"*'")) == 0);
        CHECK(schema() == schemaBefore);
    };

    SECTION("rollback mid-load")
    {
        BulkLoader loader(*bulk.db);
        loader.setDeferIndexes(defer);
        REQUIRE(loader.begin().ok());
        for (int i = 0; i < 1000; ++i) {
            const Partner p = gen.partner(i);
            REQUIRE(loader.addPartner(p, PartnerRepository::localColumns(p)).ok());
            for (const Contact& c : gen.contacts(p, i, 2))
                REQUIRE(loader.addContact(c).ok());
        }
        loader.rollback();
        CHECK_FALSE(loader.isActive());
        expectEmpty();
        // The loader can be used again afterwards.
        REQUIRE(load(loader, gen, 10, 0).ok());
        CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM partner")) == 10);
    }

    SECTION("destroyed before commit")
    {
        {
            BulkLoader loader(*bulk.db);
            loader.setDeferIndexes(defer);
            REQUIRE(loader.begin().ok());
            for (int i = 0; i < 100; ++i) {
                const Partner p = gen.partner(i);
                REQUIRE(loader.addPartner(p, PartnerRepository::localColumns(p)).ok());
            }
        }
        expectEmpty();
    }

    SECTION("a failing row undoes the rows before it")
    {
        BulkLoader loader(*bulk.db);
        loader.setDeferIndexes(defer);
        REQUIRE(loader.begin().ok());
        for (int i = 0; i < 100; ++i) {
            const Partner p = gen.partner(i);
            REQUIRE(loader.addPartner(p, PartnerRepository::localColumns(p)).ok());
        }
        const Partner duplicate = gen.partner(50); // same id: violates UNIQUE
        const Status status = loader.addPartner(duplicate, PartnerRepository::localColumns(duplicate));
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == Error::Code::Storage);
        CHECK_FALSE(loader.isActive());
        CHECK_FALSE(loader.commit().ok());
        expectEmpty();
    }

    SECTION("a contact whose partner does not exist is refused")
    {
        BulkLoader loader(*bulk.db);
        REQUIRE(loader.begin().ok());
        const Partner p = gen.partner(1);
        REQUIRE(loader.addPartner(p, PartnerRepository::localColumns(p)).ok());
        Contact orphan = gen.contacts(p, 1, 1).constFirst();
        orphan.partnerId = Uuid::createV7();
        CHECK_FALSE(loader.addContact(orphan).ok());
        expectEmpty();
    }
}
