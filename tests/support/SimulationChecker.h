#pragma once

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ChannelDesk::Test {

/// One client as the checker sees it: who it syncs as, and a connection to its database (this thread's).
struct CheckedClient
{
    QString label; ///< for messages, e.g. "c1 (lan)"
    QString user;
    bool admin = false;
    QString clientId;
    QSqlDatabase db;
};

/// What the simulation recorded itself, independently of any database.
struct SimulationLog
{
    QHash<QString, QString> created; ///< record id → entity, for every record any client created
    /// "client_id/mutation_id" of the changes allowed to bring a tombstoned record back: explicit restores, and a
    /// KeepMine on an update_vs_delete conflict.
    QSet<QString> revivals;

    static QString key(const QString& clientId, qint64 mutationId);
};

/// The sync guarantees, checked against the databases: the server's (opened read-only) and every client's. Each
/// check returns one line per violation; empty means the guarantee held.
class SimulationChecker final
{
public:
    /// The local values of fields with edits the server has not taken yet ("entity/id/field" → wire JSON).
    using PendingValues = QHash<QString, QJsonValue>;
    static PendingValues pendingValues(const QSqlDatabase& client);
    /// Rebase: a sync must leave every field that still has an unsent local edit as it was (`before`/`after`
    /// taken around one SyncEngine::runOnce).
    static QStringList checkLocalEditsKept(const QString& label, const PendingValues& before,
                                           const PendingValues& after);

    /// After quiescence: convergence, one terminal outcome per mutation, at-most-once application on the server,
    /// no duplicate or unknown ids, no resurrection without an explicit restore or KeepMine.
    static QStringList checkFinal(const QString& serverDatabasePath, const QList<CheckedClient>& clients,
                                  const SimulationLog& log);

    /// A record's history on one client (its row, outbox entries and conflicts), to explain a violation.
    static QString describe(const QSqlDatabase& client, const QString& id);
};

} // namespace ChannelDesk::Test
