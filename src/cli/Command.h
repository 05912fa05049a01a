#pragma once
// One input line: {"id": ..., "cmd": "...", ...arguments}, and the result line answering it.

#include "PeerError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace peerscope::cli {

struct Command
{
    QJsonValue id; // echoed in the result; null when the line had none
    QString name; // the "cmd" field
    QJsonObject arguments; // the whole object (id and cmd included)
};

// A parsed command, or the error that a result line (with the id, when known) reports.
struct ParsedCommand
{
    std::optional<Command> command;
    QJsonValue id;
    PeerError error;
};

ParsedCommand parseCommand(const QByteArray &line);

// {"event":"result","id":..,"ok":true, ...fields}
QJsonObject successResult(const QJsonValue &id, const QJsonObject &fields = {});
// {"event":"result","id":..,"ok":false,"code":"PEER_E_...","message":".."}
QJsonObject failureResult(const QJsonValue &id, const PeerError &error);

} // namespace peerscope::cli
