#include "Commands_p.h"
#include "core/TranslationContexts.h"
#include "ingest/Importer.h"
#include "ingest/fetch/FetchedPage.h"
#include "ingest/fetch/WebLink.h"
#include "store/ArticleStore.h"
#include "store/Database.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace parallax::cli {

int runImport(const QStringList &arguments, Console console)
{
    QCommandLineParser parser;
    setUpParser(parser, u"import FILE|DIR|URL..."_s,
                CliText::tr("Import articles into the library. A link (http or https) is fetched: "
                            "the page alone, nothing it names."));
    const QCommandLineOption storyOption(u"story"_s,
        CliText::tr("File the articles under this story."), u"NAME"_s);
    const QCommandLineOption outletOption(u"outlet"_s,
        CliText::tr("The outlet that published these articles."), u"NAME"_s);
    parser.addOptions({storyOption, outletOption});
    int exitCode = Success;
    if (!parse(parser, arguments, console, &exitCode))
        return exitCode;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty()) {
        console.err << CliText::tr("parallax import: name at least one file, folder or link")
                    << Qt::endl;
        return UsageError;
    }
    QStringList paths;
    QList<QUrl> links;
    for (const QString &input : inputs) {
        if (looksLikeLink(input))
            links.append(QUrl(input.trimmed(), QUrl::TolerantMode));
        else
            paths.append(input);
    }
    auto db = openLibrary(parser, console);
    if (!db)
        return LibraryError;

    ArticleStore store(*db);
    Importer importer(store);
    const ImportOptions options{parser.value(storyOption), parser.value(outletOption)};
    QList<ImportOutcome> outcomes = importer.importPaths(paths, options);
    for (const FetchOutcome &fetched : fetchLinks(links)) {
        if (fetched.ok()) {
            outcomes.append(importer.importPage(*fetched.page, options));
        } else {
            ImportOutcome failure;
            failure.path = fetched.url.toDisplayString();
            failure.message = fetched.error;
            outcomes.append(failure);
        }
    }
    int imported = 0, duplicates = 0, failed = 0;
    for (const ImportOutcome &outcome : std::as_const(outcomes)) {
        const QString path = looksLikeLink(outcome.path) ? outcome.path : QDir::toNativeSeparators(outcome.path);
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
