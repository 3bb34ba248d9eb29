#include "MainWindow.h"
#include "cli/CommandLine.h"
#include "cli/HeadlessApplication.h"

#include <QApplication>
#include <QTextStream>

namespace {

void describeApplication()
{
    // The name decides the library's default folder: ~/.local/share/parallax.
    QCoreApplication::setApplicationName(QStringLiteral("parallax"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Commands run without a display, so they must not create a QApplication.
    if (parallax::cli::isHeadlessCommand(arguments)) {
        const auto app = parallax::cli::headlessApplication(argc, argv, arguments);
        describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return parallax::cli::run(app->arguments(), {out, err});
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Parallax"));
    // parallax [--library PATH] [FILE...]: the files are imported and compared.
    QString library;
    QStringList files;
    const QStringList windowArguments = app.arguments().mid(1);
    for (qsizetype i = 0; i < windowArguments.size(); ++i) {
        if (windowArguments[i] == u"--library" && i + 1 < windowArguments.size())
            library = windowArguments[++i];
        else
            files.append(windowArguments[i]);
    }
    parallax::MainWindow window;
    window.openLibrary(library);
    window.importPaths(files);
    window.show();
    return app.exec();
}
