// Framing (§2.2.1.1): messages split into frames of a 2-byte Frame Size (not
// counting itself) and at most MaxFrameSize bytes, reassembled byte-exact
// whatever the chunking of the stream.

#include "WireTestSupport.h"
#include "wire/Framing.h"

#include <QRandomGenerator>

namespace peerscope::wire::test {
namespace {

QByteArray bigPt2Pt()
{
    QByteArray payload(100 * 1024, Qt::Uninitialized);
    QRandomGenerator random(42);
    for (auto &byte : payload)
        byte = char(random.bounded(256));
    return encode(Pt2Pt { guid("{00112233-4455-6677-8899-aabbccddeeff}"), payload });
}

QByteArray frameOf(const QByteArray &payload)
{
    return withU16(QByteArray(2, '\0'), 0, quint16(payload.size())) + payload;
}

QList<QByteArray> takeAll(FrameDecoder &decoder)
{
    QList<QByteArray> messages;
    while (auto message = decoder.takeMessage())
        messages.append(*message);
    return messages;
}

TEST(Framing, LargeMessageIsSplitIntoDefaultSizeFrames)
{
    const QByteArray message = bigPt2Pt();
    const QByteArray framed = frameMessage(message);
    const qsizetype frames = (message.size() + DefaultFrameSize - 1) / DefaultFrameSize;
    ASSERT_EQ(framed.size(), message.size() + 2 * frames);
    qsizetype at = 0;
    for (qsizetype i = 0; i < frames; ++i) {
        const quint16 size = qFromBigEndian<quint16>(framed.constData() + at);
        const qsizetype expected = i + 1 < frames ? DefaultFrameSize : message.size() - DefaultFrameSize * (frames - 1);
        EXPECT_EQ(size, expected) << "frame " << i;
        at += 2 + size;
    }
    EXPECT_EQ(at, framed.size());
}

TEST(Framing, ReassemblesByteExactWhenFedOneByteAtATime)
{
    const QByteArray message = bigPt2Pt();
    const QByteArray framed = frameMessage(message);
    FrameDecoder decoder;
    for (qsizetype i = 0; i < framed.size(); ++i) {
        ASSERT_TRUE(decoder.feed(framed.sliced(i, 1))) << "byte " << i;
        if (i + 1 < framed.size()) {
            ASSERT_FALSE(decoder.takeMessage()) << "message complete early at byte " << i;
        }
    }
    const auto messages = takeAll(decoder);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages[0], message);
    EXPECT_EQ(decoder.bufferedBytes(), 0);
    const auto decoded = decodeAs<Pt2Pt>(messages[0]);
    ASSERT_TRUE(decoded);
    EXPECT_EQ(decoded->payload.size(), 100 * 1024);
}

TEST(Framing, ReassemblesSeveralMessagesFedInRandomChunks)
{
    const QList<QByteArray> messages
        = { bigPt2Pt(), golden::pt2PtPing, golden::floodCarriesFullRecord, bigPt2Pt(), golden::syncEndFinal };
    QByteArray stream;
    for (const auto &message : messages)
        stream += frameMessage(message, 1000);
    QRandomGenerator random(7);
    for (int round = 0; round < 5; ++round) {
        FrameDecoder decoder;
        for (qsizetype at = 0; at < stream.size();) {
            const qsizetype chunk = qMin<qsizetype>(random.bounded(1, 5000), stream.size() - at);
            ASSERT_TRUE(decoder.feed(stream.sliced(at, chunk)));
            at += chunk;
        }
        EXPECT_EQ(takeAll(decoder), messages) << "round " << round;
        EXPECT_EQ(decoder.bufferedBytes(), 0);
    }
}

TEST(Framing, MaxFrameSizeIsAcceptedAndOneMoreIsNot)
{
    const QByteArray message = bigPt2Pt();
    FrameDecoder decoder;
    ASSERT_TRUE(decoder.feed(frameMessage(message, MaxFrameSize)));
    EXPECT_EQ(takeAll(decoder), QList<QByteArray> { message });

    FrameDecoder tooBig;
    EXPECT_FALSE(tooBig.feed(withU16(QByteArray(2, '\0'), 0, MaxFrameSize + 1)));
    ASSERT_TRUE(tooBig.error());
    expectErrorAt(*tooBig.error(), "FRAME", "Frame Size", 0);
}

TEST(Framing, ZeroFrameSizeIsAnErrorAndTheDecoderStaysFailed)
{
    FrameDecoder decoder;
    ASSERT_TRUE(decoder.feed(frameMessage(golden::syncEndFinal)));
    EXPECT_FALSE(decoder.feed(hex("0000")));
    ASSERT_TRUE(decoder.hasError());
    expectErrorAt(*decoder.error(), "FRAME", "Frame Size", 14);
    // A valid frame after the error is not accepted any more; the message before it is kept.
    EXPECT_FALSE(decoder.feed(frameMessage(golden::syncEndFinal)));
    EXPECT_EQ(takeAll(decoder), QList<QByteArray> { golden::syncEndFinal });
}

TEST(Framing, OversizedDeclaredSizeIsRejectedBeforeTheBodyIsBuffered)
{
    // A header declaring 16 MiB + 1, followed by a full frame of body bytes.
    const QByteArray header = hex("01000001 10 0d 0000");
    FrameDecoder decoder;
    EXPECT_FALSE(decoder.feed(frameOf(header + QByteArray(MaxFrameSize - HeaderSize, 'x'))));
    ASSERT_TRUE(decoder.error());
    expectErrorAt(*decoder.error(), "PEER_MESSAGE", "Message Size", 0);
    EXPECT_LE(decoder.bufferedBytes(), HeaderSize);

    FrameDecoder limited(DecodeLimits { 1000 });
    EXPECT_FALSE(limited.feed(frameOf(hex("000003e9 10 0d 0000"))));
    EXPECT_TRUE(limited.hasError());
    FrameDecoder atLimit(DecodeLimits { 1000 });
    EXPECT_TRUE(atLimit.feed(frameOf(hex("000003e8 10 0d 0000"))));
}

TEST(Framing, HeaderErrorsAreReportedFromTheFirstEightBytes)
{
    FrameDecoder tooSmall;
    EXPECT_FALSE(tooSmall.feed(frameOf(hex("00000007 10 0d 0000"))));
    expectErrorAt(*tooSmall.error(), "PEER_MESSAGE", "Message Size", 0);
    FrameDecoder wrongVersion;
    EXPECT_FALSE(wrongVersion.feed(frameOf(hex("0000000c 20 0c 0000"))));
    expectErrorAt(*wrongVersion.error(), "PEER_MESSAGE", "Version", 4);
}

TEST(Framing, FrameRunningPastTheEndOfItsMessageIsAnError)
{
    FrameDecoder decoder;
    EXPECT_FALSE(decoder.feed(frameOf(golden::syncEndFinal + golden::syncEndFinal)));
    ASSERT_TRUE(decoder.error());
    EXPECT_EQ(decoder.error()->field, "Frame Size");
    EXPECT_FALSE(decoder.takeMessage());
}

} // namespace
} // namespace peerscope::wire::test
