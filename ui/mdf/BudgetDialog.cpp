#include "BudgetDialog.h"

#include "common/Money.h"
#include "mdf/BudgetFormErrors.h"
#include "mdf/MdfActions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace ChannelDesk {

namespace {

/// An amount as the user edits it: locale digits and separators, the currency's decimals, no symbol.
QString editText(qint64 minor, const QString& currency)
{
    const int digits = std::max(0, Money::minorDigits(currency));
    return QLocale().toString(double(minor) / std::pow(10.0, digits), 'f', digits);
}

QDateEdit* dateEdit(const char* name, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

} // namespace

BudgetDialog::BudgetDialog(MdfActions& actions, QWidget* parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_name(new QLineEdit(this))
    , m_program(new QLineEdit(this))
    , m_start(dateEdit("periodStart", this))
    , m_end(dateEdit("periodEnd", this))
    , m_amount(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_amountHint(new QLabel(this))
    , m_owner(new QComboBox(this))
    , m_allowNegative(new QCheckBox(tr("Approvals may overdraw an allocation (negative balance)"), this))
    , m_share(new QDoubleSpinBox(this))
    , m_claimDays(new QSpinBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_general(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("budgetDialog"));
    setWindowTitle(tr("New MDF Budget"));

    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. FY27 EMEA co-marketing"));
    m_program->setObjectName(QStringLiteral("program"));
    m_program->setPlaceholderText(tr("e.g. Partner Marketing FY27"));

    // Defaults for a new budget: this calendar year, the program's base currency, 50 % share, 90 claim days.
    const QDate today = QDate::currentDate();
    m_start->setDate(QDate(today.year(), 1, 1));
    m_end->setDate(QDate(today.year(), 12, 31));

    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->setToolTip(tr("ISO 4217 code. Every allocation, request, claim and payment of the budget is in it."));
    QString base = QStringLiteral("USD");
    if (const Result<MdfProgram> program = m_actions.settings().program(); program && !program->baseCurrency.isEmpty())
        base = program->baseCurrency;
    QStringList currencies { base };
    for (const char* code : { "USD", "EUR", "GBP", "JPY", "VND", "AUD", "CAD", "CHF", "CNY", "INR", "SGD" }) {
        if (!currencies.contains(QLatin1String(code)))
            currencies.append(QLatin1String(code));
    }
    m_currency->addItems(currencies);
    m_currency->setCurrentText(base);
    m_currency->setMinimumContentsLength(4);
    auto* amountRow = new QWidget(this);
    amountRow->setObjectName(QStringLiteral("amountRow"));
    auto* amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_amount, 1);
    amountLayout->addWidget(m_currency);
    m_amountHint->setObjectName(QStringLiteral("amountHint"));
    m_amountHint->setWordWrap(true);
    m_amountHint->setForegroundRole(QPalette::PlaceholderText);
    m_amountHint->hide();

    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setEditable(true);
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    m_owner->setToolTip(tr("The CAM who owns the budget and decides its requests and claims"));
    setOwners({});

    m_allowNegative->setObjectName(QStringLiteral("allowNegative"));
    m_allowNegative->setToolTip(tr("MDF-02: approvals may then exceed an allocation. The allocations together can "
                                   "still never exceed the budget (MDF-01)."));
    m_share->setObjectName(QStringLiteral("vendorShare"));
    m_share->setRange(0.01, 100.0);
    m_share->setDecimals(2);
    m_share->setSuffix(QStringLiteral(" %"));
    m_share->setValue(50.0);
    m_share->setToolTip(tr("MDF-07: the share of an approved activity's cost the vendor reimburses, the default for "
                           "new requests"));
    m_claimDays->setObjectName(QStringLiteral("claimDays"));
    m_claimDays->setRange(0, 730);
    m_claimDays->setValue(90);
    m_claimDays->setSuffix(tr(" days"));
    m_claimDays->setToolTip(tr("MDF-10: claims are due this many days after an activity ends (set at approval)"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_general->setObjectName(QStringLiteral("budgetError"));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_errors = std::make_unique<BudgetFormErrors>(form, m_general);
    m_errors->addRow(tr("&Name:"), m_name, { QStringLiteral("name") });
    m_errors->addRow(tr("&Program:"), m_program, { QStringLiteral("program") });
    m_errors->addRow(tr("&Starts on:"), m_start, { QStringLiteral("period_start") });
    m_errors->addRow(tr("&Ends on:"), m_end, { QStringLiteral("period_end") });
    m_errors->addRow(tr("&Amount:"), amountRow, { QStringLiteral("amount_minor"), QStringLiteral("amount") }, m_amount);
    form->addRow(QString(), m_amountHint);
    m_errors->addName(QStringLiteral("currency"), amountRow, m_currency); // the currency sits in the amount row
    m_errors->addRow(tr("&Owner:"), m_owner, { QStringLiteral("owner") });
    m_errors->addRow(QString(), m_allowNegative, { QStringLiteral("allow_negative") });
    m_errors->addRow(tr("&Vendor share:"), m_share, { QStringLiteral("vendor_share_bp") });
    m_errors->addRow(tr("C&laim within:"), m_claimDays, { QStringLiteral("claim_days") });
    m_errors->addRow(tr("No&tes:"), m_notes, { QStringLiteral("notes") });
    layout->addWidget(m_general);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BudgetDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BudgetDialog::reject);
    connect(m_amount, &QLineEdit::textChanged, this, &BudgetDialog::updateAmountHint);
    connect(m_currency, &QComboBox::currentTextChanged, this, &BudgetDialog::updateAmountHint);
    m_name->setFocus();
    resize(480, sizeHint().height());
}

BudgetDialog::~BudgetDialog() = default;

void BudgetDialog::setOwners(const QStringList& owners)
{
    const QString current = m_owner->currentText().trimmed();
    QStringList names = owners;
    const QString me = m_actions.actor();
    if (!me.isEmpty() && !names.contains(me))
        names.prepend(me);
    m_owner->clear();
    m_owner->addItems(names);
    m_owner->setCurrentText(current.isEmpty() ? me : current);
}

void BudgetDialog::setPrograms(const QStringList& programs)
{
    auto* completer = new QCompleter(programs, m_program);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_program->setCompleter(completer);
}

void BudgetDialog::setBudget(const MdfBudget& budget, qint64 allocatedMinor, int allocationCount)
{
    m_budget = budget;
    m_allocatedMinor = allocatedMinor;
    m_allocationCount = allocationCount;
    setWindowTitle(tr("Edit MDF Budget"));
    m_name->setText(budget.name);
    m_program->setText(budget.program);
    m_start->setDate(budget.periodStart);
    m_end->setDate(budget.periodEnd);
    m_currency->setCurrentText(budget.amount.currency);
    m_amount->setText(editText(budget.amount.minor, budget.amount.currency));
    m_owner->setCurrentText(budget.owner);
    m_allowNegative->setChecked(budget.allowNegative);
    m_share->setValue(budget.vendorShareBp / 100.0);
    m_claimDays->setValue(budget.claimDays);
    m_notes->setPlainText(budget.notes);
    if (allocationCount > 0) {
        m_currency->setEnabled(false);
        m_currency->setToolTip(tr("Every allocation of this budget is in %1, so its currency cannot change.")
                                   .arg(budget.amount.currency));
    }
    updateAmountHint();
}

void BudgetDialog::updateAmountHint()
{
    if (m_allocationCount <= 0) {
        m_amountHint->hide();
        return;
    }
    const QString currency = m_budget.amount.currency;
    m_amountHint->setText(tr("%n allocation(s) hold %1: the amount cannot be less (MDF-01).", nullptr,
                             m_allocationCount)
                              .arg(Money { m_allocatedMinor, currency }.format(QLocale())));
    m_amountHint->show();
}

QString BudgetDialog::fieldError(const QString& field) const
{
    return m_errors->message(field);
}

QString BudgetDialog::errorText() const
{
    return m_errors->allMessages();
}

void BudgetDialog::accept()
{
    m_errors->clear();
    MdfBudget budget = m_budget;
    budget.name = m_name->text().trimmed();
    budget.program = m_program->text().trimmed();
    budget.periodStart = m_start->date();
    budget.periodEnd = m_end->date();
    budget.owner = m_owner->currentText().trimmed();
    budget.allowNegative = m_allowNegative->isChecked();
    budget.vendorShareBp = int(std::lround(m_share->value() * 100.0));
    budget.claimDays = m_claimDays->value();
    budget.notes = m_notes->toPlainText().trimmed();

    const QString currency = m_currency->currentText().trimmed().toUpper();
    if (!Money::isValidCurrency(currency)) {
        m_errors->show(QStringLiteral("currency"),
                       tr("“%1” is not a currency code. Enter a three-letter ISO 4217 code such as USD or EUR.")
                           .arg(currency));
        return;
    }
    const QString amountText = m_amount->text().trimmed();
    if (amountText.isEmpty()) {
        m_errors->show(QStringLiteral("amount_minor"), tr("Enter the budget's amount in %1.").arg(currency));
        return;
    }
    const Result<Money> amount = Money::parse(amountText, currency, QLocale());
    if (!amount) {
        m_errors->show(QStringLiteral("amount_minor"), amount.error().message);
        return;
    }
    budget.amount = amount.value();

    if (budget.id.isEmpty()) {
        const Result<MdfBudget> created = m_actions.createBudget(budget);
        if (!created) {
            m_errors->show(created.error());
            return;
        }
        m_budget = created.value();
    } else {
        const Result<bool> saved = m_actions.updateBudget(budget);
        if (!saved) {
            m_errors->show(saved.error());
            return;
        }
        m_budget = budget;
    }
    QDialog::accept();
}

} // namespace ChannelDesk
