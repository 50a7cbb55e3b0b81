#pragma once

#include "support/FaultProxy.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace ChannelDesk::Test {

class TestServer;

struct SimulationOptions
{
    QList<FaultProxy::Fault> faults; ///< drawn per proxied connection; empty = no faults
    double faultProbability = 0.4; ///< share of connections that get one of `faults`
    int clients = 4; ///< lan, lan, minh, boss, lan, minh, …; the last one joins a third of the way in
    int steps = 60; ///< random offline edits, conflict resolutions and syncs
    int quiescenceRounds = 12; ///< sync rounds allowed, faults off, before convergence is declared failed
    bool breakMerge = false; ///< SyncStore's test hook: pulls overwrite unsent local edits (the checker must object)
    bool verbose = false; ///< every action on stderr, to replay a failing seed by eye
};

struct SimulationResult
{
    quint64 seed = 0;
    QString error; ///< the simulation itself could not run (no server, no database): no verdict on sync
    QStringList violations;
    int edits = 0;
    int syncs = 0;
    int failedSyncs = 0;
    int conflictsResolved = 0;
    int keptMine = 0;
    int quiescenceRounds = 0;
    int sessionsEnded = 0; ///< a lost refresh answer spent the token: the user had to sign in again
    int connections = 0;
    QHash<QString, int> faults; ///< injected, by fault name
    qint64 elapsedMs = 0;

    bool passed() const { return error.isEmpty() && violations.isEmpty(); }
    QJsonObject toJson() const;
};

/// A seeded multi-client sync simulation. Each seed gets a fresh channeldesk-server behind a FaultProxy and K
/// in-process clients with their own SQLite files, some signed in as the same CAM so that records overlap. The
/// clients edit offline at random (every kind of field, deletes, restores, creates), resolve conflicts and sync in a
/// random order through the proxy. Then, faults off: every open conflict is resolved (KeepMine or TakeTheirs at
/// random) and all clients sync until nothing changes. SimulationChecker then judges the databases; the result
/// lists every violated guarantee. The same seed replays the same actions and fault plans.
class SyncSimulator final
{
public:
    explicit SyncSimulator(SimulationOptions options);
    ~SyncSimulator();
    SyncSimulator(const SyncSimulator&) = delete;
    SyncSimulator& operator=(const SyncSimulator&) = delete;

    SimulationResult run(quint64 seed);

    /// "none", "drop-request", "drop-response", "delay", "reset" or "mixed" (all four); false if unknown.
    static bool faultsFromName(const QString& name, QList<FaultProxy::Fault>& faults);

private:
    class Run;

    bool ensurePrepared(QString& error);

    SimulationOptions m_options;
    std::unique_ptr<TestServer> m_prepared; ///< certificates and users, made once; every seed copies them
};

} // namespace ChannelDesk::Test
