#pragma once

#include "MeshTopology.h"

#include <QGraphicsItem>

namespace peerscope::gui {

class MeshScene;

// A node of the graph view: a disc with its label. Draggable; a dragged node stays pinned.
class NodeItem : public QGraphicsItem
{
public:
    static constexpr double Radius = 14.0;
    enum { Type = UserType + 1 };

    NodeItem(MeshScene *scene, const MeshNode &node);

    int type() const override { return Type; }
    NodeId nodeId() const { return m_node.id; }
    const MeshNode &node() const { return m_node; }
    void setNode(const MeshNode &node);
    void setPinned(bool pinned);
    bool isPinned() const { return m_pinned; }
    void pulse();
    // Fades the glow; returns true while it still glows.
    bool decay(double amount);
    // Moves the item without treating it as a user drag.
    void setLayoutPosition(const QPointF &position);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void refreshToolTip();
    void refreshBounds();
    MeshScene *m_scene;
    MeshNode m_node;
    bool m_pinned = false;
    bool m_layoutMove = false;
    double m_glow = 0;
    QRectF m_bounds; // cached: measuring the label is costly and the scene asks often
};

} // namespace peerscope::gui
