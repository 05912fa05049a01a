#pragma once
// Shared helpers of the record tests: replicators with test identities, an
// application record type, and a content hash to compare databases.

#include "LoopbackMesh.h"
#include "records/RecordReplicator.h"

#include <QCryptographicHash>
#include <QTemporaryDir>

#include <memory>

namespace peerscope::testing {

inline const QUuid AppType { QStringLiteral("{7d6f3c1e-2b4a-4f59-9c8e-1a2b3c4d5e6f}") };
inline const QString TestGraph = QStringLiteral("records-test-graph");

inline ReplicatorContext contextFor(int index, const QString &databasePath = {}, double clockSpeed = 1.0)
{
    ReplicatorContext context;
    context.graphId = TestGraph;
    context.peerId = testPeerId(index);
    context.nodeId = testNodeId(index);
    context.databasePath = databasePath;
    context.clockSpeed = clockSpeed;
    return context;
}

// One replicator of a test graph: index 0 creates it, the others open it empty.
inline std::unique_ptr<RecordReplicator> makeReplicator(
    int index, const QString &databasePath = {}, double clockSpeed = 1.0, const GraphProperties &properties = {})
{
    const ReplicatorContext context = contextFor(index, databasePath, clockSpeed);
    auto result = index == 0 ? RecordReplicator::create(context, properties, nullptr)
                             : RecordReplicator::open(context, nullptr);
    if (!result)
        return nullptr;
    return std::unique_ptr<RecordReplicator>(result.value());
}

inline Record appRecord(RecordReplicator &replicator, const QByteArray &data, PeerTime lifetimeSeconds = 3600,
    const QString &attributes = {})
{
    Record r;
    r.type = AppType;
    r.data = data;
    r.attributes = attributes;
    r.expirationTime = replicator.peerTime() + lifetimeSeconds * 10'000'000ull;
    return r;
}

// A digest of the application records a replicator holds (ids, versions, contents).
inline QByteArray contentHash(const RecordReplicator &replicator, const QUuid &type = AppType)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto records = replicator.records(type, QString());
    std::sort(records.begin(), records.end(), [](const Record &a, const Record &b) { return a.id < b.id; });
    for (const Record &r : records) {
        hash.addData(r.id.toRfc4122());
        hash.addData(QByteArray::number(r.version));
        hash.addData(r.data);
        hash.addData(r.attributes.toUtf8());
        hash.addData(QByteArray::number(r.expirationTime));
    }
    return hash.result();
}

} // namespace peerscope::testing
