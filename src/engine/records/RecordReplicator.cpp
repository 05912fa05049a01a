#include "records/RecordReplicator.h"
#include "SecurityProvider.h"
#include "Topology.h"
#include "records/HashSync.h"
#include "records/PeerClock.h"
#include "records/RecordAttributes.h"
#include "records/RecordId.h"
#include "records/RecordSearch.h"
#include "records/RecordStore.h"
#include "records/RecordWireForm.h"
#include "wire/Codec.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRecords, "peerscope.records")

namespace peerscope {

namespace {

constexpr PeerTime Second = PeerClock::TicksPerSecond;
constexpr PeerTime GraphInfoLifetime = 300 * Second;
constexpr PeerTime MinExpiryDelay = 15 * Second;
constexpr PeerTime MaxTimerDelay = 24 * 3600 * Second;
constexpr PeerTime MinAutorefreshDelay = 4 * Second;
constexpr PeerTime AutorefreshLead = 20 * Second;
constexpr PeerTime DefaultRefreshLifetime = 300 * Second;
constexpr qint64 MaxPeerTimeSkew = qint64(20) * 60 * Second;
constexpr quint32 DefaultMaxRecordSize = 62'914'560;
constexpr int MaxAcksPerMessage = 4096;

const QString MetaGraphId = QStringLiteral("graph_id");
const QString MetaPeerId = QStringLiteral("peer_id");
const QString MetaSynchronized = QStringLiteral("synchronized");
const QString MetaPeerTimeDelta = QStringLiteral("peer_time_delta");
const QString MetaLeftAt = QStringLiteral("left_at");

// The reserved range of the original: {xxxxxxxx-0000-0000-0000-000000000000}.
bool isReservedType(const QUuid &type)
{
    return type.data2 == 0 && type.data3 == 0
        && std::all_of(std::begin(type.data4), std::end(type.data4), [](uchar b) { return b == 0; });
}

bool isInternalType(const QUuid &type)
{
    return isReservedType(type) || type == RecordTypes::Topology;
}

// Records reloaded from disk never include these: they describe a node's presence in a session.
bool isSessionType(const QUuid &type)
{
    return type == RecordTypes::Presence || type == RecordTypes::Signature || type == RecordTypes::Contact;
}

bool notifiesApplication(const QUuid &type)
{
    return !isReservedType(type);
}

// §3.1.7.32: the first rule that differs decides. > 0 when a wins.
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

PeerError notReady()
{
    return { PeerError::GraphNotReady,
        QStringLiteral("The node has not synchronized with the graph yet: connect to a node of the graph and "
                       "wait for the Synchronized status.") };
}

PeerError shuttingDown()
{
    return { PeerError::GraphShuttingDown, QStringLiteral("The graph is closing; records can no longer change.") };
}

PeerError recordNotFound(const QUuid &id)
{
    return { PeerError::RecordNotFound,
        QStringLiteral("No record %1 in the graph database (it may have been deleted or have expired).")
            .arg(id.toString()) };
}

QString describe(const wire::WireRecord &r)
{
    return QStringLiteral("record %1 (type %2, version %3, creator \"%4\")")
        .arg(r.id.toString(), r.type.toString())
        .arg(r.version)
        .arg(r.creatorId);
}

} // namespace

class RecordReplicatorPrivate
{
public:
    // One neighbour link and where it stands in synchronization.
    struct LinkState
    {
        enum class Sync { None, New, Time, Hash };
        ReplicationLink *link = nullptr;
        Sync requesting = Sync::None; // what we asked this neighbour for
        bool respondingHash = false; // between its SOLICIT_HASH and our SYNC_END
        QList<QUuid> remainingTypes; // Sync All / Time: types still to solicit one by one
        QUuid solicitedType; // the type of the outstanding inclusion solicit
        bool exclusionSent = false;
        bool hashAfterTime = false;
        PeerTime solicitTime = 0;
        QList<QUuid> recordsToSend; // hash sync: ours that the neighbour lacks
        QList<wire::Ack::Entry> acks; // batched, sent once the event loop is idle
    };

    enum class Origin { Local, Remote };

    RecordReplicatorPrivate(RecordReplicator *q, ReplicatorContext context)
        : q(q)
        , context(std::move(context))
        , clock(this->context.clockSpeed)
    {
    }

    RecordReplicator *q;
    ReplicatorContext context;
    PeerClock clock;
    std::unique_ptr<RecordStore> store;
    QHash<QUuid, Record> records; // every live record and tombstone; expired ones are gone
    GraphProperties properties;
    bool createdEmpty = false;
    bool synchronized = false;
    bool loadedFromDisk = false;
    bool timeSyncDone = false;
    bool closed = false;
    bool forcePresence = false;
    bool everConnected = false;
    QList<PeerAddress> listening;
    QString nodeAttributes;
    QList<ConnectionInfo> neighbors;
    QHash<ReplicationLink *, LinkState> links;
    QTimer expiryTimer;
    PeerTime expiryDue = 0;
    QTimer autorefreshTimer;
    PeerTime autorefreshDue = 0;
    bool ackFlushScheduled = false;

    quint32 maxRecordSize() const
    {
        return properties.maxRecordSize == 0 ? DefaultMaxRecordSize : properties.maxRecordSize;
    }

    PeerError initializeTimers();
    PeerError loadFromStore();
    PeerError persistMeta(const QList<std::pair<QString, QString>> &meta);

    // Validation of a record from the wire, a file or a neighbour (§3.1.7.27).
    std::optional<QString> structuralProblem(const wire::WireRecord &record) const;
    std::optional<QString> problem(const Record &record, const QString &graphId, RecordChangeType change) const;

    // Local changes.
    Result<Record> secure(Record record, RecordChangeType change) const;
    PeerError publish(Record record, RecordChangeType change);
    Record freshRecord(const QUuid &type, PeerTime lifetime) const;
    Record nextVersion(const Record &old) const;

    // Applies a record that won (local or received): store, caches, notifications, timers.
    PeerError apply(const Record &record, std::optional<Record> previous);
    void notify(const Record &record, const std::optional<Record> &previous, bool expired);
    void onGraphInfo(const Record &record);
    void onPresence(const Record &record, const std::optional<Record> &previous, bool gone);
    void removeExpired();
    void armExpiry(); // scans every record
    void armExpiryFor(PeerTime expiration); // O(1): earlier only
    void armAutorefresh();
    void autorefresh();

    // Flooding.
    void flood(const Record &record, ReplicationLink *except);
    void send(ReplicationLink *link, const wire::Message &message);
    void receiveFlood(LinkState &state, const wire::Flood &flood);
    void queueAck(LinkState &state, const QUuid &id, bool useful);
    void flushAcks();

    // Synchronization.
    void startSync(LinkState &state);
    void startHashSync(LinkState &state);
    void solicitNext(LinkState &state);
    void finishSync(LinkState &state);
    void answerSolicit(LinkState &state, const wire::RecordTypeFilter &types, std::optional<PeerTime> since);
    void answerSolicitHash(LinkState &state, const wire::SolicitHash &solicit);
    void answerAdvertise(LinkState &state, const wire::Advertise &advertise);
    void answerRequest(LinkState &state, const wire::Request &request);
    void syncEnded(LinkState &state, const wire::SyncEnd &end);
    QList<RecordKey> sortedKeys() const;
    bool isLive(const Record &record, PeerTime now) const;

    // Internal records of this node.
    std::optional<Record> ownRecord(const QUuid &type) const;
    void maintainPresence();
    void maintainTopology();
    void markSynchronized();
};

// ---------------------------------------------------------------- setup

PeerError RecordReplicatorPrivate::initializeTimers()
{
    expiryTimer.setSingleShot(true);
    autorefreshTimer.setSingleShot(true);
    QObject::connect(&expiryTimer, &QTimer::timeout, q, [this] {
        removeExpired();
        armExpiry();
    });
    QObject::connect(&autorefreshTimer, &QTimer::timeout, q, [this] {
        autorefreshDue = 0;
        autorefresh();
    });
    // §4.8: the expiry scan runs at once on create/open; autorefresh no sooner than 4 s.
    QTimer::singleShot(0, q, [this] {
        removeExpired();
        armExpiry();
        armAutorefresh();
    });
    return {};
}

PeerError RecordReplicatorPrivate::persistMeta(const QList<std::pair<QString, QString>> &meta)
{
    return store->write({}, {}, meta);
}

PeerError RecordReplicatorPrivate::loadFromStore()
{
    const PeerTime now = clock.now();
    QList<QUuid> drop;
    bool haveGraphInfo = false;
    for (const Record &record : store->loadAll()) {
        if (isSessionType(record.type)) {
            drop.append(record.id);
            continue;
        }
        if (auto why = problem(record, context.graphId, RecordChangeType::Added)) {
            qCWarning(lcRecords) << "dropping stored record" << record.id << "of" << store->path() << ":" << *why;
            drop.append(record.id);
            continue;
        }
        if (record.type != RecordTypes::GraphInfo && record.expirationTime <= now) {
            drop.append(record.id);
            continue;
        }
        records.insert(record.id, record);
        if (record.type == RecordTypes::GraphInfo) {
            haveGraphInfo = true;
            onGraphInfo(record);
        }
    }
    if (!drop.isEmpty()) {
        if (PeerError error = store->write({}, drop))
            return error;
    }
    clock.setDelta(store->meta(MetaPeerTimeDelta).toLongLong());
    synchronized = haveGraphInfo && store->meta(MetaSynchronized) == QLatin1String("1");
    return {};
}

// ---------------------------------------------------------------- validation

std::optional<QString> RecordReplicatorPrivate::structuralProblem(const wire::WireRecord &r) const
{
    if (r.graphId != context.graphId)
        return QStringLiteral("belongs to graph \"%1\", not \"%2\"").arg(r.graphId, context.graphId);
    if (r.flags & ~(wire::WireRecordFlagAutoRefresh | wire::WireRecordFlagDeleted))
        return QStringLiteral("has unknown flags 0x%1").arg(r.flags, 2, 16, QLatin1Char('0'));
    return std::nullopt;
}

std::optional<QString> RecordReplicatorPrivate::problem(
    const Record &r, const QString &graphId, RecordChangeType change) const
{
    if (graphId != context.graphId)
        return QStringLiteral("belongs to graph \"%1\", not \"%2\"").arg(graphId, context.graphId);
    if (r.type.isNull() || r.id.isNull())
        return QStringLiteral("has a null type or id");
    if (r.version == 0)
        return QStringLiteral("has version 0");
    if (r.creatorId.isEmpty() || r.creatorId.size() > 255)
        return QStringLiteral("has a creator id of %1 characters (1..255 allowed)").arg(r.creatorId.size());
    if (r.modifiedById.size() > 255)
        return QStringLiteral("has a modifier id of %1 characters (at most 255)").arg(r.modifiedById.size());
    if (!recordIdMatchesCreator(r.id, r.creatorId))
        return QStringLiteral("has an id whose creator hash does not match creator \"%1\"").arg(r.creatorId);
    if ((r.id == GraphInfoRecordId) != (r.type == RecordTypes::GraphInfo)
        || (r.id == SignatureRecordId) != (r.type == RecordTypes::Signature))
        return QStringLiteral("uses a fixed internal record id with the wrong type");
    if (r.lastModifiedTime < r.creationTime)
        return QStringLiteral("was modified before it was created");
    if (r.expirationTime <= r.lastModifiedTime)
        return QStringLiteral("expires before its last modification");
    if (r.lastModifiedTime == r.creationTime && !r.modifiedById.isEmpty())
        return QStringLiteral("names a modifier but was never modified");
    if (r.isDeleted() && (!r.data.isEmpty() || !r.attributes.isEmpty()))
        return QStringLiteral("is deleted but still carries data");
    if (quint64(r.data.size()) + 2 * quint64(r.attributes.size()) > maxRecordSize())
        return QStringLiteral("is larger than the graph's maximum record size (%1 bytes)").arg(maxRecordSize());
    if (auto attributes = parseAttributes(r.attributes); !attributes)
        return attributes.error().message();
    if (!r.isDeleted()) {
        if (r.type == RecordTypes::GraphInfo) {
            const auto decoded = wire::decodeGraphInfo(r.data);
            if (const auto *error = std::get_if<wire::DecodeError>(&decoded))
                return QStringLiteral("has a malformed Graph Info payload: %1").arg(error->toString());
            if (std::get<wire::GraphInfoPayload>(decoded).graphId != context.graphId)
                return QStringLiteral("is the Graph Info of another graph");
        } else if (r.type == RecordTypes::Presence) {
            const auto decoded = wire::decodePresence(r.data);
            if (const auto *error = std::get_if<wire::DecodeError>(&decoded))
                return QStringLiteral("has a malformed Presence payload: %1").arg(error->toString());
        } else if (r.type == RecordTypes::Topology) {
            if (!decodeTopology(QByteArrayView(r.data)))
                return QStringLiteral("has a malformed Topology payload");
        }
    }
    if (context.security && context.security->validateRecord(r, change) != SecurityProvider::Verdict::Valid)
        return QStringLiteral("was not accepted by the security provider");
    return std::nullopt;
}

// ---------------------------------------------------------------- local changes

Result<Record> RecordReplicatorPrivate::secure(Record record, RecordChangeType change) const
{
    if (!context.security)
        return record;
    auto data = context.security->secureRecord(record, change);
    if (!data)
        return data.error();
    record.securityData = data.value();
    return record;
}

Record RecordReplicatorPrivate::freshRecord(const QUuid &type, PeerTime lifetime) const
{
    Record r;
    r.type = type;
    r.id = type == RecordTypes::GraphInfo ? GraphInfoRecordId
        : type == RecordTypes::Signature  ? SignatureRecordId
                                          : makeRecordId(context.peerId);
    r.version = 1;
    r.creatorId = context.peerId;
    r.creationTime = r.lastModifiedTime = clock.now();
    r.expirationTime = r.creationTime + lifetime;
    return r;
}

Record RecordReplicatorPrivate::nextVersion(const Record &old) const
{
    Record r = old;
    r.version = old.version + 1;
    r.modifiedById = context.peerId;
    // Strictly later than the previous modification, so that the modifier rule (§4.7) holds.
    r.lastModifiedTime = std::max(clock.now(), old.lastModifiedTime + 1);
    r.securityData.clear();
    return r;
}

PeerError RecordReplicatorPrivate::publish(Record record, RecordChangeType change)
{
    auto secured = secure(std::move(record), change);
    if (!secured)
        return secured.error();
    std::optional<Record> previous;
    if (auto it = records.constFind(secured->id); it != records.constEnd())
        previous = *it;
    if (PeerError error = apply(secured.value(), previous))
        return error;
    flood(secured.value(), nullptr);
    return {};
}

PeerError RecordReplicatorPrivate::apply(const Record &record, std::optional<Record> previous)
{
    if (PeerError error = store->write({ record }))
        return error;
    records.insert(record.id, record);
    notify(record, previous, false);
    if (record.type != RecordTypes::GraphInfo)
        armExpiryFor(record.expirationTime);
    if (record.flags.testFlag(RecordFlag::AutoRefresh) && record.creatorId == context.peerId)
        armAutorefresh();
    return {};
}

void RecordReplicatorPrivate::notify(const Record &record, const std::optional<Record> &previous, bool expired)
{
    const bool gone = expired || record.isDeleted();
    if (previous && previous->isDeleted() && gone)
        return; // a tombstone changing or expiring is nothing new to the application
    if (record.type == RecordTypes::GraphInfo && !gone)
        onGraphInfo(record);
    else if (record.type == RecordTypes::Presence)
        onPresence(record, previous, gone);
    if (!notifiesApplication(record.type))
        return;
    RecordChange change;
    change.recordId = record.id;
    change.recordType = record.type;
    change.changeType = expired              ? RecordChangeType::Expired
        : record.isDeleted()                 ? RecordChangeType::Deleted
        : previous && !previous->isDeleted() ? RecordChangeType::Updated
                                             : RecordChangeType::Added;
    Q_EMIT q->recordChanged(change);
}

void RecordReplicatorPrivate::onGraphInfo(const Record &record)
{
    const auto decoded = wire::decodeGraphInfo(record.data);
    if (const auto *payload = std::get_if<wire::GraphInfoPayload>(&decoded)) {
        const GraphProperties before = properties;
        properties = fromGraphInfoPayload(*payload);
        if (before.friendlyName != properties.friendlyName || before.comment != properties.comment
            || before.presenceLifetime != properties.presenceLifetime || before.maxPresence != properties.maxPresence
            || before.graphId.isEmpty())
            Q_EMIT q->propertiesChanged();
    }
}

void RecordReplicatorPrivate::onPresence(const Record &record, const std::optional<Record> &previous, bool gone)
{
    const auto nodeOf = [](const Record &r) -> std::optional<wire::PresencePayload> {
        const auto decoded = wire::decodePresence(r.data);
        if (const auto *p = std::get_if<wire::PresencePayload>(&decoded))
            return *p;
        return std::nullopt;
    };
    const bool wasLive = previous && !previous->isDeleted();
    const auto payload = nodeOf(gone && wasLive ? *previous : record);
    if (!payload)
        return;
    NodeChange change;
    change.nodeId = payload->nodeId;
    change.peerId = record.creatorId;
    change.changeType = gone ? NodeChangeType::Disconnected
        : wasLive            ? NodeChangeType::Updated
                             : NodeChangeType::Connected;
    Q_EMIT q->nodeChanged(change);
    if (payload->nodeId != context.nodeId)
        Q_EMIT q->candidatesChanged();
}

bool RecordReplicatorPrivate::isLive(const Record &record, PeerTime now) const
{
    // With deferred expiration nothing ages while the node is alone.
    if (record.type == RecordTypes::GraphInfo || (properties.deferExpiration && links.isEmpty()))
        return true;
    return record.expirationTime > now;
}

void RecordReplicatorPrivate::removeExpired()
{
    const PeerTime now = clock.now();
    QList<Record> expired;
    for (const Record &r : std::as_const(records)) {
        if (!isLive(r, now))
            expired.append(r);
    }
    if (expired.isEmpty())
        return;
    QList<QUuid> ids;
    for (const Record &r : expired)
        ids.append(r.id);
    if (PeerError error = store->write({}, ids)) {
        qCWarning(lcRecords) << "could not remove expired records:" << error.toString();
        return;
    }
    for (const Record &r : expired) {
        records.remove(r.id);
        notify(r, r, true);
    }
    maintainPresence();
}

void RecordReplicatorPrivate::armExpiry()
{
    PeerTime next = 0;
    for (const Record &r : std::as_const(records)) {
        if (r.type != RecordTypes::GraphInfo && (next == 0 || r.expirationTime < next))
            next = r.expirationTime;
    }
    if (next != 0)
        armExpiryFor(next);
}

void RecordReplicatorPrivate::armExpiryFor(PeerTime expiration)
{
    const PeerTime now = clock.now();
    const PeerTime delay = std::clamp(expiration > now ? expiration - now : 0, MinExpiryDelay, MaxTimerDelay);
    const PeerTime due = now + delay;
    if (expiryTimer.isActive() && expiryDue <= due)
        return;
    expiryDue = due;
    expiryTimer.start(clock.timerInterval(delay));
}

void RecordReplicatorPrivate::armAutorefresh()
{
    const PeerTime now = clock.now();
    PeerTime next = 0;
    for (const Record &r : std::as_const(records)) {
        if (r.flags.testFlag(RecordFlag::AutoRefresh) && !r.isDeleted() && r.creatorId == context.peerId) {
            const PeerTime due = r.expirationTime > AutorefreshLead ? r.expirationTime - AutorefreshLead : 0;
            if (next == 0 || due < next)
                next = due;
        }
    }
    if (next == 0)
        return;
    const PeerTime delay = std::clamp(next > now ? next - now : 0, MinAutorefreshDelay, MaxTimerDelay);
    const PeerTime due = now + delay;
    if (autorefreshTimer.isActive() && autorefreshDue != 0 && autorefreshDue <= due)
        return;
    autorefreshDue = due;
    autorefreshTimer.start(clock.timerInterval(delay));
}

void RecordReplicatorPrivate::autorefresh()
{
    if (closed)
        return;
    const PeerTime now = clock.now();
    QList<Record> due;
    for (const Record &r : std::as_const(records)) {
        if (r.flags.testFlag(RecordFlag::AutoRefresh) && !r.isDeleted() && r.creatorId == context.peerId
            && r.expirationTime <= now + AutorefreshLead)
            due.append(r);
    }
    for (const Record &old : due) {
        Record r = nextVersion(old);
        const PeerTime lifetime = old.expirationTime > old.lastModifiedTime ? old.expirationTime - old.lastModifiedTime
                                                                            : DefaultRefreshLifetime;
        r.expirationTime = r.lastModifiedTime + lifetime;
        if (PeerError error = publish(r, RecordChangeType::Updated))
            qCWarning(lcRecords) << "could not refresh record" << old.id << ":" << error.toString();
    }
    armAutorefresh();
}

// ---------------------------------------------------------------- flooding

void RecordReplicatorPrivate::send(ReplicationLink *link, const wire::Message &message)
{
    link->send(message);
}

void RecordReplicatorPrivate::flood(const Record &record, ReplicationLink *except)
{
    const wire::Message message = wire::Flood { toWireRecord(record, context.graphId) };
    // A copy: a link may close while we send.
    const QList<ReplicationLink *> targets = links.keys();
    for (ReplicationLink *link : targets) {
        if (link != except && links.contains(link))
            send(link, message);
    }
}

void RecordReplicatorPrivate::receiveFlood(LinkState &state, const wire::Flood &message)
{
    const wire::WireRecord &wireRecord = message.record;
    if (auto why = structuralProblem(wireRecord)) {
        qCWarning(lcRecords) << "dropped" << describe(wireRecord) << "from node" << state.link->remoteNodeId() << ":"
                             << *why;
        return;
    }
    const Record record = fromWireRecord(wireRecord);
    const auto existing = records.constFind(record.id);
    const bool known = existing != records.constEnd();
    const int order = known ? compareVersions(record, *existing) : 1;
    if (order < 0) {
        // Our copy is newer: the sender should have it.
        send(state.link, wire::Flood { toWireRecord(*existing, context.graphId) });
        queueAck(state, record.id, false);
        return;
    }
    if (order == 0) {
        queueAck(state, record.id, false);
        return;
    }
    if (auto why = problem(record, wireRecord.graphId, known ? RecordChangeType::Updated : RecordChangeType::Added)) {
        qCWarning(lcRecords) << "dropped invalid" << describe(wireRecord) << "from node" << state.link->remoteNodeId()
                             << ":" << *why;
        return;
    }
    if (!isLive(record, clock.now())) {
        queueAck(state, record.id, false); // expired records are never stored nor forwarded
        return;
    }
    const std::optional<Record> previous = known ? std::optional<Record>(*existing) : std::nullopt;
    if (PeerError error = apply(record, previous)) {
        qCWarning(lcRecords) << "could not store" << describe(wireRecord) << ":" << error.toString();
        return;
    }
    queueAck(state, record.id, true);
    flood(record, state.link);
}

void RecordReplicatorPrivate::queueAck(LinkState &state, const QUuid &id, bool useful)
{
    state.acks.append({ id, useful });
    if (ackFlushScheduled)
        return;
    ackFlushScheduled = true;
    QMetaObject::invokeMethod(
        q, [this] { flushAcks(); }, Qt::QueuedConnection);
}

void RecordReplicatorPrivate::flushAcks()
{
    ackFlushScheduled = false;
    const QList<ReplicationLink *> targets = links.keys(); // a link may close while we send
    for (ReplicationLink *link : targets) {
        const auto it = links.find(link);
        if (it == links.end())
            continue;
        LinkState &state = it.value();
        while (!state.acks.isEmpty()) {
            wire::Ack ack;
            ack.entries = state.acks.mid(0, MaxAcksPerMessage);
            state.acks.remove(0, ack.entries.size());
            send(state.link, ack);
        }
    }
}

// ---------------------------------------------------------------- synchronization

QList<RecordKey> RecordReplicatorPrivate::sortedKeys() const
{
    const PeerTime now = clock.now();
    QList<RecordKey> keys;
    keys.reserve(records.size());
    for (const Record &r : records) {
        if (isLive(r, now))
            keys.append({ r.lastModifiedTime, r.id, r.version });
    }
    sortKeys(keys);
    return keys;
}

void RecordReplicatorPrivate::startSync(LinkState &state)
{
    const bool syncAll = !synchronized;
    const bool timeBased = !syncAll && loadedFromDisk && !timeSyncDone;
    if (!syncAll && !timeBased) {
        startHashSync(state);
        return;
    }
    state.requesting = syncAll ? LinkState::Sync::New : LinkState::Sync::Time;
    state.hashAfterTime = timeBased;
    state.solicitTime = timeBased ? store->meta(MetaLeftAt).toULongLong() : 0;
    state.remainingTypes = { RecordTypes::GraphInfo, RecordTypes::Presence };
    for (const QUuid &type : context.syncPrecedence) {
        if (!state.remainingTypes.contains(type))
            state.remainingTypes.append(type);
    }
    state.exclusionSent = false;
    solicitNext(state);
}

void RecordReplicatorPrivate::solicitNext(LinkState &state)
{
    wire::RecordTypeFilter types;
    if (!state.remainingTypes.isEmpty()) {
        state.solicitedType = state.remainingTypes.takeFirst();
        types.include = { state.solicitedType };
    } else {
        // Everything else: exclude the types solicited one by one.
        state.solicitedType = QUuid();
        state.exclusionSent = true;
        types.exclude = { RecordTypes::GraphInfo, RecordTypes::Presence };
        for (const QUuid &type : context.syncPrecedence) {
            if (!types.exclude.contains(type))
                types.exclude.append(type);
        }
    }
    if (state.requesting == LinkState::Sync::New)
        send(state.link, wire::SolicitNew { types });
    else
        send(state.link, wire::SolicitTime { types, state.solicitTime });
}

void RecordReplicatorPrivate::startHashSync(LinkState &state)
{
    state.requesting = LinkState::Sync::Hash;
    state.recordsToSend.clear();
    send(state.link, wire::SolicitHash { {}, hashRanges(sortedKeys()) });
}

void RecordReplicatorPrivate::answerSolicit(
    LinkState &state, const wire::RecordTypeFilter &types, std::optional<PeerTime> since)
{
    const PeerTime now = clock.now();
    // Records grouped by type, in a stable order, live ones only (§4.3).
    QMap<QUuid, QList<const Record *>> byType;
    for (const Record &r : std::as_const(records)) {
        if (!isLive(r, now) || (since && r.lastModifiedTime < *since))
            continue;
        if (!types.include.isEmpty() ? types.include.contains(r.type) : !types.exclude.contains(r.type))
            byType[r.type].append(&r);
    }
    if (!types.include.isEmpty() || types.exclude.isEmpty()) {
        for (const auto &list : std::as_const(byType)) {
            for (const Record *r : list)
                send(state.link, wire::Flood { toWireRecord(*r, context.graphId) });
        }
        send(state.link, wire::SyncEnd { true });
        return;
    }
    // Exclusion: one phase per type, SYNC_END F=0 between them and F=1 after the last.
    for (auto it = byType.constBegin(); it != byType.constEnd(); ++it) {
        for (const Record *r : it.value())
            send(state.link, wire::Flood { toWireRecord(*r, context.graphId) });
        if (std::next(it) != byType.constEnd())
            send(state.link, wire::SyncEnd { false });
    }
    send(state.link, wire::SyncEnd { true });
}

void RecordReplicatorPrivate::answerSolicitHash(LinkState &state, const wire::SolicitHash &solicit)
{
    state.respondingHash = true;
    send(state.link, compareRanges(sortedKeys(), solicit.hashes));
}

void RecordReplicatorPrivate::answerAdvertise(LinkState &state, const wire::Advertise &advertise)
{
    const PeerTime now = clock.now();
    QHash<QUuid, quint32> advertised;
    wire::Request request;
    for (const wire::RecordAbstract &a : advertise.abstracts) {
        advertised.insert(a.recordId, a.version);
        const auto local = records.constFind(a.recordId);
        if (local == records.constEnd() || local->version < a.version)
            request.abstracts.append(a);
    }
    state.recordsToSend.clear();
    QList<wire::HashEntryBoundary> boundaries = advertise.boundaries;
    sortBoundaries(boundaries);
    for (const Record &r : std::as_const(records)) {
        if (!isLive(r, now))
            continue;
        const auto theirs = advertised.constFind(r.id);
        if (theirs != advertised.constEnd() && *theirs >= r.version)
            continue;
        if (theirs != advertised.constEnd() || inBoundaries(boundaries, r.lastModifiedTime, r.id))
            state.recordsToSend.append(r.id);
    }
    send(state.link, request);
}

void RecordReplicatorPrivate::answerRequest(LinkState &state, const wire::Request &request)
{
    const PeerTime now = clock.now();
    for (const wire::RecordAbstract &a : request.abstracts) {
        const auto local = records.constFind(a.recordId);
        if (local != records.constEnd() && isLive(*local, now))
            send(state.link, wire::Flood { toWireRecord(*local, context.graphId) });
    }
    state.respondingHash = false;
    send(state.link, wire::SyncEnd { true });
}

void RecordReplicatorPrivate::syncEnded(LinkState &state, const wire::SyncEnd &end)
{
    if (!end.final || state.requesting == LinkState::Sync::None)
        return; // §5.5: not fatal, ignored
    if (state.requesting == LinkState::Sync::Hash) {
        const PeerTime now = clock.now();
        for (const QUuid &id : std::as_const(state.recordsToSend)) {
            const auto local = records.constFind(id);
            if (local != records.constEnd() && isLive(*local, now))
                send(state.link, wire::Flood { toWireRecord(*local, context.graphId) });
        }
        state.recordsToSend.clear();
        finishSync(state);
        return;
    }
    // Sync All / Time-based: one type done, ask for the next.
    if (!state.exclusionSent) {
        if (!state.solicitedType.isNull())
            Q_EMIT q->synchronized(state.solicitedType);
        solicitNext(state);
        return;
    }
    QSet<QUuid> others;
    for (const Record &r : std::as_const(records)) {
        if (r.type != RecordTypes::GraphInfo && r.type != RecordTypes::Presence
            && !context.syncPrecedence.contains(r.type))
            others.insert(r.type);
    }
    for (const QUuid &type : std::as_const(others))
        Q_EMIT q->synchronized(type);
    if (state.hashAfterTime) {
        timeSyncDone = true;
        state.hashAfterTime = false;
        markSynchronized();
        startHashSync(state);
        return;
    }
    finishSync(state);
}

void RecordReplicatorPrivate::finishSync(LinkState &state)
{
    state.requesting = LinkState::Sync::None;
    if (properties.deferExpiration)
        QTimer::singleShot(0, q, [this] { removeExpired(); });
    markSynchronized();
}

void RecordReplicatorPrivate::markSynchronized()
{
    if (synchronized || !records.contains(GraphInfoRecordId))
        return;
    synchronized = true;
    createdEmpty = false;
    if (PeerError error = persistMeta({ { MetaSynchronized, QStringLiteral("1") } }))
        qCWarning(lcRecords) << "could not persist the synchronized state:" << error.toString();
    maintainPresence();
    maintainTopology();
    Q_EMIT q->synchronizationCompleted();
}

// ---------------------------------------------------------------- own internal records

std::optional<Record> RecordReplicatorPrivate::ownRecord(const QUuid &type) const
{
    for (const Record &r : records) {
        if (r.type == type && r.creatorId == context.peerId && !r.isDeleted()) {
            if (type == RecordTypes::Presence) {
                const auto decoded = wire::decodePresence(r.data);
                const auto *p = std::get_if<wire::PresencePayload>(&decoded);
                if (!p || p->nodeId != context.nodeId)
                    continue;
            } else if (type == RecordTypes::Topology) {
                const auto topology = decodeTopology(r);
                if (!topology || topology->node != context.nodeId)
                    continue;
            }
            return r;
        }
    }
    return std::nullopt;
}

void RecordReplicatorPrivate::maintainPresence()
{
    if (!synchronized || closed)
        return;
    const auto own = ownRecord(RecordTypes::Presence);
    const bool wanted = !listening.isEmpty() && (properties.maxPresence == 0xFFFFFFFF || forcePresence);
    if (!wanted) {
        if (own) {
            Record r = nextVersion(*own);
            r.flags |= RecordFlag::Deleted;
            r.data.clear();
            if (PeerError error = publish(r, RecordChangeType::Deleted))
                qCWarning(lcRecords) << "could not withdraw presence:" << error.toString();
        }
        return;
    }
    const QByteArray payload = wire::encodePresence({ context.nodeId, nodeAttributes, toWireAddresses(listening) });
    const PeerTime lifetime = PeerTime(std::max<quint32>(properties.presenceLifetime, 300)) * Second;
    Record r;
    if (own) {
        if (own->data == payload)
            return;
        r = nextVersion(*own);
    } else {
        r = freshRecord(RecordTypes::Presence, lifetime);
        r.flags |= RecordFlag::AutoRefresh;
    }
    r.data = payload;
    r.expirationTime = std::max(r.lastModifiedTime + lifetime, own ? own->expirationTime : 0);
    if (PeerError error = publish(r, own ? RecordChangeType::Updated : RecordChangeType::Added))
        qCWarning(lcRecords) << "could not publish presence:" << error.toString();
}

void RecordReplicatorPrivate::maintainTopology()
{
    if (!synchronized || closed)
        return;
    TopologyRecord topology { context.nodeId, context.peerId, {} };
    for (const ConnectionInfo &n : std::as_const(neighbors))
        topology.neighbors.append({ n.nodeId, n.peerId });
    const QByteArray payload = encodeTopology(topology);
    const auto own = ownRecord(RecordTypes::Topology);
    const PeerTime lifetime = PeerTime(std::max<quint32>(properties.presenceLifetime, 300)) * Second;
    Record r;
    if (own) {
        if (own->data == payload)
            return;
        r = nextVersion(*own);
    } else {
        r = freshRecord(RecordTypes::Topology, lifetime);
        r.flags |= RecordFlag::AutoRefresh;
    }
    r.data = payload;
    r.expirationTime = std::max(r.lastModifiedTime + lifetime, own ? own->expirationTime : 0);
    if (PeerError error = publish(r, own ? RecordChangeType::Updated : RecordChangeType::Added))
        qCWarning(lcRecords) << "could not publish the topology record:" << error.toString();
}

// ================================================================ RecordReplicator

RecordReplicator::RecordReplicator(QObject *parent)
    : QObject(parent)
{
}

RecordReplicator::~RecordReplicator() = default;

namespace {

PeerError checkProperties(const GraphProperties &p)
{
    if (p.graphId.isEmpty() || p.graphId.size() > 255)
        return { PeerError::InvalidArgument, QStringLiteral("The graph id must have 1 to 255 characters.") };
    if (p.creatorId.size() > 255 || p.friendlyName.size() > 255 || p.comment.size() > 511)
        return { PeerError::InvalidArgument,
            QStringLiteral("Graph properties too long: creator id and friendly name take at most 255 characters, "
                           "the comment at most 511.") };
    if (p.presenceLifetime != 0 && p.presenceLifetime < 300)
        return { PeerError::InvalidArgument,
            QStringLiteral("The presence lifetime must be at least 300 seconds (got %1).").arg(p.presenceLifetime) };
    if (p.maxRecordSize != 0 && (p.maxRecordSize < 1024 || p.maxRecordSize > DefaultMaxRecordSize))
        return { PeerError::InvalidArgument,
            QStringLiteral("The maximum record size must be 0 (60 MB) or 1024..62914560 bytes (got %1).")
                .arg(p.maxRecordSize) };
    return {};
}

} // namespace

Result<RecordReplicator *> RecordReplicator::create(
    const ReplicatorContext &context, const GraphProperties &properties, QObject *parent)
{
    GraphProperties p = properties;
    if (p.graphId.isEmpty())
        p.graphId = context.graphId;
    if (p.creatorId.isEmpty())
        p.creatorId = context.peerId;
    if (p.presenceLifetime == 0)
        p.presenceLifetime = 300;
    if (p.graphId != context.graphId)
        return PeerError { PeerError::InvalidArgument,
            QStringLiteral("The properties name graph \"%1\" but the node opens \"%2\".")
                .arg(p.graphId, context.graphId) };
    if (PeerError error = checkProperties(p))
        return error;
    auto store = RecordStore::open(context.databasePath);
    if (!store)
        return store.error();
    if (!store.value()->isEmpty()) {
        const QString held = store.value()->meta(MetaGraphId);
        if (held == context.graphId)
            return PeerError { PeerError::DuplicateGraph,
                QStringLiteral("The database \"%1\" already holds graph \"%2\": open it instead of creating it.")
                    .arg(context.databasePath, held) };
        return PeerError { PeerError::DatabaseAlreadyPresent,
            QStringLiteral("The database \"%1\" already holds another graph (\"%2\"); choose another file.")
                .arg(context.databasePath, held) };
    }
    std::unique_ptr<RecordReplicator> replicator(new RecordReplicator(parent));
    auto d = std::make_unique<RecordReplicatorPrivate>(replicator.get(), context);
    d->store = std::move(store.value());
    d->synchronized = true;
    d->properties = p;
    Record info = d->freshRecord(RecordTypes::GraphInfo, GraphInfoLifetime);
    info.data = wire::encodeGraphInfo(toGraphInfoPayload(p));
    auto secured = d->secure(info, RecordChangeType::Added);
    if (!secured)
        return secured.error();
    if (PeerError error = d->store->write({ secured.value() }, {},
            { { MetaGraphId, context.graphId }, { MetaPeerId, context.peerId }, { MetaSynchronized, "1" },
                { MetaPeerTimeDelta, QStringLiteral("0") } }))
        return error;
    d->records.insert(info.id, secured.value());
    d->initializeTimers();
    replicator->d = std::move(d);
    return replicator.release();
}

Result<RecordReplicator *> RecordReplicator::open(const ReplicatorContext &context, QObject *parent)
{
    if (context.graphId.isEmpty() || context.graphId.size() > 255)
        return PeerError { PeerError::InvalidArgument, QStringLiteral("The graph id must have 1 to 255 characters.") };
    auto store = RecordStore::open(context.databasePath);
    if (!store)
        return store.error();
    std::unique_ptr<RecordReplicator> replicator(new RecordReplicator(parent));
    auto d = std::make_unique<RecordReplicatorPrivate>(replicator.get(), context);
    d->store = std::move(store.value());
    if (d->store->isEmpty()) {
        if (PeerError error = d->persistMeta({ { MetaGraphId, context.graphId }, { MetaPeerId, context.peerId } }))
            return error;
        d->createdEmpty = true;
    } else {
        const QString held = d->store->meta(MetaGraphId);
        if (held != context.graphId)
            return PeerError { PeerError::InvalidDatabase,
                QStringLiteral("The database \"%1\" holds graph \"%2\", not \"%3\".")
                    .arg(context.databasePath, held, context.graphId) };
        if (PeerError error = d->loadFromStore())
            return error;
        d->loadedFromDisk = true;
        d->createdEmpty = !d->synchronized;
    }
    d->initializeTimers();
    replicator->d = std::move(d);
    return replicator.release();
}

bool RecordReplicator::createdEmpty() const
{
    return d->createdEmpty;
}
bool RecordReplicator::isSynchronized() const
{
    return d->synchronized;
}
GraphProperties RecordReplicator::properties() const
{
    return d->properties;
}

PeerError RecordReplicator::setProperties(const GraphProperties &properties)
{
    if (d->closed)
        return shuttingDown();
    if (!d->synchronized)
        return notReady();
    GraphProperties p = d->properties;
    p.friendlyName = properties.friendlyName;
    p.comment = properties.comment;
    p.presenceLifetime = properties.presenceLifetime == 0 ? 300 : properties.presenceLifetime;
    p.maxPresence = properties.maxPresence;
    if (PeerError error = checkProperties(p))
        return error;
    const auto current = d->records.constFind(GraphInfoRecordId);
    Record info = current != d->records.constEnd() ? d->nextVersion(*current)
                                                   : d->freshRecord(RecordTypes::GraphInfo, GraphInfoLifetime);
    info.data = wire::encodeGraphInfo(toGraphInfoPayload(p));
    info.expirationTime = std::max(info.lastModifiedTime + GraphInfoLifetime, info.expirationTime);
    if (PeerError error = d->publish(info, RecordChangeType::Updated))
        return error;
    d->maintainPresence();
    return {};
}

PeerTime RecordReplicator::peerTime() const
{
    return d->clock.now();
}

void RecordReplicator::adjustPeerTime(
    PeerTime remotePeerTime, PeerTime connectSentAt, PeerTime welcomeReceivedAt, bool firstNeighbor)
{
    // The remote clock read half a round trip before the WELCOME arrived (§3.6).
    const qint64 halfRtt = welcomeReceivedAt > connectSentAt ? qint64(welcomeReceivedAt - connectSentAt) / 2 : 0;
    const qint64 offset = qint64(remotePeerTime) + halfRtt - qint64(welcomeReceivedAt);
    if (!firstNeighbor && std::abs(offset) > MaxPeerTimeSkew) {
        qCInfo(lcRecords) << "ignoring a neighbour's peer time" << offset / qint64(Second) << "s away from ours";
        return;
    }
    const qint64 delta = d->clock.delta() + (firstNeighbor ? offset : offset / 5);
    d->clock.setDelta(delta);
    if (PeerError error = d->persistMeta({ { MetaPeerTimeDelta, QString::number(delta) } }))
        qCWarning(lcRecords) << "could not persist the peer time delta:" << error.toString();
}

PeerTime RecordReplicator::universalToPeerTime(PeerTime utc) const
{
    return d->clock.toPeer(utc);
}
PeerTime RecordReplicator::peerToUniversalTime(PeerTime peer) const
{
    return d->clock.toUniversal(peer);
}

Result<QUuid> RecordReplicator::addRecord(const Record &record)
{
    if (d->closed)
        return shuttingDown();
    if (!d->synchronized)
        return notReady();
    if (record.type.isNull())
        return PeerError { PeerError::InvalidArgument, QStringLiteral("A record needs a type (a GUID).") };
    if (isInternalType(record.type))
        return PeerError { PeerError::AccessDenied,
            QStringLiteral("Record type %1 is reserved for the infrastructure; use an application GUID.")
                .arg(record.type.toString()) };
    if (record.flags.testFlag(RecordFlag::AutoRefresh) || record.isDeleted())
        return PeerError { PeerError::InvalidArgument,
            QStringLiteral("Application records cannot set the autorefresh or deleted flags.") };
    if (record.creatorId.size() > 255)
        return PeerError { PeerError::InvalidArgument, QStringLiteral("The creator id exceeds 255 characters.") };
    if (auto attributes = parseAttributes(record.attributes); !attributes)
        return attributes.error();
    if (quint64(record.data.size()) + 2 * quint64(record.attributes.size()) > d->maxRecordSize())
        return PeerError { PeerError::MaxRecordSizeExceeded,
            QStringLiteral("The record's data (%1 bytes) and attributes (%2 characters) exceed the graph's maximum "
                           "record size of %3 bytes.")
                .arg(record.data.size())
                .arg(record.attributes.size())
                .arg(d->maxRecordSize()) };
    const PeerTime now = d->clock.now();
    if (record.expirationTime <= now)
        return PeerError { PeerError::InvalidRecordExpiration,
            QStringLiteral("The expiration time lies in the past: set it later than peerTime().") };
    Record r = d->freshRecord(record.type, 0);
    if (!record.creatorId.isEmpty() && record.creatorId != r.creatorId) {
        r.creatorId = record.creatorId;
        r.id = makeRecordId(r.creatorId);
    }
    r.expirationTime = record.expirationTime;
    r.attributes = record.attributes;
    r.data = record.data;
    if (PeerError error = d->publish(r, RecordChangeType::Added))
        return error;
    return r.id;
}

PeerError RecordReplicator::updateRecord(const Record &record)
{
    if (d->closed)
        return shuttingDown();
    if (!d->synchronized)
        return notReady();
    const auto existing = d->records.constFind(record.id);
    if (existing == d->records.constEnd() || existing->isDeleted())
        return recordNotFound(record.id);
    if (isInternalType(existing->type))
        return { PeerError::AccessDenied,
            QStringLiteral("Record %1 is an infrastructure record and cannot be updated.").arg(record.id.toString()) };
    if (record.expirationTime < existing->expirationTime || record.expirationTime <= d->clock.now())
        return { PeerError::InvalidRecordExpiration,
            QStringLiteral("The expiration time may only grow and must lie in the future (keep it at or after the "
                           "record's current expiration).") };
    if (auto attributes = parseAttributes(record.attributes); !attributes)
        return attributes.error();
    if (quint64(record.data.size()) + 2 * quint64(record.attributes.size()) > d->maxRecordSize())
        return { PeerError::MaxRecordSizeExceeded,
            QStringLiteral("The updated record exceeds the graph's maximum record size of %1 bytes.")
                .arg(d->maxRecordSize()) };
    Record r = d->nextVersion(*existing);
    if (!record.modifiedById.isEmpty())
        r.modifiedById = record.modifiedById.left(255);
    r.attributes = record.attributes;
    r.data = record.data;
    r.expirationTime = record.expirationTime;
    return d->publish(r, RecordChangeType::Updated);
}

PeerError RecordReplicator::deleteRecord(const QUuid &recordId, bool localOnly)
{
    if (d->closed)
        return shuttingDown();
    if (!d->synchronized)
        return notReady();
    const auto existing = d->records.constFind(recordId);
    if (existing == d->records.constEnd() || existing->isDeleted())
        return recordNotFound(recordId);
    if (isInternalType(existing->type))
        return { PeerError::AccessDenied,
            QStringLiteral("Record %1 is an infrastructure record and cannot be deleted.").arg(recordId.toString()) };
    if (localOnly) {
        const Record old = *existing;
        if (PeerError error = d->store->write({}, { recordId }))
            return error;
        d->records.remove(recordId);
        Record gone = old;
        gone.flags |= RecordFlag::Deleted;
        d->notify(gone, old, false);
        return {};
    }
    Record r = d->nextVersion(*existing);
    r.flags |= RecordFlag::Deleted;
    r.data.clear();
    r.attributes.clear();
    return d->publish(r, RecordChangeType::Deleted);
}

Result<Record> RecordReplicator::record(const QUuid &recordId) const
{
    if (!d->synchronized)
        return notReady();
    const auto it = d->records.constFind(recordId);
    if (it == d->records.constEnd() || it->isDeleted() || !d->isLive(*it, d->clock.now()))
        return recordNotFound(recordId);
    return *it;
}

QList<Record> RecordReplicator::records(const QUuid &recordType, const QString &creatorId) const
{
    const PeerTime now = d->clock.now();
    QList<Record> result;
    for (const Record &r : std::as_const(d->records)) {
        if (r.isDeleted() || !d->isLive(r, now))
            continue;
        if ((recordType.isNull() || r.type == recordType) && (creatorId.isEmpty() || r.creatorId == creatorId))
            result.append(r);
    }
    std::sort(result.begin(), result.end(),
        [](const Record &a, const Record &b) { return keyLess(a.creationTime, a.id, b.creationTime, b.id); });
    return result;
}

Result<QList<Record>> RecordReplicator::searchRecords(const QString &criteria) const
{
    if (!d->synchronized)
        return notReady();
    auto query = RecordQuery::parse(criteria);
    if (!query)
        return query.error();
    QList<Record> result;
    for (const Record &r : records(QUuid(), QString())) {
        if (notifiesApplication(r.type) && query->matches(r))
            result.append(r);
    }
    return result;
}

PeerError RecordReplicator::exportDatabase(const QString &filePath) const
{
    if (filePath.isEmpty())
        return { PeerError::InvalidArgument, QStringLiteral("Give a file path to export the database to.") };
    return d->store->exportTo(filePath);
}

PeerError RecordReplicator::importDatabase(const QString &filePath)
{
    if (!d->links.isEmpty() || !d->listening.isEmpty())
        return { PeerError::GraphInUse,
            QStringLiteral("Import the database before the node listens or connects to a neighbour.") };
    if (!QFile::exists(filePath))
        return { PeerError::NotFound, QStringLiteral("No database file \"%1\".").arg(filePath) };
    auto source = RecordStore::open(filePath);
    if (!source)
        return { PeerError::InvalidDatabase,
            QStringLiteral("\"%1\" is not a record database: %2").arg(filePath, source.error().message()) };
    const QString graphId = source.value()->meta(MetaGraphId);
    if (graphId != d->context.graphId)
        return { PeerError::InvalidDatabase,
            QStringLiteral("\"%1\" holds graph \"%2\", not \"%3\".").arg(filePath, graphId, d->context.graphId) };
    QList<Record> imported;
    bool haveGraphInfo = false;
    const PeerTime now = d->clock.now();
    for (const Record &r : source.value()->loadAll()) {
        if (isSessionType(r.type) || !d->isLive(r, now))
            continue;
        if (auto why = d->problem(r, graphId, RecordChangeType::Added)) {
            qCWarning(lcRecords) << "not importing record" << r.id << ":" << *why;
            continue;
        }
        haveGraphInfo = haveGraphInfo || r.type == RecordTypes::GraphInfo;
        imported.append(r);
    }
    if (!haveGraphInfo)
        return { PeerError::InvalidDatabase,
            QStringLiteral("\"%1\" has no Graph Info record; it was never synchronized.").arg(filePath) };
    QList<QUuid> replaced = d->records.keys();
    if (PeerError error = d->store->write(imported, replaced, { { MetaSynchronized, QStringLiteral("1") } }))
        return error;
    const auto before = d->records;
    d->records.clear();
    for (const Record &r : std::as_const(imported)) {
        d->records.insert(r.id, r);
        const auto old = before.constFind(r.id);
        if (old == before.constEnd() || compareVersions(r, *old) != 0)
            d->notify(r, old == before.constEnd() ? std::nullopt : std::optional<Record>(*old), false);
    }
    d->markSynchronized();
    d->armExpiry();
    return {};
}

QList<NodeInfo> RecordReplicator::nodes(const QString &peerId) const
{
    const PeerTime now = d->clock.now();
    QList<NodeInfo> result;
    for (const Record &r : std::as_const(d->records)) {
        if (r.type != RecordTypes::Presence || r.isDeleted() || !d->isLive(r, now))
            continue;
        if (!peerId.isEmpty() && r.creatorId != peerId)
            continue;
        const auto decoded = wire::decodePresence(r.data);
        if (const auto *p = std::get_if<wire::PresencePayload>(&decoded))
            result.append({ p->nodeId, r.creatorId, fromWireAddresses(p->addresses), p->attributes });
    }
    std::sort(result.begin(), result.end(), [](const NodeInfo &a, const NodeInfo &b) { return a.nodeId < b.nodeId; });
    return result;
}

Result<NodeInfo> RecordReplicator::nodeInfo(NodeId nodeId) const
{
    if (nodeId == 0 || nodeId == d->context.nodeId)
        return NodeInfo { d->context.nodeId, d->context.peerId, d->listening, d->nodeAttributes };
    for (const NodeInfo &node : nodes(QString())) {
        if (node.nodeId == nodeId)
            return node;
    }
    return PeerError { PeerError::NodeNotFound,
        QStringLiteral("Node %1 publishes no presence in this graph.").arg(nodeId, 16, 16, QLatin1Char('0')) };
}

PeerError RecordReplicator::setPresence(bool present)
{
    if (d->closed)
        return shuttingDown();
    d->forcePresence = present;
    d->maintainPresence();
    return {};
}

PeerError RecordReplicator::setNodeAttributes(const QString &attributes)
{
    if (d->closed)
        return shuttingDown();
    if (attributes.size() > 4096)
        return { PeerError::InvalidArgument,
            QStringLiteral("Node attributes take at most 4096 characters (got %1).").arg(attributes.size()) };
    d->nodeAttributes = attributes;
    d->maintainPresence();
    return {};
}

QList<QPair<NodeId, PeerAddress>> RecordReplicator::candidates() const
{
    QList<QPair<NodeId, PeerAddress>> result;
    for (const NodeInfo &node : nodes(QString())) {
        if (node.nodeId == d->context.nodeId)
            continue;
        for (const PeerAddress &address : node.addresses)
            result.append({ node.nodeId, address });
    }
    return result;
}

void RecordReplicator::setListeningAddresses(const QList<PeerAddress> &addresses)
{
    d->listening = addresses;
    d->maintainPresence();
}

void RecordReplicator::setNeighbors(const QList<ConnectionInfo> &neighbors)
{
    d->neighbors = neighbors;
    d->maintainTopology();
}

void RecordReplicator::linkConnected(ReplicationLink *link, bool weInitiated)
{
    auto &state = d->links[link];
    state.link = link;
    if (d->properties.deferExpiration && !d->everConnected)
        QTimer::singleShot(0, this, [this] { d->removeExpired(); });
    d->everConnected = true;
    if (weInitiated && !d->closed)
        d->startSync(state);
}

void RecordReplicator::linkClosed(ReplicationLink *link)
{
    d->links.remove(link);
}

void RecordReplicator::handleMessage(ReplicationLink *link, const wire::Message &message)
{
    const auto it = d->links.find(link);
    if (it == d->links.end()) {
        link->terminate(QStringLiteral("record message on a link that is not connected"));
        return;
    }
    auto &state = it.value();
    using Sync = RecordReplicatorPrivate::LinkState::Sync;
    if (const auto *flood = std::get_if<wire::Flood>(&message)) {
        d->receiveFlood(state, *flood);
    } else if (std::holds_alternative<wire::Ack>(message)) {
        // Connection utility is the graph's business; nothing to do for the records.
    } else if (const auto *solicit = std::get_if<wire::SolicitNew>(&message)) {
        d->answerSolicit(state, solicit->types, std::nullopt);
    } else if (const auto *solicit = std::get_if<wire::SolicitTime>(&message)) {
        d->answerSolicit(state, solicit->types, solicit->modificationTime);
    } else if (const auto *solicit = std::get_if<wire::SolicitHash>(&message)) {
        if (solicit->hashes.isEmpty()) {
            link->terminate(QStringLiteral("SOLICIT_HASH without hash entries"));
            return;
        }
        d->answerSolicitHash(state, *solicit);
    } else if (const auto *advertise = std::get_if<wire::Advertise>(&message)) {
        if (state.requesting != Sync::Hash) {
            link->terminate(QStringLiteral("ADVERTISE without a hash synchronization in progress"));
            return;
        }
        d->answerAdvertise(state, *advertise);
    } else if (const auto *request = std::get_if<wire::Request>(&message)) {
        if (!state.respondingHash) {
            link->terminate(QStringLiteral("REQUEST without a preceding SOLICIT_HASH"));
            return;
        }
        d->answerRequest(state, *request);
    } else if (const auto *end = std::get_if<wire::SyncEnd>(&message)) {
        d->syncEnded(state, *end);
    } else {
        link->terminate(
            QStringLiteral("%1 is not a record message").arg(wire::messageTypeName(wire::messageType(message))));
    }
}

void RecordReplicator::close()
{
    if (d->closed)
        return;
    // Withdraw this node's session records while the links are still up, so the tombstones flood.
    d->listening.clear();
    d->maintainPresence();
    if (const auto own = d->ownRecord(RecordTypes::Topology)) {
        Record r = d->nextVersion(*own);
        r.flags |= RecordFlag::Deleted;
        r.data.clear();
        if (PeerError error = d->publish(r, RecordChangeType::Deleted))
            qCWarning(lcRecords) << "could not withdraw the topology record:" << error.toString();
    }
    d->flushAcks();
    d->closed = true;
    d->expiryTimer.stop();
    d->autorefreshTimer.stop();
    if (PeerError error = d->persistMeta({ { MetaPeerTimeDelta, QString::number(d->clock.delta()) },
            { MetaLeftAt, QString::number(d->clock.now()) } }))
        qCWarning(lcRecords) << "could not persist the peer time on close:" << error.toString();
}

} // namespace peerscope
