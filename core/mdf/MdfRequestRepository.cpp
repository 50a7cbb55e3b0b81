#include "MdfRequestRepository.h"

#include "MdfBudgetRepository.h"
#include "MdfEventLog.h"
#include "MdfLedger.h"
#include "MdfRecordIo.h"
#include "MdfSettings.h"
#include "MdfValidator.h"
#include "common/Logging.h"
#include "common/TextFold.h"
#include "common/Uuid.h"
#include "deals/DealSettings.h"
#include "reporting/CurrencyConverter.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace ChannelDesk {

namespace {

struct RequestTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::MdfRequestRepository)
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

MdfRequest requestFromQuery(const QSqlQuery& q)
{
    MdfRequest r = fromQuery(q, mdfRequestFields());
    r.claimedMinor = q.value(QStringLiteral("claimed_minor")).toLongLong();
    r.claimsApprovedMinor = q.value(QStringLiteral("claims_approved_minor")).toLongLong();
    r.paidMinor = q.value(QStringLiteral("paid_minor")).toLongLong();
    return r;
}

// Fields only the workflow writes: update() refuses a caller that changed one.
struct Field
{
    const char* column;
    const char* label;
};

const QList<Field>& workflowFields()
{
    static const QList<Field> fields {
        {"number", QT_TRANSLATE_NOOP("ChannelDesk::MdfRequestRepository", "The number")},
        {"status", QT_TRANSLATE_NOOP("ChannelDesk::MdfRequestRepository", "The status")},
        {"approver", QT_TRANSLATE_NOOP("ChannelDesk::MdfRequestRepository", "The approver")},
        {"approved_minor", QT_TRANSLATE_NOOP("ChannelDesk::MdfRequestRepository", "The approved amount")},
        {"submitted_at", QT_TRANSLATE_NOOP("ChannelDesk::MdfRequestRepository", "The submission date")},
        {"decided_at", QT_TRANSLATE_NOOP("ChannelDesk::MdfRequestRepository", "The decision date")},
        {"claim_deadline", QT_TRANSLATE_NOOP("ChannelDesk::MdfRequestRepository", "The claim deadline")},
    };
    return fields;
}

QVariant fieldValue(const MdfRequest& request, const char* column)
{
    for (const MdfFieldDef<MdfRequest>& field : mdfRequestFields()) {
        if (qstrcmp(field.column, column) == 0)
            return field.get(request);
    }
    return {};
}

// Short keys so that a decision names its line; unique within the request.
void fillLineKeys(QList<MdfRequestLine>& lines)
{
    static constexpr char alphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
    QSet<QString> used;
    for (const MdfRequestLine& line : std::as_const(lines)) {
        if (!line.key.isEmpty())
            used.insert(line.key);
    }
    for (MdfRequestLine& line : lines) {
        if (!line.key.isEmpty())
            continue;
        QString key;
        do {
            key.clear();
            quint32 random = QRandomGenerator::global()->generate();
            for (int i = 0; i < 6; ++i, random >>= 5)
                key.append(QLatin1Char(alphabet[random & 31]));
        } while (used.contains(key));
        line.key = key;
        used.insert(key);
    }
}

// Decisions belong to approve(); everything else sees the lines undecided.
void clearDecisions(QList<MdfRequestLine>& lines)
{
    for (MdfRequestLine& line : lines) {
        line.decision = QStringLiteral("pending");
        line.approvedMinor.reset();
        line.note.clear();
    }
}

Status reasonMissing(MdfRequestAction action)
{
    QString message;
    switch (action) {
    case MdfRequestAction::RequestInfo:
        message = RequestTr::tr("Say what information the request needs.");
        break;
    case MdfRequestAction::Reject:
        message = RequestTr::tr("Say why the request is rejected.");
        break;
    case MdfRequestAction::Decline:
        message = RequestTr::tr("Say why the request is declined.");
        break;
    case MdfRequestAction::Cancel:
        message = RequestTr::tr("Say why the request is canceled.");
        break;
    default:
        message = RequestTr::tr("Give a reason for \"%1\".").arg(MdfWorkflow::label(action));
        break;
    }
    return Error::validation(QStringLiteral("reason"), message);
}

qint64 committedOf(const MdfRequest& r)
{
    return mdfCommittedMinor(r.status, r.approvedMinor, r.claimsApprovedMinor);
}

QJsonArray linesDetail(const QList<MdfRequestLine>& lines)
{
    QJsonArray array;
    for (const MdfRequestLine& line : lines) {
        QJsonObject object {{QStringLiteral("key"), line.key}, {QStringLiteral("decision"), line.decision},
            {QStringLiteral("requested"), line.requestedMinor},
            {QStringLiteral("approved"),
                line.approvedMinor ? QJsonValue(*line.approvedMinor) : QJsonValue(QJsonValue::Null)}};
        if (!line.note.isEmpty())
            object.insert(QStringLiteral("note"), line.note);
        array.append(object);
    }
    return array;
}

struct Parents
{
    MdfAllocation allocation;
    MdfBudget budget;
};

Result<Parents> parentsOf(Database& db, const QByteArray& allocationId)
{
    MdfBudgetRepository budgets(db);
    const Result<MdfAllocation> allocation = budgets.allocation(allocationId);
    if (!allocation)
        return Error::validation(QStringLiteral("allocation_id"), RequestTr::tr("The allocation no longer exists."));
    const Result<MdfBudget> budget = budgets.budget(allocation->budgetId);
    if (!budget)
        return Error::validation(QStringLiteral("allocation_id"),
            RequestTr::tr("The budget of this allocation is not available on this computer."));
    return Parents {*allocation, *budget};
}

// A request may draw only on a live, authorised allocation of a live budget (MDF-03).
Status checkDrawable(const Parents& parents)
{
    if (parents.allocation.meta.isDeleted())
        return Error::validation(QStringLiteral("allocation_id"), RequestTr::tr("The allocation was deleted."));
    if (parents.budget.meta.isDeleted())
        return Error::validation(
            QStringLiteral("allocation_id"), RequestTr::tr("The budget %1 was deleted.").arg(parents.budget.name));
    if (!parents.allocation.authorized)
        return Error::validation(QStringLiteral("allocation_id"),
            RequestTr::tr("The allocation for %1 is not authorised yet, so requests cannot draw on "
                          "it (MDF-03).")
                .arg(parents.allocation.period));
    return {};
}

Status writeEvent(Database& db, const MdfRequest& r, const MdfActionInput& input, const QString& action,
    const QString& from, const QString& to, const QJsonObject& detail)
{
    return MdfEventLog(db).record(
        r.partnerId, QStringLiteral("request"), r.id, input.actor, action, from, to, input.reason, detail, input.at);
}

} // namespace

MdfRequestRepository::MdfRequestRepository(Database& db)
    : m_db(db)
{
}

QVariantMap MdfRequestRepository::localColumns(const MdfRequest& request)
{
    const QString searchable = request.number + QLatin1Char(' ') + request.title + QLatin1Char(' ') + request.campaign;
    return { { QStringLiteral("search_own"), TextFold::words(searchable).join(QLatin1Char(' ')) } };
}

Result<MdfRequest> MdfRequestRepository::get(const QByteArray& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM mdf_request WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(RequestTr::tr("The fund request no longer exists."));
    return requestFromQuery(q);
}

Result<MdfRequest> MdfRequestRepository::byNumber(const QString& number) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM mdf_request WHERE number = ?"));
    q.addBindValue(number.trimmed().toUpper());
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(RequestTr::tr("There is no fund request %1.").arg(number.trimmed()));
    return requestFromQuery(q);
}

Result<MdfRequest> MdfRequestRepository::create(MdfRequest request, const MdfActionInput& input)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<Parents> parents = parentsOf(m_db, request.allocationId);
    if (!parents)
        return parents.error();
    if (Status s = checkDrawable(*parents); !s)
        return s.error();

    // A new request starts as a draft; the workflow fields are the repository's to fill.
    request.id = Uuid::createV7();
    request.meta = {};
    request.status = QStringLiteral("draft");
    request.approver.clear();
    request.approvedMinor.reset();
    request.submittedAt = {};
    request.decidedAt = {};
    request.claimDeadline = {};
    request.claimedMinor = request.claimsApprovedMinor = request.paidMinor = 0;
    request.title = request.title.trimmed();
    request.partnerId = parents->allocation.partnerId;
    request.requested.currency = parents->allocation.amount.currency;
    fillLineKeys(request.lines);
    clearDecisions(request.lines);
    request.requested.minor = request.linesRequestedMinor();
    if (request.vendorShareBp == 0)
        request.vendorShareBp = parents->budget.vendorShareBp;
    if (Status s = MdfValidator::validate(request); !s)
        return s.error();

    const QDate day = localDay(input.at);
    quint64 random = randomBitsOf(request.id);
    for (int attempt = 0;; ++attempt) {
        request.number = makeNumber(QStringLiteral("MDF"), day, random);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM mdf_request WHERE number = ?"));
        q.addBindValue(request.number);
        if (Status s = Sql::exec(q); !s)
            return s.error();
        if (!q.next())
            break;
        if (attempt == NumberAttempts)
            return Error::storage(RequestTr::tr("No free request number could be found."), request.number);
        random = QRandomGenerator::system()->generate64();
    }
    RecordWriter writer(m_db);
    if (Status s = writer.insert(RequestEntity, request.id, columns(request, mdfRequestFields()), MdfRequestRepository::localColumns(request)); !s)
        return s.error();
    if (Status s = writeEvent(m_db, request, input, QStringLiteral("create"), QString(), request.status,
            {{QStringLiteral("number"), request.number}, {QStringLiteral("requested"), request.requested.minor},
                {QStringLiteral("currency"), request.requested.currency}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    qCDebug(lcMdf) << "request created" << request.number;
    return get(request.id);
}

Result<bool> MdfRequestRepository::update(const MdfRequest& input, const MdfActionInput& action)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<MdfRequest> stored = get(input.id);
    if (!stored)
        return stored.error();
    if (Status s = MdfWorkflow::checkEditable(*stored); !s)
        return s.error();
    MdfRequest request = input;
    request.meta = stored->meta;
    request.title = request.title.trimmed();
    for (const Field& field : workflowFields()) {
        if (fieldValue(*stored, field.column) != fieldValue(request, field.column))
            return Error::validation(QString::fromLatin1(field.column),
                RequestTr::tr("%1 cannot be edited: it changes only through the request's actions "
                              "(submit, approve…).")
                    .arg(RequestTr::tr(field.label)));
    }
    const Result<Parents> parents = parentsOf(m_db, request.allocationId);
    if (!parents)
        return parents.error();
    if (request.allocationId != stored->allocationId) {
        if (Status s = checkDrawable(*parents); !s)
            return s.error();
    }
    request.partnerId = parents->allocation.partnerId;
    request.requested.currency = parents->allocation.amount.currency;
    fillLineKeys(request.lines);
    clearDecisions(request.lines);
    request.requested.minor = request.linesRequestedMinor();
    if (request.vendorShareBp == 0)
        request.vendorShareBp = parents->budget.vendorShareBp;
    if (Status s = MdfValidator::validate(request); !s)
        return s.error();
    const QStringList changed = changedColumns(*stored, request, mdfRequestFields());
    if (changed.isEmpty())
        return false;
    RecordWriter writer(m_db);
    const Result<bool> saved = writer.update(RequestEntity, request.id, columns(request, mdfRequestFields()), MdfRequestRepository::localColumns(request));
    if (!saved)
        return saved.error();
    QJsonObject detail {{QStringLiteral("fields"), QJsonArray::fromStringList(changed)}};
    if (request.requested.minor != stored->requested.minor) {
        detail.insert(QStringLiteral("requested_from"), stored->requested.minor);
        detail.insert(QStringLiteral("requested_to"), request.requested.minor);
    }
    if (Status s = writeEvent(m_db, request, action, QStringLiteral("edit"), stored->status, request.status, detail);
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return *saved;
}

Status MdfRequestRepository::remove(const QByteArray& id, const MdfActionInput& input)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<MdfRequest> stored = get(id);
    if (!stored)
        return stored.error();
    if (Status s = MdfWorkflow::checkDeletable(*stored); !s)
        return s;
    RecordWriter writer(m_db);
    if (const Result<bool> done = writer.setDeleted(RequestEntity, id, true); !done)
        return done.error();
    if (Status s = writeEvent(m_db, *stored, input, QStringLiteral("delete"), stored->status, stored->status, {}); !s)
        return s;
    return transaction.commit();
}

Status MdfRequestRepository::restore(const QByteArray& id, const MdfActionInput& input)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<MdfRequest> stored = get(id);
    if (!stored)
        return stored.error();
    if (!stored->meta.isDeleted())
        return {};
    // Only drafts are deleted here, but a tombstone pulled from elsewhere may hold money again once restored.
    if (const qint64 holds = committedOf(*stored); holds > 0) {
        if (Status s = MdfLedger(m_db).checkCommitment(stored->allocationId, QByteArray(), holds); !s)
            return s;
    }
    RecordWriter writer(m_db);
    if (const Result<bool> done = writer.setDeleted(RequestEntity, id, false); !done)
        return done.error();
    if (Status s = writeEvent(m_db, *stored, input, QStringLiteral("restore"), stored->status, stored->status, {}); !s)
        return s;
    return transaction.commit();
}

Result<MdfRequest> MdfRequestRepository::transition(
    const QByteArray& id, MdfRequestAction action, const MdfActionInput& input)
{
    if (action == MdfRequestAction::Approve)
        return approve(id, {}, input);
    const QDateTime at = when(input.at);
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<MdfRequest> stored = get(id);
    if (!stored)
        return stored.error();
    if (Status s = MdfWorkflow::check(*stored, action); !s)
        return s.error();
    if (MdfWorkflow::needsReason(action) && input.reason.trimmed().isEmpty())
        return reasonMissing(action).error();

    MdfRequest request = *stored;
    request.status = MdfWorkflow::targetStatus(*stored, action);
    QJsonObject detail;
    switch (action) {
    case MdfRequestAction::Submit: {
        const Result<Parents> parents = parentsOf(m_db, stored->allocationId);
        if (!parents)
            return parents.error();
        if (Status s = checkDrawable(*parents); !s)
            return s.error();
        if (Status s = MdfValidator::validate(*stored); !s)
            return s.error();
        request.submittedAt = at;
        detail.insert(QStringLiteral("requested"), stored->requested.minor);
        break;
    }
    case MdfRequestAction::Reject:
    case MdfRequestAction::Decline:
        request.decidedAt = at;
        break;
    case MdfRequestAction::Close:
        // The unclaimed rest returns to the allocation: committed becomes what its claims were approved for.
        detail.insert(QStringLiteral("released"), committedOf(*stored) - stored->claimsApprovedMinor);
        detail.insert(QStringLiteral("claims_approved"), stored->claimsApprovedMinor);
        break;
    case MdfRequestAction::Cancel: {
        // MDF-08/09: once a claim was submitted or decided the request keeps its history and is closed instead.
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM mdf_claim WHERE request_id = ? AND deleted_at IS NULL "
                                 "AND status NOT IN ('draft', 'canceled')"));
        q.addBindValue(id);
        if (Status s = Sql::exec(q); !s)
            return s.error();
        q.next();
        if (q.value(0).toLongLong() > 0)
            return Error::validation(QStringLiteral("status"),
                RequestTr::tr("Claims were submitted against this request, so it cannot be "
                              "canceled; close it instead."));
        if (committedOf(*stored) > 0)
            detail.insert(QStringLiteral("released"), committedOf(*stored));
        break;
    }
    default:
        break;
    }
    RecordWriter writer(m_db);
    if (const Result<bool> saved = writer.update(RequestEntity, id, columns(request, mdfRequestFields()), MdfRequestRepository::localColumns(request)); !saved)
        return saved.error();
    if (Status s = writeEvent(m_db, request, input, MdfWorkflow::code(action), stored->status, request.status, detail);
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    qCDebug(lcMdf) << request.number << MdfWorkflow::code(action) << stored->status << "->" << request.status;
    return get(id);
}

Result<MdfRequest> MdfRequestRepository::approve(
    const QByteArray& id, const QList<MdfLineDecision>& decisions, const MdfActionInput& input)
{
    const QDateTime at = when(input.at);
    const QDate today = localDay(at);
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<MdfRequest> stored = get(id);
    if (!stored)
        return stored.error();
    if (Status s = MdfWorkflow::check(*stored, MdfRequestAction::Approve); !s)
        return s.error();
    const Result<Parents> parents = parentsOf(m_db, stored->allocationId);
    if (!parents)
        return parents.error();
    const QString decider = stored->approver.isEmpty() ? parents->budget.owner : stored->approver;
    if (!decider.isEmpty() && input.actor != decider)
        return Error::validation(
            QStringLiteral("approver"), RequestTr::tr("This request is waiting for %1's decision.").arg(decider));

    // MDF-06: one decision per line; a line without one is accepted as is.
    MdfRequest request = *stored;
    QHash<QString, MdfLineDecision> byKey;
    for (const MdfLineDecision& decision : decisions) {
        if (byKey.contains(decision.key))
            return Error::validation(
                QStringLiteral("line_items"), RequestTr::tr("Line %1 has two decisions; keep one.").arg(decision.key));
        const bool known = std::any_of(request.lines.cbegin(), request.lines.cend(),
            [&decision](const MdfRequestLine& line) { return line.key == decision.key; });
        if (!known)
            return Error::validation(
                QStringLiteral("line_items"), RequestTr::tr("This request has no line %1.").arg(decision.key));
        byKey.insert(decision.key, decision);
    }
    qint64 approved = 0;
    for (qsizetype i = 0; i < request.lines.size(); ++i) {
        MdfRequestLine& line = request.lines[i];
        const MdfLineDecision decision
            = byKey.value(line.key, MdfLineDecision {line.key, QStringLiteral("accepted"), 0, QString()});
        line.decision = decision.decision;
        line.note = decision.note.trimmed();
        if (decision.decision == QLatin1String("accepted")) {
            line.approvedMinor = line.requestedMinor;
        } else if (decision.decision == QLatin1String("changed")) {
            if (decision.approvedMinor <= 0 || decision.approvedMinor >= line.requestedMinor)
                return Error::validation(QStringLiteral("line_items"),
                    RequestTr::tr("Line %1 (%2): a changed amount must be more than zero and less "
                                  "than the requested %3.")
                        .arg(i + 1)
                        .arg(line.description, money(line.requestedMinor, request.requested.currency)));
            line.approvedMinor = decision.approvedMinor;
        } else if (decision.decision == QLatin1String("denied")) {
            line.approvedMinor = 0;
        } else {
            return Error::validation(QStringLiteral("line_items"),
                RequestTr::tr("Line %1: \"%2\" is not a decision.").arg(i + 1).arg(decision.decision));
        }
        approved += *line.approvedMinor;
    }
    if (approved <= 0)
        return Error::validation(QStringLiteral("line_items"),
            RequestTr::tr("Every line is denied; reject or decline the request instead."));
    request.approvedMinor = approved;
    if (Status s = MdfValidator::validate(request); !s)
        return s.error();
    // MDF-02 (unless the budget allows a negative balance: the ledger knows).
    if (Status s = MdfLedger(m_db).checkCommitment(request.allocationId, request.id, approved); !s)
        return s.error();

    // MDF-05: above the approver's limit (in the base currency) the decision moves up instead.
    MdfSettings settings(m_db);
    const Result<QList<MdfApprovalLimit>> limits = settings.approvalLimits();
    if (!limits)
        return limits.error();
    const auto limit = std::find_if(
        limits->cbegin(), limits->cend(), [&input](const MdfApprovalLimit& l) { return l.approver == input.actor; });
    if (limit != limits->cend()) {
        const Result<MdfProgram> program = settings.program();
        if (!program)
            return program.error();
        DealSettings deals(m_db);
        const Result<DealProgram> dealProgram = deals.program();
        if (!dealProgram)
            return dealProgram.error();
        const Result<QList<CurrencyRate>> rates = deals.rates();
        if (!rates)
            return rates.error();
        // The rates are kept against the deal program's base currency; both sides go there to be compared.
        const CurrencyConverter converter(dealProgram->baseCurrency, *rates);
        const QString& currency = request.requested.currency;
        const std::optional<qint64> amountBase = converter.toBase(approved, currency, today);
        const std::optional<qint64> limitBase = converter.toBase(limit->limitMinor, program->baseCurrency, today);
        if (!amountBase || !limitBase)
            return Error::validation(QStringLiteral("currency"),
                RequestTr::tr("There is no %1 to %2 exchange rate for %3, so the approval limit "
                              "cannot be checked; add the rate first.")
                    .arg(!amountBase ? currency : program->baseCurrency, dealProgram->baseCurrency, formatDate(today)));
        if (*amountBase > *limitBase) {
            const QString amountText = money(approved, currency);
            const QString limitText = money(limit->limitMinor, program->baseCurrency);
            if (limit->escalateTo.isEmpty())
                return Error::validation(QStringLiteral("approved_minor"),
                    RequestTr::tr("The approved amount (%1) is above %2's approval limit of %3, "
                                  "and no one to escalate to is set.")
                        .arg(amountText, input.actor, limitText));
            MdfRequest escalated = *stored;
            escalated.approver = limit->escalateTo;
            RecordWriter writer(m_db);
            if (const Result<bool> saved = writer.update(RequestEntity, id, columns(escalated, mdfRequestFields()), MdfRequestRepository::localColumns(escalated));
                !saved)
                return saved.error();
            const QJsonObject detail {{QStringLiteral("from"), input.actor}, {QStringLiteral("to"), limit->escalateTo},
                {QStringLiteral("approved"), approved}, {QStringLiteral("currency"), currency},
                {QStringLiteral("amount_base"), *amountBase}, {QStringLiteral("limit"), limit->limitMinor},
                {QStringLiteral("limit_currency"), program->baseCurrency},
                {QStringLiteral("lines"), linesDetail(request.lines)}};
            if (Status s = writeEvent(
                    m_db, escalated, input, QStringLiteral("escalate"), stored->status, escalated.status, detail);
                !s)
                return s.error();
            if (Status s = transaction.commit(); !s)
                return s.error();
            qCDebug(lcMdf) << request.number << "escalated to" << limit->escalateTo;
            return get(id);
        }
    }

    request.status = MdfWorkflow::targetStatus(request, MdfRequestAction::Approve);
    request.decidedAt = at;
    request.claimDeadline = request.endDate.addDays(parents->budget.claimDays); // MDF-10, fixed now
    RecordWriter writer(m_db);
    if (const Result<bool> saved = writer.update(RequestEntity, id, columns(request, mdfRequestFields()), MdfRequestRepository::localColumns(request)); !saved)
        return saved.error();
    const QJsonObject detail {{QStringLiteral("requested"), request.requested.minor},
        {QStringLiteral("approved"), approved}, {QStringLiteral("currency"), request.requested.currency},
        {QStringLiteral("claim_deadline"), Timestamp::dateToStorage(request.claimDeadline)},
        {QStringLiteral("lines"), linesDetail(request.lines)}};
    if (Status s = writeEvent(
            m_db, request, input, MdfWorkflow::code(MdfRequestAction::Approve), stored->status, request.status, detail);
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    qCDebug(lcMdf) << request.number << "approved" << money(approved, request.requested.currency);
    return get(id);
}

Result<QList<MdfRequest>> MdfRequestRepository::deadlinesWithin(const QDate& today, int days) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM mdf_request WHERE deleted_at IS NULL "
                             "AND status IN ('approved', 'partially_approved') AND claim_deadline BETWEEN ? AND ? "
                             "ORDER BY claim_deadline, number"));
    q.addBindValue(Timestamp::dateToStorage(today));
    q.addBindValue(Timestamp::dateToStorage(today.addDays(qMax(0, days))));
    if (Status s = Sql::exec(q); !s)
        return s.error();
    QList<MdfRequest> list;
    while (q.next())
        list.append(requestFromQuery(q));
    return list;
}

} // namespace ChannelDesk
