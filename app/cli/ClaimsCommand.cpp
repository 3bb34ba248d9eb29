#include "Commands_p.h"
#include "align/AlignTypes.h"
#include "core/Article.h"
#include "core/TranslationContexts.h"
#include "coverage/ArticleNames.h"
#include "coverage/ClaimMatrix.h"
#include "coverage/CoverageJson.h"
#include "coverage/Discrepancies.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/StoryStore.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace parallax::cli {
namespace {

QString howText(Carriage carriage)
{
    switch (carriage) {
    case Carriage::Identical:
        return CliText::tr("identical");
    case Carriage::Near:
        return CliText::tr("near-verbatim");
    case Carriage::Paraphrase:
        return CliText::tr("paraphrase");
    case Carriage::Sole:
        return CliText::tr("only here");
    case Carriage::Absent:
        break;
    }
    return {};
}

void printClaims(const QList<Article> &articles, const QList<ClaimRow> &rows,
                 const QList<Discrepancy> &discrepancies, Console console)
{
    for (const ClaimRow &row : rows) {
        QStringList carriers;
        QString text;
        for (int a = 0; a < row.cells.size(); ++a) {
            if (row.cells[a].carriage == Carriage::Absent)
                continue;
            carriers << u"%1 (%2)"_s.arg(articleName(articles[a], a), howText(row.cells[a].carriage));
            if (text.isEmpty())
                text = cellText(articles, a, row.cells[a]);
        }
        console.out << (row.position + 1) << ". " << CliText::tr("%1 of %2: ").arg(row.carriers).arg(articles.size())
                    << carriers.join(u", "_s) << '\n';
        console.out << "    " << text << '\n';
        if (row.nearest.isValid()) {
            console.out << "    "
                        << CliText::tr("closest elsewhere: %1, %2 “%3”")
                               .arg(articleName(articles[row.nearest.article], row.nearest.article))
                               .arg(row.nearest.score, 0, 'f', 2)
                               .arg(nearestText(articles, row.nearest))
                        << '\n';
        } else if (row.carriers == 1 && !row.byHand()) {
            console.out << "    " << CliText::tr("nothing elsewhere comes close") << '\n';
        }
        if (row.mergedByHand)
            console.out << "    " << CliText::tr("merged by hand") << '\n';
        if (row.splitByHand)
            console.out << "    " << CliText::tr("split by hand") << '\n';
        for (const Discrepancy &d : discrepancies) {
            if (d.claim == row.claim) {
                console.out << "    " << CliText::tr("differs: %1 “%2” / %3 “%4”")
                                             .arg(articleName(articles[d.a.article], d.a.article), d.aText,
                                                  articleName(articles[d.b.article], d.b.article), d.bText)
                            << '\n';
            }
        }
    }
    console.out << Qt::flush;
}

} // namespace

std::optional<QList<Article>> storyArticles(Database &db, const QString &name, const QString &command,
                                            Console console)
{
    const auto story = StoryStore(db).story(name);
    if (!story) {
        console.err << CliText::tr("parallax %1: no story named %2 in the library").arg(command, name) << Qt::endl;
        return std::nullopt;
    }
    const ArticleStore store(db);
    QList<Article> articles;
    for (const qint64 id : story->articleIds) {
        if (auto article = store.article(id))
            articles.append(std::move(*article));
    }
    if (articles.size() < 2) {
        console.err << CliText::tr("parallax %1: the story %2 holds fewer than two articles").arg(command, story->name)
                    << Qt::endl;
        return std::nullopt;
    }
    return articles;
}

int runClaims(const QStringList &arguments, Console console)
{
    QCommandLineParser parser;
    setUpParser(parser, u"claims --story NAME [--unique] [--json|--csv]"_s,
                CliText::tr("List who reported what: every claim of a story's articles, the outlets that carry it and how, "
                   "and facts that differ between them."));
    const QCommandLineOption storyOption(u"story"_s, CliText::tr("The story whose articles to compare."), CliText::tr("NAME"));
    const QCommandLineOption uniqueOption(u"unique"_s, CliText::tr("Only claims a single outlet makes."));
    const QCommandLineOption jsonOption(u"json"_s, CliText::tr("Write JSON to standard output."));
    const QCommandLineOption csvOption(u"csv"_s, CliText::tr("Write CSV to standard output."));
    parser.addOptions({storyOption, uniqueOption, jsonOption, csvOption});
    int exitCode = Success;
    if (!parse(parser, arguments, console, &exitCode))
        return exitCode;
    if (!parser.isSet(storyOption) || !parser.positionalArguments().isEmpty()
        || (parser.isSet(jsonOption) && parser.isSet(csvOption))) {
        console.err << CliText::tr("parallax claims: name one story with --story, and at most one of --json and --csv; "
                          "see parallax claims --help")
                    << Qt::endl;
        return UsageError;
    }
    const std::unique_ptr<Database> db = openLibrary(parser, console);
    if (!db)
        return LibraryError;
    const auto articles = storyArticles(*db, parser.value(storyOption), u"claims"_s, console);
    if (!articles)
        return UsageError;

    const Comparison comparison = decidedComparison(*db, *articles, {}, u"claims"_s, console);
    QList<ClaimRow> rows = claimMatrix(*articles, comparison);
    if (parser.isSet(uniqueOption))
        rows = filteredRows(rows, {.uniqueOnly = true});
    const QList<Discrepancy> discrepancies = findDiscrepancies(*articles, comparison);
    if (parser.isSet(jsonOption))
        console.out << QJsonDocument(claimsJson(*articles, rows, discrepancies)).toJson(QJsonDocument::Indented);
    else if (parser.isSet(csvOption))
        console.out << claimsMatrixCsv(*articles, rows);
    else
        printClaims(*articles, rows, discrepancies, console);
    console.out << Qt::flush;
    return Success;
}

} // namespace parallax::cli
