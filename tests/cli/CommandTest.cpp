// Parsing command lines and shaping result lines.
#include "Command.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace peerscope;
using namespace peerscope::cli;

TEST(Command, ParsesIdNameAndArguments)
{
    const ParsedCommand parsed = parseCommand(R"({"id":"a1","cmd":"connect","address":"127.0.0.1:4000"})");
    ASSERT_TRUE(parsed.command);
    EXPECT_EQ(parsed.command->id, QJsonValue(QStringLiteral("a1")));
    EXPECT_EQ(parsed.command->name, QStringLiteral("connect"));
    EXPECT_EQ(parsed.command->arguments.value(QStringLiteral("address")).toString(), QStringLiteral("127.0.0.1:4000"));
}

TEST(Command, AMissingIdIsNull)
{
    const ParsedCommand parsed = parseCommand(R"({"cmd":"status"})");
    ASSERT_TRUE(parsed.command);
    EXPECT_TRUE(parsed.command->id.isNull());
}

TEST(Command, MalformedLinesAreInvalidArgumentsWithANullId)
{
    for (const QByteArray &line : { QByteArray("{not json"), QByteArray("[1,2]"), QByteArray("42") }) {
        const ParsedCommand parsed = parseCommand(line);
        EXPECT_FALSE(parsed.command) << line.constData();
        EXPECT_TRUE(parsed.id.isNull());
        EXPECT_EQ(parsed.error.code(), PeerError::InvalidArgument);
        EXPECT_FALSE(parsed.error.message().isEmpty());
    }
}

TEST(Command, AMissingCommandNameKeepsTheIdForTheAnswer)
{
    const ParsedCommand parsed = parseCommand(R"({"id":7,"cmd":3})");
    EXPECT_FALSE(parsed.command);
    EXPECT_EQ(parsed.id, QJsonValue(7));
    EXPECT_EQ(parsed.error.code(), PeerError::InvalidArgument);
}

TEST(Command, ResultsEchoTheIdAndSayWhetherTheyWorked)
{
    const QJsonObject ok = successResult(QJsonValue(5), { { QStringLiteral("connection"), QStringLiteral("9") } });
    EXPECT_EQ(ok.value(QStringLiteral("event")).toString(), QStringLiteral("result"));
    EXPECT_EQ(ok.value(QStringLiteral("id")), QJsonValue(5));
    EXPECT_TRUE(ok.value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(ok.value(QStringLiteral("connection")).toString(), QStringLiteral("9"));

    const QJsonObject failed
        = failureResult(QJsonValue::Null, PeerError(PeerError::WouldBlock, QStringLiteral("queue full")));
    EXPECT_TRUE(failed.value(QStringLiteral("id")).isNull());
    EXPECT_FALSE(failed.value(QStringLiteral("ok")).toBool(true));
    EXPECT_EQ(failed.value(QStringLiteral("code")).toString(), QStringLiteral("WSAEWOULDBLOCK"));
    EXPECT_EQ(failed.value(QStringLiteral("message")).toString(), QStringLiteral("queue full"));
}
