#pragma once

#include "domain/Partner.h" // Choice
#include "domain/Record.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ChannelDesk {

/// A CAM's internal to-do on a deal registration (DR-11): "call the end customer", "check the partner's
/// certification". Tasks exist only while the registration is active (submitted … approved): when it leaves those
/// states its open tasks are canceled, and archiving or deleting it tombstones them with it. Internal: never shown
/// to or exported for partners. Synced in the partner's scope (entity `deal_task`). To add a field: a member here,
/// a row in dealTaskFields() (DealTask.cpp), a migration, and the task dialog.
struct DealTask
{
    QByteArray id;
    QByteArray partnerId;  ///< sync scope, the deal's partner
    QByteArray dealId;
    QString title;
    QString assignee;      ///< user name; empty = unassigned
    QDate dueOn;           ///< invalid = no due date
    QString status = QStringLiteral("open"); ///< open | done | canceled (canceled by the registration leaving DR-11's states)
    QDateTime completedAt; ///< when it was marked done
    QString notes;
    RecordMeta meta;

    bool isOpen() const { return status == QLatin1String("open"); }
};

/// Synced columns of `deal_task` (column = wire name: never rename one).
const QList<FieldDef<DealTask>>& dealTaskFields();
QList<Choice> dealTaskStatuses(); ///< open, done, canceled

} // namespace ChannelDesk
