// Schema step 6 (MDF): the triggers that keep claim, request and allocation totals (the definitions of "committed"
// and "exposure" behind MDF-02/09/11) for inserts, updates, tombstones, deletes and moves between parents, written
// as raw rows the way a sync pull writes them; and the upgrade of a step-5 database.
#include "MdfTestSupport.h"
#include "common/TextFold.h"
#include "common/Uuid.h"
#include "storage/Database.h"
#include "support/TempDatabase.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ChannelDesk;
using namespace ChannelDesk::Test;

namespace {

const QString Now = QStringLiteral("2027-02-01T12:00:00.000Z");

void exec(Database& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& bind : binds)
        q.addBindValue(bind);
    INFO(sql.toStdString());
    REQUIRE(q.exec());
}

QVariant optional(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

/// Raw rows, as SyncStore applies pulled records (no repository, no checks).
struct Rows
{
    Database& db;
    QByteArray partner;

    QByteArray budget(qint64 amount, bool allowNegative = false)
    {
        const QByteArray id = Uuid::createV7();
        exec(db,
            QStringLiteral("INSERT INTO mdf_budget (id, name, period_start, period_end, amount_minor, currency, "
                           "allow_negative, vendor_share_bp, claim_days, created_at, updated_at) "
                           "VALUES (?, 'B', '2027-01-01', '2027-12-31', ?, 'USD', ?, 5000, 90, ?, ?)"),
            {id, amount, allowNegative ? 1 : 0, Now, Now});
        return id;
    }
    QByteArray allocation(const QByteArray& budgetId, qint64 amount)
    {
        const QByteArray id = Uuid::createV7();
        exec(db,
            QStringLiteral("INSERT INTO mdf_allocation (id, budget_id, partner_id, period, amount_minor, currency, "
                           "authorized, created_at, updated_at) VALUES (?, ?, ?, '2027', ?, 'USD', 1, ?, ?)"),
            {id, budgetId, partner, amount, Now, Now});
        return id;
    }
    QByteArray request(const QByteArray& allocationId, const QString& status, qint64 requested,
        std::optional<qint64> approved = std::nullopt)
    {
        const QByteArray id = Uuid::createV7();
        exec(db,
            QStringLiteral("INSERT INTO mdf_request (id, number, allocation_id, partner_id, title, requested_minor, "
                           "approved_minor, currency, vendor_share_bp, status, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, 'R', ?, ?, 'USD', 5000, ?, ?, ?)"),
            {id, QStringLiteral("MDF-%1").arg(Uuid::toString(id).right(6)), allocationId, partner, requested,
                optional(approved), status, Now, Now});
        return id;
    }
    QByteArray claim(const QByteArray& requestId, const QString& status, qint64 amount,
        std::optional<qint64> approved = std::nullopt)
    {
        const QByteArray id = Uuid::createV7();
        exec(db,
            QStringLiteral(
                "INSERT INTO mdf_claim (id, number, request_id, partner_id, title, amount_minor, currency, "
                "approved_minor, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'USD', ?, ?, ?, ?)"),
            {id, QStringLiteral("CLM-%1").arg(Uuid::toString(id).right(6)), requestId, partner, Uuid::toString(id),
                amount, optional(approved), status, Now, Now});
        return id;
    }
    QByteArray payment(const QByteArray& claimId, qint64 amount)
    {
        const QByteArray id = Uuid::createV7();
        exec(db,
            QStringLiteral(
                "INSERT INTO mdf_payment (id, claim_id, partner_id, amount_minor, currency, paid_on, method, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, 'USD', '2027-05-01', 'bank_transfer', ?, ?)"),
            {id, claimId, partner, amount, Now, Now});
        return id;
    }
};

struct AllocationTotals
{
    qint64 requested, committed, claimed, claimsApproved, paid;
    bool operator==(const AllocationTotals&) const = default;
};

struct RequestTotals
{
    qint64 claimed, claimsApproved, paid;
    bool operator==(const RequestTotals&) const = default;
};

AllocationTotals allocationTotals(Database& db, const QByteArray& id)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT requested_minor, committed_minor, claimed_minor, claims_approved_minor, paid_minor "
                       "FROM mdf_allocation WHERE id = ?"));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
        q.value(4).toLongLong()};
}

RequestTotals requestTotals(Database& db, const QByteArray& id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT claimed_minor, claims_approved_minor, paid_minor FROM mdf_request WHERE id = ?"));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

qint64 claimPaid(Database& db, const QByteArray& id)
{
    return mdfCountRows(db, QStringLiteral("SELECT paid_minor FROM mdf_claim WHERE id = ?"), {id});
}

/// No drifted total anywhere (MdfLedger::audit re-sums independently of the triggers).
void noDrift(Database& db)
{
    const Result<QList<MdfLedger::Finding>> findings = MdfLedger(db).audit();
    REQUIRE(findings.ok());
    for (const MdfLedger::Finding& f : *findings) {
        INFO(f.message.toStdString());
        CHECK(f.rule != QStringLiteral("totals"));
    }
}

} // namespace

namespace Catch {
template<>
struct StringMaker<AllocationTotals>
{
    static std::string convert(const AllocationTotals& t)
    {
        return "{requested " + std::to_string(t.requested) + ", committed " + std::to_string(t.committed) + ", claimed "
            + std::to_string(t.claimed) + ", approved " + std::to_string(t.claimsApproved) + ", paid "
            + std::to_string(t.paid) + "}";
    }
};
template<>
struct StringMaker<RequestTotals>
{
    static std::string convert(const RequestTotals& t)
    {
        return "{claimed " + std::to_string(t.claimed) + ", approved " + std::to_string(t.claimsApproved) + ", paid "
            + std::to_string(t.paid) + "}";
    }
};
} // namespace Catch

TEST_CASE("MDF-02 requests' statuses decide requested and committed of their allocation", "[mdf-schema]")
{
    TempDatabase temp;
    Database& db = temp.db();
    Rows rows {db, mdfPartner(db)};
    const QByteArray budget = rows.budget(10'000'000);
    const QByteArray allocation = rows.allocation(budget, 1'000'000);

    rows.request(allocation, QStringLiteral("draft"), 1);
    rows.request(allocation, QStringLiteral("rejected"), 2);
    rows.request(allocation, QStringLiteral("declined"), 4);
    rows.request(allocation, QStringLiteral("canceled"), 8);
    CHECK(allocationTotals(db, allocation) == AllocationTotals {0, 0, 0, 0, 0});
    const QByteArray submitted = rows.request(allocation, QStringLiteral("submitted"), 100);
    rows.request(allocation, QStringLiteral("need_info"), 200);
    CHECK(allocationTotals(db, allocation) == AllocationTotals {300, 0, 0, 0, 0});
    const QByteArray approved = rows.request(allocation, QStringLiteral("approved"), 1000, 900);
    rows.request(allocation, QStringLiteral("partially_approved"), 2000, 1500);
    CHECK(allocationTotals(db, allocation) == AllocationTotals {3300, 2400, 0, 0, 0});

    // update: approval of the submitted one; tombstone; restore; hard delete.
    exec(db, QStringLiteral("UPDATE mdf_request SET status = 'approved', approved_minor = 50 WHERE id = ?"),
        {submitted});
    CHECK(allocationTotals(db, allocation) == AllocationTotals {3300, 2450, 0, 0, 0});
    exec(db, QStringLiteral("UPDATE mdf_request SET deleted_at = ? WHERE id = ?"), {Now, approved});
    CHECK(allocationTotals(db, allocation) == AllocationTotals {2300, 1550, 0, 0, 0});
    exec(db, QStringLiteral("UPDATE mdf_request SET deleted_at = NULL WHERE id = ?"), {approved});
    CHECK(allocationTotals(db, allocation) == AllocationTotals {3300, 2450, 0, 0, 0});
    exec(db, QStringLiteral("DELETE FROM mdf_request WHERE id = ?"), {approved});
    CHECK(allocationTotals(db, allocation) == AllocationTotals {2300, 1550, 0, 0, 0});
    noDrift(db);
}

TEST_CASE("MDF-09 claims' statuses decide a request's exposure - closing commits only approved claims", "[mdf-schema]")
{
    TempDatabase temp;
    Database& db = temp.db();
    Rows rows {db, mdfPartner(db)};
    const QByteArray allocation = rows.allocation(rows.budget(10'000'000), 1'000'000);
    const QByteArray request = rows.request(allocation, QStringLiteral("approved"), 10'000, 10'000);

    rows.claim(request, QStringLiteral("draft"), 1);
    rows.claim(request, QStringLiteral("rejected"), 2);
    rows.claim(request, QStringLiteral("canceled"), 4);
    CHECK(requestTotals(db, request) == RequestTotals {0, 0, 0});
    const QByteArray pending = rows.claim(request, QStringLiteral("submitted"), 300);
    rows.claim(request, QStringLiteral("returned"), 200);
    CHECK(requestTotals(db, request) == RequestTotals {500, 0, 0});
    const QByteArray paid = rows.claim(request, QStringLiteral("approved"), 1000, 800);
    CHECK(requestTotals(db, request) == RequestTotals {1300, 800, 0});
    CHECK(allocationTotals(db, allocation) == AllocationTotals {10'000, 10'000, 1300, 800, 0});

    rows.payment(paid, 300);
    const QByteArray second = rows.payment(paid, 500);
    CHECK(claimPaid(db, paid) == 800);
    CHECK(requestTotals(db, request) == RequestTotals {1300, 800, 800});
    CHECK(allocationTotals(db, allocation).paid == 800);
    exec(db, QStringLiteral("UPDATE mdf_payment SET deleted_at = ? WHERE id = ?"), {Now, second});
    CHECK(claimPaid(db, paid) == 300);
    CHECK(allocationTotals(db, allocation).paid == 300);
    exec(
        db, QStringLiteral("UPDATE mdf_payment SET amount_minor = 400 WHERE id = ?"), {second}); // tombstone: no effect
    CHECK(claimPaid(db, paid) == 300);
    exec(db, QStringLiteral("DELETE FROM mdf_payment WHERE claim_id = ?"), {paid});
    CHECK(claimPaid(db, paid) == 0);
    CHECK(requestTotals(db, request) == RequestTotals {1300, 800, 0});

    // The pending claim is decided; then the request closes: committed = Σ approved claims.
    exec(db, QStringLiteral("UPDATE mdf_claim SET status = 'approved', approved_minor = 250 WHERE id = ?"), {pending});
    CHECK(requestTotals(db, request) == RequestTotals {1250, 1050, 0});
    exec(db, QStringLiteral("UPDATE mdf_request SET status = 'closed' WHERE id = ?"), {request});
    CHECK(allocationTotals(db, allocation) == AllocationTotals {10'000, 1050, 1250, 1050, 0});
    exec(db, QStringLiteral("UPDATE mdf_claim SET deleted_at = ? WHERE id = ?"), {Now, pending});
    CHECK(allocationTotals(db, allocation) == AllocationTotals {10'000, 800, 1000, 800, 0});
    exec(db, QStringLiteral("DELETE FROM mdf_claim WHERE id = ?"), {paid});
    CHECK(allocationTotals(db, allocation) == AllocationTotals {10'000, 0, 200, 0, 0});
    noDrift(db);
}

TEST_CASE("MDF-02 moving a row to another parent corrects both parents", "[mdf-schema]")
{
    TempDatabase temp;
    Database& db = temp.db();
    Rows rows {db, mdfPartner(db)};
    const QByteArray budget = rows.budget(10'000'000);
    const QByteArray allocationA = rows.allocation(budget, 1'000'000);
    const QByteArray allocationB = rows.allocation(budget, 1'000'000);
    const QByteArray requestA = rows.request(allocationA, QStringLiteral("approved"), 10'000, 9'000);
    const QByteArray requestB = rows.request(allocationB, QStringLiteral("approved"), 20'000, 20'000);
    const QByteArray claimA = rows.claim(requestA, QStringLiteral("approved"), 3'000, 2'500);
    const QByteArray claimB = rows.claim(requestB, QStringLiteral("approved"), 4'000, 4'000);
    rows.payment(claimA, 1'000);

    // A payment moves from claim A to claim B.
    exec(db, QStringLiteral("UPDATE mdf_payment SET claim_id = ?"), {claimB});
    CHECK(claimPaid(db, claimA) == 0);
    CHECK(claimPaid(db, claimB) == 1'000);
    CHECK(requestTotals(db, requestA) == RequestTotals {2'500, 2'500, 0});
    CHECK(requestTotals(db, requestB) == RequestTotals {4'000, 4'000, 1'000});

    // A claim moves from request B to request A.
    exec(db, QStringLiteral("UPDATE mdf_claim SET request_id = ? WHERE id = ?"), {requestA, claimB});
    CHECK(requestTotals(db, requestA) == RequestTotals {6'500, 6'500, 1'000});
    CHECK(requestTotals(db, requestB) == RequestTotals {0, 0, 0});
    CHECK(allocationTotals(db, allocationA) == AllocationTotals {10'000, 9'000, 6'500, 6'500, 1'000});
    CHECK(allocationTotals(db, allocationB) == AllocationTotals {20'000, 20'000, 0, 0, 0});

    // A request moves from allocation A to allocation B.
    exec(db, QStringLiteral("UPDATE mdf_request SET allocation_id = ? WHERE id = ?"), {allocationB, requestA});
    CHECK(allocationTotals(db, allocationA) == AllocationTotals {0, 0, 0, 0, 0});
    CHECK(allocationTotals(db, allocationB) == AllocationTotals {30'000, 29'000, 6'500, 6'500, 1'000});
    noDrift(db);
}

TEST_CASE("MDF-02 the audit finds a drifted total and a broken invariant", "[mdf-schema]")
{
    TempDatabase temp;
    Database& db = temp.db();
    Rows rows {db, mdfPartner(db)};
    const QByteArray budget = rows.budget(1'000);
    const QByteArray allocation = rows.allocation(budget, 800);
    const QByteArray request = rows.request(allocation, QStringLiteral("approved"), 900, 900); // 900 of 800: MDF-02
    rows.allocation(budget, 300); // 1,100 of 1,000: MDF-01
    const QByteArray claim = rows.claim(request, QStringLiteral("approved"), 500, 500); // 500 of 450: MDF-09
    rows.payment(claim, 600); // 600 of 500: MDF-11
    // A total nobody re-summed (a bug, or an edit behind the triggers' back).
    exec(db, QStringLiteral("UPDATE mdf_allocation SET committed_minor = 1 WHERE id = ?"), {allocation});

    const Result<QList<MdfLedger::Finding>> findings = MdfLedger(db).audit();
    REQUIRE(findings.ok());
    QStringList rules;
    for (const MdfLedger::Finding& f : *findings)
        rules.append(f.rule);
    rules.sort();
    rules.removeDuplicates();
    CHECK(rules.join(QLatin1Char(' ')) == QStringLiteral("MDF-01 MDF-02 MDF-09 MDF-11 totals"));
    const QString text = mdfAuditText(db);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("committed_minor is $0.01 but its rows add up to $9.00")));
    CHECK(text.contains(QStringLiteral("$11.00 allocated of $10.00 (MDF-01)")));
    CHECK(text.contains(QStringLiteral("$9.00 committed of $8.00 (MDF-02)")));
    CHECK(text.contains(QStringLiteral("$5.00 claimed of $4.50 (50 % of $9.00 approved) (MDF-09)")));
    CHECK(text.contains(QStringLiteral("$6.00 paid of $5.00 approved (MDF-11)")));

    // A child in another currency than its parent (a pulled row no local check saw).
    const QByteArray euros = rows.request(allocation, QStringLiteral("draft"), 1);
    exec(db, QStringLiteral("UPDATE mdf_request SET currency = 'EUR' WHERE id = ?"), {euros});
    CHECK(mdfAuditText(db).contains(QStringLiteral("is in EUR but what it belongs to is in USD (MDF-01)")));

    // allow_negative relaxes MDF-02 only.
    exec(db, QStringLiteral("UPDATE mdf_budget SET allow_negative = 1"));
    CHECK_FALSE(mdfAuditText(db).contains(QStringLiteral("MDF-02")));
    CHECK(mdfAuditText(db).contains(QStringLiteral("MDF-01")));
}

TEST_CASE("MDF-01 a database at schema step 5 upgrades to step 6 with its data", "[mdf-schema][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("step5.db"));
    {
        auto old = Database::openAtVersion(path, 5);
        REQUIRE(old.ok());
        Database& db = *old.value();
        REQUIRE(db.schemaVersion() == 5);
        exec(db,
            QStringLiteral("INSERT INTO partner (id, name, country, owner, created_at, updated_at) "
                           "VALUES (?, 'Công ty Đông Á', 'VN', 'anna', ?, ?)"),
            {QByteArray(16, '\x11'), Now, Now});
        exec(db,
            QStringLiteral("INSERT INTO deal (id, partner_id, customer_name, number, created_at, updated_at) "
                           "VALUES (?, ?, 'Acme', 'DR-2701-AAAAAA', ?, ?)"),
            {QByteArray(16, '\x22'), QByteArray(16, '\x11'), Now, Now});
        QSqlQuery none(db.connection());
        REQUIRE(none.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE name = 'mdf_budget'")));
        CHECK_FALSE(none.next());
    }
    auto upgraded = Database::open(path);
    REQUIRE(upgraded.ok());
    Database& db = *upgraded.value();
    CHECK(db.schemaVersion() == Database::currentSchemaVersion());
    CHECK(db.schemaVersion() >= 6);
    CHECK(mdfCountRows(db, QStringLiteral("SELECT COUNT(*) FROM partner WHERE name = 'Công ty Đông Á'")) == 1);
    CHECK(mdfCountRows(db, QStringLiteral("SELECT COUNT(*) FROM deal WHERE number = 'DR-2701-AAAAAA'")) == 1);
    for (const char* table : {"mdf_budget", "mdf_allocation", "mdf_request", "mdf_claim", "mdf_payment",
             "mdf_attachment", "mdf_blob", "mdf_event", "mdf_approval_limit", "mdf_setting"}) {
        INFO(table);
        CHECK(mdfCountRows(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table))) == 0);
    }
    // The totals triggers of step 6 (step 9's search triggers have "search" or "fts" in their names).
    CHECK(mdfCountRows(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                                          "'mdf_%' AND name NOT LIKE '%fts%' AND name NOT LIKE '%search%'"))
        == 9);
    CHECK(mdfCountRows(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND (name LIKE "
                                          "'%mdf_%search%' OR name LIKE 'mdf_%_fts_%')"))
        == 13);
    // The partner from before can get funds at once.
    const MdfBudget budget = mdfCreateBudget(db, 100'000'000, QStringLiteral("VND"));
    const MdfAllocation allocation = mdfCreateAllocation(db, budget, QByteArray(16, '\x11'), 50'000'000);
    const MdfRequest request = mdfApprovedRequest(db, allocation, {20'000'000});
    CHECK(request.status == QStringLiteral("approved"));
    CHECK(mdfAuditText(db).isEmpty());
}

TEST_CASE("A database at schema step 8 upgrades to step 9 - its requests and claims become searchable", "[mdf-schema][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("step8.db"));
    QByteArray request;
    QByteArray claim;
    {
        auto old = Database::openAtVersion(path, 8);
        REQUIRE(old.ok());
        Database& db = *old.value();
        exec(db,
            QStringLiteral("INSERT INTO partner (id, name, country, owner, created_at, updated_at) "
                           "VALUES (?, 'Công ty Đông Á', 'VN', 'anna', ?, ?)"),
            {QByteArray(16, '\x11'), Now, Now});
        Rows rows { db, QByteArray(16, '\x11') };
        request = rows.request(rows.allocation(rows.budget(1'000'000), 500'000), QStringLiteral("approved"), 100'000,
                               100'000);
        claim = rows.claim(request, QStringLiteral("submitted"), 10'000);
        exec(db, QStringLiteral("UPDATE mdf_request SET title = 'Hội thảo đối tác', campaign = 'Mùa Xuân' WHERE id = ?"),
             {request});
        exec(db, QStringLiteral("UPDATE mdf_claim SET title = 'Quầy triển lãm' WHERE id = ?"), {claim});
    }
    auto upgraded = Database::open(path);
    REQUIRE(upgraded.ok());
    Database& db = *upgraded.value();
    CHECK(db.schemaVersion() == Database::currentSchemaVersion());
    // A request's words are its own and its partner's name; a claim's, its own and its request's.
    CHECK(mdfCountRows(db, QStringLiteral("SELECT count(*) FROM mdf_request WHERE search_text LIKE 'mdf % hoi thao doi "
                                          "tac mua xuan cong ty dong a'")) == 1);
    CHECK(mdfCountRows(db, QStringLiteral("SELECT count(*) FROM mdf_claim WHERE search_text LIKE 'clm % quay trien lam "
                                          "mdf % hoi thao doi tac mua xuan cong ty dong a'")) == 1);
    const auto matches = [&db](const QString& table, const QString& words) {
        return mdfCountRows(db, QStringLiteral("SELECT count(*) FROM %1_fts WHERE %1_fts MATCH ?").arg(table),
                            {TextFold::ftsPrefixQuery(words)});
    };
    CHECK(matches(QStringLiteral("mdf_request"), QStringLiteral("hoi xuan")) == 1);
    CHECK(matches(QStringLiteral("mdf_claim"), QStringLiteral("trien lam")) == 1);
    CHECK(matches(QStringLiteral("mdf_claim"), QStringLiteral("clm")) == 1);
    CHECK(matches(QStringLiteral("mdf_claim"), QStringLiteral("hoi dong")) == 1);
    CHECK(matches(QStringLiteral("mdf_request"), QStringLiteral("quay")) == 0);
    // Triggers carry a partner's new name to its requests and their claims, and a request's new title to its claims.
    exec(db, QStringLiteral("UPDATE partner SET name_words = 'sao viet' WHERE id = ?"), {QByteArray(16, '\x11')});
    CHECK(matches(QStringLiteral("mdf_claim"), QStringLiteral("sao viet trien")) == 1);
    CHECK(matches(QStringLiteral("mdf_claim"), QStringLiteral("dong")) == 0);
    exec(db, QStringLiteral("UPDATE mdf_request SET search_own = 'mdf x hoi nghi' WHERE id = ?"), {request});
    CHECK(matches(QStringLiteral("mdf_claim"), QStringLiteral("hoi nghi sao")) == 1);
    CHECK(matches(QStringLiteral("mdf_claim"), QStringLiteral("thao")) == 0);
    CHECK(matches(QStringLiteral("mdf_request"), QStringLiteral("thao")) == 0);
    // A hard delete leaves the index (a tombstone stays: the lists filter it).
    exec(db, QStringLiteral("DELETE FROM mdf_claim WHERE id = ?"), {claim});
    CHECK(matches(QStringLiteral("mdf_claim"), QStringLiteral("trien")) == 0);
    for (const char* fts : {"mdf_request_fts", "mdf_claim_fts"}) // fails on an index out of step with its table
        exec(db, QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(QString::fromLatin1(fts)));
}

#ifdef CHANNELDESK_CLI_PATH
TEST_CASE("MDF-02 channeldesk-cli mdf-audit reports drift and exits 1 - 0 when all is well", "[mdf-schema][cli]")
{
    TempDatabase temp;
    const MdfSetup s = mdfSetup(temp.db());
    mdfApprovedRequest(temp.db(), s.allocation, {10'000});
    const auto run = [&temp]() {
        QProcess cli;
        cli.start(QStringLiteral(CHANNELDESK_CLI_PATH),
            {QStringLiteral("--database"), temp.path(), QStringLiteral("mdf-audit")});
        REQUIRE(cli.waitForFinished(60'000));
        return std::pair {cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput())};
    };
    const auto [clean, cleanText] = run();
    CHECK(clean == 0);
    CHECK(cleanText.contains(QStringLiteral("every total matches")));
    exec(temp.db(), QStringLiteral("UPDATE mdf_allocation SET committed_minor = 5"));
    const auto [drift, driftText] = run();
    CHECK(drift == 1);
    CHECK(driftText.startsWith(QStringLiteral("totals\t") + Uuid::toString(s.allocation.id)));
}
#endif
