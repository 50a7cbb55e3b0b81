#pragma once

#include "common/Result.h"
#include "deals/DealRepository.h"
#include "deals/DealSettings.h"
#include "domain/Deal.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace ChannelDesk {

class Database;

/// Every user change to deals. Edits, creation and deletion are undoable commands on the window's QUndoStack
/// (like PartnerActions); workflow steps are not, because each is a recorded decision that the state table has no
/// way back from (DR-01), so they only tell the screens what changed. All writes go through DealRepository (row,
/// history event and outbox entries in one transaction), acting as DealSettings::me().
class DealActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealActions)

public:
    DealActions(Database& db, QUndoStack& undoStack, QObject* parent = nullptr);

    DealRepository& deals() { return m_deals; }
    DealSettings& settings() { return m_settings; }
    QUndoStack& undoStack() const { return m_undoStack; }
    /// Who the changes are recorded as (DealSettings::me()).
    QString actor() const;

    Result<Deal> createDeal(const Deal& deal);
    /// Saves `edited` over the stored deal; false when nothing changed.
    Result<bool> updateDeal(const Deal& edited);
    /// Deletes a draft registration (tombstone); undo restores it.
    Status deleteDeal(const QByteArray& id);

    /// DR-12: archives any deal with a reason (administrators), or brings an archived one back. Not undo steps: a
    /// decision with a reason, like a workflow step; restoring from the Archived view is the way back.
    Status archiveDeal(const QByteArray& id, const QString& reason);
    Status unarchiveDeal(const QByteArray& id);
    /// DR-02: an approved or rejected registration resubmitted as a new draft; returns the draft.
    Result<Deal> resubmitDeal(const QByteArray& id);

    /// A workflow step (DealWorkflow). `expiresOn` is the approval's expiry (DR-06); invalid = the program default.
    Result<Deal> transition(const QByteArray& id, DealAction action, const QString& reason, const QDate& expiresOn = {});
    /// DR-10: returns the new opportunity.
    Result<Deal> convert(const QByteArray& id, const QString& reason = {});
    /// DR-09.
    Result<Deal> requestExtension(const QByteArray& id, const QDate& newExpiry, const QString& reason);
    Result<Deal> decideExtension(const QByteArray& id, bool grant, const QString& reason);

    /// The fields the detail form edits, copied from `from` onto `to` (undo puts back only what an edit changed, never
    /// a status a workflow step has moved on since).
    static void copyEditableFields(const Deal& from, Deal& to);

Q_SIGNALS:
    /// Deals were created, edited, deleted, restored or moved through the workflow (by an action, undo or redo).
    void dealsChanged(const QList<QByteArray>& ids);
    /// An undo or redo could not be applied; the message says why.
    void failed(const QString& message);

private:
    void push(const QString& text, std::function<Status()> redo, std::function<Status()> undo);
    TransitionInput input(const QString& reason, const QDate& expiresOn = {}) const;
    Status applyFields(const Deal& source);

    DealRepository m_deals;
    DealSettings m_settings;
    QUndoStack& m_undoStack;
};

} // namespace ChannelDesk
