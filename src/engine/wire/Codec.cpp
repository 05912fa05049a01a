// Encoding and decoding of the 14 MS-PPGRH messages (§2.2.2). Offsets are
// from the first byte of the message; a variable field whose offset equals
// Message Size is absent. Every receiver validation rule of the spec is
// applied, plus: offsets never point into the fixed part, strings are
// NUL-terminated within their area, and counts are checked against the bytes
// left before anything is allocated.

#include "wire/Codec.h"
#include "wire/WireReader.h"
#include "wire/WireWriter.h"

namespace peerscope::wire {

namespace {

constexpr int In6AddressSize = 20;
constexpr int GuidSize = 16;
constexpr int RecordAbstractSize = 20;
constexpr int HashInfoEntrySize = 40;
constexpr int HashEntryBoundarySize = 52;
constexpr int AckEntrySize = 20;

// Fixed part (header included) of each message type, indexed by type code.
constexpr int FixedSize[] = { 0, 16, 24, 32, 12, 12, 12, 20, 20, 24, 16, 12, 12, 28, 12 };

struct Bound
{
    qsizetype value;
    const char *what;
};

// Checks an offset field read at `at` against the bounds the spec gives it.
qsizetype checkOffset(const WireReader &r, qsizetype at, qsizetype value, const char *field, Bound lower, Bound upper)
{
    const auto name = QString::fromLatin1(field);
    if (value < HeaderSize)
        r.fail(name, at, QStringLiteral("points into the header (%1 < %2)").arg(value).arg(HeaderSize));
    if (value < lower.value)
        r.fail(name, at,
            QStringLiteral("lies before %1 (%2 < %3)").arg(QLatin1StringView(lower.what)).arg(value).arg(lower.value));
    if (value > upper.value)
        r.fail(name, at,
            QStringLiteral("lies past %1 (%2 > %3)").arg(QLatin1StringView(upper.what)).arg(value).arg(upper.value));
    return value;
}

Bound fixedEnd(MessageType type)
{
    return { FixedSize[int(type)], "the end of the fixed part" };
}

// An address array's offset. The spec's own direct-connection answers carry
// "0 addresses, Address Offset 0" (§3.1.5.2.1), so an empty array may point nowhere;
// it is then taken to start at the end of the fixed part.
qsizetype checkAddressOffset(
    const WireReader &r, qsizetype at, qsizetype value, quint8 count, MessageType type, Bound upper)
{
    if (count == 0 && value == 0)
        return FixedSize[int(type)];
    return checkOffset(r, at, value, "Address Offset", fixedEnd(type), upper);
}
Bound messageEnd(const WireReader &r)
{
    return { r.size(), "the end of the message" };
}

QString nonEmptyUtf8z(WireReader &r, qsizetype end, const char *field)
{
    const qsizetype at = r.pos();
    QString value = r.utf8z(end, field);
    if (value.isEmpty())
        r.fail(QString::fromLatin1(field), at, QStringLiteral("is empty"));
    return value;
}

template<typename Enum> Enum checkedCode(const WireReader &r, qsizetype at, quint8 value, quint8 max, const char *field)
{
    if (value < 1 || value > max)
        r.fail(QString::fromLatin1(field), at,
            QStringLiteral("0x%1 is not in 1..%2").arg(value, 2, 16, QLatin1Char('0')).arg(max));
    return Enum(value);
}

template<typename T, typename Fn> QList<T> readArray(qsizetype count, Fn &&readOne)
{
    QList<T> values;
    values.reserve(count); // the caller checked count against the bytes left
    for (qsizetype i = 0; i < count; ++i)
        values.append(readOne());
    return values;
}

QList<In6Address> readIn6Addresses(WireReader &r, qsizetype count)
{
    return readArray<In6Address>(count, [&] { return r.in6Address("IPv6 Address Array"); });
}

quint8 count8(qsizetype count)
{
    Q_ASSERT_X(count <= 0xFF, "wire::encode", "more entries than a 1-byte count holds");
    return quint8(count);
}

// ---- structures shared by several messages

RecordAbstract readAbstract(WireReader &r)
{
    RecordAbstract abstract;
    abstract.recordId = r.guid("Record Abstract");
    abstract.version = r.u32("Record Abstract");
    return abstract;
}

void writeAbstract(WireWriter &w, const RecordAbstract &abstract)
{
    w.guid(abstract.recordId);
    w.u32(abstract.version);
}

// REFUSE and DISCONNECT: a 1-byte code, then a referral array.
template<typename Enum> void writeReferralMessage(WireWriter &w, Enum code, const QList<In6Address> &referrals)
{
    w.u8(quint8(code));
    w.u8(count8(referrals.size()));
    const qsizetype offset = w.placeholder16();
    w.patch16(offset, w.size());
    for (const auto &referral : referrals)
        w.in6Address(referral);
}

template<typename Enum>
std::pair<Enum, QList<In6Address>> readReferralMessage(
    WireReader &r, MessageType type, quint8 maxCode, const char *codeField)
{
    const auto code = checkedCode<Enum>(r, 8, r.u8(codeField), maxCode, codeField);
    const quint8 count = r.u8("Address Count");
    const qsizetype offset = checkAddressOffset(r, 10, r.u16("Address Offset"), count, type, messageEnd(r));
    r.seek(offset);
    r.requireArray(count, In6AddressSize, r.size(), "Address Count", 9);
    return { code, readIn6Addresses(r, count) };
}

// SOLICIT_*: Inclusion Count, Exclusion Count, Record Types Offset at bytes 8..11.
qsizetype writeFilterHeader(WireWriter &w, const RecordTypeFilter &filter)
{
    Q_ASSERT_X(filter.include.isEmpty() || filter.exclude.isEmpty(), "wire::encode", "both type lists are set");
    w.u8(count8(filter.include.size()));
    w.u8(count8(filter.exclude.size()));
    return w.placeholder16();
}

void writeFilterTypes(WireWriter &w, const RecordTypeFilter &filter, qsizetype offsetField)
{
    w.patch16(offsetField, w.size());
    for (const auto &type : filter.include)
        w.guid(type);
    for (const auto &type : filter.exclude)
        w.guid(type);
}

struct FilterHeader
{
    quint8 include = 0;
    quint8 exclude = 0;
    qsizetype offset = 0;
};

FilterHeader readFilterHeader(WireReader &r)
{
    FilterHeader header;
    header.include = r.u8("Inclusion Count");
    header.exclude = r.u8("Exclusion Count");
    header.offset = r.u16("Record Types Offset");
    if (header.include > 1)
        r.fail(QStringLiteral("Inclusion Count"), 8, QStringLiteral("%1 is not 0 or 1").arg(header.include));
    if (header.include != 0 && header.exclude != 0)
        r.fail(QStringLiteral("Exclusion Count"), 9, QStringLiteral("must be 0 when Inclusion Count is not"));
    return header;
}

// Reads the Record Types array, which must end at or before `end`.
RecordTypeFilter readFilterTypes(WireReader &r, const FilterHeader &header, MessageType type, Bound end)
{
    checkOffset(r, 10, header.offset, "Record Types Offset", fixedEnd(type), end);
    r.seek(header.offset);
    const int count = header.include + header.exclude;
    r.requireArray(count, GuidSize, end.value, "Record Types", 10);
    RecordTypeFilter filter;
    auto &list = header.include ? filter.include : filter.exclude;
    list = readArray<QUuid>(count, [&] { return r.guid("Record Types"); });
    return filter;
}

// ---- one encoder and one decoder per message

void writeBody(WireWriter &w, const AuthInfo &m)
{
    w.u8(quint8(m.connectionType));
    w.u8(0);
    const qsizetype graphId = w.placeholder16();
    const qsizetype source = w.placeholder16();
    const qsizetype destination = w.placeholder16();
    w.patch16(graphId, w.size());
    w.utf8z(m.graphId);
    w.patch16(source, w.size());
    w.utf8z(m.sourcePeerId);
    w.patch16(destination, w.size()); // == Message Size when absent
    if (m.destinationPeerId)
        w.utf8z(*m.destinationPeerId);
}

AuthInfo readAuthInfo(WireReader &r)
{
    AuthInfo m;
    m.connectionType = checkedCode<AuthInfo::ConnectionType>(r, 8, r.u8("Connection Type"), 2, "Connection Type");
    r.skip(1, "Reserved2");
    const qsizetype graphId = r.u16("Graph ID Offset");
    const qsizetype source = r.u16("Source Peer ID Offset");
    const qsizetype destination = r.u16("Destination Peer ID Offset");
    checkOffset(r, 10, graphId, "Graph ID Offset", fixedEnd(MessageType::AuthInfo), messageEnd(r));
    checkOffset(r, 12, source, "Source Peer ID Offset", { graphId + 1, "the Graph ID" }, messageEnd(r));
    checkOffset(r, 14, destination, "Destination Peer ID Offset", { source + 1, "the Source Peer ID" }, messageEnd(r));
    r.seek(graphId);
    m.graphId = nonEmptyUtf8z(r, source, "Graph ID");
    r.seek(source);
    m.sourcePeerId = nonEmptyUtf8z(r, destination, "Source Peer ID");
    if (destination < r.size()) {
        r.seek(destination);
        m.destinationPeerId = nonEmptyUtf8z(r, r.size(), "Destination Peer ID");
    }
    return m;
}

void writeBody(WireWriter &w, const Connect &m)
{
    w.u8(m.flags);
    w.u8(count8(m.addresses.size()));
    const qsizetype addresses = w.placeholder16();
    const qsizetype friendlyName = w.placeholder16();
    w.u16(0);
    w.u64(m.sourceNodeId);
    w.patch16(addresses, w.size());
    for (const auto &address : m.addresses)
        w.in6Address(address);
    w.patch16(friendlyName, w.size());
    if (m.friendlyName)
        w.utf8z(*m.friendlyName);
}

Connect readConnect(WireReader &r)
{
    Connect m;
    m.flags = r.u8("Flags");
    const quint8 count = r.u8("Address Count");
    const qsizetype rawAddresses = r.u16("Address Offset");
    const qsizetype friendlyName = r.u16("Friendly Name Offset");
    r.skip(2, "Reserved2");
    m.sourceNodeId = r.u64("Source Node ID");
    if ((m.flags & Connect::FlagUpdate) && count == 0)
        r.fail(QStringLiteral("Address Count"), 9, QStringLiteral("is 0 although the Update flag is set"));
    const qsizetype addresses = checkAddressOffset(r, 10, rawAddresses, count, MessageType::Connect, messageEnd(r));
    r.seek(addresses);
    r.requireArray(count, In6AddressSize, r.size(), "Address Count", 9);
    const qsizetype addressesEnd = addresses + count * In6AddressSize;
    checkOffset(
        r, 12, friendlyName, "Friendly Name Offset", { addressesEnd, "the end of the address array" }, messageEnd(r));
    m.addresses = readIn6Addresses(r, count);
    if (friendlyName < r.size()) {
        r.seek(friendlyName);
        m.friendlyName = r.utf8z(r.size(), "Friendly Name");
    }
    return m;
}

void writeBody(WireWriter &w, const Welcome &m)
{
    w.u64(m.nodeId);
    w.u64(m.peerTime);
    w.u8(count8(m.referrals.size()));
    w.u8(0);
    const qsizetype addresses = w.placeholder16();
    const qsizetype peerId = w.placeholder16();
    const qsizetype friendlyName = w.placeholder16();
    w.patch16(addresses, w.size());
    for (const auto &referral : m.referrals)
        w.in6Address(referral);
    w.patch16(peerId, w.size());
    w.utf8z(m.peerId);
    w.patch16(friendlyName, w.size());
    if (m.friendlyName)
        w.utf8z(*m.friendlyName);
}

Welcome readWelcome(WireReader &r)
{
    Welcome m;
    m.nodeId = r.u64("Node ID");
    m.peerTime = r.u64("Peer Time");
    const quint8 count = r.u8("Address Count");
    r.skip(1, "Reserved2");
    const qsizetype addresses
        = checkAddressOffset(r, 26, r.u16("Address Offset"), count, MessageType::Welcome, messageEnd(r));
    const qsizetype peerId = r.u16("Peer ID Offset");
    const qsizetype friendlyName = r.u16("Friendly Name Offset");
    r.seek(addresses);
    r.requireArray(count, In6AddressSize, r.size(), "Address Count", 24);
    const qsizetype addressesEnd = addresses + count * In6AddressSize;
    checkOffset(r, 28, peerId, "Peer ID Offset", { addressesEnd, "the end of the referral array" },
        { r.size() - 1, "the last byte of the message" });
    checkOffset(r, 30, friendlyName, "Friendly Name Offset", { peerId + 1, "the Peer ID" }, messageEnd(r));
    m.referrals = readIn6Addresses(r, count);
    r.seek(peerId);
    m.peerId = r.utf8z(friendlyName, "Peer ID");
    if (friendlyName < r.size()) {
        r.seek(friendlyName);
        m.friendlyName = r.utf8z(r.size(), "Friendly Name");
    }
    return m;
}

void writeBody(WireWriter &w, const Refuse &m)
{
    writeReferralMessage(w, m.code, m.referrals);
}

Refuse readRefuse(WireReader &r)
{
    auto [code, referrals] = readReferralMessage<Refuse::Code>(r, MessageType::Refuse, 4, "Error Code");
    return Refuse { code, std::move(referrals) };
}

void writeBody(WireWriter &w, const Disconnect &m)
{
    writeReferralMessage(w, m.reason, m.referrals);
}

Disconnect readDisconnect(WireReader &r)
{
    auto [reason, referrals] = readReferralMessage<Disconnect::Reason>(r, MessageType::Disconnect, 3, "Reason");
    return Disconnect { reason, std::move(referrals) };
}

void writeBody(WireWriter &w, const SolicitNew &m)
{
    const qsizetype types = writeFilterHeader(w, m.types);
    writeFilterTypes(w, m.types, types);
}

SolicitNew readSolicitNew(WireReader &r)
{
    const FilterHeader header = readFilterHeader(r);
    return SolicitNew { readFilterTypes(r, header, MessageType::SolicitNew, messageEnd(r)) };
}

void writeBody(WireWriter &w, const SolicitTime &m)
{
    const qsizetype types = writeFilterHeader(w, m.types);
    w.u64(m.modificationTime);
    writeFilterTypes(w, m.types, types);
}

SolicitTime readSolicitTime(WireReader &r)
{
    const FilterHeader header = readFilterHeader(r);
    SolicitTime m;
    m.modificationTime = r.u64("Modification Time");
    m.types = readFilterTypes(r, header, MessageType::SolicitTime, messageEnd(r));
    return m;
}

void writeHashInfoEntry(WireWriter &w, const HashInfoEntry &entry)
{
    Q_ASSERT_X(entry.hash.size() == 16, "wire::encode", "HASH_INFO_ENTRY hash is not 16 bytes");
    w.bytes(entry.hash.leftJustified(16, '\0', true));
    w.u64(entry.modificationTime);
    w.guid(entry.recordId);
}

void writeBody(WireWriter &w, const SolicitHash &m)
{
    const qsizetype types = writeFilterHeader(w, m.types);
    w.u32(quint32(m.hashes.size()));
    const qsizetype hashes = w.placeholder16();
    w.u16(0);
    writeFilterTypes(w, m.types, types);
    w.patch16(hashes, w.size());
    for (const auto &entry : m.hashes)
        writeHashInfoEntry(w, entry);
}

SolicitHash readSolicitHash(WireReader &r)
{
    const FilterHeader header = readFilterHeader(r);
    const quint32 count = r.u32("Hash Count");
    const qsizetype hashes = r.u16("Hash Entry Offset");
    r.skip(2, "Reserved2");
    checkOffset(r, 16, hashes, "Hash Entry Offset", fixedEnd(MessageType::SolicitHash), messageEnd(r));
    SolicitHash m;
    m.types = readFilterTypes(r, header, MessageType::SolicitHash, { hashes, "the Hash Entry Offset" });
    r.seek(hashes);
    r.requireArray(count, HashInfoEntrySize, r.size(), "Hash Count", 12);
    m.hashes = readArray<HashInfoEntry>(count, [&] {
        HashInfoEntry entry;
        entry.hash = r.bytes(16, "Hash Entry").toByteArray();
        entry.modificationTime = r.u64("Hash Entry");
        entry.recordId = r.guid("Hash Entry");
        return entry;
    });
    return m;
}

void writeBody(WireWriter &w, const Advertise &m)
{
    w.u32(quint32(m.boundaries.size()));
    w.u32(quint32(m.abstracts.size()));
    const qsizetype boundaries = w.placeholder16();
    w.u16(0);
    const qsizetype abstracts = w.placeholder32();
    w.patch16(boundaries, w.size());
    for (const auto &b : m.boundaries) {
        w.u64(b.modificationTimeLower);
        w.guid(b.recordIdLower);
        w.u64(b.modificationTimeUpper);
        w.guid(b.recordIdUpper);
        w.u32(b.count);
    }
    w.patch32(abstracts, w.size());
    for (const auto &abstract : m.abstracts)
        writeAbstract(w, abstract);
}

Advertise readAdvertise(WireReader &r)
{
    const quint32 boundaryCount = r.u32("Hash Entry Boundary Count");
    const quint32 abstractCount = r.u32("Record Abstract Count");
    const qsizetype boundaries = r.u16("Hash Entry Boundary Offset");
    r.skip(2, "Reserved2");
    const qsizetype abstracts = r.u32("Record Abstracts Offset");
    checkOffset(r, 20, abstracts, "Record Abstracts Offset", fixedEnd(MessageType::Advertise), messageEnd(r));
    checkOffset(r, 16, boundaries, "Hash Entry Boundary Offset", fixedEnd(MessageType::Advertise),
        { abstracts, "the Record Abstracts Offset" });
    r.seek(boundaries);
    r.requireArray(boundaryCount, HashEntryBoundarySize, abstracts, "Hash Entry Boundary Count", 8);
    Advertise m;
    m.boundaries = readArray<HashEntryBoundary>(boundaryCount, [&] {
        HashEntryBoundary b;
        b.modificationTimeLower = r.u64("Hash Entry Boundary");
        b.recordIdLower = r.guid("Hash Entry Boundary");
        b.modificationTimeUpper = r.u64("Hash Entry Boundary");
        b.recordIdUpper = r.guid("Hash Entry Boundary");
        b.count = r.u32("Hash Entry Boundary");
        return b;
    });
    r.seek(abstracts);
    r.requireArray(abstractCount, RecordAbstractSize, r.size(), "Record Abstract Count", 12);
    m.abstracts = readArray<RecordAbstract>(abstractCount, [&] { return readAbstract(r); });
    return m;
}

void writeBody(WireWriter &w, const Request &m)
{
    w.u32(quint32(m.abstracts.size()));
    const qsizetype abstracts = w.placeholder32();
    w.patch32(abstracts, w.size());
    for (const auto &abstract : m.abstracts)
        writeAbstract(w, abstract);
}

Request readRequest(WireReader &r)
{
    const quint32 count = r.u32("Record Abstract Count");
    const qsizetype abstracts = r.u32("Record Abstracts Offset");
    checkOffset(r, 12, abstracts, "Record Abstracts Offset", fixedEnd(MessageType::Request), messageEnd(r));
    r.seek(abstracts);
    r.requireArray(count, RecordAbstractSize, r.size(), "Record Abstract Count", 8);
    return Request { readArray<RecordAbstract>(count, [&] { return readAbstract(r); }) };
}

void writeBody(WireWriter &w, const Flood &m)
{
    const qsizetype record = w.placeholder16();
    w.u16(0);
    w.patch16(record, w.size());
    w.bytes(encodeRecord(m.record));
}

Flood readFlood(WireReader &r, QByteArrayView bytes)
{
    const qsizetype record = r.u16("Record Offset");
    if (const quint16 reserved = r.u16("Reserved2"); reserved != 0)
        r.fail(QStringLiteral("Reserved2"), 10,
            QStringLiteral("is 0x%1, must be 0").arg(reserved, 4, 16, QLatin1Char('0')));
    checkOffset(r, 8, record, "Record Offset", fixedEnd(MessageType::Flood), messageEnd(r));
    auto decoded = decodeRecord(bytes.sliced(record));
    if (auto *error = std::get_if<DecodeError>(&decoded))
        r.fail(error->message % QLatin1Char(' ') % error->field, record + error->offset, error->reason);
    return Flood { std::get<WireRecord>(std::move(decoded)) };
}

void writeBody(WireWriter &w, const SyncEnd &m)
{
    w.u8(m.final ? 0x01 : 0x00);
    w.u8(0);
    w.u16(0);
}

SyncEnd readSyncEnd(WireReader &r)
{
    // F=0 is tolerated: intermediate SYNC_ENDs of exclusion-list syncs carry it (docs/wire.md).
    return SyncEnd { (r.u8("Flags") & 0x01) != 0 };
}

void writeBody(WireWriter &w, const Pt2Pt &m)
{
    const qsizetype data = w.placeholder16();
    w.u16(0);
    w.guid(m.dataType);
    w.patch16(data, w.size());
    w.bytes(m.payload);
}

Pt2Pt readPt2Pt(WireReader &r)
{
    const qsizetype data = r.u16("Data Offset");
    r.skip(2, "Reserved2");
    Pt2Pt m;
    m.dataType = r.guid("Data Type");
    checkOffset(r, 8, data, "Data Offset", fixedEnd(MessageType::Pt2Pt), messageEnd(r));
    r.seek(data);
    m.payload = r.bytes(quint64(r.remaining()), "Payload Data").toByteArray();
    return m;
}

void writeBody(WireWriter &w, const Ack &m)
{
    Q_ASSERT_X(m.entries.size() <= 0xFFFF, "wire::encode", "more ACK entries than a 2-byte count holds");
    w.u16(quint16(m.entries.size()));
    const qsizetype entries = w.placeholder16();
    w.patch16(entries, w.size());
    for (const auto &entry : m.entries) {
        w.guid(entry.recordId);
        w.u32(entry.useful ? 0x00000001 : 0);
    }
}

Ack readAck(WireReader &r)
{
    const quint16 count = r.u16("ACKs Count");
    const qsizetype entries = r.u16("ACKs Offset");
    checkOffset(r, 10, entries, "ACKs Offset", fixedEnd(MessageType::Ack), messageEnd(r));
    r.seek(entries);
    r.requireArray(count, AckEntrySize, r.size(), "ACKs Count", 8);
    return Ack { readArray<Ack::Entry>(count, [&] {
        Ack::Entry entry;
        entry.recordId = r.guid("Record ACK");
        entry.useful = (r.u32("Record ACK") & 0x00000001) != 0; // the 31 reserved bits are ignored
        return entry;
    }) };
}

Header readHeader(WireReader &r, const DecodeLimits &limits)
{
    if (r.size() < HeaderSize)
        r.fail(QStringLiteral("Message Size"), 0,
            QStringLiteral("only %1 bytes, shorter than the %2-byte header").arg(r.size()).arg(HeaderSize));
    Header header;
    header.messageSize = r.u32("Message Size");
    header.version = r.u8("Version");
    header.type = r.u8("Message Type");
    if (header.messageSize < quint32(HeaderSize))
        r.fail(QStringLiteral("Message Size"), 0,
            QStringLiteral("%1 is smaller than the %2-byte header").arg(header.messageSize).arg(HeaderSize));
    if (header.messageSize > limits.maxMessageSize)
        r.fail(QStringLiteral("Message Size"), 0,
            QStringLiteral("%1 exceeds the limit of %2 bytes").arg(header.messageSize).arg(limits.maxMessageSize));
    if (header.version != ProtocolVersion)
        r.fail(QStringLiteral("Version"), 4,
            QStringLiteral("0x%1 is not 0x10").arg(header.version, 2, 16, QLatin1Char('0')));
    if (header.type < quint8(MessageType::AuthInfo) || header.type > quint8(MessageType::Ack))
        r.fail(QStringLiteral("Message Type"), 5,
            QStringLiteral("0x%1 is not a known message type").arg(header.type, 2, 16, QLatin1Char('0')));
    return header;
}

Message readMessage(QByteArrayView bytes, const DecodeLimits &limits)
{
    WireReader headerReader(bytes, QStringLiteral("PEER_MESSAGE"));
    const Header header = readHeader(headerReader, limits);
    if (header.messageSize != quint64(bytes.size()))
        headerReader.fail(QStringLiteral("Message Size"), 0,
            QStringLiteral("declares %1 bytes but the message has %2").arg(header.messageSize).arg(bytes.size()));
    const auto type = MessageType(header.type);
    WireReader r(bytes, messageTypeName(type));
    if (bytes.size() < FixedSize[header.type])
        r.fail(QStringLiteral("Message Size"), 0,
            QStringLiteral("%1 bytes is shorter than the %2-byte fixed part")
                .arg(bytes.size())
                .arg(FixedSize[header.type]));
    r.seek(HeaderSize);
    switch (type) {
    case MessageType::AuthInfo: return readAuthInfo(r);
    case MessageType::Connect: return readConnect(r);
    case MessageType::Welcome: return readWelcome(r);
    case MessageType::Refuse: return readRefuse(r);
    case MessageType::Disconnect: return readDisconnect(r);
    case MessageType::SolicitNew: return readSolicitNew(r);
    case MessageType::SolicitTime: return readSolicitTime(r);
    case MessageType::SolicitHash: return readSolicitHash(r);
    case MessageType::Advertise: return readAdvertise(r);
    case MessageType::Request: return readRequest(r);
    case MessageType::Flood: return readFlood(r, bytes);
    case MessageType::SyncEnd: return readSyncEnd(r);
    case MessageType::Pt2Pt: return readPt2Pt(r);
    case MessageType::Ack: return readAck(r);
    }
    Q_UNREACHABLE(); // readHeader rejected every other type
}

} // namespace

QString DecodeError::toString() const
{
    return QStringLiteral("%1: %2 at byte %3: %4").arg(message, field).arg(offset).arg(reason);
}

QByteArray encode(const Message &message)
{
    WireWriter w;
    const qsizetype size = w.placeholder32();
    w.u8(ProtocolVersion);
    w.u8(quint8(messageType(message)));
    w.u16(0);
    std::visit([&](const auto &m) { writeBody(w, m); }, message);
    w.patch32(size, w.size());
    return w.take();
}

Decoded<Message> decode(QByteArrayView bytes, const DecodeLimits &limits)
{
    return decodeOrError<Message>([&] { return readMessage(bytes, limits); });
}

Decoded<Header> decodeHeader(QByteArrayView bytes, const DecodeLimits &limits)
{
    return decodeOrError<Header>([&] {
        WireReader r(bytes, QStringLiteral("PEER_MESSAGE"));
        return readHeader(r, limits);
    });
}

} // namespace peerscope::wire
