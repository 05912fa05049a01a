#include "records/ContactMaintainer.h"
#include "records/RecordReplicatorPrivate.h"
#include "records/RecordWireForm.h"
#include "wire/Codec.h"

#include <bit>

namespace peerscope {

namespace {

constexpr PeerTime ContactLifetime = 900 * Second;

std::optional<wire::ContactPayload> contactOf(const Record &r)
{
    const auto decoded = wire::decodeContact(r.data);
    if (const auto *p = std::get_if<wire::ContactPayload>(&decoded))
        return *p;
    return std::nullopt;
}

// The spec prints "5 if S ≥ 2^60, else 60 − log2 S", which is discontinuous just below 2^60; the
// floor of 5 is what keeps it continuous. log2 S ≈ 64 − log2 N for N random node ids, so this asks
// for about log2 N − 4 contacts.
int minContacts(quint64 signature)
{
    const int log2 = signature == 0 ? 0 : std::bit_width(signature) - 1;
    return std::max(5, 60 - log2);
}

constexpr int ExtraContacts = 5; // C_max − C_min

} // namespace

ContactMaintainer::ContactMaintainer(RecordReplicatorPrivate &d)
    : d(d)
{
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, d.q, [this] { fire(); });
}

QList<ContactMaintainer::Contact> ContactMaintainer::contacts() const
{
    const PeerTime now = d.clock.now();
    QList<Contact> result;
    for (const Record &r : std::as_const(d.records)) {
        if (r.type != RecordTypes::Contact || r.isDeleted() || !d.isLive(r, now))
            continue;
        if (const auto p = contactOf(r))
            result.append({ r.creatorId, p->nodeId, p->signature, fromWireAddresses(p->addresses) });
    }
    return result;
}

std::optional<Record> ContactMaintainer::ownRecord() const
{
    const PeerTime now = d.clock.now();
    for (const Record &r : std::as_const(d.records)) {
        if (r.type != RecordTypes::Contact || r.isDeleted() || r.creatorId != d.context.peerId || !d.isLive(r, now))
            continue;
        if (const auto p = contactOf(r); p && p->nodeId == d.context.nodeId)
            return r;
    }
    return std::nullopt;
}

bool ContactMaintainer::isContact() const
{
    return ownRecord().has_value();
}

void ContactMaintainer::maintain()
{
    if (!d.synchronized || d.closed || !d.presence.isListening())
        return;
    const auto signature = d.signature.current();
    if (!signature)
        return;
    const auto own = ownRecord();
    // Our record follows the signature and our addresses, else it would report a partition that is not there.
    if (own
        && own->data != wire::encodeContact({ *signature, d.context.nodeId, toWireAddresses(d.presence.listening()) }))
        publish(*signature, own);
    const qsizetype count = contacts().size();
    const int cMin = minContacts(*signature);
    if (((!own && count < cMin) || (own && count > cMin + ExtraContacts)) && !timer.isActive())
        timer.start(d.randomTimerInterval(10, 180));
}

void ContactMaintainer::fire()
{
    if (!d.synchronized || d.closed || !d.presence.isListening())
        return;
    const auto signature = d.signature.current();
    if (!signature)
        return;
    const auto own = ownRecord();
    const qsizetype count = contacts().size();
    const int cMin = minContacts(*signature);
    if (own && count > cMin + ExtraContacts)
        withdraw();
    else if (!own && count < cMin)
        publish(*signature, std::nullopt);
}

void ContactMaintainer::publish(quint64 signature, const std::optional<Record> &own)
{
    Record r = own ? d.nextVersion(*own) : d.freshRecord(RecordTypes::Contact, ContactLifetime);
    r.flags |= RecordFlag::AutoRefresh;
    r.data = wire::encodeContact({ signature, d.context.nodeId, toWireAddresses(d.presence.listening()) });
    r.expirationTime = std::max(r.lastModifiedTime + ContactLifetime, r.expirationTime);
    if (PeerError error = d.publish(r, own ? RecordChangeType::Updated : RecordChangeType::Added))
        qCWarning(lcRecords) << "could not publish the contact record:" << error.toString();
}

void ContactMaintainer::withdraw()
{
    timer.stop();
    const auto own = ownRecord();
    if (!own)
        return;
    Record r = d.nextVersion(*own);
    r.flags |= RecordFlag::Deleted;
    r.data.clear();
    if (PeerError error = d.publish(r, RecordChangeType::Deleted))
        qCWarning(lcRecords) << "could not withdraw the contact record:" << error.toString();
}

} // namespace peerscope
