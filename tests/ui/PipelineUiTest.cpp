// The pipeline dashboard driven as a user would (issue 4, PIPE-01…06): figures on a small database whose totals are
// worked out by hand below, a filter change, drill-down from a bar and from a tile, chart exports, the missing-rate
// warning, and the deal settings dialog.
#include "common/Money.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "deals/DealQuery.h"
#include "deals/DealSettings.h"
#include "partners/PartnerRepository.h"
#include "common/OptionalDateEdit.h"
#include "common/Roles.h"
#include "pipeline/ChartExport.h"
#include "pipeline/DealSettingsDialog.h"
#include "pipeline/KpiTile.h"
#include "pipeline/PartnerPicker.h"
#include "pipeline/PipelineChart.h"
#include "pipeline/PipelineFilterBar.h"
#include "pipeline/PipelineScreen.h"
#include "pipeline/RatesUsedModel.h"
#include "support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontMetrics>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace ChannelDesk;
using ChannelDesk::Test::TempDatabase;

namespace {

QString usd(qint64 minor)
{
    return Money { minor, QStringLiteral("USD") }.format(QLocale());
}

struct DealRow
{
    QString kind;
    QString status;
    QString closure;
    QString stage;
    qint64 amount;
    QString currency;
    int closeInDays;          ///< expected close relative to today
    int partner;              ///< index into the fixture's partners
    QString cam;
    int updatedDaysAgo = 0;
    int submittedDaysAgo = -1; ///< -1: never submitted
    int decidedAfterHours = 0;
    bool fromRegistration = false;
};

/// A small pipeline whose figures are worked out by hand (base USD, EUR at 1.10 since 2020, no JPY rate):
///   open:    D1 negotiation 100,000 USD (Alpha, gold, VN, anna, closes in 20 days)
///            D2 proposal 40,000 USD (Beta, silver, DE, ben, closed 10 days ago: past close)
///            D3 approved registration, qualification, 10,000 EUR = 11,000 USD (Beta, ben; untouched 60 days: stalled;
///               submitted 5 days ago, approved 24 h later)
///            D7 commit 1,000,000 JPY (Gamma, platinum, US, carol): no rate, left out of every sum
///            D9 negotiation 60,000 USD (Gamma, carol)
///   won:     D4 25,000 USD (Alpha, anna), converted from D5
///   closed:  D5 registration converted (Alpha; approved 48 h after submission)
///   lost:    D6 5,000 USD (Gamma)
///   draft:   D8 (Gamma), in no figure
/// Open 211,000 USD over 5 deals; weighted 75,000 + 20,000 + 1,100 + 45,000 = 141,100 USD; won 25,000 USD;
/// conversion 1 of 2 decided; approval time (24 + 48) / 2 = 36 h.
struct Fixture
{
    TempDatabase temp;
    QList<QByteArray> partners;
    QDate today = QDate::currentDate();

    Fixture()
    {
        PartnerRepository repository(temp.db());
        const struct
        {
            const char* name;
            const char* tier;
            const char* country;
            const char* region;
        } rows[] = {
            { "Alpha Systems", "gold", "VN", "APAC" },
            { "Beta Networks", "silver", "DE", "EMEA" },
            { "Gamma Tech", "platinum", "US", "AMER" },
        };
        for (const auto& row : rows) {
            Partner partner;
            partner.name = QString::fromUtf8(row.name);
            partner.tier = QString::fromUtf8(row.tier);
            partner.country = QString::fromUtf8(row.country);
            partner.region = QString::fromUtf8(row.region);
            partner.stage = QStringLiteral("active");
            auto created = repository.create(partner);
            REQUIRE(created.ok());
            partners.append(created->id);
        }
        DealSettings settings(temp.db());
        REQUIRE(settings.setRates({ { QStringLiteral("EUR"), QDate(2020, 1, 1), 1.10 } }).ok());

        const QString opportunity = QStringLiteral("opportunity");
        const QString registration = QStringLiteral("registration");
        const QString usdCode = QStringLiteral("USD");
        const DealRow deals[] = {
            { opportunity, QStringLiteral("open"), {}, QStringLiteral("negotiation"), 10'000'000, usdCode, 20, 0, QStringLiteral("anna") },
            { opportunity, QStringLiteral("open"), {}, QStringLiteral("proposal"), 4'000'000, usdCode, -10, 1, QStringLiteral("ben") },
            { registration, QStringLiteral("approved"), {}, QStringLiteral("qualification"), 1'000'000, QStringLiteral("EUR"), 30, 1,
              QStringLiteral("ben"), 60, 5, 24 },
            { opportunity, QStringLiteral("won"), {}, QStringLiteral("commit"), 2'500'000, usdCode, -5, 0, QStringLiteral("anna"), 0, -1, 0, true },
            { registration, QStringLiteral("closed"), QStringLiteral("converted"), QStringLiteral("commit"), 2'500'000, usdCode, -5, 0,
              QStringLiteral("anna"), 0, 20, 48 },
            { opportunity, QStringLiteral("lost"), {}, QStringLiteral("proposal"), 500'000, usdCode, 10, 2, QStringLiteral("carol") },
            { opportunity, QStringLiteral("open"), {}, QStringLiteral("commit"), 1'000'000, QStringLiteral("JPY"), 15, 2, QStringLiteral("carol") },
            { registration, QStringLiteral("draft"), {}, QStringLiteral("qualification"), 999'900, usdCode, 25, 2, QStringLiteral("carol") },
            { opportunity, QStringLiteral("open"), {}, QStringLiteral("negotiation"), 6'000'000, usdCode, 40, 2, QStringLiteral("carol") },
        };
        int number = 0;
        for (const DealRow& deal : deals)
            insert(deal, ++number);
    }

    void insert(const DealRow& deal, int number)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime updated = now.addDays(-deal.updatedDaysAgo);
        QSqlQuery query(temp.db().connection());
        query.prepare(QStringLiteral(
            "INSERT INTO deal (id, kind, number, partner_id, cam, customer_name, amount_minor, currency, expected_close, "
            "sales_stage, status, closure_code, submitted_at, decided_at, registration_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(Uuid::createV7());
        query.addBindValue(deal.kind);
        query.addBindValue(QStringLiteral("T-%1").arg(number));
        query.addBindValue(partners.at(deal.partner));
        query.addBindValue(deal.cam);
        query.addBindValue(QStringLiteral("Customer %1").arg(number));
        query.addBindValue(deal.amount);
        query.addBindValue(deal.currency);
        query.addBindValue(Timestamp::dateToStorage(today.addDays(deal.closeInDays)));
        query.addBindValue(deal.stage);
        query.addBindValue(deal.status);
        query.addBindValue(deal.closure.isNull() ? QStringLiteral("") : deal.closure); // NOT NULL column: "" is none
        const QDateTime submitted = now.addDays(-deal.submittedDaysAgo);
        query.addBindValue(deal.submittedDaysAgo >= 0 ? Timestamp::toStorage(submitted) : QVariant(QMetaType::fromType<QString>()));
        query.addBindValue(deal.submittedDaysAgo >= 0 && deal.decidedAfterHours > 0
                               ? Timestamp::toStorage(submitted.addSecs(deal.decidedAfterHours * 3600))
                               : QVariant(QMetaType::fromType<QString>()));
        query.addBindValue(deal.fromRegistration ? QVariant(Uuid::createV7()) : QVariant(QMetaType::fromType<QByteArray>()));
        query.addBindValue(Timestamp::toStorage(updated));
        query.addBindValue(Timestamp::toStorage(updated));
        INFO(query.lastError().text().toStdString());
        REQUIRE(query.exec());
    }

    qint64 countDeals(const DealFilter& filter, int stalledDays = 30)
    {
        const DealSql sql = DealQuery::build(filter, DealSort::Amount, false, stalledDays);
        QSqlQuery query(temp.db().connection());
        query.prepare(QStringLiteral("SELECT count(*) FROM deal d JOIN partner p ON p.id = d.partner_id WHERE ") + sql.where);
        for (const QVariant& value : sql.values)
            query.addBindValue(value);
        REQUIRE(query.exec());
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }
};

/// Waits until the screen has answered every request (load, refresh, filter) and shows the result.
void settle(PipelineScreen& screen)
{
    for (int i = 0; i < 500 && (screen.isBusy() || !screen.hasData()); ++i)
        QTest::qWait(10);
    REQUIRE_FALSE(screen.isBusy());
    REQUIRE(screen.hasData());
    QApplication::processEvents();
}

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

struct ShownScreen
{
    Fixture fixture;
    PipelineScreen screen { fixture.temp.db(), nullptr };

    ShownScreen()
    {
        screen.resize(1280, 800);
        screen.show();
        screen.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&screen)); // the partner search box needs the focus
        settle(screen);
        // Every expected close date, as a user picks it from the period menu: both date fields empty again.
        choose(screen.filterBar()->periodBox(), int(PipelineFilterBar::Period::All));
        settle(screen);
        REQUIRE_FALSE(screen.filterBar()->fromEdit()->optionalDate().isValid());
        REQUIRE_FALSE(screen.filterBar()->toEdit()->optionalDate().isValid());
    }
};

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("PIPE-01 PIPE-03 PIPE-05 the tiles show the hand-computed figures", "[pipeline]")
{
    ShownScreen s;
    PipelineScreen& screen = s.screen;
    const PipelineDashboard& d = screen.dashboard();
    CHECK(d.currency == QStringLiteral("USD"));
    CHECK(d.openCount == 5);
    CHECK(d.openMinor == 21'100'000);
    CHECK(d.weightedMinor == 14'110'000);

    CHECK(screen.tile(PipelineScreen::Tile::Open)->value() == usd(21'100'000));
    CHECK(screen.tile(PipelineScreen::Tile::Open)->detail() == PipelineScreen::tr("%n open deal(s)", nullptr, 5));
    CHECK(screen.tile(PipelineScreen::Tile::Weighted)->value() == usd(14'110'000));
    CHECK(screen.tile(PipelineScreen::Tile::Won)->value() == usd(2'500'000));
    CHECK(screen.tile(PipelineScreen::Tile::Won)->detail().startsWith(PipelineScreen::tr("%n won deal(s)", nullptr, 1)));
    CHECK(screen.tile(PipelineScreen::Tile::PastClose)->value() == QStringLiteral("1"));
    CHECK(screen.tile(PipelineScreen::Tile::PastClose)->detail().contains(usd(4'000'000)));
    CHECK(screen.tile(PipelineScreen::Tile::Stalled)->value() == QStringLiteral("1"));
    CHECK(screen.tile(PipelineScreen::Tile::Stalled)->detail().contains(usd(1'100'000)));
    CHECK(screen.tile(PipelineScreen::Tile::Conversion)->value() == QStringLiteral("50.0%"));
    CHECK(screen.tile(PipelineScreen::Tile::Conversion)->detail()
          == PipelineScreen::tr("%1 of %n decided registration(s) converted", nullptr, 2).arg(QStringLiteral("1")));
    CHECK(screen.tile(PipelineScreen::Tile::ApprovalTime)->value() == QStringLiteral("36.0 h"));
    // No target yet: coverage says so rather than dividing by zero.
    CHECK(screen.tile(PipelineScreen::Tile::Coverage)->value() == QStringLiteral("—"));

    // The stage chart has one bar per stage, the amounts in stage order.
    PipelineChart* stages = screen.chart(PipelineChart::Kind::Stage);
    REQUIRE(stages->buckets().size() == 5);
    CHECK(stages->buckets().at(3).key == QStringLiteral("negotiation"));
    CHECK(stages->buckets().at(3).count == 2);
    CHECK(stages->buckets().at(3).amountMinor == 16'000'000);
    CHECK(screen.chart(PipelineChart::Kind::Partners)->buckets().constFirst().label == QStringLiteral("Alpha Systems"));
}

TEST_CASE("stage names too wide for their bar break onto two lines instead of running into each other",
          "[pipeline][i18n]")
{
    QTranslator vietnamese; // the longest stage names: "Tìm hiểu nhu cầu", "Đánh giá sơ bộ"
    REQUIRE(vietnamese.load(QStringLiteral(":/i18n/channeldesk_vi.qm")));
    QCoreApplication::installTranslator(&vietnamese);
    {
        ShownScreen s;
        s.screen.resize(900, 700); // a narrow window: under 70 px per stage
        s.screen.reload();
        settle(s.screen);
        PipelineChart* stages = s.screen.chart(PipelineChart::Kind::Stage);
        QChart* chart = stages->chartView()->chart();
        REQUIRE(chart);
        const QList<QAbstractAxis*> axes = chart->axes(Qt::Horizontal);
        REQUIRE(axes.size() == 1);
        auto* categories = qobject_cast<QBarCategoryAxis*>(axes.constFirst());
        REQUIRE(categories);
        const QStringList labels = categories->categories();
        REQUIRE(labels.size() == 5);
        const double room = chart->plotArea().width() / double(labels.size());
        const QFontMetrics metrics(categories->labelsFont());
        // (Stage names are translated once per process: run alone, as ctest runs each case, they are Vietnamese.)
        for (const QString& label : labels) {
            QStringList lines = label.split(QStringLiteral("<br>"));
            const QString count = lines.takeLast();
            for (const QString& line : std::as_const(lines)) {
                INFO(line.toStdString() << " in " << room << " px, beside " << count.toStdString());
                if (!line.contains(QLatin1Char(' ')))
                    continue; // one word: nowhere to break it
                CHECK(metrics.horizontalAdvance(line) <= room);
                CHECK(metrics.horizontalAdvance(line) <= metrics.horizontalAdvance(count));
            }
        }
    }
    QCoreApplication::removeTranslator(&vietnamese);
}

TEST_CASE("PIPE-05 coverage is open pipeline over the targets of the range", "[pipeline]")
{
    Fixture fixture;
    const QDate today = fixture.today;
    // A target in the quarter of today and one far outside any range the test picks.
    REQUIRE(DealSettings(fixture.temp.db())
                .setTargets({ { DealQuery::quarterKey(today), 10'550'000 }, { QStringLiteral("2001-Q1"), 99'900'000 } })
                .ok());
    PipelineScreen screen(fixture.temp.db(), nullptr);
    screen.resize(1280, 800);
    screen.show();
    settle(screen);
    // A custom range of the whole quarter of today: 2001 is out, the deals closing in it are in.
    const auto [first, last] = DealQuery::quarterRange(DealQuery::quarterKey(today));
    screen.filterBar()->setRange(first, last);
    settle(screen);
    CHECK(screen.filterBar()->period() == PipelineFilterBar::Period::Custom);
    const PipelineDashboard& d = screen.dashboard();
    qint64 target = 0;
    for (const PipelineBucket& quarter : d.byQuarter)
        target += quarter.targetMinor;
    REQUIRE(target == 10'550'000);
    const QString expected = QLocale().toString(double(d.openMinor) / double(target), 'f', 1) + QStringLiteral("×");
    CHECK(screen.tile(PipelineScreen::Tile::Coverage)->value() == expected);
    CHECK(screen.tile(PipelineScreen::Tile::Coverage)->detail().contains(usd(10'550'000)));
}

TEST_CASE("PIPE-06 a filter change updates the tiles and charts", "[pipeline]")
{
    ShownScreen s;
    PipelineScreen& screen = s.screen;

    // Gold partners only: Alpha's open D1 and won D4.
    choose(screen.filterBar()->tierBox(), QStringLiteral("gold"));
    settle(screen);
    CHECK(screen.tile(PipelineScreen::Tile::Open)->value() == usd(10'000'000));
    CHECK(screen.tile(PipelineScreen::Tile::Open)->detail() == PipelineScreen::tr("%n open deal(s)", nullptr, 1));
    CHECK(screen.tile(PipelineScreen::Tile::Weighted)->value() == usd(7'500'000));
    CHECK(screen.tile(PipelineScreen::Tile::Won)->value() == usd(2'500'000));
    CHECK(screen.chart(PipelineChart::Kind::Partners)->buckets().size() == 1);
    CHECK(screen.chart(PipelineChart::Kind::Stage)->context().contains(QStringLiteral("Tier: Gold")));

    // CAM ben on top of it: nothing left.
    screen.filterBar()->tierBox()->setCurrentIndex(0);
    settle(screen);
    choose(screen.filterBar()->camBox(), QStringLiteral("ben"));
    settle(screen);
    CHECK(screen.dashboard().openCount == 2);
    CHECK(screen.tile(PipelineScreen::Tile::Open)->value() == usd(5'100'000));

    // A partner picked by typing part of its name, as in the search box.
    screen.filterBar()->camBox()->setCurrentIndex(0);
    settle(screen);
    PartnerPicker* picker = screen.filterBar()->partnerPicker();
    picker->setFocus();
    QTest::keyClicks(picker, QStringLiteral("gam"));
    picker->lookUpNow();
    QAbstractItemView* popup = picker->partnerCompleter()->popup();
    REQUIRE(popup->model()->rowCount() == 1);
    CHECK(popup->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Gamma Tech")));
    popup->setCurrentIndex(popup->model()->index(0, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(picker->partnerId() == s.fixture.partners.at(2));
    settle(screen);
    // Gamma: D9 60,000 USD and D7 in JPY (counted, left out of the amount).
    CHECK(screen.dashboard().openCount == 2);
    CHECK(screen.tile(PipelineScreen::Tile::Open)->value() == usd(6'000'000));

    // Clearing the box is "all partners" again.
    picker->clear();
    settle(screen);
    CHECK(screen.dashboard().openCount == 5);
}

TEST_CASE("PIPE-03 clicking a bar drills down to exactly the deals it counts", "[pipeline]")
{
    ShownScreen s;
    PipelineScreen& screen = s.screen;
    DealFilter received;
    QString title;
    int emitted = 0;
    QObject::connect(&screen, &PipelineScreen::drillDown, &screen, [&](const DealFilter& filter, const QString& text) {
        received = filter;
        title = text;
        ++emitted;
    });

    PipelineChart* stages = screen.chart(PipelineChart::Kind::Stage);
    stages->chartView()->viewport()->update();
    QTest::qWait(20);
    const int negotiation = 3;
    const QPoint bar = stages->bucketPosition(negotiation);
    REQUIRE(stages->chartView()->viewport()->rect().contains(bar));
    QTest::mouseClick(stages->chartView()->viewport(), Qt::LeftButton, {}, bar);
    REQUIRE(emitted == 1);
    CHECK(received.salesStage == QStringLiteral("negotiation"));
    CHECK(title.contains(QStringLiteral("Negotiation")));
    CHECK(s.fixture.countDeals(received) == stages->buckets().at(negotiation).count);
    CHECK(s.fixture.countDeals(received) == 2);

    // The tier donut: a click on Beta's silver slice.
    PipelineChart* tiers = screen.chart(PipelineChart::Kind::Tier);
    int silver = -1;
    for (int i = 0; i < tiers->buckets().size(); ++i) {
        if (tiers->buckets().at(i).key == QStringLiteral("silver"))
            silver = i;
    }
    REQUIRE(silver >= 0);
    QTest::mouseClick(tiers->chartView()->viewport(), Qt::LeftButton, {}, tiers->bucketPosition(silver));
    REQUIRE(emitted == 2);
    CHECK(received.tiers == QStringList { QStringLiteral("silver") });
    CHECK(s.fixture.countDeals(received) == tiers->buckets().at(silver).count);

    // The top-partners chart is drawn bottom-up; the first bucket is still the first partner.
    PipelineChart* top = screen.chart(PipelineChart::Kind::Partners);
    QTest::mouseClick(top->chartView()->viewport(), Qt::LeftButton, {}, top->bucketPosition(0));
    REQUIRE(emitted == 3);
    CHECK(received.partnerIds == top->buckets().at(0).drillDown.partnerIds);
    CHECK(s.fixture.countDeals(received) == top->buckets().at(0).count);

    // The quarter chart: the "Won" bar of the quarter holding D4 lists the won deal only.
    PipelineChart* quarters = screen.chart(PipelineChart::Kind::Quarter);
    int wonQuarter = -1;
    for (int i = 0; i < quarters->buckets().size(); ++i) {
        if (quarters->buckets().at(i).wonMinor > 0)
            wonQuarter = i;
    }
    REQUIRE(wonQuarter >= 0);
    QTest::mouseClick(quarters->chartView()->viewport(), Qt::LeftButton, {},
                      quarters->bucketPosition(wonQuarter, PipelineChart::WonSet));
    REQUIRE(emitted == 4);
    CHECK(received.statuses == QStringList { QStringLiteral("won") });
    CHECK(s.fixture.countDeals(received) == 1);

    // Tiles that stand for deals drill down too, by mouse and by keyboard.
    KpiTile* past = screen.tile(PipelineScreen::Tile::PastClose);
    QTest::mouseClick(past, Qt::LeftButton);
    REQUIRE(emitted == 5);
    CHECK(received.pastClose);
    CHECK(s.fixture.countDeals(received) == screen.dashboard().pastClose.count);
    KpiTile* stalled = screen.tile(PipelineScreen::Tile::Stalled);
    stalled->setFocus();
    QTest::keyClick(stalled, Qt::Key_Space);
    REQUIRE(emitted == 6);
    CHECK(received.stalled);
    CHECK(s.fixture.countDeals(received) == 1);
    QTest::mouseClick(screen.tile(PipelineScreen::Tile::Conversion), Qt::LeftButton);
    REQUIRE(emitted == 7);
    CHECK(received.convertedOnly);
    CHECK(s.fixture.countDeals(received) == screen.dashboard().fromRegistrations.count);
    // A figure that is not a set of deals does nothing.
    QTest::mouseClick(screen.tile(PipelineScreen::Tile::Weighted), Qt::LeftButton);
    CHECK(emitted == 7);
}

TEST_CASE("PIPE-06 deals without a rate are left out and named, and the rates used are listed", "[pipeline]")
{
    ShownScreen s;
    PipelineScreen& screen = s.screen;
    QLabel* warning = screen.missingRatesLabel();
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(PipelineScreen::tr("%n deal(s) left out of every figure.", nullptr, 1)));
    CHECK(warning->text().contains(QStringLiteral("JPY")));
    CHECK(screen.dashboard().unconvertedCurrencies == QStringList { QStringLiteral("JPY") });
    CHECK(screen.ratesLabel()->text().contains(QStringLiteral("EUR")));

    RatesUsedModel* model = screen.ratesModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, RatesUsedModel::Currency).data().toString() == QStringLiteral("EUR"));
    CHECK(model->index(0, RatesUsedModel::Rate).data().toString() == QStringLiteral("1.1"));
    CHECK(model->index(0, RatesUsedModel::Deals).data().toString() == QStringLiteral("1"));
    CHECK(model->index(0, RatesUsedModel::ValidFrom).data(Roles::RawValueRole).toDate() == QDate(2020, 1, 1));

    // "Rates Used…" lists them in a dialog, with the same warning.
    int shownRates = -1;
    bool warned = false;
    QTimer::singleShot(0, &screen, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (auto* view = dialog->findChild<QTableView*>(QStringLiteral("ratesUsedTable")))
            shownRates = view->model()->rowCount();
        for (const QLabel* label : dialog->findChildren<QLabel*>())
            warned = warned || (label->isVisible() && label->text().contains(QStringLiteral("JPY")));
        dialog->reject();
    });
    REQUIRE(screen.ratesButton()->isEnabled());
    screen.ratesButton()->click();
    CHECK(shownRates == 1);
    CHECK(warned);

    // The warning's link opens the deal settings on the spot.
    bool settingsOpened = false;
    QTimer::singleShot(0, &screen, [&] {
        if (auto* dialog = qobject_cast<DealSettingsDialog*>(QApplication::activeModalWidget())) {
            settingsOpened = true;
            dialog->reject();
        }
    });
    Q_EMIT warning->linkActivated(QStringLiteral("settings"));
    CHECK(settingsOpened);

    // A JPY rate added elsewhere, then dataChanged(): the warning goes and the yen deal counts.
    REQUIRE(DealSettings(s.fixture.temp.db())
                .setRates({ { QStringLiteral("EUR"), QDate(2020, 1, 1), 1.10 }, { QStringLiteral("JPY"), QDate(2020, 1, 1), 0.0065 } })
                .ok());
    screen.dataChanged();
    settle(screen);
    CHECK_FALSE(warning->isVisible());
    CHECK(screen.dashboard().unconvertedDeals == 0);
    CHECK(screen.dashboard().openMinor == 21'100'000 + 650'000); // 1,000,000 JPY × 0.0065 = 6,500.00 USD
    CHECK(model->rowCount() == 2);
}

TEST_CASE("PIPE-01 an edited deal reaches the dashboard through dataChanged", "[pipeline]")
{
    ShownScreen s;
    PipelineScreen& screen = s.screen;
    QSqlQuery query(s.fixture.temp.db().connection());
    // D1 won: Σ open drops by 100,000, won grows by it.
    REQUIRE(query.exec(QStringLiteral("UPDATE deal SET status = 'won', updated_at = '%1' WHERE number = 'T-1'")
                           .arg(Timestamp::toStorage(QDateTime::currentDateTimeUtc().addSecs(1)))));
    screen.dataChanged();
    settle(screen);
    CHECK(screen.tile(PipelineScreen::Tile::Open)->value() == usd(11'100'000));
    CHECK(screen.tile(PipelineScreen::Tile::Won)->value() == usd(12'500'000));
}

TEST_CASE("PIPE-04 charts export as PNG SVG PDF CSV and print", "[pipeline]")
{
    ShownScreen s;
    PipelineChart* chart = s.screen.chart(PipelineChart::Kind::Stage);
    const QString dir = s.fixture.temp.dirPath();

    // The menu offers every export.
    QStringList actions;
    for (const QAction* action : chart->menu()->actions()) {
        if (!action->isSeparator())
            actions.append(action->objectName());
    }
    CHECK(actions == QStringList { QStringLiteral("savePng"), QStringLiteral("saveSvg"), QStringLiteral("savePdf"),
                                   QStringLiteral("saveCsv"), QStringLiteral("print") });

    const QString png = dir + QStringLiteral("/stages.png");
    REQUIRE(ChartExport::savePng(*chart, png).ok());
    QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == ChartExport::pageSize() * ChartExport::PngScale);
    // Something was drawn in the open colour: the bars, not only a blank page.
    bool bars = false;
    for (int y = 0; y < image.height() && !bars; y += 4) {
        for (int x = 0; x < image.width() && !bars; x += 4)
            bars = image.pixelColor(x, y) == QColor(0x00, 0x72, 0xb2);
    }
    CHECK(bars);

    const QString svg = dir + QStringLiteral("/stages.svg");
    REQUIRE(ChartExport::saveSvg(*chart, svg).ok());
    const QByteArray svgBytes = readAll(svg);
    QXmlStreamReader xml(svgBytes);
    while (!xml.atEnd())
        xml.readNext();
    CHECK_FALSE(xml.hasError());
    QSvgRenderer renderer(svgBytes);
    CHECK(renderer.isValid());
    CHECK(svgBytes.contains("Negotiation"));

    const QString pdf = dir + QStringLiteral("/stages.pdf");
    REQUIRE(ChartExport::savePdf(*chart, pdf).ok());
    const QByteArray pdfBytes = readAll(pdf);
    CHECK(pdfBytes.startsWith("%PDF"));
    CHECK(pdfBytes.size() > 1000);

    const QString csv = dir + QStringLiteral("/stages.csv");
    REQUIRE(ChartExport::saveCsv(*chart, csv).ok());
    QByteArray csvBytes = readAll(csv);
    REQUIRE(csvBytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csvBytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6);
    CHECK(lines.at(0) == QStringLiteral("Stage,Code,Deals,Open amount,Weighted,Currency"));
    CHECK(lines.at(4) == QStringLiteral("Negotiation,negotiation,2,160000.00,120000.00,USD"));

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = dir + QStringLiteral("/printed.pdf");
    printer.setOutputFileName(printed);
    REQUIRE(ChartExport::print(*chart, printer).ok());
    CHECK(readAll(printed).startsWith("%PDF"));

    // Every chart exports, the donut and the grouped bars too.
    for (const auto kind : { PipelineChart::Kind::Tier, PipelineChart::Kind::Quarter, PipelineChart::Kind::Partners,
                             PipelineChart::Kind::Country }) {
        const QString path = dir + QStringLiteral("/chart%1.png").arg(int(kind));
        REQUIRE(ChartExport::savePng(*s.screen.chart(kind), path).ok());
        CHECK(QImage(path).size() == ChartExport::pageSize() * ChartExport::PngScale);
        REQUIRE(ChartExport::saveCsv(*s.screen.chart(kind), path + QStringLiteral(".csv")).ok());
    }
    // An unwritable place gives a message, not a silent failure.
    const Status refused = ChartExport::savePng(*chart, dir + QStringLiteral("/missing/folder/x.png"));
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("x.png")));
}

TEST_CASE("CSV export neutralises formula-like labels", "[pipeline]")
{
    Fixture fixture;
    PartnerRepository repository(fixture.temp.db());
    auto partner = repository.get(fixture.partners.at(0));
    REQUIRE(partner.ok());
    Partner renamed = partner.value();
    renamed.name = QStringLiteral("=HYPERLINK(\"x\")");
    REQUIRE(repository.update(renamed).ok());
    PipelineScreen screen(fixture.temp.db(), nullptr);
    screen.show();
    settle(screen);
    choose(screen.filterBar()->periodBox(), int(PipelineFilterBar::Period::All));
    settle(screen);
    const QString csv = fixture.temp.dirPath() + QStringLiteral("/partners.csv");
    REQUIRE(ChartExport::saveCsv(*screen.chart(PipelineChart::Kind::Partners), csv).ok());
    const QString text = QString::fromUtf8(readAll(csv));
    CHECK(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"")));
    CHECK_FALSE(text.contains(QStringLiteral("\n=HYPERLINK")));
}

TEST_CASE("The dashboard fits 1280x800 without sideways scrolling and loads with progress", "[pipeline]")
{
    Fixture fixture;
    PipelineScreen screen(fixture.temp.db(), nullptr);
    QStringList statuses;
    QObject::connect(&screen, &PipelineScreen::statusChanged, &screen, [&](const QString& text) { statuses.append(text); });
    screen.resize(1280, 800);
    screen.show();
    settle(screen);
    CHECK_FALSE(screen.progressBar()->isVisible());
    CHECK(statuses.contains(QStringLiteral("Reading deals for the pipeline…")));
    CHECK(statuses.last().startsWith(QStringLiteral("Pipeline: ")));
    auto* scroll = screen.findChild<QScrollArea*>(QStringLiteral("pipelineScroll"));
    REQUIRE(scroll);
    QApplication::processEvents();
    CHECK(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width());
    CHECK_FALSE(scroll->horizontalScrollBar()->isVisible());
    // Cancelling a load that has finished leaves the figures; a new load answers again.
    screen.cancelButton()->click();
    screen.reload();
    settle(screen);
    CHECK(screen.dashboard().openCount > 0);
}

TEST_CASE("DealSettingsDialog round-trips every setting", "[pipeline]")
{
    TempDatabase temp;
    {
        DealSettingsDialog dialog(temp.db());
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        dialog.spinBox("protectionDays")->setValue(120);
        dialog.spinBox("maxExtensions")->setValue(1);
        dialog.spinBox("extensionDays")->setValue(45);
        dialog.spinBox("slaHours")->setValue(24);
        dialog.spinBox("expiringWindowDays")->setValue(21);
        dialog.spinBox("stalledDays")->setValue(14);
        dialog.baseCurrencyEdit()->clear();
        QTest::keyClicks(dialog.baseCurrencyEdit(), QStringLiteral("eur"));
        CHECK(dialog.baseCurrencyEdit()->text() == QStringLiteral("EUR"));
        QTest::keyClicks(dialog.currentUserEdit(), QStringLiteral("carol"));

        int row = dialog.addLimitRow();
        dialog.limitsTable()->item(row, DealSettingsDialog::LimitApprover)->setText(QStringLiteral("anna"));
        dialog.limitsTable()->item(row, DealSettingsDialog::LimitAmount)->setText(QStringLiteral("50,000.50"));
        dialog.limitsTable()->item(row, DealSettingsDialog::LimitEscalateTo)->setText(QStringLiteral("ben"));
        row = dialog.addRateRow();
        dialog.ratesTable()->item(row, DealSettingsDialog::RateCurrency)->setText(QStringLiteral("usd"));
        dialog.ratesTable()->item(row, DealSettingsDialog::RateValidFrom)->setData(Qt::EditRole, QDate(2026, 1, 1));
        dialog.ratesTable()->item(row, DealSettingsDialog::RateValue)->setText(QStringLiteral("0.92"));
        row = dialog.addTargetRow();
        dialog.targetsTable()->item(row, DealSettingsDialog::TargetQuarter)->setText(QStringLiteral("2026-Q3"));
        dialog.targetsTable()->item(row, DealSettingsDialog::TargetAmount)->setText(QStringLiteral("1,000,000"));
        row = dialog.addTargetRow(); // proposes the next quarter
        CHECK(dialog.targetsTable()->item(row, DealSettingsDialog::TargetQuarter)->text() == QStringLiteral("2026-Q4"));
        dialog.targetsTable()->item(row, DealSettingsDialog::TargetAmount)->setText(QStringLiteral("1,200,000"));
        row = dialog.addProductRow();
        dialog.productsTable()->item(row, DealSettingsDialog::ProductCode)->setText(QStringLiteral("HW-1"));
        dialog.productsTable()->item(row, DealSettingsDialog::ProductName)->setText(QStringLiteral("Widget"));
        dialog.productsTable()->item(row, DealSettingsDialog::ProductFamily)->setText(QStringLiteral("Hardware"));
        dialog.productsTable()->item(row, DealSettingsDialog::ProductPrice)->setText(QStringLiteral("12.50"));
        dialog.productsTable()->item(row, DealSettingsDialog::ProductCurrency)->setText(QStringLiteral("USD"));
        dialog.productsTable()->item(row, DealSettingsDialog::ProductActive)->setCheckState(Qt::Unchecked);

        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        INFO(dialog.errorMessage().toStdString());
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK_FALSE(dialog.isVisible());
    }

    DealSettings settings(temp.db());
    const DealProgram program = settings.program().value();
    CHECK(program.protectionDays == 120);
    CHECK(program.maxExtensions == 1);
    CHECK(program.extensionDays == 45);
    CHECK(program.slaHours == 24);
    CHECK(program.expiringWindowDays == 21);
    CHECK(program.stalledDays == 14);
    CHECK(program.baseCurrency == QStringLiteral("EUR"));
    CHECK(program.currentUser == QStringLiteral("carol"));
    const QList<ApprovalLimit> limits = settings.approvalLimits().value();
    REQUIRE(limits.size() == 1);
    CHECK(limits[0].approver == QStringLiteral("anna"));
    CHECK(limits[0].limitMinor == 5'000'050);
    CHECK(limits[0].escalateTo == QStringLiteral("ben"));
    const QList<CurrencyRate> rates = settings.rates().value();
    REQUIRE(rates.size() == 1);
    CHECK(rates[0].currency == QStringLiteral("USD"));
    CHECK(rates[0].validFrom == QDate(2026, 1, 1));
    CHECK(rates[0].rate == Approx(0.92));
    const QList<PipelineTarget> targets = settings.targets().value();
    REQUIRE(targets.size() == 2);
    CHECK(targets[0].quarter == QStringLiteral("2026-Q3"));
    CHECK(targets[0].amountMinor == 100'000'000);
    CHECK(targets[1].amountMinor == 120'000'000);
    const QList<Product> products = settings.products().value();
    REQUIRE(products.size() == 1);
    CHECK(products[0].code == QStringLiteral("HW-1"));
    CHECK(products[0].listPriceMinor == 1250);
    CHECK_FALSE(products[0].active);

    // Opened again, it shows what was saved; a saved product's code is no longer editable.
    DealSettingsDialog again(temp.db());
    CHECK(again.spinBox("protectionDays")->value() == 120);
    CHECK(again.spinBox("stalledDays")->value() == 14);
    CHECK(again.baseCurrencyEdit()->text() == QStringLiteral("EUR"));
    CHECK(again.currentUserEdit()->text() == QStringLiteral("carol"));
    CHECK(again.limitsTable()->item(0, DealSettingsDialog::LimitAmount)->text() == QStringLiteral("50,000.50"));
    CHECK(again.ratesTable()->item(0, DealSettingsDialog::RateValue)->text() == QStringLiteral("0.92"));
    CHECK(again.targetsTable()->item(1, DealSettingsDialog::TargetAmount)->text() == QStringLiteral("1,200,000.00"));
    CHECK(again.productsTable()->item(0, DealSettingsDialog::ProductPrice)->text() == QStringLiteral("12.50"));
    CHECK_FALSE(again.productsTable()->item(0, DealSettingsDialog::ProductCode)->flags() & Qt::ItemIsEditable);
    CHECK(again.productsTable()->item(0, DealSettingsDialog::ProductActive)->checkState() == Qt::Unchecked);
}

TEST_CASE("DealSettingsDialog refuses a bad currency code and a negative limit with a message", "[pipeline]")
{
    TempDatabase temp;
    REQUIRE(DealSettings(temp.db()).setRates({ { QStringLiteral("EUR"), QDate(2020, 1, 1), 1.1 } }).ok());
    DealSettingsDialog dialog(temp.db());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QPushButton* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);

    // A currency that does not exist, typed into a new rate row as a user would.
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    dialog.tabs()->setCurrentIndex(DealSettingsDialog::RatesTab);
    QApplication::processEvents(); // the page is laid out before its table can edit
    auto* add = dialog.tabs()->currentWidget()->findChild<QPushButton*>(QStringLiteral("addRow"));
    REQUIRE(add);
    add->click();
    const int row = dialog.ratesTable()->rowCount() - 1;
    CHECK(row == 1);
    QWidget* editor = QApplication::focusWidget();
    REQUIRE(editor);
    QTest::keyClicks(editor, QStringLiteral("XYZ"));
    QTest::keyClick(editor, Qt::Key_Return); // ends the edit; must not press Save with the cell still empty
    QApplication::processEvents();           // the delegate commits on the next turn of the event loop
    CHECK(dialog.isVisible());
    CHECK(dialog.errorMessage().isEmpty());
    CHECK(dialog.ratesTable()->item(row, DealSettingsDialog::RateCurrency)->text() == QStringLiteral("XYZ"));
    dialog.ratesTable()->item(row, DealSettingsDialog::RateValue)->setText(QStringLiteral("2"));
    save->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.errorMessage().contains(QStringLiteral("“XYZ” is not a currency code")));
    CHECK(dialog.errorMessage().startsWith(QStringLiteral("Row 2:")));
    CHECK(dialog.tabs()->currentIndex() == DealSettingsDialog::RatesTab);
    CHECK(dialog.ratesTable()->currentRow() == row);
    // Nothing was written.
    CHECK(DealSettings(temp.db()).rates().value().size() == 1);

    // A negative limit.
    dialog.ratesTable()->item(row, DealSettingsDialog::RateCurrency)->setText(QStringLiteral("GBP"));
    const int limit = dialog.addLimitRow();
    dialog.limitsTable()->item(limit, DealSettingsDialog::LimitApprover)->setText(QStringLiteral("anna"));
    dialog.limitsTable()->item(limit, DealSettingsDialog::LimitAmount)->setText(QStringLiteral("-5"));
    save->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.errorMessage() == QStringLiteral("Row 1: The limit of anna cannot be negative."));
    CHECK(dialog.tabs()->currentIndex() == DealSettingsDialog::LimitsTab);
    CHECK(DealSettings(temp.db()).approvalLimits().value().isEmpty());

    // A bad base currency.
    dialog.limitsTable()->item(limit, DealSettingsDialog::LimitAmount)->setText(QStringLiteral("5"));
    dialog.baseCurrencyEdit()->setText(QStringLiteral("US"));
    save->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.errorMessage().contains(QStringLiteral("“US” is not a currency code")));
    CHECK(dialog.tabs()->currentIndex() == DealSettingsDialog::ProgramTab);

    // Fixed: it saves, and both rates are there.
    dialog.baseCurrencyEdit()->setText(QStringLiteral("USD"));
    save->click();
    CHECK_FALSE(dialog.isVisible());
    CHECK(DealSettings(temp.db()).rates().value().size() == 2);
    CHECK(DealSettings(temp.db()).approvalLimits().value().size() == 1);
}

TEST_CASE("DealSettingsDialog edits DR-03 routing rules in order and the reminder interval", "[pipeline][routing]")
{
    TempDatabase temp;
    DealSettingsDialog dialog(temp.db());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QPushButton* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    dialog.tabs()->setCurrentIndex(DealSettingsDialog::RoutingTab);
    QApplication::processEvents();
    auto* add = dialog.tabs()->currentWidget()->findChild<QPushButton*>(QStringLiteral("addRow"));
    REQUIRE(add);
    QTableWidget* rules = dialog.rulesTable();

    // A rule without approvers is refused and selected.
    add->click();
    rules->item(0, DealSettingsDialog::RuleName)->setText(QStringLiteral("Large deals"));
    rules->item(0, DealSettingsDialog::RuleMinAmount)->setText(QStringLiteral("50,000"));
    save->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.errorMessage().startsWith(QStringLiteral("Row 1: Name the approvers")));
    CHECK(dialog.tabs()->currentIndex() == DealSettingsDialog::RoutingTab);
    CHECK(rules->currentColumn() == DealSettingsDialog::RuleApprovers);

    rules->item(0, DealSettingsDialog::RuleApprovers)->setText(QStringLiteral("director, vp.sales"));
    add->click();
    rules->item(1, DealSettingsDialog::RuleName)->setText(QStringLiteral("Vietnam"));
    rules->item(1, DealSettingsDialog::RuleCountries)->setText(QStringLiteral("vn"));
    rules->item(1, DealSettingsDialog::RuleApprovers)->setText(QStringLiteral("lan minh"));
    rules->item(1, DealSettingsDialog::RuleParallel)->setCheckState(Qt::Checked);
    add->click();
    rules->item(2, DealSettingsDialog::RuleCountries)->setText(QStringLiteral("Vietnam"));
    rules->item(2, DealSettingsDialog::RuleApprovers)->setText(QStringLiteral("x"));
    save->click();
    CHECK(dialog.errorMessage().contains(QStringLiteral("“VIETNAM” is not a country code")));
    rules->removeRow(2);
    dialog.spinBox("approvalReminderHours")->setValue(8);
    save->click();
    CHECK_FALSE(dialog.isVisible());

    const QList<ApprovalRule> stored = DealSettings(temp.db()).approvalRules().value();
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].name == QStringLiteral("Large deals"));
    CHECK(stored[0].minAmountMinor == 5000000);
    CHECK(stored[0].approvers == QStringList { QStringLiteral("director"), QStringLiteral("vp.sales") });
    CHECK_FALSE(stored[0].parallel);
    CHECK(stored[1].countries == QStringList { QStringLiteral("VN") });
    CHECK(stored[1].parallel);
    CHECK(DealSettings(temp.db()).program()->approvalReminderHours == 8);

    DealSettingsDialog again(temp.db());
    CHECK(again.rulesTable()->rowCount() == 2);
    CHECK(again.rulesTable()->item(0, DealSettingsDialog::RuleMinAmount)->text() == QStringLiteral("50,000.00"));
    CHECK(again.rulesTable()->item(1, DealSettingsDialog::RuleApprovers)->text() == QStringLiteral("lan, minh"));
    CHECK(again.rulesTable()->item(1, DealSettingsDialog::RuleParallel)->checkState() == Qt::Checked);
    CHECK(again.spinBox("approvalReminderHours")->value() == 8);
}
