#include "MdfHistoryPanel.h"

#include "mdf/MdfWorkflow.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ChannelDesk {

MdfHistoryPanel::MdfHistoryPanel(QWidget* parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("mdfHistoryPanel"));
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

QString MdfHistoryPanel::actionLabel(const QString& entity, const QString& code)
{
    static const QHash<QString, const char*> labels {
        { QStringLiteral("create"), QT_TR_NOOP("Created") },
        { QStringLiteral("edit"), QT_TR_NOOP("Edited") },
        { QStringLiteral("delete"), QT_TR_NOOP("Deleted") },
        { QStringLiteral("remove"), QT_TR_NOOP("Deleted") },
        { QStringLiteral("restore"), QT_TR_NOOP("Restored") },
        { QStringLiteral("submit"), QT_TR_NOOP("Submitted") },
        { QStringLiteral("request_info"), QT_TR_NOOP("More information requested") },
        { QStringLiteral("approve"), QT_TR_NOOP("Approved") },
        { QStringLiteral("escalate"), QT_TR_NOOP("Escalated to a higher approver") },
        { QStringLiteral("reject"), QT_TR_NOOP("Rejected") },
        { QStringLiteral("decline"), QT_TR_NOOP("Declined") },
        { QStringLiteral("close"), QT_TR_NOOP("Closed") },
        { QStringLiteral("cancel"), QT_TR_NOOP("Canceled") },
        { QStringLiteral("return"), QT_TR_NOOP("Returned for correction") },
        { QStringLiteral("pay"), QT_TR_NOOP("Payment recorded") },
        { QStringLiteral("void"), QT_TR_NOOP("Payment voided") },
        { QStringLiteral("void_payment"), QT_TR_NOOP("Payment voided") },
        { QStringLiteral("restore_payment"), QT_TR_NOOP("Payment restored") },
        { QStringLiteral("attach"), QT_TR_NOOP("Attachment added") },
        { QStringLiteral("detach"), QT_TR_NOOP("Attachment removed") },
    };
    if (const char* label = labels.value(code))
        return tr(label);
    if (entity == QLatin1String("claim")) {
        if (const auto action = MdfWorkflow::claimActionFromCode(code))
            return MdfWorkflow::label(*action);
    } else if (const auto action = MdfWorkflow::requestActionFromCode(code)) {
        return MdfWorkflow::label(*action);
    }
    return code;
}

QString MdfHistoryPanel::statusLabel(const QString& entity, const QString& status)
{
    if (entity == QLatin1String("claim"))
        return mdfClaimStatusLabel(status);
    if (entity == QLatin1String("request"))
        return mdfRequestStatusLabel(status);
    return status;
}

void MdfHistoryPanel::setEvents(const QList<MdfEvent>& events)
{
    m_list->clear();
    const QLocale locale;
    for (const MdfEvent& event : events) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(When, locale.toString(event.at.toLocalTime(), QLocale::ShortFormat));
        item->setData(When, Qt::UserRole, event.at);
        item->setText(Who, event.actor == QLatin1String("system") ? tr("ChannelDesk (scheduled)") : event.actor);
        item->setText(Action, actionLabel(event.entity, event.action));
        item->setData(Action, Qt::UserRole, event.action);
        if (!event.fromStatus.isEmpty() && event.fromStatus != event.toStatus) {
            //: Status change in the MDF history, e.g. "Submitted → Partially approved"
            item->setText(Change, tr("%1 → %2").arg(statusLabel(event.entity, event.fromStatus),
                                                    statusLabel(event.entity, event.toStatus)));
        } else if (!event.toStatus.isEmpty()) {
            item->setText(Change, statusLabel(event.entity, event.toStatus));
        }
        item->setText(Reason, event.reason);
        item->setToolTip(Reason, event.reason);
        // Specifics (amounts before and after, line decisions, escalated to…) as "key: value" lines.
        const QJsonObject detail = QJsonDocument::fromJson(event.detail.toUtf8()).object();
        QStringList lines;
        for (auto it = detail.begin(); it != detail.end(); ++it) {
            const QJsonValue value = it.value();
            const QString text = value.isObject() || value.isArray()
                ? QString::fromUtf8(value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                                     : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                : value.toVariant().toString();
            lines.append(QStringLiteral("%1: %2").arg(it.key(), text));
        }
        if (!lines.isEmpty())
            item->setToolTip(Action, lines.join(QLatin1Char('\n')));
    }
    for (int column = 0; column < Reason; ++column)
        m_list->resizeColumnToContents(column);
    if (m_list->topLevelItemCount() > 0)
        m_list->scrollToItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
}

} // namespace ChannelDesk
