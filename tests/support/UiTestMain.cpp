// Catch2 runner for widget tests. The platform must be chosen before QApplication exists, and Catch's test
// discovery runs this binary at build time, so offscreen is set here rather than in ctest properties.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "channeldesk.*.info=false");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("channeldesk-ui-tests"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // The English catalogue supplies plural forms ("1 partner", "2 partners"), as in the app.
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/channeldesk_en.qm")))
        QCoreApplication::installTranslator(&english);
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, never the user's
    QSettings().clear();
    return Catch::Session().run(argc, argv);
}
