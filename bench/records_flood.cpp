// Flooding in a 100-replicator mesh in one process, over real loopback TCP:
// the time from addRecord on one node until every node has raised recordChanged
// (median and p99 over the records), and the FLOOD messages and bytes sent per
// record next to the minimum of N-1 FLOODs. Baseline, measured in the same run:
// one 1 KiB message across one plain loopback TCP hop.

#include "LoopbackMesh.h"
#include "ReplicatorFixture.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <iostream>

using namespace peerscope;
using namespace peerscope::testing;

namespace {

constexpr int Nodes = 100;
constexpr int ExtraLinks = 2; // each newcomer: one link to sync, up to two more (about 3 neighbours on average)
constexpr int Records = 200;

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

// Median time for 1 KiB to cross one loopback TCP hop, in ms.
double tcpHopMs()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    waitUntil(
        [&] { return server.hasPendingConnections() && client.state() == QAbstractSocket::ConnectedState; }, 5000);
    std::unique_ptr<QTcpSocket> accepted(server.nextPendingConnection());
    client.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QByteArray message(1024, 'x');
    std::vector<double> samples;
    for (int i = 0; i < Records; ++i) {
        QElapsedTimer timer;
        timer.start();
        client.write(message);
        qint64 got = 0;
        waitUntil(
            [&] {
                got += accepted->readAll().size();
                return got >= message.size();
            },
            5000);
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return percentile(samples, 0.5);
}

void BM_FloodIn100NodeMesh(benchmark::State &state)
{
    std::vector<std::unique_ptr<RecordReplicator>> nodes;
    for (int i = 0; i < Nodes; ++i)
        nodes.push_back(makeReplicator(i));
    LoopbackMesh mesh;
    if (!mesh.join(nodes, ExtraLinks, 42)) {
        state.SkipWithError("the mesh did not form");
        return;
    }
    // The topology and presence records of the join settle first.
    waitUntil([] { return false; }, 500);

    QHash<QUuid, int> arrivals;
    for (auto &node : nodes) {
        QObject::connect(node.get(), &RecordReplicator::recordChanged, node.get(), [&](const RecordChange &change) {
            if (change.recordType == AppType)
                ++arrivals[change.recordId];
        });
    }
    std::vector<double> latencies;
    quint64 floods = 0, messages = 0, bytes = 0;
    QRandomGenerator random(7);
    for (auto _ : state) {
        RecordReplicator &origin = *nodes[random.bounded(Nodes)];
        const TrafficCounters before = mesh.counters();
        QElapsedTimer timer;
        timer.start();
        const QUuid id = origin.addRecord(appRecord(origin, QByteArray(1024, 'f'))).value();
        if (!waitUntil([&] { return arrivals.value(id) == Nodes; }, 10000)) {
            state.SkipWithError("a record did not reach every node");
            return;
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        state.SetIterationTime(seconds);
        latencies.push_back(seconds * 1e3);
        // ACKs for the last FLOODs leave after recordChanged: let them go before counting.
        waitUntil([] { return false; }, 5);
        floods += mesh.counters().floods - before.floods;
        messages += mesh.counters().messages - before.messages;
        bytes += mesh.counters().bytes - before.bytes;
    }
    const double hop = tcpHopMs();
    const double n = double(latencies.size());
    state.counters["median_ms"] = percentile(latencies, 0.5);
    state.counters["p99_ms"] = percentile(latencies, 0.99);
    state.counters["tcp_hop_ms"] = hop;
    state.counters["median_over_hop"] = percentile(latencies, 0.5) / hop;
    state.counters["floods_per_record"] = double(floods) / n;
    state.counters["min_floods"] = Nodes - 1;
    state.counters["messages_per_record"] = double(messages) / n;
    state.counters["bytes_per_record"] = double(bytes) / n;
    state.counters["links"] = double(mesh.links().size() / 2);
    std::cout << "flood in " << Nodes << " nodes, " << mesh.links().size() / 2 << " links: median "
              << percentile(latencies, 0.5) << " ms, p99 " << percentile(latencies, 0.99) << " ms (" << hop
              << " ms per plain TCP hop); " << double(floods) / n << " FLOODs per record (minimum " << Nodes - 1
              << "), " << double(messages) / n << " messages and " << double(bytes) / n << " bytes per record\n";
}

} // namespace

BENCHMARK(BM_FloodIn100NodeMesh)->Iterations(Records)->UseManualTime()->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
