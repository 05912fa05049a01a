#include "records/RecordStore.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace peerscope {

namespace {

const QString Schema[] = {
    QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE IF NOT EXISTS records ("
                   "id BLOB PRIMARY KEY, type BLOB NOT NULL, version INTEGER NOT NULL, flags INTEGER NOT NULL, "
                   "creator TEXT NOT NULL, modifier TEXT NOT NULL, attributes TEXT NOT NULL, "
                   "created INTEGER NOT NULL, expires INTEGER NOT NULL, modified INTEGER NOT NULL, "
                   "security BLOB NOT NULL, data BLOB NOT NULL)"),
};

QSqlDatabase database(const QString &connectionName)
{
    return QSqlDatabase::database(connectionName, false);
}

// Binary columns must not be NULL even when empty.
QVariant blob(const QByteArray &bytes)
{
    return QVariant(bytes.isNull() ? QByteArray("") : bytes);
}

} // namespace

RecordStore::RecordStore(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

RecordStore::~RecordStore()
{
    {
        QSqlDatabase db = database(m_connectionName);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<RecordStore>> RecordStore::open(const QString &path)
{
    const QString name = QStringLiteral("peerscope.records.%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    std::unique_ptr<RecordStore> store(new RecordStore(path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
    if (!db.open())
        return store->sqlError(QStringLiteral("open the record database \"%1\"").arg(path), db.lastError().text());
    if (PeerError error = store->initialize())
        return error;
    return store;
}

PeerError RecordStore::initialize()
{
    QSqlDatabase db = database(m_connectionName);
    QSqlQuery query(db);
    // WAL + synchronous=NORMAL: a commit is in the OS once it returns, so a killed
    // process loses nothing it reported as stored; only a power cut can drop the
    // last transactions (see docs/records.md).
    const QString pragmas[] = { QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA busy_timeout=2000") };
    for (const QString &statement : pragmas) {
        if (!query.exec(statement))
            return sqlError(QStringLiteral("configure the record database"), query.lastError().text());
    }
    for (const QString &statement : Schema) {
        if (!query.exec(statement))
            return sqlError(QStringLiteral("create the record tables"), query.lastError().text());
    }
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
        || check.value(0).toString() != QLatin1String("ok"))
        return { PeerError::InvalidDatabase,
            QStringLiteral("The record database \"%1\" is damaged (integrity check failed); delete it and "
                           "synchronize again from a neighbour.")
                .arg(m_path) };
    return {};
}

PeerError RecordStore::sqlError(const QString &what, const QString &detail) const
{
    return { PeerError::DatabaseInitializationFailed,
        QStringLiteral("Could not %1: %2. Check that the file is writable and not used by another program.")
            .arg(what, detail) };
}

bool RecordStore::isEmpty() const
{
    return meta(QStringLiteral("graph_id")).isEmpty();
}

QString RecordStore::meta(const QString &key) const
{
    QSqlQuery query(database(m_connectionName));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

PeerError RecordStore::write(
    const QList<Record> &put, const QList<QUuid> &remove, const QList<std::pair<QString, QString>> &meta)
{
    QSqlDatabase db = database(m_connectionName);
    if (!db.transaction())
        return sqlError(QStringLiteral("start a transaction"), db.lastError().text());
    QSqlQuery insert(db);
    if (!put.isEmpty())
        insert.prepare(QStringLiteral("INSERT OR REPLACE INTO records (id, type, version, flags, creator, modifier, "
                                      "attributes, created, expires, modified, security, data) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Record &r : put) {
        insert.addBindValue(r.id.toRfc4122());
        insert.addBindValue(r.type.toRfc4122());
        insert.addBindValue(qint64(r.version));
        insert.addBindValue(qint64(r.flags.toInt()));
        insert.addBindValue(r.creatorId);
        insert.addBindValue(r.modifiedById.isNull() ? QString(u""_qs) : r.modifiedById);
        insert.addBindValue(r.attributes.isNull() ? QString(u""_qs) : r.attributes);
        insert.addBindValue(qint64(r.creationTime));
        insert.addBindValue(qint64(r.expirationTime));
        insert.addBindValue(qint64(r.lastModifiedTime));
        insert.addBindValue(blob(r.securityData));
        insert.addBindValue(blob(r.data));
        if (!insert.exec()) {
            const QString detail = insert.lastError().text();
            db.rollback();
            return sqlError(QStringLiteral("store record %1").arg(r.id.toString()), detail);
        }
    }
    QSqlQuery erase(db);
    if (!remove.isEmpty())
        erase.prepare(QStringLiteral("DELETE FROM records WHERE id = ?"));
    for (const QUuid &id : remove) {
        erase.addBindValue(id.toRfc4122());
        if (!erase.exec()) {
            const QString detail = erase.lastError().text();
            db.rollback();
            return sqlError(QStringLiteral("remove record %1").arg(id.toString()), detail);
        }
    }
    QSqlQuery setMeta(db);
    if (!meta.isEmpty())
        setMeta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    for (const auto &[key, value] : meta) {
        setMeta.addBindValue(key);
        setMeta.addBindValue(value);
        if (!setMeta.exec()) {
            const QString detail = setMeta.lastError().text();
            db.rollback();
            return sqlError(QStringLiteral("store %1").arg(key), detail);
        }
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return sqlError(QStringLiteral("commit a change"), detail);
    }
    return {};
}

PeerError RecordStore::clearRecords()
{
    QSqlQuery query(database(m_connectionName));
    if (!query.exec(QStringLiteral("DELETE FROM records")))
        return sqlError(QStringLiteral("clear the records"), query.lastError().text());
    return {};
}

QList<Record> RecordStore::loadAll() const
{
    QList<Record> records;
    QSqlQuery query(database(m_connectionName));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, type, version, flags, creator, modifier, attributes, created, "
                                   "expires, modified, security, data FROM records")))
        return records;
    while (query.next()) {
        Record r;
        r.id = QUuid::fromRfc4122(query.value(0).toByteArray());
        r.type = QUuid::fromRfc4122(query.value(1).toByteArray());
        r.version = quint32(query.value(2).toLongLong());
        r.flags = RecordFlags::fromInt(int(query.value(3).toLongLong()));
        r.creatorId = query.value(4).toString();
        r.modifiedById = query.value(5).toString();
        r.attributes = query.value(6).toString();
        r.creationTime = PeerTime(query.value(7).toLongLong());
        r.expirationTime = PeerTime(query.value(8).toLongLong());
        r.lastModifiedTime = PeerTime(query.value(9).toLongLong());
        r.securityData = query.value(10).toByteArray();
        r.data = query.value(11).toByteArray();
        records.append(r);
    }
    return records;
}

PeerError RecordStore::exportTo(const QString &filePath) const
{
    if (QFile::exists(filePath) && !QFile::remove(filePath))
        return { PeerError::AccessDenied,
            QStringLiteral("Cannot overwrite \"%1\": check the file's permissions.").arg(filePath) };
    QSqlQuery query(database(m_connectionName));
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(filePath);
    if (!query.exec())
        return { PeerError::AccessDenied,
            QStringLiteral("Cannot export the database to \"%1\": %2").arg(filePath, query.lastError().text()) };
    return {};
}

} // namespace peerscope
