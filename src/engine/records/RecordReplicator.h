#pragma once
// The replicated record database of one graph node: local storage (SQLite),
// the record API, flooding, synchronization, expiry/autorefresh, and the
// internal records (Graph Info, Signature, Contact, Presence, Peerscope topology).
// The graph engine owns one and forwards link events and record messages to it.
//
// Contract with the graph engine (src/engine/graph/): names below are stable;
// additions are fine, renames are not.

#include "PeerError.h"
#include "PeerEvent.h"
#include "PeerTypes.h"
#include "Record.h"
#include "records/ReplicationLink.h"

#include <QObject>

#include <functional>
#include <memory>

namespace peerscope {

class SecurityProvider;
class RecordReplicatorPrivate;

struct ReplicatorContext
{
    QString graphId;
    QString peerId;
    NodeId nodeId = 0;
    QString databasePath; // empty = in-memory
    QList<QUuid> syncPrecedence;
    SecurityProvider *security = nullptr;
    // How fast the graph clock and the record timers run (tests: > 1 lets
    // minutes of record lifetime pass in a fraction of a second).
    double clockSpeed = 1.0;
    // Tests: < 1 shortens the random contact (10–180 s) and partition detection (5–30 s) timers
    // further, on top of clockSpeed.
    double randomTimerScale = 1.0;
};

class RecordReplicator : public QObject
{
    Q_OBJECT
public:
    // PeerGraphCreate: a fresh database holding the Graph Info record for `properties`.
    // Fails with DuplicateGraph / DatabaseAlreadyPresent when the file already holds this graph.
    static Result<RecordReplicator *> create(
        const ReplicatorContext &context, const GraphProperties &properties, QObject *parent);
    // PeerGraphOpen: loads the database if it exists (then isSynchronized() is true
    // and presence/contact/signature records are not reloaded), else creates an
    // empty one (createdEmpty() true: the node must sync before it can listen).
    static Result<RecordReplicator *> open(const ReplicatorContext &context, QObject *parent);
    ~RecordReplicator() override;

    bool createdEmpty() const;
    // True for the creator, for a node that loaded a synchronized database, and
    // once a node's first synchronization completes.
    bool isSynchronized() const;

    // Graph Info.
    GraphProperties properties() const;
    PeerError setProperties(const GraphProperties &properties);

    // Peer time (FILETIME units on the graph clock), adjusted from WELCOME.
    PeerTime peerTime() const;
    // Half-RTT corrected remote time from a WELCOME (§3.6); firstNeighbor adopts it.
    void adjustPeerTime(
        PeerTime remotePeerTime, PeerTime connectSentAt, PeerTime welcomeReceivedAt, bool firstNeighbor);
    PeerTime universalToPeerTime(PeerTime utc) const;
    PeerTime peerToUniversalTime(PeerTime peer) const;

    // Record API (Graph delegates to these).
    Result<QUuid> addRecord(const Record &record);
    PeerError updateRecord(const Record &record);
    PeerError deleteRecord(const QUuid &recordId, bool localOnly);
    Result<Record> record(const QUuid &recordId) const;
    QList<Record> records(const QUuid &recordType, const QString &creatorId) const;
    Result<QList<Record>> searchRecords(const QString &criteria) const;
    PeerError exportDatabase(const QString &filePath) const;
    PeerError importDatabase(const QString &filePath);

    // Presence and nodes.
    QList<NodeInfo> nodes(const QString &peerId) const;
    Result<NodeInfo> nodeInfo(NodeId nodeId) const;
    PeerError setPresence(bool present);
    PeerError setNodeAttributes(const QString &attributes);
    // Listening addresses of other nodes known from presence and contact records
    // (graph maintenance picks neighbor candidates from them and from referrals).
    QList<QPair<NodeId, PeerAddress>> candidates() const;

    // From the graph engine.
    void setListeningAddresses(const QList<PeerAddress> &addresses); // empty = not listening
    void setNeighbors(const QList<ConnectionInfo> &neighbors); // published as the node's topology
    // A neighbor link became CONNECTED. The side that sent CONNECT starts the sync.
    void linkConnected(ReplicationLink *link, bool weInitiated);
    void linkClosed(ReplicationLink *link);
    // SOLICIT_*, ADVERTISE, REQUEST, FLOOD, SYNC_END and ACK received on a neighbor link.
    void handleMessage(ReplicationLink *link, const wire::Message &message);
    // Graph closing: delete own presence/contact/signature, flush, persist the peer time delta.
    void close();

Q_SIGNALS:
    void recordChanged(const peerscope::RecordChange &change);
    void synchronized(const QUuid &recordType);
    // The first synchronization finished: the graph may listen now (status gets Synchronized).
    void synchronizationCompleted();
    void propertiesChanged();
    void nodeChanged(const peerscope::NodeChange &change);
    // Long-term partition repair: this node is a contact and sees a partition; the application should
    // find a node of the graph and connect to it (CONNECTION_REQUIRED).
    void connectionRequired();
    // Short-term partition repair: contacts of a part of the graph we do not reach (their signature
    // differs from ours). The graph engine should open a neighbour connection to these addresses.
    void partitionRepairWanted(const QList<peerscope::PeerAddress> &addresses);
    // Graph maintenance candidates learnt from presence/contact records.
    void candidatesChanged();

private:
    explicit RecordReplicator(QObject *parent);
    std::unique_ptr<RecordReplicatorPrivate> d;
};

} // namespace peerscope
