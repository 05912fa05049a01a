#include "LabPeer.h"

#include "GuiLog.h"
#include "NodeEventJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace peerscope::gui {

namespace {
constexpr int StopGraceMs = 3000;
}

LabPeer::LabPeer(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_terminateTimer.setSingleShot(true);
    m_terminateTimer.setInterval(StopGraceMs);
    connect(&m_terminateTimer, &QTimer::timeout, &m_process, &QProcess::terminate);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LabPeer::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray text = m_process.readAllStandardError().trimmed();
        if (!text.isEmpty())
            qCDebug(lcGui).noquote() << m_options.peerId << "stderr:" << text;
    });
    connect(&m_process, &QProcess::finished, this, [this] {
        m_terminateTimer.stop();
        readOutput();
        Q_EMIT finished();
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            qCWarning(lcGui) << "cannot start" << m_options.program << m_process.errorString();
            Q_EMIT finished();
        }
    });
}

LabPeer::~LabPeer()
{
    if (isRunning()) {
        m_process.disconnect(this);
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

void LabPeer::start()
{
    QStringList arguments { QStringLiteral("--graph"), m_options.graphId, QStringLiteral("--peer"), m_options.peerId,
        QStringLiteral("--db"), m_options.databasePath, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
        QStringLiteral("--accept-direct"), QStringLiteral("--max-neighbors"), QString::number(m_options.maxNeighbors),
        QStringLiteral("--quiet"), QStringLiteral("--exit-on-eof") };
    if (!m_options.friendlyName.isEmpty())
        arguments << QStringLiteral("--friendly-name") << m_options.friendlyName;
    if (m_options.create)
        arguments << QStringLiteral("--create");
    else
        arguments << QStringLiteral("--connect") << m_options.connectTo.toString();
    qCDebug(lcGui) << "starting lab peer" << m_options.program << arguments;
    m_process.start(m_options.program, arguments);
}

void LabPeer::stop()
{
    if (!isRunning())
        return;
    sendCommand(QStringLiteral("quit"));
    m_terminateTimer.start();
}

void LabPeer::kill()
{
    if (isRunning())
        m_process.kill();
}

int LabPeer::sendCommand(const QString &command, const QJsonObject &arguments)
{
    QJsonObject line = arguments;
    const int id = m_nextCommandId++;
    line.insert(QStringLiteral("id"), QString::number(id));
    line.insert(QStringLiteral("cmd"), command);
    m_process.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    return id;
}

void LabPeer::readOutput()
{
    while (m_process.canReadLine())
        handleLine(m_process.readLine().trimmed());
}

void LabPeer::handleLine(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonObject line = QJsonDocument::fromJson(bytes, &error).object();
    if (error.error != QJsonParseError::NoError || line.isEmpty()) {
        if (!bytes.isEmpty())
            qCDebug(lcGui).noquote() << m_options.peerId << "non-JSON output:" << bytes;
        return;
    }
    const QString kind = line.value(QLatin1String("event")).toString();
    if (kind == QLatin1String("started")) {
        m_nodeId = idFromJson(line.value(QLatin1String("node")));
        Q_EMIT started(m_nodeId);
    } else if (kind == QLatin1String("listening")) {
        m_listenAddress = { QHostAddress(QHostAddress::LocalHost), quint16(line.value(QLatin1String("port")).toInt()) };
        Q_EMIT listening(m_listenAddress);
    } else if (kind == QLatin1String("result")) {
        Q_EMIT commandFinished(
            line.value(QLatin1String("id")).toString().toInt(), line.value(QLatin1String("ok")).toBool(), line);
    } else if (const std::optional<PeerEvent> event = peerEventFromJson(line)) {
        QDateTime time = QDateTime::fromString(line.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
        if (!time.isValid())
            time = QDateTime::currentDateTimeUtc();
        const QString name = m_options.friendlyName.isEmpty() ? m_options.peerId : m_options.friendlyName;
        Q_EMIT eventObserved({ time, m_nodeId, name, *event });
    }
}

} // namespace peerscope::gui
