// The inspector's hot paths at scale:
//  - one layout step plus a repaint of the whole scene into a QImage, with 500 nodes and
//    2,000 neighbor links (median and p99 reported as counters, in ms);
//  - appending one event to the event log (with its filter proxy attached) when a million
//    events have already gone through the 100k-row ring buffer.
#include "EventLogFilter.h"
#include "EventLogModel.h"
#include "MeshScene.h"
#include "MeshTopology.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>

using namespace peerscope;
using namespace peerscope::gui;

namespace {

ObservedEvent connectionEvent(NodeId reporter, ConnectionId connection, NodeId remote)
{
    ObservedEvent event;
    event.time = QDateTime::currentDateTimeUtc();
    event.node = reporter;
    event.nodeName = QStringLiteral("node-%1").arg(reporter);
    event.event.type = EventType::NeighborConnection;
    event.event.data = ConnectionChange { ConnectionStatus::Connected, connection, remote,
        QStringLiteral("peer-%1").arg(remote), 0, PeerError::Ok, {} };
    return event;
}

// 500 nodes, 2,000 distinct links: a ring (connected) plus random chords, seeded.
void buildLargeMesh(MeshTopology &topology)
{
    constexpr int Nodes = 500;
    constexpr int Links = 2000;
    for (int i = 1; i <= Nodes; ++i) {
        MeshNode node;
        node.id = NodeId(i);
        node.peerId = QStringLiteral("peer-%1").arg(i);
        node.origin = MeshNode::Origin::Lab;
        topology.upsertNode(node);
    }
    QRandomGenerator random(42);
    ConnectionId connection = 1;
    int links = 0;
    for (int i = 1; i <= Nodes; ++i, ++links)
        topology.observe(connectionEvent(NodeId(i), connection++, NodeId(i % Nodes + 1)));
    while (links < Links) {
        const NodeId a = random.bounded(1, Nodes + 1);
        const NodeId b = random.bounded(1, Nodes + 1);
        if (a == b || topology.hasLink(a, b, LinkKind::Neighbor))
            continue;
        topology.observe(connectionEvent(a, connection++, b));
        ++links;
    }
}

void BM_LayoutStepAndRepaint(benchmark::State &state)
{
    MeshTopology topology;
    buildLargeMesh(topology);
    MeshScene scene(&topology);
    scene.setAnimated(false);
    QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> samples;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        scene.advanceLayout();
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(image.rect()), scene.itemsBoundingRect());
        painter.end();
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    state.counters["nodes"] = topology.nodes().size();
    state.counters["links"] = double(topology.links().size());
    state.counters["median_ms"] = samples[samples.size() / 2];
    state.counters["p99_ms"] = samples[std::min(samples.size() - 1, samples.size() * 99 / 100)];
}
BENCHMARK(BM_LayoutStepAndRepaint)->Iterations(200)->Unit(benchmark::kMillisecond);

// The two halves on their own, to see which one to optimise.
void BM_LayoutStepOnly(benchmark::State &state)
{
    MeshTopology topology;
    buildLargeMesh(topology);
    MeshScene scene(&topology);
    scene.setAnimated(false);
    for (auto _ : state)
        scene.advanceLayout();
}
BENCHMARK(BM_LayoutStepOnly)->Iterations(100)->Unit(benchmark::kMillisecond);

void BM_RepaintOnly(benchmark::State &state)
{
    MeshTopology topology;
    buildLargeMesh(topology);
    MeshScene scene(&topology);
    scene.setAnimated(false);
    for (int i = 0; i < 100; ++i)
        scene.advanceLayout();
    QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(image.rect()), scene.itemsBoundingRect());
    }
}
BENCHMARK(BM_RepaintOnly)->Iterations(100)->Unit(benchmark::kMillisecond);

void BM_EventLogAppendWithAMillionEvents(benchmark::State &state)
{
    EventLogModel log;
    EventLogFilter filter;
    filter.setSourceModel(&log);
    filter.setText(QStringLiteral("peer-7")); // an active text search: the costly case
    // One million events already went through the log (it keeps the newest 100k).
    constexpr int Million = 1'000'000;
    for (int i = 0; i < Million; ++i) {
        log.append(connectionEvent(NodeId(i % 500 + 1), ConnectionId(i), NodeId((i * 7) % 500 + 1)));
        if (i % 1000 == 999)
            log.flush();
    }
    log.flush();
    int i = 0;
    for (auto _ : state) {
        // Flushing every 1000 events is what the 50 ms timer does under a heavy event storm.
        log.append(connectionEvent(NodeId(i % 500 + 1), ConnectionId(i), NodeId((i * 7) % 500 + 1)));
        if (++i % 1000 == 0)
            log.flush();
    }
    log.flush();
    state.counters["rows"] = log.rowCount();
    state.counters["filtered_rows"] = filter.rowCount();
}
BENCHMARK(BM_EventLogAppendWithAMillionEvents)->Iterations(200'000)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
