#include "records/HashSync.h"
#include "records/RecordWireForm.h"

#include <QCryptographicHash>

#include <algorithm>
#include <tuple>

namespace peerscope {

namespace {

const QUuid MaxId { QStringLiteral("{ffffffff-ffff-ffff-ffff-ffffffffffff}") };
constexpr PeerTime MaxTime = std::numeric_limits<PeerTime>::max();

auto idTuple(const QUuid &id)
{
    return std::tie(id.data1, id.data2, id.data3, id.data4);
}

// The range of `sorted` in (lower, upper], as indexes [begin, end).
std::pair<qsizetype, qsizetype> span(
    const QList<RecordKey> &sorted, PeerTime lowerTime, const QUuid &lowerId, PeerTime upperTime, const QUuid &upperId)
{
    const auto begin = std::upper_bound(sorted.begin(), sorted.end(), 0,
        [&](int, const RecordKey &k) { return keyLess(lowerTime, lowerId, k.modified, k.id); });
    const auto end = std::upper_bound(
        begin, sorted.end(), 0, [&](int, const RecordKey &k) { return keyLess(upperTime, upperId, k.modified, k.id); });
    return { begin - sorted.begin(), end - sorted.begin() };
}

QByteArray hashOf(const QList<RecordKey> &sorted, qsizetype begin, qsizetype end)
{
    QCryptographicHash md5(QCryptographicHash::Md5);
    for (qsizetype i = begin; i < end; ++i)
        md5.addData(abstractBytes(sorted[i].id, sorted[i].version));
    return md5.result();
}

} // namespace

bool keyLess(PeerTime aTime, const QUuid &aId, PeerTime bTime, const QUuid &bId)
{
    if (aTime != bTime)
        return aTime < bTime;
    return idTuple(aId) < idTuple(bId);
}

void sortKeys(QList<RecordKey> &keys)
{
    std::sort(keys.begin(), keys.end(),
        [](const RecordKey &a, const RecordKey &b) { return keyLess(a.modified, a.id, b.modified, b.id); });
}

QList<wire::HashInfoEntry> hashRanges(const QList<RecordKey> &sorted)
{
    QList<wire::HashInfoEntry> ranges;
    for (qsizetype begin = 0; begin < sorted.size(); begin += HashRangeSize) {
        const qsizetype end = std::min(begin + HashRangeSize, sorted.size());
        const bool last = end == sorted.size();
        ranges.append({ hashOf(sorted, begin, end), last ? MaxTime : sorted[end - 1].modified,
            last ? MaxId : sorted[end - 1].id });
    }
    if (ranges.isEmpty())
        ranges.append({ hashOf(sorted, 0, 0), MaxTime, MaxId });
    return ranges;
}

wire::Advertise compareRanges(const QList<RecordKey> &sorted, const QList<wire::HashInfoEntry> &ranges)
{
    wire::Advertise advertise;
    PeerTime lowerTime = 0;
    QUuid lowerId;
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        const wire::HashInfoEntry &range = ranges[i];
        // The last range covers everything above the previous bound, whatever bound it names.
        const bool last = i == ranges.size() - 1;
        const PeerTime upperTime = last ? MaxTime : range.modificationTime;
        const QUuid upperId = last ? MaxId : range.recordId;
        const auto [begin, end] = span(sorted, lowerTime, lowerId, upperTime, upperId);
        if (hashOf(sorted, begin, end) != range.hash) {
            advertise.boundaries.append({ lowerTime, lowerId, upperTime, upperId, quint32(end - begin) });
            for (qsizetype k = begin; k < end; ++k)
                advertise.abstracts.append({ sorted[k].id, sorted[k].version });
        }
        lowerTime = upperTime;
        lowerId = upperId;
    }
    return advertise;
}

bool inBoundary(const wire::HashEntryBoundary &b, PeerTime time, const QUuid &id)
{
    return keyLess(b.modificationTimeLower, b.recordIdLower, time, id)
        && !keyLess(b.modificationTimeUpper, b.recordIdUpper, time, id);
}

void sortBoundaries(QList<wire::HashEntryBoundary> &boundaries)
{
    std::sort(boundaries.begin(), boundaries.end(), [](const auto &a, const auto &b) {
        return keyLess(a.modificationTimeUpper, a.recordIdUpper, b.modificationTimeUpper, b.recordIdUpper);
    });
}

bool inBoundaries(const QList<wire::HashEntryBoundary> &sorted, PeerTime time, const QUuid &id)
{
    // The first range whose upper bound is at or above the key is the only candidate.
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), 0, [&](const wire::HashEntryBoundary &b, int) {
        return keyLess(b.modificationTimeUpper, b.recordIdUpper, time, id);
    });
    return it != sorted.end() && inBoundary(*it, time, id);
}

} // namespace peerscope
