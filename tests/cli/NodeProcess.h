#pragma once
// One peerscope-node child process for the multi-process tests: parses its JSON lines,
// sends commands, and is killed on destruction so no test leaves an orphan behind.

#include <QJsonObject>
#include <QList>
#include <QProcess>

#include <functional>

class NodeProcess : public QObject
{
public:
    static constexpr int DefaultTimeoutMs = 15'000;

    explicit NodeProcess(QString name, QObject *parent = nullptr);
    ~NodeProcess() override;

    void start(const QStringList &arguments);
    QProcess &process() { return m_process; }
    const QString &name() const { return m_name; }
    const QList<QJsonObject> &lines() const { return m_lines; }
    const QByteArray &errorOutput() const { return m_stderr; }

    // The first line so far or until the timeout that matches; an empty object if none.
    QJsonObject waitForLine(const std::function<bool(const QJsonObject &)> &matches, int timeoutMs = DefaultTimeoutMs);
    // The first line of this event whose fields include every field of `fields`.
    QJsonObject waitForEvent(const QString &event, const QJsonObject &fields = {}, int timeoutMs = DefaultTimeoutMs);
    // Sends the command with a fresh id and waits for its result line.
    QJsonObject command(QJsonObject command, int timeoutMs = DefaultTimeoutMs);
    void sendLine(const QByteArray &line);

    // The fields of the "started" and "listening" lines.
    QString peerId();
    QString listenAddress(); // "127.0.0.1:PORT"
    bool waitForExit(int timeoutMs = DefaultTimeoutMs);
    // Everything the node printed, for failure messages.
    QString transcript() const;

private:
    void readLines();

    QString m_name;
    QProcess m_process;
    QByteArray m_pending;
    QList<QJsonObject> m_lines;
    QByteArray m_stderr;
    int m_nextId = 1;
};
