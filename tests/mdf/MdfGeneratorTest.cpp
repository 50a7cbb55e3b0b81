// The MDF generator behind `channeldesk-cli generate --mdf-requests` and the MDF benchmark (issue 5): deterministic,
// realistic, every row valid (MdfValidator), every money rule kept and every trigger-kept total right (MdfLedger::audit
// re-sums the raw rows), and the balance tree equal to a plain GROUP BY over the raw rows.
#include "common/Timestamp.h"
#include "domain/Mdf.h"
#include "mdf/MdfBalances.h"
#include "mdf/MdfLedger.h"
#include "mdf/MdfValidator.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "support/CatchQt.h"
#include "tools/BulkLoader.h"
#include "tools/DataGenerator.h"
#include "tools/MdfGenerator.h"
#include "tools/SampleData.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>
#include <string>

using namespace ChannelDesk;

namespace {

const QDate Reference(2026, 11, 27);

/// A bulk connection on a fresh database file with `partners` generated partners.
struct MdfDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    explicit MdfDatabase(int partners)
    {
        REQUIRE(dir.isValid());
        auto opened = Database::open(dir.filePath(QStringLiteral("mdf.db")), Database::Role::Bulk);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        if (partners == 0)
            return;
        const DataGenerator gen(5);
        BulkLoader loader(*db);
        loader.setRecordOutbox(false);
        REQUIRE(loader.begin().ok());
        for (int i = 0; i < partners; ++i) {
            const Partner p = gen.partner(i);
            REQUIRE(loader.addPartner(p, PartnerRepository::localColumns(p)).ok());
        }
        REQUIRE(loader.commit().ok());
    }

    qint64 count(const QString& sql) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    /// Every row of `sql` as text, for comparing two databases.
    QStringList dump(const QString& sql) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(sql));
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                cells.append(v.isNull() ? QStringLiteral("NULL")
                                        : v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                                              : v.toString());
            }
            rows.append(cells.join(QLatin1Char('|')));
        }
        return rows;
    }

    template <class T>
    QList<QPair<T, QSqlRecord>> records(const QString& table, const QList<MdfFieldDef<T>>& fields) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY local_id").arg(table)));
        QList<QPair<T, QSqlRecord>> out;
        while (q.next()) {
            T record;
            record.id = q.value(QStringLiteral("id")).toByteArray();
            for (const MdfFieldDef<T>& field : fields)
                field.set(record, q.value(QString::fromLatin1(field.column)));
            out.append({ record, q.record() });
        }
        return out;
    }
};

std::string difference(const QStringList& a, const QStringList& b)
{
    for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i) {
        if (a.at(i) != b.at(i))
            return "row " + std::to_string(i) + ": " + a.at(i).toStdString() + " <> " + b.at(i).toStdString();
    }
    if (a.size() != b.size())
        return "sizes " + std::to_string(a.size()) + " <> " + std::to_string(b.size());
    return {};
}

std::string findingsText(const QList<MdfLedger::Finding>& findings)
{
    std::string text;
    for (qsizetype i = 0; i < qMin<qsizetype>(findings.size(), 10); ++i)
        text += findings.at(i).rule.toStdString() + ": " + findings.at(i).message.toStdString() + "\n";
    return text;
}

Status generate(Database& db, qint64 requests, quint64 seed = 7, double claimsPerRequest = 3.0, bool events = false,
                bool outbox = false)
{
    MdfGenerator generator(db, seed);
    generator.setReferenceDay(Reference);
    generator.setClaimsPerRequest(claimsPerRequest);
    generator.setWithEvents(events);
    generator.setRecordOutbox(outbox);
    return generator.generate(requests);
}

/// The balance tree computed the naive way, straight from the raw rows (the MDF benchmark's baseline, and an
/// independent restatement of the triggers): allocation id → requested, committed, claimed, claims approved, paid.
QHash<QByteArray, std::array<qint64, 5>> naiveAllocationTotals(Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral(
        "WITH c AS (SELECT request_id, "
        "  SUM(CASE WHEN status IN ('submitted', 'returned') THEN amount_minor "
        "           WHEN status IN ('approved', 'partially_paid', 'paid') THEN COALESCE(approved_minor, 0) ELSE 0 END) AS claimed, "
        "  SUM(CASE WHEN status IN ('approved', 'partially_paid', 'paid') THEN COALESCE(approved_minor, 0) ELSE 0 END) AS approved, "
        "  SUM((SELECT COALESCE(SUM(p.amount_minor), 0) FROM mdf_payment p WHERE p.claim_id = mdf_claim.id AND p.deleted_at IS NULL)) AS paid "
        "  FROM mdf_claim WHERE deleted_at IS NULL GROUP BY request_id) "
        "SELECT r.allocation_id, "
        "  SUM(CASE WHEN r.status IN ('submitted', 'need_info', 'approved', 'partially_approved', 'closed') THEN r.requested_minor ELSE 0 END), "
        "  SUM(CASE WHEN r.status IN ('approved', 'partially_approved') THEN COALESCE(r.approved_minor, 0) "
        "           WHEN r.status = 'closed' THEN COALESCE(c.approved, 0) ELSE 0 END), "
        "  SUM(COALESCE(c.claimed, 0)), SUM(COALESCE(c.approved, 0)), SUM(COALESCE(c.paid, 0)) "
        "FROM mdf_request r LEFT JOIN c ON c.request_id = r.id WHERE r.deleted_at IS NULL GROUP BY r.allocation_id")));
    QHash<QByteArray, std::array<qint64, 5>> totals;
    while (q.next()) {
        totals.insert(q.value(0).toByteArray(), { q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                                                  q.value(4).toLongLong(), q.value(5).toLongLong() });
    }
    return totals;
}

} // namespace

TEST_CASE("MDF generator: valid rows that keep every money rule with trigger totals right (MDF-01 MDF-02 MDF-09 MDF-11)",
          "[mdf-generator]")
{
    MdfDatabase m(200);
    MdfGenerator generator(*m.db, 7);
    generator.setReferenceDay(Reference);
    generator.setClaimsPerRequest(3);
    QList<qint64> progress;
    generator.setProgress([&progress](qint64 done, qint64 total) {
        CHECK(total == 1500);
        progress.append(done);
        return true;
    });
    const Status status = generator.generate(1500);
    INFO(status.error().toLogString().toStdString());
    REQUIRE(status.ok());
    CHECK(!progress.isEmpty());
    CHECK(progress.last() == 1500);
    CHECK(generator.requestsAdded() == 1500);
    CHECK(generator.claimsAdded() == 4500); // round(1500 × 3), exactly
    CHECK(generator.budgetsAdded() == 12);  // 2 years × 3 regions × 2 programs
    CHECK(generator.allocationsAdded() > 50);
    CHECK(generator.paymentsAdded() > 1000);
    CHECK(generator.eventsAdded() == 0);
    CHECK(m.count(QStringLiteral("SELECT count(*) FROM mdf_request")) == 1500);
    CHECK(m.count(QStringLiteral("SELECT count(*) FROM mdf_claim")) == 4500);
    CHECK(m.count(QStringLiteral("SELECT count(*) FROM mdf_payment")) == generator.paymentsAdded());
    CHECK(m.count(QStringLiteral("SELECT count(*) FROM mdf_allocation")) == generator.allocationsAdded());
    CHECK(m.count(QStringLiteral("SELECT count(*) FROM sync_outbox")) == 0);
    CHECK(m.count(QStringLiteral("SELECT count(*) FROM mdf_event")) == 0);

    SECTION("the ledger's audit re-sums every raw row: no drifted total and no broken invariant")
    {
        const Result<QList<MdfLedger::Finding>> findings = MdfLedger(*m.db).audit();
        REQUIRE(findings.ok());
        INFO(findingsText(findings.value()));
        CHECK(findings->isEmpty());
    }

    SECTION("the balance tree equals a GROUP BY over the raw rows")
    {
        const QHash<QByteArray, std::array<qint64, 5>> naive = naiveAllocationTotals(*m.db);
        const Result<QList<MdfBudgetNode>> tree = MdfBalances::load(*m.db);
        REQUIRE(tree.ok());
        CHECK(tree->size() == 12);
        qint64 allocations = 0;
        qint64 compared = 0;
        for (const MdfBudgetNode& budget : tree.value()) {
            qint64 allocated = 0;
            for (const MdfAllocationNode& a : budget.allocations) {
                ++allocations;
                allocated += a.totals.amountMinor;
                const std::array<qint64, 5> expected = naive.value(a.id, { 0, 0, 0, 0, 0 });
                CHECK(a.totals.requestedMinor == expected[0]);
                CHECK(a.totals.committedMinor == expected[1]);
                CHECK(a.totals.claimedMinor == expected[2]);
                CHECK(a.totals.claimsApprovedMinor == expected[3]);
                CHECK(a.totals.paidMinor == expected[4]);
                compared += expected[1] > 0;
                // MDF-02: an overdrawn allocation only where its budget allows it.
                if (a.totals.remainingMinor < 0)
                    CHECK(budget.budget.allowNegative);
            }
            CHECK(budget.totals.allocatedMinor == allocated);
            CHECK(budget.totals.remainingMinor >= 0); // MDF-01: Σ allocations ≤ budget
        }
        CHECK(allocations == generator.allocationsAdded());
        CHECK(compared > 20);
    }

    SECTION("every record passes MdfValidator and agrees with its budget")
    {
        QHash<QByteArray, MdfBudget> budgets;
        for (const auto& [budget, row] : m.records(QStringLiteral("mdf_budget"), mdfBudgetFields())) {
            INFO(budget.name.toStdString());
            CHECK(MdfValidator::validate(budget).ok());
            CHECK(budget.periodStart.year() >= Reference.year() - 1);
            budgets.insert(budget.id, budget);
        }
        QHash<QByteArray, MdfAllocation> allocations;
        QSet<QString> periodsTaken;
        for (const auto& [allocation, row] : m.records(QStringLiteral("mdf_allocation"), mdfAllocationFields())) {
            const Status valid = MdfValidator::validate(allocation);
            INFO(valid.error().message.toStdString());
            CHECK(valid.ok());
            REQUIRE(budgets.contains(allocation.budgetId));
            const MdfBudget& budget = budgets.value(allocation.budgetId);
            CHECK(allocation.amount.currency == budget.amount.currency);
            QDate first;
            QDate last;
            REQUIRE(MdfValidator::parsePeriod(allocation.period, &first, &last));
            CHECK(first >= budget.periodStart);
            CHECK(last <= budget.periodEnd);
            // MDF-03: one allocation per budget, partner and period.
            const QString slot = QString::fromLatin1(QByteArray(allocation.budgetId + allocation.partnerId).toHex()) + allocation.period;
            CHECK(!periodsTaken.contains(slot));
            periodsTaken.insert(slot);
            allocations.insert(allocation.id, allocation);
        }
        QHash<QByteArray, MdfRequest> requests;
        QSet<QString> requestStatuses;
        QSet<QString> numbers;
        const QDateTime horizon(Reference, QTime(0, 0), QTimeZone::utc());
        for (const auto& [request, row] : m.records(QStringLiteral("mdf_request"), mdfRequestFields())) {
            const Status valid = MdfValidator::validate(request);
            INFO(request.number.toStdString() << " " << valid.error().message.toStdString());
            CHECK(valid.ok());
            REQUIRE(allocations.contains(request.allocationId));
            const MdfAllocation& allocation = allocations.value(request.allocationId);
            const MdfBudget& budget = budgets.value(allocation.budgetId);
            CHECK(request.partnerId == allocation.partnerId);
            CHECK(request.requested.currency == budget.amount.currency);
            CHECK(request.number.startsWith(QStringLiteral("MDF-")));
            CHECK(!numbers.contains(request.number));
            numbers.insert(request.number);
            requestStatuses.insert(request.status);
            const QDateTime created = Timestamp::fromStorage(row.value(QStringLiteral("created_at")).toString());
            const QDateTime updated = Timestamp::fromStorage(row.value(QStringLiteral("updated_at")).toString());
            CHECK(Timestamp::toStorage(created) == row.value(QStringLiteral("created_at")).toString());
            CHECK(created <= updated);
            CHECK(updated < horizon);
            const bool decided = request.approvedMinor.has_value();
            CHECK(decided == (request.status == QLatin1String("approved") || request.status == QLatin1String("partially_approved")
                              || request.status == QLatin1String("closed")));
            if (decided) {
                // MDF-10: the claim deadline is fixed at approval.
                CHECK(request.claimDeadline == request.endDate.addDays(budget.claimDays));
                CHECK(request.submittedAt <= request.decidedAt);
                CHECK(*request.approvedMinor > 0);
                bool allAccepted = true;
                for (const MdfRequestLine& line : request.lines)
                    allAccepted = allAccepted && line.decision == QLatin1String("accepted");
                if (request.status != QLatin1String("closed"))
                    CHECK(allAccepted == (request.status == QLatin1String("approved"))); // MDF-06
            }
            if (request.status != QLatin1String("draft") && request.status != QLatin1String("canceled"))
                CHECK(request.submittedAt.isValid());
            requests.insert(request.id, request);
        }
        for (const char* code : { "draft", "submitted", "need_info", "approved", "partially_approved", "rejected",
                                    "declined", "closed", "canceled" }) {
            INFO(code);
            CHECK(requestStatuses.contains(QString::fromLatin1(code)));
        }

        QSet<QString> titles;
        QSet<QString> claimStatuses;
        QHash<QByteArray, MdfClaim> claims;
        for (const auto& [claim, row] : m.records(QStringLiteral("mdf_claim"), mdfClaimFields())) {
            const Status valid = MdfValidator::validate(claim);
            INFO(claim.number.toStdString() << " " << valid.error().message.toStdString());
            CHECK(valid.ok());
            REQUIRE(requests.contains(claim.requestId));
            const MdfRequest& request = requests.value(claim.requestId);
            // MDF-08: only on an approved request whose activity has started.
            CHECK(request.approvedMinor.has_value());
            CHECK(request.startDate <= Reference);
            CHECK(claim.partnerId == request.partnerId);
            CHECK(claim.amount.currency == request.requested.currency);
            CHECK(claim.number.startsWith(QStringLiteral("CLM-")));
            // MDF-09: titles unique among live claims.
            CHECK(!titles.contains(claim.title));
            titles.insert(claim.title);
            claimStatuses.insert(claim.status);
            const QDateTime created = Timestamp::fromStorage(row.value(QStringLiteral("created_at")).toString());
            CHECK(created >= request.decidedAt);
            if (claim.submittedAt.isValid()) {
                CHECK(claim.submittedAt >= created);
                CHECK(claim.submittedAt.date() <= request.claimDeadline); // MDF-10, in UTC (≤ 09:00 UTC on the day)
            }
            if (claim.decidedAt.isValid())
                CHECK(claim.decidedAt >= claim.submittedAt);
            claims.insert(claim.id, claim);
        }
        for (const char* code : { "draft", "submitted", "returned", "approved", "rejected", "partially_paid", "paid",
                                    "canceled" }) {
            INFO(code);
            CHECK(claimStatuses.contains(QString::fromLatin1(code)));
        }
        for (const auto& [payment, row] : m.records(QStringLiteral("mdf_payment"), mdfPaymentFields())) {
            const Status valid = MdfValidator::validate(payment);
            INFO(valid.error().message.toStdString());
            CHECK(valid.ok());
            REQUIRE(claims.contains(payment.claimId));
            const MdfClaim& claim = claims.value(payment.claimId);
            CHECK(payment.amount.currency == claim.amount.currency);
            CHECK(payment.partnerId == claim.partnerId);
            CHECK(payment.paidOn >= claim.decidedAt.date());
            CHECK(payment.paidOn < Reference);
        }
    }
}

TEST_CASE("MDF generator: the same seed gives the same rows and another seed other rows", "[mdf-generator]")
{
    const auto dumpOf = [](quint64 seed) {
        MdfDatabase m(60);
        REQUIRE(generate(*m.db, 300, seed).ok());
        QStringList rows;
        for (const char* table : { "mdf_budget", "mdf_allocation", "mdf_request", "mdf_claim", "mdf_payment" })
            rows += m.dump(QStringLiteral("SELECT * FROM %1 ORDER BY local_id").arg(QLatin1String(table)));
        return rows;
    };
    const QStringList first = dumpOf(11);
    const QStringList again = dumpOf(11);
    CHECK(difference(first, again).empty());
    CHECK(first.size() > 1000);
    const QStringList other = dumpOf(12);
    CHECK(!difference(first, other).empty());
}

TEST_CASE("MDF generator: a second run adds new records and numbers continue", "[mdf-generator]")
{
    MdfDatabase m(80);
    REQUIRE(generate(*m.db, 300).ok());
    const Status again = generate(*m.db, 200);
    INFO(again.error().toLogString().toStdString());
    REQUIRE(again.ok());
    CHECK(m.count(QStringLiteral("SELECT count(*) FROM mdf_request")) == 500);
    CHECK(m.count(QStringLiteral("SELECT count(*) FROM mdf_budget")) == 24);
    CHECK(m.count(QStringLiteral("SELECT count(DISTINCT name) FROM mdf_budget")) == 24);
    CHECK(m.count(QStringLiteral("SELECT count(DISTINCT number) FROM mdf_claim")) == m.count(QStringLiteral("SELECT count(*) FROM mdf_claim")));
    const Result<QList<MdfLedger::Finding>> findings = MdfLedger(*m.db).audit();
    REQUIRE(findings.ok());
    INFO(findingsText(findings.value()));
    CHECK(findings->isEmpty());
}

TEST_CASE("MDF generator: history events and outbox entries when asked", "[mdf-generator]")
{
    MdfDatabase m(40);
    MdfGenerator generator(*m.db, 3);
    generator.setReferenceDay(Reference);
    generator.setWithEvents(true);
    generator.setRecordOutbox(true);
    REQUIRE(generator.generate(120).ok());
    const qint64 records = generator.budgetsAdded() + generator.allocationsAdded() + generator.requestsAdded()
        + generator.claimsAdded() + generator.paymentsAdded();
    CHECK(generator.eventsAdded() == m.count(QStringLiteral("SELECT count(*) FROM mdf_event")));
    CHECK(m.count(QStringLiteral("SELECT count(*) FROM sync_outbox")) == records + generator.eventsAdded());
    CHECK(m.count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE entity = 'mdf_request' AND op = 'create'")) == 120);
    // Every request has its history from "create", in order; every event's record exists.
    CHECK(m.count(QStringLiteral("SELECT count(*) FROM mdf_request r WHERE NOT EXISTS (SELECT 1 FROM mdf_event e "
                                 "WHERE e.record_id = r.id AND e.action = 'create')")) == 0);
    CHECK(m.count(QStringLiteral("SELECT count(*) FROM mdf_request r WHERE submitted_at IS NOT NULL AND NOT EXISTS "
                                 "(SELECT 1 FROM mdf_event e WHERE e.record_id = r.id AND e.action = 'submit')")) == 0);
    CHECK(m.count(QStringLiteral("SELECT count(*) FROM mdf_request r WHERE (SELECT to_status FROM mdf_event e WHERE "
                                 "e.record_id = r.id AND e.to_status <> '' ORDER BY e.at DESC, e.local_id DESC LIMIT 1) "
                                 "<> r.status")) == 0);
    CHECK(m.count(QStringLiteral("SELECT count(*) FROM mdf_claim c WHERE (SELECT to_status FROM mdf_event e WHERE "
                                 "e.record_id = c.id AND e.to_status <> '' ORDER BY e.at DESC, e.local_id DESC LIMIT 1) "
                                 "<> c.status")) == 0);
    CHECK(m.count(QStringLiteral("SELECT count(*) FROM mdf_event e WHERE NOT EXISTS (SELECT 1 FROM mdf_request WHERE id = e.record_id) "
                                 "AND NOT EXISTS (SELECT 1 FROM mdf_claim WHERE id = e.record_id) AND NOT EXISTS "
                                 "(SELECT 1 FROM mdf_allocation WHERE id = e.record_id) AND NOT EXISTS "
                                 "(SELECT 1 FROM mdf_payment WHERE id = e.record_id) AND NOT EXISTS "
                                 "(SELECT 1 FROM mdf_budget WHERE id = e.record_id)")) == 0);
}

TEST_CASE("MDF generator: cancelling or failing keeps nothing", "[mdf-generator]")
{
    MdfDatabase m(50);
    MdfGenerator generator(*m.db, 5);
    generator.setReferenceDay(Reference);
    generator.setProgress([](qint64, qint64) { return false; });
    const Status cancelled = generator.generate(1500);
    REQUIRE(!cancelled.ok());
    CHECK(cancelled.error().code == Error::Code::Cancelled);
    CHECK(generator.requestsAdded() == 0);
    CHECK(m.count(QStringLiteral("SELECT count(*) FROM mdf_request")) == 0);
    CHECK(m.count(QStringLiteral("SELECT count(*) FROM mdf_allocation")) == 0);
    CHECK(m.count(QStringLiteral("SELECT count(*) FROM mdf_claim")) == 0);

    MdfDatabase empty(0);
    const Status none = generate(*empty.db, 10);
    REQUIRE(!none.ok());
    CHECK(none.error().code == Error::Code::NotFound);
}

TEST_CASE("MDF sample data: budgets allocations and requests walked through the repositories", "[mdf-generator][mdf-sample]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sample.db"));
    const Status loaded = SampleData::load(path, 30);
    INFO(loaded.error().toLogString().toStdString());
    REQUIRE(loaded.ok());
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    Database& db = *opened.value();
    const auto count = [&db](const QString& sql) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    CHECK(count(QStringLiteral("SELECT count(*) FROM mdf_budget")) == 3);
    CHECK(count(QStringLiteral("SELECT count(*) FROM mdf_allocation")) == 24);
    CHECK(count(QStringLiteral("SELECT count(*) FROM mdf_request")) == 40);
    CHECK(count(QStringLiteral("SELECT count(DISTINCT status) FROM mdf_request")) == 8);
    CHECK(count(QStringLiteral("SELECT count(*) FROM mdf_request WHERE status = 'closed'")) == 4);
    CHECK(count(QStringLiteral("SELECT count(*) FROM mdf_claim")) == 19);
    CHECK(count(QStringLiteral("SELECT count(*) FROM mdf_claim WHERE status = 'paid'")) == 8);
    CHECK(count(QStringLiteral("SELECT count(*) FROM mdf_claim WHERE status = 'partially_paid'")) == 4);
    CHECK(count(QStringLiteral("SELECT count(*) FROM mdf_payment")) == 20);
    CHECK(count(QStringLiteral("SELECT count(*) FROM mdf_attachment")) == 19);
    CHECK(count(QStringLiteral("SELECT count(*) FROM mdf_blob")) == 19);
    // Every record is the user's own change: it syncs, with its history.
    for (const char* table : { "mdf_budget", "mdf_allocation", "mdf_request", "mdf_claim", "mdf_payment", "mdf_attachment",
                               "mdf_event" }) {
        INFO(table);
        CHECK(count(QStringLiteral("SELECT count(*) FROM %1 t WHERE NOT EXISTS (SELECT 1 FROM sync_outbox o WHERE "
                                   "o.row_id = t.id AND o.entity = '%1' AND o.op = 'create')")
                        .arg(QLatin1String(table)))
              == 0);
    }
    CHECK(count(QStringLiteral("SELECT count(*) FROM mdf_event WHERE entity = 'request' AND action = 'approve'")) == 23);
    // Work is waiting for the user: submitted requests and claims the budget owner decides.
    CHECK(count(QStringLiteral("SELECT count(*) FROM mdf_request WHERE status = 'submitted'")) == 4);
    CHECK(count(QStringLiteral("SELECT count(*) FROM mdf_claim WHERE status = 'submitted'")) == 4);
    const Result<QList<MdfLedger::Finding>> findings = MdfLedger(db).audit();
    REQUIRE(findings.ok());
    INFO(findingsText(findings.value()));
    CHECK(findings->isEmpty());
}
