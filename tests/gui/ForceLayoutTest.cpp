#include "ForceLayout.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QLineF>

using peerscope::gui::ForceLayout;

namespace {

// A ring with a few chords: a small mesh like the lab builds.
ForceLayout meshOf(int count)
{
    ForceLayout layout;
    for (int i = 1; i <= count; ++i)
        layout.addNode(quint64(i), i > 1 ? QList<quint64> { quint64(i - 1) } : QList<quint64> {});
    layout.addEdge(quint64(count), 1);
    for (int i = 1; i + 3 <= count; i += 3)
        layout.addEdge(quint64(i), quint64(i + 3));
    return layout;
}

int settle(ForceLayout &layout, int maxSteps = 2000)
{
    int steps = 0;
    while (!layout.isSettled() && steps < maxSteps) {
        layout.step();
        ++steps;
    }
    return steps;
}

double distance(const ForceLayout &layout, quint64 a, quint64 b)
{
    return QLineF(layout.position(a), layout.position(b)).length();
}

} // namespace

TEST(ForceLayout, SettlesWithLinkedNodesNearTheIdealDistance)
{
    ForceLayout layout = meshOf(12);
    const int steps = settle(layout);
    EXPECT_TRUE(layout.isSettled());
    EXPECT_LT(steps, 2000);
    const double k = layout.tuning().idealDistance;
    for (quint64 i = 1; i < 12; ++i) {
        EXPECT_GT(distance(layout, i, i + 1), 0.4 * k) << i;
        EXPECT_LT(distance(layout, i, i + 1), 2.5 * k) << i;
    }
    // No two nodes on top of each other.
    for (quint64 a = 1; a <= 12; ++a)
        for (quint64 b = a + 1; b <= 12; ++b)
            EXPECT_GT(distance(layout, a, b), 0.3 * k) << a << "-" << b;
}

TEST(ForceLayout, OnceSettledAStepMovesNothingNoticeably)
{
    ForceLayout layout = meshOf(10);
    settle(layout);
    EXPECT_LT(layout.step(), layout.tuning().settledTemperature);
}

TEST(ForceLayout, AddingOneNodeMovesExistingNodesABoundedAmount)
{
    ForceLayout layout = meshOf(15);
    settle(layout);
    QHash<quint64, QPointF> before;
    for (quint64 key : layout.nodes())
        before.insert(key, layout.position(key));

    layout.addNode(100, { 7 });
    EXPECT_LT(distance(layout, 100, 7), 1.5 * layout.tuning().idealDistance) << "placed next to its neighbor";
    settle(layout);

    double largest = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        largest = std::max(largest, QLineF(it.value(), layout.position(it.key())).length());
    // Bounded by the reheat budget: a fraction of a link length, no re-arrangement.
    EXPECT_LT(largest, 0.6 * layout.tuning().idealDistance);
    EXPECT_GT(largest, 0.0) << "the neighbours do make room";
    EXPECT_LT(distance(layout, 100, 7), 2.0 * layout.tuning().idealDistance);
}

TEST(ForceLayout, AnIsolatedNodeMovesNextToItsFirstLink)
{
    ForceLayout layout = meshOf(6);
    settle(layout);
    layout.addNode(50); // heard of before we know its links
    const double farAway = distance(layout, 50, 3);
    layout.addEdge(50, 3);
    EXPECT_LT(distance(layout, 50, 3), farAway + 1e-9);
    EXPECT_LT(distance(layout, 50, 3), 1.5 * layout.tuning().idealDistance);
}

TEST(ForceLayout, PinnedNodesStayWhereTheyWerePut)
{
    ForceLayout layout = meshOf(8);
    layout.setPosition(4, QPointF(500, -300));
    layout.setPinned(4, true);
    settle(layout);
    EXPECT_EQ(layout.position(4), QPointF(500, -300));
    EXPECT_TRUE(layout.isPinned(4));
}

TEST(ForceLayout, IsDeterministic)
{
    ForceLayout first = meshOf(9);
    ForceLayout second = meshOf(9);
    for (int i = 0; i < 50; ++i) {
        first.step();
        second.step();
    }
    for (quint64 key : first.nodes())
        EXPECT_EQ(first.position(key), second.position(key)) << key;
}

TEST(ForceLayout, RemovingANodeDropsItsEdges)
{
    ForceLayout layout = meshOf(5);
    ASSERT_TRUE(layout.hasEdge(2, 3));
    layout.removeNode(3);
    EXPECT_FALSE(layout.contains(3));
    EXPECT_FALSE(layout.hasEdge(2, 3));
    EXPECT_EQ(layout.nodeCount(), 4);
    settle(layout);
    EXPECT_TRUE(layout.isSettled());
}
