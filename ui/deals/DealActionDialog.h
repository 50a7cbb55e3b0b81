#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace ChannelDesk {

/// The small dialog a workflow action asks through: a reason (required for rejections, cancellations and the like,
/// DealWorkflow::needsReason) and, for some actions, a date (Approve: the expiry, prefilled with approval date +
/// protection days, DR-06; extension request: the new expiry, DR-09). OK stays disabled until it is complete.
class DealActionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealActionDialog)

public:
    DealActionDialog(const QString& title, const QString& prompt, QWidget* parent = nullptr);

    /// Shows the reason field; `required` keeps OK disabled while it is blank.
    void setReasonField(const QString& label, bool required);
    /// Shows a date field with `value`, not before `minimum`.
    void setDateField(const QString& label, const QDate& value, const QDate& minimum);
    QString reason() const;
    QDate date() const;

private:
    void updateOk();

    QLabel* m_prompt;
    QLabel* m_reasonLabel;
    QPlainTextEdit* m_reason;
    QLabel* m_dateLabel;
    QDateEdit* m_date;
    QDialogButtonBox* m_buttons;
    bool m_reasonRequired = false;
};

} // namespace ChannelDesk
