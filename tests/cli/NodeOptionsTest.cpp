// The command line of peerscope-node: required options, defaults, and clear errors.
#include "NodeOptions.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace peerscope;
using namespace peerscope::cli;

namespace {

ParsedOptions parse(const QStringList &arguments)
{
    return parseNodeOptions(QStringList { QStringLiteral("peerscope-node") } + arguments);
}

NodeOptions parseValid(const QStringList &arguments)
{
    const ParsedOptions parsed = parse(arguments);
    if (const auto *error = std::get_if<OptionsError>(&parsed))
        ADD_FAILURE() << error->message.toStdString();
    return std::holds_alternative<NodeOptions>(parsed) ? std::get<NodeOptions>(parsed) : NodeOptions {};
}

QString errorOf(const QStringList &arguments)
{
    const ParsedOptions parsed = parse(arguments);
    return std::holds_alternative<OptionsError>(parsed) ? std::get<OptionsError>(parsed).message : QString();
}

} // namespace

TEST(NodeOptions, GraphIsRequired)
{
    EXPECT_TRUE(errorOf({}).contains(QStringLiteral("--graph")));
    EXPECT_TRUE(errorOf({ QStringLiteral("--peer"), QStringLiteral("p") }).contains(QStringLiteral("--graph")));
}

TEST(NodeOptions, DefaultsGenerateAPeerAndADatabaseNamedAfterGraphAndPeer)
{
    const NodeOptions first = parseValid({ QStringLiteral("--graph"), QStringLiteral("lab/one") });
    const NodeOptions second = parseValid({ QStringLiteral("--graph"), QStringLiteral("lab/one") });
    EXPECT_FALSE(first.peerId.isEmpty());
    EXPECT_NE(first.peerId, second.peerId);
    EXPECT_FALSE(first.create);
    EXPECT_FALSE(first.listen);
    EXPECT_TRUE(first.databasePath.endsWith(QStringLiteral("lab%2Fone-") + first.peerId + QStringLiteral(".db")))
        << first.databasePath.toStdString();
    EXPECT_EQ(first.databasePath, defaultDatabasePath(QStringLiteral("lab/one"), first.peerId));
}

TEST(NodeOptions, EveryOptionIsParsed)
{
    const NodeOptions options = parseValid({ QStringLiteral("--graph"), QStringLiteral("g"), QStringLiteral("--peer"),
        QStringLiteral("alice"), QStringLiteral("--create"), QStringLiteral("--db"), QStringLiteral("/tmp/x.db"),
        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--connect"),
        QStringLiteral("127.0.0.1:4000"), QStringLiteral("--connect"), QStringLiteral("[::1]:4001"),
        QStringLiteral("--accept-direct"), QStringLiteral("--friendly-name"), QStringLiteral("Alice"),
        QStringLiteral("--min-neighbors"), QStringLiteral("1"), QStringLiteral("--ideal-neighbors"),
        QStringLiteral("2"), QStringLiteral("--max-neighbors"), QStringLiteral("4"), QStringLiteral("--quiet"),
        QStringLiteral("--exit-on-eof") });
    EXPECT_EQ(options.graphId, QStringLiteral("g"));
    EXPECT_EQ(options.peerId, QStringLiteral("alice"));
    EXPECT_TRUE(options.create);
    EXPECT_EQ(options.databasePath, QStringLiteral("/tmp/x.db"));
    ASSERT_TRUE(options.listen);
    EXPECT_EQ(options.listen->scope, GraphScope::Loopback);
    EXPECT_EQ(options.listen->port, 0);
    ASSERT_EQ(options.connectTo.size(), 2);
    EXPECT_EQ(options.connectTo[0].toString(), QStringLiteral("127.0.0.1:4000"));
    EXPECT_EQ(options.connectTo[1].toString(), QStringLiteral("[::1]:4001"));
    EXPECT_TRUE(options.acceptDirect);
    EXPECT_EQ(options.friendlyName, QStringLiteral("Alice"));
    EXPECT_EQ(options.limits.minimum, 1);
    EXPECT_EQ(options.limits.ideal, 2);
    EXPECT_EQ(options.limits.maximum, 4);
    EXPECT_TRUE(options.quiet);
    EXPECT_TRUE(options.exitOnEof);
}

TEST(NodeOptions, ListenTakesAnOptionalAddressThatChoosesTheScope)
{
    EXPECT_EQ(parseListenRequest(QStringLiteral("0"))->scope, GraphScope::Any);
    EXPECT_EQ(parseListenRequest(QStringLiteral("4000"))->port, 4000);
    EXPECT_EQ(parseListenRequest(QStringLiteral("[::1]:5"))->scope, GraphScope::Loopback);
    EXPECT_EQ(parseListenRequest(QStringLiteral("localhost:5"))->scope, GraphScope::Loopback);
    EXPECT_EQ(parseListenRequest(QStringLiteral("0.0.0.0:7"))->scope, GraphScope::Any);
    EXPECT_FALSE(parseListenRequest(QStringLiteral("65536")));
    EXPECT_FALSE(parseListenRequest(QStringLiteral("abc")));
    EXPECT_FALSE(parseListenRequest(QStringLiteral("nohost:1")));
    EXPECT_TRUE(
        errorOf({ QStringLiteral("--graph"), QStringLiteral("g"), QStringLiteral("--listen"), QStringLiteral("x:y") })
            .contains(QStringLiteral("--listen")));
}

TEST(NodeOptions, BadValuesAreNamedInTheError)
{
    const QStringList graph { QStringLiteral("--graph"), QStringLiteral("g") };
    EXPECT_TRUE(errorOf(graph + QStringList { QStringLiteral("--connect"), QStringLiteral("127.0.0.1") })
                    .contains(QStringLiteral("--connect")));
    EXPECT_TRUE(errorOf(graph + QStringList { QStringLiteral("--max-neighbors"), QStringLiteral("many") })
                    .contains(QStringLiteral("--max-neighbors")));
    EXPECT_TRUE(errorOf(graph
        + QStringList { QStringLiteral("--min-neighbors"), QStringLiteral("5"), QStringLiteral("--max-neighbors"),
            QStringLiteral("3") })
                    .contains(QStringLiteral("min <= ideal <= max")));
    EXPECT_FALSE(errorOf(graph + QStringList { QStringLiteral("--bogus") }).isEmpty());
    EXPECT_FALSE(errorOf(graph + QStringList { QStringLiteral("stray") }).isEmpty());
}

TEST(NodeOptions, AMaximumAloneLowersTheDefaultIdealAndMinimum)
{
    const NodeOptions options = parseValid(
        { QStringLiteral("--graph"), QStringLiteral("g"), QStringLiteral("--max-neighbors"), QStringLiteral("1") });
    EXPECT_EQ(options.limits.maximum, 1);
    EXPECT_EQ(options.limits.ideal, 1);
    EXPECT_EQ(options.limits.minimum, 1);
}

TEST(NodeOptions, HelpDocumentsEveryOption)
{
    const ParsedOptions parsed = parse({ QStringLiteral("--help") });
    ASSERT_TRUE(std::holds_alternative<HelpRequest>(parsed));
    const QString help = std::get<HelpRequest>(parsed).text;
    for (const char *option : { "--graph", "--peer", "--create", "--db", "--listen", "--connect", "--accept-direct",
             "--friendly-name", "--min-neighbors", "--ideal-neighbors", "--max-neighbors", "--quiet", "--exit-on-eof" })
        EXPECT_TRUE(help.contains(QLatin1String(option))) << option;
}

TEST(NodeOptions, AMinimumAloneRaisesTheDefaultIdeal)
{
    const NodeOptions options = parseValid(
        { QStringLiteral("--graph"), QStringLiteral("g"), QStringLiteral("--min-neighbors"), QStringLiteral("5") });
    EXPECT_EQ(options.limits.minimum, 5);
    EXPECT_EQ(options.limits.ideal, 5);
    EXPECT_EQ(options.limits.maximum, 7);
}
