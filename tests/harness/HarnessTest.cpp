// Exercises the test harness itself: the QApplication from TestMain, the
// offscreen default, real loopback sockets on OS-chosen ports, and waiting on
// signals instead of sleeping.
#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <sstream>

TEST(Harness, RunsInsideAQApplicationOnTheOffscreenPlatformByDefault)
{
    ASSERT_NE(qobject_cast<QApplication *>(QCoreApplication::instance()), nullptr);
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen") {
        EXPECT_EQ(QGuiApplication::platformName(), QStringLiteral("offscreen"));
    }
}

TEST(Harness, LoopbackSocketsOnOsChosenPortsExchangeBytes)
{
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    ASSERT_NE(server.serverPort(), 0);

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    ASSERT_TRUE(server.waitForNewConnection(5000));
    QTcpSocket *accepted = server.nextPendingConnection();
    ASSERT_NE(accepted, nullptr);

    QSignalSpy readable(accepted, &QTcpSocket::readyRead);
    client.write("peerscope");
    ASSERT_TRUE(QTest::qWaitFor([&] { return accepted->bytesAvailable() >= 9; }, 5000));
    EXPECT_GE(readable.count(), 1);
    EXPECT_EQ(accepted->readAll(), QByteArray("peerscope"));
}

TEST(Harness, PrintersMakeQtValuesReadable)
{
    std::ostringstream text;
    PrintTo(QString(QStringLiteral("node-1")), &text);
    EXPECT_EQ(text.str(), "\"node-1\"");

    std::ostringstream bytes;
    PrintTo(QByteArray("\x01\xff", 2), &bytes);
    EXPECT_EQ(bytes.str(), "QByteArray(2 bytes: 01 ff)");
}
