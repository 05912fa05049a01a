// Direct connections against a plain QTcpSocket pair on loopback, measured in the
// same run: throughput of 64 KiB messages, rate of 64-byte messages, and round-trip
// latency of 64-byte messages (median and p99). Both sides live in this thread; the
// ratios printed at the end are Graph / raw TCP.
#include "Graph.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <string>

using namespace peerscope;

namespace {

const QUuid BenchType { QStringLiteral("{9d3c1f4e-2b7a-4c55-8e11-0f6a7b8c9d01}") };
std::map<std::string, double> g_results; // name -> value, for the ratio table

void spin()
{
    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

template<typename Predicate> bool spinUntil(Predicate done, int ms = 30'000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > ms)
            return false;
        spin();
    }
    return true;
}

// Two nodes with a direct connection from `sender` to `receiver`.
struct GraphPair
{
    GraphPair()
    {
        receiver.reset(makeNode(QStringLiteral("receiver")));
        sender.reset(makeNode(QStringLiteral("sender")));
        QObject::connect(receiver.get(), &Graph::directConnectionChanged, &context, [this](const ConnectionChange &c) {
            if (c.status == ConnectionStatus::Connected)
                receiverId = c.connectionId;
        });
        QObject::connect(receiver.get(), &Graph::incomingData, &context, [this](const IncomingData &data) {
            receivedBytes += data.data.size();
            ++receivedMessages;
            if (echo)
                receiver->sendData(data.connectionId, data.dataType, data.data);
        });
        QObject::connect(sender.get(), &Graph::directConnectionChanged, &context, [this](const ConnectionChange &c) {
            if (c.status == ConnectionStatus::Connected)
                connected = true;
        });
        QObject::connect(sender.get(), &Graph::incomingData, &context, [this](const IncomingData &) { ++echoes; });
        receiver->listen(GraphScope::Loopback, 0);
        PeerAddress target;
        for (const PeerAddress &address : receiver->localNode().addresses) {
            if (address.address.protocol() == QAbstractSocket::IPv4Protocol)
                target = address;
        }
        id = *sender->openDirectConnection(QStringLiteral("receiver"), target);
        spinUntil([this] { return connected && receiverId != 0; });
    }

    static Graph *makeNode(const QString &peerId)
    {
        GraphProperties properties;
        properties.graphId = QStringLiteral("bench");
        properties.creatorId = peerId;
        return *Graph::create(properties, {});
    }

    // Sends, waiting whenever the send queue is full.
    void send(const QByteArray &payload)
    {
        while (sender->sendData(id, BenchType, payload).code() == PeerError::WouldBlock)
            spin();
    }

    std::unique_ptr<Graph> receiver;
    std::unique_ptr<Graph> sender;
    QObject context;
    ConnectionId id = 0;
    ConnectionId receiverId = 0;
    bool connected = false;
    bool echo = false;
    qint64 receivedBytes = 0;
    qint64 receivedMessages = 0;
    qint64 echoes = 0;
};

// The baseline: a plain connected QTcpSocket pair.
struct TcpPair
{
    TcpPair()
    {
        server.listen(QHostAddress::LocalHost, 0);
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        spinUntil(
            [this] { return server.hasPendingConnections() && client.state() == QAbstractSocket::ConnectedState; });
        accepted = server.nextPendingConnection();
        QObject::connect(accepted, &QTcpSocket::readyRead, &context, [this] {
            const QByteArray bytes = accepted->readAll();
            receivedBytes += bytes.size();
            if (echo)
                accepted->write(bytes);
        });
        QObject::connect(&client, &QTcpSocket::readyRead, &context, [this] { echoedBytes += client.readAll().size(); });
    }

    // Same back-pressure rule as the graph: keep at most 32 MiB unwritten.
    void send(const QByteArray &payload)
    {
        while (client.bytesToWrite() > 32ll * 1024 * 1024)
            spin();
        client.write(payload);
    }

    QTcpServer server;
    QTcpSocket client;
    QTcpSocket *accepted = nullptr;
    QObject context;
    bool echo = false;
    qint64 receivedBytes = 0;
    qint64 echoedBytes = 0;
};

template<typename Pair, typename Received>
void streamMessages(benchmark::State &state, Pair &pair, qsizetype size, Received received, const std::string &name)
{
    const QByteArray payload(size, 'x');
    qint64 sent = 0;
    qint64 messages = 0;
    QElapsedTimer clock;
    clock.start();
    for (auto _ : state) {
        pair.send(payload);
        sent += size;
        ++messages;
        if (messages % 64 == 0)
            spin();
    }
    if (!spinUntil([&] { return received() >= sent; }))
        state.SkipWithError("not everything arrived");
    const double seconds = clock.nsecsElapsed() / 1e9;
    state.SetBytesProcessed(sent);
    state.SetItemsProcessed(messages);
    g_results[name] = messages / seconds;
}

void BM_Graph_Throughput64KiB(benchmark::State &state)
{
    GraphPair pair;
    streamMessages(
        state, pair, 64 * 1024, [&] { return pair.receivedBytes; }, "graph_64k");
}

void BM_Tcp_Throughput64KiB(benchmark::State &state)
{
    TcpPair pair;
    streamMessages(
        state, pair, 64 * 1024, [&] { return pair.receivedBytes; }, "tcp_64k");
}

void BM_Graph_Rate64B(benchmark::State &state)
{
    GraphPair pair;
    streamMessages(
        state, pair, 64, [&] { return pair.receivedBytes; }, "graph_64b");
}

void BM_Tcp_Rate64B(benchmark::State &state)
{
    TcpPair pair;
    streamMessages(
        state, pair, 64, [&] { return pair.receivedBytes; }, "tcp_64b");
}

template<typename RoundTrip> void measureLatency(benchmark::State &state, RoundTrip roundTrip, const std::string &name)
{
    std::vector<double> micros;
    for (auto _ : state) {
        QElapsedTimer clock;
        clock.start();
        if (!roundTrip()) {
            state.SkipWithError("no echo");
            return;
        }
        micros.push_back(clock.nsecsElapsed() / 1e3);
    }
    std::sort(micros.begin(), micros.end());
    const double median = micros[micros.size() / 2];
    const double p99 = micros[std::min(micros.size() - 1, micros.size() * 99 / 100)];
    state.counters["median_us"] = median;
    state.counters["p99_us"] = p99;
    g_results[name + "_median"] = median;
    g_results[name + "_p99"] = p99;
}

void BM_Graph_RoundTrip64B(benchmark::State &state)
{
    GraphPair pair;
    pair.echo = true;
    const QByteArray payload(64, 'x');
    measureLatency(
        state,
        [&] {
            const qint64 before = pair.echoes;
            pair.send(payload);
            return spinUntil([&] { return pair.echoes > before; }, 5000);
        },
        "graph_rtt");
}

void BM_Tcp_RoundTrip64B(benchmark::State &state)
{
    TcpPair pair;
    pair.echo = true;
    const QByteArray payload(64, 'x');
    measureLatency(
        state,
        [&] {
            const qint64 target = pair.echoedBytes + payload.size();
            pair.send(payload);
            return spinUntil([&] { return pair.echoedBytes >= target; }, 5000);
        },
        "tcp_rtt");
}

} // namespace

BENCHMARK(BM_Tcp_Throughput64KiB)->Iterations(4000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Graph_Throughput64KiB)->Iterations(4000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Tcp_Rate64B)->Iterations(200'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Graph_Rate64B)->Iterations(200'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Tcp_RoundTrip64B)->Iterations(3000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Graph_RoundTrip64B)->Iterations(3000)->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();

    const auto ratio = [](const char *graph, const char *tcp) {
        const auto g = g_results.find(graph);
        const auto t = g_results.find(tcp);
        return g == g_results.end() || t == g_results.end() || t->second == 0 ? 0.0 : g->second / t->second;
    };
    std::printf("\nGraph / plain TCP, same run:\n");
    std::printf("  64 KiB message throughput   %.2f\n", ratio("graph_64k", "tcp_64k"));
    std::printf("  64 B message rate           %.2f\n", ratio("graph_64b", "tcp_64b"));
    std::printf("  64 B round trip, median     %.2f (%.1f us vs %.1f us)\n",
        ratio("graph_rtt_median", "tcp_rtt_median"), g_results["graph_rtt_median"], g_results["tcp_rtt_median"]);
    std::printf("  64 B round trip, p99        %.2f (%.1f us vs %.1f us)\n", ratio("graph_rtt_p99", "tcp_rtt_p99"),
        g_results["graph_rtt_p99"], g_results["tcp_rtt_p99"]);
    return 0;
}
