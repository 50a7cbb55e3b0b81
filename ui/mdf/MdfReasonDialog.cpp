#include "MdfReasonDialog.h"

#include "mdf/MdfFormSupport.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ChannelDesk {

MdfReasonDialog::MdfReasonDialog(const QString& title, const QString& prompt, QWidget* parent)
    : QDialog(parent)
    , m_prompt(new QLabel(prompt, this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_amountLabel(new QLabel(this))
    , m_amount(new QLineEdit(this))
    , m_amountHint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("mdfReasonDialog"));
    setWindowTitle(title);
    m_prompt->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_reasonLabel->setBuddy(m_reason);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amountLabel->setBuddy(m_amount);
    m_amountHint->setObjectName(QStringLiteral("amountHint"));
    m_amountHint->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(title);

    auto* form = new QFormLayout;
    form->addRow(m_amountLabel, m_amount);
    form->addRow(QString(), m_amountHint);
    form->addRow(m_reasonLabel, m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    for (QWidget* widget : { static_cast<QWidget*>(m_reasonLabel), static_cast<QWidget*>(m_reason),
                             static_cast<QWidget*>(m_amountLabel), static_cast<QWidget*>(m_amount),
                             static_cast<QWidget*>(m_amountHint) })
        widget->hide();
    connect(m_reason, &QPlainTextEdit::textChanged, this, &MdfReasonDialog::updateOk);
    connect(m_amount, &QLineEdit::textChanged, this, &MdfReasonDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

void MdfReasonDialog::setReasonField(const QString& label, bool required)
{
    m_reasonRequired = required;
    m_reasonLabel->setText(label);
    m_reasonLabel->show();
    m_reason->show();
    m_reason->setPlaceholderText(required ? tr("Required") : tr("Optional"));
    if (!m_amount->isVisibleTo(this))
        m_reason->setFocus();
    updateOk();
}

void MdfReasonDialog::setAmountField(const QString& label, const QString& currency, qint64 minor, const QString& hint,
                                     qint64 warnAboveMinor)
{
    m_currency = currency;
    m_hint = hint;
    m_warnAbove = warnAboveMinor;
    m_amountLabel->setText(label);
    m_amount->setText(MdfForm::editText(minor, currency));
    for (QWidget* widget : { static_cast<QWidget*>(m_amountLabel), static_cast<QWidget*>(m_amount),
                             static_cast<QWidget*>(m_amountHint) })
        widget->show();
    m_amount->setFocus();
    m_amount->selectAll();
    updateOk();
}

QString MdfReasonDialog::reason() const
{
    return m_reason->isVisibleTo(this) ? m_reason->toPlainText().trimmed() : QString();
}

qint64 MdfReasonDialog::amountMinor() const
{
    if (!m_amount->isVisibleTo(this))
        return -1;
    const Result<qint64> amount = MdfForm::parseAmount(m_amount->text(), m_currency);
    return amount ? *amount : -1;
}

void MdfReasonDialog::updateOk()
{
    bool complete = !m_reasonRequired || !m_reason->toPlainText().trimmed().isEmpty();
    if (m_amount->isVisibleTo(this)) {
        // The limit stays in view; what is wrong with the typed amount is said under it.
        const Result<qint64> amount = MdfForm::parseAmount(m_amount->text(), m_currency);
        QString problem;
        QString colour = QStringLiteral("#b03a2e");
        if (!amount) {
            complete = false;
            problem = amount.error().message;
        } else if (*amount <= 0) {
            complete = false;
            problem = tr("Enter an amount above zero.");
        } else if (m_warnAbove >= 0 && *amount > m_warnAbove) {
            problem = tr("The amount is above that limit.");
            colour = QStringLiteral("#8a5a00");
        }
        QStringList lines;
        if (!m_hint.isEmpty())
            lines.append(m_hint);
        if (!problem.isEmpty())
            lines.append(problem);
        m_amountHint->setText(lines.join(QLatin1Char('\n')));
        m_amountHint->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("QLabel { color: %1; }").arg(colour));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

} // namespace ChannelDesk
