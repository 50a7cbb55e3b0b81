#pragma once

#include "training/TierDecisionDialog.h"

#include <QByteArray>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;

namespace ChannelDesk {

class Database;
class TierAtRiskModel;
class TierHistoryModel;
class TierQueryLoader;
class TierQueueModel;
class TierScheduler;
class TierStandingsModel;

/// The tier review screen (issue 6, TIER-02/03/05): a "Review queue" tab with pending upgrades and demotion reviews,
/// oldest first with their reasons, decided through TierDecisionDialog and core TierReview (approve or reject an
/// upgrade, confirm a demotion or keep the level — no silent change either way); an "At risk" tab with the partners
/// that fall below their level when certificates expiring within N days lapse (N is TrainingSettings'
/// atRiskHorizonDays, changed here, which asks the scheduler for a recompute); and a side panel for the selected
/// partner: its standing per program against the next level ("what is missing") and its tier history (who, when,
/// from, to, why). Lists are read on a worker thread with its own connection (TierQueryLoader). After each run of
/// the TierScheduler given to setScheduler() the screen reads everything again.
class TierReviewScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierReviewScreen)

public:
    explicit TierReviewScreen(Database& db, QWidget* parent = nullptr);
    ~TierReviewScreen() override;

    /// The scheduler whose runs refresh this screen and which the horizon box and "Check Tiers Now" ask to run.
    void setScheduler(TierScheduler* scheduler);
    TierScheduler* scheduler() const;

    /// Shows a partner's standings and history in the side panel.
    void showPartner(const QByteArray& partnerId, const QString& name = {});
    QByteArray currentPartner() const { return m_partnerId; }
    /// Whether a reading is still on its way.
    bool isBusy() const;

    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* programBox() const { return m_program; }
    QComboBox* kindBox() const { return m_kind; }
    QTableView* queueView() const { return m_queueView; }
    TierQueueModel* queueModel() const { return m_queueModel; }
    QLabel* queueDetail() const { return m_queueDetail; }
    QPushButton* decisionButton(TierDecisionDialog::Decision decision) const;
    QSpinBox* horizonBox() const { return m_horizon; }
    QTableView* atRiskView() const { return m_riskView; }
    TierAtRiskModel* atRiskModel() const { return m_riskModel; }
    QLabel* atRiskDetail() const { return m_riskDetail; }
    QPushButton* recomputeButton() const { return m_recompute; }
    QLabel* partnerLabel() const { return m_partnerTitle; }
    QTableView* standingsView() const { return m_standingsView; }
    TierStandingsModel* standingsModel() const { return m_standingsModel; }
    QTableView* historyView() const { return m_historyView; }
    TierHistoryModel* historyModel() const { return m_historyModel; }
    QLabel* messageLabel() const { return m_message; }

public Q_SLOTS:
    /// Data changed elsewhere (sync, other screens, a recompute): reads every list again.
    void reloadAll();

Q_SIGNALS:
    void statusChanged(const QString& text);
    void errorOccurred(const QString& message);
    /// A decision changed a membership, a partner's tier and the history.
    void trainingChanged();
    /// Every reading asked for so far is on screen.
    void idle();

private:
    QWidget* buildQueuePage();
    QWidget* buildAtRiskPage();
    QWidget* buildPartnerPanel();
    void loadPrograms();
    void applyQueueFilter();
    void applyAtRiskFilter();
    void reloadPartner();
    void onQueueLoaded();
    void onAtRiskLoaded();
    void onQueueCurrentChanged();
    void onAtRiskCurrentChanged();
    void updateActions();
    void updateTabTitles();
    void applyHorizon();
    void decide(TierDecisionDialog::Decision decision);
    void showMessage(const QString& text, bool error);
    void updateSchedulerNote();

    Database& m_db;
    TierQueryLoader* m_loader; // first child: destroyed before the models its answers refer to
    TierQueueModel* m_queueModel;
    TierAtRiskModel* m_riskModel;
    TierStandingsModel* m_standingsModel;
    TierHistoryModel* m_historyModel;
    QPointer<TierScheduler> m_scheduler;

    QComboBox* m_program = nullptr;
    QPushButton* m_recompute = nullptr;
    QLabel* m_schedulerNote = nullptr;
    QLabel* m_message = nullptr;
    QSplitter* m_splitter = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_kind = nullptr;
    QTableView* m_queueView = nullptr;
    QLabel* m_queueDetail = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_keep = nullptr;
    QSpinBox* m_horizon = nullptr;
    QTableView* m_riskView = nullptr;
    QLabel* m_riskDetail = nullptr;
    QLabel* m_partnerTitle = nullptr;
    QTableView* m_standingsView = nullptr;
    QTableView* m_historyView = nullptr;
    QTimer m_horizonDelay;

    QByteArray m_partnerId;
    QString m_partnerName;
    QByteArray m_selectedMember;   ///< the queue row to select again after a reading
    QByteArray m_selectedRisk;     ///< the at-risk partner to select again
    QByteArray m_selectedRiskProgram;
    int m_appliedHorizon = 0;
};

} // namespace ChannelDesk
