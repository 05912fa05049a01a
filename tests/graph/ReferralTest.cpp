// A busy node refers newcomers to its neighbors; each refused hop is a Failed
// NEIGHBOR_CONNECTION naming the next attempt, and the graph settles inside the limits.
#include "GraphTestSupport.h"
#include "QtPrinters.h"

using namespace peerscope;
using namespace peerscope::testing;

TEST(Referral, TenNodesBootstrappingFromOneBusyNodeAllEndUpConnectedWithinTheLimits)
{
    GraphOptions options;
    options.limits = { 2, 3, 4 };
    GraphPtr bootstrap = makeListeningNode(QStringLiteral("bootstrap"), options);
    ASSERT_TRUE(bootstrap);
    setGraphTuning(bootstrap.get(), fastMaintenance());
    const PeerAddress entry = addressOf(*bootstrap);

    std::vector<GraphPtr> nodes;
    std::vector<std::unique_ptr<EventLog>> logs;
    for (int i = 0; i < 10; ++i) {
        nodes.push_back(makeListeningNode(QStringLiteral("node-%1").arg(i), options));
        ASSERT_TRUE(nodes.back());
        setGraphTuning(nodes.back().get(), fastMaintenance());
        logs.push_back(std::make_unique<EventLog>(nodes.back().get()));
        const Result<ConnectionId> id = nodes.back()->connect(entry);
        ASSERT_TRUE(id.isOk()) << id.error().toString().toStdString();
        // "Connected" is the HasConnections status (seed: referrals look like failures).
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return nodes.back()->status().testFlag(GraphStatusFlag::HasConnections); }, WaitMs))
            << "node " << i << " never got a neighbor";
    }

    const auto settled = [&] {
        for (const GraphPtr &node : nodes) {
            const qsizetype count = node->connections(ConnectionFlag::Neighbor).size();
            if (count < options.limits.minimum || count > options.limits.maximum)
                return false;
        }
        return bootstrap->connections(ConnectionFlag::Neighbor).size() <= options.limits.maximum;
    };
    ASSERT_TRUE(QTest::qWaitFor(settled, WaitMs));

    // Every refused hop names its next attempt, and that attempt is reported in turn.
    const auto unresolvedNextAttempts = [&] {
        int unresolved = 0;
        for (const auto &log : logs) {
            const QList<ConnectionChange> changes = log->neighbors();
            for (const ConnectionChange &change : changes) {
                if (change.nextConnectionId != 0
                    && std::none_of(changes.cbegin(), changes.cend(),
                        [&](const ConnectionChange &c) { return c.connectionId == change.nextConnectionId; }))
                    ++unresolved;
            }
        }
        return unresolved;
    };
    EXPECT_TRUE(QTest::qWaitFor([&] { return unresolvedNextAttempts() == 0; }, WaitMs)) << unresolvedNextAttempts();
    int refusals = 0;
    for (const auto &log : logs) {
        for (const ConnectionChange &change : log->neighbors()) {
            if (change.status == ConnectionStatus::Failed && change.reason == PeerError::ConnectionRefused) {
                ++refusals;
                EXPECT_FALSE(change.reasonText.isEmpty());
            }
        }
    }
    // The bootstrap holds at most 4 neighbors: at least 6 of the 10 were referred on.
    EXPECT_GE(refusals, 6);
}
