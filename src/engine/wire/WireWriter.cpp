#include "wire/WireWriter.h"

#include <QtEndian>

namespace peerscope::wire {

namespace {

template<typename T> void appendBigEndian(QByteArray &bytes, T value)
{
    char buffer[sizeof(T)];
    qToBigEndian(value, buffer);
    bytes.append(buffer, sizeof buffer);
}

template<typename T> void patchBigEndian(QByteArray &bytes, qsizetype at, qsizetype value)
{
    Q_ASSERT(value >= 0 && quint64(value) <= std::numeric_limits<T>::max());
    qToBigEndian(T(value), bytes.data() + at);
}

} // namespace

void WireWriter::u16(quint16 value)
{
    appendBigEndian(m_bytes, value);
}
void WireWriter::u32(quint32 value)
{
    appendBigEndian(m_bytes, value);
}
void WireWriter::u64(quint64 value)
{
    appendBigEndian(m_bytes, value);
}

void WireWriter::guid(const QUuid &value)
{
    // RFC 4122 byte order: the three leading fields big-endian, then the 8 bytes as they are.
    u32(value.data1);
    u16(value.data2);
    u16(value.data3);
    m_bytes.append(reinterpret_cast<const char *>(value.data4), 8);
}

qsizetype WireWriter::placeholder16()
{
    const qsizetype at = m_bytes.size();
    u16(0);
    return at;
}

qsizetype WireWriter::placeholder32()
{
    const qsizetype at = m_bytes.size();
    u32(0);
    return at;
}

void WireWriter::patch16(qsizetype at, qsizetype value)
{
    patchBigEndian<quint16>(m_bytes, at, value);
}
void WireWriter::patch32(qsizetype at, qsizetype value)
{
    patchBigEndian<quint32>(m_bytes, at, value);
}

void WireWriter::utf8z(const QString &value)
{
    m_bytes.append(value.toUtf8());
    m_bytes.append('\0');
}

void WireWriter::lengthPrefixedUtf16(const QString &value, bool optional)
{
    if (optional && value.isEmpty()) {
        u32(0);
        return;
    }
    u32(quint32(value.size() + 1));
    for (const QChar c : value)
        u16(c.unicode());
    u16(0);
}

namespace {

Q_IPV6ADDR ip6Bytes(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return address.toIPv6Address();
    Q_IPV6ADDR mapped {};
    mapped[10] = mapped[11] = 0xff;
    qToBigEndian(address.toIPv4Address(), &mapped[12]);
    return mapped;
}

} // namespace

void WireWriter::in6Address(const In6Address &value)
{
    u16(AddressFamilyInet6);
    u16(value.port);
    const Q_IPV6ADDR ip6 = ip6Bytes(value.address);
    m_bytes.append(reinterpret_cast<const char *>(ip6.c), 16);
}

void WireWriter::address(const Address &value)
{
    u32(32);
    u16(AddressFamilyInet6);
    u16(value.port);
    u32(value.flowInfo);
    const Q_IPV6ADDR ip6 = ip6Bytes(value.address);
    m_bytes.append(reinterpret_cast<const char *>(ip6.c), 16);
    u32(0);
}

} // namespace peerscope::wire
