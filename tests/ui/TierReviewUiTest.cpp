// The tier review screen, the recompute scheduler and its status-bar indicator driven as a user would (issue 6):
// a scheduler run proposes an upgrade and opens demotion reviews (TIER-02/03), the CAM decides them through the
// dialog (a reason is required except to approve), each decision leaves a history row with who and why and moves the
// partner's tier, the at-risk tab shows a partner whose certificate expires inside the horizon (TIER-05) and follows
// the horizon box, and the scheduler debounces, cancels, reports progress and never runs twice at once. Offscreen,
// over a real database, with the real TierEngine and TierReview; every model under QAbstractItemModelTester.
// Certifications are dated from the real current day, because the scheduler evaluates the user's today.
#include "../training/TrainingTestSupport.h"

#include "deals/DealSettings.h"
#include "partners/PartnerRepository.h"
#include "storage/Transaction.h"
#include "support/TempDatabase.h"
#include "training/TierAtRiskModel.h"
#include "training/TierDecisionDialog.h"
#include "training/TierHistoryModel.h"
#include "training/TierQueueModel.h"
#include "training/TierRecomputeIndicator.h"
#include "training/TierReview.h"
#include "training/TierReviewScreen.h"
#include "training/TierScheduler.h"
#include "training/TierStandingsModel.h"
#include "training/TrainingSettings.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

using namespace ChannelDesk;
using namespace ChannelDesk::Test;

namespace {

const QString Me = QStringLiteral("anna");

QString s(const char* text)
{
    return QString::fromUtf8(text);
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
        handle(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    timer->start();
}

/// A program whose levels ask only for certified people, so the engine's verdicts follow the certificates alone:
/// Registered (rank 1, none), Silver (rank 2, 2 people), Gold (rank 3, 4 people).
struct Program
{
    TierProgram program;
    TierLevel registered;
    TierLevel silver;
    TierLevel gold;
};

Program makeProgram(Database& db)
{
    Program p;
    p.program = TrainingTest::programRecord(db, s("Partner Program"));
    p.registered = TrainingTest::level(db, TrainingTest::levelDraft(p.program.id, 1, s("Registered"), s("registered"), 0));
    TierLevel silver = TrainingTest::levelDraft(p.program.id, 2, s("Silver"), s("silver"), 10);
    silver.minCertifiedPeople = 2;
    p.silver = TrainingTest::level(db, silver);
    TierLevel gold = TrainingTest::levelDraft(p.program.id, 3, s("Gold"), s("gold"), 30);
    gold.minCertifiedPeople = 4;
    p.gold = TrainingTest::level(db, gold);
    return p;
}

struct Fixture
{
    TempDatabase temp;
    const QDate today = QDate::currentDate();
    Program ladder;
    CertDefinition cna;
    QByteArray acme;  ///< at Registered with 2 certified people: an upgrade to Silver is proposed
    QByteArray beta;  ///< at Silver with nobody certified: a demotion review
    QByteArray gamma; ///< the same as beta
    QByteArray delta; ///< at Silver with 2 people, one certificate expiring within 30 days: at risk
    QDate deltaExpiry;
    std::unique_ptr<TierScheduler> scheduler;
    std::unique_ptr<TierReviewScreen> screen;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers; // destroyed first: before the screen's models

    Fixture()
    {
        DealSettings settings(temp.db());
        DealProgram program = settings.program().value();
        program.currentUser = Me; // who decides: the history's "who"
        REQUIRE(settings.setProgram(program).ok());

        ladder = makeProgram(temp.db());
        cna = TrainingTest::definition(temp.db(), s("CNA"), s("Networking"), 24);

        acme = TrainingTest::partner(temp.db(), s("Acme Networks"));
        for (const QByteArray& person : TrainingTest::contacts(temp.db(), acme, 2))
            TrainingTest::certification(temp.db(), person, cna.id, today.addDays(-30));
        TrainingTest::member(temp.db(), acme, ladder.program.id, ladder.registered.id);

        beta = TrainingTest::partner(temp.db(), s("Beta Systems"));
        TrainingTest::member(temp.db(), beta, ladder.program.id, ladder.silver.id, QDate(2026, 1, 1), 10);
        gamma = TrainingTest::partner(temp.db(), s("Gamma Solutions"));
        TrainingTest::member(temp.db(), gamma, ladder.program.id, ladder.silver.id, QDate(2026, 1, 1), 10);

        delta = TrainingTest::partner(temp.db(), s("Delta Ltd"));
        const QList<QByteArray> deltaPeople = TrainingTest::contacts(temp.db(), delta, 2);
        TrainingTest::certification(temp.db(), deltaPeople.at(0), cna.id, today.addDays(-30));
        // Acquired so that the 24-month certificate ends about three weeks from today.
        const Certification expiring
            = TrainingTest::certification(temp.db(), deltaPeople.at(1), cna.id, today.addDays(20).addMonths(-24));
        deltaExpiry = expiring.expiresOn;
        REQUIRE(deltaExpiry > today);
        REQUIRE(deltaExpiry <= today.addDays(30));
        TrainingTest::member(temp.db(), delta, ladder.program.id, ladder.silver.id, QDate(2026, 1, 1), 10);

        scheduler = std::make_unique<TierScheduler>(temp.path());
        screen = std::make_unique<TierReviewScreen>(temp.db());
        screen->setScheduler(scheduler.get());
        screen->resize(1500, 900);
        screen->show();
        for (QAbstractItemModel* model :
             std::initializer_list<QAbstractItemModel*> { screen->queueModel(), screen->atRiskModel(),
                                                          screen->standingsModel(), screen->historyModel() })
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::Fatal));
        REQUIRE(waitFor([this] { return !screen->isBusy(); }));
    }

    /// One scheduler run, and the screen's reading after it.
    void recompute()
    {
        QSignalSpy finished(scheduler.get(), &TierScheduler::finished);
        QSignalSpy failed(scheduler.get(), &TierScheduler::failed);
        scheduler->runNow();
        REQUIRE(waitFor([&] { return finished.count() + failed.count() > 0; }));
        INFO((failed.isEmpty() ? QString() : failed.at(0).at(0).toString()).toStdString());
        REQUIRE(failed.isEmpty());
        REQUIRE(waitFor([this] { return !screen->isBusy(); }));
    }

    int queueRowOf(const QByteArray& partnerId) const
    {
        const TierQueueModel* model = screen->queueModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->rowAt(row).partnerId == partnerId)
                return row;
        }
        return -1;
    }

    /// Clicks the partner's row in the review queue.
    void selectInQueue(const QByteArray& partnerId)
    {
        const int row = queueRowOf(partnerId);
        REQUIRE(row >= 0);
        QTableView* view = screen->queueView();
        const QRect rect = view->visualRect(screen->queueModel()->index(row, TierQueueModel::Partner));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        REQUIRE(view->currentIndex().row() == row);
        REQUIRE(waitFor([this] { return !screen->isBusy(); }));
    }

    /// Clicks a decision button; `handle` drives the dialog.
    void decide(TierDecisionDialog::Decision decision, std::function<void(TierDecisionDialog*)> handle)
    {
        QPushButton* button = screen->decisionButton(decision);
        REQUIRE(button->isEnabled());
        bool opened = false;
        whenDialogOpens(screen.get(), [&opened, handle = std::move(handle)](QDialog* dialog) {
            auto* decisionDialog = qobject_cast<TierDecisionDialog*>(dialog);
            CHECK(decisionDialog);
            if (!decisionDialog)
                return;
            opened = true;
            handle(decisionDialog);
        });
        QTest::mouseClick(button, Qt::LeftButton);
        CHECK(opened);
        REQUIRE(waitFor([this] { return !screen->isBusy(); }));
    }

    QString partnerTier(const QByteArray& partnerId)
    {
        return PartnerRepository(temp.db()).get(partnerId).value().tier;
    }

    QByteArray memberLevel(const QByteArray& partnerId)
    {
        QSqlQuery q(temp.db().connection());
        q.prepare(s("SELECT level_id FROM program_member WHERE partner_id = ? AND deleted_at IS NULL"));
        q.addBindValue(partnerId);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toByteArray();
    }

    QString historyCell(int row, int column) const
    {
        return screen->historyModel()->index(row, column).data().toString();
    }
};

void typeReason(TierDecisionDialog* dialog, const QString& reason)
{
    dialog->reasonEdit()->setFocus();
    QTest::keyClicks(dialog->reasonEdit(), reason);
}

} // namespace

TEST_CASE("Tier review: a scheduler run puts the proposed upgrade and the demotion reviews in the queue",
          "[tier-review-ui]")
{
    // TIER-02: no silent upgrade, the proposal waits with its reasons. TIER-03: no silent demotion.
    Fixture f;
    CHECK(f.screen->queueModel()->rowCount() == 0);
    CHECK(f.screen->queueDetail()->text() == s("Nothing waits for a decision."));

    f.recompute();
    const TierQueueModel* queue = f.screen->queueModel();
    REQUIRE(queue->rowCount() == 3);
    CHECK(queue->totalCount() == 3);
    CHECK(f.screen->tabs()->tabText(0) == s("Review Queue (3)"));

    const int acmeRow = f.queueRowOf(f.acme);
    REQUIRE(acmeRow >= 0);
    const TierQueueRow upgrade = queue->rowAt(acmeRow); // a copy: the rows change with every reading
    CHECK(upgrade.kind == s("upgrade"));
    CHECK(upgrade.levelName == s("Registered"));
    CHECK(upgrade.proposedLevelName == s("Silver"));
    CHECK_FALSE(upgrade.reasons.isEmpty());
    CHECK(queue->index(acmeRow, TierQueueModel::Kind).data().toString() == s("Upgrade"));
    CHECK(queue->index(acmeRow, TierQueueModel::Reasons).data().toString() == upgrade.reasons.join(s("; ")));
    CHECK(f.partnerTier(f.acme).isEmpty()); // nothing applied before a CAM approves
    CHECK(f.memberLevel(f.acme) == f.ladder.registered.id);

    const int betaRow = f.queueRowOf(f.beta);
    REQUIRE(betaRow >= 0);
    CHECK(queue->rowAt(betaRow).kind == s("demotion"));
    CHECK(queue->rowAt(betaRow).proposedLevelName == s("Registered"));
    CHECK(queue->index(betaRow, TierQueueModel::Kind).data().toString() == s("Demotion review"));
    CHECK(f.memberLevel(f.beta) == f.ladder.silver.id); // still Silver until decided
    CHECK(f.queueRowOf(f.delta) < 0);                  // at risk, but still qualifies today

    // The kind filter narrows the queue.
    f.screen->kindBox()->setCurrentIndex(f.screen->kindBox()->findData(s("demotion")));
    REQUIRE(waitFor([&] { return !f.screen->isBusy(); }));
    CHECK(queue->rowCount() == 2);
    CHECK(f.queueRowOf(f.acme) < 0);

    // Selecting a row shows its reasons and the partner's standing and history.
    f.screen->kindBox()->setCurrentIndex(0);
    REQUIRE(waitFor([&] { return !f.screen->isBusy(); }));
    f.selectInQueue(f.acme);
    CHECK(f.screen->queueDetail()->text().contains(upgrade.reasons.value(0)));
    CHECK(f.screen->partnerLabel()->text() == s("Acme Networks"));
    CHECK(f.screen->currentPartner() == f.acme);
    REQUIRE(f.screen->standingsModel()->rowCount() == 1);
    CHECK(f.screen->standingsModel()->index(0, TierStandingsModel::Level).data().toString() == s("Registered"));
    CHECK(f.screen->standingsModel()->index(0, TierStandingsModel::NextLevel).data().toString() == s("Silver"));
    REQUIRE(f.screen->historyModel()->rowCount() >= 1);
    CHECK(f.screen->historyModel()->rowAt(0).action == s("proposed"));
    CHECK(f.historyCell(0, TierHistoryModel::Who) == s("ChannelDesk (automatic)"));
    CHECK(f.screen->decisionButton(TierDecisionDialog::Decision::ApproveUpgrade)->isEnabled());
    CHECK(f.screen->decisionButton(TierDecisionDialog::Decision::RejectUpgrade)->isEnabled());
    CHECK_FALSE(f.screen->decisionButton(TierDecisionDialog::Decision::ConfirmDemotion)->isEnabled());
    CHECK_FALSE(f.screen->decisionButton(TierDecisionDialog::Decision::KeepLevel)->isEnabled());
}

TEST_CASE("Tier review: approving an upgrade in the dialog moves the partner and records who and why",
          "[tier-review-ui]")
{
    Fixture f;
    f.recompute();
    f.selectInQueue(f.acme);
    QSignalSpy changed(f.screen.get(), &TierReviewScreen::trainingChanged);

    f.decide(TierDecisionDialog::Decision::ApproveUpgrade, [](TierDecisionDialog* dialog) {
        // Approving needs no reason; the proposal's reasons are in view.
        CHECK(dialog->okButton()->isEnabled());
        CHECK(dialog->findChild<QLabel*>(s("proposalReasons"))->text().contains(s("Criteria met")));
        typeReason(dialog, s("Strong quarter"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });

    CHECK(changed.count() == 1);
    CHECK(f.queueRowOf(f.acme) < 0);
    CHECK(f.screen->queueModel()->rowCount() == 2);
    CHECK(f.partnerTier(f.acme) == s("silver"));
    CHECK(f.memberLevel(f.acme) == f.ladder.silver.id);
    // The side panel stays on the partner just decided, with the new history row on top.
    CHECK(f.screen->currentPartner() == f.acme);
    REQUIRE(f.screen->historyModel()->rowCount() >= 2);
    CHECK(f.screen->historyModel()->rowAt(0).action == s("approved"));
    CHECK(f.historyCell(0, TierHistoryModel::Who) == Me);
    CHECK(f.historyCell(0, TierHistoryModel::From) == s("Registered"));
    CHECK(f.historyCell(0, TierHistoryModel::To) == s("Silver"));
    CHECK(f.historyCell(0, TierHistoryModel::Why) == s("Strong quarter"));
    CHECK(f.historyCell(0, TierHistoryModel::Action) == tierEventActionLabel(s("approved")));
    CHECK(f.screen->standingsModel()->index(0, TierStandingsModel::Level).data().toString() == s("Silver"));
    CHECK(f.screen->messageLabel()->text().contains(s("Acme Networks")));

    // The next run leaves the decision alone.
    f.recompute();
    CHECK(f.queueRowOf(f.acme) < 0);
    CHECK(f.partnerTier(f.acme) == s("silver"));
}

TEST_CASE("Tier review: rejecting an upgrade needs a reason", "[tier-review-ui]")
{
    Fixture f;
    f.recompute();
    f.selectInQueue(f.acme);
    const int historyBefore = f.screen->historyModel()->rowCount();

    // Cancelled: nothing changes.
    f.decide(TierDecisionDialog::Decision::RejectUpgrade, [](TierDecisionDialog* dialog) { dialog->reject(); });
    CHECK(f.queueRowOf(f.acme) >= 0);
    CHECK(f.screen->historyModel()->rowCount() == historyBefore);

    f.selectInQueue(f.acme);
    f.decide(TierDecisionDialog::Decision::RejectUpgrade, [](TierDecisionDialog* dialog) {
        CHECK_FALSE(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton); // disabled: the dialog stays
        CHECK(dialog->isVisible());
        typeReason(dialog, s("   "));
        CHECK_FALSE(dialog->okButton()->isEnabled()); // blanks are no reason
        typeReason(dialog, s("Certifications too recent"));
        CHECK(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });

    CHECK(f.queueRowOf(f.acme) < 0);
    CHECK(f.partnerTier(f.acme).isEmpty());
    CHECK(f.memberLevel(f.acme) == f.ladder.registered.id);
    REQUIRE(f.screen->historyModel()->rowCount() == historyBefore + 1);
    CHECK(f.screen->historyModel()->rowAt(0).action == s("rejected"));
    CHECK(f.historyCell(0, TierHistoryModel::Why) == s("Certifications too recent"));
    CHECK(f.historyCell(0, TierHistoryModel::Who) == Me);
}

TEST_CASE("Tier review: a decision on a change another CAM already decided is refused and the queue refreshed",
          "[tier-review-ui]")
{
    Fixture f;
    f.recompute();
    f.selectInQueue(f.acme);
    const TierQueueRow shown = f.screen->queueModel()->rowAt(f.screen->queueView()->currentIndex().row());
    // Meanwhile (another device, synced): the upgrade was approved.
    TrainingAction other;
    other.actor = s("ben");
    other.reason = s("Approved on the road");
    REQUIRE(TierReview(f.temp.db()).approveUpgrade(shown.memberId, other).ok());

    QSignalSpy errors(f.screen.get(), &TierReviewScreen::errorOccurred);
    QSignalSpy changed(f.screen.get(), &TierReviewScreen::trainingChanged);
    f.decide(TierDecisionDialog::Decision::RejectUpgrade, [](TierDecisionDialog* dialog) {
        typeReason(dialog, s("Too early"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    REQUIRE(errors.count() == 1);
    CHECK_FALSE(errors.at(0).at(0).toString().isEmpty());
    CHECK(f.screen->messageLabel()->isVisible());
    CHECK(f.screen->messageLabel()->text() == errors.at(0).at(0).toString());
    CHECK(changed.count() == 0);
    CHECK(f.queueRowOf(f.acme) < 0); // read again: the change is gone
    CHECK(f.partnerTier(f.acme) == s("silver"));
    CHECK(f.screen->historyModel()->rowAt(0).action == s("approved"));
    CHECK(f.historyCell(0, TierHistoryModel::Who) == s("ben"));
}

TEST_CASE("Tier review: a demotion review is confirmed or the level kept, each with a reason", "[tier-review-ui]")
{
    // TIER-03: a demotion happens only when a CAM confirms it; keeping the level is a recorded decision too.
    Fixture f;
    f.recompute();

    f.selectInQueue(f.beta);
    CHECK_FALSE(f.screen->decisionButton(TierDecisionDialog::Decision::ApproveUpgrade)->isEnabled());
    CHECK(f.screen->queueDetail()->text().contains(s("no longer meets")));
    f.decide(TierDecisionDialog::Decision::ConfirmDemotion, [](TierDecisionDialog* dialog) {
        CHECK_FALSE(dialog->okButton()->isEnabled());
        CHECK(dialog->findChild<QLabel*>(s("proposalReasons"))->text().contains(s("no longer met")));
        typeReason(dialog, s("Nobody certified since March"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    CHECK(f.queueRowOf(f.beta) < 0);
    CHECK(f.memberLevel(f.beta) == f.ladder.registered.id);
    CHECK(f.partnerTier(f.beta) == s("registered"));
    CHECK(f.screen->historyModel()->rowAt(0).action == s("demoted"));
    CHECK(f.historyCell(0, TierHistoryModel::From) == s("Silver"));
    CHECK(f.historyCell(0, TierHistoryModel::To) == s("Registered"));
    CHECK(f.historyCell(0, TierHistoryModel::Why) == s("Nobody certified since March"));

    f.selectInQueue(f.gamma);
    f.decide(TierDecisionDialog::Decision::KeepLevel, [](TierDecisionDialog* dialog) {
        CHECK_FALSE(dialog->okButton()->isEnabled());
        typeReason(dialog, s("Two exams booked next week"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    CHECK(f.queueRowOf(f.gamma) < 0);
    CHECK(f.memberLevel(f.gamma) == f.ladder.silver.id);
    CHECK(f.screen->historyModel()->rowAt(0).action == s("kept"));
    CHECK(f.historyCell(0, TierHistoryModel::Why) == s("Two exams booked next week"));
    CHECK(f.historyCell(0, TierHistoryModel::Who) == Me);

    // A kept level is not reopened by the next run (review snooze), nor a confirmed demotion.
    f.recompute();
    CHECK(f.queueRowOf(f.gamma) < 0);
    CHECK(f.queueRowOf(f.beta) < 0);
}

TEST_CASE("Tier review: the at-risk tab shows a partner whose certificate expires inside the horizon",
          "[tier-review-ui]")
{
    // TIER-05: Delta qualifies for Silver today, but one of its two certificates expires within 30 days.
    Fixture f;
    f.recompute();
    QTabWidget* tabs = f.screen->tabs();
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
    REQUIRE(tabs->currentIndex() == 1);

    const TierAtRiskModel* risk = f.screen->atRiskModel();
    const int row = risk->rowOfPartner(f.delta);
    REQUIRE(row >= 0);
    const TierAtRiskRow delta = risk->rowAt(row); // a copy: the rows change with every reading
    CHECK(delta.levelName == s("Silver"));
    CHECK(delta.atRiskOn == f.deltaExpiry.addDays(1)); // valid through the expiry day, short the day after
    CHECK(delta.certifiedNow == 2);
    CHECK(delta.certifiedNeeded == std::optional<int>(2));
    CHECK_FALSE(delta.reasons.isEmpty());
    CHECK(risk->index(row, TierAtRiskModel::Certified).data().toString() == s("2 of 2"));
    CHECK(risk->rowOfPartner(f.acme) < 0);
    CHECK(tabs->tabText(1) == s("At Risk (%1)").arg(risk->totalCount()));

    QTableView* view = f.screen->atRiskView();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(risk->index(row, TierAtRiskModel::Partner)).center());
    REQUIRE(waitFor([&] { return !f.screen->isBusy(); }));
    CHECK(f.screen->currentPartner() == f.delta);
    CHECK(f.screen->atRiskDetail()->text().contains(delta.reasons.value(0)));
    REQUIRE(f.screen->standingsModel()->rowCount() == 1);
    CHECK(f.screen->standingsModel()->rowAt(0).atRisk);

    // A horizon shorter than the expiry: the list narrows at once, the setting is saved and a recompute runs.
    const int shortHorizon = int(f.today.daysTo(f.deltaExpiry)) - 1;
    REQUIRE(shortHorizon >= 1);
    QSignalSpy started(f.scheduler.get(), &TierScheduler::started);
    QSignalSpy finished(f.scheduler.get(), &TierScheduler::finished);
    QSpinBox* horizon = f.screen->horizonBox();
    horizon->setFocus();
    horizon->selectAll();
    QTest::keyClicks(horizon, QString::number(shortHorizon));
    QTest::keyClick(horizon, Qt::Key_Return);
    CHECK(TrainingSettings(f.temp.db()).atRiskHorizonDays() == shortHorizon);
    CHECK(started.count() == 1);
    REQUIRE(waitFor([&] { return finished.count() == 1 && !f.screen->isBusy(); }));
    CHECK(risk->rowOfPartner(f.delta) < 0);
    CHECK(f.screen->atRiskDetail()->text().startsWith(s("No partner falls below")) == (risk->rowCount() == 0));

    // Back to a horizon that reaches the day it falls short: Delta is at risk again after the recompute.
    horizon->setFocus();
    horizon->selectAll();
    QTest::keyClicks(horizon, QString::number(shortHorizon + 2));
    QTest::keyClick(horizon, Qt::Key_Return);
    REQUIRE(waitFor([&] { return finished.count() == 2 && !f.screen->isBusy(); }));
    CHECK(risk->rowOfPartner(f.delta) >= 0);
}

TEST_CASE("Tier scheduler: noteDataChanged bursts cost one run after the quiet period", "[tier-review-ui]")
{
    Fixture f;
    f.scheduler->setDebounceInterval(std::chrono::milliseconds(300));
    QSignalSpy started(f.scheduler.get(), &TierScheduler::started);
    QSignalSpy finished(f.scheduler.get(), &TierScheduler::finished);
    for (int i = 0; i < 5; ++i) {
        f.scheduler->noteDataChanged();
        QTest::qWait(50);
    }
    CHECK(f.scheduler->isDebouncing());
    CHECK(started.count() == 0); // still waiting for quiet
    REQUIRE(waitFor([&] { return finished.count() == 1; }));
    CHECK(started.count() == 1);
    QTest::qWait(700);
    CHECK(started.count() == 1);
    CHECK(f.scheduler->completedRuns() == 1);
    // The screen read the run's result.
    REQUIRE(waitFor([&] { return !f.screen->isBusy(); }));
    CHECK(f.screen->queueModel()->rowCount() == 3);
}

TEST_CASE("Tier scheduler: progress is reported and the indicator follows a run", "[tier-review-ui]")
{
    Fixture f;
    TierRecomputeIndicator indicator(f.scheduler.get());
    indicator.show();
    CHECK(indicator.label()->text() == s("Tiers not checked yet"));
    QSignalSpy progress(f.scheduler.get(), &TierScheduler::progress);
    QSignalSpy finished(f.scheduler.get(), &TierScheduler::finished);
    f.scheduler->start();
    CHECK(f.scheduler->isStarted());
    CHECK(f.scheduler->isRunning());
    CHECK(indicator.progressBar()->isVisible());
    CHECK(indicator.cancelButton()->isVisible());
    REQUIRE(waitFor([&] { return finished.count() == 1; }));
    REQUIRE(progress.count() >= 1);
    const QList<QVariant> last = progress.constLast();
    CHECK(last.at(0).toInt() == 4); // four members, all evaluated
    CHECK(last.at(1).toInt() == 4);
    CHECK(f.scheduler->lastSummary().members == 4);
    CHECK(f.scheduler->lastSummary().proposed == 1);
    CHECK(f.scheduler->lastSummary().reviews == 2);
    CHECK(f.scheduler->lastRun() == TierScheduler::LastRun::Finished);
    CHECK(finished.at(0).at(0).toString() == TierScheduler::summaryText(f.scheduler->lastSummary()));
    CHECK_FALSE(indicator.progressBar()->isVisible());
    CHECK_FALSE(indicator.cancelButton()->isVisible());
    CHECK(indicator.label()->text().startsWith(s("Tiers checked at")));
    CHECK(indicator.label()->toolTip() == finished.at(0).at(0).toString());
    // The interval comes from the settings (hourly by default).
    CHECK(f.scheduler->recomputeInterval() == std::chrono::minutes(TrainingSettings(f.temp.db()).recomputeIntervalMinutes()));
}

namespace {

/// Holds the scheduler's worker at its first progress report until released (bounded, so a failing test never hangs).
struct Gate
{
    std::atomic<bool> entered { false };
    std::atomic<bool> passed { false };
    QSemaphore release;

    std::function<void(int, int)> hook()
    {
        return [this](int, int) {
            if (passed.exchange(true))
                return;
            entered = true;
            (void)release.tryAcquire(1, 10000);
        };
    }
};

} // namespace

TEST_CASE("Tier scheduler: cancel stops a run and the indicator's Cancel button does it", "[tier-review-ui]")
{
    Fixture f;
    TierRecomputeIndicator indicator(f.scheduler.get());
    indicator.show();
    Gate gate;
    f.scheduler->setWorkerProgressHook(gate.hook());
    QSignalSpy cancelled(f.scheduler.get(), &TierScheduler::cancelled);
    QSignalSpy finished(f.scheduler.get(), &TierScheduler::finished);

    f.scheduler->runNow();
    REQUIRE(waitFor([&] { return gate.entered.load(); }));
    f.scheduler->runNow(); // queued behind the running one…
    CHECK(f.scheduler->isRunQueued());
    REQUIRE(indicator.cancelButton()->isVisible());
    QTest::mouseClick(indicator.cancelButton(), Qt::LeftButton); // …and dropped by the cancel
    CHECK_FALSE(f.scheduler->isRunQueued());
    gate.release.release();
    REQUIRE(waitFor([&] { return cancelled.count() == 1; }));
    QTest::qWait(200);
    CHECK(finished.count() == 0);
    CHECK_FALSE(f.scheduler->isRunning());
    CHECK(f.scheduler->completedRuns() == 1);
    CHECK(f.scheduler->lastRun() == TierScheduler::LastRun::Cancelled);
    CHECK_FALSE(indicator.progressBar()->isVisible());
    CHECK(indicator.label()->text() == s("Tier check cancelled"));
    // Cancelled before any member: nothing was proposed.
    CHECK(TrainingTest::rowCount(f.temp.db(), s("program_member"), s("pending_kind <> ''")) == 0);

    // The next run is not affected by the earlier cancel.
    f.scheduler->setWorkerProgressHook({});
    f.scheduler->runNow();
    REQUIRE(waitFor([&] { return finished.count() == 1; }));
    CHECK(TrainingTest::rowCount(f.temp.db(), s("program_member"), s("pending_kind <> ''")) == 3);
}

TEST_CASE("Tier scheduler: requests during a run queue exactly one more run, never a second at once",
          "[tier-review-ui]")
{
    Fixture f;
    Gate gate;
    f.scheduler->setWorkerProgressHook(gate.hook());
    f.scheduler->setDebounceInterval(std::chrono::milliseconds(50));
    QStringList sequence;
    QObject::connect(f.scheduler.get(), &TierScheduler::started, f.screen.get(), [&] { sequence << s("started"); });
    QObject::connect(f.scheduler.get(), &TierScheduler::finished, f.screen.get(), [&] { sequence << s("finished"); });

    f.scheduler->runNow();
    REQUIRE(waitFor([&] { return gate.entered.load(); }));
    f.scheduler->runNow();
    f.scheduler->runNow();
    f.scheduler->noteDataChanged();
    QTest::qWait(200); // the debounce fires during the run: it joins the queued run
    CHECK(f.scheduler->isRunning());
    CHECK(f.scheduler->isRunQueued());
    CHECK(sequence.size() == 1);
    gate.release.release();
    REQUIRE(waitFor([&] { return f.scheduler->completedRuns() == 2 && !f.scheduler->isRunning(); }));
    QTest::qWait(300);
    CHECK(f.scheduler->completedRuns() == 2);
    const QStringList expected { s("started"), s("finished"), s("started"), s("finished") };
    CHECK(sequence.join(QLatin1Char(',')) == expected.join(QLatin1Char(',')));
}

TEST_CASE("Tier review: a long queue pages in as the view scrolls", "[tier-review-ui]")
{
    // 230 pending upgrades, written directly (one transaction): the first page paints, scrolling to the end fetches
    // the rest a page at a time, oldest first throughout.
    TempDatabase temp;
    const Program ladder = makeProgram(temp.db());
    constexpr int Pending = 230;
    {
        Transaction tx(temp.db());
        REQUIRE(tx.begun().ok());
        for (int i = 0; i < Pending; ++i) {
            ProgramMember m;
            m.partnerId = TrainingTest::partner(temp.db(), s("Partner %1").arg(i, 3, 10, QLatin1Char('0')));
            m.programId = ladder.program.id;
            m.levelId = ladder.registered.id;
            m.pendingLevelId = ladder.silver.id;
            m.pendingKind = s("upgrade");
            m.pendingReasons = reasonsToJson({ s("2 certified people of 2 needed") });
            m.pendingSince = TrainingTest::at(2026, 1, 1).addSecs(3600 * i);
            TrainingTest::writeRecord(temp.db(), TrainingRecordIo::MemberEntity, m, programMemberFields());
        }
        REQUIRE(tx.commit().ok());
    }
    TierReviewScreen screen(temp.db());
    TierQueueModel* model = screen.queueModel();
    int firstReading = -1;
    QObject::connect(model, &TierQueueModel::loaded, &screen, [&] {
        if (firstReading < 0)
            firstReading = model->rowCount();
    });
    screen.resize(1200, 700);
    screen.show();
    REQUIRE(waitFor([&] { return !screen.isBusy(); }));
    CHECK(firstReading == TierQueueModel::PageSize);
    CHECK(model->rowCount() == TierQueueModel::PageSize); // the view shows fewer rows than a page: no fetch yet
    CHECK(model->totalCount() == Pending);
    CHECK(screen.tabs()->tabText(0) == s("Review Queue (230)"));
    CHECK(model->canFetchMore({}));

    for (int step = 0; step < 10 && model->rowCount() < Pending; ++step) {
        screen.queueView()->scrollToBottom();
        REQUIRE(waitFor([&] { return !screen.isBusy(); }));
    }
    REQUIRE(model->rowCount() == Pending);
    CHECK_FALSE(model->canFetchMore({}));
    for (int row = 1; row < Pending; ++row) {
        if (model->rowAt(row - 1).pendingSince >= model->rowAt(row).pendingSince)
            FAIL("row " << row << " is out of order");
    }

    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // A model tester from the start asks for the next page on every reset and insertion, even while one is on its
    // way: still every row once.
    TierReviewScreen eager(temp.db());
    QAbstractItemModelTester eagerTester(eager.queueModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (int step = 0; step < 10 && eager.queueModel()->rowCount() < Pending; ++step) {
        REQUIRE(waitFor([&] { return !eager.isBusy(); }));
        eager.queueModel()->fetchMore({}); // as a view scrolled to the end would
    }
    REQUIRE(waitFor([&] { return !eager.isBusy(); }));
    CHECK_FALSE(eager.queueModel()->canFetchMore({}));
    REQUIRE(eager.queueModel()->rowCount() == Pending);
    QSet<QByteArray> ids;
    for (int row = 0; row < Pending; ++row)
        ids.insert(eager.queueModel()->rowAt(row).memberId);
    CHECK(ids.size() == Pending);
    CHECK(model->index(0, TierQueueModel::Partner).data().toString() == s("Partner 000"));
    CHECK(model->index(Pending - 1, TierQueueModel::Partner).data().toString() == s("Partner 229"));

    // A reading after a change keeps as many rows as were loaded (the scroll position holds).
    screen.reloadAll();
    REQUIRE(waitFor([&] { return !screen.isBusy(); }));
    CHECK(model->rowCount() == Pending);
}
