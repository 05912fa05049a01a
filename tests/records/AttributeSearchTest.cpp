// Record attributes (the original's XML form) and <peersearch> queries.
#include "QtPrinters.h"
#include "ReplicatorFixture.h"
#include "records/RecordAttributes.h"

#include <gtest/gtest.h>

using namespace peerscope;
using namespace peerscope::testing;

namespace {

QString attributes(const QString &inner)
{
    return QStringLiteral("<attributes>%1</attributes>").arg(inner);
}

QString attribute(const QString &name, const QString &type, const QString &value)
{
    return QStringLiteral("<attribute name=\"%1\" type=\"%2\">%3</attribute>").arg(name, type, value);
}

QString search(const QString &inner)
{
    return QStringLiteral("<peersearch>%1</peersearch>").arg(inner);
}

QString clause(const QString &name, const QString &type, const QString &compare, const QString &value)
{
    return QStringLiteral("<clause attrib=\"%1\" type=\"%2\" compare=\"%3\">%4</clause>")
        .arg(name, type, compare, value);
}

} // namespace

TEST(Attributes, ParsesTypedValues)
{
    auto parsed = parseAttributes(attributes(attribute("Owner", "string", "Scott") + attribute("Prio", "int", "42")
        + attribute("When", "date", "2026-11-23T10:00:00Z") + attribute("Owner", "string", "Ann")));
    ASSERT_TRUE(parsed);
    ASSERT_EQ(parsed->size(), 4);
    EXPECT_EQ(parsed->at(1).value.toLongLong(), 42);
    EXPECT_EQ(parsed->at(2).value.toDateTime(), QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
    EXPECT_EQ(parsed->at(3).value.toString(), QStringLiteral("Ann"));
    EXPECT_TRUE(parseAttributes(QString()));
}

TEST(Attributes, RejectsInvalidNamesTypesValuesAndXml)
{
    const QString bad[] = {
        attributes(attribute("with-dash", "string", "x")),
        attributes(attribute(QString(41, 'a'), "string", "x")),
        attributes(attribute("", "string", "x")),
        attributes(attribute("peercreatorid", "string", "x")),
        attributes(attribute("PeerRecordId", "string", "x")),
        attributes(attribute("n", "float", "1.5")),
        attributes(attribute("n", "int", "12a")),
        attributes(attribute("n", "date", "yesterday")),
        QStringLiteral("<attrs/>"),
        QStringLiteral("<attributes><attribute name=\"n\" type=\"string\">x</attributes>"),
        QStringLiteral("<attributes><other/></attributes>"),
        QStringLiteral("not xml at all"),
    };
    for (const QString &xml : bad) {
        auto parsed = parseAttributes(xml);
        ASSERT_FALSE(parsed) << qPrintable(xml);
        EXPECT_EQ(parsed.error().code(), PeerError::InvalidAttributes) << qPrintable(xml);
    }
    EXPECT_TRUE(parseAttributes(attributes(attribute(QString(40, 'a'), "string", "x"))));
}

TEST(Attributes, AddRecordRejectsInvalidAttributesAndStoresNothing)
{
    auto node = makeReplicator(0);
    ASSERT_TRUE(node);
    auto result = node->addRecord(appRecord(*node, "x", 60, attributes(attribute("bad_name", "string", "x"))));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code(), PeerError::InvalidAttributes);
    EXPECT_TRUE(result.error().message().contains(QStringLiteral("bad_name")));
    EXPECT_TRUE(node->records(AppType, {}).isEmpty());
}

class Search : public ::testing::Test
{
protected:
    void SetUp() override
    {
        node = makeReplicator(0);
        ASSERT_TRUE(node);
        scott = add(attribute("Owner", "string", "Scott") + attribute("Prio", "int", "1")
            + attribute("Due", "date", "2026-01-01T00:00:00Z"));
        ann = add(attribute("Owner", "string", "Ann*") + attribute("Prio", "int", "5")
            + attribute("Due", "date", "2026-06-01T00:00:00Z"));
        bob = add(attribute("Owner", "string", "Bob") + attribute("Prio", "int", "9"));
    }

    QUuid add(const QString &inner) { return node->addRecord(appRecord(*node, "x", 600, attributes(inner))).value(); }

    QSet<QUuid> find(const QString &criteria)
    {
        auto found = node->searchRecords(criteria);
        EXPECT_TRUE(found) << qPrintable(criteria) << " " << qPrintable(found.error().toString());
        QSet<QUuid> ids;
        for (const Record &r : found.value())
            ids.insert(r.id);
        return ids;
    }

    std::unique_ptr<RecordReplicator> node;
    QUuid scott, ann, bob;
};

TEST_F(Search, ComparesStringsIntsAndDates)
{
    EXPECT_EQ(find(search(clause("Owner", "string", "equal", "scott"))), QSet<QUuid>({ scott }));
    EXPECT_EQ(find(search(clause("Owner", "string", "notequal", "Scott"))), QSet<QUuid>({ ann, bob }));
    EXPECT_EQ(find(search(clause("Prio", "int", "greater", "1"))), QSet<QUuid>({ ann, bob }));
    EXPECT_EQ(find(search(clause("Prio", "int", "lessorequal", "5"))), QSet<QUuid>({ scott, ann }));
    EXPECT_EQ(find(search(clause("Due", "date", "less", "2026-03-01T00:00:00Z"))), QSet<QUuid>({ scott }));
    EXPECT_EQ(
        find(search(clause("Due", "date", "greaterorequal", "2026-01-01T00:00:00Z"))), QSet<QUuid>({ scott, ann }));
    // A clause on an attribute of another type matches nothing.
    EXPECT_TRUE(find(search(clause("Prio", "string", "equal", "1"))).isEmpty());
}

TEST_F(Search, WildcardsAndEscapes)
{
    EXPECT_EQ(find(search(clause("Owner", "string", "equal", "*o*"))), QSet<QUuid>({ scott, bob }));
    EXPECT_EQ(find(search(clause("Owner", "string", "equal", "B?b"))), QSet<QUuid>({ bob }));
    EXPECT_EQ(find(search(clause("Owner", "string", "equal", "Ann\\*"))), QSet<QUuid>({ ann }));
    EXPECT_TRUE(find(search(clause("Owner", "string", "equal", "An\\?\\*"))).isEmpty());
    auto badEscape = node->searchRecords(search(clause("Owner", "string", "equal", "A\\n")));
    ASSERT_FALSE(badEscape);
    EXPECT_EQ(badEscape.error().code(), PeerError::InvalidArgument);
}

TEST_F(Search, AndOrNestAndReservedAttributes)
{
    EXPECT_EQ(find(search("<or>" + clause("Owner", "string", "equal", "Bob") + "<and>"
                  + clause("Prio", "int", "greater", "0") + clause("Prio", "int", "less", "2") + "</and></or>")),
        QSet<QUuid>({ scott, bob }));
    EXPECT_EQ(
        find(search(clause("peerrecordid", "string", "equal", ann.toString(QUuid::WithBraces)))), QSet<QUuid>({ ann }));
    EXPECT_EQ(find(search(clause("peercreatorid", "string", "equal", "peer-0"))), QSet<QUuid>({ scott, ann, bob }));
    EXPECT_EQ(find(search(clause("peercreationtime", "date", "greater", "2000-01-01T00:00:00Z"))),
        QSet<QUuid>({ scott, ann, bob }));
}

TEST_F(Search, RejectsMalformedQueries)
{
    const QString bad[] = {
        QStringLiteral("<search/>"),
        search(QString()),
        search(clause("Owner", "string", "equal", "x") + clause("Owner", "string", "equal", "y")),
        search("<and></and>"),
        search(clause("Owner", "float", "equal", "1")),
        search(clause("Owner", "string", "like", "x")),
        search(clause("Bad-Name", "string", "equal", "x")),
        search(clause("Prio", "int", "equal", "one")),
        search("<clause attrib=\"Owner\" type=\"string\"><and/></clause>"),
        search("<not>" + clause("Owner", "string", "equal", "x") + "</not>"),
        QStringLiteral("<peersearch><clause"),
    };
    for (const QString &criteria : bad) {
        auto found = node->searchRecords(criteria);
        ASSERT_FALSE(found) << qPrintable(criteria);
        EXPECT_EQ(found.error().code(), PeerError::InvalidSearch) << qPrintable(criteria);
    }
    // compare defaults to equal
    EXPECT_EQ(find(search("<clause attrib=\"Owner\" type=\"string\">Bob</clause>")), QSet<QUuid>({ bob }));
}
