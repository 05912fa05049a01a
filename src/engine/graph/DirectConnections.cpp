#include "graph/DirectConnections.h"

#include "graph/Addresses.h"
#include "graph/Connection.h"
#include "graph/EventDispatcher.h"
#include "graph/LinkContext.h"

namespace peerscope {

DirectConnections::DirectConnections(
    LinkContext &context, EventDispatcher &events, std::function<bool()> accepting, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_events(events)
    , m_accepting(std::move(accepting))
{
}

DirectConnections::~DirectConnections() = default;

Result<ConnectionId> DirectConnections::open(const QString &peerId, const PeerAddress &address)
{
    if (peerId.isEmpty())
        return PeerError(
            PeerError::InvalidArgument, QStringLiteral("a direct connection needs the peer id of its target"));
    if (address.isNull())
        return PeerError(PeerError::InvalidArgument, QStringLiteral("a direct connection needs an address and port"));
    if (addresses::refersTo(address, m_context.listeningAddresses))
        return PeerError(
            PeerError::ConnectSelf, QStringLiteral("%1 is this node's own listening address").arg(address.toString()));
    auto *link = new Connection(m_context, Connection::Kind::Direct, address, peerId, this);
    link->setConnectionId(++m_context.lastConnectionId);
    track(link);
    connect(link, &Connection::welcomed, this,
        [this, link] { raise(link, ConnectionStatus::Connected, PeerError::Ok, {}); });
    connect(link, &Connection::refused, this, [this, link] {
        raise(link, ConnectionStatus::Failed, PeerError::ConnectionRefused,
            QStringLiteral("%1 does not accept direct connections (nothing there listens for DIRECT_CONNECTION)")
                .arg(link->remotePeerId()));
        release(link);
    });
    link->start();
    return link->connectionId();
}

bool DirectConnections::accept(Connection *link, const wire::Connect &)
{
    if (m_closing || !m_accepting()) {
        link->refuse(wire::Refuse::Code::DirectConnectionDisallowed, {});
        return false;
    }
    link->setParent(this);
    link->setConnectionId(++m_context.lastConnectionId);
    track(link);
    link->welcome({});
    raise(link, ConnectionStatus::Connected, PeerError::Ok, {});
    return true;
}

void DirectConnections::track(Connection *link)
{
    m_links.insert(link->connectionId(), link);
    connect(link, &Connection::closed, this, [this, link](const PeerError &error) { onClosed(link, error); });
    connect(link, &Connection::messageReceived, this, [this, link](const wire::Message &message) {
        if (const auto *data = std::get_if<wire::Pt2Pt>(&message))
            Q_EMIT dataReceived({ link->connectionId(), data->dataType, data->payload });
    });
    connect(link, &Connection::sendQueueDrained, this, [this, link] { Q_EMIT sendQueueDrained(link->connectionId()); });
}

void DirectConnections::onClosed(Connection *link, const PeerError &error)
{
    const bool announced = m_announced.remove(link);
    m_links.remove(link->connectionId());
    link->deleteLater();
    if (m_closing)
        return;
    if (announced) {
        raise(link, ConnectionStatus::Disconnected, error.code(), error.message());
        return;
    }
    raise(link, ConnectionStatus::Failed, error.isError() ? error.code() : PeerError::ConnectionFailed,
        error.message().isEmpty() ? QStringLiteral("the connection closed before WELCOME") : error.message());
}

PeerError DirectConnections::close(ConnectionId id, CloseMode mode)
{
    Connection *link = find(id);
    if (!link)
        return { PeerError::ConnectionNotFound,
            QStringLiteral("no open direct connection has id %1 (never opened, already closed, or a neighbor "
                           "connection)")
                .arg(id) };
    // The id is gone for the application now; the link finishes in the background.
    const bool connected = link->isConnected();
    release(link);
    if (mode == CloseMode::Graceful)
        link->disconnectGracefully(DisconnectReason::AppDisconnect, {});
    else
        link->abort(QStringLiteral("closed by the application"));
    raise(link, connected ? ConnectionStatus::Disconnected : ConnectionStatus::Failed, PeerError::Ok,
        connected ? QString() : QStringLiteral("closed by the application before it connected"));
    return {};
}

void DirectConnections::release(Connection *link)
{
    m_links.remove(link->connectionId());
    m_announced.remove(link);
    link->disconnect(this);
    connect(link, &Connection::closed, link, &QObject::deleteLater);
}

void DirectConnections::closeAll()
{
    m_closing = true;
    const QList<Connection *> links = m_links.values();
    for (Connection *link : links)
        link->disconnectGracefully(DisconnectReason::Leaving, {});
}

Connection *DirectConnections::find(ConnectionId id) const
{
    Connection *link = m_links.value(id);
    return link && link->isOpen() ? link : nullptr;
}

QList<Connection *> DirectConnections::connectedLinks() const
{
    QList<Connection *> result;
    for (Connection *link : m_links) {
        if (link->isConnected())
            result.append(link);
    }
    return result;
}

void DirectConnections::raise(Connection *link, ConnectionStatus status, PeerError::Code reason, const QString &text)
{
    if (status == ConnectionStatus::Connected)
        m_announced.insert(link);
    ConnectionChange change;
    change.status = status;
    change.connectionId = link->connectionId();
    change.nodeId = link->remoteNodeId();
    change.peerId = link->remotePeerId();
    change.reason = reason;
    change.reasonText = text;
    m_events.raiseDirectConnection(change);
}

} // namespace peerscope
