// Expiry, autorefresh and deferred expiration, on a clock that runs a few
// hundred times faster than real time (ReplicatorContext::clockSpeed).
#include "QtPrinters.h"
#include "ReplicatorFixture.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace peerscope;
using namespace peerscope::testing;

namespace {

constexpr double Speed = 300; // 300 s of peer time (the minimum presence lifetime) pass in 1 s

QList<RecordChangeType> changesOf(const QSignalSpy &spy, const QUuid &id)
{
    QList<RecordChangeType> changes;
    for (const auto &args : spy) {
        const auto change = args.at(0).value<RecordChange>();
        if (change.recordId == id)
            changes.append(change.changeType);
    }
    return changes;
}

} // namespace

TEST(Expiry, ExpiredRecordsVanishEverywhereAndAreNotResent)
{
    auto a = makeReplicator(0, {}, Speed);
    auto b = makeReplicator(1, {}, Speed);
    LoopbackMesh mesh;
    QSignalSpy synced(b.get(), &RecordReplicator::synchronizationCompleted);
    mesh.connect(b.get(), 0x1001, "peer-1", a.get(), 0x1000, "peer-0");
    ASSERT_TRUE(synced.wait(5000));
    QSignalSpy aChanges(a.get(), &RecordReplicator::recordChanged);
    QSignalSpy bChanges(b.get(), &RecordReplicator::recordChanged);
    const QUuid shortLived = a->addRecord(appRecord(*a, "short", 60)).value();
    const QUuid longLived = a->addRecord(appRecord(*a, "long", 36000)).value();
    ASSERT_TRUE(waitUntil([&] { return b->record(longLived).isOk(); }, 5000));
    ASSERT_TRUE(waitUntil([&] { return changesOf(bChanges, shortLived).contains(RecordChangeType::Expired); }, 5000));
    ASSERT_TRUE(waitUntil([&] { return changesOf(aChanges, shortLived).contains(RecordChangeType::Expired); }, 5000));
    EXPECT_EQ(a->record(shortLived).error().code(), PeerError::RecordNotFound);
    EXPECT_EQ(b->record(shortLived).error().code(), PeerError::RecordNotFound);
    EXPECT_TRUE(b->record(longLived).isOk());

    // A newcomer never receives the expired record.
    auto c = makeReplicator(2, {}, Speed);
    QSignalSpy cSynced(c.get(), &RecordReplicator::synchronizationCompleted);
    mesh.connect(c.get(), 0x1002, "peer-2", b.get(), 0x1001, "peer-1");
    ASSERT_TRUE(cSynced.wait(5000));
    EXPECT_TRUE(c->record(longLived).isOk());
    EXPECT_EQ(c->record(shortLived).error().code(), PeerError::RecordNotFound);
}

TEST(Expiry, AutorefreshKeepsPresenceAliveAndADeadNodesPresenceExpires)
{
    auto a = makeReplicator(0, {}, Speed);
    auto b = makeReplicator(1, {}, Speed);
    LoopbackMesh mesh;
    QSignalSpy synced(b.get(), &RecordReplicator::synchronizationCompleted);
    mesh.connect(b.get(), 0x1001, "peer-1", a.get(), 0x1000, "peer-0");
    ASSERT_TRUE(synced.wait(5000));
    QSignalSpy nodeChanges(a.get(), &RecordReplicator::nodeChanged);
    b->setNodeAttributes(QStringLiteral("role=test"));
    b->setListeningAddresses({ { QHostAddress::LocalHost, 4001 } });
    ASSERT_TRUE(waitUntil([&] { return a->nodes(QStringLiteral("peer-1")).size() == 1; }, 5000));
    const NodeInfo info = a->nodes(QStringLiteral("peer-1")).first();
    EXPECT_EQ(info.nodeId, NodeId(0x1001));
    EXPECT_EQ(info.attributes, QStringLiteral("role=test"));
    ASSERT_EQ(info.addresses.size(), 1);
    EXPECT_EQ(info.addresses.first().port, 4001);
    EXPECT_EQ(a->candidates().size(), 1);
    EXPECT_EQ(nodeChanges.first().at(0).value<NodeChange>().changeType, NodeChangeType::Connected);

    // Three presence lifetimes pass: b refreshes its record and a never loses the node.
    const quint32 versionBefore = a->records(RecordTypes::Presence, QStringLiteral("peer-1")).first().version;
    const PeerTime until = a->peerTime() + 900ull * 10'000'000;
    ASSERT_TRUE(waitUntil([&] { return a->peerTime() > until; }, 10000));
    ASSERT_EQ(a->nodes(QStringLiteral("peer-1")).size(), 1);
    EXPECT_GE(a->records(RecordTypes::Presence, QStringLiteral("peer-1")).first().version, versionBefore + 2);
    for (const auto &args : nodeChanges)
        EXPECT_NE(args.at(0).value<NodeChange>().changeType, NodeChangeType::Disconnected);

    // b vanishes without closing: its presence expires on a.
    mesh.disconnectAll(b.get());
    b.reset();
    ASSERT_TRUE(waitUntil(
        [&] { return nodeChanges.last().at(0).value<NodeChange>().changeType == NodeChangeType::Disconnected; }, 5000));
    EXPECT_TRUE(a->nodes(QStringLiteral("peer-1")).isEmpty());
    EXPECT_EQ(nodeChanges.last().at(0).value<NodeChange>().nodeId, NodeId(0x1001));
}

TEST(Expiry, DeferredExpirationWaitsForANeighbour)
{
    GraphProperties properties;
    properties.deferExpiration = true;
    auto a = makeReplicator(0, {}, Speed, properties);
    const QUuid id = a->addRecord(appRecord(*a, "deferred", 30)).value();
    const PeerTime until = a->peerTime() + 120ull * 10'000'000;
    ASSERT_TRUE(waitUntil([&] { return a->peerTime() > until; }, 5000));
    QCoreApplication::processEvents();
    EXPECT_EQ(a->records(AppType, {}).size(), 1) << "expired while alone";

    QSignalSpy changes(a.get(), &RecordReplicator::recordChanged);
    auto b = makeReplicator(1, {}, Speed);
    LoopbackMesh mesh;
    mesh.connect(b.get(), 0x1001, "peer-1", a.get(), 0x1000, "peer-0");
    ASSERT_TRUE(waitUntil([&] { return changesOf(changes, id).contains(RecordChangeType::Expired); }, 5000));
    EXPECT_TRUE(a->records(AppType, {}).isEmpty());
}
