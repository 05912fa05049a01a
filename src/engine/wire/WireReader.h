#pragma once
// Bounds-checked reading of MS-PPGRH structures (internal to peerscope_wire).
// Every read checks the remaining bytes first; a violation throws DecodeFailure,
// which the public decode functions turn into a DecodeError.

#include "wire/Codec.h"

#include <QByteArrayView>
#include <QString>

namespace peerscope::wire {

struct DecodeFailure
{
    DecodeError error;
};

class WireReader
{
public:
    // structure names the message or structure in errors ("CONNECT", "PEER_RECORD").
    WireReader(QByteArrayView bytes, QString structure);

    qsizetype size() const { return m_bytes.size(); }
    qsizetype pos() const { return m_pos; }
    qsizetype remaining() const { return m_bytes.size() - m_pos; }
    // Moves to an offset the caller has already validated against size().
    void seek(qsizetype offset);

    quint8 u8(const char *field);
    quint16 u16(const char *field);
    quint32 u32(const char *field);
    quint64 u64(const char *field);
    QUuid guid(const char *field);
    QByteArrayView bytes(quint64 count, const char *field);
    void skip(qsizetype count, const char *field);

    // UTF-8, NUL-terminated, the NUL before `end` (connection messages).
    QString utf8z(qsizetype end, const char *field);
    // UTF-16BE of `chars` characters including the NUL; 0 = absent (records, payloads).
    QString utf16(quint32 chars, const char *field);
    // A length-prefixed UTF-16 string whose length (with NUL) must be 0 or in minChars..maxChars.
    QString lengthPrefixedUtf16(
        const char *lengthField, const char *field, quint32 minChars, quint32 maxChars, bool optional);

    In6Address in6Address(const char *field);
    Address address(const char *field);

    // Checks that count elements of elementSize bytes fit between pos() and end
    // before anything is allocated for them.
    void requireArray(quint64 count, int elementSize, qsizetype end, const char *field, qsizetype fieldOffset);
    void expectEnd();

    [[noreturn]] void fail(const QString &field, qsizetype offset, const QString &reason) const;

private:
    void require(quint64 count, const char *field);

    QByteArrayView m_bytes;
    QString m_structure;
    qsizetype m_pos = 0;
};

// Runs a decoding function, turning a DecodeFailure into the error alternative.
template<typename T, typename Fn> Decoded<T> decodeOrError(Fn &&fn)
{
    try {
        return Decoded<T> { fn() };
    } catch (const DecodeFailure &failure) {
        return Decoded<T> { failure.error };
    }
}

} // namespace peerscope::wire
