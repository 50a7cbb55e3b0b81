// MDF on the server (issue 5, docs/sync-protocol.md "MDF"): the rules re-checked on push with the server's view of
// every scope (MdfRules) and the attachment contents (BlobService), driven directly on SQLite and on PostgreSQL.
// Each invariant is tested at its boundary: the exact limit is accepted, one minor unit more is refused with a
// message naming the rule and the amounts.
#include "BlobService.h"
#include "ServerTestSupport.h"
#include "domain/Mdf.h"
#include "sync/SyncSchema.h"

#include <QCryptographicHash>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

using namespace ChannelDesk;
using namespace ChannelDesk::Test;
using ChannelDesk::Server::BlobService;

namespace {

const QString ClientBoss = QStringLiteral("0190a000-0000-7000-8000-0000000000bb");

// A record as the client's outbox sends it: every synced field through the entity's field table.
template <class T>
QJsonObject wire(const QString& entityName, const QList<MdfFieldDef<T>>& defs, const T& record)
{
    const SyncEntity* entity = SyncSchema::find(entityName);
    REQUIRE(entity);
    QJsonObject out;
    for (const MdfFieldDef<T>& def : defs) {
        const SyncField* field = entity->field(QString::fromLatin1(def.column));
        REQUIRE(field);
        out.insert(field->name, SyncSchema::toJson(*field, def.get(record)));
    }
    return out;
}

QByteArray raw(const QString& id)
{
    return Uuid::fromString(id);
}

QString usd(qint64 minor)
{
    return Money { minor, QStringLiteral("USD") }.format(QLocale());
}

struct Outcome
{
    QString status;
    QString reason;
    QString message;
    qint64 seq = 0;
};

// The server's side of a few devices: pushes one mutation at a time, remembering each record's version as a
// client would (the base of its next edit).
struct MdfServer
{
    explicit MdfServer(Backend backend)
        : f(backend)
    {
    }

    QString clientOf(const User& user) const
    {
        return user.name == QLatin1String("lan") ? ClientA : user.name == QLatin1String("minh") ? ClientB : ClientBoss;
    }

    Outcome send(const User& user, const QString& op, const QString& entity, const QString& id,
                 const QJsonObject& fields = {})
    {
        const QJsonObject result = f.first(user, clientOf(user), mutation(op, id, fields, versions.value(id), entity));
        Outcome outcome { result.value(QStringLiteral("status")).toString(), result.value(QStringLiteral("reason")).toString(),
                          result.value(QStringLiteral("message")).toString(),
                          result.value(QStringLiteral("applied_seq")).toInteger() };
        if (outcome.status == QLatin1String("applied") || outcome.status == QLatin1String("merged"))
            versions.insert(id, outcome.seq);
        return outcome;
    }
    Outcome create(const User& user, const QString& entity, const QString& id, const QJsonObject& fields)
    {
        return send(user, QStringLiteral("create"), entity, id, fields);
    }
    Outcome update(const User& user, const QString& entity, const QString& id, const QJsonObject& fields)
    {
        return send(user, QStringLiteral("update"), entity, id, fields);
    }

    QString partner(const User& owner, const QString& name)
    {
        const QString id = newId();
        QJsonObject fields = partnerFields(name);
        fields.insert(QStringLiteral("owner"), owner.name);
        REQUIRE(create(owner, QStringLiteral("partner"), id, fields).status == QStringLiteral("applied"));
        return id;
    }

    Fixture f;
    QHash<QString, qint64> versions;
};

#define REQUIRE_APPLIED(outcome)                                                                                      \
    do {                                                                                                              \
        const Outcome o_ = (outcome);                                                                                 \
        INFO(o_.status.toStdString() << ": " << o_.message.toStdString());                                            \
        REQUIRE(o_.status == QStringLiteral("applied"));                                                              \
    } while (false)

MdfBudget budget(const QString& owner, qint64 amount, bool allowNegative = false)
{
    MdfBudget b;
    b.id = Uuid::createV7();
    b.name = QStringLiteral("FY27 EMEA");
    b.program = QStringLiteral("Partner Marketing FY27");
    b.periodStart = QDate(2027, 1, 1);
    b.periodEnd = QDate(2027, 12, 31);
    b.amount = { amount, QStringLiteral("USD") };
    b.owner = owner;
    b.allowNegative = allowNegative;
    return b;
}

QJsonObject fieldsOf(const MdfBudget& b)
{
    return wire(QStringLiteral("mdf_budget"), mdfBudgetFields(), b);
}

MdfAllocation allocation(const MdfBudget& b, const QString& partner, qint64 amount,
                         const QString& period = QStringLiteral("2027"))
{
    MdfAllocation a;
    a.id = Uuid::createV7();
    a.budgetId = b.id;
    a.partnerId = raw(partner);
    a.period = period;
    a.amount = { amount, b.amount.currency };
    return a;
}

QJsonObject fieldsOf(const MdfAllocation& a)
{
    return wire(QStringLiteral("mdf_allocation"), mdfAllocationFields(), a);
}

MdfRequest request(const MdfAllocation& a, const QList<qint64>& lines, const QString& title = QStringLiteral("Roadshow"))
{
    static int counter = 0;
    MdfRequest r;
    r.id = Uuid::createV7();
    r.number = QStringLiteral("MDF-2701-%1").arg(++counter, 6, 10, QLatin1Char('0'));
    r.allocationId = a.id;
    r.partnerId = a.partnerId;
    r.title = title;
    r.activityType = QStringLiteral("event");
    r.startDate = QDate(2027, 3, 1);
    r.endDate = QDate(2027, 3, 31);
    r.vendorShareBp = 5000;
    int n = 0;
    for (qint64 amount : lines) {
        MdfRequestLine line;
        line.key = QStringLiteral("l%1").arg(++n);
        line.description = QStringLiteral("Cost %1").arg(n);
        line.requestedMinor = amount;
        r.lines.append(line);
    }
    r.requested = { r.linesRequestedMinor(), a.amount.currency };
    return r;
}

QJsonObject fieldsOf(const MdfRequest& r)
{
    return wire(QStringLiteral("mdf_request"), mdfRequestFields(), r);
}

// The request as its approver leaves it: each line accepted, or changed to the amount given for its key.
MdfRequest approved(MdfRequest r, const QHash<QString, qint64>& changed = {})
{
    qint64 total = 0;
    for (MdfRequestLine& line : r.lines) {
        line.decision = changed.contains(line.key) ? QStringLiteral("changed") : QStringLiteral("accepted");
        line.approvedMinor = changed.value(line.key, line.requestedMinor);
        total += *line.approvedMinor;
    }
    r.approvedMinor = total;
    r.status = changed.isEmpty() ? QStringLiteral("approved") : QStringLiteral("partially_approved");
    r.decidedAt = QDateTime(QDate(2027, 2, 3), QTime(12, 0), QTimeZone::utc());
    r.claimDeadline = r.endDate.addDays(90);
    return r;
}

MdfClaim claim(const MdfRequest& r, const QList<qint64>& lines, const QString& title)
{
    MdfClaim c;
    c.id = Uuid::createV7();
    c.requestId = r.id;
    c.partnerId = r.partnerId;
    c.title = title;
    int n = 0;
    for (qint64 amount : lines) {
        MdfClaimLine line;
        line.description = QStringLiteral("Invoice %1").arg(++n);
        line.amountMinor = amount;
        line.spentOn = QDate(2027, 3, n);
        c.lines.append(line);
    }
    c.amount = { c.linesTotalMinor(), r.requested.currency };
    return c;
}

QJsonObject fieldsOf(const MdfClaim& c)
{
    return wire(QStringLiteral("mdf_claim"), mdfClaimFields(), c);
}

MdfPayment payment(const MdfClaim& c, qint64 amount)
{
    MdfPayment p;
    p.id = Uuid::createV7();
    p.claimId = c.id;
    p.partnerId = c.partnerId;
    p.amount = { amount, c.amount.currency };
    p.paidOn = QDate(2027, 5, 2);
    p.method = QStringLiteral("bank_transfer");
    return p;
}

QJsonObject fieldsOf(const MdfPayment& p)
{
    return wire(QStringLiteral("mdf_payment"), mdfPaymentFields(), p);
}

MdfAttachment attachment(const MdfClaim& c, const QByteArray& content)
{
    MdfAttachment a;
    a.id = Uuid::createV7();
    a.claimId = c.id;
    a.partnerId = c.partnerId;
    a.fileName = QStringLiteral("receipt.pdf");
    a.mimeType = QStringLiteral("application/pdf");
    a.sizeBytes = content.size();
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    return a;
}

QJsonObject fieldsOf(const MdfAttachment& a)
{
    return wire(QStringLiteral("mdf_attachment"), mdfAttachmentFields(), a);
}

QString id(const QByteArray& raw)
{
    return Uuid::toString(raw);
}

// Lan's partner, a budget of `budgetMinor` and one allocation of `allocationMinor` on the server.
struct Tree
{
    QString partner;
    MdfBudget budget;
    MdfAllocation allocation;
};

Tree tree(MdfServer& s, qint64 budgetMinor, qint64 allocationMinor, bool allowNegative = false)
{
    Tree t;
    t.partner = s.partner(s.f.lan, QStringLiteral("Lan's reseller"));
    t.budget = budget(QStringLiteral("lan"), budgetMinor, allowNegative);
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("mdf_budget"), id(t.budget.id), fieldsOf(t.budget)));
    t.allocation = allocation(t.budget, t.partner, allocationMinor);
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("mdf_allocation"), id(t.allocation.id), fieldsOf(t.allocation)));
    return t;
}

// Create, submit and approve (every line accepted).
MdfRequest approvedRequest(MdfServer& s, const MdfAllocation& a, const QList<qint64>& lines,
                           const QString& title = QStringLiteral("Roadshow"))
{
    MdfRequest r = request(a, lines, title);
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("mdf_request"), id(r.id), fieldsOf(r)));
    r.status = QStringLiteral("submitted");
    REQUIRE_APPLIED(s.update(s.f.lan, QStringLiteral("mdf_request"), id(r.id), fieldsOf(r)));
    r = approved(r);
    REQUIRE_APPLIED(s.update(s.f.lan, QStringLiteral("mdf_request"), id(r.id), fieldsOf(r)));
    return r;
}

} // namespace

TEMPLATE_TEST_CASE("server: MDF-01 and MDF-03 - allocations stay within the budget - one per partner and period", "", OnSqlite, OnPostgres)
{
    MdfServer s(TestType::backend);
    const Tree t = tree(s, 10'000'000, 6'000'000);
    const QString allocations = QStringLiteral("mdf_allocation");

    // MDF-03: a second allocation of the same budget, partner and period.
    MdfAllocation second = allocation(t.budget, t.partner, 1'000, QStringLiteral("2027"));
    Outcome o = s.create(s.f.lan, allocations, id(second.id), fieldsOf(second));
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.message.contains(QStringLiteral("MDF-03")));

    // Nor one whose period overlaps it: 2027-Q1 lies inside the partner's 2027.
    MdfAllocation overlapping = allocation(t.budget, t.partner, 1'000, QStringLiteral("2027-Q1"));
    o = s.create(s.f.lan, allocations, id(overlapping.id), fieldsOf(overlapping));
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.message.contains(QStringLiteral("overlaps 2027-Q1 (MDF-03")));

    // MDF-01: one minor unit over the budget is refused with both amounts; exactly the budget is accepted.
    const QString otherPartner = s.partner(s.f.lan, QStringLiteral("Lan's distributor"));
    const int logBefore = s.f.logRows();
    second = allocation(t.budget, otherPartner, 4'000'001, QStringLiteral("2027-Q1"));
    o = s.create(s.f.lan, allocations, id(second.id), fieldsOf(second));
    INFO(o.message.toStdString());
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.reason == QStringLiteral("validation"));
    CHECK(o.message.contains(QStringLiteral("MDF-01")));
    CHECK(o.message.contains(usd(10'000'001)));
    CHECK(o.message.contains(usd(10'000'000)));
    CHECK(s.f.logRows() == logBefore); // a refusal writes nothing

    // The currency is the budget's, and the period lies inside the budget's dates.
    MdfAllocation euro = allocation(t.budget, otherPartner, 1'000, QStringLiteral("2027-Q2"));
    euro.amount.currency = QStringLiteral("EUR");
    CHECK(s.create(s.f.lan, allocations, id(euro.id), fieldsOf(euro)).status == QStringLiteral("rejected"));
    const MdfAllocation nextYear = allocation(t.budget, otherPartner, 1'000, QStringLiteral("2028"));
    CHECK(s.create(s.f.lan, allocations, id(nextYear.id), fieldsOf(nextYear)).status == QStringLiteral("rejected"));

    second.amount.minor = 4'000'000;
    REQUIRE_APPLIED(s.create(s.f.lan, allocations, id(second.id), fieldsOf(second)));

    // The budget cannot drop below its allocations, nor change currency while it has any.
    MdfBudget lower = t.budget;
    lower.amount.minor = 9'999'999;
    o = s.update(s.f.lan, QStringLiteral("mdf_budget"), id(t.budget.id), fieldsOf(lower));
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.message.contains(QStringLiteral("MDF-01")));
    MdfBudget euros = t.budget;
    euros.amount.currency = QStringLiteral("EUR");
    CHECK(s.update(s.f.lan, QStringLiteral("mdf_budget"), id(t.budget.id), fieldsOf(euros)).status
          == QStringLiteral("rejected"));
    // A budget with allocations is not deleted; an allocation without requests is, and its restore is re-checked.
    CHECK(s.send(s.f.lan, QStringLiteral("delete"), QStringLiteral("mdf_budget"), id(t.budget.id)).status
          == QStringLiteral("rejected"));
    REQUIRE_APPLIED(s.send(s.f.lan, QStringLiteral("delete"), allocations, id(second.id)));
    MdfAllocation bigger = t.allocation;
    bigger.amount.minor = 10'000'000;
    REQUIRE_APPLIED(s.update(s.f.lan, allocations, id(t.allocation.id), fieldsOf(bigger)));
    o = s.send(s.f.lan, QStringLiteral("restore"), allocations, id(second.id));
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.message.contains(QStringLiteral("MDF-01")));
    CHECK(o.message.contains(usd(14'000'000)));
}

TEMPLATE_TEST_CASE("server: only a budget's owner or an admin allocates it - nothing of another CAM's budget leaks", "", OnSqlite, OnPostgres)
{
    MdfServer s(TestType::backend);
    const Tree t = tree(s, 10'000'000, 6'000'000);
    const QString minhPartner = s.partner(s.f.minh, QStringLiteral("Minh's reseller"));

    // Minh cannot allocate Lan's budget to his own partner, and learns nothing about it from the answer.
    const MdfAllocation foreign = allocation(t.budget, minhPartner, 1'000);
    Outcome o = s.create(s.f.minh, QStringLiteral("mdf_allocation"), id(foreign.id), fieldsOf(foreign));
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.reason == QStringLiteral("permission"));
    CHECK_FALSE(o.message.contains(QStringLiteral("FY27")));
    CHECK_FALSE(o.message.contains(usd(10'000'000)));
    // Nor can he create a budget owned by Lan.
    const MdfBudget forLan = budget(QStringLiteral("lan"), 1'000);
    CHECK(s.create(s.f.minh, QStringLiteral("mdf_budget"), id(forLan.id), fieldsOf(forLan)).reason
          == QStringLiteral("permission"));

    // An administrator may allocate Lan's budget to Minh's partner; Minh, the partner's owner, sees the allocation but
    // may not change the money in it.
    MdfAllocation shared = allocation(t.budget, minhPartner, 4'000'000);
    REQUIRE_APPLIED(s.create(s.f.boss, QStringLiteral("mdf_allocation"), id(shared.id), fieldsOf(shared)));
    shared.amount.minor = 4'000'001;
    o = s.update(s.f.minh, QStringLiteral("mdf_allocation"), id(shared.id), fieldsOf(shared));
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.reason == QStringLiteral("permission"));
    // MDF-01 holds across every scope: Lan cannot raise his own allocation into what Minh's partner holds.
    MdfAllocation lans = t.allocation;
    lans.amount.minor = 6'000'001;
    o = s.update(s.f.lan, QStringLiteral("mdf_allocation"), id(t.allocation.id), fieldsOf(lans));
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.message.contains(QStringLiteral("MDF-01")));

    // Minh's requests, claims and payments cannot point into Lan's scope: answered like a missing record.
    MdfRequest intoLans = request(t.allocation, { 1'000 });
    intoLans.partnerId = raw(minhPartner);
    o = s.create(s.f.minh, QStringLiteral("mdf_request"), id(intoLans.id), fieldsOf(intoLans));
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.reason == QStringLiteral("missing_parent"));
    const MdfRequest lansRequest = approvedRequest(s, t.allocation, { 600'000 }, QStringLiteral("Lan's roadshow"));
    MdfClaim intoLansRequest = claim(lansRequest, { 1'000 }, QStringLiteral("Minh's claim"));
    intoLansRequest.partnerId = raw(minhPartner);
    o = s.create(s.f.minh, QStringLiteral("mdf_claim"), id(intoLansRequest.id), fieldsOf(intoLansRequest));
    CHECK(o.reason == QStringLiteral("missing_parent"));
    CHECK_FALSE(o.message.contains(QStringLiteral("Lan's roadshow")));
    // And Lan's records themselves answer "not found" to Minh.
    MdfRequest edited = lansRequest;
    edited.title = QStringLiteral("Taken over");
    CHECK(s.update(s.f.minh, QStringLiteral("mdf_request"), id(lansRequest.id), fieldsOf(edited)).reason
          == QStringLiteral("not_found"));

    // Minh's snapshot holds his partner and the allocation in its scope, nothing of Lan's budget tree.
    const ApiReply page = s.f.service->pull(s.f.minh, ClientB, QString(), 1000);
    REQUIRE(page.status == 200);
    QSet<QString> seen;
    for (const QJsonValue& item : page.body.value(QStringLiteral("items")).toArray())
        seen.insert(item.toObject().value(QStringLiteral("id")).toString());
    CHECK(seen.contains(id(shared.id)));
    CHECK_FALSE(seen.contains(id(t.budget.id)));
    CHECK_FALSE(seen.contains(id(t.allocation.id)));
    CHECK_FALSE(seen.contains(id(lansRequest.id)));
}

TEMPLATE_TEST_CASE("server: MDF-02 and MDF-05 - requests follow the workflow from the server's status - committed stays within the allocation", "", OnSqlite, OnPostgres)
{
    MdfServer s(TestType::backend);
    Tree t = tree(s, 10'000'000, 1'000'000);
    const QString requests = QStringLiteral("mdf_request");

    // A new request starts as a draft; a draft cannot be approved without being submitted.
    MdfRequest early = approved(request(t.allocation, { 1'000 }));
    CHECK(s.create(s.f.lan, requests, id(early.id), fieldsOf(early)).status == QStringLiteral("rejected"));
    MdfRequest first = request(t.allocation, { 600'000 });
    REQUIRE_APPLIED(s.create(s.f.lan, requests, id(first.id), fieldsOf(first)));
    Outcome o = s.update(s.f.lan, requests, id(first.id), fieldsOf(approved(first)));
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.message.contains(QStringLiteral("draft")));
    first.status = QStringLiteral("submitted");
    REQUIRE_APPLIED(s.update(s.f.lan, requests, id(first.id), fieldsOf(first)));
    // MDF-05: a submitted request is read-only but for its workflow fields.
    MdfRequest retitled = first;
    retitled.title = QStringLiteral("Renamed while submitted");
    o = s.update(s.f.lan, requests, id(first.id), fieldsOf(retitled));
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.message.contains(QStringLiteral("MDF-05")));
    first = approved(first);
    REQUIRE_APPLIED(s.update(s.f.lan, requests, id(first.id), fieldsOf(first)));

    // MDF-02: 600,000 + 400,001 > 1,000,000 is refused with the amounts; a partial approval to exactly the rest fits.
    MdfRequest second = request(t.allocation, { 500'000 }, QStringLiteral("Webinar"));
    REQUIRE_APPLIED(s.create(s.f.lan, requests, id(second.id), fieldsOf(second)));
    second.status = QStringLiteral("submitted");
    REQUIRE_APPLIED(s.update(s.f.lan, requests, id(second.id), fieldsOf(second)));
    o = s.update(s.f.lan, requests, id(second.id), fieldsOf(approved(second, { { QStringLiteral("l1"), 400'001 } })));
    INFO(o.message.toStdString());
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.message.contains(QStringLiteral("MDF-02")));
    CHECK(o.message.contains(usd(1'000'001)));
    CHECK(o.message.contains(usd(1'000'000)));
    second = approved(second, { { QStringLiteral("l1"), 400'000 } });
    REQUIRE_APPLIED(s.update(s.f.lan, requests, id(second.id), fieldsOf(second)));
    CHECK(second.status == QStringLiteral("partially_approved"));

    // The allocation cannot shrink below what its requests hold.
    MdfAllocation smaller = t.allocation;
    smaller.amount.minor = 999'999;
    o = s.update(s.f.lan, QStringLiteral("mdf_allocation"), id(t.allocation.id), fieldsOf(smaller));
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.message.contains(QStringLiteral("MDF-02")));

    // Unless the budget allows a negative balance: then an allocation may be overdrawn (never the budget's sum of
    // allocations), and the flag cannot be turned off again while one is.
    MdfRequest third = request(t.allocation, { 100 }, QStringLiteral("Flyers"));
    REQUIRE_APPLIED(s.create(s.f.lan, requests, id(third.id), fieldsOf(third)));
    third.status = QStringLiteral("submitted");
    REQUIRE_APPLIED(s.update(s.f.lan, requests, id(third.id), fieldsOf(third)));
    CHECK(s.update(s.f.lan, requests, id(third.id), fieldsOf(approved(third))).status == QStringLiteral("rejected"));
    t.budget.allowNegative = true;
    REQUIRE_APPLIED(s.update(s.f.lan, QStringLiteral("mdf_budget"), id(t.budget.id), fieldsOf(t.budget)));
    third = approved(third);
    REQUIRE_APPLIED(s.update(s.f.lan, requests, id(third.id), fieldsOf(third)));
    t.budget.allowNegative = false;
    o = s.update(s.f.lan, QStringLiteral("mdf_budget"), id(t.budget.id), fieldsOf(t.budget));
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.message.contains(QStringLiteral("MDF-02")));
    // Only drafts are deleted.
    CHECK(s.send(s.f.lan, QStringLiteral("delete"), requests, id(third.id)).status == QStringLiteral("rejected"));

    // MDF-03 (Zift): a request cannot be submitted against an allocation that is not authorised.
    const QString lockedPartner = s.partner(s.f.lan, QStringLiteral("Lan's new reseller"));
    MdfAllocation locked = allocation(t.budget, lockedPartner, 1'000, QStringLiteral("2027-Q4"));
    locked.authorized = false;
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("mdf_allocation"), id(locked.id), fieldsOf(locked)));
    MdfRequest blocked = request(locked, { 500 }, QStringLiteral("Blocked"));
    REQUIRE_APPLIED(s.create(s.f.lan, requests, id(blocked.id), fieldsOf(blocked)));
    blocked.status = QStringLiteral("submitted");
    o = s.update(s.f.lan, requests, id(blocked.id), fieldsOf(blocked));
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.message.contains(QStringLiteral("MDF-03")));
}

TEMPLATE_TEST_CASE("server: MDF-08 and MDF-09 - claims need an approved request - stay within approved x vendor share - unique titles", "", OnSqlite, OnPostgres)
{
    MdfServer s(TestType::backend);
    const Tree t = tree(s, 10'000'000, 1'000'000);
    const QString claims = QStringLiteral("mdf_claim");

    // MDF-08: no claim against a request that is not approved.
    MdfRequest draft = request(t.allocation, { 1'000 }, QStringLiteral("Not yet approved"));
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("mdf_request"), id(draft.id), fieldsOf(draft)));
    const MdfClaim tooEarly = claim(draft, { 100 }, QStringLiteral("Too early"));
    Outcome o = s.create(s.f.lan, claims, id(tooEarly.id), fieldsOf(tooEarly));
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.message.contains(QStringLiteral("MDF-08")));

    // Approved 600,000 at a 50 % vendor share: claims may expose 300,000.
    MdfRequest r = approvedRequest(s, t.allocation, { 600'000 });
    MdfClaim first = claim(r, { 200'000 }, QStringLiteral("Roadshow costs"));
    MdfClaim early = first;
    early.status = QStringLiteral("submitted");
    CHECK(s.create(s.f.lan, claims, id(early.id), fieldsOf(early)).status == QStringLiteral("rejected")); // starts as draft
    REQUIRE_APPLIED(s.create(s.f.lan, claims, id(first.id), fieldsOf(first)));
    first.status = QStringLiteral("submitted");
    REQUIRE_APPLIED(s.update(s.f.lan, claims, id(first.id), fieldsOf(first)));

    // MDF-09: titles are unique (case-insensitively, as the client compares them).
    MdfClaim second = claim(r, { 100'001 }, QStringLiteral("ROADSHOW COSTS"));
    o = s.create(s.f.lan, claims, id(second.id), fieldsOf(second));
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.message.contains(QStringLiteral("MDF-09")));
    second.title = QStringLiteral("Booth");
    REQUIRE_APPLIED(s.create(s.f.lan, claims, id(second.id), fieldsOf(second)));
    // MDF-09: 200,000 + 100,001 > 300,000 is refused with the amounts; exactly 300,000 is accepted.
    second.status = QStringLiteral("submitted");
    o = s.update(s.f.lan, claims, id(second.id), fieldsOf(second));
    INFO(o.message.toStdString());
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.message.contains(QStringLiteral("MDF-09")));
    CHECK(o.message.contains(usd(300'001)));
    CHECK(o.message.contains(usd(300'000)));
    // The refused submission left the draft as it was: edited down (drafts are editable), it fits exactly.
    MdfClaim fitted = claim(r, { 100'000 }, QStringLiteral("Booth"));
    fitted.id = second.id;
    REQUIRE_APPLIED(s.update(s.f.lan, claims, id(second.id), fieldsOf(fitted)));
    fitted.status = QStringLiteral("submitted");
    REQUIRE_APPLIED(s.update(s.f.lan, claims, id(second.id), fieldsOf(fitted)));
    // Submitted, it is read-only.
    MdfClaim grown = claim(r, { 100'001 }, QStringLiteral("Booth"));
    grown.id = second.id;
    grown.status = QStringLiteral("submitted");
    CHECK(s.update(s.f.lan, claims, id(second.id), fieldsOf(grown)).status == QStringLiteral("rejected"));

    // Approving less lowers the exposure and makes room for another claim, but never beyond the cap.
    first.status = QStringLiteral("approved");
    first.approvedMinor = 150'000;
    REQUIRE_APPLIED(s.update(s.f.lan, claims, id(first.id), fieldsOf(first)));
    MdfClaim third = claim(r, { 50'001 }, QStringLiteral("Travel"));
    REQUIRE_APPLIED(s.create(s.f.lan, claims, id(third.id), fieldsOf(third)));
    third.status = QStringLiteral("submitted");
    CHECK(s.update(s.f.lan, claims, id(third.id), fieldsOf(third)).status == QStringLiteral("rejected"));
    MdfClaim travel = claim(r, { 50'000 }, QStringLiteral("Travel"));
    travel.id = third.id;
    REQUIRE_APPLIED(s.update(s.f.lan, claims, id(third.id), fieldsOf(travel)));
    travel.status = QStringLiteral("submitted");
    REQUIRE_APPLIED(s.update(s.f.lan, claims, id(third.id), fieldsOf(travel)));
}

TEMPLATE_TEST_CASE("server: MDF-11 - payments follow the approved claim and the claim's paid status matches them", "", OnSqlite, OnPostgres)
{
    MdfServer s(TestType::backend);
    const Tree t = tree(s, 10'000'000, 1'000'000);
    const QString claims = QStringLiteral("mdf_claim");
    const QString payments = QStringLiteral("mdf_payment");
    MdfRequest r = approvedRequest(s, t.allocation, { 600'000 });

    MdfClaim c = claim(r, { 200'000 }, QStringLiteral("Roadshow costs"));
    REQUIRE_APPLIED(s.create(s.f.lan, claims, id(c.id), fieldsOf(c)));
    c.status = QStringLiteral("submitted");
    REQUIRE_APPLIED(s.update(s.f.lan, claims, id(c.id), fieldsOf(c)));

    // Not paid before it is approved.
    const MdfPayment tooEarly = payment(c, 1'000);
    Outcome o = s.create(s.f.lan, payments, id(tooEarly.id), fieldsOf(tooEarly));
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.message.contains(QStringLiteral("MDF-11")));

    c.status = QStringLiteral("approved");
    c.approvedMinor = 150'000;
    REQUIRE_APPLIED(s.update(s.f.lan, claims, id(c.id), fieldsOf(c)));
    // The approved amount is fixed once approved.
    MdfClaim raised = c;
    raised.approvedMinor = 160'000;
    CHECK(s.update(s.f.lan, claims, id(c.id), fieldsOf(raised)).status == QStringLiteral("rejected"));

    // The client writes the payment, then the claim's status that follows from it.
    const MdfPayment p1 = payment(c, 100'000);
    REQUIRE_APPLIED(s.create(s.f.lan, payments, id(p1.id), fieldsOf(p1)));
    MdfClaim paid = c;
    paid.status = QStringLiteral("paid");
    o = s.update(s.f.lan, claims, id(c.id), fieldsOf(paid));
    CHECK(o.status == QStringLiteral("rejected")); // 100,000 of 150,000 is partial
    CHECK(o.message.contains(QStringLiteral("MDF-11")));
    c.status = QStringLiteral("partially_paid");
    REQUIRE_APPLIED(s.update(s.f.lan, claims, id(c.id), fieldsOf(c)));

    // MDF-11: 100,000 + 50,001 > 150,000 is refused with the amounts; exactly the rest is accepted.
    MdfPayment p2 = payment(c, 50'001);
    o = s.create(s.f.lan, payments, id(p2.id), fieldsOf(p2));
    INFO(o.message.toStdString());
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.message.contains(QStringLiteral("MDF-11")));
    CHECK(o.message.contains(usd(150'001)));
    CHECK(o.message.contains(usd(150'000)));
    p2.amount.minor = 50'000;
    REQUIRE_APPLIED(s.create(s.f.lan, payments, id(p2.id), fieldsOf(p2)));
    c.status = QStringLiteral("paid");
    REQUIRE_APPLIED(s.update(s.f.lan, claims, id(c.id), fieldsOf(c)));
    const MdfPayment extra = payment(c, 1);
    CHECK(s.create(s.f.lan, payments, id(extra.id), fieldsOf(extra)).status == QStringLiteral("rejected"));

    // Voiding a payment: the tombstone first, then the claim back to partially paid; a restore is re-checked.
    REQUIRE_APPLIED(s.send(s.f.lan, QStringLiteral("delete"), payments, id(p2.id)));
    c.status = QStringLiteral("partially_paid");
    REQUIRE_APPLIED(s.update(s.f.lan, claims, id(c.id), fieldsOf(c)));
    const MdfPayment p3 = payment(c, 50'000);
    REQUIRE_APPLIED(s.create(s.f.lan, payments, id(p3.id), fieldsOf(p3)));
    o = s.send(s.f.lan, QStringLiteral("restore"), payments, id(p2.id));
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.message.contains(QStringLiteral("MDF-11")));
    // Only drafts are deleted.
    CHECK(s.send(s.f.lan, QStringLiteral("delete"), claims, id(c.id)).status == QStringLiteral("rejected"));
}

TEMPLATE_TEST_CASE("server: MDF-09 - closing a request waits for its claims and gives the unclaimed rest back (MDF-02)", "", OnSqlite, OnPostgres)
{
    MdfServer s(TestType::backend);
    const Tree t = tree(s, 10'000'000, 1'000'000);
    const QString requests = QStringLiteral("mdf_request");
    const QString claims = QStringLiteral("mdf_claim");
    MdfRequest r = approvedRequest(s, t.allocation, { 600'000 });
    MdfClaim c = claim(r, { 100'000 }, QStringLiteral("Booth"));
    REQUIRE_APPLIED(s.create(s.f.lan, claims, id(c.id), fieldsOf(c)));
    c.status = QStringLiteral("submitted");
    REQUIRE_APPLIED(s.update(s.f.lan, claims, id(c.id), fieldsOf(c)));

    // Closing waits for the submitted claim (the state table's own reason, from the server's claim totals).
    MdfRequest closed = r;
    closed.status = QStringLiteral("closed");
    Outcome o = s.update(s.f.lan, requests, id(r.id), fieldsOf(closed));
    CHECK(o.status == QStringLiteral("rejected"));
    c.status = QStringLiteral("approved");
    c.approvedMinor = 80'000;
    REQUIRE_APPLIED(s.update(s.f.lan, claims, id(c.id), fieldsOf(c)));
    REQUIRE_APPLIED(s.update(s.f.lan, requests, id(r.id), fieldsOf(closed)));

    // Closed, the request holds only its approved claims (80,000): the other 920,000 can be approved elsewhere, and
    // not a minor unit more.
    MdfRequest rest = request(t.allocation, { 920'001 }, QStringLiteral("Second wave"));
    REQUIRE_APPLIED(s.create(s.f.lan, requests, id(rest.id), fieldsOf(rest)));
    rest.status = QStringLiteral("submitted");
    REQUIRE_APPLIED(s.update(s.f.lan, requests, id(rest.id), fieldsOf(rest)));
    o = s.update(s.f.lan, requests, id(rest.id), fieldsOf(approved(rest)));
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.message.contains(usd(1'000'001)));
    rest = approved(rest, { { QStringLiteral("l1"), 920'000 } });
    REQUIRE_APPLIED(s.update(s.f.lan, requests, id(rest.id), fieldsOf(rest)));
}

TEMPLATE_TEST_CASE("server: a schema-2 database is upgraded to the current schema and its MDF index rebuilt", "", OnSqlite, OnPostgres)
{
    MdfServer s(TestType::backend);
    const Tree t = tree(s, 1'000'000, 600'000);
    // What a schema-2 server left: no MDF or training tables, the scope index by scope alone, version 2 (the rows are
    // there, as a development build could have written them).
    for (const char* statement : { "DROP TABLE mdf_index", "DROP TABLE attachment_blob", "DROP TABLE cert_evidence",
                                   "DROP INDEX record_by_scope_entity", "CREATE INDEX record_by_scope ON record(scope_id)" })
        REQUIRE(Sql::exec(s.f.db->connection(), QString::fromLatin1(statement)).ok());
    REQUIRE(Sql::exec(s.f.db->connection(), QStringLiteral("UPDATE server_meta SET v = '2' WHERE k = 'schema_version'")).ok());
    s.f.service.reset();
    s.f.db.reset();

    auto reopened = ServerDatabase::open(s.f.location);
    if (!reopened)
        FAIL(reopened.error().toLogString().toStdString());
    s.f.db = std::move(reopened).value();
    s.f.service = std::make_unique<SyncService>(*s.f.db);
    CHECK(s.f.db->meta(QStringLiteral("schema_version")) == QStringLiteral("4"));
    QSqlQuery query(s.f.db->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM mdf_index")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 2);
    query.finish();
    // The rebuilt index enforces MDF-01 at once.
    const MdfAllocation over
        = allocation(t.budget, s.partner(s.f.lan, QStringLiteral("Lan's second reseller")), 400'001, QStringLiteral("2027-H2"));
    const Outcome o = s.create(s.f.lan, QStringLiteral("mdf_allocation"), id(over.id), fieldsOf(over));
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.message.contains(QStringLiteral("MDF-01")));
}

TEMPLATE_TEST_CASE("server: attachment contents are stored by SHA-256 - verified on upload - served only to who sees an attachment naming them", "", OnSqlite, OnPostgres)
{
    MdfServer s(TestType::backend);
    BlobService blobs(*s.f.db);
    const Tree t = tree(s, 1'000'000, 600'000);
    const MdfRequest r = approvedRequest(s, t.allocation, { 600'000 });
    const MdfClaim c = claim(r, { 1'000 }, QStringLiteral("Receipts"));
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("mdf_claim"), id(c.id), fieldsOf(c)));

    const QByteArray content = QByteArrayLiteral("%PDF-1.7 a receipt for 10.00 USD");
    const MdfAttachment a = attachment(c, content);

    // An attachment whose content never reached the server is refused: every accepted one can be downloaded.
    Outcome o = s.create(s.f.lan, QStringLiteral("mdf_attachment"), id(a.id), fieldsOf(a));
    CHECK(o.status == QStringLiteral("rejected"));
    CHECK(o.message.contains(QStringLiteral("receipt.pdf")));

    // Uploads are checked: the name must be the content's SHA-256, within 25 MiB.
    QByteArray tampered = content;
    tampered[0] = 'X';
    CHECK(blobs.put(s.f.lan, a.sha256, tampered).status == 422);
    CHECK(blobs.put(s.f.lan, a.sha256.toUpper(), content).status == 400);
    const QByteArray huge(BlobService::MaxBytes + 1, 'a');
    const QString hugeSha = QString::fromLatin1(QCryptographicHash::hash(huge, QCryptographicHash::Sha256).toHex());
    CHECK(blobs.put(s.f.lan, hugeSha, huge).status == 413);
    ApiReply put = blobs.put(s.f.lan, a.sha256, content);
    REQUIRE(put.status == 200);
    CHECK(put.body.value(QStringLiteral("stored")).toBool());
    put = blobs.put(s.f.minh, a.sha256, content); // the same content again: nothing changes
    REQUIRE(put.status == 200);
    CHECK_FALSE(put.body.value(QStringLiteral("stored")).toBool());

    // Stored but named by no attachment yet: nobody can read it.
    CHECK(blobs.get(s.f.lan, a.sha256).status == 404);
    MdfAttachment wrongSize = a;
    wrongSize.sizeBytes += 1;
    CHECK(s.create(s.f.lan, QStringLiteral("mdf_attachment"), id(a.id), fieldsOf(wrongSize)).status
          == QStringLiteral("rejected"));
    REQUIRE_APPLIED(s.create(s.f.lan, QStringLiteral("mdf_attachment"), id(a.id), fieldsOf(a)));

    ApiReply got = blobs.get(s.f.lan, a.sha256);
    REQUIRE(got.status == 200);
    CHECK(got.encoded == content);
    CHECK(blobs.get(s.f.boss, a.sha256).encoded == content); // an admin sees every scope
    CHECK(blobs.get(s.f.minh, a.sha256).status == 404);       // answered like missing content

    // Once the attachment is deleted nobody is served the content any more.
    REQUIRE_APPLIED(s.send(s.f.lan, QStringLiteral("delete"), QStringLiteral("mdf_attachment"), id(a.id)));
    CHECK(blobs.get(s.f.lan, a.sha256).status == 404);
}
