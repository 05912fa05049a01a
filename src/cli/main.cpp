// peerscope-node: a headless peer driven by JSON lines (see docs/cli.md).
#include "HeadlessNode.h"
#include "JsonLineWriter.h"
#include "StdinReader.h"
#include "TerminationSignals.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <cstdio>

using namespace peerscope::cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("peerscope-node"));
    QCoreApplication::setOrganizationName(QStringLiteral("peerscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral("1.0"));

    const ParsedOptions parsed = parseNodeOptions(QCoreApplication::arguments());
    if (const auto *help = std::get_if<HelpRequest>(&parsed)) {
        std::fputs(qPrintable(help->text), stdout);
        return 0;
    }
    if (const auto *error = std::get_if<OptionsError>(&parsed)) {
        std::fprintf(stderr, "peerscope-node: %s (see --help)\n", qPrintable(error->message));
        return 2;
    }
    const NodeOptions &options = std::get<NodeOptions>(parsed);
    if (options.quiet)
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));

    QFile standardOutput;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly)) {
        std::fprintf(stderr, "peerscope-node: cannot write to stdout\n");
        return 1;
    }
    JsonLineWriter writer(&standardOutput);
    TerminationSignals terminationSignals;
    HeadlessNode node(options, &writer);
    QObject::connect(&node, &HeadlessNode::finished, &app, &QCoreApplication::exit);
    QObject::connect(&terminationSignals, &TerminationSignals::terminationRequested, &node, &HeadlessNode::shutdown);

    if (const peerscope::PeerError error = node.start()) {
        std::fprintf(stderr, "peerscope-node: %s\n", qPrintable(error.toString()));
        return 1;
    }
    StdinReader input;
    QObject::connect(&input, &StdinReader::lineRead, &node, &HeadlessNode::handleLine);
    QObject::connect(&input, &StdinReader::endOfInput, &node, &HeadlessNode::handleEndOfInput);
    return app.exec();
}
