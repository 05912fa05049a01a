#include "LinkItem.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPathStroker>

namespace peerscope::gui {

namespace {

struct LinkText
{
    Q_DECLARE_TR_FUNCTIONS(LinkItem)
};

const QColor NeighborColor(0x64, 0x74, 0x8B);
const QColor DirectColor(0xC0, 0x26, 0xD3);
const QColor TrafficColor(0x22, 0xC5, 0x5E);
constexpr double DirectOffset = 5.0; // direct links run beside the neighbor link of the same pair

QColor mix(const QColor &from, const QColor &to, double t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
        float(from.greenF() + (to.greenF() - from.greenF()) * t),
        float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

} // namespace

LinkItem::LinkItem(const MeshLink &link)
    : m_link(link)
{
    setZValue(link.kind == LinkKind::Direct ? 1 : 0);
    setToolTip(link.kind == LinkKind::Direct ? LinkText::tr("Direct connection")
                                             : LinkText::tr("Neighbor link (right-click to cut it in the lab)"));
}

void LinkItem::setEnds(const QPointF &a, const QPointF &b)
{
    if (a == m_a && b == m_b)
        return;
    prepareGeometryChange();
    m_a = a;
    m_b = b;
}

void LinkItem::pulse()
{
    m_glow = 1.0;
    update();
}

bool LinkItem::decay(double amount)
{
    if (m_glow <= 0)
        return false;
    m_glow = std::max(0.0, m_glow - amount);
    update();
    return m_glow > 0;
}

QLineF LinkItem::drawnLine() const
{
    QLineF line(m_a, m_b);
    if (m_link.kind == LinkKind::Direct && line.length() > 0) {
        const QLineF normal = line.normalVector().unitVector();
        const QPointF offset = (normal.p2() - normal.p1()) * DirectOffset;
        line.translate(offset);
    }
    return line;
}

QRectF LinkItem::boundingRect() const
{
    return QRectF(m_a, m_b).normalized().adjusted(-10, -10, 10, 10);
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path;
    const QLineF line = drawnLine();
    path.moveTo(line.p1());
    path.lineTo(line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path);
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool direct = m_link.kind == LinkKind::Direct;
    const QColor base = direct ? DirectColor : NeighborColor;
    QPen pen(mix(base, TrafficColor, m_glow), (direct ? 2.0 : 1.6) + 3.0 * m_glow);
    if (direct)
        pen.setStyle(Qt::DashLine);
    // Cosmetic: the same width at every zoom, and the raster engine's fast path for thin lines.
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawLine(drawnLine());
}

} // namespace peerscope::gui
