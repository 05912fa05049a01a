#pragma once

#include "PeerTypes.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace peerscope::gui {

// Narrows the event log by event type, by node and by free text (node name and details).
class EventLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // Empty = every type.
    void setEventTypes(const QSet<EventType> &types);
    QSet<EventType> eventTypes() const { return m_types; }
    // 0 = every node.
    void setNode(NodeId node);
    NodeId node() const { return m_node; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<EventType> m_types;
    NodeId m_node = 0;
    QString m_text;
};

} // namespace peerscope::gui
