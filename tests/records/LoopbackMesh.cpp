#include "LoopbackMesh.h"

#include "wire/Codec.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

namespace peerscope::testing {

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

LoopbackLink::LoopbackLink(RecordReplicator *owner, QTcpSocket *socket, NodeId remoteNode, QString remotePeer,
    ConnectionId id, TrafficCounters *counters)
    : m_owner(owner)
    , m_socket(socket)
    , m_remoteNode(remoteNode)
    , m_remotePeer(std::move(remotePeer))
    , m_id(id)
    , m_counters(counters)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QObject::connect(m_socket, &QTcpSocket::readyRead, this, &LoopbackLink::readMessages);
    QObject::connect(m_socket, &QTcpSocket::disconnected, this, &LoopbackLink::shutDown);
}

LoopbackLink::~LoopbackLink()
{
    if (m_open && m_owner)
        m_owner->linkClosed(this);
}

void LoopbackLink::send(const wire::Message &message)
{
    if (!m_open)
        return;
    const QByteArray framed = wire::frameMessage(wire::encode(message));
    ++m_counters->messages;
    m_counters->bytes += quint64(framed.size());
    if (std::holds_alternative<wire::Flood>(message))
        ++m_counters->floods;
    m_socket->write(framed);
}

void LoopbackLink::sendRaw(const QByteArray &encodedMessage)
{
    if (m_open)
        m_socket->write(wire::frameMessage(encodedMessage));
}

void LoopbackLink::terminate(const QString &reason)
{
    if (!m_open)
        return;
    m_reason = reason;
    // Like the engine: stop at once, tell the replicator after the current call returns.
    QTimer::singleShot(0, this, &LoopbackLink::shutDown);
}

void LoopbackLink::shutDown()
{
    if (!m_open)
        return;
    m_open = false;
    m_socket->disconnectFromHost();
    if (m_owner)
        m_owner->linkClosed(this);
    Q_EMIT closed();
}

void LoopbackLink::readMessages()
{
    if (!m_open)
        return;
    if (!m_decoder.feed(m_socket->readAll())) {
        m_reason = m_decoder.error()->toString();
        shutDown();
        return;
    }
    while (m_open) {
        const auto bytes = m_decoder.takeMessage();
        if (!bytes)
            break;
        auto decoded = wire::decode(*bytes);
        if (const auto *error = std::get_if<wire::DecodeError>(&decoded)) {
            m_reason = error->toString();
            shutDown();
            return;
        }
        m_received.append(wire::messageType(std::get<wire::Message>(decoded)));
        if (m_owner)
            m_owner->handleMessage(this, std::get<wire::Message>(decoded));
    }
}

LoopbackMesh::LoopbackMesh()
{
    m_server.listen(QHostAddress::LocalHost, 0);
}

LoopbackMesh::~LoopbackMesh()
{
    for (const auto &link : m_links)
        delete link.data();
}

LoopbackMesh::Pair LoopbackMesh::connect(
    RecordReplicator *a, NodeId aNode, const QString &aPeer, RecordReplicator *b, NodeId bNode, const QString &bPeer)
{
    auto *client = new QTcpSocket;
    client->connectToHost(QHostAddress::LocalHost, m_server.serverPort());
    QTcpSocket *accepted = nullptr;
    waitUntil(
        [&] {
            if (!accepted && m_server.hasPendingConnections())
                accepted = m_server.nextPendingConnection();
            return accepted && client->state() == QAbstractSocket::ConnectedState;
        },
        5000);
    Q_ASSERT(accepted);
    Pair pair;
    pair.initiator = new LoopbackLink(a, client, bNode, bPeer, m_nextId++, &m_counters);
    pair.responder = new LoopbackLink(b, accepted, aNode, aPeer, m_nextId++, &m_counters);
    m_links.emplace_back(pair.initiator);
    m_links.emplace_back(pair.responder);
    b->linkConnected(pair.responder, false);
    a->linkConnected(pair.initiator, true);
    return pair;
}

LoopbackMesh::Pair LoopbackMesh::connect(const std::vector<std::unique_ptr<RecordReplicator>> &nodes, int a, int b)
{
    return connect(nodes[a].get(), testNodeId(a), testPeerId(a), nodes[b].get(), testNodeId(b), testPeerId(b));
}

bool LoopbackMesh::join(const std::vector<std::unique_ptr<RecordReplicator>> &nodes, int extraLinks, quint32 seed)
{
    QRandomGenerator random(seed);
    for (int i = 1; i < int(nodes.size()); ++i) {
        RecordReplicator *node = nodes[i].get();
        bool synced = node->isSynchronized();
        const auto connection
            = QObject::connect(node, &RecordReplicator::synchronizationCompleted, this, [&] { synced = true; });
        connect(nodes, i, int(random.bounded(i)));
        const bool ok = waitUntil([&] { return synced; }, 10000);
        QObject::disconnect(connection);
        if (!ok)
            return false;
        QSet<int> linked;
        for (int k = 0; k < extraLinks && i > 1; ++k) {
            const int peer = int(random.bounded(i));
            if (!linked.contains(peer)) {
                linked.insert(peer);
                connect(nodes, i, peer);
            }
        }
    }
    return true;
}

void LoopbackMesh::disconnect(const Pair &pair)
{
    pair.initiator->shutDown();
    pair.responder->shutDown();
}

void LoopbackMesh::disconnectAll(RecordReplicator *replicator)
{
    for (const auto &link : m_links) {
        if (link && link->isOpen() && link->owner() == replicator)
            link->shutDown();
    }
}

QList<LoopbackLink *> LoopbackMesh::links() const
{
    QList<LoopbackLink *> result;
    for (const auto &link : m_links) {
        if (link)
            result.append(link.data());
    }
    return result;
}

} // namespace peerscope::testing
