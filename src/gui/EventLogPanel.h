#pragma once

#include "EventLogFilter.h"
#include "EventLogModel.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class QToolButton;

namespace peerscope::gui {

class MeshTopology;

// The event log dock: the table plus its filters (type, node, text), pause/resume and clear.
class EventLogPanel : public QWidget
{
    Q_OBJECT
public:
    EventLogPanel(EventLogModel *log, const MeshTopology *topology, QWidget *parent = nullptr);

    EventLogFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    // Shows only events of this node (0 = all).
    void showNode(NodeId node);
    void focusSearch();

private:
    void refreshNodeChoices();
    EventLogModel *m_log;
    const MeshTopology *m_topology;
    EventLogFilter *m_filter;
    QComboBox *m_type;
    QComboBox *m_node;
    QLineEdit *m_search;
    QToolButton *m_pause;
    QTableView *m_table;
};

} // namespace peerscope::gui
