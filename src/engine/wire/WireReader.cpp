#include "wire/WireReader.h"

#include <QStringDecoder>
#include <QtEndian>

#include <cstring>

namespace peerscope::wire {

namespace {

template<typename T> T readBigEndian(const char *data)
{
    T value;
    std::memcpy(&value, data, sizeof value);
    return qFromBigEndian(value);
}

// IPv4 travels IPv4-mapped (::ffff:a.b.c.d) and comes back as a plain IPv4 address.
QHostAddress hostAddress(QByteArrayView ip6)
{
    static constexpr char mappedPrefix[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, char(0xff), char(0xff) };
    if (std::memcmp(ip6.data(), mappedPrefix, sizeof mappedPrefix) == 0)
        return QHostAddress(readBigEndian<quint32>(ip6.data() + 12));
    return QHostAddress(reinterpret_cast<const quint8 *>(ip6.data()));
}

} // namespace

WireReader::WireReader(QByteArrayView bytes, QString structure)
    : m_bytes(bytes)
    , m_structure(std::move(structure))
{
}

void WireReader::seek(qsizetype offset)
{
    Q_ASSERT(offset >= 0 && offset <= m_bytes.size());
    m_pos = offset;
}

void WireReader::fail(const QString &field, qsizetype offset, const QString &reason) const
{
    throw DecodeFailure { DecodeError { m_structure, field, offset, reason } };
}

void WireReader::require(quint64 count, const char *field)
{
    if (count > quint64(remaining()))
        fail(QString::fromLatin1(field), m_pos,
            QStringLiteral("needs %1 bytes but only %2 remain").arg(count).arg(remaining()));
}

quint8 WireReader::u8(const char *field)
{
    require(1, field);
    return quint8(m_bytes[m_pos++]);
}

quint16 WireReader::u16(const char *field)
{
    require(2, field);
    const auto value = readBigEndian<quint16>(m_bytes.data() + m_pos);
    m_pos += 2;
    return value;
}

quint32 WireReader::u32(const char *field)
{
    require(4, field);
    const auto value = readBigEndian<quint32>(m_bytes.data() + m_pos);
    m_pos += 4;
    return value;
}

quint64 WireReader::u64(const char *field)
{
    require(8, field);
    const auto value = readBigEndian<quint64>(m_bytes.data() + m_pos);
    m_pos += 8;
    return value;
}

QUuid WireReader::guid(const char *field)
{
    return QUuid::fromRfc4122(bytes(16, field));
}

QByteArrayView WireReader::bytes(quint64 count, const char *field)
{
    require(count, field);
    const auto view = m_bytes.sliced(m_pos, qsizetype(count));
    m_pos += qsizetype(count);
    return view;
}

void WireReader::skip(qsizetype count, const char *field)
{
    bytes(quint64(count), field);
}

QString WireReader::utf8z(qsizetype end, const char *field)
{
    Q_ASSERT(end <= m_bytes.size());
    const auto area = m_bytes.sliced(m_pos, end - m_pos);
    const void *nul = std::memchr(area.data(), 0, size_t(area.size()));
    if (!nul)
        fail(QString::fromLatin1(field), m_pos,
            QStringLiteral("is not NUL-terminated within its %1 bytes").arg(area.size()));
    const auto text = area.first(static_cast<const char *>(nul) - area.data());
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString value = decoder(text);
    if (decoder.hasError())
        fail(QString::fromLatin1(field), m_pos, QStringLiteral("is not valid UTF-8"));
    m_pos += text.size() + 1;
    return value;
}

QString WireReader::utf16(quint32 chars, const char *field)
{
    if (chars == 0)
        return {};
    const qsizetype at = m_pos;
    const auto data = bytes(quint64(chars) * 2, field);
    if (readBigEndian<quint16>(data.data() + data.size() - 2) != 0)
        fail(QString::fromLatin1(field), at, QStringLiteral("is not NUL-terminated"));
    QString value(qsizetype(chars) - 1, Qt::Uninitialized);
    for (qsizetype i = 0; i < value.size(); ++i)
        value[i] = QChar(readBigEndian<quint16>(data.data() + 2 * i));
    return value;
}

QString WireReader::lengthPrefixedUtf16(
    const char *lengthField, const char *field, quint32 minChars, quint32 maxChars, bool optional)
{
    const qsizetype at = m_pos;
    const quint32 chars = u32(lengthField);
    if (!(optional && chars == 0) && (chars < minChars || chars > maxChars))
        fail(QString::fromLatin1(lengthField), at,
            QStringLiteral("%1 characters is outside %2%3..%4")
                .arg(chars)
                .arg(optional ? "0 or " : "")
                .arg(minChars)
                .arg(maxChars));
    return utf16(chars, field);
}

In6Address WireReader::in6Address(const char *field)
{
    const qsizetype at = m_pos;
    require(20, field);
    const quint16 family = u16(field);
    if (family != AddressFamilyInet6)
        fail(QString::fromLatin1(field), at,
            QStringLiteral("Protocol Family is 0x%1, not 0x0017").arg(family, 4, 16, QLatin1Char('0')));
    In6Address value;
    value.port = u16(field);
    value.address = hostAddress(bytes(16, field));
    return value;
}

Address WireReader::address(const char *field)
{
    const qsizetype at = m_pos;
    require(32, field);
    if (const quint32 size = u32(field); size != 32)
        fail(QString::fromLatin1(field), at, QStringLiteral("Size is %1, not 32").arg(size));
    if (const quint16 family = u16(field); family != AddressFamilyInet6)
        fail(QString::fromLatin1(field), at + 4,
            QStringLiteral("Protocol Family is 0x%1, not 0x0017").arg(family, 4, 16, QLatin1Char('0')));
    Address value;
    value.port = u16(field);
    value.flowInfo = u32(field);
    value.address = hostAddress(bytes(16, field));
    if (u32(field) != 0)
        fail(QString::fromLatin1(field), at + 28, QStringLiteral("Zero field is not 0"));
    return value;
}

void WireReader::requireArray(quint64 count, int elementSize, qsizetype end, const char *field, qsizetype fieldOffset)
{
    const quint64 needed = count * quint64(elementSize); // count < 2^32, so this cannot overflow
    const qsizetype available = end - m_pos;
    if (needed > quint64(available))
        fail(QString::fromLatin1(field), fieldOffset,
            QStringLiteral("%1 entries of %2 bytes need %3 bytes but only %4 are available")
                .arg(count)
                .arg(elementSize)
                .arg(needed)
                .arg(available));
}

void WireReader::expectEnd()
{
    if (remaining() != 0)
        fail(QStringLiteral("end"), m_pos, QStringLiteral("%1 unexpected trailing bytes").arg(remaining()));
}

} // namespace peerscope::wire
