#pragma once
// Pure functions between MS-PPGRH messages and bytes. No sockets, no event loop:
// the decoder is fuzzable and never reads outside the buffer it is given.

#include "wire/Messages.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <variant>

namespace peerscope::wire {

// Where and why decoding failed: the message, the field and the byte offset.
struct DecodeError
{
    QString message; // e.g. "CONNECT"
    QString field; // e.g. "Friendly Name Offset"
    qsizetype offset = 0; // from the first byte of the message
    QString reason; // e.g. "points past the end of the message (60 > 48)"
    QString toString() const; // "CONNECT: Friendly Name Offset at byte 12: points past ..."
};

template<typename T> using Decoded = std::variant<T, DecodeError>;

struct DecodeLimits
{
    quint32 maxMessageSize = DefaultMaxMessageSize;
};

// A whole message, header included.
QByteArray encode(const Message &message);
Decoded<Message> decode(QByteArrayView bytes, const DecodeLimits &limits = {});

// The 8-byte header alone (used by the framer to check the declared size early).
struct Header
{
    quint32 messageSize = 0;
    quint8 version = 0;
    quint8 type = 0;
};
Decoded<Header> decodeHeader(QByteArrayView bytes, const DecodeLimits &limits = {});

// PEER_RECORD and the internal payloads.
QByteArray encodeRecord(const WireRecord &record);
Decoded<WireRecord> decodeRecord(QByteArrayView bytes);
QByteArray encodeGraphInfo(const GraphInfoPayload &payload);
Decoded<GraphInfoPayload> decodeGraphInfo(QByteArrayView bytes);
QByteArray encodeSignature(const SignaturePayload &payload);
Decoded<SignaturePayload> decodeSignature(QByteArrayView bytes);
QByteArray encodeContact(const ContactPayload &payload);
Decoded<ContactPayload> decodeContact(QByteArrayView bytes);
QByteArray encodePresence(const PresencePayload &payload);
Decoded<PresencePayload> decodePresence(QByteArrayView bytes);

} // namespace peerscope::wire
