#include "GraphExport.h"

#include "MeshTopology.h"

#include <QCoreApplication>
#include <QFile>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace peerscope::gui {

namespace {

struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(GraphExport)
};

constexpr double Margin = 24.0;

QRectF exportedRect(QGraphicsScene *scene)
{
    return scene->itemsBoundingRect().adjusted(-Margin, -Margin, Margin, Margin);
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString exportPng(QGraphicsScene *scene, const QString &path)
{
    const QRectF source = exportedRect(scene);
    QImage image(source.size().toSize().expandedTo(QSize(1, 1)) * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0); // crisp on slides
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    }
    if (!image.save(path, "PNG"))
        return ExportText::tr("Could not write %1.").arg(path);
    return {};
}

QString exportSvg(QGraphicsScene *scene, const QString &path)
{
    const QRectF source = exportedRect(scene);
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(ExportText::tr("Peerscope mesh"));
    generator.setDescription(ExportText::tr("The peer graph as drawn by the Peerscope inspector."));
    QPainter painter;
    if (!painter.begin(&generator))
        return ExportText::tr("Could not write %1.").arg(path);
    painter.fillRect(QRectF(QPointF(0, 0), source.size()), Qt::white);
    scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    if (!QFile::exists(path))
        return ExportText::tr("Could not write %1.").arg(path);
    return {};
}

QString topologyToDot(const MeshTopology &topology)
{
    QString dot = QStringLiteral("graph mesh {\n  node [shape=circle, style=filled, fillcolor=\"#3b82f6\", "
                                 "fontname=\"sans-serif\"];\n");
    for (const MeshNode &node : topology.nodes()) {
        dot += QStringLiteral("  n%1 [label=%2").arg(node.id).arg(quoted(node.label()));
        if (node.origin == MeshNode::Origin::Own)
            dot += QStringLiteral(", fillcolor=\"#f59e0b\", peripheries=2");
        else if (node.origin == MeshNode::Origin::Observed)
            dot += QStringLiteral(", fillcolor=\"#94a3b8\"");
        dot += QStringLiteral("];\n");
    }
    for (const MeshLink &link : topology.links()) {
        dot += QStringLiteral("  n%1 -- n%2").arg(link.a).arg(link.b);
        if (link.kind == LinkKind::Direct)
            dot += QStringLiteral(" [style=dashed, color=\"#c026d3\"]");
        dot += QStringLiteral(";\n");
    }
    dot += QStringLiteral("}\n");
    return dot;
}

QString exportDot(const MeshTopology &topology, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return ExportText::tr("Could not write %1: %2").arg(path, file.errorString());
    file.write(topologyToDot(topology).toUtf8());
    if (!file.commit())
        return ExportText::tr("Could not write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace peerscope::gui
