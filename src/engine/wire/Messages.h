#pragma once
// The messages of MS-PPGRH 1.0 (§2.2) as plain values. Encoding and decoding
// live in Codec.h; framing in Framing.h. Byte-level choices (GUID and UTF-16
// byte order, flag bits) are written down in docs/wire.md.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>
#include <variant>

namespace peerscope::wire {

inline constexpr quint8 ProtocolVersion = 0x10;
inline constexpr quint16 RecordProtocolVersion = 0x0100;
inline constexpr quint16 AddressFamilyInet6 = 0x0017;
inline constexpr int HeaderSize = 8;
inline constexpr int DefaultFrameSize = 16379;
inline constexpr int MaxFrameSize = 32768;
inline constexpr quint32 DefaultMaxMessageSize = 16u * 1024 * 1024;
// {0ccbb0d2-be41-4bd6-914b-058ec5dcce64}: PT2PT data type of Ping (§2.2.4.1).
inline const QUuid PingDataType { QStringLiteral("{0ccbb0d2-be41-4bd6-914b-058ec5dcce64}") };

enum class MessageType : quint8 {
    AuthInfo = 0x01,
    Connect = 0x02,
    Welcome = 0x03,
    Refuse = 0x04,
    Disconnect = 0x05,
    SolicitNew = 0x06,
    SolicitTime = 0x07,
    SolicitHash = 0x08,
    Advertise = 0x09,
    Request = 0x0A,
    Flood = 0x0B,
    SyncEnd = 0x0C,
    Pt2Pt = 0x0D,
    Ack = 0x0E,
};

// PEER_IN6_ADDRESS (20 bytes). IPv4 addresses are carried IPv4-mapped.
struct In6Address
{
    QHostAddress address;
    quint16 port = 0;
    friend bool operator==(const In6Address &, const In6Address &) = default;
};

// PEER_ADDRESS (32 bytes), inside Contact and Presence payloads.
struct Address
{
    QHostAddress address;
    quint16 port = 0;
    quint32 flowInfo = 0;
    friend bool operator==(const Address &, const Address &) = default;
};

// RECORD_ABSTRACT (20 bytes)
struct RecordAbstract
{
    QUuid recordId;
    quint32 version = 0;
    friend bool operator==(const RecordAbstract &, const RecordAbstract &) = default;
};

// HASH_INFO_ENTRY (40 bytes)
struct HashInfoEntry
{
    QByteArray hash; // 16 bytes MD5
    quint64 modificationTime = 0;
    QUuid recordId;
    friend bool operator==(const HashInfoEntry &, const HashInfoEntry &) = default;
};

// HASH_ENTRY_BOUNDARY (52 bytes)
struct HashEntryBoundary
{
    quint64 modificationTimeLower = 0;
    QUuid recordIdLower;
    quint64 modificationTimeUpper = 0;
    QUuid recordIdUpper;
    quint32 count = 0;
    friend bool operator==(const HashEntryBoundary &, const HashEntryBoundary &) = default;
};

// PEER_RECORD on the wire (§2.2.1.9).
struct WireRecord
{
    QUuid type;
    QUuid id;
    quint32 version = 0;
    quint8 flags = 0; // 0x02 Deleted, 0x01 Autorefresh (see docs/wire.md)
    QString creatorId;
    QString lastModifiedById; // empty = absent (length 0)
    QByteArray securityData;
    quint64 creationTime = 0;
    quint64 expirationTime = 0;
    quint64 lastModificationTime = 0;
    QString graphId;
    QByteArray payload;
    QString attributes; // empty = absent (length 0)
    friend bool operator==(const WireRecord &, const WireRecord &) = default;
};

inline constexpr quint8 WireRecordFlagAutoRefresh = 0x01;
inline constexpr quint8 WireRecordFlagDeleted = 0x02;

struct AuthInfo
{
    enum class ConnectionType : quint8 { Neighbor = 0x01, Direct = 0x02 };
    ConnectionType connectionType = ConnectionType::Neighbor;
    QString graphId;
    QString sourcePeerId;
    std::optional<QString> destinationPeerId; // absent when the target is unknown
    friend bool operator==(const AuthInfo &, const AuthInfo &) = default;
};

struct Connect
{
    static constexpr quint8 FlagUpdate = 0x08;
    static constexpr quint8 FlagDirect = 0x04;
    static constexpr quint8 FlagNeighborList = 0x01;
    quint8 flags = 0;
    quint64 sourceNodeId = 0;
    QList<In6Address> addresses;
    std::optional<QString> friendlyName;
    friend bool operator==(const Connect &, const Connect &) = default;
};

struct Welcome
{
    quint64 nodeId = 0;
    quint64 peerTime = 0;
    QList<In6Address> referrals;
    QString peerId;
    std::optional<QString> friendlyName;
    friend bool operator==(const Welcome &, const Welcome &) = default;
};

struct Refuse
{
    enum class Code : quint8 {
        Busy = 0x01,
        AlreadyConnected = 0x02,
        DuplicateConnection = 0x03,
        DirectConnectionDisallowed = 0x04
    };
    Code code = Code::Busy;
    QList<In6Address> referrals;
    friend bool operator==(const Refuse &, const Refuse &) = default;
};

struct Disconnect
{
    enum class Reason : quint8 { Leaving = 0x01, LeastUseful = 0x02, AppDisconnect = 0x03 };
    Reason reason = Reason::Leaving;
    QList<In6Address> referrals;
    friend bool operator==(const Disconnect &, const Disconnect &) = default;
};

// Inclusion and exclusion lists of SOLICIT_*: at most one of them is non-empty.
struct RecordTypeFilter
{
    QList<QUuid> include; // at most 1 entry
    QList<QUuid> exclude;
    friend bool operator==(const RecordTypeFilter &, const RecordTypeFilter &) = default;
};

struct SolicitNew
{
    RecordTypeFilter types;
    friend bool operator==(const SolicitNew &, const SolicitNew &) = default;
};

struct SolicitTime
{
    RecordTypeFilter types;
    quint64 modificationTime = 0;
    friend bool operator==(const SolicitTime &, const SolicitTime &) = default;
};

struct SolicitHash
{
    RecordTypeFilter types;
    QList<HashInfoEntry> hashes;
    friend bool operator==(const SolicitHash &, const SolicitHash &) = default;
};

struct Advertise
{
    QList<HashEntryBoundary> boundaries;
    QList<RecordAbstract> abstracts;
    friend bool operator==(const Advertise &, const Advertise &) = default;
};

struct Request
{
    QList<RecordAbstract> abstracts;
    friend bool operator==(const Request &, const Request &) = default;
};

struct Flood
{
    WireRecord record;
    friend bool operator==(const Flood &, const Flood &) = default;
};

struct SyncEnd
{
    bool final = true;
    friend bool operator==(const SyncEnd &, const SyncEnd &) = default;
};

struct Pt2Pt
{
    QUuid dataType;
    QByteArray payload;
    friend bool operator==(const Pt2Pt &, const Pt2Pt &) = default;
};

struct Ack
{
    struct Entry
    {
        QUuid recordId;
        bool useful = false;
        friend bool operator==(const Entry &, const Entry &) = default;
    };
    QList<Entry> entries;
    friend bool operator==(const Ack &, const Ack &) = default;
};

using Message = std::variant<AuthInfo, Connect, Welcome, Refuse, Disconnect, SolicitNew, SolicitTime, SolicitHash,
    Advertise, Request, Flood, SyncEnd, Pt2Pt, Ack>;

MessageType messageType(const Message &message);
QString messageTypeName(MessageType type); // "AUTH_INFO", ...

// Internal record payloads (§2.2.3).
struct GraphInfoPayload
{
    static constexpr quint32 FlagDeferExpiration = 0x2;
    quint32 flags = 0;
    quint32 scope = 1;
    QString graphId;
    QString creatorId;
    QString friendlyName;
    QString comment;
    quint32 presenceLifetime = 0;
    quint32 maxPresenceRecords = 0xFFFFFFFF;
    quint32 maxRecordSize = 0;
    friend bool operator==(const GraphInfoPayload &, const GraphInfoPayload &) = default;
};

struct SignaturePayload
{
    quint64 signature = 0;
    friend bool operator==(const SignaturePayload &, const SignaturePayload &) = default;
};

struct ContactPayload
{
    quint64 signature = 0;
    quint64 nodeId = 0;
    QList<Address> addresses;
    friend bool operator==(const ContactPayload &, const ContactPayload &) = default;
};

struct PresencePayload
{
    quint64 nodeId = 0;
    QString attributes;
    QList<Address> addresses;
    friend bool operator==(const PresencePayload &, const PresencePayload &) = default;
};

} // namespace peerscope::wire
