// Contacts and partition detection (§4.10): listening nodes publish Contact
// records carrying the signature they see; a contact whose signature differs
// from ours reveals a part of the graph we do not reach.
#include "QtPrinters.h"
#include "ReplicatorFixture.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace peerscope;
using namespace peerscope::testing;

namespace {

// Signatures ≥ 2^60 ask for C_min = 5 contacts: every node of these small graphs becomes one.
constexpr NodeId LowA = 0x2000'0000'0000'0001ull;
constexpr NodeId HighA = 0x6000'0000'0000'0002ull;
constexpr NodeId LowB = 0x4000'0000'0000'0003ull;
constexpr NodeId Courier = 0x9000'0000'0000'0004ull;

std::unique_ptr<RecordReplicator> makeNode(int index, NodeId nodeId, bool creates)
{
    ReplicatorContext context = contextFor(index, {}, 20.0); // signature delays and lifetimes 20 times faster
    context.nodeId = nodeId;
    context.randomTimerScale = 0.05; // contact timers of 25–450 ms, partition timers of 12–75 ms
    auto result = creates ? RecordReplicator::create(context, {}, nullptr) : RecordReplicator::open(context, nullptr);
    return result ? std::unique_ptr<RecordReplicator>(result.value()) : nullptr;
}

PeerAddress addressOf(int index)
{
    return { QHostAddress::LocalHost, quint16(4300 + index) };
}

// Every contact `node` holds carries `signature`, and there are `count` of them.
bool contactsAgree(const RecordReplicator &node, qsizetype count, quint64 signature)
{
    const QList<Record> records = node.records(RecordTypes::Contact, {});
    if (records.size() != count)
        return false;
    return std::all_of(records.begin(), records.end(), [&](const Record &r) {
        const auto decoded = wire::decodeContact(r.data);
        const auto *payload = std::get_if<wire::ContactPayload>(&decoded);
        return payload && payload->signature == signature;
    });
}

} // namespace

TEST(Contacts, ListeningNodesBecomeContactsCarryingTheSignature)
{
    std::vector<std::unique_ptr<RecordReplicator>> nodes;
    nodes.push_back(makeNode(0, HighA, true));
    nodes.push_back(makeNode(1, LowA, false));
    nodes.push_back(makeNode(2, Courier, false));
    LoopbackMesh mesh;
    for (int i = 1; i < 3; ++i) {
        QSignalSpy synced(nodes[i].get(), &RecordReplicator::synchronizationCompleted);
        mesh.connect(nodes[i].get(), i == 1 ? LowA : Courier, testPeerId(i), nodes[0].get(), HighA, testPeerId(0));
        ASSERT_TRUE(synced.wait(5000));
    }
    QSignalSpy repair(nodes[0].get(), &RecordReplicator::partitionRepairWanted);
    for (int i = 0; i < 3; ++i)
        nodes[i]->setListeningAddresses({ addressOf(i) });
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(waitUntil([&] { return contactsAgree(*nodes[i], 3, LowA); }, 5000)) << i;
    EXPECT_EQ(repair.count(), 0);

    // Closing withdraws the contact everywhere.
    nodes[2]->close();
    EXPECT_TRUE(waitUntil([&] { return contactsAgree(*nodes[0], 2, LowA); }, 5000));
}

TEST(Contacts, AContactOfAnUnreachablePartOfTheGraphTriggersRepair)
{
    // Two halves of one graph, created separately: {a0, a1} and {b0, courier}.
    auto a0 = makeNode(0, LowA, true);
    auto a1 = makeNode(1, HighA, false);
    auto b0 = makeNode(2, LowB, true);
    auto courier = makeNode(3, Courier, false);
    ASSERT_TRUE(a0 && a1 && b0 && courier);
    LoopbackMesh mesh;
    QSignalSpy a1Synced(a1.get(), &RecordReplicator::synchronizationCompleted);
    mesh.connect(a1.get(), HighA, testPeerId(1), a0.get(), LowA, testPeerId(0));
    ASSERT_TRUE(a1Synced.wait(5000));
    QSignalSpy courierSynced(courier.get(), &RecordReplicator::synchronizationCompleted);
    const auto courierLink = mesh.connect(courier.get(), Courier, testPeerId(3), b0.get(), LowB, testPeerId(2));
    ASSERT_TRUE(courierSynced.wait(5000));
    a0->setListeningAddresses({ addressOf(0) });
    a1->setListeningAddresses({ addressOf(1) });
    b0->setListeningAddresses({ addressOf(2) });
    courier->setListeningAddresses({ addressOf(3) });
    ASSERT_TRUE(waitUntil([&] { return contactsAgree(*a1, 2, LowA) && contactsAgree(*courier, 2, LowB); }, 5000));

    // The courier leaves its half and joins the other one, carrying b0's contact record along.
    QSignalSpy repair(a0.get(), &RecordReplicator::partitionRepairWanted);
    QSignalSpy required(a0.get(), &RecordReplicator::connectionRequired);
    mesh.disconnect(courierLink);
    mesh.connect(courier.get(), Courier, testPeerId(3), a0.get(), LowA, testPeerId(0));
    ASSERT_TRUE(waitUntil([&] { return !repair.isEmpty(); }, 5000));
    const auto addresses = repair.first().first().value<QList<PeerAddress>>();
    // b0 is unreachable and still signed LowB; the courier may be listed too if its updated contact
    // record has not arrived yet, but nothing of a0's own half is.
    EXPECT_TRUE(addresses.contains(addressOf(2)));
    EXPECT_FALSE(addresses.contains(addressOf(0)) || addresses.contains(addressOf(1)));
    EXPECT_TRUE(waitUntil([&] { return !required.isEmpty(); }, 5000)); // a0 is a contact: long-term repair
}
