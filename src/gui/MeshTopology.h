#pragma once

#include "ObservedEvent.h"
#include "Topology.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QObject>

#include <map>
#include <tuple>

namespace peerscope::gui {

enum class LinkKind { Neighbor, Direct };

struct MeshNode
{
    enum class Origin {
        Own, // the inspector's own node
        Lab, // a peer the lab started
        Observed, // seen as the far end of a connection or in topology records
    };
    NodeId id = 0;
    QString peerId;
    QString friendlyName;
    QList<PeerAddress> addresses;
    Origin origin = Origin::Observed;
    GraphStatus status;
    bool statusKnown = false;
    QDateTime lastSeen;

    QString label() const { return friendlyName.isEmpty() ? peerId : friendlyName; }
};

struct MeshLink
{
    NodeId a = 0; // a < b
    NodeId b = 0;
    LinkKind kind = LinkKind::Neighbor;
    friend bool operator==(const MeshLink &, const MeshLink &) = default;
};

// The mesh as the inspector knows it: nodes and the neighbor and direct links between them,
// assembled from the events of every node it can hear (its own Graph and the lab peers).
//
// A link is reported by each end under that end's connection id; it exists while at least one
// report stands, so a link survives until both ends said goodbye, and forgetting a crashed
// reporter removes what only it knew.
class MeshTopology : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Adds or updates a node; empty fields do not overwrite known ones.
    void upsertNode(const MeshNode &node);
    void removeNode(NodeId id);
    void setNodeAddresses(NodeId id, const QList<PeerAddress> &addresses);
    // Applies an event raised by event.node: connections, status, presence, traffic.
    void observe(const ObservedEvent &event);
    // A node's published neighbor list (RecordTypes::Topology): its claimed links count as
    // reports too, so nodes the inspector cannot hear directly still appear with their links.
    void applyTopology(const TopologyRecord &record, const QDateTime &published);
    void withdrawTopology(NodeId node);
    // Forgets every link that only this reporter vouched for (its process ended).
    void forgetReports(NodeId reporter);
    void clear();

    const MeshNode *node(NodeId id) const;
    QList<MeshNode> nodes() const { return m_nodes.values(); }
    QList<MeshLink> links() const;
    bool hasLink(NodeId a, NodeId b, LinkKind kind) const;
    QList<NodeId> neighbors(NodeId id) const;
    NodeId ownNode() const { return m_ownNode; }
    // The connection id under which `reporter` holds its link to `remote`, 0 if none.
    ConnectionId connectionBetween(NodeId reporter, NodeId remote, LinkKind kind) const;

Q_SIGNALS:
    void nodeAdded(peerscope::NodeId id);
    void nodeChanged(peerscope::NodeId id);
    void nodeRemoved(peerscope::NodeId id);
    void linkAdded(const peerscope::gui::MeshLink &link);
    void linkRemoved(const peerscope::gui::MeshLink &link);
    // Data crossed a link (direct data, or a flood observed on a neighbor link).
    void trafficSeen(const peerscope::gui::MeshLink &link);
    // A flooded record reached this node (the event does not say over which link).
    void floodSeen(peerscope::NodeId id);

private:
    struct Report
    {
        NodeId remote = 0;
        LinkKind kind = LinkKind::Neighbor;
    };
    using ReportKey = std::pair<NodeId, ConnectionId>; // (reporter, connection id)

    void touch(NodeId id, const QDateTime &time);
    void ensureNode(NodeId id, const QString &peerId, const QDateTime &time);
    void addReport(NodeId reporter, ConnectionId connection, const Report &report);
    void countLink(const MeshLink &link);
    void uncountLink(const MeshLink &link);
    void dropReport(const ReportKey &key);
    static MeshLink makeLink(NodeId x, NodeId y, LinkKind kind);

    QMap<NodeId, MeshNode> m_nodes;
    QMap<ReportKey, Report> m_reports;
    std::map<std::tuple<NodeId, NodeId, LinkKind>, int> m_linkCounts; // reports standing per link
    QMap<NodeId, QSet<NodeId>> m_claims; // topology records: node -> claimed neighbors
    NodeId m_ownNode = 0;
};

} // namespace peerscope::gui

Q_DECLARE_METATYPE(peerscope::gui::MeshLink)
