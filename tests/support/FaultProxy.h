#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>
#include <random>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace ChannelDesk::Test {

/// A TCP proxy on 127.0.0.1 for fault tests: forwards every accepted connection to the real server byte for byte
/// (TLS passes through unopened; the server certificate names IP 127.0.0.1, so clients pointed at the proxy still
/// verify it) and injects one fault per connection. Plans are drawn from a seeded generator, so the same seed gives
/// the same plans for the same sequence of connections.
///
/// To cut "in a request" or "when a response starts" without decrypting, the proxy reads the 5-byte TLS record
/// headers: a client application-data record of 100 bytes or more opens a request (the client's encrypted handshake
/// records are shorter), and the server's first application-data record after it opens the response. The server's
/// TLS 1.3 session tickets can pass for the first response of a connection; from the second exchange on (after a
/// sign-in or token refresh) requests and responses are counted exactly.
class FaultProxy final : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        None,
        DropRequest, ///< close both sides inside a request record: the server never receives that request
        DropResponse, ///< close both sides as a response starts: the server has committed, the client never hears
        Delay, ///< hold every chunk `delayMs` before forwarding it (both directions, order kept)
        Reset, ///< send TCP RST both ways after `bytes` bytes in total (may hit the TLS handshake), or with
               ///< `bytes` 0 inside request `exchange` as DropRequest does
    };
    Q_ENUM(Fault)

    struct Plan
    {
        Fault fault = Fault::None;
        int exchange
            = 1; ///< DropRequest/DropResponse/Reset: the request/response on this connection to hit (1 = first)
        double cut = 0.5; ///< DropRequest/Reset: where inside the request record to cut, 0..1
        qint64 bytes = 0; ///< Reset: bytes forwarded (both directions together) before the reset
        int delayMs = 0; ///< Delay
    };

    FaultProxy(quint16 upstreamPort, quint64 seed, QObject* parent = nullptr);
    ~FaultProxy() override;

    /// Listens on 127.0.0.1 on a free port.
    bool listen();
    quint16 port() const;
    /// https://127.0.0.1:<port>
    QUrl url() const;

    /// New connections get one of `faults` (uniformly) with `probability`, otherwise no fault.
    void setRandomFaults(const QList<Fault>& faults, double probability);
    /// Every new connection gets `plan` (e.g. a constant delay); replaces the random faults.
    void setFixedPlan(const Plan& plan);
    /// No faults for new connections (queued plans are dropped too); open connections keep theirs.
    void clearFaults();
    /// Plans for the next connections, used before fixed or random ones: a test scripting one exact failure.
    void queuePlan(const Plan& plan);

    int connectionCount() const { return m_connections; }
    int faultCount(Fault fault) const;
    /// A random plan for `fault` from this proxy's generator (what setRandomFaults would choose).
    Plan randomPlan(Fault fault);

    static QString faultName(Fault fault);
    static std::optional<Fault> faultFromName(const QString& name);

Q_SIGNALS:
    /// The server began response `exchange` on connection `connection`; emitted before anything of it is forwarded.
    void responseStarted(int connection, int exchange);
    void faultInjected(int connection, ChannelDesk::Test::FaultProxy::Fault fault);

private:
    class Link;
    friend class Link;

    void onNewConnection();
    Plan nextPlan();
    void noteFault(int connection, Fault fault);

    quint16 m_upstreamPort;
    std::unique_ptr<QTcpServer> m_server;
    std::mt19937_64 m_random;
    QList<Fault> m_randomFaults;
    double m_probability = 0.0;
    std::optional<Plan> m_fixedPlan;
    QList<Plan> m_queued;
    int m_connections = 0;
    QList<int> m_faultCounts;
};

} // namespace ChannelDesk::Test
