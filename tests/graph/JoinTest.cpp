// A node that opens a graph it never synchronized: it cannot listen until its first
// synchronization with the creator completes; properties set by the creator reach it.
#include "GraphTestSupport.h"
#include "QtPrinters.h"

using namespace peerscope;
using namespace peerscope::testing;

TEST(Join, ANeverSynchronizedNodeListensOnlyAfterItsFirstSync)
{
    GraphPtr creator = makeListeningNode(QStringLiteral("creator"));
    ASSERT_TRUE(creator);
    EXPECT_TRUE(creator->status().testFlag(GraphStatusFlag::Synchronized));

    Result<Graph *> opened = Graph::open(QStringLiteral("test-graph"), QStringLiteral("joiner"), {});
    ASSERT_TRUE(opened.isOk()) << opened.error().toString().toStdString();
    GraphPtr joiner(*opened);
    EXPECT_FALSE(joiner->status().testFlag(GraphStatusFlag::Synchronized));
    EXPECT_EQ(joiner->listen(GraphScope::Loopback, 0).code(), PeerError::GraphNotReady);

    QList<GraphStatus> statuses;
    QObject context;
    QObject::connect(joiner.get(), &Graph::statusChanged, &context, [&](GraphStatus s) { statuses.append(s); });
    ASSERT_TRUE(joiner->connect(addressOf(*creator)).isOk());
    ASSERT_TRUE(QTest::qWaitFor([&] { return joiner->status().testFlag(GraphStatusFlag::Synchronized); }, WaitMs));
    ASSERT_FALSE(statuses.isEmpty());
    EXPECT_TRUE(statuses.constLast().testFlag(GraphStatusFlag::Synchronized));
    EXPECT_TRUE(statuses.constFirst().testFlag(GraphStatusFlag::HasConnections));

    ASSERT_FALSE(joiner->listen(GraphScope::Loopback, 0));
    EXPECT_TRUE(joiner->status().testFlag(GraphStatusFlag::Listening));
    EXPECT_EQ(joiner->properties().graphId, QStringLiteral("test-graph"));

    // PROPERTY_CHANGED on every node when the creator edits the Graph Info record.
    QSignalSpy changedAtJoiner(joiner.get(), &Graph::propertyChanged);
    QSignalSpy changedAtCreator(creator.get(), &Graph::propertyChanged);
    GraphProperties properties = creator->properties();
    properties.comment = QStringLiteral("renamed by the creator");
    ASSERT_FALSE(creator->setProperties(properties));
    EXPECT_TRUE(QTest::qWaitFor([&] { return changedAtCreator.count() >= 1; }, WaitMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return changedAtJoiner.count() >= 1; }, WaitMs));
    EXPECT_EQ(joiner->properties().comment, QStringLiteral("renamed by the creator"));
}
