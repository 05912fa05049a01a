#include "MeshTopology.h"

#include <set>

namespace peerscope::gui {

namespace {

std::tuple<NodeId, NodeId, LinkKind> linkKey(const MeshLink &link)
{
    return { link.a, link.b, link.kind };
}

} // namespace

MeshLink MeshTopology::makeLink(NodeId x, NodeId y, LinkKind kind)
{
    return x < y ? MeshLink { x, y, kind } : MeshLink { y, x, kind };
}

void MeshTopology::upsertNode(const MeshNode &node)
{
    const auto it = m_nodes.find(node.id);
    if (node.origin == MeshNode::Origin::Own)
        m_ownNode = node.id;
    if (it == m_nodes.end()) {
        m_nodes.insert(node.id, node);
        Q_EMIT nodeAdded(node.id);
        return;
    }
    MeshNode &known = *it;
    if (!node.peerId.isEmpty())
        known.peerId = node.peerId;
    if (!node.friendlyName.isEmpty())
        known.friendlyName = node.friendlyName;
    if (!node.addresses.isEmpty())
        known.addresses = node.addresses;
    // Lab and own beat observed: we know more about nodes we run.
    if (node.origin != MeshNode::Origin::Observed)
        known.origin = node.origin;
    if (node.lastSeen.isValid())
        known.lastSeen = node.lastSeen;
    Q_EMIT nodeChanged(node.id);
}

void MeshTopology::removeNode(NodeId id)
{
    if (!m_nodes.contains(id))
        return;
    forgetReports(id);
    withdrawTopology(id);
    for (auto it = m_claims.begin(); it != m_claims.end(); ++it) {
        if (it->remove(id))
            uncountLink(makeLink(it.key(), id, LinkKind::Neighbor));
    }
    // Reports by others about this node go too: nobody can be linked to a node that is gone.
    QList<ReportKey> pointingHere;
    for (auto it = m_reports.cbegin(); it != m_reports.cend(); ++it) {
        if (it->remote == id)
            pointingHere.append(it.key());
    }
    for (const ReportKey &key : pointingHere)
        dropReport(key);
    m_nodes.remove(id);
    if (m_ownNode == id)
        m_ownNode = 0;
    Q_EMIT nodeRemoved(id);
}

void MeshTopology::setNodeAddresses(NodeId id, const QList<PeerAddress> &addresses)
{
    const auto it = m_nodes.find(id);
    if (it == m_nodes.end())
        return;
    it->addresses = addresses;
    Q_EMIT nodeChanged(id);
}

void MeshTopology::touch(NodeId id, const QDateTime &time)
{
    const auto it = m_nodes.find(id);
    if (it != m_nodes.end() && time.isValid())
        it->lastSeen = time;
}

void MeshTopology::ensureNode(NodeId id, const QString &peerId, const QDateTime &time)
{
    if (id == 0)
        return;
    const auto it = m_nodes.find(id);
    if (it == m_nodes.end()) {
        MeshNode node;
        node.id = id;
        node.peerId = peerId;
        node.lastSeen = time;
        m_nodes.insert(id, node);
        Q_EMIT nodeAdded(id);
    } else {
        if (time.isValid())
            it->lastSeen = time;
        if (it->peerId.isEmpty() && !peerId.isEmpty()) {
            it->peerId = peerId;
            Q_EMIT nodeChanged(id);
        }
    }
}

void MeshTopology::observe(const ObservedEvent &observed)
{
    const NodeId reporter = observed.node;
    if (!m_nodes.contains(reporter))
        return; // events of nodes we were not told about (e.g. after they were removed)
    touch(reporter, observed.time);
    const PeerEvent &event = observed.event;
    if (const auto *change = event.get<ConnectionChange>()) {
        const LinkKind kind = event.type == EventType::DirectConnection ? LinkKind::Direct : LinkKind::Neighbor;
        if (change->status == ConnectionStatus::Connected && change->nodeId != 0) {
            ensureNode(change->nodeId, change->peerId, observed.time);
            addReport(reporter, change->connectionId, { change->nodeId, kind });
        } else {
            dropReport({ reporter, change->connectionId });
        }
    } else if (const auto *status = event.get<GraphStatus>()) {
        MeshNode &node = m_nodes[reporter];
        node.status = *status;
        node.statusKnown = true;
        Q_EMIT nodeChanged(reporter);
    } else if (const auto *data = event.get<IncomingData>()) {
        const auto it = m_reports.constFind({ reporter, data->connectionId });
        if (it != m_reports.cend())
            Q_EMIT trafficSeen(makeLink(reporter, it->remote, it->kind));
    } else if (event.type == EventType::RecordChanged) {
        Q_EMIT floodSeen(reporter);
    } else if (const auto *nodeChange = event.get<NodeChange>()) {
        if (nodeChange->changeType != NodeChangeType::Disconnected)
            ensureNode(nodeChange->nodeId, nodeChange->peerId, observed.time);
    }
}

void MeshTopology::addReport(NodeId reporter, ConnectionId connection, const Report &report)
{
    const ReportKey key { reporter, connection };
    if (m_reports.contains(key))
        return;
    m_reports.insert(key, report);
    countLink(makeLink(reporter, report.remote, report.kind));
}

void MeshTopology::countLink(const MeshLink &link)
{
    if (++m_linkCounts[linkKey(link)] == 1)
        Q_EMIT linkAdded(link);
}

void MeshTopology::uncountLink(const MeshLink &link)
{
    const auto lk = linkKey(link);
    if (--m_linkCounts[lk] <= 0) {
        m_linkCounts.erase(lk);
        Q_EMIT linkRemoved(link);
    }
}

void MeshTopology::applyTopology(const TopologyRecord &record, const QDateTime &published)
{
    if (record.node == 0)
        return;
    ensureNode(record.node, record.peerId, published);
    QSet<NodeId> claimed;
    for (const auto &[neighbor, peerId] : record.neighbors) {
        if (neighbor == 0 || neighbor == record.node)
            continue;
        ensureNode(neighbor, peerId, {});
        claimed.insert(neighbor);
    }
    const QSet<NodeId> previous = m_claims.value(record.node);
    m_claims.insert(record.node, claimed);
    for (NodeId gone : previous - claimed)
        uncountLink(makeLink(record.node, gone, LinkKind::Neighbor));
    for (NodeId added : claimed - previous)
        countLink(makeLink(record.node, added, LinkKind::Neighbor));
}

void MeshTopology::withdrawTopology(NodeId node)
{
    const QSet<NodeId> claimed = m_claims.take(node);
    for (NodeId neighbor : claimed)
        uncountLink(makeLink(node, neighbor, LinkKind::Neighbor));
}

void MeshTopology::dropReport(const ReportKey &key)
{
    const auto it = m_reports.find(key);
    if (it == m_reports.end())
        return;
    const MeshLink link = makeLink(key.first, it->remote, it->kind);
    m_reports.erase(it);
    uncountLink(link);
}

void MeshTopology::forgetReports(NodeId reporter)
{
    QList<ReportKey> keys;
    for (auto it = m_reports.lowerBound({ reporter, 0 }); it != m_reports.cend() && it.key().first == reporter; ++it)
        keys.append(it.key());
    for (const ReportKey &key : keys)
        dropReport(key);
}

void MeshTopology::clear()
{
    const QList<NodeId> ids = m_nodes.keys();
    for (NodeId id : ids)
        removeNode(id);
}

const MeshNode *MeshTopology::node(NodeId id) const
{
    const auto it = m_nodes.constFind(id);
    return it == m_nodes.cend() ? nullptr : &*it;
}

QList<MeshLink> MeshTopology::links() const
{
    QList<MeshLink> result;
    std::set<std::tuple<NodeId, NodeId, LinkKind>> seen;
    for (auto it = m_reports.cbegin(); it != m_reports.cend(); ++it) {
        const MeshLink link = makeLink(it.key().first, it->remote, it->kind);
        if (seen.insert(linkKey(link)).second)
            result.append(link);
    }
    for (auto it = m_claims.cbegin(); it != m_claims.cend(); ++it) {
        for (NodeId neighbor : *it) {
            const MeshLink link = makeLink(it.key(), neighbor, LinkKind::Neighbor);
            if (seen.insert(linkKey(link)).second)
                result.append(link);
        }
    }
    return result;
}

bool MeshTopology::hasLink(NodeId a, NodeId b, LinkKind kind) const
{
    return m_linkCounts.contains(linkKey(makeLink(a, b, kind)));
}

QList<NodeId> MeshTopology::neighbors(NodeId id) const
{
    QList<NodeId> result;
    for (const MeshLink &link : links()) {
        if (link.kind != LinkKind::Neighbor)
            continue;
        if (link.a == id)
            result.append(link.b);
        else if (link.b == id)
            result.append(link.a);
    }
    return result;
}

ConnectionId MeshTopology::connectionBetween(NodeId reporter, NodeId remote, LinkKind kind) const
{
    for (auto it = m_reports.lowerBound({ reporter, 0 }); it != m_reports.cend() && it.key().first == reporter; ++it) {
        if (it->remote == remote && it->kind == kind)
            return it.key().second;
    }
    return 0;
}

} // namespace peerscope::gui
