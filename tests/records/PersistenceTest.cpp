// The SQLite file: reopening, peer time persistence, crash safety, export/import.
#include "QtPrinters.h"
#include "ReplicatorFixture.h"

#include <gtest/gtest.h>

#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <csignal>

using namespace peerscope;
using namespace peerscope::testing;

TEST(Persistence, ReopenedNodeKeepsRecordsButNotSessionRecordsAndSyncsByTime)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("node1.db"));
    auto creator = makeReplicator(0);
    QList<QUuid> ids;
    for (int i = 0; i < 15; ++i)
        ids.append(creator->addRecord(appRecord(*creator, QByteArray::number(i))).value());
    LoopbackMesh mesh;
    qint64 deltaBefore = 0;
    {
        auto node = makeReplicator(1, path);
        ASSERT_TRUE(node);
        QSignalSpy completed(node.get(), &RecordReplicator::synchronizationCompleted);
        mesh.connect(node.get(), 0x1001, "peer-1", creator.get(), 0x1000, "peer-0");
        ASSERT_TRUE(completed.wait(5000));
        node->setListeningAddresses({ { QHostAddress::LocalHost, 4000 } });
        ASSERT_TRUE(waitUntil([&] { return creator->nodes(QStringLiteral("peer-1")).size() == 1; }, 5000));
        const PeerTime now = node->peerTime();
        node->adjustPeerTime(now + 10'000'000, now, now, false); // +1 s, weighted 0.2
        deltaBefore = qint64(node->universalToPeerTime(0));
        EXPECT_GT(deltaBefore, 0);
        node->close();
        mesh.disconnectAll(node.get());
    }
    ASSERT_TRUE(waitUntil([&] { return creator->nodes(QStringLiteral("peer-1")).isEmpty(); }, 5000));
    // Changes while the node is closed.
    Record updated = creator->record(ids[0]).value();
    updated.data = "changed while closed";
    ASSERT_TRUE(creator->updateRecord(updated).isOk());
    ids.append(creator->addRecord(appRecord(*creator, "new while closed")).value());

    auto reopened = makeReplicator(1, path);
    ASSERT_TRUE(reopened);
    EXPECT_FALSE(reopened->createdEmpty());
    EXPECT_TRUE(reopened->isSynchronized());
    EXPECT_EQ(qint64(reopened->universalToPeerTime(0)), deltaBefore);
    EXPECT_EQ(reopened->records(AppType, {}).size(), 15);
    EXPECT_TRUE(reopened->records(RecordTypes::Presence, {}).isEmpty());
    QSignalSpy synchronized(reopened.get(), &RecordReplicator::synchronized);
    mesh.connect(reopened.get(), 0x1001, "peer-1", creator.get(), 0x1000, "peer-0");
    ASSERT_TRUE(waitUntil([&] { return contentHash(*reopened) == contentHash(*creator); }, 5000));
    EXPECT_EQ(reopened->record(ids[0])->data, QByteArray("changed while closed"));
    EXPECT_GE(synchronized.count(), 1); // the time-based pass reports its types
}

TEST(Persistence, KilledWriterLosesNoAcknowledgedRecord)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.db"));
    QProcess writer;
    writer.setProgram(QStringLiteral(PEERSCOPE_RECORDS_WRITER));
    writer.setArguments({ path, TestGraph });
    QStringList acknowledged;
    QByteArray pending;
    writer.start();
    ASSERT_TRUE(writer.waitForStarted(5000));
    // Let it write a few hundred records, then kill it in the middle of the stream.
    ASSERT_TRUE(waitUntil(
        [&] {
            pending += writer.readAllStandardOutput();
            return pending.count('\n') >= 300;
        },
        20000));
    ::kill(pid_t(writer.processId()), SIGKILL);
    ASSERT_TRUE(writer.waitForFinished(5000));
    EXPECT_EQ(writer.exitStatus(), QProcess::CrashExit);
    pending += writer.readAllStandardOutput();
    for (const QByteArray &line : pending.split('\n')) {
        if (!line.trimmed().isEmpty())
            acknowledged.append(QString::fromLatin1(line.trimmed()));
    }
    if (!pending.endsWith('\n') && !acknowledged.isEmpty())
        acknowledged.removeLast(); // a half-printed id was not acknowledged yet
    ASSERT_GE(acknowledged.size(), 300);

    ReplicatorContext context = contextFor(7, path);
    context.peerId = QStringLiteral("writer");
    auto reopened = RecordReplicator::open(context, nullptr);
    ASSERT_TRUE(reopened) << qPrintable(reopened.error().toString());
    std::unique_ptr<RecordReplicator> node(reopened.value());
    for (const QString &line : std::as_const(acknowledged)) {
        const QStringList fields = line.split(QLatin1Char(' '));
        ASSERT_EQ(fields.size(), 2) << qPrintable(line);
        auto record = node->record(QUuid::fromString(fields[0]));
        ASSERT_TRUE(record) << qPrintable(line);
        EXPECT_EQ(record->data, fields[1].toLatin1());
    }
    EXPECT_GE(node->records(AppType, {}).size(), acknowledged.size());

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("killed-check"));
    db.setDatabaseName(path);
    ASSERT_TRUE(db.open());
    {
        QSqlQuery check(db);
        ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        EXPECT_EQ(check.value(0).toString(), QStringLiteral("ok"));
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("killed-check"));
}

TEST(Persistence, ExportAndImportTheSameGraphOnly)
{
    QTemporaryDir dir;
    const QString exported = dir.filePath(QStringLiteral("export.db"));
    auto creator = makeReplicator(0);
    for (int i = 0; i < 8; ++i)
        ASSERT_TRUE(creator->addRecord(appRecord(*creator, QByteArray::number(i))));
    ASSERT_TRUE(creator->exportDatabase(exported).isOk());
    ASSERT_TRUE(creator->exportDatabase(exported).isOk()); // overwrites

    auto fresh = makeReplicator(1);
    ASSERT_TRUE(fresh->createdEmpty());
    QSignalSpy completed(fresh.get(), &RecordReplicator::synchronizationCompleted);
    ASSERT_TRUE(fresh->importDatabase(exported).isOk());
    EXPECT_TRUE(fresh->isSynchronized());
    EXPECT_EQ(completed.count(), 1);
    EXPECT_EQ(contentHash(*fresh), contentHash(*creator));
    EXPECT_EQ(fresh->properties().creatorId, QStringLiteral("peer-0"));

    ReplicatorContext other = contextFor(2);
    other.graphId = QStringLiteral("another-graph");
    std::unique_ptr<RecordReplicator> stranger(RecordReplicator::create(other, {}, nullptr).value());
    EXPECT_EQ(stranger->importDatabase(exported).code(), PeerError::InvalidDatabase);
    EXPECT_EQ(fresh->importDatabase(dir.filePath(QStringLiteral("missing.db"))).code(), PeerError::NotFound);

    auto busy = makeReplicator(3);
    LoopbackMesh mesh;
    mesh.connect(busy.get(), 0x1003, "peer-3", creator.get(), 0x1000, "peer-0");
    EXPECT_EQ(busy->importDatabase(exported).code(), PeerError::GraphInUse);
    auto listening = makeReplicator(4);
    listening->setListeningAddresses({ { QHostAddress::LocalHost, 4004 } });
    EXPECT_EQ(listening->importDatabase(exported).code(), PeerError::GraphInUse);
}
