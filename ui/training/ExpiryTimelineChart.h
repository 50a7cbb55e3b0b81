#pragma once

#include <utility>

#include "training/CertificationQuery.h"

#include <QFrame>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QStackedLayout;

namespace ChannelDesk {

class TrainingReadWorker;

/// The certification expiry timeline (issue 6): one stacked bar per month for the last three months, this month and
/// the eleven after it, split by track (or by certification), with how many certificates have already expired. The
/// counts come from one GROUP BY (CertificationQuery::expiryTimeline) on a worker thread over the same partner,
/// person, certification, track and search scope as the list. Clicking a bar emits monthActivated() with the month,
/// which the certifications screen turns into a list filter.
class ExpiryTimelineChart final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryTimelineChart)

public:
    /// Series beyond this many are summed into "Other".
    static constexpr int MaxSeries = 7;
    /// The count axis for a tallest bar of `maxTotal`: its top and the step between labels, whole numbers at 1, 2 or
    /// 5 times a power of ten, at most four steps (the chart is short; denser labels overlap and show as "…").
    static std::pair<double, double> countScale(qint64 maxTotal);

    ExpiryTimelineChart(const QString& databasePath, QWidget* parent = nullptr);
    ~ExpiryTimelineChart() override;

    /// Recounts for `scope` (its states and expiry fields are ignored) on the worker.
    void setScope(const CertificationFilter& scope);
    /// Recounts the current scope (data changed).
    void reload();
    TimelineGroup group() const;
    void setGroup(TimelineGroup group);

    /// What is drawn (series already merged into "Other" beyond MaxSeries).
    const ExpiryTimeline& timeline() const { return m_timeline; }
    bool isLoading() const { return m_loading; }
    QChartView* chartView() const { return m_view; }
    QComboBox* groupBox() const { return m_groupBox; }
    QString contextText() const;
    /// The view position of month `month`'s bar (the middle of its stack), for clicks; invalid when it has none.
    QPoint barPosition(int month) const;

Q_SIGNALS:
    /// A month's bar was clicked: [from, to] is that month.
    void monthActivated(const QDate& from, const QDate& to);
    void loaded();
    void loadFailed(const QString& message);

private:
    void start();
    void show(ExpiryTimeline timeline);
    QChart* createChart() const;
    void showTip(bool show, int month);

    TrainingReadWorker* m_worker;
    CertificationFilter m_scope;
    ExpiryTimeline m_timeline;
    bool m_loading = false;
    bool m_hasOther = false; ///< the last series sums the smallest ones
    QLabel* m_title;
    QLabel* m_context;
    QComboBox* m_groupBox;
    QChartView* m_view;
    QLabel* m_empty;
    QStackedLayout* m_stack;
};

} // namespace ChannelDesk
