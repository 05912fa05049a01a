#include "records/RecordReplicatorPrivate.h"
#include "SecurityProvider.h"
#include "Topology.h"
#include "records/RecordAttributes.h"
#include "records/RecordId.h"
#include "records/RecordWireForm.h"
#include "wire/Codec.h"

#include <QRandomGenerator>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRecords, "peerscope.records")

namespace peerscope {

namespace {

// The reserved range of the original: {xxxxxxxx-0000-0000-0000-000000000000}.
bool isReservedType(const QUuid &type)
{
    return type.data2 == 0 && type.data3 == 0
        && std::all_of(std::begin(type.data4), std::end(type.data4), [](uchar b) { return b == 0; });
}

} // namespace

bool isInternalType(const QUuid &type)
{
    return isReservedType(type) || type == RecordTypes::Topology;
}

bool isSessionType(const QUuid &type)
{
    return type == RecordTypes::Presence || type == RecordTypes::Signature || type == RecordTypes::Contact;
}

bool notifiesApplication(const QUuid &type)
{
    return !isReservedType(type);
}

RecordReplicatorPrivate::RecordReplicatorPrivate(RecordReplicator *q, ReplicatorContext context)
    : q(q)
    , context(std::move(context))
    , clock(this->context.clockSpeed)
{
}

quint32 RecordReplicatorPrivate::maxRecordSize() const
{
    return properties.maxRecordSize == 0 ? DefaultMaxRecordSize : properties.maxRecordSize;
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
        } else if (r.type == RecordTypes::Signature) {
            const auto decoded = wire::decodeSignature(r.data);
            if (const auto *error = std::get_if<wire::DecodeError>(&decoded))
                return QStringLiteral("has a malformed Signature payload: %1").arg(error->toString());
        } else if (r.type == RecordTypes::Contact) {
            const auto decoded = wire::decodeContact(r.data);
            if (const auto *error = std::get_if<wire::DecodeError>(&decoded))
                return QStringLiteral("has a malformed Contact payload: %1").arg(error->toString());
        } else if (r.type == RecordTypes::Topology) {
            if (!decodeTopology(QByteArrayView(r.data)))
                return QStringLiteral("has a malformed Topology payload");
        }
    }
    if (context.security && context.security->validateRecord(r, change) != SecurityProvider::Verdict::Valid)
        return QStringLiteral("was not accepted by the security provider");
    return std::nullopt;
}

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
    flooder.flood(secured.value(), nullptr);
    return {};
}

PeerError RecordReplicatorPrivate::apply(const Record &record, std::optional<Record> previous)
{
    if (PeerError error = store->write({ record }))
        return error;
    records.insert(record.id, record);
    notify(record, previous, false);
    if (record.type != RecordTypes::GraphInfo)
        expiry.armFor(record.expirationTime);
    if (record.flags.testFlag(RecordFlag::AutoRefresh) && record.creatorId == context.peerId)
        expiry.armAutorefresh();
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
        presence.onPresence(record, previous, gone);
    else if (record.type == RecordTypes::Signature)
        onSignatureOrContact(true);
    else if (record.type == RecordTypes::Contact)
        onSignatureOrContact(false);
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

void RecordReplicatorPrivate::onSignatureOrContact(bool signatureChanged)
{
    if (signatureChanged)
        signature.recalculate();
    contacts.maintain();
    partition.check();
}

int RecordReplicatorPrivate::randomTimerInterval(int minSeconds, int maxSeconds) const
{
    const PeerTime delay = PeerTime(QRandomGenerator::global()->bounded(minSeconds, maxSeconds + 1)) * Second;
    return int(clock.timerInterval(delay) * context.randomTimerScale);
}

bool RecordReplicatorPrivate::isLive(const Record &record, PeerTime now) const
{
    if (record.type == RecordTypes::GraphInfo || (properties.deferExpiration && links.isEmpty()))
        return true;
    return record.expirationTime > now;
}

} // namespace peerscope
