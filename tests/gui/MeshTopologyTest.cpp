#include "MeshTopology.h"
#include "NodeEventJson.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QSignalSpy>

using namespace peerscope;
using namespace peerscope::gui;

namespace {

void addNode(MeshTopology &topology, NodeId id)
{
    MeshNode node;
    node.id = id;
    node.peerId = QStringLiteral("peer-%1").arg(id);
    node.origin = MeshNode::Origin::Lab;
    topology.upsertNode(node);
}

ObservedEvent neighbor(NodeId reporter, ConnectionId connection, NodeId remote, ConnectionStatus status)
{
    ObservedEvent event;
    event.time = QDateTime::currentDateTimeUtc();
    event.node = reporter;
    event.event.type = EventType::NeighborConnection;
    event.event.data
        = ConnectionChange { status, connection, remote, QStringLiteral("peer-%1").arg(remote), 0, PeerError::Ok, {} };
    return event;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

TEST(MeshTopology, ALinkLastsUntilBothEndsReportItClosed)
{
    MeshTopology topology;
    addNode(topology, 1);
    addNode(topology, 2);
    QSignalSpy added(&topology, &MeshTopology::linkAdded);
    QSignalSpy removed(&topology, &MeshTopology::linkRemoved);

    topology.observe(neighbor(1, 100, 2, ConnectionStatus::Connected));
    topology.observe(neighbor(2, 200, 1, ConnectionStatus::Connected));
    EXPECT_EQ(added.count(), 1) << "both ends report one link";
    EXPECT_TRUE(topology.hasLink(1, 2, LinkKind::Neighbor));
    EXPECT_FALSE(topology.hasLink(1, 2, LinkKind::Direct));
    EXPECT_EQ(topology.connectionBetween(2, 1, LinkKind::Neighbor), 200u);

    topology.observe(neighbor(1, 100, 2, ConnectionStatus::Disconnected));
    EXPECT_EQ(removed.count(), 0);
    topology.observe(neighbor(2, 200, 1, ConnectionStatus::Disconnected));
    EXPECT_EQ(removed.count(), 1);
    EXPECT_TRUE(topology.links().isEmpty());
}

TEST(MeshTopology, ForgettingACrashedReporterDropsWhatOnlyItKnew)
{
    MeshTopology topology;
    addNode(topology, 1);
    addNode(topology, 2);
    addNode(topology, 3);
    topology.observe(neighbor(1, 100, 2, ConnectionStatus::Connected));
    topology.observe(neighbor(2, 200, 1, ConnectionStatus::Connected));
    topology.observe(neighbor(1, 101, 3, ConnectionStatus::Connected));
    topology.forgetReports(1);
    EXPECT_TRUE(topology.hasLink(1, 2, LinkKind::Neighbor)) << "node 2 still vouches for it";
    EXPECT_FALSE(topology.hasLink(1, 3, LinkKind::Neighbor));

    QSignalSpy removedNodes(&topology, &MeshTopology::nodeRemoved);
    topology.removeNode(1);
    EXPECT_EQ(removedNodes.count(), 1);
    EXPECT_TRUE(topology.links().isEmpty());
}

TEST(MeshTopology, LearnsRemoteNodesAndReportsTraffic)
{
    MeshTopology topology;
    addNode(topology, 1);
    QSignalSpy nodes(&topology, &MeshTopology::nodeAdded);
    topology.observe(neighbor(1, 100, 9, ConnectionStatus::Connected));
    ASSERT_EQ(nodes.count(), 1);
    ASSERT_NE(topology.node(9), nullptr);
    EXPECT_EQ(topology.node(9)->peerId, QStringLiteral("peer-9"));
    EXPECT_EQ(topology.node(9)->origin, MeshNode::Origin::Observed);
    EXPECT_EQ(topology.neighbors(1), QList<NodeId> { 9 });

    QSignalSpy traffic(&topology, &MeshTopology::trafficSeen);
    ObservedEvent data;
    data.node = 1;
    data.event.type = EventType::IncomingData;
    data.event.data = IncomingData { 100, QUuid::createUuid(), "x" };
    topology.observe(data);
    ASSERT_EQ(traffic.count(), 1);
    const auto link = traffic.at(0).at(0).value<MeshLink>();
    EXPECT_EQ(link.a, 1u);
    EXPECT_EQ(link.b, 9u);
}

TEST(NodeEventJson, ReadsThePeerscopeNodeEventLines)
{
    const auto connection = peerEventFromJson(json(R"({"event":"neighbor-connection","time":"2026-11-23T21:30:00.123Z",
        "connection":"18446744073709551615","status":"connected","peer":"lab-2","node":"42"})"));
    ASSERT_TRUE(connection.has_value());
    EXPECT_EQ(connection->type, EventType::NeighborConnection);
    const auto *change = connection->get<ConnectionChange>();
    ASSERT_NE(change, nullptr);
    EXPECT_EQ(change->connectionId, 18446744073709551615ull) << "64-bit ids travel as strings";
    EXPECT_EQ(change->nodeId, 42u);
    EXPECT_EQ(change->peerId, QStringLiteral("lab-2"));
    EXPECT_EQ(change->status, ConnectionStatus::Connected);

    const auto failed = peerEventFromJson(json(R"({"event":"direct-connection","connection":"5","status":"failed",
        "peer":"x","node":"0","reason":"PEER_E_CONNECTION_REFUSED","message":"busy","next":"6"})"));
    ASSERT_TRUE(failed.has_value());
    EXPECT_EQ(failed->get<ConnectionChange>()->status, ConnectionStatus::Failed);
    EXPECT_EQ(failed->get<ConnectionChange>()->nextConnectionId, 6u);
    EXPECT_TRUE(failed->get<ConnectionChange>()->reasonText.contains(QStringLiteral("PEER_E_CONNECTION_REFUSED")));

    const auto data = peerEventFromJson(json(R"({"event":"incoming-data","connection":"7",
        "type":"{11111111-2222-3333-4444-555555555555}","data":"aGVsbG8="})"));
    ASSERT_TRUE(data.has_value());
    EXPECT_EQ(data->get<IncomingData>()->data, QByteArray("hello"));
    EXPECT_EQ(data->get<IncomingData>()->dataType, QUuid(QStringLiteral("{11111111-2222-3333-4444-555555555555}")));

    const auto status = peerEventFromJson(json(R"({"event":"status-changed","status":["listening","synchronized"]})"));
    ASSERT_TRUE(status.has_value());
    EXPECT_EQ(*status->get<GraphStatus>(), GraphStatusFlag::Listening | GraphStatusFlag::Synchronized);

    EXPECT_FALSE(peerEventFromJson(json(R"({"event":"listening","port":4000})")).has_value());
    EXPECT_FALSE(peerEventFromJson(json(R"({"event":"result","id":"1","ok":true})")).has_value());
}

TEST(MeshTopology, TopologyRecordsDrawNodesTheInspectorCannotHear)
{
    MeshTopology topology;
    QSignalSpy added(&topology, &MeshTopology::linkAdded);
    QSignalSpy removed(&topology, &MeshTopology::linkRemoved);
    const QDateTime published = QDateTime::currentDateTimeUtc().addSecs(-10);
    TopologyRecord far;
    far.node = 70;
    far.peerId = QStringLiteral("far-away");
    far.neighbors = { { 71, QStringLiteral("farther") }, { 72, QStringLiteral("farthest") } };
    topology.applyTopology(far, published);
    ASSERT_NE(topology.node(70), nullptr);
    EXPECT_EQ(topology.node(71)->peerId, QStringLiteral("farther"));
    EXPECT_EQ(topology.node(70)->lastSeen, published) << "presence age comes from the record";
    EXPECT_EQ(added.count(), 2);

    TopologyRecord back; // 71 confirms the same link: still one link
    back.node = 71;
    back.neighbors = { { 70, QStringLiteral("far-away") } };
    topology.applyTopology(back, published);
    EXPECT_EQ(added.count(), 2);

    far.neighbors = { { 71, QStringLiteral("farther") } }; // 70 dropped 72
    topology.applyTopology(far, published);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_FALSE(topology.hasLink(70, 72, LinkKind::Neighbor));

    topology.withdrawTopology(70);
    EXPECT_TRUE(topology.hasLink(70, 71, LinkKind::Neighbor)) << "71 still claims it";
    topology.withdrawTopology(71);
    EXPECT_TRUE(topology.links().isEmpty());
}
