#include "wire/Messages.h"

namespace peerscope::wire {

// The alternatives of Message are declared in type-code order (0x01..0x0E).
static_assert(std::is_same_v<std::variant_alternative_t<0, Message>, AuthInfo>);
static_assert(std::is_same_v<std::variant_alternative_t<int(MessageType::Flood) - 1, Message>, Flood>);
static_assert(std::is_same_v<std::variant_alternative_t<int(MessageType::Ack) - 1, Message>, Ack>);
static_assert(std::variant_size_v<Message> == int(MessageType::Ack));

MessageType messageType(const Message &message)
{
    return MessageType(message.index() + 1);
}

QString messageTypeName(MessageType type)
{
    switch (type) {
    case MessageType::AuthInfo: return QStringLiteral("AUTH_INFO");
    case MessageType::Connect: return QStringLiteral("CONNECT");
    case MessageType::Welcome: return QStringLiteral("WELCOME");
    case MessageType::Refuse: return QStringLiteral("REFUSE");
    case MessageType::Disconnect: return QStringLiteral("DISCONNECT");
    case MessageType::SolicitNew: return QStringLiteral("SOLICIT_NEW");
    case MessageType::SolicitTime: return QStringLiteral("SOLICIT_TIME");
    case MessageType::SolicitHash: return QStringLiteral("SOLICIT_HASH");
    case MessageType::Advertise: return QStringLiteral("ADVERTISE");
    case MessageType::Request: return QStringLiteral("REQUEST");
    case MessageType::Flood: return QStringLiteral("FLOOD");
    case MessageType::SyncEnd: return QStringLiteral("SYNC_END");
    case MessageType::Pt2Pt: return QStringLiteral("PT2PT");
    case MessageType::Ack: return QStringLiteral("ACK");
    }
    return QStringLiteral("UNKNOWN(0x%1)").arg(quint8(type), 2, 16, QLatin1Char('0'));
}

} // namespace peerscope::wire
