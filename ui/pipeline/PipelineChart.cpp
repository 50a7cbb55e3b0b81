#include "PipelineChart.h"

#include "common/Countries.h"
#include "common/Money.h"
#include "pipeline/ChartExport.h"
#include "pipeline/PipelineStyle.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDir>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QMenu>
#include <QPieSeries>
#include <QPieSlice>
#include <QPrintDialog>
#include <QPrinter>
#include <QStackedLayout>
#include <QStandardPaths>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <climits>
#include <cmath>

namespace ChannelDesk {

namespace {

constexpr int MaxCountries = 12;
constexpr qreal BarWidth = 0.7;

QString money(qint64 minor, const QString& currency)
{
    return Money { minor, currency }.format(QLocale());
}

/// Major units of `currency` (the axis works in them: minor units would make "1,000,000" of a 10,000 amount).
double major(qint64 minor, const QString& currency)
{
    const int digits = std::max(0, Money::minorDigits(currency));
    return double(minor) / std::pow(10.0, digits);
}

QString percent(double ratio)
{
    const QLocale locale;
    return locale.toString(ratio * 100.0, 'f', ratio > 0 && ratio < 0.01 ? 1 : 0) + locale.percent();
}

/// A value axis with locale-formatted labels at round steps (1, 2, 2.5 or 5 × 10ⁿ), scaled to thousands, millions
/// or billions when the amounts are large, the scale named in the axis title.
QCategoryAxis* amountAxis(double maxValue, const QString& currency)
{
    auto* axis = new QCategoryAxis;
    const double top = maxValue > 0 ? maxValue * 1.08 : 1.0;
    const double rough = top / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double factor : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        step = factor * magnitude;
        if (step >= rough)
            break;
    }
    const double niceMax = std::ceil(top / step) * step;
    double divisor = 1.0;
    QString title = PipelineChart::tr("Amount (%1)").arg(currency);
    if (niceMax >= 1e9) {
        divisor = 1e9;
        title = PipelineChart::tr("Amount (billions of %1)").arg(currency);
    } else if (niceMax >= 1e6) {
        divisor = 1e6;
        title = PipelineChart::tr("Amount (millions of %1)").arg(currency);
    } else if (niceMax >= 1e4) {
        divisor = 1e3;
        title = PipelineChart::tr("Amount (thousands of %1)").arg(currency);
    }
    const QLocale locale;
    // QCategoryAxis needs each category to end above the previous one: the first ("0") starts just below zero.
    axis->setStartValue(-niceMax * 1e-6);
    const int steps = int(std::lround(niceMax / step));
    for (int i = 0; i <= steps; ++i) {
        const double value = i * step;
        const double scaled = std::round(value / divisor * 1e6) / 1e6;
        axis->append(locale.toString(scaled, 'f', QLocale::FloatingPointShortest), value);
    }
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(0, niceMax);
    axis->setTitleText(title);
    QFont font = axis->titleFont();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setBold(false);
    axis->setTitleFont(font);
    axis->setGridLineColor(QColor(0xe3, 0xe6, 0xea));
    axis->setLinePenColor(QColor(0xc8, 0xcd, 0xd2));
    return axis;
}

QString elided(const QString& text, int maxChars)
{
    return text.size() <= maxChars ? text : text.left(maxChars - 1).trimmed() + QChar(0x2026);
}

/// `text` as HTML, broken at the space nearest its middle when it is wider than `width` pixels: a stage name such as
/// "Tìm hiểu nhu cầu" would otherwise run into its neighbour's label (the axis never truncates them). The width is
/// the label's other line, so the result does not depend on the window (exports draw the same labels).
QString wrappedHtml(const QString& text, const QFontMetrics& metrics, int width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text.toHtmlEscaped();
    qsizetype best = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char(' ') && (best < 0 || qAbs(i - text.size() / 2) < qAbs(best - text.size() / 2)))
            best = i;
    }
    if (best < 0)
        return text.toHtmlEscaped();
    return text.left(best).toHtmlEscaped() + QStringLiteral("<br>") + text.mid(best + 1).toHtmlEscaped();
}

/// QBarCategoryAxis needs distinct categories: two partners of the same name get " (2)", " (3)"…
QStringList distinct(const QStringList& labels)
{
    QStringList result;
    for (const QString& label : labels) {
        QString unique = label;
        for (int n = 2; result.contains(unique); ++n)
            unique = PipelineChart::tr("%1 (%2)", "duplicate category label, number").arg(label).arg(n);
        result.append(unique);
    }
    return result;
}

} // namespace

PipelineChart::PipelineChart(Kind kind, const QString& title, QWidget* parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_title(title)
    , m_titleLabel(new QLabel(title, this))
    , m_contextLabel(new QLabel(this))
    , m_menuButton(new QToolButton(this))
    , m_menu(new QMenu(this))
    , m_view(new QChartView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("pipelineChart"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    // Ten partner bars need room for ten readable names.
    setMinimumHeight(kind == Kind::Partners || kind == Kind::Country ? 380 : kind == Kind::Quarter ? 320 : 300);

    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_titleLabel->setFont(titleFont);
    m_contextLabel->setForegroundRole(QPalette::PlaceholderText);
    m_contextLabel->setObjectName(QStringLiteral("chartContext"));

    m_menuButton->setObjectName(QStringLiteral("chartMenuButton"));
    m_menuButton->setText(tr("Export"));
    m_menuButton->setToolTip(tr("Save this chart as an image or PDF, export its data, or print it"));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setAutoRaise(true);
    m_menuButton->setMenu(m_menu);
    m_menuButton->setAccessibleName(tr("Export %1").arg(title));

    const struct
    {
        const char* name;
        QString text;
        QString format;
    } actions[] = {
        { "savePng", tr("Save as &PNG Image…"), QStringLiteral("png") },
        { "saveSvg", tr("Save as &SVG Image…"), QStringLiteral("svg") },
        { "savePdf", tr("Save as P&DF…"), QStringLiteral("pdf") },
        { "saveCsv", tr("Export &Data as CSV…"), QStringLiteral("csv") },
    };
    for (const auto& entry : actions) {
        QAction* action = m_menu->addAction(entry.text);
        action->setObjectName(QLatin1String(entry.name));
        const QString format = entry.format;
        connect(action, &QAction::triggered, this, [this, format] { exportTo(format); });
        if (format == QLatin1String("pdf"))
            m_menu->addSeparator();
    }
    m_menu->addSeparator();
    QAction* print = m_menu->addAction(tr("&Print…"));
    print->setObjectName(QStringLiteral("print"));
    connect(print, &QAction::triggered, this, &PipelineChart::printChart);

    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAccessibleName(title);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (m_menuButton->isEnabled()) // nothing to export from an empty chart
            m_menu->popup(m_view->mapToGlobal(pos));
    });

    m_empty->setObjectName(QStringLiteral("chartEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("No deals match these filters."));

    auto* header = new QHBoxLayout;
    header->setContentsMargins(12, 8, 6, 0);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_titleLabel);
    titles->addWidget(m_contextLabel);
    header->addLayout(titles, 1);
    header->addWidget(m_menuButton, 0, Qt::AlignTop);

    m_stack = new QStackedLayout;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addLayout(m_stack, 1);

    rebuild();
}

PipelineChart::~PipelineChart() = default;

void PipelineChart::setData(const QList<PipelineBucket>& buckets, const QString& currency, const QString& context)
{
    m_totalBuckets = int(buckets.size());
    m_allBuckets = buckets;
    m_buckets = buckets;
    if (m_kind == Kind::Country && m_buckets.size() > MaxCountries) {
        std::stable_sort(m_buckets.begin(), m_buckets.end(), [](const PipelineBucket& a, const PipelineBucket& b) {
            return a.amountMinor > b.amountMinor;
        });
        m_buckets.resize(MaxCountries);
    }
    m_currency = currency;
    m_context = context;
    QString shown = context;
    if (m_buckets.size() < m_totalBuckets)
        shown = tr("%1 · largest %2 of %3").arg(context).arg(m_buckets.size()).arg(m_totalBuckets);
    m_contextLabel->setText(shown);
    m_contextLabel->setToolTip(shown);
    rebuild();
}

void PipelineChart::rebuild()
{
    QChart* chart = createChart(palette());
    // The on-screen chart answers the mouse; exports get a fresh copy without these connections.
    const QList<QAbstractSeries*> series = chart->series();
    for (QAbstractSeries* s : series) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s)) {
            const QList<QBarSet*> sets = bars->barSets();
            for (int set = 0; set < sets.size(); ++set) {
                connect(sets[set], &QBarSet::clicked, this, [this, set](int index) { onBarClicked(index, set); });
                connect(sets[set], &QBarSet::hovered, this,
                        [this, set](bool status, int index) { showTip(status, index, set); });
            }
        } else if (auto* pie = qobject_cast<QPieSeries*>(s)) {
            connect(pie, &QPieSeries::clicked, this, [this, pie](QPieSlice* slice) {
                onBarClicked(int(pie->slices().indexOf(slice)), 0);
            });
            connect(pie, &QPieSeries::hovered, this, [this, pie](QPieSlice* slice, bool state) {
                slice->setExploded(state);
                showTip(state, int(pie->slices().indexOf(slice)), 0);
            });
        }
    }
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;

    bool empty = true;
    for (const PipelineBucket& bucket : std::as_const(m_buckets)) {
        if (bucket.amountMinor != 0 || bucket.wonMinor != 0 || bucket.targetMinor != 0 || bucket.weightedMinor != 0)
            empty = false;
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_view);
    m_menuButton->setEnabled(!m_buckets.isEmpty());
}

QChart* PipelineChart::createChart(const QPalette& colors) const
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 10, 6));
    chart->setBackgroundBrush(colors.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    const QColor text = colors.color(QPalette::Text);
    chart->legend()->setLabelColor(text);

    const auto styleCategoryAxis = [&](QBarCategoryAxis* axis) {
        // Our labels are short or elided already; Qt's own truncation would cut "Qualification" to "Qualificati…".
        axis->setTruncateLabels(false);
        axis->setGridLineVisible(false);
        axis->setLabelsColor(text);
        axis->setLinePenColor(QColor(0xc8, 0xcd, 0xd2));
    };

    if (m_kind == Kind::Tier) {
        auto* pie = new QPieSeries;
        pie->setHoleSize(0.45);
        pie->setPieSize(0.85);
        qint64 total = 0;
        for (const PipelineBucket& bucket : m_buckets)
            total += std::max<qint64>(0, bucket.amountMinor);
        for (const PipelineBucket& bucket : m_buckets) {
            const double share = total > 0 ? double(bucket.amountMinor) / double(total) : 0.0;
            auto* slice = pie->append(tr("%1 · %2", "tier · share").arg(bucket.label, percent(share)),
                                      std::max(0.0, major(bucket.amountMinor, m_currency)));
            slice->setColor(PipelineStyle::tierColor(bucket.key));
            slice->setBorderColor(colors.color(QPalette::Base));
            // No labels on the ring: they collide on thin slices and would repeat the legend, which names each
            // tier with its share.
            slice->setLabelVisible(false);
        }
        chart->addSeries(pie);
        chart->legend()->setAlignment(Qt::AlignRight);
        chart->legend()->setVisible(true);
        return chart;
    }

    if (m_kind == Kind::Partners) {
        auto* series = new QHorizontalBarSeries;
        auto* set = new QBarSet(tr("Open amount"));
        set->setColor(PipelineStyle::openColor());
        set->setBorderColor(PipelineStyle::openColor());
        QStringList labels;
        double maxValue = 0;
        // Bottom-up axis: append the largest last so it is drawn at the top.
        for (qsizetype i = m_buckets.size() - 1; i >= 0; --i) {
            const double value = major(m_buckets[i].amountMinor, m_currency);
            set->append(value);
            maxValue = std::max(maxValue, value);
            labels.append(elided(m_buckets[i].label, 26));
        }
        series->append(set);
        series->setBarWidth(BarWidth);
        chart->addSeries(series);
        auto* categories = new QBarCategoryAxis;
        categories->append(distinct(labels));
        styleCategoryAxis(categories);
        chart->addAxis(categories, Qt::AlignLeft);
        series->attachAxis(categories);
        QCategoryAxis* values = amountAxis(maxValue, m_currency);
        values->setLabelsColor(text);
        values->setTitleBrush(text);
        chart->addAxis(values, Qt::AlignBottom);
        series->attachAxis(values);
        chart->legend()->setVisible(false);
        return chart;
    }

    auto* series = new QBarSeries;
    QStringList labels;
    double maxValue = 0;
    if (m_kind == Kind::Quarter) {
        auto* won = new QBarSet(tr("Won"));
        auto* weighted = new QBarSet(tr("Weighted open"));
        auto* target = new QBarSet(tr("Target"));
        const QList<std::pair<QBarSet*, QColor>> sets { { won, PipelineStyle::wonColor() },
                                                        { weighted, PipelineStyle::weightedColor() },
                                                        { target, PipelineStyle::targetColor() } };
        for (const auto& [set, color] : sets) {
            set->setColor(color);
            set->setBorderColor(color);
        }
        for (const PipelineBucket& bucket : m_buckets) {
            const double values[] = { major(bucket.wonMinor, m_currency), major(bucket.weightedMinor, m_currency),
                                      major(bucket.targetMinor, m_currency) };
            won->append(values[0]);
            weighted->append(values[1]);
            target->append(values[2]);
            for (const double value : values)
                maxValue = std::max(maxValue, value);
            labels.append(bucket.label);
        }
        series->append(won);
        series->append(weighted);
        series->append(target);
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignBottom);
    } else {
        auto* set = new QBarSet(tr("Open amount"));
        set->setColor(PipelineStyle::openColor());
        set->setBorderColor(PipelineStyle::openColor());
        const QFontMetrics metrics(QBarCategoryAxis().labelsFont()); // the font the labels get
        for (qsizetype i = 0; i < m_buckets.size(); ++i) {
            const PipelineBucket& bucket = m_buckets[i];
            const double value = major(bucket.amountMinor, m_currency);
            set->append(value);
            maxValue = std::max(maxValue, value);
            if (m_kind == Kind::Stage) { // the count on a second line: stage names alone fill the bar's width
                const QString label = tr("%1<br>%n deal(s)", "axis label (HTML): stage, then its deal count",
                                         int(std::min<qint64>(bucket.count, INT_MAX)));
                const QString countLine = QString(label).remove(QStringLiteral("%1")).remove(QStringLiteral("<br>"));
                labels.append(label.arg(wrappedHtml(bucket.label, metrics, metrics.horizontalAdvance(countLine))));
            }
            else if (m_buckets.size() <= 6 || bucket.key.isEmpty())
                labels.append(bucket.label); // country names while they fit, codes beyond (the tooltip names them)
            else
                labels.append(bucket.key);
        }
        series->append(set);
        chart->legend()->setVisible(false);
    }
    series->setBarWidth(BarWidth);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(distinct(labels));
    styleCategoryAxis(categories);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    QCategoryAxis* values = amountAxis(maxValue, m_currency);
    values->setLabelsColor(text);
    values->setTitleBrush(text);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

QPoint PipelineChart::bucketPosition(int index, int set) const
{
    QChart* chart = m_view->chart();
    if (!chart || chart->series().isEmpty() || index < 0 || index >= m_buckets.size())
        return QPoint(-1, -1);
    QAbstractSeries* series = chart->series().constFirst();
    QPointF scene;
    if (auto* pie = qobject_cast<QPieSeries*>(series)) {
        const QList<QPieSlice*> slices = pie->slices();
        if (index >= slices.size())
            return QPoint(-1, -1);
        const QRectF plot = chart->plotArea();
        const double radius = std::min(plot.width(), plot.height()) / 2.0 * pie->pieSize();
        const double r = radius * (1.0 + pie->holeSize()) / 2.0; // the middle of the ring
        const double angle = (slices[index]->startAngle() + slices[index]->angleSpan() / 2.0) * M_PI / 180.0;
        const QPointF centre(plot.left() + plot.width() * pie->horizontalPosition(),
                             plot.top() + plot.height() * pie->verticalPosition());
        scene = chart->mapToScene(centre + QPointF(r * std::sin(angle), -r * std::cos(angle)));
    } else if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
        const QList<QBarSet*> sets = bars->barSets();
        if (set < 0 || set >= sets.size())
            return QPoint(-1, -1);
        const qsizetype count = sets.size();
        // Grouped bars share the category's width; bar `set` sits at its slot's centre.
        const double offset = -BarWidth / 2.0 + BarWidth / double(count) * (set + 0.5);
        if (m_kind == Kind::Partners) {
            const int position = int(m_buckets.size()) - 1 - index; // drawn bottom-up
            const double value = sets[set]->at(position);
            scene = chart->mapToScene(chart->mapToPosition(QPointF(value / 2.0, position + offset), series));
        } else {
            const double value = sets[set]->at(index);
            scene = chart->mapToScene(chart->mapToPosition(QPointF(index + offset, value / 2.0), series));
        }
    }
    return m_view->mapFromScene(scene);
}

DealFilter PipelineChart::drillDownFilter(int index, int set) const
{
    if (index < 0 || index >= m_buckets.size())
        return {};
    DealFilter filter = m_buckets[index].drillDown;
    if (m_kind == Kind::Quarter) {
        // The bar says which deals: won ones for "Won", open ones for "Weighted open"; the target bar is the
        // quarter as a whole.
        if (set == WonSet) {
            filter.kind = QStringLiteral("opportunity");
            filter.statuses = { QStringLiteral("won") };
            filter.openOnly = false;
        } else if (set == WeightedSet) {
            filter.openOnly = true;
        }
    }
    return filter;
}

QString PipelineChart::drillDownTitle(int index, int set) const
{
    if (index < 0 || index >= m_buckets.size())
        return m_title;
    const QString label = m_buckets[index].label;
    if (m_kind == Kind::Quarter) {
        if (set == WonSet)
            return tr("Won deals · %1").arg(label);
        if (set == WeightedSet)
            return tr("Open deals · %1").arg(label);
    }
    return tr("%1 · %2", "chart title · bucket").arg(m_title, label);
}

void PipelineChart::onBarClicked(int index, int set)
{
    if (index < 0 || index >= m_buckets.size())
        return;
    // The bar a horizontal chart reports counts from the bottom.
    const int bucket = m_kind == Kind::Partners ? int(m_buckets.size()) - 1 - index : index;
    QToolTip::hideText();
    Q_EMIT drillDown(drillDownFilter(bucket, set), drillDownTitle(bucket, set));
}

QString PipelineChart::tipText(int index, int set) const
{
    const PipelineBucket& bucket = m_buckets[index];
    const QLocale locale;
    QStringList lines { QStringLiteral("<b>%1</b>").arg(bucket.label.toHtmlEscaped()) };
    if (m_kind == Kind::Country && !bucket.key.isEmpty())
        lines.first() = QStringLiteral("<b>%1</b>").arg(Countries::displayName(bucket.key, locale).toHtmlEscaped());
    lines.append(tr("%n deal(s)", nullptr, int(std::min<qint64>(bucket.count, INT_MAX))));
    if (m_kind == Kind::Quarter) {
        lines.append(tr("Won: %1").arg(money(bucket.wonMinor, m_currency)));
        lines.append(tr("Weighted open: %1").arg(money(bucket.weightedMinor, m_currency)));
        lines.append(tr("Target: %1").arg(money(bucket.targetMinor, m_currency)));
    } else {
        lines.append(tr("Open amount: %1").arg(money(bucket.amountMinor, m_currency)));
        lines.append(tr("Weighted: %1").arg(money(bucket.weightedMinor, m_currency)));
    }
    Q_UNUSED(set)
    lines.append(QStringLiteral("<i>%1</i>").arg(tr("Click to see these deals").toHtmlEscaped()));
    return lines.join(QStringLiteral("<br>"));
}

void PipelineChart::showTip(bool show, int index, int set)
{
    if (!show) {
        QToolTip::hideText();
        return;
    }
    const int bucket = m_kind == Kind::Partners ? int(m_buckets.size()) - 1 - index : index;
    if (bucket < 0 || bucket >= m_buckets.size())
        return;
    QToolTip::showText(QCursor::pos(), tipText(bucket, set), m_view);
}

void PipelineChart::exportTo(const QString& format)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString filter;
    if (format == QLatin1String("png"))
        filter = tr("PNG images (*.png)");
    else if (format == QLatin1String("svg"))
        filter = tr("SVG images (*.svg)");
    else if (format == QLatin1String("pdf"))
        filter = tr("PDF documents (*.pdf)");
    else
        filter = tr("CSV files (*.csv)");
    const QString suggested = folder + QLatin1Char('/') + ChartExport::suggestedFileName(*this, format);
    QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(m_title), suggested, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        path += QLatin1Char('.') + format;
    Status status;
    if (format == QLatin1String("png"))
        status = ChartExport::savePng(*this, path);
    else if (format == QLatin1String("svg"))
        status = ChartExport::saveSvg(*this, path);
    else if (format == QLatin1String("pdf"))
        status = ChartExport::savePdf(*this, path);
    else
        status = ChartExport::saveCsv(*this, path);
    if (status)
        Q_EMIT statusChanged(tr("Saved “%1”.").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT errorOccurred(status.error().message);
}

void PipelineChart::printChart()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(m_title);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(m_title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status status = ChartExport::print(*this, printer); !status)
        Q_EMIT errorOccurred(status.error().message);
}

QStringList PipelineChart::csvHeader() const
{
    QString dimension;
    switch (m_kind) {
    case Kind::Stage:
        dimension = tr("Stage");
        break;
    case Kind::Partners:
        dimension = tr("Partner");
        break;
    case Kind::Tier:
        dimension = tr("Tier");
        break;
    case Kind::Country:
        dimension = tr("Country");
        break;
    case Kind::Quarter:
        dimension = tr("Quarter");
        break;
    }
    QStringList header { dimension, tr("Code"), tr("Deals") };
    if (m_kind == Kind::Quarter)
        header << tr("Won") << tr("Weighted open") << tr("Target") << tr("Open amount");
    else
        header << tr("Open amount") << tr("Weighted");
    header << tr("Currency");
    return header;
}

QList<QStringList> PipelineChart::csvRows() const
{
    const auto plain = [this](qint64 minor) { return Money { minor, m_currency }.toPlainString(); };
    QList<QStringList> rows;
    // Every bucket, not only those drawn: the file is the data behind the chart.
    for (const PipelineBucket& bucket : m_allBuckets) {
        QString key = bucket.key;
        if (m_kind == Kind::Partners)
            key.clear(); // a partner's key is its internal id: of no use in a spreadsheet
        QStringList row { bucket.label, key, QString::number(bucket.count) };
        if (m_kind == Kind::Quarter)
            row << plain(bucket.wonMinor) << plain(bucket.weightedMinor) << plain(bucket.targetMinor)
                << plain(bucket.amountMinor);
        else
            row << plain(bucket.amountMinor) << plain(bucket.weightedMinor);
        row << m_currency;
        rows.append(row);
    }
    return rows;
}

} // namespace ChannelDesk
