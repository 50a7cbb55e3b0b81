#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

namespace ChannelDesk {

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : SecretStore(parent)
{
}

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("org.channeldesk.ChannelDesk");
}

void KeychainSecretStore::read(const QString& key, ReadCallback done)
{
    auto* job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError)
            done(true, job->textData(), QString());
        else if (job->error() == QKeychain::EntryNotFound)
            done(false, QString(), QString());
        else
            done(false, QString(), job->errorString());
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QString& value, WriteCallback done)
{
    auto* job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError, job->errorString());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, WriteCallback done)
{
    auto* job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound, job->errorString());
    });
    job->start();
}

} // namespace ChannelDesk
