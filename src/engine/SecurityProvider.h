#pragma once
// The graph security provider hook of MS-PPGRH (§3.1.5, §4.9). A graph without a
// provider sends everything in clear, as the original does. Groups plug TLS and
// signed records in here.

#include "PeerError.h"
#include "PeerTypes.h"
#include "Record.h"

#include <QByteArray>

#include <memory>
#include <optional>

namespace peerscope {

// One connection's security state: the handshake after AUTH_INFO, then
// per-message protection.
class SecuritySession
{
public:
    struct Step
    {
        QByteArray reply; // token to send to the other side (may be empty)
        bool complete = false; // authentication finished
        PeerError error; // set = terminate the connection
    };

    virtual ~SecuritySession() = default;
    // Initiator only: the first token, sent right after AUTH_INFO.
    virtual Step start() = 0;
    // A token from the other side.
    virtual Step process(const QByteArray &token) = 0;
    // After completion, every message is protected before framing and opened after reassembly.
    virtual QByteArray protect(const QByteArray &message) = 0;
    virtual std::optional<QByteArray> open(const QByteArray &message) = 0;
};

class SecurityProvider
{
public:
    enum class Verdict { Valid, Invalid, Defer };

    virtual ~SecurityProvider() = default;
    virtual std::unique_ptr<SecuritySession> createSession(
        bool initiator, const QString &graphId, const QString &localPeerId, const QString &remotePeerId)
        = 0;
    // Fills Security Data for a record the local node adds, updates or deletes.
    virtual Result<QByteArray> secureRecord(const Record &record, RecordChangeType change) = 0;
    virtual Verdict validateRecord(const Record &record, RecordChangeType change) = 0;
};

} // namespace peerscope
