#pragma once
// The listening sockets of one graph: IPv6 and IPv4 on the same port where the
// OS allows it (GraphScope::Any → :: and 0.0.0.0; Loopback → ::1 and 127.0.0.1).

#include "PeerError.h"
#include "PeerTypes.h"

#include <QList>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace peerscope {

class Listener : public QObject
{
    Q_OBJECT
public:
    explicit Listener(QObject *parent = nullptr);

    PeerError listen(GraphScope scope, quint16 port);
    void close();
    bool isListening() const { return !m_servers.isEmpty(); }
    // The addresses other nodes can use, with the port.
    QList<PeerAddress> addresses() const { return m_addresses; }

Q_SIGNALS:
    void accepted(QTcpSocket *socket); // the receiver takes ownership

private:
    QList<QTcpServer *> bind(const QList<QHostAddress> &hosts, quint16 port, QString *error);

    QList<QTcpServer *> m_servers;
    QList<PeerAddress> m_addresses;
};

} // namespace peerscope
