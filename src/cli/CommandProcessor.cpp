#include "CommandProcessor.h"

#include "Graph.h"
#include "JsonValues.h"

#include <QJsonArray>

namespace peerscope::cli {

namespace {

constexpr quint64 PeerTimeUnitsPerSecond = 10'000'000; // FILETIME: 100 ns
constexpr qint64 DefaultRecordLifetimeSeconds = 3600;

PeerError invalidArgument(const QString &message)
{
    return PeerError(PeerError::InvalidArgument, message);
}

// Required arguments: a clear message names the field and the expected form.

Result<QString> requiredString(const QJsonObject &arguments, const QString &name)
{
    const QJsonValue value = arguments.value(name);
    if (!value.isString() || value.toString().isEmpty())
        return invalidArgument(QStringLiteral("\"%1\" must be a non-empty string.").arg(name));
    return value.toString();
}

Result<quint64> requiredId(const QJsonObject &arguments, const QString &name)
{
    const auto id = idFromJson(arguments.value(name));
    if (!id)
        return invalidArgument(QStringLiteral("\"%1\" must be an id as a decimal string, e.g. \"42\".").arg(name));
    return *id;
}

Result<QUuid> requiredUuid(const QJsonObject &arguments, const QString &name)
{
    const QUuid uuid = uuidFromJson(arguments.value(name));
    if (uuid.isNull())
        return invalidArgument(QStringLiteral("\"%1\" must be a GUID string, e.g. \"{0b1c...}\".").arg(name));
    return uuid;
}

Result<QByteArray> requiredBase64(const QJsonObject &arguments, const QString &name)
{
    const auto data = base64FromJson(arguments.value(name));
    if (!data)
        return invalidArgument(QStringLiteral("\"%1\" must be base64 text.").arg(name));
    return *data;
}

Result<PeerAddress> requiredAddress(const QJsonObject &arguments, const QString &name)
{
    const PeerAddress address = PeerAddress::fromString(arguments.value(name).toString());
    if (address.isNull())
        return invalidArgument(
            QStringLiteral("\"%1\" must be HOST:PORT, e.g. \"127.0.0.1:4000\" or \"[::1]:4000\".").arg(name));
    return address;
}

// An optional argument: absent is fine, present must be of the right kind.
Result<std::optional<QString>> optionalString(const QJsonObject &arguments, const QString &name)
{
    const QJsonValue value = arguments.value(name);
    if (value.isUndefined())
        return std::optional<QString>();
    if (!value.isString())
        return invalidArgument(QStringLiteral("\"%1\" must be a string.").arg(name));
    return std::optional<QString>(value.toString());
}

Result<std::optional<quint32>> optionalCount(const QJsonObject &arguments, const QString &name)
{
    const QJsonValue value = arguments.value(name);
    if (value.isUndefined())
        return std::optional<quint32>();
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > 0xFFFFFFFFu || number != qint64(number))
        return invalidArgument(QStringLiteral("\"%1\" must be a whole number from 0 to 4294967295.").arg(name));
    return std::optional<quint32>(quint32(number));
}

Result<QJsonObject> fromError(const PeerError &error, const QJsonObject &fields = {})
{
    if (error)
        return error;
    return fields;
}

} // namespace

CommandProcessor::CommandProcessor(Graph *graph, QObject *parent)
    : QObject(parent)
    , m_graph(graph)
{
}

const QList<std::pair<QString, CommandProcessor::Handler>> &CommandProcessor::handlers()
{
    static const QList<std::pair<QString, Handler>> table {
        { QStringLiteral("connect"), &CommandProcessor::connect },
        { QStringLiteral("open-direct"), &CommandProcessor::openDirect },
        { QStringLiteral("send"), &CommandProcessor::send },
        { QStringLiteral("close"), &CommandProcessor::close },
        { QStringLiteral("disconnect-neighbor"), &CommandProcessor::disconnectNeighbor },
        { QStringLiteral("add-record"), &CommandProcessor::addRecord },
        { QStringLiteral("update-record"), &CommandProcessor::updateRecord },
        { QStringLiteral("delete-record"), &CommandProcessor::deleteRecord },
        { QStringLiteral("records"), &CommandProcessor::records },
        { QStringLiteral("nodes"), &CommandProcessor::nodes },
        { QStringLiteral("connections"), &CommandProcessor::connections },
        { QStringLiteral("status"), &CommandProcessor::status },
        { QStringLiteral("set-properties"), &CommandProcessor::setProperties },
        { QStringLiteral("quit"), &CommandProcessor::quit },
    };
    return table;
}

QStringList CommandProcessor::commandNames()
{
    QStringList names;
    for (const auto &[name, handler] : handlers())
        names.append(name);
    return names;
}

QJsonObject CommandProcessor::execute(const QByteArray &line)
{
    const ParsedCommand parsed = parseCommand(line);
    if (!parsed.command)
        return failureResult(parsed.id, parsed.error);
    return execute(*parsed.command);
}

QJsonObject CommandProcessor::execute(const Command &command)
{
    for (const auto &[name, handler] : handlers()) {
        if (name != command.name)
            continue;
        const Result<QJsonObject> result = (this->*handler)(command.arguments);
        if (!result)
            return failureResult(command.id, result.error());
        return successResult(command.id, *result);
    }
    return failureResult(command.id,
        invalidArgument(QStringLiteral("Unknown command \"%1\"; known: %2.")
                            .arg(command.name, commandNames().join(QStringLiteral(", ")))));
}

Result<QJsonObject> CommandProcessor::connect(const QJsonObject &arguments)
{
    const auto address = requiredAddress(arguments, QStringLiteral("address"));
    if (!address)
        return address.error();
    const auto connection = m_graph->connect(*address);
    if (!connection)
        return connection.error();
    return QJsonObject { { QStringLiteral("connection"), idToJson(*connection) } };
}

Result<QJsonObject> CommandProcessor::openDirect(const QJsonObject &arguments)
{
    const auto peer = requiredString(arguments, QStringLiteral("peer"));
    if (!peer)
        return peer.error();
    const auto address = requiredAddress(arguments, QStringLiteral("address"));
    if (!address)
        return address.error();
    const auto connection = m_graph->openDirectConnection(*peer, *address);
    if (!connection)
        return connection.error();
    return QJsonObject { { QStringLiteral("connection"), idToJson(*connection) } };
}

Result<QJsonObject> CommandProcessor::send(const QJsonObject &arguments)
{
    const auto connection = requiredId(arguments, QStringLiteral("connection"));
    if (!connection)
        return connection.error();
    const auto type = requiredUuid(arguments, QStringLiteral("type"));
    if (!type)
        return type.error();
    const auto data = requiredBase64(arguments, QStringLiteral("data"));
    if (!data)
        return data.error();
    // WouldBlock comes back as ok:false with its code, so a script can retry.
    return fromError(m_graph->sendData(*connection, *type, *data));
}

Result<QJsonObject> CommandProcessor::close(const QJsonObject &arguments)
{
    const auto connection = requiredId(arguments, QStringLiteral("connection"));
    if (!connection)
        return connection.error();
    return fromError(m_graph->closeDirectConnection(*connection));
}

Result<QJsonObject> CommandProcessor::disconnectNeighbor(const QJsonObject &arguments)
{
    const auto connection = requiredId(arguments, QStringLiteral("connection"));
    if (!connection)
        return connection.error();
    return fromError(m_graph->disconnectNeighbor(*connection));
}

Result<QJsonObject> CommandProcessor::addRecord(const QJsonObject &arguments)
{
    const auto type = requiredUuid(arguments, QStringLiteral("type"));
    if (!type)
        return type.error();
    const auto data = requiredBase64(arguments, QStringLiteral("data"));
    if (!data)
        return data.error();
    const auto attributes = optionalString(arguments, QStringLiteral("attributes"));
    if (!attributes)
        return attributes.error();
    const QJsonValue expiresIn = arguments.value(QStringLiteral("expires-in"));
    const double seconds = expiresIn.isUndefined() ? DefaultRecordLifetimeSeconds : expiresIn.toDouble(-1);
    if (!(seconds > 0))
        return invalidArgument(QStringLiteral("\"expires-in\" must be a positive number of seconds."));

    Record record;
    record.type = *type;
    record.data = *data;
    record.attributes = attributes->value_or(QString());
    record.expirationTime = m_graph->peerTime() + PeerTime(seconds * PeerTimeUnitsPerSecond);
    const auto id = m_graph->addRecord(record);
    if (!id)
        return id.error();
    return QJsonObject { { QStringLiteral("record"), uuidToJson(*id) } };
}

Result<QJsonObject> CommandProcessor::updateRecord(const QJsonObject &arguments)
{
    const auto id = requiredUuid(arguments, QStringLiteral("record"));
    if (!id)
        return id.error();
    auto record = m_graph->record(*id);
    if (!record)
        return record.error();
    if (arguments.contains(QStringLiteral("data"))) {
        const auto data = requiredBase64(arguments, QStringLiteral("data"));
        if (!data)
            return data.error();
        record.value().data = *data;
    }
    const auto attributes = optionalString(arguments, QStringLiteral("attributes"));
    if (!attributes)
        return attributes.error();
    if (*attributes)
        record.value().attributes = **attributes;
    return fromError(m_graph->updateRecord(*record));
}

Result<QJsonObject> CommandProcessor::deleteRecord(const QJsonObject &arguments)
{
    const auto id = requiredUuid(arguments, QStringLiteral("record"));
    if (!id)
        return id.error();
    return fromError(m_graph->deleteRecord(*id));
}

Result<QJsonObject> CommandProcessor::records(const QJsonObject &arguments)
{
    QUuid type;
    if (arguments.contains(QStringLiteral("type"))) {
        const auto requested = requiredUuid(arguments, QStringLiteral("type"));
        if (!requested)
            return requested.error();
        type = *requested;
    }
    QJsonArray list;
    for (const Record &record : m_graph->records(type))
        list.append(recordToJson(record));
    return QJsonObject { { QStringLiteral("records"), list } };
}

Result<QJsonObject> CommandProcessor::nodes(const QJsonObject &)
{
    QJsonArray list;
    for (const NodeInfo &node : m_graph->nodes())
        list.append(nodeToJson(node));
    return QJsonObject { { QStringLiteral("nodes"), list } };
}

Result<QJsonObject> CommandProcessor::connections(const QJsonObject &)
{
    QJsonArray list;
    for (const ConnectionInfo &connection : m_graph->connections())
        list.append(connectionToJson(connection));
    return QJsonObject { { QStringLiteral("connections"), list } };
}

Result<QJsonObject> CommandProcessor::status(const QJsonObject &)
{
    const NodeInfo local = m_graph->localNode();
    return QJsonObject {
        { QStringLiteral("status"), statusToJson(m_graph->status()) },
        { QStringLiteral("graph"), m_graph->graphId() },
        { QStringLiteral("peer"), m_graph->peerId() },
        { QStringLiteral("node"), idToJson(local.nodeId) },
        { QStringLiteral("addresses"), addressesToJson(local.addresses) },
        { QStringLiteral("properties"), propertiesToJson(m_graph->properties()) },
    };
}

Result<QJsonObject> CommandProcessor::setProperties(const QJsonObject &arguments)
{
    GraphProperties properties = m_graph->properties();
    const auto friendlyName = optionalString(arguments, QStringLiteral("friendly-name"));
    if (!friendlyName)
        return friendlyName.error();
    const auto comment = optionalString(arguments, QStringLiteral("comment"));
    if (!comment)
        return comment.error();
    const auto presenceLifetime = optionalCount(arguments, QStringLiteral("presence-lifetime"));
    if (!presenceLifetime)
        return presenceLifetime.error();
    const auto maxPresence = optionalCount(arguments, QStringLiteral("max-presence"));
    if (!maxPresence)
        return maxPresence.error();
    properties.friendlyName = friendlyName->value_or(properties.friendlyName);
    properties.comment = comment->value_or(properties.comment);
    properties.presenceLifetime = presenceLifetime->value_or(properties.presenceLifetime);
    properties.maxPresence = maxPresence->value_or(properties.maxPresence);
    if (const PeerError error = m_graph->setProperties(properties))
        return error;
    return QJsonObject { { QStringLiteral("properties"), propertiesToJson(m_graph->properties()) } };
}

Result<QJsonObject> CommandProcessor::quit(const QJsonObject &)
{
    // Queued so that the result line is written before the node starts closing.
    QMetaObject::invokeMethod(this, &CommandProcessor::quitRequested, Qt::QueuedConnection);
    return QJsonObject {};
}

} // namespace peerscope::cli
