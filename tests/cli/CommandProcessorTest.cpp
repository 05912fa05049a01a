// The command mapping against a real graph in this process: arguments are checked
// before the graph is touched, and bad input is refused with a clear message.
#include "CommandProcessor.h"
#include "Graph.h"
#include "JsonValues.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace peerscope;
using namespace peerscope::cli;

namespace {

class CommandProcessorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        GraphProperties properties;
        properties.graphId = QStringLiteral("commands");
        properties.creatorId = QStringLiteral("me");
        GraphOptions options;
        options.databasePath = m_dir.filePath(QStringLiteral("commands.db"));
        Result<Graph *> graph = Graph::create(properties, options);
        ASSERT_TRUE(graph.isOk()) << graph.error().toString().toStdString();
        m_graph.reset(*graph);
        m_processor = std::make_unique<CommandProcessor>(m_graph.get());
    }

    QJsonObject run(const QJsonObject &command)
    {
        return m_processor->execute(QJsonDocument(command).toJson(QJsonDocument::Compact));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Graph> m_graph;
    std::unique_ptr<CommandProcessor> m_processor;
};

const QString DataType = QStringLiteral("{8d6a3f0e-1b2c-4d5e-8f90-a1b2c3d4e5f6}");

} // namespace

TEST_F(CommandProcessorTest, BadArgumentsNameTheFieldAndChangeNothing)
{
    const QList<std::pair<QJsonObject, QString>> cases {
        { { { QStringLiteral("cmd"), QStringLiteral("add-record") }, { QStringLiteral("type"), QStringLiteral("nope") },
              { QStringLiteral("data"), QString() } },
            QStringLiteral("type") },
        { { { QStringLiteral("cmd"), QStringLiteral("add-record") }, { QStringLiteral("type"), DataType },
              { QStringLiteral("data"), QStringLiteral("***") } },
            QStringLiteral("data") },
        { { { QStringLiteral("cmd"), QStringLiteral("add-record") }, { QStringLiteral("type"), DataType },
              { QStringLiteral("data"), QString() }, { QStringLiteral("expires-in"), -5 } },
            QStringLiteral("expires-in") },
        { { { QStringLiteral("cmd"), QStringLiteral("connect") },
              { QStringLiteral("address"), QStringLiteral("host") } },
            QStringLiteral("address") },
        { { { QStringLiteral("cmd"), QStringLiteral("send") }, { QStringLiteral("connection"), QStringLiteral("x1") },
              { QStringLiteral("type"), DataType }, { QStringLiteral("data"), QString() } },
            QStringLiteral("connection") },
        { { { QStringLiteral("cmd"), QStringLiteral("open-direct") },
              { QStringLiteral("address"), QStringLiteral("127.0.0.1:9") } },
            QStringLiteral("peer") },
        { { { QStringLiteral("cmd"), QStringLiteral("set-properties") }, { QStringLiteral("max-presence"), 1.5 } },
            QStringLiteral("max-presence") },
        { { { QStringLiteral("cmd"), QStringLiteral("set-properties") }, { QStringLiteral("comment"), 3 } },
            QStringLiteral("comment") },
    };
    const qsizetype recordsBefore = m_graph->records().size();
    const QString commentBefore = m_graph->properties().comment;
    int id = 0;
    for (auto [command, field] : cases) {
        command.insert(QStringLiteral("id"), ++id);
        const QJsonObject result = run(command);
        EXPECT_EQ(result.value(QStringLiteral("id")), QJsonValue(id));
        EXPECT_FALSE(result.value(QStringLiteral("ok")).toBool(true)) << id;
        EXPECT_EQ(result.value(QStringLiteral("code")).toString(), QStringLiteral("E_INVALIDARG")) << id;
        EXPECT_TRUE(result.value(QStringLiteral("message")).toString().contains(u'"' + field + u'"'))
            << result.value(QStringLiteral("message")).toString().toStdString();
    }
    EXPECT_EQ(m_graph->records().size(), recordsBefore);
    EXPECT_EQ(m_graph->properties().comment, commentBefore);
}

TEST_F(CommandProcessorTest, RecordCommandsRoundTripThroughTheGraph)
{
    const QJsonObject added = run({ { QStringLiteral("id"), QStringLiteral("a") },
        { QStringLiteral("cmd"), QStringLiteral("add-record") }, { QStringLiteral("type"), DataType },
        { QStringLiteral("data"), QStringLiteral("AAEC/w==") }, { QStringLiteral("expires-in"), 60 } });
    ASSERT_TRUE(added.value(QStringLiteral("ok")).toBool())
        << added.value(QStringLiteral("message")).toString().toStdString();
    const QUuid id = uuidFromJson(added.value(QStringLiteral("record")));
    const Result<Record> stored = m_graph->record(id);
    ASSERT_TRUE(stored.isOk());
    EXPECT_EQ(stored->data, QByteArray("\x00\x01\x02\xff", 4));
    EXPECT_EQ(stored->type, QUuid::fromString(DataType));
    // expires-in counts from now on the graph's clock.
    EXPECT_NEAR(double(stored->expirationTime - m_graph->peerTime()) / 1e7, 60.0, 5.0);

    const QJsonObject updated = run(
        { { QStringLiteral("cmd"), QStringLiteral("update-record") }, { QStringLiteral("record"), uuidToJson(id) },
            { QStringLiteral("attributes"), QString() }, { QStringLiteral("data"), QStringLiteral("djI=") } });
    ASSERT_TRUE(updated.value(QStringLiteral("ok")).toBool())
        << updated.value(QStringLiteral("message")).toString().toStdString();
    EXPECT_EQ(m_graph->record(id)->data, QByteArray("v2"));

    const QJsonArray listed = run({ { QStringLiteral("cmd"), QStringLiteral("records") },
        { QStringLiteral("type"), DataType } })[QStringLiteral("records")]
                                  .toArray();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.at(0)[QStringLiteral("data")].toString(), QStringLiteral("djI="));
    EXPECT_EQ(listed.at(0)[QStringLiteral("version")].toInt(), 2);

    EXPECT_TRUE(run({ { QStringLiteral("cmd"), QStringLiteral("delete-record") },
        { QStringLiteral("record"), uuidToJson(id) } })[QStringLiteral("ok")]
                    .toBool());
    const QJsonObject missing = run({ { QStringLiteral("cmd"), QStringLiteral("update-record") },
        { QStringLiteral("record"), uuidToJson(QUuid::createUuid()) } });
    EXPECT_EQ(missing.value(QStringLiteral("code")).toString(), QStringLiteral("PEER_E_RECORD_NOT_FOUND"));
}

TEST_F(CommandProcessorTest, QuitAnswersFirstAndAsksToStopAfterwards)
{
    QSignalSpy quit(m_processor.get(), &CommandProcessor::quitRequested);
    const QJsonObject result = run({ { QStringLiteral("id"), 1 }, { QStringLiteral("cmd"), QStringLiteral("quit") } });
    EXPECT_TRUE(result.value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(quit.count(), 0);
    ASSERT_TRUE(quit.wait(5000));
}
