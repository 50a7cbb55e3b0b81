#pragma once

#include <QLoggingCategory>

namespace ChannelDesk::Server {

Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcAccess)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)

} // namespace ChannelDesk::Server
