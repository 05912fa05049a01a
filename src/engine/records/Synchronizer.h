#pragma once
// Synchronization with neighbours (§4.1–4.4): per link, the requester side of
// Sync All, time-based and hash-based sync (SOLICIT_*, then FLOODs until
// SYNC_END) and the responder side (answers to SOLICIT_*, ADVERTISE, REQUEST).

#include "records/HashSync.h"
#include "wire/Messages.h"

#include <QList>
#include <QUuid>

namespace peerscope {

class RecordReplicatorPrivate;
struct LinkState;

class Synchronizer
{
public:
    // Where one link stands in synchronization.
    struct LinkSync
    {
        enum class Kind { None, New, Time, Hash };
        Kind requesting = Kind::None; // what we asked this neighbour for
        bool respondingHash = false; // between its SOLICIT_HASH and our SYNC_END
        QList<QUuid> remainingTypes; // Sync All / Time: types still to solicit one by one
        QUuid solicitedType; // the type of the outstanding inclusion solicit
        bool exclusionSent = false;
        bool hashAfterTime = false;
        PeerTime solicitTime = 0;
        QList<QUuid> recordsToSend; // hash sync: ours that the neighbour lacks
    };

    explicit Synchronizer(RecordReplicatorPrivate &d);

    // The side that sent CONNECT starts: Sync All, time-based then hash-based, or hash-based.
    void start(LinkState &state);
    // SOLICIT_*, ADVERTISE, REQUEST and SYNC_END; anything else out of place terminates the link.
    void handle(LinkState &state, const wire::Message &message);
    // The node holds a synchronized copy: persist it, publish presence and topology, tell the graph.
    void markSynchronized();

private:
    void startHashSync(LinkState &state);
    void solicitNext(LinkState &state);
    void finish(LinkState &state);
    void answerSolicit(LinkState &state, const wire::RecordTypeFilter &types, std::optional<PeerTime> since);
    void answerSolicitHash(LinkState &state, const wire::SolicitHash &solicit);
    void answerAdvertise(LinkState &state, const wire::Advertise &advertise);
    void answerRequest(LinkState &state, const wire::Request &request);
    void syncEnded(LinkState &state, const wire::SyncEnd &end);
    QList<RecordKey> sortedKeys() const;

    RecordReplicatorPrivate &d;
    bool timeSyncDone = false;
};

} // namespace peerscope
