#include "EventRegistration.h"

#include <algorithm>

namespace peerscope {

EventRegistration::EventRegistration(QList<EventRegistrationEntry> entries, QObject *parent)
    : QObject(parent)
    , m_entries(std::move(entries))
{
}

bool EventRegistration::wants(EventType type) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [type](const auto &e) { return e.type == type; });
}

bool EventRegistration::offer(const PeerEvent &event)
{
    QUuid recordType;
    if (const auto *record = event.get<RecordChange>())
        recordType = record->recordType;
    else if (const auto *sync = event.get<SynchronizedData>())
        recordType = sync->recordType;

    const bool matches = std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const EventRegistrationEntry &e) {
        return e.type == event.type && (e.recordType.isNull() || e.recordType == recordType);
    });
    if (!matches)
        return false;
    const bool wasEmpty = m_queue.isEmpty();
    m_queue.enqueue(event);
    if (wasEmpty)
        Q_EMIT eventsAvailable();
    return true;
}

PeerError EventRegistration::getEventData(PeerEvent *event)
{
    if (m_queue.isEmpty())
        return { PeerError::NoEventData, QString() };
    *event = m_queue.dequeue();
    return {};
}

} // namespace peerscope
