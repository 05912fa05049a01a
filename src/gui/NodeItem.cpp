#include "NodeItem.h"

#include "EventDescription.h"
#include "MeshScene.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace peerscope::gui {

namespace {

struct NodeText
{
    Q_DECLARE_TR_FUNCTIONS(NodeItem)
};

QColor fillFor(MeshNode::Origin origin)
{
    switch (origin) {
    case MeshNode::Origin::Own: return QColor(0xF5, 0x9E, 0x0B); // amber: "you are here"
    case MeshNode::Origin::Lab: return QColor(0x3B, 0x82, 0xF6);
    case MeshNode::Origin::Observed: return QColor(0x94, 0xA3, 0xB8);
    }
    return Qt::gray;
}

QFont labelFont()
{
    QFont font;
    font.setPointSizeF(8.5);
    return font;
}

} // namespace

NodeItem::NodeItem(MeshScene *scene, const MeshNode &node)
    : m_scene(scene)
    , m_node(node)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setZValue(2);
    setCursor(Qt::PointingHandCursor);
    refreshBounds();
    refreshToolTip();
}

void NodeItem::setNode(const MeshNode &node)
{
    prepareGeometryChange();
    m_node = node;
    refreshBounds();
    refreshToolTip();
    update();
}

void NodeItem::refreshToolTip()
{
    QString tip = QStringLiteral("<b>%1</b><br>").arg(m_node.label().toHtmlEscaped())
        + NodeText::tr("Peer id: %1").arg(m_node.peerId.toHtmlEscaped()) + QStringLiteral("<br>")
        + NodeText::tr("Node id: %1").arg(m_node.id);
    if (m_node.statusKnown)
        tip += QStringLiteral("<br>") + NodeText::tr("Status: %1").arg(describeStatus(m_node.status));
    if (m_node.origin == MeshNode::Origin::Own)
        tip += QStringLiteral("<br><i>") + NodeText::tr("This is the inspector's own node.") + QStringLiteral("</i>");
    else
        tip += QStringLiteral("<br><i>") + NodeText::tr("Double-click to open a direct connection.")
            + QStringLiteral("</i>");
    setToolTip(tip);
}

void NodeItem::setPinned(bool pinned)
{
    m_pinned = pinned;
    update();
}

void NodeItem::pulse()
{
    m_glow = 1.0;
    update();
}

bool NodeItem::decay(double amount)
{
    if (m_glow <= 0)
        return false;
    m_glow = std::max(0.0, m_glow - amount);
    update();
    return m_glow > 0;
}

void NodeItem::setLayoutPosition(const QPointF &position)
{
    m_layoutMove = true;
    setPos(position);
    m_layoutMove = false;
}

void NodeItem::refreshBounds()
{
    const QFontMetricsF metrics(labelFont());
    const double labelWidth = metrics.horizontalAdvance(m_node.label()) + 8;
    const double width = std::max(2 * Radius + 8, labelWidth);
    m_bounds = QRectF(-width / 2, -Radius - 4, width, 2 * Radius + 8 + metrics.height() + 2);
}

QRectF NodeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addEllipse(QPointF(0, 0), Radius + 2, Radius + 2);
    return path;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor fill = fillFor(m_node.origin);
    const bool selected = option->state.testFlag(QStyle::State_Selected);
    if (m_glow > 0) { // a flood just reached this node
        painter->setPen(QPen(QColor(0x22, 0xC5, 0x5E, int(220 * m_glow)), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPointF(0, 0), Radius + 3, Radius + 3);
    }
    if (selected) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x22, 0xC5, 0x5E, 90));
        painter->drawEllipse(QPointF(0, 0), Radius + 4, Radius + 4);
    }
    QPen outline(selected ? QColor(0x15, 0x80, 0x3D) : fill.darker(160), selected ? 2.5 : 1.5);
    outline.setCosmetic(true); // thin outlines stroke far faster, and stay crisp when zoomed
    painter->setPen(outline);
    painter->setBrush(fill);
    painter->drawEllipse(QPointF(0, 0), Radius, Radius);
    if (m_node.origin == MeshNode::Origin::Own) {
        painter->setPen(QPen(fill.darker(180), 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPointF(0, 0), Radius - 4, Radius - 4);
    }
    if (m_pinned) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xDC, 0x26, 0x26));
        painter->drawEllipse(QPointF(Radius * 0.7, -Radius * 0.7), 3.5, 3.5);
    }
    static const QFont font = labelFont();
    painter->setFont(font);
    painter->setPen(QColor(0x1F, 0x29, 0x37));
    const QRectF bounds = boundingRect();
    painter->drawText(QRectF(bounds.left(), Radius + 2, bounds.width(), bounds.bottom() - Radius - 2),
        Qt::AlignHCenter | Qt::AlignTop, m_node.label());
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged && !m_layoutMove && m_scene)
        m_scene->nodeDragged(m_node.id, value.toPointF());
    return QGraphicsItem::itemChange(change, value);
}

} // namespace peerscope::gui
