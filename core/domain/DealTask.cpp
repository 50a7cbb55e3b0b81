#include "DealTask.h"

#include "domain/FieldValues.h"

#include <QCoreApplication>

namespace ChannelDesk {

using namespace FieldValues;

namespace {

struct DealTaskTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::DealTask)
};

} // namespace

const QList<FieldDef<DealTask>>& dealTaskFields()
{
    using T = DealTask;
    static const QList<FieldDef<T>> fields {
        FIELD_ID(T, "partner_id", partnerId),
        FIELD_ID(T, "deal_id", dealId),
        FIELD_TEXT(T, "title", title),
        FIELD_TEXT(T, "assignee", assignee),
        FIELD_DATE(T, "due_on", dueOn),
        FIELD_TEXT(T, "status", status),
        FIELD_TIME(T, "completed_at", completedAt),
        FIELD_TEXT(T, "notes", notes),
    };
    return fields;
}

QList<Choice> dealTaskStatuses()
{
    return {
        { QStringLiteral("open"), DealTaskTr::tr("Open") },
        { QStringLiteral("done"), DealTaskTr::tr("Done") },
        //: A task canceled because its registration left the active states (DR-11)
        { QStringLiteral("canceled"), DealTaskTr::tr("Canceled") },
    };
}

} // namespace ChannelDesk
