#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <mutex>

class QThread;

namespace ChannelDesk {

/// Counts the live members of every partner program on a worker thread with its own database connection: with
/// 100,000 partners per program that is a scan the programs screen must not wait for. Requests are coalesced (while
/// the worker counts, only one more count is queued) and each answer carries the generation of its request.
class MemberCountLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberCountLoader)

public:
    explicit MemberCountLoader(QString databasePath, QObject* parent = nullptr);
    /// Waits for a running count to finish and stops the worker.
    ~MemberCountLoader() override;

    /// Counts again; returns the generation the answer will carry.
    quint64 load();
    quint64 generation() const { return m_generation; }
    /// Whether every request made so far has been answered.
    bool isIdle() const { return m_answered == m_generation; }

Q_SIGNALS:
    /// Live members by program id (programs without members are absent).
    void loaded(const QHash<QByteArray, int>& counts, quint64 generation);
    void failed(const QString& message, quint64 generation);

private:
    void run();

    QString m_path;
    QThread* m_thread = nullptr;

    std::mutex m_mutex; ///< guards the members up to m_stop
    std::condition_variable m_wake;
    bool m_pending = false;
    quint64 m_requested = 0;
    bool m_stop = false;

    // UI thread only.
    quint64 m_generation = 0;
    quint64 m_answered = 0;
};

} // namespace ChannelDesk
