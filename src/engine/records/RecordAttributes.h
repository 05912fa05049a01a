#pragma once
// Record attributes in the original's XML form (§2.2.3.5, PEER_RECORD pwzAttributes):
// <attributes><attribute name="Owner" type="string">Scott</attribute>...</attributes>

#include "PeerError.h"
#include "Record.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

namespace peerscope {

struct RecordAttribute
{
    enum class Type { String, Int, Date };
    QString name;
    Type type = Type::String;
    QVariant value; // QString, qint64 or QDateTime (UTC)
};

// "string", "int", "date" (nullopt for anything else).
std::optional<RecordAttribute::Type> attributeTypeFromName(QStringView name);
// Parses a typed value: int = digits (optional sign), date = ISO 8601.
std::optional<QVariant> parseAttributeValue(RecordAttribute::Type type, const QString &text);
bool isValidAttributeName(QStringView name);
// The names the infrastructure provides (peercreatorid, ...), case-insensitive.
bool isReservedAttributeName(QStringView name);

// Parses and validates `xml` (empty = no attributes). Errors are InvalidAttributes
// with a message saying which attribute is wrong and why.
Result<QList<RecordAttribute>> parseAttributes(const QString &xml);

// The reserved peer* attributes of a record, for searching.
QList<RecordAttribute> reservedAttributes(const Record &record);

} // namespace peerscope
