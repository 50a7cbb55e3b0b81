#include "MdfClaimRepository.h"

#include "MdfBudgetRepository.h"
#include "MdfEventLog.h"
#include "MdfLedger.h"
#include "MdfRecordIo.h"
#include "MdfRequestRepository.h"
#include "MdfValidator.h"
#include "common/Logging.h"
#include "common/TextFold.h"
#include "common/Uuid.h"
#include "storage/BlobStore.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace ChannelDesk {

namespace {

struct ClaimTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::MdfClaimRepository)
};

using namespace MdfRecordIo;

constexpr int NumberAttempts = 32;

QString money(qint64 minor, const QString& currency)
{
    return Money {minor, currency}.format(QLocale());
}

QString formatDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

MdfClaim claimFromQuery(const QSqlQuery& q)
{
    MdfClaim c = fromQuery(q, mdfClaimFields());
    c.paidMinor = q.value(QStringLiteral("paid_minor")).toLongLong();
    return c;
}

struct Field
{
    const char* column;
    const char* label;
};

// Fields only the workflow writes: update() refuses a caller that changed one.
const QList<Field>& workflowFields()
{
    static const QList<Field> fields {
        {"number", QT_TRANSLATE_NOOP("ChannelDesk::MdfClaimRepository", "The number")},
        {"request_id", QT_TRANSLATE_NOOP("ChannelDesk::MdfClaimRepository", "The fund request")},
        {"status", QT_TRANSLATE_NOOP("ChannelDesk::MdfClaimRepository", "The status")},
        {"approver", QT_TRANSLATE_NOOP("ChannelDesk::MdfClaimRepository", "The approver")},
        {"approved_minor", QT_TRANSLATE_NOOP("ChannelDesk::MdfClaimRepository", "The approved amount")},
        {"submitted_at", QT_TRANSLATE_NOOP("ChannelDesk::MdfClaimRepository", "The submission date")},
        {"decided_at", QT_TRANSLATE_NOOP("ChannelDesk::MdfClaimRepository", "The decision date")},
    };
    return fields;
}

QVariant fieldValue(const MdfClaim& claim, const char* column)
{
    for (const MdfFieldDef<MdfClaim>& field : mdfClaimFields()) {
        if (qstrcmp(field.column, column) == 0)
            return field.get(claim);
    }
    return {};
}

Status reasonMissing(MdfClaimAction action)
{
    QString message;
    switch (action) {
    case MdfClaimAction::Reject:
        message = ClaimTr::tr("Say why the claim is rejected.");
        break;
    case MdfClaimAction::Return:
        message = ClaimTr::tr("Say what the partner must correct.");
        break;
    case MdfClaimAction::Cancel:
        message = ClaimTr::tr("Say why the claim is canceled.");
        break;
    default:
        message = ClaimTr::tr("Give a reason for \"%1\".").arg(MdfWorkflow::label(action));
        break;
    }
    return Error::validation(QStringLiteral("reason"), message);
}

// MDF-08: a claim needs an approved (or partially approved) request.
Status checkAcceptsClaims(const MdfRequest& request)
{
    if (request.meta.isDeleted())
        return Error::validation(QStringLiteral("request_id"), ClaimTr::tr("The fund request was deleted."));
    if (!MdfWorkflow::acceptsClaims(request))
        return Error::validation(QStringLiteral("request_id"),
            ClaimTr::tr("Claims can be made only against an approved request; %1 is %2 (MDF-08).")
                .arg(request.number, mdfRequestStatusLabel(request.status)));
    return {};
}

// MDF-10: claims are submitted no later than the deadline day, in the user's calendar.
Status checkDeadline(const MdfRequest& request, const QDateTime& at)
{
    const QDate today = localDay(at);
    if (request.claimDeadline.isValid() && today > request.claimDeadline)
        return Error::validation(QStringLiteral("claim_deadline"),
            ClaimTr::tr("The claim deadline of %1 was %2; claims are no longer accepted (MDF-10).")
                .arg(request.number, formatDate(request.claimDeadline)));
    return {};
}

} // namespace

MdfClaimRepository::MdfClaimRepository(Database& db)
    : m_db(db)
{
}

QVariantMap MdfClaimRepository::localColumns(const MdfClaim& claim)
{
    const QString searchable = claim.number + QLatin1Char(' ') + claim.title;
    return { { QStringLiteral("search_own"), TextFold::words(searchable).join(QLatin1Char(' ')) } };
}

Result<MdfClaim> MdfClaimRepository::get(const QByteArray& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM mdf_claim WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(ClaimTr::tr("The claim no longer exists."));
    return claimFromQuery(q);
}

Result<QList<MdfClaim>> MdfClaimRepository::claimsOf(const QByteArray& requestId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM mdf_claim WHERE request_id = ? AND deleted_at IS NULL ORDER BY local_id"));
    q.addBindValue(requestId);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    QList<MdfClaim> list;
    while (q.next())
        list.append(claimFromQuery(q));
    return list;
}

namespace {

// MDF-09 (Impartner): a claim's title is unique among live claims (case does not make a new title).
Status checkTitle(Database& db, const MdfClaim& claim)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT number FROM mdf_claim WHERE deleted_at IS NULL AND title = ? COLLATE NOCASE "
                             "AND id IS NOT ? LIMIT 1"));
    q.addBindValue(claim.title);
    q.addBindValue(claim.id.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(claim.id));
    if (Status s = Sql::exec(q); !s)
        return s;
    if (q.next())
        return Error::validation(QStringLiteral("title"),
            ClaimTr::tr("Claim %1 already has the title \"%2\"; claim titles are unique (MDF-09).")
                .arg(q.value(0).toString(), claim.title));
    return {};
}

Status writeEvent(Database& db, const MdfClaim& claim, const MdfActionInput& input, const QString& action,
    const QString& from, const QString& to, const QJsonObject& detail)
{
    return MdfEventLog(db).record(claim.partnerId, QStringLiteral("claim"), claim.id, input.actor, action, from, to,
        input.reason, detail, input.at);
}

// Who decides a claim: its approver, else the owner of the budget it draws on.
Result<QString> deciderOf(Database& db, const MdfClaim& claim, const MdfRequest& request)
{
    if (!claim.approver.isEmpty())
        return claim.approver;
    MdfBudgetRepository budgets(db);
    const Result<MdfAllocation> allocation = budgets.allocation(request.allocationId);
    if (!allocation)
        return allocation.error();
    const Result<MdfBudget> budget = budgets.budget(allocation->budgetId);
    if (!budget)
        return QString(); // a budget of another scope: the server decides who may
    return budget->owner;
}

} // namespace

Result<MdfClaim> MdfClaimRepository::create(MdfClaim claim, const MdfActionInput& input)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<MdfRequest> request = MdfRequestRepository(m_db).get(claim.requestId);
    if (!request)
        return Error::validation(QStringLiteral("request_id"), request.error().message);
    if (Status s = checkAcceptsClaims(*request); !s)
        return s.error();
    if (Status s = checkDeadline(*request, input.at); !s)
        return s.error();

    claim.id = Uuid::createV7();
    claim.meta = {};
    claim.status = QStringLiteral("draft");
    claim.approver.clear();
    claim.approvedMinor.reset();
    claim.submittedAt = {};
    claim.decidedAt = {};
    claim.paidMinor = 0;
    claim.title = claim.title.trimmed();
    claim.partnerId = request->partnerId;
    claim.amount.currency = request->requested.currency;
    claim.amount.minor = claim.linesTotalMinor();
    if (Status s = MdfValidator::validate(claim); !s)
        return s.error();
    if (Status s = checkTitle(m_db, claim); !s)
        return s.error();
    // MDF-09: a draft holds nothing yet, but one that could never be submitted is refused now.
    if (Status s = MdfLedger(m_db).checkClaim(claim.requestId, QByteArray(), claim.amount.minor); !s)
        return s.error();

    const QDate day = localDay(input.at);
    quint64 random = randomBitsOf(claim.id);
    for (int attempt = 0;; ++attempt) {
        claim.number = makeNumber(QStringLiteral("CLM"), day, random);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM mdf_claim WHERE number = ?"));
        q.addBindValue(claim.number);
        if (Status s = Sql::exec(q); !s)
            return s.error();
        if (!q.next())
            break;
        if (attempt == NumberAttempts)
            return Error::storage(ClaimTr::tr("No free claim number could be found."), claim.number);
        random = QRandomGenerator::system()->generate64();
    }
    RecordWriter writer(m_db);
    if (Status s = writer.insert(ClaimEntity, claim.id, columns(claim, mdfClaimFields()), MdfClaimRepository::localColumns(claim)); !s)
        return s.error();
    if (Status s = writeEvent(m_db, claim, input, QStringLiteral("create"), QString(), claim.status,
            {{QStringLiteral("number"), claim.number}, {QStringLiteral("request"), request->number},
                {QStringLiteral("amount"), claim.amount.minor}, {QStringLiteral("currency"), claim.amount.currency}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    qCDebug(lcMdf) << "claim created" << claim.number;
    return get(claim.id);
}

Result<bool> MdfClaimRepository::update(const MdfClaim& input, const MdfActionInput& action)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<MdfClaim> stored = get(input.id);
    if (!stored)
        return stored.error();
    if (Status s = MdfWorkflow::checkEditable(*stored); !s)
        return s.error();
    MdfClaim claim = input;
    claim.meta = stored->meta;
    claim.title = claim.title.trimmed();
    claim.partnerId = stored->partnerId;
    claim.amount.currency = stored->amount.currency;
    claim.amount.minor = claim.linesTotalMinor();
    for (const Field& field : workflowFields()) {
        if (fieldValue(*stored, field.column) != fieldValue(claim, field.column))
            return Error::validation(QString::fromLatin1(field.column),
                ClaimTr::tr("%1 cannot be edited: it changes only through the claim's actions "
                            "(submit, approve…).")
                    .arg(ClaimTr::tr(field.label)));
    }
    if (Status s = MdfValidator::validate(claim); !s)
        return s.error();
    if (claim.title.compare(stored->title, Qt::CaseInsensitive) != 0) {
        if (Status s = checkTitle(m_db, claim); !s)
            return s.error();
    }
    if (claim.amount.minor != stored->amount.minor) {
        // A returned claim still counts against its request (MDF-09); a draft is checked so it can be submitted.
        if (Status s = MdfLedger(m_db).checkClaim(claim.requestId, claim.id, claim.amount.minor); !s)
            return s.error();
    }
    const QStringList changed = changedColumns(*stored, claim, mdfClaimFields());
    if (changed.isEmpty())
        return false;
    RecordWriter writer(m_db);
    const Result<bool> saved = writer.update(ClaimEntity, claim.id, columns(claim, mdfClaimFields()), MdfClaimRepository::localColumns(claim));
    if (!saved)
        return saved.error();
    QJsonObject detail {{QStringLiteral("fields"), QJsonArray::fromStringList(changed)}};
    if (claim.amount.minor != stored->amount.minor) {
        detail.insert(QStringLiteral("amount_from"), stored->amount.minor);
        detail.insert(QStringLiteral("amount_to"), claim.amount.minor);
    }
    if (Status s = writeEvent(m_db, claim, action, QStringLiteral("edit"), stored->status, claim.status, detail); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return *saved;
}

Status MdfClaimRepository::remove(const QByteArray& id, const MdfActionInput& input)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<MdfClaim> stored = get(id);
    if (!stored)
        return stored.error();
    if (Status s = MdfWorkflow::checkDeletable(*stored); !s)
        return s;
    RecordWriter writer(m_db);
    if (const Result<bool> done = writer.setDeleted(ClaimEntity, id, true); !done)
        return done.error();
    if (Status s = writeEvent(m_db, *stored, input, QStringLiteral("delete"), stored->status, stored->status, {}); !s)
        return s;
    return transaction.commit();
}

Status MdfClaimRepository::restore(const QByteArray& id, const MdfActionInput& input)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<MdfClaim> stored = get(id);
    if (!stored)
        return stored.error();
    if (!stored->meta.isDeleted())
        return {};
    // Another live claim may have taken the title meanwhile (MDF-09), or the request's room.
    if (Status s = checkTitle(m_db, *stored); !s)
        return s;
    const qint64 exposure = mdfClaimExposureMinor(stored->status, stored->amount.minor, stored->approvedMinor);
    if (exposure > 0) {
        if (Status s = MdfLedger(m_db).checkClaim(stored->requestId, QByteArray(), exposure); !s)
            return s;
    }
    RecordWriter writer(m_db);
    if (const Result<bool> done = writer.setDeleted(ClaimEntity, id, false); !done)
        return done.error();
    if (Status s = writeEvent(m_db, *stored, input, QStringLiteral("restore"), stored->status, stored->status, {}); !s)
        return s;
    return transaction.commit();
}

Result<MdfClaim> MdfClaimRepository::transition(
    const QByteArray& id, MdfClaimAction action, const MdfActionInput& input)
{
    if (action == MdfClaimAction::Approve) {
        const Result<MdfClaim> stored = get(id);
        if (!stored)
            return stored.error();
        return approve(id, stored->amount.minor, input);
    }
    const QDateTime at = when(input.at);
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<MdfClaim> stored = get(id);
    if (!stored)
        return stored.error();
    if (Status s = MdfWorkflow::check(*stored, action); !s)
        return s.error();
    if (MdfWorkflow::needsReason(action) && input.reason.trimmed().isEmpty())
        return reasonMissing(action).error();
    MdfClaim claim = *stored;
    claim.status = MdfWorkflow::targetStatus(*stored, action);
    QJsonObject detail;
    switch (action) {
    case MdfClaimAction::Submit: {
        const Result<MdfRequest> request = MdfRequestRepository(m_db).get(stored->requestId);
        if (!request)
            return request.error();
        if (Status s = checkAcceptsClaims(*request); !s)
            return s.error();
        if (Status s = checkDeadline(*request, at); !s)
            return s.error();
        if (Status s = MdfValidator::validate(*stored); !s)
            return s.error();
        if (Status s = MdfLedger(m_db).checkClaim(stored->requestId, stored->id, stored->amount.minor); !s)
            return s.error();
        claim.submittedAt = at;
        detail.insert(QStringLiteral("amount"), stored->amount.minor);
        break;
    }
    case MdfClaimAction::Reject:
        claim.decidedAt = at;
        break;
    default:
        break;
    }
    RecordWriter writer(m_db);
    if (const Result<bool> saved = writer.update(ClaimEntity, id, columns(claim, mdfClaimFields()), MdfClaimRepository::localColumns(claim)); !saved)
        return saved.error();
    if (Status s = writeEvent(m_db, claim, input, MdfWorkflow::code(action), stored->status, claim.status, detail); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    qCDebug(lcMdf) << claim.number << MdfWorkflow::code(action) << stored->status << "->" << claim.status;
    return get(id);
}

Result<MdfClaim> MdfClaimRepository::approve(const QByteArray& id, qint64 approvedMinor, const MdfActionInput& input)
{
    const QDateTime at = when(input.at);
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<MdfClaim> stored = get(id);
    if (!stored)
        return stored.error();
    if (Status s = MdfWorkflow::check(*stored, MdfClaimAction::Approve); !s)
        return s.error();
    const Result<MdfRequest> request = MdfRequestRepository(m_db).get(stored->requestId);
    if (!request)
        return request.error();
    if (Status s = checkAcceptsClaims(*request); !s)
        return s.error();
    const Result<QString> decider = deciderOf(m_db, *stored, *request);
    if (!decider)
        return decider.error();
    if (!decider->isEmpty() && input.actor != *decider)
        return Error::validation(
            QStringLiteral("approver"), ClaimTr::tr("This claim is waiting for %1's decision.").arg(*decider));
    const QString& currency = stored->amount.currency;
    if (approvedMinor <= 0)
        return Error::validation(QStringLiteral("approved_minor"),
            ClaimTr::tr("The approved amount must be more than zero; reject the claim instead."));
    if (approvedMinor > stored->amount.minor)
        return Error::validation(QStringLiteral("approved_minor"),
            ClaimTr::tr("The approved amount (%1) cannot be more than the claimed amount (%2).")
                .arg(money(approvedMinor, currency), money(stored->amount.minor, currency)));
    if (Status s = MdfLedger(m_db).checkClaim(stored->requestId, stored->id, approvedMinor); !s)
        return s.error();
    MdfClaim claim = *stored;
    claim.status = MdfWorkflow::targetStatus(*stored, MdfClaimAction::Approve);
    claim.approvedMinor = approvedMinor;
    claim.decidedAt = at;
    RecordWriter writer(m_db);
    if (const Result<bool> saved = writer.update(ClaimEntity, id, columns(claim, mdfClaimFields()), MdfClaimRepository::localColumns(claim)); !saved)
        return saved.error();
    if (Status s
        = writeEvent(m_db, claim, input, MdfWorkflow::code(MdfClaimAction::Approve), stored->status, claim.status,
            {{QStringLiteral("amount"), stored->amount.minor}, {QStringLiteral("approved"), approvedMinor},
                {QStringLiteral("currency"), currency}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    qCDebug(lcMdf) << claim.number << "approved" << money(approvedMinor, currency);
    return get(id);
}

Result<QList<MdfPayment>> MdfClaimRepository::payments(const QByteArray& claimId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM mdf_payment WHERE claim_id = ? AND deleted_at IS NULL "
                             "ORDER BY paid_on, local_id"));
    q.addBindValue(claimId);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    QList<MdfPayment> list;
    while (q.next())
        list.append(fromQuery(q, mdfPaymentFields()));
    return list;
}

namespace {

Result<MdfPayment> paymentById(Database& db, const QByteArray& id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT * FROM mdf_payment WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(ClaimTr::tr("The payment no longer exists."));
    return fromQuery(q, mdfPaymentFields());
}

// MDF-11: after a payment changed, the claim's status follows what is paid (the trigger has re-summed paid_minor),
// in the same transaction, with a history row on the claim.
Status followPayments(
    Database& db, const QByteArray& claimId, const MdfActionInput& input, const QString& action, QJsonObject detail)
{
    MdfClaimRepository claims(db);
    const Result<MdfClaim> current = claims.get(claimId);
    if (!current)
        return current.error();
    MdfClaim claim = *current;
    claim.status = MdfWorkflow::statusForPaid(current->approvedMinor.value_or(0), current->paidMinor);
    if (claim.status != current->status) {
        RecordWriter writer(db);
        if (const Result<bool> saved = writer.update(ClaimEntity, claimId, columns(claim, mdfClaimFields()), MdfClaimRepository::localColumns(claim)); !saved)
            return saved.error();
    }
    detail.insert(QStringLiteral("paid"), current->paidMinor);
    detail.insert(QStringLiteral("approved"), current->approvedMinor.value_or(0));
    detail.insert(QStringLiteral("currency"), current->amount.currency);
    return writeEvent(db, claim, input, action, current->status, claim.status, detail);
}

} // namespace

Result<MdfPayment> MdfClaimRepository::recordPayment(MdfPayment payment, const MdfActionInput& input)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<MdfClaim> claim = get(payment.claimId);
    if (!claim)
        return Error::validation(QStringLiteral("claim_id"), claim.error().message);
    if (claim->meta.isDeleted())
        return Error::validation(QStringLiteral("claim_id"), ClaimTr::tr("The claim was deleted."));
    if (claim->status != QLatin1String("approved") && claim->status != QLatin1String("partially_paid"))
        return Error::validation(QStringLiteral("claim_id"),
            claim->status == QLatin1String("paid")
                ? ClaimTr::tr("Claim %1 is already paid in full (MDF-11).").arg(claim->number)
                : ClaimTr::tr("Only an approved claim can be paid; %1 is %2 (MDF-11).")
                      .arg(claim->number, mdfClaimStatusLabel(claim->status)));
    if (!payment.amount.currency.isEmpty() && payment.amount.currency != claim->amount.currency)
        return Error::validation(QStringLiteral("currency"),
            ClaimTr::tr("A payment is in its claim's currency (%1).").arg(claim->amount.currency));
    payment.id = Uuid::createV7();
    payment.meta = {};
    payment.partnerId = claim->partnerId;
    payment.amount.currency = claim->amount.currency;
    payment.reference = payment.reference.trimmed();
    if (Status s = MdfValidator::validate(payment); !s)
        return s.error();
    if (Status s = MdfLedger(m_db).checkPayment(claim->id, payment.amount.minor); !s)
        return s.error();
    RecordWriter writer(m_db);
    if (Status s = writer.insert(PaymentEntity, payment.id, columns(payment, mdfPaymentFields())); !s)
        return s.error();
    const QJsonObject detail {{QStringLiteral("amount"), payment.amount.minor},
        {QStringLiteral("currency"), payment.amount.currency},
        {QStringLiteral("paid_on"), Timestamp::dateToStorage(payment.paidOn)},
        {QStringLiteral("method"), payment.method}, {QStringLiteral("claim_id"), Uuid::toString(claim->id)}};
    if (Status s = MdfEventLog(m_db).record(payment.partnerId, QStringLiteral("payment"), payment.id, input.actor,
            QStringLiteral("create"), QString(), QString(), input.reason, detail, input.at);
        !s)
        return s.error();
    if (Status s = followPayments(m_db, claim->id, input, QStringLiteral("pay"),
            {{QStringLiteral("payment_id"), Uuid::toString(payment.id)},
                {QStringLiteral("amount"), payment.amount.minor}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    qCDebug(lcMdf) << claim->number << "paid" << money(payment.amount.minor, payment.amount.currency);
    return paymentById(m_db, payment.id);
}

Status MdfClaimRepository::voidPayment(const QByteArray& paymentId, const MdfActionInput& input)
{
    if (input.reason.trimmed().isEmpty())
        return Error::validation(QStringLiteral("reason"), ClaimTr::tr("Say why the payment is voided."));
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<MdfPayment> payment = paymentById(m_db, paymentId);
    if (!payment)
        return payment.error();
    if (payment->meta.isDeleted())
        return {};
    RecordWriter writer(m_db);
    if (const Result<bool> done = writer.setDeleted(PaymentEntity, paymentId, true); !done)
        return done.error();
    if (Status s = MdfEventLog(m_db).record(payment->partnerId, QStringLiteral("payment"), paymentId, input.actor,
            QStringLiteral("void"), QString(), QString(), input.reason,
            {{QStringLiteral("amount"), payment->amount.minor}}, input.at);
        !s)
        return s;
    if (Status s = followPayments(m_db, payment->claimId, input, QStringLiteral("void_payment"),
            {{QStringLiteral("payment_id"), Uuid::toString(paymentId)},
                {QStringLiteral("amount"), payment->amount.minor}});
        !s)
        return s;
    return transaction.commit();
}

Status MdfClaimRepository::restorePayment(const QByteArray& paymentId, const MdfActionInput& input)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<MdfPayment> payment = paymentById(m_db, paymentId);
    if (!payment)
        return payment.error();
    if (!payment->meta.isDeleted())
        return {};
    const Result<MdfClaim> claim = get(payment->claimId);
    if (!claim)
        return claim.error();
    if (claim->meta.isDeleted() || !mdfClaimIsDecided(claim->status))
        return Error::validation(QStringLiteral("claim_id"),
            ClaimTr::tr("Only an approved claim can be paid; %1 is %2 (MDF-11).")
                .arg(claim->number, mdfClaimStatusLabel(claim->status)));
    if (Status s = MdfLedger(m_db).checkPayment(claim->id, payment->amount.minor); !s)
        return s;
    RecordWriter writer(m_db);
    if (const Result<bool> done = writer.setDeleted(PaymentEntity, paymentId, false); !done)
        return done.error();
    if (Status s = MdfEventLog(m_db).record(payment->partnerId, QStringLiteral("payment"), paymentId, input.actor,
            QStringLiteral("restore"), QString(), QString(), input.reason,
            {{QStringLiteral("amount"), payment->amount.minor}}, input.at);
        !s)
        return s;
    if (Status s = followPayments(m_db, claim->id, input, QStringLiteral("restore_payment"),
            {{QStringLiteral("payment_id"), Uuid::toString(paymentId)},
                {QStringLiteral("amount"), payment->amount.minor}});
        !s)
        return s;
    return transaction.commit();
}

Result<QList<MdfAttachment>> MdfClaimRepository::attachments(const QByteArray& claimId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT * FROM mdf_attachment WHERE claim_id = ? AND deleted_at IS NULL ORDER BY local_id"));
    q.addBindValue(claimId);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    QList<MdfAttachment> list;
    while (q.next())
        list.append(fromQuery(q, mdfAttachmentFields()));
    return list;
}

namespace {

Result<MdfAttachment> attachmentById(Database& db, const QByteArray& id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT * FROM mdf_attachment WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(ClaimTr::tr("The attachment no longer exists."));
    return fromQuery(q, mdfAttachmentFields());
}

} // namespace

Result<MdfAttachment> MdfClaimRepository::addAttachment(const QByteArray& claimId, const QString& fileName,
    const QString& mimeType, const QByteArray& content, const QString& kind, const MdfActionInput& input)
{
    if (content.isEmpty())
        return Error::validation(QStringLiteral("size_bytes"), ClaimTr::tr("%1 is empty.").arg(fileName));
    if (content.size() > MaxAttachmentBytes)
        return Error::validation(QStringLiteral("size_bytes"),
            ClaimTr::tr("%1 is larger than %2 MiB; attach a smaller file.")
                .arg(fileName)
                .arg(MaxAttachmentBytes / (1024 * 1024)));
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<MdfClaim> claim = get(claimId);
    if (!claim)
        return Error::validation(QStringLiteral("claim_id"), claim.error().message);
    if (Status s = MdfWorkflow::checkEditable(*claim); !s)
        return s.error();
    MdfAttachment attachment;
    attachment.id = Uuid::createV7();
    attachment.claimId = claimId;
    attachment.partnerId = claim->partnerId;
    attachment.fileName = fileName.trimmed();
    attachment.mimeType = mimeType.trimmed();
    attachment.sizeBytes = content.size();
    attachment.sha256 = BlobStore::sha256Hex(content);
    attachment.kind = kind.isEmpty() ? QStringLiteral("receipt") : kind;
    if (Status s = MdfValidator::validate(attachment); !s)
        return s.error();
    if (Status s = BlobStore::store(m_db, attachment.sha256, content); !s)
        return s.error();
    RecordWriter writer(m_db);
    if (Status s = writer.insert(AttachmentEntity, attachment.id, columns(attachment, mdfAttachmentFields())); !s)
        return s.error();
    if (Status s = MdfEventLog(m_db).record(attachment.partnerId, QStringLiteral("attachment"), attachment.id,
            input.actor, QStringLiteral("create"), QString(), QString(), input.reason,
            {{QStringLiteral("file_name"), attachment.fileName}, {QStringLiteral("sha256"), attachment.sha256},
                {QStringLiteral("size"), attachment.sizeBytes}, {QStringLiteral("claim_id"), Uuid::toString(claimId)}},
            input.at);
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return attachmentById(m_db, attachment.id);
}

Status MdfClaimRepository::removeAttachment(const QByteArray& attachmentId, const MdfActionInput& input)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<MdfAttachment> attachment = attachmentById(m_db, attachmentId);
    if (!attachment)
        return attachment.error();
    if (attachment->meta.isDeleted())
        return {};
    const Result<MdfClaim> claim = get(attachment->claimId);
    if (!claim)
        return claim.error();
    if (Status s = MdfWorkflow::checkEditable(*claim); !s)
        return s;
    RecordWriter writer(m_db);
    if (const Result<bool> done = writer.setDeleted(AttachmentEntity, attachmentId, true); !done)
        return done.error();
    // The blob stays: another attachment may share it, and restoring this one needs it.
    if (Status s = MdfEventLog(m_db).record(attachment->partnerId, QStringLiteral("attachment"), attachmentId,
            input.actor, QStringLiteral("delete"), QString(), QString(), input.reason,
            {{QStringLiteral("file_name"), attachment->fileName}}, input.at);
        !s)
        return s;
    return transaction.commit();
}

Status MdfClaimRepository::restoreAttachment(const QByteArray& attachmentId, const MdfActionInput& input)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<MdfAttachment> attachment = attachmentById(m_db, attachmentId);
    if (!attachment)
        return attachment.error();
    if (!attachment->meta.isDeleted())
        return {};
    const Result<MdfClaim> claim = get(attachment->claimId);
    if (!claim)
        return claim.error();
    if (Status s = MdfWorkflow::checkEditable(*claim); !s)
        return s;
    RecordWriter writer(m_db);
    if (const Result<bool> done = writer.setDeleted(AttachmentEntity, attachmentId, false); !done)
        return done.error();
    if (Status s = MdfEventLog(m_db).record(attachment->partnerId, QStringLiteral("attachment"), attachmentId,
            input.actor, QStringLiteral("restore"), QString(), QString(), input.reason,
            {{QStringLiteral("file_name"), attachment->fileName}}, input.at);
        !s)
        return s;
    return transaction.commit();
}

Result<QByteArray> MdfClaimRepository::attachmentContent(const QByteArray& attachmentId) const
{
    const Result<MdfAttachment> attachment = attachmentById(m_db, attachmentId);
    if (!attachment)
        return attachment.error();
    const Result<BlobStore::Blob> blob = BlobStore::read(m_db, attachment->sha256, attachment->sizeBytes);
    if (!blob)
        return blob.error();
    if (blob->state == BlobStore::State::Missing) {
        Error error = Error::notFound(
            ClaimTr::tr("The content of %1 has not been downloaded to this computer yet.").arg(attachment->fileName));
        error.field = QStringLiteral("sha256");
        return error;
    }
    if (blob->state == BlobStore::State::Damaged) {
        Error error;
        error.code = Error::Code::Io;
        error.field = QStringLiteral("sha256");
        error.message
            = ClaimTr::tr("%1 is damaged: its content does not match its checksum.").arg(attachment->fileName);
        error.detail = QStringLiteral("sha256 %1, %2 bytes stored").arg(attachment->sha256).arg(blob->data.size());
        return error;
    }
    return blob->data;
}

} // namespace ChannelDesk
