#include "LoginRateLimiter.h"

namespace ChannelDesk::Server {

LoginRateLimiter::LoginRateLimiter(int maxFailures, qint64 windowSeconds)
    : m_maxFailures(maxFailures)
    , m_window(windowSeconds)
{
}

qint64 LoginRateLimiter::retryAfter(const QString& key, const QDateTime& now) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend() || it->failures < m_maxFailures)
        return 0;
    const qint64 elapsed = it->windowStart.secsTo(now);
    return elapsed >= m_window ? 0 : m_window - elapsed;
}

void LoginRateLimiter::recordFailure(const QString& key, const QDateTime& now)
{
    Entry& entry = m_entries[key];
    if (!entry.windowStart.isValid() || entry.windowStart.secsTo(now) >= m_window)
        entry = Entry { 0, now };
    ++entry.failures;
    // Bounded memory under a spray of random names: forget windows that have passed.
    if (m_entries.size() > 100000) {
        for (auto it = m_entries.begin(); it != m_entries.end();)
            it = it->windowStart.secsTo(now) >= m_window ? m_entries.erase(it) : std::next(it);
    }
}

void LoginRateLimiter::recordSuccess(const QString& key)
{
    m_entries.remove(key);
}

} // namespace ChannelDesk::Server
