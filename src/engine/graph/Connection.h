#pragma once
// One TCP link of a graph, neighbor or direct: the socket, the framing, the
// security provider hook, the connection and link state machines of MS-PPGRH
// §3.1 (outgoing and incoming), the establishment timers and a bounded send
// queue. It decides nothing about the graph: a responder reports the CONNECT it
// received and waits to be told welcome() or refuse(); every outcome is a signal.

#include "PeerError.h"
#include "PeerTypes.h"
#include "SecurityProvider.h"
#include "graph/LinkContext.h"
#include "records/ReplicationLink.h"
#include "wire/Framing.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

class QTcpSocket;

namespace peerscope {

class Connection : public QObject, public ReplicationLink
{
    Q_OBJECT
public:
    enum class Role { Initiator, Responder };
    enum class Kind { Neighbor, Direct };
    enum class State {
        TcpConnecting, // initiator: OUT_CONN_STATE_SOCKET
        Authenticating, // AUTH_INFO / provider negotiation
        AwaitingConnect, // responder: authenticated, waiting for CONNECT
        ConnectWait, // initiator: LINK_STATE_CONNECT_WAIT
        Connected, // LINK_STATE_CONNECTED
        Closing, // DISCONNECT queued, flushing
        Closed,
    };

    // Initiator: dials `address` once start() is called.
    Connection(const LinkContext &context, Kind kind, const PeerAddress &address, const QString &remotePeerId,
        QObject *parent);
    // Responder on an accepted socket (takes ownership); the kind is known after AUTH_INFO.
    Connection(const LinkContext &context, QTcpSocket *socket, QObject *parent);
    ~Connection() override;

    void start();

    Role role() const { return m_role; }
    Kind kind() const { return m_kind; }
    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    bool isOpen() const { return m_state != State::Closing && m_state != State::Closed; }
    void setConnectionId(ConnectionId id) { m_id = id; }
    // The address dialed (initiator) or the peer's socket address (responder).
    PeerAddress remoteAddress() const { return m_remoteAddress; }
    // Where the remote node listens: from its CONNECT, or the address we dialed.
    QList<PeerAddress> remoteListeningAddresses() const;
    QString remoteFriendlyName() const { return m_remoteFriendlyName; }
    PeerTime connectSentAt() const { return m_connectSentAt; }
    // Connection utility of §5.2, kept from the ACKs sent and received on the link.
    qint64 utility() const { return m_utility; }
    ConnectionInfo info() const;

    // Responder: answers the CONNECT reported by connectReceived().
    void welcome(const QList<PeerAddress> &referrals);
    void refuse(wire::Refuse::Code code, const QList<PeerAddress> &referrals);
    // CONNECT with U set: our listening addresses changed.
    void sendAddressUpdate();

    // ReplicationLink
    ConnectionId connectionId() const override { return m_id; }
    NodeId remoteNodeId() const override { return m_remoteNodeId; }
    QString remotePeerId() const override { return m_remotePeerId; }
    void send(const wire::Message &message) override;
    void terminate(const QString &reason) override;

    // PT2PT; WouldBlock while the send queue is full (sendQueueDrained() follows).
    PeerError sendData(const QUuid &dataType, const QByteArray &data);
    // DISCONNECT after everything queued, then close.
    void disconnectGracefully(DisconnectReason reason, const QList<PeerAddress> &referrals);
    // Drops the queue and resets the socket; closed() follows.
    void abort(const QString &reason);
    // Bytes not yet handed to the kernel: our queue plus the socket's buffer.
    qint64 queuedBytes() const;
    // Ping and the security envelope: data types applications may not send.
    static bool isReservedDataType(const QUuid &dataType);

Q_SIGNALS:
    void connectReceived(const peerscope::wire::Connect &connect);
    void welcomed(const peerscope::wire::Welcome &welcome);
    void refused(const peerscope::wire::Refuse &refuse);
    void addressesUpdated();
    // CONNECTED: sync/flood messages (neighbor) and PT2PT other than Ping.
    void messageReceived(const peerscope::wire::Message &message);
    void disconnectReceived(const peerscope::wire::Disconnect &disconnect);
    // Once, at the end. Ok for an orderly DISCONNECT either way; otherwise why it failed.
    void closed(const peerscope::PeerError &error);
    void sendQueueDrained();

private:
    void setUpSocket();
    void startTimer(QTimer &timer, int ms, const QString &what);
    void onTcpConnected();
    void onReadyRead();
    void onBytesWritten();
    void onSocketDisconnected();
    std::optional<wire::Message> decodeMessage(const QByteArray &bytes);
    void handleFrame(const QByteArray &bytes);
    void handleMessage(const wire::Message &message);
    void handleAuthInfo(const wire::AuthInfo &authInfo);
    void handleConnected(const wire::Message &message);
    void handleDisconnect(const wire::Disconnect &disconnect);
    void applySecurityStep(const SecuritySession::Step &step);
    void markAuthenticated();
    void sendConnect();
    void enqueue(const wire::Message &message);
    void enqueueEncoded(const QByteArray &message);
    void pump();
    void updateUtility(const wire::Ack &ack);
    void fail(PeerError::Code code, const QString &reason);
    void finish(const PeerError &error);

    const LinkContext &m_context;
    Role m_role;
    Kind m_kind = Kind::Neighbor;
    State m_state;
    ConnectionId m_id = 0;
    QTcpSocket *m_socket = nullptr;
    wire::FrameDecoder m_decoder;
    std::unique_ptr<SecuritySession> m_session;
    bool m_authenticated = false;
    bool m_gotAuthInfo = false;

    PeerAddress m_remoteAddress;
    QList<PeerAddress> m_remoteListening;
    NodeId m_remoteNodeId = 0;
    QString m_remotePeerId;
    QString m_remoteFriendlyName;
    PeerTime m_connectSentAt = 0;
    qint64 m_utility = 0;

    QList<QByteArray> m_queue;
    qint64 m_queueBytes = 0;
    bool m_drainWanted = false;
    bool m_disconnectRequested = false;

    QTimer m_tcpTimer;
    QTimer m_authTimer;
    QTimer m_connectTimer;
    QTimer m_keepAliveTimer;
};

} // namespace peerscope
