#include "Commands_p.h"
#include "core/TranslationContexts.h"
#include "ingest/Importer.h"
#include "store/ArticleStore.h"
#include "store/Database.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace parallax::cli {

int runImport(const QStringList &arguments, Console console)
{
    QCommandLineParser parser;
    setUpParser(parser, u"import FILE|DIR..."_s,
                CliText::tr("Import articles into the library."));
    const QCommandLineOption storyOption(u"story"_s,
        CliText::tr("File the articles under this story."), u"NAME"_s);
    const QCommandLineOption outletOption(u"outlet"_s,
        CliText::tr("The outlet that published these articles."), u"NAME"_s);
    parser.addOptions({storyOption, outletOption});
    int exitCode = Success;
    if (!parse(parser, arguments, console, &exitCode))
        return exitCode;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        console.err << CliText::tr("parallax import: name at least one file or folder")
                    << Qt::endl;
        return UsageError;
    }
    auto db = openLibrary(parser, console);
    if (!db)
        return LibraryError;

    ArticleStore store(*db);
    Importer importer(store);
    const ImportOptions options{parser.value(storyOption), parser.value(outletOption)};
    int imported = 0, duplicates = 0, failed = 0;
    for (const ImportOutcome &outcome : importer.importPaths(paths, options)) {
        const QString path = QDir::toNativeSeparators(outcome.path);
        switch (outcome.status) {
        case ImportOutcome::Status::Imported:
            ++imported;
            console.out << CliText::tr("imported %1 as article %2")
                               .arg(path)
                               .arg(outcome.articleId)
                        << Qt::endl;
            break;
        case ImportOutcome::Status::Duplicate:
            ++duplicates;
            console.out << CliText::tr("%1: already in the library as article %2")
                               .arg(path)
                               .arg(outcome.articleId)
                        << Qt::endl;
            break;
        case ImportOutcome::Status::Failed:
            ++failed;
            console.err << path << ": " << outcome.message << Qt::endl;
            break;
        }
    }
    console.out << CliText::tr("%1 imported, %2 already present, %3 failed")
                       .arg(imported)
                       .arg(duplicates)
                       .arg(failed)
                << Qt::endl;
    return failed ? SomeInputsFailed : Success;
}

} // namespace parallax::cli
