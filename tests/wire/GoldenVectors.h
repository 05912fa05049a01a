#pragma once
// Hand-written byte vectors from the MS-PPGRH layout tables (spec digest §2.3–2.8),
// shared by the golden, malformed-input and framing tests. fuzz/make_corpus.py
// turns every `inline const QByteArray` here into a seed file for the fuzzer, so
// keep one vector per declaration. Spaces in the hex are for reading only.

#include <QByteArray>

namespace peerscope::wire::golden {

inline QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

// Whole messages (header included).
inline const QByteArray authInfoWithDestinationPeerId = hex("0000001d 10 01 0000"
                                                            "01 00 0010 0013 0019"
                                                            "673100 616c69636500 626f6200");
inline const QByteArray authInfoWithoutDestinationPeerId = hex("00000019 10 01 0000"
                                                               "02 00 0010 0013 0019"
                                                               "673100 616c69636500");
inline const QByteArray connectWithAddressesAndFriendlyName
    = hex("00000045 10 02 0000"
          "09 02 0018 0040 0000 0102030405060708"
          "0017 0e03 20010db8000000000000000000000001"
          "0017 0050 00000000000000000000ffffc0000207" // IPv4 travels IPv4-mapped
          "5a6fc3ab00");
inline const QByteArray connectWithoutAddressesOrFriendlyName = hex("00000018 10 02 0000"
                                                                    "04 00 0018 0018 0000 ffffffffffffffff");
inline const QByteArray welcomeWithReferralAndFriendlyName
    = hex("0000003a 10 03 0000"
          "00000000000000ff 01d9000000000000 01 00 0020 0034 0038"
          "0017 04d2 fe800000000000000000000000000002"
          "626f6200 4200");
inline const QByteArray welcomeWithoutReferralsOrFriendlyName
    = hex("00000022 10 03 0000"
          "0000000000000001 0000000000000002 00 00 0020 0020 0022"
          "7000");
inline const QByteArray refuseBusyWithReferral = hex("00000020 10 04 0000"
                                                     "01 01 000c"
                                                     "0017 0001 00000000000000000000000000000001");
inline const QByteArray refuseWithoutReferrals = hex("0000000c 10 04 0000 04 00 000c");
inline const QByteArray disconnectWithoutReferrals = hex("0000000c 10 05 0000 02 00 000c");
inline const QByteArray disconnectWithIpv4Referral = hex("00000020 10 05 0000"
                                                         "01 01 000c"
                                                         "0017 1388 00000000000000000000ffff0a000001");
inline const QByteArray solicitNewWithInclusion = hex("0000001c 10 06 0000"
                                                      "01 00 000c"
                                                      "00112233445566778899aabbccddeeff");
inline const QByteArray solicitNewAllTypes = hex("0000000c 10 06 0000 00 00 000c");
inline const QByteArray solicitTimeWithExclusions = hex("00000034 10 07 0000"
                                                        "00 02 0014 01d9112233445566"
                                                        "00000100000000000000000000000000"
                                                        "00000400000000000000000000000000");
inline const QByteArray solicitHashWithTypeAndEntry
    = hex("0000004c 10 08 0000"
          "01 00 0014 00000001 0024 0000"
          "aabbccdd000011112222333344445555"
          "000102030405060708090a0b0c0d0e0f 01d9000000000abc a0a1a2a3b0b1c0c1d0d1e0e1e2e3e4e5");
inline const QByteArray advertiseWithBoundaryAndAbstracts
    = hex("00000074 10 09 0000"
          "00000001 00000002 0018 0000 0000004c"
          "0000000000000001 10000000000000000000000000000001"
          "0000000000000002 20000000000000000000000000000002 00000005"
          "30000000000000000000000000000003 00000001"
          "40000000000000000000000000000004 00000007");
inline const QByteArray requestWithAbstract = hex("00000024 10 0a 0000"
                                                  "00000001 00000010"
                                                  "50000000000000000000000000000005 00000003");
inline const QByteArray requestWithoutEntriesIsAccepted = hex("00000010 10 0a 0000 00000000 00000010");
inline const QByteArray floodCarriesFullRecord
    = hex("0000007d 10 0b 0000 000c 0000"
          "aabbccdd000011112222333344445555 6c796768773240 6bbc6e5e9c0d864580"
          "00000002 000000 00"
          "00000003 0061 00e9 0000" // Creator ID "aé", UTF-16BE
          "00000002 0063 0000"
          "00000002 beef"
          "0000000000000064 00000000000003e8 00000000000000c8"
          "00000002 0067 0000"
          "0100"
          "00000003 010203"
          "00000002 0078 0000");
inline const QByteArray syncEndFinal = hex("0000000c 10 0c 0000 01 00 0000");
inline const QByteArray syncEndNotFinalIsTolerated = hex("0000000c 10 0c 0000 00 00 0000");
inline const QByteArray pt2PtPing = hex("0000001c 10 0d 0000 001c 0000 0ccbb0d2be414bd6914b058ec5dcce64");
inline const QByteArray pt2PtWithPayload = hex("0000001f 10 0d 0000 001c 0000 00112233445566778899aabbccddeeff 686921");
inline const QByteArray ackWithUsefulAndNotUseful = hex("00000034 10 0e 0000"
                                                        "0002 000c"
                                                        "60000000000000000000000000000006 00000001"
                                                        "70000000000000000000000000000007 00000000");

// PEER_RECORD and internal payloads.
inline const QByteArray deletedRecordWithAbsentOptionalFields
    = hex("aabbccdd000011112222333344445555 6c796768773240 6bbc6e5e9c0d864580"
          "00000003 000000 02" // version 3, Deleted
          "00000003 0061 0062 0000" // Creator ID "ab"
          "00000000" // no Last Modified By ID
          "00000000" // no Security Data
          "0000000000000064 00000000000003e8 0000000000000064"
          "00000002 0067 0000" // Graph ID "g"
          "0100"
          "00000000" // empty payload
          "00000000");
inline const QByteArray autorefreshRecordWithAttributes
    = hex("00000400000000000000000000000000 0123456789abcdef0123456789abcdef"
          "00000001 000000 01" // Autorefresh
          "00000004 0070 0031 4e2d 0000" // "p1中"
          "00000003 0071 0032 0000" // "q2"
          "00000000"
          "0000000000000001 0000000000000003 0000000000000002"
          "00000003 0067 0032 0000" // "g2"
          "0100"
          "00000001 7f"
          "00000004 003c 0061 003e 0000");
inline const QByteArray graphInfoWithAllStrings = hex("0000003a 00000002 00000001"
                                                      "00000002 0067 0000" // Graph ID "g"
                                                      "00000003 0061 0062 0000" // Creator ID "ab"
                                                      "00000002 004e 0000" // Friendly Name "N"
                                                      "00000002 0063 0000" // Comment "c"
                                                      "0000012c ffffffff 00000400");
inline const QByteArray graphInfoWithoutFriendlyNameOrComment = hex("00000032 00000000 00000003"
                                                                    "00000002 0067 0000"
                                                                    "00000003 0061 0062 0000"
                                                                    "00000000 00000000"
                                                                    "00000000 00000000 00000000");
inline const QByteArray signature = hex("0102030405060708");
inline const QByteArray contactWithAddress
    = hex("0000000000000009 000000000000000a 00000001"
          "00000020 0017 0e03 00000005 20010db8000000000000000000000001 00000000");
inline const QByteArray presenceWithAttributesAndAddresses
    = hex("000000000000000b 00000002 0061 0000 00000002"
          "00000020 0017 0050 00000000 00000000000000000000ffffc0000207 00000000"
          "00000020 0017 0051 00000000 fe800000000000000000000000000002 00000000");
inline const QByteArray presenceWithoutAttributesOrAddresses = hex("000000000000000b 00000000 00000000");

} // namespace peerscope::wire::golden
