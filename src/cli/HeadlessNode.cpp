#include "HeadlessNode.h"

#include "CommandProcessor.h"
#include "EventJson.h"
#include "JsonLineWriter.h"
#include "JsonValues.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

namespace peerscope::cli {

Q_LOGGING_CATEGORY(lcCli, "peerscope.cli")

HeadlessNode::HeadlessNode(NodeOptions options, JsonLineWriter *writer, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_writer(writer)
{
}

HeadlessNode::~HeadlessNode() = default;

PeerError HeadlessNode::start()
{
    const QString databaseDirectory = QFileInfo(m_options.databasePath).absolutePath();
    if (!QDir().mkpath(databaseDirectory))
        return PeerError(PeerError::DatabaseAccessDenied,
            QStringLiteral("Cannot create the database directory %1.").arg(databaseDirectory));

    GraphOptions graphOptions;
    graphOptions.databasePath = m_options.databasePath;
    graphOptions.limits = m_options.limits;
    graphOptions.friendlyName = m_options.friendlyName;
    Result<Graph *> graph = [&]() -> Result<Graph *> {
        if (!m_options.create)
            return Graph::open(m_options.graphId, m_options.peerId, graphOptions, this);
        GraphProperties properties;
        properties.graphId = m_options.graphId;
        properties.creatorId = m_options.peerId;
        properties.friendlyName = m_options.friendlyName;
        return Graph::create(properties, graphOptions, this);
    }();
    if (!graph)
        return graph.error();
    m_graph = *graph;
    m_commands = new CommandProcessor(m_graph, this);
    connect(m_commands, &CommandProcessor::quitRequested, this, &HeadlessNode::shutdown);
    connect(m_graph, &Graph::peerEvent, this, &HeadlessNode::reportEvent);
    // A script whose send answered WSAEWOULDBLOCK waits for this line, then retries.
    connect(m_graph, &Graph::sendQueueDrained, this, [this](ConnectionId connection) {
        m_writer->write({
            { QStringLiteral("event"), QStringLiteral("send-ready") },
            { QStringLiteral("connection"), idToJson(connection) },
        });
    });
    if (m_options.acceptDirect) {
        // The registration is what makes the graph accept direct connections and deliver
        // data; the events themselves are printed from peerEvent, so its queue is drained.
        EventRegistration *registration
            = m_graph->registerEvents({ { EventType::DirectConnection, {} }, { EventType::IncomingData, {} } });
        connect(registration, &EventRegistration::eventsAvailable, this, [registration] {
            PeerEvent event;
            while (registration->getEventData(&event).code() == PeerError::Ok) { }
        });
    }

    m_writer->write({
        { QStringLiteral("event"), QStringLiteral("started") },
        { QStringLiteral("graph"), m_graph->graphId() },
        { QStringLiteral("peer"), m_graph->peerId() },
        { QStringLiteral("node"), idToJson(m_graph->localNode().nodeId) },
    });

    for (const PeerAddress &address : std::as_const(m_options.connectTo)) {
        const Result<ConnectionId> connection = m_graph->connect(address);
        if (!connection)
            return connection.error();
    }
    if (m_options.listen) {
        const PeerError error = listen();
        if (error.code() == PeerError::GraphNotReady) {
            qCInfo(lcCli) << "Not synchronized yet; listening once the graph reports synchronized.";
            m_listenPending = true;
        } else if (error) {
            return error;
        }
    }
    return {};
}

PeerError HeadlessNode::listen()
{
    if (const PeerError error = m_graph->listen(m_options.listen->scope, m_options.listen->port))
        return error;
    const QList<PeerAddress> addresses = m_graph->localNode().addresses;
    m_writer->write({
        { QStringLiteral("event"), QStringLiteral("listening") },
        { QStringLiteral("port"), addresses.isEmpty() ? 0 : int(addresses.first().port) },
        { QStringLiteral("addresses"), addressesToJson(addresses) },
    });
    return {};
}

void HeadlessNode::reportEvent(const PeerEvent &event)
{
    m_writer->write(eventToJson(event));
    if (!m_listenPending || event.type != EventType::StatusChanged)
        return;
    const GraphStatus *status = event.get<GraphStatus>();
    if (status && status->testFlag(GraphStatusFlag::Synchronized)) {
        m_listenPending = false;
        if (const PeerError error = listen())
            writeError(error);
    }
}

void HeadlessNode::writeError(const PeerError &error)
{
    m_writer->write({
        { QStringLiteral("event"), QStringLiteral("error") },
        { QStringLiteral("code"), error.codeName() },
        { QStringLiteral("message"), error.message() },
    });
}

void HeadlessNode::handleLine(const QByteArray &line)
{
    if (m_shuttingDown)
        return;
    m_writer->write(m_commands->execute(line));
}

void HeadlessNode::handleEndOfInput()
{
    if (m_options.exitOnEof) {
        shutdown();
        return;
    }
    qCInfo(lcCli) << "stdin ended; the node keeps running (use --exit-on-eof to stop here).";
}

void HeadlessNode::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    if (m_graph)
        m_graph->close();
    // Queued: the events close() raised are written before the process exits.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(0); }, Qt::QueuedConnection);
}

} // namespace peerscope::cli
