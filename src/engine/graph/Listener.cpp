#include "graph/Listener.h"

#include <QNetworkInterface>
#include <QTcpServer>
#include <QTcpSocket>

namespace peerscope {

Listener::Listener(QObject *parent)
    : QObject(parent)
{
}

QList<QTcpServer *> Listener::bind(const QList<QHostAddress> &hosts, quint16 port, QString *error)
{
    QList<QTcpServer *> servers;
    for (const QHostAddress &host : hosts) {
        auto *server = new QTcpServer(this);
        if (server->listen(host, port)) {
            port = server->serverPort(); // the other family takes the same port
            servers.append(server);
            continue;
        }
        const bool ipv6Missing = host.protocol() == QAbstractSocket::IPv6Protocol
            && server->serverError() == QAbstractSocket::UnsupportedSocketOperationError;
        *error = QStringLiteral("%1 port %2: %3").arg(host.toString()).arg(port).arg(server->errorString());
        delete server;
        if (ipv6Missing)
            continue; // a host without IPv6 still listens on IPv4
        qDeleteAll(servers);
        return {};
    }
    return servers;
}

PeerError Listener::listen(GraphScope scope, quint16 port)
{
    if (isListening())
        return { PeerError::AlreadyListening, QStringLiteral("the graph is already listening") };
    const bool loopback = scope == GraphScope::Loopback;
    const QList<QHostAddress> hosts = loopback
        ? QList<QHostAddress> { QHostAddress(QHostAddress::LocalHostIPv6), QHostAddress(QHostAddress::LocalHost) }
        : QList<QHostAddress> { QHostAddress(QHostAddress::AnyIPv6), QHostAddress(QHostAddress::AnyIPv4) };
    QString error;
    // With port 0 the IPv6 port may already be taken on IPv4: try a few OS-chosen ports.
    for (int attempt = 0; attempt < (port == 0 ? 8 : 1) && m_servers.isEmpty(); ++attempt)
        m_servers = bind(hosts, port, &error);
    if (m_servers.isEmpty())
        return { PeerError::UnableToListen, QStringLiteral("cannot listen on %1").arg(error) };

    bool hasV4 = false;
    bool hasV6 = false;
    for (QTcpServer *server : std::as_const(m_servers)) {
        (server->serverAddress().protocol() == QAbstractSocket::IPv4Protocol ? hasV4 : hasV6) = true;
        connect(server, &QTcpServer::newConnection, this, [this, server] {
            while (QTcpSocket *socket = server->nextPendingConnection())
                Q_EMIT accepted(socket);
        });
    }
    const quint16 boundPort = m_servers.first()->serverPort();
    QList<QHostAddress> reachable;
    if (loopback) {
        for (const QTcpServer *server : std::as_const(m_servers))
            reachable.append(server->serverAddress());
    } else {
        // Wildcard sockets answer on every interface: advertise routable addresses first, loopback last.
        QList<QHostAddress> loopbacks;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
            if ((v4 && !hasV4) || (!v4 && !hasV6) || address.isLinkLocal())
                continue;
            (address.isLoopback() ? loopbacks : reachable).append(address);
        }
        reachable += loopbacks;
    }
    m_addresses.clear();
    for (const QHostAddress &address : std::as_const(reachable))
        m_addresses.append({ address, boundPort });
    return {};
}

void Listener::close()
{
    qDeleteAll(std::exchange(m_servers, {}));
    m_addresses.clear();
}

} // namespace peerscope
