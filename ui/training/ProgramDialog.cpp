#include "ProgramDialog.h"

#include "common/Money.h"
#include "mdf/BudgetFormErrors.h"
#include "storage/Database.h"
#include "training/TierProgramRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ChannelDesk {

ProgramDialog::ProgramDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_name(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_currencyHint(new QLabel(this))
    , m_autoUpgrade(new QCheckBox(tr("Apply &upgrades automatically when a partner qualifies"), this))
    , m_active(new QCheckBox(tr("&Active: partners are evaluated and enrolled"), this))
    , m_description(new QPlainTextEdit(this))
    , m_general(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("programDialog"));
    setWindowTitle(tr("New Partner Program"));

    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Partner Program 2027"));
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    for (const char* code : { "USD", "EUR", "GBP", "JPY", "VND", "AUD", "CAD", "CHF", "CNY", "INR", "SGD" })
        m_currency->addItem(QLatin1String(code));
    m_currency->setCurrentText(TierProgram().currency);
    m_currency->setMinimumContentsLength(4);
    m_currency->setToolTip(tr("ISO 4217 code. Partners' revenue is converted into it before it is compared with the "
                              "levels' revenue criteria."));
    m_currencyHint->setObjectName(QStringLiteral("currencyHint"));
    m_currencyHint->setWordWrap(true);
    m_currencyHint->setForegroundRole(QPalette::PlaceholderText);
    m_currencyHint->hide();
    m_autoUpgrade->setObjectName(QStringLiteral("autoUpgrade"));
    m_autoUpgrade->setToolTip(tr("Off: an upgrade is proposed and waits for a CAM's approval (TIER-02). Demotions "
                                 "always wait for a review, whatever this says."));
    m_active->setObjectName(QStringLiteral("active"));
    m_active->setChecked(true);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_general->setObjectName(QStringLiteral("programError"));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_errors = std::make_unique<BudgetFormErrors>(form, m_general);
    m_errors->addRow(tr("&Name:"), m_name, { QStringLiteral("name") });
    m_errors->addRow(tr("&Currency:"), m_currency, { QStringLiteral("currency") });
    form->addRow(QString(), m_currencyHint);
    m_errors->addRow(QString(), m_autoUpgrade, { QStringLiteral("auto_upgrade") });
    m_errors->addRow(QString(), m_active, { QStringLiteral("active") });
    m_errors->addRow(tr("&Description:"), m_description, { QStringLiteral("description") });
    layout->addWidget(m_general);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProgramDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProgramDialog::reject);
    connect(m_currency, &QComboBox::currentTextChanged, this, &ProgramDialog::updateCurrencyHint);
    m_name->setFocus();
    resize(500, sizeHint().height());
}

ProgramDialog::~ProgramDialog() = default;

void ProgramDialog::setProgram(const TierProgram& program, int revenueLevels)
{
    m_program = program;
    m_revenueLevels = revenueLevels;
    setWindowTitle(tr("Edit Partner Program"));
    m_name->setText(program.name);
    m_currency->setCurrentText(program.currency);
    m_autoUpgrade->setChecked(program.autoUpgrade);
    m_active->setChecked(program.active);
    m_description->setPlainText(program.description);
    updateCurrencyHint();
}

void ProgramDialog::updateCurrencyHint()
{
    const QString currency = m_currency->currentText().trimmed().toUpper();
    const bool warn = !isNew() && m_revenueLevels > 0 && currency != m_program.currency;
    m_currencyHint->setVisible(warn);
    if (warn)
        m_currencyHint->setText(tr("%n level(s) have a revenue criterion in %1. Changing the currency does not "
                                   "convert those amounts: check them afterwards.",
                                   nullptr, m_revenueLevels)
                                    .arg(m_program.currency));
}

QString ProgramDialog::fieldError(const QString& field) const
{
    return m_errors->message(field);
}

QString ProgramDialog::errorText() const
{
    return m_errors->allMessages();
}

void ProgramDialog::accept()
{
    m_errors->clear();
    TierProgram program = m_program;
    program.name = m_name->text().trimmed();
    program.currency = m_currency->currentText().trimmed().toUpper();
    program.autoUpgrade = m_autoUpgrade->isChecked();
    program.active = m_active->isChecked();
    program.description = m_description->toPlainText().trimmed();
    if (!Money::isValidCurrency(program.currency)) {
        m_errors->show(QStringLiteral("currency"),
                       tr("“%1” is not a currency code. Enter a three-letter ISO 4217 code such as USD or EUR.")
                           .arg(program.currency));
        return;
    }

    TierProgramRepository programs(m_db);
    if (program.id.isEmpty()) {
        const Result<TierProgram> created = programs.createProgram(program);
        if (!created) {
            m_errors->show(created.error());
            return;
        }
        m_program = created.value();
    } else {
        const Result<bool> saved = programs.updateProgram(program);
        if (!saved) {
            m_errors->show(saved.error());
            return;
        }
        m_program = program;
    }
    QDialog::accept();
}

} // namespace ChannelDesk
