// Import history (issue 3: "A finished import is one Undo step and can be reverted later from an import history",
// IMP-07): revert tombstones created rows and restores updated fields through the outbox; re-apply redoes it; a field
// edited since the import is left alone and counted. Schema step 4 adds the tables.
#include "csv/CsvReader.h"
#include "csv/ImportHistory.h"
#include "csv/ImportMapping.h"
#include "csv/PartnerImporter.h"
#include "partners/ContactRepository.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ChannelDesk;
using namespace ChannelDesk::Csv;

namespace {

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QString& text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    return path;
}

ImportReport runImport(Database& db, const QString& path, ImportMode mode = ImportMode::CreateAndUpdate)
{
    const auto preview = CsvReader::preview(path, {}, 5);
    REQUIRE(preview.ok());
    ImportOptions options;
    options.mapping = autoMapHeader(preview->header).mapping;
    options.mode = mode;
    PartnerImporter importer(db);
    auto report = importer.run(path, options);
    if (!report)
        FAIL(report.error().toLogString().toStdString());
    return std::move(report).value();
}

Partner create(Database& db, const QString& name, const QString& externalId, const QString& city = {})
{
    Partner p;
    p.name = name;
    p.externalId = externalId;
    p.city = city;
    return *PartnerRepository(db).create(p);
}

/// Hand-made run rows, as an import writes them: history tested without the CSV reader.
qint64 handMadeRun(Database& db, const QList<QByteArray>& created, const QByteArray& updatedId,
                   const QString& before, const QString& after)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("INSERT INTO import_run (file_name, mode, started_at, finished_at, created, updated) "
                                      "VALUES ('hand.csv', 'upsert', '2026-01-01T00:00:00.000Z', "
                                      "'2026-01-01T00:00:01.000Z', 1, 1)")));
    const qint64 runId = query.lastInsertId().toLongLong();
    QByteArray packed;
    for (const QByteArray& id : created)
        packed += id;
    query.prepare(QStringLiteral("INSERT INTO import_created (run_id, entity, ids) VALUES (?, 'partner', ?)"));
    query.addBindValue(runId);
    query.addBindValue(packed);
    REQUIRE(query.exec());
    query.prepare(QStringLiteral("INSERT INTO import_change (run_id, entity, record_id, before_values, after_values) "
                                 "VALUES (?, 'partner', ?, ?, ?)"));
    query.addBindValue(runId);
    query.addBindValue(updatedId);
    query.addBindValue(before);
    query.addBindValue(after);
    REQUIRE(query.exec());
    return runId;
}

} // namespace

TEST_CASE("schema step 4 adds the import history to a database from step 3 with its data intact", "[history]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.db"));
    {
        auto old = Database::openAtVersion(path, 3);
        REQUIRE(old.ok());
        QSqlQuery insert(old.value()->connection());
        REQUIRE(insert.exec(QStringLiteral(
            "INSERT INTO partner (id, name, country, created_at, updated_at, name_key, search_text) VALUES "
            "(randomblob(16), 'Công ty Đông Á', 'VN', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', "
            "'cong ty dong a', 'cong ty dong a')")));
        CHECK(scalar(*old.value(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'import_run'")) == 0);
    }
    auto upgraded = Database::open(path);
    REQUIRE(upgraded.ok());
    Database& db = *upgraded.value();
    CHECK(db.schemaVersion() == Database::currentSchemaVersion());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM partner")) == 1);
    for (const char* table : { "import_run", "import_created", "import_change", "import_mapping_template" })
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '%1'")
                             .arg(QLatin1StringView(table)))
              == 1);
    REQUIRE(ImportHistory(db).runs().ok());
    CHECK(ImportHistory(db).runs()->isEmpty());
}

TEST_CASE("revert and reapply a hand-made run: created partners tombstoned and updated fields restored", "[history]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    const Partner created = create(db, QStringLiteral("Mới"), QStringLiteral("N1"));
    const Partner updated = create(db, QStringLiteral("Cũ"), QStringLiteral("O1"), QStringLiteral("Huế"));
    const qint64 runId = handMadeRun(db, { created.id }, updated.id, QStringLiteral(R"({"city":""})"),
                                     QStringLiteral(R"({"city":"Huế"})"));
    const qint64 outboxBefore = scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox"));

    ImportHistory history(db);
    const auto reverted = history.revert(runId);
    REQUIRE(reverted.ok());
    CHECK(reverted->partnersRemoved == 1);
    CHECK(reverted->partnersRestored == 1);
    CHECK(reverted->fieldsSkipped == 0);
    PartnerRepository partners(db);
    CHECK(partners.get(created.id)->isDeleted());
    CHECK(partners.get(updated.id)->city.isEmpty());
    // A tombstone and an update, each with its outbox entry.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox")) == outboxBefore + 2);
    CHECK(history.runs()->at(0).revertedAt.isValid());
    CHECK(history.revert(runId).error().code == Error::Code::InvalidArgument);

    const auto reapplied = history.reapply(runId);
    REQUIRE(reapplied.ok());
    CHECK(reapplied->partnersRemoved == 1); // restored
    CHECK(reapplied->partnersRestored == 1);
    CHECK_FALSE(partners.get(created.id)->isDeleted());
    CHECK(partners.get(updated.id)->city == QStringLiteral("Huế"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox")) == outboxBefore + 4);
    CHECK_FALSE(history.runs()->at(0).revertedAt.isValid());
    CHECK(history.reapply(runId).error().code == Error::Code::InvalidArgument);
    CHECK(history.revert(999).error().code == Error::Code::NotFound);
}

TEST_CASE("revert undoes a real import: created partners and contacts removed / updates restored (IMP-07)",
          "[history]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    const Partner alpha = create(db, QStringLiteral("Alpha"), QStringLiteral("A1"), QStringLiteral("Berlin"));
    Contact lan;
    lan.partnerId = alpha.id;
    lan.lastName = QStringLiteral("Lan");
    lan.email = QStringLiteral("lan@alpha.example");
    const Contact storedLan = *ContactRepository(db).create(lan);

    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("run.csv"),
        QStringLiteral("External ID,Name,City,Annual revenue,Currency,Contact name,Contact email,Job title\r\n"
                       "A1,Alpha,Bonn,\"1,000.50\",EUR,,lan@alpha.example,CEO\r\n"
                       "B1,Beta,Huế,,,Mai Trần,mai@beta.example,\r\n"
                       "A2,Alpha Two,Köln,,,Tom Lee,,\r\n"));
    const qint64 partnersBefore = *PartnerRepository(db).count();
    const ImportReport report = runImport(db, path);
    REQUIRE(report.runId > 0);
    CHECK(report.created == 2);
    CHECK(report.updated == 1);

    ImportHistory history(db);
    const auto runs = history.runs();
    REQUIRE(runs.ok());
    REQUIRE(runs->size() == 1);
    CHECK(runs->at(0).id == report.runId);
    CHECK(runs->at(0).fileName == QStringLiteral("run.csv"));
    CHECK(runs->at(0).mode == QStringLiteral("upsert"));
    CHECK(runs->at(0).created == 2);
    CHECK(runs->at(0).updated == 1);
    CHECK(runs->at(0).finishedAt.isValid());
    CHECK_FALSE(runs->at(0).revertedAt.isValid());

    PartnerRepository partners(db);
    ContactRepository contacts(db);
    CHECK(partners.get(alpha.id)->annualRevenue == Money { 100050, QStringLiteral("EUR") });
    CHECK(contacts.get(storedLan.id)->jobTitle == QStringLiteral("CEO"));

    const qint64 outboxBefore = scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox"));
    const auto reverted = history.revert(report.runId);
    REQUIRE(reverted.ok());
    CHECK(reverted->partnersRemoved == 2);
    CHECK(reverted->partnersRestored == 1);
    CHECK(reverted->fieldsSkipped == 0);
    CHECK(*partners.count() == partnersBefore);
    const Partner alphaAfter = *partners.get(alpha.id);
    CHECK(alphaAfter.city == QStringLiteral("Berlin"));
    CHECK_FALSE(alphaAfter.annualRevenue.has_value());
    CHECK(contacts.get(storedLan.id)->jobTitle.isEmpty());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM contact WHERE deleted_at IS NULL")) == 1);
    // Two partner tombstones, their two contacts' tombstones, one partner update and one contact update.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox")) == outboxBefore + 6);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE op = 'delete'")) == 4);

    const auto reapplied = history.reapply(report.runId);
    REQUIRE(reapplied.ok());
    CHECK(reapplied->partnersRemoved == 2);
    CHECK(*partners.count() == partnersBefore + 2);
    CHECK(partners.get(alpha.id)->city == QStringLiteral("Bonn"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM contact WHERE deleted_at IS NULL")) == 3);
    CHECK(contacts.get(storedLan.id)->jobTitle == QStringLiteral("CEO"));
}

TEST_CASE("a field edited since the import is left alone and counted", "[history]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    const Partner alpha = create(db, QStringLiteral("Alpha"), QStringLiteral("A1"), QStringLiteral("Berlin"));
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("edit.csv"),
                                   QStringLiteral("External ID,City,Phone\nA1,Bonn,0228 123\n"));
    const ImportReport report = runImport(db, path, ImportMode::UpdateOnly);
    REQUIRE(report.updated == 1);

    // The user changes the city afterwards; the phone stays as imported.
    Partner edited = *PartnerRepository(db).get(alpha.id);
    edited.city = QStringLiteral("Köln");
    REQUIRE(PartnerRepository(db).update(edited).ok());

    ImportHistory history(db);
    const auto reverted = history.revert(report.runId);
    REQUIRE(reverted.ok());
    CHECK(reverted->fieldsSkipped == 1);
    CHECK(reverted->partnersRestored == 1);
    const Partner after = *PartnerRepository(db).get(alpha.id);
    CHECK(after.city == QStringLiteral("Köln"));
    CHECK(after.phone.isEmpty());

    // A partner deleted since: its fields are skipped too, and nothing fails.
    const auto reapplied = history.reapply(report.runId);
    REQUIRE(reapplied.ok());
    CHECK(reapplied->fieldsSkipped == 1); // city: Köln is not what the import found (Berlin)
    CHECK(PartnerRepository(db).get(alpha.id)->phone == QStringLiteral("0228 123"));
    REQUIRE(PartnerRepository(db).remove(alpha.id).ok());
    const auto again = history.revert(report.runId);
    REQUIRE(again.ok());
    CHECK(again->fieldsSkipped == 2);
    CHECK(again->partnersRestored == 0);
}

TEST_CASE("revert is one transaction: a failure midway changes nothing", "[history]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("many.csv"),
                                   QStringLiteral("Name,External ID\nOne,1\nTwo,2\nThree,3\n"));
    const ImportReport report = runImport(db, path);
    REQUIRE(report.created == 3);
    const qint64 outbox = scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox"));

    int writes = 0;
    RecordWriter::setFaultHook([&](const char*) -> Status {
        return ++writes == 2 ? Status(Error::storage(QStringLiteral("injected"), QStringLiteral("test"))) : Status();
    });
    const auto reverted = ImportHistory(db).revert(report.runId);
    RecordWriter::setFaultHook({});
    REQUIRE_FALSE(reverted.ok());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM partner WHERE deleted_at IS NULL")) == 3);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox")) == outbox);
    CHECK_FALSE(ImportHistory(db).runs()->at(0).revertedAt.isValid());
    REQUIRE(ImportHistory(db).revert(report.runId).ok());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM partner WHERE deleted_at IS NULL")) == 0);
}
