#pragma once

#include <QMainWindow>

namespace parallax {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace parallax
