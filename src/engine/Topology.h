#pragma once
// The Peerscope topology record: every node publishes the list of its current
// neighbours as a record of type RecordTypes::Topology, so that any one node can
// draw the whole mesh. Payload layout in docs/records.md.

#include "PeerTypes.h"
#include "Record.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace peerscope {

struct TopologyRecord
{
    NodeId node = 0;
    QString peerId;
    QList<QPair<NodeId, QString>> neighbors; // (node id, peer id)
    friend bool operator==(const TopologyRecord &, const TopologyRecord &) = default;
};

QByteArray encodeTopology(const TopologyRecord &topology);
// nullopt when the payload is malformed.
std::optional<TopologyRecord> decodeTopology(QByteArrayView payload);
// nullopt unless `record` is a live topology record with a well-formed payload.
std::optional<TopologyRecord> decodeTopology(const Record &record);

} // namespace peerscope
