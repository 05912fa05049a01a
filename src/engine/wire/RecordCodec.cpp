// PEER_RECORD (§2.2.1.9). Only structure and size rules are checked here
// (lengths, Protocol Version, flag bits, Deleted => empty payload); the
// meaning of a record (creator-ID hash, times) is the records layer's job.

#include "wire/Codec.h"
#include "wire/WireReader.h"
#include "wire/WireWriter.h"

namespace peerscope::wire {

namespace {

constexpr quint32 MinPeerIdChars = 2;
constexpr quint32 MaxPeerIdChars = 256;
constexpr quint8 KnownRecordFlags = WireRecordFlagAutoRefresh | WireRecordFlagDeleted;

WireRecord readRecord(WireReader &r)
{
    WireRecord record;
    record.type = r.guid("Record Type");
    record.id = r.guid("Record ID");
    record.version = r.u32("Record Version");
    r.skip(3, "Reserved"); // send 0, ignore on receipt (§2.2.1.9)
    const qsizetype flagsAt = r.pos();
    record.flags = r.u8("Flags");
    if (record.flags & ~KnownRecordFlags)
        r.fail(QStringLiteral("Flags"), flagsAt,
            QStringLiteral("undefined bits set (0x%1)").arg(record.flags, 2, 16, QLatin1Char('0')));
    record.creatorId = r.lengthPrefixedUtf16("Creator ID Length", "Creator ID", MinPeerIdChars, MaxPeerIdChars, false);
    record.lastModifiedById = r.lengthPrefixedUtf16(
        "Last Modified By ID Length", "Last Modified By ID", MinPeerIdChars, MaxPeerIdChars, true);
    record.securityData = r.bytes(r.u32("Security Data Size"), "Security Data").toByteArray();
    record.creationTime = r.u64("Creation Time");
    record.expirationTime = r.u64("Expiration Time");
    record.lastModificationTime = r.u64("Last Modification Time");
    record.graphId = r.lengthPrefixedUtf16("Graph ID Length", "Graph ID", MinPeerIdChars, MaxPeerIdChars, false);
    const qsizetype versionAt = r.pos();
    if (const quint16 version = r.u16("Protocol Version"); version != RecordProtocolVersion)
        r.fail(QStringLiteral("Protocol Version"), versionAt,
            QStringLiteral("0x%1 is not 0x0100").arg(version, 4, 16, QLatin1Char('0')));
    const qsizetype payloadAt = r.pos();
    const quint32 payloadSize = r.u32("Payload Data Size");
    if ((record.flags & WireRecordFlagDeleted) && payloadSize != 0)
        r.fail(QStringLiteral("Payload Data Size"), payloadAt,
            QStringLiteral("%1 bytes in a deleted record, must be 0").arg(payloadSize));
    record.payload = r.bytes(payloadSize, "Payload Data").toByteArray();
    // Attributes have no length limit of their own: Max Record Size bounds them in the records layer.
    record.attributes = r.utf16(r.u32("Attributes Length"), "Attributes");
    r.expectEnd();
    return record;
}

} // namespace

QByteArray encodeRecord(const WireRecord &record)
{
    WireWriter w(100
        + 2
            * (record.creatorId.size() + record.lastModifiedById.size() + record.graphId.size()
                + record.attributes.size())
        + record.securityData.size() + record.payload.size());
    w.guid(record.type);
    w.guid(record.id);
    w.u32(record.version);
    w.zeros(3);
    w.u8(record.flags);
    w.lengthPrefixedUtf16(record.creatorId, false);
    w.lengthPrefixedUtf16(record.lastModifiedById, true);
    w.u32(quint32(record.securityData.size()));
    w.bytes(record.securityData);
    w.u64(record.creationTime);
    w.u64(record.expirationTime);
    w.u64(record.lastModificationTime);
    w.lengthPrefixedUtf16(record.graphId, false);
    w.u16(RecordProtocolVersion);
    w.u32(quint32(record.payload.size()));
    w.bytes(record.payload);
    w.lengthPrefixedUtf16(record.attributes, true);
    return w.take();
}

Decoded<WireRecord> decodeRecord(QByteArrayView bytes)
{
    return decodeOrError<WireRecord>([&] {
        WireReader r(bytes, QStringLiteral("PEER_RECORD"));
        return readRecord(r);
    });
}

} // namespace peerscope::wire
