#include "NodeProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

NodeProcess::NodeProcess(QString name, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &NodeProcess::readLines);
    connect(&m_process, &QProcess::readyReadStandardError, this,
        [this] { m_stderr.append(m_process.readAllStandardError()); });
}

NodeProcess::~NodeProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void NodeProcess::start(const QStringList &arguments)
{
    m_process.start(QStringLiteral(PEERSCOPE_NODE_BINARY), arguments);
}

void NodeProcess::readLines()
{
    m_pending.append(m_process.readAllStandardOutput());
    qsizetype end;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(end);
        m_pending.remove(0, end + 1);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        // A line that is not a JSON object is kept visibly so that assertions on it fail.
        m_lines.append(document.isObject() ? document.object()
                                           : QJsonObject { { QStringLiteral("event"), QStringLiteral("not-json") },
                                               { QStringLiteral("text"), QString::fromUtf8(line) } });
    }
}

QJsonObject NodeProcess::waitForLine(const std::function<bool(const QJsonObject &)> &matches, int timeoutMs)
{
    qsizetype checked = 0;
    QJsonObject found;
    const bool matched = QTest::qWaitFor(
        [&] {
            for (; checked < m_lines.size(); ++checked) {
                if (matches(m_lines.at(checked))) {
                    found = m_lines.at(checked);
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return matched ? found : QJsonObject();
}

QJsonObject NodeProcess::waitForEvent(const QString &event, const QJsonObject &fields, int timeoutMs)
{
    return waitForLine(
        [&](const QJsonObject &line) {
            if (line.value(QStringLiteral("event")).toString() != event)
                return false;
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                if (line.value(it.key()) != it.value())
                    return false;
            }
            return true;
        },
        timeoutMs);
}

void NodeProcess::sendLine(const QByteArray &line)
{
    m_process.write(line + '\n');
}

QJsonObject NodeProcess::command(QJsonObject command, int timeoutMs)
{
    const int id = m_nextId++;
    command.insert(QStringLiteral("id"), id);
    sendLine(QJsonDocument(command).toJson(QJsonDocument::Compact));
    return waitForEvent(QStringLiteral("result"), { { QStringLiteral("id"), id } }, timeoutMs);
}

QString NodeProcess::peerId()
{
    return waitForEvent(QStringLiteral("started")).value(QStringLiteral("peer")).toString();
}

QString NodeProcess::listenAddress()
{
    const int port = waitForEvent(QStringLiteral("listening")).value(QStringLiteral("port")).toInt();
    return port == 0 ? QString() : QStringLiteral("127.0.0.1:%1").arg(port);
}

bool NodeProcess::waitForExit(int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
}

QString NodeProcess::transcript() const
{
    QStringList text { QStringLiteral("--- %1 stdout:").arg(m_name) };
    for (const QJsonObject &line : m_lines)
        text.append(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)));
    text.append(QStringLiteral("--- %1 stderr:").arg(m_name));
    text.append(QString::fromUtf8(m_stderr));
    return text.join(QLatin1Char('\n'));
}
