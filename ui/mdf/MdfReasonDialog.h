#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ChannelDesk {

/// The small dialog an MDF workflow action asks through: a reason (required where MdfWorkflow::needsReason says so,
/// kept in the history) and, for a claim's approval, the approved amount with the limit it should stay within.
/// OK stays disabled until the dialog is complete.
class MdfReasonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MdfReasonDialog)

public:
    MdfReasonDialog(const QString& title, const QString& prompt, QWidget* parent = nullptr);

    /// Shows the reason field; `required` keeps OK disabled while it is blank.
    void setReasonField(const QString& label, bool required);
    /// Shows an amount field in `currency`, pre-filled with `minor`; `hint` says what limits it. OK needs an amount
    /// above zero; above `warnAboveMinor` (≥ 0) the hint turns into a warning, but the decision stays the user's
    /// (core refuses what breaks a rule, naming it).
    void setAmountField(const QString& label, const QString& currency, qint64 minor, const QString& hint,
                        qint64 warnAboveMinor = -1);
    QString reason() const;
    /// The amount in minor units; -1 when the field is hidden or does not parse.
    qint64 amountMinor() const;

private:
    void updateOk();

    QLabel* m_prompt;
    QLabel* m_reasonLabel;
    QPlainTextEdit* m_reason;
    QLabel* m_amountLabel;
    QLineEdit* m_amount;
    QLabel* m_amountHint;
    QDialogButtonBox* m_buttons;
    QString m_currency;
    QString m_hint;
    qint64 m_warnAbove = -1;
    bool m_reasonRequired = false;
};

} // namespace ChannelDesk
