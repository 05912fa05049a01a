#include "MeshScene.h"

#include "LinkItem.h"
#include "NodeItem.h"

namespace peerscope::gui {

namespace {

constexpr int LayoutIntervalMs = 30;
constexpr int PulseIntervalMs = 40;
constexpr double PulseDecayPerTick = 0.06; // a glow lasts about 0.7 s
constexpr int FadeCheckIntervalMs = 5000;

std::tuple<NodeId, NodeId, LinkKind> keyOf(const MeshLink &link)
{
    return { link.a, link.b, link.kind };
}

} // namespace

MeshScene::MeshScene(MeshTopology *topology, QObject *parent)
    : QGraphicsScene(parent)
    , m_topology(topology)
{
    setItemIndexMethod(QGraphicsScene::NoIndex); // everything moves while the layout runs
    m_layoutTimer.setInterval(LayoutIntervalMs);
    connect(&m_layoutTimer, &QTimer::timeout, this, &MeshScene::advanceLayout);
    m_pulseTimer.setInterval(PulseIntervalMs);
    connect(&m_pulseTimer, &QTimer::timeout, this, &MeshScene::decayPulses);
    m_fadeTimer.setInterval(FadeCheckIntervalMs);
    connect(&m_fadeTimer, &QTimer::timeout, this, &MeshScene::fadeSilentNodes);
    m_fadeTimer.start();

    connect(topology, &MeshTopology::nodeAdded, this, &MeshScene::addNode);
    connect(topology, &MeshTopology::nodeChanged, this, &MeshScene::updateNode);
    connect(topology, &MeshTopology::nodeRemoved, this, &MeshScene::removeNode);
    connect(topology, &MeshTopology::linkAdded, this, &MeshScene::addLink);
    connect(topology, &MeshTopology::linkRemoved, this, &MeshScene::removeLink);
    connect(topology, &MeshTopology::trafficSeen, this, &MeshScene::pulseLink);
    connect(topology, &MeshTopology::floodSeen, this, &MeshScene::pulseNode);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] { Q_EMIT selectedNodeChanged(selectedNode()); });

    for (const MeshNode &node : topology->nodes())
        addNode(node.id);
    for (const MeshLink &link : topology->links())
        addLink(link);
}

MeshScene::~MeshScene()
{
    // Items call back into the scene while it clears; disconnect first.
    disconnect(this, &QGraphicsScene::selectionChanged, this, nullptr);
}

void MeshScene::setAnimated(bool animated)
{
    m_animated = animated;
    if (!animated) {
        m_layoutTimer.stop();
        m_pulseTimer.stop();
    } else {
        kickLayout();
    }
}

void MeshScene::kickLayout()
{
    if (m_animated && !m_layoutTimer.isActive() && !m_layout.isSettled())
        m_layoutTimer.start();
}

void MeshScene::addNode(NodeId id)
{
    const MeshNode *node = m_topology->node(id);
    if (!node || m_nodes.contains(id))
        return;
    m_layout.addNode(id, m_topology->neighbors(id));
    auto *item = new NodeItem(this, *node);
    item->setLayoutPosition(m_layout.position(id));
    addItem(item);
    m_nodes.insert(id, item);
    kickLayout();
}

void MeshScene::updateNode(NodeId id)
{
    const MeshNode *node = m_topology->node(id);
    NodeItem *item = m_nodes.value(id);
    if (!node || !item)
        return;
    item->setNode(*node);
    item->setOpacity(1.0);
}

void MeshScene::removeNode(NodeId id)
{
    NodeItem *item = m_nodes.take(id);
    if (!item)
        return;
    m_layout.removeNode(id);
    m_glowingNodes.remove(item);
    delete item;
    kickLayout();
}

void MeshScene::addLink(const MeshLink &link)
{
    if (m_links.contains(keyOf(link)) || !m_nodes.contains(link.a) || !m_nodes.contains(link.b))
        return;
    // Only neighbor links shape the layout: a direct connection is a temporary overlay.
    if (link.kind == LinkKind::Neighbor)
        m_layout.addEdge(link.a, link.b);
    auto *item = new LinkItem(link);
    addItem(item);
    m_links.emplace(keyOf(link), item);
    syncPositions();
    kickLayout();
}

void MeshScene::removeLink(const MeshLink &link)
{
    const auto it = m_links.find(keyOf(link));
    if (it == m_links.end())
        return;
    if (link.kind == LinkKind::Neighbor)
        m_layout.removeEdge(link.a, link.b);
    m_glowing.remove(it->second);
    delete it->second;
    m_links.erase(it);
    kickLayout();
}

LinkItem *MeshScene::linkItem(const MeshLink &link) const
{
    const auto it = m_links.find(keyOf(link));
    return it == m_links.end() ? nullptr : it->second;
}

void MeshScene::pulseLink(const MeshLink &link)
{
    LinkItem *item = linkItem(link);
    if (!item)
        return;
    item->pulse();
    m_glowing.insert(item);
    if (m_animated && !m_pulseTimer.isActive())
        m_pulseTimer.start();
}

void MeshScene::pulseNode(NodeId id)
{
    NodeItem *item = m_nodes.value(id);
    if (!item)
        return;
    item->pulse();
    m_glowingNodes.insert(item);
    if (m_animated && !m_pulseTimer.isActive())
        m_pulseTimer.start();
}

void MeshScene::decayPulses()
{
    for (auto it = m_glowingNodes.begin(); it != m_glowingNodes.end();) {
        if ((*it)->decay(PulseDecayPerTick))
            ++it;
        else
            it = m_glowingNodes.erase(it);
    }
    for (auto it = m_glowing.begin(); it != m_glowing.end();) {
        if ((*it)->decay(PulseDecayPerTick))
            ++it;
        else
            it = m_glowing.erase(it);
    }
    if (m_glowing.isEmpty() && m_glowingNodes.isEmpty())
        m_pulseTimer.stop();
}

void MeshScene::fadeSilentNodes()
{
    if (m_presenceLifetimeSeconds <= 0)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (NodeItem *item : std::as_const(m_nodes)) {
        const MeshNode &node = item->node();
        // Only nodes we merely observe can go silent; lab peers and our own node report exits.
        if (node.origin != MeshNode::Origin::Observed || !node.lastSeen.isValid())
            continue;
        const qint64 silent = node.lastSeen.secsTo(now);
        const double fade
            = std::clamp(1.0 - double(silent - m_presenceLifetimeSeconds) / m_presenceLifetimeSeconds, 0.2, 1.0);
        item->setOpacity(silent > m_presenceLifetimeSeconds ? fade : 1.0);
    }
}

void MeshScene::advanceLayout()
{
    m_layout.step();
    syncPositions();
    if (m_layout.isSettled())
        m_layoutTimer.stop();
    Q_EMIT layoutAdvanced();
}

void MeshScene::syncPositions()
{
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setLayoutPosition(m_layout.position(it.key()));
    for (const auto &[key, item] : m_links)
        item->setEnds(m_layout.position(std::get<0>(key)), m_layout.position(std::get<1>(key)));
}

void MeshScene::nodeDragged(NodeId id, const QPointF &position)
{
    m_layout.setPosition(id, position);
    setPinned(id, true);
    for (const auto &[key, item] : m_links) {
        if (std::get<0>(key) == id || std::get<1>(key) == id)
            item->setEnds(m_layout.position(std::get<0>(key)), m_layout.position(std::get<1>(key)));
    }
    kickLayout();
}

void MeshScene::setPinned(NodeId id, bool pinned)
{
    m_layout.setPinned(id, pinned);
    if (NodeItem *item = m_nodes.value(id))
        item->setPinned(pinned);
    kickLayout();
}

NodeId MeshScene::selectedNode() const
{
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem *>(item)->nodeId();
    }
    return 0;
}

void MeshScene::selectNode(NodeId id)
{
    clearSelection();
    if (NodeItem *item = m_nodes.value(id))
        item->setSelected(true);
}

} // namespace peerscope::gui
