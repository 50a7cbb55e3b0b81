#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ChannelDesk {
struct SyncEntity;
}

namespace ChannelDesk::Server {

class ServerDatabase;
struct User;

/// The MDF rules the server re-checks on push (issue 5, docs/sync-protocol.md "MDF"): field rules (MdfValidator),
/// workflow steps from the server's status (MdfWorkflow), references inside one partner's scope, who may touch a
/// budget's money, and the money invariants across everything the server holds: MDF-01 (Σ allocations ≤ budget),
/// MDF-02 (Σ committed ≤ allocation unless the budget allows a negative balance), MDF-03 (one allocation per
/// budget, partner and period), MDF-09 (Σ claim exposure ≤ approved × vendor share; unique claim titles) and MDF-11
/// (Σ payments ≤ approved claim), all in the budget's currency.
///
/// The sums are index lookups in `mdf_index` (server schema 3): one row per live MDF record with its parent, partner,
/// status, amounts, currency and a label (allocation period, claim title, attachment SHA-256), kept by index() with
/// every record write. "Committed" and "exposure" are defined as in the client's triggers (core/storage/Migrations.cpp).
class MdfRules final
{
public:
    /// A refused mutation: the push answer's reason (validation, permission, missing_parent) and message.
    struct Refusal
    {
        QString reason;
        QString message;
    };

    explicit MdfRules(ServerDatabase& db);

    /// Whether `entity` has rules here (every MDF entity but mdf_event, which is history).
    static bool handles(const QString& entity);
    /// MdfValidator's field rules for one record (wire JSON); empty when valid.
    static QString validate(const SyncEntity& entity, const QJsonObject& data);

    /// The rules needing the server's view, for a create (`previous` null), an update or a restore (`previous` the
    /// server's row before, tombstoned for a restore). `data` is the row as it would be stored.
    std::optional<Refusal> check(const User& user, const SyncEntity& entity, const QString& id, const QJsonObject& data,
                                 const QJsonObject* previous, bool& storageFailed);
    /// A tombstone of the live row `current`: budgets and allocations with live children, and requests or claims
    /// past draft, are refused.
    std::optional<Refusal> checkDelete(const User& user, const SyncEntity& entity, const QString& id,
                                       const QJsonObject& current, bool& storageFailed);

    /// Mirrors one record into mdf_index (removed when tombstoned). False on a storage failure.
    bool index(const QString& entity, const QString& id, const QJsonObject& data);
    /// Rebuilds mdf_index from the record table (schema upgrade).
    static Status rebuildIndex(ServerDatabase& db);

    /// Whether the attachment blob `sha256` is stored, and its size (-1 when missing).
    qint64 blobSize(const QString& sha256, bool& storageFailed);

private:
    struct Indexed;
    bool lookup(const QString& id, Indexed& row, bool& storageFailed);
    qint64 sum(const QString& sql, const QString& parentId, const QString& excludeId, bool& storageFailed);
    qint64 allocationsOf(const QString& budgetId, const QString& excludeId, bool& storageFailed);
    qint64 committedOf(const QString& allocationId, const QString& excludeRequestId, bool& storageFailed);
    qint64 claimsApprovedOf(const QString& requestId, const QString& excludeClaimId, bool& storageFailed);
    qint64 exposureOf(const QString& requestId, const QString& excludeClaimId, bool& storageFailed);
    qint64 paymentsOf(const QString& claimId, const QString& excludeId, bool& storageFailed);
    qint64 countChildren(const QString& parentId, const QString& entity, bool& storageFailed);
    /// The owner and data of a budget record (live or not); false when there is none.
    bool loadBudget(const QString& id, QString& owner, QJsonObject& data, bool& storageFailed);

    std::optional<Refusal> checkBudget(const User& user, const QString& id, const QJsonObject& data,
                                       const QJsonObject* live, bool& storageFailed);
    std::optional<Refusal> checkAllocation(const User& user, const QString& id, const QJsonObject& data,
                                           const QJsonObject* live, bool& storageFailed);
    std::optional<Refusal> checkRequest(const QString& id, const QJsonObject& data, const QJsonObject* live,
                                        const QJsonObject* previous, bool& storageFailed);
    std::optional<Refusal> checkClaim(const QString& id, const QJsonObject& data, const QJsonObject* live,
                                      const QJsonObject* previous, bool& storageFailed);
    std::optional<Refusal> checkPayment(const QString& id, const QJsonObject& data, const QJsonObject* live,
                                        bool& storageFailed);
    std::optional<Refusal> checkAttachment(const QString& id, const QJsonObject& data, const QJsonObject* live,
                                           bool& storageFailed);

    ServerDatabase& m_db;
};

} // namespace ChannelDesk::Server
