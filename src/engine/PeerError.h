#pragma once

#include <QMetaType>
#include <QString>

#include <utility>

namespace peerscope {

// A failure of an engine call. Codes mirror the original's HRESULTs (PEER_E_*,
// FACILITY_P2P = 0x63) so that people who know the Windows API recognise them;
// the message says what went wrong and what to do about it.
class PeerError
{
public:
    enum Code : quint32 {
        Ok = 0,
        // Success codes that are not errors (PEER_S_*).
        GraphDataCreated = 0x00630001,
        NoEventData = 0x00630002,

        InvalidArgument = 0x80070057, // E_INVALIDARG
        OutOfMemory = 0x8007000E, // E_OUTOFMEMORY
        AccessDenied = 0x80070005, // E_ACCESSDENIED
        WouldBlock = 0x8007274C, // send queue full: retry after sendQueueDrained()
        NotInitialized = 0x80630002,
        InvalidGraph = 0x80630010,
        DuplicateGraph = 0x80630012,
        GraphNotReady = 0x80630013,
        GraphShuttingDown = 0x80630014,
        GraphInUse = 0x80630015,
        InvalidDatabase = 0x80630016,
        TooManyAttributes = 0x80630017,
        ConnectionNotFound = 0x80630103,
        ConnectSelf = 0x80630106,
        AlreadyListening = 0x80630107,
        NodeNotFound = 0x80630108,
        ConnectionFailed = 0x80630109,
        ConnectionNotAuthenticated = 0x8063010A,
        ConnectionRefused = 0x8063010B,
        RecordNotFound = 0x80630301,
        DatabaseAccessDenied = 0x80630302,
        DatabaseInitializationFailed = 0x80630303,
        MaxRecordSizeExceeded = 0x80630304,
        DatabaseAlreadyPresent = 0x80630305,
        DatabaseNotPresent = 0x80630306,
        EventHandleNotFound = 0x80630501,
        InvalidSearch = 0x80630601,
        InvalidAttributes = 0x80630602,
        InvalidRecord = 0x80632010,
        NotAuthorized = 0x80632020,
        InvalidRecordExpiration = 0x80632080,
        InvalidRecordSize = 0x80632083,
        UnableToListen = 0x80632096,
        NotFound = 0x80070490,
        AlreadyExists = 0x800700B7,
        InvalidState = 0x8007139F, // HRESULT_FROM_WIN32(ERROR_INVALID_STATE)
    };

    PeerError() = default;
    PeerError(Code code, QString message)
        : m_code(code)
        , m_message(std::move(message))
    {
    }

    static PeerError ok() { return {}; }

    // True for Ok and for the PEER_S_* success codes.
    bool isOk() const { return (quint32(m_code) & 0x80000000u) == 0; }
    bool isError() const { return !isOk(); }
    explicit operator bool() const { return isError(); }

    Code code() const { return m_code; }
    const QString &message() const { return m_message; }
    // The PEER_E_* name of the code, e.g. "PEER_E_CONNECT_SELF".
    QString codeName() const;
    // "PEER_E_CONNECT_SELF (0x80630106): <message>"
    QString toString() const;

private:
    Code m_code = Ok;
    QString m_message;
};

// A value or the error that prevented it.
template<typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(PeerError error)
        : m_error(std::move(error))
    {
        Q_ASSERT(m_error.isError());
    }

    bool isOk() const { return m_error.isOk(); }
    explicit operator bool() const { return isOk(); }
    const T &value() const { return m_value; }
    T &value() { return m_value; }
    const T &operator*() const { return m_value; }
    const T *operator->() const { return &m_value; }
    const PeerError &error() const { return m_error; }

private:
    T m_value {};
    PeerError m_error;
};

} // namespace peerscope

Q_DECLARE_METATYPE(peerscope::PeerError)
