// The server's sync rules, driven directly (no HTTP): idempotency, validation, merge classification, paging.
// Every case runs twice, on SQLite and on PostgreSQL (a throwaway cluster, tests/support/TestPostgres).
#include "ServerTestSupport.h"
#include "TokenService.h"

#include <QHash>
#include <QSet>

#include <array>
#include <atomic>
#include <barrier>
#include <chrono>
#include <thread>
#include <vector>

using namespace ChannelDesk;
using namespace ChannelDesk::Server;
using namespace ChannelDesk::Test;

TEMPLATE_TEST_CASE("server: a mutation sent twice is applied once and answered the same (idempotency)", "", OnSqlite, OnPostgres)
{
    Fixture f(TestType::backend);
    const QJsonObject create = mutation(QStringLiteral("create"), newId(), partnerFields(QStringLiteral("Once")));
    const QJsonObject first = f.first(f.lan, ClientA, create);
    CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("applied"));
    const int rows = f.logRows();

    const QJsonObject again = f.first(f.lan, ClientA, create);
    CHECK(again.value(QStringLiteral("duplicate")).toBool());
    CHECK(again.value(QStringLiteral("status")).toString() == QStringLiteral("applied"));
    CHECK(again.value(QStringLiteral("applied_seq")) == first.value(QStringLiteral("applied_seq")));
    CHECK(f.logRows() == rows);

    // The same mutation id with a different payload is refused, not applied.
    QJsonObject altered = create;
    altered.insert(QStringLiteral("fields"), partnerFields(QStringLiteral("Twice")));
    const QJsonObject mismatch = f.first(f.lan, ClientA, altered);
    CHECK(mismatch.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    CHECK(mismatch.value(QStringLiteral("reason")).toString() == QStringLiteral("idempotency_mismatch"));
    CHECK(f.logRows() == rows);
}

TEMPLATE_TEST_CASE("server: a client id belongs to one user", "", OnSqlite, OnPostgres)
{
    Fixture f(TestType::backend);
    f.first(f.lan, ClientA, mutation(QStringLiteral("create"), newId(), partnerFields(QStringLiteral("Mine"))));
    const ApiReply reply = f.service->push(f.minh, { { QStringLiteral("client_id"), ClientA },
                                                     { QStringLiteral("mutations"), QJsonArray() } });
    CHECK(reply.status == 403);
    CHECK(f.service->pull(f.minh, ClientA, QString(), 10).status == 403);
}

TEMPLATE_TEST_CASE("server: invalid mutations are rejected with a reason and change nothing (PD-01 PD-04 re-checked)", "", OnSqlite, OnPostgres)
{
    Fixture f(TestType::backend);
    const QString id = newId();
    f.first(f.lan, ClientA, mutation(QStringLiteral("create"), id, partnerFields(QStringLiteral("Valid"))));
    const int rows = f.logRows();
    struct Case
    {
        QJsonObject mutation;
        const char* reason;
    };
    const QList<Case> cases {
        { mutation(QStringLiteral("create"), newId(), {}, 0, QStringLiteral("spaceship")), "unknown_entity" },
        { mutation(QStringLiteral("update"), id, { { QStringLiteral("warp"), 9 } }, 1), "unknown_field" },
        { mutation(QStringLiteral("update"), id, { { QStringLiteral("name"), 42 } }, 1), "invalid_value" },
        { mutation(QStringLiteral("update"), id, { { QStringLiteral("name"), QString(600, QLatin1Char('x')) } }, 1), "invalid_value" },
        { mutation(QStringLiteral("update"), id, { { QStringLiteral("revenue_minor"), 1.5 } }, 1), "invalid_value" },
        { mutation(QStringLiteral("update"), id, { { QStringLiteral("name"), QString() } }, 1), "validation" },
        // PD-04: prospect cannot jump to suspended; PD-01: suspended needs a reason
        { mutation(QStringLiteral("update"), id, { { QStringLiteral("stage"), QStringLiteral("suspended") } }, 1), "validation" },
        { mutation(QStringLiteral("update"), newId(), { { QStringLiteral("name"), QStringLiteral("Ghost") } }, 1), "not_found" },
        { mutation(QStringLiteral("frobnicate"), id, {}, 1), "unknown_op" },
    };
    for (const Case& c : cases) {
        const QJsonObject result = f.first(f.lan, ClientA, c.mutation);
        INFO(QJsonDocument(result).toJson().toStdString());
        CHECK(result.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
        CHECK(result.value(QStringLiteral("reason")).toString() == QString::fromLatin1(c.reason));
        CHECK_FALSE(result.value(QStringLiteral("message")).toString().isEmpty());
    }
    CHECK(f.logRows() == rows);
}

TEMPLATE_TEST_CASE("server: a malformed batch is refused as a whole with the position named", "", OnSqlite, OnPostgres)
{
    Fixture f(TestType::backend);
    const ApiReply reply = f.service->push(
        f.lan, { { QStringLiteral("client_id"), ClientA },
                 { QStringLiteral("mutations"), QJsonArray { mutation(QStringLiteral("create"), newId(), partnerFields(QStringLiteral("ok"))),
                                                             QJsonObject { { QStringLiteral("mutation_id"), 7 } } } } });
    CHECK(reply.status == 400);
    CHECK(reply.body.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("mutations[1]")));
    CHECK(f.logRows() == 0);

    QJsonArray tooMany;
    for (int i = 0; i <= SyncService::MaxBatch; ++i)
        tooMany.append(mutation(QStringLiteral("create"), newId(), partnerFields(QStringLiteral("n"))));
    CHECK(f.service->push(f.lan, { { QStringLiteral("client_id"), ClientA }, { QStringLiteral("mutations"), tooMany } }).status == 413);
}

TEMPLATE_TEST_CASE("server: three-way merge per field - apply or same value or conflict - and delete against an update", "", OnSqlite, OnPostgres)
{
    Fixture f(TestType::backend);
    const QString id = newId();
    const qint64 v1 = f.first(f.lan, ClientA, mutation(QStringLiteral("create"), id, partnerFields(QStringLiteral("Base"))))
                          .value(QStringLiteral("applied_seq"))
                          .toInteger();
    // A changes city on v1
    const QJsonObject a = f.first(f.lan, ClientA, mutation(QStringLiteral("update"), id, { { QStringLiteral("city"), QStringLiteral("Huế") } }, v1));
    CHECK(a.value(QStringLiteral("status")).toString() == QStringLiteral("applied"));
    // B, also on v1, changes phone: merged with A's change
    const QJsonObject b = f.first(f.lan, ClientB, mutation(QStringLiteral("update"), id, { { QStringLiteral("phone"), QStringLiteral("123") } }, v1));
    CHECK(b.value(QStringLiteral("status")).toString() == QStringLiteral("merged"));
    // B sets city to the value A already set: not a conflict
    const QJsonObject same = f.first(f.lan, ClientB, mutation(QStringLiteral("update"), id, { { QStringLiteral("city"), QStringLiteral("Huế") } }, v1));
    CHECK(same.value(QStringLiteral("status")).toString() == QStringLiteral("applied"));
    // B sets city differently, on v1: conflict, and phone in the same mutation still applies (partial)
    const QJsonObject clash = f.first(f.lan, ClientB,
                                      mutation(QStringLiteral("update"), id,
                                               { { QStringLiteral("city"), QStringLiteral("Vinh") }, { QStringLiteral("region"), QStringLiteral("North") } }, v1));
    CHECK(clash.value(QStringLiteral("status")).toString() == QStringLiteral("partial"));
    const QJsonObject conflict = clash.value(QStringLiteral("conflict")).toObject();
    CHECK(conflict.value(QStringLiteral("kind")).toString() == QStringLiteral("field"));
    CHECK(conflict.value(QStringLiteral("fields")).toArray() == QJsonArray { QStringLiteral("city") });
    CHECK(conflict.value(QStringLiteral("theirs")).toObject().value(QStringLiteral("city")).toString() == QStringLiteral("Huế"));

    // A delete based on v1 would discard changes made since: conflict, the row stays.
    const QJsonObject del = f.first(f.lan, ClientA, mutation(QStringLiteral("delete"), id, { { QStringLiteral("deleted_at"), QStringLiteral("2026-11-27T00:00:00Z") } }, v1));
    CHECK(del.value(QStringLiteral("status")).toString() == QStringLiteral("conflict"));
    CHECK(del.value(QStringLiteral("conflict")).toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("delete_vs_update"));
    // Based on the current version it goes through; an update based on before the delete is then a conflict.
    const qint64 now = f.service->currentSeq();
    CHECK(f.first(f.lan, ClientA, mutation(QStringLiteral("delete"), id, { { QStringLiteral("deleted_at"), QStringLiteral("2026-11-27T00:00:00Z") } }, now))
              .value(QStringLiteral("status"))
              .toString()
          == QStringLiteral("applied"));
    const QJsonObject late = f.first(f.lan, ClientB, mutation(QStringLiteral("update"), id, { { QStringLiteral("notes"), QStringLiteral("late") } }, now));
    CHECK(late.value(QStringLiteral("conflict")).toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("update_vs_delete"));
}

TEMPLATE_TEST_CASE("server: pull pages a snapshot then the log - every visible row once - later changes after it", "", OnSqlite, OnPostgres)
{
    Fixture f(TestType::backend);
    QSet<QString> lanIds;
    for (int i = 0; i < 25; ++i) {
        const QString id = newId();
        lanIds.insert(id);
        f.first(f.lan, ClientA, mutation(QStringLiteral("create"), id, partnerFields(QStringLiteral("P%1").arg(i))));
    }
    QJsonObject minhs = partnerFields(QStringLiteral("Minh's"));
    minhs.insert(QStringLiteral("owner"), QStringLiteral("minh"));
    f.first(f.minh, ClientB, mutation(QStringLiteral("create"), newId(), minhs));

    QString cursor;
    QSet<QString> seen;
    int pages = 0;
    bool changedDuringSnapshot = false;
    const QString changed = *lanIds.cbegin();
    for (;;) {
        const ApiReply reply = f.service->pull(f.lan, ClientA, cursor, 10);
        REQUIRE(reply.status == 200);
        ++pages;
        for (const QJsonValue& item : reply.body.value(QStringLiteral("items")).toArray()) {
            const QString id = item.toObject().value(QStringLiteral("id")).toString();
            CHECK(lanIds.contains(id)); // never another CAM's row
            if (reply.body.value(QStringLiteral("phase")).toString() == QLatin1String("snapshot"))
                CHECK_FALSE(seen.contains(id));
            seen.insert(id);
        }
        cursor = reply.body.value(QStringLiteral("cursor")).toString();
        if (!changedDuringSnapshot) {
            // A change committed mid-snapshot must arrive later, in the log phase.
            f.first(f.lan, ClientA, mutation(QStringLiteral("update"), changed, { { QStringLiteral("city"), QStringLiteral("Cần Thơ") } }, 1000));
            changedDuringSnapshot = true;
        }
        if (!reply.body.value(QStringLiteral("has_more")).toBool())
            break;
        REQUIRE(pages < 20);
    }
    CHECK(seen == lanIds);

    // Caught up: the next pull is empty; a tampered cursor is refused.
    const ApiReply idle = f.service->pull(f.lan, ClientA, cursor, 10);
    CHECK(idle.body.value(QStringLiteral("items")).toArray().isEmpty());
    CHECK(f.service->pull(f.lan, ClientA, cursor + QStringLiteral("x"), 10).status == 400);
    // Another user cannot use this cursor.
    CHECK(f.service->pull(f.minh, ClientB, cursor, 10).status == 400);
}

TEMPLATE_TEST_CASE("server: sequences past 2^31 are stored and served exactly", "", OnSqlite, OnPostgres)
{
    Fixture f(TestType::backend);
    // A busy server for some years: the counter, versions and log sequences must be 64-bit everywhere.
    constexpr qint64 start = 5'000'000'000;
    QSqlQuery bump(f.db->connection());
    bump.prepare(QStringLiteral("UPDATE sync_counter SET seq = ? WHERE id = 1"));
    bump.addBindValue(start);
    REQUIRE(bump.exec());
    bump.finish();

    const QString id = newId();
    const QJsonObject create = mutation(QStringLiteral("create"), id, partnerFields(QStringLiteral("Big Seq")));
    CHECK(f.first(f.lan, ClientA, create).value(QStringLiteral("applied_seq")).toInteger() == start + 1);
    // Based on that version, so applied without a conflict: field versions compare as 64-bit numbers.
    const QJsonObject updated = f.first(f.lan, ClientA, mutation(QStringLiteral("update"), id, { { QStringLiteral("city"), QStringLiteral("Huế") } }, start + 1));
    CHECK(updated.value(QStringLiteral("status")).toString() == QStringLiteral("applied"));
    CHECK(updated.value(QStringLiteral("applied_seq")).toInteger() == start + 2);
    CHECK(f.service->currentSeq() == start + 2);
    CHECK(f.first(f.lan, ClientA, create).value(QStringLiteral("applied_seq")).toInteger() == start + 1); // duplicate

    const ApiReply snapshot = f.service->pull(f.lan, ClientA, QString(), 10);
    REQUIRE(snapshot.status == 200);
    const QJsonArray items = snapshot.body.value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 1);
    CHECK(items.first().toObject().value(QStringLiteral("version")).toInteger() == start + 2);
    const ApiReply log = f.service->pull(f.lan, ClientA, snapshot.body.value(QStringLiteral("cursor")).toString(), 10);
    REQUIRE(log.status == 200);
    CHECK(log.body.value(QStringLiteral("items")).toArray().isEmpty());
}

TEMPLATE_TEST_CASE("server: snapshot paging crosses from partners to contacts without skipping or repeating a row", "", OnSqlite, OnPostgres)
{
    Fixture f(TestType::backend);
    QStringList expected; // (rank, id) order: partners before contacts, ids in byte order on both backends
    QStringList partners;
    QStringList contacts;
    for (int i = 0; i < 12; ++i) {
        const QString partner = newId();
        const QString contact = newId();
        partners.append(partner);
        contacts.append(contact);
        CHECK(f.first(f.lan, ClientA, mutation(QStringLiteral("create"), partner, partnerFields(QStringLiteral("Paged %1").arg(i))))
                  .value(QStringLiteral("status"))
                  .toString()
              == QStringLiteral("applied"));
        CHECK(f.first(f.lan, ClientA, mutation(QStringLiteral("create"), contact,
                                               { { QStringLiteral("partner_id"), partner }, { QStringLiteral("first_name"), QStringLiteral("Tâm %1").arg(i) },
                                                 { QStringLiteral("role"), QStringLiteral("sales") } },
                                               0, QStringLiteral("contact")))
                  .value(QStringLiteral("status"))
                  .toString()
              == QStringLiteral("applied"));
    }
    partners.sort();
    contacts.sort();
    expected = partners + contacts;

    QStringList seen;
    QString cursor;
    for (int page = 0; page < 20; ++page) {
        const ApiReply reply = f.service->pull(f.lan, ClientA, cursor, 5);
        REQUIRE(reply.status == 200);
        if (reply.body.value(QStringLiteral("phase")).toString() != QLatin1String("snapshot"))
            break;
        for (const QJsonValue& item : reply.body.value(QStringLiteral("items")).toArray())
            seen.append(item.toObject().value(QStringLiteral("id")).toString());
        cursor = reply.body.value(QStringLiteral("cursor")).toString();
    }
    CHECK(seen == expected);
}

TEMPLATE_TEST_CASE("server: a migrated database reopens with its data - on PostgreSQL also from the role's own schema", "", OnSqlite, OnPostgres)
{
    // Since PostgreSQL 15 only the database owner may create in public, so a DBA gives the server's role a schema of
    // its own, which the default search_path ("$user", public) puts first.
    Fixture f(TestType::backend, { QStringLiteral("CREATE SCHEMA AUTHORIZATION CURRENT_USER") });
    const QString epoch = f.db->meta(QStringLiteral("epoch"));
    REQUIRE_FALSE(epoch.isEmpty());
    f.first(f.lan, ClientA, mutation(QStringLiteral("create"), newId(), partnerFields(QStringLiteral("Kept"))));
    f.service.reset();
    f.db.reset();

    auto reopened = ServerDatabase::open(f.location);
    if (!reopened)
        FAIL(reopened.error().toLogString().toStdString());
    CHECK(reopened.value()->meta(QStringLiteral("epoch")) == epoch);
    CHECK(SyncService(*reopened.value()).currentSeq() == 1);
    CHECK(UserStore(*reopened.value()).find(QStringLiteral("lan")).ok());
}

// PostgreSQL only: that is where several servers share one database. On SQLite (one server per file) a race to
// create the file can already fail in PRAGMA journal_mode=WAL, which returns "database is locked" without waiting.
TEMPLATE_TEST_CASE("server: servers starting at once on a new database migrate it once", "", OnPostgres)
{
    QTemporaryDir dir;
    const QString location = newLocation(TestType::backend, dir);
    constexpr int Servers = 4;
    std::barrier start(Servers);
    std::array<QString, Servers> epochs;
    std::array<QString, Servers> problems;
    std::vector<std::thread> threads;
    for (int i = 0; i < Servers; ++i) {
        threads.emplace_back([&, i] {
            start.arrive_and_wait();
            auto db = ServerDatabase::open(location);
            if (db)
                epochs[i] = db.value()->meta(QStringLiteral("epoch"));
            else
                problems[i] = db.error().toLogString();
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    for (int i = 0; i < Servers; ++i) {
        INFO(problems[i].toStdString());
        CHECK(problems[i].isEmpty());
        CHECK_FALSE(epochs[i].isEmpty());
        CHECK(epochs[i] == epochs[0]);
    }
}

TEMPLATE_TEST_CASE("server: concurrent pushes on separate connections get gap-free sequences in commit order", "", OnSqlite, OnPostgres)
{
    Fixture f(TestType::backend);
    constexpr int Writers = 3;
    constexpr int Pushes = 12;
    // Built up front: mutation() counts with a plain global.
    std::vector<std::vector<QJsonArray>> batches(Writers);
    QStringList clients;
    for (int w = 0; w < Writers; ++w) {
        clients.append(newId());
        for (int p = 0; p < Pushes; ++p)
            batches[w].push_back(QJsonArray { mutation(QStringLiteral("create"), newId(), partnerFields(QStringLiteral("W%1 P%2 a").arg(w).arg(p))),
                                              mutation(QStringLiteral("create"), newId(), partnerFields(QStringLiteral("W%1 P%2 b").arg(w).arg(p))) });
    }
    // Catch's assertions are not thread-safe: the threads only record, the checks come after the join.
    std::vector<QStringList> problems(Writers + 1);
    std::vector<std::vector<qint64>> applied(Writers);
    std::atomic<bool> writing { true };
    QStringList holes;
    std::vector<std::thread> threads;
    for (int w = 0; w < Writers; ++w) {
        threads.emplace_back([&, w] {
            auto db = ServerDatabase::open(f.location);
            if (!db) {
                problems[w].append(db.error().toLogString());
                return;
            }
            SyncService service(*db.value());
            for (const QJsonArray& batch : batches[w]) {
                const ApiReply reply = service.push(f.lan, { { QStringLiteral("client_id"), clients[w] },
                                                             { QStringLiteral("mutations"), batch } });
                if (reply.status != 200) {
                    problems[w].append(QStringLiteral("%1 %2").arg(reply.status).arg(QString::fromUtf8(QJsonDocument(reply.body).toJson())));
                    continue;
                }
                for (const QJsonValue& result : reply.body.value(QStringLiteral("results")).toArray())
                    applied[w].push_back(result.toObject().value(QStringLiteral("applied_seq")).toInteger());
            }
        });
    }
    // Meanwhile a reader must never see a hole in the log: a puller that saw seq N must already see everything
    // below N, or it would skip the late row for good.
    std::thread reader([&] {
        auto db = ServerDatabase::open(f.location);
        if (!db) {
            problems[Writers].append(db.error().toLogString());
            return;
        }
        while (writing.load()) {
            QSqlQuery query(db.value()->connection());
            if (!query.exec(QStringLiteral("SELECT count(*), coalesce(max(seq), 0) FROM change_log")) || !query.next()) {
                problems[Writers].append(QStringLiteral("reader query failed"));
                return;
            }
            if (query.value(0).toLongLong() != query.value(1).toLongLong())
                holes.append(QStringLiteral("%1 rows up to seq %2").arg(query.value(0).toLongLong()).arg(query.value(1).toLongLong()));
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    });
    for (std::thread& thread : threads)
        thread.join();
    writing.store(false);
    reader.join();

    QSet<qint64> all;
    for (int w = 0; w <= Writers; ++w) {
        INFO(problems[w].join(QLatin1Char('\n')).toStdString());
        CHECK(problems[w].isEmpty());
    }
    for (int w = 0; w < Writers; ++w) {
        CHECK(std::is_sorted(applied[w].begin(), applied[w].end()));
        for (const qint64 seq : applied[w])
            all.insert(seq);
    }
    INFO(holes.join(QStringLiteral("; ")).toStdString());
    CHECK(holes.isEmpty());
    const int total = Writers * Pushes * 2;
    CHECK(all.size() == total);
    CHECK(f.service->currentSeq() == total);
    CHECK(f.logRows() == total);
}

TEMPLATE_TEST_CASE("server: a refresh token presented twice at once is spent once", "", OnSqlite, OnPostgres)
{
    Fixture f(TestType::backend);
    constexpr int Rounds = 12;
    UserStore users(*f.db);
    TokenService tokens(*f.db, users);
    QStringList issued;
    for (int i = 0; i < Rounds; ++i) {
        const Result<TokenPair> pair = tokens.issue(f.lan);
        REQUIRE(pair.ok());
        issued.append(pair.value().refreshToken);
    }
    // Two server processes (or a client retrying on two connections) race each token; a copied token must not
    // yield two live sessions, so exactly one refresh wins each round.
    std::barrier together(2);
    std::array<std::vector<int>, 2> wins;
    std::array<QString, 2> problems;
    auto racer = [&](int r) {
        auto db = ServerDatabase::open(f.location);
        std::unique_ptr<UserStore> racerUsers;
        std::unique_ptr<TokenService> racerTokens;
        if (db) {
            racerUsers = std::make_unique<UserStore>(*db.value());
            racerTokens = std::make_unique<TokenService>(*db.value(), *racerUsers);
        } else {
            problems[r] = db.error().toLogString();
        }
        for (int round = 0; round < Rounds; ++round) {
            together.arrive_and_wait(); // every round, even without a connection, or the other racer would hang
            wins[r].push_back(racerTokens && racerTokens->refresh(issued[round]).ok() ? 1 : 0);
        }
    };
    std::thread first(racer, 0);
    std::thread second(racer, 1);
    first.join();
    second.join();
    CHECK(problems[0].isEmpty());
    CHECK(problems[1].isEmpty());
    for (int round = 0; round < Rounds; ++round) {
        INFO("round " << round);
        CHECK(wins[0][round] + wins[1][round] == 1);
    }
}

namespace {

QJsonObject registrationFields(const QString& partnerId, const QString& number, const QString& customer,
                               const QString& product)
{
    return { { QStringLiteral("kind"), QStringLiteral("registration") },
             { QStringLiteral("number"), number },
             { QStringLiteral("partner_id"), partnerId },
             { QStringLiteral("customer_name"), customer },
             { QStringLiteral("line_items"),
               QStringLiteral("[{\"product\":\"%1\",\"name\":\"%1\",\"quantity\":2,\"unit_price\":50000}]").arg(product) },
             { QStringLiteral("amount_minor"), 100000 },
             { QStringLiteral("currency"), QStringLiteral("USD") },
             { QStringLiteral("expected_close"), QDate::currentDate().addMonths(2).toString(Qt::ISODate) },
             { QStringLiteral("sales_stage"), QStringLiteral("proposal") },
             { QStringLiteral("status"), QStringLiteral("draft") } };
}

// Pushes one workflow step of a deal and returns the server's answer (its status string).
QString step(Fixture& f, const User& user, const QString& id, qint64& version, const QJsonObject& fields)
{
    const QJsonObject result
        = f.first(user, user.name == QLatin1String("lan") ? ClientA : ClientB, mutation(QStringLiteral("update"), id, fields, version, QStringLiteral("deal")));
    INFO(QJsonDocument(result).toJson().toStdString());
    if (result.contains(QStringLiteral("applied_seq")) && result.value(QStringLiteral("status")) != QStringLiteral("rejected"))
        version = result.value(QStringLiteral("applied_seq")).toInteger();
    return result.value(QStringLiteral("status")).toString();
}

} // namespace

TEMPLATE_TEST_CASE("server: deals move only along the DR state table from the server's status and DR-05 holds across partners", "", OnSqlite, OnPostgres)
{
    Fixture f(TestType::backend);
    const QString lanPartner = newId();
    const QString minhPartner = newId();
    f.first(f.lan, ClientA, mutation(QStringLiteral("create"), lanPartner, partnerFields(QStringLiteral("Lan's reseller"))));
    QJsonObject minhFields = partnerFields(QStringLiteral("Minh's reseller"));
    minhFields.insert(QStringLiteral("owner"), QStringLiteral("minh"));
    f.first(f.minh, ClientB, mutation(QStringLiteral("create"), minhPartner, minhFields));

    // A registration must be created as a draft: a client cannot create it already approved.
    QJsonObject approvedAtOnce = registrationFields(lanPartner, QStringLiteral("DR-2611-AAAAA1"), QStringLiteral("Acme Inc"), QStringLiteral("X1"));
    approvedAtOnce.insert(QStringLiteral("status"), QStringLiteral("approved"));
    const QJsonObject refused = f.first(f.lan, ClientA, mutation(QStringLiteral("create"), newId(), approvedAtOnce, 0, QStringLiteral("deal")));
    CHECK(refused.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    CHECK(refused.value(QStringLiteral("reason")).toString() == QStringLiteral("validation"));

    const QString lanDeal = newId();
    QJsonObject created = f.first(f.lan, ClientA, mutation(QStringLiteral("create"), lanDeal,
        registrationFields(lanPartner, QStringLiteral("DR-2611-AAAAA2"), QStringLiteral("Acme Inc"), QStringLiteral("X1")), 0, QStringLiteral("deal")));
    INFO(QJsonDocument(created).toJson().toStdString());
    REQUIRE(created.value(QStringLiteral("status")).toString() == QStringLiteral("applied"));
    qint64 lanVersion = created.value(QStringLiteral("applied_seq")).toInteger();

    // Skipping review is refused; each step of the table is applied.
    const QString expiry = QDate::currentDate().addDays(90).toString(Qt::ISODate);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QJsonObject approve { { QStringLiteral("status"), QStringLiteral("approved") },
                                { QStringLiteral("decided_at"), now },
                                { QStringLiteral("expires_on"), expiry } };
    CHECK(step(f, f.lan, lanDeal, lanVersion, approve) == QStringLiteral("rejected"));
    CHECK(step(f, f.lan, lanDeal, lanVersion, { { QStringLiteral("status"), QStringLiteral("submitted") },
                                                 { QStringLiteral("submitted_at"), now } }) == QStringLiteral("applied"));
    CHECK(step(f, f.lan, lanDeal, lanVersion, { { QStringLiteral("status"), QStringLiteral("under_review") } }) == QStringLiteral("applied"));
    CHECK(step(f, f.lan, lanDeal, lanVersion, { { QStringLiteral("status"), QStringLiteral("pending_approval") } }) == QStringLiteral("applied"));
    CHECK(step(f, f.lan, lanDeal, lanVersion, approve) == QStringLiteral("applied"));

    // DR-05: Minh's partner registers the same customer (other spelling) and product; it cannot be approved while
    // Lan's is approved and unexpired, although Minh cannot see Lan's registration.
    const QString minhDeal = newId();
    created = f.first(f.minh, ClientB, mutation(QStringLiteral("create"), minhDeal,
        registrationFields(minhPartner, QStringLiteral("DR-2611-BBBBB1"), QStringLiteral("ACME, Inc."), QStringLiteral("X1")), 0, QStringLiteral("deal")));
    REQUIRE(created.value(QStringLiteral("status")).toString() == QStringLiteral("applied"));
    qint64 minhVersion = created.value(QStringLiteral("applied_seq")).toInteger();
    for (const char* status : { "submitted", "under_review", "pending_approval" })
        REQUIRE(step(f, f.minh, minhDeal, minhVersion, { { QStringLiteral("status"), QString::fromLatin1(status) } }) == QStringLiteral("applied"));
    const int rows = f.logRows();
    const QJsonObject blocked = f.first(f.minh, ClientB, mutation(QStringLiteral("update"), minhDeal, approve, minhVersion, QStringLiteral("deal")));
    CHECK(blocked.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    CHECK(blocked.value(QStringLiteral("message")).toString().contains(QStringLiteral("DR-05")));
    CHECK_FALSE(blocked.value(QStringLiteral("message")).toString().contains(QStringLiteral("AAAAA2"))); // nothing of Lan's leaks
    CHECK(f.logRows() == rows);

    // Once Lan's registration has expired, Minh's can be approved.
    CHECK(step(f, f.lan, lanDeal, lanVersion, { { QStringLiteral("status"), QStringLiteral("closed") },
                                                 { QStringLiteral("closure_code"), QStringLiteral("expired") } }) == QStringLiteral("applied"));
    CHECK(step(f, f.minh, minhDeal, minhVersion, approve) == QStringLiteral("applied"));
    // A closed registration cannot be reopened by a client.
    CHECK(step(f, f.lan, lanDeal, lanVersion, { { QStringLiteral("status"), QStringLiteral("approved") },
                                                 { QStringLiteral("closure_code"), QString() } }) == QStringLiteral("rejected"));
}

TEMPLATE_TEST_CASE("server: DR-02 a pending registration is recalled to draft or withdrawn but never resubmitted once withdrawn", "", OnSqlite, OnPostgres)
{
    Fixture f(TestType::backend);
    const QString partner = newId();
    f.first(f.lan, ClientA, mutation(QStringLiteral("create"), partner, partnerFields(QStringLiteral("Lan's reseller"))));
    const QString deal = newId();
    const QJsonObject created = f.first(f.lan, ClientA, mutation(QStringLiteral("create"), deal,
        registrationFields(partner, QStringLiteral("DR-2611-CCCCC1"), QStringLiteral("Initech"), QStringLiteral("X1")), 0, QStringLiteral("deal")));
    REQUIRE(created.value(QStringLiteral("status")).toString() == QStringLiteral("applied"));
    qint64 version = created.value(QStringLiteral("applied_seq")).toInteger();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);

    const QJsonObject submit { { QStringLiteral("status"), QStringLiteral("submitted") }, { QStringLiteral("submitted_at"), now } };
    const QJsonObject recall { { QStringLiteral("status"), QStringLiteral("draft") }, { QStringLiteral("submitted_at"), QJsonValue() } };
    const QJsonObject withdraw { { QStringLiteral("status"), QStringLiteral("closed") },
                                 { QStringLiteral("closure_code"), QStringLiteral("withdrawn") } };
    CHECK(step(f, f.lan, deal, version, submit) == QStringLiteral("applied"));
    CHECK(step(f, f.lan, deal, version, recall) == QStringLiteral("applied"));
    CHECK(step(f, f.lan, deal, version, submit) == QStringLiteral("applied"));
    CHECK(step(f, f.lan, deal, version, { { QStringLiteral("status"), QStringLiteral("under_review") } }) == QStringLiteral("applied"));
    CHECK(step(f, f.lan, deal, version, withdraw) == QStringLiteral("applied"));
    // Withdrawn is final: neither submitted again nor recalled.
    CHECK(step(f, f.lan, deal, version, { { QStringLiteral("status"), QStringLiteral("submitted") },
                                          { QStringLiteral("closure_code"), QString() } }) == QStringLiteral("rejected"));
    CHECK(step(f, f.lan, deal, version, { { QStringLiteral("status"), QStringLiteral("draft") },
                                          { QStringLiteral("closure_code"), QString() } }) == QStringLiteral("rejected"));
}

TEMPLATE_TEST_CASE("server: DR-12 a CAM deletes only drafts and an administrator archives and restores any deal", "", OnSqlite, OnPostgres)
{
    Fixture f(TestType::backend);
    const QString partner = newId();
    f.first(f.lan, ClientA, mutation(QStringLiteral("create"), partner, partnerFields(QStringLiteral("Lan's reseller"))));
    QHash<QString, qint64> versions;
    // Pushes a delete or restore and returns the result; keeps the deal's version when applied.
    auto tombstone = [&](const User& user, const QString& op, const QString& id) {
        const QJsonObject result = f.first(user, user.name == QLatin1String("lan") ? ClientA : ClientB,
                                           mutation(op, id, {}, versions.value(id), QStringLiteral("deal")));
        INFO(QJsonDocument(result).toJson().toStdString());
        if (result.value(QStringLiteral("status")).toString() == QStringLiteral("applied"))
            versions[id] = result.value(QStringLiteral("applied_seq")).toInteger();
        return result;
    };
    const QString draft = newId();
    const QString submitted = newId();
    for (const QString& id : { draft, submitted }) {
        const QJsonObject created = f.first(f.lan, ClientA, mutation(QStringLiteral("create"), id,
            registrationFields(partner, id == draft ? QStringLiteral("DR-2611-DDDDD1") : QStringLiteral("DR-2611-DDDDD2"),
                               QStringLiteral("Globex"), QStringLiteral("X1")), 0, QStringLiteral("deal")));
        REQUIRE(created.value(QStringLiteral("status")).toString() == QStringLiteral("applied"));
        versions[id] = created.value(QStringLiteral("applied_seq")).toInteger();
    }
    REQUIRE(step(f, f.lan, submitted, versions[submitted],
                 { { QStringLiteral("status"), QStringLiteral("submitted") },
                   { QStringLiteral("submitted_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } })
            == QStringLiteral("applied"));

    // The CAM deletes a draft and restores it (undo) ...
    CHECK(tombstone(f.lan, QStringLiteral("delete"), draft).value(QStringLiteral("status")).toString() == QStringLiteral("applied"));
    CHECK(tombstone(f.lan, QStringLiteral("restore"), draft).value(QStringLiteral("status")).toString() == QStringLiteral("applied"));
    // ... but cannot take a submitted registration out of the pipeline: nothing changes.
    const int rows = f.logRows();
    const QJsonObject refused = tombstone(f.lan, QStringLiteral("delete"), submitted);
    CHECK(refused.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    CHECK(refused.value(QStringLiteral("reason")).toString() == QStringLiteral("permission"));
    CHECK(refused.value(QStringLiteral("message")).toString().contains(QStringLiteral("DR-12")));
    CHECK(f.logRows() == rows);

    // The administrator archives it (a tombstone the CAM pulls) and can bring it back; the CAM cannot.
    CHECK(tombstone(f.boss, QStringLiteral("delete"), submitted).value(QStringLiteral("status")).toString() == QStringLiteral("applied"));
    CHECK(f.logRows() == rows + 1);
    CHECK(tombstone(f.lan, QStringLiteral("restore"), submitted).value(QStringLiteral("reason")).toString() == QStringLiteral("permission"));
    CHECK(tombstone(f.boss, QStringLiteral("restore"), submitted).value(QStringLiteral("status")).toString() == QStringLiteral("applied"));
}

TEMPLATE_TEST_CASE("server: DR-11 a task needs its registration active on the server - canceling one always goes through", "", OnSqlite, OnPostgres)
{
    Fixture f(TestType::backend);
    const QString partner = newId();
    f.first(f.lan, ClientA, mutation(QStringLiteral("create"), partner, partnerFields(QStringLiteral("Lan's reseller"))));
    QJsonObject minhFields = partnerFields(QStringLiteral("Minh's reseller"));
    minhFields.insert(QStringLiteral("owner"), QStringLiteral("minh"));
    const QString minhPartner = newId();
    f.first(f.minh, ClientB, mutation(QStringLiteral("create"), minhPartner, minhFields));
    const QString deal = newId();
    const QJsonObject created = f.first(f.lan, ClientA, mutation(QStringLiteral("create"), deal,
        registrationFields(partner, QStringLiteral("DR-2611-TTTTT1"), QStringLiteral("Umbrella"), QStringLiteral("X1")), 0, QStringLiteral("deal")));
    REQUIRE(created.value(QStringLiteral("status")).toString() == QStringLiteral("applied"));
    qint64 dealVersion = created.value(QStringLiteral("applied_seq")).toInteger();
    auto taskFields = [&](const QString& status) {
        return QJsonObject { { QStringLiteral("partner_id"), partner }, { QStringLiteral("deal_id"), deal },
                             { QStringLiteral("title"), QStringLiteral("Call the buyer") },
                             { QStringLiteral("status"), status } };
    };

    // A draft takes no task.
    const QString task = newId();
    const QJsonObject onDraft = f.first(f.lan, ClientA, mutation(QStringLiteral("create"), task, taskFields(QStringLiteral("open")), 0, QStringLiteral("deal_task")));
    CHECK(onDraft.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    CHECK(onDraft.value(QStringLiteral("message")).toString().contains(QStringLiteral("DR-11")));

    // Submitted, it does; nor can Minh hang a task of his partner's on Lan's deal.
    REQUIRE(step(f, f.lan, deal, dealVersion, { { QStringLiteral("status"), QStringLiteral("submitted") },
                                                { QStringLiteral("submitted_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } })
            == QStringLiteral("applied"));
    const QJsonObject added = f.first(f.lan, ClientA, mutation(QStringLiteral("create"), task, taskFields(QStringLiteral("open")), 0, QStringLiteral("deal_task")));
    REQUIRE(added.value(QStringLiteral("status")).toString() == QStringLiteral("applied"));
    qint64 taskVersion = added.value(QStringLiteral("applied_seq")).toInteger();
    QJsonObject foreign = taskFields(QStringLiteral("open"));
    foreign.insert(QStringLiteral("partner_id"), minhPartner);
    const QJsonObject stolen = f.first(f.minh, ClientB, mutation(QStringLiteral("create"), newId(), foreign, 0, QStringLiteral("deal_task")));
    CHECK(stolen.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    CHECK(stolen.value(QStringLiteral("message")).toString().contains(QStringLiteral("does not exist")));

    // Rejected on the server (by a colleague's device): a task marked done offline is refused, its cancel goes through.
    REQUIRE(step(f, f.lan, deal, dealVersion, { { QStringLiteral("status"), QStringLiteral("under_review") } }) == QStringLiteral("applied"));
    REQUIRE(step(f, f.lan, deal, dealVersion, { { QStringLiteral("status"), QStringLiteral("closed") },
                                                { QStringLiteral("closure_code"), QStringLiteral("rejected") } })
            == QStringLiteral("applied"));
    const QJsonObject lateDone = f.first(f.lan, ClientA, mutation(QStringLiteral("update"), task, { { QStringLiteral("status"), QStringLiteral("done") } },
                                                                  taskVersion, QStringLiteral("deal_task")));
    CHECK(lateDone.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    CHECK(lateDone.value(QStringLiteral("message")).toString().contains(QStringLiteral("closed")));
    const QJsonObject canceled = f.first(f.lan, ClientA, mutation(QStringLiteral("update"), task, { { QStringLiteral("status"), QStringLiteral("canceled") } },
                                                                  taskVersion, QStringLiteral("deal_task")));
    CHECK(canceled.value(QStringLiteral("status")).toString() == QStringLiteral("applied"));
}

TEMPLATE_TEST_CASE("server: DR-03 a registration is approved only once every stage of its chain approved", "", OnSqlite, OnPostgres)
{
    Fixture f(TestType::backend);
    const QString partner = newId();
    f.first(f.lan, ClientA, mutation(QStringLiteral("create"), partner, partnerFields(QStringLiteral("Lan's reseller"))));
    const QString deal = newId();
    const QJsonObject created = f.first(f.lan, ClientA, mutation(QStringLiteral("create"), deal,
        registrationFields(partner, QStringLiteral("DR-2611-RRRRR1"), QStringLiteral("Cyberdyne"), QStringLiteral("X1")), 0, QStringLiteral("deal")));
    REQUIRE(created.value(QStringLiteral("status")).toString() == QStringLiteral("applied"));
    qint64 version = created.value(QStringLiteral("applied_seq")).toInteger();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    REQUIRE(step(f, f.lan, deal, version, { { QStringLiteral("status"), QStringLiteral("submitted") }, { QStringLiteral("submitted_at"), now } })
            == QStringLiteral("applied"));
    REQUIRE(step(f, f.lan, deal, version, { { QStringLiteral("status"), QStringLiteral("under_review") } }) == QStringLiteral("applied"));
    const QString chain = QStringLiteral("[{\"approvers\":[\"lan\"],\"approved\":[],\"rule\":\"A\"},"
                                         "{\"approvers\":[\"boss\"],\"approved\":[],\"rule\":\"B\"}]");
    REQUIRE(step(f, f.lan, deal, version, { { QStringLiteral("status"), QStringLiteral("pending_approval") },
                                            { QStringLiteral("approval_chain"), chain } })
            == QStringLiteral("applied"));
    const QString expiry = QDate::currentDate().addDays(90).toString(Qt::ISODate);
    // Lan's stage approved, the director's not: still pending on the server.
    const QString half = QStringLiteral("[{\"approvers\":[\"lan\"],\"approved\":[\"lan\"],\"rule\":\"A\"},"
                                        "{\"approvers\":[\"boss\"],\"approved\":[],\"rule\":\"B\"}]");
    const int rows = f.logRows();
    const QJsonObject early = f.first(f.lan, ClientA, mutation(QStringLiteral("update"), deal,
        { { QStringLiteral("status"), QStringLiteral("approved") }, { QStringLiteral("approval_chain"), half },
          { QStringLiteral("decided_at"), now }, { QStringLiteral("expires_on"), expiry } }, version, QStringLiteral("deal")));
    CHECK(early.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    CHECK(early.value(QStringLiteral("message")).toString().contains(QStringLiteral("DR-03")));
    CHECK(early.value(QStringLiteral("message")).toString().contains(QStringLiteral("boss")));
    CHECK(f.logRows() == rows);
    // Every stage approved: applied. A Return to review is a step of the table too.
    CHECK(step(f, f.lan, deal, version, { { QStringLiteral("approval_chain"), half } }) == QStringLiteral("applied"));
    const QString done = QStringLiteral("[{\"approvers\":[\"lan\"],\"approved\":[\"lan\"],\"rule\":\"A\"},"
                                        "{\"approvers\":[\"boss\"],\"approved\":[\"boss\"],\"rule\":\"B\"}]");
    CHECK(step(f, f.lan, deal, version, { { QStringLiteral("status"), QStringLiteral("approved") }, { QStringLiteral("approval_chain"), done },
                                          { QStringLiteral("decided_at"), now }, { QStringLiteral("expires_on"), expiry } })
          == QStringLiteral("applied"));
}

TEMPLATE_TEST_CASE("server: a schema-1 database is upgraded to the current schema with its data", "", OnSqlite, OnPostgres)
{
    Fixture f(TestType::backend);
    f.first(f.lan, ClientA, mutation(QStringLiteral("create"), newId(), partnerFields(QStringLiteral("Kept"))));
    // What a schema-1 server left: no deal_index, no MDF or training tables, the scope index by scope alone, version 1.
    for (const char* table : { "deal_index", "mdf_index", "attachment_blob", "cert_evidence" })
        REQUIRE(Sql::exec(f.db->connection(), QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))).ok());
    REQUIRE(Sql::exec(f.db->connection(), QStringLiteral("DROP INDEX record_by_scope_entity")).ok());
    REQUIRE(Sql::exec(f.db->connection(), QStringLiteral("CREATE INDEX record_by_scope ON record(scope_id)")).ok());
    REQUIRE(Sql::exec(f.db->connection(), QStringLiteral("UPDATE server_meta SET v = '1' WHERE k = 'schema_version'")).ok());
    f.service.reset();
    f.db.reset();

    auto reopened = ServerDatabase::open(f.location);
    if (!reopened)
        FAIL(reopened.error().toLogString().toStdString());
    CHECK(reopened.value()->meta(QStringLiteral("schema_version")) == QStringLiteral("4"));
    CHECK(SyncService(*reopened.value()).currentSeq() == 1);
    QSqlQuery query(reopened.value()->connection());
    CHECK(query.exec(QStringLiteral("SELECT count(*) FROM deal_index")));
    CHECK(query.exec(QStringLiteral("SELECT count(*) FROM mdf_index")));
    CHECK(query.exec(QStringLiteral("SELECT count(*) FROM attachment_blob")));
    CHECK(query.exec(QStringLiteral("SELECT count(*) FROM cert_evidence")));
}
