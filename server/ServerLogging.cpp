#include "ServerLogging.h"

namespace ChannelDesk::Server {

Q_LOGGING_CATEGORY(lcServer, "channeldesk.server")
Q_LOGGING_CATEGORY(lcAccess, "channeldesk.server.access")
Q_LOGGING_CATEGORY(lcAuth, "channeldesk.server.auth")

} // namespace ChannelDesk::Server
