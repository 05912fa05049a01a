// The line plumbing of the node: JSON lines out, command lines in from a real pipe,
// SIGTERM turned into a Qt signal.
#include "JsonLineWriter.h"
#include "QtPrinters.h"
#include "StdinReader.h"
#include "TerminationSignals.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace peerscope::cli;

TEST(JsonLineWriter, WritesOneCompactObjectPerLineWithATime)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonLineWriter writer(&buffer);
    writer.write({ { QStringLiteral("event"), QStringLiteral("started") }, { QStringLiteral("note"), "a\nb" } });
    writer.write({ { QStringLiteral("event"), QStringLiteral("result") } });

    const QList<QByteArray> lines = buffer.data().split('\n');
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[2].isEmpty());
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    EXPECT_EQ(first.value(QStringLiteral("event")).toString(), QStringLiteral("started"));
    EXPECT_EQ(first.value(QStringLiteral("note")).toString(), QStringLiteral("a\nb"));
    const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
    EXPECT_TRUE(iso.match(first.value(QStringLiteral("time")).toString()).hasMatch())
        << first.value(QStringLiteral("time")).toString().toStdString();
    EXPECT_FALSE(lines[0].contains(' '));
}

TEST(StdinReader, SplitsLinesFromAPipeAndReportsTheEnd)
{
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    StdinReader reader(fds[0]);
    QSignalSpy lines(&reader, &StdinReader::lineRead);
    QSignalSpy ended(&reader, &StdinReader::endOfInput);

    const QByteArray input("{\"cmd\":\"status\"}\r\n\n  \npart");
    ASSERT_EQ(::write(fds[1], input.constData(), size_t(input.size())), input.size());
    ASSERT_TRUE(QTest::qWaitFor([&] { return lines.count() == 1; }, 5000));
    EXPECT_EQ(lines.at(0).at(0).toByteArray(), QByteArray("{\"cmd\":\"status\"}"));

    const QByteArray rest("ial\n");
    ASSERT_EQ(::write(fds[1], rest.constData(), size_t(rest.size())), rest.size());
    ASSERT_TRUE(QTest::qWaitFor([&] { return lines.count() == 2; }, 5000));
    EXPECT_EQ(lines.at(1).at(0).toByteArray(), QByteArray("partial"));

    const QByteArray unterminated("last");
    ASSERT_EQ(::write(fds[1], unterminated.constData(), size_t(unterminated.size())), unterminated.size());
    ::close(fds[1]);
    ASSERT_TRUE(ended.wait(5000));
    ASSERT_EQ(lines.count(), 3);
    EXPECT_EQ(lines.at(2).at(0).toByteArray(), QByteArray("last"));
    ::close(fds[0]);
}

TEST(TerminationSignals, SigtermBecomesAQtSignalInTheEventLoop)
{
    TerminationSignals termination;
    QSignalSpy requested(&termination, &TerminationSignals::terminationRequested);
    ASSERT_EQ(::raise(SIGTERM), 0); // handled: the test process survives
    ASSERT_TRUE(requested.wait(5000));
    EXPECT_EQ(requested.at(0).at(0).toInt(), SIGTERM);
}
