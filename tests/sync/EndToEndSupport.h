#pragma once

// The end-to-end tests' server and client: the real channeldesk-server over HTTPS (TestServer) and a client engine
// signed in as a user on a database of its own. Header only. server() is in an unnamed namespace on purpose: each
// test file that includes this gets a server of its own, started on first use, so one file's records never show up
// in another file's expectations when the whole binary runs in one process.
#include "support/CatchQt.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"
#include "sync/SyncEngine.h"

#include <QSqlQuery>
#include <QStringList>

namespace ChannelDesk::Test {

namespace {

TestServer& server()
{
    static TestServer instance;
    static const bool ready = [] {
        if (!instance.prepare() || !instance.start()) {
            FAIL("test server: " << instance.error().toStdString());
            return false;
        }
        return true;
    }();
    REQUIRE(ready);
    return instance;
}

struct Client
{
    explicit Client(const QString& user)
        : engine(db.path(), SyncAccount { server().url(), user, server().caFile(), {} })
    {
        REQUIRE(engine.open().ok());
        const SyncReport login = engine.signIn(QString::fromLatin1(TestServer::Password));
        INFO(login.message.toStdString());
        REQUIRE(login.outcome == SyncReport::Outcome::Ok);
    }

    SyncReport sync()
    {
        const SyncReport report = engine.runOnce();
        INFO(report.message.toStdString());
        REQUIRE(report.outcome == SyncReport::Outcome::Ok);
        return report;
    }

    QList<SyncConflict> open()
    {
        const Result<QList<SyncConflict>> conflicts = engine.store().openConflicts();
        REQUIRE(conflicts.ok());
        return conflicts.value();
    }

    /// Every open conflict or rejection, as "entity kind: reason" lines (empty when none), for INFO and CHECK.
    QString problems()
    {
        QStringList lines;
        for (const SyncConflict& c : open())
            lines.append(QStringLiteral("%1 %2: %3").arg(c.entity, c.kind, c.reason));
        return lines.join(QLatin1Char('\n'));
    }

    qint64 count(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery query(db.db().connection());
        query.prepare(sql);
        for (const QVariant& bind : binds)
            query.addBindValue(bind);
        REQUIRE(query.exec());
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }

    TempDatabase db;
    SyncEngine engine;
};

} // namespace

} // namespace ChannelDesk::Test
