// Drives the real partners screen as a user would: keyboard and mouse on the real widgets, offscreen.
#include "mainwindow/MainWindow.h"
#include "partners/ContactRepository.h"
#include "partners/PartnerActions.h"
#include "partners/PartnerEditor.h"
#include "partners/PartnerFilterBar.h"
#include "partners/PartnerRepository.h"
#include "partners/PartnerTableModel.h"
#include "partners/PartnersScreen.h"
#include "support/TempDatabase.h"
#include "tools/SampleData.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

using namespace ChannelDesk;

namespace {

struct Fixture
{
    Test::TempDatabase temp;
    std::unique_ptr<MainWindow> window;
    PartnersScreen* screen = nullptr;

    explicit Fixture(int partners = 120)
    {
        if (partners > 0)
            REQUIRE(SampleData::load(temp.path(), partners).ok());
        window = std::make_unique<MainWindow>(temp.db());
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get())); // shortcuts only reach the active window
        screen = window->partnersScreen();
        settle();
    }

    PartnerTableModel* model() const { return screen->model(); }
    QTableView* view() const { return screen->view(); }

    void settle()
    {
        for (int i = 0; i < 200 && model()->isLoading(); ++i)
            QTest::qWait(10);
        REQUIRE_FALSE(model()->isLoading());
        QApplication::processEvents();
    }

    // Clicks a row like a user and waits until the detail panel shows it.
    void clickRow(int row)
    {
        view()->scrollTo(model()->index(row, 0));
        for (int i = 0; i < 100 && model()->idAt(row).isEmpty(); ++i)
            QTest::qWait(10);
        const QRect rect = view()->visualRect(model()->index(row, 0));
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, rect.center());
        REQUIRE(screen->editor()->partnerId() == model()->idAt(row));
    }

    template<typename T>
    T* editorField(const char* name) const
    {
        auto* widget = screen->editor()->findChild<T*>(QLatin1String(name));
        REQUIRE(widget);
        return widget;
    }

    QAction* windowAction(const char* name) const
    {
        auto* action = window->findChild<QAction*>(QLatin1String(name));
        REQUIRE(action);
        return action;
    }

    QString statusText() const { return window->findChild<QLabel*>(QStringLiteral("partnerCount"))->text(); }
};

bool waitFor(const std::function<bool()>& condition)
{
    for (int i = 0; i < 300 && !condition(); ++i)
        QTest::qWait(10);
    return condition();
}

// Types any text, including Vietnamese, as key events (QTest::keyClicks only maps ASCII to keys).
void typeText(QWidget* widget, const QString& text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

TEST_CASE("typing in the search box filters the list as you type", "[ui][partners]")
{
    Fixture f;
    Partner dongA;
    dongA.name = QStringLiteral("Công ty Đông Á");
    dongA.city = QStringLiteral("Hà Nội");
    REQUIRE(f.window->actions()->createPartner(dongA).ok());
    f.settle();
    CHECK(f.model()->rowCount() == 121);
    CHECK(f.statusText() == QStringLiteral("121 partners"));

    QLineEdit* search = f.screen->filterBar()->searchBox();
    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier); // Edit → Find
    CHECK(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("cong ty dong a"));
    f.settle();
    REQUIRE(f.model()->rowCount() >= 1);
    QStringList names;
    for (int row = 0; row < f.model()->rowCount(); ++row) {
        for (int i = 0; i < 100 && f.model()->idAt(row).isEmpty(); ++i) {
            (void)f.model()->data(f.model()->index(row, 0));
            QTest::qWait(10);
        }
        names.append(f.model()->data(f.model()->index(row, 0)).toString());
    }
    CHECK(names.contains(QStringLiteral("Công ty Đông Á")));
    CHECK(f.statusText().endsWith(QStringLiteral("match")));

    // Return moves into the results; the panel shows the first match.
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(f.view()->hasFocus());

    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(search, QStringLiteral("no such partner anywhere"));
    f.settle();
    CHECK(f.model()->rowCount() == 0);
    auto* empty = f.screen->findChild<QLabel*>(QStringLiteral("emptyState"));
    CHECK(empty->isVisible());
    CHECK(empty->text() == QStringLiteral("No partner matches the search and filters."));

    QTest::mouseClick(f.screen->findChild<QWidget*>(QStringLiteral("clearFilters")), Qt::LeftButton);
    f.settle();
    CHECK(f.model()->rowCount() == 121);
}

TEST_CASE("clicking a column header sorts in SQL / clicking again reverses", "[ui][partners]")
{
    Fixture f;
    QHeaderView* header = f.view()->horizontalHeader();
    const int x = header->sectionViewportPosition(PartnerTableModel::Country) + header->sectionSize(PartnerTableModel::Country) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    f.settle();
    CHECK(f.model()->query().sort == PartnerQuery::Sort::Country);
    CHECK_FALSE(f.model()->query().descending);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    f.settle();
    CHECK(f.model()->query().descending);
    QString previous = QStringLiteral("ZZ");
    for (int row = 0; row < 30; ++row) {
        const QByteArray id = f.model()->idAt(row);
        if (id.isEmpty()) {
            QTest::qWait(20);
            --row;
            continue;
        }
        const QString country = f.model()->data(f.model()->index(row, PartnerTableModel::Country)).toString();
        CHECK(country <= previous);
        previous = country;
    }
}

TEST_CASE("edit a partner in the panel / save / undo and redo", "[ui][partners]")
{
    Fixture f;
    f.clickRow(3);
    const QByteArray id = f.screen->editor()->partnerId();
    PartnerRepository repo(f.temp.db());
    const QString originalCity = repo.get(id)->city;

    auto* city = f.editorField<QLineEdit>("city");
    city->setFocus();
    city->selectAll();
    typeText(city, QStringLiteral("Đà Nẵng"));
    QTest::keyClick(city, Qt::Key_S, Qt::ControlModifier); // Save (a button shortcut clicks after a short animation)
    CHECK(waitFor([&] { return !f.screen->editor()->isDirty(); }));
    CHECK(repo.get(id)->city == QStringLiteral("Đà Nẵng"));
    CHECK_FALSE(f.screen->editor()->isDirty());

    QTest::keySequence(f.window.get(), f.windowAction("undo")->shortcut()); // Edit → Undo
    CHECK(repo.get(id)->city == originalCity);
    CHECK(city->text() == originalCity); // the panel follows
    QTest::keySequence(f.window.get(), f.windowAction("redo")->shortcut()); // Edit → Redo (Ctrl+Y or Ctrl+Shift+Z)
    CHECK(repo.get(id)->city == QStringLiteral("Đà Nẵng"));
}

TEST_CASE("the detail panel needs no sideways scrolling in English or Vietnamese", "[ui][partners][i18n]")
{
    QTranslator vietnamese;
    REQUIRE(vietnamese.load(QStringLiteral(":/i18n/channeldesk_vi.qm")));
    for (const bool inVietnamese : { false, true }) {
        if (inVietnamese)
            QCoreApplication::installTranslator(&vietnamese);
        Fixture f;
        f.window->resize(1280, 800); // the first start's size
        f.clickRow(0);
        QApplication::processEvents();
        auto* scroll = f.screen->editor()->findChild<QScrollArea*>();
        REQUIRE(scroll);
        INFO((inVietnamese ? "vi" : "en") << ": form " << scroll->widget()->minimumSizeHint().width() << " px in "
                                          << scroll->viewport()->width());
        CHECK(scroll->horizontalScrollBar()->maximum() == 0);
        CHECK(f.editorField<QComboBox>("country")->width() <= scroll->viewport()->width());
        if (inVietnamese)
            QCoreApplication::removeTranslator(&vietnamese);
    }
}

TEST_CASE("an invalid edit shows why and keeps the user on the partner", "[ui][partners]")
{
    Fixture f;
    f.clickRow(0);
    const QByteArray id = f.screen->editor()->partnerId();
    auto* email = f.editorField<QLineEdit>("email");
    email->setFocus();
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("not an email"));
    // Moving to another partner tries to save; the bad email keeps us here with the message.
    QTest::keyClick(f.view(), Qt::Key_Down);
    CHECK(f.screen->editor()->partnerId() == id);
    auto* error = f.screen->editor()->findChild<QLabel*>(QStringLiteral("error"));
    CHECK(error->isVisible());
    CHECK(error->text() == QStringLiteral("“not an email” is not an email address."));
    CHECK(email->hasFocus());
    CHECK(f.screen->editor()->isDirty()); // nothing typed is lost
}

TEST_CASE("create a partner from the keyboard / delete it / undo the delete", "[ui][partners]")
{
    Fixture f;
    const int before = f.model()->rowCount();
    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier); // File → New Partner
    auto* name = f.editorField<QLineEdit>("name");
    CHECK(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Aardvark Networks"));
    auto* country = f.editorField<QComboBox>("country");
    country->setCurrentIndex(country->findData(QStringLiteral("VN")));
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
    CHECK(waitFor([&] { return !f.screen->editor()->isDirty(); }));
    f.settle();
    CHECK(f.model()->rowCount() == before + 1);
    // The new partner is selected in the list.
    const QModelIndex current = f.view()->currentIndex();
    REQUIRE(current.isValid());
    CHECK(f.model()->data(f.model()->index(current.row(), 0)).toString() == QStringLiteral("Aardvark Networks"));
    const QByteArray id = f.screen->editor()->partnerId();
    PartnerRepository repo(f.temp.db());
    CHECK(repo.get(id)->country == QStringLiteral("VN"));

    f.view()->setFocus();
    QTest::keyClick(f.view(), Qt::Key_Delete);
    f.settle();
    CHECK(f.model()->rowCount() == before);
    CHECK(repo.get(id)->isDeleted());

    f.window->undoStack()->undo();
    f.settle();
    CHECK(f.model()->rowCount() == before + 1);
    CHECK_FALSE(repo.get(id)->isDeleted());
    f.window->undoStack()->undo(); // undo the creation too
    f.settle();
    CHECK(f.model()->rowCount() == before);
}

TEST_CASE("add a contact through the dialog then undo it", "[ui][partners][contacts]")
{
    Fixture f;
    f.clickRow(1);
    const QByteArray partnerId = f.screen->editor()->partnerId();
    ContactRepository contacts(f.temp.db());
    const qsizetype before = contacts.forPartner(partnerId)->size();

    bool sawError = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        typeText(dialog->findChild<QLineEdit*>(QStringLiteral("lastName")), QStringLiteral("Phạm"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("email")), QStringLiteral("bad@"));
        dialog->accept(); // refused: the dialog stays with the message
        sawError = dialog->isVisible() && dialog->findChild<QLabel*>(QStringLiteral("error"))->isVisible();
        auto* email = dialog->findChild<QLineEdit*>(QStringLiteral("email"));
        email->clear();
        QTest::keyClicks(email, QStringLiteral("pham@example.vn"));
        dialog->accept();
    });
    QTest::mouseClick(f.screen->editor()->findChild<QPushButton*>(QStringLiteral("addContact")), Qt::LeftButton);
    CHECK(sawError);
    CHECK(contacts.forPartner(partnerId)->size() == before + 1);
    auto* table = f.screen->editor()->findChild<QTableView*>(QStringLiteral("contacts"));
    CHECK(table->model()->rowCount() == before + 1);

    f.window->undoStack()->undo();
    CHECK(contacts.forPartner(partnerId)->size() == before);
    CHECK(table->model()->rowCount() == before);
}
