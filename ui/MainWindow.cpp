#include "MainWindow.h"

namespace parallax {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Parallax"));
}

} // namespace parallax
