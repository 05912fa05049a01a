#pragma once
// Message framing (§2.2.1.1): each message travels as frames of a 2-byte size
// followed by at most MaxFrameSize bytes; the receiver reassembles until it
// holds Message Size bytes. Pure code over bytes.

#include "wire/Codec.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace peerscope::wire {

// Splits one encoded message into frames of at most frameSize payload bytes.
QByteArray frameMessage(QByteArrayView message, int frameSize = DefaultFrameSize);

// Incremental reassembly of a byte stream into whole messages (still encoded).
// A frame size of 0 or above MaxFrameSize, or a declared Message Size above the
// limit or below the header size, is an error; after an error the decoder stays
// failed. The declared size is checked before anything beyond it is buffered.
class FrameDecoder
{
public:
    explicit FrameDecoder(const DecodeLimits &limits = {});

    // Appends received bytes. Returns false once the stream is invalid.
    bool feed(QByteArrayView bytes);
    // The next complete message, if one is ready.
    std::optional<QByteArray> takeMessage();
    bool hasError() const { return m_error.has_value(); }
    const std::optional<DecodeError> &error() const { return m_error; }
    // Bytes held for incomplete frames and messages.
    qsizetype bufferedBytes() const;

private:
    void fail(const QString &field, const QString &reason);
    void takeFramePayload(QByteArrayView &bytes);

    DecodeLimits m_limits;
    QByteArray m_pending; // raw bytes not yet split into frames
    QByteArray m_message; // payload of the message being reassembled
    qsizetype m_expected = -1; // declared size of that message, once known
    qsizetype m_frameRemaining = 0; // payload bytes of the current frame not yet received
    qsizetype m_streamOffset = 0; // bytes consumed so far, for error offsets
    QList<QByteArray> m_ready;
    std::optional<DecodeError> m_error;
};

} // namespace peerscope::wire
