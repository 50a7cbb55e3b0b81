// Deal registrations through DealRepository: create, edit and read-only refusals, numbers, the outbox (every change
// writes the deal and its history event in one transaction), history, conversion (DR-10), approval limits with
// escalation (DR-03), extensions (DR-09) and deletion of drafts only.
#include "DealTestSupport.h"
#include "common/Uuid.h"
#include "deals/DealValidator.h"
#include "storage/RecordWriter.h"
#include "storage/Transaction.h"
#include "support/TempDatabase.h"
#include "sync/SyncRowWriter.h"
#include "sync/SyncSchema.h"
#include "sync/SyncStore.h"
#include "deals/DealQuery.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace ChannelDesk;
using namespace ChannelDesk::Test;

namespace {

struct OutboxRow
{
    QString entity;
    QByteArray rowId;
    QString op;
    QJsonObject fields;
};

QList<OutboxRow> outbox(Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT entity, row_id, op, fields FROM sync_outbox WHERE entity LIKE 'deal%' "
                                  "ORDER BY mutation_id")));
    QList<OutboxRow> rows;
    while (q.next())
        rows.append({ q.value(0).toString(), q.value(1).toByteArray(), q.value(2).toString(),
                      QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object() });
    return rows;
}

struct FaultGuard
{
    explicit FaultGuard(RecordWriter::FaultHook hook) { RecordWriter::setFaultHook(std::move(hook)); }
    ~FaultGuard() { RecordWriter::setFaultHook({}); }
};

/// Fails the n-th row write (1-based) after the hook is set.
RecordWriter::FaultHook failAtWrite(int n)
{
    auto count = std::make_shared<int>(0);
    return [count, n](const char* point) -> Status {
        if (qstrcmp(point, "after-row-write") == 0 && ++*count == n)
            return Error::storage(QStringLiteral("injected"), QStringLiteral("test"));
        return {};
    };
}

QStringList actions(const QList<DealEvent>& events)
{
    QStringList list;
    for (const DealEvent& e : events)
        list.append(e.action);
    return list;
}

} // namespace

TEST_CASE("create fills number - CAM - amount and local keys and records a create event", "[deals][repository]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("anna"));
    DealRepository repo(temp.db());

    Deal input = registration(partner, QStringLiteral("  Công ty TNHH Ánh Dương "), { QStringLiteral("SW-CORE-USR"), QStringLiteral("SUP-STD") },
                              QStringLiteral("https://www.anhduong.vn/lien-he"));
    input.amount.minor = 1; // recomputed from the lines
    input.status = QStringLiteral("approved"); // ignored: a new registration is a draft
    input.expiresOn = QDate(2030, 1, 1);
    const Result<Deal> created = repo.create(input, QStringLiteral("pat"));
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    const Deal& d = created.value();
    CHECK(d.id.size() == 16);
    CHECK(d.status == QStringLiteral("draft"));
    CHECK_FALSE(d.expiresOn.isValid());
    CHECK(d.cam == QStringLiteral("anna"));
    CHECK(d.customerName == QStringLiteral("Công ty TNHH Ánh Dương"));
    CHECK(d.amount.minor == 2 * 10 * 36000);
    static const QRegularExpression format(QStringLiteral("^DR-\\d{4}-[0-9A-HJKMNP-TV-Z]{6}$"));
    CHECK(format.match(d.number).hasMatch());
    CHECK(d.number.mid(3, 4) == QDate::currentDate().toString(QStringLiteral("yyMM")));

    QSqlQuery q(temp.db().connection());
    q.prepare(QStringLiteral("SELECT customer_key, customer_host, search_text FROM deal WHERE id = ?"));
    q.addBindValue(d.id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("anh duong"));
    CHECK(q.value(1).toString() == QStringLiteral("anhduong.vn"));
    const QStringList words = q.value(2).toString().split(QLatin1Char(' '));
    CHECK(words.contains(QStringLiteral("alpha")));  // partner name
    CHECK(words.contains(QStringLiteral("anh")));    // customer, folded
    CHECK(words.contains(QStringLiteral("munchen"))); // city, folded
    CHECK(words.contains(d.number.toLower().split(QLatin1Char('-')).last()));
    CHECK(countRows(temp.db(), QStringLiteral("SELECT count(*) FROM deal_product WHERE deal_local_id = "
                                              "(SELECT local_id FROM deal WHERE id = ?)"), { d.id }) == 2);

    const auto history = repo.history(d.id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->at(0).action == QStringLiteral("create"));
    CHECK(history->at(0).actor == QStringLiteral("pat"));
    CHECK(history->at(0).toStatus == QStringLiteral("draft"));
    CHECK(history->at(0).partnerId == partner);
    CHECK(QJsonDocument::fromJson(history->at(0).detail.toUtf8()).object().value(QStringLiteral("number")).toString()
          == d.number);

    CHECK(repo.byNumber(d.number.toLower())->id == d.id);
    CHECK(repo.byNumber(QStringLiteral("DR-0000-000000")).error().code == Error::Code::NotFound);

    // An opportunity created directly starts open and gets an OP- number.
    Deal opportunity = registration(partner, QStringLiteral("Globex"));
    opportunity.kind = QStringLiteral("opportunity");
    const Result<Deal> op = repo.create(opportunity, QStringLiteral("pat"));
    REQUIRE(op.ok());
    CHECK(op->status == QStringLiteral("open"));
    CHECK(op->number.startsWith(QStringLiteral("OP-")));
}

TEST_CASE("create refuses invalid deals with the field at fault", "[deals][repository][validation]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"));
    DealRepository repo(temp.db());

    Deal noPartner = registration({}, QStringLiteral("Acme"));
    CHECK(repo.create(noPartner, QStringLiteral("pat")).error().field == QStringLiteral("partner_id"));
    Deal unknownPartner = registration(Uuid::createV7(), QStringLiteral("Acme"));
    CHECK(repo.create(unknownPartner, QStringLiteral("pat")).error().message == QStringLiteral("The partner no longer exists."));
    Deal noCustomer = registration(partner, QStringLiteral("   "));
    CHECK(repo.create(noCustomer, QStringLiteral("pat")).error().field == QStringLiteral("customer_name"));
    Deal badCurrency = registration(partner, QStringLiteral("Acme"));
    badCurrency.amount.currency = QStringLiteral("XYZ1");
    CHECK(repo.create(badCurrency, QStringLiteral("pat")).error().field == QStringLiteral("currency"));
    Deal noCurrency = registration(partner, QStringLiteral("Acme"));
    noCurrency.amount.currency.clear();
    CHECK(repo.create(noCurrency, QStringLiteral("pat")).error().message == QStringLiteral("Choose the deal's currency."));
    Deal badQuantity = registration(partner, QStringLiteral("Acme"));
    badQuantity.lineItems[0].quantity = 0;
    CHECK(repo.create(badQuantity, QStringLiteral("pat")).error().message.contains(QStringLiteral("quantity")));
    CHECK(countRows(temp.db(), QStringLiteral("SELECT count(*) FROM deal")) == 0);
    CHECK(outbox(temp.db()).isEmpty());

    PartnerRepository partners(temp.db());
    REQUIRE(partners.remove(partner).ok());
    CHECK(repo.create(registration(partner, QStringLiteral("Acme")), QStringLiteral("pat")).error().message.contains(
        QStringLiteral("was deleted")));
}

TEST_CASE("DealValidator rules and their messages", "[deals][validation]")
{
    Deal d = registration(Uuid::createV7(), QStringLiteral("Acme"));
    REQUIRE(DealValidator::validate(d).ok());
    REQUIRE(DealValidator::validateForSubmit(d).ok());

    const auto field = [](const Deal& deal) { return DealValidator::validate(deal).error().field; };
    Deal x = d;
    x.amount.minor += 1;
    CHECK(field(x) == QStringLiteral("amount_minor")); // Σ line items
    CHECK(DealValidator::validate(x).error().message
          == QStringLiteral("The amount ($3,600.01) must equal the sum of the line items ($3,600.00)."));
    x = d;
    x.lineItems[0].unitPriceMinor = -1;
    x.amount.minor = -10;
    CHECK(DealValidator::validate(x).error().message.contains(QStringLiteral("unit price cannot be negative")));
    x = d;
    x.lineItems.clear();
    x.amount.minor = -5;
    CHECK(field(x) == QStringLiteral("amount_minor"));
    x.amount = { 0, QString() }; // no amount, no lines: no currency needed
    CHECK(DealValidator::validate(x).ok());
    CHECK(DealValidator::validateForSubmit(x).error().field == QStringLiteral("line_items"));
    x = d;
    x.probability = 101;
    CHECK(field(x) == QStringLiteral("probability"));
    x.probability = 0;
    CHECK(DealValidator::validate(x).ok());
    x = d;
    x.salesStage = QStringLiteral("dreaming");
    CHECK(field(x) == QStringLiteral("sales_stage"));
    x = d;
    x.kind = QStringLiteral("lead");
    CHECK(field(x) == QStringLiteral("kind"));
    x = d;
    x.status = QStringLiteral("won"); // an opportunity status on a registration
    CHECK(field(x) == QStringLiteral("status"));
    x = d;
    x.closureCode = QStringLiteral("rejected"); // not closed
    CHECK(field(x) == QStringLiteral("closure_code"));
    x.status = QStringLiteral("closed");
    CHECK(DealValidator::validate(x).ok());
    x.closureCode.clear();
    CHECK(field(x) == QStringLiteral("closure_code"));
    x = d;
    x.customerContactEmail = QStringLiteral("not an address");
    CHECK(field(x) == QStringLiteral("customer_contact_email"));
    x = d;
    x.customerCountry = QStringLiteral("XX");
    CHECK(field(x) == QStringLiteral("customer_country"));
    x = d;
    x.expectedClose = {};
    CHECK(DealValidator::validate(x).ok());
    CHECK(DealValidator::validateForSubmit(x).error().field == QStringLiteral("expected_close"));
    x = d;
    x.lineItems[0].unitPriceMinor = 0;
    x.amount.minor = 0;
    CHECK(DealValidator::validateForSubmit(x).error().field == QStringLiteral("amount_minor"));
    x = d;
    x.lineItems[0].quantity = std::numeric_limits<qint64>::max() / 2;
    CHECK(DealValidator::validate(x).error().message.contains(QStringLiteral("too large")));

    Deal before = d;
    before.number = QStringLiteral("DR-2606-AAAAAA");
    x = before;
    x.number = QStringLiteral("DR-2606-BBBBBB");
    CHECK(DealValidator::validate(x, &before).error().field == QStringLiteral("number"));
    x = before;
    x.kind = QStringLiteral("opportunity");
    x.status = QStringLiteral("open");
    CHECK(DealValidator::validate(x, &before).error().field == QStringLiteral("kind"));
}

TEST_CASE("numbers are unique - a collision with an existing number takes fresh bits", "[deals][repository]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"));
    DealRepository repo(temp.db());

    Deal first = registration(partner, QStringLiteral("Acme"));
    first.id = Uuid::createV7();
    const Result<Deal> a = repo.create(first, QStringLiteral("pat"));
    REQUIRE(a.ok());
    // Another id with the same random tail (different clock bits) would give the same number.
    Deal second = registration(partner, QStringLiteral("Globex"));
    second.id = Uuid::createV7();
    second.id.replace(10, 6, first.id.mid(10, 6));
    const Result<Deal> b = repo.create(second, QStringLiteral("pat"));
    REQUIRE(b.ok());
    CHECK(b->id == second.id);
    CHECK(a->number != b->number);

    QSet<QString> numbers { a->number, b->number };
    for (int i = 0; i < 40; ++i) {
        const Result<Deal> d = repo.create(registration(partner, QStringLiteral("Customer %1").arg(i)), QStringLiteral("pat"));
        REQUIRE(d.ok());
        numbers.insert(d->number);
    }
    CHECK(numbers.size() == 42);
}

TEST_CASE("every change writes the deal and its event with outbox entries in one transaction", "[deals][repository][outbox]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"));
    DealRepository repo(temp.db());

    const Result<Deal> created = repo.create(registration(partner, QStringLiteral("Acme")), QStringLiteral("pat"));
    REQUIRE(created.ok());
    QList<OutboxRow> entries = outbox(temp.db());
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].entity == QStringLiteral("deal"));
    CHECK(entries[0].op == QStringLiteral("create"));
    CHECK(entries[0].rowId == created->id);
    CHECK(entries[0].fields.value(QStringLiteral("number")).toString() == created->number);
    CHECK(entries[0].fields.value(QStringLiteral("status")).toString() == QStringLiteral("draft"));
    CHECK_FALSE(entries[0].fields.contains(QStringLiteral("customer_key"))); // local columns never sync
    CHECK_FALSE(entries[0].fields.contains(QStringLiteral("search_text")));
    CHECK(entries[1].entity == QStringLiteral("deal_event"));
    CHECK(entries[1].op == QStringLiteral("create"));
    CHECK(entries[1].fields.value(QStringLiteral("deal_id")).toString() == Uuid::toString(created->id));
    CHECK(entries[1].fields.value(QStringLiteral("action")).toString() == QStringLiteral("create"));

    const Result<Deal> submitted = repo.transition(created->id, DealAction::Submit, by(QStringLiteral("pat")));
    REQUIRE(submitted.ok());
    entries = outbox(temp.db());
    REQUIRE(entries.size() == 4);
    CHECK(entries[2].entity == QStringLiteral("deal"));
    CHECK(entries[2].op == QStringLiteral("update"));
    CHECK(entries[2].fields.value(QStringLiteral("status")).toString() == QStringLiteral("submitted"));
    CHECK(entries[2].fields.contains(QStringLiteral("submitted_at")));
    CHECK(entries[3].entity == QStringLiteral("deal_event"));
    CHECK(entries[3].fields.value(QStringLiteral("from_status")).toString() == QStringLiteral("draft"));
    CHECK(entries[3].fields.value(QStringLiteral("to_status")).toString() == QStringLiteral("submitted"));

    SECTION("a failure while writing the event leaves neither the status change nor any entry")
    {
        FaultGuard guard(failAtWrite(2)); // 1 = the deal row, 2 = the event row
        const Result<Deal> failed = repo.transition(created->id, DealAction::StartReview, by(QStringLiteral("anna")));
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().message == QStringLiteral("injected"));
        CHECK(repo.get(created->id)->status == QStringLiteral("submitted"));
        CHECK(outbox(temp.db()).size() == 4);
        CHECK(repo.history(created->id)->size() == 2);
    }
    SECTION("a failure while creating leaves no deal - no event - no entry")
    {
        FaultGuard guard(failAtWrite(2));
        const Result<Deal> failed = repo.create(registration(partner, QStringLiteral("Globex")), QStringLiteral("pat"));
        REQUIRE_FALSE(failed.ok());
        CHECK(countRows(temp.db(), QStringLiteral("SELECT count(*) FROM deal")) == 1);
        CHECK(countRows(temp.db(), QStringLiteral("SELECT count(*) FROM deal_event")) == 2);
        CHECK(outbox(temp.db()).size() == 4);
    }
    SECTION("a failure in the second half of a conversion undoes the opportunity too")
    {
        advance(repo, created->id, QStringLiteral("approved"));
        const qsizetype before = outbox(temp.db()).size();
        FaultGuard guard(failAtWrite(3)); // opportunity row, its event, then the registration row
        const Result<Deal> failed = repo.convert(created->id, by(QStringLiteral("anna")));
        REQUIRE_FALSE(failed.ok());
        CHECK(repo.get(created->id)->status == QStringLiteral("approved"));
        CHECK(countRows(temp.db(), QStringLiteral("SELECT count(*) FROM deal WHERE kind = 'opportunity'")) == 0);
        CHECK(outbox(temp.db()).size() == before);
    }
}

TEST_CASE("update saves editable deals - lists changed fields - refuses read-only ones and workflow fields", "[deals][repository]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"));
    const QByteArray otherPartner = makePartner(temp.db(), QStringLiteral("Beta Networks"));
    DealRepository repo(temp.db());
    Deal d = repo.create(registration(partner, QStringLiteral("Acme")), QStringLiteral("pat")).value();

    d.customerCity = QStringLiteral("Berlin");
    d.lineItems.append(line(QStringLiteral("SVC-IMPL"), 1, 1500000));
    d.partnerId = otherPartner; // allowed in a draft
    REQUIRE(repo.update(d, QStringLiteral("pat")).value() == true);
    Deal stored = repo.get(d.id).value();
    CHECK(stored.amount.minor == 360000 + 1500000); // Σ line items
    CHECK(stored.partnerId == otherPartner);
    auto events = repo.history(d.id).value();
    REQUIRE(events.size() == 2);
    CHECK(events[1].action == QStringLiteral("edit"));
    const QJsonArray fields = QJsonDocument::fromJson(events[1].detail.toUtf8()).object().value(QStringLiteral("fields")).toArray();
    QStringList names;
    for (const QJsonValue& v : fields)
        names.append(v.toString());
    names.sort();
    CHECK(names == QStringList { QStringLiteral("amount_minor"), QStringLiteral("customer_city"),
                                 QStringLiteral("line_items"), QStringLiteral("partner_id") });
    // No change: no event, no outbox entry.
    const qsizetype entries = outbox(temp.db()).size();
    CHECK(repo.update(stored, QStringLiteral("pat")).value() == false);
    CHECK(outbox(temp.db()).size() == entries);
    CHECK(repo.history(d.id)->size() == 2);

    // Workflow fields are the actions' business.
    Deal cheat = stored;
    cheat.status = QStringLiteral("approved");
    CHECK(repo.update(cheat, QStringLiteral("pat")).error().message
          == QStringLiteral("The status cannot be edited: it changes only through the deal's actions (submit, approve, extend…)."));
    cheat = stored;
    cheat.number = QStringLiteral("DR-0000-AAAAAA");
    CHECK(repo.update(cheat, QStringLiteral("pat")).error().field == QStringLiteral("number"));
    cheat = stored;
    cheat.approver = QStringLiteral("mallory");
    CHECK(repo.update(cheat, QStringLiteral("pat")).error().field == QStringLiteral("approver"));
    cheat = stored;
    cheat.expiresOn = QDate(2030, 1, 1);
    CHECK(repo.update(cheat, QStringLiteral("pat")).error().field == QStringLiteral("expires_on"));

    // Submitted: still editable, but the partner no longer changes.
    stored = repo.transition(d.id, DealAction::Submit, by(QStringLiteral("pat"))).value();
    stored.description = QStringLiteral("Second phase");
    CHECK(repo.update(stored, QStringLiteral("pat")).value() == true);
    cheat = repo.get(d.id).value();
    cheat.partnerId = partner;
    CHECK(repo.update(cheat, QStringLiteral("pat")).error().field == QStringLiteral("partner_id"));

    // Pending approval: read-only.
    stored = advance(repo, d.id, QStringLiteral("pending_approval"));
    stored.description = QStringLiteral("Third phase");
    CHECK(repo.update(stored, QStringLiteral("pat")).error().message
          == QStringLiteral("A registration in Pending approval is read-only: approve or reject it first."));

    // Approved: editable, and the expiry may be moved (DR-06), recorded as edit_expiry.
    stored = advance(repo, d.id, QStringLiteral("approved"));
    const QDate oldExpiry = stored.expiresOn;
    stored.expiresOn = oldExpiry.addDays(10);
    REQUIRE(repo.update(stored, QStringLiteral("anna")).value() == true);
    CHECK(repo.get(d.id)->expiresOn == oldExpiry.addDays(10));
    events = repo.history(d.id).value(); // edits are stamped with the real clock, the test's transitions later
    const auto editExpiry = std::find_if(events.cbegin(), events.cend(),
                                         [](const DealEvent& e) { return e.action == QLatin1String("edit_expiry"); });
    REQUIRE(editExpiry != events.cend());
    CHECK(editExpiry->actor == QStringLiteral("anna"));
    const QJsonObject detail = QJsonDocument::fromJson(editExpiry->detail.toUtf8()).object();
    CHECK(detail.value(QStringLiteral("expires_from")).toString() == oldExpiry.toString(Qt::ISODate));
    CHECK(detail.value(QStringLiteral("expires_to")).toString() == oldExpiry.addDays(10).toString(Qt::ISODate));
    stored = repo.get(d.id).value();
    stored.expiresOn = {};
    CHECK(repo.update(stored, QStringLiteral("anna")).error().field == QStringLiteral("expires_on"));

    // Closed: read-only.
    repo.transition(d.id, DealAction::CloseInactive, by(QStringLiteral("anna"), onDay(2), QStringLiteral("No news")))
        .value();
    stored = repo.get(d.id).value();
    stored.description = QStringLiteral("Too late");
    CHECK(repo.update(stored, QStringLiteral("anna")).error().message
          == QStringLiteral("This registration is closed (Closed for inactivity) and read-only."));
}

TEST_CASE("transitions record who - when - from - to and why in the history", "[deals][repository][history]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("anna"));
    DealRepository repo(temp.db());
    const Deal d = repo.create(registration(partner, QStringLiteral("Acme")), QStringLiteral("pat")).value();

    CHECK(repo.transition(d.id, DealAction::Submit, by(QStringLiteral("pat"), onDay(1, 9))).ok());
    CHECK(repo.transition(d.id, DealAction::StartReview, by(QStringLiteral("anna"), onDay(1, 10))).ok());
    // Reasons are required where the table says so.
    const auto noReason = repo.transition(d.id, DealAction::Reject, by(QStringLiteral("anna"), onDay(1, 11)));
    CHECK(noReason.error().field == QStringLiteral("reason"));
    CHECK(noReason.error().message == QStringLiteral("Say why the registration is rejected."));
    const auto rejected = repo.transition(d.id, DealAction::Reject,
                                          by(QStringLiteral("anna"), onDay(1, 11), QStringLiteral("Customer unknown")));
    REQUIRE(rejected.ok());
    CHECK(rejected->status == QStringLiteral("closed"));
    CHECK(rejected->closureCode == QStringLiteral("rejected"));
    CHECK(rejected->decidedAt == onDay(1, 11));
    CHECK(rejected->submittedAt == onDay(1, 9));
    // DR-01: a rejected registration stays rejected.
    CHECK(repo.transition(d.id, DealAction::Submit, by(QStringLiteral("pat"))).error().message.contains(QStringLiteral("rejected")));

    const QList<DealEvent> events = repo.history(d.id).value();
    CHECK(actions(events) == QStringList { QStringLiteral("create"), QStringLiteral("submit"), QStringLiteral("start_review"),
                                           QStringLiteral("reject") });
    CHECK(events[1].actor == QStringLiteral("pat"));
    CHECK(events[1].at == onDay(1, 9));
    CHECK(events[1].fromStatus == QStringLiteral("draft"));
    CHECK(events[1].toStatus == QStringLiteral("submitted"));
    CHECK(events[3].actor == QStringLiteral("anna"));
    CHECK(events[3].reason == QStringLiteral("Customer unknown"));
    CHECK(events[3].fromStatus == QStringLiteral("under_review"));
    CHECK(events[3].toStatus == QStringLiteral("closed"));
    for (const DealEvent& e : events)
        CHECK(e.dealId == d.id);
}

TEST_CASE("DR-02 a pending submission is recalled to draft and submitted again - capped - or withdrawn for good",
          "[deals][repository][history]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("anna"));
    DealRepository repo(temp.db());
    DealProgram program;
    program.maxRecalls = 2;
    REQUIRE(DealSettings(temp.db()).setProgram(program).ok());
    const Deal d = repo.create(registration(partner, QStringLiteral("Acme")), QStringLiteral("pat")).value();

    // 1st recall, from Submitted: back to draft, editable, and its place in the first-submitted order is given up.
    REQUIRE(repo.transition(d.id, DealAction::Submit, by(QStringLiteral("pat"), onDay(1))).ok());
    Result<Deal> r = repo.transition(d.id, DealAction::Recall, by(QStringLiteral("pat"), onDay(2)));
    REQUIRE(r.ok());
    CHECK(r->status == QStringLiteral("draft"));
    CHECK_FALSE(r->submittedAt.isValid());
    CHECK(DealWorkflow::isEditable(*r));
    Deal edited = *r;
    edited.description = QStringLiteral("Scope corrected after recall");
    REQUIRE(repo.update(edited, QStringLiteral("pat")).ok());
    r = repo.transition(d.id, DealAction::Submit, by(QStringLiteral("pat"), onDay(3)));
    REQUIRE(r.ok());
    CHECK(r->submittedAt == onDay(3)); // a new submission

    // 2nd recall, from Pending approval (read-only for edits, but the partner may still take it back).
    REQUIRE(repo.transition(d.id, DealAction::StartReview, by(QStringLiteral("anna"), onDay(4))).ok());
    REQUIRE(repo.transition(d.id, DealAction::SendForApproval, by(QStringLiteral("anna"), onDay(4))).ok());
    REQUIRE(repo.transition(d.id, DealAction::Recall, by(QStringLiteral("pat"), onDay(5))).ok());
    REQUIRE(repo.transition(d.id, DealAction::Submit, by(QStringLiteral("pat"), onDay(6))).ok());

    // The cap: a third recall is refused with the rule, and nothing changes.
    const auto capped = repo.transition(d.id, DealAction::Recall, by(QStringLiteral("pat"), onDay(7)));
    REQUIRE_FALSE(capped.ok());
    CHECK(capped.error().message.startsWith(d.number + QStringLiteral(" was recalled 2 times")));
    CHECK(capped.error().message.contains(QStringLiteral("DR-02")));
    CHECK(repo.get(d.id)->status == QStringLiteral("submitted"));

    // Withdrawn: closed for good, with the reason; never submitted again.
    CHECK(repo.transition(d.id, DealAction::Withdraw, by(QStringLiteral("pat"), onDay(8))).error().message
          == QStringLiteral("Say why the registration is withdrawn."));
    r = repo.transition(d.id, DealAction::Withdraw, by(QStringLiteral("pat"), onDay(8), QStringLiteral("Customer chose another vendor")));
    REQUIRE(r.ok());
    CHECK(r->status == QStringLiteral("closed"));
    CHECK(r->closureCode == QStringLiteral("withdrawn"));
    CHECK_FALSE(DealWorkflow::isOpen(*r));
    CHECK(repo.transition(d.id, DealAction::Submit, by(QStringLiteral("pat"), onDay(9))).error().message.contains(QStringLiteral("withdrawn")));

    // In time order: the edit was made "now", the workflow steps on the test's days.
    const QList<DealEvent> events = repo.history(d.id).value();
    CHECK(actions(events)
          == QStringList { QStringLiteral("create"), QStringLiteral("edit"), QStringLiteral("submit"), QStringLiteral("recall"),
                           QStringLiteral("submit"), QStringLiteral("start_review"), QStringLiteral("send_for_approval"),
                           QStringLiteral("recall"), QStringLiteral("submit"), QStringLiteral("withdraw") });
    CHECK(events[7].fromStatus == QStringLiteral("pending_approval"));
    CHECK(events[7].toStatus == QStringLiteral("draft"));
    CHECK(events[9].reason == QStringLiteral("Customer chose another vendor"));
    CHECK(events[9].toStatus == QStringLiteral("closed"));

    // With recalls set to 0 the program allows none.
    program.maxRecalls = 0;
    REQUIRE(DealSettings(temp.db()).setProgram(program).ok());
    const Deal other = repo.create(registration(partner, QStringLiteral("Globex")), QStringLiteral("pat")).value();
    REQUIRE(repo.transition(other.id, DealAction::Submit, by(QStringLiteral("pat"), onDay(1))).ok());
    CHECK(repo.transition(other.id, DealAction::Recall, by(QStringLiteral("pat"), onDay(2))).error().message.contains(
        QStringLiteral("recalled 0 times")));
}

TEST_CASE("DR-02 an approved or rejected registration is resubmitted as a new draft - capped - never a withdrawn one",
          "[deals][repository][resubmit]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("pat"));
    DealRepository repo(temp.db());
    DealSettings settings(temp.db());
    DealProgram program = settings.program().value();
    program.maxResubmissions = 2;
    REQUIRE(settings.setProgram(program).ok());

    Deal input = registration(partner, QStringLiteral("Acme"), { QStringLiteral("SW-CORE-USR"), QStringLiteral("SVC-IMPL") },
                              QStringLiteral("acme.example"));
    input.description = QStringLiteral("Rollout in two sites");
    input.competitor = QStringLiteral("Globex");
    const Deal original = repo.create(input, QStringLiteral("pat")).value();
    advance(repo, original.id, QStringLiteral("under_review"));
    REQUIRE(repo.transition(original.id, DealAction::Reject, by(QStringLiteral("pat"), onDay(1), QStringLiteral("Incomplete")))
                .ok());

    // A draft with what was registered; the original stays rejected (DR-01).
    const Deal copy = repo.resubmit(original.id, by(QStringLiteral("pat"), onDay(2))).value();
    CHECK(copy.id != original.id);
    CHECK(copy.number != original.number);
    CHECK(copy.status == QStringLiteral("draft"));
    CHECK(copy.customerName == QStringLiteral("Acme"));
    CHECK(copy.customerDomain == QStringLiteral("acme.example"));
    CHECK(copy.lineItems == original.lineItems);
    CHECK(copy.amount == original.amount);
    CHECK(copy.description == QStringLiteral("Rollout in two sites"));
    CHECK(copy.competitor == QStringLiteral("Globex"));
    CHECK(copy.cam == QStringLiteral("pat"));
    CHECK_FALSE(copy.submittedAt.isValid());
    CHECK(copy.approvalChain.isEmpty());
    const Deal still = repo.get(original.id).value();
    CHECK(still.status == QStringLiteral("closed"));
    CHECK(still.closureCode == QStringLiteral("rejected"));
    const DealEvent event = repo.history(original.id)->last();
    CHECK(event.action == QStringLiteral("resubmit"));
    CHECK(event.detail.contains(copy.number));
    CHECK(repo.history(copy.id)->first().detail.contains(original.number));

    // The copy goes round again; its own resubmission counts on the original: the third is refused.
    advance(repo, copy.id, QStringLiteral("approved"));
    const Deal second = repo.resubmit(copy.id, by(QStringLiteral("pat"), onDay(3))).value();
    CHECK(second.status == QStringLiteral("draft"));
    CHECK(repo.history(original.id)->last().detail.contains(second.number)); // told on the original too
    const Result<Deal> third = repo.resubmit(original.id, by(QStringLiteral("pat"), onDay(4)));
    REQUIRE_FALSE(third.ok());
    CHECK(third.error().message.contains(QStringLiteral("resubmitted 2 time")));

    // Neither a draft nor a withdrawn registration is resubmitted.
    CHECK(repo.resubmit(second.id, by(QStringLiteral("pat"), onDay(4))).error().message.contains(QStringLiteral("approved or a rejected")));
    const Deal withdrawn = repo.create(registration(partner, QStringLiteral("Initech")), QStringLiteral("pat")).value();
    advance(repo, withdrawn.id, QStringLiteral("submitted"));
    REQUIRE(repo.transition(withdrawn.id, DealAction::Withdraw, by(QStringLiteral("pat"), onDay(1), QStringLiteral("x"))).ok());
    CHECK(repo.resubmit(withdrawn.id, by(QStringLiteral("pat"), onDay(2))).error().message.contains(QStringLiteral("withdrawn")));
}

TEST_CASE("submit needs a complete registration", "[deals][repository][validation]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"));
    DealRepository repo(temp.db());
    Deal input = registration(partner, QStringLiteral("Acme"));
    input.lineItems.clear();
    input.amount = { 0, QString() };
    Deal d = repo.create(input, QStringLiteral("pat")).value();
    CHECK(repo.transition(d.id, DealAction::Submit, by(QStringLiteral("pat"))).error().field == QStringLiteral("line_items"));
    d.lineItems.append(line(QStringLiteral("SW-SEC"), 100, 4800));
    d.amount.currency = QStringLiteral("EUR");
    d.expectedClose = {};
    REQUIRE(repo.update(d, QStringLiteral("pat")).ok());
    CHECK(repo.transition(d.id, DealAction::Submit, by(QStringLiteral("pat"))).error().field == QStringLiteral("expected_close"));
    d = repo.get(d.id).value();
    d.expectedClose = onDay(90).date();
    REQUIRE(repo.update(d, QStringLiteral("pat")).ok());
    const auto submitted = repo.transition(d.id, DealAction::Submit, by(QStringLiteral("pat"), onDay(3)));
    REQUIRE(submitted.ok());
    CHECK(submitted->submittedAt == onDay(3));
    CHECK(repo.history(d.id)->size() == 4); // create, edit, edit, submit: refusals leave no trace
}

TEST_CASE("DR-10 convert creates the opportunity with the line items and closes the registration", "[deals][repository][convert]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("anna"));
    DealRepository repo(temp.db());
    Deal input = registration(partner, QStringLiteral("Acme GmbH"), { QStringLiteral("SW-CORE-USR"), QStringLiteral("HW-APP-L") },
                              QStringLiteral("acme.de"));
    input.probability = 40;
    input.customerContactName = QStringLiteral("Eva Braun");
    const Deal d = repo.create(input, QStringLiteral("pat")).value();
    CHECK(repo.convert(d.id, by(QStringLiteral("anna"))).error().message.contains(QStringLiteral("Only an approved registration")));
    advance(repo, d.id, QStringLiteral("approved"));

    const Result<Deal> opportunity = repo.convert(d.id, by(QStringLiteral("anna"), onDay(5)));
    REQUIRE(opportunity.ok());
    CHECK(opportunity->kind == QStringLiteral("opportunity"));
    CHECK(opportunity->status == QStringLiteral("open"));
    CHECK(opportunity->number.startsWith(QStringLiteral("OP-")));
    CHECK(opportunity->lineItems == d.lineItems);
    CHECK(opportunity->amount == d.amount);
    CHECK(opportunity->partnerId == partner);
    CHECK(opportunity->cam == QStringLiteral("anna"));
    CHECK(opportunity->customerName == QStringLiteral("Acme GmbH"));
    CHECK(opportunity->customerContactName == QStringLiteral("Eva Braun"));
    CHECK(opportunity->expectedClose == d.expectedClose);
    CHECK(opportunity->salesStage == d.salesStage);
    CHECK(opportunity->probability == 40);
    CHECK(opportunity->registrationId == d.id);

    const Deal closed = repo.get(d.id).value();
    CHECK(closed.status == QStringLiteral("closed"));
    CHECK(closed.closureCode == QStringLiteral("converted"));
    CHECK(closed.registrationId == opportunity->id);
    CHECK(repo.history(d.id)->last().action == QStringLiteral("convert"));
    CHECK(repo.history(d.id)->last().toStatus == QStringLiteral("closed"));
    CHECK(repo.history(opportunity->id)->size() == 1);
    CHECK(repo.history(opportunity->id)->first().action == QStringLiteral("create"));
    CHECK(countRows(temp.db(), QStringLiteral("SELECT count(*) FROM deal_product WHERE deal_local_id = "
                                              "(SELECT local_id FROM deal WHERE id = ?)"), { opportunity->id }) == 2);

    // The opportunity's own workflow: won needs a close date (PIPE-02), lost and reopen need a reason.
    Deal op = opportunity.value();
    op.expectedClose = {};
    REQUIRE(repo.update(op, QStringLiteral("anna")).ok());
    CHECK(repo.transition(op.id, DealAction::MarkWon, by(QStringLiteral("anna"))).error().field == QStringLiteral("expected_close"));
    op = repo.get(op.id).value();
    op.expectedClose = QDate(2026, 7, 1);
    REQUIRE(repo.update(op, QStringLiteral("anna")).ok());
    CHECK(repo.transition(op.id, DealAction::MarkWon, by(QStringLiteral("anna")))->status == QStringLiteral("won"));
    CHECK(repo.transition(op.id, DealAction::Reopen, by(QStringLiteral("anna"))).error().field == QStringLiteral("reason"));
    CHECK(repo.transition(op.id, DealAction::Reopen, by(QStringLiteral("anna"), onDay(6), QStringLiteral("PO withdrawn")))
              ->status
          == QStringLiteral("open"));
    CHECK(repo.transition(op.id, DealAction::MarkLost, by(QStringLiteral("anna"), onDay(7), QStringLiteral("Budget cut")))
              ->status
          == QStringLiteral("lost"));

    // transition(Convert) does the same and answers with the registration.
    const Deal second = repo.create(registration(partner, QStringLiteral("Initech")), QStringLiteral("pat")).value();
    advance(repo, second.id, QStringLiteral("approved"));
    const Result<Deal> viaTransition = repo.transition(second.id, DealAction::Convert, by(QStringLiteral("anna")));
    REQUIRE(viaTransition.ok());
    CHECK(viaTransition->id == second.id);
    CHECK(viaTransition->closureCode == QStringLiteral("converted"));
    CHECK(repo.get(viaTransition->registrationId)->registrationId == second.id);
}

TEST_CASE("DR-03 approval limits escalate above the limit and approve within it", "[deals][repository][limits]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("anna"));
    DealRepository repo(temp.db());
    DealSettings settings(temp.db());
    REQUIRE(settings.setApprovalLimits({ { QStringLiteral("anna"), 1000000, QStringLiteral("bob") }, // $10,000.00
                                         { QStringLiteral("carl"), 500000, QString() } })
                .ok());
    REQUIRE(settings.setRates({ { QStringLiteral("EUR"), QDate(2026, 1, 1), 1.5 } }).ok());

    // $3,600.00: within anna's limit.
    const Deal small = repo.create(registration(partner, QStringLiteral("Small Co")), QStringLiteral("pat")).value();
    CHECK(advance(repo, small.id, QStringLiteral("approved")).approver.isEmpty());

    // $36,000.00: above it, so the decision moves to bob.
    Deal bigInput = registration(partner, QStringLiteral("Big Co"));
    bigInput.lineItems = { line(QStringLiteral("SW-CORE-SRV"), 3, 1200000) };
    bigInput.amount.minor = 3600000;
    const Deal big = repo.create(bigInput, QStringLiteral("pat")).value();
    advance(repo, big.id, QStringLiteral("pending_approval"));
    CHECK(repo.transition(big.id, DealAction::Approve, by(QStringLiteral("bob"))).error().message
          == QStringLiteral("This registration is waiting for anna's decision."));
    const Result<Deal> escalated = repo.transition(big.id, DealAction::Approve, by(QStringLiteral("anna"), onDay(2)));
    REQUIRE(escalated.ok());
    CHECK(escalated->status == QStringLiteral("pending_approval"));
    CHECK(escalated->approver == QStringLiteral("bob"));
    CHECK_FALSE(escalated->decidedAt.isValid());
    const DealEvent escalation = repo.history(big.id)->last();
    CHECK(escalation.action == QStringLiteral("escalate"));
    CHECK(escalation.fromStatus == QStringLiteral("pending_approval"));
    CHECK(escalation.toStatus == QStringLiteral("pending_approval"));
    const QJsonObject detail = QJsonDocument::fromJson(escalation.detail.toUtf8()).object();
    CHECK(detail.value(QStringLiteral("to")).toString() == QStringLiteral("bob"));
    CHECK(detail.value(QStringLiteral("amount_base")).toInteger() == 3600000);
    CHECK(detail.value(QStringLiteral("limit")).toInteger() == 1000000);
    CHECK(repo.transition(big.id, DealAction::Approve, by(QStringLiteral("anna"))).error().message
          == QStringLiteral("This registration is waiting for bob's decision."));
    const Result<Deal> approved = repo.transition(big.id, DealAction::Approve, by(QStringLiteral("bob"), onDay(3)));
    REQUIRE(approved.ok());
    CHECK(approved->status == QStringLiteral("approved"));
    CHECK(approved->decidedAt == onDay(3));

    // The limit is in the base currency: €4,000.00 at 1.5 is $6,000.00, above carl's $5,000.00, and carl has no one
    // to escalate to.
    const QByteArray carlsPartner = makePartner(temp.db(), QStringLiteral("Gamma GmbH"), QStringLiteral("carl"));
    Deal euroInput = registration(carlsPartner, QStringLiteral("Euro AG"));
    euroInput.lineItems = { line(QStringLiteral("SVC-IMPL"), 1, 400000) };
    euroInput.amount = { 400000, QStringLiteral("EUR") };
    const Deal euro = repo.create(euroInput, QStringLiteral("pat")).value();
    advance(repo, euro.id, QStringLiteral("pending_approval"));
    const auto refused = repo.transition(euro.id, DealAction::Approve, by(QStringLiteral("carl"), onDay(2)));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message
          == QStringLiteral("The amount ($6,000.00) is above carl's approval limit of $5,000.00, and no one to escalate to is set."));
    CHECK(repo.get(euro.id)->status == QStringLiteral("pending_approval"));
    // No rate on the day: the limit cannot be checked.
    const auto noRate = repo.transition(euro.id, DealAction::Approve, by(QStringLiteral("carl"), utc(2025, 6, 2)));
    CHECK(noRate.error().field == QStringLiteral("currency"));
    // Within the limit once the amount is lower: edit is impossible while pending, so reject and take a new one.
    CHECK(repo.transition(euro.id, DealAction::Reject, by(QStringLiteral("anna"), onDay(2), QStringLiteral("x")))
              .error()
              .message
          == QStringLiteral("This registration is waiting for carl's decision."));
    CHECK(repo.transition(euro.id, DealAction::Reject, by(QStringLiteral("carl"), onDay(2), QStringLiteral("Too big")))
              .ok());
}

TEST_CASE("DR-06 approval sets the expiry from the protection period or the approver's date", "[deals][repository][expiry]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("anna"));
    DealRepository repo(temp.db());
    DealSettings settings(temp.db());
    DealProgram program;
    program.protectionDays = 60;
    REQUIRE(settings.setProgram(program).ok());

    const Deal a = repo.create(registration(partner, QStringLiteral("Acme")), QStringLiteral("pat")).value();
    advance(repo, a.id, QStringLiteral("pending_approval"));
    TransitionInput input = by(QStringLiteral("anna"), onDay(10, 12));
    const Deal approved = repo.transition(a.id, DealAction::Approve, input).value();
    CHECK(approved.expiresOn == onDay(10, 12).toLocalTime().date().addDays(60));
    CHECK(QJsonDocument::fromJson(repo.history(a.id)->last().detail.toUtf8()).object().value(QStringLiteral("expires_on")).toString()
          == approved.expiresOn.toString(Qt::ISODate));

    const Deal b = repo.create(registration(partner, QStringLiteral("Globex")), QStringLiteral("pat")).value();
    advance(repo, b.id, QStringLiteral("pending_approval"));
    input.expiresOn = onDay(10).date().addDays(-1);
    CHECK(repo.transition(b.id, DealAction::Approve, input).error().field == QStringLiteral("expires_on"));
    input.expiresOn = onDay(10).date().addDays(200);
    CHECK(repo.transition(b.id, DealAction::Approve, input)->expiresOn == onDay(10).date().addDays(200));
}

TEST_CASE("DR-09 extensions - request - grant - refuse - capped by the program", "[deals][repository][extensions]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("anna"));
    DealRepository repo(temp.db());
    DealProgram program;
    program.maxExtensions = 2;
    REQUIRE(DealSettings(temp.db()).setProgram(program).ok());

    const Deal d = repo.create(registration(partner, QStringLiteral("Acme")), QStringLiteral("pat")).value();
    CHECK(repo.requestExtension(d.id, QDate(2027, 1, 1), by(QStringLiteral("pat"), onDay(1), QStringLiteral("x")))
              .error()
              .message
          == QStringLiteral("Only an approved registration can be extended."));
    const Deal approved = advance(repo, d.id, QStringLiteral("approved"));
    const QDate expiry = approved.expiresOn;

    CHECK(repo.requestExtension(d.id, expiry, by(QStringLiteral("pat"), onDay(1), QStringLiteral("x"))).error().field
          == QStringLiteral("extension_requested_to"));
    CHECK(repo.requestExtension(d.id, expiry.addDays(30), by(QStringLiteral("pat"))).error().field == QStringLiteral("reason"));
    CHECK(repo.decideExtension(d.id, true, by(QStringLiteral("anna"))).error().message
          == QStringLiteral("There is no extension request to decide."));

    // 1st: granted.
    Result<Deal> r = repo.requestExtension(d.id, expiry.addDays(30), by(QStringLiteral("pat"), onDay(2), QStringLiteral("PO delayed")));
    REQUIRE(r.ok());
    CHECK(r->extensionRequestedTo == expiry.addDays(30));
    CHECK(r->extensionReason == QStringLiteral("PO delayed"));
    CHECK(repo.requestExtension(d.id, expiry.addDays(40), by(QStringLiteral("pat"), onDay(2), QStringLiteral("again")))
              .error()
              .message.contains(QStringLiteral("already waiting")));
    r = repo.decideExtension(d.id, true, by(QStringLiteral("anna"), onDay(3)));
    REQUIRE(r.ok());
    CHECK(r->expiresOn == expiry.addDays(30));
    CHECK(r->extensions == 1);
    CHECK_FALSE(r->extensionRequestedTo.isValid());
    CHECK(r->extensionReason.isEmpty());

    // 2nd: refused, nothing moves.
    REQUIRE(repo.requestExtension(d.id, expiry.addDays(60), by(QStringLiteral("pat"), onDay(4), QStringLiteral("More time"))).ok());
    r = repo.decideExtension(d.id, false, by(QStringLiteral("anna"), onDay(5), QStringLiteral("No progress")));
    REQUIRE(r.ok());
    CHECK(r->expiresOn == expiry.addDays(30));
    CHECK(r->extensions == 1);
    CHECK_FALSE(r->extensionRequestedTo.isValid());

    // 3rd: granted (the 2nd extension).
    REQUIRE(repo.requestExtension(d.id, expiry.addDays(60), by(QStringLiteral("pat"), onDay(6), QStringLiteral("Signed soon"))).ok());
    REQUIRE(repo.decideExtension(d.id, true, by(QStringLiteral("anna"), onDay(7)))->extensions == 2);

    // The cap.
    const auto capped = repo.requestExtension(d.id, expiry.addDays(90), by(QStringLiteral("pat"), onDay(8), QStringLiteral("Once more")));
    REQUIRE_FALSE(capped.ok());
    CHECK(capped.error().field == QStringLiteral("extensions"));
    CHECK(capped.error().message.startsWith(QStringLiteral("This registration has been extended 2 time"))); // %n plural
    CHECK(capped.error().message.endsWith(QStringLiteral("the most the program allows.")));

    CHECK(actions(repo.history(d.id).value()).mid(5)
          == QStringList { QStringLiteral("extend_request"), QStringLiteral("extend_grant"), QStringLiteral("extend_request"),
                           QStringLiteral("extend_refuse"), QStringLiteral("extend_request"), QStringLiteral("extend_grant") });
    CHECK(repo.history(d.id)->at(8).reason == QStringLiteral("No progress"));
}

TEST_CASE("only a draft registration is deleted - a tombstone that restore brings back", "[deals][repository]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"));
    DealRepository repo(temp.db());
    const Deal draft = repo.create(registration(partner, QStringLiteral("Acme")), QStringLiteral("pat")).value();
    const Deal submitted = repo.create(registration(partner, QStringLiteral("Globex")), QStringLiteral("pat")).value();
    REQUIRE(repo.transition(submitted.id, DealAction::Submit, by(QStringLiteral("pat"))).ok());

    const Status refused = repo.remove(submitted.id, QStringLiteral("pat"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == QStringLiteral("Only a draft registration can be deleted."));
    CHECK_FALSE(repo.get(submitted.id)->isDeleted());

    REQUIRE(repo.remove(draft.id, QStringLiteral("pat")).ok());
    CHECK(repo.get(draft.id)->isDeleted());
    QList<OutboxRow> entries = outbox(temp.db());
    CHECK(entries[entries.size() - 2].op == QStringLiteral("delete"));
    CHECK(entries.last().entity == QStringLiteral("deal_event"));
    CHECK(repo.history(draft.id)->last().action == QStringLiteral("delete"));
    CHECK(repo.transition(draft.id, DealAction::Submit, by(QStringLiteral("pat"))).error().code == Error::Code::NotFound);
    Deal edit = repo.get(draft.id).value();
    edit.description = QStringLiteral("x");
    CHECK(repo.update(edit, QStringLiteral("pat")).error().code == Error::Code::NotFound);

    REQUIRE(repo.restore(draft.id, QStringLiteral("pat")).ok());
    CHECK_FALSE(repo.get(draft.id)->isDeleted());
    CHECK(repo.history(draft.id)->last().action == QStringLiteral("restore"));
    REQUIRE(repo.restore(draft.id, QStringLiteral("pat")).ok()); // a live deal: nothing to do
    CHECK(repo.history(draft.id)->last().action == QStringLiteral("restore"));
    CHECK(repo.history(draft.id)->size() == 3);
}

TEST_CASE("DR-12 an administrator archives any deal with a reason - never hard-deleted - and can bring it back",
          "[deals][repository][archive]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("pat"));
    DealRepository repo(temp.db());
    const Deal approved = repo.create(registration(partner, QStringLiteral("Acme")), QStringLiteral("pat")).value();
    advance(repo, approved.id, QStringLiteral("approved"));
    const Deal rival = repo.create(registration(partner, QStringLiteral("Acme")), QStringLiteral("pat")).value();
    advance(repo, rival.id, QStringLiteral("submitted"));
    REQUIRE(repo.similar(repo.get(rival.id).value(), onDay(0).date())->size() == 1);

    // A desk without a sync account is its own administrator; a synced CAM is not (the server would refuse too).
    SyncStore store(temp.db());
    CHECK(repo.canArchive());
    SyncAccount account;
    account.serverUrl = QUrl(QStringLiteral("https://prm.example.com"));
    account.user = QStringLiteral("pat");
    REQUIRE(store.setAccount(account).ok());
    REQUIRE(store.setRole(QStringLiteral("cam")).ok());
    CHECK_FALSE(repo.canArchive());
    const Status notAdmin = repo.archive(approved.id, by(QStringLiteral("pat"), onDay(1), QStringLiteral("test data")));
    REQUIRE_FALSE(notAdmin.ok());
    CHECK(notAdmin.error().message.contains(QStringLiteral("administrator")));
    REQUIRE(store.setRole(QStringLiteral("admin")).ok());
    CHECK(repo.canArchive());
    account.user = QStringLiteral("boss"); // another account: its role is unknown until it signs in
    REQUIRE(store.setAccount(account).ok());
    CHECK(store.role().isEmpty());
    CHECK_FALSE(repo.canArchive());
    REQUIRE(store.setRole(QStringLiteral("admin")).ok());

    // A reason is required; nothing is written without one.
    const qint64 outboxBefore = countRows(temp.db(), QStringLiteral("SELECT count(*) FROM sync_outbox"));
    const Status noReason = repo.archive(approved.id, by(QStringLiteral("boss"), onDay(1), QStringLiteral("  ")));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().field == QStringLiteral("reason"));
    CHECK(countRows(temp.db(), QStringLiteral("SELECT count(*) FROM sync_outbox")) == outboxBefore);

    // Archived: a tombstone with its status kept, an "archive" event with who and why, one delete in the outbox.
    REQUIRE(repo.archive(approved.id, by(QStringLiteral("boss"), onDay(1), QStringLiteral("Duplicate of a CRM lead"))).ok());
    const Deal archived = repo.get(approved.id).value();
    CHECK(archived.isDeleted());
    CHECK(archived.status == QStringLiteral("approved"));
    CHECK(countRows(temp.db(), QStringLiteral("SELECT count(*) FROM deal WHERE id = ?"), { approved.id }) == 1);
    const DealEvent event = repo.history(approved.id)->last();
    CHECK(event.action == QStringLiteral("archive"));
    CHECK(event.actor == QStringLiteral("boss"));
    CHECK(event.reason == QStringLiteral("Duplicate of a CRM lead"));
    QList<OutboxRow> entries = outbox(temp.db());
    CHECK(entries[entries.size() - 2].op == QStringLiteral("delete"));
    CHECK(entries.last().entity == QStringLiteral("deal_event"));
    CHECK(repo.archive(approved.id, by(QStringLiteral("boss"), onDay(1), QStringLiteral("again"))).error().message.contains(
        QStringLiteral("already archived")));

    // Out of every workflow: read-only, no transitions, no expiry (DR-06), no longer a DR-04 rival.
    CHECK(repo.transition(approved.id, DealAction::CloseInactive, by(QStringLiteral("boss"), onDay(2), QStringLiteral("x")))
              .error().code == Error::Code::NotFound);
    CHECK(repo.update(archived, QStringLiteral("boss")).error().code == Error::Code::NotFound);
    CHECK(repo.expireDue(archived.expiresOn.addDays(5)).value() == 0);
    CHECK(repo.similar(repo.get(rival.id).value(), onDay(0).date())->isEmpty());

    // The Archived view lists it (through its own index), the other views do not.
    DealFilter filter;
    filter.archived = true;
    const DealSql sql = DealQuery::build(filter, DealSort::Number, false);
    CHECK(countRows(temp.db(), QStringLiteral("SELECT count(*) FROM deal d JOIN partner p ON p.id = d.partner_id WHERE ") + sql.where,
                    sql.values) == 1);
    const DealSql live = DealQuery::build(DealFilter {}, DealSort::Number, false);
    CHECK(countRows(temp.db(), QStringLiteral("SELECT count(*) FROM deal d JOIN partner p ON p.id = d.partner_id WHERE ") + live.where,
                    live.values) == 1);
    QSqlQuery plan(temp.db().connection());
    plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT d.id FROM deal d WHERE ") + sql.where + QStringLiteral(" ORDER BY ") + sql.orderBy);
    for (const QVariant& value : sql.values)
        plan.addBindValue(value);
    REQUIRE(plan.exec());
    QString steps;
    while (plan.next())
        steps += plan.value(3).toString() + QLatin1Char('\n');
    INFO(steps.toStdString());
    CHECK(steps.contains(QStringLiteral("deal_archived")));

    // The deal's CAM is told: archived by someone else since they last looked.
    CHECK(repo.archivedForOwner(QStringLiteral("pat"), {})->count == 1);
    CHECK(repo.archivedForOwner(QStringLiteral("pat"), {})->latest == onDay(1));
    CHECK(repo.archivedForOwner(QStringLiteral("pat"), onDay(1))->count == 0);
    CHECK(repo.archivedForOwner(QStringLiteral("boss"), {})->count == 0);

    // Restored in the status it had, with an event; a synced CAM cannot restore it, only a deleted draft of theirs.
    REQUIRE(store.setRole(QStringLiteral("cam")).ok());
    CHECK_FALSE(repo.unarchive(approved.id, by(QStringLiteral("pat"), onDay(2))).ok());
    const Deal draft = repo.create(registration(partner, QStringLiteral("Initech")), QStringLiteral("pat")).value();
    REQUIRE(repo.remove(draft.id, QStringLiteral("pat")).ok());
    CHECK(repo.unarchive(draft.id, by(QStringLiteral("pat"), onDay(2))).ok());
    REQUIRE(store.setRole(QStringLiteral("admin")).ok());
    REQUIRE(repo.unarchive(approved.id, by(QStringLiteral("boss"), onDay(2))).ok());
    CHECK_FALSE(repo.get(approved.id)->isDeleted());
    CHECK(repo.get(approved.id)->status == QStringLiteral("approved"));
    CHECK(repo.history(approved.id)->last().action == QStringLiteral("unarchive"));
    CHECK(repo.unarchive(approved.id, by(QStringLiteral("boss"), onDay(2))).error().message.contains(QStringLiteral("not archived")));
}

TEST_CASE("deal settings round-trip and refuse bad values", "[deals][settings]")
{
    TempDatabase temp;
    DealSettings settings(temp.db());
    const DealProgram defaults = settings.program().value();
    CHECK(defaults.protectionDays == 90);
    CHECK(defaults.maxExtensions == 2);
    CHECK(defaults.baseCurrency == QStringLiteral("USD"));

    DealProgram program;
    program.protectionDays = 120;
    program.maxExtensions = 1;
    program.baseCurrency = QStringLiteral("EUR");
    program.currentUser = QStringLiteral("anna");
    REQUIRE(settings.setProgram(program).ok());
    const DealProgram read = settings.program().value();
    CHECK(read.protectionDays == 120);
    CHECK(read.maxExtensions == 1);
    CHECK(read.baseCurrency == QStringLiteral("EUR"));
    CHECK(settings.me() == QStringLiteral("anna"));
    program.currentUser.clear();
    REQUIRE(settings.setProgram(program).ok());
    const QString os = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    CHECK(settings.me() == os);
    program.baseCurrency = QStringLiteral("EURO");
    CHECK(settings.setProgram(program).error().field == QStringLiteral("base_currency"));
    program.baseCurrency = QStringLiteral("EUR");
    program.protectionDays = 0;
    CHECK_FALSE(settings.setProgram(program).ok());

    CHECK(settings.setApprovalLimits({ { QStringLiteral("a"), 10, QStringLiteral("b") }, { QStringLiteral("b"), 20, QStringLiteral("a") } })
              .error()
              .field
          == QStringLiteral("escalate_to"));
    REQUIRE(settings.setApprovalLimits({ { QStringLiteral("a"), 10, QStringLiteral("b") } }).ok());
    CHECK(settings.approvalLimits()->size() == 1);
    CHECK(settings.setRates({ { QStringLiteral("EUR"), QDate(2026, 1, 1), 0.0 } }).error().field == QStringLiteral("rate"));
    CHECK(settings.setTargets({ { QStringLiteral("2026-Q5"), 1 } }).error().field == QStringLiteral("quarter"));
    REQUIRE(settings.setTargets({ { QStringLiteral("2026-Q4"), 500000000 } }).ok());
    CHECK(settings.targets()->first().amountMinor == 500000000);

    REQUIRE(settings.ensureSampleCatalogue().ok());
    const QList<Product> products = settings.products().value();
    CHECK(products.size() >= 10);
    QSet<QString> families;
    for (const Product& p : products) {
        CHECK(p.currency == QStringLiteral("USD"));
        CHECK(p.listPriceMinor > 0);
        families.insert(p.family);
    }
    CHECK(families.size() == 4);
    CHECK_FALSE(settings.rates()->isEmpty());
    CHECK(settings.approvalLimits()->size() == 1); // limits untouched
    REQUIRE(settings.saveProduct({ QStringLiteral("SW-CORE-USR"), QStringLiteral("Renamed"), QStringLiteral("Software"), 1, QStringLiteral("USD"), false }).ok());
    CHECK(settings.products(true)->size() == products.size() - 1);
    REQUIRE(settings.ensureSampleCatalogue().ok()); // not empty any more: unchanged
    CHECK(settings.products()->size() == products.size());
}

TEST_CASE("pulled deals get the same local keys as saved ones - partner name included", "[deals][repository][sync]")
{
    TempDatabase temp;
    const QByteArray partner = makePartner(temp.db(), QStringLiteral("Alpha Systems"));
    const SyncEntity* entity = SyncSchema::find(QStringLiteral("deal"));
    REQUIRE(entity);
    Deal d = registration(partner, QStringLiteral("Công ty TNHH Ánh Dương"), { QStringLiteral("SW-SEC") });
    d.number = QStringLiteral("DR-2611-ABCDEF");
    d.customerContactEmail = QStringLiteral("mua@anhduong.vn");
    const QVariantMap columns = DealRepository::syncedColumns(d);
    QJsonObject wire;
    for (const SyncField& field : entity->fields) {
        if (columns.contains(field.name))
            wire.insert(field.name, SyncSchema::toJson(field, columns.value(field.name)));
    }
    const QByteArray id = Uuid::createV7();
    const auto localKeys = [&temp, &id] {
        QSqlQuery q(temp.db().connection());
        q.prepare(QStringLiteral("SELECT customer_key, customer_host, search_text FROM deal WHERE id = ?"));
        q.addBindValue(id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return QStringList { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() };
    };
    {
        Transaction transaction(temp.db());
        SyncRowWriter writer(temp.db());
        REQUIRE(writer.insert(*entity, id, wire, qint64(7)).ok());
        REQUIRE(writer.flush().ok());
        REQUIRE(transaction.commit().ok());
    }
    d.id = id;
    const QVariantMap expected = DealRepository::localColumns(d, QStringLiteral("Alpha Systems"));
    CHECK(localKeys() == QStringList { expected.value(QStringLiteral("customer_key")).toString(),
                                       expected.value(QStringLiteral("customer_host")).toString(),
                                       expected.value(QStringLiteral("search_text")).toString() });
    CHECK(localKeys()[0] == QStringLiteral("anh duong"));
    CHECK(localKeys()[1] == QStringLiteral("anhduong.vn"));
    CHECK(localKeys()[2].contains(QStringLiteral("alpha systems")));
    CHECK(countRows(temp.db(), QStringLiteral("SELECT count(*) FROM deal_product")) == 1); // the trigger

    // A pulled change of the customer recomputes the keys.
    {
        Transaction transaction(temp.db());
        SyncRowWriter writer(temp.db());
        REQUIRE(writer.update(*entity, id, QJsonObject { { QStringLiteral("customer_name"), QStringLiteral("Globex GmbH") },
                                                         { QStringLiteral("customer_contact_email"), QStringLiteral("a@gmail.com") } },
                              qint64(8))
                    .ok());
        REQUIRE(transaction.commit().ok());
    }
    CHECK(localKeys()[0] == QStringLiteral("globex"));
    CHECK(localKeys()[1] == QString()); // webmail is no key
    CHECK(localKeys()[2].startsWith(QStringLiteral("dr 2611 abcdef globex gmbh alpha systems")));
    // A pulled rename of the partner re-keys its deals, as a local one does.
    {
        const SyncEntity* partners = SyncSchema::find(QStringLiteral("partner"));
        REQUIRE(partners);
        Transaction transaction(temp.db());
        SyncRowWriter writer(temp.db());
        REQUIRE(writer.update(*partners, partner, QJsonObject { { QStringLiteral("name"), QStringLiteral("Bến Thành Tech") } },
                              qint64(9))
                    .ok());
        REQUIRE(transaction.commit().ok());
    }
    CHECK(localKeys()[2].startsWith(QStringLiteral("dr 2611 abcdef globex gmbh ben thanh tech")));
    CHECK_FALSE(localKeys()[2].contains(QStringLiteral("alpha")));
    // And the repository reads the pulled deal like any other.
    DealRepository repo(temp.db());
    CHECK(repo.get(id)->customerName == QStringLiteral("Globex GmbH"));
    CHECK(repo.byNumber(QStringLiteral("DR-2611-ABCDEF"))->id == id);
}
