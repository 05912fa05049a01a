#include "records/RecordAttributes.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace peerscope {

namespace {

const QStringList ReservedNames { QStringLiteral("peerlastmodifiedby"), QStringLiteral("peercreatorid"),
    QStringLiteral("peerlastmodificationtime"), QStringLiteral("peerrecordid"), QStringLiteral("peerrecordtype"),
    QStringLiteral("peercreationtime") };

PeerError invalid(const QString &what)
{
    return { PeerError::InvalidAttributes,
        QStringLiteral("Invalid record attributes: %1. Expected <attributes><attribute name=\"Name\" "
                       "type=\"string|int|date\">value</attribute>...</attributes>.")
            .arg(what) };
}

QDateTime fileTimeToDateTime(PeerTime t)
{
    constexpr qint64 FileTimeEpochOffsetMs = 11'644'473'600'000;
    return QDateTime::fromMSecsSinceEpoch(qint64(t / 10'000) - FileTimeEpochOffsetMs, Qt::UTC);
}

} // namespace

std::optional<RecordAttribute::Type> attributeTypeFromName(QStringView name)
{
    if (name == u"string")
        return RecordAttribute::Type::String;
    if (name == u"int")
        return RecordAttribute::Type::Int;
    if (name == u"date")
        return RecordAttribute::Type::Date;
    return std::nullopt;
}

std::optional<QVariant> parseAttributeValue(RecordAttribute::Type type, const QString &text)
{
    switch (type) {
    case RecordAttribute::Type::String: return QVariant(text);
    case RecordAttribute::Type::Int: {
        static const QRegularExpression digits(QStringLiteral("^[+-]?[0-9]{1,18}$"));
        if (!digits.match(text.trimmed()).hasMatch())
            return std::nullopt;
        return QVariant(text.trimmed().toLongLong());
    }
    case RecordAttribute::Type::Date: {
        QDateTime value = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
        if (!value.isValid())
            return std::nullopt;
        return QVariant(value.toUTC());
    }
    }
    return std::nullopt;
}

bool isValidAttributeName(QStringView name)
{
    if (name.isEmpty() || name.size() > 40)
        return false;
    return std::all_of(name.begin(), name.end(),
        [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); });
}

bool isReservedAttributeName(QStringView name)
{
    return std::any_of(ReservedNames.begin(), ReservedNames.end(),
        [&](const QString &reserved) { return name.compare(reserved, Qt::CaseInsensitive) == 0; });
}

Result<QList<RecordAttribute>> parseAttributes(const QString &xml)
{
    QList<RecordAttribute> attributes;
    if (xml.trimmed().isEmpty())
        return attributes;
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement())
        return invalid(QStringLiteral("not XML (%1)").arg(reader.errorString()));
    if (reader.name() != u"attributes")
        return invalid(QStringLiteral("the root element is <%1>, not <attributes>").arg(reader.name()));
    while (reader.readNextStartElement()) {
        if (reader.name() != u"attribute")
            return invalid(QStringLiteral("unexpected element <%1> inside <attributes>").arg(reader.name()));
        const auto xmlAttributes = reader.attributes();
        const QString name = xmlAttributes.value(QStringLiteral("name")).toString();
        const QString typeName = xmlAttributes.value(QStringLiteral("type")).toString();
        if (!isValidAttributeName(name))
            return invalid(QStringLiteral("attribute name \"%1\" must be 1 to 40 letters or digits").arg(name));
        if (isReservedAttributeName(name))
            return invalid(QStringLiteral("attribute name \"%1\" is reserved for the infrastructure").arg(name));
        const auto type = attributeTypeFromName(typeName);
        if (!type)
            return invalid(
                QStringLiteral("attribute \"%1\" has type \"%2\"; use string, int or date").arg(name, typeName));
        const QString text = reader.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
        if (reader.hasError())
            break;
        const auto value = parseAttributeValue(*type, text);
        if (!value)
            return invalid(QStringLiteral("attribute \"%1\" value \"%2\" is not a valid %3").arg(name, text, typeName));
        attributes.append({ name, *type, *value });
    }
    if (!reader.hasError())
        reader.readNext(); // past </attributes>: anything after the root is an error
    while (!reader.atEnd() && !reader.hasError()) {
        if (reader.isStartElement())
            return invalid(QStringLiteral("content after </attributes>"));
        reader.readNext();
    }
    if (reader.hasError())
        return invalid(QStringLiteral("malformed XML at line %1 column %2 (%3)")
                           .arg(reader.lineNumber())
                           .arg(reader.columnNumber())
                           .arg(reader.errorString()));
    return attributes;
}

QList<RecordAttribute> reservedAttributes(const Record &record)
{
    using T = RecordAttribute::Type;
    return {
        { QStringLiteral("peerlastmodifiedby"), T::String,
            record.modifiedById.isEmpty() ? record.creatorId : record.modifiedById },
        { QStringLiteral("peercreatorid"), T::String, record.creatorId },
        { QStringLiteral("peerlastmodificationtime"), T::Date, fileTimeToDateTime(record.lastModifiedTime) },
        { QStringLiteral("peerrecordid"), T::String, record.id.toString(QUuid::WithBraces) },
        { QStringLiteral("peerrecordtype"), T::String, record.type.toString(QUuid::WithBraces) },
        { QStringLiteral("peercreationtime"), T::Date, fileTimeToDateTime(record.creationTime) },
    };
}

} // namespace peerscope
