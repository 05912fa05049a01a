#pragma once

#include "ObservedEvent.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <vector>

namespace peerscope::gui {

struct EventLogEntry
{
    qint64 msecsSinceEpoch = 0;
    NodeId node = 0;
    QString nodeName;
    EventType type = EventType::StatusChanged;
    QString details;
};

// Every peer event the inspector observes, newest last, in a ring buffer of fixed capacity:
// the oldest rows fall out, so a million events cost no more than the capacity. Appends are
// batched (one insert per flush, every few tens of milliseconds) because views and proxies
// pay per change notification, not per row.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, NodeColumn, TypeColumn, DetailsColumn, ColumnCount };
    static constexpr qsizetype DefaultCapacity = 100'000;

    explicit EventLogModel(qsizetype capacity = DefaultCapacity, QObject *parent = nullptr);

    void append(const ObservedEvent &event);
    // Moves pending events into the model now (the timer does it otherwise).
    void flush();
    void clear();
    // While paused, events are kept aside (up to the capacity) and shown on resume.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    qsizetype capacity() const { return m_capacity; }
    qsizetype pendingCount() const { return m_pending.size(); }
    const EventLogEntry &entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void pausedChanged(bool paused);

private:
    qsizetype m_capacity;
    std::vector<EventLogEntry> m_ring;
    qsizetype m_head = 0; // ring index of row 0
    qsizetype m_size = 0;
    QList<EventLogEntry> m_pending;
    bool m_paused = false;
    QTimer m_flushTimer;
};

} // namespace peerscope::gui
