#pragma once
// Reads lines from a file descriptor (stdin) inside the event loop: a QSocketNotifier
// says when there is something to read, so the graph keeps running between lines.

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

namespace peerscope::cli {

class StdinReader : public QObject
{
    Q_OBJECT
public:
    explicit StdinReader(int fd = 0, QObject *parent = nullptr);

Q_SIGNALS:
    // One line without its "\n" (or "\r\n"); blank lines are skipped.
    void lineRead(const QByteArray &line);
    // The input ended (or can no longer be read); a last unterminated line came before.
    void endOfInput();

private:
    void readAvailable();
    void emitCompleteLines();

    int m_fd;
    QSocketNotifier *m_notifier;
    QByteArray m_buffer;
};

} // namespace peerscope::cli
