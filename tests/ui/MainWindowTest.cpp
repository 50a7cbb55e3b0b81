#include "mainwindow/DatabaseUpgradeDialog.h"
#include "mainwindow/MainWindow.h"
#include "training/CertificationsScreen.h"
#include "training/TierProgramsScreen.h"
#include "training/TierReviewScreen.h"
#include "training/TierScheduler.h"
#include "training/TrainingCatalogScreen.h"
#include "common/UiSettings.h"
#include "deals/DealsScreen.h"
#include "mdf/MdfBudgetsScreen.h"
#include "mdf/MdfClaimsScreen.h"
#include "mdf/MdfRequestsScreen.h"
#include "partners/PartnerRepository.h"
#include "partners/PartnerTableModel.h"
#include "partners/PartnersScreen.h"
#include "pipeline/PipelineScreen.h"
#include "storage/Database.h"
#include "support/TempDatabase.h"
#include "tools/SampleData.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QListWidget>
#include <QStyle>
#include <QMenuBar>
#include <QTableView>
#include <QScrollArea>
#include <QScrollBar>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace ChannelDesk;

TEST_CASE("the main window lists only working screens and has the standard menus", "[ui][mainwindow]")
{
    Test::TempDatabase temp;
    MainWindow window(temp.db());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    REQUIRE(sidebar);
    CHECK(sidebar->count() == 11);
    CHECK(sidebar->item(0)->text() == QStringLiteral("Partners"));
    CHECK(sidebar->item(1)->text() == QStringLiteral("Deals"));
    CHECK(sidebar->item(2)->text() == QStringLiteral("Pipeline"));
    CHECK(sidebar->item(3)->text() == QStringLiteral("MDF Budgets"));
    CHECK(sidebar->item(4)->text() == QStringLiteral("Fund Requests"));
    CHECK(sidebar->item(5)->text() == QStringLiteral("Claims"));
    CHECK(sidebar->item(6)->text() == QStringLiteral("Certifications"));
    CHECK(sidebar->item(7)->text() == QStringLiteral("Tier Review"));
    CHECK(sidebar->item(8)->text() == QStringLiteral("Training"));
    CHECK(sidebar->item(9)->text() == QStringLiteral("Tier Programs"));
    CHECK(sidebar->item(10)->text() == QStringLiteral("Conflicts"));
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus.append(action->text());
    CHECK(menus == QStringList { QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                 QStringLiteral("&Help") });
    auto* undo = window.findChild<QAction*>(QStringLiteral("undo"));
    REQUIRE(undo);
    CHECK(undo->shortcut() == QKeySequence(QKeySequence::Undo));
    CHECK_FALSE(undo->isEnabled()); // nothing to undo yet
}

TEST_CASE("every sidebar label fits whole in English and in Vietnamese", "[ui][mainwindow][i18n]")
{
    Test::TempDatabase temp;
    const auto check = [&temp](const QString& language) {
        MainWindow window(temp.db());
        window.resize(900, 500); // short: the sidebar may need its scroll bar
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
        REQUIRE(sidebar);
        const int room = sidebar->viewport()->width() - sidebar->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
        for (int row = 0; row < sidebar->count(); ++row) {
            INFO(language.toStdString() << ": " << sidebar->item(row)->text().toStdString());
            CHECK(sidebar->sizeHintForIndex(sidebar->model()->index(row, 0)).width() <= room);
        }
        return sidebar->item(4)->text();
    };
    CHECK(check(QStringLiteral("en")) == QStringLiteral("Fund Requests"));
    QTranslator vietnamese;
    REQUIRE(vietnamese.load(QStringLiteral(":/i18n/channeldesk_vi.qm")));
    QCoreApplication::installTranslator(&vietnamese);
    const QString label = check(QStringLiteral("vi"));
    QCoreApplication::removeTranslator(&vietnamese);
    CHECK(label == QStringLiteral("Đề nghị cấp quỹ"));
}

TEST_CASE("sample data loads on a worker thread in one transaction", "[ui][mainwindow]")
{
    Test::TempDatabase temp;
    MainWindow window(temp.db());
    window.loadSampleData();
    PartnerRepository repo(temp.db());
    CHECK(repo.count().value() == 300);
    QSignalSpy count(window.partnersScreen()->model(), &PartnerTableModel::countChanged);
    if (window.partnersScreen()->model()->rowCount() != 300)
        REQUIRE(count.wait(5000));
    CHECK(window.partnersScreen()->model()->rowCount() == 300);
}

TEST_CASE("window geometry and column layout are remembered", "[ui][mainwindow]")
{
    Test::TempDatabase temp;
    QSize size;
    {
        MainWindow window(temp.db());
        window.resize(1100, 700);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        size = window.size();
        window.partnersScreen()->view()->horizontalHeader()->resizeSection(PartnerTableModel::City, 321);
        window.close();
    }
    MainWindow again(temp.db());
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK(again.size() == size);
    CHECK(again.partnersScreen()->view()->horizontalHeader()->sectionSize(PartnerTableModel::City) == 321);
}

TEST_CASE("a dashboard drill-down opens the deals screen on the bucket's deals and the status bar follows the screen", "[ui][mainwindow]")
{
    Test::TempDatabase temp;
    MainWindow window(temp.db());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* stack = window.findChild<QStackedWidget*>();
    REQUIRE(stack);
    DealFilter filter;
    filter.salesStage = QStringLiteral("proposal");
    filter.openOnly = true;
    Q_EMIT window.pipelineScreen()->drillDown(filter, QStringLiteral("Proposal"));
    CHECK(stack->currentWidget() == window.dealsScreen());
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    REQUIRE(sidebar);
    CHECK(sidebar->currentRow() == 1);
    auto* status = window.findChild<QLabel*>(QStringLiteral("partnerCount"));
    REQUIRE(status);
    Q_EMIT window.dealsScreen()->statusChanged(QStringLiteral("7 deals"));
    CHECK(status->text() == QStringLiteral("7 deals"));
    Q_EMIT window.partnersScreen()->statusChanged(QStringLiteral("3 partners")); // not in front: kept for later
    CHECK(status->text() == QStringLiteral("7 deals"));
    sidebar->setCurrentRow(0);
    CHECK(status->text() == QStringLiteral("3 partners"));
}

TEST_CASE("the MDF screens open each other's records through the main window", "[ui][mainwindow][mdf]")
{
    Test::TempDatabase temp;
    MainWindow window(temp.db());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* stack = window.findChild<QStackedWidget*>();
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    REQUIRE(stack);
    REQUIRE(sidebar);
    sidebar->setCurrentRow(3);
    CHECK(stack->currentWidget() == window.mdfBudgetsScreen());
    const QByteArray someId = QByteArray(16, '\x01');
    Q_EMIT window.mdfBudgetsScreen()->openRequests(someId);
    CHECK(stack->currentWidget() == window.mdfRequestsScreen());
    CHECK(sidebar->currentRow() == 4);
    Q_EMIT window.mdfRequestsScreen()->openClaim(someId);
    CHECK(stack->currentWidget() == window.mdfClaimsScreen());
    CHECK(sidebar->currentRow() == 5);
    Q_EMIT window.mdfClaimsScreen()->openRequest(someId);
    CHECK(stack->currentWidget() == window.mdfRequestsScreen());
    auto* status = window.findChild<QLabel*>(QStringLiteral("partnerCount"));
    REQUIRE(status);
    Q_EMIT window.mdfRequestsScreen()->statusChanged(QStringLiteral("12 requests"));
    CHECK(status->text() == QStringLiteral("12 requests"));
}

TEST_CASE("the training screens are in the sidebar and a change in one reaches the others", "[ui][mainwindow][training]")
{
    Test::TempDatabase temp;
    MainWindow window(temp.db());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* stack = window.findChild<QStackedWidget*>();
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    REQUIRE(stack);
    REQUIRE(sidebar);
    sidebar->setCurrentRow(6);
    CHECK(stack->currentWidget() == window.certificationsScreen());
    sidebar->setCurrentRow(7);
    CHECK(stack->currentWidget() == window.tierReviewScreen());
    sidebar->setCurrentRow(8);
    CHECK(stack->currentWidget() == window.trainingCatalogScreen());
    sidebar->setCurrentRow(9);
    CHECK(stack->currentWidget() == window.tierProgramsScreen());
    // The scheduler is not started by the window itself (the application does it), but a change asks it for a run.
    CHECK_FALSE(window.tierScheduler()->isStarted());
    Q_EMIT window.certificationsScreen()->trainingChanged();
    CHECK(window.tierScheduler()->isDebouncing());
    auto* status = window.findChild<QLabel*>(QStringLiteral("partnerCount"));
    REQUIRE(status);
    Q_EMIT window.tierProgramsScreen()->statusChanged(QStringLiteral("2 programs"));
    CHECK(status->text() == QStringLiteral("2 programs"));
    CHECK(window.findChild<QAction*>(QStringLiteral("importCertifications")));
    CHECK(window.findChild<QAction*>(QStringLiteral("exportCertifications")));
    window.tierScheduler()->stop();
}

TEST_CASE("an older database is upgraded behind a progress dialog that cannot be dismissed", "[ui][mainwindow][upgrade]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        auto old = Database::openAtVersion(path, 5);
        REQUIRE(old.ok());
        QSqlQuery q(old.value()->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO partner (id, name, country, owner, created_at, updated_at) VALUES "
                                      "(randomblob(16), 'Công ty Đông Á', 'VN', 'anna', '2026-01-01T00:00:00.000Z', "
                                      "'2026-01-01T00:00:00.000Z')")));
    }
    REQUIRE(Database::storedSchemaVersion(path).value() == 5);
    CHECK(Database::storedSchemaVersion(dir.filePath(QStringLiteral("missing.db"))).value() == 0);

    // Each pending step is reported, on the opening thread.
    {
        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        REQUIRE(QFile::copy(path, copy));
        QList<std::pair<int, int>> steps;
        auto opened = Database::open(copy, [&steps](int step, int of) { steps.append({ step, of }); });
        REQUIRE(opened.ok());
        const int pending = Database::currentSchemaVersion() - 5;
        REQUIRE(steps.size() == pending);
        CHECK(steps.first() == std::pair { 1, pending });
        CHECK(steps.last() == std::pair { pending, pending });
    }

    // The dialog: Escape and closing leave it up; it names the step.
    {
        DatabaseUpgradeDialog dialog;
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        dialog.showStep(2, 4);
        CHECK(dialog.labelText().contains(QStringLiteral("Step 2 of 4")));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK(dialog.isVisible());
        dialog.close();
        CHECK(dialog.isVisible());
    }

    // The upgrade itself, on a worker thread; the data is kept and the file is then current.
    REQUIRE(DatabaseUpgradeDialog::upgradeIfNeeded(path, nullptr, 0).ok());
    CHECK(Database::storedSchemaVersion(path).value() == Database::currentSchemaVersion());
    {
        auto opened = Database::open(path);
        REQUIRE(opened.ok());
        QSqlQuery q(opened.value()->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT name_words FROM partner")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("cong ty dong a"));
    }
    // A current file needs nothing, and no dialog is made for it.
    REQUIRE(DatabaseUpgradeDialog::upgradeIfNeeded(path, nullptr, 0).ok());
    for (QWidget* widget : QApplication::topLevelWidgets())
        CHECK_FALSE((qobject_cast<DatabaseUpgradeDialog*>(widget) && widget->isVisible()));
}

TEST_CASE("a failed upgrade is reported and leaves the file at its last complete step", "[ui][mainwindow][upgrade]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.db"));
    const int before = Database::currentSchemaVersion() - 1;
    {
        auto old = Database::openAtVersion(path, before);
        REQUIRE(old.ok());
        // Something in the way of the last step (13): a table with the name it creates.
        QSqlQuery q(old.value()->connection());
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE approval_rule (x)")));
    }
    const Status upgraded = DatabaseUpgradeDialog::upgradeIfNeeded(path, nullptr, 0);
    REQUIRE_FALSE(upgraded.ok());
    CHECK(upgraded.error().message.contains(QStringLiteral("left as it was")));
    CHECK(Database::storedSchemaVersion(path).value() == before);
}

TEST_CASE("in Vietnamese every detail panel fits its form without scrolling sideways", "[ui][mainwindow][i18n]")
{
    Test::TempDatabase temp;
    REQUIRE(SampleData::load(temp.path(), 120).ok());
    QTranslator vietnamese;
    REQUIRE(vietnamese.load(QStringLiteral(":/i18n/channeldesk_vi.qm")));
    QCoreApplication::installTranslator(&vietnamese);
    {
        MainWindow window(temp.db());
        window.resize(1280, 800); // the first start's size
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
        auto* stack = window.findChild<QStackedWidget*>();
        REQUIRE(sidebar);
        REQUIRE(stack);
        for (int screenRow = 0; screenRow < sidebar->count(); ++screenRow) {
            const bool scrollingPanel = screenRow == 0 || screenRow == 1 || screenRow == 4; // partners, deals, requests
            sidebar->setCurrentRow(screenRow);
            QWidget* screen = stack->currentWidget();
            INFO(sidebar->item(screenRow)->text().toStdString());
            QTableView* view = nullptr;
            for (int i = 0; i < 300 && (!view || view->model()->rowCount() < 2); ++i) {
                QTest::qWait(10);
                for (QTableView* candidate : screen->findChildren<QTableView*>()) {
                    if (candidate->isVisible() && !view)
                        view = candidate; // the screen's list (a date edit's calendar is a hidden table too)
                }
            }
            if (view && view->model()->rowCount() >= 2) // a record shown in the screen's panel, if it has one
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(1, 1)).center());
            QTest::qWait(100);
            // No screen may need the window wider than its first start's size: one that did would widen the window
            // for every screen (a QStackedWidget is as wide as its widest page).
            const int minimum = stack->minimumSizeHint().width() + sidebar->width();
            if (minimum > 1280) {
                for (QWidget* widget : screen->findChildren<QWidget*>()) {
                    if (widget->isVisible() && widget->minimumSizeHint().width() > 300)
                        UNSCOPED_INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString()
                                      << " needs " << widget->minimumSizeHint().width() << " px");
                }
            }
            INFO("the window needs " << minimum << " px");
            CHECK(minimum <= 1280);
            if (!scrollingPanel)
                continue;
            REQUIRE(view);
            QList<QScrollArea*> panels;
            for (int i = 0; i < 300 && panels.isEmpty(); ++i) {
                QTest::qWait(10);
                for (QScrollArea* scroll : screen->findChildren<QScrollArea*>()) {
                    if (scroll->isVisible() && scroll->widget() && qobject_cast<QScrollArea*>(scroll) && !qobject_cast<QAbstractItemView*>(scroll))
                        panels.append(scroll);
                }
            }
            REQUIRE_FALSE(panels.isEmpty());
            QTest::qWait(50);
            for (QScrollArea* panel : std::as_const(panels)) {
                INFO(panel->objectName().toStdString() << ": form " << panel->widget()->minimumSizeHint().width()
                                                       << " px in " << panel->viewport()->width());
                CHECK(panel->horizontalScrollBar()->maximum() == 0);
            }
        }
    }
    QCoreApplication::removeTranslator(&vietnamese);
}
