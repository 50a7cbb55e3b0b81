#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ChannelDesk {
struct SyncEntity;
}

namespace ChannelDesk::Server {

class ServerDatabase;

/// The training and tier rules the server re-checks on push (issue 6, docs/sync-protocol.md "Training"), like
/// MdfRules for MDF: field rules for every training entity (numbers not negative, ranks from 1, status and action
/// values, well-formed dates, acquired ≤ expires), and with the server's view of every scope: a level's rank unique
/// among its program's live levels, one live membership per partner and program, a certification's or course
/// completion's person a live contact of the same partner, its definition or course (shared) existing, a renewal
/// naming a certification of the same person and definition, and evidence content uploaded before the record that
/// names it.
///
/// Who may change shared definitions is SyncService's part (admins only); these rules run for every user.
/// Certification evidence is indexed in `cert_evidence` (server schema 4: record id → SHA-256), kept by index() with
/// every record write, so that BlobService can tell who may download a content.
class TrainingRules final
{
public:
    /// A refused mutation: the push answer's reason (validation) and message.
    struct Refusal
    {
        QString reason;
        QString message;
    };

    explicit TrainingRules(ServerDatabase& db);

    /// Whether `entity` is a training entity (rules here).
    static bool handles(const QString& entity);
    /// The field rules of one record (wire JSON); empty when valid.
    static QString validate(const SyncEntity& entity, const QJsonObject& data);

    /// The rules needing the server's view, for a create (`previous` null), an update or a restore (`previous` the
    /// server's row before, tombstoned for a restore). `data` is the row as it would be stored, live.
    std::optional<Refusal> check(const SyncEntity& entity, const QString& id, const QJsonObject& data,
                                 const QJsonObject* previous, bool& storageFailed);

    /// Mirrors one record's evidence into cert_evidence (removed when tombstoned or empty). False on a storage failure.
    bool index(const QString& entity, const QString& id, const QJsonObject& data);
    /// Rebuilds cert_evidence from the record table (schema upgrade).
    static Status rebuildIndex(ServerDatabase& db);

private:
    struct Stored;
    bool load(const QString& id, Stored& row, bool& storageFailed);
    /// The live records of `entity` in scope `scopeId` (id and data).
    QList<QPair<QString, QJsonObject>> liveInScope(const QString& scopeId, const QString& entity, bool& storageFailed);
    bool blobStored(const QString& sha256, bool& storageFailed);
    /// Refusal unless `id` is a live record of `entity` (a shared definition), described as `what`.
    std::optional<Refusal> requireLive(const QString& id, const QString& entity, const QString& what,
                                       bool& storageFailed);
    std::optional<Refusal> requireContact(const QJsonObject& data, bool& storageFailed);

    std::optional<Refusal> checkPrerequisites(const QString& entity, const QString& id, const QJsonObject& data,
                                              const QJsonObject* live, bool& storageFailed);
    std::optional<Refusal> checkLevel(const QString& id, const QJsonObject& data, const QJsonObject* live,
                                      bool& storageFailed);
    std::optional<Refusal> checkCompletion(const QJsonObject& data, const QJsonObject* live, bool& storageFailed);
    std::optional<Refusal> checkCertification(const QString& id, const QJsonObject& data, const QJsonObject* live,
                                              bool& storageFailed);
    std::optional<Refusal> checkMember(const QString& id, const QJsonObject& data, const QJsonObject* live,
                                       bool& storageFailed);
    std::optional<Refusal> checkPoints(const QJsonObject& data, const QJsonObject* live, bool& storageFailed);

    ServerDatabase& m_db;
};

} // namespace ChannelDesk::Server
