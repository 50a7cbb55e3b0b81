#include "MdfActions.h"

#include "common/RecordCommand.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSqlQuery>
#include <QUndoStack>

namespace ChannelDesk {

namespace {

// The fields the forms edit. Undo and redo of an edit put back only these, never a status, an approval or a
// trigger-kept total that has moved on since the edit.
void copyEditable(const MdfBudget& from, MdfBudget& to)
{
    to.name = from.name;
    to.program = from.program;
    to.periodStart = from.periodStart;
    to.periodEnd = from.periodEnd;
    to.amount = from.amount;
    to.owner = from.owner;
    to.allowNegative = from.allowNegative;
    to.vendorShareBp = from.vendorShareBp;
    to.claimDays = from.claimDays;
    to.notes = from.notes;
}

void copyEditable(const MdfAllocation& from, MdfAllocation& to)
{
    to.period = from.period;
    to.amount = from.amount;
    to.authorized = from.authorized;
    to.notes = from.notes;
}

void copyEditable(const MdfRequest& from, MdfRequest& to)
{
    to.allocationId = from.allocationId;
    to.partnerId = from.partnerId;
    to.title = from.title;
    to.activityType = from.activityType;
    to.campaign = from.campaign;
    to.description = from.description;
    to.startDate = from.startDate;
    to.endDate = from.endDate;
    to.expectedOutcome = from.expectedOutcome;
    to.lines = from.lines;
    to.requested = from.requested;
    to.vendorShareBp = from.vendorShareBp;
    to.linkedDealIds = from.linkedDealIds;
}

void copyEditable(const MdfClaim& from, MdfClaim& to)
{
    to.title = from.title;
    to.lines = from.lines;
    to.amount = from.amount;
}

} // namespace

MdfActions::MdfActions(Database& db, QUndoStack& undoStack, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_undoStack(undoStack)
    , m_budgets(db)
    , m_requests(db)
    , m_claims(db)
    , m_settings(db)
{
}

QString MdfActions::actor() const
{
    return m_settings.me();
}

MdfActionInput MdfActions::input(const QString& reason) const
{
    MdfActionInput in;
    in.actor = actor();
    in.reason = reason;
    return in;
}

void MdfActions::push(const QString& text, std::function<Status()> redo, std::function<Status()> undo)
{
    m_undoStack.push(new RecordCommand(text, std::move(redo), std::move(undo),
                                       [this](const Error& error) { Q_EMIT failed(error.message); }));
}

// ---- budgets --------------------------------------------------------------------------------------------------

Result<MdfBudget> MdfActions::createBudget(const MdfBudget& budget)
{
    const Result<MdfBudget> created = m_budgets.createBudget(budget, input());
    if (!created)
        return created;
    const QByteArray id = created->id;
    //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
    push(tr("create budget %1").arg(created->name),
         [this, id] {
             const Status status = m_budgets.restoreBudget(id, input());
             Q_EMIT mdfChanged(QStringLiteral("budget"), { id });
             return status;
         },
         [this, id] {
             const Status status = m_budgets.removeBudget(id, input());
             Q_EMIT mdfChanged(QStringLiteral("budget"), { id });
             return status;
         });
    Q_EMIT mdfChanged(QStringLiteral("budget"), { id });
    return created;
}

Result<bool> MdfActions::updateBudget(const MdfBudget& edited)
{
    const Result<MdfBudget> before = m_budgets.budget(edited.id);
    if (!before)
        return before.error();
    const Result<bool> changed = m_budgets.updateBudget(edited, input());
    if (!changed || !*changed)
        return changed;
    const Result<MdfBudget> after = m_budgets.budget(edited.id);
    if (!after)
        return after.error();
    auto apply = [this](const MdfBudget& source) -> Status {
        const Result<MdfBudget> current = m_budgets.budget(source.id);
        if (!current)
            return current.error();
        MdfBudget target = current.value();
        copyEditable(source, target);
        const Result<bool> saved = m_budgets.updateBudget(target, input());
        Q_EMIT mdfChanged(QStringLiteral("budget"), { source.id });
        return saved ? Status() : Status(saved.error());
    };
    const MdfBudget old = before.value();
    const MdfBudget now = after.value();
    //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
    push(tr("edit budget %1").arg(now.name), [apply, now] { return apply(now); }, [apply, old] { return apply(old); });
    Q_EMIT mdfChanged(QStringLiteral("budget"), { edited.id });
    return true;
}

Status MdfActions::deleteBudget(const QByteArray& id)
{
    const Result<MdfBudget> budget = m_budgets.budget(id);
    if (!budget)
        return budget.error();
    if (const Status removed = m_budgets.removeBudget(id, input()); !removed)
        return removed;
    //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
    push(tr("delete budget %1").arg(budget->name),
         [this, id] {
             const Status status = m_budgets.removeBudget(id, input());
             Q_EMIT mdfChanged(QStringLiteral("budget"), { id });
             return status;
         },
         [this, id] {
             const Status status = m_budgets.restoreBudget(id, input());
             Q_EMIT mdfChanged(QStringLiteral("budget"), { id });
             return status;
         });
    Q_EMIT mdfChanged(QStringLiteral("budget"), { id });
    return {};
}

// ---- allocations ----------------------------------------------------------------------------------------------

Result<MdfAllocation> MdfActions::createAllocation(const MdfAllocation& allocation)
{
    const Result<MdfAllocation> created = m_budgets.createAllocation(allocation, input());
    if (!created)
        return created;
    const QByteArray id = created->id;
    //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
    push(tr("create allocation %1").arg(created->period),
         [this, id] {
             const Status status = m_budgets.restoreAllocation(id, input());
             Q_EMIT mdfChanged(QStringLiteral("allocation"), { id });
             return status;
         },
         [this, id] {
             const Status status = m_budgets.removeAllocation(id, input());
             Q_EMIT mdfChanged(QStringLiteral("allocation"), { id });
             return status;
         });
    Q_EMIT mdfChanged(QStringLiteral("allocation"), { id });
    return created;
}

Result<bool> MdfActions::updateAllocation(const MdfAllocation& edited)
{
    const Result<MdfAllocation> before = m_budgets.allocation(edited.id);
    if (!before)
        return before.error();
    const Result<bool> changed = m_budgets.updateAllocation(edited, input());
    if (!changed || !*changed)
        return changed;
    const Result<MdfAllocation> after = m_budgets.allocation(edited.id);
    if (!after)
        return after.error();
    auto apply = [this](const MdfAllocation& source) -> Status {
        const Result<MdfAllocation> current = m_budgets.allocation(source.id);
        if (!current)
            return current.error();
        MdfAllocation target = current.value();
        copyEditable(source, target);
        const Result<bool> saved = m_budgets.updateAllocation(target, input());
        Q_EMIT mdfChanged(QStringLiteral("allocation"), { source.id });
        return saved ? Status() : Status(saved.error());
    };
    const MdfAllocation old = before.value();
    const MdfAllocation now = after.value();
    //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
    push(tr("edit allocation %1").arg(now.period), [apply, now] { return apply(now); },
         [apply, old] { return apply(old); });
    Q_EMIT mdfChanged(QStringLiteral("allocation"), { edited.id });
    return true;
}

Status MdfActions::deleteAllocation(const QByteArray& id)
{
    const Result<MdfAllocation> allocation = m_budgets.allocation(id);
    if (!allocation)
        return allocation.error();
    if (const Status removed = m_budgets.removeAllocation(id, input()); !removed)
        return removed;
    //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
    push(tr("delete allocation %1").arg(allocation->period),
         [this, id] {
             const Status status = m_budgets.removeAllocation(id, input());
             Q_EMIT mdfChanged(QStringLiteral("allocation"), { id });
             return status;
         },
         [this, id] {
             const Status status = m_budgets.restoreAllocation(id, input());
             Q_EMIT mdfChanged(QStringLiteral("allocation"), { id });
             return status;
         });
    Q_EMIT mdfChanged(QStringLiteral("allocation"), { id });
    return {};
}

// ---- requests -------------------------------------------------------------------------------------------------

Result<MdfRequest> MdfActions::createRequest(const MdfRequest& request)
{
    const Result<MdfRequest> created = m_requests.create(request, input());
    if (!created)
        return created;
    const QByteArray id = created->id;
    //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
    push(tr("create fund request %1").arg(created->number),
         [this, id] {
             const Status status = m_requests.restore(id, input());
             Q_EMIT mdfChanged(QStringLiteral("request"), { id });
             return status;
         },
         [this, id] {
             const Status status = m_requests.remove(id, input());
             Q_EMIT mdfChanged(QStringLiteral("request"), { id });
             return status;
         });
    Q_EMIT mdfChanged(QStringLiteral("request"), { id });
    return created;
}

Result<bool> MdfActions::updateRequest(const MdfRequest& edited)
{
    const Result<MdfRequest> before = m_requests.get(edited.id);
    if (!before)
        return before.error();
    const Result<bool> changed = m_requests.update(edited, input());
    if (!changed || !*changed)
        return changed;
    const Result<MdfRequest> after = m_requests.get(edited.id);
    if (!after)
        return after.error();
    auto apply = [this](const MdfRequest& source) -> Status {
        const Result<MdfRequest> current = m_requests.get(source.id);
        if (!current)
            return current.error();
        MdfRequest target = current.value();
        copyEditable(source, target);
        const Result<bool> saved = m_requests.update(target, input()); // refused once no longer editable (MDF-05)
        Q_EMIT mdfChanged(QStringLiteral("request"), { source.id });
        return saved ? Status() : Status(saved.error());
    };
    const MdfRequest old = before.value();
    const MdfRequest now = after.value();
    //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
    push(tr("edit fund request %1").arg(now.number), [apply, now] { return apply(now); },
         [apply, old] { return apply(old); });
    Q_EMIT mdfChanged(QStringLiteral("request"), { edited.id });
    return true;
}

Status MdfActions::deleteRequest(const QByteArray& id)
{
    const Result<MdfRequest> request = m_requests.get(id);
    if (!request)
        return request.error();
    if (const Status removed = m_requests.remove(id, input()); !removed)
        return removed;
    //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
    push(tr("delete fund request %1").arg(request->number),
         [this, id] {
             const Status status = m_requests.remove(id, input());
             Q_EMIT mdfChanged(QStringLiteral("request"), { id });
             return status;
         },
         [this, id] {
             const Status status = m_requests.restore(id, input());
             Q_EMIT mdfChanged(QStringLiteral("request"), { id });
             return status;
         });
    Q_EMIT mdfChanged(QStringLiteral("request"), { id });
    return {};
}

Result<MdfRequest> MdfActions::transition(const QByteArray& requestId, MdfRequestAction action, const QString& reason)
{
    const Result<MdfRequest> result = m_requests.transition(requestId, action, input(reason));
    if (result)
        Q_EMIT mdfChanged(QStringLiteral("request"), { requestId });
    return result;
}

Result<MdfRequest> MdfActions::approve(const QByteArray& requestId, const QList<MdfLineDecision>& decisions,
                                       const QString& reason)
{
    const Result<MdfRequest> result = m_requests.approve(requestId, decisions, input(reason));
    if (result)
        Q_EMIT mdfChanged(QStringLiteral("request"), { requestId });
    return result;
}

// ---- claims ---------------------------------------------------------------------------------------------------

Result<MdfClaim> MdfActions::createClaim(const MdfClaim& claim)
{
    const Result<MdfClaim> created = m_claims.create(claim, input());
    if (!created)
        return created;
    const QByteArray id = created->id;
    //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
    push(tr("create claim %1").arg(created->number),
         [this, id] {
             const Status status = m_claims.restore(id, input());
             Q_EMIT mdfChanged(QStringLiteral("claim"), { id });
             return status;
         },
         [this, id] {
             const Status status = m_claims.remove(id, input());
             Q_EMIT mdfChanged(QStringLiteral("claim"), { id });
             return status;
         });
    Q_EMIT mdfChanged(QStringLiteral("claim"), { id });
    return created;
}

Result<bool> MdfActions::updateClaim(const MdfClaim& edited)
{
    const Result<MdfClaim> before = m_claims.get(edited.id);
    if (!before)
        return before.error();
    const Result<bool> changed = m_claims.update(edited, input());
    if (!changed || !*changed)
        return changed;
    const Result<MdfClaim> after = m_claims.get(edited.id);
    if (!after)
        return after.error();
    auto apply = [this](const MdfClaim& source) -> Status {
        const Result<MdfClaim> current = m_claims.get(source.id);
        if (!current)
            return current.error();
        MdfClaim target = current.value();
        copyEditable(source, target);
        const Result<bool> saved = m_claims.update(target, input());
        Q_EMIT mdfChanged(QStringLiteral("claim"), { source.id });
        return saved ? Status() : Status(saved.error());
    };
    const MdfClaim old = before.value();
    const MdfClaim now = after.value();
    //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
    push(tr("edit claim %1").arg(now.number), [apply, now] { return apply(now); }, [apply, old] { return apply(old); });
    Q_EMIT mdfChanged(QStringLiteral("claim"), { edited.id });
    return true;
}

Status MdfActions::deleteClaim(const QByteArray& id)
{
    const Result<MdfClaim> claim = m_claims.get(id);
    if (!claim)
        return claim.error();
    if (const Status removed = m_claims.remove(id, input()); !removed)
        return removed;
    //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
    push(tr("delete claim %1").arg(claim->number),
         [this, id] {
             const Status status = m_claims.remove(id, input());
             Q_EMIT mdfChanged(QStringLiteral("claim"), { id });
             return status;
         },
         [this, id] {
             const Status status = m_claims.restore(id, input());
             Q_EMIT mdfChanged(QStringLiteral("claim"), { id });
             return status;
         });
    Q_EMIT mdfChanged(QStringLiteral("claim"), { id });
    return {};
}

Result<MdfClaim> MdfActions::transition(const QByteArray& claimId, MdfClaimAction action, const QString& reason)
{
    const Result<MdfClaim> result = m_claims.transition(claimId, action, input(reason));
    if (result)
        Q_EMIT mdfChanged(QStringLiteral("claim"), { claimId });
    return result;
}

Result<MdfClaim> MdfActions::approveClaim(const QByteArray& claimId, qint64 approvedMinor, const QString& reason)
{
    const Result<MdfClaim> result = m_claims.approve(claimId, approvedMinor, input(reason));
    if (result)
        Q_EMIT mdfChanged(QStringLiteral("claim"), { claimId });
    return result;
}

Result<MdfPayment> MdfActions::recordPayment(const MdfPayment& payment)
{
    const Result<MdfPayment> recorded = m_claims.recordPayment(payment, input());
    if (recorded) {
        Q_EMIT mdfChanged(QStringLiteral("payment"), { recorded->id });
        Q_EMIT mdfChanged(QStringLiteral("claim"), { recorded->claimId }); // its status and paid total moved
    }
    return recorded;
}

Status MdfActions::voidPayment(const QByteArray& paymentId, const QString& reason)
{
    // The claim's status follows the void: tell the screens which claim (one indexed read, no repository call for it).
    QByteArray claimId;
    {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("SELECT claim_id FROM mdf_payment WHERE id = ?"));
        query.addBindValue(paymentId);
        if (query.exec() && query.next())
            claimId = query.value(0).toByteArray();
    }
    const Status voided = m_claims.voidPayment(paymentId, input(reason));
    if (!voided)
        return voided;
    Q_EMIT mdfChanged(QStringLiteral("payment"), { paymentId });
    if (!claimId.isEmpty())
        Q_EMIT mdfChanged(QStringLiteral("claim"), { claimId });
    return {};
}

// ---- attachments ----------------------------------------------------------------------------------------------

Result<MdfAttachment> MdfActions::addAttachment(const QByteArray& claimId, const QString& filePath, const QString& kind)
{
    QFile file(filePath);
    const QString fileName = QFileInfo(filePath).fileName();
    if (file.size() > MdfClaimRepository::MaxAttachmentBytes) {
        Error error = Error::validation(QStringLiteral("size_bytes"),
                                        tr("“%1” is larger than %2 MiB and cannot be attached.")
                                            .arg(fileName)
                                            .arg(MdfClaimRepository::MaxAttachmentBytes / (1024 * 1024)));
        return error;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        Error error;
        error.code = Error::Code::Io;
        error.message = tr("“%1” could not be read: %2").arg(fileName, file.errorString());
        error.detail = filePath;
        return error;
    }
    const QByteArray content = file.readAll();
    const QString mimeType = QMimeDatabase().mimeTypeForFileNameAndData(fileName, content).name();
    const Result<MdfAttachment> added = m_claims.addAttachment(claimId, fileName, mimeType, content, kind, input());
    if (!added)
        return added;
    const QByteArray id = added->id;
    //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
    push(tr("attach %1").arg(fileName),
         [this, id] {
             const Status status = m_claims.restoreAttachment(id, input());
             Q_EMIT mdfChanged(QStringLiteral("attachment"), { id });
             return status;
         },
         [this, id] {
             const Status status = m_claims.removeAttachment(id, input());
             Q_EMIT mdfChanged(QStringLiteral("attachment"), { id });
             return status;
         });
    Q_EMIT mdfChanged(QStringLiteral("attachment"), { id });
    return added;
}

Status MdfActions::removeAttachment(const QByteArray& attachmentId)
{
    if (const Status removed = m_claims.removeAttachment(attachmentId, input()); !removed)
        return removed;
    //: Undo step; shown after "Undo"/"Redo" in the Edit menu, so it starts in lower case.
    push(tr("remove attachment"),
         [this, attachmentId] {
             const Status status = m_claims.removeAttachment(attachmentId, input());
             Q_EMIT mdfChanged(QStringLiteral("attachment"), { attachmentId });
             return status;
         },
         [this, attachmentId] {
             const Status status = m_claims.restoreAttachment(attachmentId, input());
             Q_EMIT mdfChanged(QStringLiteral("attachment"), { attachmentId });
             return status;
         });
    Q_EMIT mdfChanged(QStringLiteral("attachment"), { attachmentId });
    return {};
}

} // namespace ChannelDesk
