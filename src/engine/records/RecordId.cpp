#include "records/RecordId.h"

#include <QCryptographicHash>

namespace peerscope {

namespace {

// Folds 16 bytes into 8: first half XOR second half.
QByteArray fold(const QByteArray &bytes)
{
    QByteArray folded(8, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i)
        folded[i] = char(bytes[i] ^ bytes[i + 8]);
    return folded;
}

QByteArray creatorHalf(const QString &creatorId)
{
    // The creator ID as it travels on the wire: UTF-16 big-endian, no terminating NUL.
    QByteArray utf16be;
    utf16be.reserve(creatorId.size() * 2);
    for (const QChar c : creatorId) {
        utf16be.append(char(c.unicode() >> 8));
        utf16be.append(char(c.unicode() & 0xFF));
    }
    return fold(QCryptographicHash::hash(utf16be, QCryptographicHash::Md5));
}

} // namespace

QUuid makeRecordId(const QString &creatorId)
{
    const QByteArray random = fold(QUuid::createUuid().toRfc4122());
    return QUuid::fromRfc4122(QByteArray(creatorHalf(creatorId) + random));
}

bool recordIdMatchesCreator(const QUuid &recordId, const QString &creatorId)
{
    if (recordId == GraphInfoRecordId || recordId == SignatureRecordId)
        return true;
    return recordId.toRfc4122().left(8) == creatorHalf(creatorId);
}

} // namespace peerscope
