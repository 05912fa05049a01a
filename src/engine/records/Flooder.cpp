#include "records/Flooder.h"
#include "records/RecordReplicatorPrivate.h"
#include "records/RecordWireForm.h"

namespace peerscope {

namespace {

constexpr int MaxAcksPerMessage = 4096;

QString describe(const wire::WireRecord &r)
{
    return QStringLiteral("record %1 (type %2, version %3, creator \"%4\")")
        .arg(r.id.toString(), r.type.toString())
        .arg(r.version)
        .arg(r.creatorId);
}

} // namespace

int compareVersions(const Record &a, const Record &b)
{
    if (a.version != b.version)
        return a.version > b.version ? 1 : -1;
    if (a.modifiedById.isEmpty() != b.modifiedById.isEmpty())
        return a.modifiedById.isEmpty() ? -1 : 1;
    if (const int c = a.modifiedById.compare(b.modifiedById); c != 0)
        return c > 0 ? 1 : -1;
    if (a.lastModifiedTime != b.lastModifiedTime)
        return a.lastModifiedTime > b.lastModifiedTime ? 1 : -1;
    if (a.securityData.size() != b.securityData.size())
        return a.securityData.size() > b.securityData.size() ? 1 : -1;
    if (const int c = a.securityData.compare(b.securityData); c != 0)
        return c > 0 ? 1 : -1;
    return 0;
}

Flooder::Flooder(RecordReplicatorPrivate &d)
    : d(d)
{
}

void Flooder::send(ReplicationLink *link, const Record &record)
{
    link->send(wire::Flood { toWireRecord(record, d.context.graphId) });
}

void Flooder::flood(const Record &record, ReplicationLink *except)
{
    const wire::Message message = wire::Flood { toWireRecord(record, d.context.graphId) };
    // A copy: a link may close while we send.
    const QList<ReplicationLink *> targets = d.links.keys();
    for (ReplicationLink *link : targets) {
        if (link != except && d.links.contains(link))
            link->send(message);
    }
}

void Flooder::receive(LinkState &state, const wire::Flood &message)
{
    const wire::WireRecord &wireRecord = message.record;
    if (auto why = d.structuralProblem(wireRecord)) {
        qCWarning(lcRecords) << "dropped" << describe(wireRecord) << "from node" << state.link->remoteNodeId() << ":"
                             << *why;
        return;
    }
    const Record record = fromWireRecord(wireRecord);
    const auto existing = d.records.constFind(record.id);
    const bool known = existing != d.records.constEnd();
    const int order = known ? compareVersions(record, *existing) : 1;
    if (order < 0) {
        // Our copy is newer: the sender should have it.
        send(state.link, *existing);
        queueAck(state, record.id, false);
        return;
    }
    if (order == 0) {
        queueAck(state, record.id, false);
        return;
    }
    if (auto why = d.problem(record, wireRecord.graphId, known ? RecordChangeType::Updated : RecordChangeType::Added)) {
        qCWarning(lcRecords) << "dropped invalid" << describe(wireRecord) << "from node" << state.link->remoteNodeId()
                             << ":" << *why;
        return;
    }
    if (!d.isLive(record, d.clock.now())) {
        queueAck(state, record.id, false); // expired records are never stored nor forwarded
        return;
    }
    const std::optional<Record> previous = known ? std::optional<Record>(*existing) : std::nullopt;
    if (PeerError error = d.apply(record, previous)) {
        qCWarning(lcRecords) << "could not store" << describe(wireRecord) << ":" << error.toString();
        return;
    }
    queueAck(state, record.id, true);
    flood(record, state.link);
}

void Flooder::queueAck(LinkState &state, const QUuid &id, bool useful)
{
    state.acks.append({ id, useful });
    if (ackFlushScheduled)
        return;
    ackFlushScheduled = true;
    QMetaObject::invokeMethod(
        d.q, [this] { flushAcks(); }, Qt::QueuedConnection);
}

void Flooder::flushAcks()
{
    ackFlushScheduled = false;
    const QList<ReplicationLink *> targets = d.links.keys(); // a link may close while we send
    for (ReplicationLink *link : targets) {
        const auto it = d.links.find(link);
        if (it == d.links.end())
            continue;
        LinkState &state = it.value();
        while (!state.acks.isEmpty()) {
            wire::Ack ack;
            ack.entries = state.acks.mid(0, MaxAcksPerMessage);
            state.acks.remove(0, ack.entries.size());
            state.link->send(ack);
        }
    }
}

} // namespace peerscope
