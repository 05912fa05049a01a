#pragma once
// Runs the commands of the input lines against a Graph and answers each with a result object.

#include "Command.h"

#include <QObject>

namespace peerscope {
class Graph;
}

namespace peerscope::cli {

class CommandProcessor : public QObject
{
    Q_OBJECT
public:
    explicit CommandProcessor(Graph *graph, QObject *parent = nullptr);

    // The result line for one input line (malformed lines get a failure result).
    QJsonObject execute(const QByteArray &line);
    QJsonObject execute(const Command &command);

    static QStringList commandNames();

Q_SIGNALS:
    // "quit" was answered; the node should close the graph and exit.
    void quitRequested();

private:
    Result<QJsonObject> connect(const QJsonObject &arguments);
    Result<QJsonObject> openDirect(const QJsonObject &arguments);
    Result<QJsonObject> send(const QJsonObject &arguments);
    Result<QJsonObject> close(const QJsonObject &arguments);
    Result<QJsonObject> disconnectNeighbor(const QJsonObject &arguments);
    Result<QJsonObject> addRecord(const QJsonObject &arguments);
    Result<QJsonObject> updateRecord(const QJsonObject &arguments);
    Result<QJsonObject> deleteRecord(const QJsonObject &arguments);
    Result<QJsonObject> records(const QJsonObject &arguments);
    Result<QJsonObject> nodes(const QJsonObject &arguments);
    Result<QJsonObject> connections(const QJsonObject &arguments);
    Result<QJsonObject> status(const QJsonObject &arguments);
    Result<QJsonObject> setProperties(const QJsonObject &arguments);
    Result<QJsonObject> quit(const QJsonObject &arguments);

    using Handler = Result<QJsonObject> (CommandProcessor::*)(const QJsonObject &);
    static const QList<std::pair<QString, Handler>> &handlers();

    Graph *m_graph;
};

} // namespace peerscope::cli
