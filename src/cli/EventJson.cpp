#include "EventJson.h"

#include "JsonValues.h"

namespace peerscope::cli {

namespace {

QJsonObject connectionChangeFields(const ConnectionChange &change)
{
    QJsonObject fields {
        { QStringLiteral("connection"), idToJson(change.connectionId) },
        { QStringLiteral("status"), connectionStatusName(change.status) },
        { QStringLiteral("peer"), change.peerId },
        { QStringLiteral("node"), idToJson(change.nodeId) },
    };
    if (change.status == ConnectionStatus::Failed) {
        fields.insert(QStringLiteral("reason"), PeerError(change.reason, {}).codeName());
        fields.insert(QStringLiteral("message"), change.reasonText);
        fields.insert(QStringLiteral("next"), idToJson(change.nextConnectionId));
    } else if (change.status == ConnectionStatus::Disconnected && change.reason != PeerError::Ok) {
        // Why a link closed is worth knowing too; absent when the engine gives no reason.
        fields.insert(QStringLiteral("reason"), PeerError(change.reason, {}).codeName());
        fields.insert(QStringLiteral("message"), change.reasonText);
    }
    return fields;
}

// The event's own fields, by the type of its data.
struct EventFields
{
    QJsonObject operator()(std::monostate) const { return {}; }
    QJsonObject operator()(GraphStatus status) const { return { { QStringLiteral("status"), statusToJson(status) } }; }
    QJsonObject operator()(const ConnectionChange &change) const { return connectionChangeFields(change); }
    QJsonObject operator()(const IncomingData &data) const
    {
        return {
            { QStringLiteral("connection"), idToJson(data.connectionId) },
            { QStringLiteral("type"), uuidToJson(data.dataType) },
            { QStringLiteral("data"), base64ToJson(data.data) },
        };
    }
    QJsonObject operator()(const RecordChange &change) const
    {
        return {
            { QStringLiteral("change"), recordChangeTypeName(change.changeType) },
            { QStringLiteral("record"), uuidToJson(change.recordId) },
            { QStringLiteral("type"), uuidToJson(change.recordType) },
        };
    }
    QJsonObject operator()(const NodeChange &change) const
    {
        return {
            { QStringLiteral("change"), nodeChangeTypeName(change.changeType) },
            { QStringLiteral("node"), idToJson(change.nodeId) },
            { QStringLiteral("peer"), change.peerId },
        };
    }
    QJsonObject operator()(const SynchronizedData &data) const
    {
        return { { QStringLiteral("type"), uuidToJson(data.recordType) } };
    }
};

} // namespace

QJsonObject eventToJson(const PeerEvent &event)
{
    QJsonObject fields = std::visit(EventFields {}, event.data);
    fields.insert(QStringLiteral("event"), eventTypeName(event.type));
    return fields;
}

} // namespace peerscope::cli
