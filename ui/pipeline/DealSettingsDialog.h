#pragma once

#include "deals/DealSettings.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTableWidgetItem;

namespace ChannelDesk {

class Database;

/// Edits the deal program (protection period, extensions, decision SLA, approval reminders, expiring and stalled
/// windows, base currency, who "me" is), approval limits, approval routing rules (DR-03), currency rates, quarterly targets and the product catalogue. Everything is checked
/// before anything is written, with a message that names the tab, row and field at fault (which is then selected);
/// Save writes all of it in one transaction through DealSettings, so a failure leaves the settings as they were.
class DealSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealSettingsDialog)

public:
    enum Tab { ProgramTab, LimitsTab, RoutingTab, RatesTab, TargetsTab, ProductsTab };
    enum LimitColumn { LimitApprover, LimitAmount, LimitEscalateTo };
    enum RuleColumn { RuleName, RuleMinAmount, RuleCountries, RuleProducts, RuleApprovers, RuleParallel };
    enum RateColumn { RateCurrency, RateValidFrom, RateValue };
    enum TargetColumn { TargetQuarter, TargetAmount };
    enum ProductColumn { ProductCode, ProductName, ProductFamily, ProductPrice, ProductCurrency, ProductActive };

    DealSettingsDialog(Database& db, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* limitsTable() const { return m_limits; }
    QTableWidget* rulesTable() const { return m_rules; }
    QTableWidget* ratesTable() const { return m_rates; }
    QTableWidget* targetsTable() const { return m_targets; }
    QTableWidget* productsTable() const { return m_products; }
    QLineEdit* baseCurrencyEdit() const { return m_baseCurrency; }
    QLineEdit* currentUserEdit() const { return m_currentUser; }
    QSpinBox* spinBox(const char* objectName) const;
    /// The message shown when Save was refused (empty when none).
    QString errorMessage() const;

    /// Adds an empty row to a table and starts editing its first cell; returns the row.
    int addLimitRow();
    int addRuleRow();
    int addRateRow();
    int addTargetRow();
    int addProductRow();

public Q_SLOTS:
    /// Validates and saves; the dialog closes only when everything was written.
    void accept() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QWidget* buildProgramTab();
    QWidget* tableTab(QTableWidget* table, const QString& intro, const std::function<int()>& add,
                      bool removeAnyRow);
    void load();
    void showError(const QString& message, int tab, QTableWidget* table = nullptr, int row = -1, int column = -1,
                   QWidget* field = nullptr);
    QString baseCurrency() const;
    void updateCurrencyHeaders();
    QString amountText(qint64 minor, const QString& currency) const;
    bool parseAmount(const QString& text, const QString& currency, qint64& minor, QString& error) const;

    Database& m_db;
    QTabWidget* m_tabs;
    QSpinBox* m_protectionDays;
    QSpinBox* m_maxExtensions;
    QSpinBox* m_maxRecalls;
    QSpinBox* m_maxResubmissions;
    QSpinBox* m_extensionDays;
    QSpinBox* m_slaHours;
    QSpinBox* m_reminderHours;
    QSpinBox* m_expiringWindow;
    QSpinBox* m_stalledDays;
    QLineEdit* m_baseCurrency;
    QLineEdit* m_currentUser;
    QTableWidget* m_limits;
    QTableWidget* m_rules;
    QTableWidget* m_rates;
    QTableWidget* m_targets;
    QTableWidget* m_products;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QList<Product> m_savedProducts; ///< the catalogue as read: only changed products are written back
};

} // namespace ChannelDesk
