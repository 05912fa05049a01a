#include "ForceLayout.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace peerscope::gui {

namespace {

std::pair<ForceLayout::Key, ForceLayout::Key> ordered(ForceLayout::Key a, ForceLayout::Key b)
{
    return a < b ? std::pair { a, b } : std::pair { b, a };
}

// A stable pseudo-random angle per key, so placement is deterministic without a shared RNG.
double angleFor(ForceLayout::Key key)
{
    quint64 x = key * 0x9E3779B97F4A7C15ull;
    x ^= x >> 29;
    return double(x % 6283) / 1000.0;
}

double length(const QPointF &p)
{
    return std::hypot(p.x(), p.y());
}

} // namespace

ForceLayout::ForceLayout()
    : ForceLayout(Tuning {})
{
}

ForceLayout::ForceLayout(const Tuning &tuning)
    : m_tuning(tuning)
{
}

QPointF ForceLayout::placementFor(Key key, const QList<Key> &neighbors) const
{
    const double angle = angleFor(key);
    const QPointF direction(std::cos(angle), std::sin(angle));
    QPointF sum;
    int placed = 0;
    for (Key neighbor : neighbors) {
        const auto it = m_nodes.constFind(neighbor);
        if (it == m_nodes.cend())
            continue;
        sum += it->position;
        ++placed;
    }
    if (placed > 0)
        return sum / placed + direction * m_tuning.idealDistance * (placed == 1 ? 1.0 : 0.5);
    // Unconnected nodes go on a widening spiral around the origin.
    const double radius = m_tuning.idealDistance * std::sqrt(double(m_nodes.size()));
    return direction * radius;
}

void ForceLayout::reheat(const QSet<Key> &near)
{
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
        const double share = near.contains(it.key()) ? m_tuning.neighborReheat : m_tuning.globalReheat;
        it->temperature = std::max(it->temperature, share * m_tuning.initialTemperature);
    }
}

void ForceLayout::addNode(Key key, const QList<Key> &neighbors)
{
    if (m_nodes.contains(key))
        return;
    Node node;
    node.position = placementFor(key, neighbors);
    reheat(QSet<Key>(neighbors.cbegin(), neighbors.cend()));
    node.temperature = m_tuning.initialTemperature;
    node.anchored = std::any_of(neighbors.cbegin(), neighbors.cend(), [this](Key n) { return m_nodes.contains(n); });
    m_nodes.insert(key, node);
    for (Key neighbor : neighbors) {
        if (m_nodes.contains(neighbor))
            addEdge(key, neighbor);
    }
}

void ForceLayout::removeNode(Key key)
{
    if (!m_nodes.contains(key))
        return;
    const QSet<Key> neighbors = m_adjacency.value(key);
    for (Key neighbor : neighbors) {
        m_edges.erase(ordered(key, neighbor));
        m_adjacency[neighbor].remove(key);
    }
    m_adjacency.remove(key);
    m_nodes.remove(key);
    reheat(neighbors);
}

void ForceLayout::addEdge(Key a, Key b)
{
    if (a == b || !m_nodes.contains(a) || !m_nodes.contains(b) || hasEdge(a, b))
        return;
    for (auto [mine, other] : { std::pair { a, b }, std::pair { b, a } }) {
        Node &node = m_nodes[mine];
        if (!node.anchored && !node.pinned && m_nodes[other].anchored) {
            node.position = placementFor(mine, { other });
            node.temperature = m_tuning.initialTemperature;
        }
    }
    m_nodes[a].anchored = m_nodes[b].anchored = true;
    m_edges.insert(ordered(a, b));
    m_adjacency[a].insert(b);
    m_adjacency[b].insert(a);
    reheat({ a, b });
}

void ForceLayout::removeEdge(Key a, Key b)
{
    if (m_edges.erase(ordered(a, b)) == 0)
        return;
    m_adjacency[a].remove(b);
    m_adjacency[b].remove(a);
    reheat({ a, b });
}

bool ForceLayout::hasEdge(Key a, Key b) const
{
    return m_edges.contains(ordered(a, b));
}

QPointF ForceLayout::position(Key key) const
{
    return m_nodes.value(key).position;
}

void ForceLayout::setPosition(Key key, const QPointF &position)
{
    const auto it = m_nodes.find(key);
    if (it == m_nodes.end())
        return;
    it->position = position;
    reheat(m_adjacency.value(key));
}

void ForceLayout::setPinned(Key key, bool pinned)
{
    const auto it = m_nodes.find(key);
    if (it != m_nodes.end())
        it->pinned = pinned;
}

bool ForceLayout::isPinned(Key key) const
{
    return m_nodes.value(key).pinned;
}

double ForceLayout::step()
{
    const double k = m_tuning.idealDistance;
    const double k2 = k * k;
    // Flat arrays: the O(n^2) repulsion loop dominates and must not hash.
    const qsizetype n = m_nodes.size();
    QList<Node *> nodes;
    nodes.reserve(n);
    QHash<Key, qsizetype> index;
    index.reserve(n);
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
        index.insert(it.key(), nodes.size());
        it->displacement = -it->position * m_tuning.gravity * length(it->position) / k;
        nodes.append(&*it);
    }
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            QPointF delta = nodes[i]->position - nodes[j]->position;
            double distance = length(delta);
            if (distance < 0.01) {
                // Coincident nodes: push apart along a fixed direction.
                delta = QPointF(0.01 * double(i - j), 0.01);
                distance = length(delta);
            }
            const QPointF force = delta / distance * (k2 / distance);
            nodes[i]->displacement += force;
            nodes[j]->displacement -= force;
        }
    }
    for (const auto &[a, b] : m_edges) {
        Node *na = nodes[index.value(a)];
        Node *nb = nodes[index.value(b)];
        const QPointF delta = na->position - nb->position;
        const double distance = std::max(length(delta), 0.01);
        const QPointF force = delta / distance * (distance * distance / k);
        na->displacement -= force;
        nb->displacement += force;
    }
    double largest = 0;
    for (Node *node : std::as_const(nodes)) {
        if (!node->pinned) {
            const double magnitude = length(node->displacement);
            if (magnitude > 0) {
                const double moved = std::min(magnitude, node->temperature);
                node->position += node->displacement / magnitude * moved;
                largest = std::max(largest, moved);
            }
        }
        node->temperature *= m_tuning.cooling;
    }
    return largest;
}

double ForceLayout::maxTemperature() const
{
    double hottest = 0;
    for (const Node &node : m_nodes) {
        if (!node.pinned)
            hottest = std::max(hottest, node.temperature);
    }
    return hottest;
}

bool ForceLayout::isSettled() const
{
    return maxTemperature() < m_tuning.settledTemperature;
}

} // namespace peerscope::gui
