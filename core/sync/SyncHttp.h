#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace ChannelDesk {

/// One HTTPS exchange with the sync server, as a value: the status, the JSON body, and for failures a translated
/// message that says what happened (TLS, network, server) in words a CAM can act on.
struct HttpResult
{
    enum class Failure { None, Network, Tls, Timeout, Http, Cancelled };
    Failure failure = Failure::None;
    int status = 0;
    QJsonObject body;
    QString message;         ///< for failures: translated, specific
    qint64 retryAfterMs = 0; ///< from Retry-After, when the server sent one
    QByteArray data;         ///< the body as received when it is not JSON (attachment contents)

    bool ok() const { return failure == Failure::None && status >= 200 && status < 300; }
    QString errorCode() const { return body.value(QStringLiteral("error")).toString(); }
};

/// Blocking HTTPS calls for the sync worker thread (it has nothing else to do while it waits). TLS verification is
/// always on: a private CA can be added and the server's public key pinned, but errors are never ignored.
class SyncHttp final
{
public:
    explicit SyncHttp(const QUrl& baseUrl);
    ~SyncHttp();

    /// Adds the certificates of a PEM file as trusted roots; false (with `error`) when the file has none.
    bool trustCaFile(const QString& path, QString* error);
    /// base64 SHA-256 of the server certificate's public key (SubjectPublicKeyInfo); empty = no pinning.
    void setPinnedKey(const QByteArray& sha256Base64) { m_pinnedKey = sha256Base64; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setCancelFlag(const std::atomic_bool* cancelled) { m_cancelled = cancelled; }

    HttpResult get(const QString& path, const QUrlQuery& query, const QByteArray& bearer);
    HttpResult post(const QString& path, const QJsonObject& body, const QByteArray& bearer,
                    const QByteArray& idempotencyKey = {});
    /// PUT of raw bytes (an attachment's content); the answer is JSON as for post().
    HttpResult put(const QString& path, const QByteArray& body, const QByteArray& contentType, const QByteArray& bearer);

    /// A request sent and not yet collected; destroying it cancels the request.
    class Pending final
    {
    public:
        ~Pending();
        Pending(const Pending&) = delete;
        Pending& operator=(const Pending&) = delete;

    private:
        friend class SyncHttp;
        Pending() = default;
        QNetworkReply* m_reply = nullptr; ///< null when it failed before being sent (see m_early)
        HttpResult m_early;
        QByteArray m_verb;
        QString m_path;
        QUrl m_url;
        QString m_pinFailure;
        QStringList m_sslProblems;
    };
    /// Sends a GET and returns at once: the answer downloads on Qt's network thread while the caller works (the
    /// engine applies one pulled page while the next one comes). finish() waits for it and reads it as get() would.
    std::unique_ptr<Pending> startGet(const QString& path, const QUrlQuery& query, const QByteArray& bearer);
    HttpResult finish(std::unique_ptr<Pending> pending);

    /// base64 SHA-256 of a certificate's public key, as setPinnedKey() expects.
    static QByteArray publicKeyPin(const QSslCertificate& certificate);

private:
    std::unique_ptr<Pending> start(const QByteArray& verb, const QString& path, const QUrlQuery& query,
                                   const QByteArray& body, const QByteArray& bearer, const QByteArray& idempotencyKey,
                                   const QByteArray& contentType = QByteArrayLiteral("application/json"));

    QUrl m_baseUrl;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QList<QSslCertificate> m_extraCas;
    QByteArray m_pinnedKey;
    int m_timeoutMs = 30000;
    const std::atomic_bool* m_cancelled = nullptr;
    quint64 m_requestCounter = 0;
    QString m_session;
};

} // namespace ChannelDesk
