// Measures the MDF budget tree's balances (MdfBalances::load, the trigger-kept totals) against the naive baseline of
// aggregating the raw request, claim and payment rows with GROUP BY, the cost of one write's totals triggers and the
// refresh after it, and the first page of the request and claim lists (the SQL the lists run: MdfQuery and the
// lists' row columns) on a generated database (issue 5), and prints JSON.
// Usage: mdf-benchmark --database PATH [--repeat N] [--writes N] [--today YYYY-MM-DD]
// See bench/run-mdf-benchmarks.sh and docs/benchmarks.md.
#include "common/Timestamp.h"
#include "domain/Mdf.h"
#include "mdf/MdfBalances.h"
#include "mdf/MdfClaimRepository.h"
#include "mdf/MdfListLoader.h"
#include "mdf/MdfListSpecs.h"
#include "mdf/MdfQuery.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextStream>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

using namespace ChannelDesk;

namespace {

double ms(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double round2(double v)
{
    return qRound(v * 100) / 100.0;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least p of the runs at or below it.
    const qsizetype rank = std::max<qsizetype>(1, static_cast<qsizetype>(std::ceil(p * static_cast<double>(values.size()))));
    return values.at(std::min(values.size(), rank) - 1);
}

QJsonObject stats(const QList<double>& values)
{
    QJsonArray all;
    for (double v : values)
        all.append(round2(v));
    return { { QStringLiteral("median_ms"), round2(percentile(values, 0.5)) },
             { QStringLiteral("p95_ms"), round2(percentile(values, 0.95)) },
             { QStringLiteral("max_ms"), round2(percentile(values, 1.0)) },
             { QStringLiteral("runs_ms"), all } };
}

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

QString text(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
}

int bind(sqlite3_stmt* statement, int position, const QVariant& value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, position);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob(statement, position, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, position, value.toLongLong());
    case QMetaType::Double: return sqlite3_bind_double(statement, position, value.toDouble());
    default: {
        const QByteArray utf8 = value.toString().toUtf8();
        return sqlite3_bind_text(statement, position, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    }
}

/// Prepares, binds, steps through every row reading every column (as the list's loader does), finalises. Returns
/// the number of rows, -1 on error.
qint64 runSql(sqlite3* handle, const QString& sql, const QVariantList& values)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK) {
        qCritical("prepare failed: %s\n%s", sqlite3_errmsg(handle), utf8.constData());
        return -1;
    }
    for (int i = 0; i < values.size(); ++i)
        bind(statement, i + 1, values.at(i));
    qint64 rows = 0;
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(statement); ++c)
            (void)sqlite3_column_text(statement, c);
        ++rows;
    }
    if (rc != SQLITE_DONE) {
        qCritical("step failed: %s", sqlite3_errmsg(handle));
        rows = -1;
    }
    sqlite3_finalize(statement);
    return rows;
}

/// The query plan's lines, to show that the first page walks an index instead of sorting.
QStringList plan(sqlite3* handle, const QString& sql, const QVariantList& values)
{
    const QByteArray utf8 = (QStringLiteral("EXPLAIN QUERY PLAN ") + sql).toUtf8();
    sqlite3_stmt* statement = nullptr;
    QStringList lines;
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK)
        return { QString::fromUtf8(sqlite3_errmsg(handle)) };
    for (int i = 0; i < values.size(); ++i)
        bind(statement, i + 1, values.at(i));
    while (sqlite3_step(statement) == SQLITE_ROW)
        lines.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 3))));
    sqlite3_finalize(statement);
    return lines;
}

/// The naive baseline: the same tree computed from the raw rows with GROUP BY (no trigger-kept totals), with the
/// definitions of migration step 6 restated. Returns the budgets in MdfBalances' shape (allocation totals only;
/// order not sorted), so the run can check both give the same numbers.
struct NaiveTree
{
    QHash<QByteArray, MdfTotals> allocations;
    QHash<QByteArray, MdfTotals> budgets;
};

bool naiveTree(Database& db, NaiveTree& tree)
{
    tree = {};
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "WITH paid AS (SELECT claim_id, SUM(amount_minor) AS paid FROM mdf_payment WHERE deleted_at IS NULL "
            "GROUP BY claim_id), "
            "claims AS (SELECT c.request_id, "
            "  SUM(CASE WHEN c.status IN ('submitted', 'returned') THEN c.amount_minor "
            "           WHEN c.status IN ('approved', 'partially_paid', 'paid') THEN COALESCE(c.approved_minor, 0) ELSE 0 END) AS claimed, "
            "  SUM(CASE WHEN c.status IN ('approved', 'partially_paid', 'paid') THEN COALESCE(c.approved_minor, 0) ELSE 0 END) AS approved, "
            "  SUM(COALESCE(p.paid, 0)) AS paid "
            "  FROM mdf_claim c LEFT JOIN paid p ON p.claim_id = c.id WHERE c.deleted_at IS NULL GROUP BY c.request_id), "
            "requests AS (SELECT r.allocation_id, "
            "  SUM(CASE WHEN r.status IN ('submitted', 'need_info', 'approved', 'partially_approved', 'closed') THEN r.requested_minor ELSE 0 END) AS requested, "
            "  SUM(CASE WHEN r.status IN ('approved', 'partially_approved') THEN COALESCE(r.approved_minor, 0) "
            "           WHEN r.status = 'closed' THEN COALESCE(c.approved, 0) ELSE 0 END) AS committed, "
            "  SUM(COALESCE(c.claimed, 0)) AS claimed, SUM(COALESCE(c.approved, 0)) AS approved, SUM(COALESCE(c.paid, 0)) AS paid "
            "  FROM mdf_request r LEFT JOIN claims c ON c.request_id = r.id WHERE r.deleted_at IS NULL GROUP BY r.allocation_id) "
            "SELECT a.id, a.budget_id, a.amount_minor, p.name, COALESCE(x.requested, 0), COALESCE(x.committed, 0), "
            "  COALESCE(x.claimed, 0), COALESCE(x.approved, 0), COALESCE(x.paid, 0) "
            "FROM mdf_allocation a JOIN mdf_budget b ON b.id = a.budget_id AND b.deleted_at IS NULL "
            "LEFT JOIN partner p ON p.id = a.partner_id LEFT JOIN requests x ON x.allocation_id = a.id "
            "WHERE a.deleted_at IS NULL"))) {
        qCritical("baseline failed: %s", qPrintable(q.lastError().text()));
        return false;
    }
    while (q.next()) {
        MdfTotals t;
        t.amountMinor = q.value(2).toLongLong();
        t.allocatedMinor = t.amountMinor;
        t.requestedMinor = q.value(4).toLongLong();
        t.committedMinor = q.value(5).toLongLong();
        t.claimedMinor = q.value(6).toLongLong();
        t.claimsApprovedMinor = q.value(7).toLongLong();
        t.paidMinor = q.value(8).toLongLong();
        t.remainingMinor = t.amountMinor - t.committedMinor;
        tree.allocations.insert(q.value(0).toByteArray(), t);
        MdfTotals& b = tree.budgets[q.value(1).toByteArray()];
        b.allocatedMinor += t.amountMinor;
        b.requestedMinor += t.requestedMinor;
        b.committedMinor += t.committedMinor;
        b.claimedMinor += t.claimedMinor;
        b.claimsApprovedMinor += t.claimsApprovedMinor;
        b.paidMinor += t.paidMinor;
        b.allocatedUnusedMinor += t.remainingMinor;
    }
    return true;
}

bool sameTotals(const MdfTotals& a, const MdfTotals& b, bool budget)
{
    return a.requestedMinor == b.requestedMinor && a.committedMinor == b.committedMinor && a.claimedMinor == b.claimedMinor
        && a.claimsApprovedMinor == b.claimsApprovedMinor && a.paidMinor == b.paidMinor && a.allocatedMinor == b.allocatedMinor
        && (budget ? a.allocatedUnusedMinor == b.allocatedUnusedMinor : a.remainingMinor == b.remainingMinor);
}

/// Differences between the tree and the baseline's numbers (0 = the same tree).
int compare(const QList<MdfBudgetNode>& tree, const NaiveTree& naive)
{
    int differences = 0;
    qsizetype allocations = 0;
    for (const MdfBudgetNode& budget : tree) {
        if (!sameTotals(budget.totals, naive.budgets.value(budget.budget.id), true))
            ++differences;
        for (const MdfAllocationNode& a : budget.allocations) {
            ++allocations;
            if (!sameTotals(a.totals, naive.allocations.value(a.id), false))
                ++differences;
        }
    }
    return differences + int(std::abs(allocations - naive.allocations.size()));
}

/// One list measurement: a filter and sort of the request or claim list.
struct ListCase
{
    QString name;
    bool claims = false;
    std::function<MdfSql()> build;
};

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_LOGGING_RULES", "channeldesk.*.info=false");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("channeldesk-benchmark"));
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("Generated database."),
                                            QStringLiteral("path"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs per measure (default 15)."),
                                          QStringLiteral("n"), QStringLiteral("15"));
    const QCommandLineOption writesOption(QStringLiteral("writes"),
                                          QStringLiteral("Payments recorded (and voided) for the after-a-write figures "
                                                         "(default 20)."),
                                          QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption todayOption(QStringLiteral("today"), QStringLiteral("Reference day (default today)."),
                                         QStringLiteral("date"));
    parser.addOptions({ databaseOption, repeatOption, writesOption, todayOption });
    parser.process(app);
    const QString path = parser.value(databaseOption);
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const int writes = std::max(0, parser.value(writesOption).toInt());
    const QDate today = parser.isSet(todayOption) ? QDate::fromString(parser.value(todayOption), Qt::ISODate)
                                                  : QDate::currentDate();
    if (path.isEmpty() || !today.isValid()) {
        qCritical("--database is required; --today is YYYY-MM-DD");
        return 2;
    }

    // A worker's read connection (as the budgets screen and the lists use) and the editor connection for writes.
    auto openedReader = Database::open(path, Database::Role::Reader);
    auto openedEditor = Database::open(path, Database::Role::Editor);
    if (!openedReader || !openedEditor) {
        qCritical("%s", qPrintable((openedReader ? openedEditor.error() : openedReader.error()).toLogString()));
        return 1;
    }
    std::unique_ptr<Database> reader = std::move(openedReader).value();
    std::unique_ptr<Database> editor = std::move(openedEditor).value();

    QJsonObject result;
    QElapsedTimer timer;
    for (const char* table : { "partner", "mdf_budget", "mdf_allocation", "mdf_request", "mdf_claim", "mdf_payment" }) {
        result.insert(QString::fromLatin1(table).remove(QStringLiteral("mdf_")) + QStringLiteral("_rows"),
                      scalar(*reader, QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(QLatin1String(table))));
    }
    result.insert(QStringLiteral("today"), today.toString(Qt::ISODate));

    // ---- (a) Balances: MdfBalances::load of the whole tree, and (b) the naive GROUP BY baseline in the same run ---
    // The loads run one after the other on their connection, as the budgets screen's worker does; the first one
    // reads its pages from the OS cache (a fresh connection), the others from SQLite's page cache. The baseline runs
    // afterwards, so its scans of the whole database do not evict the tree's pages between two loads.
    QList<MdfBudgetNode> tree;
    {
        QList<double> loads;
        QList<double> baseline;
        double first = 0;
        NaiveTree naive;
        for (int i = 0; i <= repeat; ++i) {
            timer.start();
            Result<QList<MdfBudgetNode>> loaded = MdfBalances::load(*reader);
            if (i == 0)
                first = ms(timer);
            else
                loads.append(ms(timer));
            if (!loaded) {
                qCritical("%s", qPrintable(loaded.error().toLogString()));
                return 1;
            }
            tree = std::move(loaded).value();
        }
        for (int i = 0; i < repeat; ++i) {
            timer.start();
            if (!naiveTree(*reader, naive))
                return 1;
            baseline.append(ms(timer));
        }
        qint64 allocations = 0;
        for (const MdfBudgetNode& b : std::as_const(tree))
            allocations += b.allocations.size();
        result.insert(QStringLiteral("balances"),
                      QJsonObject { { QStringLiteral("load_whole_tree"), stats(loads) },
                                    { QStringLiteral("first_load_fresh_connection_ms"), round2(first) },
                                    { QStringLiteral("baseline_group_by_raw_rows"), stats(baseline) },
                                    { QStringLiteral("budgets"), tree.size() },
                                    { QStringLiteral("allocations"), allocations },
                                    { QStringLiteral("differences_from_baseline"), compare(tree, naive) } });
    }

    // ---- (a) One write: what its totals triggers cost, and the refresh after it ----------------------------------
    {
        // Approved claims with something left to pay, in a fixed random order.
        QList<QPair<QByteArray, qint64>> payable;
        QList<QByteArray> submitted;
        {
            QSqlQuery q(reader->connection());
            q.exec(QStringLiteral("SELECT id, approved_minor - paid_minor FROM mdf_claim WHERE deleted_at IS NULL AND "
                                  "status IN ('approved', 'partially_paid') AND approved_minor > paid_minor ORDER BY local_id"));
            while (q.next())
                payable.append({ q.value(0).toByteArray(), q.value(1).toLongLong() });
            q.exec(QStringLiteral("SELECT id FROM mdf_claim WHERE deleted_at IS NULL AND status = 'submitted' ORDER BY local_id"));
            while (q.next())
                submitted.append(q.value(0).toByteArray());
        }
        QRandomGenerator random(20261127);
        std::shuffle(payable.begin(), payable.end(), random);
        std::shuffle(submitted.begin(), submitted.end(), random);
        sqlite3* handle = editor->handle();

        // The bare statements, inside a savepoint that is rolled back: one payment row (payment → claim → request →
        // allocation triggers) and one claim approval (claim → request → allocation).
        QList<double> insertPayment;
        QList<double> approveClaim;
        QList<double> insertPaymentNoTriggers;
        const auto exec = [handle](const char* sql) { return sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) == SQLITE_OK; };
        for (int i = 0; i < repeat && i < payable.size(); ++i) {
            const QByteArray& claim = payable.at(i).first;
            for (bool triggers : { true, false }) {
                exec("SAVEPOINT bench");
                if (!triggers) {
                    exec("DROP TRIGGER mdf_payment_totals_insert");
                }
                sqlite3_stmt* statement = nullptr;
                sqlite3_prepare_v2(handle,
                                   "INSERT INTO mdf_payment (id, created_at, updated_at, claim_id, partner_id, amount_minor, "
                                   "currency, paid_on, method) SELECT randomblob(16), ?1, ?1, id, partner_id, 1, currency, "
                                   "?2, 'bank_transfer' FROM mdf_claim WHERE id = ?3",
                                   -1, &statement, nullptr);
                const QByteArray now = Timestamp::nowUtc().toUtf8();
                const QByteArray day = Timestamp::dateToStorage(today).toUtf8();
                sqlite3_bind_text(statement, 1, now.constData(), int(now.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(statement, 2, day.constData(), int(day.size()), SQLITE_TRANSIENT);
                sqlite3_bind_blob(statement, 3, claim.constData(), int(claim.size()), SQLITE_TRANSIENT);
                timer.start();
                const int rc = sqlite3_step(statement);
                (triggers ? insertPayment : insertPaymentNoTriggers).append(ms(timer));
                sqlite3_finalize(statement);
                if (rc != SQLITE_DONE)
                    qCritical("payment insert failed: %s", sqlite3_errmsg(handle));
                exec("ROLLBACK TO bench");
                exec("RELEASE bench");
            }
        }
        for (int i = 0; i < repeat && i < submitted.size(); ++i) {
            exec("SAVEPOINT bench");
            sqlite3_stmt* statement = nullptr;
            sqlite3_prepare_v2(handle, "UPDATE mdf_claim SET status = 'approved', approved_minor = amount_minor WHERE id = ?1",
                               -1, &statement, nullptr);
            sqlite3_bind_blob(statement, 1, submitted.at(i).constData(), int(submitted.at(i).size()), SQLITE_TRANSIENT);
            timer.start();
            const int rc = sqlite3_step(statement);
            approveClaim.append(ms(timer));
            sqlite3_finalize(statement);
            if (rc != SQLITE_DONE)
                qCritical("claim update failed: %s", sqlite3_errmsg(handle));
            exec("ROLLBACK TO bench");
            exec("RELEASE bench");
        }

        // Real payments through the repository (validation, ledger check, row + outbox + history, one transaction on
        // the editor connection, synchronous=FULL), each followed by a refresh of the whole tree on the reader; then
        // voided again, so the database is as before.
        QList<double> recordPayment;
        QList<double> refreshAfter;
        MdfClaimRepository claims(*editor);
        QList<QByteArray> made;
        qint64 changed = 0;
        qint64 paidSoFar = 0;
        qint64 paidBefore = 0;
        for (const MdfBudgetNode& b : std::as_const(tree))
            paidBefore += b.totals.paidMinor;
        for (int i = 0; i < writes && repeat + i < payable.size(); ++i) {
            const auto& [claim, left] = payable.at(repeat + i);
            MdfPayment payment;
            payment.claimId = claim;
            payment.amount.minor = std::max<qint64>(1, left / 2);
            payment.paidOn = today;
            payment.method = QStringLiteral("bank_transfer");
            payment.reference = QStringLiteral("BENCH-%1").arg(i);
            timer.start();
            const Result<MdfPayment> paid = claims.recordPayment(payment, MdfActionInput { QStringLiteral("bench"), {}, {} });
            recordPayment.append(ms(timer));
            if (!paid) {
                qCritical("%s", qPrintable(paid.error().toLogString()));
                continue;
            }
            made.append(paid->id);
            paidSoFar += payment.amount.minor;
            timer.start();
            const Result<QList<MdfBudgetNode>> again = MdfBalances::load(*reader);
            refreshAfter.append(ms(timer));
            if (again) {
                // The refresh shows the payment (paid totals are sums over currencies: only compared, never shown).
                qint64 after = 0;
                for (const MdfBudgetNode& b : again.value())
                    after += b.totals.paidMinor;
                changed += after - paidBefore == paidSoFar ? 1 : 0;
            }
        }
        for (const QByteArray& id : std::as_const(made)) {
            if (Status s = claims.voidPayment(id, MdfActionInput { QStringLiteral("bench"), QStringLiteral("benchmark"), {} });
                !s)
                qCritical("%s", qPrintable(s.error().toLogString()));
        }
        result.insert(QStringLiteral("one_write"),
                      QJsonObject { { QStringLiteral("insert_payment_with_totals_triggers"), stats(insertPayment) },
                                    { QStringLiteral("insert_payment_without_totals_trigger"), stats(insertPaymentNoTriggers) },
                                    { QStringLiteral("approve_claim_update_with_triggers"), stats(approveClaim) },
                                    { QStringLiteral("record_payment_repository"), stats(recordPayment) },
                                    { QStringLiteral("refresh_whole_tree_after_payment"), stats(refreshAfter) },
                                    { QStringLiteral("payments_seen_in_refresh"), changed } });
    }

    // ---- (c) First page of the request and claim lists: the SQL the lists run ------------------------------------
    {
        // "Waiting for me": the owner with most submitted requests (a CAM lead) decides them, the approver else.
        const QString me = text(*reader, QStringLiteral(
            "SELECT b.owner FROM mdf_request r JOIN mdf_allocation a ON a.id = r.allocation_id JOIN mdf_budget b ON "
            "b.id = a.budget_id WHERE r.deleted_at IS NULL AND r.status = 'submitted' AND r.approver = '' GROUP BY b.owner "
            "ORDER BY count(*) DESC LIMIT 1"));
        result.insert(QStringLiteral("waiting_for"), me);
        const auto request = [today](MdfRequestSort sort, bool desc, const std::function<void(MdfRequestFilter&)>& f = {}) {
            return [=]() {
                MdfRequestFilter filter;
                filter.today = today;
                if (f)
                    f(filter);
                return MdfQuery::build(filter, sort, desc);
            };
        };
        const auto claim = [](MdfClaimSort sort, bool desc, const std::function<void(MdfClaimFilter&)>& f = {}) {
            return [=]() {
                MdfClaimFilter filter;
                if (f)
                    f(filter);
                return MdfQuery::build(filter, sort, desc);
            };
        };
        const auto status = [](const char* code) {
            return [code](auto& filter) { filter.statuses = { QString::fromLatin1(code) }; };
        };
        const auto waiting = [me](auto& filter) { filter.waitingFor = me; };
        const auto search = [](const QString& text) {
            return [text](auto& filter) { filter.search = text; };
        };
        const auto searchIn = [](const QString& text, const char* code) {
            return [text, code](auto& filter) {
                filter.search = text;
                filter.statuses = { QString::fromLatin1(code) };
            };
        };
        // A request number as pasted from an e-mail: one rare word among common ones.
        const QString number = text(*reader, QStringLiteral("SELECT number FROM mdf_request WHERE deleted_at IS NULL "
                                                            "ORDER BY local_id LIMIT 1 OFFSET 54321"));
        const QString partnerWord = text(*reader, QStringLiteral(
            "SELECT p.name FROM partner p WHERE p.id = (SELECT partner_id FROM mdf_request ORDER BY local_id "
            "LIMIT 1 OFFSET 777)")).section(QLatin1Char(' '), 0, 0);
        result.insert(QStringLiteral("search_number"), number);
        result.insert(QStringLiteral("search_partner_word"), partnerWord);
        const QList<ListCase> cases {
            { QStringLiteral("requests_updated_desc"), false, request(MdfRequestSort::Updated, true) },
            { QStringLiteral("requests_updated_asc"), false, request(MdfRequestSort::Updated, false) },
            { QStringLiteral("requests_number_asc"), false, request(MdfRequestSort::Number, false) },
            { QStringLiteral("requests_number_desc"), false, request(MdfRequestSort::Number, true) },
            { QStringLiteral("requests_requested_desc"), false, request(MdfRequestSort::Requested, true) },
            { QStringLiteral("requests_requested_asc"), false, request(MdfRequestSort::Requested, false) },
            { QStringLiteral("requests_waiting_for_me"), false, request(MdfRequestSort::Updated, true, waiting) },
            { QStringLiteral("requests_waiting_for_me_by_submitted"), false, request(MdfRequestSort::Submitted, false, waiting) },
            { QStringLiteral("requests_status_submitted"), false, request(MdfRequestSort::Updated, true, status("submitted")) },
            { QStringLiteral("requests_status_approved"), false, request(MdfRequestSort::Updated, true, status("approved")) },
            { QStringLiteral("requests_status_approved_by_number"), false, request(MdfRequestSort::Number, false, status("approved")) },
            { QStringLiteral("requests_status_closed_by_requested"), false, request(MdfRequestSort::Requested, true, status("closed")) },
            { QStringLiteral("claims_updated_desc"), true, claim(MdfClaimSort::Updated, true) },
            { QStringLiteral("claims_number_asc"), true, claim(MdfClaimSort::Number, false) },
            { QStringLiteral("claims_number_desc"), true, claim(MdfClaimSort::Number, true) },
            { QStringLiteral("claims_claimed_desc"), true, claim(MdfClaimSort::Claimed, true) },
            { QStringLiteral("claims_claimed_asc"), true, claim(MdfClaimSort::Claimed, false) },
            { QStringLiteral("claims_waiting_for_me"), true, claim(MdfClaimSort::Updated, true, waiting) },
            { QStringLiteral("claims_status_submitted"), true, claim(MdfClaimSort::Updated, true, status("submitted")) },
            { QStringLiteral("claims_status_paid_by_claimed"), true, claim(MdfClaimSort::Claimed, true, status("paid")) },
            { QStringLiteral("claims_unpaid"), true, claim(MdfClaimSort::Updated, true, [](MdfClaimFilter& f) { f.unpaidOnly = true; }) },
            // Type-ahead: a first letter, words many titles hold, typed without accents, one that matches nothing,
            // a pasted number, a partner's name, with a status.
            { QStringLiteral("requests_search_letter_g"), false, request(MdfRequestSort::Updated, true, search(QStringLiteral("g"))) },
            { QStringLiteral("requests_search_webinar"), false, request(MdfRequestSort::Updated, true, search(QStringLiteral("webinar"))) },
            { QStringLiteral("requests_search_trien_lam"), false, request(MdfRequestSort::Updated, true, search(QStringLiteral("trien lam"))) },
            { QStringLiteral("requests_search_no_match"), false, request(MdfRequestSort::Updated, true, search(QStringLiteral("zqxv"))) },
            { QStringLiteral("requests_search_number"), false, request(MdfRequestSort::Updated, true, search(number)) },
            { QStringLiteral("requests_search_partner"), false, request(MdfRequestSort::Updated, true, search(partnerWord)) },
            { QStringLiteral("requests_search_webinar_submitted"), false,
              request(MdfRequestSort::Updated, true, searchIn(QStringLiteral("webinar"), "submitted")) },
            { QStringLiteral("claims_search_letter_g"), true, claim(MdfClaimSort::Updated, true, search(QStringLiteral("g"))) },
            { QStringLiteral("claims_search_webinar"), true, claim(MdfClaimSort::Updated, true, search(QStringLiteral("webinar"))) },
            { QStringLiteral("claims_search_trien_lam"), true, claim(MdfClaimSort::Updated, true, search(QStringLiteral("trien lam"))) },
            { QStringLiteral("claims_search_no_match"), true, claim(MdfClaimSort::Updated, true, search(QStringLiteral("zqxv"))) },
            { QStringLiteral("claims_search_request_number"), true, claim(MdfClaimSort::Updated, true, search(number)) },
            { QStringLiteral("claims_search_partner"), true, claim(MdfClaimSort::Updated, true, search(partnerWord)) },
            { QStringLiteral("claims_search_webinar_by_number"), true, claim(MdfClaimSort::Number, false, search(QStringLiteral("webinar"))) },
            { QStringLiteral("claims_search_webinar_submitted"), true,
              claim(MdfClaimSort::Updated, true, searchIn(QStringLiteral("webinar"), "submitted")) },
        };
        // The baseline: step 8's search, a LIKE over every row (each word in number, title or campaign; for a claim
        // in its own or its request's; the partner name part left out, which only made it slower).
        const QHash<QString, QString> baselineSearch {
            { QStringLiteral("requests_search_letter_g"), QStringLiteral("g") },
            { QStringLiteral("requests_search_webinar"), QStringLiteral("webinar") },
            { QStringLiteral("requests_search_trien_lam"), QStringLiteral("trien lam") },
            { QStringLiteral("requests_search_no_match"), QStringLiteral("zqxv") },
            { QStringLiteral("requests_search_number"), number },
            { QStringLiteral("claims_search_letter_g"), QStringLiteral("g") },
            { QStringLiteral("claims_search_webinar"), QStringLiteral("webinar") },
            { QStringLiteral("claims_search_trien_lam"), QStringLiteral("trien lam") },
            { QStringLiteral("claims_search_no_match"), QStringLiteral("zqxv") },
            { QStringLiteral("claims_search_request_number"), number },
        };
        const auto baselineSql = [](bool claims, const QString& text, QVariantList& binds) {
            QStringList terms { claims ? QStringLiteral("c.deleted_at IS NULL") : QStringLiteral("r.deleted_at IS NULL") };
            for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const QString pattern = QLatin1Char('%') + word.toLower() + QLatin1Char('%');
                if (claims) {
                    terms.append(QStringLiteral("(c.number LIKE ? OR c.title LIKE ? OR c.request_id IN (SELECT sr.id FROM "
                                                "mdf_request sr WHERE sr.number LIKE ? OR sr.title LIKE ? OR sr.campaign "
                                                "LIKE ?))"));
                    for (int i = 0; i < 5; ++i)
                        binds.append(pattern);
                } else {
                    terms.append(QStringLiteral("(r.number LIKE ? OR r.title LIKE ? OR r.campaign LIKE ?)"));
                    for (int i = 0; i < 3; ++i)
                        binds.append(pattern);
                }
            }
            return QStringLiteral("SELECT %1.local_id FROM %2 WHERE %3 ORDER BY %1.updated_at DESC, %1.local_id DESC "
                                  "LIMIT 120")
                .arg(claims ? QStringLiteral("c") : QStringLiteral("r"),
                     claims ? QStringLiteral("mdf_claim c") : QStringLiteral("mdf_request r"),
                     terms.join(QStringLiteral(" AND ")));
        };
        const MdfListSpec requestSpec = MdfRequestList::spec();
        const MdfListSpec claimSpec = MdfClaimList::spec();
        sqlite3* handle = reader->handle();
        QJsonObject lists;
        double slowest = 0;
        QString slowestName;
        for (const ListCase& c : cases) {
            const MdfListSpec& spec = c.claims ? claimSpec : requestSpec;
            MdfListStatement statement;
            statement.rowColumns = spec.rowColumns;
            statement.table = spec.table;
            statement.alias = spec.alias;
            statement.decode = spec.decode;
            statement.sql = c.build();
            // As the list's loader paints: the page's ids (the sort-index walk within its budget, else the plain
            // query), then the row columns for those ids.
            QList<double> times;
            qint64 rows = 0;
            MdfListLoader::FirstPagePlan used = MdfListLoader::FirstPagePlan::Plain;
            for (int i = 0; i < repeat; ++i) {
                timer.start();
                const auto ids = MdfListLoader::firstPageIds(*reader, statement, MdfListLoader::Budgets(), &used);
                const auto page = ids ? MdfListLoader::readRows(*reader, statement, ids.value())
                                      : Result<QList<MdfListRow>>(ids.error());
                times.append(ms(timer));
                if (!page) {
                    QTextStream(stderr) << c.name << ": " << page.error().detail << Qt::endl;
                    return 1;
                }
                rows = page.value().size();
            }
            const QString first = MdfListLoader::firstPageSql(statement, used);
            timer.start();
            const qint64 all = runSql(handle, MdfListLoader::orderSql(statement), statement.sql.values);
            const double order = ms(timer);
            QJsonObject entry = stats(times);
            entry.insert(QStringLiteral("rows"), rows);
            entry.insert(QStringLiteral("matching"), all);
            entry.insert(QStringLiteral("full_order_ms"), round2(order));
            entry.insert(QStringLiteral("served_by"), used == MdfListLoader::FirstPagePlan::Walk ? QStringLiteral("row walk")
                                                      : used == MdfListLoader::FirstPagePlan::Member ? QStringLiteral("membership walk")
                                                                                                     : QStringLiteral("plain"));
            entry.insert(QStringLiteral("plan"), QJsonArray::fromStringList(plan(handle, first, statement.sql.values)));
            if (const auto baseline = baselineSearch.constFind(c.name); baseline != baselineSearch.cend()) {
                QVariantList binds;
                const QString sql = baselineSql(c.claims, *baseline, binds);
                QList<double> baselineTimes;
                for (int i = 0; i < repeat; ++i) {
                    timer.start();
                    runSql(handle, sql, binds);
                    baselineTimes.append(ms(timer));
                }
                entry.insert(QStringLiteral("baseline_like_scan_median_ms"), round2(percentile(baselineTimes, 0.5)));
            }
            lists.insert(c.name, entry);
            if (percentile(times, 0.5) > slowest) {
                slowest = percentile(times, 0.5);
                slowestName = c.name;
            }
        }
        lists.insert(QStringLiteral("slowest_first_page"), slowestName);
        lists.insert(QStringLiteral("slowest_first_page_median_ms"), round2(slowest));
        result.insert(QStringLiteral("lists_first_page"), lists);
    }

    result.insert(QStringLiteral("peak_rss_mb"), qRound(peakRssKb() / 1024.0 * 10) / 10.0);
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
