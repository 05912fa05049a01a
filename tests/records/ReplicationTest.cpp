// Flooding and synchronization between replicators over real loopback TCP.
#include "QtPrinters.h"
#include "ReplicatorFixture.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace peerscope;
using namespace peerscope::testing;

TEST(Replication, NewcomerSyncsEverythingThenReceivesFloods)
{
    auto creator = makeReplicator(0);
    ASSERT_TRUE(creator);
    for (int i = 0; i < 25; ++i)
        ASSERT_TRUE(creator->addRecord(appRecord(*creator, QByteArray::number(i))));

    auto newcomer = makeReplicator(1);
    ASSERT_TRUE(newcomer);
    EXPECT_TRUE(newcomer->createdEmpty());
    EXPECT_FALSE(newcomer->isSynchronized());
    EXPECT_EQ(newcomer->addRecord(appRecord(*newcomer, "early")).error().code(), PeerError::GraphNotReady);

    QSignalSpy completed(newcomer.get(), &RecordReplicator::synchronizationCompleted);
    QSignalSpy typeSynced(newcomer.get(), &RecordReplicator::synchronized);
    LoopbackMesh mesh;
    mesh.connect(newcomer.get(), 0x1001, "peer-1", creator.get(), 0x1000, "peer-0");
    ASSERT_TRUE(completed.wait(5000));
    EXPECT_TRUE(newcomer->isSynchronized());
    EXPECT_EQ(newcomer->records(AppType, {}).size(), 25);
    EXPECT_EQ(contentHash(*newcomer), contentHash(*creator));
    QList<QUuid> syncedTypes;
    for (const auto &args : typeSynced)
        syncedTypes.append(args.at(0).value<QUuid>());
    EXPECT_EQ(syncedTypes.value(0), RecordTypes::GraphInfo);
    EXPECT_TRUE(syncedTypes.contains(AppType));

    QSignalSpy changed(creator.get(), &RecordReplicator::recordChanged);
    auto added = newcomer->addRecord(appRecord(*newcomer, "from the newcomer"));
    ASSERT_TRUE(added);
    ASSERT_TRUE(waitUntil([&] { return creator->record(added.value()).isOk(); }, 5000));
    EXPECT_EQ(creator->record(added.value())->data, QByteArray("from the newcomer"));
    ASSERT_GE(changed.count(), 1);
    EXPECT_EQ(changed.last().at(0).value<RecordChange>().changeType, RecordChangeType::Added);
}

namespace {

bool converged(const std::vector<std::unique_ptr<RecordReplicator>> &nodes, qsizetype expectedCount)
{
    const QByteArray reference = contentHash(*nodes.front());
    if (nodes.front()->records(AppType, {}).size() != expectedCount)
        return false;
    return std::all_of(nodes.begin(), nodes.end(), [&](const auto &n) { return contentHash(*n) == reference; });
}

} // namespace

TEST(Replication, TwentyReplicatorsChangingConcurrentlyConverge)
{
    std::vector<std::unique_ptr<RecordReplicator>> nodes;
    for (int i = 0; i < 20; ++i) {
        nodes.push_back(makeReplicator(i));
        ASSERT_TRUE(nodes.back());
    }
    LoopbackMesh mesh;
    ASSERT_TRUE(mesh.join(nodes, 1, 20));

    // Every node adds five records without waiting for the others.
    QList<QUuid> ids;
    for (int round = 0; round < 5; ++round) {
        for (auto &node : nodes)
            ids.append(node->addRecord(appRecord(*node, QByteArray::number(ids.size()))).value());
    }
    ASSERT_TRUE(waitUntil([&] { return converged(nodes, ids.size()); }, 10000));

    // Concurrent updates of the same records on different nodes, and deletes.
    for (int k = 0; k < 10; ++k) {
        for (int n : { 3, 11, 17 }) {
            Record r = nodes[n]->record(ids[k]).value();
            r.data = QByteArray("updated by ") + QByteArray::number(n);
            ASSERT_TRUE(nodes[n]->updateRecord(r).isOk());
        }
    }
    for (int k = 10; k < 20; ++k)
        ASSERT_TRUE(nodes[k]->deleteRecord(ids[k], false).isOk());
    ASSERT_TRUE(waitUntil([&] { return converged(nodes, ids.size() - 10); }, 10000));
    for (int k = 0; k < 10; ++k) {
        // §4.6: same version, the higher modifier id wins everywhere.
        EXPECT_EQ(nodes[5]->record(ids[k])->data, QByteArray("updated by 3")) << k;
    }
    for (int k = 10; k < 20; ++k)
        EXPECT_EQ(nodes[0]->record(ids[k]).error().code(), PeerError::RecordNotFound);
}

TEST(Replication, OfflineReplicatorCatchesUpByHashSync)
{
    std::vector<std::unique_ptr<RecordReplicator>> nodes;
    for (int i = 0; i < 3; ++i)
        nodes.push_back(makeReplicator(i));
    LoopbackMesh mesh;
    QList<QUuid> ids;
    for (int i = 0; i < 30; ++i)
        ids.append(nodes[0]->addRecord(appRecord(*nodes[0], QByteArray::number(i))).value());
    QSignalSpy synced1(nodes[1].get(), &RecordReplicator::synchronizationCompleted);
    mesh.connect(nodes[1].get(), 0x1001, "peer-1", nodes[0].get(), 0x1000, "peer-0");
    ASSERT_TRUE(synced1.wait(5000));
    QSignalSpy synced2(nodes[2].get(), &RecordReplicator::synchronizationCompleted);
    auto offlineLink = mesh.connect(nodes[2].get(), 0x1002, "peer-2", nodes[1].get(), 0x1001, "peer-1");
    ASSERT_TRUE(synced2.wait(5000));
    ASSERT_TRUE(waitUntil([&] { return converged(nodes, 30); }, 5000));

    mesh.disconnect(offlineLink);
    ASSERT_TRUE(waitUntil([&] { return !offlineLink.initiator->isOpen() && !offlineLink.responder->isOpen(); }, 5000));
    // While node 2 is away: the others add, update and delete; node 2 changes records too.
    for (int i = 0; i < 12; ++i)
        ids.append(nodes[0]->addRecord(appRecord(*nodes[0], "while away")).value());
    Record updated = nodes[1]->record(ids[0]).value();
    updated.data = "updated while away";
    ASSERT_TRUE(nodes[1]->updateRecord(updated).isOk());
    ASSERT_TRUE(nodes[0]->deleteRecord(ids[1], false).isOk());
    const QUuid offlineAdd = nodes[2]->addRecord(appRecord(*nodes[2], "added offline")).value();
    ASSERT_TRUE(waitUntil([&] { return nodes[1]->records(AppType, {}).size() == 41; }, 5000));
    EXPECT_EQ(nodes[2]->records(AppType, {}).size(), 31);

    const quint64 floodsBefore = mesh.counters().floods;
    mesh.connect(nodes[2].get(), 0x1002, "peer-2", nodes[1].get(), 0x1001, "peer-1");
    ASSERT_TRUE(waitUntil([&] { return converged(nodes, 42); }, 5000));
    EXPECT_EQ(nodes[2]->record(ids[0])->data, QByteArray("updated while away"));
    EXPECT_EQ(nodes[2]->record(ids[1]).error().code(), PeerError::RecordNotFound);
    EXPECT_TRUE(nodes[0]->record(offlineAdd).isOk());
    // Hash sync moves only what differs, not all 42 records.
    EXPECT_LT(mesh.counters().floods - floodsBefore, 30u);
}
