#pragma once
// SIGINT and SIGTERM as a Qt signal: the handler only writes to a pipe (the self-pipe
// trick), and a QSocketNotifier on the other end emits in the event loop, where closing
// the graph is safe.

#include <QObject>

class QSocketNotifier;

namespace peerscope::cli {

class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    // Installs the handlers; one instance per process.
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    int m_pipe[2] = { -1, -1 };
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace peerscope::cli
