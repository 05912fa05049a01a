// Test helper for tests/records (Persistence.KilledWriterLosesNoAcknowledgedRecord):
// creates a graph database and adds records until it is killed, printing
// "<record id> <data>" for every record whose add returned success.
#include "records/RecordReplicator.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: records_writer <database file> <graph id>\n");
        return 2;
    }
    peerscope::ReplicatorContext context;
    context.graphId = QString::fromLocal8Bit(argv[2]);
    context.peerId = QStringLiteral("writer");
    context.nodeId = 7;
    context.databasePath = QString::fromLocal8Bit(argv[1]);
    auto created = peerscope::RecordReplicator::create(context, {}, nullptr);
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().toString()));
        return 1;
    }
    peerscope::RecordReplicator *replicator = created.value();
    const QUuid type { QStringLiteral("{7d6f3c1e-2b4a-4f59-9c8e-1a2b3c4d5e6f}") };
    for (int i = 0; i < 1'000'000; ++i) {
        peerscope::Record record;
        record.type = type;
        record.expirationTime = replicator->peerTime() + 3600ull * 10'000'000;
        record.data = QByteArray::number(i); // lets the reader check the contents too
        auto id = replicator->addRecord(record);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error().toString()));
            return 1;
        }
        std::printf("%s %d\n", qPrintable(id.value().toString()), i);
        std::fflush(stdout);
    }
    delete replicator;
    return 0;
}
