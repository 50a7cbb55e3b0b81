#include "SyncHttp.h"

#include "SyncSchema.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>
#include <QUuid>

namespace ChannelDesk {

namespace {

struct HttpTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::SyncHttp)
};

constexpr int ProtocolVersion = 1;

QString describeSslError(const QSslError& error, const QString& host)
{
    switch (error.error()) {
    case QSslError::HostNameMismatch:
        return HttpTr::tr("The server's certificate is not valid for %1.").arg(host);
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
        return HttpTr::tr("The server's certificate is not signed by an authority this computer trusts. If your "
                          "company uses its own certificate authority, choose its certificate file in the sync "
                          "account settings.");
    case QSslError::CertificateExpired:
        return HttpTr::tr("The server's certificate expired on %1.")
            .arg(QLocale().toString(error.certificate().expiryDate(), QLocale::ShortFormat));
    case QSslError::CertificateNotYetValid:
        return HttpTr::tr("The server's certificate is not valid before %1 (check this computer's clock).")
            .arg(QLocale().toString(error.certificate().effectiveDate(), QLocale::ShortFormat));
    case QSslError::CertificateRevoked:
        return HttpTr::tr("The server's certificate has been revoked.");
    default:
        return HttpTr::tr("The secure connection could not be verified: %1").arg(error.errorString());
    }
}

} // namespace

SyncHttp::SyncHttp(const QUrl& baseUrl)
    : m_baseUrl(baseUrl)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_session(QUuid::createUuid().toString(QUuid::Id128).left(8))
{
    m_network->setAutoDeleteReplies(false);
}

SyncHttp::~SyncHttp() = default;

bool SyncHttp::trustCaFile(const QString& path, QString* error)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = HttpTr::tr("No PEM certificate could be read from %1.").arg(path);
        return false;
    }
    m_extraCas += certificates;
    return true;
}

QByteArray SyncHttp::publicKeyPin(const QSslCertificate& certificate)
{
    return QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256).toBase64();
}

HttpResult SyncHttp::get(const QString& path, const QUrlQuery& query, const QByteArray& bearer)
{
    return finish(start(QByteArrayLiteral("GET"), path, query, {}, bearer, {}));
}

std::unique_ptr<SyncHttp::Pending> SyncHttp::startGet(const QString& path, const QUrlQuery& query, const QByteArray& bearer)
{
    return start(QByteArrayLiteral("GET"), path, query, {}, bearer, {});
}

SyncHttp::Pending::~Pending()
{
    if (m_reply) {
        m_reply->disconnect();
        m_reply->abort();
        delete m_reply;
    }
}

HttpResult SyncHttp::post(const QString& path, const QJsonObject& body, const QByteArray& bearer,
                          const QByteArray& idempotencyKey)
{
    return finish(start(QByteArrayLiteral("POST"), path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), bearer,
                        idempotencyKey));
}

HttpResult SyncHttp::put(const QString& path, const QByteArray& body, const QByteArray& contentType,
                         const QByteArray& bearer)
{
    return finish(start(QByteArrayLiteral("PUT"), path, {}, body, bearer, {}, contentType));
}

std::unique_ptr<SyncHttp::Pending> SyncHttp::start(const QByteArray& verb, const QString& path, const QUrlQuery& query,
                                                   const QByteArray& body, const QByteArray& bearer,
                                                   const QByteArray& idempotencyKey, const QByteArray& contentType)
{
    std::unique_ptr<Pending> pending(new Pending);
    pending->m_verb = verb;
    pending->m_path = path;
    if (m_cancelled && m_cancelled->load()) {
        pending->m_early.failure = HttpResult::Failure::Cancelled;
        pending->m_early.message = HttpTr::tr("Sync was cancelled.");
        return pending;
    }
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_extraCas.isEmpty()) {
        QList<QSslCertificate> cas = tls.caCertificates();
        cas += m_extraCas;
        tls.setCaCertificates(cas);
    }
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(tls);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("Sync-Protocol", QByteArray::number(ProtocolVersion));
    request.setRawHeader("Sync-Schema", QByteArray::number(SyncSchema::Version));
    request.setRawHeader("X-Request-ID", QStringLiteral("%1-%2").arg(m_session).arg(++m_requestCounter).toLatin1());
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey);

    QNetworkReply* reply = verb == "POST" ? m_network->post(request, body)
        : verb == "PUT"                  ? m_network->put(request, body)
                                         : m_network->get(request);
    pending->m_reply = reply;
    pending->m_url = url;
    Pending* state = pending.get(); // outlives the reply's connections: ~Pending deletes the reply
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [state](const QList<QSslError>& errors) {
        // Never ignored: collected for the message; Qt then fails the request.
        for (const QSslError& error : errors)
            state->m_sslProblems.append(describeSslError(error, state->m_url.host()));
    });
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [this, state, reply] {
        if (m_pinnedKey.isEmpty())
            return;
        if (publicKeyPin(reply->sslConfiguration().peerCertificate()) != m_pinnedKey) {
            state->m_pinFailure = HttpTr::tr("The server's key does not match the pinned key; the connection was "
                                             "stopped. If the server's certificate was renewed with a new key, update "
                                             "the pin.");
            reply->abort();
        }
    });
    return pending;
}

HttpResult SyncHttp::finish(std::unique_ptr<Pending> pending)
{
    if (!pending->m_reply)
        return pending->m_early;
    HttpResult result;
    QNetworkReply* reply = pending->m_reply;
    const QByteArray& verb = pending->m_verb;
    const QString& path = pending->m_path;
    const QUrl& url = pending->m_url;
    const QString& pinFailure = pending->m_pinFailure;
    QStringList& sslProblems = pending->m_sslProblems;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    if (m_cancelled) {
        QObject::connect(&cancelPoll, &QTimer::timeout, reply, [this, reply] {
            if (m_cancelled->load())
                reply->abort();
        });
        cancelPoll.start(50);
    }
    if (!reply->isFinished())
        loop.exec();
    cancelPoll.stop();

    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->isOpen() ? reply->readAll() : QByteArray();
    if (const QByteArray retry = reply->rawHeader("Retry-After"); !retry.isEmpty())
        result.retryAfterMs = retry.toLongLong() * 1000;
    if (!data.isEmpty()) {
        // Attachment contents come as application/octet-stream; everything else the server says is JSON.
        if (reply->header(QNetworkRequest::ContentTypeHeader).toString() == QLatin1String("application/octet-stream"))
            result.data = data;
        else
            result.body = QJsonDocument::fromJson(data).object();
    }

    if (!pinFailure.isEmpty()) {
        result.failure = HttpResult::Failure::Tls;
        result.message = pinFailure;
    } else if (!sslProblems.isEmpty()) {
        result.failure = HttpResult::Failure::Tls;
        sslProblems.removeDuplicates();
        result.message = sslProblems.join(QLatin1Char(' '));
    } else if (m_cancelled && m_cancelled->load()) {
        result.failure = HttpResult::Failure::Cancelled;
        result.message = HttpTr::tr("Sync was cancelled.");
    } else if (reply->error() == QNetworkReply::OperationCanceledError
               || reply->error() == QNetworkReply::TimeoutError) {
        result.failure = HttpResult::Failure::Timeout;
        result.message = HttpTr::tr("The server %1 did not answer in time.").arg(url.host());
    } else if (result.status == 0) {
        result.failure = HttpResult::Failure::Network;
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            result.message = HttpTr::tr("The server %1 refused the connection; it may be down.").arg(url.authority());
            break;
        case QNetworkReply::HostNotFoundError:
            result.message = HttpTr::tr("The server name %1 could not be found; check the address or your network.")
                                 .arg(url.host());
            break;
        case QNetworkReply::SslHandshakeFailedError:
            result.failure = HttpResult::Failure::Tls;
            result.message = HttpTr::tr("The secure connection to %1 failed: %2").arg(url.host(), reply->errorString());
            break;
        default:
            result.message = HttpTr::tr("The connection to %1 failed: %2").arg(url.host(), reply->errorString());
        }
    } else if (result.status >= 400) {
        result.failure = HttpResult::Failure::Http;
        const QString serverMessage = result.body.value(QStringLiteral("message")).toString();
        result.message = serverMessage.isEmpty()
            ? HttpTr::tr("The server answered with an error (HTTP %1).").arg(result.status)
            : HttpTr::tr("The server refused the request: %1").arg(serverMessage);
    }
    if (result.failure != HttpResult::Failure::None)
        qCInfo(lcSync).noquote() << verb << path << "failed:" << result.message;
    return result;
}

} // namespace ChannelDesk
