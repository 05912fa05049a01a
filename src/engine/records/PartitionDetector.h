#pragma once
// Partition detection and repair (§4.10, §3.1.7.13, §3.1.7.15): a live Contact
// record whose signature differs from the Signature record means a part of the
// graph that we do not reach. After a random 5–30 s wait, if that still holds,
// the replicator asks for a connection to those contacts (short-term repair,
// partitionRepairWanted) and, if we are a contact ourselves, asks the
// application to find a node (long-term repair, connectionRequired).

#include <QTimer>

namespace peerscope {

class RecordReplicatorPrivate;

class PartitionDetector
{
public:
    explicit PartitionDetector(RecordReplicatorPrivate &d);

    // Runs when a Contact or the Signature record changes: arms the timer on a mismatch.
    void check();
    void stop();

private:
    bool partitioned() const;
    void fire();

    RecordReplicatorPrivate &d;
    QTimer timer;
};

} // namespace peerscope
