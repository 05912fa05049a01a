#include "EventLogPanel.h"

#include "EventDescription.h"
#include "MeshTopology.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace peerscope::gui {

EventLogPanel::EventLogPanel(EventLogModel *log, const MeshTopology *topology, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_topology(topology)
    , m_filter(new EventLogFilter(this))
    , m_type(new QComboBox(this))
    , m_node(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_pause(new QToolButton(this))
    , m_table(new QTableView(this))
{
    m_filter->setSourceModel(log);

    m_type->addItem(tr("All events"), 0);
    for (int value = int(EventType::StatusChanged); value <= int(EventType::Synchronized); ++value)
        m_type->addItem(eventTypeLabel(EventType(value)), value);
    m_type->setToolTip(tr("Show one event type only"));
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_type->currentData().toInt();
        m_filter->setEventTypes(value == 0 ? QSet<EventType> {} : QSet<EventType> { EventType(value) });
    });

    m_node->setToolTip(tr("Show the events of one node only"));
    m_node->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    refreshNodeChoices();
    connect(topology, &MeshTopology::nodeAdded, this, &EventLogPanel::refreshNodeChoices);
    connect(topology, &MeshTopology::nodeRemoved, this, &EventLogPanel::refreshNodeChoices);
    connect(topology, &MeshTopology::nodeChanged, this, &EventLogPanel::refreshNodeChoices);
    connect(m_node, &QComboBox::activated, this, [this] { m_filter->setNode(m_node->currentData().toULongLong()); });

    m_search->setPlaceholderText(tr("Search details..."));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Show events whose node or details contain this text"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &EventLogFilter::setText);

    m_pause->setCheckable(true);
    m_pause->setText(tr("Pause"));
    m_pause->setIcon(QIcon(QStringLiteral(":/icons/pause.svg")));
    m_pause->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pause->setToolTip(tr("Pause the log; events keep arriving and appear on resume"));
    connect(m_pause, &QToolButton::toggled, log, &EventLogModel::setPaused);
    connect(log, &EventLogModel::pausedChanged, this, [this](bool paused) {
        m_pause->setChecked(paused);
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    });
    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear"));
    clear->setIcon(QIcon(QStringLiteral(":/icons/clear.svg")));
    clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    clear->setToolTip(tr("Remove every event from the log"));
    connect(clear, &QToolButton::clicked, log, &EventLogModel::clear);

    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(20);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(EventLogModel::TimeColumn, 95);
    m_table->setColumnWidth(EventLogModel::NodeColumn, 110);
    m_table->setColumnWidth(EventLogModel::TypeColumn, 150);
    // Follow the newest event unless the user scrolled up to read.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_table->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2 * m_table->verticalHeader()->defaultSectionSize())
            m_table->scrollToBottom();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_type);
    bar->addWidget(m_node);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_pause);
    bar->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_table);
}

void EventLogPanel::refreshNodeChoices()
{
    const NodeId current = m_filter->node();
    m_node->clear();
    m_node->addItem(tr("All nodes"), QVariant::fromValue<NodeId>(0));
    for (const MeshNode &node : m_topology->nodes())
        m_node->addItem(node.label(), QVariant::fromValue<NodeId>(node.id));
    const int index = m_node->findData(QVariant::fromValue<NodeId>(current));
    m_node->setCurrentIndex(std::max(index, 0));
}

void EventLogPanel::showNode(NodeId node)
{
    m_filter->setNode(node);
    refreshNodeChoices();
}

void EventLogPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace peerscope::gui
