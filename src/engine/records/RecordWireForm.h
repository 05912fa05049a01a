#pragma once
// Between the API's Record and PEER_RECORD on the wire, and between Graph
// Info / Presence payloads and the API's values.

#include "PeerTypes.h"
#include "Record.h"
#include "wire/Messages.h"

namespace peerscope {

wire::WireRecord toWireRecord(const Record &record, const QString &graphId);
Record fromWireRecord(const wire::WireRecord &record);

wire::GraphInfoPayload toGraphInfoPayload(const GraphProperties &properties);
GraphProperties fromGraphInfoPayload(const wire::GraphInfoPayload &payload);

QList<wire::Address> toWireAddresses(const QList<PeerAddress> &addresses);
QList<PeerAddress> fromWireAddresses(const QList<wire::Address> &addresses);

// RECORD_ABSTRACT bytes as hashed by hash-based sync: Record ID (RFC 4122 order) + Version (big-endian).
QByteArray abstractBytes(const QUuid &recordId, quint32 version);

} // namespace peerscope
