#include "Command.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace peerscope::cli {

ParsedCommand parseCommand(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return { std::nullopt, QJsonValue::Null,
            PeerError(PeerError::InvalidArgument,
                QStringLiteral("Not JSON (%1 at offset %2); send one JSON object per line.")
                    .arg(parseError.errorString())
                    .arg(parseError.offset)) };
    }
    if (!document.isObject()) {
        return { std::nullopt, QJsonValue::Null,
            PeerError(PeerError::InvalidArgument,
                QStringLiteral("A command must be a JSON object like {\"id\":1,\"cmd\":\"status\"}.")) };
    }
    const QJsonObject object = document.object();
    const QJsonValue id = object.value(QStringLiteral("id")).isUndefined() ? QJsonValue(QJsonValue::Null)
                                                                           : object.value(QStringLiteral("id"));
    const QJsonValue name = object.value(QStringLiteral("cmd"));
    if (!name.isString() || name.toString().isEmpty()) {
        return { std::nullopt, id,
            PeerError(PeerError::InvalidArgument, QStringLiteral("The command has no \"cmd\" string.")) };
    }
    return { Command { id, name.toString(), object }, id, {} };
}

QJsonObject successResult(const QJsonValue &id, const QJsonObject &fields)
{
    QJsonObject result = fields;
    result.insert(QStringLiteral("event"), QStringLiteral("result"));
    result.insert(QStringLiteral("id"), id);
    result.insert(QStringLiteral("ok"), true);
    return result;
}

QJsonObject failureResult(const QJsonValue &id, const PeerError &error)
{
    return {
        { QStringLiteral("event"), QStringLiteral("result") },
        { QStringLiteral("id"), id },
        { QStringLiteral("ok"), false },
        { QStringLiteral("code"), error.codeName() },
        { QStringLiteral("message"), error.message() },
    };
}

} // namespace peerscope::cli
