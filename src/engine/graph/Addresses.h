#pragma once
// Conversions between the API's PeerAddress and the wire's PEER_IN6_ADDRESS,
// and the comparisons the graph makes on addresses. IPv4 travels IPv4-mapped
// on the wire; locally an address is always kept in its plain IPv4 form so that
// 127.0.0.1 and ::ffff:127.0.0.1 compare equal.

#include "PeerTypes.h"
#include "wire/Messages.h"

namespace peerscope::addresses {

PeerAddress normalized(const PeerAddress &address);
wire::In6Address toWire(const PeerAddress &address);
PeerAddress fromWire(const wire::In6Address &address);
QList<wire::In6Address> toWire(const QList<PeerAddress> &addresses);
QList<PeerAddress> fromWire(const QList<wire::In6Address> &addresses);

// The same listening socket: same port, and the same address or two addresses of
// this host (127.0.0.1 and [::1] reach the same dual-family listener).
bool sameEndpoint(const PeerAddress &a, const PeerAddress &b);
// True when `address` is the same endpoint as one of `listening`.
bool refersTo(const PeerAddress &address, const QList<PeerAddress> &listening);

} // namespace peerscope::addresses
