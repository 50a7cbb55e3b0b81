#include "PipelineScreen.h"

#include "common/Money.h"
#include "pipeline/DealSettingsDialog.h"
#include "pipeline/KpiTile.h"
#include "pipeline/PipelineFilterBar.h"
#include "pipeline/PipelineLoader.h"
#include "pipeline/PipelineStyle.h"
#include "pipeline/RatesUsedModel.h"
#include "storage/Database.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>

namespace ChannelDesk {

namespace {

int clampCount(qint64 count)
{
    return int(std::min<qint64>(count, INT_MAX)); // tr()'s %n takes an int
}

QString percent(double ratio)
{
    const QLocale locale;
    return locale.toString(ratio * 100.0, 'f', 1) + locale.percent();
}

} // namespace

PipelineScreen::PipelineScreen(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_loader(new PipelineLoader(db.path(), this))
    , m_filters(new PipelineFilterBar(db, this))
    , m_reloadButton(new QToolButton(this))
    , m_settingsButton(new QToolButton(this))
    , m_loadingRow(new QWidget(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_banner(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_ratesModel(new RatesUsedModel(this))
{
    setObjectName(QStringLiteral("pipelineScreen"));
    m_dashboard.currency = QStringLiteral("USD");

    m_reloadButton->setObjectName(QStringLiteral("reloadPipeline"));
    m_reloadButton->setText(tr("Reload"));
    m_reloadButton->setToolTip(tr("Read every deal again"));
    connect(m_reloadButton, &QToolButton::clicked, this, &PipelineScreen::reload);
    m_settingsButton->setObjectName(QStringLiteral("dealSettings"));
    m_settingsButton->setText(tr("Deal Settings…"));
    m_settingsButton->setToolTip(tr("Program, approval limits, currency rates, targets and products"));
    connect(m_settingsButton, &QToolButton::clicked, this, &PipelineScreen::openSettings);

    m_progress->setObjectName(QStringLiteral("pipelineProgress"));
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("Reading deals… %p%"));
    m_cancel->setObjectName(QStringLiteral("cancelLoad"));
    connect(m_cancel, &QPushButton::clicked, m_loader, &PipelineLoader::cancel);
    auto* loadingLayout = new QHBoxLayout(m_loadingRow);
    loadingLayout->setContentsMargins(0, 0, 0, 0);
    loadingLayout->addWidget(m_progress, 1);
    loadingLayout->addWidget(m_cancel);
    m_loadingRow->hide();

    m_banner->setObjectName(QStringLiteral("pipelineBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->hide();
    connect(m_banner, &QLabel::linkActivated, this, &PipelineScreen::reload);

    m_scroll->setObjectName(QStringLiteral("pipelineScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(buildContent());

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_filters, 1);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_reloadButton);
    buttons->addWidget(m_settingsButton);
    top->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_loadingRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_scroll, 1);

    connect(m_filters, &PipelineFilterBar::changed, this, &PipelineScreen::requestCompute);
    connect(m_loader, &PipelineLoader::loadStarted, this, &PipelineScreen::onLoadStarted);
    connect(m_loader, &PipelineLoader::progress, this, &PipelineScreen::onProgress);
    connect(m_loader, &PipelineLoader::loadFinished, this, &PipelineScreen::onLoadFinished);
    connect(m_loader, &PipelineLoader::refreshFinished, this, [this](const Status& status) {
        if (!status)
            Q_EMIT errorOccurred(status.error().message);
    });
    connect(m_loader, &PipelineLoader::computed, this, &PipelineScreen::onComputed);
    connect(m_loader, &PipelineLoader::programLoaded, this, &PipelineScreen::onProgram);
    connect(m_loader, &PipelineLoader::choicesLoaded, m_filters, &PipelineFilterBar::setChoices);
}

PipelineScreen::~PipelineScreen() = default;

QWidget* PipelineScreen::buildContent()
{
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("pipelineContent"));

    // Key figures: four per row, the money ones first.
    auto* tiles = new QGridLayout;
    tiles->setSpacing(10);
    const QString captions[] = {
        tr("Weighted pipeline"), tr("Open pipeline"), tr("Won"), tr("Coverage"),
        tr("Past expected close"), tr("Stalled"), tr("Registration → opportunity"), tr("Average approval time"),
    };
    const char* names[] = { "weightedTile", "openTile", "wonTile", "coverageTile",
                            "pastCloseTile", "stalledTile", "conversionTile", "approvalTimeTile" };
    for (int i = 0; i < int(Tile::TileCount); ++i) {
        auto* tile = new KpiTile(captions[i], content);
        tile->setObjectName(QLatin1String(names[i]));
        tiles->addWidget(tile, i / 4, i % 4);
        m_tiles.append(tile);
    }
    tile(Tile::PastClose)->setClickable(true, tr("Show the open deals whose expected close date has passed"));
    tile(Tile::Stalled)->setClickable(true, tr("Show the open deals nobody has changed for a while"));
    tile(Tile::Conversion)->setClickable(true, tr("Show the opportunities converted from deal registrations"));
    const struct
    {
        Tile tile;
        PipelineBucket PipelineDashboard::*bucket;
    } drillTiles[] = {
        { Tile::PastClose, &PipelineDashboard::pastClose },
        { Tile::Stalled, &PipelineDashboard::stalled },
        { Tile::Conversion, &PipelineDashboard::fromRegistrations },
    };
    for (const auto& entry : drillTiles) {
        const auto member = entry.bucket;
        KpiTile* target = tile(entry.tile);
        connect(target, &KpiTile::clicked, this, [this, member, target] {
            if (m_hasData)
                Q_EMIT drillDown((m_dashboard.*member).drillDown, target->caption());
        });
    }

    // Which rates the figures used (PIPE-06), and a clear warning when some amounts had none.
    m_ratesLabel = new QLabel(content);
    m_ratesLabel->setObjectName(QStringLiteral("ratesUsed"));
    m_ratesLabel->setWordWrap(true);
    m_ratesLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ratesButton = new QToolButton(content);
    m_ratesButton->setObjectName(QStringLiteral("ratesUsedButton"));
    m_ratesButton->setText(tr("Rates Used…"));
    m_ratesButton->setToolTip(tr("Every currency rate these figures were converted with"));
    connect(m_ratesButton, &QToolButton::clicked, this, &PipelineScreen::showRatesDialog);
    auto* ratesRow = new QHBoxLayout;
    ratesRow->addWidget(m_ratesLabel, 1);
    ratesRow->addWidget(m_ratesButton);

    m_missingRates = new QLabel(content);
    m_missingRates->setObjectName(QStringLiteral("missingRates"));
    m_missingRates->setWordWrap(true);
    m_missingRates->setTextFormat(Qt::RichText);
    m_missingRates->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %2;"
                                                 " border-radius: 4px; padding: 6px 10px; }")
                                      .arg(QColor(0xfd, 0xf0, 0xe6).name(), PipelineStyle::warningColor().darker(130).name()));
    m_missingRates->hide();
    connect(m_missingRates, &QLabel::linkActivated, this, &PipelineScreen::openSettings);

    // Charts: two per row, the quarter chart (a time line) across the whole width.
    const struct
    {
        PipelineChart::Kind kind;
        QString title;
        int row, column, span;
    } charts[] = {
        { PipelineChart::Kind::Stage, tr("Open pipeline by stage"), 0, 0, 1 },
        { PipelineChart::Kind::Tier, tr("Open pipeline by partner tier"), 0, 1, 1 },
        { PipelineChart::Kind::Quarter, tr("Won, weighted open and target by quarter"), 1, 0, 2 },
        { PipelineChart::Kind::Partners, tr("Top partners by open pipeline"), 2, 0, 1 },
        { PipelineChart::Kind::Country, tr("Open pipeline by country"), 2, 1, 1 },
    };
    auto* chartGrid = new QGridLayout;
    chartGrid->setSpacing(10);
    m_charts.resize(5);
    for (const auto& entry : charts) {
        auto* chart = new PipelineChart(entry.kind, entry.title, content);
        chartGrid->addWidget(chart, entry.row, entry.column, 1, entry.span);
        m_charts[int(entry.kind)] = chart;
        connect(chart, &PipelineChart::drillDown, this, &PipelineScreen::drillDown);
        connect(chart, &PipelineChart::statusChanged, this, &PipelineScreen::statusChanged);
        connect(chart, &PipelineChart::errorOccurred, this, &PipelineScreen::errorOccurred);
    }
    chartGrid->setColumnStretch(0, 1);
    chartGrid->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 4, 4, 4);
    layout->setSpacing(10);
    layout->addLayout(tiles);
    layout->addLayout(ratesRow);
    layout->addWidget(m_missingRates);
    layout->addLayout(chartGrid);
    layout->addStretch(1);
    return content;
}

KpiTile* PipelineScreen::tile(Tile which) const
{
    return m_tiles.value(int(which));
}

PipelineChart* PipelineScreen::chart(PipelineChart::Kind kind) const
{
    return m_charts.value(int(kind));
}

bool PipelineScreen::isBusy() const
{
    return !m_loader->isIdle();
}

void PipelineScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Loaded when first shown, not when the window is built: a million deals are not read for nothing.
    if (!m_started)
        reload();
}

void PipelineScreen::reload()
{
    m_started = true;
    m_banner->hide();
    m_loader->load();
    requestCompute();
}

void PipelineScreen::dataChanged()
{
    if (!m_started)
        return;
    m_loader->refresh();
}

void PipelineScreen::requestCompute()
{
    if (!m_started)
        return;
    m_loader->compute(m_filters->filter());
}

void PipelineScreen::onLoadStarted()
{
    m_progress->setRange(0, 0); // busy until the first count arrives
    m_loadingRow->show();
    m_cancel->setEnabled(true);
    Q_EMIT statusChanged(tr("Reading deals for the pipeline…"));
}

void PipelineScreen::onProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    // QProgressBar is int-based: per mille keeps it exact for any number of deals.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
}

void PipelineScreen::onLoadFinished(const Status& status)
{
    m_loadingRow->hide();
    if (status) {
        m_hasData = true;
        return;
    }
    if (status.error().code == Error::Code::Cancelled) {
        showBanner(m_hasData ? tr("Reading the deals again was cancelled; the figures are from the previous reading.")
                             : tr("Reading the deals was cancelled, so there are no figures yet."),
                   true);
        Q_EMIT statusChanged(tr("Pipeline loading cancelled"));
        return;
    }
    showBanner(tr("The pipeline could not be read: %1").arg(status.error().message.toHtmlEscaped()), true);
    Q_EMIT errorOccurred(status.error().message);
}

void PipelineScreen::showBanner(const QString& text, bool offerReload)
{
    QString html = text;
    if (offerReload)
        html += QStringLiteral(" <a href=\"reload\">%1</a>").arg(tr("Read again").toHtmlEscaped());
    m_banner->setText(html);
    m_banner->show();
}

void PipelineScreen::onProgram(const DealProgram& program)
{
    m_stalledDays = program.stalledDays;
    tile(Tile::Stalled)->setToolTip(
        tr("Show the open deals nobody has changed for %n day(s) or more", nullptr, program.stalledDays));
}

void PipelineScreen::onComputed(const PipelineDashboard& dashboard, const DealFilter& filter)
{
    // An answer for a filter the user has already left: the newer one is on its way.
    if (!(filter == m_filters->filter()))
        return;
    m_hasData = true;
    m_dashboard = dashboard;
    showDashboard();
    Q_EMIT updated();
}

void PipelineScreen::showDashboard()
{
    const PipelineDashboard& d = m_dashboard;
    const QLocale locale;
    const auto money = [&](qint64 minor) { return Money { minor, d.currency }.format(locale); };

    tile(Tile::Weighted)->setValue(money(d.weightedMinor),
                                   tr("Amount × probability over %n open deal(s)", nullptr, clampCount(d.openCount)));
    tile(Tile::Open)->setValue(money(d.openMinor), tr("%n open deal(s)", nullptr, clampCount(d.openCount)));
    tile(Tile::Won)->setValue(money(d.wonMinor), tr("%n won deal(s)", nullptr, clampCount(d.wonCount)) + QStringLiteral(" · ")
                                                     + tr("%n lost", nullptr, clampCount(d.lostCount)));

    // PIPE-05: open pipeline over the targets of the quarters in the range; 3× is the usual comfort level.
    qint64 target = 0;
    for (const PipelineBucket& quarter : d.byQuarter)
        target += quarter.targetMinor;
    if (target > 0) {
        const double coverage = double(d.openMinor) / double(target);
        tile(Tile::Coverage)->setValue(tr("%1×", "coverage ratio").arg(locale.toString(coverage, 'f', 1)),
                                       tr("Open pipeline over a target of %1").arg(money(target)));
        tile(Tile::Coverage)->setTone(coverage >= 3.0 ? KpiTile::Tone::Good : KpiTile::Tone::Warning);
        tile(Tile::Coverage)->setToolTip(tr("Coverage = open pipeline ÷ target. 3× or more is considered healthy."));
    } else {
        tile(Tile::Coverage)->setValue(QStringLiteral("—"), tr("No target for these dates (Deal Settings → Targets)"));
        tile(Tile::Coverage)->setTone(KpiTile::Tone::Normal);
        tile(Tile::Coverage)->setToolTip({});
    }

    tile(Tile::PastClose)->setValue(locale.toString(d.pastClose.count),
                                    tr("%1 open past the expected close date").arg(money(d.pastClose.amountMinor)));
    tile(Tile::PastClose)->setTone(d.pastClose.count > 0 ? KpiTile::Tone::Warning : KpiTile::Tone::Normal);
    tile(Tile::Stalled)->setValue(locale.toString(d.stalled.count),
                                  tr("%1 unchanged for %n day(s) or more", nullptr, m_stalledDays)
                                      .arg(money(d.stalled.amountMinor)));
    tile(Tile::Stalled)->setTone(d.stalled.count > 0 ? KpiTile::Tone::Warning : KpiTile::Tone::Normal);

    if (d.registrationsDecided > 0) {
        tile(Tile::Conversion)->setValue(percent(d.conversionRate),
                                         tr("%1 of %n decided registration(s) converted", nullptr,
                                            clampCount(d.registrationsDecided))
                                             .arg(locale.toString(d.registrationsConverted)));
    } else {
        tile(Tile::Conversion)->setValue(QStringLiteral("—"), tr("No registration decided yet"));
    }

    if (d.approvalSamples > 0) {
        const double hours = d.averageApprovalHours;
        const QString value = hours < 48.0 ? tr("%1 h", "hours, decimal").arg(locale.toString(hours, 'f', 1))
                                           : tr("%1 days", "days, decimal").arg(locale.toString(hours / 24.0, 'f', 1));
        tile(Tile::ApprovalTime)->setValue(value, tr("Submitted to approved, over %n registration(s)", nullptr,
                                                     clampCount(d.approvalSamples)));
    } else {
        tile(Tile::ApprovalTime)->setValue(QStringLiteral("—"), tr("No approved registration yet"));
    }

    const QString context = tr("%1 · Amounts in %2").arg(m_filters->description(), d.currency);
    chart(PipelineChart::Kind::Stage)->setData(d.byStage, d.currency, context);
    chart(PipelineChart::Kind::Tier)->setData(d.byTier, d.currency, context);
    chart(PipelineChart::Kind::Quarter)->setData(d.byQuarter, d.currency, context);
    chart(PipelineChart::Kind::Partners)->setData(d.byPartner, d.currency, context);
    chart(PipelineChart::Kind::Country)->setData(d.byCountry, d.currency, context);

    // PIPE-06: say which rates were used, and never let a left-out amount pass unnoticed.
    m_ratesModel->setRates(d.ratesUsed, d.currency);
    QStringList currencies;
    for (const UsedRate& rate : d.ratesUsed) {
        if (!currencies.contains(rate.currency))
            currencies.append(rate.currency);
    }
    if (currencies.isEmpty()) {
        m_ratesLabel->setText(tr("All amounts are in %1; none needed converting.").arg(d.currency));
    } else {
        m_ratesLabel->setText(tr("Amounts in %1, converted at the rate valid on each deal's expected close date with "
                                 "%n rate(s): %2.", nullptr, clampCount(d.ratesUsed.size()))
                                  .arg(d.currency, locale.createSeparatedList(currencies)));
    }
    m_ratesButton->setEnabled(!d.ratesUsed.isEmpty());
    if (d.unconvertedDeals > 0) {
        const QString names = locale.createSeparatedList(d.unconvertedCurrencies);
        m_missingRates->setText(
            QStringLiteral("<b>%1</b> %2 <a href=\"settings\">%3</a>")
                .arg(tr("%n deal(s) left out of every figure.", nullptr, clampCount(d.unconvertedDeals)).toHtmlEscaped(),
                     tr("There is no rate from %1 to %2 at their date, and amounts in different currencies are never "
                        "added unconverted.")
                         .arg(names, d.currency)
                         .toHtmlEscaped(),
                     tr("Add the missing rates in Deal Settings").toHtmlEscaped()));
        m_missingRates->show();
    } else {
        m_missingRates->hide();
    }

    Q_EMIT statusChanged(tr("Pipeline: %n open deal(s), weighted %1", nullptr, clampCount(d.openCount))
                             .arg(money(d.weightedMinor)));
}

void PipelineScreen::showRatesDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Currency Rates Used"));
    auto* intro = new QLabel(tr("Each amount was converted to %1 with the rate valid on the deal's expected close "
                                "date (today for deals without one).")
                                 .arg(m_dashboard.currency),
                             &dialog);
    intro->setWordWrap(true);
    auto* view = new QTableView(&dialog);
    view->setObjectName(QStringLiteral("ratesUsedTable"));
    view->setModel(m_ratesModel);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->resizeColumnsToContents(); // a handful of rows
    auto* warning = new QLabel(m_missingRates->isVisibleTo(this) ? m_missingRates->text() : QString(), &dialog);
    warning->setWordWrap(true);
    warning->setVisible(!warning->text().isEmpty());
    warning->setStyleSheet(m_missingRates->styleSheet());
    connect(warning, &QLabel::linkActivated, &dialog, [this, &dialog] {
        dialog.accept();
        openSettings();
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addWidget(view, 1);
    layout->addWidget(warning);
    layout->addWidget(buttons);
    dialog.resize(520, 320);
    dialog.exec();
}

void PipelineScreen::openSettings()
{
    DealSettingsDialog dialog(m_db, this);
    if (dialog.exec() == QDialog::Accepted && m_started)
        m_loader->refresh(); // rates, targets and the program are re-read with the deals
}

} // namespace ChannelDesk
