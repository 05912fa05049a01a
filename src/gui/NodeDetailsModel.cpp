#include "NodeDetailsModel.h"

#include "EventDescription.h"

namespace peerscope::gui {

NodeDetailsModel::NodeDetailsModel(const MeshTopology *topology, QObject *parent)
    : QAbstractTableModel(parent)
    , m_topology(topology)
{
    const auto refresh = [this](NodeId) { rebuild(); };
    connect(topology, &MeshTopology::nodeChanged, this, refresh);
    connect(topology, &MeshTopology::nodeRemoved, this, [this](NodeId id) {
        if (id == m_node)
            setNode(0);
    });
    connect(topology, &MeshTopology::linkAdded, this, [this] { rebuild(); });
    connect(topology, &MeshTopology::linkRemoved, this, [this] { rebuild(); });
}

void NodeDetailsModel::setNode(NodeId id)
{
    m_node = id;
    rebuild();
}

void NodeDetailsModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (const MeshNode *node = m_topology->node(m_node)) {
        QStringList addresses;
        for (const PeerAddress &address : node->addresses)
            addresses << address.toString();
        QStringList neighbors;
        for (NodeId neighbor : m_topology->neighbors(m_node)) {
            const MeshNode *other = m_topology->node(neighbor);
            neighbors << (other ? other->label() : QString::number(neighbor));
        }
        neighbors.sort();
        QString origin;
        switch (node->origin) {
        case MeshNode::Origin::Own: origin = tr("this inspector"); break;
        case MeshNode::Origin::Lab: origin = tr("lab peer"); break;
        case MeshNode::Origin::Observed: origin = tr("observed"); break;
        }
        m_rows = {
            { tr("Friendly name"), node->friendlyName },
            { tr("Peer id"), node->peerId },
            { tr("Node id"), QString::number(node->id) },
            { tr("Role"), origin },
            { tr("Addresses"), addresses.join(QStringLiteral(", ")) },
            { tr("Neighbors"),
                QStringLiteral("%1: %2").arg(neighbors.size()).arg(neighbors.join(QStringLiteral(", "))) },
            { tr("Status"), node->statusKnown ? describeStatus(node->status) : tr("unknown") },
            { tr("Last heard"),
                node->lastSeen.isValid() ? node->lastSeen.toLocalTime().toString(QStringLiteral("HH:mm:ss"))
                                         : tr("never") },
        };
    }
    endResetModel();
}

QString NodeDetailsModel::value(const QString &property) const
{
    for (const auto &[name, value] : m_rows) {
        if (name == property)
            return value;
    }
    return {};
}

int NodeDetailsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NodeDetailsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant NodeDetailsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const auto &[name, value] = m_rows[index.row()];
    return index.column() == 0 ? name : value;
}

QVariant NodeDetailsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Property") : tr("Value");
}

} // namespace peerscope::gui
