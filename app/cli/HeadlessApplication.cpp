#include "HeadlessApplication.h"

#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace parallax::cli {

std::unique_ptr<QCoreApplication> headlessApplication(int &argc, char **argv, const QStringList &arguments)
{
    const bool pdf = std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &argument) {
        return argument == u"--pdf" || argument.startsWith(u"--pdf=");
    });
    if (!pdf)
        return std::make_unique<QCoreApplication>(argc, argv);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace parallax::cli
