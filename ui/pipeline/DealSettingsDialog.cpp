#include "DealSettingsDialog.h"

#include "common/Countries.h"
#include "common/Money.h"
#include "deals/DealQuery.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ChannelDesk {

namespace {

QTableWidget* makeTable(const char* name, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QLatin1String(name));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Typing over a cell edits it, as in a spreadsheet; merely moving to a cell does not open an editor.
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                           | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return table;
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->data(Qt::EditRole).toString().trimmed() : QString();
}

QTableWidgetItem* textItem(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

QTableWidgetItem* dateItem(const QDate& date)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::EditRole, date); // the default delegate edits a QDate with a QDateEdit
    return item;
}

QString nextQuarter(const QString& key)
{
    const auto [first, last] = DealQuery::quarterRange(key);
    return DealQuery::quarterKey(last.isValid() ? last.addDays(1) : QDate::currentDate());
}

constexpr Qt::Alignment Numeric = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

DealSettingsDialog::DealSettingsDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_tabs(new QTabWidget(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("dealSettingsDialog"));
    setWindowTitle(tr("Deal Settings"));

    m_limits = makeTable("limitsTable", { tr("Approver"), tr("Limit"), tr("Escalate to") }, this);
    m_rules = makeTable("rulesTable",
                        { tr("Rule"), tr("From amount"), tr("Countries"), tr("Products"), tr("Approvers"), tr("All at once") },
                        this);
    m_rates = makeTable("ratesTable", { tr("Currency"), tr("Valid from"), tr("Rate") }, this);
    m_targets = makeTable("targetsTable", { tr("Quarter"), tr("Target") }, this);
    m_products = makeTable("productsTable",
                           { tr("Code"), tr("Name"), tr("Family"), tr("List price"), tr("Currency"), tr("Active") }, this);

    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(buildProgramTab(), tr("&Program"));
    m_tabs->addTab(tableTab(m_limits,
                            tr("An approver may approve deals up to their limit (in the base currency); a larger "
                               "deal goes to the person named under “Escalate to”. Approvers without a row have no "
                               "limit."),
                            [this] { return addLimitRow(); }, true),
                   tr("Approval &Limits"));
    m_tabs->addTab(tableTab(m_rules,
                            tr("When a registration is sent for approval, every rule whose conditions it meets (amount "
                               "in the base currency at least, customer country, a product; empty = any) adds its "
                               "approvers to the chain, in this order: one after another, or all at once when ticked. "
                               "Everyone must approve; one rejection ends it. Without a matching rule the CAM approves "
                               "(DR-03)."),
                            [this] { return addRuleRow(); }, true),
                   tr("Approval Ro&uting"));
    m_tabs->addTab(tableTab(m_rates,
                            tr("How much one unit of a currency is worth in the base currency, from a date on. "
                               "Reports convert each deal with the rate valid on its expected close date; deals "
                               "before a currency's first rate are left out of the figures, never added "
                               "unconverted."),
                            [this] { return addRateRow(); }, true),
                   tr("Currency &Rates"));
    m_tabs->addTab(tableTab(m_targets,
                            tr("The pipeline target of each quarter (for example 2026-Q4), in the base currency. "
                               "Coverage on the dashboard is open pipeline divided by the target."),
                            [this] { return addTargetRow(); }, true),
                   tr("&Targets"));
    m_tabs->addTab(tableTab(m_products,
                            tr("Products deals pick their line items from. Deals keep the code of a product, so a "
                               "saved product cannot be renamed to another code or removed: clear “Active” to stop "
                               "offering it."),
                            [this] { return addProductRow(); }, false),
                   tr("Pro&ducts"));

    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DealSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DealSettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(760, 520);

    load();
}

QWidget* DealSettingsDialog::buildProgramTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    const auto spin = [page](const char* name, int minimum, int maximum, const QString& suffix) {
        auto* box = new QSpinBox(page);
        box->setObjectName(QLatin1String(name));
        box->setRange(minimum, maximum);
        box->setSuffix(suffix);
        box->setAlignment(Qt::AlignRight);
        return box;
    };
    m_protectionDays = spin("protectionDays", 1, 3650, tr(" days"));
    m_protectionDays->setToolTip(tr("An approved registration is protected for this long (DR-06)"));
    m_maxExtensions = spin("maxExtensions", 0, 20, QString());
    m_maxExtensions->setToolTip(tr("How many times the protection of one registration may be extended (DR-09)"));
    m_maxRecalls = spin("maxRecalls", 0, 20, QString());
    m_maxRecalls->setToolTip(tr("How many times one registration may be recalled to draft and submitted again (DR-02)"));
    m_maxResubmissions = spin("maxResubmissions", 0, 20, QString());
    m_maxResubmissions->setToolTip(tr("How many times an approved or rejected registration may be resubmitted as a new "
                                      "draft (DR-02)"));
    m_extensionDays = spin("extensionDays", 1, 3650, tr(" days"));
    m_slaHours = spin("slaHours", 1, 24 * 60, tr(" hours"));
    m_slaHours->setToolTip(tr("Submissions waiting longer than this for a decision are flagged (DR-13)"));
    m_reminderHours = spin("approvalReminderHours", 0, 24 * 30, tr(" hours"));
    m_reminderHours->setSpecialValueText(tr("Never"));
    m_reminderHours->setToolTip(tr("How often ChannelDesk reminds you of registrations waiting for your approval (DR-03)"));
    m_expiringWindow = spin("expiringWindowDays", 0, 365, tr(" days"));
    m_stalledDays = spin("stalledDays", 1, 3650, tr(" days"));
    m_stalledDays->setToolTip(tr("An open deal nobody has changed for this long counts as stalled (PIPE-03)"));

    m_baseCurrency = new QLineEdit(page);
    m_baseCurrency->setObjectName(QStringLiteral("baseCurrency"));
    m_baseCurrency->setMaxLength(3);
    m_baseCurrency->setMaximumWidth(m_baseCurrency->fontMetrics().horizontalAdvance(QStringLiteral("WWWWWW")));
    m_baseCurrency->setToolTip(tr("ISO 4217 code of the currency reports, limits and targets are in (USD, EUR, VND…)"));
    connect(m_baseCurrency, &QLineEdit::textEdited, this, [this](const QString& text) {
        const int cursor = m_baseCurrency->cursorPosition();
        m_baseCurrency->setText(text.toUpper());
        m_baseCurrency->setCursorPosition(cursor);
    });
    connect(m_baseCurrency, &QLineEdit::textChanged, this, &DealSettingsDialog::updateCurrencyHeaders);
    m_currentUser = new QLineEdit(page);
    m_currentUser->setObjectName(QStringLiteral("currentUser"));
    m_currentUser->setPlaceholderText(DealSettings(m_db).me());
    m_currentUser->setToolTip(tr("Your user name as CAM and approver, for “Waiting for me”; empty: your computer "
                                 "user name"));

    // Spin boxes as wide as their numbers, not the dialog; mnemonics distinct from the tabs' and buttons'.
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (QSpinBox* box : { m_protectionDays, m_maxExtensions, m_maxRecalls, m_maxResubmissions, m_extensionDays,
                           m_slaHours, m_reminderHours, m_expiringWindow, m_stalledDays })
        box->setMinimumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("0000 hours")) + 40);
    m_currentUser->setMinimumWidth(m_currentUser->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 20);
    form->addRow(tr("Protection peri&od:"), m_protectionDays);
    form->addRow(tr("&Extensions allowed:"), m_maxExtensions);
    form->addRow(tr("Default e&xtension:"), m_extensionDays);
    form->addRow(tr("Recalls per re&gistration:"), m_maxRecalls);
    form->addRow(tr("Resubm&issions per registration:"), m_maxResubmissions);
    form->addRow(tr("Decision wit&hin:"), m_slaHours);
    form->addRow(tr("Remind approvers e&very:"), m_reminderHours);
    form->addRow(tr("Expiring soon &window:"), m_expiringWindow);
    form->addRow(tr("Stalled a&fter:"), m_stalledDays);
    form->addRow(tr("&Base currency:"), m_baseCurrency);
    form->addRow(tr("&Me (user name):"), m_currentUser);
    return page;
}

QWidget* DealSettingsDialog::tableTab(QTableWidget* table, const QString& intro, const std::function<int()>& add,
                                      bool removeAnyRow)
{
    auto* page = new QWidget(this);
    auto* label = new QLabel(intro, page);
    label->setWordWrap(true);
    auto* addButton = new QPushButton(tr("&Add"), page);
    addButton->setObjectName(QStringLiteral("addRow"));
    auto* removeButton = new QPushButton(tr("Re&move"), page);
    removeButton->setObjectName(QStringLiteral("removeRow"));
    connect(addButton, &QPushButton::clicked, this, [add] { add(); });
    const auto canRemove = [table, removeAnyRow] {
        const int row = table->currentRow();
        if (row < 0)
            return false;
        // Saved products stay (deals refer to them by code; their code cell is read-only); rows added in this
        // dialog may go again.
        const QTableWidgetItem* code = table->item(row, ProductCode);
        return removeAnyRow || !code || (code->flags() & Qt::ItemIsEditable);
    };
    connect(removeButton, &QPushButton::clicked, this, [table, canRemove] {
        if (canRemove())
            table->removeRow(table->currentRow());
    });
    connect(table, &QTableWidget::currentCellChanged, removeButton, [removeButton, canRemove] {
        removeButton->setEnabled(canRemove());
    });
    removeButton->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(label);
    layout->addWidget(table, 1);
    layout->addLayout(buttons);
    return page;
}

QSpinBox* DealSettingsDialog::spinBox(const char* objectName) const
{
    return findChild<QSpinBox*>(QLatin1String(objectName));
}

QString DealSettingsDialog::errorMessage() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void DealSettingsDialog::updateCurrencyHeaders()
{
    // The amounts of limits and targets are in the base currency: the header says which.
    const QString base = baseCurrency().isEmpty() ? QStringLiteral("—") : baseCurrency();
    m_limits->setHorizontalHeaderItem(LimitAmount, new QTableWidgetItem(tr("Limit (%1)").arg(base)));
    m_targets->setHorizontalHeaderItem(TargetAmount, new QTableWidgetItem(tr("Target (%1)").arg(base)));
    m_rates->setHorizontalHeaderItem(RateValue, new QTableWidgetItem(tr("Rate (in %1)").arg(base)));
}

QString DealSettingsDialog::baseCurrency() const
{
    return m_baseCurrency->text().trimmed().toUpper();
}

QString DealSettingsDialog::amountText(qint64 minor, const QString& currency) const
{
    const int digits = std::max(0, Money::minorDigits(currency));
    return QLocale().toString(double(minor) / std::pow(10.0, digits), 'f', digits);
}

bool DealSettingsDialog::parseAmount(const QString& text, const QString& currency, qint64& minor,
                                     QString& error) const
{
    const Result<Money> parsed = Money::parse(text, currency, QLocale(), true);
    if (!parsed) {
        error = parsed.error().message;
        return false;
    }
    minor = parsed->minor;
    return true;
}

void DealSettingsDialog::load()
{
    DealSettings settings(m_db);
    const Result<DealProgram> program = settings.program();
    const Result<QList<ApprovalLimit>> limits = settings.approvalLimits();
    const Result<QList<ApprovalRule>> rules = settings.approvalRules();
    const Result<QList<CurrencyRate>> rates = settings.rates();
    const Result<QList<PipelineTarget>> targets = settings.targets();
    const Result<QList<Product>> products = settings.products();
    for (const Error& error : { program ? Error() : program.error(), limits ? Error() : limits.error(),
                                rules ? Error() : rules.error(),
                                rates ? Error() : rates.error(), targets ? Error() : targets.error(),
                                products ? Error() : products.error() }) {
        if (error.isError()) {
            // Saving what could not be read would overwrite it with empty tables.
            showError(tr("The settings could not be read: %1").arg(error.message), ProgramTab);
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
            return;
        }
    }

    const DealProgram& p = program.value();
    m_protectionDays->setValue(p.protectionDays);
    m_maxExtensions->setValue(p.maxExtensions);
    m_maxRecalls->setValue(p.maxRecalls);
    m_maxResubmissions->setValue(p.maxResubmissions);
    m_extensionDays->setValue(p.extensionDays);
    m_slaHours->setValue(p.slaHours);
    m_reminderHours->setValue(p.approvalReminderHours);
    m_expiringWindow->setValue(p.expiringWindowDays);
    m_stalledDays->setValue(p.stalledDays);
    m_baseCurrency->setText(p.baseCurrency);
    m_currentUser->setText(p.currentUser);
    updateCurrencyHeaders();

    m_limits->setRowCount(0);
    for (const ApprovalLimit& limit : limits.value()) {
        const int row = m_limits->rowCount();
        m_limits->insertRow(row);
        m_limits->setItem(row, LimitApprover, textItem(limit.approver));
        m_limits->setItem(row, LimitAmount, textItem(amountText(limit.limitMinor, p.baseCurrency), Numeric));
        m_limits->setItem(row, LimitEscalateTo, textItem(limit.escalateTo));
    }
    m_rules->setRowCount(0);
    for (const ApprovalRule& rule : rules.value()) {
        const int row = addRuleRow();
        m_rules->setItem(row, RuleName, textItem(rule.name));
        m_rules->setItem(row, RuleMinAmount,
                         textItem(rule.minAmountMinor > 0 ? amountText(rule.minAmountMinor, p.baseCurrency) : QString(),
                                  Numeric));
        m_rules->setItem(row, RuleCountries, textItem(rule.countries.join(QStringLiteral(", "))));
        m_rules->setItem(row, RuleProducts, textItem(rule.products.join(QStringLiteral(", "))));
        m_rules->setItem(row, RuleApprovers, textItem(rule.approvers.join(QStringLiteral(", "))));
        m_rules->item(row, RuleParallel)->setCheckState(rule.parallel ? Qt::Checked : Qt::Unchecked);
    }
    m_rules->setCurrentCell(-1, -1);
    m_rates->setRowCount(0);
    const QLocale locale;
    for (const CurrencyRate& rate : rates.value()) {
        const int row = m_rates->rowCount();
        m_rates->insertRow(row);
        m_rates->setItem(row, RateCurrency, textItem(rate.currency));
        m_rates->setItem(row, RateValidFrom, dateItem(rate.validFrom));
        m_rates->setItem(row, RateValue, textItem(locale.toString(rate.rate, 'f', QLocale::FloatingPointShortest), Numeric));
    }
    m_targets->setRowCount(0);
    for (const PipelineTarget& target : targets.value()) {
        const int row = m_targets->rowCount();
        m_targets->insertRow(row);
        m_targets->setItem(row, TargetQuarter, textItem(target.quarter));
        m_targets->setItem(row, TargetAmount, textItem(amountText(target.amountMinor, p.baseCurrency), Numeric));
    }
    m_products->setRowCount(0);
    m_savedProducts = products.value();
    for (const Product& product : m_savedProducts) {
        const int row = m_products->rowCount();
        m_products->insertRow(row);
        QTableWidgetItem* code = textItem(product.code);
        code->setFlags(code->flags() & ~Qt::ItemIsEditable);
        code->setToolTip(tr("Deals refer to a product by its code, so it cannot change"));
        m_products->setItem(row, ProductCode, code);
        m_products->setItem(row, ProductName, textItem(product.name));
        m_products->setItem(row, ProductFamily, textItem(product.family));
        m_products->setItem(row, ProductPrice, textItem(amountText(product.listPriceMinor, product.currency), Numeric));
        m_products->setItem(row, ProductCurrency, textItem(product.currency));
        auto* active = new QTableWidgetItem;
        active->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        active->setCheckState(product.active ? Qt::Checked : Qt::Unchecked);
        m_products->setItem(row, ProductActive, active);
    }
    for (QTableWidget* table : { m_limits, m_rules, m_rates, m_targets, m_products })
        table->resizeColumnsToContents(); // small tables: measuring them is cheap
    m_products->setColumnWidth(ProductName, std::max(m_products->columnWidth(ProductName), 220));
}

int DealSettingsDialog::addRuleRow()
{
    const int row = m_rules->rowCount();
    m_rules->insertRow(row);
    for (int column : { RuleName, RuleCountries, RuleProducts, RuleApprovers })
        m_rules->setItem(row, column, textItem(QString()));
    m_rules->setItem(row, RuleMinAmount, textItem(QString(), Numeric));
    auto* parallel = new QTableWidgetItem;
    parallel->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    parallel->setCheckState(Qt::Unchecked);
    parallel->setToolTip(tr("Ticked: the approvers decide at the same time and all must approve; otherwise one after "
                            "another, in the listed order"));
    m_rules->setItem(row, RuleParallel, parallel);
    m_rules->setCurrentCell(row, RuleName);
    return row;
}

int DealSettingsDialog::addLimitRow()
{
    const int row = m_limits->rowCount();
    m_limits->insertRow(row);
    m_limits->setItem(row, LimitApprover, textItem(QString()));
    m_limits->setItem(row, LimitAmount, textItem(QString(), Numeric));
    m_limits->setItem(row, LimitEscalateTo, textItem(QString()));
    m_limits->setCurrentCell(row, LimitApprover);
    m_limits->editItem(m_limits->item(row, LimitApprover));
    return row;
}

int DealSettingsDialog::addRateRow()
{
    const int row = m_rates->rowCount();
    m_rates->insertRow(row);
    m_rates->setItem(row, RateCurrency, textItem(QString()));
    m_rates->setItem(row, RateValidFrom, dateItem(QDate::currentDate()));
    m_rates->setItem(row, RateValue, textItem(QString(), Numeric));
    m_rates->setCurrentCell(row, RateCurrency);
    m_rates->editItem(m_rates->item(row, RateCurrency));
    return row;
}

int DealSettingsDialog::addTargetRow()
{
    const int row = m_targets->rowCount();
    // The quarter after the last one listed: targets are usually entered one quarter after another.
    const QString previous = row > 0 ? cellText(m_targets, row - 1, TargetQuarter) : QString();
    m_targets->insertRow(row);
    m_targets->setItem(row, TargetQuarter,
                       textItem(previous.isEmpty() ? DealQuery::quarterKey(QDate::currentDate()) : nextQuarter(previous)));
    m_targets->setItem(row, TargetAmount, textItem(QString(), Numeric));
    m_targets->setCurrentCell(row, TargetAmount);
    m_targets->editItem(m_targets->item(row, TargetAmount));
    return row;
}

int DealSettingsDialog::addProductRow()
{
    const int row = m_products->rowCount();
    m_products->insertRow(row);
    for (const int column : { ProductCode, ProductName, ProductFamily })
        m_products->setItem(row, column, textItem(QString()));
    m_products->setItem(row, ProductPrice, textItem(QString(), Numeric));
    m_products->setItem(row, ProductCurrency, textItem(baseCurrency()));
    auto* active = new QTableWidgetItem;
    active->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    active->setCheckState(Qt::Checked);
    m_products->setItem(row, ProductActive, active);
    m_products->setCurrentCell(row, ProductCode);
    m_products->editItem(m_products->item(row, ProductCode));
    return row;
}

void DealSettingsDialog::showError(const QString& message, int tab, QTableWidget* table, int row, int column,
                                   QWidget* field)
{
    m_error->setText(message);
    m_error->show();
    m_tabs->setCurrentIndex(tab);
    if (table && row >= 0) {
        table->setCurrentCell(row, column);
        table->scrollToItem(table->item(row, column));
        table->setFocus(Qt::OtherFocusReason);
    } else if (field) {
        field->setFocus(Qt::OtherFocusReason);
    }
}

void DealSettingsDialog::keyPressEvent(QKeyEvent* event)
{
    // Return in a cell ends that edit (the delegate commits it); it must not also press Save, which would check
    // the table before the typed value is in it.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        for (const QTableWidget* table : { m_limits, m_rules, m_rates, m_targets, m_products }) {
            if (table->isAncestorOf(focusWidget()) || table == focusWidget()) {
                event->accept();
                return;
            }
        }
    }
    QDialog::keyPressEvent(event);
}

void DealSettingsDialog::accept()
{
    const QLocale locale;
    //: %1 = row number in a settings table, %2 = what is wrong there
    const auto atRow = [](int row, const QString& message) { return tr("Row %1: %2").arg(row + 1).arg(message); };

    // Program.
    DealProgram program;
    program.protectionDays = m_protectionDays->value();
    program.maxExtensions = m_maxExtensions->value();
    program.maxRecalls = m_maxRecalls->value();
    program.maxResubmissions = m_maxResubmissions->value();
    program.extensionDays = m_extensionDays->value();
    program.slaHours = m_slaHours->value();
    program.approvalReminderHours = m_reminderHours->value();
    program.expiringWindowDays = m_expiringWindow->value();
    program.stalledDays = m_stalledDays->value();
    program.baseCurrency = baseCurrency();
    program.currentUser = m_currentUser->text().trimmed();
    if (!Money::isValidCurrency(program.baseCurrency)) {
        showError(tr("“%1” is not a currency code. Enter the three-letter ISO 4217 code of the base currency, for "
                     "example USD or EUR.")
                      .arg(program.baseCurrency),
                  ProgramTab, nullptr, -1, -1, m_baseCurrency);
        return;
    }
    const QString base = program.baseCurrency;

    // Approval limits.
    QList<ApprovalLimit> limits;
    QSet<QString> approvers;
    for (int row = 0; row < m_limits->rowCount(); ++row) {
        ApprovalLimit limit { cellText(m_limits, row, LimitApprover), 0, cellText(m_limits, row, LimitEscalateTo) };
        const QString amount = cellText(m_limits, row, LimitAmount);
        if (limit.approver.isEmpty() && amount.isEmpty() && limit.escalateTo.isEmpty())
            continue; // a row added and left empty
        if (limit.approver.isEmpty()) {
            showError(atRow(row, tr("Enter the approver's user name.")), LimitsTab, m_limits, row, LimitApprover);
            return;
        }
        if (approvers.contains(limit.approver)) {
            showError(atRow(row, tr("%1 already has a limit; keep one row per approver.").arg(limit.approver)),
                      LimitsTab, m_limits, row, LimitApprover);
            return;
        }
        approvers.insert(limit.approver);
        QString error;
        if (amount.isEmpty() || !parseAmount(amount, base, limit.limitMinor, error)) {
            showError(atRow(row, amount.isEmpty() ? tr("Enter the limit in %1.").arg(base) : error), LimitsTab,
                      m_limits, row, LimitAmount);
            return;
        }
        if (limit.limitMinor < 0) {
            showError(atRow(row, tr("The limit of %1 cannot be negative.").arg(limit.approver)), LimitsTab, m_limits,
                      row, LimitAmount);
            return;
        }
        if (limit.escalateTo == limit.approver) {
            showError(atRow(row, tr("%1 cannot escalate to themselves.").arg(limit.approver)), LimitsTab, m_limits,
                      row, LimitEscalateTo);
            return;
        }
        limits.append(limit);
    }

    // Approval routing rules (DR-03), in the table's order.
    QList<ApprovalRule> rules;
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        ApprovalRule rule;
        rule.name = cellText(m_rules, row, RuleName);
        const QString amount = cellText(m_rules, row, RuleMinAmount);
        rule.countries = cellText(m_rules, row, RuleCountries).toUpper().split(separators, Qt::SkipEmptyParts);
        rule.products = cellText(m_rules, row, RuleProducts).split(separators, Qt::SkipEmptyParts);
        rule.approvers = cellText(m_rules, row, RuleApprovers).split(separators, Qt::SkipEmptyParts);
        const QTableWidgetItem* parallel = m_rules->item(row, RuleParallel);
        rule.parallel = parallel && parallel->checkState() == Qt::Checked;
        if (rule.name.isEmpty() && amount.isEmpty() && rule.countries.isEmpty() && rule.products.isEmpty()
            && rule.approvers.isEmpty())
            continue; // a row added and left empty
        if (rule.approvers.isEmpty()) {
            showError(atRow(row, tr("Name the approvers of this rule (user names, separated by commas).")), RoutingTab,
                      m_rules, row, RuleApprovers);
            return;
        }
        QString error;
        if (!amount.isEmpty() && !parseAmount(amount, base, rule.minAmountMinor, error)) {
            showError(atRow(row, error), RoutingTab, m_rules, row, RuleMinAmount);
            return;
        }
        if (rule.minAmountMinor < 0) {
            showError(atRow(row, tr("The amount cannot be negative.")), RoutingTab, m_rules, row, RuleMinAmount);
            return;
        }
        for (const QString& country : std::as_const(rule.countries)) {
            if (!Countries::codes().contains(country)) {
                showError(atRow(row, tr("“%1” is not a country code; use ISO 3166-1 codes such as VN or DE.").arg(country)),
                          RoutingTab, m_rules, row, RuleCountries);
                return;
            }
        }
        rules.append(rule);
    }

    // Currency rates.
    QList<CurrencyRate> rates;
    QSet<QString> rateKeys;
    for (int row = 0; row < m_rates->rowCount(); ++row) {
        CurrencyRate rate;
        rate.currency = cellText(m_rates, row, RateCurrency).toUpper();
        const QTableWidgetItem* dateCell = m_rates->item(row, RateValidFrom);
        rate.validFrom = dateCell ? dateCell->data(Qt::EditRole).toDate() : QDate();
        const QString value = cellText(m_rates, row, RateValue);
        if (rate.currency.isEmpty() && value.isEmpty())
            continue;
        if (!Money::isValidCurrency(rate.currency)) {
            showError(atRow(row, tr("“%1” is not a currency code. Enter a three-letter ISO 4217 code such as EUR.")
                                     .arg(rate.currency)),
                      RatesTab, m_rates, row, RateCurrency);
            return;
        }
        if (rate.currency == base) {
            showError(atRow(row, tr("%1 is the base currency; it needs no rate.").arg(base)), RatesTab, m_rates, row,
                      RateCurrency);
            return;
        }
        if (!rate.validFrom.isValid()) {
            showError(atRow(row, tr("Enter the date the rate is valid from.")), RatesTab, m_rates, row, RateValidFrom);
            return;
        }
        const QString key = rate.currency + QLatin1Char('|') + rate.validFrom.toString(Qt::ISODate);
        if (rateKeys.contains(key)) {
            showError(atRow(row, tr("There is already a %1 rate from %2.")
                                     .arg(rate.currency, locale.toString(rate.validFrom, QLocale::ShortFormat))),
                      RatesTab, m_rates, row, RateValidFrom);
            return;
        }
        rateKeys.insert(key);
        bool ok = false;
        rate.rate = locale.toDouble(value, &ok);
        if (!ok)
            rate.rate = QLocale::c().toDouble(value, &ok); // "1.0850" typed on a comma-decimal system
        if (!ok || !(rate.rate > 0) || !std::isfinite(rate.rate)) {
            showError(atRow(row, tr("Enter the rate as a number above zero: how many %1 one %2 is worth.")
                                     .arg(base, rate.currency)),
                      RatesTab, m_rates, row, RateValue);
            return;
        }
        rates.append(rate);
    }

    // Targets.
    QList<PipelineTarget> targets;
    QSet<QString> quarters;
    static const QRegularExpression quarterPattern(QStringLiteral("^[0-9]{4}-Q[1-4]$"));
    for (int row = 0; row < m_targets->rowCount(); ++row) {
        PipelineTarget target { cellText(m_targets, row, TargetQuarter).toUpper(), 0 };
        const QString amount = cellText(m_targets, row, TargetAmount);
        if (target.quarter.isEmpty() && amount.isEmpty())
            continue;
        if (!quarterPattern.match(target.quarter).hasMatch()) {
            showError(atRow(row, tr("“%1” is not a quarter; write it like 2026-Q4.").arg(target.quarter)), TargetsTab,
                      m_targets, row, TargetQuarter);
            return;
        }
        if (quarters.contains(target.quarter)) {
            showError(atRow(row, tr("%1 is listed twice; keep one target per quarter.").arg(target.quarter)),
                      TargetsTab, m_targets, row, TargetQuarter);
            return;
        }
        quarters.insert(target.quarter);
        QString error;
        if (amount.isEmpty() || !parseAmount(amount, base, target.amountMinor, error)) {
            showError(atRow(row, amount.isEmpty() ? tr("Enter the target in %1.").arg(base) : error), TargetsTab,
                      m_targets, row, TargetAmount);
            return;
        }
        if (target.amountMinor < 0) {
            showError(atRow(row, tr("The target for %1 cannot be negative.").arg(target.quarter)), TargetsTab,
                      m_targets, row, TargetAmount);
            return;
        }
        targets.append(target);
    }

    // Products: only new and changed ones are written.
    QList<Product> products;
    QSet<QString> codes;
    for (int row = 0; row < m_products->rowCount(); ++row) {
        Product product;
        product.code = cellText(m_products, row, ProductCode);
        product.name = cellText(m_products, row, ProductName);
        product.family = cellText(m_products, row, ProductFamily);
        product.currency = cellText(m_products, row, ProductCurrency).toUpper();
        const QString price = cellText(m_products, row, ProductPrice);
        const QTableWidgetItem* active = m_products->item(row, ProductActive);
        product.active = !active || active->checkState() == Qt::Checked;
        if (product.code.isEmpty() && product.name.isEmpty() && product.family.isEmpty() && price.isEmpty())
            continue;
        if (product.code.isEmpty()) {
            showError(atRow(row, tr("Enter the product code.")), ProductsTab, m_products, row, ProductCode);
            return;
        }
        if (codes.contains(product.code)) {
            showError(atRow(row, tr("The code %1 is used twice; product codes must be unique.").arg(product.code)),
                      ProductsTab, m_products, row, ProductCode);
            return;
        }
        codes.insert(product.code);
        if (product.name.isEmpty()) {
            showError(atRow(row, tr("Enter the product name.")), ProductsTab, m_products, row, ProductName);
            return;
        }
        if (!Money::isValidCurrency(product.currency)) {
            showError(atRow(row, tr("“%1” is not a currency code. Enter a three-letter ISO 4217 code such as USD.")
                                     .arg(product.currency)),
                      ProductsTab, m_products, row, ProductCurrency);
            return;
        }
        QString error;
        if (!price.isEmpty() && !parseAmount(price, product.currency, product.listPriceMinor, error)) {
            showError(atRow(row, error), ProductsTab, m_products, row, ProductPrice);
            return;
        }
        if (product.listPriceMinor < 0) {
            showError(atRow(row, tr("The list price cannot be negative.")), ProductsTab, m_products, row, ProductPrice);
            return;
        }
        const auto saved = std::find_if(m_savedProducts.cbegin(), m_savedProducts.cend(),
                                        [&product](const Product& p) { return p.code == product.code; });
        if (saved == m_savedProducts.cend() || saved->name != product.name || saved->family != product.family
            || saved->listPriceMinor != product.listPriceMinor || saved->currency != product.currency
            || saved->active != product.active)
            products.append(product);
    }

    // Everything in one transaction: each setter's own transaction becomes a savepoint inside this one.
    DealSettings settings(m_db);
    Transaction transaction(m_db);
    Status status = transaction.begun();
    if (status)
        status = settings.setProgram(program);
    if (status)
        status = settings.setApprovalLimits(limits);
    if (status)
        status = settings.setApprovalRules(rules);
    if (status)
        status = settings.setRates(rates);
    if (status)
        status = settings.setTargets(targets);
    for (const Product& product : std::as_const(products)) {
        if (!status)
            break;
        status = settings.saveProduct(product);
    }
    if (status)
        status = transaction.commit();
    if (!status) {
        transaction.rollback();
        const QString field = status.error().field;
        int tab = ProgramTab;
        if (field == QLatin1String("approver") || field == QLatin1String("limit_minor")
            || field == QLatin1String("escalate_to"))
            tab = LimitsTab;
        else if (field == QLatin1String("approvers") || field == QLatin1String("countries")
                 || field == QLatin1String("min_amount_minor"))
            tab = RoutingTab;
        else if (field == QLatin1String("valid_from") || field == QLatin1String("rate"))
            tab = RatesTab;
        else if (field == QLatin1String("quarter") || field == QLatin1String("amount_minor"))
            tab = TargetsTab;
        showError(tr("Nothing was saved. %1").arg(status.error().message), tab);
        return;
    }
    m_error->hide();
    QDialog::accept();
}

} // namespace ChannelDesk
