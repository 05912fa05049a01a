#pragma once

#include "ObservedEvent.h"

#include <QAbstractTableModel>

namespace peerscope::gui {

struct DirectConnectionRow
{
    NodeId owner = 0; // the node that reported the connection
    QString ownerName;
    ConnectionId id = 0; // the owner's connection id
    NodeId remote = 0;
    QString remotePeer;
    ConnectionStatus state = ConnectionStatus::Connected;
    qint64 bytesSent = 0;
    qint64 messagesSent = 0;
    qint64 bytesReceived = 0;
    qint64 messagesReceived = 0;
    QDateTime openedAt;
};

// Direct connections seen from either end, with traffic counters. Sent counters grow by
// dataSent() (only the sender knows), received counters from INCOMING_DATA events.
class DirectConnectionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        LocalColumn,
        RemoteColumn,
        StateColumn,
        BytesSentColumn,
        MessagesSentColumn,
        BytesReceivedColumn,
        MessagesReceivedColumn,
        OpenedColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void observe(const ObservedEvent &event);
    void dataSent(NodeId owner, ConnectionId id, qint64 bytes);
    void clear();

    int rowOf(NodeId owner, ConnectionId id) const;
    const DirectConnectionRow &connection(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rowChanged(int row);
    QList<DirectConnectionRow> m_rows;
};

} // namespace peerscope::gui
