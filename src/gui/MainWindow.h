#pragma once

#include "DirectConnectionModel.h"
#include "EventLogModel.h"
#include "MeshTopology.h"
#include "NodeDetailsModel.h"
#include "RecordModel.h"

#include <QMainWindow>

class QLabel;
class QTableView;

namespace peerscope::gui {

class EventLogPanel;
class InspectorNodeHost;
class LabMesh;
class MeshScene;
class MeshView;

// The inspector: the mesh in the middle, docks for direct connections, the event log, records
// and the selected node, and the lab that runs local peers for demos.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts a lab mesh of `peers` peerscope-node processes and attaches the inspector's node.
    void startLab(int peers);
    // Opens a direct connection from the inspector's node to `node`.
    void openDirectConnectionTo(NodeId node);
    // Sends on the direct connection in row `row` of the connections model.
    void sendOnConnection(int row, const QUuid &dataType, const QByteArray &data);
    void closeConnection(int row);

    MeshTopology *topology() const { return m_topology; }
    MeshScene *scene() const { return m_scene; }
    MeshView *view() const { return m_view; }
    LabMesh *lab() const { return m_lab; }
    EventLogModel *eventLog() const { return m_eventLog; }
    EventLogPanel *eventLogPanel() const { return m_eventLogPanel; }
    DirectConnectionModel *connections() const { return m_connections; }
    QTableView *connectionsTable() const { return m_connectionsTable; }
    RecordModel *records() const { return m_records; }
    NodeDetailsModel *nodeDetails() const { return m_nodeDetails; }
    NodeId ownNode() const { return m_ownNode; }
    QString statusText() const;

Q_SIGNALS:
    void inspectorJoined(peerscope::NodeId node);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void connectLab();
    void connectInspectorNode();
    void observe(const ObservedEvent &event);
    void updateStatusBar();
    void updateActions();
    int selectedConnectionRow() const;
    void showNodeMenu(NodeId node, const QPoint &globalPos);
    void showLinkMenu(const MeshLink &link, const QPoint &globalPos);
    void showBackgroundMenu(const QPoint &globalPos);
    void newLabMesh();
    void joinMesh();
    void sendOnSelectedConnection();
    void closeSelectedConnection();
    void cutLink(const MeshLink &link);
    void exportImage(bool svg);
    void exportDotFile();
    void reportError(const QString &message);

    MeshTopology *m_topology;
    MeshScene *m_scene;
    MeshView *m_view;
    EventLogModel *m_eventLog;
    EventLogPanel *m_eventLogPanel = nullptr;
    DirectConnectionModel *m_connections;
    QTableView *m_connectionsTable = nullptr;
    RecordModel *m_records;
    NodeDetailsModel *m_nodeDetails;
    InspectorNodeHost *m_host;
    LabMesh *m_lab;
    NodeId m_ownNode = 0;
    QString m_graphId;
    GraphStatus m_ownStatus;

    QLabel *m_graphLabel;
    QLabel *m_statusLabel;
    QLabel *m_countsLabel;
    QAction *m_openDirectAction = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_closeConnectionAction = nullptr;
    QAction *m_addPeerAction = nullptr;
    QAction *m_stopPeerAction = nullptr;
    QAction *m_killPeerAction = nullptr;
    QMenu *m_viewMenu = nullptr;
};

} // namespace peerscope::gui
