#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace ChannelDesk::Server {

class ServerDatabase;

struct User
{
    QString name;
    QString role; ///< "admin" or "cam"
    bool disabled = false;
    bool isAdmin() const { return role == QLatin1String("admin"); }
};

/// Accounts: names, Argon2id password hashes and roles. A CAM's user name is what partners carry as `owner`.
class UserStore final
{
public:
    explicit UserStore(ServerDatabase& db);

    Status add(const QString& name, const QString& password, const QString& role);
    Status setPassword(const QString& name, const QString& password);
    Status setDisabled(const QString& name, bool disabled);
    Result<QList<User>> list() const;
    /// The user, or NotFound (also for a disabled account when `includeDisabled` is false).
    Result<User> find(const QString& name, bool includeDisabled = false) const;
    /// Checks the password; one message for an unknown name, a wrong password and a disabled account, so a caller
    /// learns nothing about which names exist.
    Result<User> authenticate(const QString& name, const QString& password);

    static bool isValidName(const QString& name);

private:
    ServerDatabase& m_db;
};

} // namespace ChannelDesk::Server
