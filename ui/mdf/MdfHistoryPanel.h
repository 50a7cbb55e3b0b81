#pragma once

#include "domain/Mdf.h"

#include <QWidget>

class QTreeWidget;

namespace ChannelDesk {

/// An MDF record's history (MdfEventLog::history()): when (local time), who, what, from → to and why, oldest first.
class MdfHistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MdfHistoryPanel)

public:
    enum Column { When, Who, Action, Change, Reason, ColumnCount };

    explicit MdfHistoryPanel(QWidget* parent = nullptr);

    void setEvents(const QList<MdfEvent>& events);
    QTreeWidget* list() const { return m_list; }
    /// What an event's action code says in the history ("Submitted", "Escalated to a higher approver"…).
    static QString actionLabel(const QString& entity, const QString& code);
    /// A status code of `entity` (request | claim | …) in words.
    static QString statusLabel(const QString& entity, const QString& status);

private:
    QTreeWidget* m_list;
};

} // namespace ChannelDesk
