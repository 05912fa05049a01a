#pragma once
// The arithmetic of hash-based synchronization (§3.1.7.31): sort records by
// (Last Modification Time, Record ID), cut them into ranges of 10, hash each
// range's RECORD_ABSTRACTs with MD5, and compare ranges with a neighbour.
// Pure functions, so both ends (and the tests) agree on every byte.

#include "PeerTypes.h"
#include "wire/Messages.h"

#include <QList>
#include <QUuid>

namespace peerscope {

struct RecordKey
{
    PeerTime modified = 0;
    QUuid id;
    quint32 version = 0;
};

inline constexpr int HashRangeSize = 10;

// Lexicographic (modified, id in RFC 4122 byte order).
bool keyLess(PeerTime aTime, const QUuid &aId, PeerTime bTime, const QUuid &bId);
void sortKeys(QList<RecordKey> &keys);

// Requester: one HASH_INFO_ENTRY per range of `sorted`. The last range is open
// upwards (its bound is the maximum key); an empty list gives one empty range.
QList<wire::HashInfoEntry> hashRanges(const QList<RecordKey> &sorted);

// Responder: the ranges whose local hash differs, with the local abstracts in them.
wire::Advertise compareRanges(const QList<RecordKey> &sorted, const QList<wire::HashInfoEntry> &ranges);

// True when (time, id) lies in (lower, upper].
bool inBoundary(const wire::HashEntryBoundary &boundary, PeerTime time, const QUuid &id);
// Requester: sorts a neighbour's boundaries by upper bound, for inBoundaries.
void sortBoundaries(QList<wire::HashEntryBoundary> &boundaries);
// True when (time, id) lies in one of the sorted, non-overlapping boundaries (binary search).
bool inBoundaries(const QList<wire::HashEntryBoundary> &sorted, PeerTime time, const QUuid &id);

} // namespace peerscope
