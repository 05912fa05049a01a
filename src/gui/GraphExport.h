#pragma once

#include <QString>

class QGraphicsScene;

namespace peerscope::gui {

class MeshTopology;

// Writers for "File > Export": the graph view as PNG or SVG, the topology as GraphViz DOT.
// Each returns an empty string on success, otherwise a sentence for the user.
QString exportPng(QGraphicsScene *scene, const QString &path);
QString exportSvg(QGraphicsScene *scene, const QString &path);
QString exportDot(const MeshTopology &topology, const QString &path);
QString topologyToDot(const MeshTopology &topology);

} // namespace peerscope::gui
