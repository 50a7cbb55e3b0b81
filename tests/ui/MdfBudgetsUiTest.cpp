// The MDF budgets screen driven as a user would (issue 5): budgets and allocations created through their dialogs,
// balances that follow requests, claims and payments made through the core repositories, MDF-01 refusals shown in
// the dialog without losing input, MDF-03 periods, the utilisation chart against the tree's totals, filters, undo,
// and the MDF settings dialog. Offscreen; every model under QAbstractItemModelTester.
#include "common/Money.h"
#include "deals/DealSettings.h"
#include "mdf/AllocationDialog.h"
#include "mdf/BudgetDialog.h"
#include "mdf/BudgetTreeModel.h"
#include "mdf/MdfActions.h"
#include "mdf/MdfBudgetsScreen.h"
#include "mdf/MdfSettingsDialog.h"
#include "mdf/UtilisationChart.h"
#include "pipeline/PartnerPicker.h"
#include "support/TempDatabase.h"
#include "../mdf/MdfTestSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

using namespace ChannelDesk;
using namespace ChannelDesk::Test;

namespace {

const QString Me = mdfOwner(); // "anna": the budgets' owner decides their requests

QString usd(qint64 minor)
{
    return Money { minor, QStringLiteral("USD") }.format(QLocale());
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 5000)
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
        handle(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    timer->start();
}

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void clickSave(QDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QPushButton* save = buttons ? buttons->button(QDialogButtonBox::Save) : nullptr;
    CHECK(save);
    if (save)
        QTest::mouseClick(save, Qt::LeftButton);
}

/// Types into the partner search box and picks the first match from its popup, as a user would.
bool pickPartner(PartnerPicker* picker, const QString& typed)
{
    picker->setFocus();
    QTest::keyClicks(picker, typed);
    picker->lookUpNow();
    QAbstractItemView* popup = picker->partnerCompleter()->popup();
    if (popup->model()->rowCount() < 1)
        return false;
    popup->setCurrentIndex(popup->model()->index(0, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    return !picker->partnerId().isEmpty();
}

void chooseData(QComboBox* box, const QVariant& data)
{
    const int index = box->findData(data);
    CHECK(index >= 0);
    box->setCurrentIndex(index);
}

struct Fixture
{
    TempDatabase temp;
    QUndoStack undo;
    std::unique_ptr<MdfActions> actions;
    std::unique_ptr<MdfBudgetsScreen> screen;
    std::unique_ptr<QAbstractItemModelTester> tester;
    QByteArray northwind;
    QByteArray contoso;

    Fixture()
    {
        DealSettings settings(temp.db());
        DealProgram program = settings.program().value();
        program.currentUser = Me; // who "me" is: the owner of the budgets the dialog creates
        REQUIRE(settings.setProgram(program).ok());
        northwind = mdfPartner(temp.db(), QStringLiteral("Northwind Traders"));
        contoso = mdfPartner(temp.db(), QStringLiteral("Contoso Channel"), QStringLiteral("ben"));
        actions = std::make_unique<MdfActions>(temp.db(), undo);
    }

    ~Fixture()
    {
        tester.reset();
        screen.reset();
    }

    Database& db() { return temp.db(); }

    void open()
    {
        screen = std::make_unique<MdfBudgetsScreen>(db(), *actions);
        tester = std::make_unique<QAbstractItemModelTester>(screen->model(),
                                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        screen->resize(1300, 800);
        screen->show();
        screen->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(screen.get())); // shortcuts only reach the active window
        settle();
    }

    /// Waits until every reading asked for is on screen.
    void settle()
    {
        REQUIRE(waitFor([this] { return !screen->isBusy(); }));
        QCoreApplication::processEvents();
    }

    BudgetTreeModel* model() const { return screen->model(); }

    QString cell(const QByteArray& id, int column) const
    {
        return model()->indexOfId(id, column).data().toString();
    }

    qint64 raw(const QByteArray& id, int column) const
    {
        return model()->indexOfId(id, column).data(Roles::RawValueRole).toLongLong();
    }

    void select(const QByteArray& id)
    {
        screen->selectRecord(id);
        REQUIRE(screen->currentId() == id);
    }
};

} // namespace

TEST_CASE("MDF budgets screen reads the tree off the UI thread", "[mdf-budgets-ui]")
{
    Fixture f;
    const MdfSetup s = mdfSetup(f.db());
    f.screen = std::make_unique<MdfBudgetsScreen>(f.db(), *f.actions);
    f.tester = std::make_unique<QAbstractItemModelTester>(f.screen->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The constructor only asks the worker: nothing is on screen until the answer arrives through the event loop.
    CHECK(f.model()->rowCount() == 0);
    QSignalSpy loaded(f.screen.get(), &MdfBudgetsScreen::loaded);
    REQUIRE(waitFor([&] { return loaded.count() > 0; }));
    REQUIRE(f.model()->rowCount() == 1);
    CHECK(f.model()->rowCount(f.model()->index(0, 0)) == 1);
    CHECK(f.cell(s.budget.id, BudgetTreeModel::NameColumn) == QLatin1String("FY27 EMEA"));
    CHECK(f.cell(s.allocation.id, BudgetTreeModel::NameColumn) == QStringLiteral("Müller IT GmbH"));
}

TEST_CASE("MDF budgets screen creates a budget and an allocation through the dialogs (MDF-01 MDF-03)",
          "[mdf-budgets-ui]")
{
    Fixture f;
    f.open();
    CHECK(f.screen->emptyLabel()->isVisible());
    CHECK_FALSE(f.screen->newAllocationAction()->isEnabled());

    whenDialogOpens(f.screen.get(), [&](QDialog* d) {
        auto* dialog = qobject_cast<BudgetDialog*>(d);
        REQUIRE(dialog);
        CHECK(dialog->ownerBox()->currentText() == Me);
        typeInto(dialog->nameEdit(), QStringLiteral("FY27 EMEA"));
        typeInto(dialog->programEdit(), QStringLiteral("Partner Marketing FY27"));
        dialog->startEdit()->setDate(QDate(2027, 1, 1));
        dialog->endEdit()->setDate(QDate(2027, 12, 31));
        typeInto(dialog->amountEdit(), QStringLiteral("100,000.00"));
        dialog->currencyBox()->setCurrentText(QStringLiteral("USD"));
        dialog->shareBox()->setValue(40.0);
        dialog->claimDaysBox()->setValue(60);
        clickSave(dialog);
        CHECK(dialog->errorText() == QString());
    });
    f.screen->newBudgetAction()->trigger();
    f.settle();

    const Result<QList<MdfBudget>> budgets = MdfBudgetRepository(f.db()).budgets();
    REQUIRE(budgets.ok());
    REQUIRE(budgets->size() == 1);
    const MdfBudget budget = budgets->constFirst();
    CHECK(budget.name == QLatin1String("FY27 EMEA"));
    CHECK(budget.program == QLatin1String("Partner Marketing FY27"));
    CHECK(budget.amount == Money { 10'000'000, QStringLiteral("USD") });
    CHECK(budget.owner == Me);
    CHECK(budget.vendorShareBp == 4000);
    CHECK(budget.claimDays == 60);
    CHECK(f.screen->currentId() == budget.id); // the new budget is selected
    CHECK(f.cell(budget.id, BudgetTreeModel::AmountColumn) == usd(10'000'000));
    CHECK(f.cell(budget.id, BudgetTreeModel::UnallocatedColumn) == usd(10'000'000));
    CHECK(f.undo.count() == 1);

    // An allocation for Northwind: the period picker offers the budget's periods, the left amount follows typing.
    whenDialogOpens(f.screen.get(), [&](QDialog* d) {
        auto* dialog = qobject_cast<AllocationDialog*>(d);
        REQUIRE(dialog);
        CHECK_FALSE(dialog->periodBox()->isEnabled()); // no partner yet
        CHECK(pickPartner(dialog->partnerPicker(), QStringLiteral("northw")));
        CHECK(dialog->offeredPeriods() == QStringList { QStringLiteral("2027") });
        chooseData(dialog->granularityBox(), int(AllocationDialog::Granularity::Quarter));
        CHECK(dialog->offeredPeriods()
              == QStringList({ QStringLiteral("2027-Q1"), QStringLiteral("2027-Q2"), QStringLiteral("2027-Q3"),
                               QStringLiteral("2027-Q4") }));
        chooseData(dialog->periodBox(), QStringLiteral("2027-Q1"));
        typeInto(dialog->amountEdit(), QStringLiteral("30000"));
        CHECK(dialog->leftLabel()->text().contains(usd(7'000'000)));
        CHECK_FALSE(dialog->leftLabel()->property("over").toBool());
        clickSave(dialog);
        CHECK(dialog->errorText() == QString());
    });
    f.screen->newAllocationAction()->trigger();
    f.settle();

    const Result<QList<MdfAllocation>> allocations = MdfBudgetRepository(f.db()).allocations(budget.id);
    REQUIRE(allocations.ok());
    REQUIRE(allocations->size() == 1);
    const MdfAllocation allocation = allocations->constFirst();
    CHECK(allocation.partnerId == f.northwind);
    CHECK(allocation.period == QLatin1String("2027-Q1"));
    CHECK(allocation.amount == Money { 3'000'000, QStringLiteral("USD") });
    CHECK(f.screen->currentId() == allocation.id);
    CHECK(f.screen->view()->isExpanded(f.model()->indexOfId(budget.id)));
    CHECK(f.cell(allocation.id, BudgetTreeModel::NameColumn) == QLatin1String("Northwind Traders"));
    CHECK(f.cell(allocation.id, BudgetTreeModel::PeriodColumn) == QLatin1String("2027-Q1"));
    CHECK(f.cell(allocation.id, BudgetTreeModel::RemainingColumn) == usd(3'000'000));
    CHECK(f.cell(budget.id, BudgetTreeModel::AllocatedColumn) == usd(3'000'000));
    CHECK(f.cell(budget.id, BudgetTreeModel::UnallocatedColumn) == usd(7'000'000));

    // MDF-03: Northwind's Q1 is taken, so the picker offers only the other quarters; Contoso still has all four.
    whenDialogOpens(f.screen.get(), [&](QDialog* d) {
        auto* dialog = qobject_cast<AllocationDialog*>(d);
        REQUIRE(dialog);
        CHECK(dialog->granularityBox()->currentData().toInt() == int(AllocationDialog::Granularity::Quarter));
        CHECK(pickPartner(dialog->partnerPicker(), QStringLiteral("northw")));
        CHECK(dialog->offeredPeriods()
              == QStringList({ QStringLiteral("2027-Q2"), QStringLiteral("2027-Q3"), QStringLiteral("2027-Q4") }));
        dialog->partnerPicker()->clear();
        CHECK(pickPartner(dialog->partnerPicker(), QStringLiteral("contoso")));
        CHECK(dialog->offeredPeriods().size() == 4);
        dialog->reject();
    });
    f.screen->newAllocationAction()->trigger();
    CHECK(MdfBudgetRepository(f.db()).allocations(budget.id)->size() == 1);
}

TEST_CASE("MDF budgets allocation dialog shows the MDF-01 refusal and keeps the input", "[mdf-budgets-ui]")
{
    Fixture f;
    const MdfBudget budget = mdfCreateBudget(f.db(), 10'000'000);
    mdfCreateAllocation(f.db(), budget, f.northwind, 8'000'000);
    f.open();
    f.select(budget.id);

    bool refused = false;
    whenDialogOpens(f.screen.get(), [&](QDialog* d) {
        auto* dialog = qobject_cast<AllocationDialog*>(d);
        REQUIRE(dialog);
        CHECK(dialog->leftBeforeMinor() == 2'000'000);
        CHECK(pickPartner(dialog->partnerPicker(), QStringLiteral("contoso")));
        chooseData(dialog->periodBox(), QStringLiteral("2027"));
        typeInto(dialog->amountEdit(), QStringLiteral("30,000.00"));
        CHECK(dialog->leftLabel()->property("over").toBool()); // said before saving
        clickSave(dialog);
        // The core refuses (MDF-01, with the amounts); the dialog stays open with what was typed.
        refused = dialog->isVisible();
        CHECK(refused);
        const QString error = dialog->errorText();
        CHECK(error.contains(QStringLiteral("MDF-01")));
        CHECK(error.contains(usd(10'000'000)));
        CHECK(dialog->amountEdit()->text() == QLatin1String("30,000.00"));
        CHECK(dialog->partnerPicker()->partnerId() == f.contoso);
        CHECK(dialog->periodBox()->currentData().toString() == QLatin1String("2027"));
        // What is left fits.
        typeInto(dialog->amountEdit(), QStringLiteral("20,000.00"));
        CHECK_FALSE(dialog->leftLabel()->property("over").toBool());
        clickSave(dialog);
        CHECK_FALSE(dialog->isVisible());
    });
    f.screen->newAllocationAction()->trigger();
    f.settle();
    CHECK(refused);
    CHECK(f.cell(budget.id, BudgetTreeModel::AllocatedColumn) == usd(10'000'000));
    CHECK(f.cell(budget.id, BudgetTreeModel::UnallocatedColumn) == usd(0));
    CHECK(mdfAuditText(f.db()) == QString());
}

TEST_CASE("MDF budgets dialog shows field errors next to the fields", "[mdf-budgets-ui]")
{
    Fixture f;
    f.open();
    whenDialogOpens(f.screen.get(), [&](QDialog* d) {
        auto* dialog = qobject_cast<BudgetDialog*>(d);
        REQUIRE(dialog);
        // No amount: said under the amount.
        typeInto(dialog->nameEdit(), QStringLiteral("FY27 APAC"));
        clickSave(dialog);
        CHECK(dialog->isVisible());
        CHECK_FALSE(dialog->fieldError(QStringLiteral("amount_minor")).isEmpty());
        CHECK(dialog->focusWidget() == dialog->amountEdit());
        // More decimals than the currency has: refused, not rounded.
        typeInto(dialog->amountEdit(), QStringLiteral("1000.555"));
        clickSave(dialog);
        CHECK_FALSE(dialog->fieldError(QStringLiteral("amount_minor")).isEmpty());
        // Not a currency.
        typeInto(dialog->amountEdit(), QStringLiteral("1000"));
        dialog->currencyBox()->setCurrentText(QStringLiteral("ZZQ"));
        clickSave(dialog);
        CHECK(dialog->fieldError(QStringLiteral("currency")).contains(QStringLiteral("ZZQ"))); // in the amount row
        CHECK((dialog->focusWidget() == dialog->currencyBox()
               || dialog->currencyBox()->isAncestorOf(dialog->focusWidget())));
        // The core's rules: a nameless budget, then dates in the wrong order.
        dialog->currencyBox()->setCurrentText(QStringLiteral("EUR"));
        dialog->nameEdit()->clear();
        clickSave(dialog);
        CHECK_FALSE(dialog->fieldError(QStringLiteral("name")).isEmpty());
        CHECK(dialog->focusWidget() == dialog->nameEdit());
        typeInto(dialog->nameEdit(), QStringLiteral("FY27 APAC"));
        dialog->startEdit()->setDate(QDate(2027, 6, 1));
        dialog->endEdit()->setDate(QDate(2027, 1, 31));
        clickSave(dialog);
        CHECK(dialog->isVisible());
        CHECK_FALSE(dialog->errorText().isEmpty());
        CHECK(dialog->nameEdit()->text() == QLatin1String("FY27 APAC")); // nothing typed is lost
        dialog->endEdit()->setDate(QDate(2027, 12, 31));
        clickSave(dialog);
        CHECK_FALSE(dialog->isVisible());
    });
    f.screen->newBudgetAction()->trigger();
    f.settle();
    const Result<QList<MdfBudget>> budgets = MdfBudgetRepository(f.db()).budgets();
    REQUIRE(budgets.ok());
    REQUIRE(budgets->size() == 1);
    CHECK(budgets->constFirst().amount == Money { 100'000, QStringLiteral("EUR") });
}

TEST_CASE("MDF budgets balances follow approvals claims and payments (MDF-02 MDF-09 MDF-11)", "[mdf-budgets-ui]")
{
    Fixture f;
    const MdfSetup s = mdfSetup(f.db(), 10'000'000, 5'000'000); // budget 100,000 USD, allocation 50,000 USD
    f.open();
    f.select(s.allocation.id);
    CHECK(f.cell(s.allocation.id, BudgetTreeModel::RemainingColumn) == usd(5'000'000));

    // A request of 12,000 approved through the core; the screen hears of it through reloadAll() (as after a sync).
    const MdfRequest request = mdfApprovedRequest(f.db(), s.allocation, { 700'000, 500'000 });
    f.screen->reloadAll();
    f.settle();
    CHECK(f.cell(s.allocation.id, BudgetTreeModel::RequestedColumn) == usd(1'200'000));
    CHECK(f.cell(s.allocation.id, BudgetTreeModel::ApprovedColumn) == usd(1'200'000));
    CHECK(f.cell(s.allocation.id, BudgetTreeModel::RemainingColumn) == usd(3'800'000));
    const QModelIndex utilisation = f.model()->indexOfId(s.allocation.id, BudgetTreeModel::UtilisationColumn);
    CHECK(utilisation.data(BudgetTreeModel::UtilisationRole).toDouble() == Approx(0.24));
    CHECK(utilisation.data().toString() == QStringLiteral("24%"));
    CHECK(f.cell(s.budget.id, BudgetTreeModel::ApprovedColumn) == usd(1'200'000));
    CHECK(f.cell(s.budget.id, BudgetTreeModel::RemainingColumn) == usd(8'800'000));
    CHECK(f.cell(s.budget.id, BudgetTreeModel::UnallocatedColumn) == usd(5'000'000));
    // The reading kept the selection.
    CHECK(f.screen->currentId() == s.allocation.id);

    // A claim of 5,000 (within 50 % of 12,000), approved, 2,000 paid.
    const MdfClaim claim = mdfApprovedClaim(f.db(), request.id, { 300'000, 200'000 });
    mdfPay(f.db(), claim.id, 200'000);
    f.screen->reloadAll();
    f.settle();
    CHECK(f.cell(s.allocation.id, BudgetTreeModel::ClaimedColumn) == usd(500'000));
    CHECK(f.cell(s.allocation.id, BudgetTreeModel::PaidColumn) == usd(200'000));
    CHECK(f.cell(s.budget.id, BudgetTreeModel::PaidColumn) == usd(200'000));
    CHECK(f.screen->currentId() == s.allocation.id);

    // The chart of the selected budget: one bar for the allocation, its four parts adding up to the allocation.
    UtilisationChart* chart = f.screen->chart();
    CHECK(chart->budgetId() == s.budget.id);
    CHECK(chart->currency() == QLatin1String("USD"));
    REQUIRE(chart->bars().size() == 1);
    const UtilisationChart::Bar& bar = chart->bars().constFirst();
    CHECK(bar.id == s.allocation.id);
    CHECK(bar.paidMinor == 200'000);
    CHECK(bar.approvedUnpaidMinor == 300'000);
    CHECK(bar.committedUnclaimedMinor == 700'000);
    CHECK(bar.remainingMinor == 3'800'000);
    CHECK(bar.paidMinor + bar.approvedUnpaidMinor + bar.committedUnclaimedMinor + bar.remainingMinor
          == f.raw(s.allocation.id, BudgetTreeModel::AmountColumn));
    CHECK(chart->drawnValue(UtilisationChart::PaidSet, 0) == Approx(2'000.0));
    CHECK(chart->drawnValue(UtilisationChart::ApprovedUnpaidSet, 0) == Approx(3'000.0));
    CHECK(chart->drawnValue(UtilisationChart::CommittedSet, 0) == Approx(7'000.0));
    CHECK(chart->drawnValue(UtilisationChart::RemainingSet, 0) == Approx(38'000.0));
    auto* series = qobject_cast<QHorizontalStackedBarSeries*>(chart->chartView()->chart()->series().value(0));
    REQUIRE(series);
    REQUIRE(series->barSets().size() == UtilisationChart::SetCount);
    CHECK(series->barSets().at(UtilisationChart::PaidSet)->label()
          == UtilisationChart::setLabel(UtilisationChart::PaidSet));
    CHECK(mdfAuditText(f.db()) == QString());
}

TEST_CASE("MDF budgets chart shows one bar per allocation and never mixes currencies", "[mdf-budgets-ui]")
{
    Fixture f;
    const MdfBudget dollars = mdfCreateBudget(f.db(), 10'000'000, QStringLiteral("USD"));
    MdfBudget euroDraft = mdfBudgetDraft(20'000'000, QStringLiteral("EUR"), QStringLiteral("FY27 DACH"));
    const MdfBudget euros = mdfSaveBudget(f.db(), euroDraft);
    MdfBudget secondDollars = mdfBudgetDraft(5'000'000, QStringLiteral("USD"), QStringLiteral("FY27 Americas"));
    const MdfBudget americas = mdfSaveBudget(f.db(), secondDollars);
    const MdfAllocation a1 = mdfCreateAllocation(f.db(), dollars, f.northwind, 4'000'000, QStringLiteral("2027-H1"));
    const MdfAllocation a2 = mdfCreateAllocation(f.db(), dollars, f.contoso, 1'000'000, QStringLiteral("2027-H1"));
    mdfCreateAllocation(f.db(), euros, f.northwind, 2'000'000);
    mdfApprovedRequest(f.db(), a1, { 1'000'000 });
    f.open();

    // Nothing selected: the overview, one currency at a time (USD has two budgets, so it comes first).
    UtilisationChart* chart = f.screen->chart();
    CHECK(chart->budgetId().isEmpty());
    CHECK(chart->currency() == QLatin1String("USD"));
    CHECK(chart->currencyBox()->isVisibleTo(chart));
    CHECK(chart->currencyBox()->count() == 2);
    REQUIRE(chart->bars().size() == 2);
    for (const UtilisationChart::Bar& bar : chart->bars())
        CHECK((bar.id == dollars.id || bar.id == americas.id));
    CHECK(chart->bars().at(0).id == dollars.id); // largest first
    CHECK(chart->bars().at(0).committedUnclaimedMinor == 1'000'000);
    CHECK(chart->bars().at(0).remainingMinor == 9'000'000);
    chooseData(chart->currencyBox(), QStringLiteral("EUR"));
    CHECK(chart->currency() == QLatin1String("EUR"));
    REQUIRE(chart->bars().size() == 1);
    CHECK(chart->bars().constFirst().id == euros.id);
    CHECK(chart->drawnValue(UtilisationChart::RemainingSet, 0) == Approx(200'000.0));

    // A budget selected: its allocations, in its currency.
    f.select(dollars.id);
    CHECK(chart->budgetId() == dollars.id);
    CHECK(chart->currency() == QLatin1String("USD"));
    CHECK_FALSE(chart->currencyBox()->isVisibleTo(chart));
    REQUIRE(chart->bars().size() == 2);
    CHECK(chart->bars().at(0).id == a1.id);
    CHECK(chart->bars().at(1).id == a2.id);
    for (int i = 0; i < chart->bars().size(); ++i) {
        const UtilisationChart::Bar& bar = chart->bars().at(i);
        double drawn = 0;
        for (int set = 0; set < UtilisationChart::SetCount; ++set)
            drawn += chart->drawnValue(UtilisationChart::Set(set), i);
        CHECK(drawn == Approx(double(f.raw(bar.id, BudgetTreeModel::AmountColumn)) / 100.0));
    }
    // Clicking a bar selects its allocation in the tree.
    QSignalSpy activated(chart, &UtilisationChart::barActivated);
    auto* series = qobject_cast<QHorizontalStackedBarSeries*>(chart->chartView()->chart()->series().value(0));
    REQUIRE(series);
    Q_EMIT series->barSets().at(UtilisationChart::RemainingSet)->clicked(0); // bottom bar = the smaller one
    REQUIRE(waitFor([&] { return activated.count() == 1; }));
    CHECK(f.screen->currentId() == a2.id);
    CHECK(chart->budgetId() == dollars.id);
}

TEST_CASE("MDF budgets reload keeps expansion selection and sort", "[mdf-budgets-ui]")
{
    Fixture f;
    const MdfSetup s = mdfSetup(f.db(), 10'000'000, 5'000'000);
    const MdfAllocation small = mdfCreateAllocation(f.db(), s.budget, f.contoso, 1'000'000);
    MdfBudget otherDraft = mdfBudgetDraft(3'000'000, QStringLiteral("USD"), QStringLiteral("FY27 Nordics"));
    const MdfBudget other = mdfSaveBudget(f.db(), otherDraft);
    const MdfAllocation nordic = mdfCreateAllocation(f.db(), other, f.northwind, 1'500'000);
    f.open();
    QTreeView* view = f.screen->view();
    CHECK(view->isExpanded(f.model()->indexOfId(s.budget.id)));
    CHECK(view->isExpanded(f.model()->indexOfId(other.id)));

    // The user collapses one budget, selects an allocation of the other and sorts by remaining, largest first.
    view->collapse(f.model()->indexOfId(other.id));
    f.select(small.id);
    view->header()->setSortIndicator(BudgetTreeModel::RemainingColumn, Qt::DescendingOrder);
    CHECK(f.model()->indexOfId(s.allocation.id).row() == 0);
    CHECK(f.model()->indexOfId(small.id).row() == 1);

    // The small allocation becomes the one with more left: a request on the big one is approved elsewhere.
    mdfApprovedRequest(f.db(), s.allocation, { 4'500'000 });
    f.screen->reloadAll();
    f.settle();
    CHECK(f.cell(s.allocation.id, BudgetTreeModel::RemainingColumn) == usd(500'000));
    CHECK(f.model()->indexOfId(small.id).row() == 0); // re-sorted
    CHECK(f.screen->currentId() == small.id);          // still selected
    CHECK(view->isExpanded(f.model()->indexOfId(s.budget.id)));
    CHECK_FALSE(view->isExpanded(f.model()->indexOfId(other.id))); // still collapsed
    CHECK(f.cell(nordic.id, BudgetTreeModel::AmountColumn) == usd(1'500'000));

    // A new allocation appears in its sorted place without disturbing the rest.
    const MdfAllocation added = mdfCreateAllocation(f.db(), s.budget, f.northwind, 2'000'000, QStringLiteral("2027-H1"));
    f.screen->reloadAll();
    f.settle();
    CHECK(f.model()->indexOfId(added.id).row() == 0);
    CHECK(f.screen->currentId() == small.id);
}

TEST_CASE("MDF budgets filters by search owner period and partner", "[mdf-budgets-ui]")
{
    Fixture f;
    const QDate today = QDate::currentDate();
    MdfBudget current = mdfBudgetDraft(10'000'000, QStringLiteral("USD"), QStringLiteral("Current Co-op"));
    current.periodStart = QDate(today.year(), 1, 1);
    current.periodEnd = QDate(today.year(), 12, 31);
    current = mdfSaveBudget(f.db(), current);
    MdfBudget future = mdfBudgetDraft(10'000'000, QStringLiteral("USD"), QStringLiteral("Next Year Events"));
    future.periodStart = QDate(today.year() + 1, 1, 1);
    future.periodEnd = QDate(today.year() + 1, 12, 31);
    future.owner = QStringLiteral("ben");
    future = mdfSaveBudget(f.db(), future);
    mdfCreateAllocation(f.db(), current, f.northwind, 1'000'000, QString::number(today.year()));
    mdfCreateAllocation(f.db(), current, f.contoso, 1'000'000, QString::number(today.year()));
    mdfCreateAllocation(f.db(), future, f.contoso, 1'000'000, QString::number(today.year() + 1));
    f.open();
    REQUIRE(f.model()->rowCount() == 2);
    CHECK(f.model()->allocationCount() == 3);

    chooseData(f.screen->ownerBox(), true); // My budgets
    f.settle();
    REQUIRE(f.model()->rowCount() == 1);
    CHECK(f.model()->idAt(f.model()->index(0, 0)) == current.id);
    chooseData(f.screen->ownerBox(), false);
    f.settle();
    CHECK(f.model()->rowCount() == 2);

    chooseData(f.screen->periodBox(), true); // Current period
    f.settle();
    REQUIRE(f.model()->rowCount() == 1);
    CHECK(f.model()->idAt(f.model()->index(0, 0)) == current.id);
    chooseData(f.screen->periodBox(), false);
    f.settle();

    QTest::keyClicks(f.screen->searchBox(), QStringLiteral("events"));
    f.settle();
    REQUIRE(f.model()->rowCount() == 1);
    CHECK(f.model()->idAt(f.model()->index(0, 0)) == future.id);
    f.screen->searchBox()->clear();
    f.settle();
    CHECK(f.model()->rowCount() == 2);

    REQUIRE(pickPartner(f.screen->partnerPicker(), QStringLiteral("northw")));
    f.settle();
    REQUIRE(f.model()->rowCount() == 1);
    CHECK(f.model()->idAt(f.model()->index(0, 0)) == current.id);
    CHECK(f.model()->allocationCount() == 1);
    const QModelIndex onlyAllocation = f.model()->index(0, 0, f.model()->index(0, 0));
    CHECK(onlyAllocation.data(BudgetTreeModel::PartnerIdRole).toByteArray() == f.northwind);

    f.screen->partnerPicker()->clearPartner();
    QTest::keyClicks(f.screen->searchBox(), QStringLiteral("nothing like this"));
    f.settle();
    CHECK(f.model()->rowCount() == 0);
    CHECK(f.screen->emptyLabel()->isVisible());
}

TEST_CASE("MDF budgets delete undo and the request signals", "[mdf-budgets-ui]")
{
    Fixture f;
    const MdfSetup s = mdfSetup(f.db(), 10'000'000, 5'000'000);
    MdfAllocation unauthorised = mdfAllocationDraft(s.budget, f.contoso, 1'000'000);
    unauthorised.authorized = false;
    unauthorised = MdfBudgetRepository(f.db()).createAllocation(unauthorised, mdfBy()).value();
    f.open();

    // Requests are the requests screen's: the screen hands the allocation over.
    QSignalSpy open(f.screen.get(), &MdfBudgetsScreen::openRequests);
    QSignalSpy create(f.screen.get(), &MdfBudgetsScreen::newRequest);
    f.select(s.allocation.id);
    CHECK(f.screen->showRequestsAction()->isEnabled());
    REQUIRE(f.screen->newRequestAction()->isEnabled());
    f.screen->showRequestsAction()->trigger();
    f.screen->newRequestAction()->trigger();
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).toByteArray() == s.allocation.id);
    REQUIRE(create.count() == 1);
    CHECK(create.at(0).at(0).toByteArray() == s.allocation.id);
    f.select(unauthorised.id);
    CHECK_FALSE(f.screen->newRequestAction()->isEnabled()); // MDF-03: not authorised
    CHECK(f.cell(unauthorised.id, BudgetTreeModel::NameColumn).contains(QStringLiteral("not authorised")));

    // A budget with allocations is not deleted; the message says why.
    f.select(s.budget.id);
    f.screen->deleteAction()->trigger();
    f.settle();
    CHECK(f.screen->messageLabel()->isVisible());
    CHECK(f.screen->messageLabel()->property("isError").toBool());
    CHECK(f.screen->messageLabel()->text().contains(QStringLiteral("allocations")));
    CHECK(f.model()->indexOfId(s.budget.id).isValid());

    // Deleting an allocation with the Delete key; Undo brings it back.
    f.select(unauthorised.id);
    f.screen->view()->setFocus();
    QTest::keyClick(f.screen->view(), Qt::Key_Delete);
    f.settle();
    CHECK_FALSE(f.model()->indexOfId(unauthorised.id).isValid());
    CHECK(f.cell(s.budget.id, BudgetTreeModel::AllocatedColumn) == usd(5'000'000));
    f.undo.undo();
    f.settle();
    CHECK(f.model()->indexOfId(unauthorised.id).isValid());
    CHECK(f.cell(s.budget.id, BudgetTreeModel::AllocatedColumn) == usd(6'000'000));
    f.undo.redo();
    f.settle();
    CHECK_FALSE(f.model()->indexOfId(unauthorised.id).isValid());

    // An allocation with a request is refused by the core, shown as the core says.
    f.select(s.allocation.id);
    mdfCreateRequest(f.db(), s.allocation, { 100'000 });
    f.screen->deleteAction()->trigger();
    f.settle();
    CHECK(f.screen->messageLabel()->property("isError").toBool());
    CHECK(f.model()->indexOfId(s.allocation.id).isValid());
}

TEST_CASE("MDF budgets edits are undoable through the screen", "[mdf-budgets-ui]")
{
    Fixture f;
    const MdfSetup s = mdfSetup(f.db(), 10'000'000, 5'000'000);
    f.open();

    // Edit the allocation's amount; the budget's allocated total follows; Undo puts it back.
    f.select(s.allocation.id);
    whenDialogOpens(f.screen.get(), [&](QDialog* d) {
        auto* dialog = qobject_cast<AllocationDialog*>(d);
        REQUIRE(dialog);
        CHECK_FALSE(dialog->partnerPicker()->isEnabled()); // an allocation stays with its partner
        CHECK(dialog->amountEdit()->text() == QLatin1String("50,000.00"));
        CHECK(dialog->leftBeforeMinor() == 10'000'000); // its own amount is not counted against it
        CHECK(dialog->offeredPeriods().contains(QStringLiteral("2027")));
        typeInto(dialog->amountEdit(), QStringLiteral("60,000.00"));
        clickSave(dialog);
        CHECK(dialog->errorText() == QString());
    });
    f.screen->editAction()->trigger();
    f.settle();
    CHECK(f.cell(s.allocation.id, BudgetTreeModel::AmountColumn) == usd(6'000'000));
    CHECK(f.cell(s.budget.id, BudgetTreeModel::AllocatedColumn) == usd(6'000'000));
    f.undo.undo();
    f.settle();
    CHECK(f.cell(s.allocation.id, BudgetTreeModel::AmountColumn) == usd(5'000'000));

    // Edit the budget: with allocations its currency is fixed and the amount cannot go below them (MDF-01).
    f.select(s.budget.id);
    whenDialogOpens(f.screen.get(), [&](QDialog* d) {
        auto* dialog = qobject_cast<BudgetDialog*>(d);
        REQUIRE(dialog);
        CHECK_FALSE(dialog->currencyBox()->isEnabled());
        typeInto(dialog->amountEdit(), QStringLiteral("40,000.00"));
        clickSave(dialog);
        CHECK(dialog->isVisible());
        CHECK(dialog->errorText().contains(QStringLiteral("MDF-01")));
        CHECK(dialog->amountEdit()->text() == QLatin1String("40,000.00"));
        typeInto(dialog->nameEdit(), QStringLiteral("FY27 EMEA North"));
        typeInto(dialog->amountEdit(), QStringLiteral("120,000.00"));
        clickSave(dialog);
        CHECK_FALSE(dialog->isVisible());
    });
    f.screen->editAction()->trigger();
    f.settle();
    CHECK(f.cell(s.budget.id, BudgetTreeModel::NameColumn) == QLatin1String("FY27 EMEA North"));
    CHECK(f.cell(s.budget.id, BudgetTreeModel::AmountColumn) == usd(12'000'000));
    f.undo.undo();
    f.settle();
    CHECK(f.cell(s.budget.id, BudgetTreeModel::NameColumn) == QLatin1String("FY27 EMEA"));
    CHECK(f.cell(s.budget.id, BudgetTreeModel::AmountColumn) == usd(10'000'000));
}

TEST_CASE("MDF budgets creation is undone and redone", "[mdf-budgets-ui]")
{
    Fixture f;
    f.open();
    whenDialogOpens(f.screen.get(), [&](QDialog* d) {
        auto* dialog = qobject_cast<BudgetDialog*>(d);
        REQUIRE(dialog);
        typeInto(dialog->nameEdit(), QStringLiteral("FY27 LATAM"));
        dialog->startEdit()->setDate(QDate(2027, 1, 1));
        dialog->endEdit()->setDate(QDate(2027, 12, 31));
        typeInto(dialog->amountEdit(), QStringLiteral("5000"));
        clickSave(dialog);
    });
    f.screen->newBudgetAction()->trigger();
    f.settle();
    REQUIRE(f.model()->rowCount() == 1);
    const QByteArray id = f.model()->idAt(f.model()->index(0, 0));
    f.undo.undo();
    f.settle();
    CHECK(f.model()->rowCount() == 0);
    CHECK(MdfBudgetRepository(f.db()).budgets()->isEmpty());
    f.undo.redo();
    f.settle();
    REQUIRE(f.model()->rowCount() == 1);
    CHECK(f.model()->idAt(f.model()->index(0, 0)) == id);
}

TEST_CASE("MDF settings dialog saves approval limits and the deadline warning", "[mdf-budgets-ui]")
{
    Test::TempDatabase temp;
    {
        MdfSettingsDialog dialog(temp.db());
        dialog.warningDaysBox()->setValue(10);
        // A row without an approver is refused with its row number, and nothing is saved.
        int row = dialog.addLimitRow();
        dialog.limitsTable()->item(row, MdfSettingsDialog::LimitAmount)->setText(QStringLiteral("5,000"));
        dialog.accept();
        CHECK(dialog.errorMessage().startsWith(QStringLiteral("Row 1")));
        CHECK(MdfSettings(temp.db()).approvalLimits()->isEmpty());
        dialog.limitsTable()->item(row, MdfSettingsDialog::LimitApprover)->setText(QStringLiteral("anna"));
        dialog.limitsTable()->item(row, MdfSettingsDialog::LimitEscalateTo)->setText(QStringLiteral("ben"));
        row = dialog.addLimitRow();
        dialog.limitsTable()->item(row, MdfSettingsDialog::LimitApprover)->setText(QStringLiteral("ben"));
        dialog.limitsTable()->item(row, MdfSettingsDialog::LimitAmount)->setText(QStringLiteral("50,000.50"));
        dialog.accept();
        CHECK(dialog.errorMessage() == QString());
        CHECK(dialog.result() == QDialog::Accepted);
    }
    const Result<QList<MdfApprovalLimit>> limits = MdfSettings(temp.db()).approvalLimits();
    REQUIRE(limits.ok());
    REQUIRE(limits->size() == 2);
    QList<MdfApprovalLimit> sorted = limits.value();
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.approver < b.approver; });
    CHECK(sorted.at(0).approver == QLatin1String("anna"));
    CHECK(sorted.at(0).limitMinor == 500'000);
    CHECK(sorted.at(0).escalateTo == QLatin1String("ben"));
    CHECK(sorted.at(1).approver == QLatin1String("ben"));
    CHECK(sorted.at(1).limitMinor == 5'000'050);
    CHECK(MdfSettings(temp.db()).program()->deadlineWarningDays == 10);

    // Read back into a new dialog.
    MdfSettingsDialog again(temp.db());
    CHECK(again.warningDaysBox()->value() == 10);
    CHECK(again.limitsTable()->rowCount() == 2);
}

TEST_CASE("MDF budget tree model keeps persistent indexes through merges", "[mdf-budgets-ui]")
{
    BudgetTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto budget = [](const char* id, const QString& name, qint64 amount, QList<MdfAllocationNode> allocations) {
        MdfBudgetNode node;
        node.budget.id = QByteArray(id).leftJustified(16, '0');
        node.budget.name = name;
        node.budget.amount = { amount, QStringLiteral("USD") };
        node.totals.amountMinor = amount;
        node.allocations = std::move(allocations);
        for (const MdfAllocationNode& a : node.allocations)
            node.totals.allocatedMinor += a.totals.amountMinor;
        node.totals.remainingMinor = amount - node.totals.allocatedMinor;
        return node;
    };
    const auto allocation = [](const char* id, const QString& partner, qint64 amount, qint64 committed = 0) {
        MdfAllocationNode node;
        node.id = QByteArray(id).leftJustified(16, '0');
        node.partnerName = partner;
        node.period = QStringLiteral("2027");
        node.totals.amountMinor = amount;
        node.totals.allocatedMinor = amount;
        node.totals.committedMinor = committed;
        node.totals.remainingMinor = amount - committed;
        return node;
    };
    model.setBudgets({ budget("b1", QStringLiteral("Beta"), 1000, { allocation("a1", QStringLiteral("P1"), 300),
                                                                    allocation("a2", QStringLiteral("P2"), 200) }),
                       budget("b2", QStringLiteral("Alpha"), 500, {}) });
    REQUIRE(model.rowCount() == 2);
    const QPersistentModelIndex a2(model.indexOfId(QByteArray("a2").leftJustified(16, '0'), 3));
    const QPersistentModelIndex b2(model.indexOfId(QByteArray("b2").leftJustified(16, '0')));
    model.sort(BudgetTreeModel::NameColumn, Qt::AscendingOrder);
    CHECK(b2.row() == 0);
    CHECK(a2.row() == 1);
    CHECK(a2.parent().row() == 1);
    // b1 loses a1 and gains a3, b2 goes, b3 arrives: a2 and its column stay put.
    model.setBudgets({ budget("b1", QStringLiteral("Beta"), 1000, { allocation("a2", QStringLiteral("P2"), 200, 250),
                                                                    allocation("a3", QStringLiteral("P0"), 100) }),
                       budget("b3", QStringLiteral("Gamma"), 100, {}) });
    CHECK_FALSE(b2.isValid());
    REQUIRE(a2.isValid());
    CHECK(a2.column() == 3);
    CHECK(model.idAt(a2) == QByteArray("a2").leftJustified(16, '0'));
    CHECK(a2.parent().row() == 0);
    const QModelIndex remaining = model.index(a2.row(), BudgetTreeModel::RemainingColumn, a2.parent());
    CHECK(remaining.data(Roles::RawValueRole).toLongLong() == -50); // overdrawn (MDF-02 with a negative balance)
    CHECK(remaining.data(Qt::ForegroundRole).isValid());            // in the warning colour
    model.sort(BudgetTreeModel::NameColumn, Qt::DescendingOrder);
    CHECK(model.data(model.index(0, 0)).toString() == QLatin1String("Gamma"));
    CHECK(model.idAt(a2) == QByteArray("a2").leftJustified(16, '0'));
    CHECK(model.index(0, 0, a2.parent()).data().toString() == QLatin1String("P2")); // descending: P2 before P0
}
