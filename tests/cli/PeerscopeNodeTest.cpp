// peerscope-node as a real process: options and exit codes, the command protocol on
// stdin/stdout, and several nodes forming a graph over loopback.
#include "NodeProcess.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace {

const QString TestDataType = QStringLiteral("{5e1f0a4c-7c2d-4b8e-9a61-0d3c2b1a9f10}");

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray allByteValues()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return bytes + QByteArray("\r\n{\"not\":\"json\"}\n", 17);
}

class PeerscopeNode : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    void TearDown() override
    {
        if (HasFailure()) {
            for (const auto &node : m_nodes)
                std::cerr << node->transcript().toStdString() << std::endl;
        }
        m_nodes.clear(); // kills whatever still runs
    }

    NodeProcess *startNode(const QString &name, const QStringList &arguments)
    {
        auto node = std::make_unique<NodeProcess>(name);
        node->start(QStringList { QStringLiteral("--graph"), QStringLiteral("cli-test"), QStringLiteral("--peer"), name,
                        QStringLiteral("--db"), m_dir.filePath(name + QStringLiteral(".db")) }
            + arguments);
        m_nodes.push_back(std::move(node));
        return m_nodes.back().get();
    }

    NodeProcess *startCreator(const QString &name)
    {
        return startNode(name,
            { QStringLiteral("--create"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                QStringLiteral("--accept-direct") });
    }

    NodeProcess *startJoiner(const QString &name, const QString &address)
    {
        return startNode(name,
            { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--connect"), address,
                QStringLiteral("--accept-direct") });
    }

    // Runs peerscope-node to completion with these arguments.
    struct Outcome
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Outcome run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(PEERSCOPE_NODE_BINARY), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(NodeProcess::DefaultTimeoutMs)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError() };
    }

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<NodeProcess>> m_nodes;
};

} // namespace

TEST_F(PeerscopeNode, HelpListsEveryOptionAndExitsZero)
{
    const Outcome outcome = run({ QStringLiteral("--help") });
    EXPECT_EQ(outcome.exitCode, 0);
    for (const char *option : { "--graph", "--peer", "--create", "--db", "--listen", "--connect", "--accept-direct",
             "--friendly-name", "--max-neighbors", "--quiet", "--exit-on-eof" })
        EXPECT_TRUE(outcome.out.contains(option)) << option;
}

TEST_F(PeerscopeNode, BadOptionsExitTwoWithAOneLineReason)
{
    const QList<QStringList> badCommandLines {
        {},
        { QStringLiteral("--graph"), QStringLiteral("g"), QStringLiteral("--listen"), QStringLiteral("x:y") },
        { QStringLiteral("--graph"), QStringLiteral("g"), QStringLiteral("--connect"), QStringLiteral("nowhere") },
        { QStringLiteral("--graph"), QStringLiteral("g"), QStringLiteral("--no-such-option") },
    };
    for (const QStringList &arguments : badCommandLines) {
        const Outcome outcome = run(arguments);
        const QString shown = arguments.join(QLatin1Char(' '));
        EXPECT_EQ(outcome.exitCode, 2) << shown.toStdString();
        EXPECT_TRUE(outcome.out.isEmpty()) << shown.toStdString();
        EXPECT_FALSE(outcome.err.trimmed().isEmpty()) << shown.toStdString();
        EXPECT_EQ(outcome.err.trimmed().count('\n'), 0) << outcome.err.constData();
    }
}

TEST_F(PeerscopeNode, StartUpFailureExitsOneWithAOneLineReason)
{
    // A database path below a regular file cannot be created.
    QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Outcome outcome = run({ QStringLiteral("--graph"), QStringLiteral("g"), QStringLiteral("--create"),
        QStringLiteral("--db"), m_dir.filePath(QStringLiteral("blocker/sub/node.db")) });
    EXPECT_EQ(outcome.exitCode, 1);
    EXPECT_TRUE(outcome.out.isEmpty());
    EXPECT_FALSE(outcome.err.trimmed().isEmpty());
    EXPECT_EQ(outcome.err.trimmed().count('\n'), 0) << outcome.err.constData();
}

TEST_F(PeerscopeNode, ARefusedListenAtStartUpExitsOne)
{
    QTcpServer occupant;
    ASSERT_TRUE(occupant.listen(QHostAddress::LocalHost, 0));
    const Outcome outcome = run({ QStringLiteral("--graph"), QStringLiteral("g"), QStringLiteral("--create"),
        QStringLiteral("--db"), m_dir.filePath(QStringLiteral("busy.db")), QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:%1").arg(occupant.serverPort()) });
    EXPECT_EQ(outcome.exitCode, 1);
    EXPECT_TRUE(outcome.err.contains("PEER_E_UNABLE_TO_LISTEN")) << outcome.err.constData();
    EXPECT_EQ(outcome.err.trimmed().count('\n'), 0) << outcome.err.constData();
}

TEST_F(PeerscopeNode, AnswersCommandsAndCarriesOnAfterMalformedLines)
{
    NodeProcess *node = startNode(QStringLiteral("solo"), { QStringLiteral("--create") });
    const QJsonObject started = node->waitForEvent(QStringLiteral("started"));
    ASSERT_FALSE(started.isEmpty()) << node->transcript().toStdString();
    EXPECT_EQ(node->lines().first().value(QStringLiteral("event")).toString(), QStringLiteral("started"));
    EXPECT_EQ(started.value(QStringLiteral("graph")).toString(), QStringLiteral("cli-test"));
    EXPECT_EQ(started.value(QStringLiteral("peer")).toString(), QStringLiteral("solo"));
    EXPECT_TRUE(started.value(QStringLiteral("node")).isString());
    EXPECT_TRUE(started.value(QStringLiteral("time")).toString().endsWith(QLatin1Char('Z')));

    node->sendLine("this is not json");
    const QJsonObject malformed = node->waitForLine([](const QJsonObject &line) {
        return line.value(QStringLiteral("event")) == QStringLiteral("result")
            && line.value(QStringLiteral("id")).isNull();
    });
    ASSERT_FALSE(malformed.isEmpty());
    EXPECT_FALSE(malformed.value(QStringLiteral("ok")).toBool(true));
    EXPECT_EQ(malformed.value(QStringLiteral("code")).toString(), QStringLiteral("E_INVALIDARG"));

    const QJsonObject unknown = node->command({ { QStringLiteral("cmd"), QStringLiteral("dance") } });
    EXPECT_FALSE(unknown.value(QStringLiteral("ok")).toBool(true));
    EXPECT_TRUE(unknown.value(QStringLiteral("message")).toString().contains(QStringLiteral("dance")));

    const QJsonObject status = node->command({ { QStringLiteral("cmd"), QStringLiteral("status") } });
    ASSERT_TRUE(status.value(QStringLiteral("ok")).toBool()) << node->transcript().toStdString();
    EXPECT_TRUE(status.value(QStringLiteral("status")).toArray().contains(QStringLiteral("synchronized")));
    EXPECT_EQ(status.value(QStringLiteral("node")), started.value(QStringLiteral("node")));

    const QByteArray payload = allByteValues();
    const QJsonObject added = node->command(
        { { QStringLiteral("cmd"), QStringLiteral("add-record") }, { QStringLiteral("type"), TestDataType },
            { QStringLiteral("data"), base64(payload) }, { QStringLiteral("expires-in"), 600 } });
    ASSERT_TRUE(added.value(QStringLiteral("ok")).toBool()) << node->transcript().toStdString();
    const QString recordId = added.value(QStringLiteral("record")).toString();
    EXPECT_FALSE(node->waitForEvent(QStringLiteral("record-changed"),
                         { { QStringLiteral("change"), QStringLiteral("added") },
                             { QStringLiteral("record"), recordId }, { QStringLiteral("type"), TestDataType } })
                     .isEmpty());

    const QJsonObject listed = node->command(
        { { QStringLiteral("cmd"), QStringLiteral("records") }, { QStringLiteral("type"), TestDataType } });
    const QJsonArray records = listed.value(QStringLiteral("records")).toArray();
    ASSERT_EQ(records.size(), 1) << node->transcript().toStdString();
    EXPECT_EQ(records.at(0)[QStringLiteral("record")].toString(), recordId);
    EXPECT_EQ(QByteArray::fromBase64(records.at(0)[QStringLiteral("data")].toString().toLatin1()), payload);
    EXPECT_EQ(records.at(0)[QStringLiteral("creator")].toString(), QStringLiteral("solo"));

    const QJsonObject updated = node->command({ { QStringLiteral("cmd"), QStringLiteral("update-record") },
        { QStringLiteral("record"), recordId }, { QStringLiteral("data"), base64("v2") } });
    EXPECT_TRUE(updated.value(QStringLiteral("ok")).toBool()) << node->transcript().toStdString();
    EXPECT_FALSE(
        node->waitForEvent(QStringLiteral("record-changed"),
                { { QStringLiteral("change"), QStringLiteral("updated") }, { QStringLiteral("record"), recordId } })
            .isEmpty());

    const QJsonObject deleted = node->command(
        { { QStringLiteral("cmd"), QStringLiteral("delete-record") }, { QStringLiteral("record"), recordId } });
    EXPECT_TRUE(deleted.value(QStringLiteral("ok")).toBool()) << node->transcript().toStdString();
    EXPECT_FALSE(
        node->waitForEvent(QStringLiteral("record-changed"),
                { { QStringLiteral("change"), QStringLiteral("deleted") }, { QStringLiteral("record"), recordId } })
            .isEmpty());

    const QJsonObject badSend = node->command(
        { { QStringLiteral("cmd"), QStringLiteral("send") }, { QStringLiteral("connection"), QStringLiteral("12345") },
            { QStringLiteral("type"), TestDataType }, { QStringLiteral("data"), base64("x") } });
    EXPECT_FALSE(badSend.value(QStringLiteral("ok")).toBool(true));
    EXPECT_TRUE(badSend.value(QStringLiteral("code")).toString().startsWith(QStringLiteral("PEER_E_")))
        << badSend.value(QStringLiteral("code")).toString().toStdString();

    const QJsonObject renamed = node->command({ { QStringLiteral("cmd"), QStringLiteral("set-properties") },
        { QStringLiteral("comment"), QStringLiteral("from the cli test") } });
    ASSERT_TRUE(renamed.value(QStringLiteral("ok")).toBool()) << node->transcript().toStdString();
    EXPECT_EQ(renamed[QStringLiteral("properties")][QStringLiteral("comment")].toString(),
        QStringLiteral("from the cli test"));
    EXPECT_FALSE(node->waitForEvent(QStringLiteral("property-changed")).isEmpty());

    const QJsonObject quit = node->command({ { QStringLiteral("cmd"), QStringLiteral("quit") } });
    EXPECT_TRUE(quit.value(QStringLiteral("ok")).toBool());
    ASSERT_TRUE(node->waitForExit());
    EXPECT_EQ(node->process().exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(node->process().exitCode(), 0);
    for (const QJsonObject &line : node->lines())
        EXPECT_NE(line.value(QStringLiteral("event")).toString(), QStringLiteral("not-json"));
}

TEST_F(PeerscopeNode, EndOfInputStopsTheNodeOnlyWithExitOnEof)
{
    NodeProcess *keeps = startNode(QStringLiteral("keeps"), { QStringLiteral("--create") });
    NodeProcess *stops = startNode(QStringLiteral("stops"),
        { QStringLiteral("--create"), QStringLiteral("--exit-on-eof"), QStringLiteral("--quiet") });
    ASSERT_FALSE(keeps->waitForEvent(QStringLiteral("started")).isEmpty()) << keeps->transcript().toStdString();
    ASSERT_FALSE(stops->waitForEvent(QStringLiteral("started")).isEmpty()) << stops->transcript().toStdString();
    keeps->process().closeWriteChannel();
    stops->process().closeWriteChannel();

    ASSERT_TRUE(stops->waitForExit());
    EXPECT_EQ(stops->process().exitCode(), 0);
    EXPECT_TRUE(stops->errorOutput().isEmpty()) << stops->errorOutput().constData(); // --quiet
    // The node says on stderr that it saw the end and keeps running.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return keeps->transcript().contains(QStringLiteral("stdin ended")); }, NodeProcess::DefaultTimeoutMs));
    EXPECT_EQ(keeps->process().state(), QProcess::Running);
    keeps->process().terminate();
    ASSERT_TRUE(keeps->waitForExit());
    EXPECT_EQ(keeps->process().exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(keeps->process().exitCode(), 0);
}

TEST_F(PeerscopeNode, FiveNodesFormAGraphAndAllSeeARecord)
{
    NodeProcess *creator = startCreator(QStringLiteral("n1"));
    const QString address = creator->listenAddress();
    ASSERT_FALSE(address.isEmpty()) << creator->transcript().toStdString();
    QList<NodeProcess *> nodes { creator };
    for (int i = 2; i <= 5; ++i)
        nodes.append(startJoiner(QStringLiteral("n%1").arg(i), address));
    for (NodeProcess *node : nodes) {
        // Each joiner connects, synchronizes, and then listens on its own port.
        ASSERT_FALSE(node->listenAddress().isEmpty()) << node->transcript().toStdString();
        ASSERT_FALSE(node->waitForEvent(QStringLiteral("neighbor-connection"),
                             { { QStringLiteral("status"), QStringLiteral("connected") } })
                         .isEmpty())
            << node->transcript().toStdString();
    }

    const QJsonObject added = nodes[2]->command({ { QStringLiteral("cmd"), QStringLiteral("add-record") },
        { QStringLiteral("type"), TestDataType }, { QStringLiteral("data"), base64(allByteValues()) } });
    ASSERT_TRUE(added.value(QStringLiteral("ok")).toBool()) << nodes[2]->transcript().toStdString();
    const QString recordId = added.value(QStringLiteral("record")).toString();
    for (NodeProcess *node : nodes) {
        EXPECT_FALSE(node->waitForEvent(QStringLiteral("record-changed"),
                             { { QStringLiteral("change"), QStringLiteral("added") },
                                 { QStringLiteral("record"), recordId }, { QStringLiteral("type"), TestDataType } })
                         .isEmpty())
            << node->name().toStdString();
    }
    const QJsonObject listed = nodes[4]->command(
        { { QStringLiteral("cmd"), QStringLiteral("records") }, { QStringLiteral("type"), TestDataType } });
    const QJsonArray records = listed.value(QStringLiteral("records")).toArray();
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(QByteArray::fromBase64(records.at(0)[QStringLiteral("data")].toString().toLatin1()), allByteValues());
}

TEST_F(PeerscopeNode, DirectConnectionAcrossProcessesThenSigtermDisconnectsNeighbors)
{
    NodeProcess *hub = startCreator(QStringLiteral("hub"));
    const QString hubAddress = hub->listenAddress();
    ASSERT_FALSE(hubAddress.isEmpty()) << hub->transcript().toStdString();
    NodeProcess *left = startJoiner(QStringLiteral("left"), hubAddress);
    NodeProcess *right = startJoiner(QStringLiteral("right"), hubAddress);
    const QString rightAddress = right->listenAddress();
    ASSERT_FALSE(rightAddress.isEmpty()) << right->transcript().toStdString();
    ASSERT_FALSE(left->listenAddress().isEmpty()) << left->transcript().toStdString();

    const QJsonObject opened = left->command({ { QStringLiteral("cmd"), QStringLiteral("open-direct") },
        { QStringLiteral("peer"), QStringLiteral("right") }, { QStringLiteral("address"), rightAddress } });
    ASSERT_TRUE(opened.value(QStringLiteral("ok")).toBool()) << left->transcript().toStdString();
    const QString leftConnection = opened.value(QStringLiteral("connection")).toString();
    ASSERT_FALSE(left->waitForEvent(QStringLiteral("direct-connection"),
                         { { QStringLiteral("connection"), leftConnection },
                             { QStringLiteral("status"), QStringLiteral("connected") } })
                     .isEmpty());
    const QJsonObject accepted = right->waitForEvent(QStringLiteral("direct-connection"),
        { { QStringLiteral("status"), QStringLiteral("connected") },
            { QStringLiteral("peer"), QStringLiteral("left") } });
    ASSERT_FALSE(accepted.isEmpty()) << right->transcript().toStdString();
    const QString rightConnection = accepted.value(QStringLiteral("connection")).toString();

    const QByteArray payload = allByteValues();
    const QJsonObject sent = left->command(
        { { QStringLiteral("cmd"), QStringLiteral("send") }, { QStringLiteral("connection"), leftConnection },
            { QStringLiteral("type"), TestDataType }, { QStringLiteral("data"), base64(payload) } });
    ASSERT_TRUE(sent.value(QStringLiteral("ok")).toBool()) << left->transcript().toStdString();
    const QJsonObject received = right->waitForEvent(QStringLiteral("incoming-data"),
        { { QStringLiteral("connection"), rightConnection }, { QStringLiteral("type"), TestDataType } });
    ASSERT_FALSE(received.isEmpty()) << right->transcript().toStdString();
    EXPECT_EQ(QByteArray::fromBase64(received.value(QStringLiteral("data")).toString().toLatin1()), payload);

    const QJsonObject reply = right->command(
        { { QStringLiteral("cmd"), QStringLiteral("send") }, { QStringLiteral("connection"), rightConnection },
            { QStringLiteral("type"), TestDataType }, { QStringLiteral("data"), base64("pong") } });
    ASSERT_TRUE(reply.value(QStringLiteral("ok")).toBool()) << right->transcript().toStdString();
    const QJsonObject pong = left->waitForEvent(QStringLiteral("incoming-data"),
        { { QStringLiteral("connection"), leftConnection }, { QStringLiteral("data"), base64("pong") } });
    EXPECT_FALSE(pong.isEmpty()) << left->transcript().toStdString();

    const QJsonObject closed = left->command(
        { { QStringLiteral("cmd"), QStringLiteral("close") }, { QStringLiteral("connection"), leftConnection } });
    EXPECT_TRUE(closed.value(QStringLiteral("ok")).toBool()) << left->transcript().toStdString();
    EXPECT_FALSE(right
                     ->waitForEvent(QStringLiteral("direct-connection"),
                         { { QStringLiteral("connection"), rightConnection },
                             { QStringLiteral("status"), QStringLiteral("disconnected") } })
                     .isEmpty())
        << right->transcript().toStdString();

    // Whoever has a neighbor link to "right" when it is terminated must see that link go.
    QList<NodeProcess *> linked;
    for (NodeProcess *node : { hub, left }) {
        const QJsonArray connections
            = node->command({ { QStringLiteral("cmd"), QStringLiteral("connections") } })[QStringLiteral("connections")]
                  .toArray();
        for (const QJsonValue &connection : connections) {
            if (connection[QStringLiteral("peer")] == QStringLiteral("right")
                && connection[QStringLiteral("kind")] == QStringLiteral("neighbor"))
                linked.append(node);
        }
    }
    ASSERT_FALSE(linked.isEmpty()) << hub->transcript().toStdString();
    right->process().terminate();
    ASSERT_TRUE(right->waitForExit());
    EXPECT_EQ(right->process().exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(right->process().exitCode(), 0);
    for (NodeProcess *node : linked) {
        EXPECT_FALSE(node->waitForEvent(QStringLiteral("neighbor-connection"),
                             { { QStringLiteral("peer"), QStringLiteral("right") },
                                 { QStringLiteral("status"), QStringLiteral("disconnected") } })
                         .isEmpty())
            << node->name().toStdString();
    }
}
