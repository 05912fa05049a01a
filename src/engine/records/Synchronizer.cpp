#include "records/Synchronizer.h"
#include "records/RecordId.h"
#include "records/RecordReplicatorPrivate.h"

#include <QMap>
#include <QSet>
#include <QTimer>

namespace peerscope {

Synchronizer::Synchronizer(RecordReplicatorPrivate &d)
    : d(d)
{
}

void Synchronizer::handle(LinkState &state, const wire::Message &message)
{
    ReplicationLink *link = state.link;
    if (const auto *solicit = std::get_if<wire::SolicitNew>(&message)) {
        answerSolicit(state, solicit->types, std::nullopt);
    } else if (const auto *solicit = std::get_if<wire::SolicitTime>(&message)) {
        answerSolicit(state, solicit->types, solicit->modificationTime);
    } else if (const auto *solicit = std::get_if<wire::SolicitHash>(&message)) {
        if (solicit->hashes.isEmpty()) {
            link->terminate(QStringLiteral("SOLICIT_HASH without hash entries"));
            return;
        }
        answerSolicitHash(state, *solicit);
    } else if (const auto *advertise = std::get_if<wire::Advertise>(&message)) {
        if (state.sync.requesting != LinkSync::Kind::Hash) {
            link->terminate(QStringLiteral("ADVERTISE without a hash synchronization in progress"));
            return;
        }
        answerAdvertise(state, *advertise);
    } else if (const auto *request = std::get_if<wire::Request>(&message)) {
        if (!state.sync.respondingHash) {
            link->terminate(QStringLiteral("REQUEST without a preceding SOLICIT_HASH"));
            return;
        }
        answerRequest(state, *request);
    } else if (const auto *end = std::get_if<wire::SyncEnd>(&message)) {
        syncEnded(state, *end);
    } else {
        link->terminate(
            QStringLiteral("%1 is not a record message").arg(wire::messageTypeName(wire::messageType(message))));
    }
}

QList<RecordKey> Synchronizer::sortedKeys() const
{
    const PeerTime now = d.clock.now();
    QList<RecordKey> keys;
    keys.reserve(d.records.size());
    for (const Record &r : d.records) {
        if (d.isLive(r, now))
            keys.append({ r.lastModifiedTime, r.id, r.version });
    }
    sortKeys(keys);
    return keys;
}

void Synchronizer::start(LinkState &state)
{
    const bool syncAll = !d.synchronized;
    const bool timeBased = !syncAll && d.loadedFromDisk && !timeSyncDone;
    if (!syncAll && !timeBased) {
        startHashSync(state);
        return;
    }
    state.sync.requesting = syncAll ? LinkSync::Kind::New : LinkSync::Kind::Time;
    state.sync.hashAfterTime = timeBased;
    state.sync.solicitTime = timeBased ? d.store->meta(MetaLeftAt).toULongLong() : 0;
    state.sync.remainingTypes = { RecordTypes::GraphInfo, RecordTypes::Presence };
    for (const QUuid &type : d.context.syncPrecedence) {
        if (!state.sync.remainingTypes.contains(type))
            state.sync.remainingTypes.append(type);
    }
    state.sync.exclusionSent = false;
    solicitNext(state);
}

void Synchronizer::solicitNext(LinkState &state)
{
    wire::RecordTypeFilter types;
    if (!state.sync.remainingTypes.isEmpty()) {
        state.sync.solicitedType = state.sync.remainingTypes.takeFirst();
        types.include = { state.sync.solicitedType };
    } else {
        // Everything else: exclude the types solicited one by one.
        state.sync.solicitedType = QUuid();
        state.sync.exclusionSent = true;
        types.exclude = { RecordTypes::GraphInfo, RecordTypes::Presence };
        for (const QUuid &type : d.context.syncPrecedence) {
            if (!types.exclude.contains(type))
                types.exclude.append(type);
        }
    }
    if (state.sync.requesting == LinkSync::Kind::New)
        state.link->send(wire::SolicitNew { types });
    else
        state.link->send(wire::SolicitTime { types, state.sync.solicitTime });
}

void Synchronizer::startHashSync(LinkState &state)
{
    state.sync.requesting = LinkSync::Kind::Hash;
    state.sync.recordsToSend.clear();
    state.link->send(wire::SolicitHash { {}, hashRanges(sortedKeys()) });
}

void Synchronizer::answerSolicit(LinkState &state, const wire::RecordTypeFilter &types, std::optional<PeerTime> since)
{
    const PeerTime now = d.clock.now();
    // Records grouped by type, in a stable order, live ones only (§4.3).
    QMap<QUuid, QList<const Record *>> byType;
    for (const Record &r : std::as_const(d.records)) {
        if (!d.isLive(r, now) || (since && r.lastModifiedTime < *since))
            continue;
        if (!types.include.isEmpty() ? types.include.contains(r.type) : !types.exclude.contains(r.type))
            byType[r.type].append(&r);
    }
    if (!types.include.isEmpty() || types.exclude.isEmpty()) {
        for (const auto &list : std::as_const(byType)) {
            for (const Record *r : list)
                d.flooder.send(state.link, *r);
        }
        state.link->send(wire::SyncEnd { true });
        return;
    }
    // Exclusion: one phase per type, SYNC_END F=0 between them and F=1 after the last.
    for (auto it = byType.constBegin(); it != byType.constEnd(); ++it) {
        for (const Record *r : it.value())
            d.flooder.send(state.link, *r);
        if (std::next(it) != byType.constEnd())
            state.link->send(wire::SyncEnd { false });
    }
    state.link->send(wire::SyncEnd { true });
}

void Synchronizer::answerSolicitHash(LinkState &state, const wire::SolicitHash &solicit)
{
    state.sync.respondingHash = true;
    state.link->send(compareRanges(sortedKeys(), solicit.hashes));
}

void Synchronizer::answerAdvertise(LinkState &state, const wire::Advertise &advertise)
{
    const PeerTime now = d.clock.now();
    QHash<QUuid, quint32> advertised;
    wire::Request request;
    for (const wire::RecordAbstract &a : advertise.abstracts) {
        advertised.insert(a.recordId, a.version);
        const auto local = d.records.constFind(a.recordId);
        if (local == d.records.constEnd() || local->version < a.version)
            request.abstracts.append(a);
    }
    state.sync.recordsToSend.clear();
    QList<wire::HashEntryBoundary> boundaries = advertise.boundaries;
    sortBoundaries(boundaries);
    for (const Record &r : std::as_const(d.records)) {
        if (!d.isLive(r, now))
            continue;
        const auto theirs = advertised.constFind(r.id);
        if (theirs != advertised.constEnd() && *theirs >= r.version)
            continue;
        if (theirs != advertised.constEnd() || inBoundaries(boundaries, r.lastModifiedTime, r.id))
            state.sync.recordsToSend.append(r.id);
    }
    state.link->send(request);
}

void Synchronizer::answerRequest(LinkState &state, const wire::Request &request)
{
    const PeerTime now = d.clock.now();
    for (const wire::RecordAbstract &a : request.abstracts) {
        const auto local = d.records.constFind(a.recordId);
        if (local != d.records.constEnd() && d.isLive(*local, now))
            d.flooder.send(state.link, *local);
    }
    state.sync.respondingHash = false;
    state.link->send(wire::SyncEnd { true });
}

void Synchronizer::syncEnded(LinkState &state, const wire::SyncEnd &end)
{
    if (!end.final || state.sync.requesting == LinkSync::Kind::None)
        return; // §5.5: not fatal, ignored
    if (state.sync.requesting == LinkSync::Kind::Hash) {
        const PeerTime now = d.clock.now();
        for (const QUuid &id : std::as_const(state.sync.recordsToSend)) {
            const auto local = d.records.constFind(id);
            if (local != d.records.constEnd() && d.isLive(*local, now))
                d.flooder.send(state.link, *local);
        }
        state.sync.recordsToSend.clear();
        finish(state);
        return;
    }
    // Sync All / Time-based: one type done, ask for the next.
    if (!state.sync.exclusionSent) {
        if (!state.sync.solicitedType.isNull())
            Q_EMIT d.q->synchronized(state.sync.solicitedType);
        solicitNext(state);
        return;
    }
    QSet<QUuid> others;
    for (const Record &r : std::as_const(d.records)) {
        if (r.type != RecordTypes::GraphInfo && r.type != RecordTypes::Presence
            && !d.context.syncPrecedence.contains(r.type))
            others.insert(r.type);
    }
    for (const QUuid &type : std::as_const(others))
        Q_EMIT d.q->synchronized(type);
    if (state.sync.hashAfterTime) {
        timeSyncDone = true;
        state.sync.hashAfterTime = false;
        markSynchronized();
        startHashSync(state);
        return;
    }
    finish(state);
}

void Synchronizer::finish(LinkState &state)
{
    state.sync.requesting = LinkSync::Kind::None;
    if (d.properties.deferExpiration)
        QTimer::singleShot(0, d.q, [this] { d.expiry.removeExpired(); });
    markSynchronized();
}

void Synchronizer::markSynchronized()
{
    if (d.synchronized || !d.records.contains(GraphInfoRecordId))
        return;
    d.synchronized = true;
    d.createdEmpty = false;
    if (PeerError error = d.persistMeta({ { MetaSynchronized, QStringLiteral("1") } }))
        qCWarning(lcRecords) << "could not persist the synchronized state:" << error.toString();
    d.presence.maintainPresence();
    d.presence.maintainTopology();
    d.onSignatureOrContact(true);
    Q_EMIT d.q->synchronizationCompleted();
}

} // namespace peerscope
