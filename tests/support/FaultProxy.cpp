#include "FaultProxy.h"

#include <QHostAddress>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <sys/socket.h>

namespace ChannelDesk::Test {

namespace {

constexpr quint8 ApplicationData = 23;
constexpr int HeaderSize = 5;
// The client's encrypted TLS 1.3 handshake records (an empty Certificate: 25 bytes, Finished: 53 or 69) and alerts
// are shorter than this; a record that begins an HTTP request (request line and headers) is always longer.
constexpr int MinRequestRecord = 100;

bool traceEnabled()
{
    static const bool enabled = qEnvironmentVariableIntValue("CHANNELDESK_PROXY_TRACE") != 0;
    return enabled;
}

// Follows the TLS record framing of one direction: reports each record header as it completes.
class RecordReader
{
public:
    struct Start
    {
        qsizetype offset; ///< where the record's header begins in the chunk (may be negative: began in an earlier one)
        quint8 type;
        int length;
    };

    /// The records whose 5-byte header completes inside `chunk`.
    QList<Start> feed(const QByteArray& chunk)
    {
        QList<Start> starts;
        qsizetype i = 0;
        while (i < chunk.size()) {
            if (m_remaining > 0) {
                const qsizetype take = qMin<qsizetype>(m_remaining, chunk.size() - i);
                m_remaining -= take;
                i += take;
                continue;
            }
            const qsizetype take = qMin<qsizetype>(HeaderSize - m_header.size(), chunk.size() - i);
            m_header.append(chunk.constData() + i, take);
            i += take;
            if (m_header.size() == HeaderSize) {
                const auto type = static_cast<quint8>(m_header[0]);
                const int length = (static_cast<quint8>(m_header[3]) << 8) | static_cast<quint8>(m_header[4]);
                starts.append({ i - HeaderSize, type, length });
                m_remaining = length;
                m_header.clear();
            }
        }
        return starts;
    }

private:
    QByteArray m_header;
    qint64 m_remaining = 0;
};

void resetSocket(QTcpSocket* socket)
{
    // SO_LINGER 0 makes close() send RST instead of FIN: the peer sees "connection reset".
    if (socket->socketDescriptor() != -1) {
        const linger hard { 1, 0 };
        ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    socket->abort();
}

} // namespace

// One proxied connection: the client's socket, the upstream socket, and the plan.
class FaultProxy::Link final : public QObject
{
public:
    Link(FaultProxy* proxy, int id, QTcpSocket* client, const Plan& plan)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_id(id)
        , m_plan(plan)
        , m_client(client)
        , m_upstream(new QTcpSocket(this))
    {
        m_client->setParent(this);
        connect(m_client, &QTcpSocket::readyRead, this, [this] { onData(true); });
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] { onData(false); });
        connect(m_upstream, &QTcpSocket::connected, this, [this] {
            if (!m_early.isEmpty())
                m_upstream->write(std::exchange(m_early, {}));
        });
        // A side that closes is mirrored on the other once everything read has been forwarded.
        connect(m_client, &QTcpSocket::disconnected, this, [this] { closeLater(m_upstream); });
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] { closeLater(m_client); });
        connect(m_client, &QTcpSocket::errorOccurred, this, [this] { closeLater(m_upstream); });
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this] { closeLater(m_client); });
        m_upstream->connectToHost(QHostAddress::LocalHost, proxy->m_upstreamPort);
        trace(QStringLiteral("open, plan %1").arg(faultName(plan.fault)));
    }

private:
    void trace(const QString& text) const
    {
        if (traceEnabled())
            qInfo().noquote() << QStringLiteral("[proxy %1] %2").arg(m_id).arg(text);
    }

    void onData(bool fromClient)
    {
        if (m_done)
            return;
        QTcpSocket* source = fromClient ? m_client : m_upstream;
        const QByteArray chunk = source->readAll();
        if (chunk.isEmpty())
            return;
        // Decide how much of this chunk may pass and whether the connection dies after it.
        qsizetype pass = chunk.size();
        Fault cut = Fault::None;
        const QList<RecordReader::Start> starts = (fromClient ? m_clientRecords : m_serverRecords).feed(chunk);
        for (const RecordReader::Start& start : starts) {
            trace(QStringLiteral("%1 record type %2 length %3")
                      .arg(fromClient ? QStringLiteral("C>S") : QStringLiteral("S>C"))
                      .arg(start.type)
                      .arg(start.length));
            if (start.type != ApplicationData)
                continue;
            if (fromClient) {
                if (!m_inRequest) {
                    if (start.length < MinRequestRecord)
                        continue; // handshake or alert
                    m_inRequest = true;
                    ++m_requests;
                }
                const bool cutsRequest
                    = m_plan.fault == Fault::DropRequest || (m_plan.fault == Fault::Reset && m_plan.bytes == 0);
                if (cutsRequest && m_requests == m_plan.exchange && cut == Fault::None) {
                    // Strictly inside the record: the server gets a truncated record and can decrypt nothing of it.
                    const qsizetype inside
                        = HeaderSize
                          + qBound(qsizetype(0), qsizetype(m_plan.cut * start.length), qsizetype(start.length - 1));
                    // (The header may have begun in the previous chunk: then cut at this chunk's start.)
                    pass = qMin(pass, qMax<qsizetype>(0, start.offset + inside));
                    cut = m_plan.fault;
                }
            } else {
                // Records while no request is open are the server's handshake or its TLS 1.3 session tickets. The
                // tickets may also arrive just after the first request went up and then count as its response;
                // they always precede that response, so from the second exchange on the count is exact.
                if (!m_inRequest)
                    continue;
                m_inRequest = false;
                ++m_responses;
                trace(QStringLiteral("response %1 starts").arg(m_responses));
                Q_EMIT m_proxy->responseStarted(m_id, m_responses);
                if (m_plan.fault == Fault::DropResponse && m_responses == m_plan.exchange && cut == Fault::None) {
                    pass = qMin(pass, qMax<qsizetype>(0, start.offset));
                    cut = Fault::DropResponse;
                }
            }
        }
        if (m_plan.fault == Fault::Reset && m_plan.bytes > 0 && cut == Fault::None
            && m_forwarded + chunk.size() >= m_plan.bytes) {
            pass = qMax<qint64>(0, m_plan.bytes - m_forwarded);
            cut = Fault::Reset;
        }
        m_forwarded += pass;
        forward(fromClient, chunk.left(pass));
        if (cut == Fault::None)
            return;
        m_done = true;
        trace(QStringLiteral("fault %1 after %2 bytes").arg(faultName(cut)).arg(m_forwarded));
        m_proxy->noteFault(m_id, cut);
        if (cut == Fault::Reset) {
            resetSocket(m_client);
            resetSocket(m_upstream);
            deleteLater();
        } else {
            closeLater(m_client);
            closeLater(m_upstream);
        }
    }

    void forward(bool toUpstream, const QByteArray& data)
    {
        if (data.isEmpty())
            return;
        if (m_plan.fault == Fault::Delay && m_plan.delayMs > 0) {
            // Equal delays fire in order, and each timer takes the oldest chunk: the byte order is kept.
            m_delayed[toUpstream ? 1 : 0].append(data);
            QTimer::singleShot(m_plan.delayMs, this,
                               [this, toUpstream] { send(toUpstream, m_delayed[toUpstream ? 1 : 0].takeFirst()); });
            return;
        }
        send(toUpstream, data);
    }

    void send(bool toUpstream, const QByteArray& data)
    {
        if (toUpstream) {
            if (m_upstream->state() == QAbstractSocket::ConnectedState)
                m_upstream->write(data);
            else
                m_early.append(data);
        } else {
            m_client->write(data);
        }
    }

    // Closes `socket` after what is queued for it has been written (and after delayed chunks, if any).
    void closeLater(QTcpSocket* socket)
    {
        const int wait = m_plan.fault == Fault::Delay ? m_plan.delayMs + 1 : 0;
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(wait, this, [this, guard] {
            if (!guard)
                return;
            if (guard->state() == QAbstractSocket::ConnectedState) {
                guard->flush();
                guard->disconnectFromHost();
            } else if (guard->state() != QAbstractSocket::UnconnectedState) {
                guard->abort();
            }
            if (m_client->state() == QAbstractSocket::UnconnectedState
                && m_upstream->state() == QAbstractSocket::UnconnectedState)
                deleteLater();
        });
    }

    FaultProxy* m_proxy;
    int m_id;
    Plan m_plan;
    QTcpSocket* m_client;
    QTcpSocket* m_upstream;
    QByteArray m_early; ///< client bytes that arrived before the upstream connection was up
    QList<QByteArray> m_delayed[2];
    RecordReader m_clientRecords;
    RecordReader m_serverRecords;
    bool m_inRequest = false;
    int m_requests = 0;
    int m_responses = 0;
    qint64 m_forwarded = 0;
    bool m_done = false;
};

FaultProxy::FaultProxy(quint16 upstreamPort, quint64 seed, QObject* parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
    , m_server(std::make_unique<QTcpServer>())
    , m_random(seed)
    , m_faultCounts(QMetaEnum::fromType<Fault>().keyCount(), 0)
{
    connect(m_server.get(), &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy() = default;

bool FaultProxy::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FaultProxy::port() const
{
    return m_server->serverPort();
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port()));
}

void FaultProxy::setRandomFaults(const QList<Fault>& faults, double probability)
{
    m_fixedPlan.reset();
    m_randomFaults = faults;
    m_probability = probability;
}

void FaultProxy::setFixedPlan(const Plan& plan)
{
    m_randomFaults.clear();
    m_fixedPlan = plan;
}

void FaultProxy::clearFaults()
{
    m_randomFaults.clear();
    m_fixedPlan.reset();
    m_queued.clear();
}

void FaultProxy::queuePlan(const Plan& plan)
{
    m_queued.append(plan);
}

int FaultProxy::faultCount(Fault fault) const
{
    return m_faultCounts.value(static_cast<int>(fault));
}

FaultProxy::Plan FaultProxy::randomPlan(Fault fault)
{
    Plan plan;
    plan.fault = fault;
    switch (fault) {
    case Fault::None:
        break;
    case Fault::DropRequest:
    case Fault::DropResponse:
        // Mostly the first exchanges: a client makes a handful of requests per connection before it is recycled.
        plan.exchange = std::uniform_int_distribution<int>(1, 4)(m_random);
        plan.cut = std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
        break;
    case Fault::Delay:
        plan.delayMs = std::uniform_int_distribution<int>(1, 40)(m_random);
        break;
    case Fault::Reset:
        // From inside the TLS handshake (~1-2 KB) to several requests in.
        plan.bytes = std::uniform_int_distribution<qint64>(1, 12000)(m_random);
        break;
    }
    return plan;
}

FaultProxy::Plan FaultProxy::nextPlan()
{
    if (!m_queued.isEmpty())
        return m_queued.takeFirst();
    if (m_fixedPlan)
        return *m_fixedPlan;
    if (m_randomFaults.isEmpty())
        return {};
    // Both draws happen for every connection, so one seed gives one sequence of plans whatever the outcome.
    const double roll = std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
    const Fault fault
        = m_randomFaults[std::uniform_int_distribution<qsizetype>(0, m_randomFaults.size() - 1)(m_random)];
    if (roll >= m_probability)
        return {};
    return randomPlan(fault);
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket* client = m_server->nextPendingConnection()) {
        const Plan plan = nextPlan();
        new Link(this, ++m_connections, client, plan);
        if (plan.fault == Fault::Delay) // in force from the first byte
            noteFault(m_connections, Fault::Delay);
    }
}

void FaultProxy::noteFault(int connection, Fault fault)
{
    ++m_faultCounts[static_cast<int>(fault)];
    Q_EMIT faultInjected(connection, fault);
}

QString FaultProxy::faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return QStringLiteral("none");
    case Fault::DropRequest:
        return QStringLiteral("drop-request");
    case Fault::DropResponse:
        return QStringLiteral("drop-response");
    case Fault::Delay:
        return QStringLiteral("delay");
    case Fault::Reset:
        return QStringLiteral("reset");
    }
    return {};
}

std::optional<FaultProxy::Fault> FaultProxy::faultFromName(const QString& name)
{
    for (Fault fault : { Fault::None, Fault::DropRequest, Fault::DropResponse, Fault::Delay, Fault::Reset }) {
        if (faultName(fault) == name)
            return fault;
    }
    return std::nullopt;
}

} // namespace ChannelDesk::Test
