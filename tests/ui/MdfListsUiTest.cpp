// Drives the fund request and claim lists as a user would (issue 5): the real screens offscreen over a real
// database, searching, switching saved views (the MDF-05 approvals queue with its SLA flag, MDF-10 deadlines, MDF-11
// unpaid claims), sorting, selecting, exporting CSV; and the lazy list models under QAbstractItemModelTester.
#include "common/Roles.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "deals/DealSettings.h"
#include "mdf/MdfActions.h"
#include "mdf/MdfClaimPanel.h"
#include "mdf/MdfClaimRepository.h"
#include "mdf/MdfClaimsScreen.h"
#include "mdf/MdfExportDialog.h"
#include "mdf/MdfFilterBar.h"
#include "mdf/MdfListLoader.h"
#include "mdf/MdfListModel.h"
#include "mdf/MdfListSpecs.h"
#include "mdf/MdfRequestPanel.h"
#include "mdf/MdfRequestRepository.h"
#include "mdf/MdfRequestsScreen.h"
#include "mdf/MdfTestSupport.h"
#include "support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPersistentModelIndex>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace ChannelDesk;
using namespace ChannelDesk::Test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 10000)
{
    for (int waited = 0; waited < timeoutMs && !condition(); waited += 10)
        QTest::qWait(10);
    return condition();
}

/// Waits until the model knows its full order and every row is loaded (asking for each row as a view would).
void loadAll(MdfListModel& model)
{
    REQUIRE(waitUntil([&] { return !model.isLoading(); }));
    REQUIRE(waitUntil([&] {
        bool loading = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            (void)model.data(index);
            loading |= model.data(index, Roles::LoadingRole).toBool();
        }
        return !loading;
    }));
}

/// The values of one column, top to bottom (every row loaded).
QVariantList columnValues(MdfListModel& model, int column, int role = Roles::RawValueRole)
{
    loadAll(model);
    QVariantList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.data(model.index(row, column), role));
    return values;
}

QStringList columnTexts(MdfListModel& model, int column)
{
    QStringList texts;
    for (const QVariant& value : columnValues(model, column, Qt::DisplayRole))
        texts.append(value.toString());
    return texts;
}

void exec(Database& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(sql));
    for (const QVariant& value : values)
        q.addBindValue(value);
    const bool ok = q.exec();
    INFO(q.lastError().text().toStdString());
    REQUIRE(ok);
}

/// Many requests (and `claimsEach` claims per request) in one transaction, straight into the tables: volume for the
/// model tests, which read and never validate. Numbers BULK-0001…, requested amounts descending, statuses cycling.
QList<QByteArray> bulkRequests(Database& db, const MdfAllocation& allocation, int count, int claimsEach = 0)
{
    QList<QByteArray> ids;
    REQUIRE(db.connection().transaction());
    const QStringList statuses { s("draft"), s("submitted"), s("approved"), s("rejected") };
    // A word per title for search: three common ones in turn, a rare one every 150th request.
    const QStringList words { s("webinar"), s("roadshow"), s("summit") };
    for (int i = 1; i <= count; ++i) {
        const QByteArray id = Uuid::createV7();
        MdfRequest request;
        request.number = QStringLiteral("BULK-%1").arg(i, 4, 10, QLatin1Char('0'));
        request.title = QStringLiteral("Bulk %1 %2").arg(i).arg(i % 150 == 0 ? s("hackathon") : words.at(i % 3));
        exec(db,
             s("INSERT INTO mdf_request (id, number, allocation_id, partner_id, title, activity_type, requested_minor, "
               "approved_minor, currency, vendor_share_bp, status, start_date, end_date, submitted_at, created_at, "
               "updated_at, search_own) VALUES (?, ?, ?, ?, ?, 'event', ?, ?, 'USD', 5000, ?, '2027-03-01', "
               "'2027-03-31', ?, ?, ?, ?)"),
             { id, request.number, allocation.id, allocation.partnerId, request.title, qint64(count - i + 1) * 100,
               i % 4 == 2 ? QVariant(qint64(count - i + 1) * 100) : QVariant(), statuses.at(i % 4),
               Timestamp::toStorage(QDateTime::currentDateTimeUtc().addSecs(-i * 60)), Timestamp::nowUtc(),
               Timestamp::toStorage(mdfAt(2026, 1, 1).addSecs(i)),
               MdfRequestRepository::localColumns(request).value(s("search_own")) });
        for (int c = 1; c <= claimsEach; ++c) {
            MdfClaim claim;
            claim.number = QStringLiteral("BCLM-%1-%2").arg(i, 4, 10, QLatin1Char('0')).arg(c);
            claim.title = QStringLiteral("Claim %1 of %2").arg(c).arg(i);
            exec(db,
                 s("INSERT INTO mdf_claim (id, number, request_id, partner_id, title, amount_minor, currency, status, "
                   "created_at, updated_at, search_own) VALUES (?, ?, ?, ?, ?, ?, 'USD', 'draft', ?, ?, ?)"),
                 { Uuid::createV7(), claim.number, id, allocation.partnerId, claim.title, qint64(c) * 1000,
                   Timestamp::nowUtc(), Timestamp::toStorage(mdfAt(2026, 1, 1).addSecs(i * 10 + c)),
                   MdfClaimRepository::localColumns(claim).value(s("search_own")) });
        }
        ids.append(id);
    }
    REQUIRE(db.connection().commit());
    return ids;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// Fields of a CSV record line as the exporter writes it (RFC 4180 quoting).
QStringList csvFields(const QString& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
            field += c;
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

/// Selects item `text` of a filter menu with the keyboard, as a user tabbing through the bar would.
void chooseItem(QComboBox* combo, const QString& text)
{
    const int target = combo->findText(text);
    INFO(text.toStdString());
    REQUIRE(target >= 0);
    combo->setFocus();
    while (combo->currentIndex() != target) {
        const int before = combo->currentIndex();
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
        REQUIRE(combo->currentIndex() != before);
    }
}

void typeText(QWidget* widget, const QString& text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void clearText(QLineEdit* edit)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
}

void clickHeader(QTableView* view, int column)
{
    QHeaderView* header = view->horizontalHeader();
    const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
}

/// Common ground of the screen tests: "me" is the budget owner (anna), who decides requests and claims.
struct ScreenFixture
{
    TempDatabase temp;
    QUndoStack undo;
    MdfSetup setup;
    MdfAllocation second;
    std::unique_ptr<MdfActions> actions;

    ScreenFixture()
    {
        DealSettings settings(temp.db());
        DealProgram program = settings.program().value();
        program.currentUser = mdfOwner();
        REQUIRE(settings.setProgram(program).ok());
        setup = mdfSetup(temp.db(), 100'000'000, 20'000'000);
        second = mdfCreateAllocation(temp.db(), setup.budget, mdfPartner(temp.db(), s("Nguyễn Trading")), 20'000'000);
        actions = std::make_unique<MdfActions>(temp.db(), undo);
        REQUIRE(actions->actor() == mdfOwner());
    }

    QDateTime hoursAgo(int hours) const { return QDateTime::currentDateTimeUtc().addSecs(-qint64(hours) * 3600); }

    /// The row showing `number` in `model` (every row loaded), -1 when it is not listed.
    static int rowOf(MdfListModel& model, const QString& number)
    {
        loadAll(model);
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.data(model.index(row, 0), Roles::RawValueRole).toString() == number)
                return row;
        }
        return -1;
    }

    static void clickRow(QTableView* view, MdfListModel& model, int row)
    {
        view->scrollTo(model.index(row, 0));
        REQUIRE(waitUntil([&] { return !model.idAt(row).isEmpty(); }));
        const QRect rect = view->visualRect(model.index(row, 1));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }
};

} // namespace

TEST_CASE("MDF list models pass QAbstractItemModelTester through load sort filter and refresh",
          "[ui][mdf-lists][model]")
{
    TempDatabase temp;
    const MdfSetup setup = mdfSetup(temp.db());
    // More rows than the first page (120) and than a page (100): the order and later pages come from the worker.
    const QList<QByteArray> ids = bulkRequests(temp.db(), setup.allocation, 350, 1);

    MdfListModel model(MdfRequestList::spec(), temp.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy firstPage(&model, &MdfListModel::firstPageReady);
    QSignalSpy counted(&model, &MdfListModel::countChanged);
    REQUIRE(waitUntil([&] { return !model.isLoading(); }));
    CHECK(firstPage.count() == 1);
    REQUIRE(counted.count() >= 1);
    CHECK(counted.last().at(0).toLongLong() == 350);
    REQUIRE(model.rowCount() == 350);
    CHECK(model.columnCount() == MdfRequestList::ColumnCount);
    // Default order: most recently changed first.
    QStringList numbers = columnTexts(model, MdfRequestList::Number);
    CHECK(numbers.first() == s("BULK-0350"));
    CHECK(numbers.last() == s("BULK-0001"));
    CHECK(model.data(model.index(0, MdfRequestList::Requested)).toString() == s("$1.00"));
    CHECK(model.data(model.index(0, MdfRequestList::Requested), Qt::TextAlignmentRole).value<Qt::Alignment>()
          .testFlag(Qt::AlignRight));
    CHECK(model.data(model.index(0, MdfRequestList::Status)).toString() == s("Approved")); // 350 % 4 = 2

    SECTION("sorting by an indexed column is SQL in both directions")
    {
        model.sort(MdfRequestList::Requested, Qt::AscendingOrder);
        QVariantList amounts = columnValues(model, MdfRequestList::Requested);
        REQUIRE(amounts.size() == 350);
        for (int i = 1; i < amounts.size(); ++i)
            CHECK(amounts.at(i - 1).toLongLong() <= amounts.at(i).toLongLong());
        model.sort(MdfRequestList::Number, Qt::DescendingOrder);
        numbers = columnTexts(model, MdfRequestList::Number);
        CHECK(numbers.first() == s("BULK-0350"));
        CHECK(numbers.at(1) == s("BULK-0349"));
        model.sort(MdfRequestList::Title, Qt::AscendingOrder); // mdf_request_sort_title
        const QStringList titles = columnTexts(model, MdfRequestList::Title);
        REQUIRE(titles.size() == 350);
        for (int i = 1; i < titles.size(); ++i)
            CHECK(QString::compare(titles.at(i - 1), titles.at(i)) <= 0);
        model.sort(MdfRequestList::Partner, Qt::AscendingOrder); // first page by the partner walk, then exact
        CHECK(columnTexts(model, MdfRequestList::Number).size() == 350);
    }
    SECTION("a filter is a reset to exactly the matching rows")
    {
        MdfRequestFilter filter;
        filter.statuses = { s("submitted") };
        model.setFilter(filter);
        REQUIRE(waitUntil([&] { return !model.isLoading(); }));
        CHECK(model.rowCount() == 88); // i % 4 == 1 for i in 1…350
        for (const QVariant& status : columnValues(model, MdfRequestList::Status))
            CHECK(status.toString() == s("submitted"));
        filter.search = s("BULK-0005");
        model.setFilter(filter);
        REQUIRE(waitUntil([&] { return !model.isLoading(); }));
        CHECK(columnTexts(model, MdfRequestList::Number) == QStringList { s("BULK-0005") });
        filter.statuses = { s("closed") };
        model.setFilter(filter);
        REQUIRE(waitUntil([&] { return !model.isLoading(); }));
        CHECK(model.rowCount() == 0);
    }
    SECTION("a refresh moves rows without a reset and persistent indexes follow their record")
    {
        loadAll(model);
        const QPersistentModelIndex watched = model.index(10, MdfRequestList::Title);
        const QByteArray watchedId = model.idAt(10);
        const QByteArray movedId = model.idAt(200);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        // Another change makes row 200 the most recently changed: it moves to the top, row 10 moves down one.
        exec(temp.db(), s("UPDATE mdf_request SET updated_at = ?, title = 'Moved up' WHERE id = ?"),
             { Timestamp::toStorage(mdfAt(2030, 1, 1)), movedId });
        model.refresh({ movedId });
        REQUIRE(waitUntil([&] { return !model.isLoading(); }));
        CHECK(resets.isEmpty());
        REQUIRE(watched.isValid());
        CHECK(watched.row() == 11);
        loadAll(model);
        CHECK(model.idAt(watched.row()) == watchedId);
        CHECK(model.idAt(0) == movedId);
        CHECK(model.data(model.index(0, MdfRequestList::Title)).toString() == s("Moved up"));
        // A deleted row leaves; the others close up.
        exec(temp.db(), s("UPDATE mdf_request SET deleted_at = ? WHERE id = ?"), { Timestamp::nowUtc(), movedId });
        model.refresh({ movedId });
        REQUIRE(waitUntil([&] { return !model.isLoading(); }));
        CHECK(model.rowCount() == 349);
        CHECK(watched.row() == 10);
        loadAll(model);
        CHECK(model.idAt(watched.row()) == watchedId);
    }

    // Claims through the same generic model, 350 of them.
    MdfListModel claims(MdfClaimList::spec(), temp.path());
    QAbstractItemModelTester claimTester(&claims, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(waitUntil([&] { return !claims.isLoading(); }));
    CHECK(claims.rowCount() == 350);
    claims.sort(MdfClaimList::Title, Qt::AscendingOrder);
    const QStringList titles = columnTexts(claims, MdfClaimList::Title);
    QStringList sorted = titles;
    std::sort(sorted.begin(), sorted.end());
    CHECK(titles == sorted);
    CHECK(columnTexts(claims, MdfClaimList::Request).contains(s("BULK-0001")));
    MdfClaimFilter ofRequest;
    ofRequest.requestIds = { ids.first() };
    claims.setFilter(ofRequest);
    REQUIRE(waitUntil([&] { return !claims.isLoading(); }));
    CHECK(columnTexts(claims, MdfClaimList::Number) == QStringList { s("BCLM-0001-1") });
}

TEST_CASE("MDF list first pages walk an index: the loader's own statements", "[ui][mdf-lists][model]")
{
    TempDatabase temp;
    for (const MdfListSpec& spec : { MdfRequestList::spec(), MdfClaimList::spec() }) {
        for (const MdfListColumn& column : spec.columns) {
            if (column.sort < 0)
                continue;
            for (const bool descending : { false, true }) {
                MdfListStatement statement;
                statement.rowColumns = spec.rowColumns;
                statement.table = spec.table;
                statement.alias = spec.alias;
                statement.decode = spec.decode;
                statement.sql = spec.build(spec.initial.filter, column.sort, descending);
                QSqlQuery plan(temp.db().connection());
                REQUIRE(plan.prepare(s("EXPLAIN QUERY PLAN ") + MdfListLoader::firstPageSql(statement)));
                for (const QVariant& value : statement.sql.values)
                    plan.addBindValue(value);
                REQUIRE(plan.exec());
                QString detail;
                while (plan.next())
                    detail += plan.value(3).toString() + QLatin1Char('\n');
                INFO(spec.name.toStdString() << " " << column.header.toStdString() << "\n" << detail.toStdString());
                CHECK_FALSE(detail.contains(s("TEMP B-TREE")));
                CHECK(detail.contains(s("USING INDEX")));
            }
        }
    }
}

TEST_CASE("MDF list first pages: the status and search walks and the plain query give the same rows as the full order",
          "[ui][mdf-lists][model]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const MdfSetup setup = mdfSetup(db);
    bulkRequests(db, setup.allocation, 600, 1);
    // Claim statuses from common to rare, amounts with ties, so a walk has to skip rows and break ties by local_id.
    exec(db, s("UPDATE mdf_claim SET status = CASE WHEN local_id % 10 < 7 THEN 'paid' WHEN local_id % 10 < 9 "
               "THEN 'approved' WHEN local_id % 50 = 9 THEN 'submitted' ELSE 'rejected' END, "
               "amount_minor = (local_id % 37) * 100"),
         {});
    const QStringList requestStatuses { s("draft"), s("submitted"), s("approved"), s("rejected"), s("closed") };
    const QStringList claimStatuses { s("paid"), s("approved"), s("submitted"), s("rejected"), s("draft") };

    QSqlQuery owners(db.connection());
    REQUIRE(owners.exec(s("SELECT owner FROM mdf_budget")));
    REQUIRE(owners.next());
    const QString owner = owners.value(0).toString();
    exec(db, s("UPDATE mdf_claim SET status = 'submitted' WHERE local_id % 7 = 0"), {});

    int walks = 0;
    const auto check = [&](const MdfListSpec& spec, int sort, bool descending, const QStringList& statuses,
                           const std::function<void(MdfListFilter&)>& adjust = {}) {
        MdfListStatement statement;
        statement.rowColumns = spec.rowColumns;
        statement.table = spec.table;
        statement.alias = spec.alias;
        statement.decode = spec.decode;
        MdfListFilter filter = spec.initial.filter;
        std::visit([&](auto& f) { f.statuses = statuses; }, filter);
        if (adjust)
            adjust(filter);
        statement.sql = spec.build(filter, sort, descending);
        INFO(spec.name.toStdString() << " sort " << sort << (descending ? " desc " : " asc ")
                                     << statuses.join(QLatin1Char(',')).toStdString());
        // The reference: the head of the full order.
        QSqlQuery order(db.connection());
        REQUIRE(order.prepare(MdfListLoader::orderSql(statement)));
        for (const QVariant& value : statement.sql.values)
            order.addBindValue(value);
        REQUIRE(order.exec());
        std::vector<qint64> expected;
        while (order.next() && expected.size() < size_t(MdfListLoader::FirstPageSize))
            expected.push_back(order.value(0).toLongLong());

        using Plan = MdfListLoader::FirstPagePlan;
        const auto budgets = [](int set, int walk, int member) {
            MdfListLoader::Budgets b;
            b.set = set;
            b.walk = walk;
            b.searchWalk = walk;
            b.member = member;
            b.searchMember = member;
            return b;
        };
        const bool rewritten = !statement.sql.walkWhere.isEmpty();
        CHECK((rewritten || statement.sql.memberWhere.isEmpty())); // a search alone has no status set to build
        Plan used = Plan::Walk;
        const auto plain = MdfListLoader::firstPageIds(db, statement, budgets(0, 0, 0), &used);
        REQUIRE(plain.ok());
        CHECK(used == Plan::Plain);
        CHECK(plain.value() == expected);
        const auto walk = MdfListLoader::firstPageIds(db, statement, budgets(0, 100000000, 0), &used);
        REQUIRE(walk.ok());
        CHECK(walk.value() == expected);
        CHECK(used == (rewritten ? Plan::Walk : Plan::Plain));
        walks += used == Plan::Walk ? 1 : 0;
        const auto member = MdfListLoader::firstPageIds(db, statement, budgets(0, 0, 100000000), &used);
        REQUIRE(member.ok());
        CHECK(member.value() == expected);
        CHECK(used == (rewritten && !statement.sql.memberWhere.isEmpty() ? Plan::Member : Plan::Plain));
        // Budgets too small for any walk: stopped by the progress handler, the plain query answers the same.
        const auto cut = MdfListLoader::firstPageIds(db, statement, budgets(1, 1, 1), &used);
        REQUIRE(cut.ok());
        CHECK(cut.value() == expected);

        // The page's rows come back in the ids' order with their columns.
        const auto rows = MdfListLoader::readRows(db, statement, walk.value());
        REQUIRE(rows.ok());
        REQUIRE(rows.value().size() == qsizetype(expected.size()));
        for (qsizetype i = 0; i < rows.value().size(); ++i)
            CHECK(rows.value().at(i).localId == expected.at(size_t(i)));

        for (const Plan way : { Plan::Walk, Plan::Member }) {
            if (!rewritten || (way == Plan::Member && statement.sql.memberWhere.isEmpty()))
                break;
            // Both walks read the sort column's index: no sort of every match, no status index for the walk.
            QSqlQuery plan(db.connection());
            REQUIRE(plan.prepare(s("EXPLAIN QUERY PLAN ") + MdfListLoader::firstPageSql(statement, way)));
            for (const QVariant& value : statement.sql.values)
                plan.addBindValue(value);
            REQUIRE(plan.exec());
            QString detail;
            while (plan.next())
                detail += plan.value(3).toString() + QLatin1Char('\n');
            INFO(detail.toStdString());
            CHECK_FALSE(detail.contains(s("TEMP B-TREE")));
            CHECK(detail.startsWith(s("SCAN ") + spec.alias + s(" USING INDEX")));
        }
    };
    for (const MdfListSpec& spec : { MdfRequestList::spec(), MdfClaimList::spec() }) {
        const QStringList& statuses = spec.name == MdfRequestList::spec().name ? requestStatuses : claimStatuses;
        for (const MdfListColumn& column : spec.columns) {
            if (column.sort < 0)
                continue;
            for (const bool descending : { false, true }) {
                check(spec, column.sort, descending, {});
                check(spec, column.sort, descending, { statuses.at(0) });
                check(spec, column.sort, descending, { statuses.at(2) });
                check(spec, column.sort, descending, { statuses.at(1), statuses.at(3) });
                // The approvals queue (MDF-05) and unpaid claims (MDF-11) test a status in their own fragments.
                check(spec, column.sort, descending, {}, [&](MdfListFilter& f) {
                    std::visit([&](auto& typed) { typed.waitingFor = owner; }, f);
                });
                check(spec, column.sort, descending, {}, [](MdfListFilter& f) {
                    if (auto* claims = std::get_if<MdfClaimFilter>(&f))
                        claims->unpaidOnly = true;
                });
                // Searches: a common word (a claim finds it through its request), a rare one, one with a status.
                for (const QString& text : { s("webinar"), s("hackathon"), s("roadshow bulk") }) {
                    const auto search = [&text](MdfListFilter& f) {
                        std::visit([&](auto& typed) { typed.search = text; }, f);
                    };
                    check(spec, column.sort, descending, {}, search);
                    check(spec, column.sort, descending, { statuses.at(0) }, search);
                }
            }
        }
    }
    CHECK(walks > 20);
}

TEST_CASE("MDF requests screen: search views sorting and selection as a user", "[ui][mdf-lists][requests]")
{
    ScreenFixture f;
    Database& db = f.temp.db();
    const MdfRequest draft = mdfCreateRequest(db, f.setup.allocation, { 100000 }, s("Spring roadshow"));
    const MdfRequest late = mdfCreateRequest(db, f.second, { 250000 }, s("Webinar series"));
    mdfSubmitRequest(db, late.id, f.hoursAgo(72)); // waits past the 48-hour target
    const MdfRequest fresh = mdfCreateRequest(db, f.setup.allocation, { 50000 }, s("Trade show booth"));
    mdfSubmitRequest(db, fresh.id, f.hoursAgo(1));
    // Approved, activity ended 85 days ago: claims are due in 5 days (90 claim days, MDF-10).
    MdfRequest summer = mdfRequestDraft(f.second, { 80000 }, s("Summer event"));
    summer.startDate = QDate::currentDate().addDays(-95);
    summer.endDate = QDate::currentDate().addDays(-85);
    const Result<MdfRequest> created = MdfRequestRepository(db).create(summer, mdfBy());
    REQUIRE(created.ok());
    mdfSubmitRequest(db, created->id, f.hoursAgo(100));
    const MdfRequest approved = mdfApproveRequest(db, created->id, {}, f.hoursAgo(90));
    REQUIRE(approved.claimDeadline == QDate::currentDate().addDays(5));
    const MdfRequest formula = mdfCreateRequest(db, f.setup.allocation, { 1000 }, s("=cmd|' /C calc'!A0"));

    MdfRequestsScreen screen(db, *f.actions);
    QAbstractItemModelTester tester(screen.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy status(&screen, &MdfRequestsScreen::statusChanged);
    screen.resize(1500, 900);
    screen.show();
    REQUIRE(QTest::qWaitForWindowExposed(&screen));
    MdfListModel& model = *screen.model();
    loadAll(model);
    REQUIRE(model.rowCount() == 5);
    REQUIRE_FALSE(status.isEmpty());
    CHECK(status.last().at(0).toString().startsWith(s("5 fund request")));
    CHECK(screen.view()->isVisible());
    CHECK(screen.emptyLabel()->isHidden());

    MdfFilterBar* bar = screen.filterBar();
    SECTION("search narrows the list as the user types; no match shows the empty state")
    {
        bar->searchBox()->setFocus();
        typeText(bar->searchBox(), s("webinar"));
        REQUIRE(waitUntil([&] { return !model.isLoading() && model.rowCount() == 1; }));
        CHECK(ScreenFixture::rowOf(model, late.number) == 0);
        clearText(bar->searchBox());
        typeText(bar->searchBox(), s("nguyen")); // the partner's name, typed without accents
        REQUIRE(waitUntil([&] { return !model.isLoading() && model.rowCount() == 2; }));
        CHECK(ScreenFixture::rowOf(model, approved.number) >= 0);
        clearText(bar->searchBox());
        typeText(bar->searchBox(), s("no such thing"));
        REQUIRE(waitUntil([&] { return !model.isLoading() && model.rowCount() == 0; }));
        CHECK(screen.emptyLabel()->isVisible());
        CHECK(screen.emptyLabel()->text().contains(s("No fund request matches")));
        CHECK(screen.view()->isHidden());
        QTest::mouseClick(bar->findChild<QToolButton*>(s("clearFilters")), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return !model.isLoading() && model.rowCount() == 5; }));
        CHECK(bar->searchBox()->text().isEmpty());
    }
    SECTION("waiting for me is the approvals queue, oldest first, flagged past the SLA (MDF-05)")
    {
        chooseItem(bar->viewBox(), s("Waiting for me"));
        REQUIRE(waitUntil([&] { return !model.isLoading() && model.rowCount() == 2; }));
        loadAll(model);
        CHECK(model.idAt(0) == late.id);  // 72 hours
        CHECK(model.idAt(1) == fresh.id); // 1 hour
        const QModelIndex lateSubmitted = model.index(0, MdfRequestList::Submitted);
        const QModelIndex freshSubmitted = model.index(1, MdfRequestList::Submitted);
        CHECK(model.data(lateSubmitted).toString() == s("waiting 3 days"));
        CHECK(model.data(lateSubmitted, Qt::FontRole).value<QFont>().bold());
        CHECK(model.data(lateSubmitted, Qt::ToolTipRole).toString().contains(s("past the")));
        CHECK(model.data(lateSubmitted, Qt::ToolTipRole).toString().contains(mdfOwner()));
        CHECK(model.isPastSla(0));
        CHECK_FALSE(model.isPastSla(1));
        CHECK_FALSE(model.data(freshSubmitted, Qt::FontRole).isValid());
        CHECK(model.data(model.index(0, MdfRequestList::Approver)).toString() == mdfOwner());
        CHECK(screen.view()->horizontalHeader()->sortIndicatorSection() == MdfRequestList::Submitted);
        CHECK(status.last().at(0).toString().contains(s("waiting for your decision")));
        // Someone else's queue is empty.
        REQUIRE(f.actions->transition(late.id, MdfRequestAction::Reject, s("Out of scope")).ok());
        REQUIRE(waitUntil([&] { return !model.isLoading() && model.rowCount() == 1; }));
        loadAll(model);
        CHECK(model.idAt(0) == fresh.id);
    }
    SECTION("drafts and deadline soon (MDF-10)")
    {
        chooseItem(bar->viewBox(), s("Drafts"));
        REQUIRE(waitUntil([&] { return !model.isLoading() && model.rowCount() == 2; }));
        CHECK(ScreenFixture::rowOf(model, draft.number) >= 0);
        CHECK(ScreenFixture::rowOf(model, formula.number) >= 0);
        chooseItem(bar->viewBox(), bar->viewBox()->itemText(3)); // "Deadline in ≤ 14 days"
        CHECK(bar->view() == MdfFilterBar::View::DeadlineSoon);
        REQUIRE(waitUntil([&] { return !model.isLoading() && model.rowCount() == 1; }));
        const int row = ScreenFixture::rowOf(model, approved.number);
        REQUIRE(row == 0);
        const QModelIndex deadline = model.index(0, MdfRequestList::ClaimDeadline);
        CHECK(model.data(deadline, Qt::ForegroundRole).isValid()); // flagged
        CHECK(model.data(deadline, Qt::ToolTipRole).toString().contains(s("5 day")));
        chooseItem(bar->statusBox(), s("Draft")); // a menu narrows the view further: nothing left
        REQUIRE(waitUntil([&] { return !model.isLoading() && model.rowCount() == 0; }));
        CHECK(screen.emptyLabel()->isVisible());
    }
    SECTION("status and activity menus")
    {
        chooseItem(bar->statusBox(), s("Submitted"));
        REQUIRE(waitUntil([&] { return !model.isLoading() && model.rowCount() == 2; }));
        chooseItem(bar->statusBox(), s("All statuses"));
        chooseItem(bar->activityBox(), s("Webinar"));
        REQUIRE(waitUntil([&] { return !model.isLoading() && model.rowCount() == 0; })); // all are events
        chooseItem(bar->activityBox(), s("Event"));
        REQUIRE(waitUntil([&] { return !model.isLoading() && model.rowCount() == 5; }));
    }
    SECTION("header clicks sort in SQL")
    {
        clickHeader(screen.view(), MdfRequestList::Requested);
        REQUIRE(waitUntil([&] { return !model.isLoading(); }));
        QVariantList amounts = columnValues(model, MdfRequestList::Requested);
        CHECK(amounts.first().toLongLong() == 1000);
        CHECK(amounts.last().toLongLong() == 250000);
        clickHeader(screen.view(), MdfRequestList::Requested);
        REQUIRE(waitUntil([&] { return !model.isLoading(); }));
        amounts = columnValues(model, MdfRequestList::Requested);
        CHECK(amounts.first().toLongLong() == 250000);
        CHECK(screen.view()->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
        clickHeader(screen.view(), MdfRequestList::Title); // every request column has its sort index
        REQUIRE(waitUntil([&] { return !model.isLoading(); }));
        CHECK(screen.view()->horizontalHeader()->sortIndicatorSection() == MdfRequestList::Title);
        const QVariantList titles = columnValues(model, MdfRequestList::Title);
        for (int i = 1; i < titles.size(); ++i)
            CHECK(QString::compare(titles.at(i - 1).toString(), titles.at(i).toString()) <= 0);
    }
    SECTION("selecting a row shows it in the panel; a change elsewhere keeps the selection")
    {
        const int row = ScreenFixture::rowOf(model, late.number);
        REQUIRE(row >= 0);
        ScreenFixture::clickRow(screen.view(), model, row);
        CHECK(screen.panel()->currentId() == late.id);
        // An edit of another request makes it the most recently changed: it moves to the top, the selection
        // follows the selected request to its new row.
        MdfRequest edited = MdfRequestRepository(db).get(draft.id).value();
        edited.title = s("Spring roadshow (Hanoi)");
        REQUIRE(f.actions->updateRequest(edited).ok());
        REQUIRE(waitUntil([&] {
            return !model.isLoading() && model.idAt(0) == draft.id
                && model.data(model.index(0, MdfRequestList::Title)).toString() == edited.title;
        }));
        const QModelIndex current = screen.view()->currentIndex();
        REQUIRE(current.isValid());
        CHECK(model.idAt(current.row()) == late.id);
        CHECK(screen.view()->selectionModel()->isRowSelected(current.row(), {}));
        CHECK(screen.panel()->currentId() == late.id);
        // A filter that still lists it keeps it selected.
        chooseItem(bar->viewBox(), s("Waiting for me"));
        REQUIRE(waitUntil([&] { return !model.isLoading() && screen.view()->currentIndex().isValid(); }));
        CHECK(model.idAt(screen.view()->currentIndex().row()) == late.id);
    }
    SECTION("saving and submitting in the panel refresh the row and keep it selected")
    {
        const int row = ScreenFixture::rowOf(model, draft.number);
        REQUIRE(row >= 0);
        ScreenFixture::clickRow(screen.view(), model, row);
        REQUIRE(screen.panel()->currentId() == draft.id);
        auto* title = screen.panel()->findChild<QLineEdit*>(s("title"));
        REQUIRE(title);
        clearText(title);
        typeText(title, s("Spring roadshow 2027"));
        auto* save = screen.panel()->findChild<QPushButton*>(s("save"));
        REQUIRE(save);
        QTest::mouseClick(save, Qt::LeftButton);
        // The edit makes it the most recently changed: first row, still the selected one, showing the new title.
        REQUIRE(waitUntil([&] {
            const QModelIndex current = screen.view()->currentIndex();
            return !model.isLoading() && current.row() == 0 && model.idAt(0) == draft.id
                && model.data(model.index(0, MdfRequestList::Title)).toString() == s("Spring roadshow 2027");
        }));
        auto* submit = screen.panel()->findChild<QPushButton*>(s("workflow_submit"));
        REQUIRE(submit);
        QTest::mouseClick(submit, Qt::LeftButton);
        REQUIRE(waitUntil([&] {
            return !model.isLoading() && model.idAt(0) == draft.id
                && model.data(model.index(0, MdfRequestList::Status)).toString() == s("Submitted");
        }));
        CHECK(model.idAt(screen.view()->currentIndex().row()) == draft.id);
        CHECK(screen.panel()->currentId() == draft.id);
    }
    SECTION("selectRequest, showAllocation with its chip, startNewRequest")
    {
        screen.selectRequest(fresh.id);
        CHECK(screen.panel()->currentId() == fresh.id);
        REQUIRE(waitUntil([&] { return screen.view()->currentIndex().isValid(); }));
        CHECK(model.idAt(screen.view()->currentIndex().row()) == fresh.id);

        screen.showAllocation(f.second.id);
        REQUIRE(waitUntil([&] { return !model.isLoading() && model.rowCount() == 2; }));
        CHECK(bar->hasChip());
        CHECK(bar->chipText().contains(s("Nguyễn Trading")));
        CHECK(bar->chipText().contains(s("2027")));
        CHECK(ScreenFixture::rowOf(model, late.number) >= 0);
        CHECK(ScreenFixture::rowOf(model, approved.number) >= 0);
        QTest::mouseClick(bar->findChild<QToolButton*>(s("removeScope")), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return !model.isLoading() && model.rowCount() == 5; }));
        CHECK_FALSE(bar->hasChip());

        screen.startNewRequest(f.setup.allocation.id);
        CHECK_FALSE(screen.view()->currentIndex().isValid());
        CHECK(screen.panel()->currentId().isEmpty());
        CHECK(screen.panel()->isVisible());
    }
}

TEST_CASE("MDF requests screen exports the shown list as CSV with formulas neutralised", "[ui][mdf-lists][export]")
{
    ScreenFixture f;
    Database& db = f.temp.db();
    const MdfRequest formula = mdfCreateRequest(db, f.setup.allocation, { 123456 }, s("=HYPERLINK(\"http://x\")"));
    const MdfRequest plain = mdfCreateRequest(db, f.second, { 5000 }, s("Plain webinar"));
    mdfSubmitRequest(db, plain.id, f.hoursAgo(2));
    mdfCreateRequest(db, f.second, { 7000 }, s("Other draft"));

    MdfRequestsScreen screen(db, *f.actions);
    QAbstractItemModelTester tester(screen.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    screen.resize(1400, 900);
    screen.show();
    REQUIRE(QTest::qWaitForWindowExposed(&screen));
    MdfListModel& model = *screen.model();
    loadAll(model);
    REQUIRE(model.rowCount() == 3);
    // The list shows the drafts of the first allocation's partner only: the export writes exactly those rows.
    chooseItem(screen.filterBar()->viewBox(), s("Drafts"));
    typeText(screen.filterBar()->searchBox(), s("müller"));
    REQUIRE(waitUntil([&] { return !model.isLoading() && model.rowCount() == 1; }));

    QTest::mouseClick(screen.exportButton(), Qt::LeftButton);
    MdfExportDialog* dialog = nullptr;
    REQUIRE(waitUntil([&] { return (dialog = screen.findChild<MdfExportDialog*>()) && dialog->isVisible(); }));
    CHECK(dialog->findChild<QRadioButton*>(s("exportShown"))->isChecked());
    CHECK(dialog->findChild<QRadioButton*>(s("exportShown"))->text().contains(s("1")));
    auto* path = dialog->pathEdit();
    const QString file = f.temp.dirPath() + s("/requests.csv");
    clearText(path);
    QTest::keyClicks(path, file);
    // Comma, so the parse below stays simple whatever the test locale's list separator.
    chooseItem(dialog->findChild<QComboBox*>(s("exportDelimiter")), dialog->findChild<QComboBox*>(s("exportDelimiter"))->itemText(0));
    QSignalSpy exported(dialog, &MdfExportDialog::exported);
    QTest::mouseClick(dialog->findChild<QPushButton*>(s("exportButton")), Qt::LeftButton);
    REQUIRE((exported.count() > 0 || exported.wait(10000)));
    CHECK(exported.first().at(1).toLongLong() == 1);
    CHECK(dialog->findChild<QLabel*>(s("exportMessage"))->text().contains(s("Exported 1 row")));

    const QByteArray bytes = readFile(file);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(s("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    const QStringList headers = csvFields(lines.at(0));
    CHECK(headers == MdfExporter::requestHeaders());
    const QStringList row = csvFields(lines.at(1));
    REQUIRE(row.size() == headers.size());
    CHECK(row.at(headers.indexOf(s("Number"))) == formula.number);
    CHECK(row.at(headers.indexOf(s("Title"))) == s("'=HYPERLINK(\"http://x\")")); // neutralised
    CHECK(lines.at(1).contains(s("\"'=HYPERLINK(\"\"http://x\"\")\"")));
    CHECK(row.at(headers.indexOf(s("Requested"))) == s("1234.56"));
    CHECK(row.at(headers.indexOf(s("Currency"))) == s("USD"));
    CHECK(row.at(headers.indexOf(s("Start date"))) == s("2027-03-01"));
    CHECK(row.at(headers.indexOf(s("Status"))) == s("draft"));
    CHECK(row.at(headers.indexOf(s("Partner"))) == s("Müller IT GmbH"));
    dialog->close();
}

TEST_CASE("MDF claims screen: approvals queue unpaid view request chip and CSV", "[ui][mdf-lists][claims]")
{
    ScreenFixture f;
    Database& db = f.temp.db();
    // An activity that ended ten days ago, approved: claims can be made now (deadline in 80 days).
    MdfRequest past = mdfRequestDraft(f.setup.allocation, { 1'000'000 }, s("Autumn roadshow"));
    past.startDate = QDate::currentDate().addDays(-40);
    past.endDate = QDate::currentDate().addDays(-10);
    const MdfRequest request = MdfRequestRepository(db).create(past, mdfBy(mdfOwner(), f.hoursAgo(24 * 8))).value();
    mdfSubmitRequest(db, request.id, f.hoursAgo(24 * 7));
    mdfApproveRequest(db, request.id, {}, f.hoursAgo(24 * 6));
    MdfRequest other = mdfRequestDraft(f.second, { 400'000 }, s("Partner webinar"));
    other.startDate = past.startDate;
    other.endDate = past.endDate;
    const MdfRequest second = MdfRequestRepository(db).create(other, mdfBy(mdfOwner(), f.hoursAgo(24 * 8))).value();
    mdfSubmitRequest(db, second.id, f.hoursAgo(24 * 7));
    mdfApproveRequest(db, second.id, {}, f.hoursAgo(24 * 6));

    const QDateTime created = f.hoursAgo(24 * 5);
    const MdfClaim draft = mdfCreateClaim(db, request.id, { 10000 }, s("Draft claim"), created);
    const MdfClaim waiting = mdfCreateClaim(db, request.id, { 20000 }, s("@SUM(1+1)"), created);
    mdfSubmitClaim(db, waiting.id, f.hoursAgo(72)); // past the 48-hour target
    const MdfClaim unpaid = mdfCreateClaim(db, request.id, { 30000 }, s("Venue invoice"), created);
    mdfSubmitClaim(db, unpaid.id, f.hoursAgo(60));
    mdfApproveClaim(db, unpaid.id, 30000, f.hoursAgo(50));
    const MdfClaim partly = mdfCreateClaim(db, second.id, { 40000 }, s("Ads"), created);
    mdfSubmitClaim(db, partly.id, f.hoursAgo(60));
    mdfApproveClaim(db, partly.id, 40000, f.hoursAgo(50));
    mdfPay(db, partly.id, 15000, f.hoursAgo(40));
    const MdfClaim paid = mdfCreateClaim(db, second.id, { 5000 }, s("Printing"), created);
    mdfSubmitClaim(db, paid.id, f.hoursAgo(60));
    mdfApproveClaim(db, paid.id, 5000, f.hoursAgo(50));
    mdfPay(db, paid.id, 5000, f.hoursAgo(40));

    MdfClaimsScreen screen(db, *f.actions);
    QAbstractItemModelTester tester(screen.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy status(&screen, &MdfClaimsScreen::statusChanged);
    QSignalSpy openRequest(&screen, &MdfClaimsScreen::openRequest);
    screen.resize(1500, 900);
    screen.show();
    REQUIRE(QTest::qWaitForWindowExposed(&screen));
    MdfListModel& model = *screen.model();
    loadAll(model);
    REQUIRE(model.rowCount() == 5);
    CHECK(status.last().at(0).toString().startsWith(s("5 claim")));
    const int partlyRow = ScreenFixture::rowOf(model, partly.number);
    REQUIRE(partlyRow >= 0);
    CHECK(model.data(model.index(partlyRow, MdfClaimList::Paid)).toString() == s("$150.00"));
    CHECK(model.data(model.index(partlyRow, MdfClaimList::Approved)).toString() == s("$400.00"));
    CHECK(model.data(model.index(partlyRow, MdfClaimList::Status)).toString() == s("Partially paid"));
    CHECK(model.data(model.index(partlyRow, MdfClaimList::Request)).toString() == second.number);

    MdfFilterBar* bar = screen.filterBar();
    SECTION("waiting for me: the submitted claim, flagged past the SLA")
    {
        chooseItem(bar->viewBox(), s("Waiting for me"));
        REQUIRE(waitUntil([&] { return !model.isLoading() && model.rowCount() == 1; }));
        loadAll(model);
        CHECK(model.idAt(0) == waiting.id);
        CHECK(model.isPastSla(0));
        CHECK(model.data(model.index(0, MdfClaimList::Submitted)).toString() == s("waiting 3 days"));
        // Deciding it empties the queue.
        REQUIRE(f.actions->approveClaim(waiting.id, 20000, QString()).ok());
        REQUIRE(waitUntil([&] { return !model.isLoading() && model.rowCount() == 0; }));
        CHECK(screen.emptyLabel()->text().contains(s("No claim is waiting")));
    }
    SECTION("unpaid: approved and partially paid (MDF-11); a payment updates the list")
    {
        chooseItem(bar->viewBox(), s("Unpaid"));
        REQUIRE(waitUntil([&] { return !model.isLoading() && model.rowCount() == 2; }));
        CHECK(ScreenFixture::rowOf(model, unpaid.number) >= 0);
        CHECK(ScreenFixture::rowOf(model, partly.number) >= 0);
        MdfPayment rest = mdfPaymentDraft(partly.id, 25000, QDate::currentDate());
        REQUIRE(f.actions->recordPayment(rest).ok());
        REQUIRE(waitUntil([&] { return !model.isLoading() && model.rowCount() == 1; }));
        CHECK(ScreenFixture::rowOf(model, unpaid.number) == 0);
    }
    SECTION("the request chip, selecting, double-clicking the request")
    {
        screen.showRequest(second.id);
        REQUIRE(waitUntil([&] { return !model.isLoading() && model.rowCount() == 2; }));
        CHECK(bar->chipText().contains(second.number));
        const int row = ScreenFixture::rowOf(model, paid.number);
        REQUIRE(row >= 0);
        ScreenFixture::clickRow(screen.view(), model, row);
        CHECK(screen.panel()->currentId() == paid.id);
        const QRect cell = screen.view()->visualRect(model.index(row, MdfClaimList::Request));
        // A double click is a press and release followed by a second press that is the double click.
        QTest::mouseClick(screen.view()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mousePress(screen.view()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(screen.view()->viewport(), Qt::LeftButton, {}, cell.center());
        REQUIRE(openRequest.count() == 1);
        CHECK(openRequest.first().at(0).toByteArray() == second.id);
        screen.selectClaim(draft.id); // not in this request's list: shown, nothing selected
        CHECK(screen.panel()->currentId() == draft.id);
        CHECK_FALSE(screen.view()->currentIndex().isValid());
    }
    SECTION("export writes the claims shown, formula titles neutralised")
    {
        chooseItem(bar->statusBox(), s("Submitted"));
        REQUIRE(waitUntil([&] { return !model.isLoading() && model.rowCount() == 1; }));
        QTest::mouseClick(screen.exportButton(), Qt::LeftButton);
        MdfExportDialog* dialog = nullptr;
        REQUIRE(waitUntil([&] { return (dialog = screen.findChild<MdfExportDialog*>()) && dialog->isVisible(); }));
        const QString file = f.temp.dirPath() + s("/claims.csv");
        clearText(dialog->pathEdit());
        QTest::keyClicks(dialog->pathEdit(), file);
        auto* delimiter = dialog->findChild<QComboBox*>(s("exportDelimiter"));
        chooseItem(delimiter, delimiter->itemText(0));
        QSignalSpy exported(dialog, &MdfExportDialog::exported);
        QTest::mouseClick(dialog->findChild<QPushButton*>(s("exportButton")), Qt::LeftButton);
        REQUIRE((exported.count() > 0 || exported.wait(10000)));
        const QStringList lines = QString::fromUtf8(readFile(file).mid(3)).split(s("\r\n"), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 2);
        const QStringList headers = csvFields(lines.at(0));
        CHECK(headers == MdfExporter::claimHeaders());
        const QStringList row = csvFields(lines.at(1));
        CHECK(row.at(headers.indexOf(s("Number"))) == waiting.number);
        CHECK(row.at(headers.indexOf(s("Title"))) == s("'@SUM(1+1)"));
        CHECK(row.at(headers.indexOf(s("Claimed"))) == s("200.00"));
        CHECK(row.at(headers.indexOf(s("Request"))) == request.number);
        dialog->close();
    }
}
