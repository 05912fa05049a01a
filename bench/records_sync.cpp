// Synchronization of a newcomer (Sync All over real loopback TCP, SQLite files)
// with a graph of many 1 KiB records, as a ratio against sending the same bytes
// over one plain loopback TCP socket in the same run.
//
// Arguments: the record count and whether the databases are SQLite files. Run
// --benchmark_filter=/20000/ for about a minute on a shared 2-core machine;
// --benchmark_filter=/100000/ takes several minutes.

#include "LoopbackMesh.h"
#include "ReplicatorFixture.h"
#include "records/RecordWireForm.h"
#include "wire/Codec.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>

#include <iostream>

using namespace peerscope;
using namespace peerscope::testing;

namespace {

// Seconds to move `total` bytes through one plain loopback TCP connection, in 64 KiB writes.
double plainTcpSeconds(qint64 total)
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    waitUntil(
        [&] { return server.hasPendingConnections() && client.state() == QAbstractSocket::ConnectedState; }, 5000);
    std::unique_ptr<QTcpSocket> accepted(server.nextPendingConnection());
    const QByteArray chunk(64 * 1024, 'x');
    QElapsedTimer timer;
    timer.start();
    for (qint64 sent = 0; sent < total; sent += chunk.size())
        client.write(chunk.constData(), std::min<qint64>(chunk.size(), total - sent));
    qint64 received = 0;
    waitUntil(
        [&] {
            received += accepted->readAll().size();
            return received >= total;
        },
        120000);
    return double(timer.nsecsElapsed()) / 1e9;
}

void BM_NewcomerSync(benchmark::State &state)
{
    const int count = int(state.range(0));
    const bool onDisk = state.range(1) != 0;
    QTemporaryDir dir;
    const auto databasePath = [&](const QString &name) { return onDisk ? dir.filePath(name) : QString(); };
    auto creator = makeReplicator(0, databasePath(QStringLiteral("creator.db")));
    for (int i = 0; i < count; ++i)
        creator->addRecord(appRecord(*creator, QByteArray(1024, char('a' + i % 26))));
    int round = 0;
    double syncSeconds = 0;
    quint64 syncBytes = 0;
    for (auto _ : state) {
        auto newcomer = makeReplicator(1, databasePath(QStringLiteral("newcomer-%1.db").arg(round++)));
        LoopbackMesh mesh;
        bool done = false;
        QObject::connect(newcomer.get(), &RecordReplicator::synchronizationCompleted, [&] { done = true; });
        QElapsedTimer timer;
        timer.start();
        mesh.connect(newcomer.get(), testNodeId(1), testPeerId(1), creator.get(), testNodeId(0), testPeerId(0));
        if (!waitUntil([&] { return done; }, 600000) || newcomer->records(AppType, {}).size() != count) {
            state.SkipWithError("the newcomer did not synchronize");
            return;
        }
        syncSeconds = double(timer.nsecsElapsed()) / 1e9;
        syncBytes = mesh.counters().bytes;
        state.SetIterationTime(syncSeconds);
    }
    const double tcpSeconds = plainTcpSeconds(qint64(syncBytes));
    state.counters["records"] = count;
    state.counters["sync_s"] = syncSeconds;
    state.counters["bytes"] = double(syncBytes);
    state.counters["plain_tcp_s"] = tcpSeconds;
    state.counters["ratio"] = syncSeconds / tcpSeconds;
    state.counters["records_per_s"] = count / syncSeconds;
    std::cout << "sync of " << count << " records of 1 KiB (" << (onDisk ? "SQLite files" : "in-memory SQLite")
              << "): " << syncSeconds << " s for " << syncBytes
              << " bytes; the same bytes over plain TCP: " << tcpSeconds << " s; ratio " << syncSeconds / tcpSeconds
              << "\n";
}

} // namespace

// Arguments: record count, SQLite files (1) or in-memory databases (0).
BENCHMARK(BM_NewcomerSync)
    ->Args({ 20000, 1 })
    ->Args({ 20000, 0 })
    ->Args({ 100000, 1 })
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kSecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
