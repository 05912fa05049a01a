// Received records that break the rules of §4.7 are dropped and logged; the
// link and every other record survive. Sync messages out of state end the link.
#include "QtPrinters.h"
#include "ReplicatorFixture.h"
#include "records/RecordId.h"
#include "records/RecordWireForm.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace peerscope;
using namespace peerscope::testing;

namespace {

class Validation : public ::testing::Test
{
protected:
    void SetUp() override
    {
        GraphProperties properties;
        properties.maxRecordSize = 4096;
        a = makeReplicator(0, {}, 1.0, properties);
        b = makeReplicator(1);
        c = makeReplicator(2);
        QSignalSpy bSynced(b.get(), &RecordReplicator::synchronizationCompleted);
        QSignalSpy cSynced(c.get(), &RecordReplicator::synchronizationCompleted);
        // b sent CONNECT, so b synchronizes from a; fromA is a's end of the link.
        const auto pair = mesh.connect(b.get(), 0x1001, "peer-1", a.get(), 0x1000, "peer-0");
        fromA = pair.responder;
        toB = pair.initiator;
        ASSERT_TRUE(bSynced.wait(5000));
        mesh.connect(c.get(), 0x1002, "peer-2", b.get(), 0x1001, "peer-1");
        ASSERT_TRUE(cSynced.wait(5000));
        existing = a->addRecord(appRecord(*a, "existing")).value();
        ASSERT_TRUE(waitUntil([&] { return c->record(existing).isOk(); }, 5000));
    }

    // A well-formed record from a's peer that b should accept.
    wire::WireRecord goodRecord(const QByteArray &data)
    {
        Record r = appRecord(*a, data);
        r.id = makeRecordId(QStringLiteral("peer-0"));
        r.version = 1;
        r.creatorId = QStringLiteral("peer-0");
        r.creationTime = r.lastModifiedTime = a->peerTime();
        return toWireRecord(r, TestGraph);
    }

    LoopbackMesh mesh;
    std::unique_ptr<RecordReplicator> a, b, c;
    LoopbackLink *fromA = nullptr;
    LoopbackLink *toB = nullptr;
    QUuid existing;
};

} // namespace

TEST_F(Validation, InvalidRecordsAreDroppedAndTheLinkStays)
{
    QList<wire::WireRecord> invalid;
    wire::WireRecord r = goodRecord("bad creator hash");
    r.creatorId = QStringLiteral("someone-else");
    invalid.append(r);
    r = goodRecord("wrong graph");
    r.graphId = QStringLiteral("another-graph");
    invalid.append(r);
    r = goodRecord("expires before modification");
    r.expirationTime = r.lastModificationTime;
    invalid.append(r);
    r = goodRecord("modified before creation");
    r.lastModificationTime = r.creationTime - 1;
    invalid.append(r);
    r = goodRecord("modifier without modification");
    r.lastModifiedById = QStringLiteral("peer-0");
    invalid.append(r);
    r = goodRecord(QByteArray());
    r.flags = wire::WireRecordFlagDeleted;
    r.attributes = QStringLiteral("<attributes><attribute name=\"a\" type=\"string\">x</attribute></attributes>");
    invalid.append(r);
    r = goodRecord("bad attributes");
    r.attributes = QStringLiteral("<attributes><attribute name=\"a-b\" type=\"string\">x</attribute></attributes>");
    invalid.append(r);
    r = goodRecord(QByteArray());
    r.type = RecordTypes::GraphInfo;
    r.id = GraphInfoRecordId;
    r.version = 99;
    r.payload = "not a graph info payload";
    invalid.append(r);
    r = goodRecord("oversized");
    r.payload = QByteArray(4097, 'x');
    invalid.append(r);

    QSignalSpy changed(b.get(), &RecordReplicator::recordChanged);
    for (const wire::WireRecord &bad : invalid)
        fromA->send(wire::Flood { bad });
    const wire::WireRecord good = goodRecord("good");
    fromA->send(wire::Flood { good });
    ASSERT_TRUE(waitUntil([&] { return c->record(good.id).isOk(); }, 10000));
    for (const wire::WireRecord &bad : invalid) {
        if (bad.id == GraphInfoRecordId) {
            EXPECT_LT(b->record(bad.id)->version, 99u);
            continue;
        }
        EXPECT_EQ(b->record(bad.id).error().code(), PeerError::RecordNotFound)
            << qPrintable(QString::fromLatin1(bad.payload.left(40)));
        EXPECT_EQ(c->record(bad.id).error().code(), PeerError::RecordNotFound);
    }
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(fromA->isOpen());
    EXPECT_TRUE(toB->isOpen());
    EXPECT_EQ(b->record(existing)->data, QByteArray("existing"));
    EXPECT_EQ(b->properties().graphId, TestGraph);
}

TEST_F(Validation, OlderCopyIsAnsweredWithTheNewerOne)
{
    Record current = a->record(existing).value();
    current.data = "v2";
    ASSERT_TRUE(a->updateRecord(current).isOk());
    ASSERT_TRUE(waitUntil([&] { return c->record(existing)->version == 2; }, 5000));

    // c pretends to hold version 1 and floods it to b: b sends version 2 back.
    auto cb = mesh.connect(c.get(), 0x1002, "peer-2", b.get(), 0x1001, "peer-1");
    Record old = c->record(existing).value();
    old.version = 1;
    old.modifiedById.clear();
    old.lastModifiedTime = old.creationTime;
    old.data = "existing";
    const quint64 floods = mesh.counters().floods;
    cb.initiator->send(wire::Flood { toWireRecord(old, TestGraph) });
    ASSERT_TRUE(waitUntil([&] { return mesh.counters().floods > floods + 1; }, 5000));
    EXPECT_EQ(b->record(existing)->version, 2u);
    EXPECT_EQ(b->record(existing)->data, QByteArray("v2"));
}

TEST_F(Validation, SyncMessagesOutOfStateEndOnlyThatLink)
{
    fromA->send(wire::Request { { { existing, 1 } } });
    ASSERT_TRUE(waitUntil([&] { return !toB->isOpen(); }, 5000));
    EXPECT_TRUE(toB->terminationReason().contains(QStringLiteral("REQUEST")));

    auto ca = mesh.connect(c.get(), 0x1002, "peer-2", a.get(), 0x1000, "peer-0");
    ASSERT_TRUE(waitUntil([&] { return ca.initiator->received().contains(wire::MessageType::SyncEnd); }, 5000));
    // c's hash sync with a is over: an ADVERTISE now is out of state.
    ca.responder->send(wire::Advertise {});
    ASSERT_TRUE(waitUntil([&] { return !ca.initiator->isOpen(); }, 5000));
    EXPECT_TRUE(ca.initiator->terminationReason().contains(QStringLiteral("ADVERTISE")));

    // The other links still carry floods.
    const QUuid later = c->addRecord(appRecord(*c, "later")).value();
    ASSERT_TRUE(waitUntil([&] { return b->record(later).isOk(); }, 5000));
}
