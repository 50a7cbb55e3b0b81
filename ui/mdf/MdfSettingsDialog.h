#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace ChannelDesk {

class Database;

/// MDF settings (local, not synced): the approval limits of MDF-05 (an approver may approve requests up to a limit
/// in the base currency; a larger one goes to the person under "Escalate to"), the claim deadline warning (MDF-10),
/// the decision SLA and the base currency. Everything is checked before anything is written, with a message naming
/// the row and field at fault; Save writes it all in one transaction through MdfSettings.
class MdfSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MdfSettingsDialog)

public:
    enum LimitColumn { LimitApprover, LimitAmount, LimitEscalateTo, LimitColumnCount };

    explicit MdfSettingsDialog(Database& db, QWidget* parent = nullptr);

    QTableWidget* limitsTable() const { return m_limits; }
    QSpinBox* warningDaysBox() const { return m_warningDays; }
    QSpinBox* slaHoursBox() const { return m_slaHours; }
    QLineEdit* baseCurrencyEdit() const { return m_baseCurrency; }
    /// The message shown when Save was refused (empty when none).
    QString errorMessage() const;
    /// Adds an empty limit row and starts editing its approver; returns the row.
    int addLimitRow();
    void removeCurrentRow();

public Q_SLOTS:
    void accept() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void load();
    void showError(const QString& message, int row = -1, int column = -1, QWidget* field = nullptr);
    void updateHeader();

    Database& m_db;
    QSpinBox* m_warningDays;
    QSpinBox* m_slaHours;
    QLineEdit* m_baseCurrency;
    QTableWidget* m_limits;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace ChannelDesk
