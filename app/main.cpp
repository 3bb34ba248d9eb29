#include "MainWindow.h"
#include "cli/CommandLine.h"
#include "cli/HeadlessApplication.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>

namespace {

// Builds before the organisation was named kept their settings under Qt's
// "Unknown Organization"; the first start after them carries those over.
void adoptEarlierSettings()
{
    const QString current = QSettings().fileName();
    const QString earlier = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/Unknown Organization/") + QCoreApplication::applicationName() + QStringLiteral(".conf");
    if (!QFileInfo::exists(current) && QFileInfo::exists(earlier) && QDir().mkpath(QFileInfo(current).absolutePath()))
        QFile::copy(earlier, current);
}

void describeApplication()
{
    // The names decide where the library and the settings live:
    // ~/.local/share/parallax/ and ~/.config/parallax/parallax.conf.
    QCoreApplication::setOrganizationName(QStringLiteral("parallax"));
    QCoreApplication::setApplicationName(QStringLiteral("parallax"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));
    adoptEarlierSettings();
}

// The language chosen in Preferences ("ui/language"; empty follows the
// system), looked up installed (share/parallax/translations) and in the build
// tree (beside the program). Qt's own strings only for the window: the command
// line's help is matched against Qt's English "Usage:".
void installTranslators(QCoreApplication &app, bool withQtStrings)
{
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    const QString programDir = QCoreApplication::applicationDirPath();
    auto *translator = new QTranslator(&app);
    for (const QString &dir : QStringList{programDir + QStringLiteral("/../share/parallax/translations"), programDir}) {
        if (translator->load(locale, QStringLiteral("parallax"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(translator);
            break;
        }
    }
    auto *qt = new QTranslator(&app);
    if (withQtStrings
        && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
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
        installTranslators(*app, false);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return parallax::cli::run(app->arguments(), {out, err});
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Parallax"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.example.Parallax"));
    // The theme's icon when installed, else the one built in.
    QIcon builtIn;
    for (int size : {16, 32, 48, 64, 128, 256})
        builtIn.addFile(QStringLiteral(":/icons/org.example.Parallax-%1.png").arg(size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.example.Parallax"), builtIn));
    installTranslators(app, true);
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
