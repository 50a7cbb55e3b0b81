// The training catalogue, the partner programs editor and the certification CSV dialogs driven as a user would:
// courses and certification definitions created and edited through their dialogs (CERT-01/02), refusals shown at the
// field with the input kept (duplicate code, prerequisite cycle), delete refused while referenced, deactivation and
// search; programs and levels with optional criteria (TIER-01/02/06), rank moves, enrolment on a worker thread and the
// recompute request; the certification import (detected format, column combos, dry run, import) and the export.
// Offscreen; every item model under QAbstractItemModelTester.
#include "common/Money.h"
#include "domain/Contact.h"
#include "mdf/MdfFormSupport.h"
#include "partners/ContactRepository.h"
#include "support/TempDatabase.h"
#include "training/CertificationExportDialog.h"
#include "training/CertificationImportDialog.h"
#include "training/CertificationMappingModel.h"
#include "training/CertificationOutcomeModel.h"
#include "training/CatalogFilterProxy.h"
#include "training/CourseDialog.h"
#include "training/CourseTableModel.h"
#include "training/DefinitionDialog.h"
#include "training/DefinitionTableModel.h"
#include "training/LevelDialog.h"
#include "training/LevelTableModel.h"
#include "training/PrerequisitePicker.h"
#include "training/ProgramDialog.h"
#include "training/ProgramTableModel.h"
#include "training/TierProgramRepository.h"
#include "training/TierProgramsScreen.h"
#include "training/TrainingCatalogScreen.h"
#include "../training/TrainingTestSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace ChannelDesk;
using namespace ChannelDesk::Test;
namespace TT = ChannelDesk::TrainingTest;

namespace {

using Tester = QAbstractItemModelTester;

std::unique_ptr<Tester> watch(QAbstractItemModel* model)
{
    return std::make_unique<Tester>(model, Tester::FailureReportingMode::Fatal);
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 10000)
{
    for (int waited = 0; waited < timeoutMs && !condition(); waited += 10)
        QTest::qWait(10);
    return condition();
}

// Runs `handle` on the next modal dialog once it is open (exec() blocks the test until it closes). A dialog the
// handler leaves open is rejected, so a failed check never hangs the run.
void whenDialogOpens(QObject* context, std::function<void(QDialog*)> handle)
{
    auto* timer = new QTimer(context);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle = std::move(handle)] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        CHECK(QTest::qWaitForWindowActive(dialog)); // focus and shortcuts follow the active window
        // A REQUIRE that fails in the handler has recorded the failure already; its exception must not unwind
        // through Qt's event loop.
        try {
            handle(dialog);
        } catch (...) {
        }
        if (dialog->isVisible())
            dialog->reject();
    });
    timer->start();
}

/// Clicks the button named `name` of the message box that opens next.
void whenMessageBoxOpens(QObject* context, const QString& name, bool* seen = nullptr)
{
    whenDialogOpens(context, [name, seen](QDialog* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        REQUIRE(box);
        auto* button = box->findChild<QPushButton*>(name);
        REQUIRE(button);
        if (seen)
            *seen = true;
        QTest::mouseClick(button, Qt::LeftButton);
    });
}

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void clickSave(QDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    QPushButton* save = buttons->button(QDialogButtonBox::Save);
    REQUIRE(save);
    QTest::mouseClick(save, Qt::LeftButton);
}

/// Checks or unchecks the picker's course `code` with the keyboard: current row, then Space.
void toggleWithSpace(PrerequisitePicker* picker, const QString& code)
{
    QListWidget* list = picker->list();
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(code)) {
            list->setFocus();
            list->setCurrentRow(row);
            QTest::keyClick(list, Qt::Key_Space);
            return;
        }
    }
    FAIL("no course " << code.toStdString() << " in the picker");
}

/// Focuses a closed combo box and types the start of an item, as a keyboard user picks one.
void pickByTyping(QComboBox* box, const QString& text)
{
    box->setFocus();
    QTest::keyClicks(box, text);
}

bool isChecked(PrerequisitePicker* picker, const QString& code)
{
    QListWidget* list = picker->list();
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(code))
            return list->item(row)->checkState() == Qt::Checked;
    }
    return false;
}

/// An action's text as shown, without the mnemonic marker.
QString plain(const QAction* action)
{
    return QString(action->text()).remove(QLatin1Char('&'));
}

/// The proxy row showing record `id`, or -1.
int shownRow(QTableView* view, const QByteArray& id)
{
    QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Roles::IdRole).toByteArray() == id)
            return row;
    }
    return -1;
}

QString cellOf(QTableView* view, const QByteArray& id, int column)
{
    const int row = shownRow(view, id);
    return row < 0 ? QString() : view->model()->index(row, column).data().toString();
}

void selectRow(QTableView* view, const QByteArray& id)
{
    const int row = shownRow(view, id);
    REQUIRE(row >= 0);
    // A window manager gives activation back to the window when a dialog closes; the offscreen platform does not,
    // and the view's shortcuts only work in the active window.
    view->window()->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(view->window()));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, 0));
}

QByteArray person(Database& db, const QByteArray& partnerId, const QString& firstName, const QString& email)
{
    Contact contact;
    contact.partnerId = partnerId;
    contact.firstName = firstName;
    contact.lastName = QStringLiteral("Tester");
    contact.email = email;
    contact.role = QStringLiteral("technical");
    return TT::requireOk(ContactRepository(db).create(contact)).id;
}

struct CatalogFixture
{
    TempDatabase temp;
    std::unique_ptr<TrainingCatalogScreen> screen;
    std::vector<std::unique_ptr<Tester>> testers;

    ~CatalogFixture()
    {
        testers.clear();
        screen.reset();
    }

    Database& db() { return temp.db(); }

    void open()
    {
        screen = std::make_unique<TrainingCatalogScreen>(db());
        testers.push_back(watch(screen->courseModel()));
        testers.push_back(watch(screen->definitionModel()));
        testers.push_back(watch(screen->courseProxy()));
        testers.push_back(watch(screen->definitionProxy()));
        screen->resize(1200, 700);
        screen->show();
        screen->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(screen.get())); // shortcuts only reach the active window
    }
};

struct ProgramFixture
{
    TempDatabase temp;
    std::unique_ptr<TierProgramsScreen> screen;
    std::vector<std::unique_ptr<Tester>> testers;

    ~ProgramFixture()
    {
        testers.clear();
        screen.reset();
    }

    Database& db() { return temp.db(); }

    void open()
    {
        screen = std::make_unique<TierProgramsScreen>(db());
        testers.push_back(watch(screen->programModel()));
        testers.push_back(watch(screen->levelModel()));
        testers.push_back(watch(screen->programView()->model()));
        testers.push_back(watch(screen->levelView()->model()));
        screen->resize(1300, 800);
        screen->show();
        screen->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(screen.get()));
        settle();
    }

    /// Waits until the member counts (read on a worker) and any enrolment are in.
    void settle()
    {
        REQUIRE(waitFor([this] { return !screen->isBusy(); }));
    }
};

} // namespace

// --- training catalogue ----------------------------------------------------------------------------------------------

TEST_CASE("Training catalogue starts empty and a course created through its dialog is listed", "[training-catalog]")
{
    CatalogFixture f;
    f.open();
    QSignalSpy changed(f.screen.get(), &TrainingCatalogScreen::trainingChanged);
    QSignalSpy status(f.screen.get(), &TrainingCatalogScreen::statusChanged);

    // Empty state instead of an empty grid.
    CHECK(f.screen->courseEmptyLabel()->isVisible());
    CHECK_FALSE(f.screen->courseView()->isVisible());
    CHECK(f.screen->courseEmptyLabel()->text().contains(QStringLiteral("No courses yet")));
    CHECK_FALSE(f.screen->editAction()->isEnabled());
    CHECK(plain(f.screen->newAction()) == QStringLiteral("New Course…"));

    bool saw = false;
    whenDialogOpens(f.screen.get(), [&saw](QDialog* dialog) {
        auto* course = qobject_cast<CourseDialog*>(dialog);
        REQUIRE(course);
        saw = true;
        CHECK(course->focusWidget() == course->codeEdit()); // the window's focus, whatever the platform activates
        QTest::keyClicks(course->codeEdit(), QStringLiteral("NET-101"));
        QTest::keyClicks(course->nameEdit(), QStringLiteral("Networking Fundamentals"));
        QTest::keyClicks(course->trackEdit(), QStringLiteral("Networking"));
        course->durationBox()->setFocus();
        course->durationBox()->selectAll();
        QTest::keyClicks(course->durationBox(), QStringLiteral("16"));
        QTest::keyClicks(course->descriptionEdit(), QStringLiteral("Switching and routing basics"));
        // The catalogue had no other course: the picker says so.
        CHECK(course->prerequisitePicker()->list()->count() == 0);
        clickSave(course);
    });
    // Ctrl+N on the screen (the keyboard way to "New Course…").
    QTest::keyClick(f.screen.get(), Qt::Key_N, Qt::ControlModifier);
    REQUIRE(saw);

    const Course stored = TT::requireOk(TrainingCatalog(f.db()).courseByCode(QStringLiteral("NET-101")));
    CHECK(stored.name == QStringLiteral("Networking Fundamentals"));
    CHECK(stored.track == QStringLiteral("Networking"));
    CHECK(stored.durationHours == 16);
    CHECK(stored.description == QStringLiteral("Switching and routing basics"));
    CHECK(stored.active);

    CHECK(changed.count() == 1);
    CHECK(status.count() >= 1);
    CHECK(f.screen->courseView()->isVisible());
    CHECK_FALSE(f.screen->courseEmptyLabel()->isVisible());
    CHECK(f.screen->currentId() == stored.id); // the new course is selected
    CHECK(cellOf(f.screen->courseView(), stored.id, CourseTableModel::CodeColumn) == QStringLiteral("NET-101"));
    CHECK(cellOf(f.screen->courseView(), stored.id, CourseTableModel::StatusColumn) == QStringLiteral("Offered"));
    CHECK(f.screen->tabs()->tabText(0).contains(QStringLiteral("(1)")));
    CHECK(f.screen->messageLabel()->text().contains(QStringLiteral("NET-101")));
    CHECK(f.screen->editAction()->isEnabled());
}

TEST_CASE("CERT-01 a duplicate course code is refused at the field and the dialog keeps the input",
          "[training-catalog]")
{
    CatalogFixture f;
    const Course existing = TT::course(f.db(), QStringLiteral("NET-101"), QStringLiteral("Networking Fundamentals"));
    f.open();
    REQUIRE(f.screen->courseModel()->rowCount() == 1);

    bool refused = false;
    whenDialogOpens(f.screen.get(), [&refused](QDialog* dialog) {
        auto* course = qobject_cast<CourseDialog*>(dialog);
        REQUIRE(course);
        QTest::keyClicks(course->codeEdit(), QStringLiteral("net-101")); // codes compare case-insensitively
        QTest::keyClicks(course->nameEdit(), QStringLiteral("Another Course"));
        clickSave(course);
        // Still open, the refusal under the code field, which has the focus, and nothing typed is lost.
        REQUIRE(course->isVisible());
        const QString error = course->fieldError(QStringLiteral("code"));
        CHECK(error.contains(QStringLiteral("Networking Fundamentals")));
        CHECK(course->focusWidget() == course->codeEdit());
        CHECK(course->nameEdit()->text() == QStringLiteral("Another Course"));
        refused = !error.isEmpty();

        // A missing name is said under the name field.
        typeInto(course->codeEdit(), QStringLiteral("NET-102"));
        course->nameEdit()->clear();
        clickSave(course);
        REQUIRE(course->isVisible());
        CHECK(course->fieldError(QStringLiteral("code")).isEmpty());
        CHECK_FALSE(course->fieldError(QStringLiteral("name")).isEmpty());

        typeInto(course->nameEdit(), QStringLiteral("Another Course"));
        clickSave(course);
        CHECK_FALSE(course->isVisible());
    });
    f.screen->newAction()->trigger();
    REQUIRE(refused);
    CHECK(f.screen->courseModel()->rowCount() == 2);
    CHECK(TrainingCatalog(f.db()).courseByCode(QStringLiteral("NET-102")).ok());
    CHECK(TT::requireOk(TrainingCatalog(f.db()).course(existing.id)).name == QStringLiteral("Networking Fundamentals"));
}

TEST_CASE("CERT-01 a prerequisite cycle is refused at the prerequisites field", "[training-catalog]")
{
    CatalogFixture f;
    const Course basics = TT::course(f.db(), QStringLiteral("NET-101"));
    const Course routing = TT::course(f.db(), QStringLiteral("NET-201"), {}, QStringLiteral("Networking"), { basics.id });
    const Course expert = TT::course(f.db(), QStringLiteral("NET-301"), {}, QStringLiteral("Networking"), { routing.id });
    f.open();

    SECTION("checking a course that already requires it names the chain at once and Save is refused")
    {
        selectRow(f.screen->courseView(), basics.id);
        bool checked = false;
        whenDialogOpens(f.screen.get(), [&](QDialog* dialog) {
            auto* course = qobject_cast<CourseDialog*>(dialog);
            REQUIRE(course);
            CHECK(course->codeEdit()->text() == QStringLiteral("NET-101"));
            PrerequisitePicker* picker = course->prerequisitePicker();
            CHECK(picker->list()->count() == 2); // the course itself is not offered
            toggleWithSpace(picker, QStringLiteral("NET-301"));
            CHECK(isChecked(picker, QStringLiteral("NET-301")));
            const QString live = course->fieldError(QStringLiteral("prerequisites"));
            CHECK(live.contains(QStringLiteral("NET-301 → NET-201 → ")));
            clickSave(course);
            REQUIRE(course->isVisible());
            CHECK_FALSE(course->fieldError(QStringLiteral("prerequisites")).isEmpty());
            // Taking it off clears the message.
            toggleWithSpace(picker, QStringLiteral("NET-301"));
            CHECK(course->fieldError(QStringLiteral("prerequisites")).isEmpty());
            checked = !live.isEmpty();
            course->reject();
        });
        // Return on the selected row opens it.
        QTest::keyClick(f.screen->courseView(), Qt::Key_Return);
        REQUIRE(checked);
        CHECK(TT::requireOk(TrainingCatalog(f.db()).course(basics.id)).prerequisites.isEmpty());
    }

    SECTION("the catalogue's own refusal lands at the field when the dialog's copy was stale")
    {
        // The dialog believes NET-201 requires nothing (read before another CAM's change), so only the catalogue
        // can see the cycle NET-101 → NET-201 → NET-101.
        Course staleRouting = routing;
        staleRouting.prerequisites.clear();
        CourseDialog dialog(f.db());
        auto tester = watch(dialog.prerequisitePicker()->list()->model());
        dialog.setCatalog({ basics, staleRouting, expert }, { QStringLiteral("Networking") });
        dialog.setCourse(basics);
        dialog.show();
        toggleWithSpace(dialog.prerequisitePicker(), QStringLiteral("NET-201"));
        CHECK(dialog.fieldError(QStringLiteral("prerequisites")).isEmpty());
        clickSave(&dialog);
        CHECK(dialog.isVisible());
        CHECK(dialog.result() != QDialog::Accepted);
        const QString refusal = dialog.fieldError(QStringLiteral("prerequisites"));
        CHECK(refusal.contains(QStringLiteral("cycle")));
        CHECK(TT::requireOk(TrainingCatalog(f.db()).course(basics.id)).prerequisites.isEmpty());
    }
}

TEST_CASE("A course other records require cannot be deleted and an unused one can", "[training-catalog]")
{
    CatalogFixture f;
    const Course basics = TT::course(f.db(), QStringLiteral("NET-101"));
    const Course routing = TT::course(f.db(), QStringLiteral("NET-201"), {}, QStringLiteral("Networking"), { basics.id });
    const CertDefinition cna = TT::definition(f.db(), QStringLiteral("CNA"), QStringLiteral("Networking"), 24,
                                              { basics.id });
    f.open();
    QSignalSpy changed(f.screen.get(), &TrainingCatalogScreen::trainingChanged);
    CHECK(cellOf(f.screen->courseView(), basics.id, CourseTableModel::RequiredByColumn) == QStringLiteral("2"));
    CHECK(cellOf(f.screen->courseView(), routing.id, CourseTableModel::PrerequisitesColumn) == QStringLiteral("NET-101"));

    // Referenced: refused with the names of those requiring it, before any question.
    selectRow(f.screen->courseView(), basics.id);
    QTest::keyClick(f.screen->courseView(), Qt::Key_Delete);
    CHECK(f.screen->messageLabel()->isVisible());
    CHECK(f.screen->messageLabel()->text().contains(QStringLiteral("NET-201")));
    CHECK(f.screen->messageLabel()->text().contains(QStringLiteral("CNA")));
    CHECK(f.screen->courseModel()->rowOf(basics.id) >= 0);
    CHECK(TrainingCatalog(f.db()).course(basics.id).ok());
    CHECK(changed.isEmpty());

    // Not referenced: asked, then deleted.
    selectRow(f.screen->courseView(), routing.id);
    bool asked = false;
    whenMessageBoxOpens(f.screen.get(), QStringLiteral("confirmDeleteButton"), &asked);
    QTest::keyClick(f.screen->courseView(), Qt::Key_Delete);
    REQUIRE(asked);
    CHECK(f.screen->courseModel()->rowOf(routing.id) < 0);
    CHECK(changed.count() == 1);
    CHECK(TrainingCatalog(f.db()).courseByCode(QStringLiteral("NET-201")).error().code == Error::Code::NotFound);
    // NET-101 is now required by CNA only.
    CHECK(cellOf(f.screen->courseView(), basics.id, CourseTableModel::RequiredByColumn) == QStringLiteral("1"));
}

TEST_CASE("CERT-01 a certification people hold cannot be deleted and deactivating it instead works",
          "[training-catalog]")
{
    CatalogFixture f;
    const QByteArray partner = TT::partner(f.db());
    const QByteArray alice = TT::contact(f.db(), partner);
    const CertDefinition cna = TT::definition(f.db(), QStringLiteral("CNA"));
    const CertDefinition unused = TT::definition(f.db(), QStringLiteral("CSA"), QStringLiteral("Security"));
    TT::certification(f.db(), alice, cna.id, QDate(2027, 3, 1));
    f.open();
    f.screen->showPage(TrainingCatalogScreen::Page::Definitions);
    CHECK(plain(f.screen->newAction()) == QStringLiteral("New Certification…"));

    selectRow(f.screen->definitionView(), cna.id);
    bool asked = false;
    whenMessageBoxOpens(f.screen.get(), QStringLiteral("confirmDeleteButton"), &asked);
    f.screen->deleteAction()->trigger();
    REQUIRE(asked);
    CHECK(f.screen->messageLabel()->text().contains(QStringLiteral("CNA")));
    CHECK(f.screen->messageLabel()->property("tone").toInt() == int(MdfForm::Tone::Error));
    CHECK(f.screen->definitionModel()->rowOf(cna.id) >= 0);
    CHECK(TrainingCatalog(f.db()).definition(cna.id).ok());

    // "Deactivate Instead" from the same question.
    selectRow(f.screen->definitionView(), cna.id);
    whenMessageBoxOpens(f.screen.get(), QStringLiteral("deactivateInsteadButton"));
    f.screen->deleteAction()->trigger();
    CHECK_FALSE(TT::requireOk(TrainingCatalog(f.db()).definition(cna.id)).active);
    CHECK(cellOf(f.screen->definitionView(), cna.id, DefinitionTableModel::StatusColumn) == QStringLiteral("Inactive"));
    CHECK(plain(f.screen->activeAction()) == QStringLiteral("Activate"));

    // The unused one goes.
    selectRow(f.screen->definitionView(), unused.id);
    whenMessageBoxOpens(f.screen.get(), QStringLiteral("confirmDeleteButton"));
    f.screen->deleteAction()->trigger();
    CHECK(f.screen->definitionModel()->rowOf(unused.id) < 0);
    CHECK(TrainingCatalog(f.db()).definitionByCode(QStringLiteral("CSA")).error().code == Error::Code::NotFound);
}

TEST_CASE("Deactivated courses are greyed and hidden with Show inactive off and the search filters both tabs",
          "[training-catalog]")
{
    CatalogFixture f;
    const Course basics = TT::course(f.db(), QStringLiteral("NET-101"), QStringLiteral("Networking Fundamentals"));
    const Course security = TT::course(f.db(), QStringLiteral("SEC-101"), QStringLiteral("Sécurité de base"),
                                       QStringLiteral("Security"));
    TT::definition(f.db(), QStringLiteral("CNA"));
    TT::definition(f.db(), QStringLiteral("CSA"), QStringLiteral("Security"));
    f.open();
    QSignalSpy changed(f.screen.get(), &TrainingCatalogScreen::trainingChanged);

    selectRow(f.screen->courseView(), basics.id);
    CHECK(plain(f.screen->activeAction()) == QStringLiteral("Deactivate"));
    f.screen->activeAction()->trigger();
    CHECK(changed.count() == 1);
    CHECK_FALSE(TT::requireOk(TrainingCatalog(f.db()).course(basics.id)).active);
    CHECK(f.screen->currentId() == basics.id); // the row stays current through the reload
    const int row = shownRow(f.screen->courseView(), basics.id);
    CHECK(f.screen->courseView()->model()->index(row, 0).data(Qt::ForegroundRole).isValid());
    CHECK(f.screen->courseView()->model()->index(row, 0).data(Qt::FontRole).value<QFont>().italic());

    f.screen->inactiveBox()->setChecked(false);
    CHECK(shownRow(f.screen->courseView(), basics.id) < 0);
    CHECK(f.screen->courseProxy()->rowCount() == 1);
    CHECK(f.screen->tabs()->tabText(0).contains(QStringLiteral("1 of 2")));

    // Accent- and case-insensitive search over code, name and track, on both tabs.
    f.screen->inactiveBox()->setChecked(true);
    QTest::keyClicks(f.screen->searchBox(), QStringLiteral("securite"));
    CHECK(f.screen->courseProxy()->rowCount() == 1);
    CHECK(shownRow(f.screen->courseView(), security.id) == 0);
    CHECK(f.screen->definitionProxy()->rowCount() == 0); // CSA's track is "Security", not "securite"
    f.screen->showPage(TrainingCatalogScreen::Page::Definitions);
    CHECK(f.screen->definitionEmptyLabel()->isVisible());
    CHECK(f.screen->definitionEmptyLabel()->text().contains(QStringLiteral("securite")));
    typeInto(f.screen->searchBox(), QStringLiteral("security"));
    CHECK(f.screen->definitionProxy()->rowCount() == 1);
    CHECK(f.screen->courseProxy()->rowCount() == 1);

    // Sorting by a column header.
    f.screen->searchBox()->clear();
    f.screen->showPage(TrainingCatalogScreen::Page::Courses);
    f.screen->courseView()->sortByColumn(CourseTableModel::CodeColumn, Qt::DescendingOrder);
    CHECK(f.screen->courseView()->model()->index(0, CourseTableModel::CodeColumn).data().toString()
          == QStringLiteral("SEC-101"));
    f.screen->courseView()->sortByColumn(CourseTableModel::CodeColumn, Qt::AscendingOrder);
    CHECK(f.screen->courseView()->model()->index(0, CourseTableModel::CodeColumn).data().toString()
          == QStringLiteral("NET-101"));
}

TEST_CASE("CERT-02 a certification definition is created with validity reminder window and prerequisites",
          "[training-catalog]")
{
    CatalogFixture f;
    TT::course(f.db(), QStringLiteral("NET-101"));
    const Course security = TT::course(f.db(), QStringLiteral("SEC-101"), {}, QStringLiteral("Security"));
    f.open();
    f.screen->showPage(TrainingCatalogScreen::Page::Definitions);
    CHECK(f.screen->definitionEmptyLabel()->isVisible());

    bool saw = false;
    whenDialogOpens(f.screen.get(), [&](QDialog* dialog) {
        auto* definition = qobject_cast<DefinitionDialog*>(dialog);
        REQUIRE(definition);
        saw = true;
        QTest::keyClicks(definition->codeEdit(), QStringLiteral("CSA"));
        QTest::keyClicks(definition->nameEdit(), QStringLiteral("Certified Security Associate"));
        QTest::keyClicks(definition->trackEdit(), QStringLiteral("Security"));
        // 0 months: never expires; the reminder and window make no sense then.
        definition->validityBox()->setFocus();
        definition->validityBox()->selectAll();
        QTest::keyClicks(definition->validityBox(), QStringLiteral("0"));
        CHECK(definition->validityBox()->value() == 0);
        CHECK_FALSE(definition->reminderBox()->isEnabled());
        CHECK(definition->scheduleLabel()->text().contains(QStringLiteral("never expire")));
        // 36 months with a 45-day reminder and a 90-day window.
        definition->validityBox()->selectAll();
        QTest::keyClicks(definition->validityBox(), QStringLiteral("36"));
        CHECK(definition->reminderBox()->isEnabled());
        definition->reminderBox()->setFocus();
        definition->reminderBox()->selectAll();
        QTest::keyClicks(definition->reminderBox(), QStringLiteral("45"));
        definition->windowBox()->setFocus();
        definition->windowBox()->selectAll();
        QTest::keyClicks(definition->windowBox(), QStringLiteral("90"));
        const QDate expiry = certificationExpiry(QDate::currentDate(), 36);
        CHECK(definition->scheduleLabel()->text().contains(QLocale().toString(expiry, QLocale::LongFormat)));
        CHECK(definition->scheduleLabel()->text().contains(
            QLocale().toString(expiry.addDays(-90), QLocale::LongFormat)));
        toggleWithSpace(definition->prerequisitePicker(), QStringLiteral("SEC-101"));
        CHECK(definition->prerequisitePicker()->summaryLabel()->text().contains(QStringLiteral("SEC-101")));
        clickSave(definition);
    });
    f.screen->newAction()->trigger();
    REQUIRE(saw);

    const CertDefinition stored = TT::requireOk(TrainingCatalog(f.db()).definitionByCode(QStringLiteral("CSA")));
    CHECK(stored.validityMonths == 36);
    CHECK(stored.reminderDays == 45);
    CHECK(stored.recertWindowDays == 90);
    CHECK(stored.track == QStringLiteral("Security"));
    REQUIRE(stored.prerequisites.size() == 1);
    CHECK(stored.prerequisites.first() == security.id);
    CHECK(cellOf(f.screen->definitionView(), stored.id, DefinitionTableModel::PrerequisitesColumn)
          == QStringLiteral("SEC-101"));
    CHECK(f.screen->currentId() == stored.id);

    // Editing: never expires; the table says so.
    whenDialogOpens(f.screen.get(), [](QDialog* dialog) {
        auto* definition = qobject_cast<DefinitionDialog*>(dialog);
        REQUIRE(definition);
        CHECK(definition->codeEdit()->text() == QStringLiteral("CSA"));
        CHECK(definition->validityBox()->value() == 36);
        definition->validityBox()->setFocus();
        definition->validityBox()->selectAll();
        QTest::keyClicks(definition->validityBox(), QStringLiteral("0"));
        clickSave(definition);
    });
    f.screen->editAction()->trigger();
    CHECK(TT::requireOk(TrainingCatalog(f.db()).definition(stored.id)).validityMonths == 0);
    CHECK(cellOf(f.screen->definitionView(), stored.id, DefinitionTableModel::ValidityColumn)
          == DefinitionTableModel::validityText(0));
    CHECK(cellOf(f.screen->definitionView(), stored.id, DefinitionTableModel::ReminderColumn).isEmpty());
}

TEST_CASE("The catalogue reloads changes made elsewhere and keeps the selection", "[training-catalog]")
{
    CatalogFixture f;
    const Course basics = TT::course(f.db(), QStringLiteral("NET-101"));
    f.open();
    selectRow(f.screen->courseView(), basics.id);
    QSignalSpy removed(f.screen->courseModel(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(f.screen->courseModel(), &QAbstractItemModel::modelReset);

    // Another CAM's change arrives (sync): merged, not reset.
    TT::course(f.db(), QStringLiteral("NET-201"));
    Course renamed = basics;
    renamed.name = QStringLiteral("Networking, renamed");
    TT::requireOk(TrainingCatalog(f.db()).updateCourse(renamed));
    f.screen->reloadAll();
    CHECK(f.screen->courseModel()->rowCount() == 2);
    CHECK(removed.isEmpty());
    CHECK(reset.isEmpty());
    CHECK(f.screen->currentId() == basics.id);
    CHECK(cellOf(f.screen->courseView(), basics.id, CourseTableModel::NameColumn)
          == QStringLiteral("Networking, renamed"));
    CHECK(f.screen->tracks().contains(QStringLiteral("Networking")));
}

// --- partner programs ------------------------------------------------------------------------------------------------

TEST_CASE("TIER-01 a program and its levels are created through the dialogs with optional criteria",
          "[training-catalog]")
{
    ProgramFixture f;
    TT::course(f.db(), QStringLiteral("SEC-101"), {}, QStringLiteral("Security"));
    f.open();
    QSignalSpy changed(f.screen.get(), &TierProgramsScreen::trainingChanged);
    CHECK(f.screen->programEmptyLabel()->isVisible());
    CHECK_FALSE(f.screen->newLevelAction()->isEnabled());

    bool programSaved = false;
    whenDialogOpens(f.screen.get(), [&](QDialog* dialog) {
        auto* program = qobject_cast<ProgramDialog*>(dialog);
        REQUIRE(program);
        QTest::keyClicks(program->nameEdit(), QStringLiteral("Partner Program 2027"));
        QLineEdit* currency = program->currencyBox()->lineEdit();
        REQUIRE(currency);
        typeInto(currency, QStringLiteral("XY"));
        clickSave(program);
        REQUIRE(program->isVisible());
        CHECK(program->fieldError(QStringLiteral("currency")).contains(QStringLiteral("XY")));
        typeInto(currency, QStringLiteral("eur"));
        clickSave(program);
        programSaved = !program->isVisible();
    });
    QTest::keyClick(f.screen.get(), Qt::Key_N, Qt::ControlModifier);
    REQUIRE(programSaved);
    const QList<TierProgram> programs = TT::requireOk(TierProgramRepository(f.db()).programs());
    REQUIRE(programs.size() == 1);
    const TierProgram program = programs.first();
    CHECK(program.currency == QStringLiteral("EUR"));
    CHECK_FALSE(program.autoUpgrade);
    CHECK(f.screen->currentProgramId() == program.id);
    CHECK(f.screen->levelEmptyLabel()->isVisible());
    CHECK(f.screen->levelTitle()->text().contains(QStringLiteral("Partner Program 2027")));
    CHECK(f.screen->newLevelAction()->isEnabled());

    // The entry level: no criterion.
    whenDialogOpens(f.screen.get(), [](QDialog* dialog) {
        auto* level = qobject_cast<LevelDialog*>(dialog);
        REQUIRE(level);
        CHECK(level->rankBox()->value() == 1);
        CHECK(level->tierBox()->currentData().toString() == QStringLiteral("registered"));
        CHECK(level->nameEdit()->text() == QStringLiteral("Registered")); // follows the tier
        CHECK(level->criteriaSummary()->text().contains(QStringLiteral("every member qualifies")));
        CHECK_FALSE(level->revenueEdit()->isEnabled());
        clickSave(level);
    });
    f.screen->newLevelAction()->trigger();

    // Silver: revenue, certified people and one track; the rest off.
    whenDialogOpens(f.screen.get(), [](QDialog* dialog) {
        auto* level = qobject_cast<LevelDialog*>(dialog);
        REQUIRE(level);
        auto tester = watch(level->trackTable()->model());
        CHECK(level->rankBox()->value() == 2);
        CHECK(level->tierBox()->currentData().toString() == QStringLiteral("silver"));
        QTest::mouseClick(level->revenueCheck(), Qt::LeftButton);
        REQUIRE(level->revenueEdit()->isEnabled());
        CHECK(level->focusWidget() == level->revenueEdit());
        QTest::keyClicks(level->revenueEdit(), QStringLiteral("100000"));
        QTest::mouseClick(level->certifiedCheck(), Qt::LeftButton);
        level->certifiedBox()->selectAll();
        QTest::keyClicks(level->certifiedBox(), QStringLiteral("2"));
        QTest::mouseClick(level->addTrackButton(), Qt::LeftButton);
        REQUIRE(level->trackTable()->rowCount() == 1);
        auto* track = qobject_cast<QComboBox*>(level->trackTable()->cellWidget(0, 0));
        REQUIRE(track);
        CHECK(track->findText(QStringLiteral("Security")) >= 0); // tracks of the catalogue are offered
        // An empty track is refused at the table.
        clickSave(level);
        REQUIRE(level->isVisible());
        CHECK_FALSE(level->fieldError(QStringLiteral("track_requirements")).isEmpty());
        track->setCurrentText(QStringLiteral("Security"));
        CHECK(level->criteriaSummary()->text().contains(QStringLiteral("3")));
        QTest::keyClicks(level->benefitsEdit(), QStringLiteral("Partner discount 20 %"));
        level->leadWeightBox()->setFocus();
        level->leadWeightBox()->selectAll();
        QTest::keyClicks(level->leadWeightBox(), QStringLiteral("10"));
        clickSave(level);
        CHECK_FALSE(level->isVisible());
    });
    f.screen->newLevelAction()->trigger();

    const QList<TierLevel> levels = TT::requireOk(TierProgramRepository(f.db()).levels(program.id));
    REQUIRE(levels.size() == 2);
    const TierLevel silver = levels.at(1);
    CHECK(silver.rank == 2);
    CHECK(silver.name == QStringLiteral("Silver"));
    CHECK(silver.code == QStringLiteral("silver"));
    CHECK(silver.leadWeight == 10);
    CHECK(silver.benefits == QStringLiteral("Partner discount 20 %"));
    CHECK(silver.minRevenueMinor == std::optional<qint64>(100'000'00));
    CHECK(silver.minCertifiedPeople == std::optional<int>(2));
    CHECK_FALSE(silver.minApprovedRegistrations.has_value());
    CHECK_FALSE(silver.minClosedWon.has_value());
    CHECK_FALSE(silver.minPoints.has_value());
    REQUIRE(silver.trackRequirements.size() == 1);
    CHECK(silver.trackRequirements.first() == TrackRequirement { QStringLiteral("Security"), 1 });
    CHECK_FALSE(levels.at(0).minRevenueMinor.has_value());

    // The criteria in columns, unset ones as a dash; the program row counts its levels.
    QTableView* view = f.screen->levelView();
    CHECK(cellOf(view, silver.id, LevelTableModel::RevenueColumn)
          == QStringLiteral("≥ %1").arg(Money { 100'000'00, QStringLiteral("EUR") }.format(QLocale())));
    CHECK(cellOf(view, silver.id, LevelTableModel::CertifiedColumn) == QStringLiteral("≥ 2"));
    CHECK(cellOf(view, silver.id, LevelTableModel::TracksColumn) == QStringLiteral("Security ≥ 1"));
    CHECK(cellOf(view, silver.id, LevelTableModel::PointsColumn) == QStringLiteral("—"));
    CHECK(cellOf(view, silver.id, LevelTableModel::LeadWeightColumn) == QStringLiteral("10 %"));
    CHECK(view->model()->index(0, LevelTableModel::RankColumn).data().toString() == QStringLiteral("1"));
    CHECK(cellOf(f.screen->programView(), program.id, ProgramTableModel::LevelsColumn) == QStringLiteral("2"));
    f.settle();
    CHECK(cellOf(f.screen->programView(), program.id, ProgramTableModel::MembersColumn) == QStringLiteral("0"));
    CHECK(changed.count() == 3);

    // Editing: revenue off, points on; the unchecked criterion is cleared.
    selectRow(view, silver.id);
    whenDialogOpens(f.screen.get(), [](QDialog* dialog) {
        auto* level = qobject_cast<LevelDialog*>(dialog);
        REQUIRE(level);
        CHECK(level->revenueCheck()->isChecked());
        CHECK(level->trackTable()->rowCount() == 1);
        QTest::mouseClick(level->revenueCheck(), Qt::LeftButton);
        CHECK_FALSE(level->revenueEdit()->isEnabled());
        QTest::mouseClick(level->pointsCheck(), Qt::LeftButton);
        level->pointsBox()->selectAll();
        QTest::keyClicks(level->pointsBox(), QStringLiteral("500"));
        level->trackTable()->setCurrentCell(0, 0);
        QTest::mouseClick(level->removeTrackButton(), Qt::LeftButton);
        CHECK(level->trackTable()->rowCount() == 0);
        clickSave(level);
    });
    QTest::keyClick(view, Qt::Key_Return);
    const TierLevel edited = TT::requireOk(TierProgramRepository(f.db()).level(silver.id));
    CHECK_FALSE(edited.minRevenueMinor.has_value());
    CHECK(edited.minPoints == std::optional<qint64>(500));
    CHECK(edited.trackRequirements.isEmpty());
    CHECK(edited.minCertifiedPeople == std::optional<int>(2));
    CHECK(cellOf(view, silver.id, LevelTableModel::RevenueColumn) == QStringLiteral("—"));
    CHECK(cellOf(view, silver.id, LevelTableModel::PointsColumn) == QStringLiteral("≥ 500"));
}

TEST_CASE("TIER-01 a rank already used is refused at the field and Move Up swaps ranks", "[training-catalog]")
{
    ProgramFixture f;
    const TT::Ladder ladder = TT::program(f.db());
    f.open();
    REQUIRE(f.screen->currentProgramId() == ladder.program.id);
    REQUIRE(f.screen->levelModel()->rowCount() == 4);
    QTableView* view = f.screen->levelView();
    CHECK(cellOf(view, ladder.levels[3].id, LevelTableModel::CertifiedColumn) == QStringLiteral("≥ 8"));

    whenDialogOpens(f.screen.get(), [](QDialog* dialog) {
        auto* level = qobject_cast<LevelDialog*>(dialog);
        REQUIRE(level);
        CHECK(level->rankBox()->value() == 5);
        level->rankBox()->setFocus();
        level->rankBox()->selectAll();
        QTest::keyClicks(level->rankBox(), QStringLiteral("3"));
        typeInto(level->nameEdit(), QStringLiteral("Diamond"));
        clickSave(level);
        REQUIRE(level->isVisible());
        CHECK_FALSE(level->fieldError(QStringLiteral("rank")).isEmpty());
        CHECK(level->nameEdit()->text() == QStringLiteral("Diamond"));
    });
    f.screen->newLevelAction()->trigger();
    CHECK(TT::requireOk(TierProgramRepository(f.db()).levels(ladder.program.id)).size() == 4);

    // Silver (2) moves up: Silver 3, Gold 2, in one step.
    const QByteArray silver = ladder.levels[1].id;
    const QByteArray gold = ladder.levels[2].id;
    selectRow(view, silver);
    CHECK(f.screen->moveUpAction()->isEnabled());
    CHECK(f.screen->moveDownAction()->isEnabled());
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    CHECK(TT::requireOk(TierProgramRepository(f.db()).level(silver)).rank == 3);
    CHECK(TT::requireOk(TierProgramRepository(f.db()).level(gold)).rank == 2);
    CHECK(f.screen->currentLevelId() == silver);
    CHECK(cellOf(view, silver, LevelTableModel::RankColumn) == QStringLiteral("3"));
    CHECK(shownRow(view, silver) == 2); // ordered by rank

    // The top level cannot move up; the bottom one cannot move down.
    selectRow(view, ladder.levels[3].id);
    CHECK_FALSE(f.screen->moveUpAction()->isEnabled());
    selectRow(view, ladder.levels[0].id);
    CHECK_FALSE(f.screen->moveDownAction()->isEnabled());
    f.screen->moveDownAction()->trigger();
    CHECK(TT::requireOk(TierProgramRepository(f.db()).level(ladder.levels[0].id)).rank == 1);
}

TEST_CASE("TIER-01 Enrol All Partners runs on a worker and Recompute Tiers Now asks the window",
          "[training-catalog]")
{
    ProgramFixture f;
    const TT::Ladder ladder = TT::program(f.db());
    const QByteArray first = TT::partner(f.db(), QStringLiteral("Northwind"));
    TT::partner(f.db(), QStringLiteral("Contoso"));
    TT::partner(f.db(), QStringLiteral("Fabrikam"));
    TT::member(f.db(), first, ladder.program.id, ladder.levels[0].id);
    f.open();
    CHECK(cellOf(f.screen->programView(), ladder.program.id, ProgramTableModel::MembersColumn) == QStringLiteral("1"));
    QSignalSpy finished(f.screen.get(), &TierProgramsScreen::enrolFinished);
    QSignalSpy changed(f.screen.get(), &TierProgramsScreen::trainingChanged);
    QSignalSpy recompute(f.screen.get(), &TierProgramsScreen::recomputeRequested);

    bool asked = false;
    whenMessageBoxOpens(f.screen.get(), QStringLiteral("confirmEnrolButton"), &asked);
    f.screen->enrolAllAction()->trigger();
    REQUIRE(asked);
    CHECK(f.screen->isEnrolling());
    CHECK_FALSE(f.screen->enrolAllAction()->isEnabled());
    REQUIRE(finished.wait(10000));
    CHECK(finished.first().first().toInt() == 2);
    CHECK_FALSE(f.screen->isEnrolling());
    f.settle();
    CHECK(changed.count() == 1);
    CHECK(cellOf(f.screen->programView(), ladder.program.id, ProgramTableModel::MembersColumn) == QStringLiteral("3"));
    CHECK(TT::rowCount(f.db(), QStringLiteral("program_member"), QStringLiteral("deleted_at IS NULL")) == 3);
    CHECK(f.screen->messageLabel()->text().contains(QStringLiteral("Partner Program")));

    // A program with members cannot be deleted: said before any question.
    f.screen->deleteProgramAction()->trigger();
    CHECK(f.screen->messageLabel()->property("tone").toInt() == int(MdfForm::Tone::Error));
    CHECK(TierProgramRepository(f.db()).program(ladder.program.id).ok());

    // A level members are at cannot be deleted: the repository refuses, the screen says so.
    selectRow(f.screen->levelView(), ladder.levels[0].id);
    whenMessageBoxOpens(f.screen.get(), QStringLiteral("confirmDeleteButton"));
    f.screen->deleteLevelAction()->trigger();
    CHECK(f.screen->messageLabel()->property("tone").toInt() == int(MdfForm::Tone::Error));
    CHECK(f.screen->levelModel()->rowOf(ladder.levels[0].id) >= 0);

    // An unused level can go.
    selectRow(f.screen->levelView(), ladder.levels[3].id);
    whenMessageBoxOpens(f.screen.get(), QStringLiteral("confirmDeleteButton"));
    f.screen->deleteLevelAction()->trigger();
    CHECK(f.screen->levelModel()->rowOf(ladder.levels[3].id) < 0);

    f.screen->recomputeAction()->trigger();
    CHECK(recompute.count() == 1);

    // An inactive program cannot enrol anyone.
    f.screen->programActiveAction()->trigger();
    CHECK_FALSE(TT::requireOk(TierProgramRepository(f.db()).program(ladder.program.id)).active);
    CHECK_FALSE(f.screen->enrolAllAction()->isEnabled());
    CHECK(cellOf(f.screen->programView(), ladder.program.id, ProgramTableModel::StatusColumn)
          == QStringLiteral("Inactive"));
}

TEST_CASE("An unused program is deleted after the question", "[training-catalog]")
{
    ProgramFixture f;
    const TT::Ladder kept = TT::program(f.db(), false, QStringLiteral("USD"), QStringLiteral("Alpha Program"));
    const TierProgram empty = TT::programRecord(f.db(), QStringLiteral("Beta Program"), true);
    f.open();
    CHECK(cellOf(f.screen->programView(), empty.id, ProgramTableModel::AutoUpgradeColumn)
          == QStringLiteral("Automatic"));
    REQUIRE(f.screen->selectProgram(empty.id));
    f.screen->programView()->setFocus();
    CHECK(f.screen->levelEmptyLabel()->isVisible());
    whenMessageBoxOpens(f.screen.get(), QStringLiteral("confirmDeleteButton"));
    QTest::keyClick(f.screen->programView(), Qt::Key_Delete);
    CHECK(f.screen->programModel()->rowOf(empty.id) < 0);
    CHECK(f.screen->programModel()->rowOf(kept.program.id) >= 0);
    CHECK(TT::requireOk(TierProgramRepository(f.db()).program(empty.id)).meta.isDeleted()); // a tombstone
}

// --- certification import and export ------------------------------------------------------------------------------

TEST_CASE("Certification import shows the detected format then a dry run then imports on a worker",
          "[training-catalog]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const QByteArray partner = TT::partner(db);
    const QByteArray alice = person(db, partner, QStringLiteral("Alice"), QStringLiteral("alice@example.com"));
    person(db, partner, QStringLiteral("Bob"), QStringLiteral("bob@example.com"));
    const CertDefinition cna = TT::definition(db, QStringLiteral("CNA"));
    TT::certification(db, alice, cna.id, QDate(2026, 3, 1)); // already stored: the file's line is unchanged

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("certifications.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Email;Certification code;Acquired;Trainer feedback\r\n"
                   "alice@example.com;CNA;2026-03-01;renewed early\r\n"
                   "bob@example.com;CNA;2026-04-15;first one\r\n"
                   "carol@example.com;CNA;2026-04-20;unknown person\r\n");
    }

    CertificationImportDialog dialog(db);
    auto mappingTester = watch(dialog.mappingModel());
    auto outcomeTester = watch(dialog.outcomeModel());
    QSignalSpy imported(&dialog, &CertificationImportDialog::imported);
    QSignalSpy changed(&dialog, &CertificationImportDialog::trainingChanged);
    dialog.show();
    CHECK_FALSE(dialog.checkButton()->isEnabled());
    REQUIRE(dialog.setFile(path));

    // Detected format, shown and marked as detected.
    CHECK(dialog.delimiterBox()->currentData().toChar() == QChar(u';'));
    CHECK(dialog.delimiterBox()->currentText().contains(QStringLiteral("detected")));
    CHECK(dialog.encodingBox()->currentData().toInt() == int(Csv::Encoding::Utf8));
    CHECK(dialog.formatLabel()->text().contains(QStringLiteral("Windows (CR LF)")));

    // One combo per column, mapped automatically; the feedback column is not a certification field.
    REQUIRE(dialog.mappingModel()->rowCount() == 4);
    REQUIRE(dialog.fieldBox(0));
    CHECK(dialog.fieldBox(0)->currentData().toString() == QStringLiteral("certification.email"));
    CHECK(dialog.fieldBox(1)->currentData().toString() == QStringLiteral("certification.definition_code"));
    CHECK(dialog.fieldBox(2)->currentData().toString() == QStringLiteral("certification.acquired_on"));
    CHECK(dialog.fieldBox(3)->currentData().toString().isEmpty());
    CHECK(dialog.mappingModel()->index(0, CertificationMappingModel::ExampleColumn).data().toString()
          == QStringLiteral("alice@example.com"));
    CHECK(dialog.checkButton()->isEnabled());

    // The user maps the feedback column to Notes with its combo box (typing the field's name picks it).
    REQUIRE(dialog.fieldBox(3));
    pickByTyping(dialog.fieldBox(3), QStringLiteral("Notes"));
    CHECK(dialog.mappingModel()->fieldForColumn().value(3) == QStringLiteral("certification.notes"));
    CHECK(dialog.mappingModel()->fieldForColumn().value(0) == QStringLiteral("certification.email"));

    // Overriding the delimiter reads the file again: one column, nothing mapped to email.
    dialog.delimiterBox()->setCurrentIndex(dialog.delimiterBox()->findData(QVariant(QChar(u','))));
    CHECK(dialog.mappingModel()->rowCount() == 1);
    CHECK_FALSE(dialog.checkButton()->isEnabled());
    CHECK(dialog.mappingHint()->text().contains(QStringLiteral("email")));
    dialog.delimiterBox()->setCurrentIndex(dialog.delimiterBox()->findData(QVariant(QChar(u';'))));
    REQUIRE(dialog.mappingModel()->rowCount() == 4);
    CHECK(dialog.checkButton()->isEnabled());
    CHECK(dialog.mappingModel()->fieldForColumn().value(3).isEmpty()); // a new reading maps afresh
    pickByTyping(dialog.fieldBox(3), QStringLiteral("Notes"));

    // The dry run: nothing written, each row's outcome with its line.
    const int before = TT::rowCount(db, QStringLiteral("certification"));
    QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
    REQUIRE(waitFor([&dialog] { return !dialog.isRunning() && dialog.step() == CertificationImportDialog::Step::Review; }));
    REQUIRE(dialog.dryRunReport().has_value());
    CHECK(dialog.dryRunReport()->dryRun);
    CHECK(dialog.dryRunReport()->created == 1);
    CHECK(dialog.dryRunReport()->unchanged == 1);
    CHECK(dialog.dryRunReport()->rejected == 1);
    CHECK(TT::rowCount(db, QStringLiteral("certification")) == before);
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("Nothing has been written")));
    // Rejected rows first, with line and reason.
    CHECK(dialog.outcomeFilter()->currentData().toInt() == int(CertificationOutcomeModel::Filter::Rejected));
    REQUIRE(dialog.outcomeModel()->rowCount() == 1);
    CHECK(dialog.outcomeModel()->index(0, CertificationOutcomeModel::LineColumn).data().toString() == QStringLiteral("4"));
    CHECK(dialog.outcomeModel()->index(0, CertificationOutcomeModel::EmailColumn).data().toString()
          == QStringLiteral("carol@example.com"));
    CHECK_FALSE(dialog.outcomeModel()->index(0, CertificationOutcomeModel::DetailsColumn).data().toString().isEmpty());
    dialog.outcomeFilter()->setCurrentIndex(dialog.outcomeFilter()->findData(int(CertificationOutcomeModel::Filter::All)));
    CHECK(dialog.outcomeModel()->rowCount() >= 1);
    CHECK(dialog.importButton()->isEnabled());

    // Back keeps the file and the columns; Check again, then Import.
    QTest::mouseClick(dialog.backButton(), Qt::LeftButton);
    CHECK(dialog.step() == CertificationImportDialog::Step::Setup);
    CHECK(dialog.mappingModel()->fieldForColumn().value(3) == QStringLiteral("certification.notes"));
    QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
    REQUIRE(waitFor([&dialog] { return !dialog.isRunning() && dialog.step() == CertificationImportDialog::Step::Review; }));
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    REQUIRE(imported.wait(10000));
    CHECK(imported.first().first().toLongLong() == 1);
    CHECK(changed.count() == 1);
    CHECK(dialog.step() == CertificationImportDialog::Step::Done);
    REQUIRE(dialog.importReport().has_value());
    CHECK_FALSE(dialog.importReport()->dryRun);
    CHECK(dialog.importReport()->created == 1);
    CHECK(TT::rowCount(db, QStringLiteral("certification")) == before + 1);
    CHECK(TT::rowCount(db, QStringLiteral("certification"), QStringLiteral("notes = 'first one'")) == 1);
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(dialog.closeButton()->text() == QStringLiteral("Close"));
}

TEST_CASE("Certification import check and import can be cancelled and nothing is written", "[training-catalog]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const QByteArray partner = TT::partner(db);
    person(db, partner, QStringLiteral("Alice"), QStringLiteral("alice@example.com"));
    TT::definition(db, QStringLiteral("CNA"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    {
        // One row that imports and many that do not: long enough for Cancel to land while the worker reads.
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Email,Certification code,Acquired\n");
        file.write("alice@example.com,CNA,2026-05-04\n");
        for (int i = 0; i < 20000; ++i)
            file.write(QStringLiteral("person%1@example.com,CNA,2026-05-04\n").arg(i).toUtf8());
    }
    CertificationImportDialog dialog(db);
    dialog.show();
    REQUIRE(dialog.setFile(path));

    // Cancel during the check: the dialog stays, on the first step.
    QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
    CHECK(dialog.isRunning());
    CHECK(dialog.closeButton()->text() == QStringLiteral("Cancel"));
    QTest::mouseClick(dialog.closeButton(), Qt::LeftButton);
    REQUIRE(waitFor([&dialog] { return !dialog.isRunning(); }));
    CHECK(dialog.isVisible());
    CHECK(dialog.step() == CertificationImportDialog::Step::Setup);
    CHECK_FALSE(dialog.dryRunReport().has_value());
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("cancelled")));

    // A full check, then Import cancelled at once: nothing written, the report of the check stays.
    QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
    REQUIRE(waitFor([&dialog] { return !dialog.isRunning() && dialog.step() == CertificationImportDialog::Step::Review; },
                    60000));
    REQUIRE(dialog.dryRunReport().has_value());
    CHECK(dialog.dryRunReport()->created == 1);
    CHECK(dialog.dryRunReport()->rejected == 20000);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    CHECK(dialog.isRunning());
    dialog.reject(); // Esc or Cancel while it runs
    REQUIRE(waitFor([&dialog] { return !dialog.isRunning(); }));
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("nothing was written")));
    CHECK(dialog.step() == CertificationImportDialog::Step::Review);
    CHECK_FALSE(dialog.importReport().has_value());
    CHECK(TT::rowCount(db, QStringLiteral("certification")) == 0);
    CHECK(dialog.importButton()->isEnabled()); // the user can still import
}

TEST_CASE("Certification import refuses a file it cannot read and says why", "[training-catalog]")
{
    TempDatabase temp;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    CertificationImportDialog dialog(temp.db());
    dialog.show();
    CHECK_FALSE(dialog.setFile(path));
    CHECK(dialog.messageLabel()->isVisible());
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("empty.csv")));
    CHECK_FALSE(dialog.checkButton()->isEnabled());
}

TEST_CASE("Certification export writes the file on a worker with the importer's headers", "[training-catalog]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const QByteArray partner = TT::partner(db);
    const QByteArray alice = person(db, partner, QStringLiteral("Alice"), QStringLiteral("alice@example.com"));
    const CertDefinition cna = TT::definition(db, QStringLiteral("CNA"));
    TT::certification(db, alice, cna.id, QDate(2026, 3, 1), QStringLiteral("CERT-0001"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    CertificationExportDialog dialog(db);
    dialog.setPartner(partner, QStringLiteral("Müller IT GmbH"));
    dialog.show();
    CHECK(dialog.partnerBox()->isVisible());
    CHECK(dialog.partnerBox()->isChecked());
    CHECK(dialog.options().partnerId == partner);
    dialog.profileBox()->setCurrentIndex(dialog.profileBox()->findData(int(Csv::ExportOptions::Profile::Utf8)));
    dialog.delimiterBox()->setCurrentIndex(dialog.delimiterBox()->findData(QVariant(QChar(u';'))));
    typeInto(dialog.pathEdit(), path);
    QSignalSpy exported(&dialog, &CertificationExportDialog::exported);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    REQUIRE(exported.wait(10000));
    CHECK(exported.first().at(1).toLongLong() == 1);
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("out.csv")));
    CHECK_FALSE(dialog.exportButton()->isVisible());

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QString header = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    CHECK(header == CertificationExporter::headers().join(QLatin1Char(';')));
    CHECK(text.contains(QStringLiteral("alice@example.com")));
    CHECK(text.contains(QStringLiteral("CERT-0001")));
}
