#pragma once

#include "PeerEvent.h"

#include <QJsonObject>

#include <optional>

namespace peerscope::gui {

// Reads the graph events that peerscope-node prints (one JSON object per line) back into the
// engine's PeerEvent, so lab peers feed the same models as the inspector's own node.
// nullopt for lines that are not graph events (started, listening, result, error).
std::optional<PeerEvent> peerEventFromJson(const QJsonObject &line);
// Ids travel as decimal strings; 0 when absent or malformed.
quint64 idFromJson(const QJsonValue &value);

} // namespace peerscope::gui
