#include "records/PartitionDetector.h"
#include "records/RecordReplicatorPrivate.h"

#include <algorithm>

namespace peerscope {

PartitionDetector::PartitionDetector(RecordReplicatorPrivate &d)
    : d(d)
{
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, d.q, [this] { fire(); });
}

bool PartitionDetector::partitioned() const
{
    const auto signature = d.signature.current();
    if (!signature)
        return false;
    const auto contacts = d.contacts.contacts();
    return std::any_of(contacts.begin(), contacts.end(),
        [&](const ContactMaintainer::Contact &c) { return c.signature != *signature; });
}

void PartitionDetector::check()
{
    if (d.synchronized && !d.closed && !timer.isActive() && partitioned())
        timer.start(d.randomTimerInterval(5, 30));
}

void PartitionDetector::stop()
{
    timer.stop();
}

void PartitionDetector::fire()
{
    if (d.closed)
        return;
    const auto signature = d.signature.current();
    if (!signature)
        return;
    QList<PeerAddress> addresses;
    bool mismatch = false;
    for (const ContactMaintainer::Contact &c : d.contacts.contacts()) {
        if (c.signature == *signature)
            continue;
        mismatch = true;
        if (c.nodeId != d.context.nodeId)
            addresses.append(c.addresses);
    }
    if (!mismatch)
        return;
    if (!addresses.isEmpty())
        Q_EMIT d.q->partitionRepairWanted(addresses);
    if (d.contacts.isContact())
        Q_EMIT d.q->connectionRequired();
}

} // namespace peerscope
