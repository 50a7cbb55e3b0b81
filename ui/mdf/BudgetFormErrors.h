#pragma once

#include "common/Error.h"

#include <QHash>
#include <QString>
#include <QStringList>

class QFormLayout;
class QLabel;
class QWidget;

namespace ChannelDesk {

/// The validation messages of the budget and allocation dialogs: each field row has an error line under it, shown
/// when a refusal names that field (Error::field, the record's column names), which is then focused; a refusal that
/// names no field of the form (an MDF rule across records, a storage failure) goes to the general line. The input
/// stays as typed, so the user corrects it instead of typing it again.
class BudgetFormErrors final
{
public:
    /// `general` is the line for refusals without a field of the form (owned by the dialog).
    BudgetFormErrors(QFormLayout* form, QLabel* general);

    /// Adds a row for `field` with its error line; `names` are the Error::field values it answers for.
    void addRow(const QString& label, QWidget* field, const QStringList& names, QWidget* focus = nullptr);
    /// Lets `name` answer to the row of `rowField` (added before), focusing `focus` (a second widget in that row).
    void addName(const QString& name, QWidget* rowField, QWidget* focus);
    /// Shows `error` under its field (focusing it) or on the general line.
    void show(const Error& error);
    void show(const QString& field, const QString& message);
    void clear();
    /// The message shown under the field answering for `name` (empty when none).
    QString message(const QString& name) const;
    /// The message on the general line (empty when none).
    QString generalMessage() const;
    /// Every message shown, field ones first.
    QString allMessages() const;

private:
    struct Row
    {
        QWidget* field = nullptr;
        QLabel* error = nullptr;
    };
    struct Target
    {
        int row = -1;
        QWidget* focus = nullptr;
    };

    QFormLayout* m_form;
    QLabel* m_general;
    QList<Row> m_rows;
    QHash<QString, Target> m_byName; ///< Error::field → its row and the widget to focus
};

} // namespace ChannelDesk
