#include "InspectorApplication.h"

#include "MainWindow.h"

#include <QApplication>
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
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/peerscope.svg")));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("peerscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace peerscope::gui
