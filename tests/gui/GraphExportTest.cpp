#include "GraphExport.h"
#include "LinkItem.h"
#include "MeshScene.h"
#include "NodeItem.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace peerscope;
using namespace peerscope::gui;

namespace {

// Three nodes in a line plus a direct connection from the own node to the last.
void buildMesh(MeshTopology &topology)
{
    for (NodeId id : { 1, 2, 3 }) {
        MeshNode node;
        node.id = id;
        node.peerId = QStringLiteral("peer-%1").arg(id);
        node.friendlyName = id == 1 ? QStringLiteral("Inspector \"one\"") : QString();
        node.origin = id == 1 ? MeshNode::Origin::Own : MeshNode::Origin::Lab;
        topology.upsertNode(node);
    }
    const auto link = [&](NodeId reporter, ConnectionId connection, NodeId remote, EventType type) {
        ObservedEvent event;
        event.node = reporter;
        event.event.type = type;
        event.event.data
            = ConnectionChange { ConnectionStatus::Connected, connection, remote, {}, 0, PeerError::Ok, {} };
        topology.observe(event);
    };
    link(1, 10, 2, EventType::NeighborConnection);
    link(2, 20, 3, EventType::NeighborConnection);
    link(1, 11, 3, EventType::DirectConnection);
}

} // namespace

TEST(GraphExport, DotListsEveryNodeAndLinkWithDirectOnesDashed)
{
    MeshTopology topology;
    buildMesh(topology);
    const QString dot = topologyToDot(topology);
    EXPECT_TRUE(dot.startsWith(QStringLiteral("graph mesh {")));
    EXPECT_TRUE(dot.contains(QStringLiteral("n1 [label=\"Inspector \\\"one\\\"\"")));
    EXPECT_TRUE(dot.contains(QStringLiteral("n2 [label=\"peer-2\"")));
    EXPECT_TRUE(dot.contains(QStringLiteral("n1 -- n2;")));
    EXPECT_TRUE(dot.contains(QStringLiteral("n2 -- n3;")));
    EXPECT_TRUE(dot.contains(QStringLiteral("n1 -- n3 [style=dashed")));
    EXPECT_EQ(dot.count(QStringLiteral(" -- ")), 3);

    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("mesh.dot"));
    ASSERT_TRUE(exportDot(topology, path).isEmpty());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()), dot);
}

TEST(GraphExport, PngAndSvgContainTheDrawing)
{
    MeshTopology topology;
    buildMesh(topology);
    MeshScene scene(&topology);
    scene.setAnimated(false);
    while (!scene.isSettled())
        scene.advanceLayout();
    ASSERT_NE(scene.linkItem({ 1, 3, LinkKind::Direct }), nullptr);

    QTemporaryDir directory;
    const QString png = directory.filePath(QStringLiteral("mesh.png"));
    ASSERT_EQ(exportPng(&scene, png), QString());
    QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 100);
    EXPECT_GT(image.height(), 20);
    // The own node is drawn amber: some pixel must be clearly orange.
    bool amber = false;
    for (int y = 0; y < image.height() && !amber; ++y)
        for (int x = 0; x < image.width() && !amber; ++x) {
            const QColor c = image.pixelColor(x, y);
            amber = c.red() > 200 && c.green() > 120 && c.green() < 190 && c.blue() < 60;
        }
    EXPECT_TRUE(amber);

    const QString svg = directory.filePath(QStringLiteral("mesh.svg"));
    ASSERT_EQ(exportSvg(&scene, svg), QString());
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString root;
    int drawn = 0;
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (root.isEmpty())
                root = xml.name().toString();
            if (xml.name() == QLatin1String("path") || xml.name() == QLatin1String("polyline")
                || xml.name() == QLatin1String("ellipse") || xml.name() == QLatin1String("circle"))
                ++drawn;
            if (xml.name() == QLatin1String("text"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(root, QStringLiteral("svg"));
    EXPECT_GE(drawn, 6) << "three nodes and three links";
    EXPECT_TRUE(texts.contains(QStringLiteral("peer-2"))) << texts.join(QLatin1Char('|')).toStdString();
}
