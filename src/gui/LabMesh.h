#pragma once

#include "LabPeer.h"

#include <QObject>
#include <QTemporaryDir>

namespace peerscope::gui {

// A local mesh of peerscope-node children on loopback, for demos and experiments. Peers start
// one after another, each connecting to an earlier one that already listens; small neighbor
// limits make the engine refer newcomers onwards so the mesh grows like a real one.
class LabMesh : public QObject
{
    Q_OBJECT
public:
    explicit LabMesh(const QString &nodeProgram, QObject *parent = nullptr);
    ~LabMesh() override;

    // peerscope-node next to the peerscope executable (build tree or install), else on PATH.
    static QString locateNodeProgram();

    // Replaces any running lab with a fresh graph of `count` peers.
    void start(int count);
    // One more peer that joins the running lab.
    void addPeer();
    void stopPeer(NodeId node);
    void killPeer(NodeId node);
    // Asks `reporter` to drop its neighbor connection `connection`.
    void cutLink(NodeId reporter, ConnectionId connection);
    void shutdown();

    QString graphId() const { return m_graphId; }
    QString nodeProgram() const { return m_program; }
    void setNodeProgram(const QString &program) { m_program = program; }
    LabPeer *peer(NodeId node) const;
    QList<LabPeer *> peers() const { return m_peers; }
    int listeningCount() const;
    bool isBusy() const { return m_waiting > 0; }

Q_SIGNALS:
    void peerStarted(peerscope::gui::LabPeer *peer);
    void peerListening(peerscope::gui::LabPeer *peer);
    void peerFinished(peerscope::NodeId node);
    void eventObserved(const peerscope::gui::ObservedEvent &event);
    // The first peer listens: others (and the inspector) can join now.
    void meshReady(const QString &graphId, const peerscope::PeerAddress &entry);
    void allPeersListening();

private:
    void launch(bool create);
    void launchPending();
    PeerAddress entryFor(int index) const;

    QString m_program;
    QTemporaryDir m_directory;
    QString m_graphId;
    QList<LabPeer *> m_peers;
    int m_nextNumber = 1;
    int m_waiting = 0; // peers still to start in the current batch
    bool m_launching = false; // one peer is starting; the next waits until it listens
};

} // namespace peerscope::gui
