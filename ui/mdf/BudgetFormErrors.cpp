#include "BudgetFormErrors.h"

#include <QFormLayout>
#include <QLabel>
#include <QWidget>

namespace ChannelDesk {

namespace {
const QString ErrorStyle = QStringLiteral("QLabel { color: #b03a2e; }");
}

BudgetFormErrors::BudgetFormErrors(QFormLayout* form, QLabel* general)
    : m_form(form)
    , m_general(general)
{
    m_general->setWordWrap(true);
    m_general->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_general->setStyleSheet(QStringLiteral("QLabel { color: #8a1c12; background: #fbe9e7; border: 1px solid #e6b0aa;"
                                            " border-radius: 4px; padding: 6px; }"));
    m_general->hide();
}

void BudgetFormErrors::addRow(const QString& label, QWidget* field, const QStringList& names, QWidget* focus)
{
    m_form->addRow(label, field);
    auto* error = new QLabel(m_general->parentWidget());
    error->setObjectName(field->objectName() + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setStyleSheet(ErrorStyle);
    error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(QString(), error);
    m_form->setRowVisible(error, false);
    m_rows.append({ field, error });
    for (const QString& name : names)
        m_byName.insert(name, { int(m_rows.size()) - 1, focus ? focus : field });
}

void BudgetFormErrors::addName(const QString& name, QWidget* rowField, QWidget* focus)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].field == rowField)
            m_byName.insert(name, { i, focus });
    }
}

void BudgetFormErrors::clear()
{
    for (const Row& row : std::as_const(m_rows)) {
        row.error->clear();
        m_form->setRowVisible(row.error, false);
    }
    m_general->clear();
    m_general->hide();
}

void BudgetFormErrors::show(const Error& error)
{
    show(error.field, error.message);
}

void BudgetFormErrors::show(const QString& field, const QString& message)
{
    clear();
    const auto found = m_byName.constFind(field);
    if (field.isEmpty() || found == m_byName.cend() || !found->focus->isEnabled()) {
        // A rule across records, or a field the form shows but cannot change: above the buttons.
        m_general->setText(message);
        m_general->show();
        return;
    }
    const Row& row = m_rows[found->row];
    row.error->setText(message);
    m_form->setRowVisible(row.error, true);
    found->focus->setFocus(Qt::OtherFocusReason);
}

QString BudgetFormErrors::message(const QString& name) const
{
    const auto found = m_byName.constFind(name);
    if (found == m_byName.cend())
        return {};
    const QLabel* error = m_rows[found->row].error;
    return error->isVisibleTo(error->window()) ? error->text() : QString();
}

QString BudgetFormErrors::generalMessage() const
{
    return m_general->isVisibleTo(m_general->window()) ? m_general->text() : QString();
}

QString BudgetFormErrors::allMessages() const
{
    QStringList messages;
    for (const Row& row : m_rows) {
        if (row.error->isVisibleTo(row.error->window()))
            messages.append(row.error->text());
    }
    if (const QString general = generalMessage(); !general.isEmpty())
        messages.append(general);
    return messages.join(QLatin1Char('\n'));
}

} // namespace ChannelDesk
