// The local record API of one replicator: add, update, delete, get, enumerate,
// their errors, record ids, properties and peer time.
#include "QtPrinters.h"
#include "ReplicatorFixture.h"
#include "records/RecordId.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace peerscope;
using namespace peerscope::testing;

namespace {

RecordChangeType lastChange(const QSignalSpy &spy)
{
    return spy.last().at(0).value<RecordChange>().changeType;
}

} // namespace

TEST(RecordApi, AddAssignsIdVersionTimesAndCreator)
{
    auto node = makeReplicator(0);
    ASSERT_TRUE(node);
    QSignalSpy changed(node.get(), &RecordReplicator::recordChanged);
    const PeerTime before = node->peerTime();
    auto id = node->addRecord(appRecord(*node, "payload", 60,
        QStringLiteral("<attributes><attribute name=\"Owner\" type=\"string\">Scott</attribute></attributes>")));
    ASSERT_TRUE(id) << qPrintable(id.error().toString());
    EXPECT_TRUE(recordIdMatchesCreator(id.value(), QStringLiteral("peer-0")));
    EXPECT_FALSE(recordIdMatchesCreator(id.value(), QStringLiteral("peer-1")));

    auto record = node->record(id.value());
    ASSERT_TRUE(record);
    EXPECT_EQ(record->version, 1u);
    EXPECT_EQ(record->creatorId, QStringLiteral("peer-0"));
    EXPECT_TRUE(record->modifiedById.isEmpty());
    EXPECT_GE(record->creationTime, before);
    EXPECT_EQ(record->creationTime, record->lastModifiedTime);
    EXPECT_EQ(record->data, QByteArray("payload"));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(lastChange(changed), RecordChangeType::Added);
}

TEST(RecordApi, UpdateBumpsVersionAndOnlyLetsExpirationGrow)
{
    auto node = makeReplicator(0);
    ASSERT_TRUE(node);
    auto id = node->addRecord(appRecord(*node, "v1", 600));
    ASSERT_TRUE(id);
    Record r = node->record(id.value()).value();
    QSignalSpy changed(node.get(), &RecordReplicator::recordChanged);

    r.data = "v2";
    ASSERT_TRUE(node->updateRecord(r).isOk());
    auto updated = node->record(id.value());
    EXPECT_EQ(updated->version, 2u);
    EXPECT_EQ(updated->data, QByteArray("v2"));
    EXPECT_EQ(updated->modifiedById, QStringLiteral("peer-0"));
    EXPECT_GT(updated->lastModifiedTime, updated->creationTime);
    EXPECT_EQ(lastChange(changed), RecordChangeType::Updated);

    Record shorter = updated.value();
    shorter.expirationTime -= 1;
    EXPECT_EQ(node->updateRecord(shorter).code(), PeerError::InvalidRecordExpiration);
    EXPECT_EQ(node->record(id.value())->version, 2u);

    Record missing = updated.value();
    missing.id = QUuid::createUuid();
    EXPECT_EQ(node->updateRecord(missing).code(), PeerError::RecordNotFound);
}

TEST(RecordApi, DeleteMakesATombstoneOrRemovesLocally)
{
    auto node = makeReplicator(0);
    ASSERT_TRUE(node);
    auto first = node->addRecord(appRecord(*node, "a"));
    auto second = node->addRecord(appRecord(*node, "b"));
    ASSERT_TRUE(first && second);
    QSignalSpy changed(node.get(), &RecordReplicator::recordChanged);

    ASSERT_TRUE(node->deleteRecord(first.value(), false).isOk());
    EXPECT_EQ(node->record(first.value()).error().code(), PeerError::RecordNotFound);
    EXPECT_EQ(lastChange(changed), RecordChangeType::Deleted);
    EXPECT_EQ(node->deleteRecord(first.value(), false).code(), PeerError::RecordNotFound);

    ASSERT_TRUE(node->deleteRecord(second.value(), true).isOk());
    EXPECT_EQ(node->record(second.value()).error().code(), PeerError::RecordNotFound);
    EXPECT_TRUE(node->records(AppType, {}).isEmpty());
}

TEST(RecordApi, EnumeratesByTypeAndCreator)
{
    auto node = makeReplicator(0);
    ASSERT_TRUE(node);
    const QUuid otherType = QUuid::createUuid();
    ASSERT_TRUE(node->addRecord(appRecord(*node, "a")));
    Record other = appRecord(*node, "b");
    other.type = otherType;
    ASSERT_TRUE(node->addRecord(other));
    Record foreign = appRecord(*node, "c");
    foreign.creatorId = QStringLiteral("someone-else");
    auto foreignId = node->addRecord(foreign);
    ASSERT_TRUE(foreignId);
    EXPECT_TRUE(recordIdMatchesCreator(foreignId.value(), QStringLiteral("someone-else")));

    EXPECT_EQ(node->records(AppType, {}).size(), 2);
    EXPECT_EQ(node->records(otherType, {}).size(), 1);
    EXPECT_EQ(node->records(AppType, QStringLiteral("someone-else")).size(), 1);
    EXPECT_EQ(node->records(QUuid(), QStringLiteral("peer-0")).size(), 2 + 1); // + Graph Info
}

TEST(RecordApi, RejectsBadRecordsWithActionableErrors)
{
    GraphProperties properties;
    properties.maxRecordSize = 2048;
    auto node = makeReplicator(0, {}, 1.0, properties);
    ASSERT_TRUE(node);

    Record reserved = appRecord(*node, "x");
    reserved.type = RecordTypes::Presence;
    EXPECT_EQ(node->addRecord(reserved).error().code(), PeerError::AccessDenied);
    reserved.type = RecordTypes::Topology;
    EXPECT_EQ(node->addRecord(reserved).error().code(), PeerError::AccessDenied);

    Record expired = appRecord(*node, "x");
    expired.expirationTime = node->peerTime() - 1;
    EXPECT_EQ(node->addRecord(expired).error().code(), PeerError::InvalidRecordExpiration);

    auto tooBig = node->addRecord(appRecord(*node, QByteArray(2049, 'x')));
    EXPECT_EQ(tooBig.error().code(), PeerError::MaxRecordSizeExceeded);
    EXPECT_TRUE(tooBig.error().message().contains(QStringLiteral("2048")));
    EXPECT_TRUE(node->addRecord(appRecord(*node, QByteArray(2048, 'x'))));

    Record refreshing = appRecord(*node, "x");
    refreshing.flags = RecordFlag::AutoRefresh;
    EXPECT_EQ(node->addRecord(refreshing).error().code(), PeerError::InvalidArgument);

    EXPECT_EQ(node->deleteRecord(QUuid::createUuid(), false).code(), PeerError::RecordNotFound);
    EXPECT_EQ(node->records(AppType, {}).size(), 1);
}

TEST(RecordApi, PropertiesRepublishGraphInfo)
{
    GraphProperties properties;
    properties.friendlyName = QStringLiteral("Lab");
    properties.deferExpiration = true;
    auto node = makeReplicator(0, {}, 1.0, properties);
    ASSERT_TRUE(node);
    EXPECT_EQ(node->properties().graphId, TestGraph);
    EXPECT_EQ(node->properties().creatorId, QStringLiteral("peer-0"));
    EXPECT_EQ(node->properties().friendlyName, QStringLiteral("Lab"));
    EXPECT_TRUE(node->properties().deferExpiration);

    QSignalSpy changed(node.get(), &RecordReplicator::propertiesChanged);
    GraphProperties update = node->properties();
    update.comment = QStringLiteral("a comment");
    update.graphId = QStringLiteral("ignored");
    ASSERT_TRUE(node->setProperties(update).isOk());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(node->properties().comment, QStringLiteral("a comment"));
    EXPECT_EQ(node->properties().graphId, TestGraph);

    update.presenceLifetime = 10;
    EXPECT_EQ(node->setProperties(update).code(), PeerError::InvalidArgument);
}

TEST(RecordApi, PeerTimeFollowsTheFirstNeighbourAndConverts)
{
    auto node = makeReplicator(0);
    ASSERT_TRUE(node);
    const PeerTime local = node->peerTime();
    const PeerTime hour = 3600ull * 10'000'000;
    node->adjustPeerTime(local + hour, local, local, true);
    EXPECT_NEAR(double(node->peerTime() - local), double(hour), 10'000'000.0);
    EXPECT_EQ(node->peerToUniversalTime(node->universalToPeerTime(12345678)), 12345678u);
    EXPECT_NEAR(double(node->universalToPeerTime(local) - local), double(hour), 1.0);

    // Later neighbours more than 20 minutes off are ignored.
    const PeerTime now = node->peerTime();
    node->adjustPeerTime(now + 2 * hour, now, now, false);
    EXPECT_LT(node->peerTime() - now, PeerTime(10'000'000));
}

TEST(RecordApi, CreateRefusesAFileThatAlreadyHoldsAGraph)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.db"));
    {
        auto node = makeReplicator(0, path);
        ASSERT_TRUE(node);
    }
    auto again = RecordReplicator::create(contextFor(0, path), {}, nullptr);
    EXPECT_EQ(again.error().code(), PeerError::DuplicateGraph);
    ReplicatorContext other = contextFor(0, path);
    other.graphId = QStringLiteral("other-graph");
    EXPECT_EQ(RecordReplicator::create(other, {}, nullptr).error().code(), PeerError::DatabaseAlreadyPresent);
    EXPECT_EQ(RecordReplicator::open(other, nullptr).error().code(), PeerError::InvalidDatabase);
}
