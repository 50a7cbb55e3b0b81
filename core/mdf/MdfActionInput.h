#pragma once

#include <QDateTime>
#include <QString>

namespace ChannelDesk {

/// Who does an MDF change, why, and when (invalid `at` = now; tests and sample data pass fixed times).
struct MdfActionInput
{
    QString actor;
    QString reason;
    QDateTime at;
};

} // namespace ChannelDesk
