#include "MemorySecretStore.h"

#include <QTimer>

namespace ChannelDesk::Test {

void MemorySecretStore::read(const QString& key, ReadCallback done)
{
    QTimer::singleShot(0, this, [this, key, done = std::move(done)] {
        if (values.contains(key))
            done(true, values.value(key), QString());
        else
            done(false, QString(), QString());
    });
}

void MemorySecretStore::write(const QString& key, const QString& value, WriteCallback done)
{
    QTimer::singleShot(0, this, [this, key, value, done = std::move(done)] {
        if (failWrites) {
            done(false, QStringLiteral("the keychain is locked"));
            return;
        }
        values.insert(key, value);
        done(true, QString());
    });
}

void MemorySecretStore::remove(const QString& key, WriteCallback done)
{
    QTimer::singleShot(0, this, [this, key, done = std::move(done)] {
        values.remove(key);
        done(true, QString());
    });
}

} // namespace ChannelDesk::Test
