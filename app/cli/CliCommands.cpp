#include "CliCommands.h"

#include "common/Uuid.h"
#include "mdf/MdfLedger.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "sync/SyncEngine.h"
#include "tools/BulkLoader.h"
#include "tools/DataGenerator.h"
#include "tools/DealGenerator.h"
#include "tools/MdfGenerator.h"
#include "tools/TrainingGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <atomic>
#include <csignal>

namespace ChannelDesk::Cli {

namespace {

bool positiveNumber(const QString& text, qint64 min, qint64 max, qint64& value)
{
    bool ok = false;
    value = text.toLongLong(&ok);
    return ok && value >= min && value <= max;
}

// The engine that SIGINT/SIGTERM cancel while `sync` runs. The handler only stores to atomics (signal-safe); the
// engine notices at its next request boundary, so an interrupted sync stops cleanly instead of dying mid-write.
std::atomic<SyncEngine*> cancellableEngine { nullptr };

extern "C" void cancelSync(int)
{
    if (SyncEngine* engine = cancellableEngine.load())
        engine->cancel();
}

} // namespace

int generate(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Adds deterministic, realistic partners and contacts (Vietnamese, English, German, French), deal "
               "registrations and opportunities with line items, market development funds (budgets, allocations, "
               "fund requests, claims and payments), and training data (courses, certification definitions, a partner "
               "program with four levels, memberships, people's certifications, course completions and points) for "
               "the partners in the database."));
    const QCommandLineOption partnersOption(
        QStringLiteral("partners"),
        QCoreApplication::translate("cli", "Number of partners (default 1000; 0 when --deals, --mdf-requests or "
                                           "--certifications is given, which then use the partners already in the "
                                           "database)."),
        QStringLiteral("N"));
    const QCommandLineOption contactsOption(
        QStringLiteral("contacts-per-partner"),
        QCoreApplication::translate("cli", "Contacts for each partner (default 2)."), QStringLiteral("K"),
        QStringLiteral("2"));
    const QCommandLineOption dealsOption(
        QStringLiteral("deals"),
        QCoreApplication::translate("cli", "Number of deal registrations and opportunities to add (default 0), spread "
                                           "over all partners, after the partners of --partners if any."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption dealEventsOption(
        QStringLiteral("deal-events"),
        QCoreApplication::translate("cli", "Also write each deal's history (about four events per deal; slower)."));
    const QCommandLineOption mdfRequestsOption(
        QStringLiteral("mdf-requests"),
        QCoreApplication::translate("cli", "Number of MDF fund requests to add (default 0), with the budgets and "
                                           "allocations they draw on, their claims and payments."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption claimsPerRequestOption(
        QStringLiteral("claims-per-request"),
        QCoreApplication::translate("cli", "MDF claims per fund request on average (default 3), made against the "
                                           "approved requests."),
        QStringLiteral("K"), QStringLiteral("3"));
    const QCommandLineOption mdfEventsOption(
        QStringLiteral("mdf-events"),
        QCoreApplication::translate("cli", "Also write the history of every MDF record (slower)."));
    const QCommandLineOption certificationsOption(
        QStringLiteral("certifications"),
        QCoreApplication::translate("cli", "Number of people's certification records to add (default 0), spread over "
                                           "the contacts of all partners (more for higher tiers), with the course and "
                                           "certification catalogue, the partner program and its four levels, a "
                                           "membership for every partner, course completions and points. When the "
                                           "database has no deals and --deals is not given, three deals per partner "
                                           "are added too, so revenue criteria have something to measure."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption trainingEventsOption(
        QStringLiteral("training-events"),
        QCoreApplication::translate("cli", "Also write each new member's 'joined' tier history event."));
    const QCommandLineOption asOfOption(
        QStringLiteral("as-of"),
        QCoreApplication::translate("cli", "The day deals and MDF data are generated around, YYYY-MM-DD (default "
                                           "today): expected close dates from a year before to 18 months after it; "
                                           "MDF budgets for its year and the year before."),
        QStringLiteral("date"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QCoreApplication::translate("cli", "Seed of partners and deals; the same seed "
                                                                           "(and --as-of) gives the same data."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption outboxOption(
        QStringLiteral("with-outbox"),
        QCoreApplication::translate("cli", "Record every generated row as a local change to sync (off by default: "
                                           "generated data is for demos and benchmarks)."));
    parser.addOptions({ partnersOption, contactsOption, dealsOption, dealEventsOption, mdfRequestsOption,
                        claimsPerRequestOption, mdfEventsOption, certificationsOption, trainingEventsOption, asOfOption,
                        seedOption, outboxOption });
    parser.addHelpOption();
    if (!parser.parse(QStringList { QStringLiteral("generate") } + arguments)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    qint64 partners = 0;
    qint64 contacts = 0;
    qint64 deals = 0;
    qint64 seed = 0;
    qint64 mdfRequests = 0;
    qint64 certifications = 0;
    const bool usesExistingPartners = parser.isSet(dealsOption) || parser.isSet(mdfRequestsOption)
        || parser.isSet(certificationsOption);
    const QString partnersText = parser.isSet(partnersOption) ? parser.value(partnersOption)
                                                              : (usesExistingPartners ? QStringLiteral("0") : QStringLiteral("1000"));
    if (!positiveNumber(partnersText, 0, 100'000'000, partners)
        || !positiveNumber(parser.value(contactsOption), 0, 50, contacts)
        || !positiveNumber(parser.value(dealsOption), 0, 100'000'000, deals)
        || !positiveNumber(parser.value(seedOption), 0, std::numeric_limits<qint64>::max(), seed)) {
        err << QCoreApplication::translate("cli", "--partners and --deals must be 0 to 100000000, "
                                                  "--contacts-per-partner 0 to 50, --seed a non-negative number.")
            << Qt::endl;
        return Usage;
    }
    bool claimsOk = false;
    const double claimsPerRequest = parser.value(claimsPerRequestOption).toDouble(&claimsOk);
    if (!positiveNumber(parser.value(mdfRequestsOption), 0, 100'000'000, mdfRequests) || !claimsOk
        || !(claimsPerRequest >= 0 && claimsPerRequest <= 20)) {
        err << QCoreApplication::translate("cli", "--mdf-requests must be 0 to 100000000, --claims-per-request a number "
                                                  "from 0 to 20.")
            << Qt::endl;
        return Usage;
    }
    if (!positiveNumber(parser.value(certificationsOption), 0, 100'000'000, certifications)) {
        err << QCoreApplication::translate("cli", "--certifications must be 0 to 100000000.") << Qt::endl;
        return Usage;
    }
    const bool training = parser.isSet(certificationsOption);
    if (partners == 0 && deals == 0 && mdfRequests == 0 && !training) {
        err << QCoreApplication::translate("cli", "Nothing to generate: give --partners, --deals, --mdf-requests or "
                                                  "--certifications.")
            << Qt::endl;
        return Usage;
    }
    QDate asOf;
    if (parser.isSet(asOfOption)) {
        asOf = QDate::fromString(parser.value(asOfOption), Qt::ISODate);
        if (!asOf.isValid()) {
            err << QCoreApplication::translate("cli", "--as-of must be a date written YYYY-MM-DD.") << Qt::endl;
            return Usage;
        }
    }

    auto opened = Database::open(databasePath, Database::Role::Bulk);
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return Failed;
    }
    Database& db = *opened.value();
    const auto scalar = [&db](const QString& sql) {
        QSqlQuery query(db.connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : 0;
    };
    // Deals need partners: say so before doing anything when there are none and none are asked for.
    if (deals > 0 && partners == 0 && scalar(QStringLiteral("SELECT count(*) FROM partner WHERE deleted_at IS NULL")) == 0) {
        err << QCoreApplication::translate("cli", "The database has no partners to register deals for. Generate some "
                                                  "in the same command, e.g. --partners 1000 --deals %1.")
                   .arg(deals)
            << Qt::endl;
        return Failed;
    }
    if (mdfRequests > 0 && partners == 0
        && scalar(QStringLiteral("SELECT count(*) FROM partner WHERE deleted_at IS NULL")) == 0) {
        err << QCoreApplication::translate("cli", "The database has no partners to allocate funds to. Generate some "
                                                  "in the same command, e.g. --partners 5000 --mdf-requests %1.")
                   .arg(mdfRequests)
            << Qt::endl;
        return Failed;
    }

    if (training && partners == 0
        && scalar(QStringLiteral("SELECT count(*) FROM partner WHERE deleted_at IS NULL")) == 0) {
        err << QCoreApplication::translate("cli", "The database has no partners to certify. Generate some in the same "
                                                  "command, e.g. --partners 1000 --certifications %1.")
                   .arg(certifications)
            << Qt::endl;
        return Failed;
    }

    QElapsedTimer timer;
    timer.start();
    if (partners > 0) {
        // Generated partner i always has the same id, so continue after every partner ever stored, tombstones
        // included: counting only live ones would regenerate a deleted partner's id and fail the whole load.
        const qint64 existing = scalar(QStringLiteral("SELECT count(*) FROM partner"));
        const DataGenerator generator(static_cast<quint64>(seed));
        BulkLoader loader(db);
        loader.setRecordOutbox(parser.isSet(outboxOption));
        // Rebuilding indexes once beats updating them row by row when the load is at least as big as the table.
        loader.setDeferIndexes(partners >= existing);
        if (Status status = loader.begin(); !status) {
            err << status.error().message << Qt::endl;
            return Failed;
        }
        // Indexes continue after what is there, so generating twice adds new partners instead of repeating ids.
        for (qint64 i = existing; i < existing + partners; ++i) {
            const Partner partner = generator.partner(i);
            Status status = loader.addPartner(partner, PartnerRepository::localColumns(partner));
            if (status && contacts > 0) {
                for (const Contact& contact : generator.contacts(partner, i, static_cast<int>(contacts))) {
                    if (status = loader.addContact(contact); !status)
                        break;
                }
            }
            if (!status) {
                err << status.error().toLogString() << Qt::endl;
                return Failed;
            }
            if ((i - existing + 1) % 100000 == 0)
                err << QCoreApplication::translate("cli", "Partners so far: %L1…").arg(i - existing + 1) << Qt::endl;
        }
        if (Status status = loader.commit(); !status) {
            err << status.error().toLogString() << Qt::endl;
            return Failed;
        }
        out << QCoreApplication::translate("cli", "Partners added: %L1. Contacts added: %L2. Time: %L3 ms.")
                   .arg(loader.partnersAdded())
                   .arg(loader.contactsAdded())
                   .arg(timer.restart())
            << Qt::endl;
    }

    if (deals > 0) {
        DealGenerator generator(db, static_cast<quint64>(seed));
        generator.setReferenceDay(asOf);
        generator.setRecordOutbox(parser.isSet(outboxOption));
        generator.setWithEvents(parser.isSet(dealEventsOption));
        generator.setProgress([&err, shown = qint64(0)](qint64 done, qint64 total) mutable {
            if (done < total && done / 100000 > shown) {
                shown = done / 100000;
                err << QCoreApplication::translate("cli", "Deals so far: %L1…").arg(shown * 100000) << Qt::endl;
            }
            return true;
        });
        if (Status status = generator.generate(deals); !status) {
            err << (status.error().code == Error::Code::NotFound ? status.error().message : status.error().toLogString())
                << Qt::endl;
            return Failed;
        }
        out << QCoreApplication::translate("cli", "Deals added: %L1 (%L2 registrations, %L3 opportunities; %L4 "
                                                  "registrations repeat another partner's customer and product). "
                                                  "History events: %L5. Time: %L6 ms.")
                   .arg(generator.dealsAdded())
                   .arg(generator.registrationsAdded())
                   .arg(generator.opportunitiesAdded())
                   .arg(generator.conflictsPlanted())
                   .arg(generator.eventsAdded())
                   .arg(timer.restart())
            << Qt::endl;
    }
    if (mdfRequests > 0) {
        MdfGenerator generator(db, static_cast<quint64>(seed));
        generator.setReferenceDay(asOf);
        generator.setClaimsPerRequest(claimsPerRequest);
        generator.setRecordOutbox(parser.isSet(outboxOption));
        generator.setWithEvents(parser.isSet(mdfEventsOption));
        generator.setProgress([&err, shown = qint64(0)](qint64 done, qint64 total) mutable {
            if (done < total && done / 20000 > shown) {
                shown = done / 20000;
                err << QCoreApplication::translate("cli", "Fund requests so far: %L1…").arg(shown * 20000) << Qt::endl;
            }
            return true;
        });
        if (Status status = generator.generate(mdfRequests); !status) {
            err << (status.error().code == Error::Code::NotFound ? status.error().message : status.error().toLogString())
                << Qt::endl;
            return Failed;
        }
        out << QCoreApplication::translate("cli", "MDF added: %L1 budgets, %L2 allocations, %L3 fund requests, %L4 "
                                                  "claims, %L5 payments. History events: %L6. Time: %L7 ms.")
                   .arg(generator.budgetsAdded())
                   .arg(generator.allocationsAdded())
                   .arg(generator.requestsAdded())
                   .arg(generator.claimsAdded())
                   .arg(generator.paymentsAdded())
                   .arg(generator.eventsAdded())
                   .arg(timer.restart())
            << Qt::endl;
    }
    if (training) {
        TrainingGenerator generator(db, static_cast<quint64>(seed));
        generator.setReferenceDay(asOf);
        generator.setRecordOutbox(parser.isSet(outboxOption));
        generator.setWithEvents(parser.isSet(trainingEventsOption));
        // Tier criteria measure revenue, approved registrations and closed-won deals (TIER-02): give them some.
        if (!parser.isSet(dealsOption) && scalar(QStringLiteral("SELECT count(*) FROM deal")) == 0)
            generator.setDeals(3 * scalar(QStringLiteral("SELECT count(*) FROM partner WHERE deleted_at IS NULL")));
        generator.setProgress([&err, shown = qint64(0)](qint64 done, qint64 total) mutable {
            if (done < total && done / 100000 > shown) {
                shown = done / 100000;
                err << QCoreApplication::translate("cli", "Certifications so far: %L1…").arg(shown * 100000) << Qt::endl;
            }
            return true;
        });
        if (Status status = generator.generate(certifications); !status) {
            const Error::Code code = status.error().code;
            err << (code == Error::Code::NotFound || code == Error::Code::Validation ? status.error().message
                                                                                    : status.error().toLogString())
                << Qt::endl;
            return Failed;
        }
        if (generator.dealsAdded() > 0)
            out << QCoreApplication::translate("cli", "Deals added for the tier criteria: %L1 (%L2 ms).")
                       .arg(generator.dealsAdded())
                       .arg(generator.dealsMs())
                << Qt::endl;
        out << QCoreApplication::translate("cli", "Training added: %L1 courses, %L2 certification definitions, %L3 "
                                                  "program levels, %L4 program members, %L5 certifications (%L6 archived "
                                                  "as renewed, %L7 in progress, %L8 revoked), %L9 course completions, "
                                                  "%L10 points entries; %L11 partners' tiers set to the level their data "
                                                  "qualifies for. Time: %L12 ms.")
                   .arg(generator.coursesAdded())
                   .arg(generator.definitionsAdded())
                   .arg(generator.levelsAdded())
                   .arg(generator.membersAdded())
                   .arg(generator.certificationsAdded())
                   .arg(generator.renewedAdded())
                   .arg(generator.inProgressAdded())
                   .arg(generator.revokedAdded())
                   .arg(generator.completionsAdded())
                   .arg(generator.pointsAdded())
                   .arg(generator.partnersRetiered())
                   .arg(timer.restart())
            << Qt::endl;
    }
    // A big load leaves a WAL as large as the data; fold it back into the database now.
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return Ok;
}

int info(const QString& databasePath, QTextStream& out, QTextStream& err)
{
    auto opened = Database::open(databasePath, Database::Role::Reader);
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return Failed;
    }
    Database& db = *opened.value();
    auto scalar = [&db](const char* sql) {
        QSqlQuery query(db.connection());
        return query.exec(QString::fromLatin1(sql)) && query.next() ? query.value(0).toLongLong() : -1;
    };
    out << QCoreApplication::translate("cli", "Database: %1").arg(db.path()) << Qt::endl;
    out << QCoreApplication::translate("cli", "Data format: %1").arg(db.schemaVersion()) << Qt::endl;
    out << QCoreApplication::translate("cli", "Partners: %1").arg(scalar("SELECT count(*) FROM partner WHERE deleted_at IS NULL"))
        << Qt::endl;
    out << QCoreApplication::translate("cli", "Contacts: %1").arg(scalar("SELECT count(*) FROM contact WHERE deleted_at IS NULL"))
        << Qt::endl;
    out << QCoreApplication::translate("cli", "Changes waiting to sync: %1")
               .arg(scalar("SELECT count(*) FROM sync_outbox WHERE state IN ('pending', 'inflight')"))
        << Qt::endl;
    return Ok;
}

int sync(const QString& databasePath, const QStringList& arguments, QTextStream& in, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Signs in to the sync server and syncs once: sends the changes made here, then receives the changes "
               "made elsewhere."));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QCoreApplication::translate("cli", "The sync server's address (https://…)."),
                                          QCoreApplication::translate("cli", "URL"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QCoreApplication::translate("cli", "Your user name on the server."),
                                        QCoreApplication::translate("cli", "name"));
    const QCommandLineOption caOption(
        QStringLiteral("ca-file"),
        QCoreApplication::translate("cli", "A certificate authority to trust besides the system's (PEM), for a "
                                           "company's own CA."),
        QCoreApplication::translate("cli", "file"));
    const QCommandLineOption passwordOption(
        QStringLiteral("password-stdin"),
        QCoreApplication::translate("cli", "Read the password from the first line of standard input."));
    // Also accepted after the command, where scripts tend to put it.
    const QCommandLineOption databaseOption({ QStringLiteral("d"), QStringLiteral("database") },
                                            QCoreApplication::translate("cli", "The database to sync."),
                                            QCoreApplication::translate("cli", "path"));
    parser.addOptions({ databaseOption, serverOption, userOption, caOption, passwordOption });
    parser.addHelpOption();
    if (!parser.parse(QStringList { QStringLiteral("sync") } + arguments)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    if (!parser.isSet(serverOption) || !parser.isSet(userOption)) {
        err << QCoreApplication::translate("cli", "sync needs --server and --user.") << Qt::endl;
        return Usage;
    }
    // A password on the command line would be visible to every user of the machine (ps); stdin is not.
    if (!parser.isSet(passwordOption)) {
        err << QCoreApplication::translate("cli", "Give the password on standard input with --password-stdin.")
            << Qt::endl;
        return Usage;
    }
    const QString password = in.readLine();
    if (password.isEmpty()) {
        err << QCoreApplication::translate("cli", "No password was given on standard input.") << Qt::endl;
        return Usage;
    }

    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : databasePath;
    SyncEngine engine(path, SyncAccount { QUrl(parser.value(serverOption)), parser.value(userOption),
                                          parser.value(caOption), {} });
    if (Status status = engine.open(); !status) {
        err << status.error().message << Qt::endl;
        return status.error().code == Error::Code::InvalidArgument ? Usage : Failed;
    }
    cancellableEngine = &engine;
    const auto previousInt = std::signal(SIGINT, cancelSync);
    const auto previousTerm = std::signal(SIGTERM, cancelSync);
    SyncReport report = engine.signIn(password);
    if (report.outcome == SyncReport::Outcome::Ok)
        report = engine.runOnce();
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    cancellableEngine = nullptr;

    switch (report.outcome) {
    case SyncReport::Outcome::Ok:
        out << QCoreApplication::translate("cli", "Synced. Sent: %L1. Received: %L2. Open conflicts: %L3. Rejected: "
                                                  "%L4. Still to send: %L5.")
                   .arg(report.pushed)
                   .arg(report.pulled)
                   .arg(report.conflicts)
                   .arg(report.rejected)
                   .arg(engine.store().pendingCount())
            << Qt::endl;
        return Ok;
    case SyncReport::Outcome::Cancelled:
        err << QCoreApplication::translate("cli", "Sync was cancelled; what was already sent or received is kept.")
            << Qt::endl;
        return Cancelled;
    case SyncReport::Outcome::NeedsSignIn:
        err << report.message << Qt::endl;
        return SignInRefused;
    case SyncReport::Outcome::UpgradeRequired:
        err << report.message << Qt::endl;
        return UpgradeRequired;
    case SyncReport::Outcome::Failed:
        break;
    }
    err << report.message << Qt::endl;
    if (report.retryable)
        err << QCoreApplication::translate("cli", "Nothing is lost; run sync again later.") << Qt::endl;
    return Failed;
}

int mdfAudit(const QString& databasePath, QTextStream& out, QTextStream& err)
{
    auto opened = Database::open(databasePath, Database::Role::Reader);
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return Failed;
    }
    const Result<QList<MdfLedger::Finding>> findings = MdfLedger(*opened.value()).audit();
    if (!findings) {
        err << findings.error().toLogString() << Qt::endl;
        return Failed;
    }
    for (const MdfLedger::Finding& finding : *findings)
        out << finding.rule << '\t' << Uuid::toString(finding.recordId) << '\t' << finding.message << Qt::endl;
    if (findings->isEmpty()) {
        out << QCoreApplication::translate("cli", "MDF audit: every total matches its rows and MDF-01, 02, 09 and 11 "
                                                  "hold.")
            << Qt::endl;
        return Ok;
    }
    out << QCoreApplication::translate("cli", "MDF audit: %n problem(s) found.", nullptr, int(findings->size()))
        << Qt::endl;
    return Failed;
}

} // namespace ChannelDesk::Cli
