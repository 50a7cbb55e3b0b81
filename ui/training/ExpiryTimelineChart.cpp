#include "ExpiryTimelineChart.h"

#include "pipeline/PipelineStyle.h"
#include "storage/Database.h"
#include "training/TrainingReadWorker.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QStackedLayout>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ChannelDesk {

namespace {

/// Okabe-Ito colours (distinguishable with the common colour-vision deficiencies), then a neutral grey for "Other".
QColor seriesColor(int index, bool other)
{
    static const QColor colors[] = { QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                     QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
                                     QColor(0xf0, 0xe4, 0x42) };
    if (other)
        return QColor(0xa8, 0xb2, 0xbd);
    return colors[index % int(std::size(colors))];
}

/// Merges the smallest series into one "Other" series beyond MaxSeries (the counts of one month add up safely).
ExpiryTimeline merged(ExpiryTimeline timeline)
{
    if (timeline.series.size() <= ExpiryTimelineChart::MaxSeries)
        return timeline;
    ExpiryTimeline::Series other;
    other.counts = QList<qint64>(timeline.months.size(), 0);
    const qsizetype keep = ExpiryTimelineChart::MaxSeries - 1;
    for (qsizetype i = keep; i < timeline.series.size(); ++i) {
        for (int m = 0; m < timeline.months.size(); ++m)
            other.counts[m] += timeline.series.at(i).counts.value(m);
    }
    other.label = ExpiryTimelineChart::tr("%n other(s)", nullptr, int(timeline.series.size() - keep));
    timeline.series.resize(keep);
    timeline.series.append(other);
    return timeline;
}

} // namespace

ExpiryTimelineChart::ExpiryTimelineChart(const QString& databasePath, QWidget* parent)
    : QFrame(parent)
    , m_worker(new TrainingReadWorker(databasePath, QStringLiteral("certifications-timeline"), this))
    , m_title(new QLabel(tr("Certification expiry timeline"), this))
    , m_context(new QLabel(this))
    , m_groupBox(new QComboBox(this))
    , m_view(new QChartView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("expiryTimelineChart"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setMinimumHeight(240);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("chartTitle"));
    m_context->setObjectName(QStringLiteral("chartContext"));
    m_context->setWordWrap(true); // long in Vietnamese: wrapped, it never widens the screen
    m_context->setForegroundRole(QPalette::PlaceholderText);

    m_groupBox->setObjectName(QStringLiteral("timelineGroup"));
    m_groupBox->addItem(tr("By track"), int(TimelineGroup::Track));
    m_groupBox->addItem(tr("By certification"), int(TimelineGroup::Definition));
    m_groupBox->setAccessibleName(tr("Split the bars by"));
    connect(m_groupBox, &QComboBox::currentIndexChanged, this, &ExpiryTimelineChart::start);

    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAccessibleName(tr("Certifications expiring per month"));
    m_view->setChart(createChart());

    m_empty->setObjectName(QStringLiteral("chartEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("No certificates expire in these months."));

    auto* header = new QHBoxLayout;
    header->setContentsMargins(12, 8, 8, 0);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_context);
    header->addLayout(titles, 1);
    header->addWidget(m_groupBox, 0, Qt::AlignTop);

    m_stack = new QStackedLayout;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addLayout(m_stack, 1);

    connect(m_worker, &TrainingReadWorker::failed, this, [this](const QString& message) {
        m_loading = false;
        Q_EMIT loadFailed(message);
    });
}

ExpiryTimelineChart::~ExpiryTimelineChart() = default;

TimelineGroup ExpiryTimelineChart::group() const
{
    return TimelineGroup(m_groupBox->currentData().toInt());
}

void ExpiryTimelineChart::setGroup(TimelineGroup group)
{
    m_groupBox->setCurrentIndex(m_groupBox->findData(int(group)));
}

void ExpiryTimelineChart::setScope(const CertificationFilter& scope)
{
    CertificationFilter normalised = scope;
    normalised.states.clear();
    normalised.expiringWithinDays = -1;
    normalised.expiresFrom = {};
    normalised.expiresTo = {};
    if (normalised == m_scope && (m_loading || !m_timeline.months.isEmpty()))
        return; // the chart does not depend on what changed (a state or month filter of the list)
    m_scope = normalised;
    start();
}

void ExpiryTimelineChart::reload()
{
    start();
}

void ExpiryTimelineChart::start()
{
    m_loading = true;
    m_worker->run([this, scope = m_scope, group = group()](Database& db) -> std::function<void()> {
        Result<ExpiryTimeline> timeline = CertificationQuery::expiryTimeline(db, scope, group);
        if (!timeline) {
            return [this, message = timeline.error().message] {
                m_loading = false;
                Q_EMIT loadFailed(message);
            };
        }
        return [this, result = std::move(timeline).value()] { show(result); };
    });
}

void ExpiryTimelineChart::show(ExpiryTimeline timeline)
{
    m_hasOther = timeline.series.size() > MaxSeries;
    m_timeline = merged(std::move(timeline));
    m_loading = false;
    m_context->setText(contextText());
    QChart* chart = createChart();
    const QList<QAbstractSeries*> series = chart->series();
    for (QAbstractSeries* s : series) {
        auto* bars = qobject_cast<QAbstractBarSeries*>(s);
        if (!bars)
            continue;
        const QList<QBarSet*> sets = bars->barSets();
        for (QBarSet* set : sets) {
            connect(set, &QBarSet::clicked, this, [this](int month) {
                if (month < 0 || month >= m_timeline.months.size())
                    return;
                QToolTip::hideText();
                // Queued: filtering the list may recount and redraw this chart, deleting the bar set emitting this.
                QMetaObject::invokeMethod(
                    this,
                    [this, from = m_timeline.months.at(month), to = m_timeline.monthEnd(month)] {
                        Q_EMIT monthActivated(from, to);
                    },
                    Qt::QueuedConnection);
            });
            connect(set, &QBarSet::hovered, this, [this](bool status, int month) { showTip(status, month); });
        }
    }
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    qint64 shown = 0;
    for (int m = 0; m < m_timeline.months.size(); ++m)
        shown += m_timeline.monthTotal(m);
    m_stack->setCurrentWidget(shown == 0 ? static_cast<QWidget*>(m_empty) : m_view);
    Q_EMIT loaded();
}

QString ExpiryTimelineChart::contextText() const
{
    if (m_timeline.months.isEmpty())
        return {};
    qint64 ahead = 0;
    for (int m = 0; m < m_timeline.months.size(); ++m) {
        if (m_timeline.months.at(m) >= QDate(m_timeline.today.year(), m_timeline.today.month(), 1))
            ahead += m_timeline.monthTotal(m);
    }
    //: %1: certificates already expired; %2: expiring from this month on (both already formatted numbers)
    return tr("%1 already expired · %2 expiring this month and in the next 11 months · click a bar to list them")
        .arg(QLocale().toString(m_timeline.expired), QLocale().toString(ahead));
}

QChart* ExpiryTimelineChart::createChart() const
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 10, 6));
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    const QColor text = palette().color(QPalette::Text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(true);
    if (m_timeline.months.isEmpty())
        return chart;

    auto* series = new QStackedBarSeries;
    qint64 maxTotal = 0;
    for (int m = 0; m < m_timeline.months.size(); ++m)
        maxTotal = std::max(maxTotal, m_timeline.monthTotal(m));
    for (int i = 0; i < m_timeline.series.size(); ++i) {
        const ExpiryTimeline::Series& s = m_timeline.series.at(i);
        auto* set = new QBarSet(s.label);
        const bool other = m_hasOther && i == m_timeline.series.size() - 1;
        set->setColor(seriesColor(i, other));
        set->setBorderColor(seriesColor(i, other));
        for (const qint64 n : s.counts)
            set->append(double(n));
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);

    // Short, level labels: fifteen months side by side leave about 40 px each, and rotated or longer labels were
    // elided to "A…". January shows its year instead of its name, marking where a year starts; the tooltip names
    // month and year.
    QStringList labels;
    const QLocale locale;
    for (const QDate& month : m_timeline.months)
        labels.append(locale.toString(month, month.month() == 1 ? QStringLiteral("yyyy") : QStringLiteral("MMM")));
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setGridLineVisible(false);
    categories->setTruncateLabels(false); // "thg 10" fits its bar's width, but Qt Charts elided it to "thg …"
    categories->setLabelsColor(text);
    categories->setLinePenColor(QColor(0xc8, 0xcd, 0xd2));
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);

    auto* values = new QValueAxis;
    const auto [top, step] = countScale(maxTotal);
    values->setRange(0, top);
    values->setTruncateLabels(false);
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0);
    values->setTickInterval(step);
    values->setLabelFormat(QStringLiteral("%d"));
    values->setLabelsColor(text);
    values->setGridLineColor(QColor(0xe3, 0xe6, 0xea));
    values->setLinePenColor(QColor(0xc8, 0xcd, 0xd2));
    values->setTitleText(tr("Certificates"));
    values->setTitleBrush(text);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

std::pair<double, double> ExpiryTimelineChart::countScale(qint64 maxTotal)
{
    const double tallest = std::max<double>(1.0, double(maxTotal));
    const double magnitude = std::pow(10.0, std::floor(std::log10(tallest / 4.0)));
    double step = 1.0;
    for (const double factor : { 1.0, 2.0, 5.0, 10.0 }) {
        step = std::max(1.0, factor * magnitude);
        if (tallest / step <= 4.0)
            break;
    }
    return { std::ceil(tallest / step) * step, step };
}

QPoint ExpiryTimelineChart::barPosition(int month) const
{
    QChart* chart = m_view->chart();
    if (!chart || chart->series().isEmpty() || month < 0 || month >= m_timeline.months.size())
        return {};
    const qint64 total = m_timeline.monthTotal(month);
    if (total == 0)
        return {};
    // The first set's segment sits at the bottom; aim at the middle of the whole stack.
    const QPointF scene = chart->mapToPosition(QPointF(month, double(total) / 2.0), chart->series().constFirst());
    return m_view->mapFromScene(chart->mapToScene(scene));
}

void ExpiryTimelineChart::showTip(bool show, int month)
{
    if (!show || month < 0 || month >= m_timeline.months.size()) {
        QToolTip::hideText();
        return;
    }
    const QLocale locale;
    QStringList lines { QStringLiteral("<b>%1</b>").arg(locale.toString(m_timeline.months.at(month), QStringLiteral("MMMM yyyy"))
                                                            .toHtmlEscaped()) };
    lines.append(tr("%n certificate(s) expire(s) this month", nullptr, int(m_timeline.monthTotal(month))).toHtmlEscaped());
    for (const ExpiryTimeline::Series& s : std::as_const(m_timeline.series)) {
        const qint64 n = s.counts.value(month);
        if (n > 0)
            lines.append(tr("%1: %2").arg(s.label, locale.toString(n)).toHtmlEscaped());
    }
    lines.append(QStringLiteral("<i>%1</i>").arg(tr("Click to list them").toHtmlEscaped()));
    QToolTip::showText(QCursor::pos(), lines.join(QStringLiteral("<br>")), m_view);
}

} // namespace ChannelDesk
