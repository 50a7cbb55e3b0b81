#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ChannelDesk;

namespace {

QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void makeRawDatabase(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-setup");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            REQUIRE(query.exec(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("opening sets WAL / foreign keys / busy timeout and durability", "[storage]")
{
    Test::TempDatabase temp;
    CHECK(scalar(temp.db(), QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(temp.db(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(temp.db(), QStringLiteral("PRAGMA busy_timeout")).toInt() == 5000);
    // Editor: FULL (2), so a saved edit and its outbox entry survive power loss in WAL mode.
    CHECK(scalar(temp.db(), QStringLiteral("PRAGMA synchronous")).toInt() == 2);
    CHECK(temp.db().schemaVersion() == Database::currentSchemaVersion());

    auto reader = Database::open(temp.path(), Database::Role::Reader);
    REQUIRE(reader.ok());
    CHECK(scalar(*reader.value(), QStringLiteral("PRAGMA synchronous")).toInt() == 1); // NORMAL
    CHECK(scalar(*reader.value(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
}

TEST_CASE("a database from every earlier schema step upgrades with its data intact", "[storage][migration]")
{
    for (int step = 0; step < Database::currentSchemaVersion(); ++step) {
        DYNAMIC_SECTION("from schema " << step)
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.db"));
            {
                auto old = Database::openAtVersion(path, step);
                REQUIRE(old.ok());
                CHECK(old.value()->schemaVersion() == step);
                if (step >= 1) {
                    // Written the way that schema's ChannelDesk wrote it: raw rows, no later columns.
                    QSqlQuery insert(old.value()->connection());
                    REQUIRE(insert.exec(QStringLiteral(
                        "INSERT INTO partner (id, name, legal_name, city, country, revenue_minor, revenue_currency, "
                        "created_at, updated_at) VALUES (randomblob(16), 'Công ty Đông Á', 'Công ty TNHH Đông Á', "
                        "'Hà Nội', 'VN', 1500000000, 'VND', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')")));
                    if (step >= 2) // that schema's ChannelDesk wrote the search keys itself
                        REQUIRE(insert.exec(QStringLiteral("UPDATE partner SET name_key = 'cong ty dong a', "
                                                           "search_text = 'cong ty dong a cong ty tnhh dong a ha noi'")));
                    // An outbox entry with a high mutation id: ids must survive and never be reused.
                    REQUIRE(insert.exec(QStringLiteral(
                        "INSERT INTO sync_outbox (mutation_id, idem_key, entity, row_id, op, fields, base_values, "
                        "schema_version, created_at) SELECT 41, randomblob(16), 'partner', id, 'create', '{}', '{}', 1, "
                        "created_at FROM partner")));
                    REQUIRE(insert.exec(QStringLiteral(
                        "INSERT INTO contact (id, partner_id, first_name, last_name, created_at, updated_at) "
                        "SELECT randomblob(16), id, 'Lan', 'Nguyễn', created_at, updated_at FROM partner")));
                }
            }
            auto upgraded = Database::open(path);
            REQUIRE(upgraded.ok());
            Database& db = *upgraded.value();
            CHECK(db.schemaVersion() == Database::currentSchemaVersion());
            if (step >= 1) {
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM partner")).toInt() == 1);
                CHECK(scalar(db, QStringLiteral("SELECT revenue_minor FROM partner")).toLongLong() == 1500000000);
                CHECK(scalar(db, QStringLiteral("SELECT city FROM partner")).toString() == QStringLiteral("Hà Nội"));
                CHECK(scalar(db, QStringLiteral("SELECT last_name FROM contact")).toString() == QStringLiteral("Nguyễn"));
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE mutation_id = 41 AND state = 'pending'")).toInt() == 1);
                QSqlQuery next(db.connection());
                REQUIRE(next.exec(QStringLiteral("INSERT INTO sync_outbox (idem_key, entity, row_id, op, fields, base_values, "
                                                 "schema_version, created_at) VALUES (randomblob(16), 'partner', randomblob(16), "
                                                 "'update', '{}', '{}', 3, '2024-01-01T00:00:00.000Z')")));
                CHECK(next.lastInsertId().toLongLong() == 42);
                // The search added in step 2 covers rows written before it existed.
                CHECK(scalar(db, QStringLiteral("SELECT name_key FROM partner")).toString()
                      == QStringLiteral("cong ty dong a"));
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM partner_fts WHERE partner_fts MATCH "
                                                "'\"dong\"* \"ha\"*'"))
                          .toInt()
                      == 1);
            }
        }
    }
}

TEST_CASE("schema step 10 keeps the outbox rules and ids without temporary b-trees per insert", "[storage][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("step9.db"));
    {
        auto old = Database::openAtVersion(path, 9);
        REQUIRE(old.ok());
        QSqlQuery q(old.value()->connection());
        for (int id : { 5, 6, 90 }) {
            REQUIRE(q.exec(QStringLiteral("INSERT INTO sync_outbox (mutation_id, idem_key, entity, row_id, op, fields, "
                                          "base_values, schema_version, created_at, state) VALUES (%1, randomblob(16), "
                                          "'partner', randomblob(16), 'update', '{\"a\":1}', '{}', 9, "
                                          "'2026-11-28T00:00:00.000Z', 'conflict')")
                               .arg(id)));
        }
        // The newest entry was acknowledged and pruned: its id must still never come back.
        REQUIRE(q.exec(QStringLiteral("DELETE FROM sync_outbox WHERE mutation_id = 90")));
    }
    auto upgraded = Database::open(path);
    REQUIRE(upgraded.ok());
    Database& db = *upgraded.value();
    REQUIRE(db.schemaVersion() >= 10);
    CHECK(scalar(db, QStringLiteral("SELECT group_concat(mutation_id || state, ',') FROM sync_outbox")).toString()
          == QStringLiteral("5conflict,6conflict"));
    const QString insert = QStringLiteral(
        "INSERT INTO sync_outbox (idem_key, entity, row_id, op, fields, base_values, schema_version, created_at%1) "
        "VALUES (randomblob(16), 'partner', randomblob(16), '%2', '{}', '{}', 10, '2026-11-28T00:00:00.000Z'%3)");
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(insert.arg(QString(), QStringLiteral("create"), QString())));
    CHECK(q.lastInsertId().toLongLong() == 91);
    // The same rules as before: an unknown operation or state is refused, every known one accepted.
    CHECK_FALSE(q.exec(insert.arg(QString(), QStringLiteral("merge"), QString())));
    CHECK_FALSE(q.exec(insert.arg(QStringLiteral(", state"), QStringLiteral("update"), QStringLiteral(", 'lost'"))));
    for (const char* op : { "update", "delete", "restore" })
        CHECK(q.exec(insert.arg(QString(), QString::fromLatin1(op), QString())));
    for (const char* state : { "pending", "inflight", "acked", "conflict", "rejected", "blocked", "resolved" }) {
        INFO(state);
        CHECK(q.exec(insert.arg(QStringLiteral(", state"), QStringLiteral("update"),
                                QStringLiteral(", '%1'").arg(QString::fromLatin1(state)))));
    }
    // No temporary b-tree per insert any more (what the step is for).
    REQUIRE(q.exec(QStringLiteral("EXPLAIN ") + insert.arg(QString(), QStringLiteral("update"), QString())));
    int ephemeral = 0;
    while (q.next())
        ephemeral += q.value(1).toString() == QStringLiteral("OpenEphemeral") ? 1 : 0;
    CHECK(ephemeral == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'sync_outbox' AND type = 'index' "
                                    "AND name IN ('sync_outbox_by_row', 'sync_outbox_open')"))
              .toInt()
          == 2);
}

TEST_CASE("a database written by a newer ChannelDesk is refused and left untouched", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        REQUIRE(Sql::exec(db.value()->connection(),
                          QStringLiteral("PRAGMA user_version=%1").arg(Database::currentSchemaVersion() + 1)));
        REQUIRE(Sql::exec(db.value()->connection(), QStringLiteral("PRAGMA journal_mode=DELETE")));
    }
    const QByteArray before = fileHash(path);
    auto refused = Database::open(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::SchemaTooNew);
    CHECK(refused.error().message.contains(QStringLiteral("newer version of ChannelDesk")));
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("another program's SQLite file and a non-database file are refused unchanged", "[storage]")
{
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    makeRawDatabase(other, { QStringLiteral("CREATE TABLE notes (body TEXT)"),
                             QStringLiteral("INSERT INTO notes VALUES ('keep me')") });
    const QByteArray otherHash = fileHash(other);
    auto refused = Database::open(other);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("not one of ChannelDesk's")));
    CHECK(fileHash(other) == otherHash);

    const QString garbage = dir.filePath(QStringLiteral("partners.csv"));
    {
        QFile file(garbage);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("name,country\nĐông Á,VN\n").repeated(200));
    }
    const QByteArray garbageHash = fileHash(garbage);
    auto notDb = Database::open(garbage);
    REQUIRE_FALSE(notDb.ok());
    CHECK(notDb.error().message.contains(QStringLiteral("not a ChannelDesk database")));
    CHECK(fileHash(garbage) == garbageHash);
}

TEST_CASE("transactions roll back unless committed / savepoints nest", "[storage]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    auto count = [&] { return scalar(db, QStringLiteral("SELECT count(*) FROM sync_state")).toInt(); };
    const int initial = count();
    {
        Transaction outer(db);
        REQUIRE(outer.begun());
        REQUIRE(Sql::exec(db.connection(), QStringLiteral("INSERT INTO sync_state VALUES ('a', 1)")));
        {
            Transaction inner(db);
            REQUIRE(inner.begun());
            REQUIRE(Sql::exec(db.connection(), QStringLiteral("INSERT INTO sync_state VALUES ('b', 1)")));
            // inner not committed: only 'b' goes
        }
        {
            Transaction inner(db);
            REQUIRE(Sql::exec(db.connection(), QStringLiteral("INSERT INTO sync_state VALUES ('c', 1)")));
            REQUIRE(inner.commit());
        }
        REQUIRE(outer.commit());
    }
    CHECK(count() == initial + 2);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sync_state WHERE k = 'b'")).toInt() == 0);
    {
        Transaction abandoned(db);
        REQUIRE(Sql::exec(db.connection(), QStringLiteral("INSERT INTO sync_state VALUES ('d', 1)")));
    }
    CHECK(count() == initial + 2);
}

TEST_CASE("every database gets its own client id", "[storage][sync]")
{
    Test::TempDatabase a;
    Test::TempDatabase b;
    const QByteArray idA = scalar(a.db(), QStringLiteral("SELECT v FROM sync_state WHERE k = 'client_id'")).toByteArray();
    const QByteArray idB = scalar(b.db(), QStringLiteral("SELECT v FROM sync_state WHERE k = 'client_id'")).toByteArray();
    CHECK(idA.size() == 16);
    CHECK(idA != idB);
}
