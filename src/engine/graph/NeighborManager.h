#pragma once
// The neighbor links of one node (MS-PPGRH §3.5, §3.6, §5): outgoing connects
// and the referral chains they follow, accepting or refusing incoming CONNECTs
// against the neighbor limits, duplicate links, graph maintenance (keep the
// count near ideal, prune the least useful link) and the DISCONNECTs. It raises
// NEIGHBOR_CONNECTION and hands CONNECTED links to the record replicator.

#include "PeerError.h"
#include "PeerEvent.h"
#include "graph/ReferralList.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace peerscope {

class Connection;
class EventDispatcher;
class RecordReplicator;
struct LinkContext;
namespace wire {
struct Connect;
struct Welcome;
struct Refuse;
} // namespace wire

class NeighborManager : public QObject
{
    Q_OBJECT
public:
    NeighborManager(LinkContext &context, EventDispatcher &events, RecordReplicator *replicator, QObject *parent);
    ~NeighborManager() override;

    // PeerGraphConnect (and maintenance): the id at once, the outcome as NEIGHBOR_CONNECTION.
    Result<ConnectionId> connect(const PeerAddress &address, const QString &peerId);
    // A responder link whose CONNECT asks to become a neighbor. Returns whether it was
    // welcomed (then this manager owns it); otherwise it was refused and closes itself.
    bool accept(Connection *link, const wire::Connect &connect);
    PeerError disconnect(ConnectionId id, DisconnectReason reason);
    // Graph closing: DISCONNECT(Leaving) on every CONNECTED link, drop the others, no more events.
    void closeAll();

    Connection *find(ConnectionId id) const; // open links only
    QList<Connection *> connectedLinks() const;
    int connectedCount() const;
    int openCount() const { return int(m_links.size()); }

    void listeningChanged();
    void runMaintenance(bool timerTriggered);
    void rearmMaintenance();

Q_SIGNALS:
    void neighborsChanged();
    void dataReceived(const peerscope::IncomingData &data);
    void sendQueueDrained(peerscope::ConnectionId id);

private:
    struct Link
    {
        Connection *connection = nullptr;
        int hop = 0; // refused hops before this attempt
        quint64 sequence = 0; // insertion order into the Neighbor List, 0 until CONNECTED
        bool announced = false; // NEIGHBOR_CONNECTION Connected raised
        bool reported = false; // the attempt's Failed event is already raised
    };

    ConnectionId startAttempt(const PeerAddress &address, const QString &peerId, int hop);
    Connection *createAttempt(const PeerAddress &address, const QString &peerId, int hop);
    void track(Connection *connection, int hop);
    void onWelcomed(Connection *connection, const wire::Welcome &welcome);
    void onRefused(Connection *connection, const wire::Refuse &refuse);
    void onClosed(Connection *connection, const PeerError &error);
    void announce(Link &link);
    bool resolveDuplicate(Connection *connection);
    bool isExcluded(const PeerAddress &address) const;
    std::optional<PeerAddress> pickCandidate();
    // Up to 10 listening addresses of the least recently added neighbors, except `skip`.
    QList<PeerAddress> referrals(const Connection *skip = nullptr) const;
    void raise(
        const Link &link, ConnectionStatus status, PeerError::Code reason, const QString &text, ConnectionId next = 0);

    LinkContext &m_context;
    EventDispatcher &m_events;
    RecordReplicator *m_replicator;
    QHash<Connection *, Link> m_links;
    ReferralList m_referrals;
    QTimer m_maintenanceTimer;
    quint64 m_sequence = 0;
    bool m_closing = false;
};

} // namespace peerscope
