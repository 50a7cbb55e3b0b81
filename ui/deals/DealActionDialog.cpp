#include "DealActionDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ChannelDesk {

DealActionDialog::DealActionDialog(const QString& title, const QString& prompt, QWidget* parent)
    : QDialog(parent)
    , m_prompt(new QLabel(prompt, this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_dateLabel(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("dealActionDialog"));
    setWindowTitle(title);
    m_prompt->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_reasonLabel->setBuddy(m_reason);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_dateLabel->setBuddy(m_date);
    m_buttons->button(QDialogButtonBox::Ok)->setText(title);

    auto* form = new QFormLayout;
    form->addRow(m_dateLabel, m_date);
    form->addRow(m_reasonLabel, m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    for (QWidget* widget : { static_cast<QWidget*>(m_reasonLabel), static_cast<QWidget*>(m_reason),
                             static_cast<QWidget*>(m_dateLabel), static_cast<QWidget*>(m_date) })
        widget->hide();
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DealActionDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

void DealActionDialog::setReasonField(const QString& label, bool required)
{
    m_reasonRequired = required;
    m_reasonLabel->setText(label);
    m_reasonLabel->show();
    m_reason->show();
    m_reason->setPlaceholderText(required ? tr("Required") : tr("Optional"));
    m_reason->setFocus();
    updateOk();
}

void DealActionDialog::setDateField(const QString& label, const QDate& value, const QDate& minimum)
{
    m_dateLabel->setText(label);
    m_dateLabel->show();
    m_date->show();
    if (minimum.isValid())
        m_date->setMinimumDate(minimum);
    m_date->setDate(value);
}

QString DealActionDialog::reason() const
{
    return m_reason->isVisibleTo(this) ? m_reason->toPlainText().trimmed() : QString();
}

QDate DealActionDialog::date() const
{
    return m_date->isVisibleTo(this) ? m_date->date() : QDate();
}

void DealActionDialog::updateOk()
{
    const bool complete = !m_reasonRequired || !m_reason->toPlainText().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

} // namespace ChannelDesk
