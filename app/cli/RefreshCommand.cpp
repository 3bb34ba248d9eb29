#include "Commands_p.h"
#include "core/TranslationContexts.h"
#include "ingest/Importer.h"
#include "ingest/fetch/FetchedPage.h"
#include "store/ArticleStore.h"
#include "store/Database.h"

using namespace Qt::StringLiterals;

namespace parallax::cli {

int runRefresh(const QStringList &arguments, Console console)
{
    QCommandLineParser parser;
    setUpParser(parser, u"refresh ID"_s,
                CliText::tr("Fetch an article's link again. The same bytes leave the library as it is; "
                            "a changed page is stored as a new article, the next version of this one."));
    int exitCode = Success;
    if (!parse(parser, arguments, console, &exitCode))
        return exitCode;
    bool isNumber = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&isNumber);
    if (parser.positionalArguments().size() != 1 || !isNumber) {
        console.err << CliText::tr("parallax refresh: give one article id (see parallax list)") << Qt::endl;
        return UsageError;
    }
    auto db = openLibrary(parser, console);
    if (!db)
        return LibraryError;
    ArticleStore store(*db);
    const auto old = store.article(id);
    if (!old) {
        console.err << CliText::tr("parallax refresh: no article %1").arg(id) << Qt::endl;
        return SomeInputsFailed;
    }
    if (old->fetchedUrl.isEmpty()) {
        console.err << CliText::tr("parallax refresh: article %1 was not fetched from a link").arg(id) << Qt::endl;
        return SomeInputsFailed;
    }
    const FetchOutcome fetched = fetchLinks({QUrl(old->fetchedUrl)}).constFirst();
    if (!fetched.ok()) {
        console.err << fetched.url.toDisplayString() << ": " << fetched.error << Qt::endl;
        return SomeInputsFailed;
    }
    // The same link is the same outlet, whatever a person named it.
    const ImportOutcome outcome = Importer(store).importPage(*fetched.page, {QString(), old->meta.outlet}, id);
    switch (outcome.status) {
    case ImportOutcome::Status::Failed:
        console.err << outcome.path << ": " << outcome.message << Qt::endl;
        return SomeInputsFailed;
    case ImportOutcome::Status::Duplicate:
        if (outcome.articleId == id)
            console.out << CliText::tr("article %1 is unchanged").arg(id) << Qt::endl;
        else
            console.out << CliText::tr("article %1: the page is now the same as article %2").arg(id).arg(outcome.articleId)
                        << Qt::endl;
        return Success;
    case ImportOutcome::Status::Imported:
        break;
    }
    const VersionInfo version = store.version(outcome.articleId);
    console.out << CliText::tr("article %1 has changed: stored as article %2, version %3 of article %4")
                       .arg(id)
                       .arg(outcome.articleId)
                       .arg(version.number)
                       .arg(version.firstId)
                << '\n'
                << CliText::tr("compare them with: parallax compare %1 %2").arg(id).arg(outcome.articleId) << Qt::endl;
    return Success;
}

} // namespace parallax::cli
