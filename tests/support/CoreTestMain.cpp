// Catch2 runner for core tests: a QCoreApplication (no platform plugin needed) and a fixed locale.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    // Informational logs (migrations, opens) would drown Catch's report; warnings still show.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "channeldesk.*.info=false");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("channeldesk-tests"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/channeldesk_en.qm")))
        QCoreApplication::installTranslator(&english);
    return Catch::Session().run(argc, argv);
}
