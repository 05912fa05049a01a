// Every event is raised once and reaches the typed signal, peerEvent() and each
// registration identically; a registration sees only what was raised after it.
#include "GraphTestSupport.h"
#include "QtPrinters.h"

using namespace peerscope;
using namespace peerscope::testing;

namespace {

QList<EventRegistrationEntry> allEvents()
{
    QList<EventRegistrationEntry> entries;
    for (int type = 1; type <= 9; ++type)
        entries.append({ EventType(type), {} });
    return entries;
}

QList<PeerEvent> drain(EventRegistration *registration)
{
    QList<PeerEvent> events;
    PeerEvent event;
    while (registration->getEventData(&event).code() == PeerError::Ok)
        events.append(event);
    return events;
}

// A comparable summary of an event: its type and the fields of connection changes and status.
QString summary(const PeerEvent &event)
{
    QString text = eventTypeName(event.type);
    if (const auto *change = event.get<ConnectionChange>())
        text += QStringLiteral(" %1 id=%2 node=%3 next=%4 reason=%5")
                    .arg(connectionStatusName(change->status))
                    .arg(change->connectionId)
                    .arg(change->nodeId)
                    .arg(change->nextConnectionId)
                    .arg(quint32(change->reason), 0, 16);
    if (const auto *status = event.get<GraphStatus>())
        text += QStringLiteral(" status=%1").arg(status->toInt());
    return text;
}

QStringList summaries(const QList<PeerEvent> &events)
{
    QStringList list;
    for (const PeerEvent &event : events)
        list.append(summary(event));
    return list;
}

} // namespace

TEST(Events, SignalsPeerEventAndRegistrationsSeeTheSameEvents)
{
    GraphPtr a = makeListeningNode(QStringLiteral("alice"));
    GraphPtr b = makeListeningNode(QStringLiteral("bob"));
    EventLog viaPeerEvent(b.get());
    EventRegistration *first = b->registerEvents(allEvents());
    EventRegistration *second = b->registerEvents(allEvents());
    EventRegistration *neighborOnly = b->registerEvents({ { EventType::NeighborConnection, {} } });
    ASSERT_TRUE(first && second && neighborOnly);
    QSignalSpy available(first, &EventRegistration::eventsAvailable);
    QList<ConnectionChange> typedNeighbor;
    QList<GraphStatus> typedStatus;
    QObject::connect(b.get(), &Graph::neighborConnectionChanged,
        [&](const ConnectionChange &change) { typedNeighbor.append(change); });
    QObject::connect(b.get(), &Graph::statusChanged, [&](GraphStatus status) { typedStatus.append(status); });

    const Result<ConnectionId> id = b->connect(addressOf(*a));
    ASSERT_TRUE(viaPeerEvent.waitFor(EventType::NeighborConnection, ConnectionStatus::Connected));
    EventRegistration *late = b->registerEvents(allEvents());
    ASSERT_FALSE(b->disconnectNeighbor(*id));
    ASSERT_TRUE(viaPeerEvent.waitFor(EventType::NeighborConnection, ConnectionStatus::Disconnected));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !b->status().testFlag(GraphStatusFlag::HasConnections); }, WaitMs));

    EXPECT_GE(available.count(), 1);
    const QStringList expected = summaries(viaPeerEvent.events);
    ASSERT_GE(expected.size(), 4); // Connected, HasConnections, Disconnected, status back
    EXPECT_EQ(summaries(drain(first)), expected);
    EXPECT_EQ(summaries(drain(second)), expected);
    EXPECT_EQ(first->pendingCount(), 0);

    QStringList neighborEvents;
    for (const PeerEvent &event : viaPeerEvent.events) {
        if (event.type == EventType::NeighborConnection)
            neighborEvents.append(summary(event));
    }
    EXPECT_EQ(summaries(drain(neighborOnly)), neighborEvents);
    QStringList typed;
    for (const ConnectionChange &change : typedNeighbor)
        typed.append(summary({ EventType::NeighborConnection, change }));
    EXPECT_EQ(typed, neighborEvents);
    ASSERT_FALSE(typedStatus.isEmpty());
    EXPECT_TRUE(typedStatus.constFirst().testFlag(GraphStatusFlag::HasConnections));
    EXPECT_FALSE(typedStatus.constLast().testFlag(GraphStatusFlag::HasConnections));

    // Raised before it existed: the late registration has only the disconnect and what followed.
    const QStringList lateEvents = summaries(drain(late));
    ASSERT_FALSE(lateEvents.isEmpty());
    EXPECT_TRUE(lateEvents.constFirst().startsWith(QStringLiteral("neighbor-connection disconnected")))
        << lateEvents.constFirst().toStdString();

    EXPECT_FALSE(b->unregisterEvents(second));
    EXPECT_EQ(b->unregisterEvents(second).code(), PeerError::EventHandleNotFound);
}
