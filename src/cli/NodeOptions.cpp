#include "NodeOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace peerscope::cli {

namespace {

struct Options
{
    QCommandLineOption graph { QStringLiteral("graph"), QStringLiteral("Graph id (required)."), QStringLiteral("ID") };
    QCommandLineOption peer { QStringLiteral("peer"), QStringLiteral("Peer id of this node (default: generated)."),
        QStringLiteral("ID") };
    QCommandLineOption create { QStringLiteral("create"),
        QStringLiteral("Create the graph (default: open a graph created elsewhere or earlier).") };
    QCommandLineOption db { QStringLiteral("db"),
        QStringLiteral("SQLite database file (default: <app data>/<graph>-<peer>.db)."), QStringLiteral("PATH") };
    QCommandLineOption listen { QStringLiteral("listen"),
        QStringLiteral("Listen for neighbors on PORT (0 = chosen by the OS). A loopback ADDR listens on loopback "
                       "only, any other on every interface. A node that opens a graph it has no data for "
                       "listens once the graph reports it synchronized."),
        QStringLiteral("[ADDR:]PORT") };
    QCommandLineOption connect { QStringLiteral("connect"),
        QStringLiteral("Connect to a node at HOST:PORT (repeatable)."), QStringLiteral("HOST:PORT") };
    QCommandLineOption acceptDirect { QStringLiteral("accept-direct"),
        QStringLiteral("Accept incoming direct connections and receive data (registers for DIRECT_CONNECTION "
                       "and INCOMING_DATA).") };
    QCommandLineOption friendlyName { QStringLiteral("friendly-name"),
        QStringLiteral("Friendly name sent to neighbors (and the graph's friendly name with --create)."),
        QStringLiteral("NAME") };
    QCommandLineOption minNeighbors { QStringLiteral("min-neighbors"), QStringLiteral("Minimum neighbor count."),
        QStringLiteral("N") };
    QCommandLineOption idealNeighbors { QStringLiteral("ideal-neighbors"), QStringLiteral("Ideal neighbor count."),
        QStringLiteral("N") };
    QCommandLineOption maxNeighbors { QStringLiteral("max-neighbors"), QStringLiteral("Maximum neighbor count."),
        QStringLiteral("N") };
    QCommandLineOption quiet { QStringLiteral("quiet"),
        QStringLiteral("No log messages on stderr (the JSON lines on stdout are unchanged).") };
    QCommandLineOption exitOnEof { QStringLiteral("exit-on-eof"),
        QStringLiteral("Close the graph and exit when stdin ends (default: keep running).") };
};

const QString Description = QStringLiteral(
    "A headless Peerscope node. It prints every graph event as one JSON object per line on stdout\n"
    "and reads one JSON command per line on stdin, e.g. {\"id\":1,\"cmd\":\"status\"}.\n"
    "Commands: connect, open-direct, send, close, disconnect-neighbor, add-record, update-record,\n"
    "delete-record, records, nodes, connections, status, set-properties, quit (see docs/cli.md).\n"
    "SIGINT/SIGTERM close the graph cleanly and exit 0. Exit codes: 2 bad options, 1 start-up failure.");

std::optional<int> parseCount(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<ListenRequest> parseListenRequest(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    const QString portText = colon < 0 ? text : text.mid(colon + 1);
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    ListenRequest request;
    request.port = quint16(port);
    if (colon < 0)
        return request;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        request.scope = GraphScope::Loopback;
        return request;
    }
    const QHostAddress address(host);
    if (address.isNull())
        return std::nullopt;
    // The engine binds by scope, not by address: a loopback address means loopback only.
    request.scope = address.isLoopback() ? GraphScope::Loopback : GraphScope::Any;
    return request;
}

QString defaultDatabasePath(const QString &graphId, const QString &peerId)
{
    // Percent-encoding keeps ids with '/' or other odd characters inside one file name.
    const QString name = QString::fromLatin1(QUrl::toPercentEncoding(graphId) + '-' + QUrl::toPercentEncoding(peerId));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(name + u".db");
}

ParsedOptions parseNodeOptions(const QStringList &arguments)
{
    Options options;
    QCommandLineParser parser;
    parser.setApplicationDescription(Description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions({ options.graph, options.peer, options.create, options.db, options.listen, options.connect,
        options.acceptDirect, options.friendlyName, options.minNeighbors, options.idealNeighbors, options.maxNeighbors,
        options.quiet, options.exitOnEof });

    if (!parser.parse(arguments))
        return OptionsError { parser.errorText() };
    if (parser.isSet(help))
        return HelpRequest { parser.helpText() };
    if (parser.isSet(version))
        return HelpRequest { QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion()
            + u'\n' };
    if (!parser.positionalArguments().isEmpty())
        return OptionsError { QStringLiteral("Unexpected argument: %1").arg(parser.positionalArguments().first()) };

    NodeOptions node;
    node.graphId = parser.value(options.graph);
    if (node.graphId.isEmpty())
        return OptionsError { QStringLiteral("--graph ID is required.") };
    node.peerId
        = parser.isSet(options.peer) ? parser.value(options.peer) : QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (node.peerId.isEmpty())
        return OptionsError { QStringLiteral("--peer must not be empty.") };
    node.create = parser.isSet(options.create);
    node.databasePath
        = parser.isSet(options.db) ? parser.value(options.db) : defaultDatabasePath(node.graphId, node.peerId);
    if (node.databasePath.isEmpty())
        return OptionsError { QStringLiteral("--db must not be empty.") };

    if (parser.isSet(options.listen)) {
        node.listen = parseListenRequest(parser.value(options.listen));
        if (!node.listen)
            return OptionsError { QStringLiteral("--listen expects [ADDR:]PORT with PORT 0..65535, got \"%1\".")
                                      .arg(parser.value(options.listen)) };
    }
    for (const QString &text : parser.values(options.connect)) {
        const PeerAddress address = PeerAddress::fromString(text);
        if (address.isNull())
            return OptionsError {
                QStringLiteral("--connect expects HOST:PORT (e.g. 127.0.0.1:4000), got \"%1\".").arg(text)
            };
        node.connectTo.append(address);
    }
    node.acceptDirect = parser.isSet(options.acceptDirect);
    node.friendlyName = parser.value(options.friendlyName);

    const std::pair<const QCommandLineOption *, int *> limits[] = {
        { &options.minNeighbors, &node.limits.minimum },
        { &options.idealNeighbors, &node.limits.ideal },
        { &options.maxNeighbors, &node.limits.maximum },
    };
    for (const auto &[option, target] : limits) {
        if (!parser.isSet(*option))
            continue;
        const auto count = parseCount(parser.value(*option));
        if (!count)
            return OptionsError { QStringLiteral("--%1 expects a whole number >= 0, got \"%2\".")
                                      .arg(option->names().first(), parser.value(*option)) };
        *target = *count;
    }
    // Defaults give way to what was given: --max-neighbors 2 alone lowers the ideal and minimum with it.
    const bool idealGiven = parser.isSet(options.idealNeighbors);
    if (!idealGiven)
        node.limits.ideal = std::min(node.limits.ideal, node.limits.maximum);
    if (!parser.isSet(options.minNeighbors))
        node.limits.minimum = std::min(node.limits.minimum, node.limits.ideal);
    if (!idealGiven)
        node.limits.ideal = std::max(node.limits.ideal, node.limits.minimum);
    if (node.limits.minimum > node.limits.ideal || node.limits.ideal > node.limits.maximum)
        return OptionsError { QStringLiteral("Neighbor limits must satisfy min <= ideal <= max (got %1, %2, %3).")
                                  .arg(node.limits.minimum)
                                  .arg(node.limits.ideal)
                                  .arg(node.limits.maximum) };
    node.quiet = parser.isSet(options.quiet);
    node.exitOnEof = parser.isSet(options.exitOnEof);
    return node;
}

} // namespace peerscope::cli
