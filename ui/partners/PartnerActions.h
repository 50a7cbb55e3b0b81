#pragma once

#include "common/Result.h"
#include "domain/Contact.h"
#include "domain/Partner.h"
#include "partners/ContactRepository.h"
#include "partners/PartnerRepository.h"

#include <QObject>

class QUndoStack;

namespace ChannelDesk {

class Database;

/// Every user change to partners and contacts, as undoable commands on one QUndoStack. Each action validates and
/// writes through the repositories (row + outbox in one transaction) and tells the screens what changed.
class PartnerActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerActions)

public:
    PartnerActions(Database& db, QUndoStack* undoStack, QObject* parent = nullptr);

    PartnerRepository& partners() { return m_partners; }
    ContactRepository& contacts() { return m_contacts; }
    QUndoStack* undoStack() const { return m_undoStack; }

    Result<Partner> createPartner(const Partner& partner);
    /// Saves `edited` over the stored record; false when nothing changed.
    Result<bool> updatePartner(const Partner& edited);
    Status deletePartner(const QByteArray& id);

    Result<Contact> createContact(const Contact& contact);
    Result<bool> updateContact(const Contact& edited);
    Status deleteContact(const QByteArray& id);

Q_SIGNALS:
    /// Partners were created, edited, deleted or restored (by an action, undo or redo).
    void partnersChanged(const QList<QByteArray>& ids);
    /// The contacts of this partner changed.
    void contactsChanged(const QByteArray& partnerId);
    /// An undo or redo could not be applied; the message says why.
    void failed(const QString& message);

private:
    void push(const QString& text, std::function<Status()> redo, std::function<Status()> undo);

    PartnerRepository m_partners;
    ContactRepository m_contacts;
    QUndoStack* m_undoStack;
};

} // namespace ChannelDesk
