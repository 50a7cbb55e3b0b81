#include "UserStore.h"

#include "PasswordHasher.h"
#include "ServerDatabase.h"
#include "ServerLogging.h"
#include "common/Timestamp.h"
#include "storage/Sql.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>

namespace ChannelDesk::Server {

namespace {

// Computed once so an unknown user name costs the same time as a wrong password (no timing oracle).
const QString& dummyHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("channeldesk-timing-equaliser"));
    return hash;
}

Error invalid(const QString& message)
{
    return Error { Error::Code::InvalidArgument, message, QString(), QString() };
}

} // namespace

UserStore::UserStore(ServerDatabase& db)
    : m_db(db)
{
}

bool UserStore::isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

Status UserStore::add(const QString& name, const QString& password, const QString& role)
{
    if (!isValidName(name))
        return invalid(QStringLiteral("A user name is 1–64 letters, digits, '.', '_', '@' or '-'."));
    if (role != QLatin1String("admin") && role != QLatin1String("cam"))
        return invalid(QStringLiteral("The role must be 'admin' or 'cam'."));
    if (password.size() < 8)
        return invalid(QStringLiteral("A password needs at least 8 characters."));
    if (find(name, true))
        return invalid(QStringLiteral("The user %1 already exists.").arg(name));
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Error::storage(QStringLiteral("The password could not be hashed (out of memory?)."), QString());
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO app_user (name, password_hash, role, disabled, created_at) "
                                 "VALUES (?, ?, ?, 0, ?)"));
    query.addBindValue(name);
    query.addBindValue(hash);
    query.addBindValue(role);
    query.addBindValue(Timestamp::nowUtc());
    return Sql::exec(query);
}

Status UserStore::setPassword(const QString& name, const QString& password)
{
    if (password.size() < 8)
        return invalid(QStringLiteral("A password needs at least 8 characters."));
    if (!find(name, true))
        return Error::notFound(QStringLiteral("There is no user %1.").arg(name));
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Error::storage(QStringLiteral("The password could not be hashed (out of memory?)."), QString());
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE app_user SET password_hash = ? WHERE name = ?"));
    query.addBindValue(hash);
    query.addBindValue(name);
    if (Status status = Sql::exec(query); !status)
        return status;
    // A new password ends every session that the old one started.
    QSqlQuery revoke(m_db.connection());
    revoke.prepare(QStringLiteral("UPDATE refresh_token SET spent = 1 WHERE user_name = ?"));
    revoke.addBindValue(name);
    return Sql::exec(revoke);
}

Status UserStore::setDisabled(const QString& name, bool disabled)
{
    if (!find(name, true))
        return Error::notFound(QStringLiteral("There is no user %1.").arg(name));
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE app_user SET disabled = ? WHERE name = ?"));
    query.addBindValue(disabled ? 1 : 0);
    query.addBindValue(name);
    return Sql::exec(query);
}

Result<QList<User>> UserStore::list() const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT name, role, disabled FROM app_user ORDER BY name"));
    if (Status status = Sql::exec(query); !status)
        return status.error();
    QList<User> users;
    while (query.next())
        users.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toInt() != 0 });
    return users;
}

Result<User> UserStore::find(const QString& name, bool includeDisabled) const
{
    // Every request looks its user up: a statement prepared once.
    QSqlQuery& query = m_db.prepared(QStringLiteral("SELECT name, role, disabled FROM app_user WHERE name = ?"));
    const auto done = qScopeGuard([&query] { query.finish(); });
    query.addBindValue(name);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    if (!query.next())
        return Error::notFound(QStringLiteral("There is no user %1.").arg(name));
    User user { query.value(0).toString(), query.value(1).toString(), query.value(2).toInt() != 0 };
    if (user.disabled && !includeDisabled)
        return Error::notFound(QStringLiteral("The account %1 is disabled.").arg(name));
    return user;
}

Result<User> UserStore::authenticate(const QString& name, const QString& password)
{
    const Error refused = Error::notFound(QStringLiteral("Wrong user name or password."));
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT name, role, disabled, password_hash FROM app_user WHERE name = ?"));
    query.addBindValue(name);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    if (!query.next()) {
        PasswordHasher::verify(dummyHash(), password);
        return refused;
    }
    const User user { query.value(0).toString(), query.value(1).toString(), query.value(2).toInt() != 0 };
    const QString hash = query.value(3).toString();
    query.finish();
    if (!PasswordHasher::verify(hash, password) || user.disabled) {
        qCInfo(lcAuth) << "login refused for" << name;
        return refused;
    }
    if (PasswordHasher::needsRehash(hash)) {
        // Stronger settings than when the hash was made: replace it, without ending the user's sessions.
        QSqlQuery update(m_db.connection());
        update.prepare(QStringLiteral("UPDATE app_user SET password_hash = ? WHERE name = ?"));
        update.addBindValue(PasswordHasher::hash(password));
        update.addBindValue(name);
        if (Status status = Sql::exec(update); !status)
            qCWarning(lcAuth) << "rehash failed:" << status.error().toLogString();
    }
    return user;
}

} // namespace ChannelDesk::Server
