// ChannelDesk desktop application entry point.
#include "mainwindow/DatabaseUpgradeDialog.h"
#include "mainwindow/MainWindow.h"
#include "training/TierScheduler.h"
#include "partners/PartnerTableModel.h"
#include "partners/PartnersScreen.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

using namespace ChannelDesk;

namespace {

// The --language value, read before QCommandLineParser exists so that --help is already translated.
QLocale requestedLocale(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument.startsWith(QStringLiteral("--language=")))
            return QLocale(argument.mid(11));
        if (argument == QStringLiteral("--language") && i + 1 < arguments.size())
            return QLocale(arguments.at(i + 1));
    }
    // "C" (LANG=C.UTF-8, usual in containers and minimal installs) is no one's locale: Qt would show amounts as
    // "0.00$". Such a machine gets US English formats, as the English catalogue reads.
    const QLocale system = QLocale::system();
    return system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
}

// Our catalogue plus Qt's own (dialog buttons, context menus) for the chosen language.
void installTranslations(QApplication& app, const QLocale& locale)
{
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // English first: it supplies the plural forms ("1 partner", "2 partners") for every locale without a
    // catalogue of its own (C, POSIX, German…). A catalogue for the locale, installed later, takes precedence.
    auto* english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/channeldesk_en.qm")))
        QCoreApplication::installTranslator(english);
    auto* translator = new QTranslator(&app);
    if (locale.language() != QLocale::English && locale.language() != QLocale::C
        && translator->load(locale, QStringLiteral("channeldesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("channeldesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("ChannelDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHANNELDESK_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("ChannelDesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.channeldesk.ChannelDesk"));

    const QLocale locale = requestedLocale(QCoreApplication::arguments());
    QLocale::setDefault(locale);
    installTranslations(app, locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "ChannelDesk: partner relationship management for channel account managers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        { QStringLiteral("d"), QStringLiteral("database") },
        QCoreApplication::translate("main", "Open the database at <path> instead of the default one."),
        QCoreApplication::translate("main", "path"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"), QCoreApplication::translate("main", "Use <language> (en, vi) instead of the system's."),
        QCoreApplication::translate("main", "language"));
    const QCommandLineOption quitWhenShownOption(
        QStringLiteral("quit-when-shown"),
        QCoreApplication::translate("main", "Quit as soon as the partner list has painted (for start-up benchmarks)."));
    parser.addOptions({ databaseOption, languageOption, quitWhenShownOption });
    parser.process(app);

    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultPath();
    // An older file is upgraded first, on a worker thread behind a progress dialog (a big one takes a minute).
    if (Status upgraded = DatabaseUpgradeDialog::upgradeIfNeeded(path); !upgraded) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "ChannelDesk"), upgraded.error().message);
        return 1;
    }
    auto opened = Database::open(path);
    if (!opened) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "ChannelDesk"), opened.error().message);
        return 1;
    }
    std::unique_ptr<Database> db = std::move(opened).value();

    MainWindow window(*db);
    window.show();
    if (parser.isSet(quitWhenShownOption)) {
        QObject::connect(window.partnersScreen()->model(), &PartnerTableModel::firstPageReady, &app, [&window] {
            window.partnersScreen()->repaint();
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        });
        QObject::connect(window.partnersScreen()->model(), &PartnerTableModel::countChanged, &app, [](qint64 count) {
            if (count == 0)
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        });
    } else {
        QTimer::singleShot(0, &window, &MainWindow::offerSampleDataIfEmpty);
        // Tier standings are recomputed at start, hourly and after changes (TIER-02/05), off the UI thread.
        window.tierScheduler()->start();
    }
    const int status = app.exec();
    return status;
}
