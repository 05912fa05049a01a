#pragma once
// The direct connections of one node (MS-PPGRH §3.8, §7; seed "Direct
// Connections"): opening one to a peer, accepting or refusing incoming ones,
// closing gracefully or by abort, and passing their PT2PT data up. Kept apart
// from neighbor management so that groups can reuse it.

#include "PeerError.h"
#include "PeerEvent.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace peerscope {

class Connection;
class EventDispatcher;
struct LinkContext;
namespace wire {
struct Connect;
}

class DirectConnections : public QObject
{
    Q_OBJECT
public:
    enum class CloseMode { Graceful, Abort };

    // `accepting` answers whether the application listens for DIRECT_CONNECTION now.
    DirectConnections(LinkContext &context, EventDispatcher &events, std::function<bool()> accepting, QObject *parent);
    ~DirectConnections() override;

    // The id at once; valid once DIRECT_CONNECTION Connected (or Failed) names it.
    Result<ConnectionId> open(const QString &peerId, const PeerAddress &address);
    // A responder link whose CONNECT has D set: WELCOME (then owned here) or REFUSE 0x04.
    bool accept(Connection *link, const wire::Connect &connect);
    PeerError close(ConnectionId id, CloseMode mode);
    // Graph closing: DISCONNECT on every link, no more events.
    void closeAll();

    Connection *find(ConnectionId id) const; // open links only
    QList<Connection *> connectedLinks() const;
    int openCount() const { return int(m_links.size()); }

Q_SIGNALS:
    void dataReceived(const peerscope::IncomingData &data);
    void sendQueueDrained(peerscope::ConnectionId id);

private:
    void track(Connection *link);
    void onClosed(Connection *link, const PeerError &error);
    void raise(Connection *link, ConnectionStatus status, PeerError::Code reason, const QString &text);
    void release(Connection *link);

    LinkContext &m_context;
    EventDispatcher &m_events;
    std::function<bool()> m_accepting;
    QHash<ConnectionId, Connection *> m_links;
    QSet<Connection *> m_announced; // DIRECT_CONNECTION Connected raised
    bool m_closing = false;
};

} // namespace peerscope
