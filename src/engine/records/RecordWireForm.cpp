#include "records/RecordWireForm.h"

#include <QtEndian>

namespace peerscope {

wire::WireRecord toWireRecord(const Record &record, const QString &graphId)
{
    wire::WireRecord w;
    w.type = record.type;
    w.id = record.id;
    w.version = record.version;
    w.flags = quint8((record.flags.testFlag(RecordFlag::AutoRefresh) ? wire::WireRecordFlagAutoRefresh : 0)
        | (record.isDeleted() ? wire::WireRecordFlagDeleted : 0));
    w.creatorId = record.creatorId;
    w.lastModifiedById = record.modifiedById;
    w.securityData = record.securityData;
    w.creationTime = record.creationTime;
    w.expirationTime = record.expirationTime;
    w.lastModificationTime = record.lastModifiedTime;
    w.graphId = graphId;
    w.payload = record.data;
    w.attributes = record.attributes;
    return w;
}

Record fromWireRecord(const wire::WireRecord &w)
{
    Record r;
    r.type = w.type;
    r.id = w.id;
    r.version = w.version;
    if (w.flags & wire::WireRecordFlagAutoRefresh)
        r.flags |= RecordFlag::AutoRefresh;
    if (w.flags & wire::WireRecordFlagDeleted)
        r.flags |= RecordFlag::Deleted;
    r.creatorId = w.creatorId;
    r.modifiedById = w.lastModifiedById;
    r.securityData = w.securityData;
    r.creationTime = w.creationTime;
    r.expirationTime = w.expirationTime;
    r.lastModifiedTime = w.lastModificationTime;
    r.data = w.payload;
    r.attributes = w.attributes;
    return r;
}

wire::GraphInfoPayload toGraphInfoPayload(const GraphProperties &p)
{
    wire::GraphInfoPayload w;
    w.flags = p.deferExpiration ? wire::GraphInfoPayload::FlagDeferExpiration : 0;
    w.scope = quint32(p.scope);
    w.graphId = p.graphId;
    w.creatorId = p.creatorId;
    w.friendlyName = p.friendlyName;
    w.comment = p.comment;
    w.presenceLifetime = p.presenceLifetime;
    w.maxPresenceRecords = p.maxPresence;
    w.maxRecordSize = p.maxRecordSize;
    return w;
}

GraphProperties fromGraphInfoPayload(const wire::GraphInfoPayload &w)
{
    GraphProperties p;
    p.deferExpiration = (w.flags & wire::GraphInfoPayload::FlagDeferExpiration) != 0;
    p.scope = GraphScope(w.scope);
    p.graphId = w.graphId;
    p.creatorId = w.creatorId;
    p.friendlyName = w.friendlyName;
    p.comment = w.comment;
    p.presenceLifetime = w.presenceLifetime == 0 ? 300 : w.presenceLifetime;
    p.maxPresence = w.maxPresenceRecords;
    p.maxRecordSize = w.maxRecordSize;
    return p;
}

QList<wire::Address> toWireAddresses(const QList<PeerAddress> &addresses)
{
    QList<wire::Address> out;
    for (const PeerAddress &a : addresses)
        out.append({ a.address, a.port, 0 });
    return out;
}

QList<PeerAddress> fromWireAddresses(const QList<wire::Address> &addresses)
{
    QList<PeerAddress> out;
    for (const wire::Address &a : addresses)
        out.append({ a.address, a.port });
    return out;
}

QByteArray abstractBytes(const QUuid &recordId, quint32 version)
{
    QByteArray bytes = recordId.toRfc4122();
    const quint32 be = qToBigEndian(version);
    bytes.append(reinterpret_cast<const char *>(&be), 4);
    return bytes;
}

} // namespace peerscope
