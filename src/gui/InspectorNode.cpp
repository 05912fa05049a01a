#include "InspectorNode.h"

#include "GuiLog.h"
#include "RecordModel.h"

namespace peerscope::gui {

InspectorNode::~InspectorNode()
{
    delete m_graph; // in the worker thread, where it lives
}

void InspectorNode::fail(const QString &what, const PeerError &error)
{
    qCWarning(lcGui).noquote() << what << error.toString();
    Q_EMIT operationFailed(what + QStringLiteral(": ") + error.message());
}

void InspectorNode::join(
    const QString &graphId, const QString &peerId, const QString &friendlyName, const PeerAddress &address)
{
    leave();
    GraphOptions options;
    options.friendlyName = friendlyName;
    Result<Graph *> opened = Graph::open(graphId, peerId, options, this);
    if (!opened) {
        fail(tr("Cannot open graph %1").arg(graphId), opened.error());
        return;
    }
    m_graph = *opened;
    m_name = friendlyName.isEmpty() ? peerId : friendlyName;
    connect(m_graph, &Graph::peerEvent, this, &InspectorNode::observe);
    // Listening for these two is what makes the graph accept direct connections and deliver data.
    connect(m_graph, &Graph::directConnectionChanged, this, [this](const ConnectionChange &change) {
        if (change.status == ConnectionStatus::Connected)
            Q_EMIT directConnectionRequested(change.connectionId, change.peerId);
    });
    connect(m_graph, &Graph::incomingData, this, [](const IncomingData &) {});
    // Listen from a queued call: listening raises STATUS_CHANGED itself, and raising it from
    // inside this handler would deliver the newer status before the one being handled.
    connect(
        m_graph, &Graph::statusChanged, this,
        [this](GraphStatus status) {
            if (!m_graph || !status.testFlag(GraphStatusFlag::Synchronized)
                || m_graph->status().testFlag(GraphStatusFlag::Listening))
                return;
            if (const PeerError error = m_graph->listen(GraphScope::Loopback, 0))
                fail(tr("Cannot listen"), error);
            else
                Q_EMIT localNodeChanged(m_graph->localNode());
        },
        Qt::QueuedConnection);
    connect(m_graph, &Graph::recordChanged, this, [this](const RecordChange &change) {
        if (change.changeType == RecordChangeType::Deleted || change.changeType == RecordChangeType::Expired) {
            Q_EMIT recordRemoved(change.recordId);
            if (const NodeId node = m_topologyRecords.take(change.recordId))
                Q_EMIT topologyWithdrawn(node);
        } else if (const Result<Record> record = m_graph->record(change.recordId)) {
            Q_EMIT recordUpdated(*record);
            publishTopology(*record);
        }
    });
    Q_EMIT joined(m_graph->localNode(), graphId, m_name);
    const Result<ConnectionId> connection = m_graph->connect(address);
    if (!connection)
        fail(tr("Cannot connect to %1").arg(address.toString()), connection.error());
}

void InspectorNode::observe(const PeerEvent &event)
{
    Q_EMIT eventObserved({ QDateTime::currentDateTimeUtc(), m_graph->localNode().nodeId, m_name, event });
}

void InspectorNode::openDirectConnection(const QString &peerId, const PeerAddress &address)
{
    if (!m_graph) {
        Q_EMIT operationFailed(tr("The inspector has not joined a graph yet."));
        return;
    }
    const Result<ConnectionId> connection = m_graph->openDirectConnection(peerId, address);
    if (!connection)
        fail(tr("Cannot open a direct connection to %1").arg(peerId), connection.error());
}

void InspectorNode::sendData(ConnectionId connection, const QUuid &dataType, const QByteArray &data)
{
    if (!m_graph)
        return;
    if (const PeerError error = m_graph->sendData(connection, dataType, data)) {
        fail(tr("Cannot send on connection %1").arg(connection), error);
        return;
    }
    Q_EMIT dataSent(m_graph->localNode().nodeId, connection, data.size());
}

void InspectorNode::closeDirectConnection(ConnectionId connection)
{
    if (!m_graph)
        return;
    if (const PeerError error = m_graph->closeDirectConnection(connection))
        fail(tr("Cannot close connection %1").arg(connection), error);
}

void InspectorNode::publishTopology(const Record &record)
{
    if (record.type != RecordTypes::Topology)
        return;
    if (const std::optional<TopologyRecord> topology = decodeTopology(record)) {
        m_topologyRecords.insert(record.id, topology->node);
        const PeerTime modified = record.lastModifiedTime ? record.lastModifiedTime : record.creationTime;
        Q_EMIT topologyPublished(*topology, dateTimeFromPeerTime(m_graph->peerToUniversalTime(modified)));
    }
}

void InspectorNode::refreshRecords()
{
    if (!m_graph)
        return;
    const QList<Record> records = m_graph->records();
    Q_EMIT recordsRefreshed(records);
    for (const Record &record : records)
        publishTopology(record);
}

void InspectorNode::leave()
{
    if (!m_graph)
        return;
    m_graph->close();
    delete m_graph;
    m_graph = nullptr;
    m_topologyRecords.clear();
    Q_EMIT left();
}

InspectorNodeHost::InspectorNodeHost(QObject *parent)
    : QObject(parent)
    , m_node(new InspectorNode)
{
    qRegisterMetaType<ObservedEvent>();
    qRegisterMetaType<NodeInfo>();
    qRegisterMetaType<PeerAddress>();
    qRegisterMetaType<Record>();
    qRegisterMetaType<QList<Record>>();
    qRegisterMetaType<TopologyRecord>();
    m_thread.setObjectName(QStringLiteral("inspector-node"));
    m_node->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_node, &QObject::deleteLater);
    m_thread.start();
}

InspectorNodeHost::~InspectorNodeHost()
{
    // Close the graph in its own thread, then let the thread delete the node on its way out.
    QMetaObject::invokeMethod(m_node, &InspectorNode::leave, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace peerscope::gui
