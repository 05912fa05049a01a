#include "records/RecordSearch.h"
#include "records/RecordAttributes.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace peerscope {

namespace {

enum class Compare { Equal, NotEqual, Less, Greater, LessOrEqual, GreaterOrEqual };

std::optional<Compare> compareFromName(QStringView name)
{
    static const std::pair<const char16_t *, Compare> names[] = { { u"equal", Compare::Equal },
        { u"notequal", Compare::NotEqual }, { u"less", Compare::Less }, { u"greater", Compare::Greater },
        { u"lessorequal", Compare::LessOrEqual }, { u"greaterorequal", Compare::GreaterOrEqual } };
    if (name.isEmpty())
        return Compare::Equal;
    for (const auto &[text, compare] : names) {
        if (name == QStringView(text))
            return compare;
    }
    return std::nullopt;
}

PeerError invalidSearch(const QString &what)
{
    return { PeerError::InvalidSearch,
        QStringLiteral("Invalid search query: %1. Expected <peersearch> holding one <clause attrib=\"..\" "
                       "type=\"string|int|date\" compare=\"equal|notequal|less|greater|lessorequal|"
                       "greaterorequal\">value</clause>, <and> or <or>.")
            .arg(what) };
}

// Applies a three-way comparison result to the operator.
bool holds(Compare compare, int order)
{
    switch (compare) {
    case Compare::Equal: return order == 0;
    case Compare::NotEqual: return order != 0;
    case Compare::Less: return order < 0;
    case Compare::Greater: return order > 0;
    case Compare::LessOrEqual: return order <= 0;
    case Compare::GreaterOrEqual: return order >= 0;
    }
    return false;
}

} // namespace

struct RecordQuery::Node
{
    enum class Kind { Clause, And, Or };
    Kind kind = Kind::Clause;
    QList<std::shared_ptr<const Node>> children;
    QString attribute;
    RecordAttribute::Type type = RecordAttribute::Type::String;
    Compare compare = Compare::Equal;
    QVariant value; // unescaped string, qint64 or QDateTime
    QRegularExpression pattern; // strings: the wildcard pattern, for equal/notequal

    bool matches(const QList<RecordAttribute> &attributes) const
    {
        switch (kind) {
        case Kind::And:
            return std::all_of(children.begin(), children.end(), [&](const auto &c) { return c->matches(attributes); });
        case Kind::Or:
            return std::any_of(children.begin(), children.end(), [&](const auto &c) { return c->matches(attributes); });
        case Kind::Clause:
            return std::any_of(attributes.begin(), attributes.end(), [&](const RecordAttribute &a) {
                return a.type == type && a.name.compare(attribute, Qt::CaseInsensitive) == 0 && clauseHolds(a.value);
            });
        }
        return false;
    }

    bool clauseHolds(const QVariant &actual) const
    {
        switch (type) {
        case RecordAttribute::Type::String:
            if (compare == Compare::Equal || compare == Compare::NotEqual)
                return pattern.match(actual.toString()).hasMatch() == (compare == Compare::Equal);
            return holds(compare, actual.toString().compare(value.toString(), Qt::CaseInsensitive));
        case RecordAttribute::Type::Int: {
            const qint64 a = actual.toLongLong(), b = value.toLongLong();
            return holds(compare, a < b ? -1 : (a > b ? 1 : 0));
        }
        case RecordAttribute::Type::Date: {
            const QDateTime a = actual.toDateTime(), b = value.toDateTime();
            return holds(compare, a < b ? -1 : (a > b ? 1 : 0));
        }
        }
        return false;
    }
};

namespace {

// The wildcard pattern (* and ?) of a clause value, and its literal text.
Result<std::pair<QRegularExpression, QString>> wildcardPattern(const QString &text)
{
    QString regex, literal;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\') {
            if (i + 1 >= text.size() || (text[i + 1] != u'*' && text[i + 1] != u'?' && text[i + 1] != u'\\'))
                return PeerError { PeerError::InvalidArgument,
                    QStringLiteral("Invalid search value \"%1\": a backslash may only escape *, ? or \\ "
                                   "(at character %2).")
                        .arg(text)
                        .arg(i + 1) };
            ++i;
            regex += QRegularExpression::escape(QString(text[i]));
            literal += text[i];
        } else if (c == u'*') {
            regex += QStringLiteral(".*");
            literal += c;
        } else if (c == u'?') {
            regex += QLatin1Char('.');
            literal += c;
        } else {
            regex += QRegularExpression::escape(QString(c));
            literal += c;
        }
    }
    QRegularExpression pattern(QRegularExpression::anchoredPattern(regex),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return std::pair { pattern, literal };
}

class QueryParser
{
public:
    explicit QueryParser(const QString &criteria)
        : m_reader(criteria)
    {
    }

    Result<std::shared_ptr<const RecordQuery::Node>> parse()
    {
        if (!m_reader.readNextStartElement())
            return error(QStringLiteral("not XML"));
        if (m_reader.name() != u"peersearch")
            return invalidSearch(QStringLiteral("the root element is <%1>, not <peersearch>").arg(m_reader.name()));
        if (!m_reader.readNextStartElement())
            return error(QStringLiteral("<peersearch> is empty"));
        auto root = parseNode(0);
        if (!root)
            return root;
        if (m_reader.readNextStartElement())
            return invalidSearch(QStringLiteral("<peersearch> must hold exactly one element"));
        while (!m_reader.atEnd() && !m_reader.hasError())
            m_reader.readNext();
        if (m_reader.hasError())
            return error(QStringLiteral("malformed XML"));
        return root;
    }

private:
    PeerError error(const QString &what)
    {
        if (m_reader.hasError())
            return invalidSearch(QStringLiteral("%1 at line %2 column %3 (%4)")
                                     .arg(what)
                                     .arg(m_reader.lineNumber())
                                     .arg(m_reader.columnNumber())
                                     .arg(m_reader.errorString()));
        return invalidSearch(what);
    }

    // The reader is on a start element; on success it is on that element's end.
    Result<std::shared_ptr<const RecordQuery::Node>> parseNode(int depth)
    {
        if (depth > 64)
            return invalidSearch(QStringLiteral("nesting deeper than 64 levels"));
        auto node = std::make_shared<RecordQuery::Node>();
        if (m_reader.name() == u"and" || m_reader.name() == u"or") {
            const QString name = m_reader.name().toString();
            node->kind = name == u"and" ? RecordQuery::Node::Kind::And : RecordQuery::Node::Kind::Or;
            while (m_reader.readNextStartElement()) {
                auto child = parseNode(depth + 1);
                if (!child)
                    return child;
                node->children.append(child.value());
            }
            if (m_reader.hasError())
                return error(QStringLiteral("malformed XML in <%1>").arg(name));
            if (node->children.isEmpty())
                return invalidSearch(QStringLiteral("<%1> needs at least one child").arg(name));
            return std::shared_ptr<const RecordQuery::Node>(node);
        }
        if (m_reader.name() != u"clause")
            return invalidSearch(QStringLiteral("unexpected element <%1>").arg(m_reader.name()));
        return parseClause(node);
    }

    Result<std::shared_ptr<const RecordQuery::Node>> parseClause(const std::shared_ptr<RecordQuery::Node> &node)
    {
        const auto attributes = m_reader.attributes();
        node->attribute = attributes.value(QStringLiteral("attrib")).toString();
        const QString typeName = attributes.value(QStringLiteral("type")).toString();
        const QString compareName = attributes.value(QStringLiteral("compare")).toString();
        if (!isValidAttributeName(node->attribute))
            return invalidSearch(QStringLiteral("clause attrib \"%1\" is not an attribute name").arg(node->attribute));
        const auto type = attributeTypeFromName(typeName);
        if (!type)
            return invalidSearch(QStringLiteral("clause type \"%1\" is not string, int or date").arg(typeName));
        const auto compare = compareFromName(compareName);
        if (!compare)
            return invalidSearch(QStringLiteral("clause compare \"%1\" is not a known operator").arg(compareName));
        node->type = *type;
        node->compare = *compare;
        const QString text = m_reader.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
        if (m_reader.hasError())
            return error(QStringLiteral("a <clause> may hold only a value"));
        if (node->type == RecordAttribute::Type::String) {
            auto pattern = wildcardPattern(text);
            if (!pattern)
                return pattern.error();
            node->pattern = pattern->first;
            node->value = pattern->second;
        } else {
            const auto value = parseAttributeValue(node->type, text);
            if (!value)
                return invalidSearch(QStringLiteral("clause value \"%1\" is not a valid %2").arg(text, typeName));
            node->value = *value;
        }
        return std::shared_ptr<const RecordQuery::Node>(node);
    }

    QXmlStreamReader m_reader;
};

} // namespace

Result<RecordQuery> RecordQuery::parse(const QString &criteria)
{
    auto root = QueryParser(criteria).parse();
    if (!root)
        return root.error();
    RecordQuery query;
    query.m_root = root.value();
    return query;
}

bool RecordQuery::matches(const Record &record) const
{
    if (!m_root)
        return false;
    QList<RecordAttribute> attributes = reservedAttributes(record);
    if (auto parsed = parseAttributes(record.attributes))
        attributes += parsed.value();
    return m_root->matches(attributes);
}

} // namespace peerscope
