#include "DealActions.h"

#include "common/RecordCommand.h"

#include <QUndoStack>

namespace ChannelDesk {

DealActions::DealActions(Database& db, QUndoStack& undoStack, QObject* parent)
    : QObject(parent)
    , m_deals(db)
    , m_settings(db)
    , m_undoStack(undoStack)
{
}

QString DealActions::actor() const
{
    return m_settings.me();
}

TransitionInput DealActions::input(const QString& reason, const QDate& expiresOn) const
{
    TransitionInput in;
    in.actor = actor();
    in.reason = reason;
    in.expiresOn = expiresOn;
    return in;
}

void DealActions::push(const QString& text, std::function<Status()> redo, std::function<Status()> undo)
{
    m_undoStack.push(new RecordCommand(text, std::move(redo), std::move(undo),
                                       [this](const Error& error) { Q_EMIT failed(error.message); }));
}

void DealActions::copyEditableFields(const Deal& from, Deal& to)
{
    to.partnerId = from.partnerId;
    to.partnerContactId = from.partnerContactId;
    to.cam = from.cam;
    to.customerName = from.customerName;
    to.customerDomain = from.customerDomain;
    to.customerCountry = from.customerCountry;
    to.customerCity = from.customerCity;
    to.customerContactName = from.customerContactName;
    to.customerContactEmail = from.customerContactEmail;
    to.customerContactPhone = from.customerContactPhone;
    to.lineItems = from.lineItems;
    to.amount = from.amount;
    to.expectedClose = from.expectedClose;
    if (to.isRegistration() && to.status == QLatin1String("approved") && from.expiresOn.isValid())
        to.expiresOn = from.expiresOn; // the one workflow date an edit may change (DR-06)
    to.salesStage = from.salesStage;
    to.probability = from.probability;
    to.description = from.description;
    to.competitor = from.competitor;
}

Status DealActions::applyFields(const Deal& source)
{
    const Result<Deal> current = m_deals.get(source.id);
    if (!current)
        return current.error();
    Deal target = current.value();
    copyEditableFields(source, target);
    const Result<bool> saved = m_deals.update(target, actor());
    Q_EMIT dealsChanged({ source.id });
    return saved ? Status() : Status(saved.error());
}

Result<Deal> DealActions::createDeal(const Deal& deal)
{
    const Result<Deal> created = m_deals.create(deal, actor());
    if (!created)
        return created;
    const QByteArray id = created->id;
    //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
    push(tr("create deal %1").arg(created->number),
         [this, id] {
             const Status status = m_deals.restore(id, actor());
             Q_EMIT dealsChanged({ id });
             return status;
         },
         [this, id] {
             const Status status = m_deals.remove(id, actor());
             Q_EMIT dealsChanged({ id });
             return status;
         });
    Q_EMIT dealsChanged({ id });
    return created;
}

Result<bool> DealActions::updateDeal(const Deal& edited)
{
    const Result<Deal> before = m_deals.get(edited.id);
    if (!before)
        return before.error();
    const Result<bool> changed = m_deals.update(edited, actor());
    if (!changed || !*changed)
        return changed;
    const Result<Deal> after = m_deals.get(edited.id);
    if (!after)
        return after.error();
    const Deal old = before.value();
    const Deal now = after.value();
    //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
    push(tr("edit deal %1").arg(now.number), [this, now] { return applyFields(now); },
         [this, old] { return applyFields(old); });
    Q_EMIT dealsChanged({ edited.id });
    return true;
}

Status DealActions::deleteDeal(const QByteArray& id)
{
    const Result<Deal> deal = m_deals.get(id);
    if (!deal)
        return deal.error();
    if (const Status removed = m_deals.remove(id, actor()); !removed)
        return removed;
    //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
    push(tr("delete deal %1").arg(deal->number),
         [this, id] {
             const Status status = m_deals.remove(id, actor());
             Q_EMIT dealsChanged({ id });
             return status;
         },
         [this, id] {
             const Status status = m_deals.restore(id, actor());
             Q_EMIT dealsChanged({ id });
             return status;
         });
    Q_EMIT dealsChanged({ id });
    return {};
}

Status DealActions::archiveDeal(const QByteArray& id, const QString& reason)
{
    const Status status = m_deals.archive(id, input(reason));
    if (status)
        Q_EMIT dealsChanged({ id });
    return status;
}

Status DealActions::unarchiveDeal(const QByteArray& id)
{
    const Status status = m_deals.unarchive(id, input({}));
    if (status)
        Q_EMIT dealsChanged({ id });
    return status;
}

Result<Deal> DealActions::resubmitDeal(const QByteArray& id)
{
    const Result<Deal> created = m_deals.resubmit(id, input({}));
    if (created)
        Q_EMIT dealsChanged({ id, created->id });
    return created;
}

Result<Deal> DealActions::transition(const QByteArray& id, DealAction action, const QString& reason,
                                     const QDate& expiresOn)
{
    const Result<Deal> result = m_deals.transition(id, action, input(reason, expiresOn));
    if (result)
        Q_EMIT dealsChanged({ id });
    return result;
}

Result<Deal> DealActions::convert(const QByteArray& id, const QString& reason)
{
    const Result<Deal> opportunity = m_deals.convert(id, input(reason));
    if (opportunity)
        Q_EMIT dealsChanged({ id, opportunity->id });
    return opportunity;
}

Result<Deal> DealActions::requestExtension(const QByteArray& id, const QDate& newExpiry, const QString& reason)
{
    const Result<Deal> result = m_deals.requestExtension(id, newExpiry, input(reason));
    if (result)
        Q_EMIT dealsChanged({ id });
    return result;
}

Result<Deal> DealActions::decideExtension(const QByteArray& id, bool grant, const QString& reason)
{
    const Result<Deal> result = m_deals.decideExtension(id, grant, input(reason));
    if (result)
        Q_EMIT dealsChanged({ id });
    return result;
}

} // namespace ChannelDesk
