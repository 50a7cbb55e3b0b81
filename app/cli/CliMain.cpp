// channeldesk-cli: the console front end. Links channeldesk_core only (no Gui, no Widgets).
#include "CliCommands.h"
#include "CsvCommands.h"
#include "TrainingCommands.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

using namespace ChannelDesk;

int main(int argc, char* argv[])
{
    // Diagnostics stay quiet unless asked for (QT_LOGGING_RULES); the user sees results and errors only.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("channeldesk.*.info=false"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("channeldesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("ChannelDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHANNELDESK_VERSION));
    auto* english = new QTranslator(&app); // plural forms for locales without a catalogue
    if (english->load(QStringLiteral(":/i18n/channeldesk_en.qm")))
        QCoreApplication::installTranslator(english);
    auto* translator = new QTranslator(&app);
    if (QLocale().language() != QLocale::English && QLocale().language() != QLocale::C
        && translator->load(QLocale(), QStringLiteral("channeldesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "ChannelDesk command-line tool.\n\n"
        "Commands:\n"
        "  generate   add generated partners, contacts, deals and MDF data (generate --help for options)\n"
        "  info       show what the database holds\n"
        "  sync       sign in and sync once with the server (sync --help for options)\n"
        "  import     import partners from a CSV file (import --help for options)\n"
        "  export     export partners to a CSV file (export --help for options)\n"
        "  mdf-audit  check that MDF balances match their rows and the MDF money rules hold\n"
        "  tiers-recompute        recompute every partner's tier standing (tiers-recompute --help)\n"
        "  import-certifications  import people's certifications from a CSV file (--help for options)\n"
        "  export-certifications  export people's certifications to a CSV file (--help for options)\n\n"
        "Global options such as --database come before the command: channeldesk-cli --database P import FILE.\n\n"
        "Exit codes: 0 success, 1 failure (message on stderr), 2 wrong usage, 3 cancelled, 4 sign-in refused "
        "(wrong user name or password), 5 the server needs a newer ChannelDesk, 6 import finished but some rows "
        "were rejected."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        { QStringLiteral("d"), QStringLiteral("database") },
        QCoreApplication::translate("cli", "The database to use (default: %1).").arg(Database::defaultPath()),
        QCoreApplication::translate("cli", "path"));
    parser.addOption(databaseOption);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("cli", "generate, info, sync, import, export, mdf-audit, "
                                                                    "tiers-recompute, import-certifications or "
                                                                    "export-certifications"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << Qt::endl;
        return Cli::Usage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Cli::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        out << parser.helpText();
        return positional.isEmpty() && !parser.isSet(QStringLiteral("help")) ? Cli::Usage : Cli::Ok;
    }
    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultPath();
    const QString command = positional.first();
    if (command == QStringLiteral("generate"))
        return Cli::generate(path, positional.mid(1), out, err);
    if (command == QStringLiteral("info"))
        return Cli::info(path, out, err);
    if (command == QStringLiteral("import"))
        return Cli::importCsv(path, positional.mid(1), out, err);
    if (command == QStringLiteral("export"))
        return Cli::exportCsv(path, positional.mid(1), out, err);
    if (command == QStringLiteral("mdf-audit"))
        return Cli::mdfAudit(path, out, err);
    if (command == QStringLiteral("tiers-recompute"))
        return Cli::tiersRecompute(path, positional.mid(1), out, err);
    if (command == QStringLiteral("import-certifications"))
        return Cli::importCertifications(path, positional.mid(1), out, err);
    if (command == QStringLiteral("export-certifications"))
        return Cli::exportCertifications(path, positional.mid(1), out, err);
    if (command == QStringLiteral("sync")) {
        QTextStream in(stdin);
        return Cli::sync(path, positional.mid(1), in, out, err);
    }
    err << QCoreApplication::translate("cli", "Unknown command “%1”. Run channeldesk-cli --help.").arg(command)
        << Qt::endl;
    return Cli::Usage;
}
