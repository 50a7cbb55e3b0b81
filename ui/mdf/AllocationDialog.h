#pragma once

#include "domain/Mdf.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ChannelDesk {

class BudgetFormErrors;
class Database;
class MdfActions;
class PartnerPicker;

/// Creates or edits an allocation of a budget: the partner (searched by name), the period (MDF-03: the picker offers
/// only the periods of the budget's dates that this partner has no allocation for yet), the amount in the budget's
/// currency with what the budget has left shown as it is typed (MDF-01), and whether it is authorised. Save goes
/// through MdfActions (one undoable step); a refusal is shown under the field it names, or above the buttons, and the
/// dialog stays open with everything typed.
class AllocationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllocationDialog)

public:
    enum class Granularity { Year, Half, Quarter, Month };
    /// A period label ("2027", "2027-H1", "2027-Q3", "2027-04") and the days it covers.
    struct Period
    {
        QString label;
        QDate first;
        QDate last;
    };
    /// The periods of `granularity` lying wholly between `first` and `last`, in time order.
    static QList<Period> periodsWithin(const QDate& first, const QDate& last, Granularity granularity);
    static Granularity granularityOf(const QString& period);

    AllocationDialog(Database& db, MdfActions& actions, const MdfBudget& budget, QWidget* parent = nullptr);
    ~AllocationDialog() override;

    /// Edits a saved allocation of the budget (its partner stays).
    void setAllocation(const MdfAllocation& allocation, const QString& partnerName);
    /// Starts with this partner chosen (a new allocation).
    void setPartner(const QByteArray& partnerId, const QString& partnerName);

    bool isNew() const { return m_allocation.id.isEmpty(); }
    /// The saved allocation, once accepted.
    const MdfAllocation& allocation() const { return m_allocation; }

    PartnerPicker* partnerPicker() const { return m_partner; }
    QComboBox* granularityBox() const { return m_granularity; }
    QComboBox* periodBox() const { return m_period; }
    QLineEdit* amountEdit() const { return m_amount; }
    QCheckBox* authorizedBox() const { return m_authorized; }
    /// "Left to allocate …", updated as the amount is typed.
    QLabel* leftLabel() const { return m_left; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    /// The period labels the picker offers now.
    QStringList offeredPeriods() const;
    QString fieldError(const QString& field) const;
    QString errorText() const;
    /// What the budget has left to allocate before this allocation (its own amount not counted when editing).
    qint64 leftBeforeMinor() const { return m_leftBeforeMinor; }

public Q_SLOTS:
    void accept() override;

private:
    void loadAllocations();
    void refillPeriods();
    void updateLeft();

    Database& m_db;
    MdfActions& m_actions;
    MdfBudget m_budget;
    MdfAllocation m_allocation;
    QList<MdfAllocation> m_existing; ///< the budget's live allocations
    qint64 m_leftBeforeMinor = 0;
    QLabel* m_budgetLabel;
    PartnerPicker* m_partner;
    QComboBox* m_granularity;
    QComboBox* m_period;
    QLineEdit* m_amount;
    QLabel* m_currency;
    QLabel* m_left;
    QCheckBox* m_authorized;
    QPlainTextEdit* m_notes;
    QLabel* m_general;
    QDialogButtonBox* m_buttons;
    std::unique_ptr<BudgetFormErrors> m_errors;
};

} // namespace ChannelDesk
