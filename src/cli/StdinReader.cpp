#include "StdinReader.h"

#include <QSocketNotifier>

#include <cerrno>
#include <unistd.h>

namespace peerscope::cli {

StdinReader::StdinReader(int fd, QObject *parent)
    : QObject(parent)
    , m_fd(fd)
    , m_notifier(new QSocketNotifier(fd, QSocketNotifier::Read, this))
{
    QObject::connect(m_notifier, &QSocketNotifier::activated, this, &StdinReader::readAvailable);
}

void StdinReader::readAvailable()
{
    // One read per notification: the notifier fires again while more is pending,
    // and a single read of a readable descriptor does not block.
    char chunk[65536];
    const ssize_t count = ::read(m_fd, chunk, sizeof chunk);
    if (count < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (count > 0) {
        m_buffer.append(chunk, count);
        emitCompleteLines();
        return;
    }
    m_notifier->setEnabled(false);
    const QByteArray last = m_buffer.trimmed();
    m_buffer.clear();
    if (!last.isEmpty())
        Q_EMIT lineRead(last);
    Q_EMIT endOfInput();
}

void StdinReader::emitCompleteLines()
{
    qsizetype start = 0;
    for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n', start)) {
        const QByteArray line = m_buffer.mid(start, end - start).trimmed();
        start = end + 1;
        if (!line.isEmpty())
            Q_EMIT lineRead(line);
    }
    m_buffer.remove(0, start);
}

} // namespace peerscope::cli
