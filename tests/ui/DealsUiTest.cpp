// Drives the real deals screen as a user would (issue 4): keyboard and mouse on the real widgets, offscreen.
#include "common/OptionalDateEdit.h"
#include "common/Roles.h"
#include "deals/DealActionDialog.h"
#include "deals/DealActions.h"
#include "deals/DealEditor.h"
#include "deals/DealFilterBar.h"
#include "deals/DealHistoryPanel.h"
#include "deals/DealRepository.h"
#include "deals/DealScheduler.h"
#include "deals/DealSettings.h"
#include "deals/DealTableModel.h"
#include "deals/DealTaskRepository.h"
#include "deals/DealTasksPanel.h"
#include "deals/DealWorkflow.h"
#include "deals/DealsScreen.h"
#include "deals/SimilarDealsPanel.h"
#include "domain/Contact.h"
#include "domain/Partner.h"
#include "partners/ContactRepository.h"
#include "partners/PartnerRepository.h"
#include "support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QCompleter>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPersistentModelIndex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <cmath>
#include <functional>
#include <memory>

using namespace ChannelDesk;

namespace {

const QString Me = QStringLiteral("cam.tester");
const QString Other = QStringLiteral("other.cam");

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 5000)
{
    for (int waited = 0; waited < timeoutMs && !condition(); waited += 10)
        QTest::qWait(10);
    return condition();
}

// Runs `handle` on the next modal dialog once it is open (exec() blocks the test until it closes). The watch ends
// with `context` (the screen), so a test that fails before its dialog opens leaves nothing behind.
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
        handle(dialog);
    });
    timer->start();
}

// Types any text, including Vietnamese, as key events (QTest::keyClicks only maps ASCII to keys).
void typeText(QWidget* widget, const QString& text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void clickOk(QDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

struct Fixture
{
    Test::TempDatabase temp;
    QUndoStack undo;
    QByteArray partnerId;
    QByteArray otherPartnerId;
    QByteArray contactId;
    std::unique_ptr<DealsScreen> screen;

    Fixture()
    {
        DealSettings settings(temp.db());
        REQUIRE(settings.ensureSampleCatalogue().ok());
        DealProgram program = settings.program().value();
        program.currentUser = Me; // who "me" is: the approver of this partner's deals
        REQUIRE(settings.setProgram(program).ok());

        PartnerRepository partners(temp.db());
        Partner northwind;
        northwind.name = QStringLiteral("Northwind Traders");
        northwind.owner = Me;
        northwind.country = QStringLiteral("VN");
        partnerId = partners.create(northwind).value().id;
        Partner contoso;
        contoso.name = QStringLiteral("Contoso Channel");
        contoso.owner = Other;
        contoso.country = QStringLiteral("DE");
        otherPartnerId = partners.create(contoso).value().id;
        Contact anna;
        anna.partnerId = partnerId;
        anna.firstName = QStringLiteral("Anna");
        anna.lastName = QStringLiteral("Nguyen");
        anna.email = QStringLiteral("anna@northwind.example");
        contactId = ContactRepository(temp.db()).create(anna).value().id;
    }

    void open()
    {
        screen = std::make_unique<DealsScreen>(temp.db(), undo);
        // The first expiry pass runs once the list has loaded; the tests start after it.
        QSignalSpy firstPass(screen->scheduler(), &DealScheduler::expired);
        screen->addAction(screen->newRegistrationAction());
        screen->resize(1500, 950);
        screen->show();
        screen->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(screen.get())); // shortcuts only reach the active window
        settle();
        REQUIRE((firstPass.count() > 0 || firstPass.wait(10000)));
        settle();
    }

    DealTableModel* model() const { return screen->model(); }
    QTableView* view() const { return screen->view(); }
    DealEditor* editor() const { return screen->editor(); }

    void settle()
    {
        QTest::qWait(1);
        REQUIRE(waitFor([&] { return !model()->isLoading(); }));
        QApplication::processEvents();
    }

    // The row showing deal `number`, once every row is loaded.
    int rowOf(const QString& number)
    {
        settle();
        int found = -1;
        REQUIRE(waitFor([&] {
            found = -1;
            bool loading = false;
            for (int row = 0; row < model()->rowCount(); ++row) {
                const QModelIndex index = model()->index(row, DealTableModel::Number);
                (void)model()->data(index);
                loading |= model()->data(index, Roles::LoadingRole).toBool();
                if (model()->data(index, Roles::RawValueRole).toString() == number)
                    found = row;
            }
            return !loading;
        }));
        return found;
    }

    QString cell(const QString& number, int column)
    {
        const int row = rowOf(number);
        REQUIRE(row >= 0);
        return model()->data(model()->index(row, column)).toString();
    }

    void clickRow(int row)
    {
        view()->scrollTo(model()->index(row, 0));
        REQUIRE(waitFor([&] { return !model()->idAt(row).isEmpty(); }));
        const QRect rect = view()->visualRect(model()->index(row, 0));
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, rect.center());
        REQUIRE(editor()->dealId() == model()->idAt(row));
    }

    void clickDeal(const QString& number)
    {
        const int row = rowOf(number);
        REQUIRE(row >= 0);
        clickRow(row);
    }

    template<typename T>
    T* field(const char* name) const
    {
        auto* widget = editor()->findChild<T*>(QLatin1String(name));
        REQUIRE(widget);
        return widget;
    }

    QPushButton* button(DealAction action) const
    {
        QPushButton* b = screen->workflowButton(action);
        REQUIRE(b);
        REQUIRE(b->isVisible());
        return b;
    }

    QLabel* message() const { return screen->findChild<QLabel*>(QStringLiteral("actionMessage")); }

    Deal stored(const QByteArray& id) { return DealRepository(temp.db()).get(id).value(); }

    QStringList historyActions()
    {
        QStringList actions;
        QTreeWidget* list = screen->historyPanel()->list();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            actions.append(list->topLevelItem(i)->data(DealHistoryPanel::Action, Qt::UserRole).toString());
        return actions;
    }

    // A registration written through the repository (setup, not under test), moved on by `steps`.
    Deal registration(const QByteArray& partner, const QString& customer, const QString& domain, const QString& product,
                      const QList<DealAction>& steps = {}, const QDateTime& at = {})
    {
        DealRepository repo(temp.db());
        Deal deal;
        deal.partnerId = partner;
        deal.customerName = customer;
        deal.customerDomain = domain;
        deal.customerCountry = QStringLiteral("VN");
        deal.amount.currency = QStringLiteral("USD");
        deal.lineItems = { { product, product, 2, 150000 } };
        deal.expectedClose = QDate::currentDate().addDays(60);
        deal.salesStage = QStringLiteral("proposal");
        const QString actor = partner == partnerId ? Me : Other;
        Result<Deal> result = repo.create(deal, actor);
        REQUIRE(result.ok());
        for (DealAction step : steps) {
            TransitionInput input;
            input.actor = actor;
            input.at = at;
            result = repo.transition(result->id, step, input);
            INFO((result.ok() ? std::string() : result.error().message.toStdString()));
            REQUIRE(result.ok());
        }
        return result.value();
    }
};

} // namespace

TEST_CASE("DR: create a registration with a line item / submit / review / approval / approve / convert", "[ui][deals]")
{
    Fixture f;
    f.open();
    CHECK(f.model()->rowCount() == 0);
    CHECK(f.screen->findChild<QLabel*>(QStringLiteral("emptyState"))->isVisible());

    // File → New Registration (Ctrl+Shift+N).
    QTest::keyClick(f.screen.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(f.editor()->isNew());
    auto* partner = f.field<QLineEdit>("partner");
    CHECK(partner->hasFocus());
    QTest::keyClicks(partner, QStringLiteral("northw"));
    QWidget* suggestions = partner->completer()->popup();
    REQUIRE(waitFor([&] { return suggestions->isVisible(); }));
    QTest::keyClick(suggestions, Qt::Key_Down); // the first suggestion
    QTest::keyClick(suggestions, Qt::Key_Return);
    CHECK(partner->text() == QStringLiteral("Northwind Traders"));
    CHECK(f.field<QComboBox>("cam")->currentText() == Me); // the CAM defaults to the partner's owner
    auto* contact = f.field<QComboBox>("partnerContact");
    REQUIRE(contact->count() == 2); // nobody in particular + Anna
    contact->setFocus();
    QTest::keyClick(contact, Qt::Key_Down);
    CHECK(contact->currentText().startsWith(QStringLiteral("Anna Nguyen")));

    QTest::keyClicks(f.field<QLineEdit>("customerName"), QStringLiteral("Acme Corporation"));
    QTest::keyClicks(f.field<QLineEdit>("customerDomain"), QStringLiteral("acme.example"));
    typeText(f.field<QLineEdit>("customerCity"), QStringLiteral("Hà Nội"));
    QTest::keyClicks(f.field<QLineEdit>("customerContactName"), QStringLiteral("Wile E. Coyote"));
    QTest::keyClicks(f.field<QLineEdit>("customerContactEmail"), QStringLiteral("wile@acme.example"));
    f.field<OptionalDateEdit>("expectedClose")->setOptionalDate(QDate::currentDate().addDays(45));

    // One line: the product's list price is prefilled, the amount is the sum and read-only.
    QTest::mouseClick(f.field<QPushButton>("addLine"), Qt::LeftButton);
    auto* lines = f.field<QTableWidget>("lineItems");
    REQUIRE(lines->rowCount() == 1);
    auto* product = qobject_cast<QComboBox*>(lines->cellWidget(0, 0));
    REQUIRE(product);
    const int core = product->findData(QStringLiteral("SW-CORE-USR"));
    REQUIRE(core > 0);
    product->setFocus();
    for (int i = 0; i < core; ++i)
        QTest::keyClick(product, Qt::Key_Down);
    REQUIRE(product->currentData().toString() == QStringLiteral("SW-CORE-USR"));
    auto* price = qobject_cast<QLineEdit*>(lines->cellWidget(0, 2));
    CHECK(price->text() == QStringLiteral("360.00"));
    auto* quantity = qobject_cast<QSpinBox*>(lines->cellWidget(0, 1));
    quantity->setFocus();
    quantity->selectAll();
    QTest::keyClicks(quantity, QStringLiteral("25"));
    auto* amount = f.field<QLineEdit>("amount");
    CHECK(amount->text() == QStringLiteral("9,000.00"));
    CHECK(amount->isReadOnly());

    QTest::keyClick(amount, Qt::Key_S, Qt::ControlModifier); // Save
    REQUIRE(waitFor([&] { return !f.editor()->isDirty() && !f.editor()->isNew(); }));
    const QByteArray id = f.editor()->dealId();
    REQUIRE_FALSE(id.isEmpty());
    Deal saved = f.stored(id);
    const QString number = saved.number;
    CHECK(saved.status == QStringLiteral("draft"));
    CHECK(saved.cam == Me);
    CHECK(saved.partnerContactId == f.contactId);
    CHECK(saved.amount == Money { 900000, QStringLiteral("USD") });
    REQUIRE(saved.lineItems.size() == 1);
    CHECK(saved.lineItems.first().quantity == 25);
    CHECK(saved.lineItems.first().unitPriceMinor == 36000);
    CHECK(f.rowOf(number) == 0);
    CHECK(f.cell(number, DealTableModel::Status) == QStringLiteral("Draft"));
    CHECK(f.cell(number, DealTableModel::Partner) == QStringLiteral("Northwind Traders"));
    CHECK(f.cell(number, DealTableModel::Amount) == QStringLiteral("$9,000.00"));
    CHECK(f.historyActions() == QStringList { QStringLiteral("create") });
    REQUIRE(waitFor([&] { return f.view()->currentIndex().row() == 0; })); // the new deal is selected
    CHECK_FALSE(f.screen->similarPanel()->isVisible());

    // Submit → Assign to me → Send for approval.
    QTest::mouseClick(f.button(DealAction::Submit), Qt::LeftButton);
    CHECK(f.stored(id).status == QStringLiteral("submitted"));
    CHECK(f.cell(number, DealTableModel::Status) == QStringLiteral("Submitted"));
    CHECK_FALSE(f.cell(number, DealTableModel::Submitted).isEmpty());
    CHECK(f.historyActions() == QStringList { QStringLiteral("create"), QStringLiteral("submit") });
    CHECK(f.screen->similarPanel()->isVisible()); // DR-04: shown while it is being decided
    CHECK(f.screen->similarPanel()->list()->topLevelItemCount() == 0);

    QTest::mouseClick(f.button(DealAction::StartReview), Qt::LeftButton);
    CHECK(f.stored(id).status == QStringLiteral("under_review"));
    CHECK(f.cell(number, DealTableModel::Status) == QStringLiteral("Under review"));
    QTest::mouseClick(f.button(DealAction::SendForApproval), Qt::LeftButton);
    CHECK(f.stored(id).status == QStringLiteral("pending_approval"));
    CHECK(f.cell(number, DealTableModel::Status) == QStringLiteral("Pending approval"));
    CHECK(f.historyActions().last() == QStringLiteral("send_for_approval"));
    CHECK(f.editor()->isReadOnly());
    CHECK(f.view()->currentIndex().row() == f.rowOf(number)); // the selection stayed on the deal

    // Approve: the expiry is prefilled with today + the protection period (DR-06) and editable.
    const QDate prefilled = QDate::currentDate().addDays(90);
    const QDate chosen = QDate::currentDate().addDays(120);
    bool dialogSeen = false;
    whenDialogOpens(f.screen.get(), [&](QDialog* dialog) {
        dialogSeen = true;
        auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("date"));
        REQUIRE(date);
        CHECK(date->isVisible());
        CHECK(date->date() == prefilled);
        date->setDate(chosen);
        clickOk(dialog);
    });
    QTest::mouseClick(f.button(DealAction::Approve), Qt::LeftButton);
    CHECK(dialogSeen);
    saved = f.stored(id);
    CHECK(saved.status == QStringLiteral("approved"));
    CHECK(saved.expiresOn == chosen);
    CHECK(f.cell(number, DealTableModel::Status) == QStringLiteral("Approved"));
    CHECK(f.cell(number, DealTableModel::Expires) == QLocale().toString(chosen, QLocale::ShortFormat));
    CHECK(f.historyActions().last() == QStringLiteral("approve"));
    CHECK_FALSE(f.editor()->isReadOnly()); // an approved registration is editable again
    CHECK_FALSE(f.screen->similarPanel()->isVisible());

    // Convert (DR-10): the new opportunity is shown and selected.
    QTest::mouseClick(f.button(DealAction::Convert), Qt::LeftButton);
    const Deal registration = f.stored(id);
    CHECK(registration.status == QStringLiteral("closed"));
    CHECK(registration.closureCode == QStringLiteral("converted"));
    const QByteArray opportunityId = f.editor()->dealId();
    REQUIRE(opportunityId != id);
    const Deal opportunity = f.stored(opportunityId);
    CHECK(opportunity.kind == QStringLiteral("opportunity"));
    CHECK(opportunity.status == QStringLiteral("open"));
    CHECK(opportunity.lineItems == registration.lineItems);
    CHECK(opportunity.registrationId == id);
    f.settle();
    CHECK(f.model()->rowCount() == 2);
    CHECK(f.cell(number, DealTableModel::Status) == QStringLiteral("Closed (Converted)"));
    CHECK(f.cell(opportunity.number, DealTableModel::Kind) == QStringLiteral("Opportunity"));
    REQUIRE(waitFor([&] { return f.view()->currentIndex().row() == f.rowOf(opportunity.number); }));
    CHECK(f.screen->workflowButton(DealAction::MarkWon) != nullptr);
    CHECK(f.message()->isVisible());
    CHECK(f.message()->text().contains(opportunity.number));

    f.clickDeal(number);
    CHECK(f.historyActions()
          == QStringList({ QStringLiteral("create"), QStringLiteral("submit"), QStringLiteral("start_review"),
                           QStringLiteral("send_for_approval"), QStringLiteral("approve"), QStringLiteral("convert") }));
    QTreeWidget* history = f.screen->historyPanel()->list();
    CHECK(history->topLevelItem(1)->text(DealHistoryPanel::Who) == Me);
    CHECK(history->topLevelItem(1)->text(DealHistoryPanel::Change) == QStringLiteral("Draft → Submitted"));
    CHECK(f.editor()->isReadOnly()); // closed
}

TEST_CASE("DR: a refused action shows why and changes nothing", "[ui][deals]")
{
    Fixture f;
    const Deal draft = f.registration(f.partnerId, QStringLiteral("Globex"), QString(), QStringLiteral("SUP-STD"));
    {
        // A draft with nothing to register: take the line away so submitting is refused (DR-02).
        Deal empty = draft;
        empty.lineItems.clear();
        empty.amount.minor = 0;
        REQUIRE(DealRepository(f.temp.db()).update(empty, Me).ok());
    }
    f.open();
    f.clickDeal(draft.number);
    QTest::mouseClick(f.button(DealAction::Submit), Qt::LeftButton);
    CHECK(f.message()->isVisible());
    CHECK_FALSE(f.message()->text().isEmpty());
    CHECK(f.message()->property("isError").toBool());
    CHECK(f.stored(draft.id).status == QStringLiteral("draft"));
    CHECK(f.cell(draft.number, DealTableModel::Status) == QStringLiteral("Draft"));

    // A rejection needs a reason: OK stays disabled until there is one.
    const Deal review = f.registration(f.partnerId, QStringLiteral("Initech"), QString(), QStringLiteral("SVC-IMPL"),
                                       { DealAction::Submit, DealAction::StartReview });
    f.screen->reloadAll();
    f.clickDeal(review.number);
    whenDialogOpens(f.screen.get(), [&](QDialog* dialog) {
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        CHECK_FALSE(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        auto* reason = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reason"));
        REQUIRE(reason);
        QTest::keyClicks(reason, QStringLiteral("Customer already buys direct"));
        clickOk(dialog);
    });
    QTest::mouseClick(f.button(DealAction::Reject), Qt::LeftButton);
    const Deal rejected = f.stored(review.id);
    CHECK(rejected.status == QStringLiteral("closed"));
    CHECK(rejected.closureCode == QStringLiteral("rejected"));
    CHECK(f.cell(review.number, DealTableModel::Status) == QStringLiteral("Closed (Rejected)"));
    QTreeWidget* history = f.screen->historyPanel()->list();
    CHECK(history->topLevelItem(history->topLevelItemCount() - 1)->text(DealHistoryPanel::Reason)
          == QStringLiteral("Customer already buys direct"));
}

TEST_CASE("DR-02: a pending registration is recalled to draft and edited - or withdrawn with a reason for good", "[ui][deals]")
{
    Fixture f;
    const Deal submitted = f.registration(f.partnerId, QStringLiteral("Hooli"), QString(), QStringLiteral("SVC-IMPL"),
                                          { DealAction::Submit });
    f.open();
    f.clickDeal(submitted.number);
    // Recall asks nothing: the registration is a draft again, editable, with Submit offered.
    CHECK(f.button(DealAction::Withdraw)->isEnabled());
    QTest::mouseClick(f.button(DealAction::Recall), Qt::LeftButton);
    CHECK(f.stored(submitted.id).status == QStringLiteral("draft"));
    CHECK(f.cell(submitted.number, DealTableModel::Status) == QStringLiteral("Draft"));
    QTest::mouseClick(f.button(DealAction::Submit), Qt::LeftButton);
    CHECK(f.stored(submitted.id).status == QStringLiteral("submitted"));

    // Withdraw needs a reason, then the registration is closed (Withdrawn) and offers no way back.
    whenDialogOpens(f.screen.get(), [&](QDialog* dialog) {
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        CHECK_FALSE(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        auto* reason = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reason"));
        REQUIRE(reason);
        QTest::keyClicks(reason, QStringLiteral("The customer postponed the project"));
        clickOk(dialog);
    });
    QTest::mouseClick(f.button(DealAction::Withdraw), Qt::LeftButton);
    const Deal withdrawn = f.stored(submitted.id);
    CHECK(withdrawn.status == QStringLiteral("closed"));
    CHECK(withdrawn.closureCode == QStringLiteral("withdrawn"));
    CHECK(f.cell(submitted.number, DealTableModel::Status) == QStringLiteral("Closed (Withdrawn)"));
    for (DealAction gone : { DealAction::Submit, DealAction::Recall, DealAction::Withdraw }) {
        const QPushButton* b = f.screen->workflowButton(gone);
        CHECK_FALSE((b && b->isVisible()));
    }
    QTreeWidget* history = f.screen->historyPanel()->list();
    CHECK(history->topLevelItem(history->topLevelItemCount() - 1)->text(DealHistoryPanel::Reason)
          == QStringLiteral("The customer postponed the project"));
}

TEST_CASE("DR-04 DR-05: similar registrations are shown before approval and a protected one blocks it", "[ui][deals]")
{
    Fixture f;
    // Another partner's registration for the same customer and product, approved first: it is protected.
    const Deal first = f.registration(f.otherPartnerId, QStringLiteral("Acme Corporation"), QStringLiteral("acme.example"),
                                      QStringLiteral("HW-APP-S"),
                                      { DealAction::Submit, DealAction::StartReview, DealAction::SendForApproval,
                                        DealAction::Approve });
    // A different legal entity of the same name, sharing the product: listed, never merged.
    const Deal gmbh = f.registration(f.otherPartnerId, QStringLiteral("Acme GmbH"), QString(), QStringLiteral("HW-APP-S"),
                                     { DealAction::Submit });
    const Deal mine = f.registration(f.partnerId, QStringLiteral("ACME Corp."), QStringLiteral("www.acme.example"),
                                     QStringLiteral("HW-APP-S"),
                                     { DealAction::Submit, DealAction::StartReview, DealAction::SendForApproval });
    f.open();
    f.clickDeal(mine.number);

    SimilarDealsPanel* panel = f.screen->similarPanel();
    REQUIRE(panel->isVisible());
    QTreeWidget* list = panel->list();
    REQUIRE(list->topLevelItemCount() == 2);
    QTreeWidgetItem* blocking = nullptr;
    QTreeWidgetItem* other = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = list->topLevelItem(i);
        if (item->text(SimilarDealsPanel::Number) == first.number)
            blocking = item;
        if (item->text(SimilarDealsPanel::Number) == gmbh.number)
            other = item;
    }
    REQUIRE(blocking);
    REQUIRE(other);
    CHECK(blocking->text(SimilarDealsPanel::Partner) == QStringLiteral("Contoso Channel"));
    CHECK(blocking->text(SimilarDealsPanel::Status) == QStringLiteral("Approved"));
    CHECK(blocking->text(SimilarDealsPanel::CommonProducts) == QStringLiteral("HW-APP-S"));
    CHECK(blocking->text(SimilarDealsPanel::Note).startsWith(QStringLiteral("Blocks approval")));
    CHECK(blocking->foreground(0).color() == QColor(0xb0, 0x3a, 0x2e));
    CHECK(other->text(SimilarDealsPanel::Note).contains(QStringLiteral("Different legal entity — not merged")));
    CHECK(panel->blockingCount() == 1);
    // The panel sits above the workflow buttons, so it is read before deciding.
    CHECK(panel->mapTo(f.screen.get(), QPoint(0, 0)).y()
          < f.button(DealAction::Approve)->mapTo(f.screen.get(), QPoint(0, 0)).y());

    whenDialogOpens(f.screen.get(), [](QDialog* dialog) { clickOk(dialog); });
    QTest::mouseClick(f.button(DealAction::Approve), Qt::LeftButton);
    CHECK(f.message()->isVisible());
    CHECK(f.message()->property("isError").toBool());
    CHECK(f.message()->text().contains(first.number));
    CHECK(f.stored(mine.id).status == QStringLiteral("pending_approval"));
    CHECK(f.cell(mine.number, DealTableModel::Status) == QStringLiteral("Pending approval"));

    // Activating a similar registration (Return, or a double click) opens it.
    list->setFocus();
    list->setCurrentItem(blocking);
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(f.editor()->dealId() == first.id);
}

TEST_CASE("DR: a registration pending approval is read-only and says why", "[ui][deals]")
{
    Fixture f;
    const Deal pending = f.registration(f.partnerId, QStringLiteral("Umbrella"), QString(), QStringLiteral("SW-SEC"),
                                        { DealAction::Submit, DealAction::StartReview, DealAction::SendForApproval });
    const Deal draft = f.registration(f.partnerId, QStringLiteral("Soylent"), QString(), QStringLiteral("SW-SEC"));
    f.open();
    f.clickDeal(pending.number);
    CHECK(f.editor()->isReadOnly());
    auto* banner = f.editor()->findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text() == DealWorkflow::checkEditable(pending).error().message);
    CHECK(f.field<QLineEdit>("customerName")->isReadOnly());
    CHECK_FALSE(f.field<QComboBox>("salesStage")->isEnabled());
    CHECK_FALSE(f.field<QPushButton>("addLine")->isEnabled());
    CHECK_FALSE(f.field<QPushButton>("save")->isVisible());
    QTest::keyClicks(f.field<QLineEdit>("customerName"), QStringLiteral("typed anyway"));
    CHECK(f.field<QLineEdit>("customerName")->text() == QStringLiteral("Umbrella"));
    CHECK_FALSE(f.editor()->isDirty());

    f.clickDeal(draft.number);
    CHECK_FALSE(f.editor()->isReadOnly());
    CHECK_FALSE(banner->isVisible());
    CHECK_FALSE(f.field<QLineEdit>("customerName")->isReadOnly());
}

TEST_CASE("DR: an edit is saved as one undo step / undo and redo", "[ui][deals]")
{
    Fixture f;
    const Deal draft = f.registration(f.partnerId, QStringLiteral("Hooli"), QString(), QStringLiteral("SVC-TRAIN"));
    f.open();
    f.clickDeal(draft.number);
    auto* customer = f.field<QLineEdit>("customerName");
    customer->setFocus();
    customer->selectAll();
    QTest::keyClicks(customer, QStringLiteral("Hooli XYZ"));
    auto* stage = f.field<QComboBox>("salesStage");
    stage->setFocus();
    QTest::keyClick(stage, Qt::Key_Down); // proposal → negotiation
    CHECK(f.field<QSpinBox>("probability")->value() == stageProbability(QStringLiteral("negotiation")));
    QTest::keyClick(stage, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(waitFor([&] { return !f.editor()->isDirty(); }));
    CHECK(f.stored(draft.id).customerName == QStringLiteral("Hooli XYZ"));
    CHECK(f.stored(draft.id).salesStage == QStringLiteral("negotiation"));
    CHECK(f.cell(draft.number, DealTableModel::Customer) == QStringLiteral("Hooli XYZ"));
    REQUIRE(f.undo.count() == 1);
    CHECK(f.undo.undoText().contains(draft.number));

    f.undo.undo();
    CHECK(f.stored(draft.id).customerName == QStringLiteral("Hooli"));
    CHECK(f.stored(draft.id).salesStage == QStringLiteral("proposal"));
    CHECK(customer->text() == QStringLiteral("Hooli")); // the panel follows
    CHECK(f.cell(draft.number, DealTableModel::Customer) == QStringLiteral("Hooli"));
    f.undo.redo();
    CHECK(f.stored(draft.id).customerName == QStringLiteral("Hooli XYZ"));
    CHECK(customer->text() == QStringLiteral("Hooli XYZ"));

    // A validation error is shown under its field, which gets the focus.
    customer->setFocus();
    customer->selectAll();
    QTest::keyClick(customer, Qt::Key_Delete);
    QTest::mouseClick(f.field<QPushButton>("save"), Qt::LeftButton);
    auto* fieldError = f.editor()->findChild<QLabel*>(QStringLiteral("fieldError"));
    REQUIRE(fieldError);
    CHECK(fieldError->isVisible());
    CHECK_FALSE(fieldError->text().isEmpty());
    CHECK(customer->hasFocus());
    CHECK(std::abs(fieldError->mapTo(f.editor(), QPoint(0, 0)).y() - customer->mapTo(f.editor(), QPoint(0, 0)).y())
          < 3 * customer->height());
    CHECK(f.stored(draft.id).customerName == QStringLiteral("Hooli XYZ"));

    // Deleting a draft is undoable too (restore()).
    QTest::mouseClick(f.field<QPushButton>("revert"), Qt::LeftButton);
    QPushButton* remove = f.screen->findChild<QPushButton*>(QStringLiteral("deleteDraft"));
    REQUIRE(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(f.stored(draft.id).isDeleted());
    CHECK(f.rowOf(draft.number) == -1);
    f.undo.undo();
    CHECK_FALSE(f.stored(draft.id).isDeleted());
    CHECK(f.rowOf(draft.number) >= 0);
}

TEST_CASE("DR-13: the Waiting for me view shows my pending approvals with their SLA age", "[ui][deals]")
{
    Fixture f;
    const QDateTime longAgo = QDateTime::currentDateTimeUtc().addSecs(-60 * 3600);
    const Deal late = f.registration(f.partnerId, QStringLiteral("Vandelay Industries"), QString(),
                                     QStringLiteral("SW-ANALYT"),
                                     { DealAction::Submit, DealAction::StartReview, DealAction::SendForApproval }, longAgo);
    const Deal fresh = f.registration(f.partnerId, QStringLiteral("Kramerica"), QString(), QStringLiteral("SW-ANALYT"),
                                      { DealAction::Submit, DealAction::StartReview, DealAction::SendForApproval });
    const Deal notMine = f.registration(f.otherPartnerId, QStringLiteral("Pendant Publishing"), QString(),
                                        QStringLiteral("SW-ANALYT"),
                                        { DealAction::Submit, DealAction::StartReview, DealAction::SendForApproval });
    const Deal draft = f.registration(f.partnerId, QStringLiteral("Monks Diner"), QString(), QStringLiteral("SW-ANALYT"));
    f.open();
    CHECK(f.model()->rowCount() == 4);

    auto* views = f.screen->filterBar()->findChild<QComboBox*>(QStringLiteral("viewFilter"));
    REQUIRE(views);
    views->setFocus();
    const int index = views->findText(QStringLiteral("Waiting for me"));
    REQUIRE(index > 0);
    while (views->currentIndex() < index)
        QTest::keyClick(views, Qt::Key_Down);
    f.settle();
    CHECK(f.model()->query().filter.waitingFor == Me);
    CHECK(f.model()->rowCount() == 2);
    CHECK(f.rowOf(late.number) >= 0);
    CHECK(f.rowOf(fresh.number) >= 0);
    CHECK(f.rowOf(notMine.number) == -1);
    CHECK(f.rowOf(draft.number) == -1);

    const QModelIndex lateAge = f.model()->index(f.rowOf(late.number), DealTableModel::Submitted);
    CHECK(f.model()->data(lateAge).toString().startsWith(QStringLiteral("waiting 2 day")));
    CHECK(f.model()->data(lateAge, Qt::ForegroundRole).value<QBrush>().color() == QColor(0xb0, 0x3a, 0x2e)); // past 48 h
    const QModelIndex freshAge = f.model()->index(f.rowOf(fresh.number), DealTableModel::Submitted);
    CHECK(f.model()->data(freshAge).toString().startsWith(QStringLiteral("waiting 0 hour")));
    CHECK_FALSE(f.model()->data(freshAge, Qt::ForegroundRole).isValid());

    QTest::mouseClick(f.screen->filterBar()->findChild<QWidget*>(QStringLiteral("clearFilters")), Qt::LeftButton);
    f.settle();
    CHECK(f.model()->rowCount() == 4);
}

TEST_CASE("showFilter drills down from the dashboard with a removable chip", "[ui][deals]")
{
    Fixture f;
    const Deal proposal = f.registration(f.partnerId, QStringLiteral("Wayne Enterprises"), QString(),
                                         QStringLiteral("SW-CORE-SRV"), { DealAction::Submit });
    Deal other = f.registration(f.otherPartnerId, QStringLiteral("Stark Industries"), QString(), QStringLiteral("SW-CORE-SRV"),
                                { DealAction::Submit });
    other.salesStage = QStringLiteral("commit");
    REQUIRE(DealRepository(f.temp.db()).update(other, Other).ok());
    f.open();
    CHECK(f.model()->rowCount() == 2);
    QTest::keyClicks(f.screen->filterBar()->searchBox(), QStringLiteral("stark"));
    f.settle();
    CHECK(f.model()->rowCount() == 1);

    QSignalSpy status(f.screen.get(), &DealsScreen::statusChanged);
    DealFilter filter;
    filter.openOnly = true;
    filter.salesStage = QStringLiteral("proposal");
    f.screen->showFilter(filter, QStringLiteral("Proposal"));
    f.settle();
    auto* chip = f.screen->findChild<QWidget*>(QStringLiteral("drillDownChip"));
    REQUIRE(chip);
    CHECK(chip->isVisible());
    CHECK(f.screen->findChild<QLabel*>(QStringLiteral("drillDownText"))->text() == QStringLiteral("Filtered by: Proposal"));
    CHECK(f.screen->filterBar()->searchBox()->text().isEmpty()); // the dashboard's count, not narrowed further
    CHECK(f.model()->rowCount() == 1);
    CHECK(f.rowOf(proposal.number) == 0);
    REQUIRE_FALSE(status.isEmpty());
    CHECK(status.last().first().toString().contains(QStringLiteral("match")));

    QTest::mouseClick(f.screen->findChild<QWidget*>(QStringLiteral("removeDrillDown")), Qt::LeftButton);
    f.settle();
    CHECK_FALSE(chip->isVisible());
    CHECK(f.model()->rowCount() == 2);
}

TEST_CASE("DR-06 DR-08: the scheduler expires due registrations and counts those expiring soon", "[ui][deals]")
{
    Fixture f;
    DealRepository repo(f.temp.db());
    const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-100);
    Deal due = f.registration(f.partnerId, QStringLiteral("Cyberdyne"), QString(), QStringLiteral("HW-STOR-20"),
                              { DealAction::Submit, DealAction::StartReview, DealAction::SendForApproval }, past);
    {
        TransitionInput input;
        input.actor = Me;
        input.at = past;
        input.expiresOn = QDate::currentDate().addDays(-3);
        REQUIRE(repo.transition(due.id, DealAction::Approve, input).ok());
    }
    Deal soon = f.registration(f.partnerId, QStringLiteral("Tyrell"), QString(), QStringLiteral("SVC-MIGR"),
                               { DealAction::Submit, DealAction::StartReview, DealAction::SendForApproval });
    {
        TransitionInput input;
        input.actor = Me;
        input.expiresOn = QDate::currentDate().addDays(10);
        REQUIRE(repo.transition(soon.id, DealAction::Approve, input).ok());
    }
    f.open(); // the first pass runs at start
    CHECK(repo.get(due.id)->status == QStringLiteral("closed"));
    CHECK(repo.get(due.id)->closureCode == QStringLiteral("expired"));
    CHECK(f.cell(due.number, DealTableModel::Status) == QStringLiteral("Closed (Expired)"));
    CHECK(f.cell(soon.number, DealTableModel::Status) == QStringLiteral("Approved"));
    auto* notice = f.screen->findChild<QLabel*>(QStringLiteral("expiringNotice"));
    REQUIRE(notice);
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(QStringLiteral("14")));

    // The next pass finds nothing more; the notice link opens the DR-08 view.
    QSignalSpy expired(f.screen->scheduler(), &DealScheduler::expired);
    f.screen->scheduler()->runNow();
    REQUIRE(expired.wait(5000));
    CHECK(expired.first().first().toInt() == 0);
    Q_EMIT notice->linkActivated(QStringLiteral("#expiring"));
    f.settle();
    CHECK(f.screen->filterBar()->view() == DealFilterBar::View::Expiring);
    CHECK(f.model()->rowCount() == 1);
    CHECK(f.rowOf(soon.number) == 0);
}

TEST_CASE("DR-12: an administrator archives a deal with a reason - the Archived view keeps it - its CAM is told",
          "[ui][deals][archive]")
{
    Fixture f;
    const Deal submitted = f.registration(f.partnerId, QStringLiteral("Soylent"), QString(), QStringLiteral("SVC-IMPL"),
                                          { DealAction::Submit });
    f.open();
    // This desk has no sync account: it is its own administrator.
    f.clickDeal(submitted.number);
    auto* archive = f.screen->findChild<QPushButton*>(QStringLiteral("archiveDeal"));
    REQUIRE(archive);
    REQUIRE(archive->isVisible());
    whenDialogOpens(f.screen.get(), [&](QDialog* dialog) {
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        CHECK_FALSE(buttons->button(QDialogButtonBox::Ok)->isEnabled()); // a reason is required
        auto* reason = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reason"));
        REQUIRE(reason);
        typeText(reason, QStringLiteral("Trùng với cơ hội trong CRM"));
        clickOk(dialog);
    });
    QTest::mouseClick(archive, Qt::LeftButton);
    CHECK(f.stored(submitted.id).isDeleted());
    CHECK(f.stored(submitted.id).status == QStringLiteral("submitted"));
    CHECK(f.rowOf(submitted.number) < 0);     // out of the list
    CHECK(f.editor()->dealId().isEmpty()); // and out of the panel

    // The Archived view lists it read-only, with who and why in its history, and restores it.
    f.screen->filterBar()->setView(DealFilterBar::View::Archived);
    f.settle();
    CHECK(f.model()->rowCount() == 1);
    f.clickDeal(submitted.number);
    f.settle(); // the previous deal's buttons are gone
    CHECK(f.screen->findChild<QLabel*>(QStringLiteral("dealTitle"))->text().contains(QStringLiteral("archived")));
    CHECK(f.editor()->findChild<QLabel*>(QStringLiteral("readOnlyBanner"))->isVisible());
    CHECK(f.historyActions().last() == QStringLiteral("archive"));
    QTreeWidget* history = f.screen->historyPanel()->list();
    CHECK(history->topLevelItem(history->topLevelItemCount() - 1)->text(DealHistoryPanel::Reason)
          == QStringLiteral("Trùng với cơ hội trong CRM"));
    for (DealAction gone : DealWorkflow::allActions()) {
        const QPushButton* b = f.screen->workflowButton(gone);
        CHECK_FALSE((b && b->isVisible()));
    }
    auto* restore = f.screen->findChild<QPushButton*>(QStringLiteral("unarchiveDeal"));
    REQUIRE(restore);
    REQUIRE(restore->isVisible());
    QTest::mouseClick(restore, Qt::LeftButton);
    CHECK_FALSE(f.stored(submitted.id).isDeleted());
    f.settle();
    CHECK(f.model()->rowCount() == 0);

    // Another administrator archives one of my deals (as a pull brings it): the next pass tells me, the link opens
    // the archive and the notice stays away until a later archive.
    TransitionInput byAdmin;
    byAdmin.actor = QStringLiteral("boss");
    byAdmin.reason = QStringLiteral("Partner left the program");
    REQUIRE(DealRepository(f.temp.db()).archive(submitted.id, byAdmin).ok());
    f.screen->filterBar()->setView(DealFilterBar::View::AllDeals);
    QSignalSpy told(f.screen->scheduler(), &DealScheduler::archivedForMe);
    f.screen->reloadAll();
    REQUIRE(told.wait(5000));
    CHECK(told.last().first().toInt() == 1);
    auto* notice = f.screen->findChild<QLabel*>(QStringLiteral("archivedNotice"));
    REQUIRE(notice);
    CHECK(notice->isVisible());
    Q_EMIT notice->linkActivated(QStringLiteral("#archived"));
    f.settle();
    CHECK_FALSE(notice->isVisible());
    CHECK(f.screen->filterBar()->view() == DealFilterBar::View::Archived);
    CHECK(f.rowOf(submitted.number) == 0);
    f.screen->scheduler()->runNow();
    REQUIRE(told.wait(5000));
    CHECK(told.last().first().toInt() == 0);
    CHECK_FALSE(notice->isVisible());
}

TEST_CASE("DR-11: tasks are added to a submitted registration - ticked done - and canceled when it closes",
          "[ui][deals][tasks]")
{
    Fixture f;
    const Deal draft = f.registration(f.partnerId, QStringLiteral("Wayne Enterprises"), QString(), QStringLiteral("SVC-IMPL"));
    const Deal submitted = f.registration(f.partnerId, QStringLiteral("Stark Industries"), QString(), QStringLiteral("SVC-IMPL"),
                                          { DealAction::Submit });
    f.open();
    auto* tabs = f.screen->findChild<QTabWidget*>(QStringLiteral("dealTabs"));
    REQUIRE(tabs);
    DealTasksPanel* panel = f.screen->tasksPanel();
    auto* add = panel->findChild<QPushButton*>(QStringLiteral("addTask"));
    auto* hint = panel->findChild<QLabel*>(QStringLiteral("tasksHint"));
    REQUIRE(add);
    REQUIRE(hint);

    // A draft takes no tasks and says why.
    f.clickDeal(draft.number);
    tabs->setCurrentWidget(panel);
    CHECK_FALSE(add->isEnabled());
    CHECK(hint->text().contains(QStringLiteral("submitted")));

    // Submitted: a task is added through the dialog, assigned to me by default.
    f.clickDeal(submitted.number);
    tabs->setCurrentWidget(panel);
    REQUIRE(add->isEnabled());
    whenDialogOpens(f.screen.get(), [&](QDialog* dialog) {
        auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("taskTitle"));
        REQUIRE(title);
        CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("taskAssignee"))->text() == Me);
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        CHECK_FALSE(buttons->button(QDialogButtonBox::Ok)->isEnabled()); // a title is required
        typeText(title, QStringLiteral("Gọi cho người mua"));
        clickOk(dialog);
    });
    QTest::mouseClick(add, Qt::LeftButton);
    QTreeWidget* list = panel->list();
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(DealTasksPanel::TitleColumn) == QStringLiteral("Gọi cho người mua"));
    CHECK(tabs->tabText(tabs->indexOf(panel)).contains(QStringLiteral("1")));
    const QList<DealTask> stored = DealTaskRepository(f.temp.db()).tasksOf(submitted.id).value();
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().assignee == Me);

    // Ticked done; a second task stays open.
    list->topLevelItem(0)->setCheckState(DealTasksPanel::TitleColumn, Qt::Checked);
    REQUIRE(waitFor([&] { return DealTaskRepository(f.temp.db()).get(stored.first().id)->status == QStringLiteral("done"); }));
    whenDialogOpens(f.screen.get(), [&](QDialog* dialog) {
        typeText(dialog->findChild<QLineEdit*>(QStringLiteral("taskTitle")), QStringLiteral("Send the quote"));
        clickOk(dialog);
    });
    QTest::mouseClick(add, Qt::LeftButton);
    REQUIRE(waitFor([&] { return list->topLevelItemCount() == 2; }));

    // Canceling the registration cancels its open task; the done one stays done; nothing more can be added.
    whenDialogOpens(f.screen.get(), [&](QDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("reason")), QStringLiteral("Customer went elsewhere"));
        clickOk(dialog);
    });
    QTest::mouseClick(f.button(DealAction::Cancel), Qt::LeftButton);
    f.settle();
    QStringList statuses;
    const QList<DealTask> after = DealTaskRepository(f.temp.db()).tasksOf(submitted.id).value();
    for (const DealTask& task : after)
        statuses.append(task.status);
    statuses.sort();
    CHECK(statuses == QStringList { QStringLiteral("canceled"), QStringLiteral("done") });
    REQUIRE(waitFor([&] { return !add->isEnabled(); }));
    CHECK(hint->text().contains(QStringLiteral("DR-11")));
    CHECK(tabs->tabText(tabs->indexOf(panel)) == QStringLiteral("&Tasks"));
}

TEST_CASE("DR-03: the approval chain is previewed - each stage approves in turn - an approver returns it for information",
          "[ui][deals][routing]")
{
    Fixture f;
    REQUIRE(DealSettings(f.temp.db())
                .setApprovalRules({ [] {
                    ApprovalRule rule;
                    rule.name = QStringLiteral("Services");
                    rule.products = { QStringLiteral("SVC-IMPL") };
                    rule.approvers = { Me, QStringLiteral("director") };
                    return rule;
                }() })
                .ok());
    const Deal review = f.registration(f.partnerId, QStringLiteral("Initech"), QString(), QStringLiteral("SVC-IMPL"),
                                       { DealAction::Submit, DealAction::StartReview });
    const Deal other = f.registration(f.partnerId, QStringLiteral("Hooli"), QString(), QStringLiteral("SVC-IMPL"),
                                      { DealAction::Submit, DealAction::StartReview, DealAction::SendForApproval });
    f.open();
    auto* chain = f.screen->findChild<QLabel*>(QStringLiteral("approvalChain"));
    REQUIRE(chain);

    // Under review: the chain sending would build, before it is sent.
    f.clickDeal(review.number);
    CHECK(chain->isVisible());
    CHECK(chain->text().contains(QStringLiteral("if sent now")));
    CHECK(chain->text().contains(QStringLiteral("1. ") + Me));
    CHECK(chain->text().contains(QStringLiteral("2. director")));
    CHECK(chain->toolTip().contains(QStringLiteral("Services")));
    QTest::mouseClick(f.button(DealAction::SendForApproval), Qt::LeftButton);
    CHECK(f.stored(review.id).approver.isEmpty()); // the CAM (me) first

    // I approve my stage: it now waits for the director, and says so.
    f.settle();
    whenDialogOpens(f.screen.get(), [](QDialog* dialog) { clickOk(dialog); });
    QTest::mouseClick(f.button(DealAction::Approve), Qt::LeftButton);
    const Deal stepped = f.stored(review.id);
    CHECK(stepped.status == QStringLiteral("pending_approval"));
    CHECK(stepped.approver == QStringLiteral("director"));
    CHECK(f.message()->text().contains(QStringLiteral("waits for director")));
    CHECK(f.historyActions().last() == QStringLiteral("approve_step"));
    f.settle();
    CHECK(chain->text().contains(QStringLiteral("✓ ") + Me));
    CHECK(chain->text().contains(QStringLiteral("<b>2. director</b>")));
    // The decisions are the director's now: mine are disabled and say whose they are.
    CHECK_FALSE(f.button(DealAction::Approve)->isEnabled());
    CHECK(f.button(DealAction::Return)->toolTip().contains(QStringLiteral("director")));
    // No more mine to decide.
    f.screen->filterBar()->setView(DealFilterBar::View::WaitingForMe);
    f.settle();
    CHECK(f.rowOf(review.number) < 0);
    CHECK(f.rowOf(other.number) >= 0);

    // Return for information: a reason, then back under review with no chain.
    f.clickDeal(other.number);
    f.settle();
    whenDialogOpens(f.screen.get(), [&](QDialog* dialog) {
        CHECK_FALSE(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("reason")), QStringLiteral("Which site is it for?"));
        clickOk(dialog);
    });
    QTest::mouseClick(f.button(DealAction::Return), Qt::LeftButton);
    const Deal returned = f.stored(other.id);
    CHECK(returned.status == QStringLiteral("under_review"));
    CHECK(returned.approvalChain.isEmpty());
    CHECK(f.historyActions().last() == QStringLiteral("return"));
}

TEST_CASE("DR-03: registrations waiting for my approval are reminded at the program's interval", "[ui][deals][routing]")
{
    Fixture f;
    DealSettings settings(f.temp.db());
    DealProgram program = settings.program().value();
    program.approvalReminderHours = 4;
    REQUIRE(settings.setProgram(program).ok());
    const Deal pending = f.registration(f.partnerId, QStringLiteral("Umbrella"), QString(), QStringLiteral("SVC-IMPL"),
                                        { DealAction::Submit, DealAction::StartReview, DealAction::SendForApproval },
                                        QDateTime::currentDateTimeUtc().addSecs(-30 * 3600));
    f.open(); // the first pass reminds
    auto* notice = f.screen->findChild<QLabel*>(QStringLiteral("approvalsNotice"));
    REQUIRE(notice);
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(QStringLiteral("1 registration wait")));
    CHECK(notice->text().contains(QStringLiteral("30 hours")));
    CHECK(settings.approvalRemindedAt().isValid());

    // Within the interval the next pass does not remind again; the link opens Waiting for me.
    QSignalSpy reminded(f.screen->scheduler(), &DealScheduler::approvalsWaiting);
    QSignalSpy passed(f.screen->scheduler(), &DealScheduler::expired);
    f.screen->scheduler()->runNow();
    REQUIRE(passed.wait(5000));
    CHECK(reminded.isEmpty());
    Q_EMIT notice->linkActivated(QStringLiteral("#waiting"));
    f.settle();
    CHECK_FALSE(notice->isVisible());
    CHECK(f.screen->filterBar()->view() == DealFilterBar::View::WaitingForMe);
    CHECK(f.rowOf(pending.number) == 0);

    // An interval later it reminds again.
    REQUIRE(settings.setApprovalRemindedAt(QDateTime::currentDateTimeUtc().addSecs(-5 * 3600)).ok());
    f.screen->scheduler()->runNow();
    REQUIRE(reminded.wait(5000));
    CHECK(reminded.last().first().toInt() == 1);
    CHECK(notice->isVisible());
}

TEST_CASE("DR-02: a rejected registration is resubmitted as a new draft that the panel opens", "[ui][deals][resubmit]")
{
    Fixture f;
    Deal rejected = f.registration(f.partnerId, QStringLiteral("Massive Dynamic"), QString(), QStringLiteral("SVC-IMPL"),
                                   { DealAction::Submit, DealAction::StartReview });
    {
        TransitionInput input;
        input.actor = Me;
        input.reason = QStringLiteral("Missing the site list");
        REQUIRE(DealRepository(f.temp.db()).transition(rejected.id, DealAction::Reject, input).ok());
    }
    f.open();
    f.clickDeal(rejected.number);
    auto* resubmit = f.screen->findChild<QPushButton*>(QStringLiteral("resubmitDeal"));
    REQUIRE(resubmit);
    REQUIRE(resubmit->isVisible());
    QTest::mouseClick(resubmit, Qt::LeftButton);
    f.settle();
    const Deal draft = f.editor()->deal();
    CHECK(draft.id != rejected.id);
    CHECK(draft.status == QStringLiteral("draft"));
    CHECK(draft.customerName == QStringLiteral("Massive Dynamic"));
    CHECK(f.message()->text().contains(draft.number));
    CHECK(f.stored(rejected.id).closureCode == QStringLiteral("rejected"));
    CHECK(f.rowOf(draft.number) >= 0);
}

TEST_CASE("the workflow buttons wrap in a narrow panel instead of widening it", "[ui][deals]")
{
    Fixture f;
    const Deal pending = f.registration(f.partnerId, QStringLiteral("Vandelay Industries"), QString(), QStringLiteral("SVC-IMPL"),
                                        { DealAction::Submit, DealAction::StartReview, DealAction::SendForApproval });
    f.open();
    f.clickDeal(pending.number);
    auto* bar = f.screen->findChild<QWidget*>(QStringLiteral("workflowBar"));
    REQUIRE(bar);
    auto* splitter = f.screen->findChild<QSplitter*>();
    REQUIRE(splitter);
    // Give the panel 330 pixels: far less than six buttons side by side.
    splitter->setSizes({ splitter->width() - 330, 330 });
    f.settle();
    QApplication::processEvents();
    const QList<QPushButton*> buttons = bar->findChildren<QPushButton*>();
    REQUIRE(buttons.size() >= 5);
    QSet<int> rows;
    for (const QPushButton* button : buttons) {
        CHECK(button->isVisible());
        CHECK(button->geometry().right() < bar->width()); // nothing cut off on the right
        rows.insert(button->geometry().top());
    }
    CHECK(rows.size() >= 2);
    CHECK(splitter->sizes().last() <= 400); // the panel kept the width the user gave it
}

TEST_CASE("the deals model passes QAbstractItemModelTester through load / sort / filter and edits", "[ui][deals][model]")
{
    Test::TempDatabase temp;
    PartnerRepository partners(temp.db());
    Partner partner;
    partner.name = QStringLiteral("Initrode");
    partner.owner = Me;
    const QByteArray partnerId = partners.create(partner).value().id;
    DealRepository repo(temp.db());
    constexpr int Count = 260; // more than the first page (120) and a few pages of 100
    for (int i = 0; i < Count; ++i) {
        Deal deal;
        deal.partnerId = partnerId;
        deal.customerName = QStringLiteral("Customer %1").arg(i, 3, 10, QLatin1Char('0'));
        deal.amount = Money { qint64(1000 + (i * 7919) % 100000), QStringLiteral("USD") };
        deal.salesStage = i % 2 ? QStringLiteral("proposal") : QStringLiteral("discovery");
        REQUIRE(repo.create(deal, Me).ok());
    }

    DealTableModel model(temp.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy firstPage(&model, &DealTableModel::firstPageReady);
    auto settle = [&] {
        REQUIRE(waitFor([&] { return !model.isLoading(); }, 10000));
    };
    auto loadAll = [&] {
        REQUIRE(waitFor([&] {
            bool loading = false;
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex index = model.index(row, 0);
                (void)model.data(index, Qt::DisplayRole);
                loading |= model.data(index, Roles::LoadingRole).toBool();
            }
            return !loading;
        }, 10000));
    };
    settle();
    CHECK(firstPage.count() == 1);
    CHECK(model.rowCount() == Count);
    CHECK(model.columnCount() == DealTableModel::ColumnCount);
    loadAll();

    SECTION("sort by amount, descending, in SQL")
    {
        model.sort(DealTableModel::Amount, Qt::DescendingOrder);
        settle();
        loadAll();
        for (int row = 1; row < model.rowCount(); ++row) {
            REQUIRE(model.data(model.index(row - 1, DealTableModel::Amount), Roles::RawValueRole).toLongLong()
                    >= model.data(model.index(row, DealTableModel::Amount), Roles::RawValueRole).toLongLong());
        }
        CHECK(model.data(model.index(0, DealTableModel::Amount), Qt::TextAlignmentRole).toInt()
              == int(Qt::AlignRight | Qt::AlignVCenter));
    }
    SECTION("a column without a sort index is ignored")
    {
        const DealListQuery before = model.query();
        model.sort(DealTableModel::Kind, Qt::AscendingOrder);
        CHECK(model.query() == before);
        CHECK_FALSE(model.isLoading());
    }
    SECTION("filters and search narrow the rows")
    {
        DealFilter filter;
        filter.salesStage = QStringLiteral("proposal");
        model.setFilter(filter);
        settle();
        CHECK(model.rowCount() == Count / 2);
        filter.search = QStringLiteral("customer 007");
        model.setFilter(filter);
        settle();
        CHECK(model.rowCount() == 1);
        loadAll();
        CHECK(model.data(model.index(0, DealTableModel::Customer)).toString() == QStringLiteral("Customer 007"));
    }
    SECTION("an edit moves the row and the persistent index follows it")
    {
        model.sort(DealTableModel::Amount, Qt::AscendingOrder);
        settle();
        loadAll();
        const QByteArray id = model.idAt(5);
        REQUIRE_FALSE(id.isEmpty());
        QPersistentModelIndex tracked(model.index(5, 0));
        Deal deal = repo.get(id).value();
        deal.amount.minor = 99999999; // now the largest
        REQUIRE(repo.update(deal, Me).ok());
        model.refresh({ id });
        settle();
        loadAll();
        REQUIRE(tracked.isValid());
        CHECK(tracked.row() == Count - 1);
        CHECK(model.idAt(tracked.row()) == id);
        CHECK(model.data(model.index(tracked.row(), DealTableModel::Amount)).toString() == QStringLiteral("$999,999.99"));
    }
}

TEST_CASE("sorting the deals by partner walks the partners and keeps a deleted partner's deals", "[ui][deals][model]")
{
    Test::TempDatabase temp;
    PartnerRepository partners(temp.db());
    DealRepository repo(temp.db());
    QList<QByteArray> partnerIds;
    for (const char* name : { "Zeta Systems", "Mu Networks", "Beta Works", "Aardvark Ltd" }) {
        Partner partner;
        partner.name = QString::fromLatin1(name);
        partner.owner = Me;
        partnerIds.append(partners.create(partner).value().id);
    }
    // 3 partners × 60 deals: more than the first page, so the full order comes from the second query.
    for (int i = 0; i < 180; ++i) {
        Deal deal;
        deal.partnerId = partnerIds.at(i % 3);
        deal.customerName = QStringLiteral("Customer %1").arg(i);
        REQUIRE(repo.create(deal, Me).ok());
    }
    for (int i = 0; i < 4; ++i) {
        Deal deal;
        deal.partnerId = partnerIds.at(3);
        deal.customerName = QStringLiteral("Old customer %1").arg(i);
        REQUIRE(repo.create(deal, Me).ok());
    }
    REQUIRE(partners.remove(partnerIds.at(3)).ok()); // "Aardvark Ltd" is deleted; its deals stay

    DealTableModel model(temp.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(waitFor([&] { return !model.isLoading(); }, 10000));
    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        model.sort(DealTableModel::Partner, order);
        REQUIRE(waitFor([&] { return !model.isLoading(); }, 10000));
        CHECK(model.rowCount() == 184);
        QStringList names;
        REQUIRE(waitFor([&] {
            names.clear();
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex index = model.index(row, DealTableModel::Partner);
                (void)model.data(index);
                if (model.data(index, Roles::LoadingRole).toBool())
                    return false;
                names.append(model.data(index).toString());
            }
            return true;
        }, 10000));
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end());
        if (order == Qt::DescendingOrder)
            std::reverse(sorted.begin(), sorted.end());
        CHECK(names == sorted);
        CHECK(names.count(QStringLiteral("Aardvark Ltd")) == 4);
    }
}

TEST_CASE("DR-09: an extension is requested with a date and a reason / granted / capped", "[ui][deals]")
{
    Fixture f;
    {
        DealSettings settings(f.temp.db());
        DealProgram program = settings.program().value();
        program.maxExtensions = 1;
        REQUIRE(settings.setProgram(program).ok());
    }
    const Deal approved = f.registration(f.partnerId, QStringLiteral("Gringotts"), QString(), QStringLiteral("SUP-PREM"),
                                         { DealAction::Submit, DealAction::StartReview, DealAction::SendForApproval,
                                           DealAction::Approve });
    REQUIRE(approved.expiresOn.isValid());
    f.open();
    f.clickDeal(approved.number);

    const QDate requested = approved.expiresOn.addDays(45);
    auto request = [&] {
        auto* button = f.screen->findChild<QPushButton*>(QStringLiteral("requestExtension"));
        REQUIRE(button);
        whenDialogOpens(f.screen.get(), [&](QDialog* dialog) {
            auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("date"));
            REQUIRE(date);
            CHECK(date->date() == f.stored(approved.id).expiresOn.addDays(30)); // the program's default extension
            date->setDate(requested);
            QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("reason")),
                             QStringLiteral("Board meeting moved"));
            clickOk(dialog);
        });
        QTest::mouseClick(button, Qt::LeftButton);
    };
    request();
    CHECK(f.stored(approved.id).extensionRequestedTo == requested);
    CHECK(f.historyActions().last() == QStringLiteral("extend_request"));
    auto* grant = f.screen->findChild<QPushButton*>(QStringLiteral("grantExtension"));
    REQUIRE(grant);
    CHECK(f.screen->findChild<QPushButton*>(QStringLiteral("refuseExtension")) != nullptr);
    QTest::mouseClick(grant, Qt::LeftButton);
    const Deal extended = f.stored(approved.id);
    CHECK(extended.expiresOn == requested);
    CHECK(extended.extensions == 1);
    CHECK_FALSE(extended.extensionRequestedTo.isValid());
    CHECK(f.historyActions().last() == QStringLiteral("extend_grant"));
    CHECK(f.cell(approved.number, DealTableModel::Expires) == QLocale().toString(requested, QLocale::ShortFormat));

    // The program allows one extension: a second request is refused with the reason.
    const QDate before = f.stored(approved.id).expiresOn;
    auto* again = f.screen->findChild<QPushButton*>(QStringLiteral("requestExtension"));
    REQUIRE(again);
    whenDialogOpens(f.screen.get(), [&](QDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("reason")), QStringLiteral("Once more"));
        clickOk(dialog);
    });
    QTest::mouseClick(again, Qt::LeftButton);
    CHECK(f.message()->isVisible());
    CHECK(f.message()->property("isError").toBool());
    CHECK(f.stored(approved.id).expiresOn == before);
    CHECK_FALSE(f.stored(approved.id).extensionRequestedTo.isValid());
}

TEST_CASE("DR-03: an approval above the approver's limit is escalated and says to whom", "[ui][deals]")
{
    Fixture f;
    REQUIRE(DealSettings(f.temp.db()).setApprovalLimits({ { Me, 100000, QStringLiteral("vp.sales") } }).ok());
    // 2 × 1,500.00 USD = 3,000.00 USD, above the 1,000.00 limit.
    const Deal big = f.registration(f.partnerId, QStringLiteral("Oceanic Airlines"), QString(), QStringLiteral("SVC-IMPL"),
                                    { DealAction::Submit, DealAction::StartReview, DealAction::SendForApproval });
    f.open();
    f.clickDeal(big.number);
    whenDialogOpens(f.screen.get(), [](QDialog* dialog) { clickOk(dialog); });
    QTest::mouseClick(f.button(DealAction::Approve), Qt::LeftButton);
    const Deal escalated = f.stored(big.id);
    CHECK(escalated.status == QStringLiteral("pending_approval"));
    CHECK(escalated.approver == QStringLiteral("vp.sales"));
    CHECK(f.message()->isVisible());
    CHECK_FALSE(f.message()->property("isError").toBool());
    CHECK(f.message()->text().contains(QStringLiteral("vp.sales")));
    CHECK(f.historyActions().last() == QStringLiteral("escalate"));
    // It no longer waits for me.
    f.screen->filterBar()->setView(DealFilterBar::View::WaitingForMe);
    f.settle();
    CHECK(f.model()->rowCount() == 0);
}
