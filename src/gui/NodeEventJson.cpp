#include "NodeEventJson.h"

#include <QJsonArray>

namespace peerscope::gui {

namespace {

QString text(const QJsonObject &line, const char *key)
{
    return line.value(QLatin1String(key)).toString();
}

std::optional<EventType> eventTypeFromName(const QString &name)
{
    for (int value = int(EventType::StatusChanged); value <= int(EventType::Synchronized); ++value) {
        if (eventTypeName(EventType(value)) == name)
            return EventType(value);
    }
    return std::nullopt;
}

GraphStatus statusFromJson(const QJsonValue &value)
{
    GraphStatus status;
    for (const QJsonValue &flag : value.toArray()) {
        const QString name = flag.toString();
        if (name == QLatin1String("listening"))
            status |= GraphStatusFlag::Listening;
        else if (name == QLatin1String("has-connections"))
            status |= GraphStatusFlag::HasConnections;
        else if (name == QLatin1String("synchronized"))
            status |= GraphStatusFlag::Synchronized;
    }
    return status;
}

ConnectionChange connectionChangeFromJson(const QJsonObject &line)
{
    ConnectionChange change;
    const QString status = text(line, "status");
    for (ConnectionStatus candidate :
        { ConnectionStatus::Connected, ConnectionStatus::Disconnected, ConnectionStatus::Failed }) {
        if (connectionStatusName(candidate) == status)
            change.status = candidate;
    }
    change.connectionId = idFromJson(line.value(QLatin1String("connection")));
    change.nodeId = idFromJson(line.value(QLatin1String("node")));
    change.peerId = text(line, "peer");
    change.nextConnectionId = idFromJson(line.value(QLatin1String("next")));
    // The reason code arrives by name; keep it readable in the text.
    const QString reason = text(line, "reason");
    const QString message = text(line, "message");
    if (!reason.isEmpty())
        change.reasonText = message.isEmpty() ? reason : reason + QStringLiteral(": ") + message;
    return change;
}

template<typename Enum> Enum enumFromName(const QString &name, QString (*nameOf)(Enum), std::initializer_list<Enum> all)
{
    for (Enum candidate : all) {
        if (nameOf(candidate) == name)
            return candidate;
    }
    return *all.begin();
}

} // namespace

quint64 idFromJson(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toULongLong();
    if (value.isDouble() && value.toDouble() >= 0)
        return quint64(value.toDouble());
    return 0;
}

std::optional<PeerEvent> peerEventFromJson(const QJsonObject &line)
{
    const std::optional<EventType> type = eventTypeFromName(text(line, "event"));
    if (!type)
        return std::nullopt;
    PeerEvent event;
    event.type = *type;
    switch (*type) {
    case EventType::StatusChanged: event.data = statusFromJson(line.value(QLatin1String("status"))); break;
    case EventType::PropertyChanged:
    case EventType::ConnectionRequired: break;
    case EventType::DirectConnection:
    case EventType::NeighborConnection: event.data = connectionChangeFromJson(line); break;
    case EventType::IncomingData:
        event.data = IncomingData { idFromJson(line.value(QLatin1String("connection"))), QUuid(text(line, "type")),
            QByteArray::fromBase64(text(line, "data").toLatin1()) };
        break;
    case EventType::RecordChanged:
        event.data = RecordChange { enumFromName(text(line, "change"), &recordChangeTypeName,
                                        { RecordChangeType::Added, RecordChangeType::Updated, RecordChangeType::Deleted,
                                            RecordChangeType::Expired }),
            QUuid(text(line, "record")), QUuid(text(line, "type")) };
        break;
    case EventType::NodeChanged:
        event.data
            = NodeChange { enumFromName(text(line, "change"), &nodeChangeTypeName,
                               { NodeChangeType::Connected, NodeChangeType::Disconnected, NodeChangeType::Updated }),
                  idFromJson(line.value(QLatin1String("node"))), text(line, "peer") };
        break;
    case EventType::Synchronized: event.data = SynchronizedData { QUuid(text(line, "type")) }; break;
    }
    return event;
}

} // namespace peerscope::gui
