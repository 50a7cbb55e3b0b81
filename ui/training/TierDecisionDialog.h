#pragma once

#include "training/TierQuery.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ChannelDesk {

/// A CAM's decision on one pending tier change (TIER-02/03): who and what, the proposal's reasons, and the reason
/// for the decision, which the history keeps. Rejecting an upgrade, confirming a demotion and keeping a level need a
/// reason: OK stays disabled while it is blank. The screen carries the decision out through TierReview.
class TierDecisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierDecisionDialog)

public:
    enum class Decision { ApproveUpgrade, RejectUpgrade, ConfirmDemotion, KeepLevel };

    TierDecisionDialog(Decision decision, const TierQueueRow& row, QWidget* parent = nullptr);

    Decision decision() const { return m_decision; }
    QString reason() const;
    static bool needsReason(Decision decision);
    /// The decision as a button or menu text ("Approve Upgrade", "Reject…").
    static QString actionText(Decision decision);

    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QPushButton* okButton() const;

private:
    void updateOk();

    Decision m_decision;
    QLabel* m_summary;
    QLabel* m_reasons;
    QLabel* m_reasonLabel;
    QPlainTextEdit* m_reason;
    QDialogButtonBox* m_buttons;
};

} // namespace ChannelDesk
