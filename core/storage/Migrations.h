#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace ChannelDesk {

/// One numbered schema step. Steps are history: never edit a released one, add a new one.
struct Migration
{
    int version;
    const char* description;
    std::function<Status(QSqlDatabase&)> apply;
};

/// All steps in order; Database runs each pending one in its own transaction and stamps PRAGMA user_version.
const QList<Migration>& migrations();

} // namespace ChannelDesk
