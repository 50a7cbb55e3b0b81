#pragma once

#include <QDateTime>
#include <QString>

namespace ChannelDesk {

/// Who does a training or tier change, why, and when (invalid `at` = now; tests and sample data pass fixed times).
struct TrainingAction
{
    QString actor;
    QString reason;
    QDateTime at;
};

} // namespace ChannelDesk
