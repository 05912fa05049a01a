#pragma once

#include <QList>
#include <QMap>
#include <QPointF>
#include <QSet>

#include <set>

namespace peerscope::gui {

// A Fruchterman-Reingold spring layout with per-node temperatures.
//
// Each node carries its own temperature (the most it may move in one step) that cools
// geometrically. A structural change heats the new node fully, its neighbours a little and
// everyone else barely, so the picture settles and stays put while nodes come and go
// instead of re-arranging itself on every event. Pure: no Qt widgets, deterministic.
class ForceLayout
{
public:
    using Key = quint64;

    struct Tuning
    {
        double idealDistance = 90.0; // FR's k: the preferred link length
        double initialTemperature = 40.0; // the step limit of a freshly added node
        double cooling = 0.92; // temperature factor per step
        double neighborReheat = 0.3; // share of the initial temperature for the neighbours of a change
        double globalReheat = 0.05; // share for every other node
        double settledTemperature = 0.25; // below this everywhere the layout is settled
        double gravity = 0.02; // pull toward the origin that keeps components together
    };

    ForceLayout();
    explicit ForceLayout(const Tuning &tuning);

    // New nodes start near the centroid of their already placed neighbours; a node added
    // without any is moved next to the far end of its first link.
    void addNode(Key key, const QList<Key> &neighbors = {});
    void removeNode(Key key);
    void addEdge(Key a, Key b);
    void removeEdge(Key a, Key b);
    bool contains(Key key) const { return m_nodes.contains(key); }
    bool hasEdge(Key a, Key b) const;
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }
    QList<Key> nodes() const { return m_nodes.keys(); }

    QPointF position(Key key) const;
    // Moves a node (e.g. dragged by the user); pinned nodes are never moved by step().
    void setPosition(Key key, const QPointF &position);
    void setPinned(Key key, bool pinned);
    bool isPinned(Key key) const;

    // One iteration; returns the largest displacement of any node.
    double step();
    bool isSettled() const;
    double maxTemperature() const;
    const Tuning &tuning() const { return m_tuning; }

private:
    struct Node
    {
        QPointF position;
        QPointF displacement;
        double temperature = 0;
        bool pinned = false;
        bool anchored = false; // has had a link; until then its first link places it
    };
    QPointF placementFor(Key key, const QList<Key> &neighbors) const;
    void reheat(const QSet<Key> &near);

    Tuning m_tuning;
    QMap<Key, Node> m_nodes; // ordered: iteration (and so the result) is deterministic
    QMap<Key, QSet<Key>> m_adjacency;
    std::set<std::pair<Key, Key>> m_edges; // (min, max), ordered
};

} // namespace peerscope::gui
