#pragma once

#include "domain/Mdf.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ChannelDesk {

class BudgetFormErrors;
class MdfActions;

/// Creates or edits an MDF budget (MDF-01): name, program, period dates, amount and currency, owner, whether
/// approvals may overdraw an allocation (MDF-02), the default vendor share for new requests (MDF-07) and the claim
/// days (MDF-10). Save goes through MdfActions (one undoable step); a refusal is shown under the field it names, or
/// above the buttons, and the dialog stays open with everything typed.
class BudgetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetDialog)

public:
    explicit BudgetDialog(MdfActions& actions, QWidget* parent = nullptr);
    ~BudgetDialog() override;

    /// Edits a saved budget. With allocations the currency is fixed (every child shares it, MDF-01) and the amount
    /// cannot drop below `allocatedMinor`, which the form says.
    void setBudget(const MdfBudget& budget, qint64 allocatedMinor, int allocationCount);
    /// The CAMs the owner box offers (typing another name is allowed).
    void setOwners(const QStringList& owners);
    /// Programs already used, offered while typing.
    void setPrograms(const QStringList& programs);

    bool isNew() const { return m_budget.id.isEmpty(); }
    /// The saved budget, once accepted.
    const MdfBudget& budget() const { return m_budget; }

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* programEdit() const { return m_program; }
    QDateEdit* startEdit() const { return m_start; }
    QDateEdit* endEdit() const { return m_end; }
    QLineEdit* amountEdit() const { return m_amount; }
    QComboBox* currencyBox() const { return m_currency; }
    QComboBox* ownerBox() const { return m_owner; }
    QCheckBox* allowNegativeBox() const { return m_allowNegative; }
    QDoubleSpinBox* shareBox() const { return m_share; }
    QSpinBox* claimDaysBox() const { return m_claimDays; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    /// The message shown under the field answering for `field` (a column name such as "amount_minor").
    QString fieldError(const QString& field) const;
    /// Every message shown (under fields and above the buttons).
    QString errorText() const;

public Q_SLOTS:
    /// Checks and saves; closes only when the budget was written.
    void accept() override;

private:
    void updateAmountHint();

    MdfActions& m_actions;
    MdfBudget m_budget;
    qint64 m_allocatedMinor = 0;
    int m_allocationCount = 0;
    QLineEdit* m_name;
    QLineEdit* m_program;
    QDateEdit* m_start;
    QDateEdit* m_end;
    QLineEdit* m_amount;
    QComboBox* m_currency;
    QLabel* m_amountHint;
    QComboBox* m_owner;
    QCheckBox* m_allowNegative;
    QDoubleSpinBox* m_share;
    QSpinBox* m_claimDays;
    QPlainTextEdit* m_notes;
    QLabel* m_general;
    QDialogButtonBox* m_buttons;
    std::unique_ptr<BudgetFormErrors> m_errors;
};

} // namespace ChannelDesk
