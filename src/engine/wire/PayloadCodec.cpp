// The internal record payloads (§2.2.3): Graph Info, Signature, Contact and
// Presence. Each payload must fill its bytes exactly.

#include "wire/Codec.h"
#include "wire/WireReader.h"
#include "wire/WireWriter.h"

namespace peerscope::wire {

namespace {

constexpr int AddressSize = 32;

template<typename T, typename Fn> Decoded<T> decodePayload(QByteArrayView bytes, const char *name, Fn &&read)
{
    return decodeOrError<T>([&] {
        WireReader r(bytes, QString::fromLatin1(name));
        T payload = read(r);
        r.expectEnd();
        return payload;
    });
}

void writeAddresses(WireWriter &w, const QList<Address> &addresses)
{
    w.u32(quint32(addresses.size()));
    for (const auto &address : addresses)
        w.address(address);
}

QList<Address> readAddresses(WireReader &r)
{
    const qsizetype countAt = r.pos();
    const quint32 count = r.u32("Number of Addresses");
    r.requireArray(count, AddressSize, r.size(), "Number of Addresses", countAt);
    QList<Address> addresses;
    addresses.reserve(count);
    for (quint32 i = 0; i < count; ++i)
        addresses.append(r.address("Addresses"));
    return addresses;
}

void checkRange(const WireReader &r, qsizetype at, quint32 value, bool valid, const char *field, const char *rule)
{
    if (!valid)
        r.fail(QString::fromLatin1(field), at, QStringLiteral("%1 is not %2").arg(value).arg(QLatin1StringView(rule)));
}

} // namespace

QByteArray encodeGraphInfo(const GraphInfoPayload &p)
{
    WireWriter w;
    const qsizetype size = w.placeholder32();
    w.u32(p.flags);
    w.u32(p.scope);
    w.lengthPrefixedUtf16(p.graphId, false);
    w.lengthPrefixedUtf16(p.creatorId, false);
    w.lengthPrefixedUtf16(p.friendlyName, true);
    w.lengthPrefixedUtf16(p.comment, true);
    w.u32(p.presenceLifetime);
    w.u32(p.maxPresenceRecords);
    w.u32(p.maxRecordSize);
    w.patch32(size, w.size());
    return w.take();
}

Decoded<GraphInfoPayload> decodeGraphInfo(QByteArrayView bytes)
{
    return decodePayload<GraphInfoPayload>(bytes, "GRAPH_INFO", [](WireReader &r) {
        GraphInfoPayload p;
        if (const quint32 size = r.u32("Size"); size != quint64(r.size()))
            r.fail(QStringLiteral("Size"), 0,
                QStringLiteral("%1 does not match the %2-byte payload").arg(size).arg(r.size()));
        p.flags = r.u32("Flags");
        p.scope = r.u32("Scope");
        checkRange(r, 8, p.scope, p.scope >= 1 && p.scope <= 3, "Scope", "1, 2 or 3");
        p.graphId = r.lengthPrefixedUtf16("Graph ID Length", "Graph ID", 2, 256, false);
        p.creatorId = r.lengthPrefixedUtf16("Creator ID Length", "Creator ID", 2, 256, false);
        p.friendlyName = r.lengthPrefixedUtf16("Friendly Name Length", "Friendly Name", 1, 256, true);
        p.comment = r.lengthPrefixedUtf16("Comment Length", "Comment", 1, 512, true);
        const qsizetype tailAt = r.pos();
        p.presenceLifetime = r.u32("Presence Lifetime");
        checkRange(r, tailAt, p.presenceLifetime, p.presenceLifetime == 0 || p.presenceLifetime >= 300,
            "Presence Lifetime", "0 or at least 300 seconds");
        p.maxPresenceRecords = r.u32("Max Presence Records");
        p.maxRecordSize = r.u32("Max Record Size");
        checkRange(r, tailAt + 8, p.maxRecordSize,
            p.maxRecordSize == 0 || (p.maxRecordSize >= 1024 && p.maxRecordSize <= 62914560), "Max Record Size",
            "0 or 1,024..62,914,560");
        return p;
    });
}

QByteArray encodeSignature(const SignaturePayload &p)
{
    WireWriter w(8);
    w.u64(p.signature);
    return w.take();
}

Decoded<SignaturePayload> decodeSignature(QByteArrayView bytes)
{
    return decodePayload<SignaturePayload>(
        bytes, "SIGNATURE", [](WireReader &r) { return SignaturePayload { r.u64("Signature") }; });
}

QByteArray encodeContact(const ContactPayload &p)
{
    WireWriter w(20 + AddressSize * p.addresses.size());
    w.u64(p.signature);
    w.u64(p.nodeId);
    writeAddresses(w, p.addresses);
    return w.take();
}

Decoded<ContactPayload> decodeContact(QByteArrayView bytes)
{
    return decodePayload<ContactPayload>(bytes, "CONTACT", [](WireReader &r) {
        ContactPayload p;
        p.signature = r.u64("Signature");
        p.nodeId = r.u64("Node ID");
        p.addresses = readAddresses(r);
        return p;
    });
}

QByteArray encodePresence(const PresencePayload &p)
{
    WireWriter w(16 + 2 * p.attributes.size() + AddressSize * p.addresses.size());
    w.u64(p.nodeId);
    w.lengthPrefixedUtf16(p.attributes, true);
    writeAddresses(w, p.addresses);
    return w.take();
}

Decoded<PresencePayload> decodePresence(QByteArrayView bytes)
{
    return decodePayload<PresencePayload>(bytes, "PRESENCE", [](WireReader &r) {
        PresencePayload p;
        p.nodeId = r.u64("Node ID");
        p.attributes = r.utf16(r.u32("Attributes Length"), "Attributes");
        p.addresses = readAddresses(r);
        return p;
    });
}

} // namespace peerscope::wire
