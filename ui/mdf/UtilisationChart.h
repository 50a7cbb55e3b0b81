#pragma once

#include "mdf/MdfBalances.h"

#include <QFrame>
#include <QList>
#include <QString>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QStackedLayout;

namespace ChannelDesk {

/// How much of a budget's money is where (issue 5): one horizontal stacked bar per allocation of the selected budget,
/// or one per budget when none is selected, split into paid, approved claims not yet paid, committed (approved
/// requests) not yet claimed, and what remains. Amounts are always in one currency: a budget's bars are in its
/// currency, and the overview shows the budgets of one currency at a time (a picker offers the others), so amounts
/// of different currencies are never added or drawn on one axis. The largest bars are shown; the rest are summed
/// into one "Other" bar of the same budget. Clicking a bar emits barActivated() with its record's id.
class UtilisationChart final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UtilisationChart)

public:
    /// The bar sets, in stacking order.
    enum Set { PaidSet, ApprovedUnpaidSet, CommittedSet, RemainingSet, SetCount };
    static constexpr int MaxBars = 12;

    /// One bar's segments in minor units of the chart's currency. The four segments add up to the amount, or to
    /// what is committed when approvals overdraw it (MDF-02 with a negative balance allowed).
    struct Bar
    {
        QByteArray id;      ///< allocation or budget; empty for the "Other" bar
        QString label;
        qint64 amountMinor = 0;
        qint64 paidMinor = 0;
        qint64 approvedUnpaidMinor = 0;   ///< approved claims not yet paid
        qint64 committedUnclaimedMinor = 0; ///< held by approved requests, not yet covered by approved claims
        qint64 remainingMinor = 0;        ///< amount − committed, when positive
        qint64 overdrawnMinor = 0;        ///< committed − amount, when positive
        int merged = 1;                   ///< how many records the bar stands for

        qint64 segment(Set set) const;
    };
    static Bar barOf(const MdfTotals& totals);

    explicit UtilisationChart(QWidget* parent = nullptr);
    ~UtilisationChart() override;

    /// One bar per allocation of `budget`, in its currency.
    void showBudget(const MdfBudgetNode& budget);
    /// One bar per budget in `currency` (empty: the currency most of `budgets` use); the picker offers the others.
    void showBudgets(const QList<MdfBudgetNode>& budgets, const QString& currency = {});

    /// The bars shown, largest amount first.
    const QList<Bar>& bars() const { return m_bars; }
    QString currency() const { return m_currency; }
    QString title() const;
    /// The id of the budget shown (empty in the overview).
    QByteArray budgetId() const { return m_budgetId; }
    QChartView* chartView() const { return m_view; }
    QComboBox* currencyBox() const { return m_currencyBox; }
    /// The value drawn for bar `index` (of bars()) in set `set`, in major units, read back from the chart's series.
    double drawnValue(Set set, int index) const;
    static QString setLabel(Set set);

Q_SIGNALS:
    void barActivated(const QByteArray& id);

private:
    void rebuild();
    void showOverviewCurrency();
    QChart* createChart() const;
    void showTip(bool show, int position);

    QLabel* m_title;
    QLabel* m_context;
    QComboBox* m_currencyBox;
    QChartView* m_view;
    QLabel* m_empty;
    QStackedLayout* m_stack;
    QList<MdfBudgetNode> m_overview; ///< the budgets of the overview (every currency)
    QList<Bar> m_bars;
    QString m_currency;
    QString m_subject;  ///< the budget's name, or empty for the overview
    QByteArray m_budgetId;
    int m_totalRecords = 0;
};

} // namespace ChannelDesk
