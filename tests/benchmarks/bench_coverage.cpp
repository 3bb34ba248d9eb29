// Speed of the coverage view's engine and of story suggestion, on stories
// made from the seed articles: each synthetic article takes paragraphs of
// the seeds (as outlets take wire copy) with some words changed.
//   build/cov-rel/tests/benchmarks/bench_coverage
// Targets: coverage of a 100-article story under 2 s; a suggestion for one
// new article against a 10,000-article library under 50 ms.
#include "align/Aligner.h"
#include "coverage/Coverage.h"
#include "coverage/StorySuggester.h"
#include "ingest/ArticleReader.h"

#include <QDir>
#include <QFile>

#include <benchmark/benchmark.h>

#include <random>
#include <variant>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

QList<Block> seedBlocks()
{
    QList<Block> blocks;
    const QDir seeds(QStringLiteral(PARALLAX_SEEDS_DIR));
    for (const QString &name : seeds.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        QFile file(seeds.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        auto read = ArticleReader::read(file.readAll(), name, {});
        if (auto *article = std::get_if<Article>(&read)) {
            for (const Block &block : article->blocks) {
                if (block.role == BlockRole::Body && block.sentences.size() > 0)
                    blocks.append(block);
            }
        }
    }
    return blocks;
}

// One outlet's article: a dozen seed paragraphs, a few words of some of
// them swapped for a number (same length, so sentence offsets still fit).
Article syntheticArticle(const QList<Block> &pool, std::mt19937 &random, int index)
{
    Article article;
    article.meta.outlet = u"Outlet %1"_s.arg(index);
    article.meta.published = QDate(2023, 6, 1).addDays(int(random() % 20));
    for (int p = 0; p < 12; ++p) {
        Block block = pool[qsizetype(random() % size_t(pool.size()))];
        if (random() % 3 == 0) {
            const qsizetype at = qsizetype(random() % size_t(block.text.size()));
            if (block.text[at].isLetter())
                block.text[at] = QChar(u'0' + int(random() % 10));
        }
        article.blocks.append(block);
    }
    return article;
}

QList<Article> syntheticStory(int count, unsigned seed)
{
    const QList<Block> pool = seedBlocks();
    std::mt19937 random(seed);
    QList<Article> articles;
    for (int i = 0; i < count && !pool.isEmpty(); ++i)
        articles.append(syntheticArticle(pool, random, i));
    return articles;
}

void BM_CoverageOfStory(benchmark::State &state)
{
    const QList<Article> articles = syntheticStory(int(state.range(0)), 7);
    if (articles.isEmpty()) {
        state.SkipWithError("the seed articles are missing");
        return;
    }
    const Comparison comparison = compareArticles(articles);
    for (auto _ : state)
        benchmark::DoNotOptimize(computeCoverage(articles, comparison));
}
BENCHMARK(BM_CoverageOfStory)->Arg(5)->Arg(100)->Unit(benchmark::kMillisecond);

// What the window waits for when a story is opened with no cached comparison.
void BM_CompareAndCoverageOfStory(benchmark::State &state)
{
    const QList<Article> articles = syntheticStory(int(state.range(0)), 7);
    if (articles.isEmpty()) {
        state.SkipWithError("the seed articles are missing");
        return;
    }
    for (auto _ : state) {
        const Comparison comparison = compareArticles(articles);
        benchmark::DoNotOptimize(computeCoverage(articles, comparison));
    }
}
BENCHMARK(BM_CompareAndCoverageOfStory)->Arg(100)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_SuggestStory(benchmark::State &state)
{
    const QList<Article> library = syntheticStory(int(state.range(0)), 11);
    if (library.isEmpty()) {
        state.SkipWithError("the seed articles are missing");
        return;
    }
    StorySuggester suggester;
    for (int i = 0; i < library.size(); ++i)
        suggester.add(i + 1, minHashSignature(library[i]), {1 + i / 20});
    const Article incoming = syntheticStory(1, 99).first();
    for (auto _ : state)
        benchmark::DoNotOptimize(suggester.suggest(minHashSignature(incoming)));
}
BENCHMARK(BM_SuggestStory)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
