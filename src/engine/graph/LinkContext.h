#pragma once
// What every connection of one graph needs to know about its local node. The
// graph owns one LinkContext and keeps it current; connections read it.

#include "Graph.h"
#include "graph/GraphTuning.h"

#include <functional>

namespace peerscope {

struct LinkContext
{
    QString graphId;
    QString peerId;
    NodeId nodeId = 0;
    GraphOptions options;
    GraphTuning tuning;
    QList<PeerAddress> listeningAddresses; // empty = not listening
    ConnectionId lastConnectionId = 0; // ids are allocated by incrementing it
    std::function<int()> liveConnections; // cConns of the Authentication Timer
    std::function<PeerTime()> peerTime;

    QString friendlyName() const { return options.friendlyName.isEmpty() ? peerId : options.friendlyName; }
    // 20 + 280·e^(−cConns/10) s (MS-PPGRH §6, read as the text's 20..300 s range).
    int authenticationTimeoutMs() const;
};

} // namespace peerscope
