#pragma once
// The explicit registration + queue API that mirrors PeerGraphRegisterEvent /
// PeerGraphGetEventData / PeerGraphUnregisterEvent.
//
// How it relates to the Qt signals of Graph: the graph raises every event once;
// it is emitted as its typed signal and as Graph::peerEvent, and it is appended
// to the queue of every live registration that asked for that event type (and,
// for RECORD_CHANGED and SYNCHRONIZED, that record type). Registrations are
// independent: each has its own queue and sees only events raised after it was
// created. eventsAvailable() plays the role of the Win32 event handle: it fires
// when the queue goes from empty to non-empty; the reader then calls
// getEventData() until it answers NoEventData.

#include "PeerError.h"
#include "PeerEvent.h"

#include <QList>
#include <QObject>
#include <QQueue>
#include <QUuid>

namespace peerscope {

// PEER_GRAPH_EVENT_REGISTRATION: an event type and, for record events, an optional record type.
struct EventRegistrationEntry
{
    EventType type = EventType::StatusChanged;
    QUuid recordType; // null = every record type; only used for RecordChanged and Synchronized
};

class EventRegistration : public QObject
{
    Q_OBJECT
public:
    // Pops the oldest queued event into *event. Returns Ok, or NoEventData (a
    // success code) when the queue is empty.
    PeerError getEventData(PeerEvent *event);
    qsizetype pendingCount() const { return m_queue.size(); }
    const QList<EventRegistrationEntry> &entries() const { return m_entries; }
    bool wants(EventType type) const;

Q_SIGNALS:
    void eventsAvailable();

private:
    friend class EventDispatcher;
    EventRegistration(QList<EventRegistrationEntry> entries, QObject *parent);
    // Queues the event if it matches; returns whether it did.
    bool offer(const PeerEvent &event);

    QList<EventRegistrationEntry> m_entries;
    QQueue<PeerEvent> m_queue;
};

} // namespace peerscope
