#include "TierRecomputeIndicator.h"

#include "training/TierScheduler.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace ChannelDesk {

TierRecomputeIndicator::TierRecomputeIndicator(TierScheduler* scheduler, QWidget* parent)
    : QWidget(parent)
    , m_scheduler(scheduler)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("tierRecomputeIndicator"));
    m_label->setObjectName(QStringLiteral("tierRecomputeText"));
    m_bar->setObjectName(QStringLiteral("tierRecomputeProgress"));
    m_bar->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);
    m_bar->setMaximumHeight(fontMetrics().height() + 4);
    m_bar->setTextVisible(false);
    m_bar->setRange(0, 0); // busy until the engine says how many members there are
    m_cancel->setObjectName(QStringLiteral("tierRecomputeCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the tier check (members already checked keep their result)"));
    m_cancel->setAutoRaise(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->hide();
    m_cancel->hide();

    if (!scheduler) {
        hide();
        return;
    }
    connect(m_cancel, &QToolButton::clicked, scheduler, &TierScheduler::cancel);
    connect(scheduler, &TierScheduler::started, this, &TierRecomputeIndicator::onStarted);
    connect(scheduler, &TierScheduler::progress, this, &TierRecomputeIndicator::onProgress);
    connect(scheduler, &TierScheduler::finished, this, &TierRecomputeIndicator::onEnded);
    connect(scheduler, &TierScheduler::cancelled, this, &TierRecomputeIndicator::onEnded);
    connect(scheduler, &TierScheduler::failed, this, &TierRecomputeIndicator::onEnded);
    if (scheduler->isRunning())
        onStarted();
    else
        onEnded();
}

void TierRecomputeIndicator::onStarted()
{
    m_bar->setRange(0, 0);
    m_bar->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_label->setText(tr("Checking tiers…"));
    m_label->setStyleSheet(QString());
}

void TierRecomputeIndicator::onProgress(int done, int total)
{
    if (!m_scheduler || !m_scheduler->isRunning())
        return;
    m_bar->setRange(0, std::max(total, 1));
    m_bar->setValue(std::min(done, std::max(total, 1)));
    //: Tier recompute progress in the status bar: members checked of all
    m_label->setText(tr("Checking tiers… %L1 of %L2").arg(done).arg(total));
}

void TierRecomputeIndicator::onEnded()
{
    if (!m_scheduler)
        return;
    m_bar->hide();
    m_cancel->hide();
    const QLocale locale;
    switch (m_scheduler->lastRun()) {
    case TierScheduler::LastRun::None:
        m_label->setText(tr("Tiers not checked yet"));
        m_label->setToolTip(QString());
        m_label->setStyleSheet(QString());
        return;
    case TierScheduler::LastRun::Finished:
        m_label->setText(tr("Tiers checked at %1").arg(locale.toString(m_scheduler->lastFinishedAt().time(), QLocale::ShortFormat)));
        m_label->setToolTip(m_scheduler->lastText());
        m_label->setStyleSheet(QString());
        return;
    case TierScheduler::LastRun::Cancelled:
    case TierScheduler::LastRun::Failed:
        m_label->setText(m_scheduler->lastRun() == TierScheduler::LastRun::Failed ? tr("Tier check failed")
                                                                                   : m_scheduler->lastText());
        {
            QStringList tip;
            if (m_scheduler->lastRun() == TierScheduler::LastRun::Failed)
                tip << m_scheduler->lastText();
            if (m_scheduler->lastFinishedAt().isValid())
                tip << tr("Last complete check: %1").arg(locale.toString(m_scheduler->lastFinishedAt(), QLocale::ShortFormat));
            m_label->setToolTip(tip.join(QLatin1Char('\n')));
        }
        m_label->setStyleSheet(m_scheduler->lastRun() == TierScheduler::LastRun::Failed
                                   ? QStringLiteral("QLabel { color: #b03a2e; }")
                                   : QString());
        return;
    }
}

} // namespace ChannelDesk
