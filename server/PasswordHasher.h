#pragma once

#include <QByteArray>
#include <QString>

namespace ChannelDesk::Server {

/// Argon2id password hashing through libsodium (crypto_pwhash_str): salted, self-describing hashes whose cost can be
/// raised later without breaking stored ones.
class PasswordHasher final
{
public:
    /// Empty on failure (libsodium could not allocate the memory the hash needs).
    static QString hash(const QString& password);
    static bool verify(const QString& hash, const QString& password);
    /// True when `hash` was made with weaker settings than today's and should be replaced at the next login.
    static bool needsRehash(const QString& hash);
    /// libsodium's own constant-time comparison.
    static bool equalConstantTime(const QByteArray& a, const QByteArray& b);
};

} // namespace ChannelDesk::Server
