// The Peerscope topology record: every node publishes its neighbour list, so
// that any node knows the whole mesh.
#include "Topology.h"
#include "QtPrinters.h"
#include "ReplicatorFixture.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace peerscope;
using namespace peerscope::testing;

TEST(Topology, PayloadRoundTripsAndRejectsMalformedBytes)
{
    const TopologyRecord topology { 0xABCDEF0123456789ull, QStringLiteral("peer-ä"),
        { { 1, QStringLiteral("one") }, { 2, QString() } } };
    const QByteArray bytes = encodeTopology(topology);
    EXPECT_EQ(decodeTopology(QByteArrayView(bytes)), topology);
    for (qsizetype cut = 0; cut < bytes.size(); ++cut)
        EXPECT_FALSE(decodeTopology(QByteArrayView(bytes).first(cut))) << cut;
    EXPECT_FALSE(decodeTopology(QByteArrayView(QByteArray(bytes + QByteArray(1, 0)))));
    QByteArray badVersion = bytes;
    badVersion[0] = 9;
    EXPECT_FALSE(decodeTopology(QByteArrayView(badVersion)));
    QByteArray hugeCount = bytes.left(1 + 8 + 2 + 2 * 7);
    hugeCount += QByteArray("\xFF\xFF", 2);
    EXPECT_FALSE(decodeTopology(QByteArrayView(hugeCount)));
}

TEST(Topology, EveryNodeLearnsTheWholeMesh)
{
    std::vector<std::unique_ptr<RecordReplicator>> nodes;
    for (int i = 0; i < 4; ++i)
        nodes.push_back(makeReplicator(i));
    LoopbackMesh mesh;
    // A chain 0-1-2-3: node 3 cannot see node 0 directly.
    for (int i = 1; i < 4; ++i) {
        QSignalSpy synced(nodes[i].get(), &RecordReplicator::synchronizationCompleted);
        mesh.connect(nodes[i].get(), 0x1000 + i, QStringLiteral("peer-%1").arg(i), nodes[i - 1].get(), 0x1000 + i - 1,
            QStringLiteral("peer-%1").arg(i - 1));
        ASSERT_TRUE(synced.wait(5000));
    }
    for (int i = 0; i < 4; ++i) {
        QList<ConnectionInfo> neighbors;
        for (int j : { i - 1, i + 1 }) {
            if (j >= 0 && j < 4)
                neighbors.append({ ConnectionFlag::Neighbor, ConnectionId(j), NodeId(0x1000 + j),
                    QStringLiteral("peer-%1").arg(j), {} });
        }
        nodes[i]->setNeighbors(neighbors);
    }
    const auto edgesSeenBy = [](const RecordReplicator &node) {
        QSet<QPair<NodeId, NodeId>> edges;
        for (const Record &r : node.records(RecordTypes::Topology, {})) {
            const auto topology = decodeTopology(r);
            if (!topology)
                continue;
            for (const auto &neighbor : topology->neighbors)
                edges.insert({ std::min(topology->node, neighbor.first), std::max(topology->node, neighbor.first) });
        }
        return edges;
    };
    const QSet<QPair<NodeId, NodeId>> chain { { 0x1000, 0x1001 }, { 0x1001, 0x1002 }, { 0x1002, 0x1003 } };
    // Each edge is reported by both of its ends: wait for all four records.
    ASSERT_TRUE(waitUntil(
        [&] {
            return nodes[0]->records(RecordTypes::Topology, {}).size() == 4 && edgesSeenBy(*nodes[0]) == chain
                && edgesSeenBy(*nodes[3]) == chain;
        },
        5000));
    EXPECT_EQ(nodes[0]->records(RecordTypes::Topology, QStringLiteral("peer-3")).size(), 1);

    // A node that leaves withdraws its record everywhere.
    nodes[3]->setNeighbors({});
    nodes[2]->setNeighbors({ { ConnectionFlag::Neighbor, 1, 0x1001, QStringLiteral("peer-1"), {} } });
    nodes[3]->close();
    const QSet<QPair<NodeId, NodeId>> shorter { { 0x1000, 0x1001 }, { 0x1001, 0x1002 } };
    ASSERT_TRUE(waitUntil([&] { return edgesSeenBy(*nodes[0]) == shorter; }, 5000));
    EXPECT_TRUE(nodes[0]->records(RecordTypes::Topology, QStringLiteral("peer-3")).isEmpty());
}
