#pragma once

#include "sync/SecretStore.h"

#include <QHash>

namespace ChannelDesk::Test {

/// Secrets in memory, answering asynchronously like a real keychain. `failWrites` simulates a broken keychain.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    void read(const QString& key, ReadCallback done) override;
    void write(const QString& key, const QString& value, WriteCallback done) override;
    void remove(const QString& key, WriteCallback done) override;

    QHash<QString, QString> values;
    bool failWrites = false;
};

} // namespace ChannelDesk::Test
