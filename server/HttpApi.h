#pragma once

#include "ApiReply.h"
#include "LoginRateLimiter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
QT_END_NAMESPACE

namespace ChannelDesk::Server {

class BlobService;
class ServerDatabase;
class SyncService;
class TokenService;
class UserStore;
struct User;

/// The HTTP face of the server: routes, JSON parsing, input limits, authentication, protocol negotiation and the
/// access log. All logic it calls lives in SyncService, TokenService and UserStore.
class HttpApi final : public QObject
{
    Q_OBJECT

public:
    static constexpr int ProtocolVersion = 1;
    static constexpr qsizetype MaxPushBytes = 8 * 1024 * 1024;
    static constexpr qsizetype MaxSmallBodyBytes = 16 * 1024;

    HttpApi(ServerDatabase& db, QObject* parent = nullptr);
    ~HttpApi() override;

    QHttpServer* server() const { return m_server.get(); }
    /// Milliseconds since the last request finished (for draining at shutdown).
    qint64 msSinceLastRequest() const { return m_sinceLastRequest.elapsed(); }
    TokenService& tokens() { return *m_tokens; }

private:
    void addRoutes();
    ApiReply login(const QHttpServerRequest& request);
    ApiReply refresh(const QHttpServerRequest& request);
    ApiReply push(const QHttpServerRequest& request);
    ApiReply pull(const QHttpServerRequest& request);
    ApiReply putBlob(const QString& sha256, const QHttpServerRequest& request);
    ApiReply getBlob(const QString& sha256, const QHttpServerRequest& request);
    /// The authenticated user, or the error reply (401, 426) to send instead.
    ApiReply authenticate(const QHttpServerRequest& request, User& user, bool syncEndpoint);
    static QHttpServerResponse toResponse(const ApiReply& reply);

    ServerDatabase& m_db;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<BlobService> m_blobs;
    std::unique_ptr<QHttpServer> m_server;
    // Per account: few guesses. Per address: more, since offices share one address behind NAT.
    QElapsedTimer m_sinceLastRequest;
    LoginRateLimiter m_userLimiter { 5, 300 };
    LoginRateLimiter m_addressLimiter { 30, 300 };
    QTimer m_idleCheckpoint; ///< restarted by every push; fires once the server has been idle for a moment
};

} // namespace ChannelDesk::Server
