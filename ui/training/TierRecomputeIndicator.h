#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace ChannelDesk {

class TierScheduler;

/// The status bar's tier recompute indicator: while a run is going, a progress bar (members evaluated of all) and a
/// Cancel button; otherwise when tiers were last checked, with the run's counts in the tooltip.
class TierRecomputeIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierRecomputeIndicator)

public:
    explicit TierRecomputeIndicator(TierScheduler* scheduler, QWidget* parent = nullptr);

    QLabel* label() const { return m_label; }
    QProgressBar* progressBar() const { return m_bar; }
    QToolButton* cancelButton() const { return m_cancel; }

private:
    void onStarted();
    void onProgress(int done, int total);
    void onEnded();

    QPointer<TierScheduler> m_scheduler;
    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_cancel;
};

} // namespace ChannelDesk
