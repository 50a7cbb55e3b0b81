#include "UtilisationChart.h"

#include "common/Money.h"
#include "pipeline/PipelineStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QSignalBlocker>
#include <QStackedLayout>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ChannelDesk {

namespace {

QString money(qint64 minor, const QString& currency)
{
    return Money { minor, currency }.format(QLocale());
}

/// Major units of `currency`: the axis works in them (minor units would label 10,000.00 as "1,000,000").
double major(qint64 minor, const QString& currency)
{
    const int digits = std::max(0, Money::minorDigits(currency));
    return double(minor) / std::pow(10.0, digits);
}

QColor setColor(UtilisationChart::Set set)
{
    switch (set) {
    case UtilisationChart::PaidSet:
        return PipelineStyle::wonColor();
    case UtilisationChart::ApprovedUnpaidSet:
        return PipelineStyle::weightedColor();
    case UtilisationChart::CommittedSet:
        return PipelineStyle::openColor();
    default:
        return QColor(0xd6, 0xdb, 0xe0);
    }
}

QString elided(const QString& text, int maxChars)
{
    return text.size() <= maxChars ? text : text.left(maxChars - 1).trimmed() + QChar(0x2026);
}

/// A value axis with locale-formatted labels at round steps (1, 2, 2.5 or 5 × 10ⁿ), scaled to thousands or millions
/// when the amounts are large, the scale named in the axis title (QValueAxis only knows printf formats).
QCategoryAxis* amountAxis(double maxValue, const QString& currency, const QColor& text)
{
    auto* axis = new QCategoryAxis;
    const double top = maxValue > 0 ? maxValue * 1.05 : 1.0;
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
    QString title = UtilisationChart::tr("Amount (%1)").arg(currency);
    if (niceMax >= 1e9) {
        divisor = 1e9;
        title = UtilisationChart::tr("Amount (billions of %1)").arg(currency);
    } else if (niceMax >= 1e6) {
        divisor = 1e6;
        title = UtilisationChart::tr("Amount (millions of %1)").arg(currency);
    } else if (niceMax >= 1e4) {
        divisor = 1e3;
        title = UtilisationChart::tr("Amount (thousands of %1)").arg(currency);
    }
    const QLocale locale;
    axis->setStartValue(-niceMax * 1e-6); // each category must end above the previous one: "0" starts below zero
    const int steps = int(std::lround(niceMax / step));
    for (int i = 0; i <= steps; ++i) {
        const double value = i * step;
        axis->append(locale.toString(std::round(value / divisor * 1e6) / 1e6, 'f', QLocale::FloatingPointShortest),
                     value);
    }
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setTruncateLabels(false); // "0" sits on a category of almost no width: it would become "…"
    axis->setRange(0, niceMax);
    axis->setTitleText(title);
    QFont font = axis->titleFont();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setBold(false);
    axis->setTitleFont(font);
    axis->setTitleBrush(text);
    axis->setLabelsColor(text);
    axis->setGridLineColor(QColor(0xe3, 0xe6, 0xea));
    axis->setLinePenColor(QColor(0xc8, 0xcd, 0xd2));
    return axis;
}

} // namespace

qint64 UtilisationChart::Bar::segment(Set set) const
{
    switch (set) {
    case PaidSet:
        return paidMinor;
    case ApprovedUnpaidSet:
        return approvedUnpaidMinor;
    case CommittedSet:
        return committedUnclaimedMinor;
    case RemainingSet:
        return remainingMinor;
    default:
        return 0;
    }
}

UtilisationChart::Bar UtilisationChart::barOf(const MdfTotals& totals)
{
    // Each level contains the one before: paid ≤ approved claims ≤ committed (MDF-09/11). Clamping keeps the
    // segments non-negative even if a pulled row briefly breaks that order.
    const qint64 paid = std::max<qint64>(0, totals.paidMinor);
    const qint64 claims = std::max(paid, totals.claimsApprovedMinor);
    const qint64 committed = std::max(claims, totals.committedMinor);
    Bar bar;
    bar.amountMinor = totals.amountMinor;
    bar.paidMinor = paid;
    bar.approvedUnpaidMinor = claims - paid;
    bar.committedUnclaimedMinor = committed - claims;
    bar.remainingMinor = std::max<qint64>(0, totals.amountMinor - committed);
    bar.overdrawnMinor = std::max<qint64>(0, committed - totals.amountMinor);
    return bar;
}

QString UtilisationChart::setLabel(Set set)
{
    switch (set) {
    case PaidSet:
        return tr("Paid");
    case ApprovedUnpaidSet:
        return tr("Claims approved, not paid");
    case CommittedSet:
        return tr("Approved, not claimed");
    case RemainingSet:
        return tr("Remaining");
    default:
        return {};
    }
}

UtilisationChart::UtilisationChart(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_context(new QLabel(this))
    , m_currencyBox(new QComboBox(this))
    , m_view(new QChartView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("utilisationChart"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setMinimumHeight(260);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("chartTitle"));
    m_context->setObjectName(QStringLiteral("chartContext"));
    m_context->setForegroundRole(QPalette::PlaceholderText);

    m_currencyBox->setObjectName(QStringLiteral("chartCurrency"));
    m_currencyBox->setToolTip(tr("Budgets in different currencies are never added up: pick the currency to show"));
    m_currencyBox->setAccessibleName(tr("Currency of the budgets shown"));
    m_currencyBox->hide();
    connect(m_currencyBox, &QComboBox::currentIndexChanged, this, &UtilisationChart::showOverviewCurrency);

    m_view->setObjectName(QStringLiteral("utilisationView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAccessibleName(tr("Budget utilisation"));

    m_empty->setObjectName(QStringLiteral("chartEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(12, 8, 8, 0);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_context);
    header->addLayout(titles, 1);
    header->addWidget(m_currencyBox, 0, Qt::AlignTop);

    m_stack = new QStackedLayout;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addLayout(m_stack, 1);

    showBudgets({});
}

UtilisationChart::~UtilisationChart() = default;

QString UtilisationChart::title() const
{
    return m_title->text();
}

void UtilisationChart::showBudget(const MdfBudgetNode& budget)
{
    m_subject = budget.budget.name;
    m_budgetId = budget.budget.id;
    m_currency = budget.budget.amount.currency;
    m_currencyBox->hide();
    m_bars.clear();
    for (const MdfAllocationNode& allocation : budget.allocations) {
        Bar bar = barOf(allocation.totals);
        bar.id = allocation.id;
        //: Bar label in the utilisation chart: partner name · allocation period
        bar.label = tr("%1 · %2").arg(allocation.partnerName, allocation.period);
        m_bars.append(bar);
    }
    m_totalRecords = int(m_bars.size());
    m_title->setText(tr("Utilisation of %1").arg(budget.budget.name));
    m_empty->setText(tr("This budget has no allocations yet (or none for the partner filtered on)."));
    rebuild();
}

void UtilisationChart::showBudgets(const QList<MdfBudgetNode>& budgets, const QString& currency)
{
    m_overview = budgets;
    m_subject.clear();
    m_budgetId.clear();
    // The currencies in use, the most used first: the overview starts with it.
    QList<std::pair<QString, int>> counts;
    for (const MdfBudgetNode& node : budgets) {
        const QString code = node.budget.amount.currency;
        auto it = std::find_if(counts.begin(), counts.end(),
                               [&code](const auto& entry) { return entry.first == code; });
        if (it == counts.end())
            counts.append({ code, 1 });
        else
            ++it->second;
    }
    std::stable_sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QString chosen = currency;
    if (chosen.isEmpty()
        || std::none_of(counts.cbegin(), counts.cend(), [&chosen](const auto& e) { return e.first == chosen; }))
        chosen = counts.isEmpty() ? QString() : counts.constFirst().first;
    {
        const QSignalBlocker blocker(m_currencyBox);
        m_currencyBox->clear();
        for (const auto& [code, count] : std::as_const(counts))
            m_currencyBox->addItem(tr("%1 (%n budget(s))", nullptr, count).arg(code), code);
        m_currencyBox->setCurrentIndex(m_currencyBox->findData(chosen));
    }
    m_currencyBox->setVisible(counts.size() > 1);
    showOverviewCurrency();
}

void UtilisationChart::showOverviewCurrency()
{
    m_currency = m_currencyBox->currentData().toString();
    m_bars.clear();
    for (const MdfBudgetNode& node : std::as_const(m_overview)) {
        if (node.budget.amount.currency != m_currency)
            continue;
        Bar bar = barOf(node.totals);
        bar.id = node.budget.id;
        bar.label = node.budget.name;
        m_bars.append(bar);
    }
    m_totalRecords = int(m_bars.size());
    m_title->setText(m_currency.isEmpty() ? tr("Budget utilisation")
                                          : tr("Utilisation of the %1 budgets").arg(m_currency));
    m_empty->setText(tr("No budgets to show. Create one with New Budget."));
    rebuild();
}

void UtilisationChart::rebuild()
{
    // Largest first; beyond MaxBars the rest become one "Other" bar (same budget, same currency: safe to add).
    std::stable_sort(m_bars.begin(), m_bars.end(),
                     [](const Bar& a, const Bar& b) { return a.amountMinor > b.amountMinor; });
    if (m_bars.size() > MaxBars) {
        Bar other;
        other.merged = 0;
        for (qsizetype i = MaxBars - 1; i < m_bars.size(); ++i) {
            const Bar& bar = m_bars[i];
            other.amountMinor += bar.amountMinor;
            other.paidMinor += bar.paidMinor;
            other.approvedUnpaidMinor += bar.approvedUnpaidMinor;
            other.committedUnclaimedMinor += bar.committedUnclaimedMinor;
            other.remainingMinor += bar.remainingMinor;
            other.overdrawnMinor += bar.overdrawnMinor;
            other.merged += bar.merged;
        }
        other.label = m_subject.isEmpty() ? tr("%n other budget(s)", nullptr, other.merged)
                                          : tr("%n other allocation(s)", nullptr, other.merged);
        m_bars.resize(MaxBars - 1);
        m_bars.append(other);
    }

    QString context;
    if (!m_currency.isEmpty()) {
        qint64 amount = 0;
        qint64 paid = 0;
        for (const Bar& bar : std::as_const(m_bars)) {
            amount += bar.amountMinor;
            paid += bar.paidMinor;
        }
        context = m_subject.isEmpty()
            ? tr("Amounts in %1 · %n budget(s) · %2 paid of %3", nullptr, m_totalRecords)
                  .arg(m_currency, money(paid, m_currency), money(amount, m_currency))
            : tr("Amounts in %1 · %n allocation(s) · %2 paid of %3 allocated", nullptr, m_totalRecords)
                  .arg(m_currency, money(paid, m_currency), money(amount, m_currency));
    }
    m_context->setText(context);

    QChart* chart = createChart();
    const QList<QAbstractSeries*> series = chart->series();
    for (QAbstractSeries* s : series) {
        auto* bars = qobject_cast<QAbstractBarSeries*>(s);
        if (!bars)
            continue;
        const QList<QBarSet*> sets = bars->barSets();
        for (QBarSet* set : sets) {
            connect(set, &QBarSet::clicked, this, [this](int position) {
                const int index = int(m_bars.size()) - 1 - position; // drawn bottom-up
                if (index >= 0 && index < m_bars.size() && !m_bars[index].id.isEmpty()) {
                    QToolTip::hideText();
                    // Queued: selecting the record may redraw this chart, deleting the bar set emitting this click.
                    QMetaObject::invokeMethod(this, [this, id = m_bars[index].id] { Q_EMIT barActivated(id); },
                                              Qt::QueuedConnection);
                }
            });
            connect(set, &QBarSet::hovered, this, [this](bool status, int position) { showTip(status, position); });
        }
    }
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_stack->setCurrentWidget(m_bars.isEmpty() ? static_cast<QWidget*>(m_empty) : m_view);
}

QChart* UtilisationChart::createChart() const
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
    if (m_bars.isEmpty())
        return chart;

    auto* series = new QHorizontalStackedBarSeries;
    QList<QBarSet*> sets;
    for (int set = 0; set < SetCount; ++set) {
        auto* barSet = new QBarSet(setLabel(Set(set)));
        barSet->setColor(setColor(Set(set)));
        barSet->setBorderColor(setColor(Set(set)));
        sets.append(barSet);
    }
    QStringList labels;
    double maxValue = 0;
    // Bottom-up axis: the largest bar is appended last so it is drawn at the top.
    for (qsizetype i = m_bars.size() - 1; i >= 0; --i) {
        const Bar& bar = m_bars[i];
        double total = 0;
        for (int set = 0; set < SetCount; ++set) {
            const double value = major(bar.segment(Set(set)), m_currency);
            sets[set]->append(value);
            total += value;
        }
        maxValue = std::max(maxValue, total);
        QString label = elided(bar.label, 30);
        while (labels.contains(label)) // QBarCategoryAxis needs distinct categories
            label += QChar(0x200b);
        labels.append(label);
    }
    for (QBarSet* set : std::as_const(sets))
        series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setTruncateLabels(false);
    categories->setGridLineVisible(false);
    categories->setLabelsColor(text);
    categories->setLinePenColor(QColor(0xc8, 0xcd, 0xd2));
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    QCategoryAxis* values = amountAxis(maxValue, m_currency, text);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    return chart;
}

double UtilisationChart::drawnValue(Set set, int index) const
{
    QChart* chart = m_view->chart();
    if (!chart || chart->series().isEmpty() || index < 0 || index >= m_bars.size())
        return -1;
    auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().constFirst());
    if (!series || set < 0 || set >= series->count())
        return -1;
    return series->barSets().at(set)->at(int(m_bars.size()) - 1 - index);
}

void UtilisationChart::showTip(bool show, int position)
{
    const int index = int(m_bars.size()) - 1 - position;
    if (!show || index < 0 || index >= m_bars.size()) {
        QToolTip::hideText();
        return;
    }
    const Bar& bar = m_bars[index];
    QStringList lines { QStringLiteral("<b>%1</b>").arg(bar.label.toHtmlEscaped()) };
    lines.append(tr("Amount: %1").arg(money(bar.amountMinor, m_currency)).toHtmlEscaped());
    for (int set = 0; set < SetCount; ++set)
        lines.append(tr("%1: %2").arg(setLabel(Set(set)), money(bar.segment(Set(set)), m_currency)).toHtmlEscaped());
    if (bar.overdrawnMinor > 0)
        lines.append(QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(PipelineStyle::warningColor().name(),
                              tr("Overdrawn by %1").arg(money(bar.overdrawnMinor, m_currency)).toHtmlEscaped()));
    if (!bar.id.isEmpty())
        lines.append(QStringLiteral("<i>%1</i>").arg(tr("Click to select it in the tree").toHtmlEscaped()));
    QToolTip::showText(QCursor::pos(), lines.join(QStringLiteral("<br>")), m_view);
}

} // namespace ChannelDesk
