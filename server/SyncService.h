#pragma once

#include "ApiReply.h"
#include "MdfRules.h"
#include "TrainingRules.h"
#include "UserStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ChannelDesk {
struct Deal;
struct SyncEntity;
}

namespace ChannelDesk::Server {

class ServerDatabase;

/// The sync protocol over the server database (docs/sync-protocol.md): push applies client mutations with a
/// field-level three-way merge and answers each one; pull serves a snapshot and then the change log, cursor-paged,
/// restricted to what the user may see. HTTP-free so that tests can drive it directly; HttpApi wraps it.
class SyncService final
{
public:
    static constexpr int MaxBatch = 500;
    static constexpr int MaxPageSize = 5000;
    static constexpr int DefaultPageSize = 1000;
    /// The owner of shared scopes (SyncEntity::shared: vendor-wide definitions) in `record` and `change_log`: every
    /// user's pull selects it besides the user's own rows. Never a user name (UserStore::isValidName refuses it) and
    /// refused as a partner's or budget's owner.
    static constexpr QLatin1String SharedOwner { "*" };

    explicit SyncService(ServerDatabase& db);

    /// Binds `clientId` to `user` on first use; a client id that belongs to someone else is refused (403).
    ApiReply registerClient(const User& user, const QString& clientId);
    ApiReply push(const User& user, const QJsonObject& body);
    ApiReply pull(const User& user, const QString& clientId, const QString& cursor, int limit);
    /// pull() with the page left as JSON text in `encoded` (what HttpApi sends): rows go out as stored, without being
    /// parsed and serialised again.
    ApiReply pullEncoded(const User& user, const QString& clientId, const QString& cursor, int limit);

    /// The highest committed sequence (tests, health).
    qint64 currentSeq() const;

private:
    struct Row;
    QJsonObject processMutation(const User& user, const QString& clientId, const QJsonObject& mutation, qint64& seq,
                                bool& storageFailed);
    QJsonObject decide(const User& user, const QString& clientId, const QJsonObject& mutation, qint64& seq,
                       bool& storageFailed);
    bool loadRow(const QString& id, Row& row, bool& storageFailed);
    bool writeRow(const Row& row, bool insert);
    bool appendLog(qint64 seq, const Row& row, const QString& op, const QString& owner, const QString& clientId,
                   qint64 mutationId, const QString& actor);
    bool reassignScope(const Row& partner, const QString& oldOwner, qint64& seq, const QString& clientId,
                       qint64 mutationId, const QString& actor);
    QString validate(const SyncEntity& entity, const QJsonObject& data, const QJsonObject* previous) const;
    /// Deal rules that need the server's view: workflow steps from the server's status, DR-05 across partners, and
    /// DR-11 for tasks (checkTaskRules).
    QString checkDealRules(const SyncEntity& entity, const QString& id, const QJsonObject& data,
                           const QJsonObject* previous, bool& storageFailed);
    /// DR-11: a live task that is not canceled needs its registration live, in its scope and in a state that takes
    /// tasks, as the server has it.
    QString checkTaskRules(const QJsonObject& data, bool& storageFailed);
    bool indexDeal(const Row& row);
    static Deal dealFromJson(const SyncEntity& entity, const QJsonObject& json);

    QString encodeCursor(const QJsonObject& state) const;
    bool decodeCursor(const QString& text, QJsonObject& state) const;

    ServerDatabase& m_db;
    MdfRules m_mdf;
    TrainingRules m_training;
    QByteArray m_cursorKey;
    QString m_epoch;
};

} // namespace ChannelDesk::Server
