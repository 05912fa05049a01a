#pragma once

#include "PeerEvent.h"

#include <QString>

namespace peerscope::gui {

// The translated name of an event type, as shown in the event log and its filter.
QString eventTypeLabel(EventType type);
// A one-line, translated summary of an event's data for the event log.
QString describeEvent(const PeerEvent &event);
// Status flags as a translated, comma separated list ("listening, synchronized").
QString describeStatus(GraphStatus status);
// "Presence", "Topology", ... for the engine's record types, the GUID otherwise.
QString recordTypeLabel(const QUuid &type);
// A short preview of a payload: text when printable, hex otherwise.
QString previewData(const QByteArray &data, int maxBytes = 32);

} // namespace peerscope::gui
