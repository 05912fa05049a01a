#include "MainWindow.h"

#include "EventDescription.h"
#include "EventLogPanel.h"
#include "GraphExport.h"
#include "GuiLog.h"
#include "InspectorNode.h"
#include "JoinMeshDialog.h"
#include "LabMesh.h"
#include "MeshScene.h"
#include "MeshView.h"
#include "SendDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUuid>
#include <QVBoxLayout>

// The resources live in a static library: nothing references them, so register them by hand.
static void initResources()
{
    Q_INIT_RESOURCE(peerscope);
}

namespace peerscope::gui {

namespace {

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(20);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_topology(new MeshTopology(this))
    , m_scene(new MeshScene(m_topology, this))
    , m_view(new MeshView(m_scene, this))
    , m_eventLog(new EventLogModel(EventLogModel::DefaultCapacity, this))
    , m_connections(new DirectConnectionModel(this))
    , m_records(new RecordModel(this))
    , m_nodeDetails(new NodeDetailsModel(m_topology, this))
    , m_host(new InspectorNodeHost(this))
    , m_lab(new LabMesh(LabMesh::locateNodeProgram(), this))
    , m_graphLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
{
    initResources();
    setWindowTitle(tr("Peerscope Inspector"));
    setCentralWidget(m_view);
    m_view->setToolTip(tr("Wheel: zoom. Drag the background: pan. Drag a node: pin it. "
                          "Double-click a node: open a direct connection."));
    statusBar()->addWidget(m_graphLabel);
    statusBar()->addWidget(m_statusLabel);
    statusBar()->addPermanentWidget(m_countsLabel);

    createDocks();
    createActions();
    connectLab();
    connectInspectorNode();

    connect(m_view, &MeshView::nodeContextMenuRequested, this, &MainWindow::showNodeMenu);
    connect(m_view, &MeshView::linkContextMenuRequested, this, &MainWindow::showLinkMenu);
    connect(m_view, &MeshView::backgroundContextMenuRequested, this, &MainWindow::showBackgroundMenu);
    connect(m_view, &MeshView::nodeActivated, this, &MainWindow::openDirectConnectionTo);
    connect(m_scene, &MeshScene::selectedNodeChanged, this, [this](NodeId node) {
        m_nodeDetails->setNode(node);
        updateActions();
    });
    for (auto signal : { &MeshTopology::linkAdded, &MeshTopology::linkRemoved })
        connect(m_topology, signal, this, &MainWindow::updateStatusBar);
    connect(m_topology, &MeshTopology::nodeAdded, this, &MainWindow::updateStatusBar);
    connect(m_topology, &MeshTopology::nodeRemoved, this, &MainWindow::updateStatusBar);

    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(screen()->availableGeometry().size().boundedTo(QSize(1600, 1000)));
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateStatusBar();
    updateActions();
    if (m_lab->nodeProgram().isEmpty())
        qCWarning(lcGui) << "peerscope-node not found next to the inspector or on PATH; the lab is unavailable";
}

MainWindow::~MainWindow()
{
    // Children end with the window, before the models they feed.
    delete m_lab;
    m_lab = nullptr;
    delete m_host;
    m_host = nullptr;
}

void MainWindow::createDocks()
{
    m_connectionsTable = makeTable(m_connections, this);
    m_connectionsTable->setSortingEnabled(false);
    connect(
        m_connectionsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_connections, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    auto *connectionsDock = new QDockWidget(tr("Direct connections"), this);
    connectionsDock->setObjectName(QStringLiteral("connectionsDock"));
    connectionsDock->setWidget(m_connectionsTable);
    addDockWidget(Qt::BottomDockWidgetArea, connectionsDock);

    m_eventLogPanel = new EventLogPanel(m_eventLog, m_topology, this);
    auto *logDock = new QDockWidget(tr("Event log"), this);
    logDock->setObjectName(QStringLiteral("eventLogDock"));
    logDock->setWidget(m_eventLogPanel);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    tabifyDockWidget(connectionsDock, logDock);
    logDock->raise();

    auto *recordsTable = makeTable(m_records, this);
    recordsTable->setColumnWidth(RecordModel::IdColumn, 250);
    auto *recordsDock = new QDockWidget(tr("Records"), this);
    recordsDock->setObjectName(QStringLiteral("recordsDock"));
    recordsDock->setWidget(recordsTable);
    addDockWidget(Qt::BottomDockWidgetArea, recordsDock);
    tabifyDockWidget(logDock, recordsDock);
    logDock->raise();

    auto *detailsTable = makeTable(m_nodeDetails, this);
    detailsTable->setColumnWidth(0, 110);
    auto *detailsDock = new QDockWidget(tr("Node details"), this);
    detailsDock->setObjectName(QStringLiteral("nodeDetailsDock"));
    detailsDock->setWidget(detailsTable);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);
    resizeDocks({ detailsDock }, { 330 }, Qt::Horizontal);
    resizeDocks({ logDock }, { 260 }, Qt::Vertical);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *join = fileMenu->addAction(icon("join"), tr("&Join mesh..."), this, &MainWindow::joinMesh);
    join->setShortcut(QKeySequence(tr("Ctrl+J")));
    join->setToolTip(tr("Connect the inspector's own node to an existing graph by address"));
    fileMenu->addSeparator();
    QMenu *exportMenu = fileMenu->addMenu(icon("export"), tr("&Export"));
    QAction *png = exportMenu->addAction(tr("Graph as &PNG..."), this, [this] { exportImage(false); });
    png->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportMenu->addAction(tr("Graph as &SVG..."), this, [this] { exportImage(true); })
        ->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    exportMenu->addAction(tr("Topology as Graphviz &DOT..."), this, &MainWindow::exportDotFile)
        ->setShortcut(QKeySequence(tr("Ctrl+Alt+E")));
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);

    QMenu *labMenu = menuBar()->addMenu(tr("&Lab"));
    QAction *newMesh = labMenu->addAction(icon("lab"), tr("&New local mesh..."), this, &MainWindow::newLabMesh);
    newMesh->setShortcut(QKeySequence(tr("Ctrl+N")));
    newMesh->setToolTip(tr("Start N peerscope-node processes on loopback and attach the inspector"));
    m_addPeerAction = labMenu->addAction(icon("add-peer"), tr("&Add peer"), m_lab, &LabMesh::addPeer);
    m_addPeerAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_addPeerAction->setToolTip(tr("Start one more lab peer that joins the mesh"));
    m_stopPeerAction = labMenu->addAction(
        icon("stop"), tr("&Stop selected peer"), this, [this] { m_lab->stopPeer(m_scene->selectedNode()); });
    m_stopPeerAction->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    m_stopPeerAction->setToolTip(tr("Ask the selected lab peer to leave the graph cleanly"));
    m_killPeerAction = labMenu->addAction(
        icon("kill"), tr("&Kill selected peer"), this, [this] { m_lab->killPeer(m_scene->selectedNode()); });
    m_killPeerAction->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    m_killPeerAction->setToolTip(tr("SIGKILL the selected lab peer: its neighbors find out the hard way"));

    QMenu *connectionMenu = menuBar()->addMenu(tr("&Connection"));
    m_openDirectAction = connectionMenu->addAction(icon("direct"), tr("&Open direct connection"), this,
        [this] { openDirectConnectionTo(m_scene->selectedNode()); });
    m_openDirectAction->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_openDirectAction->setToolTip(tr("Open a direct connection from the inspector's node to the selected node"));
    m_sendAction
        = connectionMenu->addAction(icon("send"), tr("&Send data..."), this, &MainWindow::sendOnSelectedConnection);
    m_sendAction->setShortcut(QKeySequence(tr("Ctrl+Return")));
    m_sendAction->setToolTip(tr("Send text, hex bytes or a file on the selected direct connection"));
    m_closeConnectionAction
        = connectionMenu->addAction(icon("close"), tr("&Close connection"), this, &MainWindow::closeSelectedConnection);
    m_closeConnectionAction->setShortcut(QKeySequence(tr("Ctrl+Shift+W")));
    m_closeConnectionAction->setToolTip(tr("Close the selected direct connection"));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *fit = m_viewMenu->addAction(icon("fit"), tr("&Fit to view"), m_view, &MeshView::fitToView);
    fit->setShortcut(QKeySequence(tr("Ctrl+0")));
    fit->setToolTip(tr("Show the whole mesh and keep following it"));
    m_viewMenu->addAction(icon("zoom-in"), tr("Zoom &in"), m_view, &MeshView::zoomIn)
        ->setShortcut(QKeySequence::ZoomIn);
    m_viewMenu->addAction(icon("zoom-out"), tr("Zoom &out"), m_view, &MeshView::zoomOut)
        ->setShortcut(QKeySequence::ZoomOut);
    m_viewMenu->addSeparator();
    QAction *search = m_viewMenu->addAction(tr("Search the event &log"), m_eventLogPanel, &EventLogPanel::focusSearch);
    search->setShortcut(QKeySequence::Find);
    QAction *pause = m_viewMenu->addAction(
        tr("&Pause or resume the event log"), this, [this] { m_eventLog->setPaused(!m_eventLog->isPaused()); });
    pause->setShortcut(QKeySequence(tr("Ctrl+P")));
    m_viewMenu->addAction(tr("&Clear the event log"), m_eventLog, &EventLogModel::clear)
        ->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({ newMesh, m_addPeerAction, join });
    toolbar->addSeparator();
    toolbar->addActions({ m_openDirectAction, m_sendAction, m_closeConnectionAction });
    toolbar->addSeparator();
    toolbar->addAction(fit);
    // Shortcuts belong in tooltips so people discover them.
    for (QAction *action : toolbar->actions()) {
        if (!action->shortcut().isEmpty())
            action->setToolTip(QStringLiteral("%1 (%2)").arg(
                action->toolTip(), action->shortcut().toString(QKeySequence::NativeText)));
    }
}

void MainWindow::connectLab()
{
    connect(m_lab, &LabMesh::eventObserved, this, &MainWindow::observe);
    connect(m_lab, &LabMesh::peerStarted, this, [this](LabPeer *peer) {
        MeshNode node;
        node.id = peer->nodeId();
        node.peerId = peer->options().peerId;
        node.friendlyName = peer->options().friendlyName;
        node.origin = MeshNode::Origin::Lab;
        node.lastSeen = QDateTime::currentDateTimeUtc();
        m_topology->upsertNode(node);
    });
    connect(m_lab, &LabMesh::peerListening, this,
        [this](LabPeer *peer) { m_topology->setNodeAddresses(peer->nodeId(), { peer->listenAddress() }); });
    connect(m_lab, &LabMesh::peerFinished, m_topology, &MeshTopology::removeNode);
    connect(m_lab, &LabMesh::meshReady, this, [this](const QString &graphId, const PeerAddress &entry) {
        const QString peerId
            = QStringLiteral("inspector-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(6);
        m_host->invoke(&InspectorNode::join, graphId, peerId, tr("Inspector"), entry);
    });
}

void MainWindow::connectInspectorNode()
{
    InspectorNode *node = m_host->node();
    connect(node, &InspectorNode::eventObserved, this, &MainWindow::observe);
    connect(node, &InspectorNode::joined, this,
        [this](const NodeInfo &local, const QString &graphId, const QString &friendlyName) {
            if (m_ownNode != 0 && m_ownNode != local.nodeId)
                m_topology->removeNode(m_ownNode);
            m_ownNode = local.nodeId;
            m_graphId = graphId;
            m_ownStatus = {};
            MeshNode own;
            own.id = local.nodeId;
            own.peerId = local.peerId;
            own.friendlyName = friendlyName;
            own.addresses = local.addresses;
            own.origin = MeshNode::Origin::Own;
            own.lastSeen = QDateTime::currentDateTimeUtc();
            m_topology->upsertNode(own);
            m_records->setRecords({});
            updateStatusBar();
            Q_EMIT inspectorJoined(m_ownNode);
        });
    connect(node, &InspectorNode::localNodeChanged, this,
        [this](const NodeInfo &local) { m_topology->setNodeAddresses(local.nodeId, local.addresses); });
    connect(node, &InspectorNode::recordsRefreshed, m_records, &RecordModel::setRecords);
    connect(node, &InspectorNode::recordUpdated, m_records, &RecordModel::upsert);
    connect(node, &InspectorNode::recordRemoved, m_records, &RecordModel::remove);
    connect(node, &InspectorNode::topologyPublished, m_topology, &MeshTopology::applyTopology);
    connect(node, &InspectorNode::topologyWithdrawn, m_topology, &MeshTopology::withdrawTopology);
    connect(node, &InspectorNode::dataSent, m_connections, &DirectConnectionModel::dataSent);
    connect(node, &InspectorNode::operationFailed, this, &MainWindow::reportError);
    connect(node, &InspectorNode::left, this, [this] {
        if (m_ownNode != 0)
            m_topology->removeNode(m_ownNode);
        m_ownNode = 0;
        updateStatusBar();
    });
}

void MainWindow::observe(const ObservedEvent &event)
{
    m_eventLog->append(event);
    m_topology->observe(event);
    m_connections->observe(event);
    if (event.node == m_ownNode) {
        if (const auto *status = event.event.get<GraphStatus>()) {
            m_ownStatus = *status;
            if (status->testFlag(GraphStatusFlag::Synchronized))
                m_host->invoke(&InspectorNode::refreshRecords);
        }
        updateStatusBar();
    }
}

QString MainWindow::statusText() const
{
    return m_graphLabel->text() + QStringLiteral(" | ") + m_statusLabel->text() + QStringLiteral(" | ")
        + m_countsLabel->text();
}

void MainWindow::updateStatusBar()
{
    m_graphLabel->setText(m_graphId.isEmpty() ? tr("Not in a graph") : tr("Graph: %1").arg(m_graphId));
    m_statusLabel->setText(m_ownNode == 0 ? QString() : tr("Status: %1").arg(describeStatus(m_ownStatus)));
    int neighbors = 0;
    int directs = 0;
    for (const MeshLink &link : m_topology->links()) {
        if (link.a != m_ownNode && link.b != m_ownNode)
            continue;
        (link.kind == LinkKind::Neighbor ? neighbors : directs)++;
    }
    m_countsLabel->setText(tr("Neighbors: %1  Direct connections: %2  Nodes in view: %3")
                               .arg(neighbors)
                               .arg(directs)
                               .arg(m_topology->nodes().size()));
}

int MainWindow::selectedConnectionRow() const
{
    const QModelIndexList rows = m_connectionsTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void MainWindow::updateActions()
{
    const NodeId selected = m_scene->selectedNode();
    const MeshNode *node = m_topology->node(selected);
    m_openDirectAction->setEnabled(m_ownNode != 0 && node && selected != m_ownNode && !node->addresses.isEmpty());
    const int row = selectedConnectionRow();
    const bool open = row >= 0 && m_connections->connection(row).state == ConnectionStatus::Connected;
    m_sendAction->setEnabled(open);
    m_closeConnectionAction->setEnabled(open);
    const bool labPeer = m_lab->peer(selected) != nullptr;
    m_stopPeerAction->setEnabled(labPeer);
    m_killPeerAction->setEnabled(labPeer);
    m_addPeerAction->setEnabled(!m_lab->nodeProgram().isEmpty());
}

void MainWindow::startLab(int peers)
{
    if (m_lab->nodeProgram().isEmpty()) {
        reportError(tr("peerscope-node was not found next to the inspector or on PATH; the lab needs it."));
        return;
    }
    m_host->invoke(&InspectorNode::leave);
    m_connections->clear();
    m_lab->start(peers);
    m_view->fitToView();
}

void MainWindow::newLabMesh()
{
    bool ok = false;
    const int peers = QInputDialog::getInt(this, tr("New local mesh"), tr("Number of peers to start on loopback:"),
        QSettings().value(QStringLiteral("lab/peers"), 8).toInt(), 1, 64, 1, &ok);
    if (!ok)
        return;
    QSettings().setValue(QStringLiteral("lab/peers"), peers);
    startLab(peers);
}

void MainWindow::joinMesh()
{
    JoinMeshDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_host->invoke(&InspectorNode::join, dialog.graphId(), dialog.peerId(), dialog.friendlyName(), dialog.address());
}

void MainWindow::openDirectConnectionTo(NodeId id)
{
    const MeshNode *node = m_topology->node(id);
    if (!node || id == m_ownNode)
        return;
    if (m_ownNode == 0) {
        reportError(tr("Join a mesh or start a lab first: direct connections start at the inspector's own node."));
        return;
    }
    if (node->addresses.isEmpty()) {
        reportError(tr("No address is known for %1 yet.").arg(node->label()));
        return;
    }
    m_host->invoke(&InspectorNode::openDirectConnection, node->peerId, node->addresses.first());
}

void MainWindow::sendOnConnection(int row, const QUuid &dataType, const QByteArray &data)
{
    const DirectConnectionRow &connection = m_connections->connection(row);
    if (connection.owner == m_ownNode) {
        m_host->invoke(&InspectorNode::sendData, connection.id, dataType, data);
        return;
    }
    // A lab peer's connection: the peer itself sends, on the inspector's behalf.
    LabPeer *peer = m_lab->peer(connection.owner);
    if (!peer)
        return;
    const int command = peer->sendCommand(QStringLiteral("send"),
        { { QStringLiteral("connection"), QString::number(connection.id) },
            { QStringLiteral("type"), dataType.toString() },
            { QStringLiteral("data"), QString::fromLatin1(data.toBase64()) } });
    const NodeId owner = connection.owner;
    const ConnectionId id = connection.id;
    const qint64 bytes = data.size();
    auto handle = std::make_shared<QMetaObject::Connection>();
    *handle = connect(peer, &LabPeer::commandFinished, this,
        [this, handle, command, owner, id, bytes](int finished, bool ok, const QJsonObject &result) {
            if (finished != command)
                return;
            disconnect(*handle);
            if (ok)
                m_connections->dataSent(owner, id, bytes);
            else
                reportError(result.value(QStringLiteral("message")).toString());
        });
}

void MainWindow::sendOnSelectedConnection()
{
    const int row = selectedConnectionRow();
    if (row < 0)
        return;
    const DirectConnectionRow &connection = m_connections->connection(row);
    SendDialog dialog(
        tr("connection %1 (%2 \u2192 %3)").arg(connection.id).arg(connection.ownerName, connection.remotePeer), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const QByteArray data = dialog.payload(&error);
    sendOnConnection(row, dialog.dataType(), data);
}

void MainWindow::closeConnection(int row)
{
    const DirectConnectionRow &connection = m_connections->connection(row);
    if (connection.owner == m_ownNode)
        m_host->invoke(&InspectorNode::closeDirectConnection, connection.id);
    else if (LabPeer *peer = m_lab->peer(connection.owner))
        peer->sendCommand(
            QStringLiteral("close"), { { QStringLiteral("connection"), QString::number(connection.id) } });
}

void MainWindow::closeSelectedConnection()
{
    const int row = selectedConnectionRow();
    if (row >= 0)
        closeConnection(row);
}

void MainWindow::cutLink(const MeshLink &link)
{
    // Whichever end is a lab peer drops the link; the other end sees DISCONNECT.
    for (NodeId reporter : { link.a, link.b }) {
        if (!m_lab->peer(reporter))
            continue;
        const NodeId other = reporter == link.a ? link.b : link.a;
        if (const ConnectionId connection = m_topology->connectionBetween(reporter, other, LinkKind::Neighbor)) {
            m_lab->cutLink(reporter, connection);
            return;
        }
    }
    reportError(tr("Only links with a lab peer at one end can be cut."));
}

void MainWindow::showNodeMenu(NodeId id, const QPoint &globalPos)
{
    const MeshNode *node = m_topology->node(id);
    if (!node)
        return;
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    menu.addSection(node->label());
    QAction *direct = menu.addAction(
        icon("direct"), tr("Open direct connection"), this, [this, id] { openDirectConnectionTo(id); });
    direct->setEnabled(m_ownNode != 0 && id != m_ownNode && !node->addresses.isEmpty());
    const bool pinned = m_scene->layout().isPinned(id);
    menu.addAction(
        pinned ? tr("Unpin") : tr("Pin here"), this, [this, id, pinned] { m_scene->setPinned(id, !pinned); });
    menu.addAction(tr("Show only its events"), this, [this, id] { m_eventLogPanel->showNode(id); });
    if (m_lab->peer(id)) {
        menu.addSeparator();
        menu.addAction(icon("stop"), tr("Stop peer"), this, [this, id] { m_lab->stopPeer(id); })
            ->setToolTip(tr("The peer leaves the graph cleanly (quit command)"));
        menu.addAction(icon("kill"), tr("Kill peer"), this, [this, id] { m_lab->killPeer(id); })
            ->setToolTip(tr("SIGKILL: the peer vanishes without a goodbye"));
    }
    menu.addSeparator();
    menu.addAction(m_addPeerAction);
    menu.exec(globalPos);
}

void MainWindow::showLinkMenu(const MeshLink &link, const QPoint &globalPos)
{
    QMenu menu(this);
    if (link.kind == LinkKind::Neighbor) {
        menu.addAction(icon("cut"), tr("Cut link"), this, [this, link] { cutLink(link); });
    } else {
        for (int row = 0; row < m_connections->rowCount(); ++row) {
            const DirectConnectionRow &connection = m_connections->connection(row);
            const bool matches = (connection.owner == link.a && connection.remote == link.b)
                || (connection.owner == link.b && connection.remote == link.a);
            if (matches && connection.state == ConnectionStatus::Connected) {
                menu.addAction(icon("close"), tr("Close direct connection %1").arg(connection.id), this,
                    [this, row] { closeConnection(row); });
            }
        }
    }
    menu.addAction(m_addPeerAction);
    menu.exec(globalPos);
}

void MainWindow::showBackgroundMenu(const QPoint &globalPos)
{
    QMenu menu(this);
    menu.addAction(m_addPeerAction);
    menu.addActions(m_viewMenu->actions().mid(0, 3));
    menu.exec(globalPos);
}

void MainWindow::exportImage(bool svg)
{
    const QString filter = svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export graph"), svg ? QStringLiteral("mesh.svg") : QStringLiteral("mesh.png"), filter);
    if (path.isEmpty())
        return;
    const QString error = svg ? exportSvg(m_scene, path) : exportPng(m_scene, path);
    if (!error.isEmpty())
        reportError(error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
}

void MainWindow::exportDotFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export topology"), QStringLiteral("mesh.dot"), tr("Graphviz files (*.dot *.gv)"));
    if (path.isEmpty())
        return;
    const QString error = exportDot(*m_topology, path);
    if (!error.isEmpty())
        reportError(error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
}

void MainWindow::reportError(const QString &message)
{
    qCWarning(lcGui).noquote() << message;
    statusBar()->showMessage(message, 10000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_lab->shutdown();
    QMainWindow::closeEvent(event);
}

} // namespace peerscope::gui
