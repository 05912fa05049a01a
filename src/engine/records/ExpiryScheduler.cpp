#include "records/ExpiryScheduler.h"
#include "records/RecordReplicatorPrivate.h"

#include <algorithm>

namespace peerscope {

namespace {

constexpr PeerTime MinExpiryDelay = 15 * Second;
constexpr PeerTime MinAutorefreshDelay = 4 * Second;
constexpr PeerTime AutorefreshLead = 20 * Second;
constexpr PeerTime DefaultRefreshLifetime = 300 * Second;
constexpr PeerTime MaxTimerDelay = 24 * 3600 * Second;

} // namespace

ExpiryScheduler::ExpiryScheduler(RecordReplicatorPrivate &d)
    : d(d)
{
    expiryTimer.setSingleShot(true);
    autorefreshTimer.setSingleShot(true);
}

void ExpiryScheduler::start()
{
    QObject::connect(&expiryTimer, &QTimer::timeout, d.q, [this] {
        removeExpired();
        arm();
    });
    QObject::connect(&autorefreshTimer, &QTimer::timeout, d.q, [this] {
        autorefreshDue = 0;
        autorefresh();
    });
    QTimer::singleShot(0, d.q, [this] {
        removeExpired();
        arm();
        armAutorefresh();
    });
}

void ExpiryScheduler::stop()
{
    expiryTimer.stop();
    autorefreshTimer.stop();
}

void ExpiryScheduler::removeExpired()
{
    const PeerTime now = d.clock.now();
    QList<Record> expired;
    for (const Record &r : std::as_const(d.records)) {
        if (!d.isLive(r, now))
            expired.append(r);
    }
    if (expired.isEmpty())
        return;
    QList<QUuid> ids;
    for (const Record &r : expired)
        ids.append(r.id);
    if (PeerError error = d.store->write({}, ids)) {
        qCWarning(lcRecords) << "could not remove expired records:" << error.toString();
        return;
    }
    for (const Record &r : expired) {
        d.records.remove(r.id);
        d.notify(r, r, true);
    }
    d.presence.maintainPresence();
}

void ExpiryScheduler::arm()
{
    PeerTime next = 0;
    for (const Record &r : std::as_const(d.records)) {
        if (r.type != RecordTypes::GraphInfo && (next == 0 || r.expirationTime < next))
            next = r.expirationTime;
    }
    if (next != 0)
        armFor(next);
}

void ExpiryScheduler::armFor(PeerTime expiration)
{
    const PeerTime now = d.clock.now();
    const PeerTime delay = std::clamp(expiration > now ? expiration - now : 0, MinExpiryDelay, MaxTimerDelay);
    const PeerTime due = now + delay;
    if (expiryTimer.isActive() && expiryDue <= due)
        return;
    expiryDue = due;
    expiryTimer.start(d.clock.timerInterval(delay));
}

void ExpiryScheduler::armAutorefresh()
{
    const PeerTime now = d.clock.now();
    PeerTime next = 0;
    for (const Record &r : std::as_const(d.records)) {
        if (r.flags.testFlag(RecordFlag::AutoRefresh) && !r.isDeleted() && r.creatorId == d.context.peerId) {
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
    autorefreshTimer.start(d.clock.timerInterval(delay));
}

void ExpiryScheduler::autorefresh()
{
    if (d.closed)
        return;
    const PeerTime now = d.clock.now();
    QList<Record> due;
    for (const Record &r : std::as_const(d.records)) {
        if (r.flags.testFlag(RecordFlag::AutoRefresh) && !r.isDeleted() && r.creatorId == d.context.peerId
            && r.expirationTime <= now + AutorefreshLead)
            due.append(r);
    }
    for (const Record &old : due) {
        Record r = d.nextVersion(old);
        const PeerTime lifetime = old.expirationTime > old.lastModifiedTime ? old.expirationTime - old.lastModifiedTime
                                                                            : DefaultRefreshLifetime;
        r.expirationTime = r.lastModifiedTime + lifetime;
        if (PeerError error = d.publish(r, RecordChangeType::Updated))
            qCWarning(lcRecords) << "could not refresh record" << old.id << ":" << error.toString();
    }
    armAutorefresh();
}

} // namespace peerscope
