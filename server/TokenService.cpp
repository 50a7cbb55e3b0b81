#include "TokenService.h"

#include "PasswordHasher.h"
#include "ServerDatabase.h"
#include "ServerLogging.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

namespace ChannelDesk::Server {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomBytes(int count)
{
    QByteArray data(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(data.data()), count / 4);
    return data;
}

QString hashToken(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

QString utcText(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

Error unauthorised(const QString& message)
{
    return Error { Error::Code::NotFound, message, QString(), QString() };
}

} // namespace

TokenService::TokenService(ServerDatabase& db, UserStore& users)
    : m_db(db)
    , m_users(users)
    , m_secret(QByteArray::fromHex(db.meta(QStringLiteral("token_secret")).toLatin1()))
{
}

QString TokenService::signAccess(const User& user, qint64 expiresAt) const
{
    const QJsonObject claims { { QStringLiteral("u"), user.name }, { QStringLiteral("e"), expiresAt } };
    const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(Base64Url);
    const QByteArray mac = QMessageAuthenticationCode::hash(payload, m_secret, QCryptographicHash::Sha256);
    return QStringLiteral("v1.") + QString::fromLatin1(payload) + QLatin1Char('.')
        + QString::fromLatin1(mac.toBase64(Base64Url));
}

Result<User> TokenService::verifyAccess(const QString& accessToken) const
{
    const QStringList parts = accessToken.split(QLatin1Char('.'));
    if (parts.size() != 3 || parts[0] != QLatin1String("v1"))
        return unauthorised(QStringLiteral("Malformed access token."));
    const QByteArray payload = parts[1].toLatin1();
    const QByteArray expected = QMessageAuthenticationCode::hash(payload, m_secret, QCryptographicHash::Sha256);
    if (!PasswordHasher::equalConstantTime(expected, QByteArray::fromBase64(parts[2].toLatin1(), Base64Url)))
        return unauthorised(QStringLiteral("Invalid access token."));
    const QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(payload, Base64Url)).object();
    if (claims.value(QStringLiteral("e")).toInteger() < QDateTime::currentSecsSinceEpoch())
        return unauthorised(QStringLiteral("The access token has expired."));
    // Looked up each time so a disabled account or changed role takes effect at once, not at token expiry.
    return m_users.find(claims.value(QStringLiteral("u")).toString());
}

Result<QString> TokenService::storeRefresh(const QString& userName, const QString& family)
{
    const QString token = QString::fromLatin1(randomBytes(32).toBase64(Base64Url));
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO refresh_token (token_hash, user_name, family, expires_at, spent, "
                                  "created_at) VALUES (?, ?, ?, ?, 0, ?)"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    insert.addBindValue(hashToken(token));
    insert.addBindValue(userName);
    insert.addBindValue(family);
    insert.addBindValue(utcText(now + m_refreshLifetime));
    insert.addBindValue(utcText(now));
    if (Status status = Sql::exec(insert); !status)
        return status.error();
    return token;
}

Result<TokenPair> TokenService::issue(const User& user)
{
    const Result<QString> refreshToken = storeRefresh(user.name, QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!refreshToken)
        return refreshToken.error();
    return TokenPair { signAccess(user, QDateTime::currentSecsSinceEpoch() + m_accessLifetime), m_accessLifetime,
                       refreshToken.value() };
}

Result<TokenPair> TokenService::refresh(const QString& refreshToken)
{
    if (Status status = m_db.begin(); !status)
        return status.error();
    auto fail = [this](const Error& error) -> Result<TokenPair> {
        m_db.rollback();
        return error;
    };
    QSqlQuery query(m_db.connection());
    // On PostgreSQL BEGIN locks nothing: without FOR UPDATE two refreshes of one token (two server processes, or a
    // retry on a second connection) both read it unspent and both get a session. SQLite's BEGIN IMMEDIATE already
    // serialises them, so the second sees it spent and revokes the family.
    query.prepare(QStringLiteral("SELECT user_name, family, expires_at, spent FROM refresh_token WHERE token_hash = ?%1")
                      .arg(m_db.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()));
    query.addBindValue(hashToken(refreshToken));
    if (Status status = Sql::exec(query); !status)
        return fail(status.error());
    if (!query.next())
        return fail(unauthorised(QStringLiteral("Unknown refresh token; sign in again.")));
    const QString userName = query.value(0).toString();
    const QString family = query.value(1).toString();
    const QDateTime expires = QDateTime::fromString(query.value(2).toString(), Qt::ISODate);
    const bool spent = query.value(3).toInt() != 0;
    query.finish();

    if (spent) {
        // A spent token came back: someone holds a copy. End every session descended from the same login.
        qCWarning(lcAuth) << "refresh token reuse for" << userName << "- revoking its family";
        QSqlQuery revoke(m_db.connection());
        revoke.prepare(QStringLiteral("UPDATE refresh_token SET spent = 1 WHERE family = ?"));
        revoke.addBindValue(family);
        if (Status status = Sql::exec(revoke); !status)
            return fail(status.error());
        if (Status status = m_db.commit(); !status)
            return status.error();
        return unauthorised(QStringLiteral("This session was ended because its token was used twice; sign in again."));
    }
    if (expires < QDateTime::currentDateTimeUtc())
        return fail(unauthorised(QStringLiteral("The session has expired; sign in again.")));
    const Result<User> user = m_users.find(userName);
    if (!user)
        return fail(unauthorised(QStringLiteral("The account is disabled or no longer exists.")));

    QSqlQuery spend(m_db.connection());
    spend.prepare(QStringLiteral("UPDATE refresh_token SET spent = 1 WHERE token_hash = ?"));
    spend.addBindValue(hashToken(refreshToken));
    if (Status status = Sql::exec(spend); !status)
        return fail(status.error());
    const Result<QString> next = storeRefresh(userName, family);
    if (!next)
        return fail(next.error());
    if (Status status = m_db.commit(); !status)
        return status.error();
    return TokenPair { signAccess(user.value(), QDateTime::currentSecsSinceEpoch() + m_accessLifetime),
                       m_accessLifetime, next.value() };
}

} // namespace ChannelDesk::Server
