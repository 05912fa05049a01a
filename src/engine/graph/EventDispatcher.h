#pragma once
// Raises each peer event exactly once: as its typed Graph signal, as
// Graph::peerEvent, and into the queue of every live registration that wants it.

#include "EventRegistration.h"
#include "PeerEvent.h"

#include <QList>
#include <QPointer>

namespace peerscope {

class Graph;

class EventDispatcher
{
public:
    explicit EventDispatcher(Graph *graph);
    ~EventDispatcher();

    void raise(const PeerEvent &event);
    void raiseStatusChanged(GraphStatus status);
    void raisePropertyChanged();
    void raiseRecordChanged(const RecordChange &change);
    void raiseDirectConnection(const ConnectionChange &change);
    void raiseNeighborConnection(const ConnectionChange &change);
    void raiseIncomingData(const IncomingData &data);
    void raiseConnectionRequired();
    void raiseNodeChanged(const NodeChange &change);
    void raiseSynchronized(const QUuid &recordType);

    EventRegistration *registerEvents(const QList<EventRegistrationEntry> &entries);
    bool unregisterEvents(EventRegistration *registration);
    void unregisterAll();
    // Whether some live registration asked for this event type.
    bool registrationWants(EventType type) const;

private:
    Graph *m_graph;
    QList<EventRegistration *> m_registrations;
};

} // namespace peerscope
