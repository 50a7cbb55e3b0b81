#pragma once

#include "SecretStore.h"

namespace ChannelDesk {

/// Secrets in the OS keychain through QtKeychain (Keychain on macOS, Credential Manager on Windows, Secret Service /
/// KWallet on Linux). Insecure fallback stays off: nothing is ever written in plain text.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject* parent = nullptr);
    void read(const QString& key, ReadCallback done) override;
    void write(const QString& key, const QString& value, WriteCallback done) override;
    void remove(const QString& key, WriteCallback done) override;

    static QString serviceName();
};

} // namespace ChannelDesk
