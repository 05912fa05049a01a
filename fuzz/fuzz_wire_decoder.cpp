// libFuzzer target for the MS-PPGRH codec: decode() on the input as one message,
// the record and payload decoders on the input as a structure, and FrameDecoder
// on the input as a stream. Besides crashes and sanitizer reports, a decoded
// value that does not survive encode -> decode unchanged is a finding.

#include "wire/Codec.h"
#include "wire/Framing.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace peerscope::wire;

namespace {

template<typename T, typename Encode, typename Decode>
void checkRoundTrip(const Decoded<T> &decoded, Encode &&encodeFn, Decode &&decodeFn, const char *what)
{
    const auto *value = std::get_if<T>(&decoded);
    if (!value)
        return;
    const auto again = decodeFn(encodeFn(*value));
    const auto *valueAgain = std::get_if<T>(&again);
    if (!valueAgain || !(*valueAgain == *value)) {
        std::fprintf(stderr, "%s changed on encode -> decode%s%s\n", what, valueAgain ? "" : ": ",
            valueAgain ? "" : qPrintable(std::get<DecodeError>(again).toString()));
        std::abort();
    }
}

void fuzzStream(QByteArrayView bytes)
{
    // The chunking follows the input so that reassembly across feeds is exercised too.
    const qsizetype chunk = bytes.size() % 97 + 1;
    FrameDecoder decoder;
    for (qsizetype at = 0; at < bytes.size() && !decoder.hasError(); at += chunk) {
        decoder.feed(bytes.sliced(at, qMin(chunk, bytes.size() - at)));
        while (const auto message = decoder.takeMessage())
            checkRoundTrip(
                decode(*message), encode, [](const QByteArray &b) { return decode(b); }, "framed message");
    }
    if (decoder.bufferedBytes() > bytes.size())
        std::abort(); // the decoder never holds more than it was given
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkRoundTrip(
        decode(bytes), encode, [](const QByteArray &b) { return decode(b); }, "message");
    checkRoundTrip(decodeRecord(bytes), encodeRecord, decodeRecord, "PEER_RECORD");
    checkRoundTrip(decodeGraphInfo(bytes), encodeGraphInfo, decodeGraphInfo, "Graph Info payload");
    checkRoundTrip(decodeSignature(bytes), encodeSignature, decodeSignature, "Signature payload");
    checkRoundTrip(decodeContact(bytes), encodeContact, decodeContact, "Contact payload");
    checkRoundTrip(decodePresence(bytes), encodePresence, decodePresence, "Presence payload");
    fuzzStream(bytes);
    return 0;
}
