#include "Topology.h"

#include <QtEndian>

namespace peerscope {

namespace {

constexpr quint8 FormatVersion = 1;
constexpr int MaxPeerIdChars = 256;
constexpr int MaxNeighbors = 1024;

void appendU16(QByteArray &out, quint16 v)
{
    const quint16 be = qToBigEndian(v);
    out.append(reinterpret_cast<const char *>(&be), 2);
}

void appendU64(QByteArray &out, quint64 v)
{
    const quint64 be = qToBigEndian(v);
    out.append(reinterpret_cast<const char *>(&be), 8);
}

void appendString(QByteArray &out, const QString &s)
{
    const QString clipped = s.left(MaxPeerIdChars);
    appendU16(out, quint16(clipped.size()));
    for (const QChar c : clipped)
        appendU16(out, c.unicode());
}

// Bounds-checked big-endian reading.
class Reader
{
public:
    explicit Reader(QByteArrayView bytes)
        : m_bytes(bytes)
    {
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_bytes.size(); }
    template<typename T> T read()
    {
        if (!m_ok || m_bytes.size() - m_pos < qsizetype(sizeof(T))) {
            m_ok = false;
            return 0;
        }
        const T v = qFromBigEndian<T>(m_bytes.data() + m_pos);
        m_pos += sizeof(T);
        return v;
    }
    QString readString()
    {
        const quint16 chars = read<quint16>();
        if (chars > MaxPeerIdChars || m_bytes.size() - m_pos < qsizetype(chars) * 2) {
            m_ok = false;
            return {};
        }
        QString s(chars, Qt::Uninitialized);
        for (int i = 0; i < chars; ++i)
            s[i] = QChar(read<quint16>());
        return s;
    }

private:
    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

} // namespace

QByteArray encodeTopology(const TopologyRecord &topology)
{
    QByteArray out;
    out.append(char(FormatVersion));
    appendU64(out, topology.node);
    appendString(out, topology.peerId);
    const auto neighbors = topology.neighbors.mid(0, MaxNeighbors);
    appendU16(out, quint16(neighbors.size()));
    for (const auto &[node, peerId] : neighbors) {
        appendU64(out, node);
        appendString(out, peerId);
    }
    return out;
}

std::optional<TopologyRecord> decodeTopology(QByteArrayView payload)
{
    Reader r(payload);
    if (r.read<quint8>() != FormatVersion)
        return std::nullopt;
    TopologyRecord topology;
    topology.node = r.read<quint64>();
    topology.peerId = r.readString();
    const quint16 count = r.read<quint16>();
    if (!r.ok() || count > MaxNeighbors)
        return std::nullopt;
    for (int i = 0; i < count && r.ok(); ++i) {
        const NodeId node = r.read<quint64>();
        topology.neighbors.append({ node, r.readString() });
    }
    if (!r.ok() || !r.atEnd())
        return std::nullopt;
    return topology;
}

std::optional<TopologyRecord> decodeTopology(const Record &record)
{
    if (record.type != RecordTypes::Topology || record.isDeleted())
        return std::nullopt;
    return decodeTopology(QByteArrayView(record.data));
}

} // namespace peerscope
