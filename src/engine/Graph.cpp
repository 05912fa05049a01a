#include "Graph.h"

#include "graph/Connection.h"
#include "graph/DirectConnections.h"
#include "graph/EventDispatcher.h"
#include "graph/GraphLog.h"
#include "graph/LinkContext.h"
#include "graph/Listener.h"
#include "graph/NeighborManager.h"
#include "records/RecordReplicator.h"

#include <QFile>
#include <QMetaMethod>
#include <QRandomGenerator>
#include <QTcpSocket>

namespace peerscope {

// The Graph's state: the local node's context, its links (split into neighbor
// management, direct connections and responder links not yet told apart), the
// listener, the record replicator and the event fan-out.
class GraphPrivate
{
public:
    explicit GraphPrivate(Graph *graph)
        : q(graph)
        , events(graph)
    {
    }

    ~GraphPrivate()
    {
        // Links first: they read the context and the replicator.
        qDeleteAll(std::exchange(incoming, {}));
        neighbors.reset();
        directs.reset();
        delete replicator;
    }

    static GraphPrivate *get(Graph *graph) { return graph->d.get(); }

    PeerError start(const QString &graphId, const QString &peerId, const GraphOptions &options,
        const std::function<Result<RecordReplicator *>(const ReplicatorContext &)> &makeReplicator);
    void onAccepted(QTcpSocket *socket);
    void onConnectReceived(Connection *link, const wire::Connect &connect);
    void updateStatus();
    bool listensFor(EventType type, const QMetaMethod &signal) const;
    Connection *findLink(ConnectionId id) const;
    PeerError closedError() const
    {
        return { PeerError::InvalidGraph, QStringLiteral("the graph is closed: open it again to use it") };
    }

    Graph *q;
    LinkContext context;
    EventDispatcher events;
    Listener listener;
    RecordReplicator *replicator = nullptr;
    std::unique_ptr<NeighborManager> neighbors;
    std::unique_ptr<DirectConnections> directs;
    QList<Connection *> incoming; // responder links before their CONNECT decides what they are
    GraphStatus status;
    QString nodeAttributes;
    bool closed = false;
};

PeerError GraphPrivate::start(const QString &graphId, const QString &peerId, const GraphOptions &options,
    const std::function<Result<RecordReplicator *>(const ReplicatorContext &)> &makeReplicator)
{
    if (graphId.isEmpty() || graphId.size() > 255)
        return { PeerError::InvalidArgument, QStringLiteral("the graph id must have 1 to 255 characters") };
    if (peerId.isEmpty() || peerId.size() > 255)
        return { PeerError::InvalidArgument, QStringLiteral("the peer id must have 1 to 255 characters") };
    const NeighborLimits &limits = options.limits;
    if (limits.minimum < 1 || limits.ideal < limits.minimum || limits.maximum < limits.ideal)
        return { PeerError::InvalidArgument, QStringLiteral("neighbor limits need 1 <= minimum <= ideal <= maximum") };

    context.graphId = graphId;
    context.peerId = peerId;
    context.options = options;
    do
        context.nodeId = QRandomGenerator::global()->generate64();
    while (context.nodeId == 0);

    ReplicatorContext replicatorContext;
    replicatorContext.graphId = graphId;
    replicatorContext.peerId = peerId;
    replicatorContext.nodeId = context.nodeId;
    replicatorContext.databasePath = options.databasePath;
    replicatorContext.syncPrecedence = options.syncPrecedence;
    replicatorContext.security = options.security.get();
    Result<RecordReplicator *> made = makeReplicator(replicatorContext);
    if (!made)
        return made.error();
    replicator = *made;

    context.peerTime = [this] { return replicator->peerTime(); };
    context.liveConnections = [this] { return int(incoming.size()) + neighbors->openCount() + directs->openCount(); };
    neighbors = std::make_unique<NeighborManager>(context, events, replicator, nullptr);
    directs = std::make_unique<DirectConnections>(
        context, events,
        [this] {
            return listensFor(EventType::DirectConnection, QMetaMethod::fromSignal(&Graph::directConnectionChanged));
        },
        nullptr);

    const auto deliver = [this](const IncomingData &data) {
        if (listensFor(EventType::IncomingData, QMetaMethod::fromSignal(&Graph::incomingData)))
            events.raiseIncomingData(data);
        else
            qCDebug(lcGraph) << "dropped incoming data on" << data.connectionId << ": nothing listens for it";
    };
    QObject::connect(neighbors.get(), &NeighborManager::dataReceived, q, deliver);
    QObject::connect(directs.get(), &DirectConnections::dataReceived, q, deliver);
    QObject::connect(neighbors.get(), &NeighborManager::sendQueueDrained, q, &Graph::sendQueueDrained);
    QObject::connect(directs.get(), &DirectConnections::sendQueueDrained, q, &Graph::sendQueueDrained);
    QObject::connect(neighbors.get(), &NeighborManager::neighborsChanged, q, [this] {
        QList<ConnectionInfo> infos;
        for (const Connection *link : neighbors->connectedLinks())
            infos.append(link->info());
        replicator->setNeighbors(infos);
        updateStatus();
    });
    QObject::connect(&listener, &Listener::accepted, q, [this](QTcpSocket *socket) { onAccepted(socket); });

    QObject::connect(replicator, &RecordReplicator::recordChanged, q,
        [this](const RecordChange &change) { events.raiseRecordChanged(change); });
    QObject::connect(replicator, &RecordReplicator::synchronized, q,
        [this](const QUuid &recordType) { events.raiseSynchronized(recordType); });
    QObject::connect(replicator, &RecordReplicator::synchronizationCompleted, q, [this] { updateStatus(); });
    QObject::connect(replicator, &RecordReplicator::propertiesChanged, q, [this] { events.raisePropertyChanged(); });
    QObject::connect(replicator, &RecordReplicator::nodeChanged, q,
        [this](const NodeChange &change) { events.raiseNodeChanged(change); });
    QObject::connect(
        replicator, &RecordReplicator::connectionRequired, q, [this] { events.raiseConnectionRequired(); });
    // Short-term partition repair (§3.1.7.13): a neighbor link to each contact of the part we
    // do not reach. A refusal or an existing link is a normal answer here, so results are not checked.
    QObject::connect(
        replicator, &RecordReplicator::partitionRepairWanted, q, [this](const QList<PeerAddress> &addresses) {
            for (const PeerAddress &address : addresses)
                neighbors->connect(address, {});
        });
    QObject::connect(replicator, &RecordReplicator::candidatesChanged, q, [this] {
        if (neighbors->connectedCount() < context.options.limits.minimum)
            neighbors->runMaintenance(false);
    });
    status = replicator->isSynchronized() ? GraphStatus(GraphStatusFlag::Synchronized) : GraphStatus();
    return {};
}

void GraphPrivate::onAccepted(QTcpSocket *socket)
{
    if (closed) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    auto *link = new Connection(context, socket, nullptr);
    incoming.append(link);
    QObject::connect(link, &Connection::connectReceived, q,
        [this, link](const wire::Connect &connect) { onConnectReceived(link, connect); });
    QObject::connect(link, &Connection::closed, q, [this, link] {
        incoming.removeOne(link);
        link->deleteLater();
    });
}

void GraphPrivate::onConnectReceived(Connection *link, const wire::Connect &connect)
{
    const bool adopted
        = link->kind() == Connection::Kind::Direct ? directs->accept(link, connect) : neighbors->accept(link, connect);
    if (!adopted)
        return; // refused: it closes itself and the closed() handler above deletes it
    incoming.removeOne(link);
    QObject::disconnect(link, nullptr, q, nullptr);
}

void GraphPrivate::updateStatus()
{
    GraphStatus next;
    if (closed) {
        next = {};
    } else {
        next.setFlag(GraphStatusFlag::Listening, listener.isListening());
        next.setFlag(GraphStatusFlag::HasConnections, neighbors->connectedCount() > 0);
        next.setFlag(GraphStatusFlag::Synchronized, replicator->isSynchronized());
    }
    if (next == status)
        return;
    status = next;
    events.raiseStatusChanged(status);
}

bool GraphPrivate::listensFor(EventType type, const QMetaMethod &signal) const
{
    // Graph.h: a connected receiver of the typed signal or a registration; peerEvent() alone does not count.
    return q->isSignalConnected(signal) || events.registrationWants(type);
}

Connection *GraphPrivate::findLink(ConnectionId id) const
{
    if (Connection *link = neighbors->find(id))
        return link;
    return directs->find(id);
}

void setGraphTuning(Graph *graph, const GraphTuning &tuning)
{
    GraphPrivate *d = GraphPrivate::get(graph);
    d->context.tuning = tuning;
    if (d->neighbors)
        d->neighbors->rearmMaintenance();
}

// ---------------------------------------------------------------------------

Graph::Graph(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<GraphPrivate>(this))
{
}

Graph::~Graph()
{
    // Closing still says goodbye to every peer, but a graph being destroyed emits nothing:
    // receivers often die with it.
    blockSignals(true);
    close();
}

Result<Graph *> Graph::create(const GraphProperties &properties, const GraphOptions &options, QObject *parent)
{
    auto *graph = new Graph(parent);
    const PeerError error = graph->d->start(properties.graphId, properties.creatorId, options,
        [&](const ReplicatorContext &context) { return RecordReplicator::create(context, properties, nullptr); });
    if (error) {
        delete graph;
        return error;
    }
    return graph;
}

Result<Graph *> Graph::open(const QString &graphId, const QString &peerId, const GraphOptions &options, QObject *parent)
{
    auto *graph = new Graph(parent);
    const PeerError error = graph->d->start(graphId, peerId, options,
        [](const ReplicatorContext &context) { return RecordReplicator::open(context, nullptr); });
    if (error) {
        delete graph;
        return error;
    }
    return graph;
}

PeerError Graph::deleteGraph(const QString &databasePath)
{
    if (databasePath.isEmpty())
        return { PeerError::InvalidArgument, QStringLiteral("an in-memory graph has no database to delete") };
    if (!QFile::exists(databasePath))
        return { PeerError::NotFound, QStringLiteral("%1 does not exist").arg(databasePath) };
    if (!QFile::remove(databasePath))
        return { PeerError::AccessDenied, QStringLiteral("cannot remove %1").arg(databasePath) };
    // SQLite's journal files go with the database.
    for (const char *suffix : { "-wal", "-shm", "-journal" })
        QFile::remove(databasePath + QLatin1String(suffix));
    return {};
}

PeerError Graph::listen(GraphScope scope, quint16 port)
{
    if (d->closed)
        return d->closedError();
    if (d->listener.isListening())
        return { PeerError::AlreadyListening, QStringLiteral("the graph is already listening") };
    if (!d->replicator->isSynchronized())
        return { PeerError::GraphNotReady,
            QStringLiteral("this node has never synchronized with the graph: connect to a node of the graph and "
                           "listen once the Synchronized status arrives") };
    if (const PeerError error = d->listener.listen(scope, port))
        return error;
    d->context.listeningAddresses = d->listener.addresses();
    d->replicator->setListeningAddresses(d->context.listeningAddresses);
    d->updateStatus();
    d->neighbors->listeningChanged();
    return {};
}

Result<ConnectionId> Graph::connect(const PeerAddress &address, const QString &peerId)
{
    if (d->closed)
        return d->closedError();
    if (address.isNull())
        return PeerError(PeerError::InvalidArgument, QStringLiteral("the address needs a host and a port"));
    return d->neighbors->connect(address, peerId);
}

void Graph::close()
{
    if (d->closed)
        return;
    // Own presence/contact/signature tombstones are flooded before the DISCONNECTs (§3.1.4.12).
    d->replicator->close();
    d->closed = true;
    d->neighbors->closeAll();
    d->directs->closeAll();
    const QList<Connection *> incoming = d->incoming; // abort() removes them from the list
    for (Connection *link : incoming)
        link->abort(QStringLiteral("the graph is closing"));
    d->listener.close();
    d->context.listeningAddresses.clear();
    d->updateStatus();
    d->events.unregisterAll();
}

bool Graph::isClosed() const
{
    return d->closed;
}

GraphStatus Graph::status() const
{
    return d->status;
}

GraphProperties Graph::properties() const
{
    return d->replicator->properties();
}

PeerError Graph::setProperties(const GraphProperties &properties)
{
    if (d->closed)
        return d->closedError();
    return d->replicator->setProperties(properties);
}

QString Graph::graphId() const
{
    return d->context.graphId;
}

QString Graph::peerId() const
{
    return d->context.peerId;
}

NodeInfo Graph::localNode() const
{
    return { d->context.nodeId, d->context.peerId, d->context.listeningAddresses, d->nodeAttributes };
}

Result<NodeInfo> Graph::nodeInfo(NodeId nodeId) const
{
    if (nodeId == 0 || nodeId == d->context.nodeId)
        return localNode();
    return d->replicator->nodeInfo(nodeId);
}

QList<NodeInfo> Graph::nodes(const QString &peerId) const
{
    return d->replicator->nodes(peerId);
}

QList<ConnectionInfo> Graph::connections(ConnectionFlags flags) const
{
    QList<ConnectionInfo> result;
    if (d->closed)
        return result;
    if (flags.testFlag(ConnectionFlag::Neighbor)) {
        for (const Connection *link : d->neighbors->connectedLinks())
            result.append(link->info());
    }
    if (flags.testFlag(ConnectionFlag::Direct)) {
        for (const Connection *link : d->directs->connectedLinks())
            result.append(link->info());
    }
    return result;
}

NeighborLimits Graph::neighborLimits() const
{
    return d->context.options.limits;
}

Result<ConnectionId> Graph::openDirectConnection(const QString &peerId, const PeerAddress &address)
{
    if (d->closed)
        return d->closedError();
    return d->directs->open(peerId, address);
}

PeerError Graph::sendData(ConnectionId connectionId, const QUuid &dataType, const QByteArray &data)
{
    if (d->closed)
        return d->closedError();
    if (dataType.isNull() || Connection::isReservedDataType(dataType))
        return { PeerError::InvalidArgument,
            QStringLiteral("the data type must be a non-null GUID other than the reserved Ping and security types") };
    Connection *link = d->findLink(connectionId);
    if (!link)
        return { PeerError::ConnectionNotFound,
            QStringLiteral("no open connection has id %1 (never opened, or already closed)").arg(connectionId) };
    return link->sendData(dataType, data);
}

PeerError Graph::closeDirectConnection(ConnectionId connectionId, CloseMode mode)
{
    if (d->closed)
        return d->closedError();
    return d->directs->close(connectionId,
        mode == CloseMode::Graceful ? DirectConnections::CloseMode::Graceful : DirectConnections::CloseMode::Abort);
}

PeerError Graph::disconnectNeighbor(ConnectionId connectionId)
{
    if (d->closed)
        return d->closedError();
    return d->neighbors->disconnect(connectionId, DisconnectReason::AppDisconnect);
}

qint64 Graph::queuedBytes(ConnectionId connectionId) const
{
    const Connection *link = d->closed ? nullptr : d->findLink(connectionId);
    return link ? link->queuedBytes() : -1;
}

Result<QUuid> Graph::addRecord(const Record &record)
{
    if (d->closed)
        return d->closedError();
    return d->replicator->addRecord(record);
}

PeerError Graph::updateRecord(const Record &record)
{
    if (d->closed)
        return d->closedError();
    return d->replicator->updateRecord(record);
}

PeerError Graph::deleteRecord(const QUuid &recordId, bool localOnly)
{
    if (d->closed)
        return d->closedError();
    return d->replicator->deleteRecord(recordId, localOnly);
}

Result<Record> Graph::record(const QUuid &recordId) const
{
    if (d->closed)
        return d->closedError();
    return d->replicator->record(recordId);
}

QList<Record> Graph::records(const QUuid &recordType, const QString &creatorId) const
{
    return d->closed ? QList<Record>() : d->replicator->records(recordType, creatorId);
}

Result<QList<Record>> Graph::searchRecords(const QString &criteria) const
{
    if (d->closed)
        return d->closedError();
    return d->replicator->searchRecords(criteria);
}

PeerError Graph::exportDatabase(const QString &filePath) const
{
    if (d->closed)
        return d->closedError();
    return d->replicator->exportDatabase(filePath);
}

PeerError Graph::importDatabase(const QString &filePath)
{
    if (d->closed)
        return d->closedError();
    if (d->listener.isListening() || d->neighbors->openCount() > 0)
        return { PeerError::GraphInUse, QStringLiteral("import before listening or connecting") };
    return d->replicator->importDatabase(filePath);
}

PeerError Graph::setPresence(bool present)
{
    if (d->closed)
        return d->closedError();
    return d->replicator->setPresence(present);
}

PeerError Graph::setNodeAttributes(const QString &attributes)
{
    if (d->closed)
        return d->closedError();
    const PeerError error = d->replicator->setNodeAttributes(attributes);
    if (!error)
        d->nodeAttributes = attributes;
    return error;
}

PeerTime Graph::peerTime() const
{
    return d->replicator->peerTime();
}

PeerTime Graph::universalToPeerTime(PeerTime utc) const
{
    return d->replicator->universalToPeerTime(utc);
}

PeerTime Graph::peerToUniversalTime(PeerTime peer) const
{
    return d->replicator->peerToUniversalTime(peer);
}

EventRegistration *Graph::registerEvents(const QList<EventRegistrationEntry> &entries)
{
    if (d->closed || entries.isEmpty())
        return nullptr;
    return d->events.registerEvents(entries);
}

PeerError Graph::unregisterEvents(EventRegistration *registration)
{
    if (!d->events.unregisterEvents(registration))
        return { PeerError::EventHandleNotFound, QStringLiteral("this registration does not belong to the graph") };
    return {};
}

} // namespace peerscope
