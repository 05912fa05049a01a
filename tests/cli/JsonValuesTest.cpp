// The JSON form of engine values: ids as strings, GUIDs, base64, times, status flags.
#include "JsonValues.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace peerscope;
using namespace peerscope::cli;

TEST(JsonValues, IdsTravelAsDecimalStringsEvenBeyondTheRangeOfADouble)
{
    const quint64 largest = std::numeric_limits<quint64>::max();
    const QJsonValue json = idToJson(largest);
    ASSERT_TRUE(json.isString());
    EXPECT_EQ(json.toString(), QStringLiteral("18446744073709551615"));
    EXPECT_EQ(idFromJson(json), largest);
    EXPECT_EQ(idFromJson(QJsonValue(QStringLiteral("9007199254740993"))), 9007199254740993ull);
}

TEST(JsonValues, IdsFromJsonAcceptSmallExactIntegersAndRejectEverythingElse)
{
    EXPECT_EQ(idFromJson(QJsonValue(42)), 42u);
    EXPECT_EQ(idFromJson(QJsonValue(QStringLiteral("0"))), 0u);
    EXPECT_FALSE(idFromJson(QJsonValue(1.5)));
    EXPECT_FALSE(idFromJson(QJsonValue(-3)));
    EXPECT_FALSE(idFromJson(QJsonValue(1e300)));
    EXPECT_FALSE(idFromJson(QJsonValue(QStringLiteral("-1"))));
    EXPECT_FALSE(idFromJson(QJsonValue(QStringLiteral("12abc"))));
    EXPECT_FALSE(idFromJson(QJsonValue(QStringLiteral("18446744073709551616"))));
    EXPECT_FALSE(idFromJson(QJsonValue(true)));
    EXPECT_FALSE(idFromJson(QJsonValue()));
}

TEST(JsonValues, GuidsRoundTripWithOrWithoutBraces)
{
    const QUuid uuid = QUuid::createUuid();
    EXPECT_TRUE(uuidToJson(uuid).startsWith(QLatin1Char('{')));
    EXPECT_EQ(uuidFromJson(uuidToJson(uuid)), uuid);
    EXPECT_EQ(uuidFromJson(uuid.toString(QUuid::WithoutBraces)), uuid);
    EXPECT_TRUE(uuidFromJson(QStringLiteral("not-a-guid")).isNull());
    EXPECT_TRUE(uuidFromJson(QJsonValue(7)).isNull());
}

TEST(JsonValues, Base64IsStrictAndByteExact)
{
    const char raw[] = "\x00\xff\x10\n\r binary";
    const QByteArray bytes(raw, sizeof raw - 1);
    EXPECT_EQ(base64FromJson(base64ToJson(bytes)), bytes);
    EXPECT_EQ(base64FromJson(QStringLiteral("")), QByteArray());
    EXPECT_FALSE(base64FromJson(QStringLiteral("!!not base64!!")));
    EXPECT_FALSE(base64FromJson(QJsonValue(12)));
}

TEST(JsonValues, TimesAreIso8601UtcWithMilliseconds)
{
    const QDateTime time(QDate(2026, 11, 23), QTime(21, 30, 5, 7), Qt::UTC);
    EXPECT_EQ(timestamp(time), QStringLiteral("2026-11-23T21:30:05.007Z"));
    EXPECT_EQ(timestamp(time.toOffsetFromUtc(3600)), QStringLiteral("2026-11-23T21:30:05.007Z"));
    // 2020-01-01T00:00:00Z in FILETIME units.
    EXPECT_EQ(peerTimeToJson(132223104000000000ull).toString(), QStringLiteral("2020-01-01T00:00:00.000Z"));
    EXPECT_TRUE(peerTimeToJson(0).isNull());
}

TEST(JsonValues, StatusIsAnArrayOfFlagNames)
{
    EXPECT_EQ(statusToJson({}), QJsonArray());
    const GraphStatus all
        = GraphStatusFlag::Listening | GraphStatusFlag::HasConnections | GraphStatusFlag::Synchronized;
    EXPECT_EQ(statusToJson(all),
        QJsonArray({ QStringLiteral("listening"), QStringLiteral("has-connections"), QStringLiteral("synchronized") }));
    EXPECT_EQ(statusToJson(GraphStatusFlag::Synchronized), QJsonArray({ QStringLiteral("synchronized") }));
}

TEST(JsonValues, RecordsCarryIdsTypesAndBase64Data)
{
    Record record;
    record.id = QUuid::createUuid();
    record.type = QUuid::createUuid();
    record.version = 3;
    record.creatorId = QStringLiteral("alice");
    record.attributes = QStringLiteral("<attributes/>");
    record.data = QByteArray("\x01\x02\x00", 3);
    record.creationTime = 132223104000000000ull;
    const QJsonObject json = recordToJson(record);
    EXPECT_EQ(json.value(QStringLiteral("record")).toString(), uuidToJson(record.id));
    EXPECT_EQ(json.value(QStringLiteral("type")).toString(), uuidToJson(record.type));
    EXPECT_EQ(json.value(QStringLiteral("version")).toInt(), 3);
    EXPECT_EQ(json.value(QStringLiteral("creator")).toString(), QStringLiteral("alice"));
    EXPECT_EQ(json.value(QStringLiteral("data")).toString(), QStringLiteral("AQIA"));
    EXPECT_EQ(json.value(QStringLiteral("created")).toString(), QStringLiteral("2020-01-01T00:00:00.000Z"));
    EXPECT_TRUE(json.value(QStringLiteral("expires")).isNull());
    EXPECT_FALSE(json.value(QStringLiteral("deleted")).toBool());
}

TEST(JsonValues, NodesAndConnectionsUseStringIds)
{
    const NodeInfo node { 0xFEDCBA9876543210ull, QStringLiteral("bob"),
        { PeerAddress { QHostAddress(QStringLiteral("127.0.0.1")), 4000 } }, {} };
    const QJsonObject nodeJson = nodeToJson(node);
    EXPECT_EQ(nodeJson.value(QStringLiteral("node")).toString(), QString::number(0xFEDCBA9876543210ull));
    EXPECT_EQ(nodeJson.value(QStringLiteral("addresses")).toArray(), QJsonArray({ QStringLiteral("127.0.0.1:4000") }));

    ConnectionInfo connection;
    connection.flags = ConnectionFlag::Direct;
    connection.connectionId = 77;
    connection.nodeId = 5;
    connection.peerId = QStringLiteral("bob");
    const QJsonObject connectionJson = connectionToJson(connection);
    EXPECT_EQ(connectionJson.value(QStringLiteral("connection")).toString(), QStringLiteral("77"));
    EXPECT_EQ(connectionJson.value(QStringLiteral("kind")).toString(), QStringLiteral("direct"));
    EXPECT_EQ(connectionJson.value(QStringLiteral("address")).toString(), QString());
}
