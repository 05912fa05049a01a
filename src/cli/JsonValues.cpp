#include "JsonValues.h"

#include <cmath>

namespace peerscope::cli {

namespace {
// 100 ns intervals between 1601-01-01 (FILETIME) and 1970-01-01 (Unix epoch).
constexpr quint64 FileTimeUnixEpoch = 116'444'736'000'000'000ull;
constexpr double MaxExactJsonInteger = 9007199254740992.0; // 2^53
} // namespace

QJsonValue idToJson(quint64 id)
{
    return QString::number(id);
}

std::optional<quint64> idFromJson(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const quint64 id = value.toString().toULongLong(&ok, 10);
        if (ok)
            return id;
        return std::nullopt;
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number >= 0 && number < MaxExactJsonInteger && std::floor(number) == number)
            return quint64(number);
    }
    return std::nullopt;
}

QString uuidToJson(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithBraces);
}

QUuid uuidFromJson(const QJsonValue &value)
{
    return QUuid::fromString(value.toString());
}

QString base64ToJson(const QByteArray &data)
{
    return QString::fromLatin1(data.toBase64());
}

std::optional<QByteArray> base64FromJson(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue peerTimeToJson(PeerTime time)
{
    if (time == 0)
        return QJsonValue::Null;
    const qint64 msecs = (qint64(time) - qint64(FileTimeUnixEpoch)) / 10'000;
    return timestamp(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC));
}

QJsonArray statusToJson(GraphStatus status)
{
    QJsonArray flags;
    if (status.testFlag(GraphStatusFlag::Listening))
        flags.append(QStringLiteral("listening"));
    if (status.testFlag(GraphStatusFlag::HasConnections))
        flags.append(QStringLiteral("has-connections"));
    if (status.testFlag(GraphStatusFlag::Synchronized))
        flags.append(QStringLiteral("synchronized"));
    return flags;
}

QString scopeName(GraphScope scope)
{
    switch (scope) {
    case GraphScope::Any: return QStringLiteral("any");
    case GraphScope::Global: return QStringLiteral("global");
    case GraphScope::SiteLocal: return QStringLiteral("site-local");
    case GraphScope::LinkLocal: return QStringLiteral("link-local");
    case GraphScope::Loopback: return QStringLiteral("loopback");
    }
    return QStringLiteral("unknown");
}

QJsonArray addressesToJson(const QList<PeerAddress> &addresses)
{
    QJsonArray array;
    for (const PeerAddress &address : addresses)
        array.append(address.toString());
    return array;
}

QJsonObject recordToJson(const Record &record)
{
    return {
        { QStringLiteral("record"), uuidToJson(record.id) },
        { QStringLiteral("type"), uuidToJson(record.type) },
        { QStringLiteral("version"), qint64(record.version) },
        { QStringLiteral("creator"), record.creatorId },
        { QStringLiteral("modified-by"), record.modifiedById },
        { QStringLiteral("attributes"), record.attributes },
        { QStringLiteral("created"), peerTimeToJson(record.creationTime) },
        { QStringLiteral("modified"), peerTimeToJson(record.lastModifiedTime) },
        { QStringLiteral("expires"), peerTimeToJson(record.expirationTime) },
        { QStringLiteral("deleted"), record.isDeleted() },
        { QStringLiteral("data"), base64ToJson(record.data) },
    };
}

QJsonObject nodeToJson(const NodeInfo &node)
{
    return {
        { QStringLiteral("node"), idToJson(node.nodeId) },
        { QStringLiteral("peer"), node.peerId },
        { QStringLiteral("addresses"), addressesToJson(node.addresses) },
        { QStringLiteral("attributes"), node.attributes },
    };
}

QJsonObject connectionToJson(const ConnectionInfo &connection)
{
    const bool direct = connection.flags.testFlag(ConnectionFlag::Direct);
    return {
        { QStringLiteral("connection"), idToJson(connection.connectionId) },
        { QStringLiteral("kind"), direct ? QStringLiteral("direct") : QStringLiteral("neighbor") },
        { QStringLiteral("node"), idToJson(connection.nodeId) },
        { QStringLiteral("peer"), connection.peerId },
        { QStringLiteral("address"), connection.address.isNull() ? QString() : connection.address.toString() },
    };
}

QJsonObject propertiesToJson(const GraphProperties &properties)
{
    return {
        { QStringLiteral("graph"), properties.graphId },
        { QStringLiteral("creator"), properties.creatorId },
        { QStringLiteral("friendly-name"), properties.friendlyName },
        { QStringLiteral("comment"), properties.comment },
        { QStringLiteral("scope"), scopeName(properties.scope) },
        { QStringLiteral("defer-expiration"), properties.deferExpiration },
        { QStringLiteral("max-record-size"), qint64(properties.maxRecordSize) },
        { QStringLiteral("presence-lifetime"), qint64(properties.presenceLifetime) },
        { QStringLiteral("max-presence"), qint64(properties.maxPresence) },
    };
}

} // namespace peerscope::cli
