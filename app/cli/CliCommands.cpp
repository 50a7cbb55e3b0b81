#include "CliCommands.h"

#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "tools/BulkLoader.h"
#include "tools/DataGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

namespace ChannelDesk::Cli {

namespace {

bool positiveNumber(const QString& text, qint64 min, qint64 max, qint64& value)
{
    bool ok = false;
    value = text.toLongLong(&ok);
    return ok && value >= min && value <= max;
}

} // namespace

int generate(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Adds deterministic, realistic partners and contacts (Vietnamese, English, German, French)."));
    const QCommandLineOption partnersOption(QStringLiteral("partners"),
                                            QCoreApplication::translate("cli", "Number of partners (default 1000)."),
                                            QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption contactsOption(
        QStringLiteral("contacts-per-partner"),
        QCoreApplication::translate("cli", "Contacts for each partner (default 2)."), QStringLiteral("K"),
        QStringLiteral("2"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QCoreApplication::translate("cli", "Seed; the same seed gives the same data."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption outboxOption(
        QStringLiteral("with-outbox"),
        QCoreApplication::translate("cli", "Record every generated row as a local change to sync (off by default: "
                                           "generated data is for demos and benchmarks)."));
    parser.addOptions({ partnersOption, contactsOption, seedOption, outboxOption });
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
    qint64 seed = 0;
    if (!positiveNumber(parser.value(partnersOption), 1, 100'000'000, partners)
        || !positiveNumber(parser.value(contactsOption), 0, 50, contacts)
        || !positiveNumber(parser.value(seedOption), 0, std::numeric_limits<qint64>::max(), seed)) {
        err << QCoreApplication::translate("cli", "--partners must be 1 to 100000000, --contacts-per-partner 0 to 50, "
                                                  "--seed a non-negative number.")
            << Qt::endl;
        return Usage;
    }

    auto opened = Database::open(databasePath, Database::Role::Bulk);
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return Failed;
    }
    Database& db = *opened.value();
    // Generated partner i always has the same id, so continue after every partner ever stored, tombstones included:
    // counting only live ones would regenerate a deleted partner's id and fail the whole load.
    qint64 existing = 0;
    {
        QSqlQuery count(db.connection());
        if (count.exec(QStringLiteral("SELECT count(*) FROM partner")) && count.next())
            existing = count.value(0).toLongLong();
    }

    QElapsedTimer timer;
    timer.start();
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
    // A big load leaves a WAL as large as the data; fold it back into the database now.
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    out << QCoreApplication::translate("cli", "Partners added: %L1. Contacts added: %L2. Time: %L3 ms.")
               .arg(loader.partnersAdded())
               .arg(loader.contactsAdded())
               .arg(timer.elapsed())
        << Qt::endl;
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

} // namespace ChannelDesk::Cli
