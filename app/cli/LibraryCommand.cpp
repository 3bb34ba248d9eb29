#include "Commands_p.h"
#include "core/TranslationContexts.h"
#include "store/Database.h"
#include "store/LibraryCopy.h"

using namespace Qt::StringLiterals;

namespace parallax::cli {
namespace {

std::unique_ptr<Database> open(const QString &location, Console console)
{
    auto db = std::make_unique<Database>(location);
    if (!db->isOpen()) {
        console.err << CliText::tr("parallax: cannot open the library: %1").arg(db->errorString()) << Qt::endl;
        return nullptr;
    }
    return db;
}

} // namespace

// parallax library copy FROM TO: FROM and TO are each a library file or a
// postgresql:// URL, so that a personal library moves to the team's server
// (or back) whole.
int runLibrary(const QStringList &arguments, Console console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Copy every article (with its original bytes), role, story, note, claim decision and cached "
                    "comparison of the library FROM into the library TO, each a file or a "
                    "postgresql://user@host:5432/database URL. Rows already in TO are kept, so a copy cut "
                    "short goes on when run again; the two are compared table by table at the end."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"command"_s, QString(), u"library copy FROM TO"_s);
    int exitCode = Success;
    if (!parse(parser, arguments, console, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3 || positional.first() != u"copy"_s) {
        console.err << CliText::tr("parallax library: use parallax library copy FROM TO") << Qt::endl;
        return UsageError;
    }
    auto source = open(positional.at(1), console);
    if (!source)
        return LibraryError;
    auto target = open(positional.at(2), console);
    if (!target)
        return LibraryError;
    if (source->path() == target->path()) {
        console.err << CliText::tr("parallax library copy: FROM and TO are the same library") << Qt::endl;
        return UsageError;
    }
    LibraryCopy copy(*source, *target);
    const QString error = copy.run([&console](const LibraryCopy::TableResult &table) {
        console.out << CliText::tr("%1: %2 rows, %3 copied now").arg(table.table, -24).arg(table.sourceRows).arg(table.copied)
                    << Qt::endl;
    });
    if (!error.isEmpty()) {
        console.err << CliText::tr("parallax library copy: %1; run it again to go on").arg(error) << Qt::endl;
        return LibraryError;
    }
    if (!copy.verified()) {
        QStringList differing;
        for (const LibraryCopy::TableResult &table : copy.results()) {
            if (!table.hashesMatch)
                differing.append(table.table);
        }
        console.err << CliText::tr("parallax library copy: %1 does not hold the same rows as %2 in %3 (it held other "
                                   "rows before the copy)")
                           .arg(target->path(), source->path(), differing.join(u", "_s))
                    << Qt::endl;
        return LibraryError;
    }
    console.out << CliText::tr("copied %1 to %2; every table has the same rows and hashes in both")
                       .arg(source->path(), target->path())
                << Qt::endl;
    return Success;
}

} // namespace parallax::cli
