#include "EventLogModel.h"

#include "EventDescription.h"

namespace peerscope::gui {

namespace {
constexpr int FlushIntervalMs = 50;
}

EventLogModel::EventLogModel(qsizetype capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max<qsizetype>(capacity, 1))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &EventLogModel::flush);
}

void EventLogModel::append(const ObservedEvent &event)
{
    m_pending.append(
        { event.time.toMSecsSinceEpoch(), event.node, event.nodeName, event.event.type, describeEvent(event.event) });
    // Rows beyond the capacity would be dropped by the flush anyway; drop them in chunks.
    if (m_pending.size() >= 2 * m_capacity)
        m_pending.remove(0, m_pending.size() - m_capacity);
    if (!m_paused && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void EventLogModel::flush()
{
    m_flushTimer.stop();
    if (m_paused || m_pending.isEmpty())
        return;
    if (m_pending.size() > m_capacity)
        m_pending.remove(0, m_pending.size() - m_capacity);
    const qsizetype count = m_pending.size();
    if (count == m_capacity) {
        beginResetModel();
        m_ring.assign(m_pending.cbegin(), m_pending.cend());
        m_head = 0;
        m_size = count;
        m_pending.clear();
        endResetModel();
        return;
    }
    const qsizetype overflow = m_size + count - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow - 1));
        m_head = (m_head + overflow) % m_capacity;
        m_size -= overflow;
        endRemoveRows();
    }
    beginInsertRows({}, int(m_size), int(m_size + count - 1));
    for (EventLogEntry &entry : m_pending) {
        const qsizetype slot = (m_head + m_size) % m_capacity;
        // The ring only grows while it is not full, and then head is 0 and slot == size().
        if (slot == qsizetype(m_ring.size()))
            m_ring.push_back(std::move(entry));
        else
            m_ring[size_t(slot)] = std::move(entry);
        ++m_size;
    }
    m_pending.clear();
    endInsertRows();
}

void EventLogModel::clear()
{
    beginResetModel();
    m_ring.clear();
    m_head = 0;
    m_size = 0;
    m_pending.clear();
    endResetModel();
}

void EventLogModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused)
        flush();
    Q_EMIT pausedChanged(paused);
}

const EventLogEntry &EventLogModel::entry(int row) const
{
    return m_ring[size_t((m_head + row) % m_capacity)];
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_size);
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_size)
        return {};
    const EventLogEntry &e = entry(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.msecsSinceEpoch).toString(QStringLiteral("HH:mm:ss.zzz"));
        case NodeColumn: return e.nodeName;
        case TypeColumn: return eventTypeLabel(e.type);
        case DetailsColumn: return e.details;
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == DetailsColumn)
            return e.details;
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(e.msecsSinceEpoch).toString(Qt::ISODateWithMs);
        if (index.column() == NodeColumn)
            return tr("Node %1").arg(e.node);
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case NodeColumn: return tr("Node");
    case TypeColumn: return tr("Event");
    case DetailsColumn: return tr("Details");
    }
    return {};
}

} // namespace peerscope::gui
