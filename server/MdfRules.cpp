#include "MdfRules.h"

#include "ServerDatabase.h"
#include "ServerLogging.h"
#include "UserStore.h"
#include "common/Money.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "domain/Mdf.h"
#include "mdf/MdfValidator.h"
#include "mdf/MdfWorkflow.h"
#include "storage/Sql.h"
#include "sync/SyncSchema.h"

#include <QJsonDocument>
#include <QLocale>
#include <QScopeGuard>
#include <QSqlQuery>

namespace ChannelDesk::Server {

namespace {

const QString Budget = QStringLiteral("mdf_budget");
const QString Allocation = QStringLiteral("mdf_allocation");
const QString Request = QStringLiteral("mdf_request");
const QString Claim = QStringLiteral("mdf_claim");
const QString Payment = QStringLiteral("mdf_payment");
const QString Attachment = QStringLiteral("mdf_attachment");

// Canonical lower-case UUID text of a reference (what record ids are), or empty.
QString canon(const QJsonValue& value)
{
    const QByteArray raw = Uuid::fromString(value.toString());
    return raw.size() == 16 ? Uuid::toString(raw) : QString();
}

QString text(const QJsonObject& data, const char* name)
{
    return data.value(QLatin1String(name)).toString();
}

qint64 integer(const QJsonObject& data, const char* name, qint64 fallback = 0)
{
    const QJsonValue value = data.value(QLatin1String(name));
    return value.isDouble() ? value.toInteger() : fallback;
}

std::optional<qint64> optionalInteger(const QJsonObject& data, const char* name)
{
    const QJsonValue value = data.value(QLatin1String(name));
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

bool changed(const QJsonObject& after, const QJsonObject* before, const char* name)
{
    const QJsonValue a = after.value(QLatin1String(name));
    const QJsonValue b = before ? before->value(QLatin1String(name)) : QJsonValue();
    if (a.isNull() || a.isUndefined())
        return !(b.isNull() || b.isUndefined());
    return a != b;
}

QString money(qint64 minor, const QString& currency)
{
    return Money { minor, currency }.format(QLocale());
}

QString percent(int basisPoints)
{
    return QStringLiteral("%1 %").arg(QLocale().toString(basisPoints / 100.0, 'f', basisPoints % 100 ? 2 : 0));
}

// Sums that cannot overflow into a wrong "fits": a saturated total is still above any limit.
qint64 plus(qint64 a, qint64 b)
{
    qint64 out = 0;
    return __builtin_add_overflow(a, b, &out) ? std::numeric_limits<qint64>::max() : out;
}

// MDF-09 compares claim titles as the client does (SQLite NOCASE: ASCII letters only fold).
QString titleKey(QString title)
{
    for (QChar& c : title) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + 32);
    }
    return title;
}

MdfRules::Refusal refuse(const QString& message)
{
    return { QStringLiteral("validation"), message };
}

// The balance definitions are core's (domain/Mdf.h: mdfCommittedMinor, mdfClaimExposureMinor), as the client's
// triggers apply them.
qint64 claimApprovedPart(const QString& status, std::optional<qint64> approved)
{
    return mdfClaimIsDecided(status) ? approved.value_or(0) : 0;
}

template <class T>
T build(const QString& entityName, const QList<MdfFieldDef<T>>& defs, const QJsonObject& json)
{
    const SyncEntity* entity = SyncSchema::find(entityName);
    T record;
    for (const MdfFieldDef<T>& def : defs) {
        const SyncField* field = entity->field(QString::fromLatin1(def.column));
        def.set(record, SyncSchema::fromJson(*field, json.value(field->name)));
    }
    return record;
}

} // namespace

/// One row of mdf_index: a live MDF record as the sums need it.
struct MdfRules::Indexed
{
    QString id;
    QString entity;
    QString parentId;  ///< allocation: budget; request: allocation; claim: request; payment, attachment: claim
    QString partnerId; ///< empty for a budget
    QString status;    ///< requests and claims
    qint64 amount = 0; ///< budget, allocation, claim, payment: amount; request: requested; attachment: size
    std::optional<qint64> approved; ///< requests and claims
    int shareBp = 0;   ///< budgets and requests: vendor share
    QString currency;
    bool flag = false; ///< budget: allow_negative; allocation: authorized
    QString label;     ///< allocation: period; claim: title; attachment: sha256

    static Indexed from(const QString& entity, const QString& id, const QJsonObject& data)
    {
        Indexed row;
        row.id = id;
        row.entity = entity;
        row.currency = text(data, "currency");
        if (entity == Budget) {
            row.amount = integer(data, "amount_minor");
            row.shareBp = int(integer(data, "vendor_share_bp"));
            row.flag = integer(data, "allow_negative") != 0;
            return row;
        }
        row.partnerId = canon(data.value(QStringLiteral("partner_id")));
        if (entity == Allocation) {
            row.parentId = canon(data.value(QStringLiteral("budget_id")));
            row.amount = integer(data, "amount_minor");
            row.flag = integer(data, "authorized", 1) != 0; // null = authorised, as the client reads it
            row.label = text(data, "period");
        } else if (entity == Request) {
            row.parentId = canon(data.value(QStringLiteral("allocation_id")));
            row.status = text(data, "status");
            row.amount = integer(data, "requested_minor");
            row.approved = optionalInteger(data, "approved_minor");
            row.shareBp = int(integer(data, "vendor_share_bp"));
        } else if (entity == Claim) {
            row.parentId = canon(data.value(QStringLiteral("request_id")));
            row.status = text(data, "status");
            row.amount = integer(data, "amount_minor");
            row.approved = optionalInteger(data, "approved_minor");
            row.label = titleKey(text(data, "title"));
        } else if (entity == Payment) {
            row.parentId = canon(data.value(QStringLiteral("claim_id")));
            row.amount = integer(data, "amount_minor");
        } else if (entity == Attachment) {
            row.parentId = canon(data.value(QStringLiteral("claim_id")));
            row.amount = integer(data, "size_bytes");
            row.label = text(data, "sha256");
        }
        return row;
    }

    /// What a request holds of its allocation ("committed"): its approved amount while approved or partially
    /// approved, what its claims were approved for once closed (`closedClaims`), nothing otherwise.
    qint64 holds(qint64 closedClaims) const { return mdfCommittedMinor(status, approved, closedClaims); }
    /// MDF-09 cap of a request: approved × vendor share, rounded down.
    qint64 claimCap() const { return mdfShareOf(approved.value_or(0), shareBp); }
};

MdfRules::MdfRules(ServerDatabase& db)
    : m_db(db)
{
}

bool MdfRules::handles(const QString& entity)
{
    return entity == Budget || entity == Allocation || entity == Request || entity == Claim || entity == Payment
        || entity == Attachment;
}

QString MdfRules::validate(const SyncEntity& entity, const QJsonObject& data)
{
    // The same field rules the client ran (it cannot be trusted to have run them, and a merge can combine two valid
    // edits into an invalid record).
    Status status;
    if (entity.name == Budget)
        status = MdfValidator::validate(build(Budget, mdfBudgetFields(), data));
    else if (entity.name == Allocation)
        status = MdfValidator::validate(build(Allocation, mdfAllocationFields(), data));
    else if (entity.name == Request)
        status = MdfValidator::validate(build(Request, mdfRequestFields(), data));
    else if (entity.name == Claim)
        status = MdfValidator::validate(build(Claim, mdfClaimFields(), data));
    else if (entity.name == Payment)
        status = MdfValidator::validate(build(Payment, mdfPaymentFields(), data));
    else if (entity.name == Attachment)
        status = MdfValidator::validate(build(Attachment, mdfAttachmentFields(), data));
    return status ? QString() : status.error().message;
}

// ---------------------------------------------------------------------------------------------------------------
// The index

bool MdfRules::index(const QString& entity, const QString& id, const QJsonObject& data)
{
    QSqlQuery& remove = m_db.prepared(QStringLiteral("DELETE FROM mdf_index WHERE id = ?"));
    remove.addBindValue(id);
    if (!Sql::exec(remove))
        return false;
    if (data.value(QStringLiteral("deleted_at")).isString())
        return true; // only live records count
    const Indexed row = Indexed::from(entity, id, data);
    QSqlQuery& insert = m_db.prepared(QStringLiteral(
        "INSERT INTO mdf_index (id, entity, parent_id, partner_id, status, amount, approved, share_bp, currency, flag, "
        "label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // Qt Sql binds a null QString as NULL; these columns are NOT NULL.
    auto nn = [](const QString& value) { return value.isNull() ? QStringLiteral("") : value; };
    insert.addBindValue(row.id);
    insert.addBindValue(row.entity);
    insert.addBindValue(nn(row.parentId));
    insert.addBindValue(nn(row.partnerId));
    insert.addBindValue(nn(row.status));
    insert.addBindValue(row.amount);
    insert.addBindValue(row.approved ? QVariant(*row.approved) : QVariant(QMetaType(QMetaType::LongLong)));
    insert.addBindValue(row.shareBp);
    insert.addBindValue(nn(row.currency));
    insert.addBindValue(row.flag ? 1 : 0);
    insert.addBindValue(nn(row.label));
    return Sql::exec(insert).ok();
}

Status MdfRules::rebuildIndex(ServerDatabase& db)
{
    if (Status status = Sql::exec(db.connection(), QStringLiteral("DELETE FROM mdf_index")); !status)
        return status;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, entity, data FROM record WHERE deleted_at IS NULL AND entity IN "
                                   "('mdf_budget', 'mdf_allocation', 'mdf_request', 'mdf_claim', 'mdf_payment', "
                                   "'mdf_attachment')")))
        return Sql::errorFrom(query);
    QList<std::tuple<QString, QString, QJsonObject>> rows;
    while (query.next())
        rows.append({ query.value(0).toString(), query.value(1).toString(),
                      QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object() });
    query.finish();
    MdfRules rules(db);
    for (const auto& [id, entity, data] : rows) {
        if (!rules.index(entity, id, data))
            return Error::storage(QStringLiteral("Rebuilding the MDF index failed."), id);
    }
    return {};
}

bool MdfRules::lookup(const QString& id, Indexed& row, bool& storageFailed)
{
    QSqlQuery& query = m_db.prepared(QStringLiteral("SELECT entity, parent_id, partner_id, status, amount, approved, "
                                                    "share_bp, currency, flag, label FROM mdf_index WHERE id = ?"));
    const auto done = qScopeGuard([&query] { query.finish(); });
    query.addBindValue(id);
    if (!Sql::exec(query)) {
        storageFailed = true;
        return false;
    }
    if (!query.next())
        return false;
    row.id = id;
    row.entity = query.value(0).toString();
    row.parentId = query.value(1).toString();
    row.partnerId = query.value(2).toString();
    row.status = query.value(3).toString();
    row.amount = query.value(4).toLongLong();
    row.approved = query.value(5).isNull() ? std::nullopt : std::optional<qint64>(query.value(5).toLongLong());
    row.shareBp = query.value(6).toInt();
    row.currency = query.value(7).toString();
    row.flag = query.value(8).toInt() != 0;
    row.label = query.value(9).toString();
    return true;
}

qint64 MdfRules::sum(const QString& sql, const QString& parentId, const QString& excludeId, bool& storageFailed)
{
    // SUM of BIGINT is NUMERIC on PostgreSQL: cast back so the driver hands over an exact integer.
    QSqlQuery& query = m_db.prepared(sql);
    const auto done = qScopeGuard([&query] { query.finish(); });
    query.addBindValue(parentId);
    query.addBindValue(excludeId.isNull() ? QStringLiteral("") : excludeId);
    if (!Sql::exec(query) || !query.next()) {
        storageFailed = true;
        return 0;
    }
    return query.value(0).toLongLong();
}

qint64 MdfRules::allocationsOf(const QString& budgetId, const QString& excludeId, bool& storageFailed)
{
    return sum(QStringLiteral("SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM mdf_index "
                              "WHERE parent_id = ? AND entity = 'mdf_allocation' AND id <> ?"),
               budgetId, excludeId, storageFailed);
}

qint64 MdfRules::committedOf(const QString& allocationId, const QString& excludeRequestId, bool& storageFailed)
{
    return sum(QStringLiteral(
                   "SELECT CAST(COALESCE(SUM(CASE WHEN r.status IN ('approved', 'partially_approved') "
                   "THEN COALESCE(r.approved, 0) WHEN r.status = 'closed' THEN (SELECT COALESCE(SUM(COALESCE("
                   "c.approved, 0)), 0) FROM mdf_index c WHERE c.parent_id = r.id AND c.entity = 'mdf_claim' AND "
                   "c.status IN ('approved', 'partially_paid', 'paid')) ELSE 0 END), 0) AS BIGINT) "
                   "FROM mdf_index r WHERE r.parent_id = ? AND r.entity = 'mdf_request' AND r.id <> ?"),
               allocationId, excludeRequestId, storageFailed);
}

qint64 MdfRules::claimsApprovedOf(const QString& requestId, const QString& excludeClaimId, bool& storageFailed)
{
    return sum(QStringLiteral("SELECT CAST(COALESCE(SUM(COALESCE(approved, 0)), 0) AS BIGINT) FROM mdf_index "
                              "WHERE parent_id = ? AND entity = 'mdf_claim' AND status IN ('approved', "
                              "'partially_paid', 'paid') AND id <> ?"),
               requestId, excludeClaimId, storageFailed);
}

qint64 MdfRules::exposureOf(const QString& requestId, const QString& excludeClaimId, bool& storageFailed)
{
    return sum(QStringLiteral("SELECT CAST(COALESCE(SUM(CASE WHEN status IN ('submitted', 'returned') THEN amount "
                              "WHEN status IN ('approved', 'partially_paid', 'paid') THEN COALESCE(approved, 0) "
                              "ELSE 0 END), 0) AS BIGINT) FROM mdf_index "
                              "WHERE parent_id = ? AND entity = 'mdf_claim' AND id <> ?"),
               requestId, excludeClaimId, storageFailed);
}

qint64 MdfRules::paymentsOf(const QString& claimId, const QString& excludeId, bool& storageFailed)
{
    return sum(QStringLiteral("SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM mdf_index "
                              "WHERE parent_id = ? AND entity = 'mdf_payment' AND id <> ?"),
               claimId, excludeId, storageFailed);
}

qint64 MdfRules::countChildren(const QString& parentId, const QString& entity, bool& storageFailed)
{
    QSqlQuery& query = m_db.prepared(QStringLiteral("SELECT count(*) FROM mdf_index WHERE parent_id = ? AND entity = ?"));
    const auto done = qScopeGuard([&query] { query.finish(); });
    query.addBindValue(parentId);
    query.addBindValue(entity);
    if (!Sql::exec(query) || !query.next()) {
        storageFailed = true;
        return 0;
    }
    return query.value(0).toLongLong();
}

bool MdfRules::loadBudget(const QString& id, QString& owner, QJsonObject& data, bool& storageFailed)
{
    QSqlQuery& query = m_db.prepared(QStringLiteral("SELECT owner, data FROM record WHERE id = ? AND entity = 'mdf_budget'"));
    const auto done = qScopeGuard([&query] { query.finish(); });
    query.addBindValue(id);
    if (!Sql::exec(query)) {
        storageFailed = true;
        return false;
    }
    if (!query.next())
        return false;
    owner = query.value(0).toString();
    data = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
    return true;
}

qint64 MdfRules::blobSize(const QString& sha256, bool& storageFailed)
{
    QSqlQuery& query = m_db.prepared(QStringLiteral("SELECT size_bytes FROM attachment_blob WHERE sha256 = ?"));
    const auto done = qScopeGuard([&query] { query.finish(); });
    query.addBindValue(sha256);
    if (!Sql::exec(query)) {
        storageFailed = true;
        return -1;
    }
    return query.next() ? query.value(0).toLongLong() : -1;
}

// ---------------------------------------------------------------------------------------------------------------
// The checks

std::optional<MdfRules::Refusal> MdfRules::check(const User& user, const SyncEntity& entity, const QString& id,
                                                 const QJsonObject& data, const QJsonObject* previous,
                                                 bool& storageFailed)
{
    // A restore brings a record back: its amounts count again, so it is checked like a new one (but keeps its status).
    const bool restoring = previous && previous->value(QStringLiteral("deleted_at")).isString();
    const QJsonObject* live = restoring ? nullptr : previous;
    if (entity.name == Budget)
        return checkBudget(user, id, data, live, storageFailed);
    if (entity.name == Allocation)
        return checkAllocation(user, id, data, live, storageFailed);
    if (entity.name == Request)
        return checkRequest(id, data, live, previous, storageFailed);
    if (entity.name == Claim)
        return checkClaim(id, data, live, previous, storageFailed);
    if (entity.name == Payment)
        return checkPayment(id, data, live, storageFailed);
    if (entity.name == Attachment)
        return checkAttachment(id, data, live, storageFailed);
    return std::nullopt;
}

std::optional<MdfRules::Refusal> MdfRules::checkBudget(const User&, const QString& id, const QJsonObject& data,
                                                       const QJsonObject* live, bool& storageFailed)
{
    if (!live)
        return std::nullopt; // a new or restored budget has no live allocations yet
    const Indexed after = Indexed::from(Budget, id, data);
    const Indexed before = Indexed::from(Budget, id, *live);
    if (after.currency != before.currency && countChildren(id, Allocation, storageFailed) > 0)
        return refuse(QStringLiteral("The budget's currency cannot change from %1 to %2 while it has allocations "
                                     "(MDF-01: every allocation is in its budget's currency).")
                          .arg(before.currency, after.currency));
    if (after.amount < before.amount) {
        const qint64 allocated = allocationsOf(id, {}, storageFailed);
        if (allocated > after.amount)
            return refuse(QStringLiteral("The budget cannot be less than its allocations: %1 allocated of %2 "
                                         "(MDF-01: allocations ≤ budget).")
                              .arg(money(allocated, after.currency), money(after.amount, after.currency)));
    }
    if (before.flag && !after.flag) {
        // Turning negative balances off: no allocation of the budget may be overdrawn then.
        QSqlQuery& query = m_db.prepared(QStringLiteral(
            "SELECT id, amount FROM mdf_index WHERE parent_id = ? AND entity = 'mdf_allocation' ORDER BY id"));
        query.addBindValue(id);
        if (!Sql::exec(query)) {
            storageFailed = true;
            return std::nullopt;
        }
        QList<QPair<QString, qint64>> allocations;
        while (query.next())
            allocations.append({ query.value(0).toString(), query.value(1).toLongLong() });
        query.finish();
        for (const auto& [allocationId, amount] : allocations) {
            const qint64 committed = committedOf(allocationId, {}, storageFailed);
            if (committed > amount)
                return refuse(QStringLiteral("Negative balances cannot be turned off while an allocation of this budget "
                                             "is overdrawn: %1 committed of %2 (MDF-02: approved requests ≤ "
                                             "allocation).")
                                  .arg(money(committed, after.currency), money(amount, after.currency)));
        }
    }
    return std::nullopt;
}

std::optional<MdfRules::Refusal> MdfRules::checkAllocation(const User& user, const QString& id, const QJsonObject& data,
                                                           const QJsonObject* live, bool& storageFailed)
{
    const Indexed after = Indexed::from(Allocation, id, data);
    // A budget is its owner's money: only the owner (or an administrator) allocates it, whoever owns the partner.
    // Someone else's budget answers like a missing one.
    QString owner;
    QJsonObject budgetData;
    const bool budgetExists = loadBudget(after.parentId, owner, budgetData, storageFailed);
    if (storageFailed)
        return std::nullopt;
    if (!budgetExists || (!user.isAdmin() && owner != user.name))
        return Refusal { QStringLiteral("permission"),
                         QStringLiteral("The budget does not exist on the server or is not yours: only its owner can "
                                        "allocate it.") };
    if (budgetData.value(QStringLiteral("deleted_at")).isString())
        return refuse(QStringLiteral("The budget has been deleted."));
    if (live) {
        const Indexed before = Indexed::from(Allocation, id, *live);
        if (before.parentId != after.parentId)
            return refuse(QStringLiteral("An allocation cannot move to another budget."));
        if (before.partnerId != after.partnerId)
            return refuse(QStringLiteral("An allocation cannot move to another partner."));
    }
    const Indexed budget = Indexed::from(Budget, after.parentId, budgetData);
    if (after.currency != budget.currency)
        return refuse(QStringLiteral("The allocation must be in its budget's currency %1, not %2 (MDF-01).")
                          .arg(budget.currency, after.currency));

    const QJsonObject* before = live;
    if (!before || changed(data, before, "period")) {
        QDate first;
        QDate last;
        const QDate start = Timestamp::dateFromStorage(text(budgetData, "period_start"));
        const QDate end = Timestamp::dateFromStorage(text(budgetData, "period_end"));
        if (MdfValidator::parsePeriod(after.label, &first, &last) && start.isValid() && end.isValid()
            && (first < start || last > end))
            return refuse(QStringLiteral("The period %1 is outside the budget's dates (%2 to %3).")
                              .arg(after.label, QLocale().toString(start, QLocale::ShortFormat),
                                   QLocale().toString(end, QLocale::ShortFormat)));
        // Overlapping periods clash too ("2027" and "2027-Q1" fund the same months twice), as on the client.
        QSqlQuery& query = m_db.prepared(QStringLiteral(
            "SELECT label FROM mdf_index WHERE parent_id = ? AND entity = 'mdf_allocation' AND partner_id = ? "
            "AND id <> ?"));
        query.addBindValue(after.parentId);
        query.addBindValue(after.partnerId);
        query.addBindValue(id);
        if (!Sql::exec(query).ok()) {
            query.finish();
            storageFailed = true;
            return std::nullopt;
        }
        const bool parsed = MdfValidator::parsePeriod(after.label, &first, &last);
        QString clash;
        while (clash.isEmpty() && query.next()) {
            const QString other = query.value(0).toString();
            QDate otherFirst;
            QDate otherLast;
            if (other == after.label
                || (parsed && MdfValidator::parsePeriod(other, &otherFirst, &otherLast) && otherFirst <= last
                    && first <= otherLast))
                clash = other;
        }
        query.finish();
        if (!clash.isEmpty())
            return refuse(QStringLiteral("The partner already has an allocation of this budget for %1, which overlaps "
                                         "%2 (MDF-03: one allocation per budget, partner and period).")
                              .arg(clash, after.label));
    }

    const qint64 beforeAmount = before ? integer(*before, "amount_minor") : 0;
    if (!before || after.amount > beforeAmount) {
        const qint64 total = plus(allocationsOf(after.parentId, id, storageFailed), after.amount);
        if (total > budget.amount)
            return refuse(QStringLiteral("Allocations would exceed the budget: %1 allocated of %2 (MDF-01: "
                                         "allocations ≤ budget).")
                              .arg(money(total, budget.currency), money(budget.amount, budget.currency)));
    }
    if (before && after.amount < beforeAmount && !budget.flag) {
        const qint64 committed = committedOf(id, {}, storageFailed);
        if (committed > after.amount)
            return refuse(QStringLiteral("The allocation cannot be less than what its requests hold: %1 committed of "
                                         "%2 (MDF-02: approved requests ≤ allocation).")
                              .arg(money(committed, after.currency), money(after.amount, after.currency)));
    }
    return std::nullopt;
}

std::optional<MdfRules::Refusal> MdfRules::checkRequest(const QString& id, const QJsonObject& data,
                                                        const QJsonObject* live, const QJsonObject* previous,
                                                        bool& storageFailed)
{
    const Indexed after = Indexed::from(Request, id, data);
    Indexed allocation;
    const bool found = lookup(after.parentId, allocation, storageFailed);
    if (storageFailed)
        return std::nullopt;
    // Requests draw on an allocation of their own partner: the same scope, so nothing of another CAM's is named.
    if (!found || allocation.entity != Allocation || allocation.partnerId != after.partnerId)
        return Refusal { QStringLiteral("missing_parent"),
                         QStringLiteral("The allocation does not exist on the server or belongs to another partner.") };
    if (after.currency != allocation.currency)
        return refuse(QStringLiteral("The fund request must be in its budget's currency %1, not %2 (MDF-01).")
                          .arg(allocation.currency, after.currency));

    const MdfRequest next = build(Request, mdfRequestFields(), data);
    std::optional<Indexed> before;
    if (live)
        before = Indexed::from(Request, id, *live);
    if (!previous && after.status != QLatin1String("draft"))
        return refuse(QStringLiteral("A new fund request must start as draft, not %1.").arg(after.status));
    if (live) {
        const MdfRequest current = build(Request, mdfRequestFields(), *live);
        if (before->status != after.status) {
            // One step of the state table from the status the server holds (a client cannot skip review, or decide
            // what a colleague already decided).
            MdfRequest candidate = next;
            candidate.status = current.status;
            // The state table reads the claim totals the client keeps by triggers (closing waits for pending claims,
            // an approved request with claims cannot be canceled): here they come from the index. Paid money implies
            // approved claims, so claims_approved covers it.
            candidate.claimedMinor = exposureOf(id, {}, storageFailed);
            candidate.claimsApprovedMinor = claimsApprovedOf(id, {}, storageFailed);
            bool reachable = false;
            QString why;
            for (MdfRequestAction action : MdfWorkflow::allRequestActions()) {
                if (MdfWorkflow::targetStatus(candidate, action) != after.status)
                    continue;
                const Status allowed = MdfWorkflow::check(candidate, action);
                if (allowed) {
                    reachable = true;
                    break;
                }
                why = allowed.error().message; // the step exists but not now (claims pending…)
            }
            if (storageFailed)
                return std::nullopt;
            if (!reachable)
                return refuse(why.isEmpty()
                                  ? QStringLiteral("The fund request cannot go from %1 to %2 (its status on the server "
                                                   "is %1).")
                                        .arg(before->status, after.status)
                                  : why);
            if (after.status == QLatin1String("submitted") && !allocation.flag)
                return refuse(QStringLiteral("The allocation is not authorised: requests cannot draw on it (MDF-03)."));
        } else if (!MdfWorkflow::isEditable(current)) {
            // MDF-05: past draft, need-info and rejected only the workflow fields change.
            static const char* const content[] { "title", "activity_type", "campaign", "description", "start_date",
                                                 "end_date", "expected_outcome", "requested_minor", "currency",
                                                 "vendor_share_bp", "allocation_id" };
            for (const char* name : content) {
                if (changed(data, live, name))
                    return refuse(QStringLiteral("The fund request is %1 on the server and can no longer be edited "
                                                 "(MDF-05).")
                                      .arg(before->status));
            }
        }
    }
    if (storageFailed)
        return std::nullopt;

    // MDF-02: what the request holds of its allocation. A move to another allocation counts in full there.
    const bool sameAllocation = before && before->parentId == after.parentId;
    const qint64 closedClaims = after.status == QLatin1String("closed") ? claimsApprovedOf(id, {}, storageFailed) : 0;
    const qint64 holdsAfter = after.holds(closedClaims);
    const qint64 holdsBefore = sameAllocation ? before->holds(closedClaims) : 0;
    if (holdsAfter > holdsBefore) {
        Indexed budget;
        const bool negativeAllowed = lookup(allocation.parentId, budget, storageFailed) && budget.flag;
        if (!negativeAllowed) {
            const qint64 committed = plus(committedOf(after.parentId, id, storageFailed), holdsAfter);
            if (committed > allocation.amount)
                return refuse(QStringLiteral("Approved requests would exceed the allocation: %1 committed of %2 "
                                             "(MDF-02: approved requests ≤ allocation).")
                                  .arg(money(committed, allocation.currency),
                                       money(allocation.amount, allocation.currency)));
        }
    }
    // MDF-09 from the request's side: a lower approved amount or share must still cover its claims.
    if (before && after.claimCap() < before->claimCap()) {
        const qint64 exposure = exposureOf(id, {}, storageFailed);
        if (exposure > after.claimCap())
            return refuse(QStringLiteral("Its claims would exceed the approved amount × vendor share: %1 claimed of %2 "
                                         "(MDF-09: claims ≤ approved × vendor share).")
                              .arg(money(exposure, after.currency), money(after.claimCap(), after.currency)));
    }
    return std::nullopt;
}

std::optional<MdfRules::Refusal> MdfRules::checkClaim(const QString& id, const QJsonObject& data,
                                                      const QJsonObject* live, const QJsonObject* previous,
                                                      bool& storageFailed)
{
    const Indexed after = Indexed::from(Claim, id, data);
    Indexed request;
    const bool found = lookup(after.parentId, request, storageFailed);
    if (storageFailed)
        return std::nullopt;
    if (!found || request.entity != Request || request.partnerId != after.partnerId)
        return Refusal { QStringLiteral("missing_parent"),
                         QStringLiteral("The fund request does not exist on the server or belongs to another partner.") };
    std::optional<Indexed> before;
    if (live) {
        before = Indexed::from(Claim, id, *live);
        if (before->parentId != after.parentId)
            return refuse(QStringLiteral("A claim cannot move to another fund request."));
    }
    if (after.currency != request.currency)
        return refuse(QStringLiteral("The claim must be in its budget's currency %1, not %2 (MDF-01).")
                          .arg(request.currency, after.currency));

    const QString requestStatus = request.status;
    const bool requestAcceptsClaims = requestStatus == QLatin1String("approved")
        || requestStatus == QLatin1String("partially_approved");
    if (!previous) {
        if (after.status != QLatin1String("draft"))
            return refuse(QStringLiteral("A new claim must start as draft, not %1.").arg(after.status));
        if (!requestAcceptsClaims)
            return refuse(QStringLiteral("A claim needs an approved fund request; this one is %1 (MDF-08).")
                              .arg(requestStatus));
    }
    const bool statusChanged = before && before->status != after.status;
    if (statusChanged) {
        const MdfClaim next = build(Claim, mdfClaimFields(), data);
        MdfClaim candidate = next;
        candidate.status = before->status;
        bool reachable = mdfClaimIsDecided(before->status) && mdfClaimIsDecided(after.status); // by payments
        for (MdfClaimAction action : MdfWorkflow::allClaimActions()) {
            if (reachable)
                break;
            reachable = MdfWorkflow::check(candidate, action) && MdfWorkflow::targetStatus(candidate, action) == after.status;
        }
        if (!reachable)
            return refuse(QStringLiteral("The claim cannot go from %1 to %2 (its status on the server is %1).")
                              .arg(before->status, after.status));
        if (after.status == QLatin1String("submitted") && !requestAcceptsClaims)
            return refuse(QStringLiteral("A claim needs an approved fund request; this one is %1 (MDF-08).")
                              .arg(requestStatus));
    } else if (before) {
        const MdfClaim current = build(Claim, mdfClaimFields(), *live);
        if (!MdfWorkflow::isEditable(current)) {
            for (const char* name : { "title", "line_items", "amount_minor", "currency" }) {
                if (changed(data, live, name))
                    return refuse(QStringLiteral("The claim is %1 on the server and can no longer be edited.")
                                      .arg(before->status));
            }
            if (mdfClaimIsDecided(before->status) && changed(data, live, "approved_minor"))
                return refuse(QStringLiteral("A claim's approved amount is fixed once it is approved."));
        }
    }

    // MDF-11: approved, partially paid and paid follow the payments, and payments never exceed the approved amount.
    if (mdfClaimIsDecided(after.status) && (!before || statusChanged || before->approved != after.approved)) {
        const qint64 paid = paymentsOf(id, {}, storageFailed);
        const qint64 approved = after.approved.value_or(0);
        if (paid > approved)
            return refuse(QStringLiteral("Payments would exceed the approved claim: %1 paid of %2 (MDF-11: payments ≤ "
                                         "approved claim).")
                              .arg(money(paid, after.currency), money(approved, after.currency)));
        const QString expected = MdfWorkflow::statusForPaid(approved, paid);
        if (expected != after.status)
            return refuse(QStringLiteral("The claim cannot be %1 with %2 paid of %3 approved; that is %4 (MDF-11).")
                              .arg(after.status, money(paid, after.currency), money(approved, after.currency), expected));
    }

    // MDF-09: Σ exposure of the request's claims ≤ approved × vendor share.
    const qint64 exposureAfter = mdfClaimExposureMinor(after.status, after.amount, after.approved);
    const qint64 exposureBefore = before ? mdfClaimExposureMinor(before->status, before->amount, before->approved) : 0;
    if (exposureAfter > exposureBefore) {
        const qint64 total = plus(exposureOf(after.parentId, id, storageFailed), exposureAfter);
        if (total > request.claimCap())
            return refuse(QStringLiteral("Claims would exceed what the fund request allows: %1 claimed of %2 "
                                         "(MDF-09: claims ≤ approved %3 × vendor share %4).")
                              .arg(money(total, after.currency), money(request.claimCap(), after.currency),
                                   money(request.approved.value_or(0), after.currency), percent(request.shareBp)));
    }
    // A closed request holds what its claims were approved for: more of that must still fit the allocation (MDF-02).
    const qint64 approvedPartAfter = claimApprovedPart(after.status, after.approved);
    const qint64 approvedPartBefore = before ? claimApprovedPart(before->status, before->approved) : 0;
    if (requestStatus == QLatin1String("closed") && approvedPartAfter > approvedPartBefore) {
        Indexed allocation;
        Indexed budget;
        if (lookup(request.parentId, allocation, storageFailed)
            && !(lookup(allocation.parentId, budget, storageFailed) && budget.flag)) {
            const qint64 committed = plus(plus(committedOf(allocation.id, request.id, storageFailed),
                                               claimsApprovedOf(request.id, id, storageFailed)),
                                          approvedPartAfter);
            if (committed > allocation.amount)
                return refuse(QStringLiteral("Approved requests would exceed the allocation: %1 committed of %2 "
                                             "(MDF-02: approved requests ≤ allocation).")
                                  .arg(money(committed, allocation.currency),
                                       money(allocation.amount, allocation.currency)));
        }
    }

    // MDF-09: claim titles are unique among live claims, across every partner. Only the title is named.
    if (!before || changed(data, live, "title")) {
        QSqlQuery& query = m_db.prepared(
            QStringLiteral("SELECT count(*) FROM mdf_index WHERE entity = 'mdf_claim' AND label = ? AND id <> ?"));
        query.addBindValue(after.label);
        query.addBindValue(id);
        const bool ok = Sql::exec(query).ok() && query.next();
        const qint64 same = ok ? query.value(0).toLongLong() : 0;
        query.finish();
        if (!ok) {
            storageFailed = true;
            return std::nullopt;
        }
        if (same > 0)
            return refuse(QStringLiteral("Another claim already has the title “%1” (MDF-09: claim titles are unique).")
                              .arg(text(data, "title")));
    }
    return std::nullopt;
}

std::optional<MdfRules::Refusal> MdfRules::checkPayment(const QString& id, const QJsonObject& data,
                                                        const QJsonObject* live, bool& storageFailed)
{
    const Indexed after = Indexed::from(Payment, id, data);
    Indexed claim;
    const bool found = lookup(after.parentId, claim, storageFailed);
    if (storageFailed)
        return std::nullopt;
    if (!found || claim.entity != Claim || claim.partnerId != after.partnerId)
        return Refusal { QStringLiteral("missing_parent"),
                         QStringLiteral("The claim does not exist on the server or belongs to another partner.") };
    std::optional<Indexed> before;
    if (live) {
        before = Indexed::from(Payment, id, *live);
        if (before->parentId != after.parentId)
            return refuse(QStringLiteral("A payment cannot move to another claim."));
    }
    if (after.currency != claim.currency)
        return refuse(QStringLiteral("The payment must be in its budget's currency %1, not %2 (MDF-01).")
                          .arg(claim.currency, after.currency));
    if (!before || after.amount > before->amount) {
        if (!mdfClaimIsDecided(claim.status))
            return refuse(QStringLiteral("Only an approved claim can be paid; this one is %1 (MDF-11).").arg(claim.status));
        const qint64 paid = plus(paymentsOf(claim.id, id, storageFailed), after.amount);
        const qint64 approved = claim.approved.value_or(0);
        if (paid > approved)
            return refuse(QStringLiteral("Payments would exceed the approved claim: %1 paid of %2 (MDF-11: payments ≤ "
                                         "approved claim).")
                              .arg(money(paid, after.currency), money(approved, after.currency)));
    }
    return std::nullopt;
}

std::optional<MdfRules::Refusal> MdfRules::checkAttachment(const QString& id, const QJsonObject& data,
                                                           const QJsonObject* live, bool& storageFailed)
{
    const Indexed after = Indexed::from(Attachment, id, data);
    Indexed claim;
    const bool found = lookup(after.parentId, claim, storageFailed);
    if (storageFailed)
        return std::nullopt;
    if (!found || claim.entity != Claim || claim.partnerId != after.partnerId)
        return Refusal { QStringLiteral("missing_parent"),
                         QStringLiteral("The claim does not exist on the server or belongs to another partner.") };
    if (live && canon(live->value(QStringLiteral("claim_id"))) != after.parentId)
        return refuse(QStringLiteral("An attachment cannot move to another claim."));
    // The record names content by SHA-256; the client uploads the bytes before it pushes the record, so every
    // attachment the server accepts can be downloaded.
    if (!live || changed(data, live, "sha256") || changed(data, live, "size_bytes")) {
        const qint64 size = blobSize(after.label, storageFailed);
        if (storageFailed)
            return std::nullopt;
        if (size < 0)
            return refuse(QStringLiteral("The content of the attachment %1 has not been uploaded to the server.")
                              .arg(text(data, "file_name")));
        if (size != after.amount)
            return refuse(QStringLiteral("The attachment %1 says %2 bytes but its content has %3.")
                              .arg(text(data, "file_name"))
                              .arg(after.amount)
                              .arg(size));
    }
    return std::nullopt;
}

std::optional<MdfRules::Refusal> MdfRules::checkDelete(const User& user, const SyncEntity& entity, const QString& id,
                                                       const QJsonObject& current, bool& storageFailed)
{
    if (entity.name == Budget) {
        if (countChildren(id, Allocation, storageFailed) > 0)
            return refuse(QStringLiteral("A budget with allocations cannot be deleted."));
    } else if (entity.name == Allocation) {
        QString owner;
        QJsonObject budget;
        const bool exists = loadBudget(canon(current.value(QStringLiteral("budget_id"))), owner, budget, storageFailed);
        if (!storageFailed && (!exists || (!user.isAdmin() && owner != user.name)))
            return Refusal { QStringLiteral("permission"),
                             QStringLiteral("The budget does not exist on the server or is not yours: only its owner "
                                            "can change its allocations.") };
        if (countChildren(id, Request, storageFailed) > 0)
            return refuse(QStringLiteral("An allocation with fund requests cannot be deleted."));
    } else if (entity.name == Request || entity.name == Claim) {
        // Anything past draft is canceled instead, so its history stays.
        const QString status = text(current, "status");
        if (status != QLatin1String("draft"))
            return refuse(QStringLiteral("Only a draft can be deleted; this %1 is %2 on the server.")
                              .arg(entity.name == Request ? QStringLiteral("fund request") : QStringLiteral("claim"),
                                   status));
    }
    return std::nullopt;
}

} // namespace ChannelDesk::Server
