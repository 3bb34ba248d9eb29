#include "Commands_p.h"
#include "core/Article.h"
#include "core/TranslationContexts.h"
#include "coverage/ArticleNames.h"
#include "coverage/CoverageJson.h"
#include "coverage/QuoteGroups.h"
#include "store/Database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace parallax::cli {
namespace {

void printQuotes(const QList<Article> &articles, const QList<QuoteGroup> &groups, Console console)
{
    for (const QuoteGroup &group : groups) {
        const QString speaker = group.speaker.isEmpty() ? CliText::tr("unattributed") : group.speaker;
        console.out << speaker << " — " << CliText::tr("%1 of %2 outlets").arg(group.outlets()).arg(articles.size());
        if (group.wordingDiffers)
            console.out << " — " << CliText::tr("wording differs");
        console.out << '\n';
        for (const QuoteOccurrence &q : group.occurrences)
            console.out << "    " << articleName(articles[q.article], q.article) << ": “" << q.text << "”\n";
    }
    console.out << Qt::flush;
}

} // namespace

int runQuotes(const QStringList &arguments, Console console)
{
    QCommandLineParser parser;
    setUpParser(parser, u"quotes --story NAME [--json]"_s,
                CliText::tr("List the quoted speech in a story's articles: who is quoted, by which outlets, and whether "
                   "they quote the same words."));
    const QCommandLineOption storyOption(u"story"_s, CliText::tr("The story whose articles to read."), CliText::tr("NAME"));
    const QCommandLineOption jsonOption(u"json"_s, CliText::tr("Write JSON to standard output."));
    parser.addOptions({storyOption, jsonOption});
    int exitCode = Success;
    if (!parse(parser, arguments, console, &exitCode))
        return exitCode;
    if (!parser.isSet(storyOption) || !parser.positionalArguments().isEmpty()) {
        console.err << CliText::tr("parallax quotes: name one story with --story; see parallax quotes --help") << Qt::endl;
        return UsageError;
    }
    const std::unique_ptr<Database> db = openLibrary(parser, console);
    if (!db)
        return LibraryError;
    const auto articles = storyArticles(*db, parser.value(storyOption), u"quotes"_s, console);
    if (!articles)
        return UsageError;
    const QList<QuoteGroup> groups = groupQuotes(*articles);
    if (parser.isSet(jsonOption))
        console.out << QJsonDocument(quotesJson(*articles, groups)).toJson(QJsonDocument::Indented) << Qt::flush;
    else
        printQuotes(*articles, groups, console);
    return Success;
}

} // namespace parallax::cli
