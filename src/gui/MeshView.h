#pragma once

#include "MeshTopology.h"

#include <QGraphicsView>

namespace peerscope::gui {

class MeshScene;

// The graph view: wheel zoom around the cursor, drag the background to pan, fit to view.
// It keeps the mesh fitted while it grows, until the user zooms or pans by hand.
class MeshView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit MeshView(MeshScene *scene, QWidget *parent = nullptr);

    MeshScene *meshScene() const { return m_scene; }
    bool followsLayout() const { return m_autoFit; }

public Q_SLOTS:
    void fitToView(); // also resumes following the layout
    void zoomIn();
    void zoomOut();

Q_SIGNALS:
    void nodeContextMenuRequested(peerscope::NodeId node, const QPoint &globalPos);
    void linkContextMenuRequested(const peerscope::gui::MeshLink &link, const QPoint &globalPos);
    void backgroundContextMenuRequested(const QPoint &globalPos);
    void nodeActivated(peerscope::NodeId node); // double-click

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void zoomBy(double factor);
    void fitContents();
    MeshScene *m_scene;
    bool m_autoFit = true;
};

} // namespace peerscope::gui
