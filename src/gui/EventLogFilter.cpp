#include "EventLogFilter.h"

#include "EventLogModel.h"

namespace peerscope::gui {

void EventLogFilter::setEventTypes(const QSet<EventType> &types)
{
    m_types = types;
    invalidateRowsFilter();
}

void EventLogFilter::setNode(NodeId node)
{
    m_node = node;
    invalidateRowsFilter();
}

void EventLogFilter::setText(const QString &text)
{
    m_text = text;
    invalidateRowsFilter();
}

bool EventLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Read the entry directly: going through data() and QVariant would dominate with 100k rows.
    const auto *log = qobject_cast<const EventLogModel *>(sourceModel());
    if (!log || sourceParent.isValid())
        return true;
    const EventLogEntry &entry = log->entry(sourceRow);
    if (!m_types.isEmpty() && !m_types.contains(entry.type))
        return false;
    if (m_node != 0 && entry.node != m_node)
        return false;
    return m_text.isEmpty() || entry.details.contains(m_text, Qt::CaseInsensitive)
        || entry.nodeName.contains(m_text, Qt::CaseInsensitive);
}

} // namespace peerscope::gui
