#pragma once
// The state shared by the parts of one RecordReplicator (flooder, synchronizer,
// expiry scheduler, presence publisher, signature, contacts, partition detection): context, clock, store and its
// in-memory cache, links, and the one pipeline every change goes through (validate, secure, store, notify).

#include "records/ContactMaintainer.h"
#include "records/ExpiryScheduler.h"
#include "records/Flooder.h"
#include "records/PartitionDetector.h"
#include "records/PeerClock.h"
#include "records/PresencePublisher.h"
#include "records/RecordReplicator.h"
#include "records/RecordStore.h"
#include "records/SignatureCalculator.h"
#include "records/Synchronizer.h"

#include <QHash>
#include <QLoggingCategory>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcRecords)

namespace peerscope {

inline constexpr PeerTime Second = PeerClock::TicksPerSecond;
inline constexpr quint32 DefaultMaxRecordSize = 62'914'560;

inline const QString MetaGraphId = QStringLiteral("graph_id");
inline const QString MetaPeerId = QStringLiteral("peer_id");
inline const QString MetaSynchronized = QStringLiteral("synchronized");
inline const QString MetaPeerTimeDelta = QStringLiteral("peer_time_delta");
inline const QString MetaLeftAt = QStringLiteral("left_at");

// The reserved range {xxxxxxxx-0000-0000-0000-000000000000} and the Peerscope topology type.
bool isInternalType(const QUuid &type);
// Presence, Signature, Contact: they describe a node's presence in one session, so are never reloaded.
bool isSessionType(const QUuid &type);
// Application records raise recordChanged; the reserved types do not.
bool notifiesApplication(const QUuid &type);

// One neighbour link: where it stands in synchronization and the ACKs still to send on it.
struct LinkState
{
    ReplicationLink *link = nullptr;
    Synchronizer::LinkSync sync;
    QList<wire::Ack::Entry> acks; // batched, sent once the event loop is idle
};

class RecordReplicatorPrivate
{
public:
    RecordReplicatorPrivate(RecordReplicator *q, ReplicatorContext context);

    RecordReplicator *q;
    ReplicatorContext context;
    PeerClock clock;
    std::unique_ptr<RecordStore> store;
    QHash<QUuid, Record> records; // every live record and tombstone; expired ones are gone
    GraphProperties properties;
    bool createdEmpty = false;
    bool synchronized = false;
    bool loadedFromDisk = false;
    bool closed = false;
    bool everConnected = false;
    QHash<ReplicationLink *, LinkState> links;

    Flooder flooder { *this };
    Synchronizer synchronizer { *this };
    ExpiryScheduler expiry { *this };
    PresencePublisher presence { *this };
    SignatureCalculator signature { *this };
    ContactMaintainer contacts { *this };
    PartitionDetector partition { *this };

    quint32 maxRecordSize() const;
    // A uniformly random timer interval of [minSeconds, maxSeconds] peer seconds, scaled by randomTimerScale.
    int randomTimerInterval(int minSeconds, int maxSeconds) const;
    PeerError loadFromStore();
    PeerError persistMeta(const QList<std::pair<QString, QString>> &meta);

    // Validation of a record from the wire, a file or a neighbour (§3.1.7.27).
    std::optional<QString> structuralProblem(const wire::WireRecord &record) const;
    std::optional<QString> problem(const Record &record, const QString &graphId, RecordChangeType change) const;
    // With deferred expiration nothing ages while the node is alone.
    bool isLive(const Record &record, PeerTime now) const;

    // Local changes: secured, applied, flooded to every link.
    Result<Record> secure(Record record, RecordChangeType change) const;
    PeerError publish(Record record, RecordChangeType change);
    Record freshRecord(const QUuid &type, PeerTime lifetime) const;
    Record nextVersion(const Record &old) const;

    // Applies a record that won (local or received): store, cache, notifications, timers.
    PeerError apply(const Record &record, std::optional<Record> previous);
    void notify(const Record &record, const std::optional<Record> &previous, bool expired);
    void onGraphInfo(const Record &record);
    // Signature calculation, contact maintenance and partition detection, in the order of §5.3.
    void onSignatureOrContact(bool signatureChanged);
};

} // namespace peerscope
