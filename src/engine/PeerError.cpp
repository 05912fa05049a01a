#include "PeerError.h"

namespace peerscope {

QString PeerError::codeName() const
{
    switch (m_code) {
    case Ok: return QStringLiteral("S_OK");
    case GraphDataCreated: return QStringLiteral("PEER_S_GRAPH_DATA_CREATED");
    case NoEventData: return QStringLiteral("PEER_S_NO_EVENT_DATA");
    case InvalidArgument: return QStringLiteral("E_INVALIDARG");
    case OutOfMemory: return QStringLiteral("E_OUTOFMEMORY");
    case AccessDenied: return QStringLiteral("E_ACCESSDENIED");
    case WouldBlock: return QStringLiteral("WSAEWOULDBLOCK");
    case NotInitialized: return QStringLiteral("PEER_E_NOT_INITIALIZED");
    case InvalidGraph: return QStringLiteral("PEER_E_INVALID_GRAPH");
    case DuplicateGraph: return QStringLiteral("PEER_E_DUPLICATE_GRAPH");
    case GraphNotReady: return QStringLiteral("PEER_E_GRAPH_NOT_READY");
    case GraphShuttingDown: return QStringLiteral("PEER_E_GRAPH_SHUTTING_DOWN");
    case GraphInUse: return QStringLiteral("PEER_E_GRAPH_IN_USE");
    case InvalidDatabase: return QStringLiteral("PEER_E_INVALID_DATABASE");
    case TooManyAttributes: return QStringLiteral("PEER_E_TOO_MANY_ATTRIBUTES");
    case ConnectionNotFound: return QStringLiteral("PEER_E_CONNECTION_NOT_FOUND");
    case ConnectSelf: return QStringLiteral("PEER_E_CONNECT_SELF");
    case AlreadyListening: return QStringLiteral("PEER_E_ALREADY_LISTENING");
    case NodeNotFound: return QStringLiteral("PEER_E_NODE_NOT_FOUND");
    case ConnectionFailed: return QStringLiteral("PEER_E_CONNECTION_FAILED");
    case ConnectionNotAuthenticated: return QStringLiteral("PEER_E_CONNECTION_NOT_AUTHENTICATED");
    case ConnectionRefused: return QStringLiteral("PEER_E_CONNECTION_REFUSED");
    case RecordNotFound: return QStringLiteral("PEER_E_RECORD_NOT_FOUND");
    case DatabaseAccessDenied: return QStringLiteral("PEER_E_DATABASE_ACCESSDENIED");
    case DatabaseInitializationFailed: return QStringLiteral("PEER_E_DBINITIALIZATION_FAILED");
    case MaxRecordSizeExceeded: return QStringLiteral("PEER_E_MAX_RECORD_SIZE_EXCEEDED");
    case DatabaseAlreadyPresent: return QStringLiteral("PEER_E_DATABASE_ALREADY_PRESENT");
    case DatabaseNotPresent: return QStringLiteral("PEER_E_DATABASE_NOT_PRESENT");
    case EventHandleNotFound: return QStringLiteral("PEER_E_EVENT_HANDLE_NOT_FOUND");
    case InvalidSearch: return QStringLiteral("PEER_E_INVALID_SEARCH");
    case InvalidAttributes: return QStringLiteral("PEER_E_INVALID_ATTRIBUTES");
    case InvalidRecord: return QStringLiteral("PEER_E_INVALID_RECORD");
    case NotAuthorized: return QStringLiteral("PEER_E_NOT_AUTHORIZED");
    case InvalidRecordExpiration: return QStringLiteral("PEER_E_INVALID_RECORD_EXPIRATION");
    case InvalidRecordSize: return QStringLiteral("PEER_E_INVALID_RECORD_SIZE");
    case UnableToListen: return QStringLiteral("PEER_E_UNABLE_TO_LISTEN");
    case NotFound: return QStringLiteral("PEER_E_NOT_FOUND");
    case AlreadyExists: return QStringLiteral("PEER_E_ALREADY_EXISTS");
    case InvalidState: return QStringLiteral("E_INVALID_STATE");
    }
    return QStringLiteral("0x%1").arg(quint32(m_code), 8, 16, QLatin1Char('0'));
}

QString PeerError::toString() const
{
    const QString code = QStringLiteral("%1 (0x%2)").arg(codeName()).arg(quint32(m_code), 8, 16, QLatin1Char('0'));
    return m_message.isEmpty() ? code : code + QStringLiteral(": ") + m_message;
}

} // namespace peerscope
