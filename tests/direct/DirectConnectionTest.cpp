// Direct connections between real nodes on loopback (seed "Direct Connections"):
// open, data both ways, close from either side, refusal, ids, many at once,
// large payloads, a peer that vanishes, and flow control against a slow reader.
#include "../graph/GraphTestSupport.h"
#include "QtPrinters.h"

#include <QRandomGenerator>
#include <QSemaphore>
#include <QThread>

using namespace peerscope;
using namespace peerscope::testing;

namespace {

// A node that accepts direct connections and records the data it receives.
struct Endpoint
{
    explicit Endpoint(const QString &peerId, GraphOptions options = {})
        : graph(makeListeningNode(peerId, std::move(options)))
        , log(graph.get())
    {
        QObject::connect(graph.get(), &Graph::directConnectionChanged, &context, [](const ConnectionChange &) {});
        QObject::connect(
            graph.get(), &Graph::incomingData, &context, [this](const IncomingData &data) { received.append(data); });
    }

    ConnectionId waitConnected(ConnectionId id)
    {
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return log.find(EventType::DirectConnection, id, ConnectionStatus::Connected).has_value(); },
            WaitMs));
        return id;
    }

    GraphPtr graph;
    EventLog log;
    QList<IncomingData> received;
    QObject context;
};

const QUuid ChatType { QStringLiteral("{5b0a4b1e-6c3f-4a47-9d0a-1c2b3d4e5f60}") };

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(quint32(size) + 7);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

} // namespace

TEST(DirectConnection, OpenSendAndCloseWithEventsOnBothSides)
{
    Endpoint alice(QStringLiteral("alice"));
    Endpoint bob(QStringLiteral("bob"));
    const Result<ConnectionId> id = bob.graph->openDirectConnection(QStringLiteral("alice"), addressOf(*alice.graph));
    ASSERT_TRUE(id.isOk()) << id.error().toString().toStdString();
    // Not usable until DIRECT_CONNECTION Connected names it.
    const PeerError early = bob.graph->sendData(*id, ChatType, "too soon");
    EXPECT_EQ(early.code(), PeerError::InvalidState) << early.toString().toStdString();

    bob.waitConnected(*id);
    const ConnectionChange atBob = *bob.log.find(EventType::DirectConnection, *id, ConnectionStatus::Connected);
    EXPECT_EQ(atBob.peerId, QStringLiteral("alice"));
    EXPECT_EQ(atBob.nodeId, alice.graph->localNode().nodeId);
    ASSERT_TRUE(alice.log.waitFor(EventType::DirectConnection, ConnectionStatus::Connected));
    const ConnectionChange atAlice = alice.log.directs().constFirst();
    EXPECT_EQ(atAlice.peerId, QStringLiteral("bob"));
    EXPECT_EQ(atAlice.nodeId, bob.graph->localNode().nodeId);
    EXPECT_EQ(bob.graph->connections(ConnectionFlag::Direct).size(), 1);
    EXPECT_TRUE(bob.graph->connections(ConnectionFlag::Neighbor).isEmpty());
    EXPECT_FALSE(bob.graph->status().testFlag(GraphStatusFlag::HasConnections)); // direct links are not neighbors

    ASSERT_FALSE(bob.graph->sendData(*id, ChatType, "hello alice"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !alice.received.isEmpty(); }, WaitMs));
    EXPECT_EQ(alice.received.constFirst().connectionId, atAlice.connectionId);
    EXPECT_EQ(alice.received.constFirst().dataType, ChatType);
    EXPECT_EQ(alice.received.constFirst().data, QByteArray("hello alice"));

    ASSERT_FALSE(alice.graph->sendData(atAlice.connectionId, ChatType, "hello bob"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !bob.received.isEmpty(); }, WaitMs));
    EXPECT_EQ(bob.received.constFirst().data, QByteArray("hello bob"));
    EXPECT_EQ(bob.received.constFirst().connectionId, *id);

    ASSERT_FALSE(bob.graph->closeDirectConnection(*id));
    EXPECT_TRUE(bob.log.find(EventType::DirectConnection, *id, ConnectionStatus::Disconnected));
    ASSERT_TRUE(alice.log.waitFor(EventType::DirectConnection, ConnectionStatus::Disconnected));
    EXPECT_EQ(alice.log.directs().constLast().connectionId, atAlice.connectionId);
    EXPECT_TRUE(QTest::qWaitFor([&] { return alice.graph->connections().isEmpty(); }, WaitMs));
}

TEST(DirectConnection, TheAcceptingSideMayCloseToo)
{
    Endpoint alice(QStringLiteral("alice"));
    Endpoint bob(QStringLiteral("bob"));
    const ConnectionId id
        = bob.waitConnected(*bob.graph->openDirectConnection(QStringLiteral("alice"), addressOf(*alice.graph)));
    ASSERT_TRUE(alice.log.waitFor(EventType::DirectConnection, ConnectionStatus::Connected));
    ASSERT_FALSE(
        alice.graph->closeDirectConnection(alice.log.directs().constFirst().connectionId, Graph::CloseMode::Abort));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return bob.log.find(EventType::DirectConnection, id, ConnectionStatus::Disconnected).has_value(); },
        WaitMs));
    EXPECT_EQ(bob.graph->sendData(id, ChatType, "gone").code(), PeerError::ConnectionNotFound);
}

TEST(DirectConnection, ATargetThatDoesNotListenForDirectConnectionsRefuses)
{
    GraphPtr alice = makeListeningNode(QStringLiteral("alice"));
    EventLog observer(alice.get()); // peerEvent() observes; it does not accept
    Endpoint bob(QStringLiteral("bob"));
    const Result<ConnectionId> id = bob.graph->openDirectConnection(QStringLiteral("alice"), addressOf(*alice));
    ASSERT_TRUE(id.isOk());
    ASSERT_TRUE(bob.log.waitFor(EventType::DirectConnection, ConnectionStatus::Failed));
    const ConnectionChange failed = bob.log.directs().constFirst();
    EXPECT_EQ(failed.connectionId, *id);
    EXPECT_EQ(failed.reason, PeerError::ConnectionRefused);
    EXPECT_FALSE(failed.reasonText.isEmpty());
    EXPECT_EQ(observer.count(EventType::DirectConnection, ConnectionStatus::Connected), 0);

    // A registration for DIRECT_CONNECTION is enough to accept.
    EventRegistration *registration = alice->registerEvents({ { EventType::DirectConnection, {} } });
    const Result<ConnectionId> second = bob.graph->openDirectConnection(QStringLiteral("alice"), addressOf(*alice));
    bob.waitConnected(*second);
    EXPECT_TRUE(QTest::qWaitFor([&] { return registration->pendingCount() == 1; }, WaitMs));
    // Data is not delivered while nothing listens for INCOMING_DATA.
    QSignalSpy observed(alice.get(), &Graph::peerEvent);
    ASSERT_FALSE(bob.graph->sendData(*second, ChatType, "nobody hears this"));
    ASSERT_FALSE(bob.graph->closeDirectConnection(*second));
    ASSERT_TRUE(QTest::qWaitFor([&] { return registration->pendingCount() == 2; }, WaitMs));
    for (const QList<QVariant> &args : observed)
        EXPECT_NE(args.constFirst().value<PeerEvent>().type, EventType::IncomingData);
}

TEST(DirectConnection, WrongPeerIdAtTheAddressFails)
{
    Endpoint alice(QStringLiteral("alice"));
    Endpoint bob(QStringLiteral("bob"));
    const Result<ConnectionId> id = bob.graph->openDirectConnection(QStringLiteral("carol"), addressOf(*alice.graph));
    ASSERT_TRUE(bob.log.waitFor(EventType::DirectConnection, ConnectionStatus::Failed));
    EXPECT_EQ(bob.log.directs().constFirst().connectionId, *id);
    EXPECT_EQ(alice.log.count(EventType::DirectConnection, ConnectionStatus::Connected), 0);
}

TEST(DirectConnection, PayloadsArriveByteExactAndInOrder)
{
    Endpoint alice(QStringLiteral("alice"));
    Endpoint bob(QStringLiteral("bob"));
    const ConnectionId id
        = bob.waitConnected(*bob.graph->openDirectConnection(QStringLiteral("alice"), addressOf(*alice.graph)));
    const QList<QByteArray> payloads
        = { QByteArray(), randomBytes(1), randomBytes(64 * 1024), randomBytes(16 * 1024 * 1024), randomBytes(3) };
    for (const QByteArray &payload : payloads)
        ASSERT_FALSE(bob.graph->sendData(id, ChatType, payload));
    ASSERT_TRUE(QTest::qWaitFor([&] { return alice.received.size() == payloads.size(); }, 20'000));
    for (qsizetype i = 0; i < payloads.size(); ++i) {
        EXPECT_EQ(alice.received[i].data.size(), payloads[i].size()) << "payload " << i;
        EXPECT_TRUE(alice.received[i].data == payloads[i]) << "payload " << i << " differs";
    }
}

TEST(DirectConnection, HundredConnectionsOpenAtOnce)
{
    Endpoint alice(QStringLiteral("alice"));
    Endpoint bob(QStringLiteral("bob"));
    QList<ConnectionId> ids;
    for (int i = 0; i < 100; ++i) {
        const Result<ConnectionId> id
            = bob.graph->openDirectConnection(QStringLiteral("alice"), addressOf(*alice.graph));
        ASSERT_TRUE(id.isOk());
        ids.append(*id);
    }
    EXPECT_EQ(QSet<ConnectionId>(ids.cbegin(), ids.cend()).size(), 100);
    ASSERT_TRUE(bob.log.waitFor(EventType::DirectConnection, ConnectionStatus::Connected, 100, 20'000));
    ASSERT_TRUE(alice.log.waitFor(EventType::DirectConnection, ConnectionStatus::Connected, 100, 20'000));
    EXPECT_EQ(bob.log.count(EventType::DirectConnection, ConnectionStatus::Failed), 0);
    for (int i = 0; i < 100; ++i)
        ASSERT_FALSE(bob.graph->sendData(ids[i], ChatType, QByteArray::number(i)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return alice.received.size() == 100; }, 20'000));
    QSet<QByteArray> seen;
    for (const IncomingData &data : std::as_const(alice.received))
        seen.insert(data.data);
    EXPECT_EQ(seen.size(), 100);
    EXPECT_EQ(alice.graph->connections(ConnectionFlag::Direct).size(), 100);
}

TEST(DirectConnection, APeerThatVanishesWithoutDisconnectIsSeenDisconnected)
{
    Endpoint alice(QStringLiteral("alice"));
    RawPeer raw;
    ASSERT_TRUE(raw.connectTo(addressOf(*alice.graph)));
    ASSERT_TRUE(raw.handshake(QStringLiteral("test-graph"), QStringLiteral("doomed"), true, QStringLiteral("alice")));
    ASSERT_TRUE(alice.log.waitFor(EventType::DirectConnection, ConnectionStatus::Connected));
    raw.socket.abort(); // no DISCONNECT: as if the process died
    ASSERT_TRUE(alice.log.waitFor(EventType::DirectConnection, ConnectionStatus::Disconnected));
    const ConnectionChange gone = alice.log.directs().constLast();
    EXPECT_EQ(gone.peerId, QStringLiteral("doomed"));
    EXPECT_EQ(gone.reason, PeerError::ConnectionFailed);
    EXPECT_TRUE(alice.graph->connections().isEmpty());
}

TEST(DirectConnection, UnknownAndClosedIdsAreNotFound)
{
    Endpoint alice(QStringLiteral("alice"));
    Endpoint bob(QStringLiteral("bob"));
    const PeerError unknown = bob.graph->sendData(424242, ChatType, "x");
    EXPECT_EQ(unknown.code(), PeerError::ConnectionNotFound);
    EXPECT_TRUE(unknown.message().contains(QStringLiteral("424242"))) << unknown.toString().toStdString();
    EXPECT_EQ(bob.graph->closeDirectConnection(424242).code(), PeerError::ConnectionNotFound);
    EXPECT_EQ(bob.graph->queuedBytes(424242), -1);

    const ConnectionId id
        = bob.waitConnected(*bob.graph->openDirectConnection(QStringLiteral("alice"), addressOf(*alice.graph)));
    EXPECT_EQ(bob.graph->queuedBytes(id), 0);
    ASSERT_FALSE(bob.graph->closeDirectConnection(id));
    EXPECT_EQ(bob.graph->sendData(id, ChatType, "x").code(), PeerError::ConnectionNotFound);
    EXPECT_EQ(bob.graph->closeDirectConnection(id).code(), PeerError::ConnectionNotFound);
    EXPECT_EQ(bob.graph->sendData(id, QUuid(), "x").code(), PeerError::InvalidArgument);
}

TEST(DirectConnection, ASlowReceiverFillsTheQueueAndTheSenderIsToldWhenItDrains)
{
    // Alice lives in her own thread so that the test can stop her from reading.
    QThread thread;
    thread.start();
    QObject aliceContext;
    aliceContext.moveToThread(&thread);
    std::unique_ptr<Endpoint> alice;
    QMetaObject::invokeMethod(
        &aliceContext, [&] { alice = std::make_unique<Endpoint>(QStringLiteral("alice")); },
        Qt::BlockingQueuedConnection);
    PeerAddress aliceAddress;
    QMetaObject::invokeMethod(
        &aliceContext, [&] { aliceAddress = addressOf(*alice->graph); }, Qt::BlockingQueuedConnection);

    GraphOptions options;
    options.sendQueueLimit = 1024 * 1024;
    Endpoint bob(QStringLiteral("bob"), options);
    const ConnectionId id = bob.waitConnected(*bob.graph->openDirectConnection(QStringLiteral("alice"), aliceAddress));
    QSignalSpy drained(bob.graph.get(), &Graph::sendQueueDrained);

    QSemaphore resume;
    QMetaObject::invokeMethod(&aliceContext, [&] { resume.acquire(); }); // alice stops reading

    const QByteArray chunk = randomBytes(64 * 1024);
    qint64 sent = 0;
    qint64 peak = 0;
    bool stuck = false;
    // Fill until the queue stays full: the kernel buffers absorb a few MB first.
    for (int round = 0; round < 400 && !stuck; ++round) {
        const PeerError error = bob.graph->sendData(id, ChatType, chunk);
        peak = std::max(peak, bob.graph->queuedBytes(id));
        if (!error) {
            sent += chunk.size();
            continue;
        }
        ASSERT_EQ(error.code(), PeerError::WouldBlock) << error.toString().toStdString();
        stuck = !drained.wait(1500);
    }
    ASSERT_TRUE(stuck) << "the queue never stayed full";
    EXPECT_GE(bob.graph->queuedBytes(id), options.sendQueueLimit);
    // Bounded: never more than the limit plus one message (and its framing).
    EXPECT_LE(peak, options.sendQueueLimit + chunk.size() + 1024);

    drained.clear();
    resume.release(); // alice reads again
    ASSERT_TRUE(drained.wait(WaitMs));
    EXPECT_EQ(drained.constFirst().constFirst().value<ConnectionId>(), id);
    EXPECT_FALSE(bob.graph->sendData(id, ChatType, chunk));
    sent += chunk.size();

    qint64 received = 0;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            QMetaObject::invokeMethod(
                &aliceContext,
                [&] {
                    received = 0;
                    for (const IncomingData &data : std::as_const(alice->received))
                        received += data.data.size();
                },
                Qt::BlockingQueuedConnection);
            return received == sent;
        },
        20'000))
        << received << " of " << sent;
    QMetaObject::invokeMethod(
        &aliceContext, [&] { alice.reset(); }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
}
