// Several graphs in one process, each owned by its own thread.
#include "GraphTestSupport.h"
#include "QtPrinters.h"

#include <QThread>

using namespace peerscope;
using namespace peerscope::testing;

namespace {

// Runs `work` in the thread of `context` and waits for it.
template<typename F> void runIn(QObject *context, F work)
{
    QMetaObject::invokeMethod(context, std::move(work), Qt::BlockingQueuedConnection);
}

} // namespace

TEST(Threads, TwoGraphsInTheirOwnThreadsConnect)
{
    QThread threadA;
    QThread threadB;
    threadA.start();
    threadB.start();
    QObject contextA;
    QObject contextB;
    contextA.moveToThread(&threadA);
    contextB.moveToThread(&threadB);

    Graph *a = nullptr;
    Graph *b = nullptr;
    runIn(&contextA, [&] { a = makeListeningNode(QStringLiteral("alice")).release(); });
    runIn(&contextB, [&] { b = makeListeningNode(QStringLiteral("bob")).release(); });
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->thread(), &threadA);

    // Events cross to the test thread as queued signals.
    QSignalSpy connectedA(a, &Graph::neighborConnectionChanged);
    QSignalSpy connectedB(b, &Graph::neighborConnectionChanged);
    PeerAddress target;
    runIn(&contextA, [&] { target = addressOf(*a); });
    runIn(&contextB, [&] { ASSERT_TRUE(b->connect(target).isOk()); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return connectedA.count() >= 1 && connectedB.count() >= 1; }, WaitMs));
    EXPECT_EQ(connectedA.constFirst().constFirst().value<ConnectionChange>().status, ConnectionStatus::Connected);
    EXPECT_EQ(connectedB.constFirst().constFirst().value<ConnectionChange>().status, ConnectionStatus::Connected);

    runIn(&contextA, [&] { delete a; });
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return std::any_of(connectedB.cbegin(), connectedB.cend(), [](const QList<QVariant> &args) {
                return args.constFirst().value<ConnectionChange>().status == ConnectionStatus::Disconnected;
            });
        },
        WaitMs));
    runIn(&contextB, [&] { delete b; });
    threadA.quit();
    threadB.quit();
    threadA.wait();
    threadB.wait();
}
