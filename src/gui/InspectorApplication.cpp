#include "InspectorApplication.h"

#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace peerscope::gui {

int runInspector(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Peerscope"));
    QApplication::setApplicationName(QStringLiteral("Peerscope"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/peerscope.svg")));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("peerscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "peerscope::gui::InspectorApplication", "Peerscope inspector: watch and probe peer graphs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        QApplication::translate("peerscope::gui::InspectorApplication", "Start a local lab mesh of <peers> peers."),
        QStringLiteral("peers"));
    parser.addOption(demo);
    parser.process(app);

    MainWindow window;
    window.show();
    if (parser.isSet(demo))
        window.startLab(std::max(1, parser.value(demo).toInt()));
    return QApplication::exec();
}

} // namespace peerscope::gui
