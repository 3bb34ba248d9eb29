#include "Commands_p.h"
#include "align/Aligner.h"
#include "align/ClaimDecisions.h"
#include "align/ComparisonCodec.h"
#include "align/Language.h"
#include "core/LanguageNames.h"
#include "core/TranslationContexts.h"
#include "export/CompareJson.h"
#include "ingest/Importer.h"
#include "ingest/fetch/FetchedPage.h"
#include "ingest/fetch/WebLink.h"
#include "store/AlignmentCache.h"
#include "store/ArticleStore.h"
#include "store/ClaimDecisionStore.h"
#include "store/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace parallax::cli {
namespace {

// Each argument is a link (fetched first, all at once), a file (imported
// first) or the id of an article already in the library. Returns false after
// reporting the arguments it could not use.
bool loadArticles(const QStringList &inputs, ArticleStore &store, Console console, QList<Article> *articles)
{
    Importer importer(store);
    QList<QUrl> links;
    for (const QString &input : inputs) {
        if (looksLikeLink(input))
            links.append(QUrl(input.trimmed(), QUrl::TolerantMode));
    }
    const QList<FetchOutcome> fetched = fetchLinks(links);
    qsizetype nextLink = 0;
    bool ok = true;
    for (const QString &input : inputs) {
        qint64 id = 0;
        bool isNumber = false;
        const qint64 asNumber = input.toLongLong(&isNumber);
        if (looksLikeLink(input)) {
            const FetchOutcome &page = fetched[nextLink++];
            const ImportOutcome outcome = page.ok() ? importer.importPage(*page.page, {}) : ImportOutcome{};
            if (!page.ok() || outcome.status == ImportOutcome::Status::Failed) {
                console.err << page.url.toDisplayString() << ": " << (page.ok() ? outcome.message : page.error)
                            << Qt::endl;
                ok = false;
                continue;
            }
            id = outcome.articleId;
        } else if (QFileInfo::exists(input) || !isNumber) {
            const ImportOutcome outcome = importer.importFile(input, {});
            if (outcome.status == ImportOutcome::Status::Failed) {
                console.err << QDir::toNativeSeparators(input) << ": " << outcome.message << Qt::endl;
                ok = false;
                continue;
            }
            id = outcome.articleId;
        } else {
            id = asNumber;
        }
        auto article = store.article(id);
        if (!article) {
            console.err << CliText::tr("parallax compare: no article %1 in the library").arg(id) << Qt::endl;
            ok = false;
            continue;
        }
        articles->append(std::move(*article));
    }
    return ok;
}

bool writeJson(const QString &target, const QByteArray &json, Console console)
{
    if (target == u"-") {
        console.out << QString::fromUtf8(json) << Qt::flush;
        return true;
    }
    // Written beside the target and renamed: never a half-written file.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        console.err << CliText::tr("parallax compare: cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(target), file.errorString())
                    << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

// Alignments are cached in the library under a key of everything they
// depend on, so comparing the same articles again costs one lookup.
Comparison cachedComparison(Database &db, const QList<Article> &articles, const AlignSettings &settings)
{
    AlignmentCache cache(db);
    const QByteArray key = comparisonKey(articles, settings);
    if (const auto bytes = cache.find(key, AlignAlgorithmVersion)) {
        if (auto cached = decodeComparison(*bytes))
            return std::move(*cached);
    }
    Comparison comparison = compareArticles(articles, settings);
    QList<qint64> ids;
    for (const Article &article : articles)
        ids.append(article.id);
    cache.store(key, AlignAlgorithmVersion, encodeComparison(comparison), ids);
    return comparison;
}

// Decisions are applied after the cache, never cached: they change without
// the alignment changing.
Comparison decidedComparison(Database &db, const QList<Article> &articles, const AlignSettings &settings,
                             const QString &command, Console console)
{
    Comparison comparison = cachedComparison(db, articles, settings);
    QList<qint64> ids;
    for (const Article &article : articles)
        ids.append(article.id);
    const QList<ClaimDecision> decisions = ClaimDecisionStore(db).forArticles(ids);
    if (const qsizetype refused = applyClaimDecisions(comparison, articles, decisions).size()) {
        console.err << CliText::tr("parallax %1: left out %n decision(s) to make claims one that would hold two "
                                   "sentences of one article", nullptr, int(refused))
                           .arg(command)
                    << Qt::endl;
    }
    return comparison;
}

namespace {

void printSummary(const QList<Article> &articles, const Comparison &comparison, Console console)
{
    const auto name = [&](int index) {
        const ArticleMetadata &meta = articles[index].meta;
        return meta.outlet.isEmpty() ? QFileInfo(articles[index].sourcePath).fileName() : meta.outlet;
    };
    for (const PairAlignment &pair : comparison.pairs) {
        console.out << CliText::tr("%1 ~ %2: %3 links, %4% / %5% of words shared")
                           .arg(name(pair.a), name(pair.b))
                           .arg(pair.links.size())
                           .arg(qRound(pair.sharedA * 100))
                           .arg(qRound(pair.sharedB * 100))
                    << '\n';
    }
    const auto unique = std::count_if(comparison.claims.cbegin(), comparison.claims.cend(),
                                      [](const ClaimCluster &claim) { return claim.unique; });
    console.out << CliText::tr("%1 claims, %2 of them unique to one article").arg(comparison.claims.size()).arg(unique)
                << Qt::endl;
    const QList<std::pair<QString, int>> languages = languageCounts(articles);
    if (languages.size() > 1) {
        QStringList counts;
        for (const auto &[code, count] : languages) {
            counts.append(CliText::tr("%1 %2", "a number of articles in a language: 3 English").arg(count).arg(languageName(code)));
        }
        console.out << CliText::tr("%1 articles: compared within each language").arg(counts.join(u", "_s))
                    << Qt::endl;
    }
}

} // namespace

int runCompare(const QStringList &arguments, Console console)
{
    QCommandLineParser parser;
    setUpParser(parser, u"compare FILE|ID|URL FILE|ID|URL [...]"_s,
                CliText::tr("Align two or more articles: files and links are imported into the library first."));
    const QCommandLineOption jsonOption(u"json"_s, CliText::tr("Write the comparison as JSON to PATH (- for standard output)."),
                                        u"PATH"_s);
    const QCommandLineOption noStoreOption(u"no-store"_s, CliText::tr("Read files and links into memory only; leave the library alone."));
    const QCommandLineOption minRunOption(u"min-run"_s, CliText::tr("Shortest shared run of words to highlight."), u"N"_s);
    const QCommandLineOption thresholdOption(u"threshold"_s, CliText::tr("Similarity (0-1) needed to link two paragraphs."),
                                             u"X"_s);
    const QCommandLineOption claimThresholdOption(
        u"claim-threshold"_s,
        CliText::tr("Matcher score (0-1) at which two sentences count as one claim; below it a sentence is unique "
                    "to its outlet."),
        u"X"_s);
    parser.addOptions({jsonOption, noStoreOption, minRunOption, thresholdOption, claimThresholdOption});
    parser.addOptions(exportOptions());
    int exitCode = Success;
    if (!parse(parser, arguments, console, &exitCode))
        return exitCode;

    AlignSettings settings;
    if (parser.isSet(minRunOption)) {
        bool ok = false;
        settings.minRunWords = parser.value(minRunOption).toInt(&ok);
        if (!ok || settings.minRunWords < 1) {
            console.err << CliText::tr("parallax compare: --min-run takes a whole number of at least 1") << Qt::endl;
            return UsageError;
        }
    }
    if (parser.isSet(thresholdOption)) {
        bool ok = false;
        settings.linkThreshold = parser.value(thresholdOption).toDouble(&ok);
        if (!ok || settings.linkThreshold <= 0 || settings.linkThreshold > 1) {
            console.err << CliText::tr("parallax compare: --threshold takes a number above 0 and at most 1") << Qt::endl;
            return UsageError;
        }
    }
    if (parser.isSet(claimThresholdOption)) {
        bool ok = false;
        settings.claimThreshold = parser.value(claimThresholdOption).toDouble(&ok);
        if (!ok || settings.claimThreshold <= 0 || settings.claimThreshold > 1) {
            console.err << CliText::tr("parallax compare: --claim-threshold takes a number above 0 and at most 1")
                        << Qt::endl;
            return UsageError;
        }
    }
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() < 2) {
        console.err << CliText::tr("parallax compare: name at least two files, links or article ids") << Qt::endl;
        return UsageError;
    }

    std::unique_ptr<Database> db = parser.isSet(noStoreOption) ? std::make_unique<Database>(u":memory:"_s)
                                                                : openLibrary(parser, console);
    if (!db || !db->isOpen())
        return LibraryError;
    ArticleStore store(*db);
    QList<Article> articles;
    if (!loadArticles(inputs, store, console, &articles))
        return SomeInputsFailed;

    const Comparison comparison = parser.isSet(noStoreOption) ? compareArticles(articles, settings)
                                                              : decidedComparison(*db, articles, settings,
                                                                                  u"compare"_s, console);
    if (!writeExports(parser, articles, comparison, u"compare"_s, console))
        return LibraryError;
    if (parser.isSet(jsonOption)) {
        const QByteArray json = QJsonDocument(comparisonToJson(articles, comparison)).toJson(QJsonDocument::Indented);
        if (!writeJson(parser.value(jsonOption), json, console))
            return LibraryError;
        if (parser.value(jsonOption) != u"-")
            printSummary(articles, comparison, console);
    } else {
        printSummary(articles, comparison, console);
    }
    return Success;
}

} // namespace parallax::cli
