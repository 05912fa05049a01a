#include "wire/Framing.h"

#include <QtEndian>

namespace peerscope::wire {

namespace {
constexpr int FrameSizeField = 2; // Frame Size does not count its own 2 bytes (docs/wire.md)
}

QByteArray frameMessage(QByteArrayView message, int frameSize)
{
    Q_ASSERT(frameSize >= 1 && frameSize <= MaxFrameSize);
    const qsizetype frames = (message.size() + frameSize - 1) / frameSize;
    QByteArray framed;
    framed.reserve(message.size() + frames * FrameSizeField);
    for (qsizetype at = 0; at < message.size(); at += frameSize) {
        const auto chunk = message.sliced(at, qMin<qsizetype>(frameSize, message.size() - at));
        char size[FrameSizeField];
        qToBigEndian(quint16(chunk.size()), size);
        framed.append(size, FrameSizeField);
        framed.append(chunk);
    }
    return framed;
}

FrameDecoder::FrameDecoder(const DecodeLimits &limits)
    : m_limits(limits)
{
}

void FrameDecoder::fail(const QString &field, const QString &reason)
{
    m_error = DecodeError { QStringLiteral("FRAME"), field, m_streamOffset, reason };
}

bool FrameDecoder::feed(QByteArrayView bytes)
{
    while (!m_error && !bytes.isEmpty()) {
        if (m_frameRemaining == 0) {
            // m_pending holds the first byte of a Frame Size split across feeds.
            const qsizetype needed = FrameSizeField - m_pending.size();
            m_pending.append(bytes.first(qMin(needed, bytes.size())));
            bytes = bytes.sliced(qMin(needed, bytes.size()));
            if (m_pending.size() < FrameSizeField)
                break;
            const quint16 frameSize = qFromBigEndian<quint16>(m_pending.constData());
            m_pending.clear();
            if (frameSize == 0 || frameSize > MaxFrameSize) {
                fail(QStringLiteral("Frame Size"),
                    QStringLiteral("%1 is outside 1..%2").arg(frameSize).arg(MaxFrameSize));
                break;
            }
            m_streamOffset += FrameSizeField;
            m_frameRemaining = frameSize;
        }
        takeFramePayload(bytes);
    }
    return !m_error;
}

// Moves payload bytes of the current frame into the message being reassembled,
// checking the declared Message Size as soon as the header is complete so that
// an oversized message is refused before its body is buffered.
void FrameDecoder::takeFramePayload(QByteArrayView &bytes)
{
    qsizetype take = qMin(m_frameRemaining, bytes.size());
    if (m_expected < 0)
        take = qMin(take, HeaderSize - m_message.size());
    else
        take = qMin(take, m_expected - m_message.size());
    m_message.append(bytes.first(take));
    bytes = bytes.sliced(take);
    m_frameRemaining -= take;
    m_streamOffset += take;

    if (m_expected < 0 && m_message.size() == HeaderSize) {
        auto header = decodeHeader(m_message, m_limits);
        if (auto *error = std::get_if<DecodeError>(&header)) {
            m_error = *error;
            return;
        }
        m_expected = std::get<Header>(header).messageSize;
    }
    if (m_expected >= 0 && m_message.size() == m_expected) {
        if (m_frameRemaining != 0) {
            fail(QStringLiteral("Frame Size"),
                QStringLiteral("the frame continues %1 bytes past the end of the message").arg(m_frameRemaining));
            return;
        }
        m_ready.append(std::exchange(m_message, {}));
        m_expected = -1;
    }
}

std::optional<QByteArray> FrameDecoder::takeMessage()
{
    if (m_ready.isEmpty())
        return std::nullopt;
    return m_ready.takeFirst();
}

qsizetype FrameDecoder::bufferedBytes() const
{
    return m_pending.size() + m_message.size();
}

} // namespace peerscope::wire
