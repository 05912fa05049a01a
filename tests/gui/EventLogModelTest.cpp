#include "EventLogModel.h"
#include "EventLogFilter.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>

using namespace peerscope;
using namespace peerscope::gui;

namespace {

ObservedEvent statusEvent(NodeId node, int sequence)
{
    ObservedEvent event;
    event.time = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + sequence);
    event.node = node;
    event.nodeName = QStringLiteral("node-%1").arg(node);
    event.event.type = EventType::StatusChanged;
    event.event.data = GraphStatus(GraphStatusFlag::Listening);
    return event;
}

ObservedEvent dataEvent(NodeId node, const QByteArray &payload)
{
    ObservedEvent event = statusEvent(node, 0);
    event.event.type = EventType::IncomingData;
    event.event.data = IncomingData { 42, QUuid::createUuid(), payload };
    return event;
}

} // namespace

TEST(EventLogModel, KeepsOnlyTheNewestRowsUpToItsCapacity)
{
    EventLogModel log(100);
    for (int i = 0; i < 250; ++i) {
        log.append(statusEvent(1, i));
        if (i % 30 == 0)
            log.flush(); // several flushes so the ring wraps around
    }
    log.flush();
    ASSERT_EQ(log.rowCount(), 100);
    EXPECT_EQ(log.entry(0).msecsSinceEpoch, 1'700'000'000'000 + 150);
    EXPECT_EQ(log.entry(99).msecsSinceEpoch, 1'700'000'000'000 + 249);
    for (int row = 1; row < 100; ++row)
        ASSERT_EQ(log.entry(row).msecsSinceEpoch, log.entry(row - 1).msecsSinceEpoch + 1) << row;
}

TEST(EventLogModel, BatchesAppendsIntoOneInsertPerFlush)
{
    EventLogModel log(1000);
    QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 500; ++i)
        log.append(statusEvent(1, i));
    EXPECT_EQ(log.rowCount(), 0) << "nothing shown before the flush";
    ASSERT_TRUE(inserted.wait(2000)) << "the flush timer inserts the batch";
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(log.rowCount(), 500);
}

TEST(EventLogModel, PauseHoldsEventsUntilResume)
{
    EventLogModel log(100);
    log.append(statusEvent(1, 0));
    log.flush();
    log.setPaused(true);
    log.append(statusEvent(1, 1));
    log.append(statusEvent(1, 2));
    log.flush();
    EXPECT_EQ(log.rowCount(), 1);
    EXPECT_EQ(log.pendingCount(), 2);
    log.setPaused(false);
    EXPECT_EQ(log.rowCount(), 3);
    log.clear();
    EXPECT_EQ(log.rowCount(), 0);
}

TEST(EventLogModel, ShowsTimeNodeTypeAndDetails)
{
    EventLogModel log;
    log.append(dataEvent(7, "hello mesh"));
    log.flush();
    ASSERT_EQ(log.rowCount(), 1);
    EXPECT_EQ(log.index(0, EventLogModel::NodeColumn).data().toString(), QStringLiteral("node-7"));
    EXPECT_EQ(log.index(0, EventLogModel::TypeColumn).data().toString(), QStringLiteral("Incoming data"));
    EXPECT_TRUE(log.index(0, EventLogModel::DetailsColumn).data().toString().contains(QStringLiteral("hello mesh")));
    EXPECT_FALSE(log.index(0, EventLogModel::TimeColumn).data().toString().isEmpty());
}

TEST(EventLogFilter, FiltersByTypeNodeAndText)
{
    EventLogModel log;
    EventLogFilter filter;
    filter.setSourceModel(&log);
    log.append(statusEvent(1, 0));
    log.append(dataEvent(1, "alpha"));
    log.append(dataEvent(2, "beta"));
    log.append(statusEvent(2, 1));
    log.flush();
    EXPECT_EQ(filter.rowCount(), 4);

    filter.setEventTypes({ EventType::IncomingData });
    EXPECT_EQ(filter.rowCount(), 2);
    filter.setNode(2);
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_TRUE(filter.index(0, EventLogModel::DetailsColumn).data().toString().contains(QStringLiteral("beta")));

    filter.setEventTypes({});
    filter.setNode(0);
    filter.setText(QStringLiteral("ALPHA"));
    EXPECT_EQ(filter.rowCount(), 1) << "case-insensitive text search";

    filter.setText({});
    log.append(dataEvent(1, "gamma"));
    log.flush();
    EXPECT_EQ(filter.rowCount(), 5) << "new rows pass through the live filter";
}
