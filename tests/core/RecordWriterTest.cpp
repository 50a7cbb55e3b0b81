// RecordWriter on the raw SQLite handle with prepared statements kept per writer: values stored and read back as
// QSqlQuery stored and read them, outbox JSON byte-identical to QJsonDocument's, one writer reused across
// transactions and rollbacks, and a change and its outbox entry atomic with or without a savepoint per call.
#include "common/Uuid.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace ChannelDesk;

namespace {

const RecordWriter::Entity Probe { QStringLiteral("probe"), QStringLiteral("rw_probe") };

void createProbeTable(Database& db)
{
    REQUIRE(Sql::exec(db.connection(),
                      QStringLiteral("CREATE TABLE rw_probe (local_id INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, "
                                     "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT, "
                                     "server_version INTEGER, t TEXT, n INTEGER, b BLOB, r REAL, flag INTEGER, "
                                     "day TEXT, stamp TEXT, note TEXT NOT NULL DEFAULT '')"))
                .ok());
}

/// typeof() and quote() of every column of a row: equal for two rows means stored identically.
QString storedForm(Database& db, const QByteArray& id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT typeof(t), quote(t), typeof(n), quote(n), typeof(b), quote(b), typeof(r), quote(r), "
                             "typeof(flag), quote(flag), typeof(day), quote(day), typeof(stamp), quote(stamp), "
                             "typeof(note), quote(note) FROM rw_probe WHERE id = ?"));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    QString form;
    for (int i = 0; i < 16; ++i)
        form += q.value(i).toString() + QLatin1Char('|');
    return form;
}

int outboxCount(Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sync_outbox")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QStringList lastEntry(Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT op, fields, base_values, typeof(base_version), base_version FROM sync_outbox "
                                  "ORDER BY mutation_id DESC LIMIT 1")));
    REQUIRE(q.next());
    return { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
             q.value(4).toString() };
}

QString probeText(Database& db, const QByteArray& id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT t FROM rw_probe WHERE id = ?"));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}

/// The outbox JSON as QJsonObject and QJsonDocument write it (the code RecordWriter used before it wrote JSON
/// itself): ids as UUID text, other blobs as base64, integers as integers, the rest through QJsonValue::fromVariant.
QString jsonByQt(const QVariantMap& map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QVariant& value = it.value();
        QJsonValue json;
        if (value.isNull() || !value.isValid()) {
            json = QJsonValue::Null;
        } else if (value.typeId() == QMetaType::QByteArray) {
            const QByteArray bytes = value.toByteArray();
            json = bytes.size() == 16 ? QJsonValue(Uuid::toString(bytes)) : QJsonValue(QString::fromLatin1(bytes.toBase64()));
        } else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
            json = QJsonValue(value.toLongLong());
        } else {
            json = QJsonValue::fromVariant(value);
        }
        object.insert(it.key(), json);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// No statement of the connection is mid-step (a cached statement left un-reset would hold a read snapshot).
bool noStatementBusy(Database& db)
{
    sqlite3* handle = db.handle();
    for (sqlite3_stmt* s = sqlite3_next_stmt(handle, nullptr); s; s = sqlite3_next_stmt(handle, s)) {
        if (sqlite3_stmt_busy(s))
            return false;
    }
    return true;
}

int preparedStatements(Database& db)
{
    int count = 0;
    for (sqlite3_stmt* s = sqlite3_next_stmt(db.handle(), nullptr); s; s = sqlite3_next_stmt(db.handle(), s))
        ++count;
    return count;
}

Status failAfterRowWrite(const char* point)
{
    if (qstrcmp(point, "after-row-write") == 0)
        return Error::storage(QStringLiteral("injected"), QStringLiteral("fault"));
    return {};
}

struct FaultGuard
{
    explicit FaultGuard(RecordWriter::FaultHook hook) { RecordWriter::setFaultHook(std::move(hook)); }
    ~FaultGuard() { RecordWriter::setFaultHook({}); }
};

} // namespace

TEST_CASE("RecordWriter stores every value type as QSqlQuery stored it", "[outbox][record-writer]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    createProbeTable(db);

    const QVariantMap values {
        { QStringLiteral("t"), QStringLiteral("Hà Nội \"quoted\"") },
        { QStringLiteral("n"), QVariant(qint64(-42)) },
        { QStringLiteral("b"), QVariant(QByteArray::fromHex("00ff10")) },
        { QStringLiteral("r"), QVariant(2.5) },
        { QStringLiteral("flag"), QVariant(true) },
        { QStringLiteral("day"), QVariant(QDate(2026, 11, 27)) },
        { QStringLiteral("stamp"), QVariant(QDateTime(QDate(2026, 11, 27), QTime(10, 5, 7, 123), Qt::UTC)) },
        { QStringLiteral("note"), QVariant(int(7)) },
    };
    const QVariantMap empties {
        { QStringLiteral("t"), QVariant(QMetaType(QMetaType::QString)) }, // null QString: NULL
        { QStringLiteral("n"), QVariant(QMetaType(QMetaType::LongLong)) },
        { QStringLiteral("b"), QVariant(QByteArray()) },                  // null QByteArray: NULL
        { QStringLiteral("r"), QVariant() },
        { QStringLiteral("flag"), QVariant(false) },
        { QStringLiteral("day"), QVariant(QDate()) },
        { QStringLiteral("stamp"), QVariant(QDateTime()) },
        { QStringLiteral("note"), QVariant(QStringLiteral("")) },         // empty, not null: ''
    };
    RecordWriter writer(db);
    for (const QVariantMap& map : { values, empties }) {
        const QByteArray viaWriter = Uuid::createV7();
        REQUIRE(writer.insert(Probe, viaWriter, map).ok());

        // The same values bound by QSqlQuery, as RecordWriter did before it used the raw handle.
        const QByteArray viaQt = Uuid::createV7();
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO rw_probe (id, created_at, updated_at, b, day, flag, n, note, r, stamp, t) "
                                 "VALUES (?, '', '', ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(viaQt);
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            q.addBindValue(it.value()); // QMap order: b, day, flag, n, note, r, stamp, t
        REQUIRE(q.exec());

        CHECK(storedForm(db, viaWriter) == storedForm(db, viaQt));
    }
    CHECK(noStatementBusy(db));
}

TEST_CASE("RecordWriter update compares and records stored values as QSqlQuery read them", "[outbox][record-writer]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    createProbeTable(db);
    RecordWriter writer(db);
    const QByteArray id = Uuid::createV7();
    const QByteArray parent = Uuid::createV7();
    REQUIRE(writer.insert(Probe, id, { { QStringLiteral("t"), QStringLiteral("a") }, { QStringLiteral("n"), qint64(5) },
                                       { QStringLiteral("b"), parent }, { QStringLiteral("note"), QStringLiteral("x") } })
                .ok());
    const int entries = outboxCount(db);

    // Same meaning, other types (int for qint64, "" for NULL text is not the same): no change, no entry.
    Result<bool> changed = writer.update(Probe, id, { { QStringLiteral("t"), QStringLiteral("a") },
                                                      { QStringLiteral("n"), int(5) }, { QStringLiteral("b"), parent } });
    REQUIRE(changed.ok());
    CHECK_FALSE(changed.value());
    CHECK(outboxCount(db) == entries);

    REQUIRE(Sql::exec(db.connection(), QStringLiteral("UPDATE rw_probe SET server_version = 9")).ok());
    changed = writer.update(Probe, id, { { QStringLiteral("t"), QStringLiteral("b") }, { QStringLiteral("n"), qint64(6) },
                                         { QStringLiteral("b"), QVariant(QMetaType(QMetaType::QByteArray)) },
                                         { QStringLiteral("r"), 1.5 } });
    REQUIRE(changed.ok());
    CHECK(changed.value());
    const QStringList entry = lastEntry(db);
    CHECK(entry.at(0) == QStringLiteral("update"));
    CHECK(entry.at(1) == QStringLiteral("{\"b\":null,\"n\":6,\"r\":1.5,\"t\":\"b\"}"));
    CHECK(entry.at(2) == QStringLiteral("{\"b\":\"") + Uuid::toString(parent) + QStringLiteral("\",\"n\":5,\"r\":null,\"t\":\"a\"}"));
    CHECK(entry.at(3) == QStringLiteral("integer"));
    CHECK(entry.at(4) == QStringLiteral("9"));

    // Tombstone, editing a tombstone, restore.
    REQUIRE(writer.setDeleted(Probe, id, true).value());
    CHECK(lastEntry(db).at(0) == QStringLiteral("delete"));
    CHECK_FALSE(writer.setDeleted(Probe, id, true).value());
    const Result<bool> onTombstone = writer.update(Probe, id, { { QStringLiteral("t"), QStringLiteral("c") } });
    REQUIRE_FALSE(onTombstone.ok());
    CHECK(onTombstone.error().code == Error::Code::NotFound);
    REQUIRE(writer.setDeleted(Probe, id, false).value());
    CHECK(lastEntry(db).at(0) == QStringLiteral("restore"));
    const Result<bool> missing = writer.update(Probe, Uuid::createV7(), { { QStringLiteral("t"), QStringLiteral("c") } });
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == Error::Code::NotFound);
    CHECK(noStatementBusy(db));
}

TEST_CASE("outbox JSON written directly is byte-identical to QJsonDocument's", "[outbox][record-writer]")
{
    const QByteArray id = QByteArray::fromHex("0193a1b2c3d4e5f60718293a4b5c6d7e");
    const QList<QVariantMap> maps {
        {},
        { { QStringLiteral("name"), QStringLiteral("Công ty Đông Á") }, { QStringLiteral("city"), QStringLiteral("") } },
        { { QStringLiteral("quote"), QStringLiteral("say \"hi\" \\ back / slash") },
          { QStringLiteral("reasons"), QStringLiteral("[\"4 certified people of 4 needed\"]") } },
        { { QStringLiteral("id"), id }, { QStringLiteral("blob"), QByteArray::fromHex("00ff") },
          { QStringLiteral("empty_blob"), QByteArray("") }, { QStringLiteral("null_blob"), QByteArray() } },
        { { QStringLiteral("n"), qint64(-9007199254740993) }, { QStringLiteral("i"), int(0) },
          { QStringLiteral("big"), qint64(std::numeric_limits<qint64>::max()) },
          { QStringLiteral("yes"), true }, { QStringLiteral("no"), false } },
        { { QStringLiteral("null"), QVariant() }, { QStringLiteral("null_text"), QVariant(QMetaType(QMetaType::QString)) },
          { QStringLiteral("null_string"), QString() }, { QStringLiteral("null_int"), QVariant(QMetaType(QMetaType::LongLong)) } },
        { { QStringLiteral("cjk"), QStringLiteral("東京 ☃ €") }, { QStringLiteral("del"), QString(QChar(0x7f)) } },
        // Written by QJsonDocument (the fallback): control characters, surrogate pairs, doubles, dates, non-ASCII keys.
        { { QStringLiteral("tab"), QStringLiteral("a\tb\nc\x01") } },
        { { QStringLiteral("emoji"), QStringLiteral("ok 😀") } },
        { { QStringLiteral("rate"), 1.25 }, { QStringLiteral("day"), QDate(2026, 11, 27) } },
        { { QStringLiteral("clé"), QStringLiteral("v") }, { QStringLiteral("cle"), QStringLiteral("w") } },
        { { QStringLiteral("Z"), 1 }, { QStringLiteral("a"), 2 }, { QStringLiteral("_"), 3 }, { QStringLiteral("A"), 4 } },
    };
    for (const QVariantMap& map : maps) {
        INFO(jsonByQt(map).toStdString());
        CHECK(RecordWriter::outboxJson(map) == jsonByQt(map));
    }
}

TEST_CASE("one RecordWriter reused across transactions and rollbacks keeps its statements usable",
          "[outbox][record-writer]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    createProbeTable(db);
    const int statementsBefore = preparedStatements(db);
    const QByteArray id = Uuid::createV7();
    {
        RecordWriter writer(db);
        REQUIRE(writer.insert(Probe, id, { { QStringLiteral("t"), QStringLiteral("first") } }).ok()); // own transaction
        {
            Transaction outer(db);
            REQUIRE(outer.begun().ok());
            REQUIRE(writer.update(Probe, id, { { QStringLiteral("t"), QStringLiteral("rolled back") } }).value());
            outer.rollback();
        }
        CHECK(probeText(db, id) == QStringLiteral("first"));
        CHECK(noStatementBusy(db));
        {
            Transaction outer(db);
            REQUIRE(outer.begun().ok());
            REQUIRE(writer.update(Probe, id, { { QStringLiteral("t"), QStringLiteral("second") } }).value());
            REQUIRE(writer.insert(Probe, Uuid::createV7(), { { QStringLiteral("t"), QStringLiteral("other") } }).ok());
            REQUIRE(outer.commit().ok());
        }
        REQUIRE(writer.update(Probe, id, { { QStringLiteral("t"), QStringLiteral("third") } }).value());
        CHECK(probeText(db, id) == QStringLiteral("third"));
        CHECK(outboxCount(db) == 4); // create, update, create, update: the rolled-back update left no entry
        CHECK(noStatementBusy(db));
        CHECK(preparedStatements(db) > statementsBefore);
    }
    // The writer finalised its statements: the connection closes cleanly.
    CHECK(preparedStatements(db) == statementsBefore);
    temp.reopen();
    CHECK(probeText(temp.db(), id) == QStringLiteral("third"));
}

TEST_CASE("without a savepoint per call the caller's savepoint keeps a change and its entry together",
          "[outbox][record-writer]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    createProbeTable(db);
    RecordWriter writer(db);
    writer.setSavepointPerCall(false);
    const QByteArray kept = Uuid::createV7();
    const QByteArray failed = Uuid::createV7();
    REQUIRE(writer.insert(Probe, failed, { { QStringLiteral("t"), QStringLiteral("before") } }).ok());

    {
        Transaction batch(db);
        REQUIRE(batch.begun().ok());
        {
            Transaction change(db); // the caller's savepoint around one change
            REQUIRE(change.begun().ok());
            REQUIRE(writer.insert(Probe, kept, { { QStringLiteral("t"), QStringLiteral("kept") } }).ok());
            REQUIRE(change.commit().ok());
        }
        {
            Transaction change(db);
            REQUIRE(change.begun().ok());
            FaultGuard guard(failAfterRowWrite);
            // The row is written, then the call fails before its outbox entry: the caller rolls its savepoint back.
            CHECK_FALSE(writer.update(Probe, failed, { { QStringLiteral("t"), QStringLiteral("after") } }).ok());
            change.rollback();
        }
        REQUIRE(batch.commit().ok());
    }
    CHECK(probeText(db, kept) == QStringLiteral("kept"));
    CHECK(probeText(db, failed) == QStringLiteral("before"));
    CHECK(outboxCount(db) == 2); // the two creates

    // Outside a transaction a call is still a transaction of its own: a failure leaves nothing.
    {
        FaultGuard guard(failAfterRowWrite);
        CHECK_FALSE(writer.update(Probe, failed, { { QStringLiteral("t"), QStringLiteral("after") } }).ok());
        CHECK_FALSE(writer.insert(Probe, Uuid::createV7(), { { QStringLiteral("t"), QStringLiteral("new") } }).ok());
        CHECK_FALSE(writer.setDeleted(Probe, kept, true).ok());
    }
    CHECK(probeText(db, failed) == QStringLiteral("before"));
    CHECK(outboxCount(db) == 2);
    CHECK(noStatementBusy(db));
}

TEST_CASE("with a savepoint per call a failed call inside the caller's transaction leaves nothing of itself",
          "[outbox][record-writer]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    createProbeTable(db);
    RecordWriter writer(db);
    const QByteArray id = Uuid::createV7();
    REQUIRE(writer.insert(Probe, id, { { QStringLiteral("t"), QStringLiteral("before") } }).ok());
    {
        Transaction batch(db);
        REQUIRE(batch.begun().ok());
        const QByteArray other = Uuid::createV7();
        REQUIRE(writer.insert(Probe, other, { { QStringLiteral("t"), QStringLiteral("other") } }).ok());
        {
            FaultGuard guard(failAfterRowWrite);
            CHECK_FALSE(writer.update(Probe, id, { { QStringLiteral("t"), QStringLiteral("after") } }).ok());
        }
        // The writer rolled back its own savepoint; the caller's earlier change is still there to commit.
        CHECK(probeText(db, id) == QStringLiteral("before"));
        REQUIRE(batch.commit().ok());
        CHECK(probeText(db, other) == QStringLiteral("other"));
    }
    CHECK(outboxCount(db) == 2);
}
