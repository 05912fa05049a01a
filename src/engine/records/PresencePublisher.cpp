#include "records/PresencePublisher.h"
#include "Topology.h"
#include "records/RecordReplicatorPrivate.h"
#include "records/RecordWireForm.h"
#include "wire/Codec.h"

#include <algorithm>

namespace peerscope {

namespace {

std::optional<wire::PresencePayload> presenceOf(const Record &r)
{
    const auto decoded = wire::decodePresence(r.data);
    if (const auto *p = std::get_if<wire::PresencePayload>(&decoded))
        return *p;
    return std::nullopt;
}

const char *describeType(const QUuid &type)
{
    return type == RecordTypes::Presence ? "presence" : "the topology record";
}

} // namespace

PresencePublisher::PresencePublisher(RecordReplicatorPrivate &d)
    : d(d)
{
}

void PresencePublisher::setListeningAddresses(const QList<PeerAddress> &addresses)
{
    listeningAddresses = addresses;
    maintainPresence();
}

bool PresencePublisher::isListening() const
{
    return !listeningAddresses.isEmpty();
}

void PresencePublisher::setForcePresence(bool present)
{
    forcePresence = present;
    maintainPresence();
}

void PresencePublisher::setNodeAttributes(const QString &attributes)
{
    nodeAttributes = attributes;
    maintainPresence();
}

void PresencePublisher::setNeighbors(const QList<ConnectionInfo> &list)
{
    neighbors = list;
    maintainTopology();
}

void PresencePublisher::onPresence(const Record &record, const std::optional<Record> &previous, bool gone)
{
    const bool wasLive = previous && !previous->isDeleted();
    const auto payload = presenceOf(gone && wasLive ? *previous : record);
    if (!payload)
        return;
    NodeChange change;
    change.nodeId = payload->nodeId;
    change.peerId = record.creatorId;
    change.changeType = gone ? NodeChangeType::Disconnected
        : wasLive            ? NodeChangeType::Updated
                             : NodeChangeType::Connected;
    Q_EMIT d.q->nodeChanged(change);
    if (payload->nodeId != d.context.nodeId)
        Q_EMIT d.q->candidatesChanged();
}

std::optional<Record> PresencePublisher::ownRecord(const QUuid &type) const
{
    for (const Record &r : d.records) {
        if (r.type == type && r.creatorId == d.context.peerId && !r.isDeleted()) {
            // The same peer id may run other nodes of the graph: only this node's record is ours.
            if (type == RecordTypes::Presence) {
                const auto p = presenceOf(r);
                if (!p || p->nodeId != d.context.nodeId)
                    continue;
            } else if (type == RecordTypes::Topology) {
                const auto topology = decodeTopology(r);
                if (!topology || topology->node != d.context.nodeId)
                    continue;
            }
            return r;
        }
    }
    return std::nullopt;
}

void PresencePublisher::withdraw(const Record &own, const char *what)
{
    Record r = d.nextVersion(own);
    r.flags |= RecordFlag::Deleted;
    r.data.clear();
    if (PeerError error = d.publish(r, RecordChangeType::Deleted))
        qCWarning(lcRecords) << "could not withdraw" << what << ":" << error.toString();
}

void PresencePublisher::publishOwn(const QUuid &type, const QByteArray &payload)
{
    const auto own = ownRecord(type);
    const PeerTime lifetime = PeerTime(std::max<quint32>(d.properties.presenceLifetime, 300)) * Second;
    Record r;
    if (own) {
        if (own->data == payload)
            return;
        r = d.nextVersion(*own);
    } else {
        r = d.freshRecord(type, lifetime);
        r.flags |= RecordFlag::AutoRefresh;
    }
    r.data = payload;
    r.expirationTime = std::max(r.lastModifiedTime + lifetime, own ? own->expirationTime : 0);
    if (PeerError error = d.publish(r, own ? RecordChangeType::Updated : RecordChangeType::Added))
        qCWarning(lcRecords) << "could not publish" << describeType(type) << ":" << error.toString();
}

void PresencePublisher::maintainPresence()
{
    if (!d.synchronized || d.closed)
        return;
    const bool wanted = !listeningAddresses.isEmpty() && (d.properties.maxPresence == 0xFFFFFFFF || forcePresence);
    if (!wanted) {
        if (const auto own = ownRecord(RecordTypes::Presence))
            withdraw(*own, describeType(RecordTypes::Presence));
        return;
    }
    publishOwn(RecordTypes::Presence,
        wire::encodePresence({ d.context.nodeId, nodeAttributes, toWireAddresses(listeningAddresses) }));
}

void PresencePublisher::maintainTopology()
{
    if (!d.synchronized || d.closed)
        return;
    TopologyRecord topology { d.context.nodeId, d.context.peerId, {} };
    for (const ConnectionInfo &n : std::as_const(neighbors))
        topology.neighbors.append({ n.nodeId, n.peerId });
    publishOwn(RecordTypes::Topology, encodeTopology(topology));
}

void PresencePublisher::withdrawTopology()
{
    if (const auto own = ownRecord(RecordTypes::Topology))
        withdraw(*own, describeType(RecordTypes::Topology));
}

QList<NodeInfo> PresencePublisher::nodes(const QString &peerId) const
{
    const PeerTime now = d.clock.now();
    QList<NodeInfo> result;
    for (const Record &r : std::as_const(d.records)) {
        if (r.type != RecordTypes::Presence || r.isDeleted() || !d.isLive(r, now))
            continue;
        if (!peerId.isEmpty() && r.creatorId != peerId)
            continue;
        if (const auto p = presenceOf(r))
            result.append({ p->nodeId, r.creatorId, fromWireAddresses(p->addresses), p->attributes });
    }
    std::sort(result.begin(), result.end(), [](const NodeInfo &a, const NodeInfo &b) { return a.nodeId < b.nodeId; });
    return result;
}

Result<NodeInfo> PresencePublisher::nodeInfo(NodeId nodeId) const
{
    if (nodeId == 0 || nodeId == d.context.nodeId)
        return NodeInfo { d.context.nodeId, d.context.peerId, listeningAddresses, nodeAttributes };
    for (const NodeInfo &node : nodes(QString())) {
        if (node.nodeId == nodeId)
            return node;
    }
    return PeerError { PeerError::NodeNotFound,
        QStringLiteral("Node %1 publishes no presence in this graph.").arg(nodeId, 16, 16, QLatin1Char('0')) };
}

QList<QPair<NodeId, PeerAddress>> PresencePublisher::candidates() const
{
    QList<QPair<NodeId, PeerAddress>> result;
    for (const NodeInfo &node : nodes(QString())) {
        if (node.nodeId == d.context.nodeId)
            continue;
        for (const PeerAddress &address : node.addresses)
            result.append({ node.nodeId, address });
    }
    return result;
}

} // namespace peerscope
