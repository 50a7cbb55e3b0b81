#pragma once

// What the server tests share (SyncServiceTest, MdfSyncTest): a server database on SQLite or PostgreSQL with the
// users lan, minh (CAMs) and boss (admin), a SyncService over it, and mutation builders.
#include "ServerDatabase.h"
#include "SyncService.h"
#include "UserStore.h"
#include "common/Uuid.h"
#include "storage/Sql.h"
#include "support/CatchQt.h"
#include "support/TestPostgres.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace ChannelDesk::Test {

using Server::ApiReply;
using Server::ServerDatabase;
using Server::SyncService;
using Server::User;
using Server::UserStore;

inline const QString ClientA = QStringLiteral("0190a000-0000-7000-8000-00000000000a");
inline const QString ClientB = QStringLiteral("0190a000-0000-7000-8000-00000000000b");

enum class Backend { Sqlite, Postgres };

// TEMPLATE_TEST_CASE parameters: the test names end in " - OnSqlite" / " - OnPostgres", so ctest lists and times
// each backend on its own.
struct OnSqlite
{
    static constexpr Backend backend = Backend::Sqlite;
};
struct OnPostgres
{
    static constexpr Backend backend = Backend::Postgres;
};

// Where a new, empty server database lives: a file in `dir`, or a fresh database in the test PostgreSQL cluster
// (`pgSetup` runs in it first).
inline QString newLocation(Backend backend, const QTemporaryDir& dir, const QStringList& pgSetup = {})
{
    REQUIRE(dir.isValid());
    if (backend == Backend::Sqlite)
        return dir.filePath(QStringLiteral("server.db"));
    // A missing PostgreSQL fails the case with the reason: CI installs it, so a skip would hide a gap.
    auto url = TestPostgres::shared().createDatabase(pgSetup);
    if (!url)
        FAIL(url.error().toLogString().toStdString());
    return url.value();
}

struct Fixture
{
    explicit Fixture(Backend backend, const QStringList& pgSetup = {})
        : location(newLocation(backend, dir, pgSetup))
    {
        auto opened = ServerDatabase::open(location);
        if (!opened)
            FAIL(opened.error().toLogString().toStdString());
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
    QString location; ///< file path or postgres:// URL, for more connections to the same database
    std::unique_ptr<ServerDatabase> db;
    std::unique_ptr<SyncService> service;
    User lan { QStringLiteral("lan"), QStringLiteral("cam"), false };
    User minh { QStringLiteral("minh"), QStringLiteral("cam"), false };
    User boss { QStringLiteral("boss"), QStringLiteral("admin"), false };
};

inline qint64 nextMutation = 1;

inline QJsonObject mutation(const QString& op, const QString& id, const QJsonObject& fields, qint64 base = 0,
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

inline QString newId()
{
    return Uuid::toString(Uuid::createV7());
}

inline QJsonObject partnerFields(const QString& name)
{
    return { { QStringLiteral("name"), name },
             { QStringLiteral("partner_type"), QStringLiteral("reseller") },
             { QStringLiteral("stage"), QStringLiteral("prospect") },
             { QStringLiteral("owner"), QStringLiteral("lan") } };
}

} // namespace ChannelDesk::Test
