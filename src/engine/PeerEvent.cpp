#include "PeerEvent.h"

namespace peerscope {

QString eventTypeName(EventType type)
{
    switch (type) {
    case EventType::StatusChanged: return QStringLiteral("status-changed");
    case EventType::PropertyChanged: return QStringLiteral("property-changed");
    case EventType::RecordChanged: return QStringLiteral("record-changed");
    case EventType::DirectConnection: return QStringLiteral("direct-connection");
    case EventType::NeighborConnection: return QStringLiteral("neighbor-connection");
    case EventType::IncomingData: return QStringLiteral("incoming-data");
    case EventType::ConnectionRequired: return QStringLiteral("connection-required");
    case EventType::NodeChanged: return QStringLiteral("node-changed");
    case EventType::Synchronized: return QStringLiteral("synchronized");
    }
    return QStringLiteral("unknown");
}

QString connectionStatusName(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::Connected: return QStringLiteral("connected");
    case ConnectionStatus::Disconnected: return QStringLiteral("disconnected");
    case ConnectionStatus::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("unknown");
}

QString recordChangeTypeName(RecordChangeType type)
{
    switch (type) {
    case RecordChangeType::Added: return QStringLiteral("added");
    case RecordChangeType::Updated: return QStringLiteral("updated");
    case RecordChangeType::Deleted: return QStringLiteral("deleted");
    case RecordChangeType::Expired: return QStringLiteral("expired");
    }
    return QStringLiteral("unknown");
}

QString nodeChangeTypeName(NodeChangeType type)
{
    switch (type) {
    case NodeChangeType::Connected: return QStringLiteral("connected");
    case NodeChangeType::Disconnected: return QStringLiteral("disconnected");
    case NodeChangeType::Updated: return QStringLiteral("updated");
    }
    return QStringLiteral("unknown");
}

} // namespace peerscope
