#pragma once
// Shared helpers for the wire tests: hex literals, error checks and truncation sweeps.

#include "GoldenVectors.h"
#include "QtPrinters.h"
#include "wire/Codec.h"

#include <gtest/gtest.h>

#include <QtEndian>

namespace peerscope::wire::test {

// Golden vectors are written as hex with spaces for readability (spaces are skipped).
using golden::hex;

inline QUuid guid(const char *text)
{
    return QUuid(QString::fromLatin1(text));
}

// The decoded value, or a test failure naming the decode error.
template<typename T> std::optional<T> decodedValue(const Decoded<T> &decoded)
{
    if (const auto *error = std::get_if<DecodeError>(&decoded)) {
        ADD_FAILURE() << "unexpected decode error: " << error->toString().toStdString();
        return std::nullopt;
    }
    return std::get<T>(decoded);
}

// Decodes a whole message and expects it to be of type T.
template<typename T> std::optional<T> decodeAs(const QByteArray &bytes)
{
    const auto message = decodedValue(decode(bytes));
    if (!message)
        return std::nullopt;
    if (const auto *value = std::get_if<T>(&*message))
        return *value;
    ADD_FAILURE() << "decoded as " << messageTypeName(messageType(*message)).toStdString();
    return std::nullopt;
}

// The error of a decode that must fail.
template<typename T> DecodeError expectError(const Decoded<T> &decoded)
{
    if (const auto *error = std::get_if<DecodeError>(&decoded))
        return *error;
    ADD_FAILURE() << "decoding succeeded but must fail";
    return {};
}

inline void expectErrorAt(const DecodeError &error, const QString &message, const QString &field, qsizetype offset)
{
    EXPECT_EQ(error.message, message) << error.toString().toStdString();
    EXPECT_EQ(error.field, field) << error.toString().toStdString();
    EXPECT_EQ(error.offset, offset) << error.toString().toStdString();
    EXPECT_FALSE(error.reason.isEmpty());
}

inline QByteArray withU8(QByteArray bytes, qsizetype at, quint8 value)
{
    bytes[at] = char(value);
    return bytes;
}

inline QByteArray withU16(QByteArray bytes, qsizetype at, quint16 value)
{
    qToBigEndian(value, bytes.data() + at);
    return bytes;
}

inline QByteArray withU32(QByteArray bytes, qsizetype at, quint32 value)
{
    qToBigEndian(value, bytes.data() + at);
    return bytes;
}

// Every proper prefix must be rejected with an error.
template<typename DecodeFn> void expectEveryTruncationRejected(const QByteArray &bytes, DecodeFn &&decodeFn)
{
    for (qsizetype length = 0; length < bytes.size(); ++length) {
        const auto decoded = decodeFn(bytes.first(length));
        EXPECT_TRUE(std::holds_alternative<DecodeError>(decoded)) << "prefix of " << length << " bytes accepted";
    }
}

} // namespace peerscope::wire::test
