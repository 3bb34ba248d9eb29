#include "Commands_p.h"
#include "core/TranslationContexts.h"
#include "store/Backups.h"
#include "store/Database.h"
#include "store/LibraryLocation.h"

#include <QDir>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace parallax::cli {
namespace {

QString libraryPath(const QCommandLineParser &parser)
{
    return parser.isSet(u"library"_s) ? parser.value(u"library"_s) : Database::defaultPath();
}

// A server library is not a file to copy: the server's own tools make a
// consistent copy of it while people go on working. Prints that and says
// whether it was so.
bool refusedForServer(const QString &location, const QString &command, Console console)
{
    const LibraryLocation where(location);
    if (!where.isServer())
        return false;
    console.err << "parallax " << command << ": "
                << CliText::tr("the library is on a PostgreSQL server; back it up with the server's own tools: "
                               "pg_dump --format=custom --file=library.dump '%1', and put a copy back with "
                               "pg_restore --clean --dbname '%1' library.dump")
                       .arg(where.displayText())
                << Qt::endl;
    return true;
}

} // namespace

int runBackup(const QStringList &arguments, Console console)
{
    QCommandLineParser parser;
    setUpParser(parser, u"backup"_s,
                CliText::tr("Copy the library to LIBRARY.backup-1 now, keeping the %1 newest copies.").arg(backups::kept));
    int exitCode = Success;
    if (!parse(parser, arguments, console, &exitCode))
        return exitCode;
    if (refusedForServer(libraryPath(parser), u"backup"_s, console))
        return LibraryError;
    auto db = openLibrary(parser, console);
    if (!db)
        return LibraryError;
    const QString error = backups::make(*db);
    if (!error.isEmpty()) {
        console.err << "parallax backup: " << error << Qt::endl;
        return LibraryError;
    }
    console.out << CliText::tr("backed up to %1").arg(QDir::toNativeSeparators(backups::backupPath(db->path(), 1)))
                << Qt::endl;
    return Success;
}

int runRestoreBackup(const QStringList &arguments, Console console)
{
    QCommandLineParser parser;
    setUpParser(parser, u"restore-backup [N]"_s,
                CliText::tr("Put backup N (default 1, the newest) in place as the library. A library already there is "
                   "moved aside, never overwritten. Close the window first."));
    const QCommandLineOption listOption(u"list"_s, CliText::tr("List the backups and do nothing else."));
    parser.addOption(listOption);
    int exitCode = Success;
    if (!parse(parser, arguments, console, &exitCode))
        return exitCode;
    const QString path = libraryPath(parser);
    if (refusedForServer(path, u"restore-backup"_s, console))
        return LibraryError;
    const QList<backups::BackupFile> available = backups::list(path);
    if (parser.isSet(listOption)) {
        for (const backups::BackupFile &backup : available) {
            console.out << backup.number << "  " << QLocale().toString(backup.modified, QLocale::ShortFormat)
                        << "  " << QDir::toNativeSeparators(backup.path) << Qt::endl;
        }
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    bool ok = true;
    const int number = positional.isEmpty() ? 1 : positional.first().toInt(&ok);
    if (!ok || positional.size() > 1 || number < 1 || number > backups::kept) {
        console.err << CliText::tr("parallax restore-backup: N is a number from 1 to %1").arg(backups::kept) << Qt::endl;
        return UsageError;
    }
    QString replaced;
    const QString error = backups::restore(path, number, &replaced);
    if (!error.isEmpty()) {
        console.err << "parallax restore-backup: " << error << Qt::endl;
        return LibraryError;
    }
    if (!replaced.isEmpty())
        console.out << CliText::tr("the library that was there is kept as %1").arg(QDir::toNativeSeparators(replaced))
                    << Qt::endl;
    // Opening it checks the restored copy the way every open does.
    const Database db(path);
    if (!db.isOpen()) {
        console.err << "parallax restore-backup: " << db.errorString() << Qt::endl;
        return LibraryError;
    }
    console.out << CliText::tr("restored %1 as %2")
                       .arg(QDir::toNativeSeparators(backups::backupPath(path, number)), QDir::toNativeSeparators(path))
                << Qt::endl;
    return Success;
}

} // namespace parallax::cli
