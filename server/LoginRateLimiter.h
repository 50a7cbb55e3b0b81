#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace ChannelDesk::Server {

/// Slows password guessing: after `maxFailures` failed logins for one key (user name, and separately client
/// address) within `window`, further attempts for that key are refused until the window has passed.
class LoginRateLimiter final
{
public:
    explicit LoginRateLimiter(int maxFailures = 5, qint64 windowSeconds = 300);

    /// Seconds the caller must wait before trying `key` again; 0 = allowed now.
    qint64 retryAfter(const QString& key, const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    void recordFailure(const QString& key, const QDateTime& now = QDateTime::currentDateTimeUtc());
    void recordSuccess(const QString& key);

private:
    struct Entry
    {
        int failures = 0;
        QDateTime windowStart;
    };
    int m_maxFailures;
    qint64 m_window;
    QHash<QString, Entry> m_entries;
};

} // namespace ChannelDesk::Server
