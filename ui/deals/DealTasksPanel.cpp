#include "DealTasksPanel.h"

#include "DealTaskDialog.h"
#include "deals/DealTaskRepository.h"
#include "deals/DealWorkflow.h"
#include "domain/FieldValues.h"
#include "storage/Database.h"

#include <QBrush>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ChannelDesk {

namespace {

constexpr int IdRole = Qt::UserRole;
const QColor Overdue(0x8a, 0x1c, 0x12);

} // namespace

DealTasksPanel::DealTasksPanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_hint(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("&Add Task…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("De&lete Task"), this))
{
    setObjectName(QStringLiteral("dealTasks"));
    m_hint->setObjectName(QStringLiteral("tasksHint"));
    m_hint->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("taskList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({ tr("Task"), tr("Assigned to"), tr("Due"), tr("Status") });
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    for (int column : { AssigneeColumn, DueColumn, StatusColumn })
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_add->setObjectName(QStringLiteral("addTask"));
    m_edit->setObjectName(QStringLiteral("editTask"));
    m_delete->setObjectName(QStringLiteral("deleteTask"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &DealTasksPanel::addTask);
    connect(m_edit, &QPushButton::clicked, this, &DealTasksPanel::editTask);
    connect(m_delete, &QPushButton::clicked, this, &DealTasksPanel::deleteTask);
    connect(m_list, &QTreeWidget::itemChanged, this, &DealTasksPanel::onItemChanged);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &DealTasksPanel::editTask);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DealTasksPanel::updateButtons);
    updateButtons();
}

void DealTasksPanel::setDeal(const Deal& deal, const QString& me)
{
    m_deal = deal;
    m_me = me;
    reload();
}

void DealTasksPanel::reload()
{
    const QByteArray current = currentTaskId();
    m_filling = true;
    m_list->clear();
    int open = 0;
    const Status allowed = DealWorkflow::checkTasksAllowed(m_deal);
    if (!m_deal.id.isEmpty() && m_deal.isRegistration()) {
        const Result<QList<DealTask>> tasks = DealTaskRepository(m_db).tasksOf(m_deal.id);
        if (!tasks)
            Q_EMIT failed(tasks.error().message);
        const QDate today = QDate::currentDate();
        for (const DealTask& task : tasks.value_or({})) {
            auto* item = new QTreeWidgetItem(m_list);
            item->setData(TitleColumn, IdRole, task.id);
            item->setText(TitleColumn, task.title);
            item->setToolTip(TitleColumn, task.notes.isEmpty() ? task.title : task.title + QLatin1Char('\n') + task.notes);
            item->setText(AssigneeColumn, task.assignee);
            item->setText(DueColumn, task.dueOn.isValid() ? QLocale().toString(task.dueOn, QLocale::ShortFormat) : QString());
            item->setText(StatusColumn, FieldValues::labelOf(dealTaskStatuses(), task.status));
            const bool canceled = task.status == QLatin1String("canceled");
            Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
            if (!canceled) {
                item->setCheckState(TitleColumn, task.isOpen() ? Qt::Unchecked : Qt::Checked);
                if (allowed)
                    flags |= Qt::ItemIsUserCheckable;
            }
            item->setFlags(flags);
            if (task.isOpen()) {
                ++open;
                if (task.dueOn.isValid() && task.dueOn < today) {
                    item->setForeground(DueColumn, QBrush(Overdue));
                    item->setToolTip(DueColumn, tr("Overdue"));
                }
            } else {
                for (int column = 0; column < ColumnCount; ++column)
                    item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
            }
            if (task.id == current)
                m_list->setCurrentItem(item);
        }
    }
    m_filling = false;

    if (m_deal.id.isEmpty())
        m_hint->clear();
    else if (!allowed)
        m_hint->setText(allowed.error().message);
    else if (m_list->topLevelItemCount() == 0)
        m_hint->setText(tr("No tasks yet. Tasks are internal: partners never see them."));
    else
        m_hint->setText(tr("Tick a task when it is done. Tasks are internal: partners never see them."));
    m_hint->setVisible(!m_hint->text().isEmpty());
    if (open != m_openCount || m_deal.id.isEmpty()) {
        m_openCount = open;
        Q_EMIT openCountChanged(open);
    }
    updateButtons();
}

QByteArray DealTasksPanel::currentTaskId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(TitleColumn, IdRole).toByteArray() : QByteArray();
}

void DealTasksPanel::updateButtons()
{
    const bool allowed = DealWorkflow::allowsTasks(m_deal);
    const QTreeWidgetItem* item = m_list->currentItem();
    m_add->setEnabled(allowed);
    m_edit->setEnabled(allowed && item && item->checkState(TitleColumn) == Qt::Unchecked
                       && (item->flags() & Qt::ItemIsUserCheckable));
    m_delete->setEnabled(allowed && item);
}

void DealTasksPanel::addTask()
{
    if (!DealWorkflow::allowsTasks(m_deal))
        return;
    DealTask fresh;
    fresh.dealId = m_deal.id;
    fresh.partnerId = m_deal.partnerId;
    fresh.assignee = m_me;
    DealTaskDialog dialog(fresh, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<DealTask> created = DealTaskRepository(m_db).create(dialog.task());
    if (!created) {
        Q_EMIT failed(created.error().message);
        return;
    }
    reload();
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (m_list->topLevelItem(row)->data(TitleColumn, IdRole).toByteArray() == created->id)
            m_list->setCurrentItem(m_list->topLevelItem(row));
    }
}

void DealTasksPanel::editTask()
{
    const QByteArray id = currentTaskId();
    if (id.isEmpty() || !m_edit->isEnabled())
        return;
    DealTaskRepository tasks(m_db);
    const Result<DealTask> stored = tasks.get(id);
    if (!stored) {
        Q_EMIT failed(stored.error().message);
        return;
    }
    DealTaskDialog dialog(stored.value(), false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Result<bool> saved = tasks.update(dialog.task()); !saved)
        Q_EMIT failed(saved.error().message);
    reload();
}

void DealTasksPanel::deleteTask()
{
    const QByteArray id = currentTaskId();
    if (id.isEmpty())
        return;
    if (const Status removed = DealTaskRepository(m_db).remove(id); !removed)
        Q_EMIT failed(removed.error().message);
    reload();
}

void DealTasksPanel::onItemChanged(QTreeWidgetItem* item, int column)
{
    if (m_filling || column != TitleColumn || !(item->flags() & Qt::ItemIsUserCheckable))
        return;
    const bool done = item->checkState(TitleColumn) == Qt::Checked;
    const Result<DealTask> saved = DealTaskRepository(m_db).setDone(item->data(TitleColumn, IdRole).toByteArray(), done);
    if (!saved)
        Q_EMIT failed(saved.error().message);
    // Rebuilt after the signal returns: the item must outlive its own itemChanged.
    QMetaObject::invokeMethod(this, &DealTasksPanel::reload, Qt::QueuedConnection);
}

} // namespace ChannelDesk
