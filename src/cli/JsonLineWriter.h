#pragma once
// Writes output lines: compact JSON, one object per line, "time" added, flushed per line
// so that a reader on the other end of a pipe sees each event at once.

#include <QJsonObject>
#include <QObject>

class QIODevice;

namespace peerscope::cli {

class JsonLineWriter : public QObject
{
    Q_OBJECT
public:
    explicit JsonLineWriter(QIODevice *device, QObject *parent = nullptr);

    void write(QJsonObject line);

private:
    QIODevice *m_device;
};

} // namespace peerscope::cli
