#pragma once

#include "MeshTopology.h"

#include <QGraphicsItem>

namespace peerscope::gui {

// A link of the graph view: solid for neighbor links, dashed for direct connections. It glows
// for a moment when traffic crosses it.
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    explicit LinkItem(const MeshLink &link);

    int type() const override { return Type; }
    const MeshLink &link() const { return m_link; }
    void setEnds(const QPointF &a, const QPointF &b);
    void pulse();
    // Fades the glow; returns true while it still glows.
    bool decay(double amount);
    double glow() const { return m_glow; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QLineF drawnLine() const;
    MeshLink m_link;
    QPointF m_a;
    QPointF m_b;
    double m_glow = 0;
};

} // namespace peerscope::gui
