#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace ChannelDesk {

/// Where and as whom a database syncs. Stored in the database itself (sync_state), since the data, its client id
/// and its cursor belong to one server. Secrets are not here: the refresh token lives in the OS keychain.
struct SyncAccount
{
    QUrl serverUrl;
    QString user;
    QString caFile;       ///< extra trusted root (a company CA), PEM; empty = system roots only
    QByteArray pinnedKey; ///< base64 SHA-256 of the server's public key; empty = no pinning

    bool isConfigured() const { return serverUrl.isValid() && !user.isEmpty(); }
};

} // namespace ChannelDesk

Q_DECLARE_METATYPE(ChannelDesk::SyncAccount)
