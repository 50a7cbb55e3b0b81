// Drives the MDF request and claim panels as a user would (issue 5): keyboard and mouse on the real widgets, the
// real dialogs, offscreen, over a real database. Rule ids (MDF-…) name what each case protects.
#include "deals/DealRepository.h"
#include "deals/DealSettings.h"
#include "mdf/AttachmentList.h"
#include "mdf/ClaimEditor.h"
#include "mdf/LineDecisionDialog.h"
#include "mdf/MdfActions.h"
#include "mdf/MdfClaimPackage.h"
#include "mdf/MdfClaimPanel.h"
#include "mdf/MdfEventLog.h"
#include "mdf/MdfFormSupport.h"
#include "mdf/MdfHistoryPanel.h"
#include "mdf/MdfReasonDialog.h"
#include "mdf/MdfRequestPanel.h"
#include "mdf/MdfTestSupport.h"
#include "mdf/PaymentDialog.h"
#include "mdf/RequestEditor.h"
#include "common/OptionalDateEdit.h"
#include "support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

#include <functional>
#include <memory>

using namespace ChannelDesk;
using namespace ChannelDesk::Test;

namespace {

bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 5000)
{
    for (int waited = 0; waited < timeoutMs && !condition(); waited += 10)
        QTest::qWait(10);
    return condition();
}

// Runs `handle` on the next modal dialog once it is open (exec() blocks the test until it closes). The watch ends
// with `context`, so a test that fails before its dialog opens leaves nothing behind.
void onNextDialog(QObject* context, std::function<void(QDialog*)> handle)
{
    auto* timer = new QTimer(context);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle = std::move(handle)] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        handle(dialog);
    });
    timer->start();
}

// Types any text, including "ü", as key events (QTest::keyClicks only maps ASCII to keys).
void typeInto(QWidget* widget, const QString& text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void replaceText(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QPushButton* okButton(QDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    return buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
}

void pressOk(QDialog* dialog)
{
    QPushButton* ok = okButton(dialog);
    REQUIRE(ok);
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

void click(QWidget* parent, const char* name)
{
    auto* button = parent->findChild<QPushButton*>(QLatin1String(name));
    INFO(name);
    REQUIRE(button);
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

struct Fixture
{
    TempDatabase temp;
    QUndoStack undo;
    MdfSetup setup;
    std::unique_ptr<MdfActions> actions;
    std::unique_ptr<MdfRequestPanel> requestPanel;
    std::unique_ptr<MdfClaimPanel> claimPanel;

    Fixture()
    {
        // "Me" is the budget owner, who decides its requests and claims.
        DealSettings settings(temp.db());
        DealProgram program = settings.program().value();
        program.currentUser = mdfOwner();
        REQUIRE(settings.setProgram(program).ok());
        setup = mdfSetup(temp.db()); // 100,000.00 US$ budget, 50,000.00 US$ allocation for 2027
        actions = std::make_unique<MdfActions>(temp.db(), undo);
        REQUIRE(actions->actor() == mdfOwner());
    }

    Database& db() { return temp.db(); }

    MdfRequestPanel* requests()
    {
        if (!requestPanel) {
            requestPanel = std::make_unique<MdfRequestPanel>(*actions);
            requestPanel->resize(1100, 900);
            requestPanel->show();
            requestPanel->activateWindow();
            REQUIRE(QTest::qWaitForWindowActive(requestPanel.get()));
        }
        return requestPanel.get();
    }

    MdfClaimPanel* claims()
    {
        if (!claimPanel) {
            claimPanel = std::make_unique<MdfClaimPanel>(*actions);
            claimPanel->resize(1100, 900);
            claimPanel->show();
            claimPanel->activateWindow();
            REQUIRE(QTest::qWaitForWindowActive(claimPanel.get()));
        }
        return claimPanel.get();
    }

    MdfRequest request(const QByteArray& id) { return MdfRequestRepository(db()).get(id).value(); }
    MdfClaim claim(const QByteArray& id) { return MdfClaimRepository(db()).get(id).value(); }
};

template<class T>
T* child(QWidget* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QLatin1String(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

QTableWidget* requestLines(QWidget* panel)
{
    return child<QTableWidget>(child<RequestEditor>(panel, "requestEditor"), "lines");
}

QLineEdit* cellEdit(QTableWidget* table, int row, int column)
{
    auto* edit = qobject_cast<QLineEdit*>(table->cellWidget(row, column));
    REQUIRE(edit);
    return edit;
}

// Fills the new-request form as a user would, up to but not including Save.
void fillRequestForm(MdfRequestPanel* panel)
{
    auto* partner = child<QLineEdit>(panel, "partner");
    partner->setFocus();
    typeInto(partner, QStringLiteral("Müller IT GmbH"));
    QTest::keyClick(partner, Qt::Key_Return);
    // The partner's only live, authorised allocation is chosen, showing what it has left.
    auto* allocation = child<QComboBox>(panel, "allocation");
    REQUIRE(waitUntil([&] { return !allocation->currentData().toByteArray().isEmpty(); }));
    CHECK(allocation->currentText().contains(QStringLiteral("50,000.00")));

    auto* title = child<QLineEdit>(panel, "title");
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral("Autumn webinar series"));
    auto* type = child<QComboBox>(panel, "activityType");
    type->setCurrentIndex(type->findData(QStringLiteral("webinar")));
    QTest::keyClicks(child<QLineEdit>(panel, "campaign"), QStringLiteral("Cloud 2027"));
    QTest::keyClicks(child<QPlainTextEdit>(panel, "description"), QStringLiteral("Three webinars with demos"));
    child<OptionalDateEdit>(panel, "startDate")->setOptionalDate(QDate(2027, 3, 1));
    child<OptionalDateEdit>(panel, "endDate")->setOptionalDate(QDate(2027, 3, 31));
    QTest::keyClicks(child<QPlainTextEdit>(panel, "expectedOutcome"), QStringLiteral("60 leads"));

    QTableWidget* lines = requestLines(panel);
    REQUIRE(lines->rowCount() == 1); // a new request starts with one empty cost line
    QTest::keyClicks(cellEdit(lines, 0, RequestEditor::DescriptionColumn), QStringLiteral("Webinar platform"));
    QTest::keyClicks(cellEdit(lines, 0, RequestEditor::RequestedColumn), QStringLiteral("1200.50"));
    click(panel, "addLine");
    REQUIRE(lines->rowCount() == 2);
    QTest::keyClicks(cellEdit(lines, 1, RequestEditor::DescriptionColumn), QStringLiteral("Promotion"));
    QTest::keyClicks(cellEdit(lines, 1, RequestEditor::RequestedColumn), QStringLiteral("3,000"));
    CHECK(child<QLabel>(panel, "total")->property("totalMinor").toLongLong() == 420050);
}

// A submitted request of 3,000.00 + 2,000.00 US$ shown in the panel.
QByteArray submittedRequest(Fixture& f)
{
    const MdfRequest created = mdfCreateRequest(f.db(), f.setup.allocation, { 300000, 200000 });
    MdfRequestPanel* panel = f.requests();
    panel->showRequest(created.id);
    click(panel, "workflow_submit");
    REQUIRE(f.request(created.id).status == QLatin1String("submitted"));
    return created.id;
}

} // namespace

TEST_CASE("MDF form: a new request filled in and saved is stored with an outbox entry", "[ui][mdf-forms]")
{
    Fixture f;
    // A deal of the partner the activity will source (MDF-12).
    Deal deal;
    deal.partnerId = f.setup.partnerId;
    deal.customerName = QStringLiteral("Stadtwerke Köln");
    deal.customerCountry = QStringLiteral("DE");
    deal.amount = { 4800000, QStringLiteral("USD") };
    deal.expectedClose = QDate(2027, 6, 30);
    deal.salesStage = QStringLiteral("proposal");
    const Result<Deal> storedDeal = DealRepository(f.db()).create(deal, mdfOwner());
    INFO((storedDeal ? QString() : storedDeal.error().message).toStdString());
    REQUIRE(storedDeal.ok());

    MdfRequestPanel* panel = f.requests();
    panel->startNew();
    fillRequestForm(panel);
    auto* deals = child<QListWidget>(panel, "linkedDeals");
    REQUIRE(deals->count() == 1);
    CHECK(deals->item(0)->text().contains(QStringLiteral("Stadtwerke Köln")));
    deals->item(0)->setCheckState(Qt::Checked);
    // MDF-07: a new request takes the budget's vendor share.
    CHECK(child<QDoubleSpinBox>(panel, "vendorShare")->value() == Approx(50.0));
    QSignalSpy changed(panel, &MdfRequestPanel::requestChanged);
    click(panel, "save");

    const QByteArray id = panel->currentId();
    REQUIRE_FALSE(id.isEmpty());
    CHECK(changed.count() == 1);
    const MdfRequest stored = f.request(id);
    CHECK(stored.status == QLatin1String("draft"));
    CHECK(stored.partnerId == f.setup.partnerId);
    CHECK(stored.allocationId == f.setup.allocation.id);
    CHECK(stored.title == QLatin1String("Autumn webinar series"));
    CHECK(stored.activityType == QLatin1String("webinar"));
    CHECK(stored.endDate == QDate(2027, 3, 31));
    CHECK(stored.requested.minor == 420050);
    CHECK(stored.requested.currency == QLatin1String("USD"));
    CHECK(stored.vendorShareBp == 5000);
    REQUIRE(stored.lines.size() == 2);
    CHECK(stored.lines.at(0).requestedMinor == 120050);
    CHECK_FALSE(stored.lines.at(0).key.isEmpty());
    REQUIRE(stored.linkedDealIds.size() == 1);
    CHECK(stored.linkedDealIds.first() == storedDeal->id);
    // Every record goes through the outbox.
    CHECK(mdfOutboxCount(f.db(), QStringLiteral("mdf_request"), id) >= 1);
    CHECK(f.undo.count() == 1);
    // The history shows the creation.
    auto* history = child<MdfHistoryPanel>(panel, "mdfHistoryPanel")->list();
    QAbstractItemModelTester tester(history->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    REQUIRE(history->topLevelItemCount() == 1);
    CHECK(history->topLevelItem(0)->text(MdfHistoryPanel::Who) == mdfOwner());
    CHECK(history->topLevelItem(0)->data(MdfHistoryPanel::Action, Qt::UserRole).toString() == QLatin1String("create"));
}

TEST_CASE("MDF form: a validation error is shown next to its field and the input is kept", "[ui][mdf-forms]")
{
    Fixture f;
    MdfRequestPanel* panel = f.requests();
    panel->startNew();
    fillRequestForm(panel);
    auto* start = child<OptionalDateEdit>(panel, "startDate");
    auto* end = child<OptionalDateEdit>(panel, "endDate");
    end->setOptionalDate(QDate(2027, 2, 15)); // before the start
    click(panel, "save");

    CHECK(panel->currentId().isEmpty()); // nothing stored
    auto* fieldError = child<QLabel>(panel, "fieldError");
    REQUIRE(fieldError->isVisible());
    CHECK(fieldError->property("field").toString() == QLatin1String("end_date"));
    CHECK(fieldError->text().contains(QStringLiteral("ends before it starts")));
    // The message sits on the row right under the end date, in the same form.
    auto* form = qobject_cast<QFormLayout*>(end->parentWidget()->layout());
    REQUIRE(form);
    int endRow = -1;
    int errorRow = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(end, &endRow, &role);
    form->getWidgetPosition(fieldError, &errorRow, &role);
    CHECK(errorRow == endRow + 1);
    CHECK(end->hasFocus());
    // What the user typed is all still there.
    CHECK(child<QLineEdit>(panel, "title")->text() == QLatin1String("Autumn webinar series"));
    CHECK(start->optionalDate() == QDate(2027, 3, 1));
    CHECK(cellEdit(requestLines(panel), 0, RequestEditor::RequestedColumn)->text() == QLatin1String("1200.50"));

    // A line amount that is not a number is named on the lines, before anything is stored.
    end->setOptionalDate(QDate(2027, 3, 31));
    replaceText(cellEdit(requestLines(panel), 1, RequestEditor::RequestedColumn), QStringLiteral("3.000.5x"));
    click(panel, "save");
    CHECK(panel->currentId().isEmpty());
    CHECK(fieldError->property("field").toString() == QLatin1String("line_items"));
    CHECK(fieldError->text().startsWith(QStringLiteral("Line 2")));

    replaceText(cellEdit(requestLines(panel), 1, RequestEditor::RequestedColumn), QStringLiteral("3000"));
    click(panel, "save");
    CHECK_FALSE(panel->currentId().isEmpty());
    CHECK_FALSE(fieldError->isVisible());
}

TEST_CASE("MDF form: submit then approve with one line changed is partially approved (MDF-06)", "[ui][mdf-forms]")
{
    Fixture f;
    const QByteArray id = submittedRequest(f);
    MdfRequestPanel* panel = f.requests();
    CHECK_FALSE(child<QWidget>(panel, "balance")->isVisible()); // nothing approved yet
    // MDF-05: a submitted request is read-only, and says why.
    CHECK(child<QLabel>(panel, "readOnlyBanner")->isVisible());
    CHECK(child<QLineEdit>(panel, "title")->isReadOnly());

    bool checked = false;
    onNextDialog(panel, [&](QDialog* dialog) {
        auto* decide = qobject_cast<LineDecisionDialog*>(dialog);
        REQUIRE(decide);
        CHECK(child<QLabel>(dialog, "allocationRemaining")->text().contains(QStringLiteral("$50,000.00")));
        QTableWidget* table = decide->table();
        REQUIRE(table->rowCount() == 2);
        auto* decision = qobject_cast<QComboBox*>(table->cellWidget(1, LineDecisionDialog::DecisionColumn));
        REQUIRE(decision);
        decision->setCurrentIndex(decision->findData(QStringLiteral("changed")));
        auto* amount = qobject_cast<QLineEdit*>(table->cellWidget(1, LineDecisionDialog::ApprovedColumn));
        REQUIRE(amount->isEnabled());
        replaceText(amount, QStringLiteral("1500"));
        QTest::keyClicks(qobject_cast<QLineEdit*>(table->cellWidget(1, LineDecisionDialog::NoteColumn)),
                         QStringLiteral("Smaller venue"));
        // The live total approved.
        CHECK(child<QLabel>(dialog, "totalApproved")->property("totalMinor").toLongLong() == 450000);
        CHECK(child<QLabel>(dialog, "totalApproved")->text().contains(QStringLiteral("$4,500.00")));
        CHECK_FALSE(child<QLabel>(dialog, "warning")->isVisible());
        checked = true;
        pressOk(dialog);
    });
    click(panel, "workflow_approve");
    REQUIRE(checked);

    const MdfRequest stored = f.request(id);
    CHECK(stored.status == QLatin1String("partially_approved"));
    CHECK(stored.approvedMinor.value_or(0) == 450000);
    CHECK(stored.lines.at(1).decision == QLatin1String("changed"));
    CHECK(stored.lines.at(1).note == QLatin1String("Smaller venue"));
    // The balance box: approved, the vendor share cap (50 %), nothing claimed or paid, the deadline (MDF-10).
    REQUIRE(child<QWidget>(panel, "balance")->isVisible());
    CHECK(child<QLabel>(panel, "approved")->property("minor").toLongLong() == 450000);
    CHECK(child<QLabel>(panel, "approved")->text().contains(QStringLiteral("$4,500.00")));
    CHECK(child<QLabel>(panel, "cap")->property("minor").toLongLong() == 225000);
    CHECK(child<QLabel>(panel, "claimed")->property("minor").toLongLong() == 0);
    CHECK(child<QLabel>(panel, "leftToClaim")->property("minor").toLongLong() == 225000);
    CHECK(child<QLabel>(panel, "paid")->property("minor").toLongLong() == 0);
    CHECK(stored.claimDeadline == QDate(2027, 6, 29));
    CHECK(child<QLabel>(panel, "deadline")->text().contains(QLocale().toString(QDate(2027, 6, 29), QLocale::LongFormat)));
    CHECK(child<QLabel>(panel, "title")->text().contains(mdfRequestStatusLabel(QStringLiteral("partially_approved"))));
    // The form shows the per-line decisions; claims may now be made.
    QTableWidget* lines = requestLines(panel);
    CHECK_FALSE(lines->isColumnHidden(RequestEditor::ApprovedColumn));
    CHECK(lines->item(1, RequestEditor::ApprovedColumn)->text() == QLatin1String("$1,500.00"));
    CHECK_FALSE(child<QPushButton>(panel, "newClaim")->isHidden());
    CHECK(f.undo.count() == 0); // decisions are not undoable
}

TEST_CASE("MDF form: the decision dialog warns before the allocation would be overdrawn (MDF-02)", "[ui][mdf-forms]")
{
    Fixture f;
    const MdfRequest created = mdfCreateRequest(f.db(), f.setup.allocation, { 4000000, 2000000 }); // 60,000 of 50,000
    mdfSubmitRequest(f.db(), created.id);
    MdfRequestPanel* panel = f.requests();
    panel->showRequest(created.id);
    bool checked = false;
    onNextDialog(panel, [&](QDialog* dialog) {
        auto* decide = qobject_cast<LineDecisionDialog*>(dialog);
        REQUIRE(decide);
        auto* warning = child<QLabel>(dialog, "warning");
        CHECK(warning->isVisible());
        CHECK(warning->property("breaksMdf02").toBool());
        CHECK(warning->text().contains(QStringLiteral("MDF-02")));
        CHECK(warning->text().contains(QStringLiteral("$10,000.00"))); // by how much
        decide->setDecision(1, QStringLiteral("changed"), QStringLiteral("500"));
        CHECK_FALSE(warning->isVisible());
        // Denying everything is a rejection, not an approval.
        decide->setDecision(0, QStringLiteral("denied"));
        decide->setDecision(1, QStringLiteral("denied"));
        CHECK_FALSE(okButton(dialog)->isEnabled());
        checked = true;
        dialog->reject();
    });
    click(panel, "workflow_approve");
    REQUIRE(checked);
    CHECK(f.request(created.id).status == QLatin1String("submitted"));
}

TEST_CASE("MDF form: an approval above the approver's limit is shown as escalated (MDF-05)", "[ui][mdf-forms]")
{
    Fixture f;
    REQUIRE(MdfSettings(f.db()).setApprovalLimits({ { mdfOwner(), 100000, QStringLiteral("bob") } }).ok());
    const QByteArray id = submittedRequest(f);
    MdfRequestPanel* panel = f.requests();
    onNextDialog(panel, [](QDialog* dialog) { pressOk(dialog); });
    click(panel, "workflow_approve");

    const MdfRequest stored = f.request(id);
    CHECK(stored.status == QLatin1String("submitted"));
    CHECK(stored.approver == QLatin1String("bob"));
    auto* message = child<QLabel>(panel, "message");
    REQUIRE(message->isVisible());
    CHECK(message->property("escalated").toBool());
    CHECK(message->text().contains(QStringLiteral("bob")));
    CHECK(message->text().contains(QStringLiteral("Escalated")));
    CHECK(child<QLabel>(panel, "approver")->text().contains(QStringLiteral("bob")));
}

TEST_CASE("MDF form: rejecting a request needs a reason and keeps it in the history", "[ui][mdf-forms]")
{
    Fixture f;
    const QByteArray id = submittedRequest(f);
    MdfRequestPanel* panel = f.requests();
    bool checked = false;
    onNextDialog(panel, [&](QDialog* dialog) {
        REQUIRE(qobject_cast<MdfReasonDialog*>(dialog));
        CHECK_FALSE(okButton(dialog)->isEnabled()); // no reason yet
        auto* reason = child<QPlainTextEdit>(dialog, "reason");
        QTest::keyClicks(reason, QStringLiteral("   "));
        CHECK_FALSE(okButton(dialog)->isEnabled()); // blanks are no reason
        QTest::keyClicks(reason, QStringLiteral("Budget is for field events only"));
        checked = true;
        pressOk(dialog);
    });
    click(panel, "workflow_reject");
    REQUIRE(checked);
    CHECK(f.request(id).status == QLatin1String("rejected"));

    QTreeWidget* history = child<MdfHistoryPanel>(panel, "mdfHistoryPanel")->list();
    REQUIRE(history->topLevelItemCount() == 3); // create, submit, reject
    QTreeWidgetItem* rejected = nullptr;
    for (int row = 0; row < history->topLevelItemCount(); ++row) {
        if (history->topLevelItem(row)->data(MdfHistoryPanel::Action, Qt::UserRole).toString() == QLatin1String("reject"))
            rejected = history->topLevelItem(row);
    }
    REQUIRE(rejected);
    CHECK(rejected->text(MdfHistoryPanel::Who) == mdfOwner());
    CHECK(rejected->text(MdfHistoryPanel::Reason) == QLatin1String("Budget is for field events only"));
    CHECK(rejected->text(MdfHistoryPanel::Change)
          == QStringLiteral("%1 → %2").arg(mdfRequestStatusLabel(QStringLiteral("submitted")),
                                           mdfRequestStatusLabel(QStringLiteral("rejected"))));
    // A rejected request may be fixed and resubmitted (MDF-05/06): editable again.
    CHECK_FALSE(child<QLineEdit>(panel, "title")->isReadOnly());
    CHECK(child<QPushButton>(panel, "workflow_submit")->isVisible());
}

TEST_CASE("MDF form: an edit is undone and redone through the undo stack", "[ui][mdf-forms]")
{
    Fixture f;
    const MdfRequest created = mdfCreateRequest(f.db(), f.setup.allocation, { 300000 });
    MdfRequestPanel* panel = f.requests();
    panel->showRequest(created.id);
    auto* title = child<QLineEdit>(panel, "title");
    replaceText(title, QStringLiteral("Summer roadshow"));
    click(panel, "save");
    REQUIRE(f.request(created.id).title == QLatin1String("Summer roadshow"));
    REQUIRE(f.undo.count() == 1);

    f.undo.undo();
    CHECK(f.request(created.id).title == QLatin1String("Spring roadshow"));
    CHECK(title->text() == QLatin1String("Spring roadshow")); // the panel follows

    f.undo.redo();
    CHECK(f.request(created.id).title == QLatin1String("Summer roadshow"));
    CHECK(title->text() == QLatin1String("Summer roadshow"));
}

TEST_CASE("MDF form: the claim deadline turns amber when near and red once passed (MDF-10)", "[ui][mdf-forms]")
{
    Fixture f;
    const QDate today = QDate::currentDate();
    auto approvedEndingOn = [&](const QDate& end) {
        MdfRequest draft = mdfRequestDraft(f.setup.allocation, { 100000 });
        draft.startDate = end.addDays(-10);
        draft.endDate = end;
        const MdfRequest created = MdfRequestRepository(f.db()).create(draft, mdfBy(mdfOwner(), QDateTime())).value();
        REQUIRE(MdfRequestRepository(f.db())
                    .transition(created.id, MdfRequestAction::Submit, mdfBy(mdfOwner(), QDateTime()))
                    .ok());
        const Result<MdfRequest> approved =
            MdfRequestRepository(f.db()).approve(created.id, {}, mdfBy(mdfOwner(), QDateTime()));
        INFO((approved ? QString() : approved.error().message).toStdString());
        REQUIRE(approved.ok());
        return approved.value();
    };
    MdfRequestPanel* panel = f.requests();
    auto* deadline = child<QLabel>(panel, "deadline");

    const MdfRequest near = approvedEndingOn(today.addDays(10 - 90)); // deadline in 10 days, warning at 14
    panel->showRequest(near.id);
    CHECK(near.claimDeadline == today.addDays(10));
    CHECK(deadline->property("tone").toInt() == static_cast<int>(MdfForm::Tone::Warning));
    CHECK(deadline->text().contains(QStringLiteral("in 10 day")));

    const MdfRequest passed = approvedEndingOn(today.addDays(-3 - 90));
    panel->showRequest(passed.id);
    CHECK(deadline->property("tone").toInt() == static_cast<int>(MdfForm::Tone::Error));
    CHECK(deadline->text().contains(QStringLiteral("passed")));

    const MdfRequest far = approvedEndingOn(today.addDays(60 - 90));
    panel->showRequest(far.id);
    CHECK(deadline->property("tone").toInt() == static_cast<int>(MdfForm::Tone::Info));
}

TEST_CASE("MDF form: a new claim gets an attachment whose content is stored and verified", "[ui][mdf-forms]")
{
    Fixture f;
    const MdfRequest request = mdfApprovedRequest(f.db(), f.setup.allocation, { 1000000 }); // cap 5,000.00
    MdfRequestPanel* panel = f.requests();
    panel->showRequest(request.id);
    QSignalSpy opened(panel, &MdfRequestPanel::openClaimRequested);
    onNextDialog(panel, [&](QDialog* dialog) {
        auto* editor = dialog->findChild<ClaimEditor*>();
        REQUIRE(editor);
        QTest::keyClicks(child<QLineEdit>(editor, "title"), QStringLiteral("Expo booth"));
        QTableWidget* lines = editor->lines();
        REQUIRE(lines->rowCount() == 1);
        QTest::keyClicks(cellEdit(lines, 0, ClaimEditor::DescriptionColumn), QStringLiteral("Booth invoice"));
        QTest::keyClicks(cellEdit(lines, 0, ClaimEditor::AmountColumn), QStringLiteral("1200"));
        pressOk(dialog);
    });
    child<QTabWidget>(panel, "tabs")->setCurrentIndex(1); // the Claims tab
    click(panel, "newClaim");
    REQUIRE(opened.count() == 1);
    const QByteArray claimId = opened.at(0).at(0).toByteArray();
    REQUIRE_FALSE(claimId.isEmpty());
    CHECK(f.claim(claimId).amount.minor == 120000);
    CHECK(child<QTreeWidget>(panel, "claims")->topLevelItemCount() == 1);

    MdfClaimPanel* claims = f.claims();
    claims->showClaim(claimId);
    auto* list = child<AttachmentList>(claims, "attachmentList");
    QAbstractItemModelTester tester(list->list()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hotel-receipt.pdf"));
    const QByteArray content = QByteArrayLiteral("%PDF-1.4\nreceipt for the booth\n%%EOF\n");
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    // Dropped on the list, as from a file manager.
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    const QPoint at = list->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list, &drop);
    REQUIRE(list->list()->topLevelItemCount() == 1);

    const QList<MdfAttachment> stored = MdfClaimRepository(f.db()).attachments(claimId).value();
    REQUIRE(stored.size() == 1);
    const MdfAttachment attachment = stored.first();
    CHECK(attachment.fileName == QLatin1String("hotel-receipt.pdf"));
    CHECK(attachment.sizeBytes == content.size());
    CHECK(attachment.sha256 == QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    const Result<QByteArray> readBack = MdfClaimRepository(f.db()).attachmentContent(attachment.id);
    REQUIRE(readBack.ok());
    CHECK(readBack.value() == content);
    CHECK(mdfOutboxCount(f.db(), QStringLiteral("mdf_attachment"), attachment.id) >= 1);

    // Open hands a verified copy to the desktop.
    QUrl handed;
    list->setOpener([&handed](const QUrl& url) {
        handed = url;
        return true;
    });
    list->list()->setCurrentItem(list->list()->topLevelItem(0));
    click(claims, "openAttachment");
    REQUIRE(handed.isLocalFile());
    QFile copy(handed.toLocalFile());
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == content);
    CHECK(handed.fileName() == QLatin1String("hotel-receipt.pdf"));

    // The receipt is linked to the expense line.
    auto* receipts = qobject_cast<QToolButton*>(
        child<ClaimEditor>(claims, "claimEditor")->lines()->cellWidget(0, ClaimEditor::ReceiptsColumn));
    REQUIRE(receipts);
    REQUIRE(receipts->menu()->actions().size() == 1);
    receipts->menu()->actions().first()->trigger();
    click(claims, "save");
    const bool linked = f.claim(claimId).lines.at(0).attachmentIds == QList<QByteArray> { attachment.id };
    CHECK(linked);

    // "Export claim…" writes the package (claim, lines, the verified attachment) into a new folder.
    QTemporaryDir exportDir;
    onNextDialog(claims, [&](QDialog* dialog) {
        auto* chooser = qobject_cast<QFileDialog*>(dialog);
        REQUIRE(chooser);
        chooser->selectFile(exportDir.path());
        dialog->accept(); // QFileDialog::accept() checks the folder exists
    });
    click(claims, "exportClaim");
    auto* message = child<QLabel>(claims, "message");
    REQUIRE(waitUntil([&] { return message->text().contains(QStringLiteral("exported to")); }, 20000));
    const QString number = f.claim(claimId).number;
    const QDir package(QDir(exportDir.path()).filePath(MdfClaimPackage::safeFileName(number)));
    CHECK(package.exists(QStringLiteral("claims.csv")));
    CHECK(package.exists(QStringLiteral("manifest.json")));
    QFile exported(package.filePath(QStringLiteral("%1/hotel-receipt.pdf").arg(MdfClaimPackage::safeFileName(number))));
    REQUIRE(exported.open(QIODevice::ReadOnly));
    CHECK(exported.readAll() == content);

    // Remove, then Undo brings it back.
    list->list()->setCurrentItem(list->list()->topLevelItem(0));
    click(claims, "removeAttachment");
    CHECK(list->list()->topLevelItemCount() == 0);
    CHECK(MdfClaimRepository(f.db()).attachments(claimId).value().isEmpty());
    f.undo.undo();
    CHECK(MdfClaimRepository(f.db()).attachments(claimId).value().size() == 1);
    CHECK(list->list()->topLevelItemCount() == 1);
}

TEST_CASE("MDF form: a short claim editor scrolls its form and keeps Save in view", "[ui][mdf-forms]")
{
    Fixture f;
    const MdfRequest request = mdfApprovedRequest(f.db(), f.setup.allocation, { 1000000 });
    ClaimEditor editor(*f.actions);
    editor.startNew(request.id);
    editor.resize(640, 260); // a laptop window with the claims list above the editor
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    for (int i = 0; i < 6; ++i)
        click(&editor, "addLine");
    CHECK(editor.height() == 260); // the form does not force a taller window

    auto* save = child<QPushButton>(&editor, "save");
    CHECK(save->isVisible());
    CHECK(editor.rect().contains(QRect(save->mapTo(&editor, QPoint(0, 0)), save->size())));
    auto* scroll = child<QScrollArea>(&editor, "claimScroll");
    CHECK(scroll->verticalScrollBar()->maximum() > 0); // the rest is reached by scrolling, not squeezed
    CHECK(editor.lines()->height() >= editor.lines()->minimumHeight());

    // Scrolled to its end, the form still takes input; Save stays where it was.
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    const QPoint saveAt = save->mapTo(&editor, QPoint(0, 0));
    QTest::keyClicks(child<QLineEdit>(&editor, "title"), QStringLiteral("Short window"));
    CHECK(save->isEnabled());
    CHECK(save->mapTo(&editor, QPoint(0, 0)) == saveAt);
}

TEST_CASE("MDF form: approving a claim over the request's cap is refused with MDF-09", "[ui][mdf-forms]")
{
    Fixture f;
    const MdfRequest request = mdfApprovedRequest(f.db(), f.setup.allocation, { 1000000 }); // cap 5,000.00
    const MdfClaim first = mdfCreateClaim(f.db(), request.id, { 500000 }, QStringLiteral("Booth"));
    const MdfClaim second = mdfCreateClaim(f.db(), request.id, { 500000 }, QStringLiteral("Catering"));
    mdfSubmitClaim(f.db(), first.id);
    // The second claim arrives submitted from another device (sync applies rows as they are): together the two now
    // expose more than the cap, which is what the approval has to catch.
    {
        QSqlQuery q(f.db().connection());
        q.prepare(QStringLiteral("UPDATE mdf_claim SET status = 'submitted' WHERE id = ?"));
        q.addBindValue(second.id);
        REQUIRE(q.exec());
    }
    REQUIRE(f.request(request.id).claimedMinor == 1000000);

    MdfClaimPanel* panel = f.claims();
    panel->showClaim(first.id);
    bool checked = false;
    onNextDialog(panel, [&](QDialog* dialog) {
        REQUIRE(qobject_cast<MdfReasonDialog*>(dialog));
        auto* amount = child<QLineEdit>(dialog, "amount");
        // Pre-filled with min(claimed, what the request has left under its cap) = nothing left.
        CHECK(amount->text() == QLatin1String("0.00"));
        CHECK(child<QLabel>(dialog, "amountHint")->text().contains(QStringLiteral("$5,000.00")));
        CHECK_FALSE(okButton(dialog)->isEnabled());
        replaceText(amount, QStringLiteral("5000"));
        CHECK(child<QLabel>(dialog, "amountHint")->text().contains(QStringLiteral("above that limit")));
        checked = true;
        pressOk(dialog);
    });
    click(panel, "workflow_approve");
    REQUIRE(checked);
    auto* message = child<QLabel>(panel, "message");
    REQUIRE(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("MDF-09")));
    CHECK(message->text().contains(QStringLiteral("$10,000.00"))); // what would be claimed, of…
    CHECK(message->text().contains(QStringLiteral("$5,000.00")));  // …the cap
    CHECK(f.claim(first.id).status == QLatin1String("submitted"));
}

TEST_CASE("MDF form: payments partial then total make the claim paid and a void makes it partially paid (MDF-11)",
          "[ui][mdf-forms]")
{
    Fixture f;
    const MdfRequest request = mdfApprovedRequest(f.db(), f.setup.allocation, { 1000000 });
    const MdfClaim claim = mdfCreateClaim(f.db(), request.id, { 200000 });
    mdfSubmitClaim(f.db(), claim.id);
    MdfClaimPanel* panel = f.claims();
    panel->showClaim(claim.id);

    // Approve in the panel: pre-filled with the whole claim, which is within the cap.
    onNextDialog(panel, [&](QDialog* dialog) {
        CHECK(child<QLineEdit>(dialog, "amount")->text() == QLatin1String("2000.00"));
        pressOk(dialog);
    });
    click(panel, "workflow_approve");
    REQUIRE(f.claim(claim.id).status == QLatin1String("approved"));

    auto* payments = child<QTreeWidget>(panel, "payments");
    QAbstractItemModelTester tester(payments->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* outstanding = child<QLabel>(panel, "outstanding");
    child<QTabWidget>(panel, "tabs")->setCurrentIndex(1);
    onNextDialog(panel, [&](QDialog* dialog) {
        REQUIRE(qobject_cast<PaymentDialog*>(dialog));
        auto* amount = child<QLineEdit>(dialog, "amount");
        CHECK(amount->text() == QLatin1String("2000.00")); // the outstanding amount
        replaceText(amount, QStringLiteral("500"));
        CHECK(child<QLabel>(dialog, "amountHint")->text().contains(QStringLiteral("$1,500.00")));
        QTest::keyClicks(child<QLineEdit>(dialog, "reference"), QStringLiteral("TRX-1"));
        pressOk(dialog);
    });
    click(panel, "recordPayment");
    CHECK(f.claim(claim.id).status == QLatin1String("partially_paid"));
    CHECK(outstanding->property("minor").toLongLong() == 150000);
    CHECK(payments->topLevelItemCount() == 1);

    onNextDialog(panel, [&](QDialog* dialog) {
        CHECK(child<QLineEdit>(dialog, "amount")->text() == QLatin1String("1500.00"));
        pressOk(dialog);
    });
    click(panel, "recordPayment");
    CHECK(f.claim(claim.id).status == QLatin1String("paid"));
    CHECK(outstanding->property("minor").toLongLong() == 0);
    CHECK_FALSE(child<QPushButton>(panel, "recordPayment")->isEnabled());
    REQUIRE(payments->topLevelItemCount() == 2);
    CHECK(f.request(request.id).paidMinor == 200000);

    // Void the first payment (500.00) with a reason.
    payments->setCurrentItem(payments->topLevelItem(0));
    bool checked = false;
    onNextDialog(panel, [&](QDialog* dialog) {
        CHECK_FALSE(okButton(dialog)->isEnabled());
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "reason"), QStringLiteral("Paid to the wrong account"));
        checked = true;
        pressOk(dialog);
    });
    click(panel, "voidPayment");
    REQUIRE(checked);
    CHECK(f.claim(claim.id).status == QLatin1String("partially_paid"));
    CHECK(f.claim(claim.id).paidMinor == 150000);
    CHECK(outstanding->property("minor").toLongLong() == 50000);
    CHECK(payments->topLevelItemCount() == 1);
    CHECK(f.undo.count() == 0); // payments and voids are recorded decisions
}
