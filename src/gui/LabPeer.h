#pragma once

#include "ObservedEvent.h"

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTimer>

namespace peerscope::gui {

// One peerscope-node child process of the lab: starts it, reads its JSON event lines and
// sends it JSON commands.
class LabPeer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString program; // path of peerscope-node
        QString graphId;
        QString peerId;
        QString friendlyName;
        QString databasePath;
        bool create = false; // otherwise open the graph and connect to `connectTo`
        PeerAddress connectTo;
        int maxNeighbors = 4;
    };

    explicit LabPeer(const Options &options, QObject *parent = nullptr);
    ~LabPeer() override; // an abrupt end: a lab never outlives its inspector

    void start();
    // Asks the node to quit; SIGTERM if it has not ended after a grace period.
    void stop();
    // SIGKILL: the node vanishes without telling its neighbors.
    void kill();
    // Sends {"id":N,"cmd":command,...arguments}; returns N.
    int sendCommand(const QString &command, const QJsonObject &arguments = {});

    const Options &options() const { return m_options; }
    NodeId nodeId() const { return m_nodeId; }
    const PeerAddress &listenAddress() const { return m_listenAddress; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

Q_SIGNALS:
    void started(peerscope::NodeId nodeId);
    void listening(const peerscope::PeerAddress &address);
    void eventObserved(const peerscope::gui::ObservedEvent &event);
    void commandFinished(int id, bool ok, const QJsonObject &result);
    void finished();

private:
    void readOutput();
    void handleLine(const QByteArray &line);

    Options m_options;
    QProcess m_process;
    QTimer m_terminateTimer;
    NodeId m_nodeId = 0;
    PeerAddress m_listenAddress;
    int m_nextCommandId = 1;
};

} // namespace peerscope::gui
