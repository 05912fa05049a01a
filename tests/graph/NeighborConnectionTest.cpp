// Neighbor links between real nodes on loopback: connecting, the errors of a
// bad connect, both address families, and cutting a link.
#include "GraphTestSupport.h"
#include "QtPrinters.h"

#include <QTcpServer>

using namespace peerscope;
using namespace peerscope::testing;

TEST(NeighborConnection, TwoNodesConnectAndBothSeeConnected)
{
    GraphPtr a = makeListeningNode(QStringLiteral("alice"));
    GraphPtr b = makeListeningNode(QStringLiteral("bob"));
    ASSERT_TRUE(a && b);
    EventLog logA(a.get());
    EventLog logB(b.get());

    const Result<ConnectionId> id = b->connect(addressOf(*a));
    ASSERT_TRUE(id.isOk()) << id.error().toString().toStdString();
    ASSERT_TRUE(logB.waitFor(EventType::NeighborConnection, ConnectionStatus::Connected));
    ASSERT_TRUE(logA.waitFor(EventType::NeighborConnection, ConnectionStatus::Connected));

    const ConnectionChange atB = logB.neighbors().constFirst();
    EXPECT_EQ(atB.connectionId, *id);
    EXPECT_EQ(atB.nodeId, a->localNode().nodeId);
    EXPECT_EQ(atB.peerId, QStringLiteral("alice"));
    const ConnectionChange atA = logA.neighbors().constFirst();
    EXPECT_EQ(atA.nodeId, b->localNode().nodeId);
    EXPECT_EQ(atA.peerId, QStringLiteral("bob"));

    EXPECT_TRUE(a->status().testFlag(GraphStatusFlag::HasConnections));
    EXPECT_TRUE(b->status().testFlag(GraphStatusFlag::HasConnections));
    const QList<ConnectionInfo> fromB = b->connections(ConnectionFlag::Neighbor);
    ASSERT_EQ(fromB.size(), 1);
    EXPECT_EQ(fromB[0].connectionId, *id);
    EXPECT_EQ(fromB[0].nodeId, a->localNode().nodeId);
    EXPECT_EQ(fromB[0].flags, ConnectionFlags(ConnectionFlag::Neighbor));
    EXPECT_TRUE(b->connections(ConnectionFlag::Direct).isEmpty());
}

TEST(NeighborConnection, ConnectingToSelfOrToAnExistingNeighborIsRefusedAtOnce)
{
    GraphPtr a = makeListeningNode(QStringLiteral("alice"));
    GraphPtr b = makeListeningNode(QStringLiteral("bob"));
    ASSERT_TRUE(a && b);
    for (const PeerAddress &own : a->localNode().addresses) {
        const Result<ConnectionId> self = a->connect(own);
        ASSERT_FALSE(self.isOk());
        EXPECT_EQ(self.error().code(), PeerError::ConnectSelf) << self.error().toString().toStdString();
    }
    EventLog logB(b.get());
    ASSERT_TRUE(b->connect(addressOf(*a)).isOk());
    ASSERT_TRUE(logB.waitFor(EventType::NeighborConnection, ConnectionStatus::Connected));
    for (const PeerAddress &address : a->localNode().addresses) {
        const Result<ConnectionId> again = b->connect(address);
        ASSERT_FALSE(again.isOk());
        EXPECT_EQ(again.error().code(), PeerError::AlreadyExists) << again.error().toString().toStdString();
    }
}

TEST(NeighborConnection, UnreachableAddressesFailWithinTheTimeout)
{
    GraphOptions options;
    options.tcpConnectTimeoutMs = 1000;
    options.connectTimeoutMs = 1000;
    GraphPtr b = makeListeningNode(QStringLiteral("bob"), options);
    ASSERT_TRUE(b);
    EventLog log(b.get());

    // A port nobody listens on: the OS refuses at once.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    const Result<ConnectionId> refused = b->connect({ QHostAddress::LocalHost, closedPort });
    ASSERT_TRUE(refused.isOk());
    ASSERT_TRUE(log.waitFor(EventType::NeighborConnection, ConnectionStatus::Failed, 1, 5000));
    const std::optional<ConnectionChange> first
        = log.find(EventType::NeighborConnection, *refused, ConnectionStatus::Failed);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->reason, PeerError::ConnectionFailed);
    EXPECT_FALSE(first->reasonText.isEmpty());

    // A socket that accepts and never answers: the connect timer gives up.
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost, 0));
    QElapsedTimer clock;
    clock.start();
    const Result<ConnectionId> mute = b->connect({ QHostAddress::LocalHost, silent.serverPort() });
    ASSERT_TRUE(mute.isOk());
    ASSERT_TRUE(log.waitFor(EventType::NeighborConnection, ConnectionStatus::Failed, 2, 5000));
    EXPECT_LT(clock.elapsed(), 4000);
    const std::optional<ConnectionChange> second
        = log.find(EventType::NeighborConnection, *mute, ConnectionStatus::Failed);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->reason, PeerError::ConnectionFailed);
    EXPECT_TRUE(second->reasonText.contains(QStringLiteral("timed out"))) << second->reasonText.toStdString();
    EXPECT_TRUE(b->connections().isEmpty());
}

TEST(NeighborConnection, ListensOnIpv4AndIpv6WithTheSamePort)
{
    GraphPtr a = makeListeningNode(QStringLiteral("alice"));
    ASSERT_TRUE(a);
    const PeerAddress v4 = addressOf(*a, QAbstractSocket::IPv4Protocol);
    const PeerAddress v6 = addressOf(*a, QAbstractSocket::IPv6Protocol);
    ASSERT_FALSE(v4.isNull());
    ASSERT_FALSE(v6.isNull());
    EXPECT_EQ(v4.port, v6.port);
    EXPECT_EQ(v6.address, QHostAddress(QHostAddress::LocalHostIPv6));
    EXPECT_TRUE(a->status().testFlag(GraphStatusFlag::Listening));

    GraphPtr viaV4 = makeNode(QStringLiteral("four"));
    GraphPtr viaV6 = makeNode(QStringLiteral("six"));
    EventLog log4(viaV4.get());
    EventLog log6(viaV6.get());
    ASSERT_TRUE(viaV4->connect(v4).isOk());
    ASSERT_TRUE(viaV6->connect(v6).isOk());
    ASSERT_TRUE(log4.waitFor(EventType::NeighborConnection, ConnectionStatus::Connected));
    ASSERT_TRUE(log6.waitFor(EventType::NeighborConnection, ConnectionStatus::Connected));
    EXPECT_EQ(viaV6->connections().constFirst().address, v6);
    EXPECT_EQ(viaV4->connections().constFirst().address, v4);
    EXPECT_EQ(a->connections().size(), 2);
}

TEST(NeighborConnection, ListeningOnAnyReportsThePortAndAcceptsLoopback)
{
    GraphPtr a = makeNode(QStringLiteral("alice"));
    ASSERT_FALSE(a->listen(GraphScope::Any, 0));
    const QList<PeerAddress> addresses = a->localNode().addresses;
    ASSERT_FALSE(addresses.isEmpty());
    const quint16 port = addresses.constFirst().port;
    EXPECT_NE(port, 0);
    for (const PeerAddress &address : addresses)
        EXPECT_EQ(address.port, port);
    EXPECT_EQ(a->listen(GraphScope::Any, 0).code(), PeerError::AlreadyListening);

    GraphPtr b = makeNode(QStringLiteral("bob"));
    EventLog log(b.get());
    ASSERT_TRUE(b->connect({ QHostAddress(QHostAddress::LocalHostIPv6), port }).isOk());
    ASSERT_TRUE(log.waitFor(EventType::NeighborConnection, ConnectionStatus::Connected));
}

TEST(NeighborConnection, DisconnectNeighborClosesTheLinkOnBothSides)
{
    GraphPtr a = makeListeningNode(QStringLiteral("alice"));
    GraphPtr b = makeListeningNode(QStringLiteral("bob"));
    EventLog logA(a.get());
    EventLog logB(b.get());
    const Result<ConnectionId> id = b->connect(addressOf(*a));
    ASSERT_TRUE(logA.waitFor(EventType::NeighborConnection, ConnectionStatus::Connected));
    ASSERT_TRUE(logB.waitFor(EventType::NeighborConnection, ConnectionStatus::Connected));

    ASSERT_FALSE(b->disconnectNeighbor(*id));
    ASSERT_TRUE(logA.waitFor(EventType::NeighborConnection, ConnectionStatus::Disconnected));
    ASSERT_TRUE(logB.waitFor(EventType::NeighborConnection, ConnectionStatus::Disconnected));
    EXPECT_TRUE(logB.find(EventType::NeighborConnection, *id, ConnectionStatus::Disconnected));
    EXPECT_EQ(logA.neighbors().constLast().reason, PeerError::Ok); // an orderly DISCONNECT
    EXPECT_TRUE(QTest::qWaitFor([&] { return !b->status().testFlag(GraphStatusFlag::HasConnections); }, WaitMs));
    EXPECT_EQ(b->disconnectNeighbor(*id).code(), PeerError::ConnectionNotFound);
}

TEST(NeighborConnection, NeighborLinksCarryApplicationData)
{
    GraphPtr a = makeListeningNode(QStringLiteral("alice"));
    GraphPtr b = makeListeningNode(QStringLiteral("bob"));
    EventLog logA(a.get());
    EventLog logB(b.get());
    QSignalSpy received(a.get(), &Graph::incomingData);
    const Result<ConnectionId> id = b->connect(addressOf(*a));
    ASSERT_TRUE(logB.waitFor(EventType::NeighborConnection, ConnectionStatus::Connected));
    const QUuid type = QUuid::createUuid();
    ASSERT_FALSE(b->sendData(*id, type, "over the neighbor link"));
    ASSERT_TRUE(received.wait(WaitMs));
    const auto data = received.constFirst().constFirst().value<IncomingData>();
    EXPECT_EQ(data.dataType, type);
    EXPECT_EQ(data.data, QByteArray("over the neighbor link"));
    EXPECT_EQ(data.connectionId, logA.neighbors().constFirst().connectionId);
}
