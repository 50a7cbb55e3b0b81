#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace ChannelDesk {

/// Where sign-in secrets live. The application uses the OS keychain (KeychainSecretStore); tests use memory. There is
/// deliberately no file or settings fallback: if the keychain fails, the user signs in again next time.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(bool ok, const QString& value, const QString& error)>;
    using WriteCallback = std::function<void(bool ok, const QString& error)>;

    using QObject::QObject;
    /// `ok` is false with an empty error when there is simply no such secret.
    virtual void read(const QString& key, ReadCallback done) = 0;
    virtual void write(const QString& key, const QString& value, WriteCallback done) = 0;
    virtual void remove(const QString& key, WriteCallback done) = 0;
};

} // namespace ChannelDesk
