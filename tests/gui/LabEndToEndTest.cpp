// The inspector against a real lab: peerscope-node processes on loopback, the inspector's own
// Graph in its worker thread, driven through the widgets.
#include "DirectConnectionModel.h"
#include "EventLogModel.h"
#include "LabMesh.h"
#include "MainWindow.h"
#include "MeshScene.h"
#include "MeshView.h"
#include "NodeItem.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace peerscope;
using namespace peerscope::gui;

namespace {

constexpr int Timeout = 20'000;

int rowWhere(const DirectConnectionModel &model, const std::function<bool(const DirectConnectionRow &)> &match)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (match(model.connection(row)))
            return row;
    }
    return -1;
}

} // namespace

TEST(LabEndToEnd, ClickANodeOpenADirectConnectionSendTextAndCloseIt)
{
    MainWindow window;
    window.lab()->setNodeProgram(QStringLiteral(PEERSCOPE_NODE_BINARY));
    window.resize(1200, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    QSignalSpy joined(&window, &MainWindow::inspectorJoined);
    window.startLab(3);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.lab()->listeningCount() == 3 && joined.count() == 1; }, Timeout));
    const NodeId own = window.ownNode();
    ASSERT_NE(own, 0u);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.topology()->neighbors(own).isEmpty(); }, Timeout))
        << "the inspector's node joins the lab mesh";
    EXPECT_TRUE(window.statusText().contains(window.lab()->graphId())) << window.statusText().toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.statusText().contains(QStringLiteral("listening")); }, Timeout))
        << "the inspector's node listens once synchronized: " << window.statusText().toStdString();

    LabPeer *target = window.lab()->peers().last();
    const NodeId targetNode = target->nodeId();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.scene()->isSettled(); }, Timeout));
    NodeItem *item = window.scene()->nodeItem(targetNode);
    ASSERT_NE(item, nullptr);

    // Select by clicking, then double-click to open the direct connection.
    const QPoint where = window.view()->mapFromScene(item->scenePos());
    QTest::mouseClick(window.view()->viewport(), Qt::LeftButton, {}, where);
    ASSERT_EQ(window.scene()->selectedNode(), targetNode);
    EXPECT_EQ(window.nodeDetails()->value(QStringLiteral("Peer id")), target->options().peerId);
    QTest::mouseDClick(window.view()->viewport(), Qt::LeftButton, {}, where);

    DirectConnectionModel &connections = *window.connections();
    int ownRow = -1;
    int targetRow = -1;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            ownRow = rowWhere(connections, [&](const DirectConnectionRow &r) {
                return r.owner == own && r.remote == targetNode && r.state == ConnectionStatus::Connected;
            });
            targetRow = rowWhere(connections, [&](const DirectConnectionRow &r) {
                return r.owner == targetNode && r.remote == own && r.state == ConnectionStatus::Connected;
            });
            return ownRow >= 0 && targetRow >= 0;
        },
        Timeout))
        << "both ends report the direct connection";
    EXPECT_NE(
        window.scene()->linkItem(MeshLink { std::min(own, targetNode), std::max(own, targetNode), LinkKind::Direct }),
        nullptr)
        << "drawn as a direct link";

    const QByteArray text("hello from the inspector");
    const QUuid type = QUuid::createUuid();
    window.connectionsTable()->selectRow(ownRow);
    window.sendOnConnection(ownRow, type, text);
    ASSERT_TRUE(QTest::qWaitFor([&] { return connections.connection(targetRow).messagesReceived == 1; }, Timeout))
        << "the lab peer received it";
    EXPECT_EQ(connections.connection(targetRow).bytesReceived, text.size());
    ASSERT_TRUE(QTest::qWaitFor([&] { return connections.connection(ownRow).messagesSent == 1; }, Timeout));
    EXPECT_EQ(connections.connection(ownRow).bytesSent, text.size());

    EventLogModel &log = *window.eventLog();
    log.flush();
    bool logged = false;
    for (int row = 0; row < log.rowCount(); ++row) {
        const EventLogEntry &entry = log.entry(row);
        logged |= entry.node == targetNode && entry.type == EventType::IncomingData
            && entry.details.contains(QString::fromUtf8(text));
    }
    EXPECT_TRUE(logged) << "the arrival is in the event log";

    window.closeConnection(ownRow);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return connections.connection(ownRow).state == ConnectionStatus::Disconnected
                && connections.connection(targetRow).state == ConnectionStatus::Disconnected;
        },
        Timeout))
        << "both ends see it closed";
}

TEST(LabEndToEnd, KillingAPeerRemovesItAndItsLinks)
{
    MainWindow window;
    window.lab()->setNodeProgram(QStringLiteral(PEERSCOPE_NODE_BINARY));
    QSignalSpy listening(window.lab(), &LabMesh::allPeersListening);
    window.startLab(3);
    ASSERT_TRUE(listening.wait(Timeout));
    LabPeer *victim = window.lab()->peers().last();
    const NodeId node = victim->nodeId();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.topology()->neighbors(node).isEmpty(); }, Timeout));

    QSignalSpy finished(window.lab(), &LabMesh::peerFinished);
    window.lab()->killPeer(node);
    ASSERT_TRUE(finished.wait(Timeout));
    EXPECT_EQ(window.topology()->node(node), nullptr);
    EXPECT_EQ(window.scene()->nodeItem(node), nullptr);
    for (const MeshLink &link : window.topology()->links())
        EXPECT_TRUE(link.a != node && link.b != node);
    EXPECT_EQ(window.lab()->peers().size(), 2);
}
