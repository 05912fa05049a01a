#pragma once
// This node's presence in the graph and what others publish of theirs: the
// Presence record (§4.9) and the Peerscope Topology record of this node, and
// nodes() / nodeInfo() / candidates() / nodeChanged from everyone's Presence.

#include "PeerEvent.h"
#include "PeerTypes.h"
#include "Record.h"

#include <optional>

namespace peerscope {

class RecordReplicatorPrivate;

class PresencePublisher
{
public:
    explicit PresencePublisher(RecordReplicatorPrivate &d);

    void setListeningAddresses(const QList<PeerAddress> &addresses); // empty = not listening
    bool isListening() const;
    const QList<PeerAddress> &listening() const { return listeningAddresses; }
    void setForcePresence(bool present);
    void setNodeAttributes(const QString &attributes);
    void setNeighbors(const QList<ConnectionInfo> &neighbors);

    // Publishes, updates or withdraws the own Presence / Topology record to match the state above.
    void maintainPresence();
    void maintainTopology();
    void withdrawTopology();

    // A Presence record changed: nodeChanged, and candidatesChanged for other nodes.
    void onPresence(const Record &record, const std::optional<Record> &previous, bool gone);

    QList<NodeInfo> nodes(const QString &peerId) const;
    Result<NodeInfo> nodeInfo(NodeId nodeId) const;
    QList<QPair<NodeId, PeerAddress>> candidates() const;

private:
    std::optional<Record> ownRecord(const QUuid &type) const;
    // Adds or re-versions the own autorefresh record of `type` unless it already carries `payload`.
    void publishOwn(const QUuid &type, const QByteArray &payload);
    void withdraw(const Record &own, const char *what);

    RecordReplicatorPrivate &d;
    QList<PeerAddress> listeningAddresses;
    QString nodeAttributes;
    QList<ConnectionInfo> neighbors;
    bool forcePresence = false;
};

} // namespace peerscope
