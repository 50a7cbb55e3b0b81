#pragma once

#include "domain/DealTask.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace ChannelDesk {

class OptionalDateEdit;

/// Adds or edits one task of a registration (DR-11): title (required), assignee, due date, notes.
class DealTaskDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealTaskDialog)

public:
    /// `task` prefills the form (a new task: its assignee, usually the user).
    DealTaskDialog(const DealTask& task, bool isNew, QWidget* parent = nullptr);

    /// The task with the form's values over the one passed in.
    DealTask task() const;

private:
    void updateOk();

    DealTask m_task;
    QLineEdit* m_title;
    QLineEdit* m_assignee;
    OptionalDateEdit* m_due;
    QPlainTextEdit* m_notes;
    QDialogButtonBox* m_buttons;
};

} // namespace ChannelDesk
