#pragma once

#include "PeerEvent.h"

#include <QDateTime>
#include <QMetaType>

namespace peerscope::gui {

// One peer event as the inspector saw it: which node raised it and when. Events of the
// inspector's own Graph and the JSON lines of lab peers both arrive in this form, so every
// model and view consumes a single type.
struct ObservedEvent
{
    QDateTime time;
    NodeId node = 0; // the node that raised the event
    QString nodeName; // its friendly name or peer id
    PeerEvent event;
};

} // namespace peerscope::gui

Q_DECLARE_METATYPE(peerscope::gui::ObservedEvent)
