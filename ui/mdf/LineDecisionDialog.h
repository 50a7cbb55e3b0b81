#pragma once

#include "domain/Mdf.h"
#include "mdf/MdfRequestRepository.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace ChannelDesk {

/// Approving a fund request line by line (MDF-06): each line accepted as is, accepted with changes (a smaller
/// amount) or denied, with a note. Shows the live total approved against what the allocation has left and warns
/// before the approval would overdraw it (MDF-02, unless the budget allows a negative balance). OK needs every
/// changed amount to be valid and something approved.
class LineDecisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineDecisionDialog)

public:
    enum Column { DescriptionColumn, RequestedColumn, DecisionColumn, ApprovedColumn, NoteColumn, ColumnCount };

    /// `remainingMinor`: what the allocation has left for this request; `allowNegative`: the budget's flag.
    LineDecisionDialog(const MdfRequest& request, qint64 allocationMinor, qint64 remainingMinor, bool allowNegative,
                       QWidget* parent = nullptr);

    QList<MdfLineDecision> decisions() const;
    QString reason() const;
    /// Σ approved of the current decisions; -1 while an amount is invalid.
    qint64 totalApprovedMinor() const;
    QTableWidget* table() const { return m_table; }
    /// Sets a line's decision as the user would (for keyboard users and tests): code accepted | changed | denied.
    void setDecision(int row, const QString& decision, const QString& amountText = {});

private:
    void refresh();

    MdfRequest m_request;
    qint64 m_remainingMinor;
    bool m_allowNegative;
    QTableWidget* m_table;
    QLabel* m_allocation;
    QLabel* m_total;
    QLabel* m_warning;
    QPlainTextEdit* m_reason;
    QDialogButtonBox* m_buttons;
};

} // namespace ChannelDesk
