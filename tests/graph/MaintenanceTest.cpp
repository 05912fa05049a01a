// Graph maintenance: after a node leaves, its neighbors see Disconnected and
// reconnect among themselves until they are back at the minimum.
#include "GraphTestSupport.h"
#include "QtPrinters.h"

using namespace peerscope;
using namespace peerscope::testing;

TEST(Maintenance, NeighborsOfAClosedNodeRestoreTheirMinimum)
{
    GraphOptions options;
    options.limits = { 2, 2, 4 };
    std::vector<GraphPtr> nodes;
    std::vector<std::unique_ptr<EventLog>> logs;
    for (int i = 0; i < 4; ++i) {
        nodes.push_back(makeListeningNode(QStringLiteral("node-%1").arg(i), options));
        ASSERT_TRUE(nodes.back());
        setGraphTuning(nodes.back().get(), fastMaintenance());
        logs.push_back(std::make_unique<EventLog>(nodes.back().get()));
    }
    // A star around node 0; maintenance adds links until every node has its minimum of 2.
    for (int i = 1; i < 4; ++i)
        ASSERT_TRUE(nodes[i]->connect(addressOf(*nodes[0])).isOk());
    const auto atMinimum = [&](int from) {
        return std::all_of(nodes.begin() + from, nodes.end(),
            [&](const GraphPtr &n) { return n->connections(ConnectionFlag::Neighbor).size() >= 2; });
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return atMinimum(0); }, WaitMs));

    const NodeId leaving = nodes[0]->localNode().nodeId;
    QList<int> neighborsOfLeaving;
    for (int i = 1; i < 4; ++i) {
        const QList<ConnectionInfo> links = nodes[i]->connections(ConnectionFlag::Neighbor);
        if (std::any_of(links.cbegin(), links.cend(), [&](const ConnectionInfo &c) { return c.nodeId == leaving; }))
            neighborsOfLeaving.append(i);
    }
    ASSERT_FALSE(neighborsOfLeaving.isEmpty());
    for (int i = 1; i < 4; ++i)
        logs[i]->events.clear();

    nodes[0]->close();
    EXPECT_TRUE(nodes[0]->isClosed());
    EXPECT_EQ(nodes[0]->status(), GraphStatus());
    for (int i : neighborsOfLeaving) {
        ASSERT_TRUE(logs[i]->waitFor(EventType::NeighborConnection, ConnectionStatus::Disconnected)) << "node " << i;
        const QList<ConnectionChange> changes = logs[i]->neighbors();
        const auto gone = std::find_if(changes.cbegin(), changes.cend(),
            [](const ConnectionChange &c) { return c.status == ConnectionStatus::Disconnected; });
        EXPECT_EQ(gone->nodeId, leaving);
    }
    // The three that remain form a triangle: each back at 2 neighbors, none of them the closed node.
    nodes.erase(nodes.begin());
    ASSERT_TRUE(QTest::qWaitFor([&] { return atMinimum(0); }, WaitMs));
    for (const GraphPtr &node : nodes) {
        for (const ConnectionInfo &link : node->connections(ConnectionFlag::Neighbor))
            EXPECT_NE(link.nodeId, leaving);
    }
}

TEST(Maintenance, PrunesLinksAboveIdealWithLeastUseful)
{
    GraphOptions options;
    options.limits = { 1, 1, 5 };
    GraphPtr hub = makeListeningNode(QStringLiteral("hub"), options);
    ASSERT_TRUE(hub);
    EventLog log(hub.get());
    // Hand-driven neighbors: they never reconnect, so the count only goes down.
    std::vector<std::unique_ptr<RawPeer>> leaves;
    for (int i = 0; i < 3; ++i) {
        leaves.push_back(std::make_unique<RawPeer>());
        ASSERT_TRUE(leaves.back()->connectTo(addressOf(*hub)));
        ASSERT_TRUE(leaves.back()->handshake(
            QStringLiteral("test-graph"), QStringLiteral("leaf-%1").arg(i), false, {}, NodeId(1000 + i)));
    }
    ASSERT_EQ(hub->connections().size(), 3);
    setGraphTuning(hub.get(), fastMaintenance()); // the timer now runs and prunes down to ideal

    ASSERT_TRUE(log.waitFor(EventType::NeighborConnection, ConnectionStatus::Disconnected, 2));
    EXPECT_EQ(hub->connections().size(), 1);
    int pruned = 0;
    for (const auto &leaf : leaves) {
        // The wire says why: DISCONNECT with reason LEAST_USEFUL (0x02).
        while (std::optional<wire::Message> message = leaf->receive(300)) {
            if (const auto *disconnect = std::get_if<wire::Disconnect>(&*message)) {
                EXPECT_EQ(disconnect->reason, wire::Disconnect::Reason::LeastUseful);
                ++pruned;
                break;
            }
        }
    }
    EXPECT_EQ(pruned, 2);
}
