#pragma once

#include "reporting/PipelineReport.h"

#include <QFrame>
#include <QList>
#include <QString>

class QChart;
class QChartView;
class QLabel;
class QMenu;
class QPainter;
class QPalette;
class QStackedLayout;
class QToolButton;

namespace ChannelDesk {

/// One chart of the pipeline dashboard in a card: the chart, its title and the filter it shows, and a menu (button
/// and context menu) to save it as PNG, SVG or PDF, its data as CSV, or print it. Clicking a bar or slice emits
/// drillDown() with that bucket's filter. Amount axes are labelled with QLocale numbers (QValueAxis only knows
/// printf formats), scaled to thousands or millions as needed.
class PipelineChart final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineChart)

public:
    enum class Kind {
        Stage,    ///< open amount per sales stage (bars)
        Partners, ///< top partners by open amount (horizontal bars)
        Tier,     ///< open amount per partner tier (donut)
        Country,  ///< open amount per partner country (bars)
        Quarter,  ///< won vs weighted open vs target per quarter (grouped bars)
    };
    /// The bar sets of the quarter chart, in order.
    enum QuarterSet { WonSet, WeightedSet, TargetSet };

    PipelineChart(Kind kind, const QString& title, QWidget* parent = nullptr);
    ~PipelineChart() override;

    Kind kind() const { return m_kind; }
    QString title() const { return m_title; }
    /// Shows `buckets` (amounts in `currency`); `context` describes the filter (exports print it under the title).
    void setData(const QList<PipelineBucket>& buckets, const QString& currency, const QString& context);
    /// The buckets shown (the country chart keeps the largest ones).
    const QList<PipelineBucket>& buckets() const { return m_buckets; }
    QString currency() const { return m_currency; }
    QString context() const { return m_context; }
    /// How many buckets the data had before the chart kept the largest.
    int totalBuckets() const { return m_totalBuckets; }

    QChartView* chartView() const { return m_view; }
    QMenu* menu() const { return m_menu; }
    /// Centre of the bar (or slice) showing bucket `index`, bar set `set`, in chartView()->viewport() coordinates;
    /// a point outside the view when it is not shown.
    QPoint bucketPosition(int index, int set = 0) const;

    /// The deals behind bucket `index` as clicked on bar set `set`, and the title of that list.
    DealFilter drillDownFilter(int index, int set = 0) const;
    QString drillDownTitle(int index, int set = 0) const;

    /// A new chart with the same data in the colours of `palette` (exports pass a light one; never the chart on
    /// screen, so hover, theme and window size do not leak into the file). The caller owns it.
    QChart* createChart(const QPalette& palette) const;

    /// The column headers and rows of the data as the CSV export writes them: every bucket given, also those the
    /// chart leaves out, amounts as plain numbers.
    QStringList csvHeader() const;
    QList<QStringList> csvRows() const;

Q_SIGNALS:
    void drillDown(const ChannelDesk::DealFilter& filter, const QString& title);
    void statusChanged(const QString& text);
    void errorOccurred(const QString& message);

private:
    void rebuild();
    void onBarClicked(int index, int set);
    void showTip(bool show, int index, int set);
    QString tipText(int index, int set) const;
    void exportTo(const QString& format);
    void printChart();

    Kind m_kind;
    QString m_title;
    QList<PipelineBucket> m_allBuckets; ///< as given (the CSV export writes all of them)
    QList<PipelineBucket> m_buckets;    ///< as shown
    QString m_currency;
    QString m_context;
    int m_totalBuckets = 0;
    QLabel* m_titleLabel;
    QLabel* m_contextLabel;
    QToolButton* m_menuButton;
    QMenu* m_menu;
    QChartView* m_view;
    QLabel* m_empty;
    QStackedLayout* m_stack;
};

} // namespace ChannelDesk
