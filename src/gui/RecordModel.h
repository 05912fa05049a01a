#pragma once

#include "Record.h"

#include <QAbstractTableModel>

namespace peerscope::gui {

// The records of the inspector's own graph database.
class RecordModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TypeColumn,
        IdColumn,
        CreatorColumn,
        VersionColumn,
        ExpiresColumn,
        AttributesColumn,
        DataColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(const QList<Record> &records);
    // Adds the record, or replaces the row with the same id.
    void upsert(const Record &record);
    void remove(const QUuid &recordId);

    int rowOf(const QUuid &recordId) const;
    const Record &record(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Record> m_records;
};

// FILETIME units (100 ns since 1601) to a date; invalid for 0.
QDateTime dateTimeFromPeerTime(PeerTime time);

} // namespace peerscope::gui
