#pragma once

#include "domain/Deal.h"

#include <QWidget>

class QTreeWidget;

namespace ChannelDesk {

/// A deal's history (DealRepository::history()): when (local time), who, what, from → to and why, oldest first.
class DealHistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealHistoryPanel)

public:
    enum Column { When, Who, Action, Change, Reason, ColumnCount };

    explicit DealHistoryPanel(QWidget* parent = nullptr);

    void setEvents(const QList<DealEvent>& events);
    QTreeWidget* list() const { return m_list; }
    /// What an event's action code says in the history ("Submitted", "Sent for approval"…).
    static QString actionLabel(const QString& code);

private:
    QTreeWidget* m_list;
};

} // namespace ChannelDesk
