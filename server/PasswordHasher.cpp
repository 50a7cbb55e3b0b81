#include "PasswordHasher.h"

#include <sodium.h>

namespace ChannelDesk::Server {

namespace {

bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// libsodium's "interactive" limits: 64 MiB and 2 passes, ~0.1 s on the reference machine; enough to make offline
// guessing expensive without making logins slow.
constexpr auto OpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr auto MemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

} // namespace

QString PasswordHasher::hash(const QString& password)
{
    if (!ensureSodium())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), OpsLimit, MemLimit) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& hash, const QString& password)
{
    if (!ensureSodium() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
}

bool PasswordHasher::needsRehash(const QString& hash)
{
    if (!ensureSodium())
        return false;
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), OpsLimit, MemLimit) != 0;
}

bool PasswordHasher::equalConstantTime(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

} // namespace ChannelDesk::Server
