#pragma once
// Test support: RecordReplicators joined by real loopback TCP connections. Each
// link frames wire messages over a QTcpSocket (wire::frameMessage / FrameDecoder)
// and hands decoded record messages to its replicator, as the graph engine does.
// Shared by tests/records and bench/records_*.

#include "records/RecordReplicator.h"
#include "wire/Framing.h"

#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <memory>
#include <vector>

namespace peerscope::testing {

// Runs the event loop until `done` holds or `timeoutMs` passes.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

// The identities of test replicator number `index`.
inline NodeId testNodeId(int index)
{
    return NodeId(0x1000 + index);
}
inline QString testPeerId(int index)
{
    return QStringLiteral("peer-%1").arg(index);
}

struct TrafficCounters
{
    quint64 messages = 0;
    quint64 bytes = 0;
    quint64 floods = 0;
};

class LoopbackLink : public QObject, public ReplicationLink
{
    Q_OBJECT
public:
    LoopbackLink(RecordReplicator *owner, QTcpSocket *socket, NodeId remoteNode, QString remotePeer, ConnectionId id,
        TrafficCounters *counters);
    ~LoopbackLink() override;

    ConnectionId connectionId() const override { return m_id; }
    NodeId remoteNodeId() const override { return m_remoteNode; }
    QString remotePeerId() const override { return m_remotePeer; }
    void send(const wire::Message &message) override;
    void terminate(const QString &reason) override;

    // Raw bytes, for tests that inject malformed messages.
    void sendRaw(const QByteArray &encodedMessage);
    RecordReplicator *owner() const { return m_owner.data(); }
    QString terminationReason() const { return m_reason; }
    bool isOpen() const { return m_open; }
    // The types of the messages received so far, in order.
    const QList<wire::MessageType> &received() const { return m_received; }
    // Closes the link on this side only (the replicator hears linkClosed).
    void shutDown();

Q_SIGNALS:
    void closed();

private:
    void readMessages();

    QPointer<RecordReplicator> m_owner;
    QTcpSocket *m_socket;
    NodeId m_remoteNode;
    QString m_remotePeer;
    ConnectionId m_id;
    TrafficCounters *m_counters;
    wire::FrameDecoder m_decoder;
    QString m_reason;
    QList<wire::MessageType> m_received;
    bool m_open = true;
};

// Replicators and the links between them.
class LoopbackMesh : public QObject
{
    Q_OBJECT
public:
    LoopbackMesh();
    ~LoopbackMesh() override;

    struct Pair
    {
        LoopbackLink *initiator = nullptr; // owned by the initiating replicator's side
        LoopbackLink *responder = nullptr;
    };
    // Connects a (the side that sent CONNECT, which starts the sync) to b.
    Pair connect(RecordReplicator *a, NodeId aNode, const QString &aPeer, RecordReplicator *b, NodeId bNode,
        const QString &bPeer);
    // The same, for test replicators by index (testNodeId / testPeerId).
    Pair connect(const std::vector<std::unique_ptr<RecordReplicator>> &nodes, int a, int b);
    void disconnect(const Pair &pair);
    // Builds a mesh of nodes[0] (which holds the graph) and newcomers: node i
    // joins through a random earlier node and waits until it is synchronized,
    // then opens up to `extraLinks` more links to random earlier nodes.
    bool join(const std::vector<std::unique_ptr<RecordReplicator>> &nodes, int extraLinks, quint32 seed);
    // Closes every link of `replicator` (it leaves the mesh).
    void disconnectAll(RecordReplicator *replicator);

    TrafficCounters &counters() { return m_counters; }
    QList<LoopbackLink *> links() const;

private:
    QTcpServer m_server;
    TrafficCounters m_counters;
    ConnectionId m_nextId = 1;
    std::vector<QPointer<LoopbackLink>> m_links;
};

} // namespace peerscope::testing
