#include "RecordModel.h"

#include "EventDescription.h"

#include <QDateTime>

namespace peerscope::gui {

QDateTime dateTimeFromPeerTime(PeerTime time)
{
    constexpr quint64 UnixEpochInFileTime = 116'444'736'000'000'000ull;
    if (time < UnixEpochInFileTime)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64((time - UnixEpochInFileTime) / 10'000), Qt::UTC);
}

void RecordModel::setRecords(const QList<Record> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

void RecordModel::upsert(const Record &record)
{
    const int row = rowOf(record.id);
    if (row >= 0) {
        m_records[row] = record;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_records.size()), int(m_records.size()));
    m_records.append(record);
    endInsertRows();
}

void RecordModel::remove(const QUuid &recordId)
{
    const int row = rowOf(recordId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_records.removeAt(row);
    endRemoveRows();
}

int RecordModel::rowOf(const QUuid &recordId) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records[row].id == recordId)
            return row;
    }
    return -1;
}

int RecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const Record &record = m_records[index.row()];
    if (role == Qt::ToolTipRole && index.column() == AttributesColumn)
        return record.attributes;
    if (role == Qt::ToolTipRole && index.column() == DataColumn)
        return previewData(record.data, 512);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TypeColumn: return recordTypeLabel(record.type);
    case IdColumn: return record.id.toString(QUuid::WithoutBraces);
    case CreatorColumn: return record.creatorId;
    case VersionColumn: return record.version;
    case ExpiresColumn: {
        const QDateTime expiry = dateTimeFromPeerTime(record.expirationTime);
        return expiry.isValid() ? expiry.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : tr("never");
    }
    case AttributesColumn: return record.attributes;
    case DataColumn: return previewData(record.data);
    }
    return {};
}

QVariant RecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn: return tr("Type");
    case IdColumn: return tr("Record id");
    case CreatorColumn: return tr("Creator");
    case VersionColumn: return tr("Version");
    case ExpiresColumn: return tr("Expires");
    case AttributesColumn: return tr("Attributes");
    case DataColumn: return tr("Data");
    }
    return {};
}

} // namespace peerscope::gui
