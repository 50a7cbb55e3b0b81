// channeldesk-cli import / export, run as a real process (QProcess) the way scripts use it.
//
// The corpus test imports every tests/data/csv/NAME.csv that has a NAME.expected.json next to it and compares:
//
//   {
//     "args": ["--dry-run"],        // after `import NAME.csv --report json`; none = a real import into a fresh database
//     "exitCode": 6,
//     "report": { … },              // a subset of the JSON report: objects compare the keys given, arrays compare
//                                   // element by element and must have the same length
//     "stderr": "Foo, Bar",         // optional: text stderr must contain (refusals print no report)
//     "export": { "args": [ … ], "csv": "…" }   // optional: after the import, `export OUT args` writes exactly csv
//   }
//
// so adding a case is adding two files (tests/data/csv/generate-cli-fixtures.py writes the cli-* inputs).
#include "support/CatchQt.h"

#include "csv/CsvReader.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

using namespace ChannelDesk;

namespace {

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // English messages and the en-US list separator, whatever the machine's settings.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return env;
}

Run cli(const QStringList& arguments, int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    process.start(QStringLiteral(CHANNELDESK_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted());
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        FAIL("channeldesk-cli did not finish: " << arguments.join(u' ').toStdString());
    }
    Run run;
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString dataFile(const QString& name)
{
    return QStringLiteral(CSV_TEST_DATA_DIR "/") + name;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QJsonObject parseReport(const Run& run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    INFO("stdout: " << run.out.toStdString() << "\nstderr: " << run.err.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

QString describe(const QJsonValue& value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

/// Whether `actual` holds `expected`: objects by the expected keys, arrays element by element (same length),
/// everything else by value. Each difference goes to `failures` with its JSON path.
void compareSubset(const QJsonValue& expected, const QJsonValue& actual, const QString& path, QStringList& failures)
{
    if (expected.isObject()) {
        if (!actual.isObject()) {
            failures.append(path + QStringLiteral(": expected an object, got ") + describe(actual));
            return;
        }
        const QJsonObject want = expected.toObject();
        const QJsonObject have = actual.toObject();
        for (auto it = want.constBegin(); it != want.constEnd(); ++it) {
            if (!have.contains(it.key()))
                failures.append(path + u'.' + it.key() + QStringLiteral(": missing"));
            else
                compareSubset(it.value(), have.value(it.key()), path + u'.' + it.key(), failures);
        }
    } else if (expected.isArray()) {
        const QJsonArray want = expected.toArray();
        const QJsonArray have = actual.toArray();
        if (!actual.isArray() || want.size() != have.size()) {
            failures.append(path + QStringLiteral(": expected ") + describe(expected) + QStringLiteral(", got ")
                            + describe(actual));
            return;
        }
        for (qsizetype i = 0; i < want.size(); ++i)
            compareSubset(want.at(i), have.at(i), path + QStringLiteral("[%1]").arg(i), failures);
    } else if (expected != actual) {
        failures.append(path + QStringLiteral(": expected ") + describe(expected) + QStringLiteral(", got ")
                        + describe(actual));
    }
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

qint64 scalar(const QString& databasePath, const QString& sql)
{
    auto opened = Database::open(databasePath, Database::Role::Reader);
    REQUIRE(opened.ok());
    QSqlQuery query(opened.value()->connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

/// Every partner column but the id (imports give created partners new ids), for comparing two databases' exports.
QString columnsWithoutId()
{
    return QStringLiteral("partner.name,partner.legal_name,partner.type,partner.tier,partner.stage,"
                          "partner.stage_reason,partner.country,partner.region,partner.city,partner.address,"
                          "partner.website,partner.email_domain,partner.phone,partner.email,partner.owner,"
                          "partner.partnership_start,partner.partnership_end,partner.next_review,"
                          "partner.annual_revenue,partner.revenue_currency,partner.external_id,partner.notes");
}

} // namespace

TEST_CASE("CLI corpus: every NAME.expected.json matches the import report of NAME.csv", "[cli]")
{
    const QDir data(QStringLiteral(CSV_TEST_DATA_DIR));
    const QStringList cases = data.entryList({ QStringLiteral("*.expected.json") }, QDir::Files, QDir::Name);
    REQUIRE(cases.size() >= 10);
    for (const QString& expectedName : cases) {
        const QString name = expectedName.chopped(int(qstrlen(".expected.json")));
        INFO("case " << name.toStdString());
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(readAll(data.filePath(expectedName)), &parseError);
        REQUIRE(parseError.error == QJsonParseError::NoError);
        const QJsonObject expected = document.object();
        const QString input = data.filePath(name + QStringLiteral(".csv"));
        REQUIRE(QFileInfo::exists(input));

        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("corpus.db"));
        const QStringList args = stringList(expected.value(QStringLiteral("args")));
        const Run run = cli(QStringList { QStringLiteral("--database"), db, QStringLiteral("import"), input,
                                          QStringLiteral("--report"), QStringLiteral("json") }
                            + args);
        INFO("stderr: " << run.err.toStdString());
        CHECK_FALSE(run.crashed);
        CHECK(run.exitCode == expected.value(QStringLiteral("exitCode")).toInt());
        if (expected.contains(QStringLiteral("stderr")))
            CHECK(QString::fromUtf8(run.err).contains(expected.value(QStringLiteral("stderr")).toString()));
        if (expected.contains(QStringLiteral("report"))) {
            QStringList failures;
            compareSubset(expected.value(QStringLiteral("report")), parseReport(run), QStringLiteral("report"),
                          failures);
            if (!failures.isEmpty())
                FAIL_CHECK(failures.join(u'\n').toStdString());
        } else {
            CHECK(run.out.isEmpty()); // a refusal prints no report
        }
        if (args.contains(QStringLiteral("--dry-run")))
            CHECK_FALSE(QFileInfo::exists(db)); // a dry run does not even create the database
        if (expected.contains(QStringLiteral("export"))) {
            const QJsonObject exportCheck = expected.value(QStringLiteral("export")).toObject();
            const QString out = dir.filePath(QStringLiteral("export.csv"));
            const Run exported = cli(QStringList { QStringLiteral("--database"), db, QStringLiteral("export"), out }
                                     + stringList(exportCheck.value(QStringLiteral("args"))));
            INFO("export stderr: " << exported.err.toStdString());
            REQUIRE(exported.exitCode == 0);
            CHECK(QString::fromUtf8(readAll(out)) == exportCheck.value(QStringLiteral("csv")).toString());
        }
    }
}

TEST_CASE("CLI exit codes: usage errors 2 and failures 1 and rejected rows 6 (documented in --help)", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("codes.db"));
    const QStringList base { QStringLiteral("--database"), db };
    const QString good = dataFile(QStringLiteral("cli-sep-directive.csv"));

    const Run help = cli({ QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("import"));
    CHECK(help.out.contains("6 import finished but some rows were rejected"));
    const Run importHelp = cli({ QStringLiteral("import"), QStringLiteral("--help") });
    CHECK(importHelp.exitCode == 0);
    CHECK(importHelp.out.contains("--dry-run"));
    CHECK(importHelp.out.contains("6 finished but some rows were rejected"));
    CHECK(cli({ QStringLiteral("export"), QStringLiteral("--help") }).exitCode == 0);

    CHECK(cli(base + QStringList { QStringLiteral("import") }).exitCode == 2);
    CHECK(cli(base + QStringList { QStringLiteral("import"), good, QStringLiteral("--mode"), QStringLiteral("merge") })
              .exitCode
          == 2);
    CHECK(cli(base + QStringList { QStringLiteral("import"), good, QStringLiteral("--match"), QStringLiteral("phone") })
              .exitCode
          == 2);
    CHECK(cli(base + QStringList { QStringLiteral("import"), good, QStringLiteral("--encoding"), QStringLiteral("latin-1") })
              .exitCode
          == 2);
    CHECK(cli(base + QStringList { QStringLiteral("import"), good, QStringLiteral("--delimiter"), QStringLiteral("x") })
              .exitCode
          == 2);
    CHECK(cli(base + QStringList { QStringLiteral("import"), good, QStringLiteral("--report"), QStringLiteral("xml") })
              .exitCode
          == 2);
    CHECK(cli(base + QStringList { QStringLiteral("import"), good, QStringLiteral("--mapping"), QStringLiteral("No such template") })
              .exitCode
          == 2);
    CHECK(cli(base + QStringList { QStringLiteral("import"), good, QStringLiteral("--bogus") }).exitCode == 2);
    CHECK(cli(base + QStringList { QStringLiteral("export") }).exitCode == 2);
    CHECK(cli(base + QStringList { QStringLiteral("export"), dir.filePath(QStringLiteral("x.csv")), QStringLiteral("--profile"),
                                   QStringLiteral("xlsx") })
              .exitCode
          == 2);

    // Failures: a missing file, a refused file, a database that is not there.
    const Run missing = cli(base + QStringList { QStringLiteral("import"), dir.filePath(QStringLiteral("nope.csv")) });
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(missing.err.isEmpty());
    CHECK(cli(base + QStringList { QStringLiteral("import"), dataFile(QStringLiteral("empty.csv")) }).exitCode == 1);
    const Run noDb = cli({ QStringLiteral("--database"), dir.filePath(QStringLiteral("absent.db")), QStringLiteral("export"),
                           dir.filePath(QStringLiteral("x.csv")) });
    CHECK(noDb.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("absent.db"))));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.csv"))));

    // Success and partial success, with the human summary on stdout.
    const Run ok = cli(base + QStringList { QStringLiteral("import"), good });
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains("Created: 2."));
    const Run partial = cli(base + QStringList { QStringLiteral("import"), dataFile(QStringLiteral("cli-rejections.csv")) });
    CHECK(partial.exitCode == 6);
    CHECK(partial.out.contains("Rejected: 6."));
    CHECK(partial.out.contains("line 3 rejected"));
}

TEST_CASE("CLI --dry-run writes nothing to an existing database", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("dry.db"));
    REQUIRE(cli({ QStringLiteral("--database"), db, QStringLiteral("generate"), QStringLiteral("--partners"),
                  QStringLiteral("20"), QStringLiteral("--with-outbox") })
                .exitCode
            == 0);
    const QString partners = QStringLiteral("SELECT count(*) FROM partner");
    const QString outbox = QStringLiteral("SELECT count(*) FROM sync_outbox");
    const QString changed = QStringLiteral("SELECT count(*) FROM partner WHERE updated_at <> created_at");
    const qint64 partnersBefore = scalar(db, partners);
    const qint64 outboxBefore = scalar(db, outbox);

    for (const char* file : { "cli-salesforce-footer.csv", "cli-rejections.csv", "cli-excel-vi-semicolon.csv" }) {
        const Run run = cli({ QStringLiteral("--database"), db, QStringLiteral("import"), dataFile(QString::fromLatin1(file)),
                              QStringLiteral("--dry-run"), QStringLiteral("--report"), QStringLiteral("json") });
        CHECK((run.exitCode == 0 || run.exitCode == 6));
        const QJsonObject report = parseReport(run);
        CHECK(report.value(QStringLiteral("dryRun")).toBool());
        CHECK(report.value(QStringLiteral("counts")).toObject().value(QStringLiteral("created")).toInt() > 0);
    }
    CHECK(scalar(db, partners) == partnersBefore);
    CHECK(scalar(db, outbox) == outboxBefore);
    CHECK(scalar(db, changed) == 0);

    // The same import for real does write, so the checks above could fail.
    REQUIRE(cli({ QStringLiteral("--database"), db, QStringLiteral("import"),
                  dataFile(QStringLiteral("cli-salesforce-footer.csv")) })
                .exitCode
            == 0);
    CHECK(scalar(db, partners) == partnersBefore + 2);
    CHECK(scalar(db, outbox) > outboxBefore);
}

TEST_CASE("CLI --errors writes the rejected rows with Line and Error columns (checklist 32)", "[cli]")
{
    QTemporaryDir dir;
    const QString errors = dir.filePath(QStringLiteral("rejected.csv"));
    const Run run = cli({ QStringLiteral("--database"), dir.filePath(QStringLiteral("e.db")), QStringLiteral("import"),
                          dataFile(QStringLiteral("cli-rejections.csv")), QStringLiteral("--dry-run"),
                          QStringLiteral("--errors"), errors });
    CHECK(run.exitCode == 6);
    REQUIRE(QFileInfo::exists(errors));

    // The rows as they were in the file (so they can be fixed and imported again) plus their line and reason.
    const QList<QByteArray> original = readAll(dataFile(QStringLiteral("cli-rejections.csv"))).split('\n');
    const QList<QByteArray> written = readAll(errors).split('\n');
    REQUIRE(written.size() == 8); // header, six rows, the empty piece after the last line break
    CHECK(written.at(0) == "Name,Country,Email,Notes,Line,Error");
    const int rejectedLines[] = { 3, 4, 8, 9, 11, 13 }; // the invalid byte and the never-closed quote included
    for (int i = 0; i < 6; ++i) {
        const int line = rejectedLines[i];
        INFO("rejected line " << line);
        // The never-closed quote's row comes back as the reader split it, without the stray quote: left open, the
        // quote would swallow the Line and Error columns into its cell.
        const QByteArray prefix = line == 13 ? QByteArray("Eta Co,VN,info@eta.vn,never closed,13,")
                                             : original.at(line - 1) + ',' + QByteArray::number(line) + ',';
        CHECK(written.at(i + 1).startsWith(prefix));
        CHECK(written.at(i + 1).size() > prefix.size() + 10); // and a reason
    }

    SECTION("written, with just its header, when nothing was rejected")
    {
        const Run clean = cli({ QStringLiteral("--database"), dir.filePath(QStringLiteral("e.db")),
                                QStringLiteral("import"), dataFile(QStringLiteral("cli-sep-directive.csv")),
                                QStringLiteral("--dry-run"), QStringLiteral("--errors"), errors });
        CHECK(clean.exitCode == 0);
        // In that file's own dialect: its sep= line, semicolons and CRLF.
        CHECK(readAll(errors) == "sep=;\r\nName;Country;City;Line;Error\r\n");
    }
}

TEST_CASE("CLI --mapping takes a JSON file or a saved template name (IMP-06)", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("m.db"));
    const QString mappingFile = dir.filePath(QStringLiteral("mapping.json"));
    {
        QFile file(mappingFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"Foo": "partner.name", "Bar": "partner.city"})");
    }
    const QString input = dataFile(QStringLiteral("cli-no-name-column.csv"));
    // Without a mapping the file is refused: no column is the name.
    const Run refused = cli({ QStringLiteral("--database"), db, QStringLiteral("import"), input });
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("Foo, Bar"));

    const Run mapped = cli({ QStringLiteral("--database"), db, QStringLiteral("import"), input, QStringLiteral("--mapping"),
                             mappingFile, QStringLiteral("--report"), QStringLiteral("json") });
    REQUIRE(mapped.exitCode == 0);
    const QJsonObject report = parseReport(mapped);
    CHECK(report.value(QStringLiteral("counts")).toObject().value(QStringLiteral("created")).toInt() == 1);
    const QJsonArray mapping = report.value(QStringLiteral("mapping")).toArray();
    REQUIRE(mapping.size() == 2);
    CHECK(mapping.at(0).toObject().value(QStringLiteral("field")).toString() == QStringLiteral("partner.name"));
    CHECK(mapping.at(1).toObject().value(QStringLiteral("field")).toString() == QStringLiteral("partner.city"));

    // A template saved in the database (as the wizard saves it) is found by name.
    {
        auto opened = Database::open(db, Database::Role::Editor);
        REQUIRE(opened.ok());
        QSqlQuery save(opened.value()->connection());
        REQUIRE(save.prepare(QStringLiteral(
            "INSERT INTO import_mapping_template (name, mapping, updated_at) VALUES (?, ?, '2026-11-27T00:00:00Z')")));
        save.addBindValue(QStringLiteral("Foo list"));
        save.addBindValue(QStringLiteral(R"({"Foo": "partner.name", "Bar": "partner.region"})"));
        REQUIRE(save.exec());
    }
    const Run byName = cli({ QStringLiteral("--database"), db, QStringLiteral("import"), input, QStringLiteral("--mapping"),
                             QStringLiteral("Foo list"), QStringLiteral("--dry-run"), QStringLiteral("--report"),
                             QStringLiteral("json") });
    REQUIRE(byName.exitCode == 0);
    const QJsonArray templated = parseReport(byName).value(QStringLiteral("mapping")).toArray();
    REQUIRE(templated.size() == 2);
    CHECK(templated.at(1).toObject().value(QStringLiteral("field")).toString() == QStringLiteral("partner.region"));
}

TEST_CASE("CLI round trip: export in every profile then import into a new database gives the same partners",
          "[cli][roundtrip]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.db"));
    REQUIRE(cli({ QStringLiteral("--database"), source, QStringLiteral("generate"), QStringLiteral("--partners"),
                  QStringLiteral("300"), QStringLiteral("--contacts-per-partner"), QStringLiteral("0"),
                  QStringLiteral("--seed"), QStringLiteral("7") })
                .exitCode
            == 0);
    const QString reference = dir.filePath(QStringLiteral("reference.csv"));
    REQUIRE(cli({ QStringLiteral("--database"), source, QStringLiteral("export"), reference, QStringLiteral("--profile"),
                  QStringLiteral("utf8"), QStringLiteral("--raw"), QStringLiteral("--columns"), columnsWithoutId() })
                .exitCode
            == 0);
    const QByteArray expected = readAll(reference);
    CHECK(expected.count("\r\n") == 301);
    CHECK(expected.contains(",+")); // generated phone numbers start with +: neutralised on the way, restored after

    const QList<QStringList> profiles {
        { QStringLiteral("--profile"), QStringLiteral("excel") },
        { QStringLiteral("--profile"), QStringLiteral("excel"), QStringLiteral("--delimiter"), QStringLiteral("semicolon") },
        { QStringLiteral("--profile"), QStringLiteral("utf8") },
        { QStringLiteral("--profile"), QStringLiteral("unicode-text") },
    };
    for (const QStringList& profile : profiles) {
        INFO("export " << profile.join(u' ').toStdString());
        const QString file = dir.filePath(QStringLiteral("exported.csv"));
        const Run exported = cli(QStringList { QStringLiteral("--database"), source, QStringLiteral("export"), file }
                                 + profile);
        REQUIRE(exported.exitCode == 0);
        CHECK(exported.out.contains("Partners exported: 300"));

        const QString target = dir.filePath(QStringLiteral("target-%1.db").arg(profile.join(u'-')));
        const Run imported = cli({ QStringLiteral("--database"), target, QStringLiteral("import"), file,
                                   QStringLiteral("--mode"), QStringLiteral("create"), QStringLiteral("--report"),
                                   QStringLiteral("json") });
        INFO("import stderr: " << imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        const QJsonObject counts = parseReport(imported).value(QStringLiteral("counts")).toObject();
        CHECK(counts.value(QStringLiteral("created")).toInt() == 300);

        const QString back = dir.filePath(QStringLiteral("back.csv"));
        REQUIRE(cli({ QStringLiteral("--database"), target, QStringLiteral("export"), back, QStringLiteral("--profile"),
                      QStringLiteral("utf8"), QStringLiteral("--raw"), QStringLiteral("--columns"), columnsWithoutId() })
                    .exitCode
                == 0);
        CHECK(readAll(back) == expected);
    }

    SECTION("export filters choose the rows")
    {
        const QString gold = dir.filePath(QStringLiteral("gold.csv"));
        const Run run = cli({ QStringLiteral("--database"), source, QStringLiteral("export"), gold, QStringLiteral("--tier"),
                              QStringLiteral("gold"), QStringLiteral("--country"), QStringLiteral("vn"),
                              QStringLiteral("--profile"), QStringLiteral("utf8"), QStringLiteral("--columns"),
                              QStringLiteral("partner.tier,partner.country") });
        REQUIRE(run.exitCode == 0);
        const qint64 count = scalar(source, QStringLiteral("SELECT count(*) FROM partner WHERE deleted_at IS NULL AND "
                                                           "tier = 'gold' AND country = 'VN'"));
        REQUIRE(count > 0);
        QByteArray body = readAll(gold);
        CHECK(body.startsWith("Tier,Country\r\n"));
        CHECK(body.count("gold,VN\r\n") == count);
        CHECK(body.count("\r\n") == count + 1);
    }
}

#ifdef Q_OS_UNIX
TEST_CASE("CLI import interrupted with SIGINT is cancelled with nothing written", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("int.db"));
    REQUIRE(cli({ QStringLiteral("--database"), db, QStringLiteral("generate"), QStringLiteral("--partners"),
                  QStringLiteral("5") })
                .exitCode
            == 0);
    // Big enough that a debug or release build is still busy after the signal.
    const QString input = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile file(input);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray chunk;
        for (int i = 0; i < 400000; ++i)
            chunk += "Partner " + QByteArray::number(i) + ",VN,Hà Nội,\"note, with comma\"\r\n";
        file.write("Name,Country,City,Notes\r\n");
        file.write(chunk);
    }
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    process.start(QStringLiteral(CHANNELDESK_CLI_PATH),
                  { QStringLiteral("--database"), db, QStringLiteral("import"), input });
    REQUIRE(process.waitForStarted());
    QThread::msleep(1500); // past start-up, so the handler is installed
    REQUIRE(process.state() == QProcess::Running);
    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    REQUIRE(process.waitForFinished(120000));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 3);
    CHECK(process.readAllStandardError().contains("cancelled"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM partner")) == 5);
}
#endif
