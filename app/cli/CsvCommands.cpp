#include "CsvCommands.h"

#include "CliCommands.h"
#include "CliSupport.h"
#include "csv/CsvReader.h"
#include "csv/ImportField.h"
#include "csv/ImportMapping.h"
#include "csv/ImportReport.h"
#include "csv/PartnerExporter.h"
#include "csv/PartnerImporter.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <optional>


namespace ChannelDesk::Cli {

namespace {

std::optional<Csv::ImportMode> modeFromName(const QString& name)
{
    if (name == QLatin1String("create"))
        return Csv::ImportMode::CreateOnly;
    if (name == QLatin1String("update"))
        return Csv::ImportMode::UpdateOnly;
    if (name == QLatin1String("upsert"))
        return Csv::ImportMode::CreateAndUpdate;
    return std::nullopt;
}

std::optional<QList<Csv::MatchKey>> matchKeysFrom(const QString& text)
{
    QList<Csv::MatchKey> keys;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto key = Csv::matchKeyFromName(part.trimmed());
        if (!key)
            return std::nullopt;
        if (!keys.contains(*key))
            keys.append(*key);
    }
    if (keys.isEmpty())
        return std::nullopt;
    return keys;
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

void printSummary(const Csv::ImportReport& report, QTextStream& out)
{
    out << QCoreApplication::translate("cli", "File: %1 (%2)").arg(report.fileName, dialectSummary(report.dialect)) << Qt::endl;
    if (report.dryRun)
        out << QCoreApplication::translate("cli", "Dry run: nothing was written.") << Qt::endl;
    out << QCoreApplication::translate("cli", "Records: %L1. Created: %L2. Updated: %L3. Unchanged: %L4. Rejected: %L5. Warnings: %L6.")
               .arg(report.records)
               .arg(report.created)
               .arg(report.updated)
               .arg(report.unchanged)
               .arg(report.rejected)
               .arg(report.warnings)
        << Qt::endl;
    if (report.contactsCreated > 0 || report.contactsUpdated > 0)
        out << QCoreApplication::translate("cli", "Contacts created: %L1. Contacts updated: %L2.")
                   .arg(report.contactsCreated)
                   .arg(report.contactsUpdated)
            << Qt::endl;
    if (report.blankRowsSkipped > 0)
        out << QCoreApplication::translate("cli", "Blank rows skipped: %L1.").arg(report.blankRowsSkipped) << Qt::endl;

    // Every file-level issue, then rejected rows (a screenful; the JSON report and --errors have all of them).
    for (const Csv::CsvIssue& issue : report.fileIssues)
        out << QCoreApplication::translate("cli", "  line %1: %2 (%3)").arg(issue.line).arg(issue.message, issue.code) << Qt::endl;
    constexpr int Shown = 20;
    int shown = 0;
    for (const Csv::RowOutcome& row : report.rows) {
        if (row.kind != Csv::RowOutcome::Kind::Rejected)
            continue;
        if (shown++ < Shown)
            out << QCoreApplication::translate("cli", "  line %1 rejected: %2 (%3)").arg(QString::number(row.line), row.message, row.code) << Qt::endl;
    }
    if (shown > Shown) {
        const int more = int(std::min<qint64>(shown - Shown, INT_MAX));
        out << QCoreApplication::translate("cli", "  … and %n more rejected line(s) (see --errors FILE or --report json).",
                                           nullptr, more)
            << Qt::endl;
    }
    qint64 strong = 0;
    qint64 possible = 0;
    for (const Csv::DuplicateGroup& group : report.duplicates)
        ++(group.strong ? strong : possible);
    if (strong + possible > 0)
        out << QCoreApplication::translate("cli", "Duplicate groups: %L1 strong, %L2 possible (review them with --report json).")
                   .arg(strong)
                   .arg(possible)
            << Qt::endl;
    if (report.runId > 0)
        out << QCoreApplication::translate("cli", "Recorded as import %1 in the import history; it can be reverted there.").arg(report.runId)
            << Qt::endl;
}

/// The mapping for `header`: a saved template by name, a JSON file by path, or the automatic one.
Result<Csv::ImportMapping> chooseMapping(const QString& mappingArgument, const QStringList& header, Database* db,
                                         bool quiet, QTextStream& err)
{
    if (!mappingArgument.isEmpty()) {
        QJsonObject json;
        const QFileInfo info(mappingArgument);
        if (info.isFile()) {
            QFile file(mappingArgument);
            if (!file.open(QIODevice::ReadOnly))
                return Error { Error::Code::Io,
                               QCoreApplication::translate("cli", "The mapping file “%1” cannot be read: %2").arg(mappingArgument, file.errorString()),
                               {}, {} };
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
            if (!document.isObject())
                return Error { Error::Code::InvalidArgument,
                               QCoreApplication::translate("cli", "The mapping file “%1” is not a JSON object: %2")
                                   .arg(mappingArgument, parseError.errorString()),
                               {}, {} };
            json = document.object();
        } else {
            if (!db)
                return Error { Error::Code::InvalidArgument,
                               QCoreApplication::translate("cli", "There is no mapping file “%1”, and no database to look for a template of that "
                                  "name.")
                                   .arg(mappingArgument),
                               {}, {} };
            auto loaded = Csv::MappingTemplates(*db).load(mappingArgument);
            if (!loaded) {
                Error error = loaded.error();
                if (error.code == Error::Code::NotFound) {
                    error.code = Error::Code::InvalidArgument;
                    error.message = QCoreApplication::translate("cli", "There is no mapping template named “%1” and no file of that name.")
                                        .arg(mappingArgument);
                }
                return error;
            }
            json = loaded.value();
        }
        return Csv::ImportMapping::fromJson(json, header);
    }
    const Csv::AutoMapping automatic = Csv::autoMapHeader(header);
    if (!quiet) {
        QStringList unmapped;
        for (int column : automatic.unmappedColumns)
            unmapped.append(header.value(column));
        if (!unmapped.isEmpty())
            err << QCoreApplication::translate("cli", "Columns not imported (no matching field; map them with --mapping): %1")
                       .arg(unmapped.join(QStringLiteral(", ")))
                << Qt::endl;
        QStringList duplicates;
        for (int column : automatic.duplicateColumns)
            duplicates.append(header.value(column));
        if (!duplicates.isEmpty())
            err << QCoreApplication::translate("cli", "Columns not imported because an earlier column has the same field: %1")
                       .arg(duplicates.join(QStringLiteral(", ")))
                << Qt::endl;
    }
    return automatic.mapping;
}

} // namespace

int importCsv(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", 
        "Imports partners (and one contact per row) from a CSV file. The encoding, delimiter and columns are detected; "
        "every rejected line is reported with its number and reason. The import is one transaction: a failure or "
        "Ctrl+C leaves the database as it was.\n\n"
        "Exit codes: 0 no row rejected, 1 failure (message on stderr), 2 wrong usage, 3 cancelled, 6 finished "
        "but some rows were rejected (the others were imported; a dry run returns the same codes)."));
    const QCommandLineOption mappingOption(
        QStringLiteral("mapping"),
        QCoreApplication::translate("cli", "A saved mapping template, or a JSON file mapping headers to fields ({\"Company\": \"partner.name\"}). "
           "Without it, headers are mapped automatically."),
        QCoreApplication::translate("cli", "name|file"));
    const QCommandLineOption modeOption(
        QStringLiteral("mode"),
        QCoreApplication::translate("cli", "create (new partners only), update (existing only) or upsert (both; default)."), QCoreApplication::translate("cli", "mode"),
        QStringLiteral("upsert"));
    const QCommandLineOption matchOption(
        QStringLiteral("match"),
        QCoreApplication::translate("cli", "Match rules in order, comma-separated: id, external-id, email, domain, name-country (default: all, in "
           "that order)."),
        QCoreApplication::translate("cli", "keys"));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"), QCoreApplication::translate("cli", "utf-8, utf-16le, utf-16be, windows-1252 or windows-1258 (default: detect)."),
        QCoreApplication::translate("cli", "encoding"));
    const QCommandLineOption delimiterOption(
        QStringLiteral("delimiter"), QCoreApplication::translate("cli", "comma, semicolon, tab or pipe (default: detect)."), QCoreApplication::translate("cli", "delimiter"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          QCoreApplication::translate("cli", "Report what the import would do; write nothing."));
    const QCommandLineOption reportOption(
        QStringLiteral("report"), QCoreApplication::translate("cli", "json: print the full machine-readable report on stdout instead of a summary."),
        QCoreApplication::translate("cli", "format"));
    const QCommandLineOption errorsOption(
        QStringLiteral("errors"),
        QCoreApplication::translate("cli", "Write the rejected rows to this CSV file (the file's own layout plus Line and Error columns), to fix and "
           "import again. Written even when no row was rejected, so it is never stale."),
        QCoreApplication::translate("cli", "file"));
    const QCommandLineOption ownerOption(QStringLiteral("owner"),
                                         QCoreApplication::translate("cli", "Owner of created partners when the file has no owner column."),
                                         QCoreApplication::translate("cli", "user"));
    parser.addOptions({ mappingOption, modeOption, matchOption, encodingOption, delimiterOption, dryRunOption,
                        reportOption, errorsOption, ownerOption });
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("cli", "The CSV file to import."));
    QString path;
    if (const auto done = parseFileCommand(parser, QStringLiteral("import"), arguments, path, out, err))
        return *done;

    Csv::ImportOptions options;
    const auto mode = modeFromName(parser.value(modeOption));
    if (!mode) {
        err << QCoreApplication::translate("cli", "--mode must be create, update or upsert.") << Qt::endl;
        return Usage;
    }
    options.mode = *mode;
    if (parser.isSet(matchOption)) {
        const auto keys = matchKeysFrom(parser.value(matchOption));
        if (!keys) {
            err << QCoreApplication::translate("cli", "--match takes a comma-separated list of id, external-id, email, domain, name-country.")
                << Qt::endl;
            return Usage;
        }
        options.matchKeys = *keys;
    }
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
    options.defaultOwner = parser.value(ownerOption);

    // A dry run writes nothing, not even a new database: without one it runs against an empty throw-away database
    // (what a first import would do); with one it reads through a connection that never migrates.
    QTemporaryDir scratch;
    QString dbPath = databasePath;
    Database::Role role = Database::Role::Bulk;
    if (options.dryRun) {
        role = Database::Role::Reader;
        if (!QFileInfo::exists(databasePath)) {
            if (!scratch.isValid()) {
                err << QCoreApplication::translate("cli", "No temporary folder is available for the dry run.") << Qt::endl;
                return Failed;
            }
            dbPath = scratch.filePath(QStringLiteral("dry-run.db"));
        }
    }
    auto opened = Database::open(dbPath, role);
    if (!opened)
        return errorExit(err, opened.error());
    Database& db = *opened.value();

    // The header, to map it; the reader's refusals (empty, binary, no header) come out here with their reason.
    auto preview = Csv::CsvReader::preview(path, options.read, 0);
    if (!preview) {
        err << preview.error().message << Qt::endl;
        return Failed;
    }
    auto mapping = chooseMapping(parser.value(mappingOption), preview->header, &db, json, err);
    if (!mapping)
        return errorExit(err, mapping.error());
    options.mapping = mapping.value();
    if (options.mode != Csv::ImportMode::UpdateOnly && options.mapping.columnOf(QStringLiteral("partner.name")) < 0) {
        err << QCoreApplication::translate("cli", "No column maps to the partner name, which new partners need. Columns: %1. Name one of them “%2”, "
                  "give a mapping with --mapping, or use --mode update.")
                   .arg(preview->header.join(QStringLiteral(", ")),
                        Csv::importField(QStringLiteral("partner.name"))->englishLabel())
            << Qt::endl;
        return Failed;
    }

    InterruptGuard guard;
    ProgressLine progress(err);
    Csv::PartnerImporter importer(db);
    auto result = importer.run(
        path, options,
        [&progress](qint64 done, qint64 total, int phase) {
            progress.show(phase == 0 ? QCoreApplication::translate("cli", "Analysing…") : QCoreApplication::translate("cli", "Importing…"), done, total);
        },
        &interrupted);
    progress.finish();
    if (!result) {
        if (interrupted.load() && result.error().code != Error::Code::Cancelled)
            err << QCoreApplication::translate("cli", "Interrupted.") << ' ';
        return errorExit(err, result.error());
    }
    const Csv::ImportReport& report = result.value();

    int exitCode = report.rejected > 0 ? RowsRejected : Ok;
    if (parser.isSet(errorsOption)) {
        if (Status written = Csv::writeRejectedRows(path, options, report, parser.value(errorsOption)); !written) {
            err << written.error().message << Qt::endl;
            exitCode = Failed;
        }
    }
    if (json)
        out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else
        printSummary(report, out);
    out.flush();
    return exitCode;
}

int exportCsv(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", 
        "Exports the live partners, or those matching the filters, as CSV. Headers are the field names in English, so "
        "channeldesk-cli import (and the import wizard in any language) maps them back. Cells that a spreadsheet would "
        "run as a formula (= + - @ at the start) get a leading apostrophe, which import removes again. The file is "
        "written whole or not at all.\n\n"
        "Exit codes: 0 written, 1 failure (message on stderr), 2 wrong usage, 3 cancelled (no file written)."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("cli", "excel (UTF-8 with BOM, the locale's list separator; default), utf8 (no BOM, comma) or unicode-text "
           "(UTF-16LE, tab: opens correctly in every Excel)."),
        QCoreApplication::translate("cli", "profile"), QStringLiteral("excel"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"),
                                             QCoreApplication::translate("cli", "comma, semicolon, tab or pipe (not for unicode-text)."),
                                             QCoreApplication::translate("cli", "delimiter"));
    const QCommandLineOption contactsOption(QStringLiteral("contacts"),
                                            QCoreApplication::translate("cli", "One row per contact, with the contact's columns."));
    const QCommandLineOption rawOption(
        QStringLiteral("raw"), QCoreApplication::translate("cli", "No apostrophe before formula-like cells (only for tools, never for spreadsheets)."));
    const QCommandLineOption columnsOption(
        QStringLiteral("columns"),
        QCoreApplication::translate("cli", "Comma-separated field keys to export (partner.name, partner.country, …; default: every partner field)."),
        QCoreApplication::translate("cli", "keys"));
    const QCommandLineOption tierOption(QStringLiteral("tier"), QCoreApplication::translate("cli", "Only partners of this tier (code)."), QCoreApplication::translate("cli", "code"));
    const QCommandLineOption typeOption(QStringLiteral("type"), QCoreApplication::translate("cli", "Only partners of this type (code)."), QCoreApplication::translate("cli", "code"));
    const QCommandLineOption stageOption(QStringLiteral("stage"), QCoreApplication::translate("cli", "Only partners in this stage (code)."),
                                         QCoreApplication::translate("cli", "code"));
    const QCommandLineOption countryOption(QStringLiteral("country"),
                                           QCoreApplication::translate("cli", "Only partners in this country (ISO code)."), QCoreApplication::translate("cli", "code"));
    const QCommandLineOption ownerOption(QStringLiteral("owner"), QCoreApplication::translate("cli", "Only partners of this owner."), QCoreApplication::translate("cli", "user"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          QCoreApplication::translate("cli", "Only partners matching this text, as the list's search box."),
                                          QCoreApplication::translate("cli", "text"));
    const QCommandLineOption sortOption(
        QStringLiteral("sort"),
        QCoreApplication::translate("cli", "Order: name, type, tier, stage, country, city, owner, review, revenue or updated (with a filter or "
           "--search the default is name; otherwise storage order)."),
        QCoreApplication::translate("cli", "column"));
    const QCommandLineOption descendingOption(QStringLiteral("descending"), QCoreApplication::translate("cli", "Reverse the order."));
    parser.addOptions({ profileOption, delimiterOption, contactsOption, rawOption, columnsOption, tierOption,
                        typeOption, stageOption, countryOption, ownerOption, searchOption, sortOption,
                        descendingOption });
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("cli", "The CSV file to write (replaced if it exists)."));
    QString path;
    if (const auto done = parseFileCommand(parser, QStringLiteral("export"), arguments, path, out, err))
        return *done;

    Csv::ExportOptions options;
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
    options.includeContacts = parser.isSet(contactsOption);
    options.neutraliseFormulas = !parser.isSet(rawOption);
    if (parser.isSet(columnsOption)) {
        for (const QString& key : parser.value(columnsOption).split(u',', Qt::SkipEmptyParts))
            options.columns.append(key.trimmed());
    }

    PartnerQuery query;
    query.tier = parser.value(tierOption);
    query.type = parser.value(typeOption);
    query.stage = parser.value(stageOption);
    query.country = parser.value(countryOption).toUpper();
    query.owner = parser.value(ownerOption);
    query.search = parser.value(searchOption);
    query.descending = parser.isSet(descendingOption);
    if (parser.isSet(sortOption)) {
        static const QHash<QString, PartnerQuery::Sort> sorts {
            { QStringLiteral("name"), PartnerQuery::Sort::Name },     { QStringLiteral("type"), PartnerQuery::Sort::Type },
            { QStringLiteral("tier"), PartnerQuery::Sort::Tier },     { QStringLiteral("stage"), PartnerQuery::Sort::Stage },
            { QStringLiteral("country"), PartnerQuery::Sort::Country }, { QStringLiteral("city"), PartnerQuery::Sort::City },
            { QStringLiteral("owner"), PartnerQuery::Sort::Owner },   { QStringLiteral("review"), PartnerQuery::Sort::NextReview },
            { QStringLiteral("revenue"), PartnerQuery::Sort::Revenue }, { QStringLiteral("updated"), PartnerQuery::Sort::Updated },
        };
        const auto sort = sorts.constFind(parser.value(sortOption));
        if (sort == sorts.constEnd()) {
            err << QCoreApplication::translate("cli", "--sort must be name, type, tier, stage, country, city, owner, review, revenue or updated.")
                << Qt::endl;
            return Usage;
        }
        query.sort = *sort;
    }
    if (query.hasFilters() || !query.search.isEmpty() || parser.isSet(sortOption) || query.descending)
        options.query = query;

    // Opening a missing file would create an empty database; say what is wrong instead.
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
    Csv::PartnerExporter exporter(*opened.value());
    auto result = exporter.run(
        path, options, [&progress](qint64 done, qint64 total) { progress.show(QCoreApplication::translate("cli", "Exporting…"), done, total); },
        &interrupted);
    progress.finish();
    if (!result)
        return errorExit(err, result.error());
    // One arg() call: a path containing "%1" must stay as it is.
    const QLocale locale;
    out << QCoreApplication::translate("cli", "Partners exported: %1 (rows: %2) to %3 in %4 ms.")
               .arg(locale.toString(result->partners), locale.toString(result->rows), path,
                    locale.toString(timer.elapsed()))
        << Qt::endl;
    if (result->longValues > 0)
        err << QCoreApplication::translate("cli", "Values longer than the %1 characters Excel can hold in a cell: %2; Excel will cut them.")
                   .arg(QLocale().toString(32767), QLocale().toString(result->longValues))
            << Qt::endl;
    return Ok;
}

} // namespace ChannelDesk::Cli
