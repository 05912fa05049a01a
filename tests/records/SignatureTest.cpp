// The graph signature (§4.10): the lowest node id of the listening nodes ends
// up in the Signature record on every node.
#include "QtPrinters.h"
#include "ReplicatorFixture.h"
#include "wire/Codec.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace peerscope;
using namespace peerscope::testing;

namespace {

// High bits set, so that the calculation delays differ (they depend on the top 16 bits).
const NodeId SignatureNodeIds[]
    = { 0x9000'0000'0000'0001ull, 0x2000'0000'0000'0002ull, 0x7000'0000'0000'0003ull, 0x5000'0000'0000'0004ull };
constexpr double FastClock = 20.0; // the 0.1–30 s delays and 300 s lifetimes pass 20 times faster

std::unique_ptr<RecordReplicator> makeSignatureNode(int index)
{
    ReplicatorContext context = contextFor(index, {}, FastClock);
    context.nodeId = SignatureNodeIds[index];
    auto result
        = index == 0 ? RecordReplicator::create(context, {}, nullptr) : RecordReplicator::open(context, nullptr);
    return result ? std::unique_ptr<RecordReplicator>(result.value()) : nullptr;
}

std::optional<quint64> signatureOf(const RecordReplicator &node)
{
    const QList<Record> records = node.records(RecordTypes::Signature, {});
    if (records.size() != 1)
        return std::nullopt;
    const auto decoded = wire::decodeSignature(records.first().data);
    if (const auto *payload = std::get_if<wire::SignaturePayload>(&decoded))
        return payload->signature;
    return std::nullopt;
}

} // namespace

TEST(Signature, LowestListeningNodeIdBecomesTheSignatureEverywhere)
{
    std::vector<std::unique_ptr<RecordReplicator>> nodes;
    for (int i = 0; i < 4; ++i) {
        nodes.push_back(makeSignatureNode(i));
        ASSERT_TRUE(nodes.back());
    }
    LoopbackMesh mesh;
    // A chain 0-1-2-3.
    for (int i = 1; i < 4; ++i) {
        QSignalSpy synced(nodes[i].get(), &RecordReplicator::synchronizationCompleted);
        mesh.connect(nodes[i].get(), SignatureNodeIds[i], testPeerId(i), nodes[i - 1].get(), SignatureNodeIds[i - 1],
            testPeerId(i - 1));
        ASSERT_TRUE(synced.wait(5000));
    }
    for (int i = 0; i < 4; ++i)
        nodes[i]->setListeningAddresses({ { QHostAddress::LocalHost, quint16(4100 + i) } });
    const auto allSee = [&](quint64 expected, int skip) {
        for (int i = 0; i < 4; ++i) {
            if (i != skip && signatureOf(*nodes[i]) != expected)
                return false;
        }
        return true;
    };
    ASSERT_TRUE(waitUntil([&] { return allSee(SignatureNodeIds[1], -1); }, 5000));
    EXPECT_EQ(nodes[0]->records(RecordTypes::Signature, {}).first().creatorId, testPeerId(1));

    // The signature node leaves: its record is withdrawn and the next lowest id takes over.
    nodes[1]->close();
    mesh.disconnectAll(nodes[1].get());
    mesh.connect(
        nodes[2].get(), SignatureNodeIds[2], testPeerId(2), nodes[0].get(), SignatureNodeIds[0], testPeerId(0));
    EXPECT_TRUE(waitUntil([&] { return allSee(SignatureNodeIds[3], 1); }, 5000));
}

TEST(Signature, ALonelyCreatorPublishesItsIdAndWithdrawsItOnClose)
{
    auto creator = makeSignatureNode(0);
    ASSERT_TRUE(creator);
    creator->setListeningAddresses({ { QHostAddress::LocalHost, 4200 } });
    ASSERT_TRUE(waitUntil([&] { return signatureOf(*creator) == SignatureNodeIds[0]; }, 5000));
    creator->close();
    EXPECT_FALSE(signatureOf(*creator));
}
