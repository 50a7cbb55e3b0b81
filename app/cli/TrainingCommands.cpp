#include "TrainingCommands.h"

#include "CliCommands.h"
#include "CliSupport.h"
#include "common/Uuid.h"
#include "storage/Database.h"
#include "training/CertificationExporter.h"
#include "training/CertificationImporter.h"
#include "training/TierEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>

#include <climits>

namespace ChannelDesk::Cli {

namespace {

/// --as-of: a day written YYYY-MM-DD, or today.
std::optional<QDate> dayOption(const QCommandLineParser& parser, const QCommandLineOption& option, QTextStream& err)
{
    if (!parser.isSet(option))
        return QDate::currentDate();
    const QDate day = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!day.isValid()) {
        err << QCoreApplication::translate("cli", "--%1 must be a date written YYYY-MM-DD.").arg(option.names().constFirst())
            << Qt::endl;
        return std::nullopt;
    }
    return day;
}

QString dialectSummary(const Csv::Dialect& dialect)
{
    QStringList parts { Csv::encodingName(dialect.encoding) };
    if (dialect.bom)
        parts.append(QStringLiteral("BOM"));
    parts.append(Csv::delimiterName(dialect.delimiter));
    if (dialect.sepDirective)
        parts.append(QStringLiteral("sep="));
    parts.append(Csv::lineEndingsName(dialect.lineEndings));
    return parts.join(QStringLiteral(", "));
}

void printImportSummary(const CertificationImportReport& report, QTextStream& out)
{
    out << QCoreApplication::translate("cli", "File: %1 (%2)").arg(report.fileName, dialectSummary(report.dialect)) << Qt::endl;
    if (report.dryRun)
        out << QCoreApplication::translate("cli", "Dry run: nothing was written.") << Qt::endl;
    out << QCoreApplication::translate("cli", "Records: %L1. New: %L2 (renewals: %L3). Unchanged: %L4. Rejected: %L5. "
                                              "Warnings: %L6.")
               .arg(report.records)
               .arg(report.created)
               .arg(report.renewed)
               .arg(report.unchanged)
               .arg(report.rejected)
               .arg(report.warnings)
        << Qt::endl;
    if (report.blankRowsSkipped > 0)
        out << QCoreApplication::translate("cli", "Blank rows skipped: %L1.").arg(report.blankRowsSkipped) << Qt::endl;
    for (const Csv::CsvIssue& issue : report.fileIssues)
        out << QCoreApplication::translate("cli", "  line %1: %2 (%3)").arg(issue.line).arg(issue.message, issue.code) << Qt::endl;
    constexpr int Shown = 20;
    int rejected = 0;
    int warned = 0;
    for (const CertificationImportRow& row : report.rows) {
        if (row.kind == CertificationImportRow::Kind::Rejected && rejected++ < Shown)
            out << QCoreApplication::translate("cli", "  line %1 rejected: %2 (%3)")
                       .arg(QString::number(row.line), row.message, row.code)
                << Qt::endl;
        for (const Csv::CsvIssue& issue : row.warnings) {
            if (warned++ < Shown)
                out << QCoreApplication::translate("cli", "  line %1: %2 (%3)").arg(QString::number(row.line), issue.message, issue.code)
                    << Qt::endl;
        }
    }
    if (rejected > Shown)
        out << QCoreApplication::translate("cli", "  … and %n more rejected line(s) (see --report json).", nullptr,
                                           std::min(rejected - Shown, INT_MAX))
            << Qt::endl;
    if (warned > Shown)
        out << QCoreApplication::translate("cli", "  … and %n more warning(s) (see --report json).", nullptr,
                                           std::min(warned - Shown, INT_MAX))
            << Qt::endl;
}

} // namespace

int tiersRecompute(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Recomputes the tier standing of every member of every active partner program (TIER-02/03), as the "
               "app does at start and hourly: upgrades are proposed (or applied when the program says so), demotions "
               "open a review, never silently. Ctrl+C stops between members; what was decided stays."));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                        QCoreApplication::translate("cli", "The day evaluated, YYYY-MM-DD (default today)."),
                                        QStringLiteral("date"));
    parser.addOption(asOfOption);
    parser.addHelpOption();
    if (!parser.parse(QStringList { QStringLiteral("tiers-recompute") } + arguments)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("cli", "tiers-recompute takes no file. Run channeldesk-cli tiers-recompute --help.")
            << Qt::endl;
        return Usage;
    }
    const std::optional<QDate> day = dayOption(parser, asOfOption, err);
    if (!day)
        return Usage;
    if (!QFileInfo::exists(databasePath)) {
        err << QCoreApplication::translate("cli", "There is no database at “%1”.").arg(databasePath) << Qt::endl;
        return Failed;
    }
    auto opened = Database::open(databasePath, Database::Role::Editor);
    if (!opened)
        return errorExit(err, opened.error());

    InterruptGuard guard;
    ProgressLine progress(err);
    TierEngine engine(*opened.value());
    auto result = engine.recompute(*day, [&progress](int done, int total) {
        progress.show(QCoreApplication::translate("cli", "Recomputing tiers…"), done, total);
        return !interrupted.load();
    });
    progress.finish();
    if (!result)
        return errorExit(err, result.error());
    const TierEngine::Summary& s = result.value();
    out << QCoreApplication::translate("cli", "Members: %L1. Unchanged: %L2. Upgrades proposed: %L3. Upgrades applied: "
                                              "%L4. Demotion reviews opened: %L5. Pending changes withdrawn: %L6. At risk: "
                                              "%L7. Time: %L8 ms.")
               .arg(s.members)
               .arg(s.unchanged)
               .arg(s.proposed)
               .arg(s.applied)
               .arg(s.reviews)
               .arg(s.withdrawn)
               .arg(s.atRisk)
               .arg(s.elapsedMs)
        << Qt::endl;
    TierEngine::checkpoint(*opened.value());
    return Ok;
}

int importCertifications(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Imports people's certification records from a CSV file: one row per certificate with the person's "
               "email, the certification (code or name), and its state and dates. The encoding, delimiter and columns "
               "are detected (English, Vietnamese, German and French headers). People are matched by email; rows "
               "already stored (same person, certification and acquisition day) are left unchanged; a later "
               "certificate renews the current one. Every rejected line is reported with its number and reason. The "
               "import is one transaction.\n\n"
               "Exit codes: 0 no row rejected, 1 failure, 2 wrong usage, 3 cancelled, 6 finished but some rows were "
               "rejected (a dry run returns the same codes)."));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"),
        QCoreApplication::translate("cli", "utf-8, utf-16le, utf-16be, windows-1252 or windows-1258 (default: detect)."),
        QCoreApplication::translate("cli", "encoding"));
    const QCommandLineOption delimiterOption(
        QStringLiteral("delimiter"), QCoreApplication::translate("cli", "comma, semicolon, tab or pipe (default: detect)."),
        QCoreApplication::translate("cli", "delimiter"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          QCoreApplication::translate("cli", "Report what the import would do; write nothing."));
    const QCommandLineOption reportOption(
        QStringLiteral("report"),
        QCoreApplication::translate("cli", "json: print the full machine-readable report on stdout instead of a summary."),
        QCoreApplication::translate("cli", "format"));
    const QCommandLineOption actorOption(QStringLiteral("actor"),
                                         QCoreApplication::translate("cli", "Who imports (recorded with the records; default "
                                                                            "“import”)."),
                                         QCoreApplication::translate("cli", "user"));
    parser.addOptions({ encodingOption, delimiterOption, dryRunOption, reportOption, actorOption });
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("cli", "The CSV file to import."));
    QString path;
    if (const auto done = parseFileCommand(parser, QStringLiteral("import-certifications"), arguments, path, out, err))
        return *done;

    CertificationImportOptions options;
    if (parser.isSet(encodingOption)) {
        options.read.encoding = Csv::encodingFromName(parser.value(encodingOption));
        if (!options.read.encoding) {
            err << QCoreApplication::translate("cli", "Unknown encoding “%1”: use utf-8, utf-16le, utf-16be, windows-1252 or windows-1258.")
                       .arg(parser.value(encodingOption))
                << Qt::endl;
            return Usage;
        }
    }
    if (parser.isSet(delimiterOption)) {
        options.read.delimiter = Csv::delimiterFromName(parser.value(delimiterOption));
        if (!options.read.delimiter) {
            err << QCoreApplication::translate("cli", "--delimiter must be comma, semicolon, tab or pipe.") << Qt::endl;
            return Usage;
        }
    }
    const bool json = parser.isSet(reportOption);
    if (json && parser.value(reportOption) != QLatin1String("json")) {
        err << QCoreApplication::translate("cli", "--report only knows json.") << Qt::endl;
        return Usage;
    }
    options.dryRun = parser.isSet(dryRunOption);
    options.actor = parser.value(actorOption);

    // Certifications belong to people already in the database: without one there is nobody to match.
    if (!QFileInfo::exists(databasePath)) {
        err << QCoreApplication::translate("cli", "There is no database at “%1”.").arg(databasePath) << Qt::endl;
        return Failed;
    }
    // A dry run never migrates the file (a reader connection); its writes are rolled back.
    auto opened = Database::open(databasePath, options.dryRun ? Database::Role::Reader : Database::Role::Bulk);
    if (!opened)
        return errorExit(err, opened.error());
    Database& db = *opened.value();
    if (db.schemaVersion() < Database::currentSchemaVersion()) {
        err << QCoreApplication::translate("cli", "The database has an older format; run the import without --dry-run, or "
                                                  "open it with ChannelDesk once, to update it.")
            << Qt::endl;
        return Failed;
    }

    auto preview = Csv::CsvReader::preview(path, options.read, 0);
    if (!preview) {
        err << preview.error().message << Qt::endl;
        return Failed;
    }
    const Csv::AutoMapping mapping = CertificationImporter::autoMap(preview->header);
    if (!json) {
        QStringList unmapped;
        for (int column : mapping.unmappedColumns)
            unmapped.append(preview->header.value(column));
        if (!unmapped.isEmpty())
            err << QCoreApplication::translate("cli", "Columns not imported (no matching field): %1")
                       .arg(unmapped.join(QStringLiteral(", ")))
                << Qt::endl;
    }
    options.fieldForColumn = mapping.mapping.fieldForColumn;

    InterruptGuard guard;
    ProgressLine progress(err);
    CertificationImporter importer(db);
    auto result = importer.run(
        path, options,
        [&progress](qint64 done, qint64 total, int phase) {
            progress.show(phase == 0 ? QCoreApplication::translate("cli", "Reading…")
                                     : QCoreApplication::translate("cli", "Importing…"),
                          done, total);
        },
        &interrupted);
    progress.finish();
    if (!result)
        return errorExit(err, result.error());
    const CertificationImportReport& report = result.value();
    if (json)
        out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else
        printImportSummary(report, out);
    out.flush();
    return report.rejected > 0 ? RowsRejected : Ok;
}

int exportCertifications(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Exports people's certification records as CSV: partner, person, email, certification code and name, "
               "track, state on the day (in_progress, active, expiring, expired, renewed, revoked), started, acquired "
               "and expiry days, certificate id and notes. Headers are in English, so import-certifications (in any "
               "language) maps them back. Cells a spreadsheet would run as a formula get a leading apostrophe. The "
               "file is written whole or not at all."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("cli", "excel (UTF-8 with BOM, the locale's list separator; default), utf8 (no BOM, "
                                           "comma) or unicode-text (UTF-16LE, tab)."),
        QCoreApplication::translate("cli", "profile"), QStringLiteral("excel"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"),
                                             QCoreApplication::translate("cli", "comma, semicolon, tab or pipe (not for unicode-text)."),
                                             QCoreApplication::translate("cli", "delimiter"));
    const QCommandLineOption rawOption(
        QStringLiteral("raw"),
        QCoreApplication::translate("cli", "No apostrophe before formula-like cells (only for tools, never for spreadsheets)."));
    const QCommandLineOption partnerOption(QStringLiteral("partner"),
                                           QCoreApplication::translate("cli", "Only this partner's people (its ChannelDesk id)."),
                                           QStringLiteral("id"));
    const QCommandLineOption currentOption(
        QStringLiteral("current-only"),
        QCoreApplication::translate("cli", "Leave out renewed and revoked records (the history)."));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                        QCoreApplication::translate("cli", "The day the state is computed for, YYYY-MM-DD "
                                                                           "(default today)."),
                                        QStringLiteral("date"));
    parser.addOptions({ profileOption, delimiterOption, rawOption, partnerOption, currentOption, asOfOption });
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("cli", "The CSV file to write (replaced if it exists)."));
    QString path;
    if (const auto done = parseFileCommand(parser, QStringLiteral("export-certifications"), arguments, path, out, err))
        return *done;

    CertificationExportOptions options;
    const QString profile = parser.value(profileOption);
    if (profile == QLatin1String("excel")) {
        options.profile = Csv::ExportOptions::Profile::Excel;
        options.delimiter = Csv::listSeparator(QLocale());
    } else if (profile == QLatin1String("utf8") || profile == QLatin1String("utf-8")) {
        options.profile = Csv::ExportOptions::Profile::Utf8;
    } else if (profile == QLatin1String("unicode-text")) {
        options.profile = Csv::ExportOptions::Profile::UnicodeText;
    } else {
        err << QCoreApplication::translate("cli", "--profile must be excel, utf8 or unicode-text.") << Qt::endl;
        return Usage;
    }
    if (parser.isSet(delimiterOption)) {
        const auto delimiter = Csv::delimiterFromName(parser.value(delimiterOption));
        if (!delimiter) {
            err << QCoreApplication::translate("cli", "--delimiter must be comma, semicolon, tab or pipe.") << Qt::endl;
            return Usage;
        }
        if (options.profile == Csv::ExportOptions::Profile::UnicodeText && *delimiter != u'\t') {
            err << QCoreApplication::translate("cli", "The unicode-text profile is always tab-separated.") << Qt::endl;
            return Usage;
        }
        options.delimiter = *delimiter;
    }
    options.neutraliseFormulas = !parser.isSet(rawOption);
    options.includeArchived = !parser.isSet(currentOption);
    if (parser.isSet(partnerOption)) {
        options.partnerId = Uuid::fromString(parser.value(partnerOption));
        if (options.partnerId.isEmpty()) {
            err << QCoreApplication::translate("cli", "--partner must be a ChannelDesk id (8-4-4-4-12 hexadecimal).") << Qt::endl;
            return Usage;
        }
    }
    const std::optional<QDate> day = dayOption(parser, asOfOption, err);
    if (!day)
        return Usage;
    options.today = *day;

    if (!QFileInfo::exists(databasePath)) {
        err << QCoreApplication::translate("cli", "There is no database at “%1”.").arg(databasePath) << Qt::endl;
        return Failed;
    }
    auto opened = Database::open(databasePath, Database::Role::Reader);
    if (!opened)
        return errorExit(err, opened.error());

    QElapsedTimer timer;
    timer.start();
    InterruptGuard guard;
    ProgressLine progress(err);
    CertificationExporter exporter(*opened.value());
    auto result = exporter.run(
        path, options,
        [&progress](qint64 done, qint64 total) { progress.show(QCoreApplication::translate("cli", "Exporting…"), done, total); },
        &interrupted);
    progress.finish();
    if (!result)
        return errorExit(err, result.error());
    const QLocale locale;
    out << QCoreApplication::translate("cli", "Certification records exported: %1 to %2 in %3 ms.")
               .arg(locale.toString(result->rows), path, locale.toString(timer.elapsed()))
        << Qt::endl;
    if (result->longValues > 0)
        err << QCoreApplication::translate("cli", "Values longer than the %1 characters Excel can hold in a cell: %2; Excel will cut them.")
                   .arg(locale.toString(32767), locale.toString(result->longValues))
            << Qt::endl;
    return Ok;
}

} // namespace ChannelDesk::Cli
