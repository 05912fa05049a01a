#include "records/SignatureCalculator.h"
#include "records/RecordId.h"
#include "records/RecordReplicatorPrivate.h"
#include "wire/Codec.h"

#include <cmath>

namespace peerscope {

namespace {

constexpr PeerTime SignatureLifetime = 300 * Second;
constexpr PeerTime RecheckDelay = 24 * 3600 * Second;
constexpr PeerTime OvertakeDelay = Second / 10;

// 29.9·d + 0.1 s with d = 1 − e^(−N/65536). The spec takes N from "the top 8 bits" of the node id,
// but divides by 65536: with 8 bits every node would wait ≈ 0.1 s, so we take the top 16 bits, which
// spreads the delays over 0.1–19 s and lets lower ids publish first (the intent).
PeerTime absentDelay(NodeId nodeId)
{
    const double n = double(nodeId >> 48);
    const double spread = 1.0 - std::exp(-n / 65536.0);
    return PeerTime((29.9 * spread + 0.1) * double(Second));
}

} // namespace

SignatureCalculator::SignatureCalculator(RecordReplicatorPrivate &d)
    : d(d)
{
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, d.q, [this] { fire(); });
}

std::optional<quint64> SignatureCalculator::current() const
{
    const auto it = d.records.constFind(SignatureRecordId);
    if (it == d.records.constEnd() || it->isDeleted() || !d.isLive(*it, d.clock.now()))
        return std::nullopt;
    const auto decoded = wire::decodeSignature(it->data);
    if (const auto *payload = std::get_if<wire::SignaturePayload>(&decoded))
        return payload->signature;
    return std::nullopt;
}

void SignatureCalculator::recalculate()
{
    if (!d.synchronized || d.closed || !d.presence.isListening())
        return;
    const auto signature = current();
    if (signature && *signature <= d.context.nodeId)
        return;
    const PeerTime delay = signature ? OvertakeDelay : absentDelay(d.context.nodeId);
    timer.start(d.clock.timerInterval(delay));
}

void SignatureCalculator::withdraw()
{
    timer.stop();
    const auto it = d.records.constFind(SignatureRecordId);
    if (it == d.records.constEnd() || it->creatorId != d.context.peerId || current() != d.context.nodeId)
        return;
    Record r = d.nextVersion(*it);
    r.flags |= RecordFlag::Deleted;
    r.data.clear();
    if (PeerError error = d.publish(r, RecordChangeType::Deleted))
        qCWarning(lcRecords) << "could not withdraw the signature record:" << error.toString();
}

void SignatureCalculator::fire()
{
    timer.start(d.clock.timerInterval(RecheckDelay));
    if (d.closed || !d.presence.isListening())
        return;
    const auto signature = current();
    if (signature && *signature <= d.context.nodeId)
        return;
    // The record has a fixed id: the publisher takes it over (creator = us), so that its autorefresh is ours.
    const auto it = d.records.constFind(SignatureRecordId);
    Record r = it != d.records.constEnd() ? d.nextVersion(*it) : d.freshRecord(RecordTypes::Signature, 0);
    r.creatorId = d.context.peerId;
    r.flags = RecordFlag::AutoRefresh;
    r.data = wire::encodeSignature({ d.context.nodeId });
    r.attributes.clear();
    r.expirationTime = r.lastModifiedTime + SignatureLifetime;
    const RecordChangeType change = it != d.records.constEnd() ? RecordChangeType::Updated : RecordChangeType::Added;
    if (PeerError error = d.publish(r, change))
        qCWarning(lcRecords) << "could not publish the signature record:" << error.toString();
}

} // namespace peerscope
