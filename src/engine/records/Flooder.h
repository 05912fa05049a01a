#pragma once
// Flooding (§4.5–4.7): sends changes to every neighbour link, classifies a
// received FLOOD against the local copy (new / already present / old),
// re-floods what is new and batches the ACKs.

#include "Record.h"
#include "wire/Messages.h"

namespace peerscope {

class RecordReplicatorPrivate;
class ReplicationLink;
struct LinkState;

// §3.1.7.32: which of two copies of a record wins; the first rule that differs decides. > 0 when a wins.
int compareVersions(const Record &a, const Record &b);

class Flooder
{
public:
    explicit Flooder(RecordReplicatorPrivate &d);

    // FLOOD to every neighbour link except `except` (the sender of a received record).
    void flood(const Record &record, ReplicationLink *except);
    // One FLOOD on one link (sync answers and records the neighbour lacks).
    void send(ReplicationLink *link, const Record &record);
    void receive(LinkState &state, const wire::Flood &flood);
    // Sends the ACKs queued on every link, at most 4096 entries per message.
    void flushAcks();

private:
    void queueAck(LinkState &state, const QUuid &id, bool useful);

    RecordReplicatorPrivate &d;
    bool ackFlushScheduled = false;
};

} // namespace peerscope
