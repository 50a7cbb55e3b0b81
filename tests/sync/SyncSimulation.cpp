// channeldesk_sync_simulation: seeded multi-client sync simulations against the real server through a fault proxy.
// One JSON line per seed, then a summary line; exit code 0 only if every seed kept every guarantee
// (docs/sync-simulation.md). Replay a failing seed with --first-seed S --seeds 1 --verbose.
#include "support/SyncSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace ChannelDesk::Test;

namespace {

enum ExitCode { AllPassed = 0, SomeFailed = 1, Usage = 2 };

bool number(const QString& text, qint64 min, qint64 max, qint64& value)
{
    bool ok = false;
    value = text.toLongLong(&ok);
    return ok && value >= min && value <= max;
}

} // namespace

int main(int argc, char* argv[])
{
    // The engine's own diagnostics would bury the JSON lines; warnings still show.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "channeldesk.*.info=false");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("channeldesk_sync_simulation"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Seeded multi-client sync simulation: a fresh server per seed behind a fault-injecting proxy, K clients "
        "editing offline and syncing in random order, then quiescence and a check of every sync guarantee.\n"
        "Exit codes: 0 every seed passed, 1 a seed failed (see its JSON line), 2 wrong usage."));
    parser.addHelpOption();
    const QCommandLineOption seedsOption(QStringLiteral("seeds"), QStringLiteral("Number of seeds (default 10)."),
                                         QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption firstOption(QStringLiteral("first-seed"), QStringLiteral("First seed (default 1)."),
                                         QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption faultOption(QStringLiteral("fault"),
                                         QStringLiteral("none, drop-request, drop-response, delay, reset or mixed "
                                                        "(default mixed)."),
                                         QStringLiteral("mode"), QStringLiteral("mixed"));
    const QCommandLineOption probabilityOption(QStringLiteral("fault-probability"),
                                               QStringLiteral("Share of connections that get a fault, in percent "
                                                              "(default 40)."),
                                               QStringLiteral("P"), QStringLiteral("40"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Clients per seed (default 4)."),
                                           QStringLiteral("K"), QStringLiteral("4"));
    const QCommandLineOption stepsOption(QStringLiteral("steps"),
                                         QStringLiteral("Random actions per seed (default 60)."), QStringLiteral("M"),
                                         QStringLiteral("60"));
    const QCommandLineOption breakOption(QStringLiteral("break-merge"),
                                         QStringLiteral("Switch on SyncStore's broken-merge test hook: every seed "
                                                        "should then fail (a check of the checker)."));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("Every action on stderr."));
    parser.addOptions({ seedsOption, firstOption, faultOption, probabilityOption, clientsOption, stepsOption,
                        breakOption, verboseOption });
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return AllPassed;
    }
    qint64 seeds = 0;
    qint64 first = 0;
    qint64 probability = 0;
    qint64 clients = 0;
    qint64 steps = 0;
    SimulationOptions options;
    if (!number(parser.value(seedsOption), 1, 10'000'000, seeds)
        || !number(parser.value(firstOption), 0, std::numeric_limits<qint64>::max() / 2, first)
        || !number(parser.value(probabilityOption), 0, 100, probability)
        || !number(parser.value(clientsOption), 1, 16, clients) || !number(parser.value(stepsOption), 0, 100'000, steps)
        || !SyncSimulator::faultsFromName(parser.value(faultOption), options.faults)) {
        err << "--seeds 1..10000000, --first-seed >= 0, --fault-probability 0..100, --clients 1..16, --steps >= 0, "
               "--fault none|drop-request|drop-response|delay|reset|mixed."
            << Qt::endl;
        return Usage;
    }
    options.faultProbability = double(probability) / 100.0;
    options.clients = int(clients);
    options.steps = int(steps);
    options.breakMerge = parser.isSet(breakOption);
    options.verbose = parser.isSet(verboseOption);

    QElapsedTimer timer;
    timer.start();
    SyncSimulator simulator(options);
    QJsonArray failed;
    int errors = 0;
    for (qint64 seed = first; seed < first + seeds; ++seed) {
        SimulationResult result = simulator.run(static_cast<quint64>(seed));
        QJsonObject line = result.toJson();
        line.insert(QStringLiteral("fault"), parser.value(faultOption));
        out << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
        if (!result.passed())
            failed.append(QString::number(seed));
        if (!result.error.isEmpty())
            ++errors;
    }
    const QJsonObject summary { { QStringLiteral("summary"), true },
                                { QStringLiteral("fault"), parser.value(faultOption) },
                                { QStringLiteral("seeds"), seeds },
                                { QStringLiteral("first_seed"), first },
                                { QStringLiteral("passed"), seeds - failed.size() },
                                { QStringLiteral("failed"), failed.size() },
                                { QStringLiteral("could_not_run"), errors },
                                { QStringLiteral("failed_seeds"), failed },
                                { QStringLiteral("ms"), timer.elapsed() } };
    out << QJsonDocument(summary).toJson(QJsonDocument::Compact) << Qt::endl;
    return failed.isEmpty() ? AllPassed : SomeFailed;
}
