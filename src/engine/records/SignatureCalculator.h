#pragma once
// The graph signature (§4.10, §3.1.7.11): the lowest node id of the graph,
// published as the Signature record by the node that owns it. Each listening
// node waits a delay that is shorter for lower node ids, then publishes its own
// id if no live Signature record carries a lower one.

#include "PeerTypes.h"

#include <QTimer>

#include <optional>

namespace peerscope {

class RecordReplicatorPrivate;

class SignatureCalculator
{
public:
    explicit SignatureCalculator(RecordReplicatorPrivate &d);

    // The signature calculation: runs when listening starts, when the node synchronizes and when
    // the Signature record changes or expires. Only a synchronized, listening node takes part.
    void recalculate();
    // Graph closing: stops calculating and deletes the Signature record if it is ours.
    void withdraw();
    // The value of the live Signature record, if any.
    std::optional<quint64> current() const;

private:
    void fire();

    RecordReplicatorPrivate &d;
    QTimer timer;
};

} // namespace peerscope
