#pragma once
// Value types shared by the whole public API. Names and numeric values follow the
// original p2p.h enumerations (PEER_GRAPH_EVENT_TYPE, PEER_CONNECTION_STATUS, ...).

#include <QFlags>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace peerscope {

using ConnectionId = quint64;
using NodeId = quint64;
// Peer time: FILETIME units (100 ns since 1601-01-01 UTC) on the graph-wide clock.
using PeerTime = quint64;

enum class EventType : quint8 {
    StatusChanged = 1,
    PropertyChanged = 2,
    RecordChanged = 3,
    DirectConnection = 4,
    NeighborConnection = 5,
    IncomingData = 6,
    ConnectionRequired = 7,
    NodeChanged = 8,
    Synchronized = 9,
};

enum class ConnectionStatus : quint8 { Connected = 1, Disconnected = 2, Failed = 3 };

enum class GraphStatusFlag : quint32 { Listening = 0x1, HasConnections = 0x2, Synchronized = 0x4 };
Q_DECLARE_FLAGS(GraphStatus, GraphStatusFlag)

enum class RecordChangeType : quint8 { Added = 1, Updated = 2, Deleted = 3, Expired = 4 };
enum class NodeChangeType : quint8 { Connected = 1, Disconnected = 2, Updated = 3 };

enum class ConnectionFlag : quint32 { Neighbor = 0x1, Direct = 0x2 };
Q_DECLARE_FLAGS(ConnectionFlags, ConnectionFlag)

enum class GraphScope : quint32 { Any = 0, Global = 1, SiteLocal = 2, LinkLocal = 3, Loopback = 4 };

// Why a link was closed (DISCONNECT reason on the wire), plus local causes.
enum class DisconnectReason : quint8 {
    Leaving = 0x01, // the graph is closing
    LeastUseful = 0x02, // pruned by graph maintenance
    AppDisconnect = 0x03, // the application asked
};

// A TCP endpoint of a node. IPv4 peers travel as IPv4-mapped IPv6 on the wire.
struct PeerAddress
{
    QHostAddress address;
    quint16 port = 0;

    bool isNull() const { return address.isNull() || port == 0; }
    QString toString() const; // "[::1]:4000" or "127.0.0.1:4000"
    static PeerAddress fromString(const QString &text); // null on failure
    friend bool operator==(const PeerAddress &, const PeerAddress &) = default;
};

// PEER_NODE_INFO: a node that publishes presence (or the local node).
struct NodeInfo
{
    NodeId nodeId = 0;
    QString peerId;
    QList<PeerAddress> addresses;
    QString attributes;
};

// PEER_CONNECTION_INFO
struct ConnectionInfo
{
    ConnectionFlags flags;
    ConnectionId connectionId = 0;
    NodeId nodeId = 0;
    QString peerId;
    PeerAddress address;
};

// PEER_GRAPH_PROPERTIES. Only friendlyName, comment, presenceLifetime and
// maxPresence may change after creation.
struct GraphProperties
{
    QString graphId; // <= 255 characters
    QString creatorId; // <= 255 characters
    QString friendlyName; // <= 255 characters
    QString comment; // <= 511 characters
    GraphScope scope = GraphScope::Global;
    bool deferExpiration = false; // PEER_GRAPH_PROPERTY_DEFER_EXPIRATION
    quint32 maxRecordSize = 0; // 0 = 60 MB
    quint32 presenceLifetime = 300; // seconds, >= 300
    quint32 maxPresence = 0xFFFFFFFF; // every node publishes
};

} // namespace peerscope

Q_DECLARE_OPERATORS_FOR_FLAGS(peerscope::GraphStatus)
Q_DECLARE_OPERATORS_FOR_FLAGS(peerscope::ConnectionFlags)
Q_DECLARE_METATYPE(peerscope::PeerAddress)
Q_DECLARE_METATYPE(peerscope::NodeInfo)
Q_DECLARE_METATYPE(peerscope::ConnectionInfo)
Q_DECLARE_METATYPE(peerscope::GraphProperties)
