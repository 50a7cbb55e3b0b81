#include "PartnerActions.h"

#include "common/RecordCommand.h"

#include <QUndoStack>

namespace ChannelDesk {

namespace {
Status toStatus(const Result<bool>& result)
{
    return result ? Status() : Status(result.error());
}
} // namespace

PartnerActions::PartnerActions(Database& db, QUndoStack* undoStack, QObject* parent)
    : QObject(parent)
    , m_partners(db)
    , m_contacts(db)
    , m_undoStack(undoStack)
{
}

void PartnerActions::push(const QString& text, std::function<Status()> redo, std::function<Status()> undo)
{
    m_undoStack->push(new RecordCommand(text, std::move(redo), std::move(undo),
                                        [this](const Error& error) { Q_EMIT failed(error.message); }));
}

Result<Partner> PartnerActions::createPartner(const Partner& partner)
{
    const Result<Partner> created = m_partners.create(partner);
    if (!created)
        return created;
    const QByteArray id = created->id;
    //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
    push(tr("create partner “%1”").arg(created->name),
         [this, id] {
             const Status status = m_partners.restore(id, {});
             Q_EMIT partnersChanged({ id });
             return status;
         },
         [this, id] {
             const auto removed = m_partners.remove(id);
             Q_EMIT partnersChanged({ id });
             return removed ? Status() : Status(removed.error());
         });
    Q_EMIT partnersChanged({ id });
    return created;
}

Result<bool> PartnerActions::updatePartner(const Partner& edited)
{
    const Result<Partner> before = m_partners.get(edited.id);
    if (!before)
        return before.error();
    const Result<bool> changed = m_partners.update(edited);
    if (!changed || !*changed)
        return changed;
    const Result<Partner> after = m_partners.get(edited.id);
    if (!after)
        return after.error();
    const Partner old = before.value();
    const Partner now = after.value();
    // Undo puts back the exact earlier state, even a stage the forward-only rule would not allow as an edit.
    //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
    push(tr("edit partner “%1”").arg(now.name),
         [this, now] {
             const Status status = toStatus(m_partners.update(now, false));
             Q_EMIT partnersChanged({ now.id });
             return status;
         },
         [this, old] {
             const Status status = toStatus(m_partners.update(old, false));
             Q_EMIT partnersChanged({ old.id });
             return status;
         });
    Q_EMIT partnersChanged({ edited.id });
    return true;
}

Status PartnerActions::deletePartner(const QByteArray& id)
{
    const Result<Partner> partner = m_partners.get(id);
    if (!partner)
        return partner.error();
    const auto removed = m_partners.remove(id);
    if (!removed)
        return removed.error();
    const QList<QByteArray> contactIds = removed.value();
    //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
    push(tr("delete partner “%1”").arg(partner->name),
         [this, id] {
             const auto again = m_partners.remove(id);
             Q_EMIT partnersChanged({ id });
             return again ? Status() : Status(again.error());
         },
         [this, id, contactIds] {
             const Status status = m_partners.restore(id, contactIds);
             Q_EMIT partnersChanged({ id });
             Q_EMIT contactsChanged(id);
             return status;
         });
    Q_EMIT partnersChanged({ id });
    Q_EMIT contactsChanged(id);
    return {};
}

Result<Contact> PartnerActions::createContact(const Contact& contact)
{
    const Result<Contact> created = m_contacts.create(contact);
    if (!created)
        return created;
    const QByteArray id = created->id;
    const QByteArray partnerId = created->partnerId;
    //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
    push(tr("add contact “%1”").arg(created->displayName()),
         [this, id, partnerId] {
             const Status status = toStatus(m_contacts.restore(id));
             Q_EMIT contactsChanged(partnerId);
             return status;
         },
         [this, id, partnerId] {
             const Status status = toStatus(m_contacts.remove(id));
             Q_EMIT contactsChanged(partnerId);
             return status;
         });
    Q_EMIT contactsChanged(partnerId);
    return created;
}

Result<bool> PartnerActions::updateContact(const Contact& edited)
{
    const Result<Contact> before = m_contacts.get(edited.id);
    if (!before)
        return before.error();
    const Result<bool> changed = m_contacts.update(edited);
    if (!changed || !*changed)
        return changed;
    const Contact old = before.value();
    const Contact now = m_contacts.get(edited.id).value();
    //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
    push(tr("edit contact “%1”").arg(now.displayName()),
         [this, now] {
             const Status status = toStatus(m_contacts.update(now));
             Q_EMIT contactsChanged(now.partnerId);
             return status;
         },
         [this, old] {
             const Status status = toStatus(m_contacts.update(old));
             Q_EMIT contactsChanged(old.partnerId);
             return status;
         });
    Q_EMIT contactsChanged(edited.partnerId);
    return true;
}

Status PartnerActions::deleteContact(const QByteArray& id)
{
    const Result<Contact> contact = m_contacts.get(id);
    if (!contact)
        return contact.error();
    if (const Status status = toStatus(m_contacts.remove(id)); !status)
        return status;
    const QByteArray partnerId = contact->partnerId;
    //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
    push(tr("delete contact “%1”").arg(contact->displayName()),
         [this, id, partnerId] {
             const Status status = toStatus(m_contacts.remove(id));
             Q_EMIT contactsChanged(partnerId);
             return status;
         },
         [this, id, partnerId] {
             const Status status = toStatus(m_contacts.restore(id));
             Q_EMIT contactsChanged(partnerId);
             return status;
         });
    Q_EMIT contactsChanged(partnerId);
    return {};
}

} // namespace ChannelDesk
