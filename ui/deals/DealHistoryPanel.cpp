#include "DealHistoryPanel.h"

#include "deals/DealWorkflow.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ChannelDesk {

DealHistoryPanel::DealHistoryPanel(QWidget* parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_list->setObjectName(QStringLiteral("history"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({ tr("When"), tr("Who"), tr("Action"), tr("Status"), tr("Reason") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
}

QString DealHistoryPanel::actionLabel(const QString& code)
{
    static const QHash<QString, const char*> labels {
        { QStringLiteral("create"), QT_TR_NOOP("Created") },
        { QStringLiteral("edit"), QT_TR_NOOP("Edited") },
        { QStringLiteral("edit_expiry"), QT_TR_NOOP("Expiry date changed") },
        { QStringLiteral("delete"), QT_TR_NOOP("Deleted") },
        { QStringLiteral("remove"), QT_TR_NOOP("Deleted") },
        { QStringLiteral("restore"), QT_TR_NOOP("Restored") },
        { QStringLiteral("archive"), QT_TR_NOOP("Archived by an administrator") },
        { QStringLiteral("unarchive"), QT_TR_NOOP("Restored from the archive") },
        { QStringLiteral("submit"), QT_TR_NOOP("Submitted") },
        { QStringLiteral("start_review"), QT_TR_NOOP("Review started") },
        { QStringLiteral("send_for_approval"), QT_TR_NOOP("Sent for approval") },
        { QStringLiteral("approve"), QT_TR_NOOP("Approved") },
        { QStringLiteral("approve_step"), QT_TR_NOOP("Approved one stage of the approval chain") },
        { QStringLiteral("return"), QT_TR_NOOP("Returned for information") },
        { QStringLiteral("resubmit"), QT_TR_NOOP("Resubmitted as a new draft") },
        { QStringLiteral("escalate"), QT_TR_NOOP("Escalated to a higher approver") },
        { QStringLiteral("reject"), QT_TR_NOOP("Rejected") },
        { QStringLiteral("mark_duplicate"), QT_TR_NOOP("Marked as duplicate") },
        { QStringLiteral("cancel"), QT_TR_NOOP("Canceled") },
        { QStringLiteral("close_inactive"), QT_TR_NOOP("Closed for inactivity") },
        { QStringLiteral("expire"), QT_TR_NOOP("Expired") },
        { QStringLiteral("convert"), QT_TR_NOOP("Converted to an opportunity") },
        { QStringLiteral("mark_won"), QT_TR_NOOP("Marked won") },
        { QStringLiteral("mark_lost"), QT_TR_NOOP("Marked lost") },
        { QStringLiteral("reopen"), QT_TR_NOOP("Reopened") },
        { QStringLiteral("extend_request"), QT_TR_NOOP("Extension requested") },
        { QStringLiteral("extend_grant"), QT_TR_NOOP("Extension granted") },
        { QStringLiteral("extend_refuse"), QT_TR_NOOP("Extension refused") },
    };
    if (const char* label = labels.value(code))
        return tr(label);
    if (const auto action = DealWorkflow::fromCode(code))
        return DealWorkflow::label(*action);
    return code;
}

void DealHistoryPanel::setEvents(const QList<DealEvent>& events)
{
    m_list->clear();
    const QLocale locale;
    for (const DealEvent& event : events) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(When, locale.toString(event.at.toLocalTime(), QLocale::ShortFormat));
        item->setData(When, Qt::UserRole, event.at);
        item->setText(Who, event.actor == QLatin1String("system") ? tr("ChannelDesk (scheduled)") : event.actor);
        item->setText(Action, actionLabel(event.action));
        item->setData(Action, Qt::UserRole, event.action);
        if (!event.fromStatus.isEmpty() && event.fromStatus != event.toStatus) {
            //: Status change in the deal history, e.g. "Draft → Submitted"
            item->setText(Change, tr("%1 → %2").arg(dealStatusLabel(event.fromStatus), dealStatusLabel(event.toStatus)));
        } else if (!event.toStatus.isEmpty()) {
            item->setText(Change, dealStatusLabel(event.toStatus));
        }
        item->setText(Reason, event.reason);
        item->setToolTip(Reason, event.reason);
        // Action specifics (new expiry, escalated to, opportunity number…) as "key: value" lines.
        const QJsonObject detail = QJsonDocument::fromJson(event.detail.toUtf8()).object();
        QStringList lines;
        for (auto it = detail.begin(); it != detail.end(); ++it)
            lines.append(QStringLiteral("%1: %2").arg(it.key(), it.value().toVariant().toString()));
        if (!lines.isEmpty())
            item->setToolTip(Action, lines.join(QLatin1Char('\n')));
    }
    for (int column = 0; column < Reason; ++column)
        m_list->resizeColumnToContents(column);
    if (m_list->topLevelItemCount() > 0)
        m_list->scrollToItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
}

} // namespace ChannelDesk
