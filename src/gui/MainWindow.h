#pragma once

#include <QMainWindow>

namespace peerscope::gui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace peerscope::gui
