#pragma once
// The data of each peer event (PEER_GRAPH_EVENT_DATA and the structures in its union).

#include "PeerError.h"
#include "PeerTypes.h"

#include <QByteArray>
#include <QMetaType>

#include <variant>

namespace peerscope {

// PEER_EVENT_CONNECTION_CHANGE_DATA, for DIRECT_CONNECTION and NEIGHBOR_CONNECTION.
struct ConnectionChange
{
    ConnectionStatus status = ConnectionStatus::Failed;
    ConnectionId connectionId = 0;
    NodeId nodeId = 0; // 0 when the remote node is unknown (e.g. a failed connect)
    QString peerId;
    // After a refused hop: the id of the automatic next attempt (0 = giving up).
    ConnectionId nextConnectionId = 0;
    // Why it failed or closed: ConnectionRefused, ConnectionFailed, ConnectionNotAuthenticated, ...
    PeerError::Code reason = PeerError::Ok;
    QString reasonText; // a sentence a person can act on, empty when connected
};

// PEER_EVENT_INCOMING_DATA
struct IncomingData
{
    ConnectionId connectionId = 0;
    QUuid dataType;
    QByteArray data;
};

// PEER_EVENT_RECORD_CHANGE_DATA
struct RecordChange
{
    RecordChangeType changeType = RecordChangeType::Added;
    QUuid recordId;
    QUuid recordType;
};

// PEER_EVENT_NODE_CHANGE_DATA
struct NodeChange
{
    NodeChangeType changeType = NodeChangeType::Connected;
    NodeId nodeId = 0;
    QString peerId;
};

// PEER_EVENT_SYNCHRONIZED_DATA
struct SynchronizedData
{
    QUuid recordType;
};

// One event as queued for a registration and emitted through Graph::peerEvent.
// PROPERTY_CHANGED and CONNECTION_REQUIRED carry no data (monostate).
struct PeerEvent
{
    EventType type = EventType::StatusChanged;
    std::variant<std::monostate, GraphStatus, ConnectionChange, IncomingData, RecordChange, NodeChange,
        SynchronizedData>
        data;

    template<typename T> const T *get() const { return std::get_if<T>(&data); }
};

// "status-changed", "neighbor-connection", ... (the names the CLI prints).
QString eventTypeName(EventType type);
QString connectionStatusName(ConnectionStatus status);
QString recordChangeTypeName(RecordChangeType type);
QString nodeChangeTypeName(NodeChangeType type);

} // namespace peerscope

Q_DECLARE_METATYPE(peerscope::ConnectionChange)
Q_DECLARE_METATYPE(peerscope::IncomingData)
Q_DECLARE_METATYPE(peerscope::RecordChange)
Q_DECLARE_METATYPE(peerscope::NodeChange)
Q_DECLARE_METATYPE(peerscope::PeerEvent)
