#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ChannelDesk::Server {

/// What an endpoint answers: an HTTP status and a JSON body. Errors carry {"error": code, "message": text} so
/// clients can branch on the code and show the text.
struct ApiReply
{
    int status = 200;
    QJsonObject body;
    qint64 retryAfter = 0; ///< seconds, sent as Retry-After when > 0
    /// The body already serialised, for replies too big to build as a QJsonObject (pull pages); sent instead of `body`.
    QByteArray encoded;
    /// The media type of `encoded` when it is not JSON (attachment contents).
    QByteArray contentType = {};

    static ApiReply ok(QJsonObject body) { return { 200, std::move(body), 0, {}, {} }; }
    static ApiReply error(int status, const QString& code, const QString& message)
    {
        return { status, QJsonObject { { QStringLiteral("error"), code }, { QStringLiteral("message"), message } }, 0,
                 {}, {} };
    }
    bool isError() const { return status >= 400; }
};

} // namespace ChannelDesk::Server
