// Sync in the UI, driven as a user would: account dialog, status bar, Conflicts screen, sync log.
#include "deals/DealRepository.h"
#include "mainwindow/MainWindow.h"
#include "partners/PartnerRepository.h"
#include "partners/PartnerTableModel.h"
#include "partners/PartnersScreen.h"
#include "support/MemorySecretStore.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"
#include "sync/ConflictListModel.h"
#include "sync/ConflictsScreen.h"
#include "sync/SyncAccountDialog.h"
#include "sync/SyncController.h"
#include "sync/SyncEngine.h"
#include "sync/SyncLogDialog.h"
#include "sync/SyncStatusButton.h"
#include "sync/SyncStore.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace ChannelDesk;
using ChannelDesk::Test::MemorySecretStore;
using ChannelDesk::Test::TempDatabase;
using ChannelDesk::Test::TestServer;

namespace {

TestServer& server()
{
    static TestServer instance;
    static const bool ready = instance.prepare() && instance.start();
    INFO(instance.error().toStdString());
    REQUIRE(ready);
    return instance;
}

// Fills the account dialog and presses Sign In, as the user would.
void signInThroughDialog(MainWindow& window, const QString& user, const QString& password)
{
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = window.findChild<SyncAccountDialog*>();
        REQUIRE(dialog);
        dialog->serverEdit()->setText(server().url().toString());
        dialog->userEdit()->setText(user);
        QTest::keyClicks(dialog->passwordEdit(), password);
        dialog->caEdit()->setText(server().caFile());
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        // A wrong password keeps the dialog open with the reason; close it so the test can look.
        QTimer::singleShot(8000, dialog, &QDialog::reject);
    });
    window.showSyncAccount();
}

bool waitForState(SyncController& controller, SyncController::State state, int ms = 15000)
{
    return QTest::qWaitFor([&] { return controller.state() == state; }, ms);
}

} // namespace

TEST_CASE("the account dialog refuses incomplete or unencrypted settings with a specific message", "[ui][sync]")
{
    TempDatabase temp;
    MemorySecretStore secrets;
    MainWindow window(temp.db(), &secrets);
    SyncAccountDialog dialog(*window.sync(), &window);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    QTest::keyClick(dialog.serverEdit(), Qt::Key_Return);
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("Enter the server address")));
    QTest::keyClicks(dialog.serverEdit(), QStringLiteral("http://sync.example.com"));
    QTest::keyClick(dialog.serverEdit(), Qt::Key_Return);
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("must start with https://")));
    CHECK(dialog.serverEdit()->hasFocus());
    dialog.serverEdit()->setText(QStringLiteral("https://sync.example.com"));
    QTest::keyClick(dialog.serverEdit(), Qt::Key_Return);
    CHECK(dialog.errorLabel()->text() == QStringLiteral("Enter your user name."));
    CHECK(dialog.isVisible());
    CHECK(window.sync()->state() == SyncController::State::NotConfigured);
}

TEST_CASE("signing in syncs and keeps the session only in the keychain", "[ui][sync]")
{
    TempDatabase temp;
    MemorySecretStore secrets;
    {
        MainWindow window(temp.db(), &secrets);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK(window.syncStatus()->text() == QStringLiteral("Sync not set up"));
        REQUIRE(PartnerRepository(temp.db()).create([] {
                    Partner p;
                    p.name = QStringLiteral("Nhà Phân Phối Sao Mai");
                    return p;
                }())
                    .ok());

        signInThroughDialog(window, QStringLiteral("lan"), QString::fromLatin1(TestServer::Password));
        REQUIRE(waitForState(*window.sync(), SyncController::State::Idle));
        CHECK(window.sync()->pendingCount() == 0);
        CHECK(window.syncStatus()->text().startsWith(QStringLiteral("Synced just now")));
        REQUIRE(secrets.values.size() == 1);
    }
    // The token is in the (memory) keychain, and nowhere in the database file or the settings.
    const QString token = secrets.values.cbegin().value();
    CHECK(token.size() > 20);
    temp.close();
    QFile db(temp.path());
    REQUIRE(db.open(QIODevice::ReadOnly));
    CHECK_FALSE(db.readAll().contains(token.toLatin1()));
    QFile settings(QSettings().fileName());
    if (settings.open(QIODevice::ReadOnly))
        CHECK_FALSE(settings.readAll().contains(token.toLatin1()));

    // Next start: the session comes back from the keychain and sync runs without asking for the password.
    temp.reopen();
    MainWindow again(temp.db(), &secrets);
    REQUIRE(waitForState(*again.sync(), SyncController::State::Syncing, 5000));
    REQUIRE(waitForState(*again.sync(), SyncController::State::Idle));
}

TEST_CASE("a wrong password is shown in the dialog and nothing is stored", "[ui][sync]")
{
    TempDatabase temp;
    MemorySecretStore secrets;
    MainWindow window(temp.db(), &secrets);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QString shown;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = window.findChild<SyncAccountDialog*>();
        REQUIRE(dialog);
        dialog->serverEdit()->setText(server().url().toString());
        dialog->userEdit()->setText(QStringLiteral("lan"));
        dialog->passwordEdit()->setText(QStringLiteral("wrong-password"));
        dialog->caEdit()->setText(server().caFile());
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        (void)QTest::qWaitFor([&] { return dialog->errorLabel()->text().contains(QStringLiteral("Wrong")); }, 10000);
        shown = dialog->errorLabel()->text();
        dialog->reject();
    });
    CHECK_FALSE(window.showSyncAccount());
    CHECK(shown == QStringLiteral("Wrong user name or password."));
    CHECK(secrets.values.isEmpty());
}

TEST_CASE("a conflict appears on the Conflicts screen with this device and server values and is resolved there", "[ui][sync]")
{
    TempDatabase temp;
    MemorySecretStore secrets;
    MainWindow window(temp.db(), &secrets);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const Partner created = PartnerRepository(temp.db()).create([] {
                                Partner p;
                                p.name = QStringLiteral("Conflict Trading");
                                return p;
                            }())
                                .value();
    signInThroughDialog(window, QStringLiteral("lan"), QString::fromLatin1(TestServer::Password));
    REQUIRE(waitForState(*window.sync(), SyncController::State::Idle));

    // Another device of Lan's changes the notes and syncs first.
    TempDatabase otherDb;
    SyncEngine other(otherDb.path(), SyncAccount { server().url(), QStringLiteral("lan"), server().caFile(), {} });
    REQUIRE(other.open().ok());
    REQUIRE(other.signIn(QString::fromLatin1(TestServer::Password)).outcome == SyncReport::Outcome::Ok);
    // The role the server signed in with decides what the desk offers: a CAM's does not archive deals (DR-12).
    CHECK(SyncStore(otherDb.db()).role() == QStringLiteral("cam"));
    CHECK_FALSE(DealRepository(otherDb.db()).canArchive());
    REQUIRE(other.runOnce().outcome == SyncReport::Outcome::Ok);
    Partner there = PartnerRepository(otherDb.db()).get(created.id).value();
    there.notes = QStringLiteral("Server notes");
    REQUIRE(PartnerRepository(otherDb.db()).update(there).ok());
    REQUIRE(other.runOnce().outcome == SyncReport::Outcome::Ok);

    // Here, the same field, edited through the partner actions like the editor does.
    Partner here = PartnerRepository(temp.db()).get(created.id).value();
    here.notes = QStringLiteral("My notes");
    REQUIRE(PartnerRepository(temp.db()).update(here).ok());
    window.sync()->syncNow();
    REQUIRE(QTest::qWaitFor([&] { return window.sync()->conflictCount() == 1; }, 15000));
    CHECK(window.syncStatus()->text().contains(QStringLiteral("1 conflict")));

    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    const QList<QListWidgetItem*> conflictsItems = sidebar->findItems(QStringLiteral("Conflicts"), Qt::MatchStartsWith);
    REQUIRE(conflictsItems.size() == 1);
    sidebar->setCurrentItem(conflictsItems.first());
    ConflictsScreen* screen = window.conflictsScreen();
    REQUIRE(screen->isVisible());
    QAbstractItemModelTester tester(screen->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(screen->model()->rowCount() == 1);
    CHECK(screen->model()->index(0, ConflictListModel::RecordColumn).data().toString() == QStringLiteral("Partner Conflict Trading"));
    QTableWidget* details = screen->details();
    REQUIRE(details->rowCount() >= 1);
    // The columns are not swapped: this device shows mine, the server shows theirs.
    CHECK(details->horizontalHeaderItem(2)->text() == QStringLiteral("This device"));
    CHECK(details->horizontalHeaderItem(3)->text() == QStringLiteral("Server"));
    CHECK(details->item(0, 0)->text() == QStringLiteral("Notes"));
    CHECK(details->item(0, 1)->text() == QStringLiteral("(empty)"));
    CHECK(details->item(0, 2)->text() == QStringLiteral("My notes"));
    CHECK(details->item(0, 3)->text() == QStringLiteral("Server notes"));
    // The record stays usable while in conflict.
    CHECK(PartnerRepository(temp.db()).get(created.id).value().notes == QStringLiteral("My notes"));

    QTest::mouseClick(screen->findChild<QPushButton*>(QStringLiteral("keepTheirs")), Qt::LeftButton);
    CHECK(screen->model()->rowCount() == 0);
    CHECK(PartnerRepository(temp.db()).get(created.id).value().notes == QStringLiteral("Server notes"));
    REQUIRE(waitForState(*window.sync(), SyncController::State::Idle));
    CHECK(window.sync()->conflictCount() == 0);

    SyncLogDialog log(temp.db(), &window);
    CHECK(log.table()->rowCount() >= 2);
    CHECK(log.table()->item(0, 1)->text() == QStringLiteral("Completed"));
}

TEST_CASE("with the server down the status says offline and the edit waits" , "[ui][sync]")
{
    TempDatabase temp;
    MemorySecretStore secrets;
    MainWindow window(temp.db(), &secrets);
    signInThroughDialog(window, QStringLiteral("lan"), QString::fromLatin1(TestServer::Password));
    REQUIRE(waitForState(*window.sync(), SyncController::State::Idle));

    server().stop();
    REQUIRE(PartnerRepository(temp.db()).create([] {
                Partner p;
                p.name = QStringLiteral("Written Offline");
                return p;
            }())
                .ok());
    window.sync()->syncNow();
    REQUIRE(waitForState(*window.sync(), SyncController::State::Offline));
    CHECK(window.syncStatus()->text() == QStringLiteral("Offline · 1 change to send"));
    CHECK(window.syncStatus()->toolTip().contains(QStringLiteral("refused the connection")));
    CHECK(window.sync()->nextAttemptMs() >= 0); // a retry is scheduled
    CHECK(window.sync()->nextAttemptMs() <= SyncController::BackoffCapMs);
    REQUIRE(server().start());
    window.sync()->syncNow();
    REQUIRE(waitForState(*window.sync(), SyncController::State::Idle));
    CHECK(window.sync()->pendingCount() == 0);
}

TEST_CASE("a keychain that refuses the session is reported and nothing falls back to disk", "[ui][sync]")
{
    TempDatabase temp;
    MemorySecretStore secrets;
    secrets.failWrites = true;
    MainWindow window(temp.db(), &secrets);
    QSignalSpy warnings(window.sync(), &SyncController::warning);
    signInThroughDialog(window, QStringLiteral("lan"), QString::fromLatin1(TestServer::Password));
    REQUIRE(waitForState(*window.sync(), SyncController::State::Idle));
    REQUIRE(QTest::qWaitFor([&] { return !warnings.isEmpty(); }, 5000));
    CHECK(warnings.first().first().toString().contains(QStringLiteral("keychain")));
    CHECK(secrets.values.isEmpty());
}

TEST_CASE("Sync Now without an account opens the account dialog from the keyboard", "[ui][sync]")
{
    TempDatabase temp;
    MemorySecretStore secrets;
    MainWindow window(temp.db(), &secrets);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    bool opened = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = window.findChild<SyncAccountDialog*>();
        opened = dialog && dialog->isVisible();
        if (dialog)
            dialog->reject();
    });
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(opened);
}
