#pragma once
// A node's membership in one peer graph: the PeerGraph* API as a QObject.
//
// Threading: a Graph belongs to the thread it was created in (like QTcpSocket);
// call it from there. Several graphs may live in one process, each in its own
// thread or all in one. Every network operation is asynchronous and reports
// through events: each event is emitted as its typed signal, as peerEvent(),
// and queued for matching EventRegistrations (see EventRegistration.h).
//
// Direct connections: the graph accepts incoming direct connections only while
// something listens for DIRECT_CONNECTION, i.e. a receiver is connected to
// directConnectionChanged() or a registration includes EventType::DirectConnection;
// it delivers incoming data only while something listens for INCOMING_DATA in
// the same way (incomingData() or a registration). peerEvent() alone does not
// count: it observes, it does not accept.

#include "EventRegistration.h"
#include "PeerError.h"
#include "PeerEvent.h"
#include "PeerTypes.h"
#include "Record.h"

#include <QObject>

#include <memory>

namespace peerscope {

class SecurityProvider;
class GraphPrivate;

struct NeighborLimits
{
    int minimum = 2;
    int ideal = 3;
    int maximum = 7;
};

// Local settings of one node; not replicated.
struct GraphOptions
{
    // SQLite database file. Empty = an in-memory database (nothing persists).
    QString databasePath;
    NeighborLimits limits;
    // Record types synchronized first, in order, after Graph Info and Presence.
    QList<QUuid> syncPrecedence;
    std::shared_ptr<SecurityProvider> security; // null = no security
    int connectTimeoutMs = 60'000; // CONNECT -> WELCOME/REFUSE
    int tcpConnectTimeoutMs = 20'000; // TCP + authentication
    int maxReferralHops = 10; // refused hops followed before giving up
    quint32 maxMessageSize = 16u * 1024 * 1024 + 4096; // larger declared sizes are rejected before buffering
    qint64 sendQueueLimit = 32ll * 1024 * 1024; // bytes queued per connection before sendData says WouldBlock
    QString friendlyName; // sent in CONNECT/WELCOME; defaults to the peer id
};

class Graph : public QObject
{
    Q_OBJECT
public:
    ~Graph() override;

    // PeerGraphCreate: a new graph with a fresh database. The creator counts as synchronized.
    static Result<Graph *> create(
        const GraphProperties &properties, const GraphOptions &options, QObject *parent = nullptr);
    // PeerGraphOpen: a graph created elsewhere (or earlier here). When no database
    // existed, the node must connect and synchronize before it can listen or use records.
    static Result<Graph *> open(
        const QString &graphId, const QString &peerId, const GraphOptions &options, QObject *parent = nullptr);
    // PeerGraphDelete: removes the local database of a closed graph.
    static PeerError deleteGraph(const QString &databasePath);

    // PeerGraphListen. port 0 lets the OS choose; localNode() reports it.
    // Any listens on IPv6 and IPv4; Loopback on ::1 and 127.0.0.1 only.
    PeerError listen(GraphScope scope = GraphScope::Any, quint16 port = 0);
    // PeerGraphConnect: returns the connection id at once; the outcome arrives as NEIGHBOR_CONNECTION.
    Result<ConnectionId> connect(const PeerAddress &address, const QString &peerId = {});
    // PeerGraphClose: DISCONNECT (Leaving) to every link, own presence removed, database flushed.
    void close();
    bool isClosed() const;

    GraphStatus status() const;
    GraphProperties properties() const;
    // Changes friendlyName, comment, presenceLifetime and maxPresence; PROPERTY_CHANGED everywhere.
    PeerError setProperties(const GraphProperties &properties);

    QString graphId() const;
    QString peerId() const;
    NodeInfo localNode() const; // node id, peer id, listening addresses
    Result<NodeInfo> nodeInfo(NodeId nodeId) const; // 0 = local node
    QList<NodeInfo> nodes(const QString &peerId = {}) const; // presence publishers
    QList<ConnectionInfo> connections(ConnectionFlags flags = ConnectionFlag::Neighbor | ConnectionFlag::Direct) const;
    NeighborLimits neighborLimits() const;

    // Direct connections (see the header comment for the acceptance rule).
    Result<ConnectionId> openDirectConnection(const QString &peerId, const PeerAddress &address);
    // Works on direct and neighbor connection ids. WouldBlock when the send queue is full.
    PeerError sendData(ConnectionId connectionId, const QUuid &dataType, const QByteArray &data);
    enum class CloseMode { Graceful, Abort };
    PeerError closeDirectConnection(ConnectionId connectionId, CloseMode mode = CloseMode::Graceful);
    // Peerscope extension (no PeerGraph* equivalent): drop one neighbor link with
    // DISCONNECT(AppDisconnect), as the inspector's "cut link" does. Maintenance may
    // later connect the two nodes again.
    PeerError disconnectNeighbor(ConnectionId connectionId);
    // Bytes waiting in a connection's send queue (-1 for an unknown id).
    qint64 queuedBytes(ConnectionId connectionId) const;

    // Records.
    Result<QUuid> addRecord(const Record &record);
    PeerError updateRecord(const Record &record);
    PeerError deleteRecord(const QUuid &recordId, bool localOnly = false);
    Result<Record> record(const QUuid &recordId) const;
    QList<Record> records(const QUuid &recordType = {}, const QString &creatorId = {}) const;
    Result<QList<Record>> searchRecords(const QString &criteria) const;
    PeerError exportDatabase(const QString &filePath) const;
    PeerError importDatabase(const QString &filePath);

    // Presence.
    PeerError setPresence(bool present);
    PeerError setNodeAttributes(const QString &attributes);

    // Peer time.
    PeerTime peerTime() const;
    PeerTime universalToPeerTime(PeerTime utc) const;
    PeerTime peerToUniversalTime(PeerTime peer) const;

    // Registrations. The graph owns them; unregister or close deletes them.
    EventRegistration *registerEvents(const QList<EventRegistrationEntry> &entries);
    PeerError unregisterEvents(EventRegistration *registration);

Q_SIGNALS:
    void statusChanged(peerscope::GraphStatus status);
    void propertyChanged();
    void recordChanged(const peerscope::RecordChange &change);
    void directConnectionChanged(const peerscope::ConnectionChange &change);
    void neighborConnectionChanged(const peerscope::ConnectionChange &change);
    void incomingData(const peerscope::IncomingData &data);
    void connectionRequired();
    void nodeChanged(const peerscope::NodeChange &change);
    void synchronized(const QUuid &recordType);
    // Every event above, in the order raised.
    void peerEvent(const peerscope::PeerEvent &event);
    // A connection whose sendData answered WouldBlock has room again.
    void sendQueueDrained(peerscope::ConnectionId connectionId);

private:
    explicit Graph(QObject *parent);
    std::unique_ptr<GraphPrivate> d;
    friend class GraphPrivate;
};

} // namespace peerscope
