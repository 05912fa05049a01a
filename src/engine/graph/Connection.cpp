#include "graph/Connection.h"

#include "graph/Addresses.h"
#include "graph/GraphLog.h"

#include <QTcpSocket>

namespace peerscope {

namespace {

// The security envelope (docs/graph.md): a PT2PT with this reserved data type carries a
// provider token during negotiation, and a protected message once authenticated.
const QUuid SecurityEnvelopeType { QStringLiteral("{7f5e2a10-3c4b-4d8e-9a61-5b2c0d3e4f71}") };
// Bytes handed to QTcpSocket at a time; the rest waits in our own queue so that
// queuedBytes() and WouldBlock see it.
constexpr qint64 SocketChunk = 256 * 1024;

QString stateName(Connection::State state)
{
    switch (state) {
    case Connection::State::TcpConnecting: return QStringLiteral("TCP connecting");
    case Connection::State::Authenticating: return QStringLiteral("authenticating");
    case Connection::State::AwaitingConnect: return QStringLiteral("waiting for CONNECT");
    case Connection::State::ConnectWait: return QStringLiteral("CONNECT_WAIT");
    case Connection::State::Connected: return QStringLiteral("CONNECTED");
    case Connection::State::Closing: return QStringLiteral("closing");
    case Connection::State::Closed: return QStringLiteral("closed");
    }
    return {};
}

bool isSyncMessage(const wire::Message &message)
{
    switch (wire::messageType(message)) {
    case wire::MessageType::SolicitNew:
    case wire::MessageType::SolicitTime:
    case wire::MessageType::SolicitHash:
    case wire::MessageType::Advertise:
    case wire::MessageType::Request:
    case wire::MessageType::Flood:
    case wire::MessageType::SyncEnd:
    case wire::MessageType::Ack: return true;
    default: return false;
    }
}

QByteArray envelope(const QByteArray &payload)
{
    return wire::encode(wire::Pt2Pt { SecurityEnvelopeType, payload });
}

} // namespace

Connection::Connection(
    const LinkContext &context, Kind kind, const PeerAddress &address, const QString &remotePeerId, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_role(Role::Initiator)
    , m_kind(kind)
    , m_state(State::TcpConnecting)
    , m_decoder(wire::DecodeLimits { context.options.maxMessageSize })
    , m_remoteAddress(addresses::normalized(address))
    , m_remotePeerId(remotePeerId)
{
    m_socket = new QTcpSocket(this);
    setUpSocket();
}

Connection::Connection(const LinkContext &context, QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_role(Role::Responder)
    , m_state(State::Authenticating)
    , m_socket(socket)
    , m_decoder(wire::DecodeLimits { context.options.maxMessageSize })
    , m_remoteAddress(addresses::normalized({ socket->peerAddress(), socket->peerPort() }))
{
    m_socket->setParent(this);
    setUpSocket();
}

Connection::~Connection() = default;

void Connection::setUpSocket()
{
    for (QTimer *timer : { &m_tcpTimer, &m_authTimer, &m_connectTimer })
        timer->setSingleShot(true);
    connect(&m_keepAliveTimer, &QTimer::timeout, this, [this] { enqueue(wire::Pt2Pt { wire::PingDataType, {} }); });
    connect(m_socket, &QTcpSocket::connected, this, &Connection::onTcpConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &Connection::onSocketDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (m_state == State::Closed)
            return;
        if (error == QAbstractSocket::RemoteHostClosedError && m_state == State::Closing)
            return finish({}); // our DISCONNECT went out; the peer closed first
        fail(PeerError::ConnectionFailed,
            QStringLiteral("%1 (%2)").arg(m_socket->errorString(), m_remoteAddress.toString()));
    });
}

void Connection::startTimer(QTimer &timer, int ms, const QString &what)
{
    timer.disconnect(this);
    connect(&timer, &QTimer::timeout, this, [this, what, ms] {
        fail(PeerError::ConnectionFailed, QStringLiteral("%1 timed out after %2 ms").arg(what).arg(ms));
    });
    timer.start(ms);
}

void Connection::start()
{
    if (m_role != Role::Initiator || m_state != State::TcpConnecting)
        return; // closed before it started (the graph closed from inside an event)
    startTimer(m_tcpTimer, m_context.options.tcpConnectTimeoutMs, QStringLiteral("TCP connect"));
    m_socket->connectToHost(m_remoteAddress.address, m_remoteAddress.port);
}

QList<PeerAddress> Connection::remoteListeningAddresses() const
{
    if (!m_remoteListening.isEmpty())
        return m_remoteListening;
    if (m_role == Role::Initiator)
        return { m_remoteAddress };
    return {};
}

ConnectionInfo Connection::info() const
{
    ConnectionInfo info;
    info.flags = m_kind == Kind::Direct ? ConnectionFlag::Direct : ConnectionFlag::Neighbor;
    info.connectionId = m_id;
    info.nodeId = m_remoteNodeId;
    info.peerId = m_remotePeerId;
    info.address = m_remoteAddress;
    return info;
}

void Connection::onTcpConnected()
{
    m_tcpTimer.stop();
    m_state = State::Authenticating;
    startTimer(m_authTimer, m_context.authenticationTimeoutMs(), QStringLiteral("authentication"));
    wire::AuthInfo authInfo;
    authInfo.connectionType
        = m_kind == Kind::Direct ? wire::AuthInfo::ConnectionType::Direct : wire::AuthInfo::ConnectionType::Neighbor;
    authInfo.graphId = m_context.graphId;
    authInfo.sourcePeerId = m_context.peerId;
    if (!m_remotePeerId.isEmpty())
        authInfo.destinationPeerId = m_remotePeerId;
    enqueue(authInfo); // always in clear (§3.4)
    if (!m_context.options.security)
        return markAuthenticated();
    m_session = m_context.options.security->createSession(true, m_context.graphId, m_context.peerId, m_remotePeerId);
    if (!m_session)
        return fail(PeerError::ConnectionNotAuthenticated, QStringLiteral("the security provider gave no session"));
    applySecurityStep(m_session->start());
}

void Connection::applySecurityStep(const SecuritySession::Step &step)
{
    if (step.error.isError())
        return fail(PeerError::ConnectionNotAuthenticated,
            QStringLiteral("security negotiation failed: %1").arg(step.error.toString()));
    if (!step.reply.isEmpty())
        enqueueEncoded(envelope(step.reply)); // negotiation tokens are not protected
    if (step.complete)
        markAuthenticated();
}

void Connection::markAuthenticated()
{
    m_authTimer.stop();
    m_authenticated = true;
    if (m_role == Role::Initiator)
        return sendConnect();
    m_state = State::AwaitingConnect;
    startTimer(m_connectTimer, m_context.options.connectTimeoutMs, QStringLiteral("waiting for CONNECT"));
}

void Connection::sendConnect()
{
    wire::Connect connect;
    // N: ask for referrals; they feed graph maintenance (and §3.2 says SHOULD for direct).
    connect.flags = wire::Connect::FlagNeighborList;
    if (m_kind == Kind::Direct)
        connect.flags |= wire::Connect::FlagDirect;
    connect.sourceNodeId = m_context.nodeId;
    if (m_kind == Kind::Neighbor)
        connect.addresses = addresses::toWire(m_context.listeningAddresses);
    connect.friendlyName = m_context.friendlyName();
    m_connectSentAt = m_context.peerTime ? m_context.peerTime() : 0;
    m_state = State::ConnectWait;
    startTimer(m_connectTimer, m_context.options.connectTimeoutMs, QStringLiteral("waiting for WELCOME"));
    enqueue(connect);
}

void Connection::sendAddressUpdate()
{
    if (m_state != State::Connected || m_kind != Kind::Neighbor || m_context.listeningAddresses.isEmpty())
        return;
    wire::Connect connect;
    connect.flags = wire::Connect::FlagUpdate;
    connect.sourceNodeId = m_context.nodeId;
    connect.addresses = addresses::toWire(m_context.listeningAddresses);
    connect.friendlyName = m_context.friendlyName();
    enqueue(connect);
}

void Connection::welcome(const QList<PeerAddress> &referrals)
{
    Q_ASSERT(m_state == State::AwaitingConnect);
    wire::Welcome welcome;
    welcome.nodeId = m_context.nodeId;
    welcome.peerTime = m_context.peerTime ? m_context.peerTime() : 0;
    welcome.referrals = addresses::toWire(referrals);
    welcome.peerId = m_context.peerId;
    welcome.friendlyName = m_context.friendlyName();
    enqueue(welcome);
    m_state = State::Connected;
    if (m_kind == Kind::Neighbor)
        m_keepAliveTimer.start(m_context.tuning.keepAliveMs);
}

void Connection::refuse(wire::Refuse::Code code, const QList<PeerAddress> &referrals)
{
    Q_ASSERT(m_state == State::AwaitingConnect);
    enqueue(wire::Refuse { code, addresses::toWire(referrals) });
    // The REFUSE is the last word: flush it, then close (§3.5 "send REFUSE and terminate").
    m_state = State::Closing;
    pump();
}

void Connection::send(const wire::Message &message)
{
    if (!isOpen())
        return;
    if (const auto *ack = std::get_if<wire::Ack>(&message))
        updateUtility(*ack);
    enqueue(message);
}

void Connection::terminate(const QString &reason)
{
    fail(PeerError::ConnectionFailed, reason);
}

PeerError Connection::sendData(const QUuid &dataType, const QByteArray &data)
{
    if (m_state != State::Connected)
        return { PeerError::InvalidState,
            QStringLiteral("connection %1 is %2, not connected: wait for its CONNECTED event before sending")
                .arg(m_id)
                .arg(stateName(m_state)) };
    if (queuedBytes() >= m_context.options.sendQueueLimit) {
        m_drainWanted = true;
        return { PeerError::WouldBlock,
            QStringLiteral("the send queue of connection %1 holds %2 bytes (limit %3): retry after sendQueueDrained")
                .arg(m_id)
                .arg(queuedBytes())
                .arg(m_context.options.sendQueueLimit) };
    }
    enqueue(wire::Pt2Pt { dataType, data });
    return {};
}

void Connection::disconnectGracefully(DisconnectReason reason, const QList<PeerAddress> &referrals)
{
    if (!isOpen())
        return;
    if (m_state != State::Connected && m_state != State::ConnectWait && m_state != State::AwaitingConnect) {
        // Nothing established yet: there is nobody to say goodbye to.
        return finish({});
    }
    enqueue(wire::Disconnect { wire::Disconnect::Reason(reason), addresses::toWire(referrals) });
    m_state = State::Closing;
    pump();
}

void Connection::abort(const QString &reason)
{
    if (m_state == State::Closed)
        return;
    m_queue.clear();
    m_queueBytes = 0;
    qCDebug(lcGraph) << "aborting connection" << m_id << "to" << m_remoteAddress.toString() << ":" << reason;
    finish({});
}

qint64 Connection::queuedBytes() const
{
    return m_queueBytes + (m_socket ? m_socket->bytesToWrite() : 0);
}

void Connection::onReadyRead()
{
    while (m_state != State::Closed && m_socket->bytesAvailable() > 0) {
        const QByteArray bytes = m_socket->read(SocketChunk);
        if (!m_decoder.feed(bytes)) {
            const QString reason = m_decoder.error() ? m_decoder.error()->toString() : QStringLiteral("invalid frame");
            return fail(PeerError::ConnectionFailed, QStringLiteral("invalid framing: %1").arg(reason));
        }
        while (m_state != State::Closed) {
            std::optional<QByteArray> message = m_decoder.takeMessage();
            if (!message)
                break;
            handleFrame(*message);
        }
    }
}

bool Connection::isReservedDataType(const QUuid &dataType)
{
    return dataType == wire::PingDataType || dataType == SecurityEnvelopeType;
}

std::optional<wire::Message> Connection::decodeMessage(const QByteArray &bytes)
{
    wire::Decoded<wire::Message> decoded = wire::decode(bytes, { m_context.options.maxMessageSize });
    if (const auto *error = std::get_if<wire::DecodeError>(&decoded)) {
        fail(PeerError::ConnectionFailed, QStringLiteral("malformed message: %1").arg(error->toString()));
        return std::nullopt;
    }
    return std::get<wire::Message>(std::move(decoded));
}

void Connection::handleFrame(const QByteArray &bytes)
{
    if (m_state == State::Closing)
        return; // we said goodbye; what is still in flight does not matter
    const std::optional<wire::Message> message = decodeMessage(bytes);
    if (!message)
        return;
    const auto *data = std::get_if<wire::Pt2Pt>(&*message);
    if (!data || data->dataType != SecurityEnvelopeType) {
        if (m_session && m_authenticated)
            return fail(
                PeerError::ConnectionFailed, QStringLiteral("an unprotected message arrived after authentication"));
        return handleMessage(*message);
    }
    if (!m_session)
        return fail(PeerError::ConnectionFailed,
            QStringLiteral("a security envelope arrived without a security session (no provider, or before "
                           "AUTH_INFO)"));
    if (!m_authenticated)
        return applySecurityStep(m_session->process(data->payload));
    const std::optional<QByteArray> opened = m_session->open(data->payload);
    if (!opened) {
        // §3.4: a message the provider cannot open is dropped, the link survives.
        qCWarning(lcGraph) << "dropped a message from" << m_remoteAddress.toString()
                           << "that the security provider could not open";
        return;
    }
    if (const std::optional<wire::Message> inner = decodeMessage(*opened))
        handleMessage(*inner);
}

void Connection::handleMessage(const wire::Message &message)
{
    const wire::MessageType type = wire::messageType(message);
    const auto outOfState = [&] {
        fail(PeerError::ConnectionFailed,
            QStringLiteral("%1 is not allowed while the link is %2")
                .arg(wire::messageTypeName(type), stateName(m_state)));
    };
    if (m_role == Role::Responder && !m_gotAuthInfo) {
        if (const auto *authInfo = std::get_if<wire::AuthInfo>(&message))
            return handleAuthInfo(*authInfo);
        return fail(PeerError::ConnectionFailed,
            QStringLiteral("the first message must be AUTH_INFO, got %1").arg(wire::messageTypeName(type)));
    }
    if (!m_authenticated)
        return outOfState();
    if (const auto *disconnect = std::get_if<wire::Disconnect>(&message))
        return handleDisconnect(*disconnect);

    switch (m_state) {
    case State::AwaitingConnect: {
        const auto *connect = std::get_if<wire::Connect>(&message);
        if (!connect)
            return outOfState();
        const bool direct = connect->flags & wire::Connect::FlagDirect;
        if (direct != (m_kind == Kind::Direct))
            return fail(PeerError::ConnectionFailed,
                QStringLiteral("the CONNECT direct flag does not match the AUTH_INFO connection type"));
        m_connectTimer.stop();
        m_remoteNodeId = connect->sourceNodeId;
        m_remoteListening = addresses::fromWire(connect->addresses);
        m_remoteFriendlyName = connect->friendlyName.value_or(QString());
        Q_EMIT connectReceived(*connect);
        return;
    }
    case State::ConnectWait:
        if (const auto *welcome = std::get_if<wire::Welcome>(&message)) {
            m_connectTimer.stop();
            if (welcome->nodeId == m_context.nodeId)
                return fail(PeerError::ConnectSelf, QStringLiteral("the address belongs to this node"));
            if (!m_remotePeerId.isEmpty() && welcome->peerId != m_remotePeerId)
                return fail(PeerError::ConnectionFailed,
                    QStringLiteral("expected peer %1 but %2 answered").arg(m_remotePeerId, welcome->peerId));
            m_remoteNodeId = welcome->nodeId;
            m_remotePeerId = welcome->peerId;
            m_remoteFriendlyName = welcome->friendlyName.value_or(QString());
            m_state = State::Connected;
            if (m_kind == Kind::Neighbor)
                m_keepAliveTimer.start(m_context.tuning.keepAliveMs);
            Q_EMIT welcomed(*welcome);
            return;
        }
        if (const auto *refuse = std::get_if<wire::Refuse>(&message)) {
            m_connectTimer.stop();
            Q_EMIT refused(*refuse);
            return finish({ PeerError::ConnectionRefused, QStringLiteral("the node refused the connection") });
        }
        return outOfState();
    case State::Connected: return handleConnected(message);
    default: return outOfState();
    }
}

void Connection::handleAuthInfo(const wire::AuthInfo &authInfo)
{
    m_gotAuthInfo = true;
    if (authInfo.graphId != m_context.graphId)
        return fail(PeerError::ConnectionFailed,
            QStringLiteral("AUTH_INFO names graph \"%1\", not this graph").arg(authInfo.graphId.left(64)));
    if (authInfo.destinationPeerId && !authInfo.destinationPeerId->isEmpty()
        && *authInfo.destinationPeerId != m_context.peerId)
        return fail(PeerError::ConnectionFailed,
            QStringLiteral("AUTH_INFO is addressed to peer \"%1\", not to us")
                .arg(authInfo.destinationPeerId->left(64)));
    m_kind = authInfo.connectionType == wire::AuthInfo::ConnectionType::Direct ? Kind::Direct : Kind::Neighbor;
    m_remotePeerId = authInfo.sourcePeerId;
    if (!m_context.options.security)
        return markAuthenticated();
    m_session = m_context.options.security->createSession(false, m_context.graphId, m_context.peerId, m_remotePeerId);
    if (!m_session)
        return fail(PeerError::ConnectionNotAuthenticated, QStringLiteral("the security provider gave no session"));
    // The initiator speaks first (as TLS in MS-PPSEC does); we answer its tokens.
}

void Connection::handleConnected(const wire::Message &message)
{
    if (const auto *data = std::get_if<wire::Pt2Pt>(&message)) {
        if (data->dataType == wire::PingDataType)
            return; // keep-alive only (§2.2.4.1)
        if (data->dataType == SecurityEnvelopeType)
            return fail(PeerError::ConnectionFailed, QStringLiteral("a security envelope inside a protected message"));
        Q_EMIT messageReceived(message);
        return;
    }
    if (const auto *connect = std::get_if<wire::Connect>(&message)) {
        if (m_kind == Kind::Neighbor && (connect->flags & wire::Connect::FlagUpdate)) {
            m_remoteListening = addresses::fromWire(connect->addresses);
            Q_EMIT addressesUpdated();
            return;
        }
        return fail(PeerError::ConnectionFailed, QStringLiteral("CONNECT without the update flag on a connected link"));
    }
    if (m_kind == Kind::Neighbor && isSyncMessage(message)) {
        if (const auto *ack = std::get_if<wire::Ack>(&message))
            updateUtility(*ack);
        Q_EMIT messageReceived(message);
        return;
    }
    fail(PeerError::ConnectionFailed,
        QStringLiteral("%1 is not allowed on a connected %2 link")
            .arg(wire::messageTypeName(wire::messageType(message)),
                m_kind == Kind::Direct ? QStringLiteral("direct") : QStringLiteral("neighbor")));
}

void Connection::handleDisconnect(const wire::Disconnect &disconnect)
{
    Q_EMIT disconnectReceived(disconnect);
    finish({});
}

void Connection::updateUtility(const wire::Ack &ack)
{
    // §5.2: per flooded record LU = 31/32·LU, +128 when it was useful.
    for (const wire::Ack::Entry &entry : ack.entries)
        m_utility = m_utility * 31 / 32 + (entry.useful ? 128 : 0);
}

void Connection::enqueue(const wire::Message &message)
{
    const QByteArray encoded = wire::encode(message);
    enqueueEncoded(m_session && m_authenticated ? envelope(m_session->protect(encoded)) : encoded);
}

void Connection::enqueueEncoded(const QByteArray &message)
{
    if (m_state == State::Closed)
        return;
    QByteArray framed = wire::frameMessage(message);
    m_queueBytes += framed.size();
    m_queue.append(std::move(framed));
    pump();
}

void Connection::pump()
{
    if (m_state == State::Closed || m_state == State::TcpConnecting)
        return;
    while (!m_queue.isEmpty() && m_socket->bytesToWrite() < SocketChunk) {
        const QByteArray chunk = m_queue.takeFirst();
        m_queueBytes -= chunk.size();
        m_socket->write(chunk);
    }
    if (m_state == State::Closing && m_queue.isEmpty() && !m_disconnectRequested) {
        m_disconnectRequested = true;
        m_socket->flush(); // the goodbye reaches the kernel even if the graph is destroyed right after
        m_socket->disconnectFromHost(); // flushes what the socket holds, then closes
        return;
    }
    if (m_drainWanted && queuedBytes() < m_context.options.sendQueueLimit) {
        m_drainWanted = false;
        Q_EMIT sendQueueDrained();
    }
}

void Connection::onBytesWritten()
{
    pump();
}

void Connection::onSocketDisconnected()
{
    if (m_state == State::Closing || m_state == State::Closed)
        return finish({});
    fail(PeerError::ConnectionFailed,
        QStringLiteral("%1 closed the connection without DISCONNECT").arg(m_remoteAddress.toString()));
}

void Connection::fail(PeerError::Code code, const QString &reason)
{
    if (m_state == State::Closed)
        return;
    qCWarning(lcGraph).noquote() << QStringLiteral("connection %1 (%2, %3): %4")
                                        .arg(m_id)
                                        .arg(m_remoteAddress.toString(), stateName(m_state), reason);
    finish({ code, reason });
}

void Connection::finish(const PeerError &error)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    for (QTimer *timer : { &m_tcpTimer, &m_authTimer, &m_connectTimer, &m_keepAliveTimer })
        timer->stop();
    m_queue.clear();
    m_queueBytes = 0;
    if (m_socket->state() != QAbstractSocket::UnconnectedState && !m_disconnectRequested)
        m_socket->abort();
    Q_EMIT closed(error);
}

} // namespace peerscope
