// The server's sync rules, driven directly (no HTTP): idempotency, validation, merge classification, paging.
#include "ServerDatabase.h"
#include "SyncService.h"
#include "UserStore.h"
#include "common/Uuid.h"
#include "support/CatchQt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ChannelDesk;
using namespace ChannelDesk::Server;

namespace {

const QString ClientA = QStringLiteral("0190a000-0000-7000-8000-00000000000a");
const QString ClientB = QStringLiteral("0190a000-0000-7000-8000-00000000000b");

struct Fixture
{
    Fixture()
    {
        REQUIRE(dir.isValid());
        auto opened = ServerDatabase::open(dir.filePath(QStringLiteral("server.db")));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        service = std::make_unique<SyncService>(*db);
        UserStore users(*db);
        for (const User* user : { &lan, &minh, &boss })
            REQUIRE(users.add(user->name, QStringLiteral("password-123"), user->role).ok());
    }

    QJsonObject push(const User& user, const QString& client, const QJsonArray& mutations)
    {
        const ApiReply reply = service->push(user, { { QStringLiteral("client_id"), client },
                                                     { QStringLiteral("mutations"), mutations } });
        INFO(QJsonDocument(reply.body).toJson().toStdString());
        REQUIRE(reply.status == 200);
        return reply.body;
    }

    QJsonObject first(const User& user, const QString& client, const QJsonObject& mutation)
    {
        return push(user, client, QJsonArray { mutation }).value(QStringLiteral("results")).toArray().first().toObject();
    }

    int logRows()
    {
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM change_log")));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }

    QTemporaryDir dir;
    std::unique_ptr<ServerDatabase> db;
    std::unique_ptr<SyncService> service;
    User lan { QStringLiteral("lan"), QStringLiteral("cam"), false };
    User minh { QStringLiteral("minh"), QStringLiteral("cam"), false };
    User boss { QStringLiteral("boss"), QStringLiteral("admin"), false };
};

qint64 nextMutation = 1;

QJsonObject mutation(const QString& op, const QString& id, const QJsonObject& fields, qint64 base = 0,
                     const QString& entity = QStringLiteral("partner"))
{
    return { { QStringLiteral("mutation_id"), nextMutation++ },
             { QStringLiteral("idem_key"), Uuid::toString(Uuid::createV7()) },
             { QStringLiteral("entity"), entity },
             { QStringLiteral("id"), id },
             { QStringLiteral("op"), op },
             { QStringLiteral("base_version"), base },
             { QStringLiteral("fields"), fields } };
}

QString newId()
{
    return Uuid::toString(Uuid::createV7());
}

QJsonObject partnerFields(const QString& name)
{
    return { { QStringLiteral("name"), name },
             { QStringLiteral("partner_type"), QStringLiteral("reseller") },
             { QStringLiteral("stage"), QStringLiteral("prospect") },
             { QStringLiteral("owner"), QStringLiteral("lan") } };
}

} // namespace

TEST_CASE("server: a mutation sent twice is applied once and answered the same (idempotency)")
{
    Fixture f;
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

TEST_CASE("server: a client id belongs to one user")
{
    Fixture f;
    f.first(f.lan, ClientA, mutation(QStringLiteral("create"), newId(), partnerFields(QStringLiteral("Mine"))));
    const ApiReply reply = f.service->push(f.minh, { { QStringLiteral("client_id"), ClientA },
                                                     { QStringLiteral("mutations"), QJsonArray() } });
    CHECK(reply.status == 403);
    CHECK(f.service->pull(f.minh, ClientA, QString(), 10).status == 403);
}

TEST_CASE("server: invalid mutations are rejected with a reason and change nothing (PD-01 PD-04 re-checked)")
{
    Fixture f;
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

TEST_CASE("server: a malformed batch is refused as a whole with the position named")
{
    Fixture f;
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

TEST_CASE("server: three-way merge per field - apply or same value or conflict - and delete against an update")
{
    Fixture f;
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

TEST_CASE("server: pull pages a snapshot then the log - every visible row once - later changes after it")
{
    Fixture f;
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
