// The security provider hook: negotiation tokens travel after AUTH_INFO and every
// later message is protected and opened by the provider. The provider here is a
// test double that checks the plumbing, not a cipher.
#include "GraphTestSupport.h"
#include "QtPrinters.h"
#include "SecurityProvider.h"

using namespace peerscope;
using namespace peerscope::testing;

namespace {

QByteArray reversed(const QByteArray &bytes)
{
    QByteArray result = bytes;
    std::reverse(result.begin(), result.end());
    return result;
}

// Initiator says "hello <secret>", responder answers "welcome" and is done; the
// initiator is done on "welcome". Protected messages are reversed behind a tag.
class TaggingSession : public SecuritySession
{
public:
    TaggingSession(bool initiator, QByteArray secret, int *protectedCount)
        : m_initiator(initiator)
        , m_secret(std::move(secret))
        , m_protected(protectedCount)
    {
    }
    Step start() override { return { "hello " + m_secret, false, {} }; }
    Step process(const QByteArray &token) override
    {
        if (!m_initiator) {
            if (token != "hello " + m_secret)
                return { {}, false, { PeerError::ConnectionNotAuthenticated, QStringLiteral("wrong secret") } };
            return { "welcome", true, {} };
        }
        return { {}, token == "welcome", {} };
    }
    QByteArray protect(const QByteArray &message) override
    {
        ++*m_protected;
        return "TAG" + reversed(message);
    }
    std::optional<QByteArray> open(const QByteArray &message) override
    {
        if (!message.startsWith("TAG"))
            return std::nullopt;
        return reversed(message.mid(3));
    }

private:
    bool m_initiator;
    QByteArray m_secret;
    int *m_protected;
};

class TaggingProvider : public SecurityProvider
{
public:
    explicit TaggingProvider(QByteArray secret)
        : m_secret(std::move(secret))
    {
    }
    std::unique_ptr<SecuritySession> createSession(
        bool initiator, const QString &, const QString &, const QString &) override
    {
        return std::make_unique<TaggingSession>(initiator, m_secret, &protectedCount);
    }
    Result<QByteArray> secureRecord(const Record &, RecordChangeType) override { return QByteArray(); }
    Verdict validateRecord(const Record &, RecordChangeType) override { return Verdict::Valid; }

    int protectedCount = 0;

private:
    QByteArray m_secret;
};

GraphOptions securedBy(const std::shared_ptr<TaggingProvider> &provider)
{
    GraphOptions options;
    options.security = provider;
    options.tcpConnectTimeoutMs = 2000;
    options.connectTimeoutMs = 2000;
    return options;
}

} // namespace

TEST(SecurityHook, NodesWithTheSameProviderNegotiateAndProtectEveryMessage)
{
    auto providerA = std::make_shared<TaggingProvider>("s3cret");
    auto providerB = std::make_shared<TaggingProvider>("s3cret");
    GraphPtr a = makeListeningNode(QStringLiteral("alice"), securedBy(providerA));
    GraphPtr b = makeListeningNode(QStringLiteral("bob"), securedBy(providerB));
    EventLog logA(a.get());
    EventLog logB(b.get());
    QSignalSpy data(a.get(), &Graph::incomingData);
    const Result<ConnectionId> id = b->connect(addressOf(*a));
    ASSERT_TRUE(logB.waitFor(EventType::NeighborConnection, ConnectionStatus::Connected));
    ASSERT_TRUE(logA.waitFor(EventType::NeighborConnection, ConnectionStatus::Connected));
    EXPECT_GE(providerB->protectedCount, 1); // CONNECT went out protected
    EXPECT_GE(providerA->protectedCount, 1); // and WELCOME

    ASSERT_FALSE(b->sendData(*id, QUuid::createUuid(), "sealed"));
    ASSERT_TRUE(data.wait(WaitMs));
    EXPECT_EQ(data.constFirst().constFirst().value<IncomingData>().data, QByteArray("sealed"));
}

TEST(SecurityHook, AFailedNegotiationFailsTheConnection)
{
    auto providerA = std::make_shared<TaggingProvider>("right");
    auto providerB = std::make_shared<TaggingProvider>("wrong");
    GraphPtr a = makeListeningNode(QStringLiteral("alice"), securedBy(providerA));
    GraphPtr b = makeListeningNode(QStringLiteral("bob"), securedBy(providerB));
    EventLog logA(a.get());
    EventLog logB(b.get());
    ASSERT_TRUE(b->connect(addressOf(*a)).isOk());
    ASSERT_TRUE(logB.waitFor(EventType::NeighborConnection, ConnectionStatus::Failed, 1, 5000));
    EXPECT_EQ(logA.count(EventType::NeighborConnection, ConnectionStatus::Connected), 0);
    EXPECT_TRUE(a->connections().isEmpty());
}

TEST(SecurityHook, APlainNodeCannotJoinASecuredOne)
{
    auto provider = std::make_shared<TaggingProvider>("s3cret");
    GraphPtr a = makeListeningNode(QStringLiteral("alice"), securedBy(provider));
    GraphOptions plain;
    plain.connectTimeoutMs = 2000;
    GraphPtr b = makeListeningNode(QStringLiteral("bob"), plain);
    EventLog logB(b.get());
    ASSERT_TRUE(b->connect(addressOf(*a)).isOk());
    ASSERT_TRUE(logB.waitFor(EventType::NeighborConnection, ConnectionStatus::Failed, 1, 5000));
    EXPECT_TRUE(a->connections().isEmpty());
}
