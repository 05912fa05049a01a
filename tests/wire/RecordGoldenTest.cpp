// Hand-written PEER_RECORD (§2.2.1.9) and internal payload (§2.2.3) vectors:
// UTF-16BE strings with character counts including the NUL, RFC 4122 GUIDs,
// PEER_ADDRESS with IPv4 carried IPv4-mapped.

#include "WireTestSupport.h"

namespace peerscope::wire::test {
namespace {

template<typename T, typename DecodeFn, typename EncodeFn>
std::optional<T> checkGolden(const QByteArray &bytes, DecodeFn &&decodeFn, EncodeFn &&encodeFn)
{
    const auto value = decodedValue(decodeFn(bytes));
    if (!value)
        return value;
    EXPECT_EQ(encodeFn(*value), bytes);
    expectEveryTruncationRejected(bytes, decodeFn);
    return value;
}

std::optional<WireRecord> checkRecord(const QByteArray &bytes)
{
    return checkGolden<WireRecord>(bytes, decodeRecord, encodeRecord);
}

TEST(RecordGolden, DeletedRecordWithAbsentOptionalFields)
{
    const auto bytes = golden::deletedRecordWithAbsentOptionalFields; // no attributes
    ASSERT_EQ(bytes.size(), 100);
    const auto r = checkRecord(bytes);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->type, guid("{aabbccdd-0000-1111-2222-333344445555}"));
    EXPECT_EQ(r->id, guid("{6c796768-7732-406b-bc6e-5e9c0d864580}"));
    EXPECT_EQ(r->version, 3u);
    EXPECT_EQ(r->flags, WireRecordFlagDeleted);
    EXPECT_EQ(r->creatorId, "ab");
    EXPECT_TRUE(r->lastModifiedById.isEmpty());
    EXPECT_TRUE(r->securityData.isEmpty());
    EXPECT_EQ(r->creationTime, 100u);
    EXPECT_EQ(r->expirationTime, 1000u);
    EXPECT_EQ(r->lastModificationTime, 100u);
    EXPECT_EQ(r->graphId, "g");
    EXPECT_TRUE(r->payload.isEmpty());
    EXPECT_TRUE(r->attributes.isEmpty());
}

TEST(RecordGolden, AutorefreshRecordWithAttributes)
{
    const auto bytes = golden::autorefreshRecordWithAttributes; // "<a>"
    const auto r = checkRecord(bytes);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->type, guid("{00000400-0000-0000-0000-000000000000}"));
    EXPECT_EQ(r->flags, WireRecordFlagAutoRefresh);
    EXPECT_EQ(r->creatorId, QString::fromUtf8("p1\xe4\xb8\xad"));
    EXPECT_EQ(r->lastModifiedById, "q2");
    EXPECT_EQ(r->graphId, "g2");
    EXPECT_EQ(r->payload, hex("7f"));
    EXPECT_EQ(r->attributes, "<a>");
}

TEST(PayloadGolden, GraphInfoWithAllStrings)
{
    const auto bytes = golden::graphInfoWithAllStrings;
    const auto p = checkGolden<GraphInfoPayload>(bytes, decodeGraphInfo, encodeGraphInfo);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->flags, GraphInfoPayload::FlagDeferExpiration);
    EXPECT_EQ(p->scope, 1u);
    EXPECT_EQ(p->graphId, "g");
    EXPECT_EQ(p->creatorId, "ab");
    EXPECT_EQ(p->friendlyName, "N");
    EXPECT_EQ(p->comment, "c");
    EXPECT_EQ(p->presenceLifetime, 300u);
    EXPECT_EQ(p->maxPresenceRecords, 0xFFFFFFFFu);
    EXPECT_EQ(p->maxRecordSize, 1024u);
}

TEST(PayloadGolden, GraphInfoWithoutFriendlyNameOrComment)
{
    const auto bytes = golden::graphInfoWithoutFriendlyNameOrComment;
    const auto p = checkGolden<GraphInfoPayload>(bytes, decodeGraphInfo, encodeGraphInfo);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->scope, 3u);
    EXPECT_TRUE(p->friendlyName.isEmpty());
    EXPECT_TRUE(p->comment.isEmpty());
    EXPECT_EQ(p->presenceLifetime, 0u);
    EXPECT_EQ(p->maxPresenceRecords, 0u);
    EXPECT_EQ(p->maxRecordSize, 0u);
}

TEST(PayloadGolden, Signature)
{
    const auto p = checkGolden<SignaturePayload>(golden::signature, decodeSignature, encodeSignature);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->signature, 0x0102030405060708u);
}

TEST(PayloadGolden, ContactWithAddress)
{
    const auto bytes = golden::contactWithAddress;
    const auto p = checkGolden<ContactPayload>(bytes, decodeContact, encodeContact);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->signature, 9u);
    EXPECT_EQ(p->nodeId, 10u);
    ASSERT_EQ(p->addresses.size(), 1);
    EXPECT_EQ(p->addresses[0].address, QHostAddress(QStringLiteral("2001:db8::1")));
    EXPECT_EQ(p->addresses[0].port, 3587);
    EXPECT_EQ(p->addresses[0].flowInfo, 5u);
}

TEST(PayloadGolden, PresenceWithAttributesAndAddresses)
{
    const auto bytes = golden::presenceWithAttributesAndAddresses;
    const auto p = checkGolden<PresencePayload>(bytes, decodePresence, encodePresence);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->nodeId, 11u);
    EXPECT_EQ(p->attributes, "a");
    ASSERT_EQ(p->addresses.size(), 2);
    EXPECT_EQ(p->addresses[0].address, QHostAddress(QStringLiteral("192.0.2.7")));
    EXPECT_EQ(p->addresses[0].address.protocol(), QAbstractSocket::IPv4Protocol);
    EXPECT_EQ(p->addresses[0].port, 80);
    EXPECT_EQ(p->addresses[1].address, QHostAddress(QStringLiteral("fe80::2")));
    EXPECT_EQ(p->addresses[1].port, 81);
}

TEST(PayloadGolden, PresenceWithoutAttributesOrAddresses)
{
    const auto p
        = checkGolden<PresencePayload>(golden::presenceWithoutAttributesOrAddresses, decodePresence, encodePresence);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->nodeId, 11u);
    EXPECT_TRUE(p->attributes.isEmpty());
    EXPECT_TRUE(p->addresses.isEmpty());
}

} // namespace
} // namespace peerscope::wire::test
