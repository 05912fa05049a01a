#include "graph/EventDispatcher.h"

#include "Graph.h"

#include <algorithm>

namespace peerscope {

EventDispatcher::EventDispatcher(Graph *graph)
    : m_graph(graph)
{
}

EventDispatcher::~EventDispatcher()
{
    unregisterAll();
}

void EventDispatcher::raise(const PeerEvent &event)
{
    switch (event.type) {
    case EventType::StatusChanged: Q_EMIT m_graph->statusChanged(*event.get<GraphStatus>()); break;
    case EventType::PropertyChanged: Q_EMIT m_graph->propertyChanged(); break;
    case EventType::RecordChanged: Q_EMIT m_graph->recordChanged(*event.get<RecordChange>()); break;
    case EventType::DirectConnection: Q_EMIT m_graph->directConnectionChanged(*event.get<ConnectionChange>()); break;
    case EventType::NeighborConnection:
        Q_EMIT m_graph->neighborConnectionChanged(*event.get<ConnectionChange>());
        break;
    case EventType::IncomingData: Q_EMIT m_graph->incomingData(*event.get<IncomingData>()); break;
    case EventType::ConnectionRequired: Q_EMIT m_graph->connectionRequired(); break;
    case EventType::NodeChanged: Q_EMIT m_graph->nodeChanged(*event.get<NodeChange>()); break;
    case EventType::Synchronized: Q_EMIT m_graph->synchronized(event.get<SynchronizedData>()->recordType); break;
    }
    Q_EMIT m_graph->peerEvent(event);
    // A slot above may register or unregister: offer to a snapshot of the registrations that
    // existed when the event was raised and are still alive.
    const QList<EventRegistration *> registrations = m_registrations;
    for (EventRegistration *registration : registrations) {
        if (m_registrations.contains(registration))
            registration->offer(event);
    }
}

void EventDispatcher::raiseStatusChanged(GraphStatus status)
{
    raise({ EventType::StatusChanged, status });
}

void EventDispatcher::raisePropertyChanged()
{
    raise({ EventType::PropertyChanged, std::monostate() });
}

void EventDispatcher::raiseRecordChanged(const RecordChange &change)
{
    raise({ EventType::RecordChanged, change });
}

void EventDispatcher::raiseDirectConnection(const ConnectionChange &change)
{
    raise({ EventType::DirectConnection, change });
}

void EventDispatcher::raiseNeighborConnection(const ConnectionChange &change)
{
    raise({ EventType::NeighborConnection, change });
}

void EventDispatcher::raiseIncomingData(const IncomingData &data)
{
    raise({ EventType::IncomingData, data });
}

void EventDispatcher::raiseConnectionRequired()
{
    raise({ EventType::ConnectionRequired, std::monostate() });
}

void EventDispatcher::raiseNodeChanged(const NodeChange &change)
{
    raise({ EventType::NodeChanged, change });
}

void EventDispatcher::raiseSynchronized(const QUuid &recordType)
{
    raise({ EventType::Synchronized, SynchronizedData { recordType } });
}

EventRegistration *EventDispatcher::registerEvents(const QList<EventRegistrationEntry> &entries)
{
    auto *registration = new EventRegistration(entries, m_graph);
    m_registrations.append(registration);
    return registration;
}

bool EventDispatcher::unregisterEvents(EventRegistration *registration)
{
    if (!m_registrations.removeOne(registration))
        return false;
    delete registration;
    return true;
}

void EventDispatcher::unregisterAll()
{
    const QList<EventRegistration *> registrations = std::exchange(m_registrations, {});
    qDeleteAll(registrations);
}

bool EventDispatcher::registrationWants(EventType type) const
{
    return std::any_of(m_registrations.cbegin(), m_registrations.cend(),
        [type](const EventRegistration *registration) { return registration->wants(type); });
}

} // namespace peerscope
