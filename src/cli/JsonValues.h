#pragma once
// The JSON form of engine values, shared by event lines and command results.
// 64-bit ids travel as decimal strings: a JSON number (a double) cannot hold them.

#include "PeerTypes.h"
#include "Record.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace peerscope::cli {

QJsonValue idToJson(quint64 id);
// Accepts a decimal string, or a JSON number that is an exact non-negative integer.
std::optional<quint64> idFromJson(const QJsonValue &value);

QString uuidToJson(const QUuid &uuid);
// Accepts "{...}" and the bare form; null for anything else (and for the null uuid).
QUuid uuidFromJson(const QJsonValue &value);

QString base64ToJson(const QByteArray &data);
// Strict base64 (the standard alphabet); nullopt when the text is not base64.
std::optional<QByteArray> base64FromJson(const QJsonValue &value);

// ISO 8601 UTC with milliseconds: "2026-11-23T21:30:00.123Z".
QString timestamp(const QDateTime &time);
// A peer time (FILETIME units) as ISO 8601; null for 0 (unset).
QJsonValue peerTimeToJson(PeerTime time);

QJsonArray statusToJson(GraphStatus status); // ["listening","has-connections","synchronized"]
QString scopeName(GraphScope scope);

QJsonArray addressesToJson(const QList<PeerAddress> &addresses);
QJsonObject recordToJson(const Record &record);
QJsonObject nodeToJson(const NodeInfo &node);
QJsonObject connectionToJson(const ConnectionInfo &connection);
QJsonObject propertiesToJson(const GraphProperties &properties);

} // namespace peerscope::cli
