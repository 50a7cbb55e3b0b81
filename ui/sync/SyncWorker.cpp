#include "SyncWorker.h"

namespace ChannelDesk {

SyncWorker::SyncWorker(QString databasePath)
    : m_databasePath(std::move(databasePath))
{
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::requestCancel()
{
    if (SyncEngine* engine = m_running.load())
        engine->cancel();
}

SyncEngine* SyncWorker::engineFor(const SyncAccount& account, SyncReport& report)
{
    if (m_engine && m_account.serverUrl == account.serverUrl && m_account.user == account.user
        && m_account.caFile == account.caFile && m_account.pinnedKey == account.pinnedKey)
        return m_engine.get();
    m_engine = std::make_unique<SyncEngine>(m_databasePath, account);
    m_account = account;
    if (Status status = m_engine->open(); !status) {
        m_engine.reset();
        report.outcome = SyncReport::Outcome::Failed;
        report.message = status.error().message;
        return nullptr;
    }
    connect(m_engine.get(), &SyncEngine::progress, this, &SyncWorker::progress);
    connect(m_engine.get(), &SyncEngine::refreshTokenChanged, this, &SyncWorker::refreshTokenChanged);
    return m_engine.get();
}

void SyncWorker::signIn(const SyncAccount& account, const QString& password)
{
    SyncReport report;
    if (SyncEngine* engine = engineFor(account, report)) {
        m_running = engine;
        report = engine->signIn(password);
        m_running = nullptr;
    }
    Q_EMIT signInFinished(report);
}

void SyncWorker::run(const SyncAccount& account, const QString& refreshToken)
{
    SyncReport report;
    if (SyncEngine* engine = engineFor(account, report)) {
        if (!refreshToken.isEmpty())
            engine->setRefreshToken(refreshToken);
        m_running = engine;
        report = engine->runOnce();
        m_running = nullptr;
    }
    Q_EMIT finished(report);
    if (m_engine)
        m_engine->checkpoint(); // after the report: what the run wrote is already visible to the screens
}

void SyncWorker::shutdown()
{
    m_engine.reset();
}

} // namespace ChannelDesk
