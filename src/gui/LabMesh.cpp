#include "LabMesh.h"

#include "GuiLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

namespace peerscope::gui {

namespace {
constexpr int LabMaxNeighbors = 4;
}

LabMesh::LabMesh(const QString &nodeProgram, QObject *parent)
    : QObject(parent)
    , m_program(nodeProgram)
{
}

LabMesh::~LabMesh()
{
    blockSignals(true); // listeners may be half destroyed already
    shutdown();
}

QString LabMesh::locateNodeProgram()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
        { here.filePath(QStringLiteral("../cli/peerscope-node")), here.filePath(QStringLiteral("peerscope-node")) }) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("peerscope-node"));
}

void LabMesh::start(int count)
{
    shutdown();
    m_graphId = QStringLiteral("lab-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    m_nextNumber = 1;
    m_waiting = count;
    launchPending();
}

void LabMesh::addPeer()
{
    if (m_graphId.isEmpty()) {
        start(1);
        return;
    }
    ++m_waiting;
    launchPending();
}

void LabMesh::launchPending()
{
    if (m_waiting <= 0 || m_launching)
        return;
    const bool create = m_peers.isEmpty();
    if (!create && listeningCount() == 0)
        return; // wait for someone to connect to
    --m_waiting;
    launch(create);
}

PeerAddress LabMesh::entryFor(int index) const
{
    // A binary tree over the listening peers: spreads the initial connections.
    QList<PeerAddress> listening;
    for (LabPeer *peer : m_peers) {
        if (peer->isRunning() && !peer->listenAddress().isNull())
            listening.append(peer->listenAddress());
    }
    return listening.isEmpty() ? PeerAddress {} : listening.at(((index - 1) / 2) % listening.size());
}

void LabMesh::launch(bool create)
{
    const int number = m_nextNumber++;
    LabPeer::Options options;
    options.program = m_program;
    options.graphId = m_graphId;
    options.peerId = QStringLiteral("lab-%1").arg(number);
    options.friendlyName = tr("Peer %1").arg(number);
    options.databasePath = m_directory.filePath(m_graphId + QLatin1Char('-') + options.peerId + QStringLiteral(".db"));
    options.create = create;
    options.connectTo = entryFor(number - 1);
    options.maxNeighbors = LabMaxNeighbors;

    auto *peer = new LabPeer(options, this);
    m_peers.append(peer);
    m_launching = true;
    connect(peer, &LabPeer::started, this, [this, peer] { Q_EMIT peerStarted(peer); });
    connect(peer, &LabPeer::eventObserved, this, &LabMesh::eventObserved);
    connect(peer, &LabPeer::listening, this, [this, peer, create] {
        m_launching = false;
        Q_EMIT peerListening(peer);
        if (create)
            Q_EMIT meshReady(m_graphId, peer->listenAddress());
        launchPending();
        if (m_waiting == 0 && !m_launching)
            Q_EMIT allPeersListening();
    });
    connect(peer, &LabPeer::finished, this, [this, peer] {
        const bool wasLaunching = m_launching && peer->listenAddress().isNull();
        m_peers.removeOne(peer);
        const NodeId node = peer->nodeId();
        peer->deleteLater();
        if (node != 0)
            Q_EMIT peerFinished(node);
        if (wasLaunching) {
            // It died before listening; do not stall the rest of the batch.
            m_launching = false;
            launchPending();
        }
    });
    peer->start();
}

void LabMesh::stopPeer(NodeId node)
{
    if (LabPeer *p = peer(node))
        p->stop();
}

void LabMesh::killPeer(NodeId node)
{
    if (LabPeer *p = peer(node))
        p->kill();
}

void LabMesh::cutLink(NodeId reporter, ConnectionId connection)
{
    if (LabPeer *p = peer(reporter))
        p->sendCommand(
            QStringLiteral("disconnect-neighbor"), { { QStringLiteral("connection"), QString::number(connection) } });
}

void LabMesh::shutdown()
{
    m_waiting = 0;
    m_launching = false;
    const QList<LabPeer *> peers = m_peers;
    m_peers.clear();
    for (LabPeer *peer : peers) {
        const NodeId node = peer->nodeId();
        delete peer; // kills the process
        if (node != 0)
            Q_EMIT peerFinished(node);
    }
}

LabPeer *LabMesh::peer(NodeId node) const
{
    for (LabPeer *peer : m_peers) {
        if (peer->nodeId() == node)
            return peer;
    }
    return nullptr;
}

int LabMesh::listeningCount() const
{
    return int(std::count_if(m_peers.cbegin(), m_peers.cend(),
        [](const LabPeer *peer) { return peer->isRunning() && !peer->listenAddress().isNull(); }));
}

} // namespace peerscope::gui
