// A direct connection to another process (peerscope-node) that is killed: the
// surviving side sees DIRECT_CONNECTION Disconnected.
#include "../graph/GraphTestSupport.h"
#include "QtPrinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace peerscope;
using namespace peerscope::testing;

TEST(PeerProcess, KillingThePeerProcessDisconnectsItsDirectConnection)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    QProcess node;
    node.start(QStringLiteral(PEERSCOPE_NODE_BINARY),
        { QStringLiteral("--graph"), QStringLiteral("test-graph"), QStringLiteral("--peer"), QStringLiteral("remote"),
            QStringLiteral("--create"), QStringLiteral("--db"), directory.filePath(QStringLiteral("remote.db")),
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--accept-direct"),
            QStringLiteral("--quiet") });
    ASSERT_TRUE(node.waitForStarted(WaitMs));

    // The node prints {"event":"listening","addresses":[...]} once it listens.
    PeerAddress remote;
    QByteArray pending;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            pending += node.readAllStandardOutput();
            qsizetype newline = 0;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QJsonObject line = QJsonDocument::fromJson(pending.left(newline)).object();
                pending.remove(0, newline + 1);
                if (line.value(QStringLiteral("event")).toString() == QStringLiteral("listening"))
                    remote
                        = PeerAddress::fromString(line.value(QStringLiteral("addresses")).toArray().at(0).toString());
            }
            return !remote.isNull();
        },
        WaitMs))
        << node.readAllStandardError().toStdString();

    GraphPtr local = makeListeningNode(QStringLiteral("local"));
    EventLog log(local.get());
    const Result<ConnectionId> id = local->openDirectConnection(QStringLiteral("remote"), remote);
    ASSERT_TRUE(id.isOk());
    ASSERT_TRUE(log.waitFor(EventType::DirectConnection, ConnectionStatus::Connected));

    node.kill(); // SIGKILL: no DISCONNECT, the kernel resets the socket
    ASSERT_TRUE(node.waitForFinished(WaitMs));
    ASSERT_TRUE(log.waitFor(EventType::DirectConnection, ConnectionStatus::Disconnected));
    const std::optional<ConnectionChange> gone
        = log.find(EventType::DirectConnection, *id, ConnectionStatus::Disconnected);
    ASSERT_TRUE(gone);
    EXPECT_EQ(gone->peerId, QStringLiteral("remote"));
    EXPECT_NE(gone->reason, PeerError::Ok);
    EXPECT_EQ(local->sendData(*id, QUuid::createUuid(), "x").code(), PeerError::ConnectionNotFound);
}
