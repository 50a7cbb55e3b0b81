#include "HttpApi.h"

#include "BlobService.h"
#include "ServerDatabase.h"
#include "ServerLogging.h"
#include "SyncService.h"
#include "TokenService.h"
#include "UserStore.h"
#include "sync/SyncSchema.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QUrlQuery>

namespace ChannelDesk::Server {

namespace {

using Method = QHttpServerRequest::Method;

// Parses a JSON object body within `maxBytes`; on failure `error` holds the reply to send.
bool parseBody(const QHttpServerRequest& request, qsizetype maxBytes, QJsonObject& object, ApiReply& error)
{
    const QByteArray body = request.body();
    if (body.size() > maxBytes) {
        error = ApiReply::error(413, QStringLiteral("too_large"),
                                QStringLiteral("The request body exceeds %1 bytes.").arg(maxBytes));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = ApiReply::error(400, QStringLiteral("bad_json"),
                                QStringLiteral("Malformed JSON at offset %1: %2.")
                                    .arg(parseError.offset)
                                    .arg(parseError.errorString()));
        return false;
    }
    if (!doc.isObject()) {
        error = ApiReply::error(400, QStringLiteral("bad_json"), QStringLiteral("The body must be a JSON object."));
        return false;
    }
    object = doc.object();
    return true;
}

QString methodName(Method method)
{
    switch (method) {
    case Method::Get: return QStringLiteral("GET");
    case Method::Post: return QStringLiteral("POST");
    case Method::Put: return QStringLiteral("PUT");
    case Method::Delete: return QStringLiteral("DELETE");
    default: return QStringLiteral("OTHER");
    }
}

} // namespace

HttpApi::HttpApi(ServerDatabase& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_users(std::make_unique<UserStore>(db))
    , m_tokens(std::make_unique<TokenService>(db, *m_users))
    , m_sync(std::make_unique<SyncService>(db))
    , m_blobs(std::make_unique<BlobService>(db))
    , m_server(std::make_unique<QHttpServer>())
{
    m_idleCheckpoint.setSingleShot(true);
    m_idleCheckpoint.setInterval(250);
    connect(&m_idleCheckpoint, &QTimer::timeout, this, [this] { m_db.checkpoint(); });
    addRoutes();
}

HttpApi::~HttpApi() = default;

QHttpServerResponse HttpApi::toResponse(const ApiReply& reply)
{
    QHttpServerResponse response(reply.contentType.isEmpty() ? QByteArrayLiteral("application/json") : reply.contentType,
                                 reply.encoded.isEmpty() ? QJsonDocument(reply.body).toJson(QJsonDocument::Compact)
                                                         : reply.encoded,
                                 static_cast<QHttpServerResponse::StatusCode>(reply.status));
    if (reply.retryAfter > 0)
        response.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(reply.retryAfter));
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

void HttpApi::addRoutes()
{
    m_server->route(QStringLiteral("/health"), Method::Get, [this](const QHttpServerRequest&) {
        const qint64 seq = m_sync->currentSeq();
        if (seq < 0)
            return toResponse(ApiReply::error(503, QStringLiteral("storage"), QStringLiteral("Database unavailable.")));
        return toResponse(ApiReply::ok({ { QStringLiteral("status"), QStringLiteral("ok") },
                                         { QStringLiteral("protocol"), ProtocolVersion },
                                         { QStringLiteral("schema"), SyncSchema::Version } }));
    });
    m_server->route(QStringLiteral("/auth/v1/login"), Method::Post,
                    [this](const QHttpServerRequest& request) { return toResponse(login(request)); });
    m_server->route(QStringLiteral("/auth/v1/refresh"), Method::Post,
                    [this](const QHttpServerRequest& request) { return toResponse(refresh(request)); });
    m_server->route(QStringLiteral("/sync/v1/push"), Method::Post,
                    [this](const QHttpServerRequest& request) { return toResponse(push(request)); });
    m_server->route(QStringLiteral("/sync/v1/pull"), Method::Get,
                    [this](const QHttpServerRequest& request) { return toResponse(pull(request)); });
    // Attachment contents by SHA-256 (BlobService): uploaded before the record that names them is pushed.
    m_server->route(QStringLiteral("/sync/v1/blobs/<arg>"), Method::Put,
                    [this](const QString& sha256, const QHttpServerRequest& request) {
                        return toResponse(putBlob(sha256, request));
                    });
    m_server->route(QStringLiteral("/sync/v1/blobs/<arg>"), Method::Get,
                    [this](const QString& sha256, const QHttpServerRequest& request) {
                        return toResponse(getBlob(sha256, request));
                    });
    m_server->setMissingHandler([](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        qCInfo(lcAccess).noquote() << QStringLiteral("{\"method\":\"%1\",\"path\":\"%2\",\"status\":404}")
                                          .arg(methodName(request.method()), request.url().path());
        toResponse(ApiReply::error(404, QStringLiteral("not_found"),
                                   QStringLiteral("No such endpoint.")))
            .write(std::move(responder));
    });
    m_sinceLastRequest.start();
    m_server->afterRequest([this](QHttpServerResponse&& response, const QHttpServerRequest& request) {
        m_sinceLastRequest.restart();
        // One JSON line per request: machine-readable, and never the body (it may carry passwords).
        const QJsonObject line { { QStringLiteral("method"), methodName(request.method()) },
                                 { QStringLiteral("path"), request.url().path() },
                                 { QStringLiteral("status"), static_cast<int>(response.statusCode()) },
                                 { QStringLiteral("bytes_in"), request.body().size() },
                                 { QStringLiteral("bytes_out"), response.data().size() },
                                 { QStringLiteral("remote"), request.remoteAddress().toString() },
                                 { QStringLiteral("request_id"), QString::fromLatin1(request.value("X-Request-ID")) } };
        qCInfo(lcAccess).noquote() << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact));
        return std::move(response);
    });
}

ApiReply HttpApi::authenticate(const QHttpServerRequest& request, User& user, bool syncEndpoint)
{
    if (syncEndpoint) {
        // An out-of-date client is told to upgrade; it keeps its outbox and syncs once upgraded.
        const QByteArray protocol = request.value("Sync-Protocol");
        const QByteArray schema = request.value("Sync-Schema");
        if (protocol.toInt() != ProtocolVersion || schema.toInt() != SyncSchema::Version) {
            ApiReply reply = ApiReply::error(426, QStringLiteral("upgrade_required"),
                                             QStringLiteral("This server speaks sync protocol %1, schema %2; "
                                                            "update ChannelDesk to sync.")
                                                 .arg(ProtocolVersion)
                                                 .arg(SyncSchema::Version));
            reply.body.insert(QStringLiteral("protocol"), ProtocolVersion);
            reply.body.insert(QStringLiteral("schema"), SyncSchema::Version);
            return reply;
        }
    }
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer "))
        return ApiReply::error(401, QStringLiteral("unauthenticated"), QStringLiteral("Sign in first."));
    const Result<User> verified = m_tokens->verifyAccess(QString::fromLatin1(header.mid(7)));
    if (!verified)
        return ApiReply::error(401, QStringLiteral("unauthenticated"), verified.error().message);
    user = verified.value();
    return ApiReply::ok({});
}

ApiReply HttpApi::login(const QHttpServerRequest& request)
{
    QJsonObject body;
    ApiReply error;
    if (!parseBody(request, MaxSmallBodyBytes, body, error))
        return error;
    const QString name = body.value(QStringLiteral("username")).toString();
    const QString password = body.value(QStringLiteral("password")).toString();
    if (name.isEmpty() || password.isEmpty())
        return ApiReply::error(400, QStringLiteral("bad_request"), QStringLiteral("username and password are required."));

    const QString userKey = QStringLiteral("user:") + name.toLower();
    const QString addressKey = QStringLiteral("addr:") + request.remoteAddress().toString();
    const qint64 wait = qMax(m_userLimiter.retryAfter(userKey), m_addressLimiter.retryAfter(addressKey));
    if (wait > 0) {
        ApiReply reply = ApiReply::error(429, QStringLiteral("rate_limited"),
                                         QStringLiteral("Too many failed sign-ins; try again in %1 s.").arg(wait));
        reply.retryAfter = wait;
        return reply;
    }
    const Result<User> user = m_users->authenticate(name, password);
    if (!user) {
        if (user.error().code == Error::Code::Storage)
            return ApiReply::error(500, QStringLiteral("storage"), QStringLiteral("The server database failed."));
        m_userLimiter.recordFailure(userKey);
        m_addressLimiter.recordFailure(addressKey);
        return ApiReply::error(401, QStringLiteral("bad_credentials"), user.error().message);
    }
    m_userLimiter.recordSuccess(userKey);
    const Result<TokenPair> tokens = m_tokens->issue(user.value());
    if (!tokens)
        return ApiReply::error(500, QStringLiteral("storage"), QStringLiteral("The server database failed."));
    return ApiReply::ok({ { QStringLiteral("access_token"), tokens->accessToken },
                          { QStringLiteral("expires_in"), tokens->accessExpiresIn },
                          { QStringLiteral("refresh_token"), tokens->refreshToken },
                          { QStringLiteral("user"), user->name },
                          { QStringLiteral("role"), user->role } });
}

ApiReply HttpApi::refresh(const QHttpServerRequest& request)
{
    QJsonObject body;
    ApiReply error;
    if (!parseBody(request, MaxSmallBodyBytes, body, error))
        return error;
    const QString token = body.value(QStringLiteral("refresh_token")).toString();
    if (token.isEmpty())
        return ApiReply::error(400, QStringLiteral("bad_request"), QStringLiteral("refresh_token is required."));
    const Result<TokenPair> tokens = m_tokens->refresh(token);
    if (!tokens)
        return ApiReply::error(tokens.error().code == Error::Code::Storage ? 500 : 401,
                               QStringLiteral("session_ended"), tokens.error().message);
    return ApiReply::ok({ { QStringLiteral("access_token"), tokens->accessToken },
                          { QStringLiteral("expires_in"), tokens->accessExpiresIn },
                          { QStringLiteral("refresh_token"), tokens->refreshToken } });
}

ApiReply HttpApi::push(const QHttpServerRequest& request)
{
    User user;
    if (ApiReply reply = authenticate(request, user, true); reply.isError())
        return reply;
    QJsonObject body;
    ApiReply error;
    if (!parseBody(request, MaxPushBytes, body, error))
        return error;
    m_idleCheckpoint.start();
    return m_sync->push(user, body);
}

ApiReply HttpApi::pull(const QHttpServerRequest& request)
{
    User user;
    if (ApiReply reply = authenticate(request, user, true); reply.isError())
        return reply;
    const QUrlQuery query = request.query();
    return m_sync->pullEncoded(user, query.queryItemValue(QStringLiteral("client_id")),
                        query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded),
                        query.queryItemValue(QStringLiteral("limit")).toInt());
}

ApiReply HttpApi::putBlob(const QString& sha256, const QHttpServerRequest& request)
{
    User user;
    if (ApiReply reply = authenticate(request, user, true); reply.isError())
        return reply;
    m_idleCheckpoint.start();
    return m_blobs->put(user, sha256, request.body());
}

ApiReply HttpApi::getBlob(const QString& sha256, const QHttpServerRequest& request)
{
    User user;
    if (ApiReply reply = authenticate(request, user, true); reply.isError())
        return reply;
    return m_blobs->get(user, sha256);
}

} // namespace ChannelDesk::Server
