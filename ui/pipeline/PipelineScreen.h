#pragma once

#include "deals/DealQuery.h"
#include "reporting/PipelineReport.h"
#include "pipeline/PipelineChart.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace ChannelDesk {

class Database;
class KpiTile;
class PipelineFilterBar;
class PipelineLoader;
class RatesUsedModel;
struct DealProgram;
struct PipelineChoices;

/// The indirect pipeline dashboard (PIPE-01…06): filters, key figures, five charts, and the currency rates the
/// figures were converted with. The report is loaded on a worker thread with its own connection the first time the
/// screen is shown (progress bar and Cancel meanwhile); filter changes are computed from memory on that worker too,
/// so the UI thread never waits. Clicking a bar, a slice or a figure that stands for deals emits drillDown().
class PipelineScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineScreen)

public:
    enum class Tile { Weighted, Open, Won, Coverage, PastClose, Stalled, Conversion, ApprovalTime, TileCount };

    PipelineScreen(Database& db, QWidget* parent = nullptr);
    ~PipelineScreen() override;

    /// Reads every deal again (a running load is replaced).
    void reload();
    /// Deals changed (an edit, a sync): re-reads the changed ones and recomputes. Does nothing before the first
    /// load, which reads everything anyway.
    void dataChanged();

    PipelineFilterBar* filterBar() const { return m_filters; }
    KpiTile* tile(Tile which) const;
    PipelineChart* chart(PipelineChart::Kind kind) const;
    /// The figures on screen.
    const PipelineDashboard& dashboard() const { return m_dashboard; }
    /// Whether a load, refresh or computation is still running (or a newer filter waits for its answer).
    bool isBusy() const;
    bool hasData() const { return m_hasData; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancel; }
    /// The warning naming the currencies left out for lack of a rate (hidden when every amount converted).
    QLabel* missingRatesLabel() const { return m_missingRates; }
    QLabel* ratesLabel() const { return m_ratesLabel; }
    RatesUsedModel* ratesModel() const { return m_ratesModel; }
    QToolButton* ratesButton() const { return m_ratesButton; }

Q_SIGNALS:
    /// Show the deals behind a bar, slice or figure; `title` names them ("Pipeline by stage · Negotiation").
    void drillDown(const ChannelDesk::DealFilter& filter, const QString& title);
    void statusChanged(const QString& text);
    void errorOccurred(const QString& message);
    /// New figures are on screen.
    void updated();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildContent();
    void requestCompute();
    void onLoadStarted();
    void onProgress(qint64 done, qint64 total);
    void onLoadFinished(const Status& status);
    void onComputed(const PipelineDashboard& dashboard, const DealFilter& filter);
    void onProgram(const DealProgram& program);
    void showDashboard();
    void showRatesDialog();
    void openSettings();
    void showBanner(const QString& text, bool offerReload);

    Database& m_db;
    PipelineLoader* m_loader;
    PipelineFilterBar* m_filters;
    QToolButton* m_reloadButton;
    QToolButton* m_settingsButton;
    QWidget* m_loadingRow;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_banner;
    QScrollArea* m_scroll;
    QList<KpiTile*> m_tiles;
    QList<PipelineChart*> m_charts;
    QLabel* m_ratesLabel = nullptr;
    QToolButton* m_ratesButton = nullptr;
    QLabel* m_missingRates = nullptr;
    RatesUsedModel* m_ratesModel;
    PipelineDashboard m_dashboard;
    int m_stalledDays = 30;
    bool m_hasData = false;
    bool m_started = false;
};

} // namespace ChannelDesk
