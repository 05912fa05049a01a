#include "records/RecordReplicator.h"
#include "records/RecordAttributes.h"
#include "records/RecordId.h"
#include "records/RecordReplicatorPrivate.h"
#include "records/RecordSearch.h"
#include "records/RecordWireForm.h"
#include "wire/Codec.h"

#include <QFile>
#include <QTimer>

#include <algorithm>

namespace peerscope {

namespace {

constexpr PeerTime GraphInfoLifetime = 300 * Second;
constexpr qint64 MaxPeerTimeSkew = qint64(20) * 60 * Second;

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

RecordReplicator::RecordReplicator(QObject *parent)
    : QObject(parent)
{
}

RecordReplicator::~RecordReplicator() = default;

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
    d->expiry.start();
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
    d->expiry.start();
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
    d->presence.maintainPresence();
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
    if (!d->links.isEmpty() || d->presence.isListening())
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
    d->synchronizer.markSynchronized();
    d->expiry.arm();
    return {};
}

QList<NodeInfo> RecordReplicator::nodes(const QString &peerId) const
{
    return d->presence.nodes(peerId);
}

Result<NodeInfo> RecordReplicator::nodeInfo(NodeId nodeId) const
{
    return d->presence.nodeInfo(nodeId);
}

PeerError RecordReplicator::setPresence(bool present)
{
    if (d->closed)
        return shuttingDown();
    d->presence.setForcePresence(present);
    return {};
}

PeerError RecordReplicator::setNodeAttributes(const QString &attributes)
{
    if (d->closed)
        return shuttingDown();
    if (attributes.size() > 4096)
        return { PeerError::InvalidArgument,
            QStringLiteral("Node attributes take at most 4096 characters (got %1).").arg(attributes.size()) };
    d->presence.setNodeAttributes(attributes);
    return {};
}

QList<QPair<NodeId, PeerAddress>> RecordReplicator::candidates() const
{
    // §5.3: the Presence and Contact lists (the graph engine adds its referrals).
    QList<QPair<NodeId, PeerAddress>> result = d->presence.candidates();
    for (const ContactMaintainer::Contact &contact : d->contacts.contacts()) {
        if (contact.nodeId == d->context.nodeId)
            continue;
        for (const PeerAddress &address : contact.addresses) {
            const QPair<NodeId, PeerAddress> candidate { contact.nodeId, address };
            if (!result.contains(candidate))
                result.append(candidate);
        }
    }
    return result;
}

void RecordReplicator::setListeningAddresses(const QList<PeerAddress> &addresses)
{
    d->presence.setListeningAddresses(addresses);
    d->onSignatureOrContact(true);
}

void RecordReplicator::setNeighbors(const QList<ConnectionInfo> &neighbors)
{
    d->presence.setNeighbors(neighbors);
}

void RecordReplicator::linkConnected(ReplicationLink *link, bool weInitiated)
{
    auto &state = d->links[link];
    state.link = link;
    if (d->properties.deferExpiration && !d->everConnected)
        QTimer::singleShot(0, this, [this] { d->expiry.removeExpired(); });
    d->everConnected = true;
    if (weInitiated && !d->closed)
        d->synchronizer.start(state);
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
    if (const auto *flood = std::get_if<wire::Flood>(&message))
        d->flooder.receive(it.value(), *flood);
    else if (!std::holds_alternative<wire::Ack>(message)) // connection utility is the graph's business
        d->synchronizer.handle(it.value(), message);
}

void RecordReplicator::close()
{
    if (d->closed)
        return;
    // Withdraw this node's session records while the links are still up, so the tombstones flood.
    d->presence.setListeningAddresses({});
    d->presence.withdrawTopology();
    d->signature.withdraw();
    d->contacts.withdraw();
    d->partition.stop();
    d->flooder.flushAcks();
    d->closed = true;
    d->expiry.stop();
    if (PeerError error = d->persistMeta({ { MetaPeerTimeDelta, QString::number(d->clock.delta()) },
            { MetaLeftAt, QString::number(d->clock.now()) } }))
        qCWarning(lcRecords) << "could not persist the peer time on close:" << error.toString();
}

} // namespace peerscope
