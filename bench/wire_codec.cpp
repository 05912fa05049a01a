// Encode + decode rate of the MS-PPGRH codec for a FLOOD carrying a 1 KiB
// record and a PT2PT carrying 64 KiB, next to a plain memcpy of the same bytes
// measured in the same run. Prints codec/memcpy time ratios at the end.

#include "wire/Codec.h"

#include <benchmark/benchmark.h>

#include <QMap>

#include <cstdlib>
#include <cstring>
#include <iostream>
#include <memory>

using namespace peerscope::wire;

namespace {

Message floodWith1KiBRecord()
{
    WireRecord record;
    record.type = QUuid::createUuidV5(QUuid(), QStringLiteral("bench"));
    record.id = QUuid::createUuidV5(QUuid(), QStringLiteral("record"));
    record.version = 1;
    record.creatorId = QStringLiteral("alice@bench");
    record.creationTime = record.lastModificationTime = 133000000000000000;
    record.expirationTime = record.creationTime + 36000000000;
    record.graphId = QStringLiteral("bench-graph");
    record.payload = QByteArray(1024, 'r');
    record.attributes = QStringLiteral("<attributes><attribute name=\"n\" type=\"int\">1</attribute></attributes>");
    return Flood { record };
}

Message pt2PtWith64KiB()
{
    return Pt2Pt { QUuid::createUuidV5(QUuid(), QStringLiteral("data")), QByteArray(64 * 1024, 'p') };
}

void setRates(benchmark::State &state, qsizetype messageBytes)
{
    state.counters["msgs/s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["MB/s"]
        = benchmark::Counter(double(state.iterations()) * double(messageBytes) / 1e6, benchmark::Counter::kIsRate);
}

void encodeDecode(benchmark::State &state, const Message &message)
{
    const qsizetype size = encode(message).size();
    for (auto _ : state) {
        const QByteArray bytes = encode(message);
        auto decoded = decode(bytes);
        if (!std::holds_alternative<Message>(decoded))
            state.SkipWithError("decode failed");
        benchmark::DoNotOptimize(decoded);
    }
    setRates(state, size);
}

// memcpy of the encoded message between two 64-byte-aligned buffers. Aligned on
// purpose: on the EPYC VM this was written on, glibc's memcpy of 64 KiB took
// 4..10 us for most source/destination alignments but 72 us for one pair
// (source at +24, destination at +0), which made a QByteArray-to-QByteArray
// baseline meaningless.
void copyBaseline(benchmark::State &state, const Message &message)
{
    const QByteArray encoded = encode(message);
    const size_t size = size_t(encoded.size());
    const size_t capacity = (size + 63) / 64 * 64;
    std::unique_ptr<char, decltype(&std::free)> source(
        static_cast<char *>(std::aligned_alloc(64, capacity)), &std::free);
    std::unique_ptr<char, decltype(&std::free)> target(
        static_cast<char *>(std::aligned_alloc(64, capacity)), &std::free);
    std::memcpy(source.get(), encoded.constData(), size);
    for (auto _ : state) {
        std::memcpy(target.get(), source.get(), size);
        benchmark::DoNotOptimize(target.get());
        benchmark::ClobberMemory();
    }
    setRates(state, encoded.size());
}

void BM_Flood1KiB_Codec(benchmark::State &state)
{
    encodeDecode(state, floodWith1KiBRecord());
}
void BM_Flood1KiB_Memcpy(benchmark::State &state)
{
    copyBaseline(state, floodWith1KiBRecord());
}
void BM_Pt2Pt64KiB_Codec(benchmark::State &state)
{
    encodeDecode(state, pt2PtWith64KiB());
}
void BM_Pt2Pt64KiB_Memcpy(benchmark::State &state)
{
    copyBaseline(state, pt2PtWith64KiB());
}

BENCHMARK(BM_Flood1KiB_Codec)->MinTime(0.5);
BENCHMARK(BM_Flood1KiB_Memcpy)->MinTime(0.5);
BENCHMARK(BM_Pt2Pt64KiB_Codec)->MinTime(0.5);
BENCHMARK(BM_Pt2Pt64KiB_Memcpy)->MinTime(0.5);

// Console output as usual, keeping each run's CPU time per iteration for the
// ratios (CPU time, because the machine may be shared with other jobs).
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const auto &run : runs)
            m_timePerIteration[QString::fromStdString(run.benchmark_name())] = run.GetAdjustedCPUTime();
        ConsoleReporter::ReportRuns(runs);
    }

    void printRatio(const QString &name) const
    {
        const double codec = m_timePerIteration.value(QStringLiteral("BM_%1_Codec/min_time:0.500").arg(name));
        const double copy = m_timePerIteration.value(QStringLiteral("BM_%1_Memcpy/min_time:0.500").arg(name));
        if (codec > 0 && copy > 0)
            std::cout << name.toStdString() << ": encode+decode takes " << codec / copy
                      << "x the CPU time of a memcpy of the same bytes\n";
    }

private:
    QMap<QString, double> m_timePerIteration;
};

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printRatio(QStringLiteral("Flood1KiB"));
    reporter.printRatio(QStringLiteral("Pt2Pt64KiB"));
    benchmark::Shutdown();
    return 0;
}
