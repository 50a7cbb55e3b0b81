#pragma once

#include "UserStore.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace ChannelDesk::Server {

class ServerDatabase;

struct TokenPair
{
    QString accessToken;
    qint64 accessExpiresIn = 0; ///< seconds
    QString refreshToken;
};

/// Short-lived signed access tokens (HMAC-SHA256 with a per-database secret; nothing stored) and long-lived refresh
/// tokens (random, stored only as SHA-256, rotated on every use; presenting a spent one revokes its whole family,
/// since it means the token was copied).
class TokenService final
{
public:
    TokenService(ServerDatabase& db, UserStore& users);

    void setAccessLifetime(qint64 seconds) { m_accessLifetime = seconds; }
    void setRefreshLifetime(qint64 seconds) { m_refreshLifetime = seconds; }

    Result<TokenPair> issue(const User& user);
    /// Spends `refreshToken` and returns a new pair, or an error (unknown, expired, spent, account disabled).
    Result<TokenPair> refresh(const QString& refreshToken);
    /// The user an access token was issued to, if its signature holds and it has not expired.
    Result<User> verifyAccess(const QString& accessToken) const;

private:
    QString signAccess(const User& user, qint64 expiresAt) const;
    Result<QString> storeRefresh(const QString& userName, const QString& family);

    ServerDatabase& m_db;
    UserStore& m_users;
    QByteArray m_secret;
    qint64 m_accessLifetime = 15 * 60;
    qint64 m_refreshLifetime = 30 * 24 * 3600;
};

} // namespace ChannelDesk::Server
