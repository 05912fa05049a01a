#include "MeshView.h"

#include "LinkItem.h"
#include "MeshScene.h"
#include "NodeItem.h"

#include <QContextMenuEvent>
#include <QMouseEvent>
#include <QWheelEvent>

namespace peerscope::gui {

namespace {
constexpr double ZoomStep = 1.2;
constexpr double FitMargin = 40.0;
constexpr double MaxAutoFitScale = 1.6; // a two-node mesh should not fill the screen
} // namespace

MeshView::MeshView(MeshScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    // Panning works by dragging; scrollbars would only flicker while the layout moves.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setBackgroundBrush(QColor(0xF8, 0xFA, 0xFC));
    setToolTip({});
    connect(scene, &MeshScene::layoutAdvanced, this, [this] {
        if (m_autoFit)
            fitContents();
    });
}

void MeshView::fitContents()
{
    const QRectF bounds = m_scene->itemsBoundingRect().adjusted(-FitMargin, -FitMargin, FitMargin, FitMargin);
    if (bounds.isEmpty())
        return;
    setSceneRect(bounds.united(QRectF(-200, -150, 400, 300)));
    fitInView(bounds, Qt::KeepAspectRatio);
    if (transform().m11() > MaxAutoFitScale) {
        resetTransform();
        scale(MaxAutoFitScale, MaxAutoFitScale);
        centerOn(bounds.center());
    }
}

void MeshView::fitToView()
{
    m_autoFit = true;
    fitContents();
}

void MeshView::zoomIn()
{
    zoomBy(ZoomStep);
}

void MeshView::zoomOut()
{
    zoomBy(1.0 / ZoomStep);
}

void MeshView::zoomBy(double factor)
{
    m_autoFit = false;
    // Let the user zoom past the current items: the scene rect must not clamp the view.
    setSceneRect(m_scene->itemsBoundingRect().adjusted(-2000, -2000, 2000, 2000));
    scale(factor, factor);
}

void MeshView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return;
    zoomBy(std::pow(ZoomStep, delta / 120.0));
    event->accept();
}

void MeshView::mousePressEvent(QMouseEvent *event)
{
    if (!itemAt(event->position().toPoint()))
        m_autoFit = false; // panning by hand
    QGraphicsView::mousePressEvent(event);
}

void MeshView::mouseDoubleClickEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        if (item->type() == NodeItem::Type) {
            Q_EMIT nodeActivated(static_cast<NodeItem *>(item)->nodeId());
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void MeshView::contextMenuEvent(QContextMenuEvent *event)
{
    for (QGraphicsItem *item : items(event->pos())) {
        if (item->type() == NodeItem::Type) {
            const NodeId id = static_cast<NodeItem *>(item)->nodeId();
            m_scene->selectNode(id);
            Q_EMIT nodeContextMenuRequested(id, event->globalPos());
            return;
        }
        if (item->type() == LinkItem::Type) {
            Q_EMIT linkContextMenuRequested(static_cast<LinkItem *>(item)->link(), event->globalPos());
            return;
        }
    }
    Q_EMIT backgroundContextMenuRequested(event->globalPos());
}

void MeshView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitContents();
}

} // namespace peerscope::gui
