#pragma once
// The SQLite file behind one node's record database (Qt Sql, QSQLITE driver).
// One connection per store with a unique name, so that many graphs can live in
// one process and in several threads. Every change is one transaction.

#include "PeerError.h"
#include "Record.h"

#include <QString>

#include <memory>

namespace peerscope {

class RecordStore
{
public:
    ~RecordStore();
    RecordStore(const RecordStore &) = delete;
    RecordStore &operator=(const RecordStore &) = delete;

    // Opens (creating if needed) the database at `path`; empty = in-memory.
    static Result<std::unique_ptr<RecordStore>> open(const QString &path);

    QString path() const { return m_path; }
    bool isEmpty() const; // no graph id recorded yet

    QString meta(const QString &key) const;
    // Writes records and metadata in one transaction.
    PeerError write(
        const QList<Record> &put, const QList<QUuid> &remove = {}, const QList<std::pair<QString, QString>> &meta = {});
    PeerError clearRecords();
    QList<Record> loadAll() const;

    // A consistent copy of the database in `filePath` (overwritten).
    PeerError exportTo(const QString &filePath) const;

private:
    RecordStore(QString path, QString connectionName);
    PeerError initialize();
    PeerError sqlError(const QString &what, const QString &detail) const;

    QString m_path;
    QString m_connectionName;
};

} // namespace peerscope
