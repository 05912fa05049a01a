#include "graph/NeighborManager.h"

#include "graph/Addresses.h"
#include "graph/Connection.h"
#include "graph/EventDispatcher.h"
#include "graph/GraphLog.h"
#include "graph/LinkContext.h"
#include "records/RecordReplicator.h"

#include <QRandomGenerator>

#include <algorithm>

namespace peerscope {

namespace {
constexpr int MaxReferralsSent = 10;

QString refuseText(wire::Refuse::Code code)
{
    switch (code) {
    case wire::Refuse::Code::Busy: return QStringLiteral("the node is busy (it has its maximum of neighbors)");
    case wire::Refuse::Code::AlreadyConnected: return QStringLiteral("the link is already connected");
    case wire::Refuse::Code::DuplicateConnection: return QStringLiteral("the node is already our neighbor");
    case wire::Refuse::Code::DirectConnectionDisallowed:
        return QStringLiteral("the node does not accept direct connections");
    }
    return QStringLiteral("refused");
}
} // namespace

NeighborManager::NeighborManager(
    LinkContext &context, EventDispatcher &events, RecordReplicator *replicator, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_events(events)
    , m_replicator(replicator)
{
    m_maintenanceTimer.setSingleShot(true);
    QObject::connect(&m_maintenanceTimer, &QTimer::timeout, this, [this] { runMaintenance(true); });
}

NeighborManager::~NeighborManager() = default;

Result<ConnectionId> NeighborManager::connect(const PeerAddress &address, const QString &peerId)
{
    if (addresses::refersTo(address, m_context.listeningAddresses))
        return PeerError(
            PeerError::ConnectSelf, QStringLiteral("%1 is this node's own listening address").arg(address.toString()));
    if (isExcluded(address))
        return PeerError(PeerError::AlreadyExists,
            QStringLiteral("there is already a neighbor connection to %1").arg(address.toString()));
    return startAttempt(address, peerId, 0);
}

ConnectionId NeighborManager::startAttempt(const PeerAddress &address, const QString &peerId, int hop)
{
    Connection *connection = createAttempt(address, peerId, hop);
    connection->start();
    return connection->connectionId();
}

Connection *NeighborManager::createAttempt(const PeerAddress &address, const QString &peerId, int hop)
{
    auto *connection = new Connection(m_context, Connection::Kind::Neighbor, address, peerId, this);
    connection->setConnectionId(++m_context.lastConnectionId);
    m_referrals.markAttempted(address);
    track(connection, hop);
    QObject::connect(connection, &Connection::welcomed, this,
        [this, connection](const wire::Welcome &welcome) { onWelcomed(connection, welcome); });
    QObject::connect(connection, &Connection::refused, this,
        [this, connection](const wire::Refuse &refuse) { onRefused(connection, refuse); });
    if (!m_maintenanceTimer.isActive())
        rearmMaintenance();
    return connection;
}

void NeighborManager::track(Connection *connection, int hop)
{
    m_links.insert(connection, Link { connection, hop });
    QObject::connect(connection, &Connection::closed, this,
        [this, connection](const PeerError &error) { onClosed(connection, error); });
    QObject::connect(connection, &Connection::messageReceived, this, [this, connection](const wire::Message &message) {
        if (const auto *data = std::get_if<wire::Pt2Pt>(&message)) {
            Q_EMIT dataReceived({ connection->connectionId(), data->dataType, data->payload });
            return;
        }
        m_replicator->handleMessage(connection, message);
    });
    QObject::connect(connection, &Connection::disconnectReceived, this,
        [this](const wire::Disconnect &disconnect) { m_referrals.add(addresses::fromWire(disconnect.referrals)); });
    QObject::connect(connection, &Connection::sendQueueDrained, this,
        [this, connection] { Q_EMIT sendQueueDrained(connection->connectionId()); });
    QObject::connect(connection, &Connection::addressesUpdated, this, [this] { Q_EMIT neighborsChanged(); });
}

bool NeighborManager::accept(Connection *connection, const wire::Connect &connect)
{
    const NodeId remote = connect.sourceNodeId;
    const bool duplicate
        = remote == m_context.nodeId || std::any_of(m_links.cbegin(), m_links.cend(), [&](const Link &link) {
              return link.connection != connection && link.connection->isConnected()
                  && link.connection->remoteNodeId() == remote;
          });
    if (duplicate) {
        connection->refuse(wire::Refuse::Code::DuplicateConnection, {});
        return false;
    }
    if (connectedCount() >= m_context.options.limits.maximum) {
        qCDebug(lcGraph) << "busy: refusing" << connection->remoteAddress().toString() << "with referrals";
        connection->refuse(wire::Refuse::Code::Busy, referrals());
        return false;
    }
    connection->setParent(this);
    connection->setConnectionId(++m_context.lastConnectionId);
    track(connection, 0);
    connection->welcome(connect.flags & wire::Connect::FlagNeighborList ? referrals() : QList<PeerAddress>());
    announce(m_links[connection]);
    m_replicator->linkConnected(connection, false);
    if (connectedCount() == 1)
        runMaintenance(false);
    return true;
}

void NeighborManager::onWelcomed(Connection *connection, const wire::Welcome &welcome)
{
    m_referrals.add(addresses::fromWire(welcome.referrals));
    if (resolveDuplicate(connection))
        return;
    Link &link = m_links[connection];
    const bool firstNeighbor = connectedCount() == 1;
    m_replicator->adjustPeerTime(welcome.peerTime, connection->connectSentAt(), m_context.peerTime(), firstNeighbor);
    announce(link);
    // §3.6: a Ping on every CONNECTED link once a WELCOME arrives.
    for (Connection *other : connectedLinks())
        other->send(wire::Pt2Pt { wire::PingDataType, {} });
    m_replicator->linkConnected(connection, true);
    if (firstNeighbor)
        runMaintenance(false);
}

bool NeighborManager::resolveDuplicate(Connection *connection)
{
    // Two nodes that connected to each other at the same time hold two links; both
    // keep the one initiated by the lower node id, so they agree without talking.
    const auto initiator = [this](const Connection *c) {
        return c->role() == Connection::Role::Initiator ? m_context.nodeId : c->remoteNodeId();
    };
    for (const Link &other : std::as_const(m_links)) {
        Connection *existing = other.connection;
        if (existing == connection || !existing->isConnected()
            || existing->remoteNodeId() != connection->remoteNodeId())
            continue;
        if (initiator(connection) < initiator(existing)) {
            existing->disconnectGracefully(DisconnectReason::AppDisconnect, {});
            return false;
        }
        Link &link = m_links[connection];
        link.reported = true;
        raise(link, ConnectionStatus::Failed, PeerError::AlreadyExists,
            QStringLiteral("node %1 is already a neighbor").arg(connection->remoteNodeId()));
        connection->disconnectGracefully(DisconnectReason::AppDisconnect, {});
        return true;
    }
    return false;
}

void NeighborManager::announce(Link &link)
{
    link.announced = true;
    link.sequence = ++m_sequence;
    raise(link, ConnectionStatus::Connected, PeerError::Ok, {});
    Q_EMIT neighborsChanged();
}

void NeighborManager::onRefused(Connection *connection, const wire::Refuse &refuse)
{
    m_links[connection].reported = true;
    const Link link = m_links.value(connection); // a copy: createAttempt() below grows the hash
    const QList<PeerAddress> offered = addresses::fromWire(refuse.referrals);
    m_referrals.add(offered);
    const QString why = refuseText(refuse.code);
    if (refuse.code == wire::Refuse::Code::Busy && !m_closing && link.hop < m_context.options.maxReferralHops) {
        if (const std::optional<PeerAddress> next = pickCandidate()) {
            // The Failed event names the next attempt (seed: referral section), so create it first.
            Connection *attempt = createAttempt(*next, {}, link.hop + 1);
            raise(link, ConnectionStatus::Failed, PeerError::ConnectionRefused,
                QStringLiteral("%1; following the referral to %2").arg(why, next->toString()), attempt->connectionId());
            attempt->start();
            return;
        }
    }
    const QString end = refuse.code == wire::Refuse::Code::Busy
        ? QStringLiteral("%1; no referral left to try (%2 hops)").arg(why).arg(link.hop)
        : why;
    raise(link, ConnectionStatus::Failed, PeerError::ConnectionRefused, end);
}

void NeighborManager::onClosed(Connection *connection, const PeerError &error)
{
    const Link link = m_links.take(connection);
    connection->deleteLater();
    if (m_closing)
        return;
    if (link.announced) {
        raise(link, ConnectionStatus::Disconnected, error.code(), error.message());
        m_replicator->linkClosed(connection);
        Q_EMIT neighborsChanged();
        runMaintenance(false);
        return;
    }
    if (connection->role() == Connection::Role::Initiator && !link.reported)
        raise(link, ConnectionStatus::Failed, error.isError() ? error.code() : PeerError::ConnectionFailed,
            error.message().isEmpty() ? QStringLiteral("the connection closed before WELCOME") : error.message());
}

PeerError NeighborManager::disconnect(ConnectionId id, DisconnectReason reason)
{
    Connection *connection = find(id);
    if (!connection)
        return { PeerError::ConnectionNotFound, QStringLiteral("no neighbor connection has id %1").arg(id) };
    connection->disconnectGracefully(reason, referrals(connection));
    return {};
}

void NeighborManager::closeAll()
{
    m_closing = true;
    m_maintenanceTimer.stop();
    const QList<Connection *> links = m_links.keys();
    for (Connection *connection : links) {
        if (connection->isConnected())
            connection->disconnectGracefully(DisconnectReason::Leaving, referrals(connection));
        else
            connection->abort(QStringLiteral("the graph is closing"));
    }
}

Connection *NeighborManager::find(ConnectionId id) const
{
    for (const Link &link : m_links) {
        if (link.connection->connectionId() == id && link.connection->isOpen())
            return link.connection;
    }
    return nullptr;
}

QList<Connection *> NeighborManager::connectedLinks() const
{
    QList<std::pair<quint64, Connection *>> ordered;
    for (const Link &link : m_links) {
        if (link.connection->isConnected())
            ordered.append({ link.sequence, link.connection });
    }
    std::sort(ordered.begin(), ordered.end());
    QList<Connection *> result;
    for (const auto &entry : std::as_const(ordered))
        result.append(entry.second);
    return result;
}

int NeighborManager::connectedCount() const
{
    return int(
        std::count_if(m_links.cbegin(), m_links.cend(), [](const Link &l) { return l.connection->isConnected(); }));
}

void NeighborManager::listeningChanged()
{
    for (Connection *connection : connectedLinks())
        connection->sendAddressUpdate();
    runMaintenance(false);
}

void NeighborManager::runMaintenance(bool timerTriggered)
{
    if (m_closing)
        return;
    const NeighborLimits limits = m_context.options.limits;
    int connected = connectedCount();
    if (timerTriggered && connected > limits.ideal) {
        // §5.3: prune the link with the lowest utility (the oldest among equals).
        const QList<Connection *> links = connectedLinks();
        Connection *least = *std::min_element(links.cbegin(), links.cend(),
            [](const Connection *a, const Connection *b) { return a->utility() < b->utility(); });
        qCDebug(lcGraph) << "maintenance prunes" << least->connectionId() << "utility" << least->utility();
        least->disconnectGracefully(DisconnectReason::LeastUseful, referrals(least));
        --connected;
    }
    const int pending = int(std::count_if(m_links.cbegin(), m_links.cend(), [](const Link &l) {
        return l.connection->role() == Connection::Role::Initiator && l.connection->isOpen()
            && !l.connection->isConnected();
    }));
    const int total = connected + pending;
    if (total == 0 || total < limits.minimum || (timerTriggered && total < limits.ideal)) {
        if (const std::optional<PeerAddress> candidate = pickCandidate())
            startAttempt(*candidate, {}, 0);
    }
    rearmMaintenance();
}

void NeighborManager::rearmMaintenance()
{
    if (m_closing)
        return;
    const bool hasLinks = connectedCount() > 0;
    m_maintenanceTimer.start(
        hasLinks ? m_context.tuning.maintenanceWithLinksMs : m_context.tuning.maintenanceWithoutLinksMs);
}

bool NeighborManager::isExcluded(const PeerAddress &raw) const
{
    const PeerAddress address = addresses::normalized(raw);
    if (addresses::refersTo(address, m_context.listeningAddresses))
        return true;
    return std::any_of(m_links.cbegin(), m_links.cend(), [&](const Link &link) {
        const Connection *c = link.connection;
        return c->isOpen()
            && (addresses::sameEndpoint(c->remoteAddress(), address)
                || addresses::refersTo(address, c->remoteListeningAddresses()));
    });
}

std::optional<PeerAddress> NeighborManager::pickCandidate()
{
    const auto excluded = [this](const PeerAddress &address) { return isExcluded(address); };
    // §5.3: Referral List ∪ the Presence and Contact lists the replicator keeps.
    QList<NodeId> neighborNodes { m_context.nodeId };
    for (const Link &link : std::as_const(m_links))
        neighborNodes.append(link.connection->remoteNodeId());
    QList<PeerAddress> known;
    for (const auto &[nodeId, address] : m_replicator->candidates()) {
        if (!neighborNodes.contains(nodeId))
            known.append(address);
    }
    m_referrals.add(known);
    return m_referrals.pick(excluded);
}

QList<PeerAddress> NeighborManager::referrals(const Connection *skip) const
{
    QList<PeerAddress> result;
    for (const Connection *connection : connectedLinks()) {
        if (connection == skip || result.size() >= MaxReferralsSent)
            continue;
        const QList<PeerAddress> listening = connection->remoteListeningAddresses();
        if (!listening.isEmpty())
            result.append(listening.first());
    }
    return result;
}

void NeighborManager::raise(
    const Link &link, ConnectionStatus status, PeerError::Code reason, const QString &text, ConnectionId next)
{
    ConnectionChange change;
    change.status = status;
    change.connectionId = link.connection->connectionId();
    change.nodeId = link.connection->remoteNodeId();
    change.peerId = link.connection->remotePeerId();
    change.nextConnectionId = next;
    change.reason = reason;
    change.reasonText = text;
    m_events.raiseNeighborConnection(change);
}

} // namespace peerscope
