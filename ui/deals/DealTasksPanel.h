#pragma once

#include "domain/Deal.h"
#include "domain/DealTask.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ChannelDesk {

class Database;

/// The Tasks tab of a deal (DR-11): the registration's internal tasks with a check box to mark one done, and Add /
/// Edit / Delete. Tasks can be added only while the registration is submitted … approved; otherwise the tab says
/// why and shows what is left read-only. Every change is one transaction (DealTaskRepository).
class DealTasksPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealTasksPanel)

public:
    enum Column { TitleColumn, AssigneeColumn, DueColumn, StatusColumn, ColumnCount };

    DealTasksPanel(Database& db, QWidget* parent = nullptr);

    /// Shows `deal`'s tasks (none for an empty deal). `me` is the default assignee of a new task.
    void setDeal(const Deal& deal, const QString& me);
    void reload();
    QTreeWidget* list() const { return m_list; }
    int openCount() const { return m_openCount; }

    void addTask();
    void editTask();
    void deleteTask();

Q_SIGNALS:
    /// The number of open tasks changed (for the tab's title).
    void openCountChanged(int count);
    void failed(const QString& message);

private:
    void onItemChanged(QTreeWidgetItem* item, int column);
    void updateButtons();
    QByteArray currentTaskId() const;

    Database& m_db;
    Deal m_deal;
    QString m_me;
    QLabel* m_hint;
    QTreeWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_delete;
    int m_openCount = 0;
    bool m_filling = false;
};

} // namespace ChannelDesk
