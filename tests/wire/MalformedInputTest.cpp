// Malformed input: every case must produce a DecodeError that names the message,
// the field and the byte offset at fault, never a crash or an out-of-bounds read.

#include "WireTestSupport.h"

namespace peerscope::wire::test {
namespace {

void expectMessageRejected(const QByteArray &bytes, const QString &message, const QString &field, qsizetype offset)
{
    expectErrorAt(expectError(decode(bytes)), message, field, offset);
}

void expectRecordRejected(const QByteArray &bytes, const QString &field, qsizetype offset)
{
    expectErrorAt(expectError(decodeRecord(bytes)), QStringLiteral("PEER_RECORD"), field, offset);
}

TEST(MalformedHeader, WrongVersionUnknownTypeAndBadSizes)
{
    expectMessageRejected(withU8(golden::syncEndFinal, 4, 0x11), "PEER_MESSAGE", "Version", 4);
    expectMessageRejected(withU8(golden::syncEndFinal, 5, 0x0F), "PEER_MESSAGE", "Message Type", 5);
    expectMessageRejected(withU8(golden::syncEndFinal, 5, 0x00), "PEER_MESSAGE", "Message Type", 5);
    expectMessageRejected(withU32(golden::syncEndFinal, 0, 7), "PEER_MESSAGE", "Message Size", 0);
    expectMessageRejected(golden::syncEndFinal + '\0', "PEER_MESSAGE", "Message Size", 0);
    expectMessageRejected(hex("0000000a 10 0e 0000 0000"), "ACK", "Message Size", 0); // shorter than the fixed part
}

TEST(MalformedHeader, DeclaredSizeAboveTheLimitIsRejectedFromTheHeader)
{
    const auto error = expectError(decode(golden::syncEndFinal, DecodeLimits { 11 }));
    expectErrorAt(error, "PEER_MESSAGE", "Message Size", 0);
    EXPECT_TRUE(error.reason.contains("limit")) << error.toString().toStdString();
    expectErrorAt(expectError(decodeHeader(hex("01000001 10 0d 0000"))), "PEER_MESSAGE", "Message Size", 0);
    EXPECT_TRUE(std::holds_alternative<Header>(decodeHeader(hex("01000000 10 0d 0000"))));
}

TEST(MalformedOffsets, OutsideTheMessageOrInsideTheHeaderOrFixedPart)
{
    const auto &authInfo = golden::authInfoWithDestinationPeerId;
    const auto intoHeader = expectError(decode(withU16(authInfo, 10, 4)));
    expectErrorAt(intoHeader, "AUTH_INFO", "Graph ID Offset", 10);
    EXPECT_TRUE(intoHeader.reason.contains("header")) << intoHeader.toString().toStdString();
    expectMessageRejected(withU16(authInfo, 10, 12), "AUTH_INFO", "Graph ID Offset", 10);
    expectMessageRejected(withU16(authInfo, 14, 0x1e), "AUTH_INFO", "Destination Peer ID Offset", 14);

    const auto pastEnd = expectError(decode(withU16(golden::connectWithAddressesAndFriendlyName, 12, 0x46)));
    EXPECT_EQ(
        pastEnd.toString(), "CONNECT: Friendly Name Offset at byte 12: lies past the end of the message (70 > 69)");
    expectMessageRejected(
        withU16(golden::welcomeWithReferralAndFriendlyName, 28, 0x3a), "WELCOME", "Peer ID Offset", 28);
    expectMessageRejected(withU16(golden::refuseBusyWithReferral, 10, 0x21), "REFUSE", "Address Offset", 10);
    expectMessageRejected(withU16(golden::pt2PtPing, 8, 0x14), "PT2PT", "Data Offset", 8);
    expectMessageRejected(withU16(golden::floodCarriesFullRecord, 8, 0x7e), "FLOOD", "Record Offset", 8);
    expectMessageRejected(withU32(golden::requestWithAbstract, 12, 0x25), "REQUEST", "Record Abstracts Offset", 12);
    expectMessageRejected(withU16(golden::ackWithUsefulAndNotUseful, 10, 0x04), "ACK", "ACKs Offset", 10);
    expectMessageRejected(
        withU32(golden::advertiseWithBoundaryAndAbstracts, 20, 0xFFFFFFFF), "ADVERTISE", "Record Abstracts Offset", 20);
}

TEST(MalformedOffsets, NonMonotonicOrOverlappingFields)
{
    // Source Peer ID Offset must lie after Graph ID Offset.
    expectMessageRejected(
        withU16(golden::authInfoWithDestinationPeerId, 12, 0x10), "AUTH_INFO", "Source Peer ID Offset", 12);
    // The friendly name must not start inside the address array.
    expectMessageRejected(
        withU16(golden::connectWithAddressesAndFriendlyName, 12, 0x2c), "CONNECT", "Friendly Name Offset", 12);
    // WELCOME: Friendly Name Offset must lie after Peer ID Offset.
    expectMessageRejected(
        withU16(golden::welcomeWithReferralAndFriendlyName, 30, 0x34), "WELCOME", "Friendly Name Offset", 30);
    // ADVERTISE: the boundaries must end before the abstracts start.
    expectMessageRejected(
        withU16(golden::advertiseWithBoundaryAndAbstracts, 16, 0x50), "ADVERTISE", "Hash Entry Boundary Offset", 16);
    expectMessageRejected(
        withU16(golden::advertiseWithBoundaryAndAbstracts, 16, 0x19), "ADVERTISE", "Hash Entry Boundary Count", 8);
    // SOLICIT_HASH: the Record Types array must end at or before Hash Entry Offset.
    expectMessageRejected(withU16(golden::solicitHashWithTypeAndEntry, 16, 0x20), "SOLICIT_HASH", "Record Types", 10);
}

TEST(MalformedCounts, CountsThatDoNotFitAreRejectedBeforeAllocating)
{
    const auto huge = expectError(decode(withU32(golden::requestWithAbstract, 8, 0xFFFFFFFF)));
    expectErrorAt(huge, "REQUEST", "Record Abstract Count", 8);
    EXPECT_TRUE(huge.reason.contains("4294967295 entries")) << huge.toString().toStdString();
    expectMessageRejected(
        withU32(golden::advertiseWithBoundaryAndAbstracts, 8, 0xFFFFFFFF), "ADVERTISE", "Hash Entry Boundary Count", 8);
    expectMessageRejected(
        withU32(golden::advertiseWithBoundaryAndAbstracts, 12, 0xFFFFFFFF), "ADVERTISE", "Record Abstract Count", 12);
    expectMessageRejected(
        withU32(golden::solicitHashWithTypeAndEntry, 12, 0xFFFFFFFF), "SOLICIT_HASH", "Hash Count", 12);
    expectMessageRejected(withU16(golden::ackWithUsefulAndNotUseful, 8, 0xFFFF), "ACK", "ACKs Count", 8);
    expectMessageRejected(withU8(golden::connectWithAddressesAndFriendlyName, 9, 0xFF), "CONNECT", "Address Count", 9);
    expectMessageRejected(withU8(golden::welcomeWithReferralAndFriendlyName, 24, 3), "WELCOME", "Address Count", 24);
    expectMessageRejected(withU8(golden::solicitTimeWithExclusions, 9, 3), "SOLICIT_TIME", "Record Types", 10);

    expectErrorAt(expectError(decodeContact(withU32(golden::contactWithAddress, 16, 0xFFFFFFFF))), "CONTACT",
        "Number of Addresses", 16);
    expectErrorAt(expectError(decodePresence(withU32(golden::presenceWithAttributesAndAddresses, 16, 0x7FFFFFFF))),
        "PRESENCE", "Number of Addresses", 16);
}

TEST(MalformedCounts, RecordLengthsThatOverflowTheBuffer)
{
    const auto &record = golden::deletedRecordWithAbsentOptionalFields;
    expectRecordRejected(withU32(record, 40, 0xFFFFFFFF), "Creator ID Length", 40);
    expectRecordRejected(withU32(record, 54, 0xFFFFFFFF), "Security Data", 58);
    expectRecordRejected(withU32(record, 96, 0x80000000), "Attributes", 100);
    expectErrorAt(expectError(decodePresence(withU32(golden::presenceWithAttributesAndAddresses, 8, 0xFFFFFFFF))),
        "PRESENCE", "Attributes", 12);
}

TEST(MalformedStrings, MissingTerminatorEmptyOrInvalid)
{
    // "g1" loses its NUL: the Graph ID runs into the Source Peer ID area.
    expectMessageRejected(withU8(golden::authInfoWithDestinationPeerId, 18, 'x'), "AUTH_INFO", "Graph ID", 16);
    expectMessageRejected(withU8(golden::connectWithAddressesAndFriendlyName, 68, 'x'), "CONNECT", "Friendly Name", 64);
    expectMessageRejected(withU8(golden::welcomeWithReferralAndFriendlyName, 55, 'x'), "WELCOME", "Peer ID", 52);
    const auto invalid = expectError(decode(withU8(golden::welcomeWithReferralAndFriendlyName, 53, 0xff)));
    expectErrorAt(invalid, "WELCOME", "Peer ID", 52);
    EXPECT_TRUE(invalid.reason.contains("UTF-8")) << invalid.toString().toStdString();
    const auto emptyGraphId = hex("0000001b 10 01 0000 01 00 0010 0011 0017 00 616c69636500 626f6200");
    expectMessageRejected(emptyGraphId, "AUTH_INFO", "Graph ID", 16);
    // UTF-16: the last character of Creator ID "ab" must be the NUL.
    expectRecordRejected(withU8(golden::deletedRecordWithAbsentOptionalFields, 49, 'A'), "Creator ID", 44);
}

TEST(MalformedFields, CodesFlagsAndReservedValues)
{
    expectMessageRejected(withU8(golden::authInfoWithDestinationPeerId, 8, 3), "AUTH_INFO", "Connection Type", 8);
    expectMessageRejected(withU8(golden::refuseWithoutReferrals, 8, 5), "REFUSE", "Error Code", 8);
    expectMessageRejected(withU8(golden::disconnectWithoutReferrals, 8, 0), "DISCONNECT", "Reason", 8);
    expectMessageRejected(withU8(golden::disconnectWithoutReferrals, 8, 4), "DISCONNECT", "Reason", 8);
    expectMessageRejected(
        withU8(golden::connectWithoutAddressesOrFriendlyName, 8, Connect::FlagUpdate), "CONNECT", "Address Count", 9);
    expectMessageRejected(withU8(golden::solicitNewAllTypes, 8, 2), "SOLICIT_NEW", "Inclusion Count", 8);
    expectMessageRejected(withU8(golden::solicitNewWithInclusion, 9, 1), "SOLICIT_NEW", "Exclusion Count", 9);
    expectMessageRejected(withU16(golden::refuseBusyWithReferral, 12, 0x0002), "REFUSE", "IPv6 Address Array", 12);
    expectMessageRejected(withU16(golden::floodCarriesFullRecord, 10, 1), "FLOOD", "Reserved2", 10);
}

TEST(MalformedFields, FloodNamesTheRecordFieldAtItsMessageOffset)
{
    // Protocol Version sits at byte 96 of the record, byte 108 of the FLOOD.
    const auto error = expectError(decode(withU16(golden::floodCarriesFullRecord, 108, 0x0101)));
    expectErrorAt(error, "FLOOD", "PEER_RECORD Protocol Version", 108);
}

TEST(MalformedFields, RecordStructureRules)
{
    const auto &deleted = golden::deletedRecordWithAbsentOptionalFields;
    expectRecordRejected(withU8(deleted, 39, 0x04), "Flags", 39);
    expectRecordRejected(withU32(deleted, 40, 1), "Creator ID Length", 40);
    expectRecordRejected(withU32(deleted, 50, 1), "Last Modified By ID Length", 50);
    expectRecordRejected(withU32(deleted, 82, 257), "Graph ID Length", 82);
    expectRecordRejected(withU16(deleted, 90, 0x0001), "Protocol Version", 90);
    expectRecordRejected(deleted + '\0', "end", 100);
    // Deleted implies an empty payload.
    expectRecordRejected(
        withU8(golden::autorefreshRecordWithAttributes, 39, WireRecordFlagDeleted), "Payload Data Size", 102);
}

TEST(MalformedFields, PayloadStructureRules)
{
    const auto &graphInfo = golden::graphInfoWithAllStrings;
    expectErrorAt(expectError(decodeGraphInfo(withU32(graphInfo, 0, 0x3b))), "GRAPH_INFO", "Size", 0);
    expectErrorAt(expectError(decodeGraphInfo(withU32(graphInfo, 8, 4))), "GRAPH_INFO", "Scope", 8);
    expectErrorAt(expectError(decodeGraphInfo(withU32(graphInfo, 46, 299))), "GRAPH_INFO", "Presence Lifetime", 46);
    expectErrorAt(expectError(decodeGraphInfo(withU32(graphInfo, 54, 1023))), "GRAPH_INFO", "Max Record Size", 54);
    expectErrorAt(
        expectError(decodeContact(withU32(golden::contactWithAddress, 20, 0x21))), "CONTACT", "Addresses", 20);
    expectErrorAt(expectError(decodeContact(withU32(golden::contactWithAddress, 48, 1))), "CONTACT", "Addresses", 48);
    expectErrorAt(expectError(decodeSignature(QByteArray(golden::signature + '\0'))), "SIGNATURE", "end", 8);
}

} // namespace
} // namespace peerscope::wire::test
