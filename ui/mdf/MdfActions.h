#pragma once

#include "domain/Mdf.h"
#include "mdf/MdfBudgetRepository.h"
#include "mdf/MdfClaimRepository.h"
#include "mdf/MdfRequestRepository.h"
#include "mdf/MdfSettings.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace ChannelDesk {

class Database;

/// Every MDF change the screens make, acting as MdfSettings::me(). Creates, edits, deletes and restores are undoable
/// commands on the window's undo stack (undo and redo are again single transactions with outbox entries, like
/// DealActions); workflow steps, decisions and payments are recorded decisions, not undoable (a payment is voided
/// instead). Emits mdfChanged() after every change so the screens and the balance tree refresh.
class MdfActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MdfActions)

public:
    MdfActions(Database& db, QUndoStack& undoStack, QObject* parent = nullptr);

    MdfBudgetRepository& budgets() { return m_budgets; }
    MdfRequestRepository& requests() { return m_requests; }
    MdfClaimRepository& claims() { return m_claims; }
    MdfSettings& settings() { return m_settings; }
    QUndoStack& undoStack() const { return m_undoStack; }
    /// The editor connection, for the forms' quick single-record reads (pickers, history).
    Database& database() const { return m_db; }
    QString actor() const;

    Result<MdfBudget> createBudget(const MdfBudget& budget);
    Result<bool> updateBudget(const MdfBudget& edited);
    Status deleteBudget(const QByteArray& id);
    Result<MdfAllocation> createAllocation(const MdfAllocation& allocation);
    Result<bool> updateAllocation(const MdfAllocation& edited);
    Status deleteAllocation(const QByteArray& id);

    Result<MdfRequest> createRequest(const MdfRequest& request);
    Result<bool> updateRequest(const MdfRequest& edited);
    Status deleteRequest(const QByteArray& id);
    Result<MdfRequest> transition(const QByteArray& requestId, MdfRequestAction action, const QString& reason);
    Result<MdfRequest> approve(const QByteArray& requestId, const QList<MdfLineDecision>& decisions,
                               const QString& reason);

    Result<MdfClaim> createClaim(const MdfClaim& claim);
    Result<bool> updateClaim(const MdfClaim& edited);
    Status deleteClaim(const QByteArray& id);
    Result<MdfClaim> transition(const QByteArray& claimId, MdfClaimAction action, const QString& reason);
    Result<MdfClaim> approveClaim(const QByteArray& claimId, qint64 approvedMinor, const QString& reason);
    Result<MdfPayment> recordPayment(const MdfPayment& payment);
    Status voidPayment(const QByteArray& paymentId, const QString& reason);
    Result<MdfAttachment> addAttachment(const QByteArray& claimId, const QString& filePath, const QString& kind);
    Status removeAttachment(const QByteArray& attachmentId); ///< undoable

Q_SIGNALS:
    /// MDF records changed (`entity` = budget | allocation | request | claim | payment | attachment), by an action,
    /// undo or redo.
    void mdfChanged(const QString& entity, const QList<QByteArray>& ids);
    void failed(const QString& message);

private:
    void push(const QString& text, std::function<Status()> redo, std::function<Status()> undo);
    MdfActionInput input(const QString& reason = {}) const;

    Database& m_db;
    QUndoStack& m_undoStack;
    MdfBudgetRepository m_budgets;
    MdfRequestRepository m_requests;
    MdfClaimRepository m_claims;
    MdfSettings m_settings;
};

} // namespace ChannelDesk
