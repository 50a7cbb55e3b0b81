#include "DealTaskDialog.h"

#include "common/OptionalDateEdit.h"
#include "deals/DealTaskRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ChannelDesk {

DealTaskDialog::DealTaskDialog(const DealTask& task, bool isNew, QWidget* parent)
    : QDialog(parent)
    , m_task(task)
    , m_title(new QLineEdit(task.title, this))
    , m_assignee(new QLineEdit(task.assignee, this))
    , m_due(new OptionalDateEdit(this))
    , m_notes(new QPlainTextEdit(task.notes, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("dealTaskDialog"));
    setWindowTitle(isNew ? tr("New Task") : tr("Edit Task"));
    m_title->setObjectName(QStringLiteral("taskTitle"));
    m_title->setMaxLength(DealTaskRepository::MaxTitleLength);
    m_title->setPlaceholderText(tr("Required, e.g. \"Call the customer's buyer\""));
    m_assignee->setObjectName(QStringLiteral("taskAssignee"));
    m_assignee->setPlaceholderText(tr("Unassigned"));
    m_due->setObjectName(QStringLiteral("taskDue"));
    m_due->setOptionalDate(task.dueOn);
    m_notes->setObjectName(QStringLiteral("taskNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_buttons->button(QDialogButtonBox::Ok)->setText(isNew ? tr("Add Task") : tr("Save"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Task:"), m_title);
    form->addRow(tr("&Assigned to:"), m_assignee);
    form->addRow(tr("&Due:"), m_due);
    form->addRow(tr("&Notes:"), m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 32);

    connect(m_title, &QLineEdit::textChanged, this, &DealTaskDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_title->setFocus();
    updateOk();
}

DealTask DealTaskDialog::task() const
{
    DealTask task = m_task;
    task.title = m_title->text().trimmed();
    task.assignee = m_assignee->text().trimmed();
    task.dueOn = m_due->optionalDate();
    task.notes = m_notes->toPlainText();
    return task;
}

void DealTaskDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
}

} // namespace ChannelDesk
