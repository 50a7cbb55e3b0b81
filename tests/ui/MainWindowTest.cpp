#include "mainwindow/MainWindow.h"
#include "common/UiSettings.h"
#include "partners/PartnerRepository.h"
#include "partners/PartnerTableModel.h"
#include "partners/PartnersScreen.h"
#include "support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QHeaderView>
#include <QListWidget>
#include <QMenuBar>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>

using namespace ChannelDesk;

TEST_CASE("the main window lists only working screens and has the standard menus", "[ui][mainwindow]")
{
    Test::TempDatabase temp;
    MainWindow window(temp.db());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    REQUIRE(sidebar);
    CHECK(sidebar->count() == 2);
    CHECK(sidebar->item(0)->text() == QStringLiteral("Partners"));
    CHECK(sidebar->item(1)->text() == QStringLiteral("Conflicts"));
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
