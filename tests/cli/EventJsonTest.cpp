// Every graph event as its output line: the kebab-case name and the fields docs/cli.md lists.
#include "EventJson.h"
#include "JsonValues.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace peerscope;
using namespace peerscope::cli;

namespace {
PeerEvent makeEvent(EventType type, decltype(PeerEvent::data) data = {})
{
    PeerEvent event;
    event.type = type;
    event.data = std::move(data);
    return event;
}
} // namespace

TEST(EventJson, StatusChangedListsTheFlags)
{
    const QJsonObject json = eventToJson(
        makeEvent(EventType::StatusChanged, GraphStatus(GraphStatusFlag::Listening | GraphStatusFlag::Synchronized)));
    EXPECT_EQ(json.value(QStringLiteral("event")).toString(), QStringLiteral("status-changed"));
    EXPECT_EQ(json.value(QStringLiteral("status")).toArray(),
        QJsonArray({ QStringLiteral("listening"), QStringLiteral("synchronized") }));
}

TEST(EventJson, EventsWithoutDataHaveOnlyTheirName)
{
    EXPECT_EQ(eventToJson(makeEvent(EventType::PropertyChanged)),
        QJsonObject({ { QStringLiteral("event"), QStringLiteral("property-changed") } }));
    EXPECT_EQ(eventToJson(makeEvent(EventType::ConnectionRequired)),
        QJsonObject({ { QStringLiteral("event"), QStringLiteral("connection-required") } }));
}

TEST(EventJson, ConnectedNeighborHasStringIdsAndNoReason)
{
    ConnectionChange change;
    change.status = ConnectionStatus::Connected;
    change.connectionId = 0xFFFFFFFFFFFFFFF0ull;
    change.nodeId = 0x8000000000000001ull;
    change.peerId = QStringLiteral("bob");
    const QJsonObject json = eventToJson(makeEvent(EventType::NeighborConnection, change));
    EXPECT_EQ(json.value(QStringLiteral("event")).toString(), QStringLiteral("neighbor-connection"));
    EXPECT_EQ(json.value(QStringLiteral("status")).toString(), QStringLiteral("connected"));
    EXPECT_EQ(json.value(QStringLiteral("connection")).toString(), QStringLiteral("18446744073709551600"));
    EXPECT_EQ(json.value(QStringLiteral("node")).toString(), QStringLiteral("9223372036854775809"));
    EXPECT_EQ(json.value(QStringLiteral("peer")).toString(), QStringLiteral("bob"));
    EXPECT_FALSE(json.contains(QStringLiteral("reason")));
    EXPECT_FALSE(json.contains(QStringLiteral("next")));
}

TEST(EventJson, FailedDirectConnectionNamesTheReasonAndTheNextAttempt)
{
    ConnectionChange change;
    change.status = ConnectionStatus::Failed;
    change.connectionId = 12;
    change.reason = PeerError::ConnectionRefused;
    change.reasonText = QStringLiteral("refused: busy");
    const QJsonObject json = eventToJson(makeEvent(EventType::DirectConnection, change));
    EXPECT_EQ(json.value(QStringLiteral("event")).toString(), QStringLiteral("direct-connection"));
    EXPECT_EQ(json.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    EXPECT_EQ(json.value(QStringLiteral("reason")).toString(), QStringLiteral("PEER_E_CONNECTION_REFUSED"));
    EXPECT_EQ(json.value(QStringLiteral("message")).toString(), QStringLiteral("refused: busy"));
    EXPECT_EQ(json.value(QStringLiteral("next")).toString(), QStringLiteral("0"));
    EXPECT_EQ(json.value(QStringLiteral("node")).toString(), QStringLiteral("0"));

    change.nextConnectionId = 13;
    EXPECT_EQ(eventToJson(makeEvent(EventType::NeighborConnection, change)).value(QStringLiteral("next")).toString(),
        QStringLiteral("13"));
}

TEST(EventJson, IncomingDataIsBase64AndByteExact)
{
    const QUuid type = QUuid::createUuid();
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    const QJsonObject json = eventToJson(makeEvent(EventType::IncomingData, IncomingData { 9, type, bytes }));
    EXPECT_EQ(json.value(QStringLiteral("event")).toString(), QStringLiteral("incoming-data"));
    EXPECT_EQ(json.value(QStringLiteral("connection")).toString(), QStringLiteral("9"));
    EXPECT_EQ(uuidFromJson(json.value(QStringLiteral("type"))), type);
    EXPECT_EQ(base64FromJson(json.value(QStringLiteral("data"))), bytes);
}

TEST(EventJson, RecordChangedNodeChangedAndSynchronized)
{
    const QUuid record = QUuid::createUuid();
    const QUuid type = QUuid::createUuid();
    const QJsonObject recordJson
        = eventToJson(makeEvent(EventType::RecordChanged, RecordChange { RecordChangeType::Expired, record, type }));
    EXPECT_EQ(recordJson.value(QStringLiteral("event")).toString(), QStringLiteral("record-changed"));
    EXPECT_EQ(recordJson.value(QStringLiteral("change")).toString(), QStringLiteral("expired"));
    EXPECT_EQ(uuidFromJson(recordJson.value(QStringLiteral("record"))), record);
    EXPECT_EQ(uuidFromJson(recordJson.value(QStringLiteral("type"))), type);

    const QJsonObject nodeJson = eventToJson(
        makeEvent(EventType::NodeChanged, NodeChange { NodeChangeType::Disconnected, 31, QStringLiteral("carol") }));
    EXPECT_EQ(nodeJson.value(QStringLiteral("event")).toString(), QStringLiteral("node-changed"));
    EXPECT_EQ(nodeJson.value(QStringLiteral("change")).toString(), QStringLiteral("disconnected"));
    EXPECT_EQ(nodeJson.value(QStringLiteral("node")).toString(), QStringLiteral("31"));
    EXPECT_EQ(nodeJson.value(QStringLiteral("peer")).toString(), QStringLiteral("carol"));

    const QJsonObject syncJson
        = eventToJson(makeEvent(EventType::Synchronized, SynchronizedData { RecordTypes::Presence }));
    EXPECT_EQ(syncJson.value(QStringLiteral("event")).toString(), QStringLiteral("synchronized"));
    EXPECT_EQ(
        syncJson.value(QStringLiteral("type")).toString(), QStringLiteral("{00000400-0000-0000-0000-000000000000}"));
}
