#pragma once
// Shared by test_graph and test_direct: nodes on loopback with OS-chosen ports,
// an event recorder, and a hand-driven peer that speaks the wire protocol from
// a plain QTcpSocket (to send what a well-behaved node never would).

#include "Graph.h"
#include "graph/GraphTuning.h"
#include "wire/Codec.h"
#include "wire/Framing.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace peerscope::testing {

inline constexpr int WaitMs = 10'000;

using GraphPtr = std::unique_ptr<Graph>;

// Every node creates its own copy of the graph (same graph id): the graph layer is
// exercised without depending on record synchronization, and every node may listen.
inline GraphPtr makeNode(
    const QString &peerId, GraphOptions options = {}, const QString &graphId = QStringLiteral("test-graph"))
{
    GraphProperties properties;
    properties.graphId = graphId;
    properties.creatorId = peerId;
    properties.friendlyName = peerId;
    Result<Graph *> graph = Graph::create(properties, options);
    EXPECT_TRUE(graph.isOk()) << graph.error().toString().toStdString();
    return GraphPtr(graph.isOk() ? *graph : nullptr);
}

inline GraphPtr makeListeningNode(const QString &peerId, GraphOptions options = {})
{
    GraphPtr graph = makeNode(peerId, std::move(options));
    if (graph) {
        const PeerError error = graph->listen(GraphScope::Loopback, 0);
        EXPECT_FALSE(error) << error.toString().toStdString();
    }
    return graph;
}

// The node's IPv4 loopback listening address.
inline PeerAddress addressOf(
    const Graph &graph, QAbstractSocket::NetworkLayerProtocol protocol = QAbstractSocket::IPv4Protocol)
{
    for (const PeerAddress &address : graph.localNode().addresses) {
        if (address.address.protocol() == protocol)
            return address;
    }
    return {};
}

inline GraphTuning fastMaintenance()
{
    GraphTuning tuning;
    tuning.maintenanceWithLinksMs = 200;
    tuning.maintenanceWithoutLinksMs = 200;
    return tuning;
}

// Records every event a graph raises through peerEvent().
class EventLog
{
public:
    explicit EventLog(Graph *graph)
    {
        // The log's own context: the connection ends with the log, even if the graph outlives it.
        QObject::connect(
            graph, &Graph::peerEvent, &m_context, [this](const PeerEvent &event) { events.append(event); });
    }

    QList<ConnectionChange> connectionChanges(EventType type) const
    {
        QList<ConnectionChange> result;
        for (const PeerEvent &event : events) {
            if (event.type == type)
                result.append(*event.get<ConnectionChange>());
        }
        return result;
    }
    QList<ConnectionChange> neighbors() const { return connectionChanges(EventType::NeighborConnection); }
    QList<ConnectionChange> directs() const { return connectionChanges(EventType::DirectConnection); }
    int count(EventType type, ConnectionStatus status) const
    {
        return int(std::count_if(events.cbegin(), events.cend(), [&](const PeerEvent &event) {
            const auto *change = event.get<ConnectionChange>();
            return event.type == type && change && change->status == status;
        }));
    }
    bool waitFor(EventType type, ConnectionStatus status, int atLeast = 1, int ms = WaitMs) const
    {
        return QTest::qWaitFor([&] { return count(type, status) >= atLeast; }, ms);
    }
    std::optional<ConnectionChange> find(EventType type, ConnectionId id, ConnectionStatus status) const
    {
        for (const ConnectionChange &change : connectionChanges(type)) {
            if (change.connectionId == id && change.status == status)
                return change;
        }
        return std::nullopt;
    }

    QList<PeerEvent> events;

private:
    QObject m_context;
};

// A peer driven by hand over a plain socket, for the cases a real node never produces.
class RawPeer
{
public:
    bool connectTo(const PeerAddress &address)
    {
        socket.connectToHost(address.address, address.port);
        return socket.waitForConnected(WaitMs);
    }
    void send(const wire::Message &message) { sendBytes(wire::frameMessage(wire::encode(message))); }
    void sendBytes(const QByteArray &bytes)
    {
        socket.write(bytes);
        socket.flush();
    }
    // The next whole message from the other side, if one arrives in time.
    std::optional<wire::Message> receive(int ms = WaitMs)
    {
        std::optional<wire::Message> result;
        const bool done = QTest::qWaitFor(
            [&] {
                decoder.feed(socket.readAll());
                if (std::optional<QByteArray> bytes = decoder.takeMessage()) {
                    wire::Decoded<wire::Message> decoded = wire::decode(*bytes);
                    if (auto *message = std::get_if<wire::Message>(&decoded))
                        result = *message;
                    return true;
                }
                return socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0;
            },
            ms);
        return done ? result : std::nullopt;
    }
    // Completes AUTH_INFO + CONNECT as the initiator; true when the node answered WELCOME.
    bool handshake(const QString &graphId, const QString &peerId, bool direct, const QString &destination = {},
        NodeId nodeId = 0x1234'5678'9abc'def0ull)
    {
        wire::AuthInfo authInfo;
        authInfo.connectionType
            = direct ? wire::AuthInfo::ConnectionType::Direct : wire::AuthInfo::ConnectionType::Neighbor;
        authInfo.graphId = graphId;
        authInfo.sourcePeerId = peerId;
        if (!destination.isEmpty())
            authInfo.destinationPeerId = destination;
        send(authInfo);
        wire::Connect connect;
        connect.flags = direct ? wire::Connect::FlagDirect : 0;
        connect.sourceNodeId = nodeId;
        send(connect);
        const std::optional<wire::Message> answer = receive();
        return answer && std::holds_alternative<wire::Welcome>(*answer);
    }
    bool waitClosedByPeer(int ms = WaitMs)
    {
        return QTest::qWaitFor(
            [&] {
                socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            ms);
    }

    QTcpSocket socket;
    wire::FrameDecoder decoder;
};

} // namespace peerscope::testing
