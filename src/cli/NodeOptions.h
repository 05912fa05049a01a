#pragma once
// The command line of peerscope-node.

#include "Graph.h"

#include <QStringList>

#include <optional>
#include <variant>

namespace peerscope::cli {

struct ListenRequest
{
    GraphScope scope = GraphScope::Any; // Loopback when ADDR is a loopback address
    quint16 port = 0; // 0 = chosen by the OS
};

struct NodeOptions
{
    QString graphId;
    QString peerId;
    bool create = false;
    QString databasePath;
    std::optional<ListenRequest> listen;
    QList<PeerAddress> connectTo;
    bool acceptDirect = false;
    QString friendlyName;
    NeighborLimits limits;
    bool quiet = false;
    bool exitOnEof = false;
};

// What the command line asks for: run a node, or print text (--help, --version) and exit 0.
struct HelpRequest
{
    QString text;
};
struct OptionsError
{
    QString message; // one line for stderr; the process exits 2
};
using ParsedOptions = std::variant<NodeOptions, HelpRequest, OptionsError>;

// arguments[0] is the program name. A missing --peer is generated; a missing --db
// becomes a file under the application data location named after graph and peer.
ParsedOptions parseNodeOptions(const QStringList &arguments);

// [ADDR:]PORT with PORT 0..65535; nullopt when malformed.
std::optional<ListenRequest> parseListenRequest(const QString &text);
QString defaultDatabasePath(const QString &graphId, const QString &peerId);

} // namespace peerscope::cli
