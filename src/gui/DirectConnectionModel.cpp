#include "DirectConnectionModel.h"

#include <QLocale>

namespace peerscope::gui {

void DirectConnectionModel::observe(const ObservedEvent &observed)
{
    const PeerEvent &event = observed.event;
    if (event.type == EventType::DirectConnection) {
        const auto *change = event.get<ConnectionChange>();
        if (!change)
            return;
        const int row = rowOf(observed.node, change->connectionId);
        if (row >= 0) {
            DirectConnectionRow &known = m_rows[row];
            known.state = change->status;
            if (change->nodeId != 0)
                known.remote = change->nodeId;
            if (!change->peerId.isEmpty())
                known.remotePeer = change->peerId;
            rowChanged(row);
            return;
        }
        DirectConnectionRow added;
        added.owner = observed.node;
        added.ownerName = observed.nodeName;
        added.id = change->connectionId;
        added.remote = change->nodeId;
        added.remotePeer = change->peerId;
        added.state = change->status;
        added.openedAt = observed.time;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(added);
        endInsertRows();
    } else if (event.type == EventType::IncomingData) {
        const auto *data = event.get<IncomingData>();
        const int row = data ? rowOf(observed.node, data->connectionId) : -1;
        if (row < 0)
            return; // data on a neighbor connection
        m_rows[row].bytesReceived += data->data.size();
        ++m_rows[row].messagesReceived;
        rowChanged(row);
    }
}

void DirectConnectionModel::dataSent(NodeId owner, ConnectionId id, qint64 bytes)
{
    const int row = rowOf(owner, id);
    if (row < 0)
        return;
    m_rows[row].bytesSent += bytes;
    ++m_rows[row].messagesSent;
    rowChanged(row);
}

void DirectConnectionModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int DirectConnectionModel::rowOf(NodeId owner, ConnectionId id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].owner == owner && m_rows[row].id == id)
            return row;
    }
    return -1;
}

void DirectConnectionModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int DirectConnectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DirectConnectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DirectConnectionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DirectConnectionRow &row = m_rows[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() >= BytesSentColumn && index.column() <= MessagesReceivedColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole; // raw numbers for sorting and tests
    const QLocale locale;
    switch (index.column()) {
    case IdColumn: return QString::number(row.id);
    case LocalColumn: return row.ownerName;
    case RemoteColumn: return row.remotePeer;
    case StateColumn:
        switch (row.state) {
        case ConnectionStatus::Connected: return tr("open");
        case ConnectionStatus::Disconnected: return tr("closed");
        case ConnectionStatus::Failed: return tr("failed");
        }
        return {};
    case BytesSentColumn: return edit ? QVariant(row.bytesSent) : locale.formattedDataSize(row.bytesSent);
    case MessagesSentColumn: return row.messagesSent;
    case BytesReceivedColumn: return edit ? QVariant(row.bytesReceived) : locale.formattedDataSize(row.bytesReceived);
    case MessagesReceivedColumn: return row.messagesReceived;
    case OpenedColumn: return row.openedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    }
    return {};
}

QVariant DirectConnectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Connection");
    case LocalColumn: return tr("Local peer");
    case RemoteColumn: return tr("Remote peer");
    case StateColumn: return tr("State");
    case BytesSentColumn: return tr("Sent");
    case MessagesSentColumn: return tr("Msgs sent");
    case BytesReceivedColumn: return tr("Received");
    case MessagesReceivedColumn: return tr("Msgs received");
    case OpenedColumn: return tr("Opened at");
    }
    return {};
}

} // namespace peerscope::gui
