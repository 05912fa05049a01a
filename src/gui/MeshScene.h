#pragma once

#include "ForceLayout.h"
#include "MeshTopology.h"

#include <QGraphicsScene>
#include <QHash>
#include <QTimer>

#include <map>

namespace peerscope::gui {

class NodeItem;
class LinkItem;

// The scene of the graph view: mirrors a MeshTopology as items and animates a ForceLayout
// until it settles. Traffic makes links glow briefly; nodes not heard from for the presence
// lifetime fade out.
class MeshScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit MeshScene(MeshTopology *topology, QObject *parent = nullptr);
    ~MeshScene() override;

    // One layout iteration and item update (the timer calls it while the layout is not settled).
    void advanceLayout();
    bool isSettled() const { return m_layout.isSettled(); }
    const ForceLayout &layout() const { return m_layout; }
    MeshTopology *topology() const { return m_topology; }

    NodeItem *nodeItem(NodeId id) const { return m_nodes.value(id); }
    LinkItem *linkItem(const MeshLink &link) const;
    NodeId selectedNode() const;
    void selectNode(NodeId id);
    void setPinned(NodeId id, bool pinned);
    // Nodes whose last event is older than this fade (0 = never).
    void setPresenceLifetime(int seconds) { m_presenceLifetimeSeconds = seconds; }
    // Pauses the animation timers (benchmarks drive advanceLayout() themselves).
    void setAnimated(bool animated);

    // Called by NodeItem while the user drags it.
    void nodeDragged(NodeId id, const QPointF &position);

Q_SIGNALS:
    void layoutAdvanced();
    void selectedNodeChanged(peerscope::NodeId id);

private:
    void addNode(NodeId id);
    void updateNode(NodeId id);
    void removeNode(NodeId id);
    void addLink(const MeshLink &link);
    void removeLink(const MeshLink &link);
    void pulseLink(const MeshLink &link);
    void pulseNode(NodeId id);
    void syncPositions();
    void kickLayout();
    void decayPulses();
    void fadeSilentNodes();

    MeshTopology *m_topology;
    ForceLayout m_layout;
    QHash<NodeId, NodeItem *> m_nodes;
    std::map<std::tuple<NodeId, NodeId, LinkKind>, LinkItem *> m_links;
    QSet<LinkItem *> m_glowing;
    QSet<NodeItem *> m_glowingNodes;
    QTimer m_layoutTimer;
    QTimer m_pulseTimer;
    QTimer m_fadeTimer;
    int m_presenceLifetimeSeconds = 300;
    bool m_animated = true;
};

} // namespace peerscope::gui
