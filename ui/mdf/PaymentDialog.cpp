#include "PaymentDialog.h"

#include "mdf/MdfFormSupport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ChannelDesk {

PaymentDialog::PaymentDialog(const MdfClaim& claim, qint64 outstandingMinor, QWidget* parent)
    : QDialog(parent)
    , m_claim(claim)
    , m_outstandingMinor(outstandingMinor)
    , m_amount(new QLineEdit(this))
    , m_amountHint(new QLabel(this))
    , m_paidOn(new QDateEdit(QDate::currentDate(), this))
    , m_method(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Record payment for %1").arg(claim.number));
    const QString cur = claim.amount.currency;
    auto* prompt = new QLabel(tr("Claim “%1”: %2 approved, %3 paid, %4 outstanding.")
                                  .arg(claim.title, MdfForm::money(claim.approvedMinor.value_or(0), cur),
                                       MdfForm::money(claim.paidMinor, cur), MdfForm::money(outstandingMinor, cur)),
                              this);
    prompt->setWordWrap(true);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setText(MdfForm::editText(outstandingMinor, cur));
    m_amountHint->setObjectName(QStringLiteral("amountHint"));
    m_amountHint->setWordWrap(true);
    m_paidOn->setObjectName(QStringLiteral("paidOn"));
    m_paidOn->setCalendarPopup(true);
    m_paidOn->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_method->setObjectName(QStringLiteral("method"));
    for (const Choice& choice : mdfPaymentMethods())
        m_method->addItem(choice.label, choice.code);
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setPlaceholderText(tr("Bank transfer or credit-note reference"));
    m_note->setObjectName(QStringLiteral("note"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record payment"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Amount (%1):").arg(Money::symbol(cur, QLocale())), m_amount);
    form->addRow(QString(), m_amountHint);
    form->addRow(tr("&Paid on:"), m_paidOn);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(tr("&Note:"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_amount, &QLineEdit::textChanged, this, &PaymentDialog::refresh);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_amount->setFocus();
    m_amount->selectAll();
    refresh();
}

void PaymentDialog::refresh()
{
    const QString cur = m_claim.amount.currency;
    const Result<qint64> amount = MdfForm::parseAmount(m_amount->text(), cur);
    bool ok = true;
    if (!amount) {
        ok = false;
        m_amountHint->setText(amount.error().message);
        m_amountHint->setStyleSheet(QStringLiteral("QLabel { color: #b03a2e; }"));
    } else if (*amount <= 0) {
        ok = false;
        m_amountHint->setText(tr("Enter an amount above zero."));
        m_amountHint->setStyleSheet(QStringLiteral("QLabel { color: #b03a2e; }"));
    } else if (*amount > m_outstandingMinor) {
        m_amountHint->setText(tr("More than the %1 outstanding: payments cannot exceed the approved claim (MDF-11).")
                                  .arg(MdfForm::money(m_outstandingMinor, cur)));
        m_amountHint->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));
    } else if (*amount < m_outstandingMinor) {
        m_amountHint->setText(tr("A partial payment: %1 will remain outstanding.")
                                  .arg(MdfForm::money(m_outstandingMinor - *amount, cur)));
        m_amountHint->setStyleSheet(QString());
    } else {
        m_amountHint->setText(tr("Pays the claim in full."));
        m_amountHint->setStyleSheet(QString());
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

MdfPayment PaymentDialog::payment() const
{
    MdfPayment payment;
    payment.claimId = m_claim.id;
    payment.partnerId = m_claim.partnerId;
    payment.amount.currency = m_claim.amount.currency;
    if (const Result<qint64> amount = MdfForm::parseAmount(m_amount->text(), m_claim.amount.currency); amount)
        payment.amount.minor = *amount;
    payment.paidOn = m_paidOn->date();
    payment.method = m_method->currentData().toString();
    payment.reference = m_reference->text().trimmed();
    payment.note = m_note->text().trimmed();
    return payment;
}

} // namespace ChannelDesk
