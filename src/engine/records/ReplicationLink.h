#pragma once
// What the record layer sees of one CONNECTED neighbor link. The graph engine
// implements it; RecordReplicator uses it to flood and synchronize.

#include "PeerTypes.h"
#include "wire/Messages.h"

namespace peerscope {

class ReplicationLink
{
public:
    virtual ~ReplicationLink() = default;
    virtual ConnectionId connectionId() const = 0;
    virtual NodeId remoteNodeId() const = 0;
    virtual QString remotePeerId() const = 0;
    virtual void send(const wire::Message &message) = 0;
    // A protocol violation (wrong state, invalid sync message): the engine sends
    // nothing more, closes this link only and logs the reason.
    virtual void terminate(const QString &reason) = 0;
};

} // namespace peerscope
