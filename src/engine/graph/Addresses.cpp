#include "graph/Addresses.h"

#include <QNetworkInterface>

#include <algorithm>

namespace peerscope::addresses {

PeerAddress normalized(const PeerAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.address.toIPv4Address(&isV4);
    if (isV4)
        return { QHostAddress(v4), address.port };
    QHostAddress plain(address.address.toIPv6Address());
    return { plain, address.port }; // drops any scope id: it is not on the wire either
}

wire::In6Address toWire(const PeerAddress &address)
{
    const PeerAddress plain = normalized(address);
    bool isV4 = false;
    const quint32 v4 = plain.address.toIPv4Address(&isV4);
    if (isV4 && plain.address.protocol() == QAbstractSocket::IPv4Protocol) {
        Q_IPV6ADDR mapped {};
        mapped[10] = 0xff;
        mapped[11] = 0xff;
        mapped[12] = quint8(v4 >> 24);
        mapped[13] = quint8(v4 >> 16);
        mapped[14] = quint8(v4 >> 8);
        mapped[15] = quint8(v4);
        return { QHostAddress(mapped), plain.port };
    }
    return { plain.address, plain.port };
}

PeerAddress fromWire(const wire::In6Address &address)
{
    return normalized({ address.address, address.port });
}

QList<wire::In6Address> toWire(const QList<PeerAddress> &addresses)
{
    QList<wire::In6Address> result;
    result.reserve(addresses.size());
    for (const PeerAddress &address : addresses)
        result.append(toWire(address));
    return result;
}

QList<PeerAddress> fromWire(const QList<wire::In6Address> &addresses)
{
    QList<PeerAddress> result;
    result.reserve(addresses.size());
    for (const wire::In6Address &address : addresses)
        result.append(fromWire(address));
    return result;
}

namespace {
bool isThisHost(const QHostAddress &address)
{
    return address.isLoopback() || QNetworkInterface::allAddresses().contains(address);
}
} // namespace

bool sameEndpoint(const PeerAddress &a, const PeerAddress &b)
{
    if (a.port != b.port)
        return false;
    const QHostAddress left = normalized(a).address;
    const QHostAddress right = normalized(b).address;
    return left == right || (isThisHost(left) && isThisHost(right));
}

bool refersTo(const PeerAddress &address, const QList<PeerAddress> &listening)
{
    return std::any_of(
        listening.cbegin(), listening.cend(), [&](const PeerAddress &own) { return sameEndpoint(address, own); });
}

} // namespace peerscope::addresses
