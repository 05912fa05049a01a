#pragma once

#include "Graph.h"
#include "ObservedEvent.h"
#include "Topology.h"

#include <QObject>
#include <QThread>

namespace peerscope::gui {

// The inspector's own node: a peerscope::Graph that lives in a worker thread, so the GUI thread
// never touches a socket. The GUI calls the slots through queued invocations (see
// InspectorNodeHost) and receives everything back as queued signals.
class InspectorNode : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~InspectorNode() override;

public Q_SLOTS:
    // Opens (or first creates a local database for) `graphId` and connects to `address`;
    // listens on loopback once synchronized, like any opened node.
    void join(const QString &graphId, const QString &peerId, const QString &friendlyName,
        const peerscope::PeerAddress &address);
    void openDirectConnection(const QString &peerId, const peerscope::PeerAddress &address);
    void sendData(peerscope::ConnectionId connection, const QUuid &dataType, const QByteArray &data);
    void closeDirectConnection(peerscope::ConnectionId connection);
    void refreshRecords();
    // Closes the graph (DISCONNECT to every neighbor).
    void leave();

Q_SIGNALS:
    void joined(const peerscope::NodeInfo &local, const QString &graphId, const QString &friendlyName);
    void localNodeChanged(const peerscope::NodeInfo &local);
    void eventObserved(const peerscope::gui::ObservedEvent &event);
    void recordsRefreshed(const QList<peerscope::Record> &records);
    void recordUpdated(const peerscope::Record &record);
    void recordRemoved(const QUuid &recordId);
    void topologyPublished(const peerscope::TopologyRecord &record, const QDateTime &published);
    void topologyWithdrawn(peerscope::NodeId node);
    void dataSent(peerscope::NodeId owner, peerscope::ConnectionId connection, qint64 bytes);
    void directConnectionRequested(peerscope::ConnectionId connection, const QString &peerId);
    void operationFailed(const QString &message);
    void left();

private:
    void observe(const PeerEvent &event);
    void fail(const QString &what, const PeerError &error);
    void publishTopology(const Record &record);

    Graph *m_graph = nullptr;
    QString m_name;
    QHash<QUuid, NodeId> m_topologyRecords; // record id -> publishing node, for deletions
};

// Owns the worker thread and the InspectorNode inside it; lives in the GUI thread.
class InspectorNodeHost : public QObject
{
    Q_OBJECT
public:
    explicit InspectorNodeHost(QObject *parent = nullptr);
    ~InspectorNodeHost() override; // closes the graph and joins the thread

    InspectorNode *node() const { return m_node; }
    // Queues `slot` on the worker, e.g. host.invoke(&InspectorNode::leave).
    template<typename Slot, typename... Args> void invoke(Slot slot, Args &&...args)
    {
        QMetaObject::invokeMethod(
            m_node, [node = m_node, slot, ... args = std::forward<Args>(args)] { (node->*slot)(args...); },
            Qt::QueuedConnection);
    }

private:
    QThread m_thread;
    InspectorNode *m_node;
};

} // namespace peerscope::gui
