#pragma once
// The headless peer: one Graph driven by JSON command lines, reporting every event as a
// JSON line. Owns the graph; main() only wires stdin, signals and the exit code to it.

#include "NodeOptions.h"

#include <QObject>

namespace peerscope::cli {

class CommandProcessor;
class JsonLineWriter;

class HeadlessNode : public QObject
{
    Q_OBJECT
public:
    HeadlessNode(NodeOptions options, JsonLineWriter *writer, QObject *parent = nullptr);
    ~HeadlessNode() override;

    // Creates or opens the graph, connects to --connect addresses and listens (now, or
    // once synchronized for a node that must sync first). An error means start-up failed.
    PeerError start();
    // Closes the graph (DISCONNECT to every link, database flushed), then finished(0).
    void shutdown();

    void handleLine(const QByteArray &line);
    void handleEndOfInput();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void reportEvent(const PeerEvent &event);
    // Listens as --listen asked and writes the "listening" line.
    PeerError listen();
    void writeError(const PeerError &error);

    NodeOptions m_options;
    JsonLineWriter *m_writer;
    Graph *m_graph = nullptr;
    CommandProcessor *m_commands = nullptr;
    bool m_listenPending = false;
    bool m_shuttingDown = false;
};

} // namespace peerscope::cli
