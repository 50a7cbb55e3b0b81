// The simulation's checker is itself tested: with SyncStore's broken-merge hook on it must report violations, and
// with the hook off the same seeds must pass. A checker that never objects would otherwise look like a green suite.
#include "support/CatchQt.h"
#include "support/SyncSimulator.h"

using namespace ChannelDesk::Test;

namespace {

// No faults: without timing effects a seed replays exactly, so the same seeds give the same verdict every run.
SimulationOptions smallRun(bool breakMerge)
{
    SimulationOptions options;
    options.clients = 4; // two clients of one CAM and the admin share records; the admin joins late
    options.steps = 60;
    options.breakMerge = breakMerge;
    return options;
}

} // namespace

TEST_CASE("simulation: the checker reports a broken merge")
{
    SyncSimulator simulator(smallRun(true));
    int caught = 0;
    for (quint64 seed = 1; seed <= 3; ++seed) {
        const SimulationResult result = simulator.run(seed);
        INFO("seed " << seed << ": " << result.error.toStdString());
        REQUIRE(result.error.isEmpty());
        if (!result.violations.isEmpty())
            ++caught;
    }
    // Each of these seeds has concurrent edits of one field, so the broken merge has unsent edits to overwrite.
    REQUIRE(caught == 3);
}

TEST_CASE("simulation: the same seeds pass with the merge intact")
{
    SyncSimulator simulator(smallRun(false));
    for (quint64 seed = 1; seed <= 3; ++seed) {
        const SimulationResult result = simulator.run(seed);
        INFO("seed " << seed << ": " << result.error.toStdString() << " "
                     << result.violations.join(QStringLiteral("\n")).toStdString());
        REQUIRE(result.passed());
    }
}
