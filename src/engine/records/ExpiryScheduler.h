#pragma once
// Record lifetimes (§4.8): the expiration timer that removes expired records
// and the autorefresh timer that re-publishes this node's autorefresh records
// (Presence, Topology) before they expire. Both run on the PeerClock.

#include "PeerTypes.h"

#include <QTimer>

namespace peerscope {

class RecordReplicatorPrivate;

class ExpiryScheduler
{
public:
    explicit ExpiryScheduler(RecordReplicatorPrivate &d);

    // §4.8: the expiry scan runs at once on create/open; autorefresh no sooner than 4 s.
    void start();
    void stop();
    // Removes expired records in one transaction and notifies.
    void removeExpired();
    // Arms the expiration timer for the earliest expiration (scans every record).
    void arm();
    // O(1): moves the expiration timer earlier only.
    void armFor(PeerTime expiration);
    void armAutorefresh();

private:
    void autorefresh();

    RecordReplicatorPrivate &d;
    QTimer expiryTimer;
    PeerTime expiryDue = 0;
    QTimer autorefreshTimer;
    PeerTime autorefreshDue = 0;
};

} // namespace peerscope
