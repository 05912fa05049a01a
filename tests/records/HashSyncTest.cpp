// The arithmetic of hash-based sync: ranges of 10, MD5 over RECORD_ABSTRACTs,
// and the comparison that finds the ranges that differ.
#include "records/HashSync.h"
#include "QtPrinters.h"
#include "records/RecordWireForm.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>

using namespace peerscope;

namespace {

QList<RecordKey> keys(int count, PeerTime firstTime = 1000)
{
    QList<RecordKey> result;
    for (int i = 0; i < count; ++i)
        result.append({ firstTime + PeerTime(i), QUuid::createUuid(), 1 });
    sortKeys(result);
    return result;
}

} // namespace

TEST(HashSync, RangesOfTenHashTheirAbstracts)
{
    const QList<RecordKey> sorted = keys(25);
    const auto ranges = hashRanges(sorted);
    ASSERT_EQ(ranges.size(), 3);
    QCryptographicHash md5(QCryptographicHash::Md5);
    for (int i = 0; i < 10; ++i)
        md5.addData(abstractBytes(sorted[i].id, sorted[i].version));
    EXPECT_EQ(ranges[0].hash, md5.result());
    EXPECT_EQ(ranges[0].modificationTime, sorted[9].modified);
    EXPECT_EQ(ranges[0].recordId, sorted[9].id);
    EXPECT_EQ(ranges[2].modificationTime, std::numeric_limits<PeerTime>::max()); // the last range is open
    EXPECT_EQ(hashRanges({}).size(), 1);
}

TEST(HashSync, IdenticalDatabasesAdvertiseNothing)
{
    const QList<RecordKey> sorted = keys(37);
    const wire::Advertise advertise = compareRanges(sorted, hashRanges(sorted));
    EXPECT_TRUE(advertise.boundaries.isEmpty());
    EXPECT_TRUE(advertise.abstracts.isEmpty());
}

TEST(HashSync, ADifferentVersionOrAnExtraRecordShowsOnlyItsRange)
{
    const QList<RecordKey> requester = keys(30);
    QList<RecordKey> responder = requester;
    responder[14].version = 2; // second range
    responder.append({ 5000, QUuid::createUuid(), 1 }); // above everything: the open last range
    sortKeys(responder);
    wire::Advertise advertise = compareRanges(responder, hashRanges(requester));
    ASSERT_EQ(advertise.boundaries.size(), 2);
    EXPECT_EQ(advertise.boundaries[0].count, 10u);
    EXPECT_EQ(advertise.boundaries[1].count, 11u);
    EXPECT_EQ(advertise.abstracts.size(), 21);
    EXPECT_TRUE(advertise.abstracts.contains(wire::RecordAbstract { requester[14].id, 2 }));

    sortBoundaries(advertise.boundaries);
    EXPECT_TRUE(inBoundaries(advertise.boundaries, requester[14].modified, requester[14].id));
    EXPECT_FALSE(inBoundaries(advertise.boundaries, requester[3].modified, requester[3].id));
    EXPECT_TRUE(inBoundaries(advertise.boundaries, 999'999, QUuid::createUuid()));
    EXPECT_FALSE(inBoundaries(advertise.boundaries, 1, QUuid::createUuid()));
}
