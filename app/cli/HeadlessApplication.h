#pragma once

#include <QStringList>

#include <memory>

class QCoreApplication;

namespace parallax::cli {

// The application object a headless command runs under: a QCoreApplication,
// or, when the arguments ask for --pdf (which needs fonts, hence QtGui), a
// QGuiApplication on the offscreen platform, so that no display is needed.
// arguments are without the program name.
std::unique_ptr<QCoreApplication> headlessApplication(int &argc, char **argv, const QStringList &arguments);

} // namespace parallax::cli
