#pragma once

#include "MeshTopology.h"

#include <QAbstractTableModel>

namespace peerscope::gui {

// Property/value rows describing the node selected in the graph view; follows the topology.
class NodeDetailsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit NodeDetailsModel(const MeshTopology *topology, QObject *parent = nullptr);

    void setNode(NodeId id); // 0 = nothing selected
    NodeId node() const { return m_node; }
    // The value shown for a property row, by its label (tests, tooltips).
    QString value(const QString &property) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    const MeshTopology *m_topology;
    NodeId m_node = 0;
    QList<std::pair<QString, QString>> m_rows;
};

} // namespace peerscope::gui
