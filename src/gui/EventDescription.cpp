#include "EventDescription.h"

#include "Record.h"

#include <QCoreApplication>

namespace peerscope::gui {

namespace {

// The translation context of the strings below (lupdate needs a class to attach them to).
struct EventText
{
    Q_DECLARE_TR_FUNCTIONS(EventText)
};

QString connectionStatusLabel(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::Connected: return EventText::tr("connected");
    case ConnectionStatus::Disconnected: return EventText::tr("disconnected");
    case ConnectionStatus::Failed: return EventText::tr("failed");
    }
    return {};
}

QString describeConnection(const ConnectionChange &change)
{
    QString text
        = EventText::tr("connection %1 %2 peer %3 (node %4)")
              .arg(change.connectionId)
              .arg(connectionStatusLabel(change.status), change.peerId.isEmpty() ? EventText::tr("?") : change.peerId)
              .arg(change.nodeId);
    if (!change.reasonText.isEmpty())
        text += QStringLiteral(": ") + change.reasonText;
    if (change.nextConnectionId != 0)
        text += EventText::tr(", next attempt %1").arg(change.nextConnectionId);
    return text;
}

QString recordChangeLabel(RecordChangeType type)
{
    switch (type) {
    case RecordChangeType::Added: return EventText::tr("added");
    case RecordChangeType::Updated: return EventText::tr("updated");
    case RecordChangeType::Deleted: return EventText::tr("deleted");
    case RecordChangeType::Expired: return EventText::tr("expired");
    }
    return {};
}

QString nodeChangeLabel(NodeChangeType type)
{
    switch (type) {
    case NodeChangeType::Connected: return EventText::tr("connected");
    case NodeChangeType::Disconnected: return EventText::tr("disconnected");
    case NodeChangeType::Updated: return EventText::tr("updated");
    }
    return {};
}

struct Describer
{
    QString operator()(std::monostate) const { return {}; }
    QString operator()(GraphStatus status) const { return describeStatus(status); }
    QString operator()(const ConnectionChange &change) const { return describeConnection(change); }
    QString operator()(const IncomingData &data) const
    {
        return EventText::tr("connection %1, type %2, %n byte(s): %3", nullptr, int(data.data.size()))
            .arg(data.connectionId)
            .arg(data.dataType.toString(QUuid::WithoutBraces), previewData(data.data));
    }
    QString operator()(const RecordChange &change) const
    {
        return EventText::tr("%1 record %2 %3")
            .arg(recordTypeLabel(change.recordType), change.recordId.toString(QUuid::WithoutBraces),
                recordChangeLabel(change.changeType));
    }
    QString operator()(const NodeChange &change) const
    {
        return EventText::tr("node %1 (%2) %3")
            .arg(change.nodeId)
            .arg(change.peerId, nodeChangeLabel(change.changeType));
    }
    QString operator()(const SynchronizedData &data) const
    {
        return EventText::tr("record type %1").arg(recordTypeLabel(data.recordType));
    }
};

} // namespace

QString eventTypeLabel(EventType type)
{
    switch (type) {
    case EventType::StatusChanged: return EventText::tr("Status changed");
    case EventType::PropertyChanged: return EventText::tr("Property changed");
    case EventType::RecordChanged: return EventText::tr("Record changed");
    case EventType::DirectConnection: return EventText::tr("Direct connection");
    case EventType::NeighborConnection: return EventText::tr("Neighbor connection");
    case EventType::IncomingData: return EventText::tr("Incoming data");
    case EventType::ConnectionRequired: return EventText::tr("Connection required");
    case EventType::NodeChanged: return EventText::tr("Node changed");
    case EventType::Synchronized: return EventText::tr("Synchronized");
    }
    return {};
}

QString recordTypeLabel(const QUuid &type)
{
    if (type == RecordTypes::GraphInfo)
        return EventText::tr("Graph info");
    if (type == RecordTypes::Presence)
        return EventText::tr("Presence");
    if (type == RecordTypes::Contact)
        return EventText::tr("Contact");
    if (type == RecordTypes::Signature)
        return EventText::tr("Signature");
    if (type == RecordTypes::Topology)
        return EventText::tr("Topology");
    return type.toString(QUuid::WithoutBraces);
}

QString describeEvent(const PeerEvent &event)
{
    return std::visit(Describer {}, event.data);
}

QString describeStatus(GraphStatus status)
{
    QStringList flags;
    if (status.testFlag(GraphStatusFlag::Listening))
        flags << EventText::tr("listening");
    if (status.testFlag(GraphStatusFlag::HasConnections))
        flags << EventText::tr("has connections");
    if (status.testFlag(GraphStatusFlag::Synchronized))
        flags << EventText::tr("synchronized");
    return flags.isEmpty() ? EventText::tr("none") : flags.join(QStringLiteral(", "));
}

QString previewData(const QByteArray &data, int maxBytes)
{
    const QByteArray head = data.left(maxBytes);
    const bool printable = std::all_of(head.cbegin(), head.cend(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x20 || c == '\n' || c == '\t' || c == '\r';
    });
    QString text = printable ? QString::fromUtf8(head).replace(QLatin1Char('\n'), QStringLiteral("\u21b5"))
                             : QString::fromLatin1(head.toHex(' '));
    if (data.size() > maxBytes)
        text += QStringLiteral("\u2026");
    return text;
}

} // namespace peerscope::gui
