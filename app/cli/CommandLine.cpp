#include "CommandLine.h"

#include "Commands_p.h"
#include "core/TranslationContexts.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace parallax::cli {
namespace {

struct Subcommand {
    QLatin1StringView name;
    int (*run)(const QStringList &, Console);
    const char *summary;
};

const Subcommand subcommands[] = {
    {"import"_L1, runImport, QT_TRANSLATE_NOOP("CommandLine", "Import files, folders or links into the library")},
    {"list"_L1, runList, QT_TRANSLATE_NOOP("CommandLine", "List the articles in the library")},
    {"show"_L1, runShow, QT_TRANSLATE_NOOP("CommandLine", "Show one article with its blocks and their roles")},
    {"compare"_L1, runCompare, QT_TRANSLATE_NOOP("CommandLine", "Align articles and write the comparison")},
    {"export"_L1, runExport, QT_TRANSLATE_NOOP("CommandLine", "Write a story's comparison as HTML, PDF, CSV or JSON")},
    {"backup"_L1, runBackup, QT_TRANSLATE_NOOP("CommandLine", "Copy the library to a rotating backup now")},
    {"restore-backup"_L1, runRestoreBackup, QT_TRANSLATE_NOOP("CommandLine", "Put a backup in place as the library")},
    {"claims"_L1, runClaims, QT_TRANSLATE_NOOP("CommandLine", "List a story's claims: which outlets carry each, and how")},
    {"quotes"_L1, runQuotes, QT_TRANSLATE_NOOP("CommandLine", "List the quotes in a story and who carries them")},
    {"library"_L1, runLibrary, QT_TRANSLATE_NOOP("CommandLine", "Copy a whole library to another file or server: library copy FROM TO")},
    {"refresh"_L1, runRefresh, QT_TRANSLATE_NOOP("CommandLine", "Fetch an article's link again and keep a changed page as a new version")},
};

const Subcommand *findSubcommand(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return nullptr;
    for (const Subcommand &subcommand : subcommands) {
        if (arguments.first() == subcommand.name)
            return &subcommand;
    }
    return nullptr;
}

QString generalHelp()
{
    QString help = CliText::tr("Usage: parallax [--library PATH] [FILE...]\n"
                      "       parallax COMMAND [OPTIONS] ...\n\n"
                      "Compare how news outlets cover the same story. Without a command, opens\n"
                      "the window (with the given files imported and compared).\n\n"
                      "Commands:\n");
    for (const Subcommand &subcommand : subcommands)
        help += u"  %1  %2\n"_s.arg(subcommand.name, -14).arg(CliText::tr(subcommand.summary));
    help += CliText::tr("\nOptions:\n"
               "  --library PATH  the library file (default: %1), or a shared library on a\n"
               "                  PostgreSQL server: postgresql://user@host:5432/database\n"
               "  -h, --help      show this help; `parallax COMMAND --help` for a command\n"
               "  -v, --version   show the version\n\n"
               "Exit codes: 0 success, 1 some inputs failed, 2 usage error, 3 library error.\n")
                .arg(QDir::toNativeSeparators(Database::defaultPath()));
    return help;
}

// QCommandLineParser names the program as it was started and lists the
// subcommand as a positional argument; a person wants "parallax import …".
QString commandHelp(const QCommandLineParser &parser)
{
    static const QRegularExpression usage(u"^Usage: \\S+ \\[options\\] (.*)$"_s,
                                          QRegularExpression::MultilineOption);
    static const QRegularExpression arguments(u"\n+Arguments:\n  command\\s*$"_s);
    QString help = parser.helpText();
    help.replace(usage, u"Usage: parallax \\1 [options]"_s);
    help.remove(arguments);
    return help + u'\n';
}

} // namespace

bool isHeadlessCommand(const QStringList &arguments)
{
    if (findSubcommand(arguments))
        return true;
    for (const QString &argument : arguments) {
        if (argument == u"--help" || argument == u"-h" || argument == u"--version" || argument == u"-v")
            return true;
    }
    return false;
}

int run(const QStringList &arguments, Console console)
{
    const QStringList rest = arguments.mid(1);
    if (const Subcommand *subcommand = findSubcommand(rest))
        return subcommand->run(rest, console);
    if (rest.contains(u"--version"_s) || rest.contains(u"-v"_s)) {
        console.out << "parallax " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    if (rest.contains(u"--help"_s) || rest.contains(u"-h"_s)) {
        console.out << generalHelp() << Qt::flush;
        return Success;
    }
    console.err << CliText::tr("parallax: unknown command; see parallax --help") << Qt::endl;
    return UsageError;
}

QCommandLineOption libraryOption()
{
    return QCommandLineOption(u"library"_s,
                              CliText::tr("The library file to use, or postgresql://user@host:5432/database for a "
                                          "shared library on a PostgreSQL server."),
                              CliText::tr("PATH"));
}

void setUpParser(QCommandLineParser &parser, const QString &synopsis, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption(libraryOption());
    parser.addPositionalArgument(u"command"_s, QString(), synopsis);
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, Console console, int *exitCode)
{
    // QCommandLineParser takes argv[0] first: the subcommand plays that part.
    if (!parser.parse(arguments)) {
        console.err << "parallax " << arguments.first() << ": " << parser.errorText() << Qt::endl;
        *exitCode = UsageError;
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        console.out << commandHelp(parser) << Qt::flush;
        *exitCode = Success;
        return false;
    }
    return true;
}

std::unique_ptr<Database> openLibrary(const QCommandLineParser &parser, Console console)
{
    const QString path = parser.isSet(u"library"_s) ? parser.value(u"library"_s) : Database::defaultPath();
    auto db = std::make_unique<Database>(path);
    if (!db->isOpen()) {
        console.err << CliText::tr("parallax: cannot open the library: %1").arg(db->errorString()) << Qt::endl;
        return nullptr;
    }
    if (!db->warning().isEmpty())
        console.err << "parallax: " << db->warning() << Qt::endl;
    return db;
}

} // namespace parallax::cli
