#pragma once
// Big-endian writing of MS-PPGRH structures (internal to peerscope_wire).

#include "wire/Messages.h"

#include <QByteArray>
#include <QString>

namespace peerscope::wire {

class WireWriter
{
public:
    explicit WireWriter(qsizetype reserve = 64) { m_bytes.reserve(reserve); }

    qsizetype size() const { return m_bytes.size(); }
    QByteArray take() { return std::move(m_bytes); }

    void u8(quint8 value) { m_bytes.append(char(value)); }
    void u16(quint16 value);
    void u32(quint32 value);
    void u64(quint64 value);
    void guid(const QUuid &value);
    void bytes(QByteArrayView value) { m_bytes.append(value); }
    void zeros(qsizetype count) { m_bytes.append(count, '\0'); }

    // Placeholders for offsets and sizes that are known only later.
    qsizetype placeholder16();
    qsizetype placeholder32();
    void patch16(qsizetype at, qsizetype value);
    void patch32(qsizetype at, qsizetype value);

    void utf8z(const QString &value);
    // Character count (with NUL) then UTF-16BE; an empty optional string is written as length 0.
    void lengthPrefixedUtf16(const QString &value, bool optional);

    void in6Address(const In6Address &value);
    void address(const Address &value);

private:
    QByteArray m_bytes;
};

} // namespace peerscope::wire
