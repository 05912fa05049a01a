#pragma once
// PEER_RECORD: the unit of the replicated graph database.

#include "PeerTypes.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace peerscope {

enum class RecordFlag : quint32 { AutoRefresh = 0x1, Deleted = 0x2 };
Q_DECLARE_FLAGS(RecordFlags, RecordFlag)

struct Record
{
    QUuid type; // application GUID; the internal types are reserved
    QUuid id; // assigned by the engine on add
    quint32 version = 0; // 1 on creation, +1 per update
    RecordFlags flags;
    QString creatorId; // peer id of the creator
    QString modifiedById; // peer id of the last modifier; empty if never modified
    QString attributes; // the original's XML form: <attributes><attribute name=".."
                        // type="string|int|date">..</attribute></attributes>
    PeerTime creationTime = 0;
    PeerTime expirationTime = 0;
    PeerTime lastModifiedTime = 0;
    QByteArray securityData;
    QByteArray data;

    bool isDeleted() const { return flags.testFlag(RecordFlag::Deleted); }
};

// The internal record types of MS-PPGRH §2.2.3 (reserved for the engine).
namespace RecordTypes {
inline const QUuid GraphInfo { QStringLiteral("{00000100-0000-0000-0000-000000000000}") };
inline const QUuid Signature { QStringLiteral("{00000200-0000-0000-0000-000000000000}") };
inline const QUuid Contact { QStringLiteral("{00000300-0000-0000-0000-000000000000}") };
inline const QUuid Presence { QStringLiteral("{00000400-0000-0000-0000-000000000000}") };
// Peerscope's own: each node's neighbour list, so that any node knows the whole mesh (Topology.h).
inline const QUuid Topology { QStringLiteral("{61ad7054-6ab3-40d5-aa71-ac8683ebbc25}") };
} // namespace RecordTypes

} // namespace peerscope

Q_DECLARE_OPERATORS_FOR_FLAGS(peerscope::RecordFlags)
Q_DECLARE_METATYPE(peerscope::Record)
