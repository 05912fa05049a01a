#include "DirectConnectionModel.h"
#include "NodeDetailsModel.h"
#include "RecordModel.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace peerscope;
using namespace peerscope::gui;

namespace {

ObservedEvent directEvent(NodeId owner, ConnectionId id, ConnectionStatus status)
{
    ObservedEvent event;
    event.time = QDateTime::currentDateTimeUtc();
    event.node = owner;
    event.nodeName = QStringLiteral("owner");
    event.event.type = EventType::DirectConnection;
    event.event.data = ConnectionChange { status, id, 99, QStringLiteral("remote-peer"), 0, PeerError::Ok, {} };
    return event;
}

ObservedEvent incoming(NodeId owner, ConnectionId id, const QByteArray &data)
{
    ObservedEvent event;
    event.node = owner;
    event.event.type = EventType::IncomingData;
    event.event.data = IncomingData { id, QUuid::createUuid(), data };
    return event;
}

Record record(quint32 version)
{
    Record r;
    r.type = QUuid(QStringLiteral("{11111111-2222-3333-4444-555555555555}"));
    r.id = QUuid(QStringLiteral("{aaaaaaaa-2222-3333-4444-555555555555}"));
    r.version = version;
    r.creatorId = QStringLiteral("alice");
    r.data = "payload";
    return r;
}

} // namespace

TEST(DirectConnectionModel, CountsTrafficEachWayPerConnection)
{
    DirectConnectionModel model;
    model.observe(directEvent(1, 10, ConnectionStatus::Connected));
    model.observe(directEvent(1, 11, ConnectionStatus::Connected));
    ASSERT_EQ(model.rowCount(), 2);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.observe(incoming(1, 10, "12345"));
    model.observe(incoming(1, 10, "678"));
    model.dataSent(1, 10, 100);
    model.observe(incoming(1, 77, "ignored: not a direct connection"));
    model.observe(incoming(2, 10, "ignored: another node's connection 10"));
    EXPECT_EQ(changed.count(), 3);

    const DirectConnectionRow &row = model.connection(model.rowOf(1, 10));
    EXPECT_EQ(row.bytesReceived, 8);
    EXPECT_EQ(row.messagesReceived, 2);
    EXPECT_EQ(row.bytesSent, 100);
    EXPECT_EQ(row.messagesSent, 1);
    EXPECT_EQ(row.remotePeer, QStringLiteral("remote-peer"));
    EXPECT_EQ(model.connection(model.rowOf(1, 11)).bytesReceived, 0);
    EXPECT_EQ(
        model.index(model.rowOf(1, 10), DirectConnectionModel::BytesReceivedColumn).data(Qt::EditRole).toLongLong(), 8);

    model.observe(directEvent(1, 10, ConnectionStatus::Disconnected));
    EXPECT_EQ(model.rowCount(), 2) << "closed connections stay listed";
    EXPECT_EQ(model.index(model.rowOf(1, 10), DirectConnectionModel::StateColumn).data().toString(),
        QStringLiteral("closed"));
}

TEST(RecordModel, AddsUpdatesInPlaceAndRemoves)
{
    RecordModel model;
    model.upsert(record(1));
    ASSERT_EQ(model.rowCount(), 1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.upsert(record(2));
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(inserted.count(), 0);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(model.index(0, RecordModel::VersionColumn).data().toInt(), 2);
    EXPECT_EQ(model.index(0, RecordModel::CreatorColumn).data().toString(), QStringLiteral("alice"));
    EXPECT_EQ(model.index(0, RecordModel::DataColumn).data().toString(), QStringLiteral("payload"));
    EXPECT_EQ(model.index(0, RecordModel::ExpiresColumn).data().toString(), QStringLiteral("never"));

    Record presence = record(1);
    presence.id = QUuid::createUuid();
    presence.type = RecordTypes::Presence;
    model.upsert(presence);
    EXPECT_EQ(model.index(1, RecordModel::TypeColumn).data().toString(), QStringLiteral("Presence"));

    model.remove(record(2).id);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.record(0).id, presence.id);
    model.setRecords({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(RecordModel, ConvertsPeerTimeToDates)
{
    // 2024-01-01T00:00:00Z in FILETIME units.
    const PeerTime time = 133'485'408'000'000'000ull;
    EXPECT_EQ(dateTimeFromPeerTime(time), QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
    EXPECT_FALSE(dateTimeFromPeerTime(0).isValid());
}

TEST(NodeDetailsModel, DescribesTheSelectedNodeAndFollowsChanges)
{
    MeshTopology topology;
    NodeDetailsModel details(&topology);
    MeshNode node;
    node.id = 5;
    node.peerId = QStringLiteral("lab-5");
    node.friendlyName = QStringLiteral("Peer 5");
    node.origin = MeshNode::Origin::Lab;
    topology.upsertNode(node);
    details.setNode(5);
    EXPECT_EQ(details.value(QStringLiteral("Peer id")), QStringLiteral("lab-5"));
    EXPECT_EQ(details.value(QStringLiteral("Role")), QStringLiteral("lab peer"));

    topology.setNodeAddresses(5, { PeerAddress::fromString(QStringLiteral("127.0.0.1:4000")) });
    EXPECT_EQ(details.value(QStringLiteral("Addresses")), QStringLiteral("127.0.0.1:4000"));

    topology.removeNode(5);
    EXPECT_EQ(details.rowCount(), 0);
    EXPECT_EQ(details.node(), 0u);
}
