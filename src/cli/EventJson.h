#pragma once
// A graph event as one output line's fields (the "time" is added when written).

#include "PeerEvent.h"

#include <QJsonObject>

namespace peerscope::cli {

QJsonObject eventToJson(const PeerEvent &event);

} // namespace peerscope::cli
