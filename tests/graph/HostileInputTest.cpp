// A peer that sends garbage, names another graph, or declares an oversized
// message is cut off; the node keeps its other links and keeps accepting.
#include "GraphTestSupport.h"
#include "QtPrinters.h"

using namespace peerscope;
using namespace peerscope::testing;

namespace {

class HostileInput : public ::testing::Test
{
protected:
    void SetUp() override
    {
        GraphOptions options;
        options.maxMessageSize = 64 * 1024;
        node = makeListeningNode(QStringLiteral("target"), options);
        friendNode = makeListeningNode(QStringLiteral("friend"));
        ASSERT_TRUE(node && friendNode);
        log = std::make_unique<EventLog>(node.get());
        ASSERT_TRUE(friendNode->connect(addressOf(*node)).isOk());
        ASSERT_TRUE(log->waitFor(EventType::NeighborConnection, ConnectionStatus::Connected));
    }

    // The node still serves its neighbor and still accepts new ones.
    void expectNodeStillServes()
    {
        EXPECT_EQ(node->connections(ConnectionFlag::Neighbor).size(), 1);
        GraphPtr late = makeNode(QStringLiteral("late"));
        EventLog lateLog(late.get());
        ASSERT_TRUE(late->connect(addressOf(*node)).isOk());
        EXPECT_TRUE(lateLog.waitFor(EventType::NeighborConnection, ConnectionStatus::Connected));
        EXPECT_EQ(node->connections(ConnectionFlag::Neighbor).size(), 2);
        EXPECT_EQ(log->count(EventType::NeighborConnection, ConnectionStatus::Disconnected), 0);
    }

    GraphPtr node;
    GraphPtr friendNode;
    std::unique_ptr<EventLog> log;
};

} // namespace

TEST_F(HostileInput, GarbageBytesCloseOnlyThatSocket)
{
    RawPeer raw;
    ASSERT_TRUE(raw.connectTo(addressOf(*node)));
    raw.sendBytes("GET / HTTP/1.1\r\nHost: example\r\n\r\n");
    EXPECT_TRUE(raw.waitClosedByPeer());
    expectNodeStillServes();
}

TEST_F(HostileInput, AuthInfoForAnotherGraphIsCutOff)
{
    RawPeer raw;
    ASSERT_TRUE(raw.connectTo(addressOf(*node)));
    EXPECT_FALSE(raw.handshake(QStringLiteral("some-other-graph"), QStringLiteral("mallory"), false));
    EXPECT_TRUE(raw.waitClosedByPeer());
    expectNodeStillServes();
}

TEST_F(HostileInput, AuthInfoForAnotherPeerIsCutOff)
{
    RawPeer raw;
    ASSERT_TRUE(raw.connectTo(addressOf(*node)));
    EXPECT_FALSE(
        raw.handshake(QStringLiteral("test-graph"), QStringLiteral("mallory"), true, QStringLiteral("not-target")));
    EXPECT_TRUE(raw.waitClosedByPeer());
    expectNodeStillServes();
}

TEST_F(HostileInput, OversizedDeclaredMessageIsRejectedBeforeBuffering)
{
    RawPeer raw;
    ASSERT_TRUE(raw.connectTo(addressOf(*node)));
    // One frame holding a header that declares 100 MB, far above the 64 KiB limit.
    QByteArray header(wire::HeaderSize, '\0');
    const quint32 declared = 100u * 1024 * 1024;
    header[0] = char(declared >> 24);
    header[1] = char(declared >> 16);
    header[2] = char(declared >> 8);
    header[3] = char(declared);
    header[4] = char(wire::ProtocolVersion);
    header[5] = char(wire::MessageType::AuthInfo);
    QByteArray frame;
    frame.append(char(0)).append(char(wire::HeaderSize)).append(header);
    raw.sendBytes(frame);
    EXPECT_TRUE(raw.waitClosedByPeer());
    expectNodeStillServes();
}

TEST_F(HostileInput, MessagesOutOfOrderAreCutOff)
{
    RawPeer raw;
    ASSERT_TRUE(raw.connectTo(addressOf(*node)));
    // A FLOOD before any AUTH_INFO.
    raw.send(wire::SyncEnd { true });
    EXPECT_TRUE(raw.waitClosedByPeer());

    // A WELCOME sent to the responder after a proper AUTH_INFO.
    RawPeer second;
    ASSERT_TRUE(second.connectTo(addressOf(*node)));
    wire::AuthInfo authInfo;
    authInfo.graphId = QStringLiteral("test-graph");
    authInfo.sourcePeerId = QStringLiteral("mallory");
    second.send(authInfo);
    second.send(wire::Welcome { 1, 2, {}, QStringLiteral("mallory"), std::nullopt });
    EXPECT_TRUE(second.waitClosedByPeer());
    expectNodeStillServes();
}
