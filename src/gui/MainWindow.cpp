#include "MainWindow.h"

#include <QLabel>

namespace peerscope::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Peerscope Inspector"));
    setCentralWidget(new QLabel(tr("Peerscope"), this));
    resize(1200, 800);
}

} // namespace peerscope::gui
